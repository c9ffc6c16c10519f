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
               "exercise", "drill", "parade", "withdrawal", "deployment", "rotation", "arrival", "approval",
               "removal", "renewal", "proposal", "dismissal", "reversal", "trial", "funeral", "festival",
               "raid", "ambush", "explosion", "blast", "crash", "rescue", "offensive", "battle", "clash"}

# deverbal endings ('closure', 'signing', 'agreement', 'election') name events; these do not
EVENT_SUFFIXES = ("tion", "sion", "ment", "ure", "ing")
NOT_EVENTS = {"government", "parliament", "department", "equipment", "apartment", "nation", "station", "population",
              "position", "region", "building", "thing", "morning", "evening", "wing", "king", "ring", "string",
              "spring", "ceiling", "funding", "housing", "clothing", "feature", "future", "nature", "culture",
              "structure", "figure", "picture", "measure", "pressure", "procedure", "infrastructure", "legislation",
              "organisation", "organization", "administration", "institution", "foundation", "federation",
              "coalition", "corporation", "association", "commission", "division", "television", "information",
              "question", "section", "portion", "condition", "situation", "location", "relation", "tension",
              "mission", "version", "vision", "opinion", "union", "nation", "generation", "element", "amount",
              "statement", "document", "environment", "instrument", "moment", "comment", "sentiment", "budget"}


def eventive(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in EVENT_NOUNS and noun.pos_ in ("NOUN", "PROPN") or \
        noun.pos_ == "NOUN" and lemma.endswith(EVENT_SUFFIXES) and len(lemma) > 5 and lemma not in NOT_EVENTS


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


WEAK_REPORTING = {"say", "tell", "add", "note", "state", "explain", "write", "claim", "insist", "reiterate"}


KEPT_ADVERBS = {"originally", "first", "jointly", "officially", "formally", "unanimously", "publicly", "finally"}


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
        out |= {c.i for c in t.children if c.dep_ == "case"}   # "Thursday's attack"
    return out


def cut_at_comma(tokens, head):
    out = []
    for t in tokens:
        if t.i > head.i and t.text in (",", ";", ":", "—", "–", "“", "”", '"'):
            break
        out.append(t)
    return out


def lower_first(text: str, first) -> str:
    """'The mission' → 'the mission'; 'Irish Foreign Minister …' and 'Prime Minister X' keep their capital."""
    nxt = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    title = nxt is not None and nxt.text[:1].isupper() and first.pos_ not in ("DET", "PRON")
    if not proper(first) and not title and not (first.is_upper and len(first.text) > 1) \
            and text[:1].isupper():
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


SPECIFIC_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
POSSESSIVES = {"our", "their", "its", "his", "her", "my", "your"}
DEMONSTRATIVES = {"this", "that", "these", "those"}


def proper(t) -> bool:
    """A proper noun, even where the tagger says otherwise: a capitalised word inside a
    sentence, or at its start a word no English dictionary knows ('Sunak')."""
    if not t.text[:1].isupper() or t.pos_ in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART"):
        return False   # "The Philippine Coast Guard": the article is not part of the name
    if t.i > t.sent.start:
        return t.ent_type_ in SPECIFIC_ENTS or t.pos_ in ("PROPN", "NOUN", "ADJ", "X")
    if t.ent_type_ in ("PERSON", "GPE", "NORP"):
        return True
    from lemminflect import getAllLemmas
    parts = [p for p in t.lower_.split("-") if p]   # "Seventeen-year-old" is made of common words
    return not all(getAllLemmas(p) or p.isdigit() for p in parts)


def _specific(tokens) -> bool:
    """Whether a phrase names one thing: a proper noun, a named entity or a number in it
    ('NATO Mission Iraq', 'the 12-member eurozone'), not just 'the company' or 'officials'."""
    return any(proper(t) for t in tokens)   # "around 22 drones" names nothing


def _plural(head) -> bool:
    return head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                                                for c in head.children)


