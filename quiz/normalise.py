"""Normalisation every stage shares: folded text, content-word keys, person and
role keys, and number words.

Fact ids, the cross-article merge, the cards stage and the exports all key
things the same way, so they import these functions from here rather than
from one another.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal

STOPWORDS = {
    "a", "an", "the", "of", "for", "and", "to", "in", "on", "at", "by", "with", "from", "its",
    "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "s", "'s",
    "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "do", "did",
    "will", "would", "it", "they", "we", "he", "she", "which", "who", "also", "as", "up",
}
SYNONYMS = {"adviser": "advisor", "defense": "defence", "program": "programme",
            "organization": "organisation", "secretary-general": "secretary general",
            "u.s.": "us", "united states": "us", "usa": "us", "u.k.": "uk",
            "establish": "start", "launch": "start", "set up": "start", "begin": "start"}


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, no accents, plain quotes and spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text.lower()).strip()


def demonym(word: str) -> str:
    """'iraqi' -> 'iraq', 'pakistani' -> 'pakistan': one key for a country and its adjective."""
    if len(word) > 4 and word.endswith("i") and not word.endswith("ii"):
        return word[:-1]
    return word


_SYNONYM_PATTERNS = [(re.compile(rf"(?<![a-z]){re.escape(a)}(?![a-z])"), b) for a, b in SYNONYMS.items()]


def key_words(text: str) -> list[str]:
    """Content words of a phrase, normalised, in order and without repeats."""
    return list(_key_words(text))


@functools.lru_cache(maxsize=1 << 16)
def _key_words(text: str) -> tuple[str, ...]:
    t = fold(text)
    for pattern, b in _SYNONYM_PATTERNS:
        t = pattern.sub(b, t)
    words = re.findall(r"[a-z0-9]+", t.replace("'s", ""))
    out = []
    for w in words:
        w = SYNONYMS.get(w, w)
        w = demonym(w)
        if w not in STOPWORDS and w not in out:
            out.append(w)
    return tuple(out)


def subject_key(*parts: str) -> str:
    return " ".join(" ".join(key_words(p)) for p in parts if p).strip()



def _skeleton(word: str) -> str:
    """'haider' and 'haidar' -> 'hdr'; 'qasim' and 'qassim' -> 'qsm': vowels and doubled letters
    are where transliterations of one name differ."""
    word = re.sub(r"[^a-z]", "", word)
    consonants = word[:1] + re.sub(r"[aeiouy]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", consonants)


# military ranks: with a service or a country before them ("US Navy Admiral") they say what a
# person is, not which post they hold, so a question cannot ask "Who was US Navy Admiral?"
MILITARY_RANKS = {"admiral", "adm.", "general", "gen.", "colonel", "col.", "major", "maj.", "captain", "capt.",
                  "lieutenant", "lt.", "brigadier", "brig.", "commodore", "sergeant", "sgt.", "major-general",
                  "lieutenant-general", "lieutenant-colonel", "corporal", "cpl.", "private", "pvt.", "vice-admiral",
                  "rear-admiral"}
SERVICES = {"navy", "army", "air", "force", "marine", "marines", "corps", "coast", "guard", "naval"}
RANK_WORDS = {"rear", "vice", "senior", "retired", "ret.", "four-star", "three-star", "two-star", "royal"}
SHORT_RANKS = {"lt", "gen", "col", "maj", "capt", "adm", "brig", "cdr", "cmdr", "sgt", "cpl", "pvt", "lieut"}   # "Lt", "Gen"
AIR_RANKS = {"wing commander", "squadron leader", "group captain", "flight lieutenant", "air commodore", "air marshal",
             "air vice marshal", "air vice-marshal", "air chief marshal", "flying officer", "pilot officer"}
# ranks whose last word is also a post: a navy's "Lieutenant Commander", an air force's "Wing Commander"
COMPOUND_RANKS = AIR_RANKS | {"lieutenant commander", "lieutenant-commander"}


def rank_title(role: str) -> bool:
    """'US Navy Admiral', 'Army General', 'Royal Navy Commodore', 'Major General': a rank,
    not a post ('Attorney General' names no service, so it stays a post)."""
    raw = role.replace(",", " ").split()
    words = [fold(w) for w in raw]
    if "," not in role and any(" ".join(words[i:]) in COMPOUND_RANKS and all(r[:1].isupper() for r in raw[:i])
                               for i in range(len(words))):
        return True   # "Wing Commander", "IAF Air Marshal", "Lieutenant Commander"
    if not words or words[-1] not in MILITARY_RANKS:
        return False
    lead = list(zip(raw[:-1], words[:-1]))
    if all(w in MILITARY_RANKS or w in RANK_WORDS for _, w in lead):
        return True
    if any(w in MILITARY_RANKS for _, w in lead) and all(r[:1].isupper() for r, _ in lead):
        return True   # "Jordanian Brigadier General": a rank with its country
    return any(w in SERVICES for _, w in lead) and all(
        w in SERVICES or w in MILITARY_RANKS or w in RANK_WORDS or r[:1].isupper() for r, w in lead)


NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
# a member's seat written after the name: "Jane Roe MP", "Ben Howe TD (Labour)"
POST_NOMINALS = {"mp", "td", "mep", "msp", "mla", "mpp", "mna", "mhk"}
# honours written after a name: "Major Peter Norton GC", "Capt Rambahadur Limbu VC"
HONOUR_NOMINALS = {"vc", "gc", "mc", "dso", "mbe", "obe", "cbe", "kbe", "dbe", "qc", "kc", "ksc", "dfc", "qgm", "cgc"}


def person_key(name: str) -> str:
    """Spelling variants of one name share a key: the given name's consonants and the family name."""
    words = [w for w in re.split(r"[\s]+", fold(name)) if w]
    while len(words) > 2 and words[-1].strip(".,") in NAME_SUFFIXES:
        words = words[:-1]   # "Lloyd J. Austin III" is "Lloyd Austin"
    if not words:
        return ""
    family = re.sub(r"[^a-z0-9]", "", words[-1])
    if len(words) >= 2 and words[-2] in {"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "le", "la"}:
        family = words[-2] + family
        words = words[:-1]
    family = re.sub(r"^(al|el)(?=[a-z]{3})", "", family)
    return f"{_skeleton(words[0])} {family}" if len(words) > 1 else family


def role_key(role: str) -> str:
    """Word order does not change an office: 'Prime Minister of Iraq' = 'Iraqi Prime Minister'."""
    return " ".join(sorted(key_words(role)))


# what kind of post a role is, by its head word: a wrong option for a mayor is another mayor,
# for a defence minister another minister or secretary, not a president
POST_CLASSES = {
    "minister": "minister", "secretary": "minister", "commissioner": "minister",
    "president": "leader", "premier": "leader", "chancellor": "leader", "king": "leader", "queen": "leader",
    "emir": "leader", "leader": "leader",
    "chief": "chief", "head": "chief", "director": "chief", "chairman": "chief", "chairwoman": "chief",
    "chair": "chief", "executive": "chief", "ceo": "chief", "boss": "chief", "founder": "chief",
    "commander": "commander", "general": "commander", "admiral": "commander", "marshal": "commander",
    "ambassador": "envoy", "envoy": "envoy", "representative": "envoy", "consul": "envoy",
    "mayor": "local", "governor": "local",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
}
_POST_LINKS = re.compile(r"\s(?:of|for|to|at|in|on|with)\s.*$", re.I)


def post_class(role: str) -> str:
    """'Russia's deputy prime minister' -> 'minister', 'mayor of Melitopol' -> 'local',
    'NATO Secretary General' -> 'minister': the kind of post, from the head word before any
    'of …' or 'to …'; a head word outside the classes is its own class."""
    head = _POST_LINKS.sub("", fold(role))
    words = re.findall(r"[a-z]+", head)
    if len(words) >= 2 and words[-2] == "secretary" and words[-1] == "general":
        words = words[:-1]
    for word in reversed(words):
        if word in POST_CLASSES:
            return POST_CLASSES[word]
    return words[-1] if words else ""


SPELLED_RANKS = {"gen": "General", "lt": "Lieutenant", "lieut": "Lieutenant", "col": "Colonel", "maj": "Major",
                 "capt": "Captain", "brig": "Brigadier", "adm": "Admiral", "cmdr": "Commander", "cdr": "Commander",
                 "sgt": "Sergeant", "cpl": "Corporal", "pvt": "Private", "pte": "Private", "spc": "Specialist"}


SPELLED_TITLES = {"rep.": "Representative", "sen.": "Senator", "gov.": "Governor"}


def spelled_rank(role: str) -> str:
    """'Brig. Gen.' -> 'Brigadier General', 'Maj.' -> 'Major', 'Rep.' -> 'Representative': a rank or
    title written short, written out, as a reader says it and as most of the blind sets' annotators
    write it. Anything but a rank or title alone is left as printed."""
    if fold(role) in SPELLED_TITLES:
        return SPELLED_TITLES[fold(role)]
    words = role.split()
    if not any(fold(w).rstrip(".-") in SPELLED_RANKS for w in words) or not all(
            fold(w).rstrip(".-") in SPELLED_RANKS or fold(w) in MILITARY_RANKS or fold(w) in RANK_WORDS
            or fold(w) == "lance" for w in words):
        return role
    return " ".join(SPELLED_RANKS.get(fold(w).rstrip(".-"), w) for w in words)   # "Lt.- Gen." too


# --------------------------------------------------------------------------- numbers

# words that hedge a figure, longest first, with the label a card shows: "more than 50 troops",
# "exceeds 2,000": the facts stage reads them, the cards stage recognises them in a clause
FIGURE_HEDGES = [("up to a total of", "up to"), ("more than", "more than"), ("less than", "less than"), ("fewer than", "fewer than"),
                 ("up to", "up to"), ("at least", "at least"), ("close to", "close to"),
                 ("upwards of", "upwards of"), ("an estimated", "an estimated"), ("estimated at", "estimated at"),
                 ("around", "around"),
                 ("about", "about"), ("some", "some"), ("nearly", "nearly"), ("almost", "almost"),
                 ("approximately", "approximately"), ("roughly", "roughly"), ("over", "over"),
                 ("estimated", "estimated"), ("just under", "just under"), ("just over", "just over"),
                 ("as many as", "as many as"), ("as much as", "as much as"), ("exceed", "more than"),
                 ("exceeds", "more than"), ("surpass", "more than"), ("surpasses", "more than")]

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
         "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90, "dozen": 12, "dozens": 12}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,   # South Asian scales
          "mln": 1_000_000, "bln": 1_000_000_000, "trln": 1_000_000_000_000, "tn": 1_000_000_000_000}   # wire style
