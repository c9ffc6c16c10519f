"""Date facts: a date tied to the event its clause reports.

Explicit dates are normalised at the precision the text gives; spans ("from
2004 to 2011", "since 2018") give start and end facts; relative dates ("on
Wednesday", "in January", "last month") are resolved against the article's
own date and marked as resolved, or left out when the article has none.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import dates
from .context import HONORIFICS, Sentence, phrase
from ..normalise import subject_key
from .model import Fact

_WEEKDAY = re.compile(r"\b(?P<last>last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTH = re.compile(
    r"\b(?P<pre>in|since|until|by|during|early|late|mid|from|of|last|this|next|earlier|later)?[\s-]*"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?![\s.,]*\d)")
_RELATIVE = re.compile(
    r"\b(?P<rel>(?:earlier |later )?today|this morning|yesterday|tomorrow|last month|last year|"
    r"next month|next year|(?:earlier |later )?this (?:month|year))\b", re.I)
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?P<m1>{_MONTHS})\s+(?:and|to|until)\s+(?P<m2>{_MONTHS})\s+(?P<year>\d{{4}})\b")
_DAY_RANGE = re.compile(
    rf"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|until)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
    rf"(?P<mon>{_MONTHS})\b(?P<year>,?\s+\d{{4}})?")
_RANGE_GAP = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$")
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s*$", re.I)
_SINCE = re.compile(r"\bsince\s*$", re.I)

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}   # "said the bodies would be flown home on Saturday"
REPORTING = {"say", "tell", "add", "note", "state", "announce", "stress", "declare", "explain", "warn"}
KEEP_RIGHT = {"dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "prt", "dative", "oprd", "agent", "pobj"}
PRONOUNS = {"it", "they", "we", "i", "you", "this", "that", "these", "those", "which", "who", "there"}
MAX_REST = 14
QUOTES = {"“", '"', "‘", "'", "”"}
ASPECT_VERBS = {"start", "stop", "begin", "continue", "finish", "resume", "keep", "end", "complete"}


def _dateline(child) -> set[int]:
    """'BRUSSELS— NATO defence ministers…': the place line that opens an article."""
    words = list(child.subtree)
    out = set()
    for w in words[:4]:
        if w.text in ("—", "–", "-", ":") and out:
            out.add(w.i)
            break
        if w.is_upper and len(w.text) > 2:
            out.add(w.i)
        else:
            break
    return out if any(w.text in ("—", "–", "-", ":") for w in words[:4]) else set()


def date_facts(sent: Sentence) -> list[Fact]:
    text = sent.span.text
    found: list[tuple[int, int, str, str, str | None, str]] = []   # a, b, value, rule, bound, kind
    explicit = [d for d in dates.find_dates(text) if not _is_count(sent, d) and not _in_name(sent, d)]
    for m in _MONTH_RANGE.finditer(text):   # "between March and June 2022"
        year = int(m.group("year"))
        first, last = dates.month_number(m.group("m1")), dates.month_number(m.group("m2"))
        explicit = [d for d in explicit if d.end <= m.start() or d.start >= m.end()]
        found.append((m.start("m1"), m.end("m1"), f"{year:04d}-{first:02d}", "date-range", "start", "explicit"))
        found.append((m.start("m2"), m.end(), f"{year:04d}-{last:02d}", "date-range", "end", "explicit"))
    for m in _DAY_RANGE.finditer(text):
        if m.group("year"):   # "from 2 to 13 March 2020"
            year, month = int(m.group("year").strip(", ")), dates.month_number(m.group("mon"))
            first, last = _day(year, month, int(m.group("d1"))), _day(year, month, int(m.group("d2")))
            if first and last:
                explicit = [d for d in explicit if d.end <= m.start() or d.start >= m.end()]
                found.append((m.start("d1"), m.end("d1"), first, "date-range", "start", "explicit"))
                found.append((m.start("d2"), m.end(), last, "date-range", "end", "explicit"))
    used: set[int] = set()
    for i, d in enumerate(explicit):
        if i in used:
            continue
        nxt = explicit[i + 1] if i + 1 < len(explicit) else None
        if nxt and _RANGE_GAP.match(text[d.end:nxt.start]) and _RANGE_OPEN.search(text[:d.start]):
            found.append((d.start, d.end, d.value, "date-range", "start", "explicit"))
            found.append((nxt.start, nxt.end, nxt.value, "date-range", "end", "explicit"))
            used.add(i + 1)
        elif _SINCE.search(text[:d.start]):
            found.append((d.start, d.end, d.value, "date-since", "start", "explicit"))
        else:
            found.append((d.start, d.end, d.value, f"date-{d.precision}", None, "explicit"))
    found = [f + (f[2], None) for f in found]   # explicit dates read the same in any tense
    anchor = dates.parse_iso(sent.doc.date) if sent.doc.date else None
    if anchor:
        covered = [(f[0], f[1]) for f in found]
        found += _pair_ranges(text, sorted(
            r for r in _relative(text, explicit, anchor) if all(r[1] <= a or r[0] >= b for a, b in covered)))
    found.sort(key=lambda f: f[0])
    facts = []
    frame = None
    for a, b, past_value, rule, bound, kind, future_value, tense in found:
        tokens = [t for t in sent.span if t.idx - sent.span.start_char < b and
                  t.idx - sent.span.start_char + len(t.text) > a]
        if not tokens:
            continue
        if not (rule == "date-range" and bound == "end"):
            frame = event_frame(sent, tokens, a, bound)
        if frame is None:
            continue
        value = past_value
        if kind == "relative":
            # past-tense news: the most recent such day; future tense: the next one
            tense = tense or ("future" if frame.get("future") else "past" if frame.get("past", True) else None)
            value = {"past": past_value, "future": future_value}.get(tense)
            if value is None:
                continue   # present tense ("delivers remarks on Wednesday") says neither
        relative = kind == "relative"
        fact = Fact(
            type="date", subject=subject_key(frame["key"]) + (f" |{bound}" if bound else ""),
            sources=[sent.source(tokens[0], tokens[-1], rule,
                                 article_date=sent.doc.date if relative else None)],
            date=value, event=frame["event"], bound=bound, relative=relative,
            frame={k: v for k, v in frame.items() if k not in ("key", "future", "past", "head")})
        fact.clause = frame["head"]   # the event's word in the parse, for dating roles in this sentence
        facts.append(fact)
    return facts


def _year_token(sent: Sentence, d: dates.DateMatch):
    """The token of a bare year, or None when the date is not one."""
    if d.precision != "year":
        return None
    base = sent.span.start_char
    return next((t for t in sent.span if t.idx - base == d.start), None)


def _is_count(sent: Sentence, d: dates.DateMatch) -> bool:
    """A bare four-digit number that counts something ("2000 troops") is not a year."""
    if d.precision != "year":
        return False
    tok = _year_token(sent, d)
    if tok is None:
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.text in {"$", "€", "£", "#", "No", "No."}:
        return True
    return nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in {"elections", "talks"}


def _pair_ranges(text: str, found: list) -> list:
    """'on Tuesday and Wednesday': two resolved dates of one span."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a[4] is None and b[4] is None and _RANGE_GAP.match(text[a[1]:b[0]]):
            out[i] = a[:3] + ("date-range", "start") + a[5:]
            out[i + 1] = b[:3] + ("date-range", "end") + b[5:]
    return out


