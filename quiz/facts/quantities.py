"""Quantities: counts of people or things, money amounts and percentages.

The number (figures or words, either thousands separator), whether it is
approximate, the counted noun phrase, and the mission or programme it belongs
to. Years, times, durations, ordinals, counters and page numbers are not
quantities.
"""
from __future__ import annotations

import re

from lemminflect import getAllLemmas

from ..normalise import SCALES, subject_key
from .quantity_frames import quantity_frame
from .subjects import named_clause
from .context import Sentence, phrase
from .figures import (
    CURRENCY,
    CURRENCY_WORDS,
    SUFFIXED,
    MEASURES,
    currency_name,
    date_spans,
    day_of_month,
    figure_value,
    glued_money,
    hedge_of,
    in_date,
    change_end,
    in_range,
    number_span,
    range_partner,
    scaled,
    year_before_noun,
)
from .counts import (
    DIGIT,
    MEMBER_PLURALS,
    MEMBER_WORDS,
    NOT_COUNTED,
    ORDINAL,
    ORDINALS,
    REFERENCE_NOUNS,
    beside_a_count,
    counted_tokens,
    is_ammunition,
    is_designation,
    is_ratio,
    lemmas,
    one_in_a_toll,
    sized_body,
    toll_noun,
    unit_text,
    written_scale,
)
from .model import Fact
from .owners import clause_subject, earlier_owner, owner_in, subject_owner


