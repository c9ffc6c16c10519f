"""Clauses from the parse: the parts a question is built from.

A clause frame names the subject, the verb with its tense and voice, and the
words that complete it, as plain data; the cards stage words questions from
it. Nothing here keeps a spaCy object beyond the call.
"""
from __future__ import annotations

from .context import Sentence, phrase, verb_lemma
from .subjects import subject_of
from .phrases import (DEMONSTRATIVES, MASS_NOUNS, POSSESSIVES, clean, cut_at_comma, date_preps, is_plural,
                      is_specific, lower_first, proper, subject_phrase)


FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}   # "said the bodies would be flown home on Saturday"


REPORTING = {"say", "tell", "add", "note", "state", "announce", "stress", "declare", "explain", "warn"}


KEEP_RIGHT = {"dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "prt", "dative", "oprd", "agent", "pobj"}


MAX_REST = 14


QUOTES = {"“", '"', "‘", "'", "”"}


WEAK_REPORTING = {"say", "tell", "add", "note", "state", "explain", "write", "claim", "insist", "reiterate"}


MEASURE_NOUNS = {"number", "proportion", "share", "amount", "total", "percentage", "rate", "level", "count"}
KEPT_ADVERBS = {"originally", "first", "last", "jointly", "officially", "formally", "unanimously", "publicly", "finally"}


TIME_ADVERBS = {"today", "yesterday", "tomorrow", "now", "then", "later", "earlier", "again", "already", "still",
                "also", "too", "recently", "soon", "ago", "originally", "first", "last", "finally", "once"}


CORE = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"}


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
        if noun.dep_ == "appos" or noun.head.lemma_.lower() in ("end", "start", "beginning", "birth", "death"):
            return None   # "the end of AT&T, founded by …": the participle describes the name, not the end
        if any(c.dep_ == "prep" and c.i < verb.i for c in noun.children):
            return None   # "part of the budget agreed in 2015": which of the two nouns was agreed?
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MEASURE_NOUNS:
            return None   # "a fall in the number of US films shot in the UK during 2004": a count, not the shooting
    elif verb.dep_ == "advcl" and verb.i < verb.head.i:
        noun = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None or noun.pos_ == "PRON":
            return None
    else:
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
    rest, complete, key_tokens = _complements(verb, set(), exclude, passive=True)
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
            "planned": None, "adverb": adv, "negated": False, "rest": rest, "complete": complete}


PLANNERS = {"due", "expected", "set", "scheduled", "planned", "slated", "poised", "likely", "about", "going"}


def verb_group(verb, subj_verb) -> dict:
    """Tense, voice and the auxiliaries of a verb, as the question needs them."""
    auxes = [c for c in _aux_owner(verb).children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in subj_verb.children if subj_verb != verb)
    passive = [c for c in auxes if c.dep_ == "auxpass"]
    perfect = [c for c in auxes if c.lemma_ == "have"]
    modal = [c for c in auxes if c.tag_ == "MD"]
    progressive = [c for c in auxes if c.lemma_ == "be" and c.dep_ == "aux"] if verb.tag_ == "VBG" else []
    to_aux = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    planned = None
    finite = None
    if to_aux and verb.dep_ == "xcomp" and verb.head.lower_ in PLANNERS and verb.head.i < verb.i:
        # "are due to arrive", "is expected to meet", "is set to be deployed"
        planned = f"{verb.head.text} to"
        finite = next((c for c in verb.head.children if c.dep_ in ("auxpass", "aux") and c.lemma_ == "be"), None)
        if finite is None and verb.head.head.lemma_ == "be":
            finite = verb.head.head
    elif to_aux and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.i < verb.i:
        planned, finite = "to", verb.head   # "Shell is to pay $1m"
    if planned:
        tense = "planned"
        aux = finite.text if finite is not None else None
    elif modal:
        tense, aux = "modal", modal[0].text
    elif perfect:
        tense, aux = "perfect", perfect[0].text
    elif progressive:
        tense, aux = "progressive", progressive[0].text
    elif passive:
        tense, aux = ("past" if passive[0].tag_ == "VBD" else "present"), passive[0].text
    elif verb.tag_ == "VBD":
        tense, aux = "past", None
    elif verb.tag_ in ("VBZ", "VBP"):
        tense, aux = "present", None
    elif verb.dep_ in ("xcomp", "conj") and verb.head.tag_ == "VBD" and not to_aux:
        tense, aux = "past", None
    elif verb.tag_ == "VBN" and not auxes and verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" for c in verb.children):
        tense, aux = "past", None   # "the accord, which Jordan and the EU signed"
    else:
        tense, aux = "other", None
    future = tense == "planned" or any(c.lower_ in FUTURE_AUX for c in modal)
    past = tense == "past" or tense == "perfect" or (
        verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in auxes)) or (
        verb.dep_ in ("xcomp", "conj") and verb.head.tag_ == "VBD")
    return {"tense": tense, "voice": "passive" if passive else "active", "aux": aux, "planned": planned,
            "negated": negated, "future": future, "past": past,
            "modal": modal[0].lower_ if modal else None}


