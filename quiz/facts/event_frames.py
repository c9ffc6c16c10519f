"""The event a date is said of: the clause around it ("NATO opened an office in 2004"), a
named event ("the Wales Summit in September"), or an event noun the date hangs on ("the
closure of the Mission in December 2011"), as a frame later stages word questions from.
"""
from __future__ import annotations

from ..normalise import FIGURE_HEDGES
from .attachment import day_on_subject, verb_above as _verb_above
from .clauses import verbal
from .verb_parts import ASPECT_VERBS
from .context import Sentence, phrase
from .phrases import (DEMONSTRATIVES, EVENT_NOUNS, ORDINALS, RECURRING, RELATIONAL, SPECIFIC_ENTS,
                      TIME_NOUNS, clean, climb_eventive, cut_at_comma, date_preps, eventive, lower_first,
                      top_noun, top_noun_step)
from .posts import ROLE_NOUNS
from .timex import bracketed_place, is_date_word


TALLY_VERBS = {"report", "record", "register", "log", "count", "tally", "post"}


def event_frame(sent: Sentence, date_tokens, a: int, bound: str | None, also=()) -> dict | None:
    """The event a date belongs to, as parts a question can be built from; ``also``: other
    date words (the end of a range) the event leaves out."""
    dset = set(t.i for t in date_tokens) | {t.i for t in also}
    first = date_tokens[0]
    listed = first.dep_ == "conj" or any(c.dep_ == "conj" for c in first.children)
    if listed and any(t.lower_ == "respectively" for t in sent.span):
        return None   # "During 2016, 2017 and 2018, requests were 91, 94 and 123, respectively": labels of counts
    above = first.head.head if first.head.dep_ == "prep" else None
    if above is not None and (above.like_num or above.pos_ == "NUM" or above.text == "%" or above.pos_ == "ADP" and any(
            c.dep_ == "pobj" and (c.like_num or c.pos_ == "NUM") for c in above.children)):
        return None   # "from 43.5 billion in 2007 to 47.5 billion in 2008": the year dates a figure
    owner = first.head.head if first.head.lower_ == "since" else None
    ranked = [] if owner is None else [c for c in owner.children if c.dep_ in ("attr", "dobj")] + (
        [owner] if owner.pos_ == "NOUN" else [])
    if any(c.lower_ in ("first", "last", "only") or c.tag_ == "JJS" for n in ranked for c in n.children):
        return None   # "the first living recipient of the Victoria Cross since 1965": a gap, not a date of the event
    verb = date_tokens[0] if date_tokens[0].pos_ in ("VERB", "AUX") else _verb_above(date_tokens[0])
    if verb is not None and verb.lemma_ in TALLY_VERBS and len(first.text) == 4 and first.head.lower_ == "in" \
            and first.head.head == verb and any(c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children)
                                                for c in verb.children):
        return None   # "Cambodia reported 32 casualties in 2023": the year the casualties are counted for
    if verb is not None and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children):
        return None   # "There were 70 deaths between June 2003 and 2004": a count's period, no event
    place = bracketed_place(date_tokens[0]) if len(date_tokens) == 1 else None
    if place is not None:
        return _bracketed_event(sent, place, dset)
    if bound:
        nominal = _preceding_name(sent, date_tokens[0])
        if nominal is not None:
            return _nominal(sent, nominal, dset)
    root = next((t for t in date_tokens if t.head.i not in dset or t.head == t), None)
    if root is None:   # "from 10 to 14 November": the parse hangs the first day on the last
        root = date_tokens[0]
        while root.head.i in dset and root.head != root:
            root = root.head
    head = root.head
    before = _eventive_before(sent, date_tokens[0])
    if before is not None:
        return _nominal(sent, before, dset)
    if is_date_word(head) and head.i not in dset:
        dset = dset | {head.i}      # "on Wednesday (3 December 2014)"
        root, head = head, head.head
    if head.lower_ in DAY_PARTS and head.i == root.i + 1 and root.dep_ == "compound":
        dset = dset | {head.i}      # "on Saturday morning": the morning is part of the day
        root, head = head, head.head
    if root.dep_ in ("appos", "npadvmod", "conj") and head.pos_ == "PROPN":
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head        # "at Camp Besmaya, Iraq, March 5, 2018": the verb, not the place
    if root.dep_ in ("nummod", "compound", "amod", "nmod", "poss") and head.pos_ in ("NOUN", "PROPN") \
            and head.i not in dset:
        top = top_noun(head)   # "the 2011 U.S. withdrawal", not "the 2024 budget"
        named_event = eventive(top) or top.ent_type_ == "EVENT" or any(t.ent_type_ == "EVENT" for t in top.children)
        frame = _nominal(sent, top, dset) if named_event and _names_an_event(top, root) else None
        return {**frame, "modifier": True} if frame else None   # the year is part of how the event is named
    seen = 0
    while head.pos_ in ("ADP", "SCONJ") or head.dep_ == "prep" and head.pos_ not in ("VERB", "AUX"):
        if head.head == head or seen > 4:
            break
        head, seen = head.head, seen + 1
    if head.i in dset:
        return None
    if head.pos_ in ("VERB", "AUX"):
        return verbal(sent, _finite(head), dset)
    if head.pos_ not in ("NOUN", "PROPN", "VERB", "AUX"):
        head = _verb_above(head)   # "cut to 2,500 in January": the number is not the event
        return verbal(sent, head, dset) if head is not None else None
    dated_verb = day_on_subject(root.head) if root.dep_ == "pobj" and head.pos_ in ("NOUN", "PROPN") else None
    if dated_verb is not None:
        return verbal(sent, _finite(dated_verb), dset)   # "The Air Force on Thursday inducted …"
    if head.pos_ in ("NOUN", "PROPN"):
        top = top_noun(head)
        if _names_an_event(top, root):
            return _nominal(sent, top, dset)
        if root.head.lower_ == "of" and head.lemma_.lower() not in TIME_NOUNS:
            return None   # "naming 'blog' word of 2004", "the class of 2019": the year names a thing
        verb = _verb_above(top)   # "At its peak in 2011, ISAF numbered…": the clause is the event
        if verb is not None and _aside_below(top, verb):
            return None   # "Jauzion, France's player of the year in 2004, will play…": the year is the aside's
        return verbal(sent, verb, dset | {t.i for t in top.subtree}) if verb is not None else None
    return None


