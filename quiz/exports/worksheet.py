"""Printable HTML worksheet: numbered questions, then the answer key.

The page is a Jinja2 template with autoescaping on, so article text always
shows as text, never as markup.
"""
from __future__ import annotations

from pathlib import Path

from .. import dates
from ..cards import Card
from ..templating import environment, render
from .files import build_time, write_text


def render_worksheet(cards: list[Card], title: str, titles: dict[str, str] | None = None,
                     template_dir=None, timestamp: float | None = None) -> str:
    titles = titles or {}
    env = environment(template_dir, html=True)
    stamp = build_time() if timestamp is None else timestamp
    import datetime as dt
    built = dt.datetime.fromtimestamp(stamp, dt.timezone.utc).date().isoformat()
    items = [{
        "number": i, "question": c.question, "answer": c.answer, "kind": c.kind,
        "options": list(c.options),
        "source": ", ".join(titles.get(d, d) for d in (c.docs or (c.doc,))),
        "quote": c.quote,
        "context": f"Article dated {dates.human(c.article_date)}" if c.article_date else "",
    } for i, c in enumerate(cards, 1)]
    return render(env, "worksheet.html", {"title": title, "items": items, "built": built})


def write_worksheet(cards: list[Card], path: str | Path, title: str, **kwargs) -> Path:
    return write_text(path, render_worksheet(cards, title, **kwargs))
