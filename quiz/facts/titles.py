"""Titles before a name: "NATO Secretary General NAME", "The Chief of the Defence Staff, Vice
Admiral NAME", "Australia's chief of joint operations, Vice Adm. NAME", "Task Force 639 commander
NAME"; where a title ends, and which part of it is the name's own ("the deputy of EU foreign-policy
chief NAME")."""
from __future__ import annotations

import re

from ..normalise import COMPOUND_RANKS, MILITARY_RANKS, RANK_WORDS, SHORT_RANKS, fold
from .context import HONORIFICS, Sentence
from .posts import (
    CLASS_ORDINAL,
    ROLE_NOUNS,
    bracketed_acronym,
    cut_at_and,
    has_role_noun,
    modifies,
    portfolio_link,
    qualified,
    rank_only,
    role_token_left,
    trim_role,
)


def _rank_dot(doc, j: int, sent: Sentence) -> bool:
    """The '.' of 'Lt. Colonel' when the tokenizer splits it from 'Lt'."""
    return doc[j].text == "." and j > sent.span.start and fold(doc[j - 1].text) in SHORT_RANKS


def rank_word(token) -> bool:
    """A word of a rank at the end of a title: 'Colonel', 'Lt.', 'Gen', a lone '.'."""
    word = fold(token.text).rstrip(".-")   # "Lt.- Gen.": a stray hyphen after the abbreviation
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
    return token.i > 0 and (rank_word(token.doc[token.i - 1]) or before in RANK_WORDS
                            or before in MILITARY_RANKS and token.doc[token.i - 1].text[:1].isupper())


def after_dash(tokens):
    """'NEW DELHI - Indian Defence Minister': the dateline before a spaced dash is no part of a post."""
    dash = [n for n, t in enumerate(tokens) if t.text in ("-", "–", "—") and t.i > 0 and t.doc[t.i - 1].whitespace_]
    return tokens[dash[-1] + 1:] if dash else tokens


def title_before(sent: Sentence, ent, named: set[int]) -> list:
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
                                                      or (left or j == ent.start - 1) and bracketed_acronym(doc, j)):
        # "Department of National Defense (DND) spokesperson NAME", "President of the Atomic Energy
        # Organization of Iran (AEOI) NAME"
        if doc[j].text == ")":
            while j > sent.span.start and doc[j].text != "(":
                left.insert(0, doc[j])
                j -= 1
        left.insert(0, doc[j])
        j -= 1
    if left and left[-1].lower_ in ("and", "or", "&"):
        left = []   # "Gov. X, the governor of Puerto Rico and Dr. NAME": the post before "and" is X's
    while len(left) > 1 and left[0].tag_ == "IN" and left[0].lower_ not in ROLE_NOUNS \
            and left[1].lower_ not in ROLE_NOUNS:
        left = left[1:]   # "Under Air Vice Marshal NAME, the command will …": a sentence's opening preposition
        # (but "Under Secretary of Defense NAME" is a post)
    left = _own_part(cut_at_and(after_dash(left)))
    rank = list(left)
    # "Commander-in-Chief of the Armed Forces, President Dr NAME": a post, then a one-word title
    one_title = len(left) == 1 and left[0].text[:1].isupper() and left[0].lower_ in ROLE_NOUNS
    if j >= sent.span.start and doc[j].text == "," and (not left or rank_only(left) or one_title):
        comma = _title_left_of(sent, j - 1, named) or _parsed_post_before(sent, ent, j, named)
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
    if sent.title_case:
        left = _title_case_post(left)
    stop = doc[j] if j >= sent.span.start else None
    # "Chanel 4 News Midlands Correspondent NAME": the title was cut out of a longer name
    cut = bool(rank) and stop is not None and stop.i == rank[0].i - 1 and stop.lower_ not in HONORIFICS and (
        stop.like_num and not re.fullmatch(r"(?:1[89]|20)\d\d", stop.text)   # "In 2019 Defence Minister NAME"
        or stop.text[:1].isupper() and stop.pos_ in ("PROPN", "NOUN"))
    class_rank = len(left) >= 3 and left[-1].text == "Rank" and CLASS_ORDINAL.fullmatch(left[-2].text)
    if judge_title(left) and len(ent) >= 2 and not cut:
        return out + [(left, "role-title")]   # "Justice Anthony Whealy said …": a judge's title
    if left and not cut and (has_role_noun(left) and (has_role_noun(left[-2:]) or qualified(left) or class_rank)
                             or len(left) == 1 and rank_only(left) and left[0].text[:1].isupper()):   # "Major NAME"
        out.append((left, "role-title"))
    return out


def _title_case_post(left):
    """'… To Ensure Transition In Chad After Death Of President Deby': in a headline that capitalises every
    word, the post starts after the last preposition or verb, and a post's 'Of …' follows a post's noun."""
    cut = max((n + 1 for n, t in enumerate(left) if t.lower_ not in ("of", "for", "and", "the")
               and t.pos_ in ("ADP", "VERB", "AUX", "SCONJ", "PART")), default=0)
    left = left[cut:]
    of = next((n for n, t in enumerate(left) if t.lower_ in ("of", "for")), None)
    if of is not None and not has_role_noun(left[:of]):
        left = left[of + 1:]   # "Death Of President": a post's "of" follows its noun
    return left


def _parsed_post_before(sent: Sentence, ent, comma: int, named: set[int]) -> list:
    """'Australia's chief of joint operations, Vice Adm. NAME': a post in lower case that the parse
    sets beside the name."""
    root = ent.root
    head = root.head
    if root.dep_ != "appos" or head.i >= comma or head.lower_ not in ROLE_NOUNS or head.pos_ != "NOUN":
        return []
    words = [t for t in head.subtree if t.i < comma and (t.dep_ != "punct" or t.text in ("'s", "’s"))]
    if any(t.i in named or t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return []
    while words and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    return trim_role(words) if len(words) <= 10 else []


def _own_part(left):
    """'the deputy of [EU foreign-policy chief] NAME', 'adviser to [President] NAME': a post of another
    person ends in the name's own title, which is all that is the name's."""
    link = max((n for n, t in enumerate(left) if t.lower_ in ("of", "for", "to") and 0 < n < len(left) - 1), default=None)
    if link is None or not has_role_noun(left[:link]) or not has_role_noun(left[link + 1:]):
        return left
    head = left[-1]
    if head.lower_ not in ROLE_NOUNS or head.tag_ in ("NNS", "NNPS") or rank_word(head) \
            or fold(head.text).rstrip(".") in MILITARY_RANKS | SHORT_RANKS \
            or any(" ".join(fold(t.text) for t in left[-k:]) in COMPOUND_RANKS for k in (2, 3)):
        # "Chairman of the Joint Chiefs", "Deputy Chief of Staff General NAME", "Commander of UK Space
        # Command Air Vice Marshal NAME": the post, then a rank
        return left
    own = left[link + 1:]
    return own[1:] if own and own[0].lower_ == "the" else own


def judge_title(tokens) -> bool:
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