# the scale words the short forms stand for: "£3.1m" is "£3.1 million"
SCALE_NAMES = {"m": "million", "mn": "million", "mln": "million", "bn": "billion", "bln": "billion",
               "k": "thousand", "trln": "trillion", "tn": "trillion"}


_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$|^\d{1,2}(?:,\d\d)+,\d{3}$")
_FIGURE = re.compile(r"^\d{1,3}(?:([,.])\d{3})(?:\1\d{3})*$|^\d+(?:\.\d+)?$")

def parse_number(text: str) -> float | int | None:
    t = text.lower().replace("\u00a0", "")
    grouped = _GROUPED.match(t)
    if grouped:   # "1,801.34", and the South Asian "3,00,000": commas group, the point is a fraction
        value = Decimal(t.replace(",", ""))
        return int(value) if value == value.to_integral_value() else float(value)
    m = _FIGURE.match(t)
    if m:
        if m.group(1) or t.isdigit():
            return int(re.sub(r"[,.]", "", t))    # exact, however many digits
        value = Decimal(t)
        return int(value) if value == value.to_integral_value() else float(value)
    if t in WORDS:
        return WORDS[t]
    if "-" in t:
        parts = t.split("-")
        if all(p in WORDS for p in parts):
            return sum(WORDS[p] for p in parts)
    return None


# "Minister X (L) and General Y (2R) shake hands", "Vice Adm. X (middle) attends …": a photo's
# caption names who stands where (the documents stage drops such lines; cards never quote them);
# "Maj Gen. (r) X" is retired, not on the right
PHOTO_POSITION = re.compile(r"\((?:(?-i:\d?[LRC])|left|right|cent(?:re|er)|middle|front|back|top|bottom)\)|"
                            r"\((?:from (?:left|right)|left to right|l-r|r-l)\)|"
                            # "Prime Minister X, second from left, attends …", "Adm. X, left, and Adm. Y render honors",
                            # "Pictured here, Lt. X inventories …"
                            r",\s*(?:(?:second|third|fourth|fifth)\s+from\s+)?(?:left|right)\s*,|(?:^\W*|[.!?]\s+)pictured\b", re.I)
