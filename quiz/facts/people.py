"""People and their roles: title before the name (titles.py), apposition (appositions.py), parenthesis.

"NATO Secretary General Jens Stoltenberg", "Tom Goffus, NATO Assistant
Secretary General for Operations", "the National Security Advisor, Qasim
al-Araji", "Haidar al-Abadi (Prime Minister of Iraq)". Later mentions
("Mr Stoltenberg", "Prime Minister al-Abadi") resolve to the full name.
"""
from __future__ import annotations

import re

from lemminflect import getAllLemmas
from spacy.tokens import Span

from ..normalise import (AIR_RANKS, MILITARY_RANKS, POST_NOMINALS, RANK_WORDS, SERVICES, SHORT_RANKS, fold,
                         person_key, rank_title, role_key, spelled_rank)
from .subjects import named_clause
from .appositions import apposition, parenthesis
from .context import Sentence
from .model import Fact
from .name_forms import clean_name, name_span, post_nominal
from .names import person_spans
from .posts import ROLE_NOUNS, has_role_noun, org_of, rank_only, role_text
from .titles import judge_title, rank_word, title_before


def role_facts(sent: Sentence) -> list[Fact]:
    facts = []
    authors = {fold(a) for a in sent.doc.authors}
    spans = [e for e in person_spans(sent) if clean_name(e) is not None]   # not a bare "Cmdr"
    named = {i for e in spans for i in range(e.start, e.end)} & {
        i for e in spans for s in [name_span(sent, e)] for i in range(s.start, s.end)}   # "State [Duma] X": not the name
    for ent in spans:
        ent = name_span(sent, ent)
        cleaned = clean_name(ent)
        if cleaned is None:
            continue
        name, first, last = cleaned
        inner = sent.span.doc[first.i - 1] if first.i > ent.start else None
        if inner is not None and inner.text[:1].isupper() and \
                fold(inner.text).rstrip(".") in MILITARY_RANKS | SHORT_RANKS | RANK_WORDS:
            # "[General Youssouf Itno]" tagged as one body: the rank inside is the title before the name
            ent = Span(sent.span.doc, first.i, ent.end, label=ent.label_)
        full = sent.state.resolve(name) if len(name.split()) < 2 or re.match(r"[A-Z]\.\s", name) else name
        if full is None and re.match(r"[A-Z]\.\s", name):
            full = name
        titled = ent.start > sent.span.start and has_role_noun([sent.span.doc[ent.start - 1]]) and \
            sent.span.doc[ent.start - 1].text[:1].isupper()
        if full is None and len(name.split()) == 1 and ent.label_ == "PERSON" and titled:
            full = name   # "Trade Minister Seko": the article names him so, and the title says who
        if full is None or fold(full) in authors or fold(full.split()[0]).rstrip(".") in SHORT_RANKS | MILITARY_RANKS:
            continue   # "Lt [Gen Hussain]": the tagger began the name on the rank's second word
        before = sent.span.doc[ent.start - 1] if ent.start > sent.span.start else None
        if before is not None and before.lower_ in ("of", "at", "for") and ent.label_ != "PERSON" or \
                before is not None and before.lower_ in ("of", "at") and has_role_noun(
                    [sent.span.doc[before.i - 1]] if before.i > sent.span.start else []):
            continue   # "president of Warner Home Video": the post's organisation, not a person
        if before is not None and (before.lower_ == "in" or before.lower_ == "from" and ent.label_ != "PERSON") \
                and before.head.pos_ in ("NOUN", "PROPN"):
            continue   # "a National Guard commander in Ciudad Juarez": a place the tagger took for a name
        found = title_before(sent, ent, named) + apposition(sent, ent, named) + parenthesis(sent, ent)
        found = [part for tokens, rule in found if tokens for part in _post_and_rank(tokens, rule)]
        found = [(tokens, rule) for tokens, rule in found if tokens and not _run_on_name(tokens)
                 and not _cut_mid_word(tokens) and not _cut_at_unit(tokens) and not _run_together(tokens)
                 and (has_role_noun(tokens) or judge_title(tokens) or len(tokens) == 1 and rank_only(tokens)
                      and tokens[0].text[:1].isupper())]   # "Pacific Fleet" once its rank went; "Major" stays
        seat = sent.span.doc[last.i + 1] if last.i + 1 < sent.span.end else None
        if seat is not None and post_nominal(seat):
            found.append(([seat], "role-postnominal"))   # "Ben Howe TD said …"
        # "General Youssouf Itno, director general of the police": a post after the comma says a person
        posted = any(rule == "role-apposition" and not rank_only(tokens) for tokens, rule in found)
        for tokens, rule in found:
            if len(tokens) == 1 and fold(tokens[0].text) in MILITARY_RANKS and (
                    not posted and not any(t.ent_type_ == "PERSON" for t in ent)
                    or tokens[0].ent_type_ not in ("", "PERSON", "ORG")
                    or _quoted_name(sent, ent) or _vessel_before(sent, tokens[0])):
                continue   # "General Dynamics", the ship "Admiral Tributs": a rank word in another kind of name
            role = spelled_rank(role_text(tokens))
            if re.search(r"\b(?:of|for|to|in|at) (?:of|for|to|in|at|and)\b", role):
                continue   # "spokesperson for of Foreign Affairs": the parse lost a word of the post
            if len(role) < 3 and fold(role) not in ROLE_NOUNS | POST_NOMINALS or fold(role) in {fold(full), fold(name)}:
                continue
            fact = Fact(
                type="person_role", subject=f"{person_key(full)} | {role_key(role)}",
                sources=[sent.source(min(tokens[0], first, key=lambda t: t.i),
                                     max(tokens[-1], last, key=lambda t: t.i), rule)],
                person=full, role=role, aliases=[name] if name != full else [], org=org_of(tokens))
            # "The ceremonies will be witnessed by Defense Secretary NAME": which ceremonies?
            # "Tim Roe, a director of the bank": one of its directors, not the one
            lead = sent.span.doc[tokens[0].i - 1] if tokens[0].i > sent.span.start else None
            # "the president of one of Mumbai's main Catholic organisations": of which, the post does not say
            fact.frame = {"named": named_clause(sent, last),
                          "one_of": lead is not None and lead.lower_ in ("a", "an", "another")
                          or " one of " in f" {role.lower()} "}
            fact.mention = last   # the name in the parse, for dating the role
            facts.append(fact)
    return facts


