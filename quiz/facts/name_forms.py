"""A name found in a sentence, made whole and clean: the given names the tagger left out, a
hyphenated or particled family name it cut short, and the name without its title, rank, honorific,
nickname or seat.

`names` finds where people are named; `people` and `appointments` ask these for each name.
"""
from __future__ import annotations

import re

from lemminflect import getAllLemmas

from .. import dates
from ..normalise import HONOUR_NOMINALS, POST_NOMINALS, RANK_WORDS, SHORT_RANKS
from .context import HONORIFICS, NAME_PARTICLES, Sentence, phrase
from .posts import KEEP_ADJ, PORTFOLIO, ROLE_NOUNS, has_role_noun

LEADING_RANKS = SHORT_RANKS | {"general", "colonel", "major", "captain", "admiral", "brigadier", "lieutenant",
                               "commodore"}


# head words of places, bodies and meetings: "Colonel Smith Training Centre", "West Philippine Sea",
# "India China Corps Commander Level Meeting"
PLACE_HEADS = {"sea", "ocean", "river", "strait", "gulf", "bay", "island", "islands", "lake", "mountain", "mountains",
               "street", "road", "square", "avenue", "centre", "center", "command", "force", "forces", "ministry",
               "council", "committee", "university", "college", "school", "academy", "hospital", "airport", "port",
               "base", "camp", "station", "agency", "office", "department", "institute", "foundation", "company",
               "group", "corporation", "bank", "party", "army", "navy", "brigade", "battalion", "regiment", "division",
               "province", "region", "district", "county", "state", "city", "valley", "desert", "peninsula", "canal",
               "bridge", "building", "hall", "palace", "house", "court", "stadium", "park", "museum", "prize", "award",
               "cup", "league", "summit", "treaty", "agreement", "act", "bill", "operation", "exercise", "mission",
               "meeting", "conference", "talks", "session", "forum", "dialogue", "ceremony", "convention"}


def name_span(sent: Sentence, ent):
    """'Major General Per Pugholm Olsen' where the tagger took 'Pugholm Olsen': a given name
    between the title and the tagged name belongs to the name."""
    doc = ent.doc
    k = ent.start
    while k - 1 >= sent.span.start:
        t = doc[k - 1]
        if t.pos_ not in ("PUNCT", "DET", "PRON") and t.text[:1].isupper() and t.lower_ not in ROLE_NOUNS \
                and t.lower_ not in KEEP_ADJ and (t.ent_type_ not in ("ORG", "GPE", "NORP") or _ranked_given_name(t, ent.start)) \
                and t.lower_ not in HONORIFICS and not t.is_upper and t.lower_ not in PORTFOLIO \
                and t.lower_.rstrip(".") not in LEADING_RANKS:   # "Lt Col [Yosef Morris]": a rank
            k -= 1
        else:
            break
    if k < ent.start and k - 1 >= sent.span.start and doc[k - 1].lower_ == "the":
        k = ent.start   # "Chancellor of the [Exchequer] Gordon Brown": a body's name, no given name
    end = ent.end
    while end + 1 < sent.span.end and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and (doc[end + 1].text[:1].isupper() or (
                doc[end + 1].text.isalpha() and doc[end + 1].pos_ in ("PROPN", "NOUN", "X", "ADP")
                and (not getAllLemmas(doc[end + 1].lower_)   # not "Smith-led", "Paris-based"
                     or len(doc[end - 1].text) <= 3 and len(doc[end + 1].text) <= 3))):   # "Moon Jae-in"
        end += 2   # "Adeyemi-Obi", "Yoon Suk-yeol" cut at the hyphen by the tagger
    first = ent.start + (doc[ent.start].lower_ in HONORIFICS)   # "[Sheikh] Mohammed bin Abdulrahman Al Thani"
    while end < sent.span.end and (end - first < 4 or doc[end - 1].lower_ in NAME_PARTICLES and end - first < 6) \
            and (_name_goes_on(doc[end]) or (
            doc[end].lower_ in NAME_PARTICLES and doc[end].text.islower() and end + 1 < sent.span.end
            and _name_goes_on(doc[end + 1]))):
        end += 1   # "Premitha Bandara [Tennakoon]", "Ursula von [der Leyen]": the tagger stopped short
    if end != ent.end:
        ent = doc[ent.start:end]
    if k < ent.start and k - 1 >= sent.span.start and _title_ends_at(doc, k - 1, sent):
        return doc[k:ent.end]
    # 'Major-General Dany Fortin' or '(Secretary of) National Defense Ramon Villareal' tagged whole:
    # the title or portfolio is not part of the name
    start = ent.start
    while start < ent.end - 2 and (doc[start].text in ("-", "–") or has_role_noun([doc[start]])
                                   or doc[start].lower_ in KEEP_ADJ or doc[start].lower_ in PORTFOLIO):
        start += 1
    # "Chief [Patrol Agent John Modlin]": the name starts after the last office noun in the span
    inner = [k for k in range(start, ent.end - 2) if doc[k].lower_ in ROLE_NOUNS]
    if inner:
        start = inner[-1] + 1
    if ent.end - start >= 3 and start > sent.span.start and _ends_a_name(sent, doc[start - 1], doc[start], doc[start + 1]):
        start += 1   # "speaker of the Russian State [Duma] Vyacheslav Volodin": the article's "State Duma"
    return doc[start:ent.end] if start > ent.start else ent


