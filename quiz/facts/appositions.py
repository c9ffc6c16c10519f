"""Posts told after a name: an apposition ("Tom Goffus, NATO Assistant Secretary General for
Operations", "Gen. NAME, commander, Air Force Global Strike Command,", by the parse "Stefano
Marcucci, the mission's operation commander") and a parenthesis ("Haidar al-Abadi (Prime
Minister of Iraq)"). ``people`` reads the posts before a name and gathers both.
"""
from __future__ import annotations

import re

from ..normalise import NAME_SUFFIXES, fold
from .context import HONORIFICS, Sentence
from .name_forms import PLACE_HEADS
from .names import person_spans
from .posts import CONNECTORS, KEEP_ADJ, ROLE_NOUNS, has_role_noun, split_roles, trim_role


def _inside_phrase(sent: Sentence, ent) -> bool:
    """The name stands inside a prepositional phrase of its clause ('… a donation from the Attaché
    Colonel X'), so it cannot be the subject a following verb needs."""
    doc = sent.span.doc
    for t in reversed(doc[sent.span.start:ent.start]):
        if t.text in (",", ";", ":", "—", "–", "(", "“", '"'):
            return False
        if t.pos_ == "ADP" and t.dep_ == "prep":
            return True
    return False


def apposition(sent: Sentence, ent, named: set[int]) -> list:
    """'Tom Goffus, NATO Assistant Secretary General for Operations', and by the parse
    'Stefano Marcucci, the mission's operation commander'."""
    doc = sent.span.doc
    k = ent.end
    if k + 2 < sent.span.end and doc[k].text == "," and fold(doc[k + 1].text).rstrip(".") in NAME_SUFFIXES \
            and doc[k + 2].text == ",":
        k += 2   # "Gen. Joseph Dunford, Jr., Chairman of the Joint Chiefs of Staff": the suffix is the name's
    if k >= sent.span.end or doc[k].text != ",":
        return []
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("including", "like", "as", "among") and (
            ent.root.head.lower_ != "as" or ent.root.head.i > 0 and doc[ent.root.head.i - 1].lower_ == "such") \
            and not any(t.text == ";" for t in doc[k:sent.span.end]):
        # "dignitaries including Bill Clinton, the King of Belgium as well as …": a list, each its own item
        # (but "including Gen. X, Commander of the 12 Corps; Gen. Y": semicolons keep each with its post)
        return []
    right = []
    m = k + 1
    window = []
    for t in doc[k + 1:min(sent.span.end, k + 14)]:
        if t.i in named and window and (has_role_noun(window[-1:]) or window[-1].text == "."):
            return []   # "Adm. Harry Harris, Strategic Command head Gen. John Hyten": the next one's title
        if t.text in (",", ".", ";", ":", ")", "(", "“", "”", '"', "—", "–") or t.i in named:
            break
        window.append(t)
    if window and _next_ones(sent, window[-1].i + 1, named):
        return []   # "Mr Christopher Pyne, Minister for Foreign Affairs of Japan, Mr Taro Kono": the next one's post
    office = _office_comma_unit(sent, window, named)
    if office:
        return [(office, "role-apposition")]
    if len(window) >= 2 and window[-1].lower_ in ROLE_NOUNS and (window[0].text[:1].isupper() or re.fullmatch(
            r"\d+(?:st|nd|rd|th)", window[0].text) and window[1].text[:1].isupper()) and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ == "PRON" for t in window):
        # "Lt. John M. Groen, Coast Guard Cutter Joseph Napier commanding officer,": lower-case
        # words inside a post that ends on its office noun
        return [(trim_role(window), "role-apposition")]
    while m < sent.span.end:
        t = doc[m]
        if t.like_num and m + 2 < sent.span.end and doc[m + 1].text == "-" and doc[m + 2].lower_ == "strong":
            m += 3   # "commander of Australia's 3,000-strong 1st Brigade": the size is no part of the post
            continue
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", t.text) and m + 1 < sent.span.end and doc[m + 1].text[:1].isupper():
            right.append(t)   # "the 1st Brigade", "the 5th Infantry Division"
            m += 1
            continue
        if t.text in (",", ".", ";", ":", ")", "(", "“", "”", '"', "—", "–") or t.i in named or \
                t.text == "-" and t.whitespace_ and doc[t.i - 1].whitespace_:   # "of Save Our Community - a group …"
            break
        if t.pos_ in ("VERB", "AUX", "PRON") and t.lower_ not in ROLE_NOUNS and t.lower_ not in KEEP_ADJ \
                and not t.text[:1].isupper():
            break   # ("acting", "commanding" stay: "commanding general of Pacific Operations")
        if not (t.text[:1].isupper() or t.lower_ in CONNECTORS or t.lower_ in ROLE_NOUNS
                or t.lower_ in KEEP_ADJ or t.text in ("'s", "’s", "-")):
            break
        right.append(t)
        m += 1
    if right and right[0].lower_ in ("and", "or", "but"):
        return []   # ", and the Chief of Defence, …": the next person's title
    if right and right[0].lower_ in ("the", "a", "an"):
        right = right[1:]
    right = trim_role(right)
    ends_ok = m >= sent.span.end or doc[m].text in (",", ".", ";", ")", "”", '"', "—", "–") \
        or doc[m].pos_ in ("VERB", "AUX") or doc[m].text == "-" and doc[m].whitespace_
    if right and m < sent.span.end and doc[m].tag_ in ("VBD", "VBZ", "VBP", "MD") and _inside_phrase(sent, ent):
        return []   # "… a donation from Colonel X, the Acting Defence Minister handed over …": a new subject
    parts = split_roles(right) if right else []
    if not ends_ok:
        parts = parts[:-1]   # the last part runs into lowercase prose: keep the whole ones
    if parts and has_role_noun(parts[0][:4]) and (right[0].text[:1].isupper() or right[0].lower_ in KEEP_ADJ
                                                  and len(right) > 1 and has_role_noun(right[1:2])):
        return [(trim_role(part), "role-apposition") for part in parts]
    return _parsed_apposition(sent, ent)