VESSELS = {"ship", "vessel", "tanker", "freighter", "frigate", "destroyer", "carrier", "boat", "cutter", "trawler",
           "corvette", "submarine", "yacht", "ferry", "dhow", "barge", "tug"}


def _vessel_before(sent: Sentence, rank) -> bool:
    """'aboard the cargo ship Captain Ufuk': a rank and a name after a vessel noun name the ship."""
    return rank.i > sent.span.start and sent.span.doc[rank.i - 1].lower_ in VESSELS


def _quoted_name(sent: Sentence, ent) -> bool:
    """'the ship “Admiral Tributs”': a rank and a name inside quotation marks name a ship or a unit."""
    doc = sent.span.doc
    k = ent.start - 1
    while k > sent.span.start and (doc[k].lower_ in MILITARY_RANKS or doc[k].lower_ in RANK_WORDS):
        k -= 1
    return doc[k].text in ("“", '"') and ent.end < len(doc) and doc[ent.end].text in ("”", '"')


# posts whose name ends in "General" ("NATO Secretary General", "Attorney General"): not a rank after a post
GENERAL_POSTS = {"secretary", "attorney", "inspector", "director", "governor", "solicitor", "auditor", "consul",
                 "postmaster", "surgeon", "adjutant", "advocate", "comptroller", "accountant", "registrar", "vicar"}


def _post_and_rank(tokens, rule: str) -> list:
    """'the AFRICOM commander General NAME': the post, and the rank after it as a role of its own."""
    post = _without_rank_tail(tokens)
    out = [(post, rule)]
    tail = list(tokens[len(post):])
    while tail and fold(tail[0].text) in SERVICES and " ".join(fold(t.text) for t in tail) not in AIR_RANKS:
        tail = tail[1:]   # "[Navy] Rear Admiral": the rank without its service
    if post and tail and tail[-1].text != "." and (rank_only(tail) or rank_title(role_text(tail))):
        out.append((tail, rule))
    return out