def _in_name(sent: Sentence, d: dates.DateMatch) -> bool:
    """'Exercise Northern Rampart 2020': a year that is part of a name."""
    tok = _year_token(sent, d)
    if tok is None or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.text == "(" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ")":
        return True   # "Press Release (2025) 117": a reference, not an event
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() and not _is_date_word(prev) \
        and prev.i > sent.span.start and tok.doc[prev.i - 1].text[:1].isupper()


_DAY_MONTH = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?![\s,.]*\d)"
    r"|\b(?P<mon2>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![\s,.]*\d)")


def _next_weekday(anchor: dt.date, weekday: int) -> dt.date:
    return anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative(text: str, explicit, anchor: dt.date):
    """Dates that need the article's date: (start, end, past value, rule, bound, 'relative',
    future value, tense). A value is None where that reading is impossible; tense is
    'past' or 'future' when the words themselves say so ('last month', 'next year')."""
    out = []
    covered = [(d.start, d.end) for d in explicit]

    def free(a, b):
        return all(b <= s or a >= e for s, e in covered)

    def add(a, b, past, rule, future, tense=None, bound=None):
        out.append((a, b, past, rule, bound, "relative", future, tense))
        covered.append((a, b))

    for m in _DAY_RANGE.finditer(text):   # "from 2 to 13 March"
        if not free(m.start(), m.end()):
            continue
        month = dates.month_number(m.group("mon"))
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        past_year = anchor.year if (month, d1) <= (anchor.month, anchor.day) else anchor.year - 1
        future_year = anchor.year if (month, d1) >= (anchor.month, anchor.day) else anchor.year + 1
        add(m.start("d1"), m.end("d1"), _day(past_year, month, d1), "date-range", _day(future_year, month, d1),
            bound="start")
        add(m.start("d2"), m.end("mon"), _day(past_year, month, d2), "date-range", _day(future_year, month, d2),
            bound="end")
    for m in _DAY_MONTH.finditer(text):
        if not free(m.start(), m.end()):
            continue
        month = dates.month_number(m.group("mon") or m.group("mon2"))
        day = int(m.group("day") or m.group("day2"))
        past_year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
        future_year = anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
        add(m.start(), m.end(), _day(past_year, month, day), "date-day-month", _day(future_year, month, day))
    for m in _WEEKDAY.finditer(text):
        after = text[m.end():m.end() + 4]
        if not free(m.start(), m.end()) or re.match(r"\s*[(,]?\s*\d", after):
            continue   # "Wednesday (3 December 2014)": the explicit date says it
        before = text[:m.start()]
        if re.search(r"\b(every|on)\s+$", before, re.I) and re.match(r"s\b", text[m.end():]):
            continue   # "on Mondays"
        weekday = dates.WEEKDAYS[m.group("wd").lower()]
        tense = "future" if re.search(r"\b(next|this coming|coming)\s+$", before, re.I) else \
            "past" if m.group("last") else None
        past = dates.last_weekday(anchor - dt.timedelta(days=1) if m.group("last") else anchor, weekday)
        add(m.start("wd"), m.end(), past.isoformat(), "date-weekday", _next_weekday(anchor, weekday).isoformat(),
            tense)
    for m in _MONTH.finditer(text):
        pre = (m.group("pre") or "").lower()
        if not free(m.start("mon"), m.end()) or re.search(r"\d\s*$", text[:m.start("mon")]):
            continue
        if m.group("mon") == "May" and not pre:
            continue   # "may" the verb, capitalised at a sentence start
        month = dates.month_number(m.group("mon"))
        year_word = re.match(r"\s+(last|this|next)\s+year\b", text[m.end():])
        if year_word:   # "in July last year"
            year = anchor.year + {"last": -1, "this": 0, "next": 1}[year_word.group(1)]
            value = f"{year:04d}-{month:02d}"
            add(m.start("mon"), m.end() + year_word.end(), value, "date-month-name", value, "past")
            continue
        future_year = anchor.year if month >= anchor.month else anchor.year + 1
        tense = "future" if pre == "next" else "past" if pre == "last" else None
        add(m.start("mon"), m.end(), dates.last_month(anchor, month), "date-month-name",
            f"{future_year:04d}-{month:02d}", tense)
    for m in _RELATIVE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        rel = m.group("rel").lower()
        month = anchor.isoformat()[:7]
        table = {
            "today": (anchor.isoformat(), None), "this morning": (anchor.isoformat(), None),
            "yesterday": ((anchor - dt.timedelta(days=1)).isoformat(), "past"),
            "tomorrow": ((anchor + dt.timedelta(days=1)).isoformat(), "future"),
            "last month": (dates.previous_month(anchor), "past"),
            "next month": (_next_month(anchor), "future"),
            "last year": (str(anchor.year - 1), "past"), "next year": (str(anchor.year + 1), "future"),
            "this month": (month, None), "this year": (str(anchor.year), None),
        }
        key = re.sub(r"^(earlier|later) ", "", rel)
        value, tense = table[key]
        if rel != key:
            tense = "past" if rel.startswith("earlier") else "future"   # "later this month"
        add(m.start(), m.end(), value, "date-relative", value, tense)
    return out


