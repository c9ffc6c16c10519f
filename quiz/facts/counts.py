"""What a figure counts: the counted noun and its modifiers, the unit it is written in, and the
words and shapes that make a number no count (times, measures, references, model designations).

`quantities` reads the figures of a sentence; these are the tests it asks of each one.
"""
from __future__ import annotations

import re

from ..normalise import SCALE_NAMES
from .figures import SUFFIXED, scale_word
from .subjects import CASUALTY_VERBS


NOT_COUNTED = {
    "second", "minute", "hour", "day", "week", "weekend", "month", "quarter", "year", "decade", "century",
    "thing",   # "three quarters" of a year or of a whole; "three things I will never forget": filler
    "time", "times", "o'clock", "am", "pm", "a.m.", "p.m.", "page", "paragraph", "percentile",
    "user", "reader", "view", "vote", "comment", "like", "share", "follower", "point", "step",
    "round", "edition", "anniversary", "session", "phase", "stage", "term", "part", "chapter",
    "article", "section", "item", "line", "grade", "level", "degree", "km", "kilometre", "mile",
    "metre", "meter", "kg", "tonne", "ton", "kilometer", "centimetre", "centimeter", "millimetre",
    "millimeter", "foot", "feet", "inch", "yard", "acre", "hectare", "gram", "kilogram", "litre", "liter",
    "side",   # "the two sides agreed": the parties to a talk, not a count to learn
    "knot", "mph", "kph", "cheer",   # a speed; "gave three cheers"
    "kiloton", "megaton", "tonnage",   # a weapon's yield, a ship's size: measures, not counts
}
MEMBER_WORDS = {"member", "nation", "country", "state", "party", "person", "man", "woman"}
MEMBER_PLURALS = {"person": "people", "man": "men", "woman": "women", "country": "countries", "party": "parties"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
            "next"}
REFERENCE_NOUNS = {"page", "paragraph", "article", "section", "chapter", "resolution", "no", "no.",
                   "number", "item", "point", "table", "figure", "annex", "line", "volume", "room",
                   "flight", "route", "highway", "covid", "phase", "level", "category", "unit"}


def counted_tokens(noun):
    """The counted noun with its modifiers and coordinated nouns."""
    keep = {noun.i}
    stack = [noun]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("amod", "compound", "nmod", "conj", "cc", "punct") and c.i > t.i - 4:
                if c.dep_ == "punct" and c.text != "," or c.lower_ in ("worth", "valued", "costing"):
                    continue   # "11 vehicles worth USD 6.2 million": the worth is its own figure
                if c.dep_ == "conj" and c.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
                    continue
                if c.dep_ == "conj" and any(g.dep_ == "nummod" or g.like_num for g in c.children):
                    continue   # "12 trainers and 500 soldiers": the soldiers have their own count
                keep.add(c.i)
                stack.append(c)
            elif c.dep_ == "dobj" and t.pos_ == "VERB" and t.i in keep and t != noun:
                # "trainers, advisors and supporting personnel"
                keep.add(c.i)
                stack.append(c)
    return keep


DIGIT = re.compile(r"\d")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)


def beside_a_count(noun) -> bool:
    """'five policemen and one militant were killed': one of a tally is counted like the rest."""
    def counted(t):
        return any(c.dep_ == "nummod" for c in t.children)
    return noun.dep_ == "conj" and counted(noun.head) or any(c.dep_ == "conj" and counted(c) for c in noun.children)


TOLL_VERBS = CASUALTY_VERBS | {"arrest", "detain", "rescue", "free", "release"}


