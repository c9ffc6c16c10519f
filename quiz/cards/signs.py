"""Signs in a card's source sentence and question that say whether the card can be
trusted: a photo caption, a garbled source, an aside pulled in, a time the question lost,
an answer the question gives away. Plain text patterns; the facts stage's parse is not
needed for them.
"""
from __future__ import annotations

import re

from ..facts.model import Fact
from ..normalise import PHOTO_POSITION, WORDS, key_words
from .wording import is_money


ASIDE = re.compile(r"\s[—–]\s(.{3,120}?)\s[—–]\s")   # "The first of the jets — Tejas means … — were commissioned"


def aside_in(evidence: str, question: str) -> bool:
    """'the first of the jets Tejas means brilliance in Hindi commissioned': the question took in
    an aside the sentence set between dashes."""
    asked = " " + " ".join(key_words(question)) + " "
    return any(len(words) >= 2 and f" {' '.join(words[:3])} " in asked
               for words in (key_words(m.group(1)) for m in ASIDE.finditer(evidence)))


def listed(fact: Fact, after: str) -> bool:
    """A count whose sentence lists what it counts ('_____ nations, including Belgium, Canada and
    Denmark'): the answer can be counted off the card."""
    if fact.type != "quantity" or fact.value is None or not 2 <= fact.value <= 40:
        return False
    m = re.search(r"(?:\bincluding|\bnamely|:)\s+(.+)", after)
    if not m:
        return False
    items = [w.strip() for w in re.split(r",\s*(?:and\s+)?|\s+and\s+", re.split(r"[.;]\s", m.group(1))[0])]
    named = 0
    for item in items:   # the list runs until the clause goes on ("…, Finland, joined the exercise")
        if not re.match(r"(?:the\s+)?[A-Z]", item):
            break
        named += 1
    return named == int(fact.value)


TIME_WORDS = re.compile(r"\b(?:(?:1[89]|20)\d\d|this (?:year|month|week)|last (?:year|month|week)|next (?:year|month)|"
                        r"so far|to date|annually|each year|a year|per year)\b", re.I)


def time_lost(evidence: str, question: str) -> bool:
    said = {m.group(0).lower() for m in TIME_WORDS.finditer(evidence)}
    asked = {m.group(0).lower() for m in TIME_WORDS.finditer(question)}
    return bool(said - asked)


SCALE_WORDS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "bn": 1e9, "bln": 1e9,
                "billion": 1e9, "tn": 1e12, "trillion": 1e12}


SCALED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|mln|mn|m|million|bln|bn|billion|tn|trillion)\b", re.I)


def leaks(question: str, answer: str, fact: Fact) -> bool:
    """The question gives the answer away: all of it, or, when the answer is a person, the family
    name ('Who was the president of Barnard's Retail Consulting Group?': Kurt Barnard)."""
    q = " " + " ".join(key_words(question)) + " "
    a = key_words(answer)
    if not a:
        return False
    if f" {' '.join(a)} " in q:
        return True
    return fact.type == "person_role" and a == key_words(fact.person or "") and len(a) >= 2 \
        and len(a[-1]) >= 3 and f" {a[-1]} " in q


# "Minister X (L) and General Y (2R) shake hands …": a photo caption, worded for the picture
# "Sheikh X, left, Vice-President of …, attends …": the same, with commas
CAPTION = re.compile(PHOTO_POSITION.pattern + "|"
                     # "… at the airport in Mogadishu, December 20, 2011.": a photo's place and date
                     r"(?<!day),\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})\.?\s*$|"
                     r", (?:(?:second |third |far |front |back )?(?:left|right)|cent(?:re|er)), ", re.I)


# a sentence the source garbled, which a card would copy: "crossing points- at Vaalimaa" (a dash run
# into the next word), "a Taliban’s spokesman" (an article before a name's possessive)
BROKEN = re.compile(r"[a-z][-–] (?!and\b|or\b|to\b|und\b)[a-z]|\b(?:a|an) [A-Z][a-z]+[’']s [a-z]"
                    r"|[a-z0-9]{2}\.[A-Z][a-z]{2}")   # "… until December 2018.The Air Task Force …": sentences run together