def _next_month(anchor: dt.date) -> str:
    year, month = (anchor.year, anchor.month + 1) if anchor.month < 12 else (anchor.year + 1, 1)
    return f"{year:04d}-{month:02d}"


# --------------------------------------------------------------------------- event frames

def event_frame(sent: Sentence, date_tokens, a: int, bound: str | None) -> dict | None:
    """The event a date belongs to, as parts a question can be built from."""
    dset = set(t.i for t in date_tokens)
    if bound:
        nominal = _preceding_name(sent, date_tokens[0])
        if nominal is not None:
            return _nominal(sent, nominal, dset)
    root = next((t for t in date_tokens if t.head.i not in dset or t.head == t), date_tokens[0])
    head = root.head
    eventive = _eventive_before(sent, date_tokens[0])
    if eventive is not None:
        return _nominal(sent, eventive, dset)
    if _is_date_word(head) and head.i not in dset:
        dset = dset | {head.i}      # "on Wednesday (3 December 2014)"
        root, head = head, head.head
    if root.dep_ in ("appos", "npadvmod", "conj") and head.pos_ == "PROPN":
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head        # "at Camp Besmaya, Iraq, March 5, 2018": the verb, not the place
    if root.dep_ in ("nummod", "compound", "amod", "nmod", "poss") and head.pos_ in ("NOUN", "PROPN") \
            and head.i not in dset:
        return _nominal(sent, _top_noun(head), dset)
    seen = 0
    while head.pos_ in ("ADP", "SCONJ") or head.dep_ == "prep" and head.pos_ not in ("VERB", "AUX"):
        if head.head == head or seen > 4:
            break
        head, seen = head.head, seen + 1
    if head.i in dset:
        return None
    if head.pos_ in ("VERB", "AUX"):
        return _verbal(sent, head, dset)
    if head.pos_ not in ("NOUN", "PROPN", "VERB", "AUX"):
        head = _verb_above(head)   # "cut to 2,500 in January": the number is not the event
        return _verbal(sent, head, dset) if head is not None else None
    if head.pos_ in ("NOUN", "PROPN"):
        top = _top_noun(head)
        if _names_an_event(top, root):
            return _nominal(sent, top, dset)
        verb = _verb_above(top)   # "At its peak in 2011, ISAF numbered…": the clause is the event
        return _verbal(sent, verb, dset | {t.i for t in top.subtree}) if verb is not None else None
    return None


