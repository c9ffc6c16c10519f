"""Names of people in a sentence: the spaCy entities joined, cleaned and checked
(not a place, a body or a run of common words), and the document's record of who
was named in full, for resolving "Mr Stoltenberg" later.
"""
from __future__ import annotations

import re

from lemminflect import getAllLemmas

from .. import dates
from ..normalise import HONOUR_NOMINALS, POST_NOMINALS, RANK_WORDS, SHORT_RANKS, fold
from .context import HONORIFICS, NAME_PARTICLES, Sentence, phrase
from .posts import KEEP_ADJ, PORTFOLIO, ROLE_NOUNS, has_role_noun


def person_spans(sent: Sentence) -> list:
    """PERSON entities, plus names the tagger missed right after a title
    ('Major-General Dany Fortin'): two or three capitalised words after a role noun.
    Found once per sentence (the roles rule and the record of people both ask)."""
    if "people" not in sent.memo:
        sent.memo["people"] = _person_spans(sent)
    return list(sent.memo["people"])


_LEADING_RANKS = SHORT_RANKS | {"general", "colonel", "major", "captain", "admiral", "brigadier", "lieutenant",
                                "commodore"}


def _without_leading_rank(ent):
    """'[Gen Bipin Rawat]' as the tagger marks it: the name starts after the rank."""
    k = ent.start
    while k < ent.end - 2 and ent.doc[k].lower_.rstrip(".") in _LEADING_RANKS:
        k += 1
    return ent if k == ent.start else ent.doc[k:ent.end]


