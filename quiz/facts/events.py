"""Date facts: a date tied to the event its clause reports.

Explicit dates are normalised at the precision the text gives; spans ("from
2004 to 2011", "since 2018") give start and end facts; relative dates ("on
Wednesday", "in January", "last month") are resolved against the article's
own date and marked as resolved, or left out when the article has none.
"""
from __future__ import annotations

import re

from .. import dates
from ..normalise import subject_key
from . import timex
from .attachment import attached
from .context import Sentence
from .event_frames import event_frame
from .model import Fact
from .subjects import named_clause


def _limit_ahead(first, head) -> bool:
    """A limit set on what is yet to be: 'voted to extend the mandate [through December]', 'outlines a
    drawdown with a complete withdrawal [by June 30]' (the limit's word is an infinitive or a noun,
    not the verb the news tells of, as in 'the troops stayed until June')."""
    prep = first.head if first.head.pos_ == "ADP" else None
    limited = prep.head if prep is not None else None
    if limited is not None and limited.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in limited.children):
        return True   # "the restrictions were to be extended until November 5": a limit set ahead
    return limited is not None and (limited.pos_ == "NOUN" and prep.lower_ == "by" or limited != head and (
        limited.tag_ == "VB" or limited.pos_ == "NOUN"))


def date_facts(sent: Sentence) -> list[Fact]:
    facts = []
    frame = scheduled = None
    found = timex.find(sent)
    for n, (a, b, past_value, rule, bound, kind, future_value, tense) in enumerate(found):
        tokens = _tokens(sent, a, b)
        if not tokens:
            continue
        if not (rule == "date-range" and bound == "end"):
            pair = found[n + 1] if rule == "date-range" and n + 1 < len(found) else None
            # "conducted on August 17 to 31": the end of the range is no part of the event either
            also = _tokens(sent, pair.a, pair.b) if pair is not None and pair.bound == "end" else []
            frame = event_frame(sent, tokens, a, bound, also)
            if frame is not None and frame.get("kind") in ("clause", "nominal"):
                frame["attached"] = attached(tokens, frame["head"], frame["kind"] == "clause")
        if frame is None:
            continue
        prep = tokens[0].head if tokens[0].head.pos_ == "ADP" else None
        if rule == "date-since" and prep is not None and prep.lower_ == "from" and \
                prep.head.pos_ in ("NOUN", "PROPN") and frame.get("kind") == "nominal":
            continue   # "The Fellowship of The Ring from 2001": the thing's year, not the start of anything
        value = past_value
        if not (rule == "date-range" and bound == "end"):
            scheduled = _scheduled(tokens[0]) if kind == "relative" else None   # a range's end shares its start's
        if scheduled == "unsure":
            continue   # "the visit, which had been scheduled for Thursday": which Thursday, once planned?
        if kind == "relative":
            # past-tense news: the most recent such day; future tense: the next one
            if _near_ahead(sent, rule, frame, past_value, future_value):
                continue   # "the attack on March 11" in an article of March 4: a year back, or a plan?
            ahead = frame.get("future") or _to_come(frame.get("head")) or scheduled == "ahead"
            tense = tense or ("future" if ahead else "past" if frame.get("past", True) else None)
            value = {"past": past_value, "future": future_value}.get(tense)
            if rule in ("date-deadline", "date-until") and _limit_ahead(tokens[0], frame.get("head")):
                value = future_value   # "adopted a resolution to extend the mandate through December"
            if tense == "future" and rule == "date-weekday" and sent.doc.date and \
                    dates.parse_iso(sent.doc.date).weekday() == dates.parse_iso(past_value).weekday():
                continue   # "will be held on Thursday" on a Thursday: today, or a week on? Not said
            if value is None and rule in ("date-deadline", "date-until"):
                value = future_value   # "must withdraw by the end of the month": a limit ahead
            if value is None:
                continue   # present tense ("delivers remarks on Wednesday") says neither
        if kind != "relative" and len(value or "") == 10 and frame.get("kind") == "clause" and \
                frame.get("tense") == "present" and frame.get("voice") == "active" and sent.doc.date and value < sent.doc.date:
            continue   # "Tejas jets perform during the airshow on February 3, 2021": a photo's caption
        relative = kind == "relative"
        planned = bool(frame.get("future")) or (kind == "relative" and tense == "future") or \
            rule == "date-deadline" and frame.get("tense") == "modal"   # "must withdraw by the end of the month"
        fact = Fact(
            type="date", subject=subject_key(frame["key"]) + (f" |{bound}" if bound else "") +
            ("" if frame.get("specific", True) else f" @{sent.doc.name}"),   # 'the mission' of this article
            sources=[sent.source(tokens[0], tokens[-1], rule,
                                 article_date=sent.doc.date if relative else None)],
            date=value, event=frame["event"], bound=bound, relative=relative,
            date_kind=_date_kind(rule, bound), status="planned" if planned else "done",
            frame={**{k: v for k, v in frame.items() if k not in ("key", "future", "past", "head", "event")},
                   "caption": sent.caption, "title_case": sent.title_case,
                   "named": frame.get("specific", True) if frame.get("kind") == "nominal"
                   else named_clause(sent, tokens[0])})
        fact.clause = frame["head"]   # the event's word in the parse, for dating roles in this sentence
        fact.prep = tokens[0].head if tokens[0].head.pos_ == "ADP" else None   # "in" of "in 1976"
        facts.append(fact)
    for fact in facts:   # "received two nominations, in 1976 for … and in 1981 for …": one event, two dates
        if any(other.date != fact.date and other.bound == fact.bound and (
                other.clause.i == fact.clause.i or _coordinated(fact.prep, other.prep) or _listed_with(sent, fact, other))
               for other in facts if other is not fact):
            fact.frame["several"] = True
    for fact in facts:
        del fact.prep
    # "On Wednesday, the government revised growth figures from earlier in 2004": a clause's day, and a
    # year that is not the day's, of something else the clause names: the year is no date of the event
    return [f for f in facts if not (len(f.date or "") == 4 and any(
        o.clause.i == f.clause.i and len(o.date or "") == 10 and o.date[:4] != f.date and o.bound == f.bound
        for o in facts if o is not f))]