def _ranked_given_name(t, start: int) -> bool:
    """'[General Mahamat] [Idriss Deby]': the tagger's body that is a rank and a given name, right
    before the person's tagged name, is the rank and the start of that name."""
    body = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    return body is not None and body.label_ == "ORG" and body.end == start and len(body) >= 2 \
        and body[0].lower_.rstrip(".") in LEADING_RANKS and all(
            w.text[:1].isupper() and w.text.isalpha() and w.lower_ not in ROLE_NOUNS for w in body[1:])


def _ends_a_name(sent: Sentence, before, first, second) -> bool:
    """Whether a name's first word ends the name before it, as the article writes it elsewhere
    ('the State Duma's Council' beside 'speaker of the State Duma Vyacheslav Volodin')."""
    if not (before.pos_ == "PROPN" and before.text[:1].isupper() and first.text[:1].isupper()) \
            or before.lower_ in ROLE_NOUNS or second.lower_ in NAME_PARTICLES:
        return False   # 'Prince [Alwaleed] bin Talal': the title and a particle name, not two names
    text = sent.doc.text
    return any(not text[m.end():].lstrip().startswith(second.text)
               for m in re.finditer(rf"\b{re.escape(before.text)}\s+{re.escape(first.text)}\b", text))


def _name_goes_on(t) -> bool:
    """A capitalised word right after a tagged name that is one more part of it."""
    months = {m.lower() for m in dates.MONTH_NAMES[1:]} | set(dates.WEEKDAYS)
    after_particle = t.i > 0 and t.doc[t.i - 1].lower_ in NAME_PARTICLES and t.doc[t.i - 1].text.islower()
    # "Atanasio Salvador [M’tumuke]" tagged a common noun: a capitalised word no dictionary knows
    unknown_noun = t.pos_ == "NOUN" and not getAllLemmas(t.lower_.replace("’", "'"))
    return (t.pos_ == "PROPN" or unknown_noun) and t.text[:1].isupper() and bool(re.fullmatch(r"[^\W\d_]+(?:['’][^\W\d_]+)?", t.text)) \
        and not t.is_upper and (t.ent_type_ in ("", "PERSON") or after_particle) \
        and t.lower_ not in ROLE_NOUNS and t.lower_ not in PORTFOLIO \
        and t.lower_ not in PLACE_HEADS and t.lower_ not in months and t.lower_ not in HONORIFICS \
        and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("'s", "’s") and t.ent_type_ == "")