def one_in_a_toll(noun) -> bool:
    """'the shelling killed one person', 'one soldier was wounded': one of a toll is a count (but not
    'one of the most successful strikes' or 'said one security official')."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.dep_ in ("conj", "appos", "compound"):
        verb = verb.head
    return noun.dep_ in ("dobj", "nsubjpass", "nsubj") and verb.lemma_.lower() in TOLL_VERBS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


# bodies whose size a figure after "of" gives: "a workforce of 69,000", "a crew of 12"
SIZED = {"workforce", "force", "strength", "crew", "staff", "team", "contingent", "garrison", "fleet", "army",
         "membership", "complement", "headcount", "establishment", "cadre", "corps", "manpower"}
BRINGING = {"bring", "raise", "push", "take", "lift", "cut", "reduce", "lower", "increase"}
SIZE_CHANGES = {"sink", "fall", "drop", "rise", "grow", "increase", "decrease", "decline", "climb", "shrink", "jump"}


def sized_body(doc, last):
    """The body a bare figure sizes: 'a rapid reaction force of 5,000', 'its establishment strength of
    9,500' (not 'a force of 5,000 troops', where the troops are counted)."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
        return None
    if last.dep_ == "pobj" and last.head.lower_ == "of":
        body = last.head.head
    else:
        # "The combined strength of the Army was 7,987", "The number of soldiers has sunk to 181,500"
        # ("The number of trained soldiers stands at 99,280": "stand at" says a size as "be" does)
        verb = last.head.head if last.dep_ == "pobj" and last.head.lower_ in ("to", "at") else last.head
        up = verb
        for _ in range(4):   # "brings the total number of people arrested … to nine": the parse may hang "to" low
            if up.lemma_ in BRINGING or up.head == up:
                break
            up = up.head
        if up.lemma_ in BRINGING and last.head.lower_ == "to":
            verb = up
        brought = verb.lemma_ in BRINGING and last.head.lower_ == "to"   # "brings the total number of … to nine"
        if not (last.dep_ == "attr" and verb.lemma_ == "be" or verb.lemma_ in SIZE_CHANGES and last.head.lower_ == "to"
                or verb.lemma_ == "stand" and last.head.lower_ == "at" or brought):
            return None
        body = next((c for c in verb.children if c.dep_ == ("dobj" if brought else "nsubj")), None)
        if body is not None and body.lemma_.lower() in ("number", "total"):
            of = next((c for c in body.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            counted = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")), None) \
                if of is not None else None
            return [t for t in counted.subtree if t.i <= counted.i and not t.is_punct] if counted is not None else None
    if body is None or body.pos_ != "NOUN" or body.lemma_.lower() not in SIZED or body.i > last.i:
        return None
    return [t for t in body.subtree if t.i <= body.i and t.dep_ in ("amod", "compound", "nmod") or t == body]


def is_ratio(doc, tok, last) -> bool:
    """A figure on either side of 'in' between two numbers: 'two in five', 'one in 10'. ('17 out of 18
    drones' counts drones twice, so 'out of' is no share.)"""
    def num(i):   # a small whole number: "in 2004" after "$6.25" is a year, not a share
        return 0 <= i < len(doc) and (doc[i].like_num or doc[i].pos_ == "NUM") and \
            (doc[i].is_alpha or doc[i].text.isdigit() and int(doc[i].text) <= 1000)
    if not (tok.is_alpha or tok.text.isdigit()):
        return False
    k = last.i + 1
    if k < len(doc) and doc[k].lower_ == "in" and num(k + 1):
        return True
    k = tok.i - 1
    return k >= 0 and doc[k].lower_ == "in" and num(k - 1)



def is_designation(tok) -> bool:
    """'AK-47' of '2,000 AK-47 rifles': a model's designation, letters and digits, before the noun it names."""
    return tok.pos_ in ("NUM", "PROPN") and tok.i < tok.head.i and tok.head.pos_ == "NOUN" and tok.head.tag_ == "NNS" \
        and re.fullmatch(r"[A-Z]{1,4}-?\d{1,4}[A-Z]?", tok.text) is not None


_AMMUNITION = {"ammunition", "ammo", "bullet", "shell", "cartridge", "munition", "live", "rifle", "pistol", "artillery",
               "mortar"}


def is_ammunition(noun) -> bool:
    """'80,000 rounds of ammunition', 'live rounds': rounds that are shots, a count, not rounds of talks."""
    if noun.lemma_.lower() != "round":
        return False
    words = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    words += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(w.lemma_.lower() in _AMMUNITION or re.fullmatch(r"\d+mm", w.lower_) for w in words)


def lemmas(tokens) -> str:
    return " ".join(t.lemma_ for t in tokens)


def unit_text(noun_tokens, glued, scale_word: tuple[int, str] | None = None) -> str | None:
    """The unit as written: the currency sign or word with the scale it is written in ('$ billion'),
    'percent', or the counted noun."""
    scale = scale_word[1] if scale_word else None
    if glued:
        return " ".join(filter(None, [glued.group(1), scale]))
    tokens = [t for t in noun_tokens if t is not None]
    # "€42 m": the scale the parser took for a noun; "semi-automatic": no spaces the text has not
    words = "".join((SCALE_NAMES.get(t.lower_, t.text) if t.i and t.nbor(-1).like_num else t.text)
                    + (t.whitespace_ if k + 1 < len(tokens) and tokens[k + 1].i == t.i + 1 else " ")
                    for k, t in enumerate(tokens))
    text = re.sub(r"(?:\s*(?:\band\b|\bor\b|,))+\s*$", "", words.strip())
    before = scale_word is not None and any(t is not None and t.i > scale_word[0] for t in noun_tokens)
    return " ".join(filter(None, [scale, text] if before else [text, scale])) or None   # "million euros", "$ billion"


def written_scale(span) -> tuple[int, str] | None:
    """'billion' of '$17.6 billion', 'billion' of '£3bn': the scale word a money figure is written with,
    a short form ('m', 'bn') spelled out."""
    found = []
    for t in span:
        m = SUFFIXED.match(t.text)
        word = scale_word(t) if scale_word(t) and t.text[:1].isalpha() else m.group(2) if m and m.group(2) else None
        if word:
            found.append((t.i, SCALE_NAMES.get(word.lower(), word)))
    return (found[0][0], " ".join(w for _, w in found)) if found else None   # "Rs 1 lakh crore"


def toll_noun(last):
    """'killing 387 and injuring 518 people': a bare figure of one toll verb counts the noun that the
    figure of the toll verb joined to it counts."""
    verb = last.head
    if last.dep_ != "dobj" or verb.lemma_.lower() not in TOLL_VERBS:
        return None
    joined = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    for other in joined:
        if other.lemma_.lower() not in TOLL_VERBS:
            continue
        noun = next((c for c in other.children if c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS")
                     and any(g.dep_ == "nummod" for g in c.children)), None)
        if noun is not None:
            return noun
    return None
