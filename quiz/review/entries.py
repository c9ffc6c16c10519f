"""A fact as a review entry: the plain mapping a teacher reads and edits, and back.

An entry holds what a teacher judges — the fact's fields, its article and the
quote it was read from — above a ``where`` part that only the program needs
(character spans, the rule, the parse that words its questions). Its
``status`` says who decided it: ``auto`` (as extracted), ``edited``,
``rejected``, ``manual`` (added by hand) or ``stale`` (no longer extracted).
``check`` fingerprints the fields as written, so an edit is noticed even when
the teacher leaves ``status: auto``.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import math

from ..errors import QuizError
from ..facts.model import TYPES, Fact, Source, fact_id

STATUSES = ("auto", "edited", "rejected", "manual", "stale")
USED = ("auto", "edited", "manual")     # the statuses a build makes cards from

# The fields a teacher may edit, per type, in the order they are written.
FIELDS = {
    "date": ("date", "event", "date_kind", "status", "bound", "relative"),
    "person_role": ("person", "role", "org", "aliases", "as_of"),
    "quantity": ("value", "approx", "qualifier", "what", "unit_text", "owner"),
    "acronym": ("acronym", "expansion"),
}
REQUIRED = {"date": ("date", "event"), "person_role": ("person", "role"),
            "quantity": ("value", "what"), "acronym": ("acronym", "expansion")}
_BOOLS = {"relative", "approx"}
# The text a question is worded from when the parse is used; an edit to it drops the parse.
_WORDED = {"date": "event", "quantity": "what"}


def key(entry) -> str:
    """What an entry is matched on when the file is merged: the fact id, and for one of
    several disagreeing readings of the same fact, which reading it is."""
    variant = (entry.get("where") or {}).get("variant")
    return f"{entry['id']}#{variant}" if variant else str(entry["id"])


def fingerprint(fields) -> str:
    plain = {k: _plain(v) for k, v in dict(fields).items()}
    return hashlib.sha1(json.dumps(plain, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]


def _plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return str(value)


def to_entry(fact: Fact) -> dict:
    fields = {}
    for name in FIELDS[fact.type]:
        value = getattr(fact, name)
        if value not in (None, [], False) or name in REQUIRED[fact.type]:
            fields[name] = value
    if fact.conflict:
        fields["conflict"] = True
    first = fact.sources[0]
    where: dict = {"subject": fact.subject, "sentence": [first.start, first.end],
                   "span": [first.span_start, first.span_end], "rule": first.rule}
    if first.article_date:
        where["article_date"] = first.article_date
    if fact.conflict:
        where["variant"] = fact.answer
        where["conflicts_with"] = list(fact.conflicts_with)
    if fact.frame and fact.type in _WORDED:
        where["frame"] = dict(fact.frame)
        where["worded_from"] = getattr(fact, _WORDED[fact.type])
    entry = {"id": fact.id, "type": fact.type, "status": "auto", "fields": fields,
             "article": first.doc, "quote": first.evidence, "where": where}
    if len(fact.sources) > 1:
        entry["also_in"] = [_source_entry(s) for s in fact.sources[1:]]
    entry["check"] = fingerprint(fields)
    return entry


def _source_entry(s: Source) -> dict:
    out = {"article": s.doc, "quote": s.evidence, "sentence": [s.start, s.end], "span": [s.span_start, s.span_end],
           "rule": s.rule}
    if s.article_date:
        out["article_date"] = s.article_date
    return out


def typed(ftype: str, name: str, text: str):
    """A field's value from what a teacher typed in a form: numbers, true/false and name lists
    as such; an empty box clears an optional field."""
    if name not in FIELDS.get(ftype, ()):
        raise QuizError(f"unknown field {name!r} for a {ftype} fact")
    text = str(text).strip()
    if name in _BOOLS:
        return text.lower() in ("true", "yes", "1", "on")
    if name == "aliases":
        return [a.strip() for a in text.split(",") if a.strip()]
    if name == "value":
        clean = text.replace(",", "")
        try:
            number = int(clean) if clean.lstrip("-").isdigit() else float(clean)
        except ValueError:
            number = None
        if number is None or not math.isfinite(number):
            raise QuizError(f"field 'value': {text!r} is not a number")
        return number
    return text or None


def status_of(entry) -> str:
    """The entry's status, with an automatic entry whose fields were changed counted as edited."""
    status = entry.get("status") or "auto"
    if status == "auto" and entry.get("check") and fingerprint(entry.get("fields") or {}) != entry["check"]:
        return "edited"
    return status


