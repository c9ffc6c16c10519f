"""Cloze cards: the source sentence with the fact's own words blanked.

The wording is the article's, so it is grammatical by construction; what can
go wrong is the blank (a weekday, an acronym right after its expansion, a
filler number) and the sentence (a pronoun for its subject, a fragment of a
quote). Those are features the ranking scores.
"""
from __future__ import annotations

import re

from ..facts.model import Fact
from ..normalise import SCALES, WORDS
from .wording import COUNTED_OBJECT

_NUMBER_WORD = "|".join(sorted(set(WORDS) | set(SCALES), key=len, reverse=True))
_NUMBER = re.compile(rf"\d[\d,.]*\d(?:\s+(?:{_NUMBER_WORD})\b)*|\d(?:\s+(?:{_NUMBER_WORD})\b)*|"
                     rf"\b(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*\b", re.I)
TRIVIAL_BLANK = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                           r"tomorrow|tonight|(?:earlier |later )?this (morning|week|month|year)|last (week|month|year)|"
                           r"next (week|month|year)|the (end|close|start|beginning) of the (week|month|year)|"
                           # "more than a _____ Iranian individuals": a vague count the grammar gives away
                           r"(?:a )?(?:dozens?|hundreds|thousands|millions|scores|few|several|handful))$", re.I)
OPENING_PRONOUN = re.compile(r"^[\"“‘']?(he|she|it|they|this|these|those|that|we|i|you|his|her|its|their|"
                             r"there|here|but|and|so|also|however|meanwhile|accordingly|consequently|subsequently|"
                             r"therefore|thus|hence|furthermore|moreover|additionally|in addition|in turn|later|then|next|finally|"
                             r"afterwards|similarly|likewise|besides)\b", re.I)
PRONOUN = re.compile(r"(?<![\w-])(?:[Hh]e|[Ss]he|[Hh]im|[Tt]hey|[Tt]hem|[Ww]e|us|I|[Mm]e|[Mm]y|[Oo]ur)(?![\w-])|"
                     r"(?:^|[,;]\s*)(?:[Ii]ts?|[Hh]is|[Hh]er|[Tt]heir)(?![\w-])")
# "the same CCC", "agreed to another truce proposal": one the article gave earlier
# "the three Chinese naval ships": a set the article counted before
# "committed at the time to eliminating 5,505 of those claims": a time and a set the article gave before
ANAPHOR = re.compile(r"\b(?:the same|the latter|the former|another|those|these)\s+[a-z]+|\bat the time\b|"
                     r"\b(?:both|the two) sides\b|"   # "Both sides agreed …": which two, the sentence does not say
                     # "… participated for this year's drills": which drills, the article named before
                     r"\b(?:this|last|next) year['’]s (?:[a-z]+ )?(?:drills?|exercises?|editions?|events?|summit|"
                     r"meetings?|session|games|tournament|festival|conference|parade)\b|"
                     # "Three earlier orders were received in 2013": earlier than one the article told of
                     r"\b(?:earlier|previous|prior)\s+(?!(?:years?|months?|weeks?|days?|to|in|on|at|this|that|the|than|and|or|"
                     r"when|with|for|by|as|it|they|he|she|we)\b)[a-z]+\b|"
                     # "_____ others graduated": others than the ones the sentence before counted
                     r"(?:^\s*|(?:^|\s)(?:_____|\d[\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                     r"[Tt]welve|[Tt]hirteen|[Ff]ifteen|[Tt]wenty)\s)others\b|"
                     # "A second test in June failed": the next of a series the article told of before
                     r"\b(?:a|the) (?-i:second|third|fourth|fifth)\s+(?!time\b|of\b|[a-z]{3,}est\b)[a-z]+\b|"
                     r"\bthe (?:two|three|four|five|six|seven|eight|nine|ten)\s+(?!of\b)[A-Za-z]", re.I)
# "Slovakia won the Cup …", "… enter the venue of the ceremony": a name or an event the article gave
# earlier, standing alone in the sentence
BARE_DEFINITE = re.compile(
    r"\bthe (?:Cup|Council|Treaty|Games|Committee|Commission|Tournament|Conference|Summit|Agreement|Board|Assembly|"
    r"Championships?)\b(?!\s+(?:of|for)\b)(?!\s+[A-Z])|"
    r"\bthe (?:(?:armed|militant|rebel|terrorist|extremist|joint|annual|deadly|latest|recent|same) )?"
    r"(?:ceremony|event|meeting|summit|exercise|drill|conference|tournament|competition|final|race|game|match|"
    r"gunfight|shootout|clash|raid|incident|blast|explosion|ambush|survey|poll|study|previous edition|latest edition|"
    r"war-torn country|assailants|attackers|attack|attacks|bombing|group|gunmen|militants|suspects|victims|"
    r"allegations?|decision|officer|deal|operation|vessel|convoy|terrorist organi[sz]ation|organi[sz]ation|"
    r"post|talks|accused(?: persons)?|bill|jail|prison|proposal|journey|return journey|trip|voyage|visit|tour|"
    r"capital|country|nation|region|province|site|base|camp|facility|town|village|"
    # "the Defence Forces joined UNDOF in September 2013": which country's
    r"Defen[cs]e Forces|Armed Forces|Army|Navy|Air Force|Coast Guard)"
    r"\b(?!['’]s)(?!\s+(?:of|in|for|on|at|between|with|to|held|hosted|organised|organized)\b)(?!\s+[A-Z])")
