"""The clause a figure sits in, as a frame a "How many …?" question is worded from: its verb,
what completes it, the figure's time ("in 2015", "by 2008") and, for a figure inside a
participle ("a mission involving around 500 troops"), the clause that carries it.
"""
from __future__ import annotations

import re

from .. import dates
from .clauses import verbal
from .context import Sentence, phrase, verb_lemma


SAMPLE_NOUNS = {"survey", "poll", "study", "sample", "census", "questionnaire", "panel"}


def _time_phrase(verb, gap: set[int]) -> str | None:
    """The date phrase of a clause ('in February 2021', 'last year'), wherever it stands."""
    for child in verb.children:
        if child.i in gap:
            continue
        words = list(child.subtree)
        dated = any(t.ent_type_ == "DATE" for t in words) and not any(t.like_num and t.ent_type_ != "DATE"
                                                                       for t in words)
        if dated and (child.dep_ == "prep" or child.dep_ == "npadvmod") and len(words) <= 5:
            text = phrase([t for t in words if not t.is_punct])
            return text[:1].lower() + text[1:] if not words[0].text[:1].isdigit() else text
    return None


def _carrier(sent: Sentence, verb, gap: set[int], frame: dict) -> dict | None:
    """'a training mission in Iraq involving around 500 troops': the noun the participle
    describes is the subject; the clause it sits in gives the tense."""
    noun = verb.head
    aside = {w.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos") for w in c.subtree}
    tokens = [t for t in noun.subtree if t.i not in aside and t.i not in gap and not t.is_punct]
    if not tokens or tokens[0].pos_ == "PRON":
        return frame or None
    if tokens[0].lower_ in ("a", "an"):
        tokens = tokens[1:]
    subject = phrase(tokens)
    subject = subject if subject.split()[0].lower() in ("the", "this", "its") else "the " + subject
    governing = noun.head
    while governing.pos_ not in ("VERB", "AUX") and governing.head != governing:
        governing = governing.head
    past, up = False, governing
    for _ in range(4):   # "NATO agreed to start a mission involving …": the tense of "agreed"
        past = past or up.tag_ == "VBD" or any(c.tag_ == "VBD" for c in up.children if c.dep_ == "aux")
        if up.head == up or up.pos_ in ("VERB", "AUX") and not up.dep_ in ("xcomp", "conj", "ccomp"):
            break
        up = up.head
    rest_tokens = [t for c in verb.children if c.i > verb.i and c.dep_ == "prep" and c.i not in gap
                   for t in c.subtree]
    when, up = None, governing
    for _ in range(4):   # "In 2018, NATO agreed to start a mission involving 500 troops"
        if up.pos_ in ("VERB", "AUX"):
            when = _time_phrase(up, gap)
        if when or up.head == up:
            break
        up = up.head
    rest_text = " ".join(filter(None, [phrase(rest_tokens[:8]), when]))
    return {"kind": "clause", "subject": subject, "plural": noun.tag_ in ("NNS", "NNPS"),
            "specific": any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens), "demonstrative": False,
            "lemma": verb_lemma(verb), "form": verb.text, "tense": "past" if past else "present", "voice": "active",
            "aux": None, "modal": None, "planned": None, "adverb": "", "negated": False,
            "rest": rest_text, "complete": len(rest_tokens) <= 8, "gap": "object",
            "rest_specific": False, **frame}


def quantity_frame(sent: Sentence, phrase_tokens) -> dict | None:
    """The clause a figure sits in, with the figure's phrase as the gap a question asks
    for: 'How many Iraqi officers were trained' (subject), 'How many troops does Denmark
    contribute' (object)."""
    ids = {t.i for t in phrase_tokens}
    root = next((t for t in phrase_tokens if t.head.i not in ids or t.head == t), None)
    if root is None:
        return None
    frame: dict = {}
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in SAMPLE_NOUNS:
        frame["sample"] = True   # 'a survey of 1,300 bosses'
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or root.head.pos_ not in ("VERB", "AUX"):
        return frame or None
    gap = {w.i for w in root.subtree}
    verb = root.head
    if root.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _carrier(sent, verb, gap, frame)   # "a mission involving around 500 troops"
    clause = verbal(sent, verb, set(), gap=gap)
    if clause is None:
        return frame or None
    clause = {k: v for k, v in clause.items() if k not in ("key", "head", "past", "future", "event")}
    when = _time_phrase(verb, gap)
    if when and when not in (clause.get("rest") or ""):
        # "In February 2021, NATO deployed 4,000 troops": the figure is asked with its when
        clause["rest"] = " ".join(filter(None, [clause.get("rest"), when]))
    clause["gap"] = "subject" if root.dep_ in ("nsubj", "nsubjpass") else "object"
    def own_count(t):
        return any(g.dep_ == "nummod" or g.like_num for g in t.children)
    if any(c.dep_ == "conj" and not own_count(c) or c.dep_ == "appos" and any(
            g.dep_ == "conj" and not own_count(g) for g in c.children) for c in root.children) or any(
            c.dep_ in ("relcl", "acl") and c.i > root.i and sent.span.doc[c.left_edge.i - 1].text != ","
            and not ids >= {w.i for w in c.subtree} for c in root.children):
        # "recalling 19,924 XLR coupes, SRX SUVs and Grand Prix sedans", "27 titles which sold a million",
        # "6,000 Sailors assigned to Carl Vinson Strike Group ships": the figure counts the whole list,
        # or only what the clause after it says
        clause["complete"] = False
    clause["caption"], clause["title_case"] = sent.caption, sent.title_case
    # "were killed in Tehran", not "were killed on 7 June 2017": a date names no place or body
    clause["rest_specific"] = any(w[:1].isupper() and not dates.month_number(w) and w.lower() not in dates.WEEKDAYS
                                  for w in re.findall(r"[\w'-]+", clause.get("rest") or ""))
    if clause["gap"] == "subject":
        # 'How many vintners will be helped …?' names nobody: the counted phrase or the rest must
        clause["specific"] = clause["rest_specific"] or any(
            t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") for t in phrase_tokens)
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is not None:
        clause["of"] = phrase([t for t in obj.subtree if not t.is_punct][:8])
    return {**clause, **frame}
