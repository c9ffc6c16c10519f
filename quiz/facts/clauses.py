"""Clauses from the parse: the parts a question is built from.

A clause frame names the subject, the verb with its tense and voice, and the
words that complete it, as plain data; the cards stage words questions from
it. Nothing here keeps a spaCy object beyond the call.
"""
from __future__ import annotations

from .context import Sentence, phrase, verb_lemma
from .subjects import subject_of
from .verb_parts import aux_owner, complements, verb_group
from .phrases import (DEMONSTRATIVES, POSSESSIVES, clean, date_preps, is_plural, is_specific, lower_first,
                      subject_phrase)


WEAK_REPORTING = {"say", "tell", "add", "note", "state", "explain", "write", "claim", "insist", "reiterate"}


MEASURE_NOUNS = {"number", "proportion", "share", "amount", "total", "percentage", "rate", "level", "count"}
KEPT_ADVERBS = {"originally", "first", "last", "jointly", "officially", "formally", "unanimously", "publicly", "finally"}


def _object_before(verb):
    """'followed Exercise Cyber Falcon 2025, held in Amman …': the object the participle describes."""
    direct = next((c for c in verb.head.children if c.dep_ in ("dobj", "pobj") and c.i < verb.i
                   and c.pos_ in ("NOUN", "PROPN")), None)
    if direct is not None:
        return direct
    # "comes from the Dreadnought contingency, first announced in 2015": the phrase just before the comma
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ == "advmod" and c.i < verb.i])
    if start < 2 or verb.doc[start - 1].text != ",":
        return None
    return next((p for c in verb.head.children if c.dep_ == "prep" and c.i < verb.i for p in c.children
                 if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and p.right_edge.i == start - 2), None)


def _participle(sent: Sentence, verb, exclude: set[int]) -> dict | None:
    """'The Resolute Support mission, launched in January 2015, …' and 'Launched on 4 May
    2011, the mission …': the noun described was launched then."""
    if verb.dep_ == "acl":
        noun = verb.head
        if noun.dep_ == "appos" or noun.head.pos_ == "ADP" and noun.head.head.lemma_.lower() in (
                "end", "start", "beginning", "birth", "death"):
            return None   # "the end of AT&T, founded by …": the participle describes the name, not the end
        if any(c.dep_ == "prep" and c.i < verb.i for c in noun.children):
            return None   # "part of the budget agreed in 2015": which of the two nouns was agreed?
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MEASURE_NOUNS:
            return None   # "a fall in the number of US films shot in the UK during 2004": a count, not the shooting
        # "the fleet of Mi-35M helicopters initiated in 2015": the fleet or the helicopters? A blank, no question
        of_another = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN")
    elif verb.dep_ == "advcl" and verb.i < verb.head.i:
        of_another = False
        noun = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None or noun.pos_ == "PRON":
            return None
    else:
        of_another = False
        noun = _object_before(verb)
    # "The Commodore 64": a number right after the name is part of it, not an aside
    aside = {w.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos")
             and not (c.like_num and c.i == noun.i + 1) for w in c.subtree}
    aside |= {w.i for w in verb.subtree}
    tokens = clean([t for t in noun.subtree if t.i not in aside and t.text != ","], exclude)
    if not tokens or any(t.pos_ == "PRON" for t in tokens[:1]):
        return None
    if tokens[0].lower_ in POSSESSIVES:
        tokens = tokens[1:]
    if not tokens:
        return None
    subject = lower_first(phrase(tokens), tokens[0])
    if tokens[0].pos_ == "DET" and tokens[0].lower_ in ("a", "an"):
        subject = "the " + phrase(tokens[1:])
    plural = is_plural(noun)
    rest, complete, key_tokens = complements(verb, set(), exclude, passive=True)
    aux = "were" if plural else "was"
    form = verb.text if verb.i > verb.sent.start else verb.lower_   # "Launched on 4 May 2011, the mission …"
    adv = " ".join(c.lower_ for c in verb.children if c.dep_ == "advmod" and c.i < verb.i
                   and c.lower_ in KEPT_ADVERBS and c.i not in exclude)   # "first announced in 2015"
    event = " ".join(w for w in [subject, aux, adv, form, rest] if w)
    key = " ".join([subject, verb.lemma_] + [t.lemma_ for t in key_tokens if not t.like_num])
    return {"kind": "clause", "past": True, "future": False, "head": verb, "key": key,
            "event": event[:1].upper() + event[1:],
            # "terminated an agreement with the EU, reached in 1992": one agreement of many, not 'the' one
            "subject": subject, "plural": plural, "specific": is_specific(tokens) and tokens[0].lower_ not in ("a", "an"),
            "demonstrative": tokens[0].lower_ in DEMONSTRATIVES,
            "lemma": verb_lemma(verb), "form": form, "tense": "past", "voice": "passive", "aux": aux,
            "planned": None, "adverb": adv, "negated": False, "rest": rest, "complete": complete and not of_another}


