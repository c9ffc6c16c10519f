"""Figures as written: number spans, their values (figures or words), hedges such
as "more than", currencies, ranges, and the dates a number belongs to.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .. import dates
from ..normalise import FIGURE_HEDGES as HEDGES, SCALES, WORDS, parse_number
from .context import Sentence


CURRENCY = {"$": "US dollars", "us$": "US dollars", "€": "euros", "£": "pounds", "usd": "US dollars",
            "eur": "euros", "gbp": "pounds", "rs": "rupees", "rs.": "rupees"}


SYMBOLS = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees", "¢": "cedis"}


# "GH¢85", "US$1,450"; and a currency's letter with a scale ("N1.3tn", "N869.121bn", "P50" before "billion")
GLUED = re.compile(r"^([A-Z]{0,3}[$€£¥₹¢]|(?:N|P|R|Rs\.?|KSh|Ksh)(?=\d[\d,.]*(?:bn|tn|m)?$))(\d[\d,.]*?)(bn|tn|m)?$")
LETTER_CURRENCIES = {"n": "naira", "p": "pesos", "r": "rand", "rs": "rupees", "rs.": "rupees", "ksh": "shillings"}
WORD_SIGNS = {"rs", "rs.", "ksh"}   # letters that only ever sign a sum: "Rs4,830 in cash" needs no scale
SUFFIXED = re.compile(r"^(\d[\d,.]*)(bn|bln|mln|tn|m|k|billion|million|trillion)$", re.I)   # "£15bn", "$3m": the scale glued to the figure
SOUTH_ASIAN = {"lakh", "lakhs", "crore", "crores"}
SHORT_SCALES = {"mln", "bln", "trln", "tn", "bn"}   # "$98 bln", "3 mln euros": the parser tags them nouns


# ISO 4217 codes written before an amount ("PHP 28 billion")
ISO_CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CNY", "INR", "PHP", "NGN", "GHS", "CAD", "AUD", "CHF", "SEK",
                  "NOK", "DKK", "PLN", "TRY", "RUB", "UAH", "ZAR", "KES", "BRL", "MXN", "COP", "KRW", "SAR",
                  "AED", "QAR", "KWD", "ILS", "EGP", "PKR", "IDR", "MYR", "SGD", "THB", "VND", "NZD", "CZK",
                  "HUF", "RON", "BGN", "ISK", "TWD", "HKD", "ARS", "CLP", "PEN", "XOF", "XAF", "MAD", "TND"}


CURRENCY_WORDS = {"dollars", "euros", "pounds", "yen", "yuan", "rupees", "pesos", "francs", "roubles", "rubles",
                  "naira", "cedis", "shillings", "dinars", "dirhams", "riyals", "lira", "won", "rand",
                  "kronor", "kroner", "zlotys", "hryvnias", "ringgit", "baht", "rupiah", "dong", "reais"}


# "$US300 billion", "$A1.2m": the sign, then the country's letters, which the tokenizer keeps with the figure
SIGN_THEN_CODE = re.compile(r"^(US|A|NZ|C|HK|S)(\d[\d,.]*(?:bn|tn|m)?)$")


def glued_money(tok):
    """A figure glued to its currency in one token ("US$1,450", "N1.3tn"); a currency's letter
    only with a scale, glued or next ("P50 billion"), so "the P50 rifle" is no sum."""
    code = SIGN_THEN_CODE.match(tok.text)
    if code and tok.i > 0 and tok.doc[tok.i - 1].text == "$" and not tok.doc[tok.i - 1].whitespace_:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        scale = nxt.text if nxt is not None and not tok.whitespace_ and nxt.text in ("bn", "tn", "m") else ""
        return GLUED.match(f"{code.group(1)}${code.group(2)}{scale}")   # read as "US$300", "A$1.2m"
    m = GLUED.match(tok.text)
    if m and m.group(1)[-1].isalpha() and not m.group(3):
        if m.group(1).lower() in WORD_SIGNS and re.fullmatch(r"\d{1,3}(?:,\d{3})+", m.group(2)):
            return m
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return m if nxt is not None and nxt.lower_ in SCALES and nxt.lower_ not in ("m", "k") else None
    return m


def currency_name(text: str, glued_letter: bool = False) -> str | None:
    """'$' -> 'US dollars', 'A$' -> 'A dollars', 'GH¢' -> 'GH cedis', 'EUR' -> 'euros', 'PHP' -> 'PHP'."""
    if text.lower() in CURRENCY:
        return CURRENCY[text.lower()]
    if text.lower() in LETTER_CURRENCIES and glued_letter:
        return LETTER_CURRENCIES[text.lower()]
    if text in ISO_CURRENCIES:
        return text
    m = re.match(r"^([A-Z]{0,3})([$€£¥₹¢])$", text)
    if not m:
        return None
    prefix = "US" if m.group(1) in ("", "US") and m.group(2) == "$" else m.group(1)
    return " ".join(w for w in (prefix, SYMBOLS[m.group(2)]) if w)


def number_span(tok):
    """The tokens of one number ('1.5 million', 'five hundred', 'twenty-five')."""
    doc = tok.doc
    i, j = tok.i, tok.i
    while j + 1 < len(doc):
        nxt = doc[j + 1]
        if (nxt.lower_ in SCALES or nxt.lower_ in WORDS) and nxt.pos_ == "NUM" or nxt.lower_ in SOUTH_ASIAN or (
                nxt.lower_ in SHORT_SCALES and doc[j].like_num):
            j += 1   # the parser tags "crore" a noun
        elif scale_word(nxt) and not doc[j].whitespace_ and doc[j].like_num:
            j += 1   # "$5.4M", "£3.1m": the scale glued to the figure, "passed €51m." at a sentence's end
        elif _space_grouped(doc, i, j):
            j += 1   # "3 276 uniformed personnel": thousands grouped with a space
        elif nxt.text == "-" and j + 2 < len(doc) and doc[j].lower_ in WORDS and (
                doc[j + 2].lower_ in WORDS or doc[j + 2].lower_ in SCALES):
            j += 2   # "Forty-six", "One-hundred", split by the tokenizer
        else:
            break
    return doc[i:j + 1]


def scale_word(tok) -> str | None:
    """The scale a token writes, lower-cased: 'm' of 'M', and of 'm.' when the full stop ends the
    sentence ('passed €51m.'), which the tokenizer keeps on the abbreviation."""
    low = tok.lower_
    if low.endswith(".") and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].is_title or tok.doc[tok.i + 1].is_space):
        low = low[:-1]
    return low if low in SCALES else None


def _space_grouped(doc, i: int, j: int) -> bool:
    """Whether the token after j is the next group of three digits of one figure ('3 276')."""
    return j + 1 < len(doc) and doc[j].whitespace_ == " " and re.fullmatch(r"\d{3}", doc[j + 1].text) is not None \
        and re.fullmatch(r"\d{1,3}" if j == i else r"\d{3}", doc[j].text) is not None


def figure_value(span, first: str | None = None) -> float | int | None:
    """The figure's value: exact for whole numbers of any size ("£4.35m" is 4,350,000, never
    4,349,999.999…); a fraction only where the text gives one; None past LARGEST."""
    total, current = Decimal(0), None
    after_scale = False
    for n, t in enumerate(span):
        if t.text == "-":
            continue
        low = first.lower() if first and n == 0 else scale_word(t) or t.lower_
        if low in SCALES and after_scale and current is None:
            total *= SCALES[low]   # "1 lakh crore": a scale of a scale
            continue
        after_scale = low in SCALES
        if low in SCALES:
            current = (current if current is not None else Decimal(1)) * SCALES[low]
            if SCALES[low] >= 1000:
                total += current
                current = None
        else:
            v = parse_number(low)
            if re.fullmatch(r"\d{1,3}\.\d{3}", low) and n + 1 < len(span) and span[n + 1].lower_ in SCALES:
                v = float(low)   # "$17.645 billion": before a scale the point is a decimal point, not a grouping
            if v is None:
                return None
            if isinstance(v, int) and v >= LARGEST:
                return None
            if n > 0 and current is not None and re.fullmatch(r"\d{3}", low) and span[n - 1].text.isdigit():
                current *= 1000   # "3 276": the next group of three digits
            current = (current or 0) + Decimal(str(v) if isinstance(v, float) else v)
    total += current or 0
    return scaled(total, 1)


LARGEST = 10 ** 15   # beyond this a figure is not a count or sum a quiz asks for: no fact


def scaled(value: float | int, factor: int) -> float | int | None:
    """``value`` times a scale word, exactly ("4.35" and "m" give 4,350,000); None past LARGEST."""
    total = Decimal(str(value) if isinstance(value, float) else value) * factor
    if abs(total) >= LARGEST:
        return None
    return int(total) if total == total.to_integral_value() else float(total)


def hedge_of(sent: Sentence, first) -> tuple[str | None, int]:
    doc = first.doc
    if first.i > sent.span.start and (doc[first.i - 1].lower_ in CURRENCY or doc[first.i - 1].text in ISO_CURRENCIES):
        first = doc[first.i - 1]    # "about $3.9 billion", "around CHF 2.9 billion": the hedge comes before the currency
    if first.i - 2 >= sent.span.start and doc[first.i - 1].text == "(" and first.i >= 2:
        converted = _converted_from(sent, doc[first.i - 2])
        if converted is not None:   # "approximately 18 trillion won ($13.5 billion)": the sum it converts shares its hedge
            return hedge_of(sent, converted)
    window = [t for t in doc[max(sent.span.start, first.i - 5):first.i] if not t.is_punct]
    before = " ".join(t.lower_ for t in window)
    for phrase_, label in HEDGES:
        if re.search(rf"(?:^|\s){re.escape(phrase_)}$", before):
            lead = window[-len(phrase_.split())]
            if phrase_ == "over" and lead.dep_ == "prep" and lead.i > 0 and doc[lead.i - 1].pos_ in ("NOUN", "PROPN"):
                return None, first.i   # "shot down 18 drones over four regions": a place, not a hedge
            if phrase_ == "over" and lead.dep_ == "prt":
                return None, first.i   # "handed over 14 team sites": the verb's particle
            return label, lead.i
    return None, first.i


def _converted_from(sent: Sentence, last):
    """The first number of the money figure that ends at `last` ('18 trillion won' of '… won ($13.5
    billion)'), or None when `last` ends no sum in a currency word."""
    if last.lower_ not in CURRENCY_WORDS:
        return None
    k = last.i - 1
    doc = last.doc
    while k >= sent.span.start and (doc[k].lower_ in SCALES or doc[k].like_num and not doc[k].is_alpha):
        k -= 1
    return doc[k + 1] if k + 1 < last.i and doc[k + 1].like_num else None