def _title_ends_at(doc, k: int, sent: Sentence) -> bool:
    """Whether a title ends at token k: 'Secretary' or 'Secretary of Defense' before a name."""
    while k >= sent.span.start and (doc[k].lower_ in PORTFOLIO and doc[k].text[:1].isupper()
                                    or doc[k].lower_ in ("of", "for", "the")):
        k -= 1
    if k >= sent.span.start and doc[k].ent_type_ in ("GPE", "ORG") and doc[k].text[:1].isupper():
        # "Prime Minister of Pakistan [Imran] Khan": the country of the post, after its "of"
        j = k
        while j >= sent.span.start and doc[j].ent_type_ == doc[k].ent_type_ and doc[j].text[:1].isupper():
            j -= 1
        if j > sent.span.start and doc[j].lower_ in ("of", "for") and has_role_noun([doc[j - 1]]):
            return True
    return k >= sent.span.start and has_role_noun([doc[k]])


# the last words of bodies and places, which no name ends in
UNIT_WORDS = {"fleet", "command", "army", "navy", "force", "forces", "corps", "division", "brigade", "regiment",
              "battalion", "squadron", "headquarters", "ministry", "department", "agency", "police", "council",
              "committee", "commission", "academy", "base", "province", "district", "region"}


def _without_nickname(tokens):
    """'Robert 'Doc' Watson' is Robert Watson: a quoted nickname inside the name is no part of it."""
    quotes = [n for n, t in enumerate(tokens) if t.text in ("'", '"', "‘", "’", "“", "”") and 0 < n < len(tokens) - 1]
    if len(quotes) == 2 and quotes[1] - quotes[0] in (2, 3):
        return tokens[:quotes[0]] + tokens[quotes[1] + 1:]
    return tokens


def post_nominal(t) -> bool:
    """'MP', 'TD' written after a name: the member's seat."""
    return t.is_upper and t.lower_ in POST_NOMINALS


def clean_name(span) -> tuple[str, object, object] | None:
    tokens = [t for t in span if t.lower_ not in HONORIFICS and t.text not in ("'s", "’s")]
    tokens = _without_nickname(tokens)
    while len(tokens) > 2 and (post_nominal(tokens[-1]) or tokens[-1].is_upper and tokens[-1].lower_ in HONOUR_NOMINALS):
        tokens = tokens[:-1]   # "Ben Howe [TD]", "Peter Norton [GC]": the seat or the honour, not the name
    if not tokens:
        return None
    name = phrase(tokens)
    if re.search(r"\b[A-Z][a-z]{1,}\.$", name) and not re.search(r"\b(?:Jr|Sr|St)\.$", name):
        name = name[:-1]   # "said ISM survey chairman Norbert Ore.": the sentence's full stop, not the name's
    words = name.split()
    if any(ch.isdigit() for ch in name) or any(t.like_num or t.tag_ in ("VBZ", "VBD") for t in tokens):
        return None   # "President [Murmu Confers Eight Kirti Chakras]": a headline in title case, not a name
    if any(t.tag_ == "VBN" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or _adverb(t) for t in tokens):
        return None   # "Secretary-General [Deeply Gratified] by …": a headline's adverb and verb in title case
    if any(re.search(r"[a-z]{3}[A-Z]", w) for w in words):
        return None   # "Fogh RasmussenAfghanistanArmed ConflictsBarack Obama": a page's tags run together
    if not all(w[:1].isupper() or w.lower() in NAME_PARTICLES or w.lower().startswith(("al-", "el-"))
               for w in words):
        return None
    if all(w.lower() in ROLE_NOUNS for w in words) or words[-1].lower() in ROLE_NOUNS | RANK_WORDS | UNIT_WORDS:
        return None   # "Chairman [Joint Chief] of Staff", "Press Secretary [Navy Rear] Admiral X", "Commander
        # [Pakistan Fleet]": never a name's end
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 3:
        return None   # "Chairman DRDO Dr …": an acronym is a body, not a person
    return name, tokens[0], tokens[-1]


def _adverb(token) -> bool:
    """'Deeply', 'Strongly': an adverb made of an adjective, never a name ('Kelly', 'Emily' are not)."""
    word = token.lower_
    if token.tag_ != "RB" or not word.endswith("ly") or len(word) <= 5:
        return False
    bases = [word[:-2]] + ([word[:-3] + "y"] if word.endswith("ily") else [])   # "deep", "heavy"
    return any("ADJ" in getAllLemmas(base) for base in bases)