# "111 trillion yen (about $1.01 trillion)": a conversion of the figure before it
CONVERTED = re.compile(r"(?:\d|\b(?i:thousand|million|billion|trillion|bn|m|yen|euros?|dollars?|pounds?|"
                        r"rupees?|yuan|roubles?|rubles?)|\b[A-Z]{3})\s*\(\s*(?i:about|around|roughly|approximately|"
                        r"some|over|nearly|almost|or|approx\.?|~)?\s*(?:[A-Z]{1,3})?[$€£¥₹]?\s*$")


def conversion(fact: Fact) -> bool:
    """A money figure in brackets right after another: the same amount in another currency."""
    if fact.type != "quantity" or not is_money(fact):
        return False
    src = fact.sources[0]
    return bool(CONVERTED.search(src.evidence[:src.span_start - src.start]))


# "instead of the -born Liebeneberg", "a -long ceasefire": a word lost its first half
# "the -born Liebenberg", "involved in the of ammunition depots": a word of the clause lost
CUT_WORD = re.compile(r"(?:^|\s)[-–]\w|\w[-–](?=\s|\?|$)|\b(?:the|a|an) (?:of|in|on|at|to|for|and|by|with)\b(?!-)")


RELATIVE_TIME = re.compile(r"\b(?:this|last|next|coming|past) (?:year|month|week|season|spring|summer|autumn|fall|"
                           r"winter|weekend)(?:'s)?\b|\b(?:today|yesterday|tomorrow|tonight|currently|now)\b", re.I)


# "… wounded in Kidal region saturday?": which Saturday, a question cannot say
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


SUPERLATIVE = re.compile(r"\b(?:first|last|most|least|biggest|largest|greatest|highest|lowest|longest|worst|best|"
                         r"deadliest|heaviest|strongest|fastest|newest|oldest|only)\b", re.I)


MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


DAY_NAMED = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)? {MONTH}|{MONTH} \d{{1,2}}(?:st|nd|rd|th)?)\b|\b\d{{1,2}}/\d{{1,2}}\b")


# "out of the total budget of N443.0 billion, N130.8 billion …, representing 29.5%": the share is
# worked out from the two amounts the sentence gives
_SHARE_OF = re.compile(r"\bout of\b|\bof (?:the|a|its) total\b", re.I)
_AMOUNT = re.compile(r"(?<![\w.])[^\s\d]{0,3}\d[\d,.]*\s*(?:billion|million|trillion|bn|tn|m)\b", re.I)


def share_given(evidence: str, span: tuple[int, int]) -> bool:
    """Whether a sentence gives both the part and the whole its percentage is the share of."""
    rest = evidence[:span[0]] + " " + evidence[span[1]:]
    return bool(_SHARE_OF.search(rest)) and len(_AMOUNT.findall(rest)) >= 2


_COUNT = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)|\b(" + "|".join(sorted(WORDS, key=len, reverse=True))
                    + r")\b", re.I)


def sum_given(evidence: str, span: tuple[int, int], value) -> bool:
    """'_____ soldiers including 186 men and two women': a count the sentence's other counts add up to."""
    if value is None or value < 3:
        return False
    rest = evidence[:span[0]] + " " + evidence[span[1]:]
    parts = [int(m.group(1).replace(",", "")) if m.group(1) else WORDS[m.group(2).lower()] for m in _COUNT.finditer(rest)]
    parts = [n for n in parts if not 1900 <= n <= 2100]   # years are no parts
    return len(parts) >= 2 and any(sum(parts[i:j]) == value for i in range(len(parts))
                                   for j in range(i + 2, len(parts) + 1))


# "Sea Breeze 2016", "RIMPAC 2018": a year that ends a name the facts stage kept in the subject
NAME_YEAR = re.compile(rf"\b(?!{MONTH}\b)[A-Z][\w-]* (?:1[89]|20)\d\d\b")


def names_a_date(question: str, subject: str) -> bool:
    """Whether the question names a year or a day, besides a year that is part of its subject's name."""
    for m in NAME_YEAR.finditer(subject or ""):
        question = question.replace(m.group(0), "")
    return bool(YEAR.search(question) or DAY_NAMED.search(question))


MEDIA = re.compile(r"\b(?:News|Broadcasting|Press|Television|Radio|Newspaper|Times|Herald|Gazette)\b(?! of\b)")


# "Russian investigators believe X received around $100,000": a belief or a claim, not a fact
BELIEF = re.compile(r"\b(?:believes?|believed|alleges?|alleged|claims?|claimed)\s+(?:that\s+)?"
                    r"(?:[A-Z][\w’'-]*|he|she|they|it|the|a|an)\b")   # a verb and the clause it gives