def from_entry(entry, where: str, texts: dict[str, str] | None = None) -> Fact:
    """The Fact an entry stands for. ``where`` names the entry in messages ("facts.yaml, line 12");
    ``texts`` (document name → text) lets a hand-written quote be found in its article."""
    def fail(problem: str):
        raise QuizError(f"{where}: {problem}")

    if not isinstance(entry, dict):
        fail("each fact must be a mapping with type, fields, article and quote")
    ftype = entry.get("type")
    if ftype not in TYPES:
        fail(f"unknown fact type {ftype!r}; choose from {', '.join(TYPES)}")
    status = entry.get("status") or "auto"
    if status not in STATUSES:
        fail(f"unknown status {status!r}; choose from {', '.join(STATUSES)}")
    fields = entry.get("fields")
    if not isinstance(fields, dict):
        fail("'fields' must be a mapping of the fact's fields")
    unknown = sorted(set(map(str, fields)) - set(FIELDS[ftype]) - {"conflict"})
    if unknown:
        fail(f"unknown field {unknown[0]!r} for a {ftype} fact; known: {', '.join(FIELDS[ftype])}")
    values = {}
    for name, value in fields.items():
        values[str(name)] = _field(ftype, str(name), value, fail)
    missing = [n for n in REQUIRED[ftype] if values.get(n) in (None, "")]
    if missing:
        fail(f"missing field {missing[0]!r}")
    article, quote = entry.get("article"), entry.get("quote")
    if not isinstance(article, str) or not article.strip():
        fail("missing 'article': the document the fact comes from")
    if not isinstance(quote, str) or not quote.strip():
        fail("missing 'quote': the sentence the fact was read from")
    machine = entry.get("where") or {}
    sources = [_source(article, quote, machine, texts, status)]
    for extra in entry.get("also_in") or []:
        if isinstance(extra, dict) and extra.get("article") and extra.get("quote"):
            sources.append(_source(str(extra["article"]), str(extra["quote"]), extra, texts, status))
    subject = machine.get("subject") or _default_subject(ftype, values)
    frame = machine.get("frame")
    if frame and machine.get("worded_from") != values.get(_WORDED.get(ftype, ""), None):
        frame = None                     # the teacher reworded it: word the question from their text
    fid = str(entry.get("id") or fact_id(ftype, str(subject)))
    conflict = bool(values.pop("conflict", False))
    return Fact(type=ftype, subject=str(subject), sources=sources, id=fid,
                frame=_plain(frame) if frame else None, conflict=conflict,
                conflicts_with=[str(c) for c in machine.get("conflicts_with") or []] if conflict else [],
                **values)


def _field(ftype: str, name: str, value, fail):
    if name in _BOOLS or name == "conflict":
        if not isinstance(value, bool):
            fail(f"field {name!r} must be true or false")
        return value
    if name == "value":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            fail("field 'value' must be a number")
        return int(value) if isinstance(value, int) else float(value)
    if name == "aliases":
        if not isinstance(value, list):
            fail("field 'aliases' must be a list of names")
        return [str(v) for v in value]
    if value is None:
        return None
    value = _plain(value)
    if name in ("date", "as_of") and not _is_date(value):
        fail(f"field {name!r}: {value!r} is not a date (write 2024, 2024-03 or 2024-03-05)")
    return value


def _is_date(value) -> bool:
    parts = str(value).split("-")
    if not (1 <= len(parts) <= 3 and len(parts[0]) == 4 and all(p.isdigit() for p in parts)):
        return False
    try:
        datetime.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return len(parts) == 1 or all(len(p) == 2 for p in parts[1:])


def _default_subject(ftype: str, values: dict) -> str:
    from ..normalise import person_key, role_key, subject_key
    if ftype == "person_role":
        return f"{person_key(str(values['person']))} | {role_key(str(values['role']))}"
    return subject_key(str(values.get({"date": "event", "quantity": "what", "acronym": "acronym"}[ftype])))


def _source(article: str, quote: str, machine, texts, status) -> Source:
    sentence, span = machine.get("sentence"), machine.get("span")
    text = (texts or {}).get(article)
    if not (_pair(sentence) and _pair(span)):
        start = text.find(quote) if text else -1
        start = max(start, 0)
        sentence = span = [start, start + len(quote)]
    return Source(doc=article, evidence=quote, start=int(sentence[0]), end=int(sentence[1]),
                  span_start=int(span[0]), span_end=int(span[1]),
                  rule=str(machine.get("rule") or status), article_date=machine.get("article_date"))


def _pair(value) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)