DAY_PARTS = {"morning", "afternoon", "evening", "night"}
HEDGE_WORDS = {phrase_ for phrase_, _ in FIGURE_HEDGES if " " not in phrase_}   # "around", "some", "nearly", …


def _ahead(noun) -> bool:
    """Whether the clause a noun sits in tells of something still to come: 'will hold the
    exercise on …', a headline's 'Ukraine, US to hold exercise on Sept 8-10'."""
    verb = noun
    for _ in range(4):
        if verb.head == verb:
            break
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    # (an infinitive on an object is no plan: "had nothing to do with an attack on Wednesday")
    return bool(auxes & {"will", "shall", "'ll"}) or "to" in auxes and (
        verb.dep_ == "ROOT" or verb.head.pos_ not in ("VERB", "AUX")
        and not (verb.dep_ in ("relcl", "acl") and verb.head.dep_ in ("dobj", "pobj", "attr")))


def _bracketed_event(sent: Sentence, place, dset: set[int]) -> dict | None:
    """'the summits in Madrid (2022) and Vilnius (2023)': the summit in Madrid, in 2022."""
    anchor = place
    while anchor.dep_ == "conj":
        anchor = anchor.head
    if anchor.dep_ != "pobj" or anchor.head.dep_ != "prep" or anchor.head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = anchor.head.head
    if not eventive(noun):
        return None
    from lemminflect import getInflection
    single = getInflection(noun.lemma_, tag="NN")[0] if noun.tag_ == "NNS" else noun.text
    text = f"the {single} {anchor.head.text} {place.text}"
    return {"kind": "nominal", "noun": text, "event": text[:1].upper() + text[1:],
            "key": f"{noun.lemma_} {place.lemma_}", "head": noun, "plural": False, "specific": True,
            "complete": True}


def eventive_name(noun) -> bool:
    """A proper name whose head word is an event: 'the Wales Summit', 'Exercise Cold Response'."""
    words = [t.lemma_.lower() for t in noun.subtree if t.pos_ in ("PROPN", "NOUN")]
    return any(w in EVENT_NOUNS or w in ("exercise", "operation", "games", "cup", "championship", "olympics")
               for w in words)


