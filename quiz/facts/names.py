"""Names of people in a sentence: the spaCy entities joined, cleaned and checked
(not a place, a body or a run of common words), and the document's record of who
was named in full, for resolving "Mr Stoltenberg" later.
"""
from __future__ import annotations

import re

from lemminflect import getAllLemmas

from .. import dates
from ..normalise import SHORT_RANKS, fold
from .context import Sentence, phrase
from .name_forms import LEADING_RANKS, PLACE_HEADS, clean_name, name_span
from .posts import KEEP_ADJ, PORTFOLIO, ROLE_NOUNS, has_role_noun


def person_spans(sent: Sentence) -> list:
    """PERSON entities, plus names the tagger missed right after a title
    ('Major-General Dany Fortin'): two or three capitalised words after a role noun.
    Found once per sentence (the roles rule and the record of people both ask)."""
    if "people" not in sent.memo:
        sent.memo["people"] = _person_spans(sent)
    return list(sent.memo["people"])




def _without_leading_rank(ent):
    """'[Gen Bipin Rawat]' as the tagger marks it: the name starts after the rank."""
    k = ent.start
    while k < ent.end - 2 and ent.doc[k].lower_.rstrip(".") in LEADING_RANKS:
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
            while k < e.end and (has_role_noun([doc[k]]) or doc[k].lower_ in KEEP_ADJ or doc[k].lower_ in LEADING_RANKS
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
