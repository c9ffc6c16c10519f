"""The review page: a local web page over the review file, one click one save.

Flask serves one page and a small JSON API on the loopback interface only. The page
lists every fact beside its source sentence, with the words it was read from
highlighted, the cards it would make, and accept / reject / edit controls; each action
rewrites the review file at once (``store.update``), so stopping the server at any
moment leaves a complete file. The page is a Jinja2 template with autoescaping, makes
no external requests (inline CSS and script, allowed by a nonce in its Content
Security Policy), and its script writes article text with ``textContent`` only. Every
change needs the page's random token in a header, and requests naming another host
are refused, so other web pages cannot drive it.
"""
from __future__ import annotations

import secrets
from collections import defaultdict
from pathlib import Path

from ..errors import QuizError
from ..templating import environment, render
from .entries import FIELDS, from_entry, key, status_of, typed
from .store import where_of, load, update

HOSTS = ("127.0.0.1", "localhost")


def _view(path: Path, texts: dict[str, str], kinds) -> list[dict]:
    """Each entry as the page shows it: fields, quote split around the highlighted words, and cards."""
    from ..pipeline import Corpus, cards_for
    data = load(path)
    facts, rows = [], []
    for i, entry in enumerate(data["facts"]):
        fact = from_entry(entry, where_of(path, data, i), texts)
        facts.append(fact)
        rows.append((entry, fact))
    documents = {str(k): dict(v or {}) for k, v in (data.get("documents") or {}).items()}
    corpus = Corpus(facts=[f for (e, f) in rows if status_of(e) != "stale"])
    for name in {s.doc for f in facts for s in f.sources} | set(documents):
        meta = documents.get(name) or {}
        corpus.titles[name] = str(meta.get("title") or name)
        corpus.headlines[name] = meta.get("headline")
        corpus.dates[name] = str(meta["date"]) if meta.get("date") else None
    by_fact = defaultdict(list)
    for card in cards_for(corpus, kinds=kinds):
        by_fact[card.fact_id].append({"kind": card.kind, "question": card.question, "answer": card.answer})
    out = []
    for entry, fact in rows:
        first = fact.sources[0]
        a, b = first.span_start - first.start, first.span_end - first.start
        quote = first.evidence
        if not (0 <= a <= b <= len(quote)):
            a = b = 0
        fields = entry.get("fields") or {}
        out.append({
            "key": key(entry), "id": fact.id, "type": fact.type, "status": status_of(entry),
            "fields": [(name, _shown(fields.get(name))) for name in FIELDS[fact.type]],
            "article": first.doc, "title": corpus.titles.get(first.doc, first.doc),
            "before": quote[:a], "words": quote[a:b], "after": quote[b:],
            "more": len(fact.sources) - 1, "cards": by_fact.get(fact.id, []),
        })
    return out


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def create_app(facts_file: str | Path, texts: dict[str, str] | None = None, kinds=None):
    """The Flask app for one review file. ``texts`` (document name → text) place hand-written quotes."""
    from flask import Flask, abort, jsonify, request

    from ..cards import KINDS
    path = Path(facts_file)
    texts = texts or {}
    kinds = tuple(kinds or KINDS)
    token = secrets.token_urlsafe(24)
    app = Flask("quiz.review")
    env = environment(html=True)

    @app.before_request
    def only_this_machine():
        host = (request.host or "").rsplit(":", 1)[0].strip("[]")
        if host not in HOSTS:
            abort(403)
        if request.method != "GET" and request.headers.get("X-Quiz-Token") != token:
            abort(403)

    @app.after_request
    def no_outside_requests(response):
        nonce = getattr(request, "nonce", "")
        response.headers["Content-Security-Policy"] = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "connect-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.get("/")
    def page():
        request.nonce = secrets.token_urlsafe(16)
        try:
            rows = _view(path, texts, kinds)
        except QuizError as exc:
            return render(env, "review.html", {"rows": [], "error": str(exc), "file": str(path), "token": token,
                                               "nonce": request.nonce, "counts": {}}), 200
        counts = defaultdict(int)
        for row in rows:
            counts[row["status"]] += 1
        return render(env, "review.html", {"rows": rows, "error": None, "file": str(path), "token": token,
                                           "nonce": request.nonce, "counts": dict(counts)})

    @app.post("/api/facts/<path:entry_key>")
    def change(entry_key):
        body = request.get_json(silent=True) or {}
        status = body.get("status")
        if status not in (None, "rejected", "accepted"):
            return jsonify(error=f"unknown action {status!r}"), 400
        try:
            data = load(path)
            entry = next((e for e in data["facts"] if e.get("id") and key(e) == entry_key), None)
            if entry is None:
                return jsonify(error=f"no fact {entry_key}"), 404
            fields = {name: typed(entry["type"], name, text) for name, text in (body.get("fields") or {}).items()}
            update(path, entry_key, status=status, fields=fields or None)
            row = next(r for r in _view(path, texts, kinds) if r["key"] == entry_key)
        except QuizError as exc:
            return jsonify(error=str(exc)), 400
        return jsonify(status=row["status"], fields=row["fields"], cards=row["cards"])

    return app


def serve(app, port: int = 0, on_ready=lambda url: None) -> None:
    """Serve on the loopback interface until Ctrl-C; ``port`` 0 takes a free one."""
    import logging

    from werkzeug.serving import make_server
    logging.getLogger("werkzeug").setLevel(logging.ERROR)    # no line per request
    server = make_server("127.0.0.1", port, app, threaded=False)
    url = f"http://127.0.0.1:{server.server_port}/"
    on_ready(url)
    try:
        server.serve_forever()
    finally:
        server.server_close()