def _finite(verb):
    """'unveiled plans to increase the budget on Tuesday': an infinitive without a subject
    of its own dates the clause that governs it; so does 'began' in 'began investigating Iran
    in February 2003' (the investigation began then; it did not happen then)."""
    for _ in range(3):
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "in" and verb.head.head.lemma_ == "succeed":
            verb = verb.head.head   # "succeeded in seizing the archive in 2018": the success is dated
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or (
            verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.lemma_ in ASPECT_VERBS)   # "began investigating"
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if not infinitive or own_subject or verb.dep_ not in ("xcomp", "acl", "advcl"):
            break
        up = verb.head if verb.dep_ != "acl" else verb.head.head
        if up.pos_ not in ("VERB", "AUX") or up == verb:
            break
        verb = up
    return verb


def _names_an_event(noun, date_root) -> bool:
    """'the closure', 'the Wales Summit' name events; 'its peak', 'the start of 2021' only say when."""
    if noun.lemma_.lower() in TIME_NOUNS and date_root.head.lower_ == "of":
        return False
    if noun.lemma_.lower() in TIME_NOUNS and not any(t.pos_ == "PROPN" for t in noun.subtree):
        return False
    # "the Wales Summit", "the closure of …" name events; "the relation to WorldCom's collapse" does not
    return eventive(noun) or noun.ent_type_ == "EVENT" or noun.pos_ == "PROPN" and eventive_name(noun)


def _aside_below(token, verb) -> bool:
    """Whether ``token`` sits in an apposition or a clause about a noun on its way up to ``verb``."""
    while token != verb and token.head != token:
        if token.dep_ in ("appos", "acl", "relcl"):
            return True
        token = token.head
    return False


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
        if eventive(t) and t.i < i:
            if t.dep_ == "dobj" and t.head.pos_ in ("VERB", "AUX"):
                return None   # "began operations in October 2018": the verb is the event
            return climb_eventive(t)
        up = top_noun_step(t)
        if up is None:
            return None
        t = up
    return None


PARTAKE = {"participate", "take", "serve", "join", "contribute", "engage"}   # "take part in", "serve in"


def _preceding_name(sent: Sentence, first_date_token):
    """'the NATO Training Mission in Iraq from 2004 to 2011': the name before the span."""
    i = first_date_token.i - 1
    doc = first_date_token.doc
    if i < sent.span.start or doc[i].lower_ not in ("from", "between"):
        return None
    j = i - 1
    if j < sent.span.start or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    t = top_noun(doc[j])
    if t.dep_ == "dobj" or t.ent_type_ in ("GPE", "LOC", "FAC"):
        return None   # "has led the Alliance since…", "held in Latvia from 2 to 13 March": not a named span
    host = t.head if t.dep_ == "appos" else t
    if t.dep_ == "appos" and (host.dep_ == "dobj" or host.dep_ == "ROOT" and any(
            w.pos_ == "VERB" and w.i < host.i for w in host.subtree)):
        return None   # "presented show American Bandstand from 1956-87" (misparsed): the presenting's span
    if t.dep_ == "pobj" and t.head.lower_ in ("with", "by") and t.head.head.pos_ in ("VERB", "AUX"):
        return None   # "peppered with cluster munitions by U.S. warplanes between 1964 and 1973": the verb's span
    if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_.lower() in PARTAKE:
        return None   # "to participate in NATO Enhanced Air Policing from September to December": one's part in it
    words = [w for w in t.subtree if w.i < i]
    if not any(w.pos_ == "PROPN" for w in words):
        return None
    if t.ent_type_ == "ORG" and t.is_upper and len(words) == 1:
        return None   # "arrested in NTB from 19 to 23 October": an acronym alone may be a place, not a span
    if not (eventive(t) or t.ent_type_ in ("ORG", "EVENT") or eventive_name(t)):
        return None   # "Miranshah … on the night between Friday and Saturday": a place, not a span
    return t