TIME_NOUNS = {"start", "end", "beginning", "middle", "peak", "height", "course", "half", "quarter",
              "spring", "summer", "autumn", "fall", "winter", "part", "turn", "close", "time", "period"}


def _names_an_event(noun, date_root) -> bool:
    """'the closure', 'the Wales Summit' name events; 'its peak', 'the start of 2021' only say when."""
    if noun.lemma_.lower() in TIME_NOUNS and date_root.head.lower_ == "of":
        return False
    if noun.lemma_.lower() in TIME_NOUNS and not any(t.pos_ == "PROPN" for t in noun.subtree):
        return False
    return _eventive(noun) or any(t.pos_ == "PROPN" for t in noun.subtree)


def _verb_above(token):
    for _ in range(6):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


EVENT_NOUNS = {"visit", "launch", "start", "end", "attack", "strike", "summit", "vote", "death",
               "election", "invasion", "talks", "call", "speech", "deal", "war", "coup", "ceasefire",
               "meeting", "conference", "ceremony", "handover", "accession", "session", "trip", "talk",
               "exercise", "drill", "parade", "withdrawal", "deployment", "rotation"}
EVENT_SUFFIXES = ("tion", "sion", "ment", "ure", "ing", "al")


def _is_date_word(token) -> bool:
    return token.lower_ in dates.WEEKDAYS or bool(dates.month_number(token.lower_)) and \
        token.lower_ in {m.lower() for m in dates.MONTH_NAMES[1:]}