def _whole_np(head, tokens) -> bool:
    """'Mali camp' (a singular common noun with no determiner) is a piece of a phrase the
    parse split, not a noun phrase of its own."""
    if head.tag_ != "NN" or head.ent_type_:
        return True
    return any(t.pos_ in ("DET", "NUM") or t.dep_ == "poss" or t.tag_ in ("PRP$", "WP$") for t in tokens) or \
        head.lemma_.lower() in MASS_NOUNS


MASS_NOUNS = {"security", "aid", "support", "funding", "money", "violence", "fighting", "training", "work",
              "production", "spending", "growth", "trade", "inflation", "unemployment", "investment", "research",
              "information", "intelligence", "equipment", "ammunition", "assistance", "cooperation", "demand",
              "power", "energy", "oil", "gas", "food", "water", "health", "education", "time", "progress"}


def subject_phrase(sent: Sentence, subj, subj_verb, exclude: set[int]) -> dict | None:
    """The subject of a clause as a question can name it: text, number, whether it is
    specific; None for pronouns that cannot be resolved."""
    if subj.lower_ in ("that", "which", "who") and subj_verb.dep_ == "relcl":
        if subj.lower_ in ("which", "that") and subj_verb.head.ent_type_ == "PERSON":
            return None   # "a trumpet which belonged to Dizzy Gillespie, which is expected…": not him
        # "the signing of the Treaty, which took place…": the event noun, not the last noun
        head = climb_eventive(subj_verb.head)
        if subj.lower_ == "who":
            # "General X, the last commander of Y, who handed over…": the person
            head = top_noun(head)
            if head.dep_ == "appos" and head.head.pos_ == "PROPN":
                head = head.head
        aside = {w.i for c in head.children if c.dep_ in ("appos", "relcl", "acl") for w in c.subtree}
        tokens = [t for t in head.subtree if t.i < subj_verb.i and t.i != subj.i
                  and t.i not in {w.i for w in subj_verb.subtree} and t.i not in aside
                  and not (t.text == "," and t.head == head)]
        tokens = clean(tokens, exclude)
        if not tokens:
            return None
        return {"text": lower_first(phrase(tokens), tokens[0]), "plural": _plural(head),
                "specific": _specific(tokens), "demonstrative": tokens[0].lower_ in DEMONSTRATIVES,
                "whole": _whole_np(head, tokens)}
    if subj.lower_ in ("he", "she") and sent.state.subject_person:
        return {"text": sent.state.subject_person, "plural": False, "specific": True, "demonstrative": False,
                "resolved": True}
    if subj.lower_ in PRONOUNS or subj.pos_ == "PRON":
        return None
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    base = appos if appos is not None and subj.pos_ != "PROPN" else subj   # "our mission, NATO Mission Iraq"
    pruned = set()
    for t in base.subtree:
        if t.dep_ in ("relcl", "acl", "appos", "advcl") and t != base or \
                t.dep_ == "punct" and t.text not in "()" and (t.whitespace_ or t.i > 0 and t.doc[t.i - 1].whitespace_):
            pruned |= {w.i for w in t.subtree}
    tokens = clean([t for t in base.subtree if t.i not in pruned], exclude)
    if tokens and tokens[0].lower_ in POSSESSIVES:
        tokens = tokens[1:]
    if not any(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in ("percent", "cent") and (
            t.is_alpha or t.pos_ == "PROPN" and any(c.isalpha() for c in t.text)) for t in tokens):
        return None   # "43" cut from "a 43% peak": a subject names something
    if tokens and tokens[0].lower_ in HONORIFICS:
        tokens = [t for t in tokens if t.lower_ not in HONORIFICS]
    if not tokens:
        return None
    text = phrase(tokens)
    resolved = False
    if subj.ent_type_ == "PERSON" or len(tokens) == 1 and subj.pos_ == "PROPN":
        full = sent.state.resolve(text)   # "Mr. Fortin" -> "Dany Fortin"
        resolved = bool(full and full != text)
        text = full or text
    return {"text": lower_first(text, tokens[0]), "plural": _plural(base), "specific": _specific(tokens) or resolved,
            "demonstrative": tokens[0].lower_ in DEMONSTRATIVES, "whole": _whole_np(base, tokens)}


