"""The parts of a verb phrase a clause frame is made of: its auxiliaries, tense and voice
(``verb_group``) and the words after it that complete it (``complements``).

Plain data out, no spaCy object kept beyond the call; ``clauses`` builds frames from them.
"""
from __future__ import annotations

from .context import phrase
from .phrases import MASS_NOUNS, clean, cut_at_comma, proper

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}   # "said the bodies would be flown home on Saturday"


REPORTING = {"say", "tell", "add", "note", "state", "announce", "stress", "declare", "explain", "warn"}


KEEP_RIGHT = {"dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "prt", "dative", "oprd", "agent", "pobj"}


MAX_REST = 14


QUOTES = {"“", '"', "‘", "'", "”"}


TIME_ADVERBS = {"today", "yesterday", "tomorrow", "now", "then", "later", "earlier", "again", "already", "still",
                "also", "too", "recently", "soon", "ago", "originally", "first", "last", "finally", "once"}


CORE = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"}


def dateline_words(child) -> set[int]:
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


ASPECT_VERBS = {"start", "stop", "begin", "continue", "finish", "resume", "keep", "end", "complete"}


PLANNERS = {"due", "expected", "set", "scheduled", "planned", "slated", "poised", "likely", "about", "going"}


def verb_group(verb, subj_verb) -> dict:
    """Tense, voice and the auxiliaries of a verb, as the question needs them."""
    auxes = [c for c in aux_owner(verb).children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
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
    elif verb.dep_ in ("xcomp", "conj") and verb.head.tag_ == "VBD" and not to_aux and not _infinitive_pair(verb):
        tense, aux = "past", None
    elif verb.tag_ == "VBN" and not auxes and verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" for c in verb.children):
        tense, aux = "past", None   # "the accord, which Jordan and the EU signed"
    else:
        tense, aux = "other", None
    future = tense == "planned" or any(c.lower_ in FUTURE_AUX for c in modal)
    past = tense == "past" or tense == "perfect" or (
        verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in auxes)) or (
        verb.dep_ in ("xcomp", "conj") and verb.head.tag_ == "VBD" and not _infinitive_pair(verb))
    return {"tense": tense, "voice": "passive" if passive else "active", "aux": aux, "planned": planned,
            "negated": negated, "future": future, "past": past,
            "modal": modal[0].lower_ if modal else None}


def _infinitive_pair(verb) -> bool:
    """'Kenya volunteered to lead the force and send 1,000 personnel': the parse joins 'send' to
    'volunteered', but a bare infinitive after 'to lead …' is the second thing volunteered, not done."""
    head = verb.head
    return verb.tag_ == "VB" and verb.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children) and any(
        c.dep_ == "xcomp" and head.i < c.i < verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in head.children)


def aux_owner(verb):
    """'will develop and manufacture missiles': a second verb with no subject or auxiliary of its
    own shares the first one's ('will manufacture')."""
    own = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "conj" and not own and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        return verb.head
    return verb


def complements(verb, dset: set[int], exclude: set[int], passive: bool = False, skip: set[int] = frozenset()):
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
        if child.dep_ == "prep" and child.lower_ == "with" and child.i > verb.i and child.doc[child.i - 1].text == ",":
            continue   # "fell 40% in 2004, with movies starring … among those affected": an aside
        if child.dep_ == "dobj" and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == "," and any(
                c.dep_ == "dobj" and c.i < child.i for c in verb.children):
            covered.add(child.i)
            continue   # "sold 2.4 million vehicles in 2004, an increase of 4% …": a second object is an aside
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
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and verb.lemma_ not in ASPECT_VERBS:
            continue   # (but "began managing recruitment": what began)
        if child.dep_ == "prt":   # "took over the post": the particle is part of the verb
            rest_tokens.append((False, [child]))
            covered.add(child.i)
            continue
        pruned = set(skip)
        if any(t.i in dset for t in child.subtree):
            gerund = child.dep_ == "prep" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children)
            if child.i in dset or child.dep_ == "prep" and not gerund:
                continue   # (but "succeeded [in seizing the archive] in 2018" keeps what succeeded)
            # "unveiled plans to increase the budget on Tuesday": the object without its date
            for t in child.subtree:
                if t.i in dset and t.head.dep_ == "prep":
                    pruned |= {w.i for w in t.head.subtree}
        for t in child.subtree:
            if t.dep_ == "relcl" and t.head.i == child.i and child.dep_ == "dobj" and t.left_edge.i > 0 \
                    and t.doc[t.left_edge.i - 1].text not in (",", "(", "-", "–", "—"):
                complete = False   # "had 27 titles [which sold a million copies]": the object needs its clause
            infinitive = t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            aside = t.dep_ == "npadvmod" and not any(w.like_num for w in t.subtree) \
                and not (not t.whitespace_ and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")
            # "…, its first hike" (but not "Egyptian" of "an Egyptian-owned tanker")
            if t.dep_ in ("relcl", "advcl", "parataxis", "appos", "acl") and not infinitive or aside \
                    or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")) \
                    or (t.dep_ == "xcomp" and t.tag_ == "VBG" and t.head.lemma_ not in ASPECT_VERBS) or (
                    t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX") and t.head != verb
                    and any(c.dep_ == "dobj" for c in t.head.children)
                    # "decided to send 5,500 peacekeepers [to the UN mission in South Sudan]": where is kept
                    and not (t.head.dep_ == "xcomp" and any(w.pos_ == "PROPN" for w in t.subtree))):
                pruned |= {w.i for w in t.subtree}
        pruned |= dateline_words(child)
        if child.dep_ == "ccomp" and child.tag_ == "VBG":
            # "advised Iraqi security institutions helping them to …": keep the object only
            keep = set()
            for c in child.children:
                if c.dep_ == "nsubj":
                    keep |= {w.i for w in c.subtree}
            pruned |= {w.i for w in child.subtree} - keep
        whole = [t for t in child.subtree if t.i not in pruned]
        part = clean(cut_at_comma(whole, child), exclude)
        if part and any(t.dep_ == "conj" and t.i > part[-1].i and t.head.i in {p.i for p in part} for t in whole):
            complete = False   # "deployed across Bosnia and Herzegovina[, Croatia, …]": a list cut to its first
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
        if child.dep_ == "npadvmod" and child.i > verb.i and child.pos_ == "PROPN" and child.ent_type_ not in (
                "DATE", "TIME") and child.i not in dset and child.i not in kept:
            complete = False   # "met India's Defense Minister X Dec. 3": the parse lost the object
        if child.dep_ == "dobj" and child.i > verb.i and child.i not in kept and child.i not in dset and \
                child.ent_type_ != "DATE" and any(w.i in dset for w in child.subtree):
            complete = False   # "met India's Defense Minister X Dec. 3": the date took the object with it
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
