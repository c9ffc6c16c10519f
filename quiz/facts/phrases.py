"""Noun phrases from the parse: event nouns, the top of a phrase, the subject of a
clause as a question can name it, and the token clean-up every frame uses.

Plain functions over spaCy tokens; what they return is text and flags.
"""
from __future__ import annotations

import re

from .context import HONORIFICS, Sentence, phrase

EVENT_NOUNS = {"visit", "launch", "start", "end", "attack", "strike", "summit", "vote", "death",
               "election", "invasion", "talks", "call", "speech", "deal", "war", "coup", "ceasefire",
               "meeting", "conference", "ceremony", "handover", "accession", "session", "trip", "talk",
               "exercise", "drill", "parade", "withdrawal", "deployment", "rotation", "arrival", "approval",
               "removal", "renewal", "proposal", "dismissal", "reversal", "trial", "funeral", "festival",
               "raid", "ambush", "explosion", "blast", "crash", "rescue", "offensive", "battle", "clash",
               # what a clause may come out of or live through: 'recovered from a crisis in 2001'
               "crisis", "recession", "slump", "boom", "scandal", "collapse", "conflict", "revolution", "uprising",
               "disaster", "earthquake", "flood", "outbreak", "dispute", "row", "famine", "genocide", "massacre"}

# events held again and again: their year is only one of many unless the name says which
RECURRING = {"festival", "championship", "championships", "cup", "games", "olympics", "tournament", "awards",
             "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers",
             "award", "season", "marathon", "show", "fair", "exhibition", "expo", "league", "open", "series",
             "congress", "convention", "forum", "week", "day", "anniversary", "celebration", "parade"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "inaugural", "last", "final", "next"}


# events that are moves or joinings: without their from, to or into they do not say which
RELATIONAL = {"admission", "accession", "entry", "arrival", "departure", "return", "withdrawal", "transfer", "move",
              "deployment", "visit", "trip", "exit", "expulsion", "extradition", "relocation", "membership"}


TIME_NOUNS = {"start", "end", "beginning", "middle", "peak", "height", "course", "half", "quarter",
              "spring", "summer", "autumn", "fall", "winter", "part", "turn", "close", "time", "period"}

# deverbal endings ('closure', 'signing', 'agreement', 'election') name events; these do not
EVENT_SUFFIXES = ("tion", "sion", "ment", "ure", "ing")
NOT_EVENTS = {"munition", "ammunition", "ration", "installation", "government", "parliament", "department", "equipment", "apartment", "nation", "station", "population",
              "position", "region", "building", "thing", "morning", "evening", "wing", "king", "ring", "string",
              "spring", "ceiling", "funding", "housing", "clothing", "feature", "future", "nature", "culture",
              "structure", "figure", "picture", "measure", "pressure", "procedure", "infrastructure", "legislation",
              "organisation", "organization", "administration", "institution", "foundation", "federation",
              "coalition", "corporation", "association", "commission", "division", "television", "information",
              "question", "section", "portion", "condition", "situation", "location", "relation", "tension",
              "mission", "version", "vision", "opinion", "union", "nation", "generation", "element", "amount",
              "statement", "document", "environment", "instrument", "moment", "comment", "sentiment", "budget",
              # plural '-ings' that are things, not events
              "earnings", "savings", "holdings", "findings", "ratings", "listings", "takings", "winnings",
              "surroundings", "belongings", "feelings", "dealings", "buildings", "offerings",
              # a share in something, not a happening: 'suspected of involvement in a breach'
              "involvement", "engagement", "commitment", "participation"}