def _person_spans(sent: Sentence) -> list:
    doc = sent.span.doc
    spans = [_without_leading_rank(e) for e in sent.span.ents if e.label_ == "PERSON"]
    for e in sent.span.ents:
        # "Rear Admiral Tomasz Wielgosz" tagged as an organisation: the title, then the name
        after_portfolio_link = _after_portfolio(sent, e.start)   # "Secretary of [National Defense Ramon Villareal]"
        if e.label_ != "PERSON" and len(e) >= 3 and (has_role_noun([e[0], e[1]]) or after_portfolio_link):
            k = e.start
            while k < e.end and (has_role_noun([doc[k]]) or doc[k].lower_ in KEEP_ADJ or doc[k].lower_ in _LEADING_RANKS
                                 or after_portfolio_link and doc[k].lower_ in PORTFOLIO):
                k += 1   # "[Major General Asim Saleem Bajwa]": the rank's words too
            rest = doc[k:e.end]
            if k == e.start and not has_role_noun([e[0], e[1]]):
                rest = doc[e.start:e.start]   # "spokesman of [China Coast Guard]": the body itself, no name after it
            if 2 <= len(rest) <= 3 and all(t.text[:1].isupper() and t.text.isalpha() and t.lower_ not in ROLE_NOUNS
                                           for t in rest):
                spans.append(rest)
            elif after_portfolio_link:
                tail = _name_after_portfolio(e)
                if tail is not None:
                    spans.append(tail)
        elif e.label_ == "ORG" and len(e) >= 4:
            tail = _name_after_office(e)
            if tail is not None:
                spans.append(tail)
        # "Dimitry Rogozin, Russia's deputy prime minister, …" tagged as a place: a name that a
        # post stands beside is a person's
        body = e.label_ in ("GPE", "ORG", "NORP", "LOC")
        if body and e[-1].text == "," and len(e) > 1:
            e = doc[e.start:e.end - 1]   # "Amber Rudd," tagged an organisation with its comma
            comma = True
        else:
            comma = e.end < sent.span.end and doc[e.end].text == ","
        # "The US ambassador to the United Nations, [Samantha Power], said": set off by commas after a post
        post = e[-1].head
        if post.dep_ == "pobj" and post.head.dep_ == "prep" and post.head.head.lower_ in ROLE_NOUNS:
            post = post.head.head   # "The spokesperson for the Nigerian Army, [Sani Usman]," hung on "Army"
        after_post = e.start > sent.span.start and doc[e.start - 1].text == "," and e[-1].dep_ == "appos" and \
            post.i < e.start and post.lower_ in ROLE_NOUNS and post.pos_ == "NOUN"
        known = len(e) == 1 and bool(sent.state.resolve(e.text))   # "Fondren, a former …" after "James Fondren"
        if body and (2 <= len(e) <= 3 or known) and comma and \
                all(t.text[:1].isupper() and t.text.isalpha() and t.lower_ not in ROLE_NOUNS for t in e) and (
                any(c.dep_ == "appos" and c.i > e.end and c.lemma_.lower() in ROLE_NOUNS and c.pos_ in ("NOUN", "PROPN")
                    for c in e[-1].children) or after_post):
            spans.append(e)
    months = {m.lower() for m in dates.MONTH_NAMES[1:]} | set(dates.WEEKDAYS)
    spans += _untagged_before_post(sent, months)
    taken = {i for e in spans for i in range(e.start, e.end)}

    def initial(t) -> bool:   # "Admiral R Hari Kumar", "Vice Admiral R C Wijegunaratne": initials, then the name
        return len(t.text) == 1 and t.text.isupper() and t.i + 1 < sent.span.end and (
            namelike(doc[t.i + 1]) or initial(doc[t.i + 1]))

    def namelike(t) -> bool:
        if len(t.text) == 1 and t.text.isupper() and t.i not in taken:
            return initial(t)
        return (t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper and t.i not in taken
                and t.lower_ not in ROLE_NOUNS and t.lower_ not in months and t.lower_ not in PORTFOLIO
                and (t.ent_type_ in ("", "PERSON") or t.ent_type_ == "ORG" and _name_like_body(t)) and t.text.isalpha())

    def after_title(i: int) -> bool:
        if has_role_noun([doc[i - 1]]) and (doc[i - 1].text[:1].isupper() or doc[i].ent_type_ == "ORG"):
            return True   # "Major-General Dany Fortin", "Kosovo ex-president [Hashim Thaci]" (tagged a body)
        k = i - 1   # "Minister of National Defence Mariusz Błaszczak": back over the portfolio
        while k > sent.span.start and (doc[k].lower_ in PORTFOLIO and doc[k].text[:1].isupper()
                                       or doc[k].lower_ in ("of", "for", "the", "and", "&")):
            k -= 1
        if k < i - 1 and has_role_noun([doc[k]]) and doc[k].text[:1].isupper():
            return True
        # "Colombia's Minister of National Defence, Andrés Felipe Carvajal"
        return doc[i - 1].text == "," and any(has_role_noun([t]) and t.text[:1].isupper()
                                              for t in doc[max(sent.span.start, i - 7):i - 1])

    i = sent.span.start + 1
    while i < sent.span.end:
        if namelike(doc[i]) and after_title(i):
            j = i
            while j < sent.span.end and j - i < 3 and namelike(doc[j]):
                j += 1
            following = doc[j] if j < sent.span.end else None
            if 2 <= j - i <= 3 and (following is None or not following.text[:1].isupper()):
                spans.append(doc[i:j])
                i = j
                continue
        i += 1
    spans = _joined(sorted(spans, key=lambda e: e.start))
    spans = [e for e in spans if not _place_or_body(e) and not _common_words(e) and not _modifier(e)
             and not (e[0].lower_ == "the" or e.start > sent.span.start and doc[e.start - 1].lower_ == "the")]
    # "captain of the [Sam Simon]": a ship or a building, never "the" before a person's name
    spans = [e for e in spans if not _owner_of_title(e, spans) and not _cut_short(e)]
    # one name, one span: "Abd Rabbu" inside "Abd Rabbu Mansour Hadi" is the same mention
    spans = [e for e in spans if not any(o is not e and o.start <= e.start and e.end <= o.end
                                         and len(o) > len(e) for o in spans)]
    return sorted(spans, key=lambda e: e.start)


