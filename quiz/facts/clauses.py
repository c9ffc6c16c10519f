"""Clauses and noun phrases from the parse: the parts a question is built from.

A clause frame names the subject, the verb with its tense and voice, and the
words that complete it, as plain data; the cards stage words questions from
it. Nothing here keeps a spaCy object beyond the call.
"""
from __future__ import annotations

from .context import HONORIFICS, Sentence, phrase

EVENT_NOUNS = {"visit", "launch", "start", "end", "attack", "strike", "summit", "vote", "death",
               "election", "invasion", "talks", "call", "speech", "deal", "war", "coup", "ceasefire",
               "meeting", "conference", "ceremony", "handover", "accession", "session", "trip", "talk",
               "exercise", "drill", "parade", "withdrawal", "deployment", "rotation"}

EVENT_SUFFIXES = ("tion", "sion", "ment", "ure", "ing", "al")

def eventive(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in EVENT_NOUNS and noun.pos_ in ("NOUN", "PROPN") or \
        noun.pos_ == "NOUN" and lemma.endswith(EVENT_SUFFIXES) and len(lemma) > 5

def top_noun_step(t):
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
        return t.head.head
    if t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    return None

def top_noun(noun):
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

def climb_eventive(noun):
    """From 'Treaty' in 'the signing of the Treaty' up to 'signing'."""
    for _ in range(4):
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
                and eventive(noun.head.head):
            noun = noun.head.head
        else:
            break
    return noun


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


def clean(tokens, exclude: set[int]):
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


def date_preps(dset: set[int], doc) -> set[int]:
    """Date tokens plus the prepositions that introduce them."""
    out = set(dset)
    for i in dset:
        t = doc[i]
        if t.head.i not in dset and t.head.dep_ == "prep" and t.dep_ == "pobj":
            out.add(t.head.i)
        if i > 0 and doc[i - 1].lower_ in ("on", "in", "since", "from", "until", "between", "to", "and"):
            out.add(i - 1)
    return out


def cut_at_comma(tokens, head):
    out = []
    for t in tokens:
        if t.i > head.i and t.text in (",", ";", ":", "—", "–", "“", "”", '"'):
            break
        out.append(t)
    return out


def lower_first(text: str, first) -> str:
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
    tokens = clean([t for t in noun.subtree if t.i not in aside and t.i < verb.i and t.text != ","], exclude)
    if not tokens or any(t.pos_ == "PRON" for t in tokens[:1]):
        return None
    subject = lower_first(phrase(tokens), tokens[0])
    if tokens[0].pos_ == "DET" and tokens[0].lower_ in ("a", "an"):
        subject = "the " + phrase(tokens[1:])
    aux = "were" if noun.tag_ in ("NNS", "NNPS") else "was"
    rest = phrase(clean([t for c in verb.children if c.i > verb.i and c.dep_ in ("prep", "agent", "dobj")
                          and c.i not in exclude for t in c.subtree], exclude)[:MAX_REST])
    event = " ".join(w for w in [subject, aux, verb.text, rest] if w)
    key = " ".join([subject, verb.lemma_, rest])
    return {"kind": "verbal", "past": True, "future": False, "head": verb, "subject": subject, "aux": aux, "adverb": "",
            "verb": verb.text, "rest": rest, "event": event[:1].upper() + event[1:], "key": key}


def verbal(sent: Sentence, verb, dset: set[int]) -> dict | None:
    exclude = date_preps(dset, verb.doc)
    subj, subj_verb = _subject(sent, verb)
    if subj is None and verb.tag_ == "VBN" and (
            verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") or verb.dep_ == "advcl" and _object_before(verb)):
        return _participle(sent, verb, exclude)
    if subj is None:
        return None
    if subj.lower_ in ("that", "which", "who") and subj_verb.dep_ == "relcl":
        # "the signing of the Treaty, which took place…": the event noun, not the last noun
        head = climb_eventive(subj_verb.head)
        if subj.lower_ == "who":
            # "General X, the last commander of Y, who handed over…": the person
            head = top_noun(head)
            if head.dep_ == "appos" and head.head.pos_ == "PROPN":
                head = head.head
        aside = {w.i for c in head.children if c.dep_ in ("appos", "relcl", "acl") for w in c.subtree}
        subj_tokens = [t for t in head.subtree if t.i < subj_verb.i and t.i != subj.i
                       and t.i not in {w.i for w in subj_verb.subtree} and t.i not in aside
                       and not (t.text == "," and t.head == head)]
        subj_text = phrase(clean(subj_tokens, exclude))
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
        subj_tokens = clean([t for t in base.subtree if t.i not in pruned], exclude)
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
        subj_text = lower_first(subj_text, subj_first)
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
        part = clean(cut_at_comma([t for t in child.subtree if t.i not in pruned], child), exclude)
        if child.dep_ == "ccomp" and child.i < verb.i:
            part = [p for p in part if p.dep_ != "mark"]
        if part:
            rest_tokens.append((child.i < verb.i, part))
        if sum(len(p) for _, p in rest_tokens) >= MAX_REST:
            break
    rest_parts = []
    for left, part in rest_tokens:
        words = clean(part[:MAX_REST], set())   # a cut part must not end on "in" or "the"
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