def believed(fact: Fact, question: str) -> bool:
    """The source gives the answer only as someone's belief or claim, which the question drops."""
    if fact.type not in ("date", "quantity"):
        return False   # a post beside a quote ("'I believe …,' Admiral X, commander of …, said") is not believed
    src = fact.sources[0]
    return bool(BELIEF.search(src.evidence[:src.span_start - src.start])) and not BELIEF.search(question)


# "How many other nations use Patriot?": other than what the sentence before named;
# "… passed its version?": a version of what
# "How much did the Ministry of Education get?": every country has one; "… publish this content?": which
UNANCHORED = re.compile(r"^How many other\b|\b(?:this|these|those) (?!year|month|week|season)[a-z]+|\b(?:its|their) (?:own )?(?:version|share|part|portion|copy|draft|half|"
                        r"rest|remainder|bulk|majority)\?$|"
                        r"\bthe (?:Ministry|Department|Office|Minister|Secretary) (?:of|for) (?:the )?[A-Z][a-z]+"
                        r"(?:,? (?:and )?[A-Z][a-z]+)*(?! of\b)(?! [A-Z])")


_OBJECT_ENDS = {"to", "on", "in", "at", "for", "of", "from", "with", "by", "into", "over", "against", "after", "before",
                "as", "near", "during", "under", "across", "since"}
_FEW = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}


def vague_object(rest: str) -> bool:
    """'sent a report to Congress', 'charged six hackers', 'bought the club': the object is one of
    many such things (a bare noun after 'a', 'the' or a small count) and nothing after it says which."""
    words = rest.split()
    noun = []
    for w in words:
        if w.lower() in _OBJECT_ENDS:
            break
        noun.append(w)
    if len(noun) < 2 or not (noun[0].lower() in ("a", "an", "the") or noun[0].lower() in _FEW):
        return False
    body = noun[1:]
    if noun[0].lower() == "the" and (len(body) > 3 or body[-1].endswith("s")):
        return False   # "visited the troops": the article's troops, as a reader takes them
    return len(body) <= 3 and all(w.isalpha() and w.islower() for w in body) and len(words) - len(noun) <= 3


_QUALIFIERS = r"(?:believed|suspected|accused|thought|alleged|said|reported|linked|understood|known)"


def qualifier_dropped(fact: Fact, question: str) -> bool:
    """'charged six hackers believed to be officers of …' asked as 'How many hackers did X charge?':
    the words that say which hackers are left out."""
    unit = (fact.unit_text or "").strip()
    if fact.type != "quantity" or not unit:
        return False
    m = re.search(rf"\b{re.escape(unit)}\s+({_QUALIFIERS})\b", fact.evidence)
    if m and m.group(1) not in question:
        return True
    # "In Illinois, Ascension runs 15 hospitals": the place the count is for, opening the sentence
    place = _OPENING_PLACE.match(fact.evidence)
    return bool(place) and place.group(1) not in question


_OPENING_PLACE = re.compile(rf"\s*In (?!{MONTH}\b|(?i:{WEEKDAY.pattern})|(?:"
                            rf"Total|All|Addition|Contrast|Fact|Particular|Short|General|Turn|Response|Return)\b)"
                            r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}),")


# words that every country's bodies are named with: "Cyber Command", "the Coast Guard", "Border Force"
_BODY_WORDS = {"cyber", "space", "command", "force", "forces", "guard", "coast", "border", "army", "navy", "air",
               "police", "ministry", "agency", "service", "services", "corps", "fleet", "council", "court",
               "department", "office", "commission", "committee", "government", "parliament", "defence", "defense",
               "joint", "task", "special", "national", "security", "intelligence", "federal", "central", "state",
               "marine", "marines", "reserve", "staff", "general", "headquarters", "operations", "military", "armed"}


def generic_body(subject: str | None, question: str) -> bool:
    """'On which date was Cyber Command officially activated?': a body every country has, named by
    no country or other name anywhere in the question."""
    words = re.findall(r"[\w'’-]+", subject or "")
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not all(w[:1].isupper() and w.lower() in _BODY_WORDS for w in words):
        return False
    rest = question.replace(subject or "", " ").split()[1:]
    return not any(w[:1].isupper() for w in rest)