def _near_ahead(sent: Sentence, rule: str, frame: dict, past_value, future_value) -> bool:
    """'a week before a key election on January 11' in an article of January 2: a day named
    without its year, of an event without a verb's tense, that is just ahead or a year back."""
    if rule != "date-day-month" or frame.get("kind") != "nominal" or not (past_value and future_value and sent.doc.date):
        return False
    anchor = dates.parse_iso(sent.doc.date)
    return (dates.parse_iso(future_value) - anchor).days <= 45 and (anchor - dates.parse_iso(past_value)).days >= 300


def _listed_with(sent: Sentence, one: Fact, other: Fact) -> bool:
    """'won the first two editions in 1997 and 1998': two dates listed side by side."""
    a, b = sorted((one.sources[0], other.sources[0]), key=lambda src: src.span_start)
    return re.fullmatch(r"\s*(?:,|and|or|, and)\s*", sent.doc.text[a.span_end:b.span_start]) is not None


AHEAD_VERBS = {"set", "due", "schedule", "slate", "expect", "plan", "poise", "go", "aim", "intend"}


def _to_come(verb) -> bool:
    """'set to be established on Mar. 24', 'due to arrive on Friday': the event's verb is the
    infinitive of a word that puts it ahead."""
    if verb is None:
        return False
    if verb.lemma_.lower() in AHEAD_VERBS and any(   # the clause's verb is "set" of "set to last"
            c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children):
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.head.lemma_.lower() in AHEAD_VERBS or verb.head.lower_ in AHEAD_VERBS


SCHEDULING = {"schedule", "slate", "set", "plan", "pencil", "earmark"}


def _scheduled(first) -> str | None:
    """'the exercise scheduled for June 29': a day a plan sets, ahead of the article ('ahead'); in a
    plan told in the past ('had been scheduled for Thursday') the day may be past or to come ('unsure')."""
    prep = first.head if first.head.pos_ == "ADP" else None
    verb = prep.head if prep is not None and prep.lower_ == "for" else None
    if verb is None or verb.lemma_.lower() not in SCHEDULING or verb.tag_ not in ("VBN", "VBZ", "VBP"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD",) or a.lower_ in ("had", "was", "were") for a in auxes):
        return "unsure"
    return "ahead"


def _coordinated(a, b) -> bool:
    """Whether two dates' prepositions are joined: 'in 1976 for … and in 1981 for …'."""
    if a is None or b is None:
        return False
    return any(x.dep_ == "conj" and x.head.i == y.i for x, y in ((a, b), (b, a)))


def _tokens(sent: Sentence, a: int, b: int) -> list:
    return [t for t in sent.span if t.idx - sent.span.start_char < b and t.idx - sent.span.start_char + len(t.text) > a]


def _date_kind(rule: str, bound: str | None) -> str:
    """A point in time, the start or the end of a span, a deadline, or the date a state held at."""
    if rule == "date-deadline":
        return "deadline"
    if rule == "date-as-of":
        return "state"
    return bound or "point"


# --------------------------------------------------------------------------- event frames