def _next_ones(sent: Sentence, k: int, named: set[int]) -> bool:
    """Whether a comma at k opens the next name of a list of posts and names, with its honorific."""
    doc = sent.span.doc
    if k >= sent.span.end or doc[k].text != ",":
        return False
    k += 1
    while k < sent.span.end and (doc[k].lower_ in HONORIFICS or doc[k].text == "."):
        k += 1
    return k in named


# the head words of bodies a post belongs to ("Western Naval Command", "Ministry of Defence" end so)
BODY_HEADS = PLACE_HEADS - {"sea", "ocean", "river", "strait", "gulf", "bay", "island", "islands", "lake", "mountain",
                            "mountains", "street", "road", "square", "avenue", "valley", "desert", "peninsula", "canal",
                            "bridge", "province", "region", "district", "county", "state", "city", "park", "stadium",
                            "museum", "prize", "award", "cup", "summit", "treaty", "agreement", "act", "bill",
                            "meeting", "conference", "talks", "session", "forum", "dialogue", "ceremony",
                            "convention"} | {"defence", "defense", "affairs", "staff", "police", "service", "services",
                                             "corps", "fleet", "headquarters",
                                             # a directorate: "Director, Army Public Relations"
                                             "relations", "operations", "intelligence", "information",
                                             "communications"}


def _office_comma_unit(sent: Sentence, window, named: set[int]) -> list:
    """'Gen. NAME, commander, Air Force Global Strike Command, said': an office noun, a comma and
    the capitalised unit it commands, closed by a comma or the sentence's end."""
    doc = sent.span.doc
    one_noun = len(window) == 1 and window[0].lower_ in ROLE_NOUNS and window[0].text.islower()
    # "Vice Admiral NAME, Flag Officer Commanding in Chief, Western Naval Command", "NAME, Spokesperson,
    # Ministry of Defence, said": a capitalised post, then its body, when the body's name says it is one
    if len(window) > 1 and window[0].lower_ == "the":
        window = window[1:]   # "Sani Usman, the Director, Army Public Relations, said"
    titled = has_role_noun(window) and window[0].text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "the", "in", "&") for t in window)
    if not (one_noun or titled):
        return []
    j = window[-1].i + 1
    if j + 1 >= sent.span.end or doc[j].text != ",":
        return []
    unit = []
    for t in doc[j + 1:min(sent.span.end, j + 10)]:
        if t.text in (",", ".", ";") or t.is_space:
            break
        if t.i in named or not (t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "the", "&")
                                or re.fullmatch(r"\d+(?:st|nd|rd|th)", t.text)):
            return []
        unit.append(t)
    end = unit[-1].i + 1 if unit else j + 1
    if not unit or unit[-1].pos_ != "PROPN" or end < sent.span.end and doc[end].text not in (",", ".", ";"):
        return []
    if not one_noun and unit[-1].lower_ not in BODY_HEADS:
        return []   # "NAME, Spokesperson, London": a place, not the post's body
    return list(window) + [doc[j]] + unit


