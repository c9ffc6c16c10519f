"""Who or what a clause is about: its subject, and whether that subject names one thing.

'North Korea fired …' names its subject; 'the mission deployed …' does not, so a card
worded from it would not say which mission. Rules in every stage of extraction ask this.
"""
from __future__ import annotations

import re

from .context import Sentence
from .phrases import is_specific, proper


def subject_of(sent: Sentence, verb):
    """The verb's subject and the verb that has it, climbing conjuncts and complements."""
    for _ in range(4):   # "Kootenay will transit … and is due to arrive": up to the verb with a subject
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj, verb
        if verb.dep_ == "conj" and verb.i > 0 and verb.doc[verb.i - 1].pos_ in ("PROPN", "NOUN", "PRON"):
            return None, verb   # "… the country and France launched …": a subject the parse lost, not the first one
        if verb.dep_ in ("conj", "xcomp", "acomp") and verb.head != verb:
            verb = verb.head   # "are due to arrive": the subject of "are"
        else:
            return _lost_subject(verb), verb
    return None, verb


def _lost_subject(verb):
    """'After a patrol … to Key West, Florida, [the crew of the cutter] returned …': the parse hung the
    subject on the opening phrase as an apposition; it is the phrase between the comma and the verb."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    t = doc[verb.i - 1]
    for _ in range(6):
        if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i > 0 \
                and doc[t.left_edge.i - 1].text == "," and t.right_edge.i == verb.i - 1:
            return t
        if t.head == t or t.head.i >= verb.i:
            return None
        t = t.head
    return None


# a toll says where or in which attack, or it says little
CASUALTY_VERBS = {"kill", "wound", "injure", "die", "abduct", "kidnap", "hurt", "capture", "behead", "execute"}


def named_clause(sent: Sentence, token) -> bool:
    """Whether the clause a date or figure sits in names what it is about: its subject is a
    proper name ('North Korea fired …', 'Denmark contributes …') or a person 'he' or 'she'
    stands for, not 'the mission' or 'the first missile' whose name is in another sentence."""
    verb = token
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    subj, subj_verb = subject_of(sent, verb)
    climb = verb
    for _ in range(4):   # "NTM-I staff played a role …, and coordinating the participation of 500 …"
        if subj is not None or climb.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "ccomp") or climb.head == climb:
            break
        climb = climb.head
        while climb.pos_ not in ("VERB", "AUX") and climb.head != climb:
            climb = climb.head
        subj, subj_verb = subject_of(sent, climb)
    if subj is None:
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return is_specific([t for t in verb.head.subtree if t.i < verb.i])
        return False
    if subj.lower_ in ("he", "she"):
        return bool(sent.state.subject_person)
    if subj.pos_ == "PRON":
        return False
    words = [t for t in subj.subtree if t.dep_ not in ("relcl", "acl") and not t.like_num]
    if words and words[0].lower_ == "the" and named_before(sent, words):
        return False
    if token.i in {t.i for t in subj.subtree}:
        # the figure is the subject ("two Chadian peacekeepers were killed in Aguelhok"): the rest names it
        words += [t for c in subj_verb.children if c.i > subj_verb.i and c.dep_ in ("prep", "agent", "dobj")
                  for t in c.subtree]
        names = [t for t in words if proper(t) and t.ent_type_ not in ("DATE", "TIME", "CARDINAL")]
        if names and all(t.ent_type_ == "NORP" for t in names) and subj_verb.lemma_.lower() in CASUALTY_VERBS:
            return False   # "three Bangladeshi peacekeepers were killed in September": where, in which attack?
    return is_specific(words)


def named_before(sent: Sentence, words) -> bool:
    """'… closed their Kamanyola base. … the MONUSCO base has played a crucial role': a thing the
    article named before by another name, now 'the' plus one of its traits, one of many such."""
    head = words[-1]
    if head.pos_ != "NOUN" or not head.text.islower():
        return False
    own = {t.text for t in words if t.text[:1].isupper()}
    earlier = sent.doc.text[:sent.start]
    return any(m.group(1) not in own and m.group(1).lower() not in ("the", "a", "an", "its", "their", "this")
               for m in re.finditer(rf"\b([A-Z][\w-]+)\s+{re.escape(head.text)}\b", earlier))