def _nominal(sent: Sentence, noun, dset: set[int]) -> dict | None:
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ in ("VERB", "AUX", "NOUN"):
        return None   # "the opening for signature of the Treaty": the opening happened, not a signature
    exclude = date_preps(dset, noun.doc)
    pruned = set()
    for t in noun.subtree:
        if t.dep_ in ("relcl", "acl", "appos", "advcl") and t != noun:
            pruned |= {w.i for w in t.subtree}
    tokens = [t for t in noun.subtree if t.i not in pruned]
    tokens = clean(cut_at_comma(tokens, noun), exclude)
    if not tokens or noun.i in exclude or len(tokens) > 20:
        tokens = tokens[:20]
    while tokens and tokens[-1].lower_ in ("last", "next", "this", "earlier", "later", "late", "early"):
        tokens = tokens[:-1]   # "the summit in Sochi [last October]": the date's own word
    if not tokens:
        return None
    text = phrase(tokens)
    if not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
        return None
    # "in a speech on Tuesday" names no event; "a call by US President Donald Trump" does
    named_by = any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of") and any(
        t.ent_type_ in SPECIFIC_ENTS for t in c.subtree) for c in noun.children)
    indefinite = tokens[0].lower_ in ("a", "an") and noun.ent_type_ != "EVENT" and not named_by
    # "their talks in Washington": whose talks, the phrase does not say
    possessive = tokens[0].tag_ in ("PRP$", "WP$")
    if tokens[0].pos_ != "DET" and tokens[0].pos_ != "PROPN" and not tokens[0].text[:1].isupper() \
            and not possessive:
        text = "the " + text
    elif tokens[0].pos_ == "DET":
        text = "the " + phrase(tokens[1:]) if tokens[0].lower_ in ("a", "an", "the") else text
    text = lower_first(text, tokens[0])
    key = " ".join(t.lemma_ for t in tokens if not t.like_num)
    complete = len(tokens) < 20 and not (tokens[-1].dep_ == "case" or tokens[-1].text in ("'s", "’s"))
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and tokens[0].pos_ not in ("DET", "PRON") \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        complete = False   # 'the Veterans of [Foreign Wars national convention]': the tail of a longer name
    # "the departure of Mozambican troops": a nationality alone says not from where or which
    named = [t for t in tokens if t.pos_ == "PROPN" or t.ent_type_ in SPECIFIC_ENTS]
    specific = not indefinite and (any(t.ent_type_ != "NORP" for t in named) or
                                   any(t.like_num for t in tokens if t.i not in dset))
    if noun.tag_ in ("NNS", "NNPS") and named and all(t.i < noun.i and t.ent_type_ in ("GPE", "NORP") for t in named):
        specific = False   # "US strikes", "Israeli raids": whose they are, not which ones or where
    if any(t.like_num and t.i not in dset and t.i > 0 and t.doc[t.i - 1].lower_ in HEDGE_WORDS for t in tokens):
        complete = False   # "the around 500 deaths": a hedged count is no name for an event
    if noun.dep_ == "conj" or any(t.dep_ == "cc" for t in tokens):
        complete = False   # "the … Exhibition and Conference", "The Dead Zone in 1983 and 1985's Clue": one part of two
    # "China's admission in 2001": admission to what? A move needs its where
    unplaced = noun.lemma_.lower() in RELATIONAL and not any(
        c.dep_ == "prep" and not any(w.i in dset for w in c.subtree) for c in noun.children)
    # "a recording of the show": one of many; "a call by US President Donald Trump" says whose
    by_whom = any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(
        t.ent_type_ in SPECIFIC_ENTS for t in c.subtree) for c in noun.children)
    one_of_many = tokens[0].lower_ in ("a", "an") and noun.ent_type_ != "EVENT" and not by_whom
    # "the Cannes Film Festival": held every year, so "in which year" has many answers
    recurring = noun.lemma_.lower() in RECURRING and not any(
        t.like_num or t.lower_ in ORDINALS for t in tokens if t.i not in dset)
    ahead = _ahead(noun)
    return {"kind": "nominal", "noun": text, "event": text[:1].upper() + text[1:], "key": key, "head": noun,
            **({"future": True, "past": False} if ahead else {}),
            "plural": noun.tag_ in ("NNS", "NNPS"), "specific": specific, "complete": complete,
            # the sentence names it well enough for a blank, but "in which year" would have many answers
            # "as the eighteenth Inspector-General between April 2015 and June 2016": a tenure, not an
            # event that begins or ends
            "loose": recurring or one_of_many or unplaced or any(p in ROLE_NOUNS for p in noun.lower_.split("-")),
            # "the inception of the current NAF leadership": current when? The article's day, unsaid
            "demonstrative": possessive or tokens[0].lower_ in DEMONSTRATIVES or any(
                t.lower_ in ("current", "present", "incumbent") for t in tokens)}


