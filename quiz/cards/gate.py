"""The gate: text a learner should never get, whatever its score.

Empty or unbalanced text, an answer the question states, and one question
with two answers (a learner could not tell which is meant). A question
asked twice with the same answer keeps one card with both sources.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..normalise import key_words
from .model import Card, GateReport


_WHEN = re.compile(r"^(?:in which (?:year|month)|on which date|by (?:the end of )?which (?:year|month|date)|from which (?:year|month|"
                   r"date)|until which (?:year|month|date)|since when)\s+", re.I)


def _norm_question(q: str) -> str:
    """A question's content words; date questions that differ only in their precision
    ('In which month…', 'On which date…') ask the same thing."""
    return " ".join(key_words(_WHEN.sub("when ", q)))


def answer_in(question: str, answer: str) -> bool:
    q = " " + " ".join(key_words(question)) + " "
    a = " ".join(key_words(answer))
    return bool(a) and f" {a} " in q


def _unbalanced(text: str) -> bool:
    pairs = [("(", ")"), ("[", "]"), ("“", "”")]
    return any(text.count(a) != text.count(b) for a, b in pairs) or text.count('"') % 2 == 1


def gate(cards: list[Card], report: GateReport) -> list[Card]:
    out: list[Card | None] = []
    seen: dict[str, int] = {}
    for card in cards:
        q, a = card.question.strip(), card.answer.strip()
        if not q or not a or len(q) < 8:
            report.drop("empty question or answer", card)
            continue
        if (card.kind != "cloze" and _unbalanced(q)) or _unbalanced(a):   # a quote may open mid-speech
            report.drop("unbalanced quotes or brackets", card)
            continue
        if card.kind != "cloze" and answer_in(q, a):
            report.drop("answer appears in the question", card)
            continue
        key = f"{card.kind}|{_norm_question(q)}"
        if key in seen:
            kept = out[seen[key]]
            if kept is None or _norm_question(kept.answer) != _norm_question(a):
                report.drop("same question, different answers", card)
                if kept is not None:
                    report.drop("same question, different answers", kept)
                    out[seen[key]] = None
                continue
            report.drop("duplicate question", card)
            docs = tuple(dict.fromkeys(kept.docs + card.docs))
            out[seen[key]] = replace(kept, docs=docs, tags=kept.tags[:3] if len(docs) > 1 else kept.tags)
            continue
        seen[key] = len(out)
        out.append(card)
    return [c for c in out if c is not None]
