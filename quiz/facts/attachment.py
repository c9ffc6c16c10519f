"""Whether a date is said of its clause's verb, or of a phrase inside the clause.

"moved to the UK in 1966" dates the move; "recovered from a crisis in 2001"
dates the crisis, "lost nine matches since the 2003 World Cup final" the final,
and "talks over an extension beyond 2007" no point at all. A question asks
"when did X happen?" only of the first kind; a blank in the sentence is true of
all of them.
"""
from __future__ import annotations

from .phrases import TIME_NOUNS
from .timex import is_date_word

FIRST_WORDS = {"first", "last", "biggest", "largest", "worst", "highest", "lowest", "only"}
POINT_PREPS = {"in", "on", "at", "during", "since", "from", "until", "till", "to", "by", "before", "between",
               "as", "of", "and", "or"}


def attached(date_tokens, verb, clause: bool = True) -> bool:
    """Whether the date is said of the clause's verb itself: 'moved to the UK in 1966', not
    'recovered from a crisis in 2001' (the crisis's year), 'lost nine matches since the 2003 World
    Cup final' (the final's) or 'talks over an extension beyond 2007'."""
    dset = {t.i for t in date_tokens}
    doc = verb.doc
    first, last = date_tokens[0], date_tokens[-1]
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if before is not None and before.tag_ in ("DT", "PRP$", "POS") and after is not None and \
            after.pos_ in ("NOUN", "PROPN", "ADJ") and after.i not in dset:
        return False   # "the 2003 World Cup final": the year names the final
    root = next((t for t in date_tokens if t.head.i not in dset), date_tokens[0])
    if is_date_word(root.head) and root.head.i not in dset:
        root = root.head   # "on Wednesday (3 December 2014)"
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in TIME_NOUNS:
        root = prep.head   # "at the end of June 2004": the end is the time
        prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ not in POINT_PREPS:
        return False   # "beyond 2007", "after 2010", "around 2005": not a time the event happened at
    k = first.i - 1
    while k > 0 and doc[k].lower_ in ("late", "early", "mid", "mid-", "the", "end", "start", "of"):
        k -= 1
    if k >= 0 and doc[k].lower_ == "since" and any(
            t.lower_ in FIRST_WORDS or t.tag_ in ("JJS", "RBS") for t in doc[doc[k].sent.start:k]):
        return False   # "the first deployment here since late 2017": the year of the one before
    if not clause:
        return True   # an event noun: the date follows it ("the closure of the Mission in December 2011")
    if root.dep_ in ("appos", "npadvmod") and root.head.pos_ == "PROPN" and before is not None and before.text == ",":
        return verb_above(root) == verb   # "visited forces across Norway, March 2, 2016"
    t = root.head
    if prep is not None and day_on_subject(prep) == verb:
        return True   # "The Air Force on Thursday formally inducted …": the parse hangs the day on the subject
    for _ in range(5):
        if t.pos_ in ("ADP", "SCONJ") or t.dep_ == "prep" and t.pos_ not in ("VERB", "AUX"):
            t = t.head
        else:
            break
    for _ in range(4):   # the clause's verb may govern the verb the date hangs on ("began investigating")
        if t == verb:
            return True
        if t.dep_ in ("xcomp", "advcl") and t.pos_ in ("VERB", "AUX"):
            t = t.head
        elif t.dep_ == "acl" and t.pos_ in ("VERB", "AUX"):
            t = t.head.head
        else:
            break
    return t == verb


def day_on_subject(prep):
    """'The Air Force [on Thursday] formally inducted …': the parse hangs the day on the subject,
    between it and its verb; the verb it dates, or None."""
    subject = prep.head
    verb = subject.head
    if prep.lower_ in ("on", "in", "at") and subject.dep_ in ("nsubj", "nsubjpass") and \
            verb.pos_ in ("VERB", "AUX") and subject.i < prep.i < verb.i:
        return verb
    return None


def verb_above(token):
    for _ in range(6):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None