def _parsed_apposition(sent: Sentence, ent) -> list:
    """An apposition headed by an office noun: ', the mission's operation commander,'."""
    people = {i for e in person_spans(sent) for i in range(e.start, e.end)}
    doc = sent.span.doc
    # "Australia's 3,000-strong 1st Brigade": the size is no part of the post
    sized = {t.i + k for t in sent.span if t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text == "-"
             and doc[t.i + 2].lower_ == "strong" for k in range(3)}
    for token in ent:
        for child in token.children:
            if child.dep_ != "appos" or child.i < ent.end or child.lower_ not in ROLE_NOUNS:
                continue
            depth, inside = 0, set()
            for t in child.subtree:   # "(Screenshot via RTVM livestream)" is a credit, not the post
                depth += t.text == "("
                if depth:
                    inside.add(t.i)
                depth -= t.text == ")" and depth > 0
            # the post ends at its comma, or at a spaced dash that opens a note ("… Community - a group …")
            comma = next((t.i for t in child.subtree if t.i > child.i and (t.text == "," or t.text in ("-", "–", "—")
                                                                           and t.whitespace_ and doc[t.i - 1].whitespace_)), None)
            # "a researcher at Delft University who studies peer-to-peer networks": the post ends
            # where its relative clause begins
            clause = min((w.i for c in child.subtree if c.dep_ in ("relcl", "acl") and c != child
                          for w in c.subtree), default=None)
            # "president of Mongolia and commander-in-chief of its armed forces": two posts
            posts = [c for c in child.children if c.dep_ == "conj" and c.lower_ in ROLE_NOUNS]
            joined = {w.i for c in child.children if c.dep_ in ("conj", "cc") and c.i > child.i for w in c.subtree}
            out = []
            for head, skip in [(child, joined)] + [(c, set()) for c in posts]:
                # a hyphen inside a word stays ("the US-trained Danab commandos")
                words = [t for t in head.subtree if t.dep_ not in ("relcl", "acl") and t.i not in sized
                         and (t.dep_ != "punct" or t.text in ("-", "–") and not t.whitespace_ and t.i > 0
                              and not t.doc[t.i - 1].whitespace_)
                         and t.head.dep_ not in ("relcl", "acl") and t.i >= ent.end and t.i not in inside
                         and t.i not in skip and (comma is None or t.i < comma) and (clause is None or t.i < clause)]
                kept = {w.i for w in words}
                # "spokesperson for [Ministry] of Foreign Affairs, Ukraine": a word the parse hung past
                # the comma still sits inside the post
                words = [t for t in words if t.i <= head.i or t.head.i in kept or t.pos_ == "PROPN"
                         and t.i - 1 in kept and t.i + 1 in kept]
                while words and words[0].i - 2 >= ent.end and doc[words[0].i - 1].text in ("-", "–") and \
                        not doc[words[0].i - 1].whitespace_ and not doc[words[0].i - 2].whitespace_:
                    # "first vice-president": the parse split the word; the post keeps all of it
                    first = doc[words[0].i - 2]
                    words = [w for w in first.subtree if w.i < first.i and w.i >= ent.end + 1] + \
                        [first, doc[words[0].i - 1]] + words
                words = trim_role([t for t in words if t.lower_ not in ("the", "a", "an") or t.i > words[0].i])
                # "a retired Air Force lieutenant colonel and [National Organization for Women] vice
                # president": words the parse joined across an "and" are two posts run together, not one
                torn = any(doc[k].lower_ in ("and", "or", "&") for a, b in zip(words, words[1:])
                           for k in range(a.i + 1, b.i))
                if words and len(words) <= 14 and not torn and not any(t.i in people for t in words):
                    out.append((words, "role-apposition"))
            if out:
                return out
    return []


def parenthesis(sent: Sentence, ent) -> list:
    """'Haidar al-Abadi (Prime Minister of Iraq)'."""
    doc = sent.span.doc
    k = ent.end
    if k >= sent.span.end or doc[k].text != "(":
        return []
    inner = []
    m = k + 1
    while m < sent.span.end and doc[m].text != ")" and len(inner) < 14:
        inner.append(doc[m])
        m += 1
    inner = trim_role(inner)
    # "(2nd Division Commander)", "(402 Brigade Commander)": a unit's number opens the post
    numbered = len(inner) > 2 and re.fullmatch(r"\d+(?:st|nd|rd|th)?", inner[0].text) and inner[1].text[:1].isupper()
    if m < sent.span.end and doc[m].text == ")" and inner and has_role_noun(inner[-1:] if numbered else inner) and (
            inner[0].text[:1].isupper() or numbered):
        return [(inner, "role-parenthesis")]
    return []