def quantity_facts(sent: Sentence) -> list[Fact]:
    doc = sent.span.doc
    facts = []
    seen: set[int] = set()
    in_dates = date_spans(sent)
    for tok in sent.span:
        text = tok.text
        if not (tok.like_num or tok.pos_ == "NUM" or tok.lower_ == "dozen" or DIGIT.search(text)):
            continue    # most words: no figure, and none glued to a sign or a scale
        question_noun = sized = None
        what_key = membered_owner = None
        glued = glued_money(tok)   # "GH¢85", "US$1,450", "N1.3tn" in one token
        dozen = tok.lower_ == "dozen" and tok.i > 0 and doc[tok.i - 1].lower_ == "a"   # "a dozen"
        suffixed = SUFFIXED.match(text)
        if suffixed and not (tok.i > 0 and currency_name(doc[tok.i - 1].text)):
            suffixed = None
        if tok.i in seen or not (tok.like_num or tok.pos_ == "NUM" or glued or dozen or suffixed) \
                or tok.lower_ in SCALES or tok.lower_ in ORDINALS:
            continue   # "the first two aircraft": the count is "two"
        span = number_span(tok)
        seen |= {t.i for t in span}
        if in_date(in_dates, sent, tok) or day_of_month(tok):
            continue
        first = glued.group(2) if glued else suffixed.group(1) if suffixed else None
        value, scale = figure_value(span, first=first), suffixed.group(2) if suffixed else glued and glued.group(3)
        if value is not None and scale:   # "£15bn", "N869.121bn": before a scale, the point is a decimal point
            value = scaled(float(first.replace(",", "")) if "." in first else value, SCALES[scale.lower()])
        if value is None or re.search(r"\d[:/]\d", tok.text):
            continue
        last = span[-1]
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i > 0 else None
        change = change_end(sent, tok, last)
        if in_range(doc, tok, last) and change is None:
            seen |= range_partner(doc, tok, last)
            continue   # "12 to 15 tanks", "between 9,000 and 12,000": neither figure alone is the count
        if is_ratio(doc, tok, last):
            continue   # "two in five of the reports": a share, not a count
        if prev is not None and prev.lower_ == "top" and (tok.i < 2 or doc[tok.i - 2].tag_ in ("DT", "POS", "PRP$")):
            continue   # "among the world's top 10 military spenders": a ranking, not a count
        if nxt is not None and nxt.tag_ == "JJS" and (tok.i == 0 or doc[tok.i - 1].tag_ in ("DT", "POS", "PRP$")):
            continue   # "the world's two largest economies", "the three biggest banks": a ranking too
        if nxt is not None and (tok.text[:1].isupper() and tok.is_alpha and tok.i > sent.span.start
                                and doc[tok.i - 1].is_alpha and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"
                                or not last.whitespace_ and nxt.is_alpha and nxt.is_upper and len(nxt.text) <= 2):
            continue   # "the Six Nations", "The Three Rooms of …", "3G networks": a name or a code
        if nxt is not None and nxt.text == "(" and nxt.i + 2 < len(doc) and doc[nxt.i + 1].like_num \
                and doc[nxt.i + 2].text == ")":
            seen.add(nxt.i + 1)   # "two (2) AK 47 rifles": the figure repeats the words
            echo = doc[nxt.i + 1]
        else:
            echo = None
        if year_before_noun(doc, tok, span):
            continue   # "its 2015 goals": a year, not a count
        hyphen_scale = nxt is not None and nxt.text == "-" and last.i + 2 < len(doc) and doc[last.i + 2].lower_ in SCALES
        strong = nxt is not None and nxt.text == "-" and last.i + 2 < len(doc) and doc[last.i + 2].lower_ == "strong"
        # "the 15-member Council", "the IAEA's 35-nation board": a count of the body's members
        membered = nxt is not None and nxt.text == "-" and last.i + 2 < len(doc) and \
            doc[last.i + 2].lower_ in MEMBER_WORDS and doc[last.i + 2].head.pos_ in ("NOUN", "PROPN")
        if hyphen_scale:   # "a $62-million refit"
            value = scaled(value, SCALES[doc[last.i + 2].lower_])
            if value is None:
                continue
            last = doc[last.i + 2]
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        elif strong or membered:       # "the 1,100-strong formation": a count of its members
            pass
        elif nxt is not None and nxt.text in ("-", "–") or "-" in tok.text and not tok.text[0].isalpha():
            continue   # "a two-day meeting", "COVID-19": a modifier or a name, not a count
        if prev is not None and not currency_name(prev.text) and (
                prev.lower_ in REFERENCE_NOUNS or prev.text[:1].isupper()
                and prev.pos_ == "PROPN" and prev.ent_type_ not in ("GPE", "NORP")):
            continue   # "Resolution 2334", "Article 5" (but "PHP 28 billion" is money)
        if prev is not None and (prev.text == "#" or prev.text in ("-", "–") and not prev.whitespace_):
            continue   # "F-16", "#3" (but "Meridian) - Two peacekeepers" is a count)
        money = currency_name(glued.group(1), glued_letter=True) if glued else None
        if money is None and prev is not None:
            money = currency_name(prev.text)
        if money is None and nxt is not None and nxt.lower_ in CURRENCY and nxt.lower_ not in ("$",):
            money = CURRENCY[nxt.lower_]
        if money is None and nxt is not None and nxt.lower_ in CURRENCY_WORDS:
            if re.fullmatch(r"(?:19|20)\d\d", tok.text) and prev is not None and prev.lower_ in ("in", "constant"):
                continue   # "$900 million each in 2018 dollars": the year prices are counted in
            money = nxt.lower_   # "38 billion naira", "3.5 million euros"
        if money is None and nxt is not None and nxt.lower_ == "euro" and value >= 1000:
            money = "euros"   # "the 1 billion euro acquisition": the currency as a modifier
        if money is not None and nxt is not None and nxt.lower_ in MEASURES and \
                nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "of":
            continue   # "725 pounds of cocaine": a weight, not money
        if money is not None and nxt is not None and nxt.i + 1 < len(doc) and doc[nxt.i + 1].text == "(" \
                and nxt.i + 2 < len(doc) and doc[nxt.i + 2].like_num:
            seen.add(nxt.i + 2)   # "two hundred thousand naira (200,000)"
        per_cent = nxt is not None and nxt.lower_ == "per" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "cent"
        if nxt is not None and (nxt.lower_ in ("percent", "%") or per_cent):
            what_tokens = [nxt] + ([doc[nxt.i + 1]] if per_cent else [])
            of = doc[what_tokens[-1].i + 1] if what_tokens[-1].i + 1 < sent.span.end else None
            what = "percent"
            if of is not None and of.lower_ == "of":
                obj = next((c for c in of.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    what = "percent of " + phrase([t for t in obj.subtree if not t.is_punct][:8])
            rule, noun_tokens = "quantity-percent", what_tokens
        elif money:
            sign = tok if glued else prev if prev is not None and currency_name(prev.text) else nxt
            what, rule, noun_tokens = money, "quantity-money", [sign]
        elif change is not None:
            # "cut the number of personnel from 101,000 to 82,000": the before and the after, each a figure
            bound, counted = change
            keep = counted_tokens(counted)
            noun_tokens = [t for t in counted.subtree if t.i in keep]
            what, rule = phrase(noun_tokens), "quantity-count"
            what_key = lemmas(noun_tokens) + (" |before" if bound == "from" else " |after")
        elif membered:
            word, body = doc[last.i + 2], doc[last.i + 2].head
            what, rule, noun_tokens = MEMBER_PLURALS.get(word.lower_, word.lower_ + "s"), "quantity-count", [word]
            question_noun = None
            owner_tokens = [t for t in body.subtree if t.i > word.i and t.i <= body.i and not t.is_punct]
            membered_owner = phrase(owner_tokens) if owner_tokens else None
        elif (sized := sized_body(doc, last)) is not None:
            # "a permanent military workforce of 69,000": the figure is the size of the body before it
            noun_tokens, what, rule = sized, phrase(sized), "quantity-count"
            what_key = lemmas(sized) + " |size"
        else:
            noun = last.head if last.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod") else None
            model = noun if noun is not None and is_designation(noun) else None
            if model is not None:
                noun = model.head   # "2,000 AK-47 assault rifles", "24 F-16 jets": the model names the noun
            via_adj = None
            if noun is not None and noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i > noun.i \
                    and noun.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("conj", "cc") for c in noun.children):
                via_adj = noun   # "Six [current] and former officers": the parse hangs the count on the adjective
                noun = noun.head
            partitive = None
            if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i < last.i:
                # "in nearly 50 of the 71 missions": the figure counts the noun after "of"
                of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if of is None and last.i + 2 < sent.span.end and doc[last.i + 1].lower_ == "out" and \
                        doc[last.i + 2].lower_ == "of":
                    of = doc[last.i + 2]   # "shot down 17 out of 18 drones"
                partitive = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")), None) \
                    if of is not None else None
                noun = partitive or noun
            if noun is None and tok.dep_ in ("nummod", "quantmod"):
                noun = tok.head
            if (noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i < last.i) and toll_noun(last) is not None:
                noun = toll_noun(last)   # "killing 387 and injuring 518 people": 387 people
                what_key = f"{noun.lemma_} |{last.head.lemma_.lower()}"   # the killed, not the injured
            if echo is not None:   # the parse of "two (2) AK 47 rifles" is broken by the brackets
                noun = next((t for t in doc[echo.i + 2:min(len(doc), echo.i + 7)] if t.tag_ in ("NNS", "NNPS")), None)
                last = echo.head if noun is None else doc[echo.i + 1]
            if strong:
                noun = next((t for t in doc[last.i + 3:min(len(doc), last.i + 6)] if t.pos_ in ("NOUN", "PROPN")
                             and not ORDINAL.fullmatch(t.text)), None)   # "3,000-strong 1st Brigade": the brigade
            if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i < last.i:
                continue
            if (noun.lemma_.lower() in NOT_COUNTED or noun.lower_ in NOT_COUNTED) and not is_ammunition(noun):
                continue
            designation = re.fullmatch(r"[A-Z][\w-]*\d[A-Za-z]?s", noun.text)   # "F-35As", tagged a name or a noun
            # an irregular plural the tagger may take for a singular: "2,000 transit servicemen"
            irregular = noun.tag_ in ("NN", "NNP") and any(lemma != noun.lower_ for lemma in getAllLemmas(noun.lower_).get("NOUN", ()))
            if noun.tag_ not in ("NNS", "NNPS") and not designation and value != 1 and not strong and not irregular and \
                    noun.lower_ not in ("personnel", "staff", "people", "police", "military", "troops", "aid",
                                        "aircraft", "spacecraft", "craft", "fish", "sheep", "cattle", "deer"):
                continue
            keep = counted_tokens(noun) | ({t.i for t in via_adj.subtree if t.i > last.i} if via_adj is not None else set()) \
                | ({model.i} if model is not None else set())
            lo = last.i + 3 if strong else last.i + 1
            hi = max(keep)
            noun_tokens = [t for t in doc[lo:hi + 1] if t.i in keep or t.is_punct and lo < t.i < hi]
            if echo is not None:
                noun_tokens = list(doc[echo.i + 2:noun.i + 1])
            while noun_tokens and (noun_tokens[-1].is_punct or noun_tokens[-1].pos_ == "CCONJ"):
                noun_tokens.pop()
            kept = {t.i for t in noun_tokens}
            # "combat-coded jets" with "combat" left out: no "-coded" either
            cut = {t.i for t in noun_tokens if t.text in ("-", "–") and t.i - 1 not in kept}
            noun_tokens = [t for t in noun_tokens if t.i not in cut and t.i - 1 not in cut]
            while noun_tokens and noun_tokens[0].is_punct:
                noun_tokens.pop(0)
            if not noun_tokens:
                continue
            if value == 1 and not strong and not beside_a_count(noun) and not one_in_a_toll(noun):
                continue   # "One man, who can't be named, was charged": one of something is no count to learn
            if prev is not None and (value == 2 and prev.lower_ in ("the", "their", "both") or
                                     value <= 10 and prev.lower_ in ("our", "these", "those")):
                continue   # "the two countries", "our two countries", "these two commands": the parties
                # the story is about, named before, not a count to learn
            # "14,700 soldiers and 9,100 police, …": the next count's "and" and comma are not this noun's
            what = re.sub(r"(?:\s*(?:\band\b|\bor\b|,))+\s*$", "", phrase(noun_tokens))
            rule = "quantity-count"
            question_noun = noun
            if partitive is not None:
                what_key = lemmas(noun_tokens) + " |part"   # not the count of the whole ("the 71 missions")
        hedge, start_i = hedge_of(sent, doc[tok.i - 1] if dozen else tok)
        if hedge is None and noun_tokens:
            hedge = _shared_hedge(sent, noun_tokens[-1])
        exclude = {t.i for t in span} | {t.i for t in noun_tokens}
        owner = None
        if noun_tokens:
            poss = next((c for c in noun_tokens[-1].children if c.dep_ == "poss"), None)
            if poss is not None:
                owner = phrase([t for t in poss.subtree if t.text not in ("'s", "’s")])
        if rule != "quantity-count":
            owner = owner or clause_subject(tok, exclude)
        if membered:
            owner = membered_owner
        owner = owner or subject_owner(question_noun) or owner_in(sent, exclude) or earlier_owner(sent)
        end_tok = max([span[-1]] + list(noun_tokens), key=lambda t: t.i)
        phrase_tokens = sorted({t.i: t for t in [doc[start_i], *span, *noun_tokens]}.values(), key=lambda t: t.i)
        frame = {**((quantity_frame(sent, phrase_tokens) or {}) if change is None and sized is None else {}),
                 "named": named_clause(sent, tok)}
        facts.append(Fact(
            type="quantity", frame=frame,
            subject=_subject(sent, what_key or (lemmas(noun_tokens) if rule == "quantity-count" else what), owner, frame),
            sources=[sent.source(doc[start_i], end_tok, rule)],
            value=value, approx=hedge is not None, qualifier=hedge, what=what, owner=owner,
            unit_text=unit_text(noun_tokens, glued, scale_word=written_scale(span) if rule == "quantity-money" else None)))
    owner_here = owner_in(sent, set())
    if owner_here:
        sent.state.owners.append(owner_here)
    return facts


def _subject(sent: Sentence, counted: str, owner: str | None, frame: dict | None) -> str:
    """What a figure is about: the counted thing, its owner and the clause that counts it.
    A figure that names nothing of its own ('20 percent', '2 games') is about its article."""
    clause = " ".join(filter(None, [(frame or {}).get("subject"), (frame or {}).get("lemma")]))
    key = subject_key(counted, owner or "", clause)
    named = any(w[:1].isupper() for w in f"{owner or ''} {(frame or {}).get('subject') or ''}".split())
    return key if named else f"{key} @{sent.doc.name}"


def _shared_hedge(sent: Sentence, noun) -> str | None:
    """'Around 5,000 Filipino soldiers and 3,000 US troops': the hedge before the first count of a
    pair joined by 'and' hedges the second too."""
    head = noun.head
    if noun.dep_ != "conj" or head.pos_ not in ("NOUN", "PROPN") or head.i > noun.i or head.dep_ == "conj" \
            or sum(c.dep_ == "conj" for c in head.children) != 1:
        return None   # a pair, not a list: "… more than 200 aircraft and 25,000 personnel"
    first = next((c for c in head.children if c.dep_ == "nummod" and c.i < head.i), None)
    hedge = hedge_of(sent, first)[0] if first is not None else None
    return hedge if hedge in APPROXIMATORS else None   # "at least 5 … and 3 …" bounds only the first


APPROXIMATORS = {"around", "about", "some", "nearly", "almost", "approximately", "roughly", "an estimated"}