def _untagged_before_post(sent: Sentence, months: set) -> list:
    """'Delfin Lorenzana, Defence Minister of the Philippines, and …': two or three capitalised words the
    tagger left untagged, with a post set off after them as their apposition, are a name."""
    doc = sent.span.doc
    out = []
    i = sent.span.start
    while i < sent.span.end:
        j = i
        while j < sent.span.end and j - i < 4 and doc[j].pos_ == "PROPN" and not doc[j].ent_type_ \
                and doc[j].text[:1].isupper() and doc[j].is_alpha and not doc[j].is_upper \
                and doc[j].lower_ not in ROLE_NOUNS and doc[j].lower_ not in PORTFOLIO \
                and doc[j].lower_ not in KEEP_ADJ and doc[j].lower_ not in months \
                and not getAllLemmas(doc[j].lower_):   # "Operation Sea Lion, head of …": words, not a name
            j += 1
        before = doc[i - 1] if i > sent.span.start else None
        if 2 <= j - i <= 3 and j < sent.span.end and doc[j].text == "," and (
                before is None or not before.text[:1].isupper() and before.pos_ not in ("DET", "ADP")) and any(
                c.dep_ == "appos" and c.i > j and c.lemma_.lower() in ROLE_NOUNS and c.pos_ in ("NOUN", "PROPN")
                for c in doc[j - 1].children):
            out.append(doc[i:j])
        i = max(j, i + 1)
    return out


def _unlisted(t) -> bool:
    """A capitalised word no English dictionary knows, as most family names are."""
    return t.text[:1].isupper() and t.is_alpha and not getAllLemmas(t.lower_)


def _name_like_body(t) -> bool:
    """'Kosovo ex-president [Hashim Thaci]' tagged as an organisation: two or three words, none of
    them an English word, as a person's name is."""
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    return ent is not None and 2 <= len(ent) <= 3 and all(_unlisted(w) for w in ent)


def _name_after_office(e):
    """'[Trial Chamber President Nil Nonn]' tagged as a body: the title, then a name whose family
    name no dictionary knows."""
    office = max((t.i for t in e if t.lower_ in ROLE_NOUNS and t.text[:1].isupper()), default=None)
    tail = e.doc[office + 1:e.end] if office is not None else None
    if tail is None or not 2 <= len(tail) <= 3 or not _unlisted(tail[-1]) or not all(
            t.text[:1].isupper() and t.is_alpha and t.lower_ not in PORTFOLIO | ROLE_NOUNS for t in tail):
        return None
    return tail


def _name_after_portfolio(e):
    """'Secretary of [Commerce for Export Administration Thea D. Rozman]', 'Minister of [Defense of Ukraine
    Denys Shmyhal]' tagged as one body: the name is the words at its end no dictionary knows (and
    initials), never the word right after 'of' or 'for', which names the portfolio."""
    doc = e.doc
    k = e.end
    while k > e.start and (_unlisted(doc[k - 1]) or re.fullmatch(r"[A-Z]\.", doc[k - 1].text)):
        k -= 1
    while k < e.end and (doc[k - 1].lower_ in ("of", "for", "and") or re.fullmatch(r"[A-Z]\.", doc[k].text)):
        k += 1   # the word after the link is the portfolio's ("of [Ukraine]"); a name opens with a name
    words = [t for t in doc[k:e.end] if t.is_alpha]
    if not 2 <= len(words) <= 3 or k == e.start:
        return None
    return doc[k:e.end]


def _after_portfolio(sent: Sentence, start: int) -> bool:
    """Whether a post's portfolio link ends right before ``start``: 'Secretary of [X]', 'Minister of
    Maritime Affairs and [X]'."""
    doc = sent.span.doc
    k = start - 1
    if k <= sent.span.start or doc[k].lower_ not in ("of", "for", "and", "&"):
        return False
    while k > sent.span.start and (doc[k].lower_ in ("of", "for", "and", "&", "the")
                                   or doc[k].lower_ in PORTFOLIO and doc[k].text[:1].isupper()):
        k -= 1
    return has_role_noun([doc[k]]) and (doc[start - 1].lower_ in ("of", "for") or k < start - 2)


def _modifier(ent) -> bool:
    """'the Nigerien army': one word after an article, modifying the common noun after it, is
    an adjective the tagger took for a name."""
    if len(ent) != 1:
        return False
    token = ent[0]
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.pos_ == "DET" and token.head.i == token.i + 1 and \
        token.head.pos_ == "NOUN" and token.head.text.islower() and token.dep_ in ("compound", "amod", "nmod")


def _joined(spans):
    """'Abd Rabbu' + 'Mansour Hadi', tagged as two people side by side, are one name."""
    out = []
    for e in spans:
        if out and out[-1].end == e.start and out[-1].label_ == e.label_ == "PERSON":
            out[-1] = e.doc[out[-1].start:e.end]
            out[-1].label_ = "PERSON"
        else:
            out.append(e)
    return out


