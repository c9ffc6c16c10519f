"""Cards: overgenerate candidates per fact and kind, score them, keep the best.

Card text is plain text; the exports escape it for HTML and Anki. Every
candidate is scored from explicit features (``rank``); those under the
threshold are cut, the gate drops leaked answers and questions that two
facts share, and each fact keeps at most one card per question family, so a
deck does not ask one thing four ways.
"""
from __future__ import annotations

from dataclasses import replace

from ..facts.model import Fact
from ..templating import environment
from .candidates import candidates
from .distractors import OptionIndex
from .gate import answer_in, gate
from .model import KINDS, Card, GateReport
from .rank import THRESHOLD, main_reason
from .select import select

__all__ = ["KINDS", "Card", "GateReport", "make_cards", "answer_in", "THRESHOLD"]


def make_cards(facts: list[Fact], titles: dict[str, str] | None = None, kinds=KINDS,
               template_dir=None, include_conflicts: bool = False,
               report: GateReport | None = None, headlines: dict[str, str | None] | None = None,
               article_dates: dict[str, str | None] | None = None, threshold: float = THRESHOLD) -> list[Card]:
    """The cards for ``facts``, in fact order. ``headlines`` are the articles' real headlines
    (None where an article has none); by default the titles stand in for them."""
    env = environment(template_dir)
    titles = titles or {}
    headlines = dict(titles) if headlines is None else headlines
    article_dates = article_dates or {}
    report = report if report is not None else GateReport()
    index = OptionIndex(facts)
    kept: list[Card] = []
    for fact in facts:
        made = candidates(fact, kinds, env, index, headlines, article_dates)
        if fact.conflict and not include_conflicts:
            # a cloze quotes its own sentence, which states its figure whatever others say
            for card in made:
                if card.kind != "cloze":
                    report.drop("conflicting sources", card)
            made = [c for c in made if c.kind == "cloze"]
        for card in made:
            if fact.conflict and card.kind != "cloze":
                title = titles.get(fact.doc, fact.doc)   # each version says whose account it is
                card = replace(card, question=f"According to “{title}”, {card.question[:1].lower()}{card.question[1:]}")
            if card.score < threshold:
                report.drop(f"low score: {main_reason(card.reasons)}", card)
                continue
            kept.append(card)
    people = {f.id: f.person for f in facts if f.type == "person_role"}
    return select(gate(kept, report), report, people)
