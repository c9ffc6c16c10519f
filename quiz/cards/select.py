"""Choosing which kinds each fact keeps, and how many cards an article gives.

A fact keeps at most one card per question family (a choice card is its
basic or reverse question with options, so the two never both stay), at most
two in all, the best scored first; one person fills at most a few cards of
an article, so a short article's deck is not one person four times.
"""
from __future__ import annotations

from collections import defaultdict

from ..normalise import person_key
from .model import KINDS, Card, GateReport

FAMILY = {
    ("person_role", "reverse"): "who", ("person_role", "choice"): "who", ("person_role", "cloze"): "blank",
    ("person_role", "basic"): "post",
    ("date", "basic"): "when", ("date", "choice"): "when", ("date", "cloze"): "blank",
    ("quantity", "basic"): "how many", ("quantity", "choice"): "how many", ("quantity", "cloze"): "blank",
    ("acronym", "acronym"): "expand", ("acronym", "reverse"): "abbreviate",
}
PER_FACT = 3
SURE = 0.8   # a question this sure may also be asked with options
PER_PERSON = 3   # cards about one person in one article


def _prefers_choice(card: Card) -> bool:
    """Facts take turns between a plain question and its multiple-choice form."""
    return int(card.fact_id.rsplit("-", 1)[-1], 16) % 2 == 1


def _rank_key(card: Card):
    turn = 0 if (card.kind == "choice") == _prefers_choice(card) else 1
    return (-card.score, turn, KINDS.index(card.kind))


def select(cards: list[Card], report: GateReport, people: dict[str, str] | None = None) -> list[Card]:
    """``people``: the person each person_role fact is about (fact id -> name)."""
    people = people or {}
    by_fact: dict[str, list[Card]] = defaultdict(list)
    order: list[str] = []
    for card in cards:
        fid = card.id.rsplit(":", 1)[0]
        if fid not in by_fact:
            order.append(fid)
        by_fact[fid].append(card)
    chosen: list[Card] = []
    per_person: dict[tuple[str, str], int] = defaultdict(int)
    for fid in order:
        families, kept, spare = set(), [], []
        for card in sorted(by_fact[fid], key=_rank_key):
            family = FAMILY.get((card.fact_type, card.kind), card.kind)
            if family in families or len(kept) >= PER_FACT:
                spare.append(card)
                continue
            families.add(family)
            kept.append(card)
        twin = next((c for c in spare if c.kind in ("choice", "basic", "reverse") and c.score >= SURE and any(
            k.question == c.question and k.kind != c.kind for k in kept)), None)
        if twin is not None and len(kept) < PER_FACT:
            # the surest questions are also asked with options (a worksheet's multiple choice)
            spare.remove(twin)
            kept.append(twin)
        elif len(kept) == 1 and spare and {kept[0].kind, spare[0].kind} <= {"basic", "reverse", "choice"}:
            # a fact with no blank to ask keeps both the open question and its multiple choice
            kept.append(spare.pop(0))
        for card in spare:
            report.drop("another card asks this fact", card)
        for card in sorted(kept, key=lambda c: KINDS.index(c.kind)):
            who = person_key(people[card.fact_id]) if card.fact_id in people else None
            if who is not None:
                if per_person[(card.doc, who)] >= PER_PERSON:
                    report.drop("the article has enough cards about this person", card)
                    continue
                per_person[(card.doc, who)] += 1
            chosen.append(card)
    return chosen