MEASURES = {"pounds", "tons", "tonnes", "ounces", "grams", "kilograms", "kilos", "gallons", "litres", "liters",
            "barrels", "miles", "kilometres", "kilometers", "feet", "metres", "meters", "acres", "hectares"}


def in_range(doc, first, last) -> bool:
    """'12 to 15', 'between 9,000 and 12,000', '10-12': a figure that is one end of a range."""
    def num(t):
        return t.like_num or t.pos_ == "NUM"
    before = doc[first.i - 1] if first.i > 0 else None
    before2 = doc[first.i - 2] if first.i > 1 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    after2 = doc[last.i + 2] if last.i + 2 < len(doc) else None
    if after is not None and after2 is not None and after.lower_ in ("to", "-", "–", "and", "or") and num(after2) \
            and after2.lower_ not in SCALES:
        if after.lower_ in ("and", "or") and not (before is not None and before.lower_ == "between"):
            return False   # "106 individuals and 88 entities" are two counts
        return True
    if before is not None and before2 is not None and before.lower_ in ("to", "-", "–", "or") and num(before2):
        return True
    return before is not None and before.lower_ == "and" and before2 is not None and num(before2) and \
        first.i > 2 and doc[first.i - 3].lower_ == "between"


def range_partner(doc, first, last) -> set[int]:
    out = set()
    for t in (doc[last.i + 2] if last.i + 2 < len(doc) else None, doc[first.i - 2] if first.i > 1 else None):
        if t is not None and (t.like_num or t.pos_ == "NUM"):
            out.add(t.i)
    return out