def _aux_owner(verb):
    """'will develop and manufacture missiles': a second verb with no subject or auxiliary of its
    own shares the first one's ('will manufacture')."""
    own = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "conj" and not own and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        return verb.head
    return verb


def _complements(verb, dset: set[int], exclude: set[int], passive: bool = False, skip: set[int] = frozenset()):
    """The words after the verb that complete it: (text, complete, tokens)."""
    rest_tokens = []
    covered: set[int] = set()   # complements that gave words to the rest
    has_object = False
    preps = 0
    as_kept = False
    complete = True
    for child in verb.children:
        if child.i < verb.i:
            if not (child.dep_ == "ccomp" and verb.lemma_ in REPORTING):
                continue
            words = list(child.subtree)
            if words[0].text in QUOTES or any(w.lower_ in ("i", "we", "our", "us") for w in words):
                continue
        if child.dep_ not in KEEP_RIGHT or child.i in exclude or child.i in skip:
            continue
        if child.i > verb.i and child.left_edge.text in ("-", "–", "—") and child.left_edge.i > 0 and \
                child.doc[child.left_edge.i - 1].whitespace_:
            continue   # "reached the £3.3 trillion mark in 2004 - triple the value …": an aside after a dash
        # "overtook Boeing [as the largest maker of airliners]": the role the object is taken in
        as_role = child.dep_ == "prep" and child.lower_ == "as" and has_object and not as_kept
        # "withdraw all its troops [from the UN mission in Somalia]": a named place or body says which
        named_place = child.dep_ == "prep" and has_object and preps == 0 and child.lower_ in ("from", "to", "in", "into", "for") \
            and any(t.pos_ == "PROPN" for t in child.subtree) and not any(t.i in dset or t.like_num for t in child.subtree)
        if child.dep_ == "prep" and (has_object or preps >= 1) and not as_role and not named_place:
            if any(t.ent_type_ in ("DATE", "TIME") or t.like_num or t.lower_ in ("each", "every", "per", "annually",
                                                                             "average")
                   for t in child.subtree) and not any(t.i in dset or t.i in exclude for t in child.subtree):
                complete = False   # "scrambled 450 times [during the first half of each fiscal year]"
            continue
        if child.dep_ == "xcomp" and child.tag_ == "VBG":
            continue
        if child.dep_ == "prt":   # "took over the post": the particle is part of the verb
            rest_tokens.append((False, [child]))
            covered.add(child.i)
            continue
        pruned = set(skip)
        if any(t.i in dset for t in child.subtree):
            if child.i in dset or child.dep_ == "prep":
                continue
            # "unveiled plans to increase the budget on Tuesday": the object without its date
            for t in child.subtree:
                if t.i in dset and t.head.dep_ == "prep":
                    pruned |= {w.i for w in t.head.subtree}
        for t in child.subtree:
            if t.dep_ == "relcl" and t.head.i == child.i and child.dep_ == "dobj" and t.left_edge.i > 0 \
                    and t.doc[t.left_edge.i - 1].text not in (",", "(", "-", "–", "—"):
                complete = False   # "had 27 titles [which sold a million copies]": the object needs its clause
            infinitive = t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            aside = t.dep_ == "npadvmod" and not any(w.like_num for w in t.subtree)   # "…, its first hike"
            if t.dep_ in ("relcl", "advcl", "parataxis", "appos", "acl") and not infinitive or aside \
                    or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")) \
                    or (t.dep_ == "xcomp" and t.tag_ == "VBG" and t.head.lemma_ not in ASPECT_VERBS) or (
                    t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX") and t.head != verb
                    and any(c.dep_ == "dobj" for c in t.head.children)
                    # "decided to send 5,500 peacekeepers [to the UN mission in South Sudan]": where is kept
                    and not (t.head.dep_ == "xcomp" and any(w.pos_ == "PROPN" for w in t.subtree))):
                pruned |= {w.i for w in t.subtree}
        pruned |= _dateline(child)
        if child.dep_ == "ccomp" and child.tag_ == "VBG":
            # "advised Iraqi security institutions helping them to …": keep the object only
            keep = set()
            for c in child.children:
                if c.dep_ == "nsubj":
                    keep |= {w.i for w in c.subtree}
            pruned |= {w.i for w in child.subtree} - keep
        part = clean(cut_at_comma([t for t in child.subtree if t.i not in pruned], child), exclude)
        if child.dep_ == "ccomp" and child.i < verb.i:
            part = [p for p in part if p.dep_ != "mark"]
        if not part:
            continue
        if child.dep_ == "prep":
            preps += 1
            as_kept = as_kept or child.lower_ == "as"
        if child.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "oprd"):
            has_object = True
        covered.add(child.i)
        rest_tokens.append((child.i < verb.i, part))
        if sum(len(p) for _, p in rest_tokens) >= MAX_REST:
            complete = False
            break
    if not rest_tokens:
        # "were trained until the program was disbanded": a time clause is the only context there is
        timed = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
            m.dep_ == "mark" and m.lower_ in ("until", "before", "after") for m in c.children)), None)
        if timed is not None and not any(t.i in dset or t.i in exclude for t in timed.subtree):
            words = [t for t in timed.subtree if not t.is_punct]
            if len(words) <= MAX_REST:
                rest_tokens.append((False, words))
                covered.add(timed.i)
    if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children) \
            and any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in verb.children):
        complete = False   # "the figure Boris Johnson had proposed": the object is the antecedent
    kept = {t.i for _, p in rest_tokens for t in p} | covered
    for child in verb.children:
        # a clause is whole only with its object or complement ("had proposed" is not)
        if child.dep_ in CORE and child.i > verb.i and child.i not in exclude and child.i not in kept:
            complete = False
        if child.dep_ == "advmod" and child.i > verb.i and child.i not in exclude and child.lower_ not in TIME_ADVERBS:
            complete = False   # "the talks went well": the question would lose the "well"
    relative_object = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom")
                            and verb.dep_ == "relcl"), None)
    if relative_object is not None:
        # "the partnership, which Jordan and the EU signed": the antecedent is the object
        head = verb.head
        aside = {w.i for c in head.children if c.dep_ in ("relcl", "acl", "appos") for w in c.subtree}
        antecedent = clean([t for t in head.subtree if t.i not in aside and t.text != ","], exclude)
        if antecedent and antecedent[0].lower_ in ("a", "an"):
            antecedent = antecedent[1:]
        if antecedent:
            rest_tokens.insert(0, (False, antecedent))
        else:
            complete = False
    rest_parts = []
    for left, part in rest_tokens:
        if len(part) > MAX_REST:
            complete = False
        # a cut part must not end on "in" or "the"; a particle ("took over") is a part of its own
        words = part if len(part) == 1 and part[0].dep_ == "prt" else clean(part[:MAX_REST], set())
        text = phrase(words)
        if words and words[0].i == words[0].sent.start and not proper(words[0]):
            text = text[:1].lower() + text[1:]   # the antecedent opened the sentence: "The partnership"
        if left and words and words[0].pos_ != "PROPN" and not words[0].is_upper:
            text = text[:1].lower() + text[1:]   # "said that two soldiers were killed"
        rest_parts.append(("that " if left else "") + text)
    for _, part in rest_tokens:
        for t in part:
            if t.dep_ == "pobj" and t.tag_ == "NN" and not t.ent_type_ and not any(
                    c.dep_ in ("det", "poss", "nummod") or c.tag_ == "PRP$" for c in t.children) \
                    and t.lemma_.lower() not in MASS_NOUNS:
                complete = False   # "founded by telephone pioneer": the name that ends the phrase is gone
    for _, part in rest_tokens:
        if any(t.text.startswith("-") and len(t.text) > 1 or t.text == "-" and (t.i - 1 in exclude or t.i + 1 in exclude)
               for t in part):
            complete = False   # "a -long ceasefire": part of a word went with the date
    last = rest_tokens[-1][1][-1] if rest_tokens else None
    if any(p.endswith(("'s", "’s")) for p in rest_parts) or last is not None and (
            last.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX") or last.tag_ == "POS"):
        complete = False   # "tell Sky News We", "the figure of"
    return " ".join(rest_parts), complete, [t for _, p in rest_tokens for t in p]


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
    rest, complete, key_tokens = _complements(verb, dset, exclude, passive=group["voice"] == "passive")
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
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or link.dep_ != "prep" or link.lower_ not in GERUND_LINKS \
            or link.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("poss", "nsubj", "aux") for c in verb.children):
        return None
    main = link.head
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
    rest, complete, key_tokens = _complements(verb, dset, exclude)
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
        words = [t.text for t in lead] + ["to"]
    else:
        owner = _aux_owner(verb)
        words = [t.text for t in doc[first:verb.i] if t.dep_ in ("aux", "auxpass", "neg")] if owner is verb else \
            [t.text for t in owner.children if t.dep_ in ("aux", "auxpass", "neg") and t.i < owner.i]
    parts = [subject] + words + ([adv] if adv else []) + [verb.text, rest]
    return " ".join(p for p in parts if p)
