"""The sheet plan: which cards a worksheet asks, in which sections, versions and pages.

Cards in, a plain plan out; the HTML page, its key and the PDF all read one plan.
Questions are drawn across kinds and articles, each fact at most once, and never one
whose wording gives another's answer away. Sections: short answer (lines sized to the
answer), multiple choice, fill in the blank, match people to their posts, and put
events in order. Versions shuffle questions and options with a seeded generator, so
the same seed always gives the same sheets. Pages are planned from a conservative
estimate of each question's height, so a question never breaks across pages and the
page count is known before anything is printed.
"""
from __future__ import annotations

import random

from ..cards import Card
from .choose import draw, make_sections
from .model import Item, KeyPage, Page, Part, Section, SheetPlan, Version
from .pages import paginate, shuffled, version_code

__all__ = ["Item", "KeyPage", "Page", "Part", "Section", "SheetPlan", "Version", "plan_sheet"]


def plan_sheet(cards: list[Card], title: str, titles: dict[str, str] | None = None, count: int = 20,
               versions: int = 1, seed: int = 0, kinds=None) -> SheetPlan:
    """The plan of ``versions`` sheets asking ``count`` questions drawn from ``cards``."""
    titles = titles or {}
    pool = [c for c in cards if kinds is None or c.kind in kinds]
    chosen = draw(pool, count)
    base = make_sections(chosen, cards, titles, count)
    out = []
    for n in range(versions):
        rng = random.Random(f"{seed}|{n}")
        code = version_code(title, seed, n, versions)
        sections = [shuffled(s, rng) if versions > 1 else s for s in base]
        out.append(paginate(code, sections))
    return SheetPlan(title=title, versions=out)