def _common_words(span) -> bool:
    """'Terrorist Investigations' tagged as a person: a name does not end in a plural noun."""
    from lemminflect import getAllLemmas
    last = span[-1]
    lemmas = getAllLemmas(last.lower_).get("NOUN", ())
    return last.tag_ in ("NNS", "NNPS") and bool(lemmas) and lemmas[0] != last.lower_


# head words of places and bodies: "Colonel Smith Training Centre", "West Philippine Sea"
PLACE_HEADS = {"sea", "ocean", "river", "strait", "gulf", "bay", "island", "islands", "lake", "mountain", "mountains",
               "street", "road", "square", "avenue", "centre", "center", "command", "force", "forces", "ministry",
               "council", "committee", "university", "college", "school", "academy", "hospital", "airport", "port",
               "base", "camp", "station", "agency", "office", "department", "institute", "foundation", "company",
               "group", "corporation", "bank", "party", "army", "navy", "brigade", "battalion", "regiment", "division",
               "province", "region", "district", "county", "state", "city", "valley", "desert", "peninsula", "canal",
               "bridge", "building", "hall", "palace", "house", "court", "stadium", "park", "museum", "prize", "award",
               "cup", "league", "summit", "treaty", "agreement", "act", "bill", "operation", "exercise", "mission"}


def _cut_short(span) -> bool:
    """'[Brig Gen Onyema] Nwachukwu': the name goes on in a word the tagger left out, so the
    span is not the whole name (a missing card costs less than a wrong name)."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    words = [t for t in span if fold(t.text).rstrip(".") not in SHORT_RANKS and t.lower_ not in ROLE_NOUNS]
    if not words:
        return True   # "Brig Gen": a rank alone
    if len(words) == len(span):
        return False   # only a span the tagger began on a rank is suspect
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.text.isalpha() and \
        nxt.lower_ not in ROLE_NOUNS and nxt.ent_type_ not in ("GPE", "NORP", "DATE") and nxt.whitespace_ != "" and \
        span[-1].whitespace_ != "" and not nxt.is_upper


def _owner_of_title(span, spans) -> bool:
    """'[Papua New Guinea] Prime Minister [James Marape]': a name the tagger marked right before a
    title and the title's holder is the country or body the title belongs to."""
    doc = span.doc
    k = span.end
    while k < len(doc) and doc[k].text[:1].isupper() and (doc[k].lower_ in ROLE_NOUNS or doc[k].lower_ in KEEP_ADJ
                                                           or doc[k].lower_ in PORTFOLIO):
        k += 1
    # two words at least: "Abdishakur Sheikh Hassan" is one name with a title inside it
    return k >= span.end + 2 and has_role_noun(list(doc[span.end:k])) and any(o.start == k for o in spans if o is not span)


def _place_or_body(span) -> bool:
    last = span[-1]
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return last.lower_ in PLACE_HEADS or (nxt is not None and nxt.lower_ in PLACE_HEADS and nxt.text[:1].isupper())


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
                and t.lower_.rstrip(".") not in _LEADING_RANKS:   # "Lt Col [Yosef Morris]": a rank
            k -= 1
        else:
            break
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
        and body[0].lower_.rstrip(".") in _LEADING_RANKS and all(
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


def note_people(sent: Sentence) -> None:
    """Remember full names in this sentence, for later mentions."""
    for ent in person_spans(sent):
        cleaned = clean_name(name_span(sent, ent))
        if cleaned is None:
            continue
        name = cleaned[0]
        if len(name.split()) >= 2 and fold(name) not in {fold(a) for a in sent.doc.authors}:
            sent.state.remember(name)
        elif len(name.split()) == 1:
            full = sent.state.resolve(name)
            if full:
                sent.state.last_person = full


def note_subject(sent: Sentence) -> None:
    """Remember whom the sentence is about: "he" in the next sentence is its subject, when that
    is a person, and nobody when it is not (never merely the last name mentioned)."""
    root = sent.span.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return
    if subj.lower_ in ("he", "she"):
        return   # still about the same person
    words = [t for t in subj.subtree if t.ent_type_ == "PERSON" and t.i <= subj.i]
    name = phrase(words) if words and subj.ent_type_ == "PERSON" else None
    sent.state.subject_person = (sent.state.resolve(name) or (name if name and len(name.split()) > 1 else None)) \
        if name else None
