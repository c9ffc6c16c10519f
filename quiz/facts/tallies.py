"""Vote tallies: 'the bill passed 89 to 8', 'a 244 to 37 vote in the lower house', 'a 313 to
17 margin'. Two counts of votes, for and against; a figure reader that takes 'N to M' for a
range would read neither, and a question on one would give the other away, so they are facts
for the record, not cards.
"""
from __future__ import annotations

import re

from ..normalise import key_words
from .context import Sentence
from .model import Fact

TALLY = re.compile(r"(?<![\w,.$€£])(\d{1,3}(?:,\d{3})?)\s*(?:to|-|–)\s*(\d{1,3}(?:,\d{3})?)(?![\w%]|[,.]\d)")
# the words that make 'N to M' a vote: a vote before it, or "vote" or "margin" after it (a game's
# "winning margin to 3-2" is no vote)
VOTING = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot|passed|approved|adopted|rejected|endorsed)\b", re.I)


def tally_facts(sent: Sentence) -> list[Fact]:
    text = sent.text
    facts = []
    for m in TALLY.finditer(text):
        before, after = text[max(0, m.start() - 50):m.start()], text[m.end():m.end() + 25]
        if not (VOTING.search(before) or re.match(r"\s*(?:votes?|margin)\b", after)):
            continue
        if re.search(r"\b(?:from|between|aged|ages)\s*$", before, re.I):
            continue   # "from 12 to 15": a range, not a vote
        where = " ".join(key_words(after)[:4])   # "vote in the lower house": which tally
        named = re.match(r"\s*(votes?|margin)\b", after)   # what the text calls it
        for group, side in ((1, "votes for"), (2, "votes against")):
            value = int(m.group(group).replace(",", ""))
            facts.append(Fact(type="quantity", subject=f"{side} | {where}",
                              sources=[sent.source_chars(m.start(group), m.end(group), "quantity-tally")],
                              value=value, approx=False, what=side, unit_text=named.group(1) if named else "votes",
                              frame={"kind": "tally", "named": False}))
    return facts