def _without_rank_tail(tokens):
    """'Strategic Command head Gen. NAME', 'the ship captain Lt. Colonel NAME', 'Indian Army chief
    Gen NAME': the post is what comes before the rank."""
    out = list(tokens)
    whole = len(out)
    for k in (4, 3, 2):   # "… chief Air Chief Marshal NAME"
        if len(out) > k and " ".join(fold(t.text) for t in out[-k:]) in AIR_RANKS and has_role_noun(out[:-k]):
            out = out[:-k]
            break
    for k in (3, 2):   # "HMS X's Commanding Officer Lieutenant Commander NAME": a post, then a rank of two words
        rank = [fold(t.text).rstrip(".") for t in out[-k:]]
        if len(out) > k + 1 and all(w in MILITARY_RANKS | RANK_WORDS | {"commander"} for w in rank) \
                and rank[-1] in MILITARY_RANKS | {"commander"} and rank[0] != "commander" \
                and all(t.text[:1].isupper() for t in out[-k:]) and fold(out[-k - 1].text) in ROLE_NOUNS \
                and fold(out[-k - 1].text) not in MILITARY_RANKS | RANK_WORDS:
            out = out[:-k]
            break
    if len(out) > 1 and fold(out[-1].text) in ("senator", "sen.", "congressman", "congresswoman", "mp") and \
            has_role_noun(out[:-1]):
        out.pop()   # "Australian Defence Minister Senator NAME": the post, then the title of a member
    if len(out) > 2 and fold(out[-1].text) in MILITARY_RANKS | {"commander"} and out[-1].text[:1].isupper() and (
            out[-2].text.islower() and fold(out[-2].text) in ROLE_NOUNS or has_role_noun(out[:-1])
            and fold(out[-2].text).rstrip(".") not in MILITARY_RANKS | RANK_WORDS | SHORT_RANKS
            and not (fold(out[-1].text) == "general" and fold(out[-2].text) in GENERAL_POSTS)
            and out[-2].text not in ("-", "–") and out[-2].whitespace_   # "Secretary-General" is one word
            and not _deputy_of_service(out)):
        out.pop()   # "PN spokesperson Commander NAME", "Chief of Naval Staff Admiral NAME": the post, then the rank
    while len(out) > 1 and rank_word(out[-1]) and (   # a post before the rank, not a rank's first word ("Lt Gen")
            has_role_noun([t for t in out[:-1] if not rank_word(t) and fold(t.text) not in MILITARY_RANKS])
            or not all(rank_word(t) or rank_only([t]) for t in out[:-1])):
        out.pop()   # "Chinese DA in Sri Lanka Senior Colonel NAME", but "Major General" stays
    if len(out) < whole and len(out) > 1 and fold(out[-1].text) in SERVICES and has_role_noun(out[:-1]) \
            and fold(out[-2].text) not in ("of", "for", "the"):   # "Chief of Navy Vice Admiral NAME" keeps its Navy
        out.pop()   # "Pentagon Press Secretary [Navy] Rear Admiral NAME": the service goes with its rank
    return out


# words that make an office someone's second in it: "First Deputy Navy Commander" is one post
DEPUTY_WORDS = {"deputy", "first", "vice", "assistant", "acting"}


def _deputy_of_service(tokens) -> bool:
    """'First Deputy Navy Commander': the commander of a service, with only a deputy's words
    before it, is the post itself, not a post and then a rank."""
    return fold(tokens[-2].text) in SERVICES and all(fold(t.text) in DEPUTY_WORDS for t in tokens[:-2])


def _cut_mid_word(tokens) -> bool:
    """'Chief of the Andaman and Nicobar[-based tri-Service command]': the post stops inside a word."""
    last = tokens[-1]
    doc = last.doc
    return not last.whitespace_ and last.i + 1 < len(doc) and doc[last.i + 1].text in ("-", "–")


def _run_together(tokens) -> bool:
    """'Commanding Officer of HMAS AdelaideCaptain NAME': a lost space glued the post to a rank or an
    office noun, so neither reads whole."""
    for t in tokens:
        m = re.fullmatch(r"\w*[a-z]([A-Z][a-z]+)", t.text)
        if m and (m.group(1).lower() in ROLE_NOUNS or m.group(1).lower() in MILITARY_RANKS):
            return True
    return False


def _cut_at_unit(tokens) -> bool:
    """'commander of 3rd Battalion[, 6th Marine Regiment]': the comma goes on naming the unit."""
    doc = tokens[-1].doc
    k = tokens[-1].i + 1
    return k + 1 < len(doc) and doc[k].text == "," and bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", doc[k + 1].text))


def _run_on_name(tokens) -> bool:
    """'senior vice president Boeing': a lower-case post run into a name with no 'of' or 'at';
    'Minister of the Armed Forces of France Florence Parly': the next person's name at its end."""
    if any(a.lower_ in ROLE_NOUNS and a.text.islower() and b.pos_ == "PROPN" and b.text[:1].isupper()
           for a, b in zip(tokens, tokens[1:])):
        return True
    if len(tokens) < 4 or not has_role_noun(tokens[:-2]):
        return False
    place, given, family = tokens[-3:]
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() and t.lower_ not in ROLE_NOUNS
               for t in (place, given, family)) and not getAllLemmas(given.lower_) and not getAllLemmas(family.lower_)