def eventive(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in EVENT_NOUNS and noun.pos_ in ("NOUN", "PROPN") or \
        noun.pos_ == "NOUN" and lemma.endswith(EVENT_SUFFIXES) and len(lemma) > 5 and lemma not in NOT_EVENTS \
        and noun.lower_ not in NOT_EVENTS


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


PRONOUNS = {"it", "they", "we", "i", "you", "this", "that", "these", "those", "which", "who", "there"}


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
    # "grew by 5.5%": a per cent sign is the figure's unit, not punctuation
    while out and (out[-1].is_punct and out[-1].text != "%" or out[-1].pos_ in ("ADP", "CCONJ", "DET", "PART")):
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
        if t.i > head.i and (t.text in (",", ";", ":", "—", "–", "“", "”", '"') or
                             t.text == "-" and t.i > 0 and t.doc[t.i - 1].whitespace_):
            break   # "reached the £3.3 trillion mark in 2004 - triple the value …": the aside after a dash
        out.append(t)
    return out


def lower_first(text: str, first) -> str:
    """'The mission' → 'the mission'; 'Irish Foreign Minister …' and 'Prime Minister X' keep their capital."""
    nxt = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    title = nxt is not None and nxt.text[:1].isupper() and first.pos_ not in ("DET", "PRON")
    if first.lower_ == "the" and first.ent_iob_ == "B" and first.ent_type_ in SPECIFIC_ENTS and \
            not _generic_body_name(first):
        return text   # "The Joshua Tree", "The New York Times": the article is part of the name
    if not proper(first) and not title and not (first.is_upper and len(first.text) > 1) \
            and text[:1].isupper():
        return text[:1].lower() + text[1:]
    return text


BODY_HEADS = {"department", "ministry", "council", "army", "navy", "force", "forces", "government", "committee",
              "agency", "office", "service", "services", "bureau", "commission", "police", "court", "parliament",
              "administration", "embassy", "command", "guard", "alliance", "union", "board", "authority"}


def _generic_body_name(first) -> bool:
    """'The Defense Department', 'The Philippine Navy': a body's name, which takes a plain 'the'."""
    end = first.i
    while end + 1 < len(first.doc) and first.doc[end + 1].ent_iob_ == "I":
        end += 1
    return first.doc[end].lower_ in BODY_HEADS


# people the article named before, pointed back to by a description
ONE_OF_MANY = {"national", "man", "woman", "citizen", "suspect", "soldier", "resident", "boy", "girl", "teenager",
               "youth", "student", "worker", "driver", "victim", "attacker", "gunman", "officer", "pilot",
               # "the US company", "the Chinese ships": one of many, named before
               "company", "companies", "firm", "firms", "ship", "ships", "vessel", "vessels", "carrier", "maker",
               "manufacturer", "group", "bank", "official", "officials"}
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
    if t.tag_ == "NNS" and not t.ent_type_:
        return False   # "Landmines killed …": a plural the dictionary does not know is still a common noun
    from lemminflect import getAllLemmas
    parts = [p for p in t.lower_.split("-") if p]   # "Seventeen-year-old" is made of common words
    return not all(getAllLemmas(p) or p.isdigit() for p in parts)


# bodies every country has: "the Army" or "the Ministry", capitalised, still says not whose
GENERIC_BODIES = {"army", "navy", "government", "ministry", "police", "military", "court", "council",
                  "parliament", "cabinet", "department", "agency", "committee", "commission", "senate",
                  "congress", "administration", "authorities", "embassy", "regime", "forces", "coast guard",
                  "air force", "marines", "guard", "company", "bank", "party", "opposition", "state"}


def is_specific(tokens) -> bool:
    """Whether a phrase names one thing: a proper noun, a named entity or a number in it
    ('NATO Mission Iraq', 'the 12-member eurozone'), not just 'the company', 'officials'
    or 'the Army'."""
    words = [t for t in tokens if t.pos_ not in ("DET", "PUNCT")]
    if words and " ".join(t.lower_ for t in words) in GENERIC_BODIES and tokens[0].lower_ == "the":
        return False
    named = [t for t in tokens if proper(t)]   # "around 22 drones" names nothing
    if named and words and all(t.ent_type_ == "NORP" for t in named) and words[-1].ent_type_ == "NORP":
        return False   # "the 31-year-old Scot": a nationality for a head names no one
    if tokens and tokens[0].lower_ == "the" and all(t.ent_type_ in ("NORP", "GPE") for t in named) and (
            words and words[-1].lower_ in ONE_OF_MANY or any(re.fullmatch(r"\d+-year-old", t.lower_) for t in words)):
        return False   # "the 29-year-old Syrian national": the one the article named before
    if words and words[-1].tag_ == "NNS" and words[-1].lemma_.lower() in EVENT_NOUNS | {"talks"} and all(
            t.ent_type_ in ("GPE", "NORP") and t.i < words[-1].i for t in named):
        return False   # "US strikes", "Israeli raids": whose they are, not which ones or where
    if len(named) == 1 and named[0].ent_type_ == "PERSON" and words and named[0] == words[-1] and \
            tokens[0].lower_ == "the":
        return False   # "the 31-year-old Scot" read as a name: a name takes no "the"
    return bool(named)


def is_plural(head) -> bool:
    return head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                                                for c in head.children)


def whole_np(head, tokens) -> bool:
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
        return {"text": lower_first(phrase(tokens), tokens[0]), "plural": is_plural(head),
                "specific": is_specific(tokens), "demonstrative": tokens[0].lower_ in DEMONSTRATIVES,
                "whole": whole_np(head, tokens)}
    if subj.lower_ in ("he", "she") and sent.state.subject_person:
        return {"text": sent.state.subject_person, "plural": False, "specific": True, "demonstrative": False,
                "resolved": True}
    if subj.lower_ in PRONOUNS or subj.pos_ == "PRON":
        return None
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    base = appos if appos is not None and subj.pos_ != "PROPN" else subj   # "our mission, NATO Mission Iraq"
    pruned = set()
    for t in base.subtree:
        if t.like_num and t.dep_ == "appos" and t.i == t.head.i + 1:
            continue   # "Sea Breeze 2016 will be held …": a number right after the name is part of it
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
        if full and subj.ent_type_ != "PERSON" and not full.endswith(" " + text):
            full = None   # "Ascension runs 15 hospitals": a body, not the "Ascension Resurrection" named before
        resolved = bool(full and full != text)
        text = full or text
    # "Evans sued Mr Mann": a family name the article never gave in full says not who
    lone_name = len(tokens) == 1 and subj.pos_ == "PROPN" and subj.ent_type_ in ("PERSON", "") \
        and not subj.is_upper and not resolved
    return {"text": lower_first(text, tokens[0]), "plural": is_plural(base),
            "specific": (is_specific(tokens) or resolved) and not lone_name,
            "demonstrative": tokens[0].lower_ in DEMONSTRATIVES, "whole": whole_np(base, tokens)}
