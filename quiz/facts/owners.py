"""Whose a figure is: the mission, force or fund that owns a count, amount or share.

'500 trainers' of 'the NATO mission in Iraq', 'Denmark contributes about 285 personnel',
'Total spending reached $1.3 trillion', and 'It involves …' pointing back to the mission named
just before. The owner is part of what a quantity fact is about, so it is part of its id.
"""
from __future__ import annotations

from .context import Sentence, phrase
from .timex import is_date_word

OWNER_NOUNS = {"mission", "programme", "program", "operation", "force", "forces", "coalition",
               "initiative", "deployment", "contingent", "course", "exercise", "alliance", "fund",
               "plan", "package", "project", "agreement", "budget", "campaign", "effort", "task",
               "brigade", "battalion", "unit", "team", "centre", "center", "academy", "school",
               "organisation", "organization", "partnership", "treaty", "summit", "army", "navy"}


def owner_in(sent: Sentence, exclude: set[int]) -> str | None:
    """The first noun phrase of the sentence headed by an owner noun ('the NATO mission in Iraq')
    that is not part of the figure itself (``exclude``)."""
    if "owners" not in sent.memo:   # the sentence's chunks headed by an owner noun, found once
        heads = {t.i for t in sent.span if t.lemma_.lower() in OWNER_NOUNS}
        # read lazily: the first chunk outside the figure is usually the first there is
        chunks = (c for c in sent.span.noun_chunks if c.root.i in heads) if heads else iter(())
        sent.memo["owners"] = ([], chunks)
    for chunk in _owner_chunks(sent.memo["owners"]):
        if not any(t.i in exclude for t in chunk):
            tokens = list(chunk)
            nxt = chunk.end
            doc = chunk.doc
            if nxt + 1 < sent.span.end and doc[nxt].lower_ in ("in", "for", "to") and doc[nxt + 1].pos_ == "PROPN":
                tokens += [doc[nxt], doc[nxt + 1]]
            article = bool(tokens) and tokens[0].lower_ in ("a", "an", "the", "its", "their")
            if tokens and tokens[0].pos_ in ("DET", "PRON"):
                tokens = tokens[1:]
            tokens = without_brackets(tokens)
            return ("the " if article else "") + phrase(tokens)
    return None


def _owner_chunks(memo):
    """The chunks found so far, then the rest as they are asked for, each found once."""
    found, rest = memo
    yield from found
    for chunk in rest:
        found.append(chunk)
        yield chunk


def earlier_owner(sent: Sentence) -> str | None:
    """'It involves around 500 trainers': the mission named just before."""
    first = sent.span[0]
    if first.lower_ in ("it", "this") and sent.state.owners:
        return sent.state.owners[-1]
    return None


def subject_owner(noun) -> str | None:
    """'Denmark contributes about 285 personnel': the named subject owns the count."""
    if noun is None or noun.dep_ != "dobj":
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    aside = {w.i for c in subj.children if c.dep_ in ("appos", "relcl", "acl") or _dated(c) for w in c.subtree}
    words = without_brackets([t for t in subj.subtree if t.i not in aside and not (
        t.is_punct and t.text not in "()" and (t.whitespace_ or t.dep_ == "punct" and t.text in ",;"))])
    if not words:
        return None
    text = phrase(words[:6])
    return text[:1].lower() + text[1:] if words[0].pos_ == "DET" else text


def clause_subject(tok, exclude: set[int]) -> str | None:
    """'Total spending reached $1.3 trillion': what an amount or share belongs to."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    dated = {w.i for c in subj.children if _dated(c) for w in c.subtree}
    # "the reduction of over R15 billion had hurt …": the amount is inside the subject; its owner is
    # what the amount's preposition hangs on, without the preposition and its hedge
    up = tok
    while up != subj and up.head != up:
        if up.dep_ == "pobj" and up.head.dep_ == "prep":
            dated |= {w.i for w in up.head.subtree}
            break
        up = up.head
    words = without_brackets([t for t in subj.subtree if t.i not in exclude and t.i not in dated
                              and (t.text in "()" or not t.is_punct)])
    if not words or any(t.like_num for t in words):
        return None
    text = phrase(words[:6])
    return text if words[0].pos_ == "PROPN" else text[:1].lower() + text[1:]


def _dated(child) -> bool:
    """'The Air Force [on Thursday] inducted …': a day the parse hung on the subject is not its name."""
    return child.dep_ == "prep" and child.i > child.head.i and any(is_date_word(g) for g in child.children)


def without_brackets(tokens):
    out, depth = [], 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif not depth:
            out.append(t)
    return out