POINTER = re.compile(r"\b(?:such a|such|this|these|those)\s+[a-z]+", re.I)          # "this request"
SAID_THIS = re.compile(r"\b(?:said|says|told|announced|confirmed|reported|stated|added)\s+(?:this|that|so)\b(?!\s+[a-z]+\s+(?:is|was|are|were|will|would|has|had)\b)", re.I)
# "Of these, 4,040 were …": a share of a total the sentence does not give
PART_OF = re.compile(r"^\W*(?:of (?:these|them|those|which|this)|among them|these include|the rest)\b", re.I)


def spaced(text: str) -> str:
    """Line breaks and runs of spaces in a quote read as one space."""
    return re.sub(r"\s+", " ", text)


def _slice(fact: Fact, a: int, b: int) -> str | None:
    src = fact.sources[0]
    if not (src.start <= a < b <= src.end):
        return None
    return src.evidence[a - src.start:b - src.start]


def cloze_parts(fact: Fact) -> tuple[str, str, str] | None:
    """The quote split around the words that answer the fact."""
    quote = fact.evidence
    src = fact.sources[0]
    at = None   # where the answer stands in the quote: its own span, not an earlier look-alike
    if fact.type == "date":
        if fact.date_kind in ("start", "end") and COUNTED_OBJECT.search((fact.frame or {}).get("rest") or ""):
            return None   # "defused 376 mines from July 18 to _____": the window of a tally, not a date to learn
        hidden = _slice(fact, src.span_start, src.span_end)
        at = src.span_start - src.start
    elif fact.type == "quantity":
        m = _NUMBER.search(_slice(fact, src.span_start, src.span_end) or "")
        hidden = m.group(0) if m else None
        at = src.span_start - src.start + m.start() if m else None
    elif fact.type == "person_role":
        hidden = next((n for n in [fact.person, *fact.aliases] if n and n in quote), None)
    else:
        return None   # an acronym blanked right after its expansion asks nothing
    if not hidden or hidden not in quote:
        return None
    if quote.count("(") != quote.count(")") or quote.count("[") != quote.count("]"):
        return None   # "… (monetary support, food, special equipment UAH 19 billion is directed …": run together
    i = at if at is not None and quote[at:at + len(hidden)] == hidden else quote.index(hidden)
    if (i > 0 and quote[i - 1].isalnum()) or (i + len(hidden) < len(quote) and quote[i + len(hidden)].isalnum()):
        return None   # "China's 201_____ defence budget": the blank would cut a word
    if re.search(r"[\dA-Za-z]\s*[-–]\s*$", quote[:i]) and fact.type == "date" or \
            re.match(r"\s*[-–]\s*(?:\d|[A-Z])", quote[i + len(hidden):]):
        return None   # "on _____-October 6", "September 29-_____": half of a span ("the _____-strong" stays)
    if fact.type == "date" and re.search(r"\b[A-Z]{2,}\)?[\s-]*$", quote[:i]) and re.fullmatch(r"\d{4}", hidden):
        return None   # "the exhibition (IDEX _____)", "the Fair (IDEF) _____": a year after an acronym is part of the name
    if re.search(rf"\b(?:{_NUMBER_WORD})[\s-]*$", quote[:i], re.I) or \
            re.match(rf"[\s-]*(?:{_NUMBER_WORD})\b", quote[i + len(hidden):], re.I):
        return None   # "One-hundred _____ paratroopers": the blank would take half of a number
    return spaced(quote[:i]), spaced(hidden), spaced(quote[i + len(hidden):])


COMPARED_YEAR = re.compile(r"\b(?:from|compared (?:with|to)|than|against|versus|vs\.?)\s+[\w$£€.,%]+(?:\s+[\w%]+){0,3}?"
                           r"\s+in\s+((?:1[89]|20)\d\d)\b")