def year_before_noun(doc, tok, span) -> bool:
    """'its 2015 goals', 'the 2003 World Cup': a year between a determiner and its noun."""
    if len(span) != 1 or not re.fullmatch(r"(?:19|20)\d\d", tok.text) or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    return prev.lower_ in ("the", "its", "their", "his", "her", "our", "this", "that", "a") or prev.tag_ == "POS"


def day_of_month(tok) -> bool:
    """'by 1 May', 'on May 1': a day, not a count."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    months = {m.lower() for m in dates.MONTH_NAMES[1:]}
    return (nxt is not None and nxt.lower_.rstrip(".") in months | set(dates.MONTHS)) or \
        (prev is not None and prev.lower_.rstrip(".") in months | set(dates.MONTHS) and prev.text[:1].isupper())


def date_spans(sent: Sentence):
    return dates.find_dates(sent.parsed_text)


def in_date(found, sent: Sentence, tok) -> bool:
    """Part of a date, unless a bare four-digit number counts something ("2000 troops")."""
    offset = tok.idx - sent.span.start_char
    for d in found:
        if d.start <= offset < d.end:
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            return not (d.precision == "year" and nxt is not None and nxt.tag_ == "NNS")
    return False


CHANGE_HEADS = {"number", "numbers", "strength", "size", "total", "count", "headcount"}


def change_end(sent: Sentence, first, last):
    """'cut the number of personnel from 101,000 to 82,000', 'from 15,000 in 2010 to 30,000 in
    2018': a figure that is the before or the after of a change, with the noun it counts.
    Returns ('from' | 'to', counted noun) or None."""
    doc = first.doc
    start, end = sent.span.start, sent.span.end
    prev = doc[first.i - 1] if first.i > start else None
    if prev is None or prev.lower_ not in ("from", "to"):
        return None
    def number_after(i):
        return i < end and (doc[i].like_num or doc[i].pos_ == "NUM")
    if prev.lower_ == "from":
        ahead = [t for t in doc[last.i + 1:min(end, last.i + 6)]]
        to = next((t for t in ahead if t.lower_ == "to"), None)
        if to is None or not number_after(to.i + 1) or any(t.lower_ not in ("in", "to") and not (
                t.like_num or t.pos_ == "NUM") for t in ahead if t.i < to.i):
            return None
        bound, opening = "from", prev
    else:
        back = [t for t in doc[max(start, first.i - 8):first.i - 1]]
        opening = next((t for t in reversed(back) if t.lower_ == "from" and number_after(t.i + 1)), None)
        if opening is None or any(t.lower_ not in ("in",) and not (t.like_num or t.pos_ == "NUM")
                                  for t in doc[opening.i + 2:first.i - 1]):
            return None
        bound = "to"
    head = next((t for t in reversed(list(doc[start:opening.i])) if t.lower_ in CHANGE_HEADS), None)
    if head is None:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return bound, noun
