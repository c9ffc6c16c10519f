"""Printable HTML worksheet: numbered questions, then the answer key.

The page is a Jinja2 template with autoescaping on, so article text always
shows as text, never as markup. A sheet asks about each fact once, so one
question never gives away another's answer; the kinds take turns, so a
sheet mixes short answers, blanks and multiple choice.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .. import dates
from ..cards import KINDS, Card, answer_in
from ..templating import environment, render
from .files import build_time, write_text


def render_worksheet(cards: list[Card], title: str, titles: dict[str, str] | None = None,
                     template_dir=None, timestamp: float | None = None) -> str:
    titles = titles or {}
    env = environment(template_dir, html=True)
    stamp = build_time() if timestamp is None else timestamp
    built = dt.datetime.fromtimestamp(stamp, dt.timezone.utc).date().isoformat()
    items = [{
        "number": i, "question": c.question, "answer": c.answer, "kind": c.kind,
        "options": list(c.options),
        "source": ", ".join(titles.get(d, d) for d in (c.docs or (c.doc,))),
        "quote": c.quote,
        "context": f"Article dated {dates.human(c.article_date)}" if c.article_date else "",
    } for i, c in enumerate(worksheet_cards(cards), 1)]
    return render(env, "worksheet.html", {"title": title, "items": items, "built": built})


def worksheet_cards(cards: list[Card]) -> list[Card]:
    """One card per fact, in fact order; the n-th fact gets the n-th of its kinds in turn."""
    by_fact: dict[str, list[Card]] = {}
    for card in cards:
        by_fact.setdefault(card.id.rsplit(":", 1)[0], []).append(card)
    quotes: dict[str, int] = {}
    for group in by_fact.values():
        quotes[group[0].quote] = quotes.get(group[0].quote, 0) + 1
    chosen: list[Card] = []
    for n, group in enumerate(by_fact.values()):
        group = sorted(group, key=lambda c: KINDS.index(c.kind) if c.kind in KINDS else len(KINDS))
        # a sentence quoted whole would answer the other questions read from it
        usable = [c for c in group if c.kind != "cloze" or quotes.get(c.quote, 0) == 1] or group
        turn = usable[n % len(usable):] + usable[:n % len(usable)]
        fits = [c for c in turn if not any(_gives_away(c, other) or _gives_away(other, c) for other in chosen)]
        if fits:   # a fact every wording of which gives another answer away is left off the sheet
            chosen.append(fits[0])
    return chosen


def _gives_away(asked: Card, answered: Card) -> bool:
    """Whether the question (or options) of one card states the answer of another."""
    text = " ".join([asked.question, *asked.options])
    return answer_in(text, answered.answer)


def write_worksheet(cards: list[Card], path: str | Path, title: str, **kwargs) -> Path:
    return write_text(path, render_worksheet(cards, title, **kwargs))