def _participle(sent: Sentence, verb, exclude: set[int]) -> dict | None:
    """'The Resolute Support mission, launched in January 2015, …' and 'Launched on 4 May
    2011, the mission …': the noun described was launched then."""
    if verb.dep_ == "acl":
        noun = verb.head
        if noun.dep_ == "appos" or noun.head.lemma_.lower() in ("end", "start", "beginning", "birth", "death"):
            return None   # "the end of AT&T, founded by …": the participle describes the name, not the end
        if any(c.dep_ == "prep" and c.i < verb.i for c in noun.children):
            return None   # "part of the budget agreed in 2015": which of the two nouns was agreed?
    elif verb.dep_ == "advcl" and verb.i < verb.head.i:
        noun = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None or noun.pos_ == "PRON":
            return None
    else:
        noun = _object_before(verb)
    aside = {w.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos") for w in c.subtree}
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
    plural = _plural(noun)
    rest, complete, key_tokens = _complements(verb, set(), exclude, passive=True)
    aux = "were" if plural else "was"
    form = verb.text if verb.i > verb.sent.start else verb.lower_   # "Launched on 4 May 2011, the mission …"
    adv = " ".join(c.lower_ for c in verb.children if c.dep_ == "advmod" and c.i < verb.i
                   and c.lower_ in KEPT_ADVERBS and c.i not in exclude)   # "first announced in 2015"
    event = " ".join(w for w in [subject, aux, adv, form, rest] if w)
    key = " ".join([subject, verb.lemma_] + [t.lemma_ for t in key_tokens if not t.like_num])
    return {"kind": "clause", "past": True, "future": False, "head": verb, "key": key,
            "event": event[:1].upper() + event[1:],
            "subject": subject, "plural": plural, "specific": _specific(tokens),
            "demonstrative": tokens[0].lower_ in DEMONSTRATIVES,
            "lemma": verb.lemma_.lower(), "form": form, "tense": "past", "voice": "passive", "aux": aux,
            "planned": None, "adverb": adv, "negated": False, "rest": rest, "complete": complete}


PLANNERS = {"due", "expected", "set", "scheduled", "planned", "slated", "poised", "likely", "about", "going"}


def verb_group(verb, subj_verb) -> dict:
    """Tense, voice and the auxiliaries of a verb, as the question needs them."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
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


def _complements(verb, dset: set[int], exclude: set[int], passive: bool = False, skip: set[int] = frozenset()):
    """The words after the verb that complete it: (text, complete, tokens)."""
    rest_tokens = []
    covered: set[int] = set()   # complements that gave words to the rest
    has_object = False
    preps = 0
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
        if child.dep_ == "prep" and (has_object or preps >= 1):
            if any(t.ent_type_ in ("DATE", "TIME") or t.like_num or t.lower_ in ("each", "every", "per", "annually",
                                                                             "average")
                   for t in child.subtree) and not any(t.i in dset or t.i in exclude for t in child.subtree):
                complete = False   # "scrambled 450 times [during the first half of each fiscal year]"
            continue
        if child.dep_ == "xcomp" and child.tag_ == "VBG":
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
            infinitive = t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            aside = t.dep_ == "npadvmod" and not any(w.like_num for w in t.subtree)   # "…, its first hike"
            if t.dep_ in ("relcl", "advcl", "parataxis", "appos", "acl") and not infinitive or aside \
                    or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")) \
                    or (t.dep_ == "xcomp" and t.tag_ == "VBG" and t.head.lemma_ not in ASPECT_VERBS) or (
                    t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX") and t.head != verb
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
        part = clean(cut_at_comma([t for t in child.subtree if t.i not in pruned], child), exclude)
        if child.dep_ == "ccomp" and child.i < verb.i:
            part = [p for p in part if p.dep_ != "mark"]
        if not part:
            continue
        if child.dep_ == "prep":
            preps += 1
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
        words = clean(part[:MAX_REST], set())   # a cut part must not end on "in" or "the"
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
    subj, subj_verb = _subject(sent, verb)
    if subj is None and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.dep_ == "acl") and (
            verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") or verb.dep_ == "advcl" and (
            _object_before(verb) is not None or verb.i < verb.head.i)):
        return _participle(sent, verb, exclude)
    if subj is None:
        return None
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
    subj_text = subject["text"]
    key = " ".join([subj_text] + (["not"] if group["negated"] else []) + [verb.lemma_] +
                   [t.lemma_ for t in key_tokens if not t.like_num])
    event = _declarative(subj_text, group, adv, verb, rest)
    return {"kind": "clause", "head": verb, "key": key, "event": event[:1].upper() + event[1:],
            "past": group["past"], "future": group["future"],
            "subject": subj_text, "plural": subject["plural"], "specific": subject["specific"],
            "demonstrative": subject["demonstrative"], "lemma": verb.lemma_, "form": verb.text,
            "tense": group["tense"], "voice": group["voice"], "aux": group["aux"], "modal": group["modal"],
            "planned": group["planned"], "adverb": adv, "negated": group["negated"], "rest": rest,
            # "In which year was Paula Radcliffe?", "did Russia invade?": a clause needs what follows its verb
            "complete": complete and subject.get("whole", True) and (bool(rest) or group["voice"] == "passive"
                                                                      or bool(gap) and not subject_gap),
            "reported": verb.lemma_ in WEAK_REPORTING}


def _declarative(subject: str, group: dict, adv: str, verb, rest: str) -> str:
    """The clause as a statement, for showing which event a fact is about."""
    doc = verb.doc
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i] + [verb.i])
    if group["planned"]:
        lead = [t for t in doc[verb.head.i - 1:verb.head.i + 1] if t.lemma_ == "be" or t.i == verb.head.i]
        words = [t.text for t in lead] + ["to"]
    else:
        words = [t.text for t in doc[first:verb.i] if t.dep_ in ("aux", "auxpass", "neg")]
    parts = [subject] + words + ([adv] if adv else []) + [verb.text, rest]
    return " ".join(p for p in parts if p)


def named_clause(sent: Sentence, token) -> bool:
    """Whether the clause a date or figure sits in names what it is about: its subject is a
    proper name ('North Korea fired …', 'Denmark contributes …') or a person 'he' or 'she'
    stands for, not 'the mission' or 'the first missile' whose name is in another sentence."""
    verb = token
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    subj, subj_verb = _subject(sent, verb)
    climb = verb
    for _ in range(4):   # "NTM-I staff played a role …, and coordinating the participation of 500 …"
        if subj is not None or climb.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "ccomp") or climb.head == climb:
            break
        climb = climb.head
        while climb.pos_ not in ("VERB", "AUX") and climb.head != climb:
            climb = climb.head
        subj, subj_verb = _subject(sent, climb)
    if subj is None:
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return _specific([t for t in verb.head.subtree if t.i < verb.i])
        return False
    if subj.lower_ in ("he", "she"):
        return bool(sent.state.subject_person)
    if subj.pos_ == "PRON":
        return False
    words = [t for t in subj.subtree if t.dep_ not in ("relcl", "acl") and not t.like_num]
    if token.i in {t.i for t in subj.subtree}:
        # the figure is the subject ("two Chadian peacekeepers were killed in Aguelhok"): the rest names it
        words += [t for c in subj_verb.children if c.i > subj_verb.i and c.dep_ in ("prep", "agent", "dobj")
                  for t in c.subtree]
    return _specific(words)