def _eventive(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in EVENT_NOUNS and noun.pos_ in ("NOUN", "PROPN") or \
        noun.pos_ == "NOUN" and lemma.endswith(EVENT_SUFFIXES) and len(lemma) > 5


def _eventive_before(sent: Sentence, first_date_token):
    """'the closure of the Mission (NTM-I) in December 2011': a date right after an event noun."""
    doc = first_date_token.doc
    i = first_date_token.i - 1
    if i < sent.span.start or doc[i].lower_ not in ("in", "on"):
        return None
    j = i - 1
    if j >= sent.span.start and doc[j].text == ")":
        while j >= sent.span.start and doc[j].text != "(":
            j -= 1
        j -= 1
    if j < sent.span.start or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    t = doc[j]
    for _ in range(6):   # the nearest event noun up the phrase: 'talks', then 'the closure of …'
        if _eventive(t) and t.i < i:
            if t.dep_ == "dobj" and t.head.pos_ in ("VERB", "AUX"):
                return None   # "began operations in October 2018": the verb is the event
            return _climb_eventive(t)
        up = _top_noun_step(t)
        if up is None:
            return None
        t = up
    return None


def _top_noun_step(t):
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
        return t.head.head
    if t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    return None


def _top_noun(noun):
    """Climb 'the closure of the Mission in Iraq' from 'Iraq' to 'closure'."""
    t = noun
    for _ in range(6):
        if t.dep_ in ("pobj",) and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
            t = t.head.head
        elif t.dep_ in ("compound",) and t.head.pos_ in ("NOUN", "PROPN"):
            t = t.head
        else:
            break
    return t


def _climb_eventive(noun):
    """From 'Treaty' in 'the signing of the Treaty' up to 'signing'."""
    for _ in range(4):
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
                and _eventive(noun.head.head):
            noun = noun.head.head
        else:
            break
    return noun


def _preceding_name(sent: Sentence, first_date_token):
    """'the NATO Training Mission in Iraq from 2004 to 2011': the name before the span."""
    i = first_date_token.i - 1
    doc = first_date_token.doc
    if i < sent.span.start or doc[i].lower_ not in ("from", "between"):
        return None
    j = i - 1
    if j < sent.span.start or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    t = _top_noun(doc[j])
    if t.dep_ == "dobj" or t.ent_type_ in ("GPE", "LOC", "FAC"):
        return None   # "has led the Alliance since…", "held in Latvia from 2 to 13 March": not a named span
    words = [w for w in t.subtree if w.i < i]
    if not any(w.pos_ == "PROPN" for w in words):
        return None
    return t


def _clean(tokens, exclude: set[int]):
    """Drop excluded tokens, bracketed asides and edge punctuation."""
    out, depth = [], 0
    for t in sorted(tokens, key=lambda t: t.i):
        if t.text == "(":
            depth += 1
            continue
        if t.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth or t.i in exclude:
            continue
        out.append(t)
    while out and (out[-1].is_punct or out[-1].pos_ in ("ADP", "CCONJ", "DET", "PART")):
        out.pop()
    while out and out[0].is_punct:
        out.pop(0)
    return out


def _date_preps(dset: set[int], doc) -> set[int]:
    """Date tokens plus the prepositions that introduce them."""
    out = set(dset)
    for i in dset:
        t = doc[i]
        if t.head.i not in dset and t.head.dep_ == "prep" and t.dep_ == "pobj":
            out.add(t.head.i)
        if i > 0 and doc[i - 1].lower_ in ("on", "in", "since", "from", "until", "between", "to", "and"):
            out.add(i - 1)
    return out


def _cut_at_comma(tokens, head):
    out = []
    for t in tokens:
        if t.i > head.i and t.text in (",", ";", ":", "—", "–", "“", "”", '"'):
            break
        out.append(t)
    return out


def _nominal(sent: Sentence, noun, dset: set[int]) -> dict | None:
    exclude = _date_preps(dset, noun.doc)
    pruned = set()
    for t in noun.subtree:
        if t.dep_ in ("relcl", "acl", "appos", "advcl") and t != noun:
            pruned |= {w.i for w in t.subtree}
    tokens = [t for t in noun.subtree if t.i not in pruned]
    tokens = _clean(_cut_at_comma(tokens, noun), exclude)
    if not tokens or noun.i in exclude or len(tokens) > 20:
        tokens = tokens[:20]
    if not tokens:
        return None
    text = phrase(tokens)
    if not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
        return None
    if tokens[0].pos_ != "DET" and tokens[0].pos_ != "PROPN" and not tokens[0].text[:1].isupper():
        text = "the " + text
    elif tokens[0].pos_ == "DET":
        text = "the " + phrase(tokens[1:]) if tokens[0].lower_ in ("a", "an", "the") else text
    text = _lower_first(text, tokens[0])
    key = " ".join(t.lemma_ for t in tokens if not t.like_num)
    return {"kind": "nominal", "noun": text, "event": text[:1].upper() + text[1:], "key": key, "head": noun}


def _lower_first(text: str, first) -> str:
    if first.pos_ != "PROPN" and not first.ent_type_ and not (first.is_upper and len(first.text) > 1) \
            and text[:1].isupper():   # "the mission", but "Irish Foreign Minister …" keeps its capital
        return text[:1].lower() + text[1:]
    return text


def _subject(sent: Sentence, verb):
    for _ in range(4):   # "Kootenay will transit … and is due to arrive": up to the verb with a subject
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj, verb
        if verb.dep_ in ("conj", "xcomp", "acomp") and verb.head != verb:
            verb = verb.head   # "are due to arrive": the subject of "are"
        else:
            return None, verb
    return None, verb


PLANNING = {"due", "expect", "set", "schedule", "plan", "intend", "prepare"}


def _planned(verb) -> bool:
    """'are due to arrive', 'is expected to meet', 'plans to deploy': a future event."""
    t = verb
    for _ in range(2):
        if t.dep_ in ("xcomp", "ccomp", "acomp") and t.head.lemma_.lower() in PLANNING:
            return True
        if t.head == t:
            break
        t = t.head
    return False


def _object_before(verb):
    """'followed Exercise Cyber Falcon 2025, held in Amman …': the object the participle describes."""
    return next((c for c in verb.head.children if c.dep_ in ("dobj", "pobj") and c.i < verb.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _participle(sent: Sentence, verb, exclude: set[int]) -> dict | None:
    """'The Resolute Support mission, launched in January 2015, …' -> it was launched."""
    noun = verb.head if verb.dep_ == "acl" else _object_before(verb)
    aside = {w.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos") for w in c.subtree}
    tokens = _clean([t for t in noun.subtree if t.i not in aside and t.i < verb.i and t.text != ","], exclude)
    if not tokens or any(t.pos_ == "PRON" for t in tokens[:1]):
        return None
    subject = _lower_first(phrase(tokens), tokens[0])
    if tokens[0].pos_ == "DET" and tokens[0].lower_ in ("a", "an"):
        subject = "the " + phrase(tokens[1:])
    aux = "were" if noun.tag_ in ("NNS", "NNPS") else "was"
    rest = phrase(_clean([t for c in verb.children if c.i > verb.i and c.dep_ in ("prep", "agent", "dobj")
                          and c.i not in exclude for t in c.subtree], exclude)[:MAX_REST])
    event = " ".join(w for w in [subject, aux, verb.text, rest] if w)
    key = " ".join([subject, verb.lemma_, rest])
    return {"kind": "verbal", "past": True, "future": False, "head": verb, "subject": subject, "aux": aux, "adverb": "",
            "verb": verb.text, "rest": rest, "event": event[:1].upper() + event[1:], "key": key}


def _verbal(sent: Sentence, verb, dset: set[int]) -> dict | None:
    exclude = _date_preps(dset, verb.doc)
    subj, subj_verb = _subject(sent, verb)
    if subj is None and verb.tag_ == "VBN" and (
            verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") or verb.dep_ == "advcl" and _object_before(verb)):
        return _participle(sent, verb, exclude)
    if subj is None:
        return None
    if subj.lower_ in ("that", "which", "who") and subj_verb.dep_ == "relcl":
        # "the signing of the Treaty, which took place…": the event noun, not the last noun
        head = _climb_eventive(subj_verb.head)
        if subj.lower_ == "who":
            # "General X, the last commander of Y, who handed over…": the person
            head = _top_noun(head)
            if head.dep_ == "appos" and head.head.pos_ == "PROPN":
                head = head.head
        aside = {w.i for c in head.children if c.dep_ in ("appos", "relcl", "acl") for w in c.subtree}
        subj_tokens = [t for t in head.subtree if t.i < subj_verb.i and t.i != subj.i
                       and t.i not in {w.i for w in subj_verb.subtree} and t.i not in aside
                       and not (t.text == "," and t.head == head)]
        subj_text = phrase(_clean(subj_tokens, exclude))
        subj_first = subj_tokens[0] if subj_tokens else subj
    elif subj.lower_ in ("he", "she") and sent.state.last_person:
        subj_text, subj_first = sent.state.last_person, None
    elif subj.lower_ in PRONOUNS or subj.pos_ == "PRON":
        return None
    else:
        appos = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        base = appos if appos is not None and subj.pos_ != "PROPN" else subj   # "our mission, NATO Mission Iraq"
        pruned = set()
        for t in base.subtree:
            if t.dep_ in ("relcl", "acl", "appos", "advcl") and t != base or \
                    t.dep_ == "punct" and t.text not in "()" and (t.whitespace_ or t.i > 0 and t.doc[t.i - 1].whitespace_):
                pruned |= {w.i for w in t.subtree}
        subj_tokens = _clean([t for t in base.subtree if t.i not in pruned], exclude)
        if subj_tokens and subj_tokens[0].lower_ in ("our", "their", "its", "his", "her", "my", "your"):
            subj_tokens = subj_tokens[1:]
        subj_tokens = [t for t in subj_tokens if t.lower_ not in HONORIFICS] if subj_tokens and \
            subj_tokens[0].lower_ in HONORIFICS else subj_tokens
        subj_text = phrase(subj_tokens)
        subj_first = subj_tokens[0] if subj_tokens else None
        if subj.ent_type_ == "PERSON" or len(subj_tokens) == 1 and subj.pos_ == "PROPN":
            subj_text = sent.state.resolve(subj_text) or subj_text   # "Mr. Fortin" -> "Dany Fortin"
    if not subj_text:
        return None
    if subj_first is not None:
        subj_text = _lower_first(subj_text, subj_first)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    future = any(c.lower_ in FUTURE_AUX for c in auxes) or _planned(verb)
    passive = [c for c in auxes if c.dep_ == "auxpass"]
    perfect = [c for c in auxes if c.dep_ == "aux" and c.lemma_ == "have"]
    modal = [c for c in auxes if c.dep_ == "aux" and c.tag_ == "MD"]
    advs = [c for c in verb.children if c.dep_ in ("advmod", "neg") and c.i < verb.i and c.i > subj.i
            and c.i not in exclude]
    if passive and not modal:
        aux, form = passive[0].text, verb.text
        if perfect:
            aux = perfect[0].text
            form = "been " + verb.text
    elif passive and modal:
        aux, form = modal[0].text, f"{passive[0].text} {verb.text}"   # "will be stationed"
    elif modal:
        aux, form = modal[0].text, verb.lemma_
    elif perfect:
        aux, form = perfect[0].text, verb.text
    else:
        aux, form = "did", verb.lemma_
    rest_tokens = []
    has_object = False
    preps = 0
    for child in verb.children:
        if child.i < verb.i:
            if not (child.dep_ == "ccomp" and verb.lemma_ in REPORTING):
                continue
            words = list(child.subtree)
            if words[0].text in QUOTES or any(w.lower_ in ("i", "we", "our", "us") for w in words):
                continue
        if child.dep_ not in KEEP_RIGHT or child.i in exclude:
            continue
        if child.dep_ == "prep" and (has_object or preps >= 1):
            continue
        if child.dep_ == "prep":
            preps += 1
        if child.dep_ == "xcomp" and child.tag_ == "VBG":
            continue
        if any(t.i in dset for t in child.subtree):
            continue
        pruned = set()
        for t in child.subtree:
            if t.dep_ in ("relcl", "advcl", "parataxis", "appos", "acl") or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")) \
                    or (t.dep_ == "xcomp" and t.tag_ == "VBG" and t.head.lemma_ not in ASPECT_VERBS) or (t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX") and t.head != verb
                                                                 and any(c.dep_ == "dobj" for c in t.head.children)):
                pruned |= {w.i for w in t.subtree}
        pruned |= _dateline(child)
        if child.dep_ == "ccomp" and child.tag_ == "VBG":
            # "advised Iraqi security institutions helping them to …": keep the object only
            keep = set()
            for c in child.children:
                if c.dep_ == "nsubj":
                    keep |= {w.i for w in c.subtree}
            pruned |= {w.i for w in child.subtree} - keep
        if child.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "oprd"):
            has_object = True
        part = _clean(_cut_at_comma([t for t in child.subtree if t.i not in pruned], child), exclude)
        if child.dep_ == "ccomp" and child.i < verb.i:
            part = [p for p in part if p.dep_ != "mark"]
        if part:
            rest_tokens.append((child.i < verb.i, part))
        if sum(len(p) for _, p in rest_tokens) >= MAX_REST:
            break
    rest_parts = []
    for left, part in rest_tokens:
        words = _clean(part[:MAX_REST], set())   # a cut part must not end on "in" or "the"
        rest_parts.append(("that " if left else "") + phrase(words))
    rest = " ".join(rest_parts)
    adv = " ".join(a.text for a in advs)
    tokens_for_key = [t for _, p in rest_tokens for t in p]
    key = " ".join([subj_text] + [a.lemma_ for a in advs if a.dep_ == "neg"] + [verb.lemma_] +
                   [t.lemma_ for t in tokens_for_key if not t.like_num])
    words = [subj_text, adv, verb.text, rest] if aux == "did" else [subj_text, aux, adv, form, rest]
    event = " ".join(w for w in words if w)
    event = event[:1].upper() + event[1:]
    past = verb.tag_ == "VBD" or bool(perfect) or (verb.tag_ == "VBN" and any(
        c.tag_ == "VBD" for c in auxes)) or (verb.dep_ in ("xcomp", "conj") and verb.head.tag_ == "VBD") \
        or (verb.tag_ == "VBN" and not auxes and subj is not None and subj.dep_ == "nsubj")   # "which X signed"
    return {"kind": "verbal", "past": past, "head": verb, "subject": subj_text, "aux": aux, "adverb": adv, "verb": form,
            "rest": rest, "event": event, "key": key, "future": future}