def verbal(sent: Sentence, verb, dset: set[int], gap: set[int] = frozenset()) -> dict | None:
    """The clause of ``verb`` as a frame. ``gap``: tokens the question asks for (a counted
    phrase), left out of the frame; when they are the subject, the frame has none."""
    exclude = date_preps(dset, verb.doc) | set(gap)
    subj, subj_verb = subject_of(sent, verb)
    if subj is None and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.dep_ == "acl") and (
            verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") or verb.dep_ == "advcl" and (
            _object_before(verb) is not None or verb.i < verb.head.i)):
        return _participle(sent, verb, exclude)
    if subj is None:
        return _gerund(sent, verb, dset, exclude)
    subject_gap = subj.i in gap
    if subject_gap:
        subject = {"text": "", "plural": True, "specific": True, "demonstrative": False}
    else:
        subject = subject_phrase(sent, subj, subj_verb, exclude)
        if subject is None:
            return None
    group = verb_group(verb, subj_verb)
    advs = [c for c in verb.children if c.dep_ == "advmod" and subj.i < c.i < verb.i and c.i not in exclude
            and c.lower_ in KEPT_ADVERBS]   # "also", "still", "then" mean nothing out of their sentence
    adv = " ".join(a.text for a in advs)
    rest, complete, key_tokens = complements(verb, dset, exclude, passive=group["voice"] == "passive")
    if verb.tag_ == "VBG" and any(c.dep_ == "dobj" and c.i == verb.i + 1 and c.tag_ == "NN" and not any(
            g.dep_ in ("det", "poss") for g in c.children) for c in verb.children):
        complete = False   # "has been managing director since 2002": a post, not a verb and its object
    subj_text = subject["text"]
    key = " ".join([subj_text] + (["not"] if group["negated"] else []) + [verb.lemma_] +
                   [t.lemma_ for t in key_tokens if not t.like_num])
    event = _declarative(subj_text, group, adv, verb, rest)
    return {"kind": "clause", "head": verb, "key": key, "event": event[:1].upper() + event[1:],
            "past": group["past"], "future": group["future"],
            "subject": subj_text, "plural": subject["plural"], "specific": subject["specific"],
            "demonstrative": subject["demonstrative"], "lemma": verb_lemma(verb), "form": verb.text,
            "tense": group["tense"], "voice": group["voice"], "aux": group["aux"], "modal": group["modal"],
            "planned": group["planned"], "adverb": adv, "negated": group["negated"], "rest": rest,
            # "In which year was Paula Radcliffe?", "did Russia invade?": a clause needs what follows its verb
            "complete": complete and subject.get("whole", True) and (bool(rest) or group["voice"] == "passive"
                                                                      or bool(gap) and not subject_gap),
            "reported": verb.lemma_ in WEAK_REPORTING}


GERUND_LINKS = {"since", "after", "before", "upon", "on", "while"}


def _gerund(sent: Sentence, verb, dset: set[int], exclude: set[int]) -> dict | None:
    """'Since taking office in 2016, President Magufuli has …': the gerund's doer is the subject
    of the clause it hangs on, when that clause is active and says who; its time is past unless
    that clause is planned or future (then it is left out)."""
    link = verb.head
    # "Wrapping up the Summit on Wednesday, Mr Stoltenberg said …": a participle opening the sentence
    opening = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.left_edge.i == sent.span.start \
        and link.pos_ in ("VERB", "AUX") and link.i > verb.i and not any(c.dep_ in ("poss", "nsubj", "aux")
                                                                         for c in verb.children)
    if not opening and (verb.tag_ != "VBG" or verb.dep_ != "pcomp" or link.dep_ != "prep"
                        or link.lower_ not in GERUND_LINKS or link.head.pos_ not in ("VERB", "AUX")
                        or any(c.dep_ in ("poss", "nsubj", "aux") for c in verb.children)):
        return None
    main = link if opening else link.head
    subj, subj_verb = subject_of(sent, main)
    if subj is None or subj.dep_ != "nsubj" or subj.i in {t.i for t in verb.subtree}:
        return None
    group = verb_group(main, subj_verb)
    if group["future"] or group["planned"] or group["negated"] or group["voice"] != "active" \
            or group["tense"] not in ("past", "perfect", "present"):
        return None
    subject = subject_phrase(sent, subj, subj_verb, exclude)
    if subject is None:
        return None
    from lemminflect import getInflection
    lemma = verb_lemma(verb)
    forms = getInflection(lemma, tag="VBD")
    if not forms:
        return None
    rest, complete, key_tokens = complements(verb, dset, exclude)
    subj_text = subject["text"]
    event = " ".join(w for w in (subj_text, forms[0], rest) if w)
    key = " ".join([subj_text, verb.lemma_] + [t.lemma_ for t in key_tokens if not t.like_num])
    return {"kind": "clause", "head": verb, "key": key, "event": event[:1].upper() + event[1:],
            "past": True, "future": False, "subject": subj_text, "plural": subject["plural"],
            "specific": subject["specific"], "demonstrative": subject["demonstrative"], "lemma": lemma,
            "form": forms[0], "tense": "past", "voice": "active", "aux": None, "modal": None, "planned": None,
            "adverb": "", "negated": False, "rest": rest, "complete": complete and bool(rest),
            "reported": False}


def _declarative(subject: str, group: dict, adv: str, verb, rest: str) -> str:
    """The clause as a statement, for showing which event a fact is about."""
    doc = verb.doc
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i] + [verb.i])
    if group["planned"]:
        lead = [t for t in doc[verb.head.i - 1:verb.head.i + 1] if t.lemma_ == "be" or t.i == verb.head.i]
        # "is due to be held": the passive's "be" stays after "to"
        words = [t.text for t in lead] + ["to"] + [c.text for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    else:
        owner = aux_owner(verb)
        words = [t.text for t in doc[first:verb.i] if t.dep_ in ("aux", "auxpass", "neg")] if owner is verb else \
            [t.text for t in owner.children if t.dep_ in ("aux", "auxpass", "neg") and t.i < owner.i]
    parts = [subject] + words + ([adv] if adv else []) + [verb.text, rest]
    return " ".join(p for p in parts if p)