def cloze_features(fact: Fact, parts: tuple[str, str, str]) -> dict:
    before, hidden, after = parts
    sentence = before + hidden + after
    words = sentence.split()
    # a name outside the blank (not the sentence's first word) pins down what it is about
    start = len(before) - len(before.lstrip(" \"“‘'"))
    names = [m.group() for m in re.finditer(r"\b[A-Z][\w'’.-]*", before) if m.start() > start]
    names += [m.group() for m in re.finditer(r"\b[A-Z][\w'’.-]*", after)]
    lead = before.strip()[:1]
    outside = before + " " + after
    feats = {
        "trivial_blank": bool(TRIVIAL_BLANK.match(hidden.strip())),
        # "In _____, he took over…", "the same survey": who or which is not said
        "self_contained": bool(names) and not OPENING_PRONOUN.match(sentence.strip())
        and not PRONOUN.search(outside) and not PART_OF.match(sentence),
        "no_anaphor": not ANAPHOR.search(outside) and not BARE_DEFINITE.search(outside),
        "no_pointer": not POINTER.search(outside),
        # "…, said this on Wednesday": the whole of what was said is in another sentence
        "said_elsewhere": bool(SAID_THIS.search(outside)),
        "fragment": bool(lead) and (lead.islower() or lead in "”’)-–—•*,;:{}[]<>|")
        or sentence.count("“") != sentence.count("”") or sentence.count('"') % 2 == 1
        or bool(re.search(r"(?:\.\.\.|…)\W*$", sentence)) or bool(re.search(r"[;,]\s*$", sentence))
        # "… a decline of 11.9 per cent in incidents of te": a sentence the page cut off
        or not re.search(r"[.!?][\"”’')\]]*\s*$", sentence),
        "length_ok": 7 <= len(words) <= 60,
    }
    # "… by the CSA in _____ reported … in the year 2019": the sentence states the answer again
    echo = re.escape(hidden.strip()) if len(hidden.strip()) > 2 else None
    repeated = bool(echo) and bool(re.search(rf"(?<![\w,.]){echo}(?![\w,])", outside)) or (
        fact.type == "date" and bool(fact.date) and fact.date[:4] in re.findall(r"\b(?:1[89]|20)\d\d\b", outside))
    if fact.type == "quantity":
        # "_____ or 13 people killed", "12 or _____": the other guess beside the blank gives it away
        repeated = repeated or bool(re.match(r"\s*(?:or|to)\s+\d", after)) or bool(
            re.search(r"\d\s+(?:or|to)\s*$", before))
        # '$150,000 (£77,800)', 'Rs _____ (Rs 627 billion)': a conversion beside the blank gives the figure away
        feats["given_away"] = bool(re.match(r"^\s*(?:[a-z]+\s*)?[(\[]\s*(?:[$£€¥]|[A-Z][A-Za-z]{0,2}\$?\s?)?\d", after)) or bool(
            re.match(r"^(?:\s*[\w-]+){0,3}\s*:", after)) or bool(
            re.search(r"[(\[]\s*[$£€¥]?\s*$", before) and re.search(r"\d", before[-20:]))
    else:
        # "in _____ or September": half of a guess, the other half beside it
        repeated = repeated or bool(re.match(r"\s*or\s+(?:\d|[A-Z][a-z]+)", after)) or bool(
            re.search(r"(?:\d|[A-Z][a-z]+)\s+or\s*$", before))
        # "in _____ and 2013": a year listed beside the blank all but gives it ("from _____ to 2011" does not)
        repeated = repeated or bool(re.match(r"\s*and\s+(?:1[89]|20)\d\d\b", after)) or bool(
            re.search(r"\b(?:1[89]|20)\d\d\s+and\s*$", before))
        # "…, Thursday, _____": the weekday beside a blanked date gives it away (a photo caption)
        feats["given_away"] = bool(re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*\(?$", before, re.I))
        # "32 casualties in _____, down from 41 in 2022": a year compared with the one before it
        compared = [int(y) for y in COMPARED_YEAR.findall(outside)]
        repeated = repeated or bool(re.fullmatch(r"(?:1[89]|20)\d\d", hidden.strip())) and any(
            abs(int(hidden.strip()) - y) == 1 for y in compared)
    # "Premier _____ (蘇貞昌)": the name again in another script, right after the blank
    native = bool(re.match(r"\s*[(（]\s*[^\x00-\u024f\s][^)）]*[)）]", after))
    # "Former President _____ was deposed … Bashir's three-decade rule": the family name again outside the blank
    family = hidden.split()[-1].split("-")[-1] if fact.type == "person_role" and len(hidden.split()) >= 2 else ""
    named_again = len(family) >= 3 and bool(re.search(rf"\b{re.escape(family)}\b", outside))
    feats["given_away"] = feats["given_away"] or repeated or native or named_again
    return feats
