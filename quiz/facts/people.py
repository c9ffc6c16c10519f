"""People and their roles: title before the name, apposition (appositions.py), parenthesis.

"NATO Secretary General Jens Stoltenberg", "Tom Goffus, NATO Assistant
Secretary General for Operations", "the National Security Advisor, Qasim
al-Araji", "Haidar al-Abadi (Prime Minister of Iraq)". Later mentions
("Mr Stoltenberg", "Prime Minister al-Abadi") resolve to the full name.
"""
from __future__ import annotations

import re

from lemminflect import getAllLemmas

from ..normalise import (AIR_RANKS, MILITARY_RANKS, POST_NOMINALS, RANK_WORDS, SERVICES, SHORT_RANKS, fold,
                         person_key, rank_title, role_key, spelled_rank)
from .subjects import named_clause
from .appositions import apposition, parenthesis
from .context import HONORIFICS, Sentence
from .model import Fact
from .names import clean_name, name_span, person_spans, post_nominal
from .posts import (
    CLASS_ORDINAL,
    ROLE_NOUNS,
    bracketed_acronym,
    cut_at_and,
    has_role_noun,
    modifies,
    org_of,
    portfolio_link,
    qualified,
    rank_only,
    role_text,
    role_token_left,
    trim_role,
)


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
        if before is not None and before.lower_ in ("in", "from") and before.head.pos_ in ("NOUN", "PROPN"):
            continue   # "a National Guard commander in Ciudad Juarez": a place the tagger took for a name
        found = _title_before(sent, ent, named) + apposition(sent, ent, named) + parenthesis(sent, ent)
        found = [part for tokens, rule in found if tokens for part in _post_and_rank(tokens, rule)]
        found = [(tokens, rule) for tokens, rule in found if tokens and not _run_on_name(tokens)
                 and not _cut_mid_word(tokens) and not _cut_at_unit(tokens) and not _run_together(tokens)
                 and (has_role_noun(tokens) or _judge_title(tokens))]   # "Pacific Fleet" once its rank went
        seat = sent.span.doc[last.i + 1] if last.i + 1 < sent.span.end else None
        if seat is not None and post_nominal(seat):
            found.append(([seat], "role-postnominal"))   # "Ben Howe TD said …"
        for tokens, rule in found:
            if len(tokens) == 1 and fold(tokens[0].text) in MILITARY_RANKS and (
                    not any(t.ent_type_ == "PERSON" for t in ent) or tokens[0].ent_type_ not in ("", "PERSON")
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
            fact.frame = {"named": named_clause(sent, last)}
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
    while len(out) > 1 and _rank_word(out[-1]) and (   # a post before the rank, not a rank's first word ("Lt Gen")
            has_role_noun([t for t in out[:-1] if not _rank_word(t) and fold(t.text) not in MILITARY_RANKS])
            or not all(_rank_word(t) or rank_only([t]) for t in out[:-1])):
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


def _rank_dot(doc, j: int, sent: Sentence) -> bool:
    """The '.' of 'Lt. Colonel' when the tokenizer splits it from 'Lt'."""
    return doc[j].text == "." and j > sent.span.start and fold(doc[j - 1].text) in SHORT_RANKS


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


def _rank_word(token) -> bool:
    """A word of a rank at the end of a title: 'Colonel', 'Lt.', 'Gen', a lone '.'."""
    word = fold(token.text).rstrip(".")
    if token.text == ".":
        return True
    if word in SHORT_RANKS or word in RANK_WORDS and token.text[:1].isupper():
        return True   # "Lt.", "Gen", and the "Vice" of "Vice Admiral"
    before = fold(token.doc[token.i - 1].text) if token.i > 0 else ""
    if word in MILITARY_RANKS and token.text[:1].isupper() and before == "-" and token.i > 1 and \
            fold(token.doc[token.i - 2].text) in RANK_WORDS:
        return True   # the "Admiral" of "Vice - Admiral"
    if "-" in word and word in MILITARY_RANKS and token.text[:1].isupper():
        return True   # "acting commander of the Pacific Fleet Vice-Admiral NAME"
    if token.text in ("-", "–") and 0 < token.i < len(token.doc) - 1 and \
            fold(token.doc[token.i + 1].text) in MILITARY_RANKS and fold(token.doc[token.i - 1].text) in RANK_WORDS:
        return True   # the hyphen of "Vice - Admiral", split by the tokenizer
    if word == "general" and before in ("chief", "commander", "head", "staff"):
        return True   # "Defense Forces Chief General NAME": the rank after the post, not "Secretary General"
    if word not in MILITARY_RANKS or not token.text[:1].isupper():
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and fold(after.text) in MILITARY_RANKS and after.text[:1].isupper():
        return True   # the "Brigadier" of "spokesperson Brigadier General NAME"
    return token.i > 0 and (_rank_word(token.doc[token.i - 1]) or before in RANK_WORDS
                            or before in MILITARY_RANKS and token.doc[token.i - 1].text[:1].isupper())


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


def after_dash(tokens):
    """'NEW DELHI - Indian Defence Minister': the dateline before a spaced dash is no part of a post."""
    dash = [n for n, t in enumerate(tokens) if t.text in ("-", "–", "—") and t.i > 0 and t.doc[t.i - 1].whitespace_]
    return tokens[dash[-1] + 1:] if dash else tokens


def _title_before(sent: Sentence, ent, named: set[int]) -> list:
    """'NATO Secretary General NAME', 'the National Security Advisor, NAME',
    'The Chief of the Defence Staff, Vice Admiral NAME', 'the Minister for Defence, Dr. NAME'."""
    doc = sent.span.doc
    out = []
    left = []
    j = ent.start - 1
    while j >= sent.span.start and (doc[j].lower_ in HONORIFICS or doc[j].text == "." and j > 0
                                    and f"{doc[j - 1].lower_}." in HONORIFICS or doc[j].lower_ in ("his", "her")
                                    and j + 1 < len(doc) and doc[j + 1].lower_ == "excellency"):
        j -= 1   # "Dr.", "Hon.", "His Excellency" between a title and the name
    honoured = j < ent.start - 1
    if j > sent.span.start and doc[j].text == "." and f"{doc[j - 1].lower_}." in ROLE_NOUNS:
        left.append(doc[j])   # "Cmdr." split by the tokenizer
        j -= 1
    while j >= sent.span.start and j not in named and (role_token_left(doc[j]) or portfolio_link(doc, j, sent)
                                                      or modifies(doc[j], left) or _rank_dot(doc, j, sent)
                                                      or left and _unit_number(doc, j, left, sent)
                                                      or left and bracketed_acronym(doc, j)):
        if doc[j].text == ")":   # "Department of National Defense (DND) spokesperson NAME"
            while j > sent.span.start and doc[j].text != "(":
                left.insert(0, doc[j])
                j -= 1
        left.insert(0, doc[j])
        j -= 1
    if left and left[-1].lower_ in ("and", "or", "&"):
        left = []   # "Gov. X, the governor of Puerto Rico and Dr. NAME": the post before "and" is X's
    left = _own_part(cut_at_and(after_dash(left)))
    rank = list(left)
    # "Commander-in-Chief of the Armed Forces, President Dr NAME": a post, then a one-word title
    one_title = len(left) == 1 and left[0].text[:1].isupper() and left[0].lower_ in ROLE_NOUNS
    if j >= sent.span.start and doc[j].text == "," and (not left or rank_only(left) or one_title):
        comma = _title_left_of(sent, j - 1, named)
        if comma and _after_a_name(sent, comma, named) and not honoured:
            # "X, personal representative of the UN Secretary-General, NAME": the post is X's; NAME is
            # the one the post's last words name (in a list of posts and names, "…, Mr NAME", each
            # post is the next name's)
            comma = _tail_post(comma)
        if comma and comma[0].i > sent.span.start and doc[comma[0].i - 1].lower_ in ("a", "an"):
            comma = []   # "Prior to becoming a diplomat, NAME worked …": a calling, not NAME's title
        if comma:
            out.append((comma, "role-title-comma"))
    left = _own_title(trim_role(rank))
    stop = doc[j] if j >= sent.span.start else None
    # "Chanel 4 News Midlands Correspondent NAME": the title was cut out of a longer name
    cut = bool(rank) and stop is not None and stop.i == rank[0].i - 1 and stop.lower_ not in HONORIFICS and (
        stop.like_num and not re.fullmatch(r"(?:1[89]|20)\d\d", stop.text)   # "In 2019 Defence Minister NAME"
        or stop.text[:1].isupper() and stop.pos_ in ("PROPN", "NOUN"))
    class_rank = len(left) >= 3 and left[-1].text == "Rank" and CLASS_ORDINAL.fullmatch(left[-2].text)
    if _judge_title(left) and len(ent) >= 2 and not cut:
        return out + [(left, "role-title")]   # "Justice Anthony Whealy said …": a judge's title
    if left and not cut and has_role_noun(left) and (has_role_noun(left[-2:]) or qualified(left) or class_rank):
        out.append((left, "role-title"))
    return out


def _own_part(left):
    """'the deputy of [EU foreign-policy chief] NAME', 'adviser to [President] NAME': a post of another
    person ends in the name's own title, which is all that is the name's."""
    link = max((n for n, t in enumerate(left) if t.lower_ in ("of", "for", "to") and 0 < n < len(left) - 1), default=None)
    if link is None or not has_role_noun(left[:link]) or not has_role_noun(left[link + 1:]):
        return left
    head = left[-1]
    if head.lower_ not in ROLE_NOUNS or head.tag_ in ("NNS", "NNPS") or _rank_word(head) \
            or fold(head.text).rstrip(".") in MILITARY_RANKS | SHORT_RANKS:
        return left   # "Chairman of the Joint Chiefs", "Deputy Chief of Staff General NAME"
    own = left[link + 1:]
    return own[1:] if own and own[0].lower_ == "the" else own


def _judge_title(tokens) -> bool:
    """'Justice NAME': a judge's one-word title, which is otherwise a portfolio ('Justice Minister')."""
    return [t.text for t in tokens] == ["Justice"]


def _after_a_name(sent: Sentence, title, named: set[int]) -> bool:
    """Whether the post before the comma is itself an apposition: a name and a comma before it."""
    k = title[0].i - 1
    doc = sent.span.doc
    while k > sent.span.start and doc[k].lower_ in ("the", "a", "an"):
        k -= 1   # "X, the personal representative of …"
    return k > sent.span.start and doc[k].text == "," and k - 1 in named


def _tail_post(title) -> list:
    """'personal representative to Mozambique of United Nations General Secretary': after its last
    'of', the post of the one it names ('United Nations General Secretary'); nothing if none."""
    cut = max((n for n, t in enumerate(title) if t.lower_ == "of"), default=None)
    tail = [t for t in title[cut + 1:] if t.lower_ not in ("the", "a", "an")] if cut is not None else []
    return tail if tail and has_role_noun(tail[-1:]) else []


def _own_title(tokens):
    """'X, spokesman for US President George W. Bush': the words before 'for' are X's post; the
    name's own title is the one after it."""
    for n in range(len(tokens) - 2, 0, -1):
        if tokens[n].lower_ in ("for", "to") and tokens[n - 1].lower_ in ROLE_NOUNS and tokens[n - 1].text.islower() \
                and has_role_noun([t for t in tokens[n + 1:] if t.text[:1].isupper()]):
            return tokens[n + 1:]
    return tokens


def _glued_hyphen(doc, k: int, sent: Sentence) -> bool:
    """'Commander-in-Chief': a hyphen or a word inside one hyphenated word, which a post keeps whole."""
    if doc[k].text == "-":
        return not doc[k].whitespace_ and k > sent.span.start and not doc[k - 1].whitespace_
    return k + 1 < sent.span.end and doc[k + 1].text == "-" and not doc[k].whitespace_ and doc[k].is_alpha


def _title_left_of(sent: Sentence, k: int, named: set[int]) -> list:
    doc = sent.span.doc
    left = []
    while k >= sent.span.start and k not in named and (
            role_token_left(doc[k]) or portfolio_link(doc, k, sent) or bracketed_acronym(doc, k)
            or modifies(doc[k], left) or _glued_hyphen(doc, k, sent) or _unit_number(doc, k, left, sent)):
        if doc[k].text == ")":   # "the Head of the UN Mission in Kosovo (UNMIK), NAME"
            while doc[k].text != "(":
                left.insert(0, doc[k])
                k -= 1
        left.insert(0, doc[k])
        k -= 1
    left = trim_role(cut_at_and(after_dash(left)))
    if left and (has_role_noun(left[-1:]) or qualified(left) or _unit_after_office(left)) and has_role_noun(left):
        return left
    return []


def _unit_number(doc, k: int, left: list, sent: Sentence) -> bool:
    """'The Deputy Commander of Joint Task Force [639], NAME', 'Task Force [639] commander NAME': a
    unit's number, after its capitalised name (not a year: 'In 2019 Defence Minister NAME')."""
    return doc[k].text.isdigit() and not re.fullmatch(r"(?:1[89]|20)\d\d", doc[k].text) \
        and k - 1 >= sent.span.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_alpha \
        and (not left or left[0].text[:1].isupper() or has_role_noun(left[:1]))


def _unit_after_office(tokens) -> bool:
    """'The Deputy Commander Land Forces, Maj Gen NAME': the office noun, then the capitalised unit it
    heads, with no 'of'."""
    last = max((n for n, t in enumerate(tokens) if has_role_noun([t])), default=None)
    tail = tokens[last + 1:] if last is not None else []
    return 0 < len(tail) <= 3 and all(t.text[:1].isupper() and t.is_alpha and not has_role_noun([t]) for t in tail)
