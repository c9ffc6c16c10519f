"""Questions realised from clause frames: subject–auxiliary inversion, do-support,
agreement, and the forms of the verb, with lemminflect for the inflections.

A clause frame (built by the facts stage from the parse) holds the subject, the
verb's lemma, its tense and voice, its auxiliary and the words that complete
it. The functions here turn one into the parts of a question; a frame that
cannot be worded well gives None, and the card is not made.
"""
from __future__ import annotations

import re

from functools import lru_cache

MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must"}


@lru_cache(maxsize=4096)
def inflect(lemma: str, tag: str) -> str:
    """The form of ``lemma`` for a Penn tag ('VBN', 'VBZ', 'NNS'); the lemma when unknown."""
    from lemminflect import getInflection

    if lemma == "be":
        return {"VBN": "been", "VBG": "being", "VBZ": "is", "VBP": "are", "VBD": "was", "VB": "be"}.get(tag, "be")
    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma


def plural_noun(noun: str) -> str:
    """'district' -> 'districts'; a phrase inflects its last word."""
    words = noun.split()
    if not words:
        return noun
    last = words[-1]
    if last.lower().endswith(("people", "personnel", "staff", "police", "military")) or not last.islower():
        return noun
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(last, upos="NOUN").get("NOUN", ())
    if lemmas and lemmas[0] != last or not lemmas and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return noun   # already plural: 'men', 'troops', 'peacekeepers'
    return " ".join(words[:-1] + [inflect(last, "NNS")])


def _be(tense: str, plural: bool) -> str:
    if tense == "past":
        return "were" if plural else "was"
    return "are" if plural else "is"


def _join(*parts: str | None) -> str:
    return _articles(" ".join(p for p in parts if p))


_A_WORD = re.compile(r"\b([Aa]) ([A-Za-z]+)")


def _vowel_sound(word: str) -> bool:
    w = word.lower()
    if word.isupper() and len(word) > 1:   # "an MP", "a NATO base": initials read as letters or a word
        return w[0] in "aefhilmnorsx" and not (len(word) > 3 and w[0] not in "aeiou")
    if w.startswith(("one", "once", "eu", "ewe", "uni", "use", "usu", "uti", "ura", "ure", "uk")):
        return False
    return w[0] in "aeiou" or w.startswith(("hon", "hour", "heir"))


_THE_POSSESSIVE = re.compile(r"\bthe ((?:[A-Z][\w-]*\s)*[A-Z][\w-]*['’]s)\s")


def _articles(text: str) -> str:
    """'become a honorary professor' (the source's slip) reads 'an honorary professor'; 'summon
    the Armenia's ambassador' reads 'summon Armenia's ambassador'."""
    text = _THE_POSSESSIVE.sub(r"\1 ", text)
    return _A_WORD.sub(lambda m: m.group(1) + ("n " if _vowel_sound(m.group(2)) else " ") + m.group(2), text)


def _ok(frame: dict) -> bool:
    return frame.get("kind") == "clause" and bool(frame.get("lemma")) and not frame.get("negated")


def inverted(frame: dict) -> str | None:
    """'did NATO agree to establish a mission', 'was the mission launched', 'will the
    ministers meet in Brussels': the auxiliary, the subject, the rest of the verb group."""
    if not _ok(frame) or not frame.get("subject"):
        return None
    subj, lemma, tense, plural = frame["subject"], frame["lemma"], frame["tense"], frame.get("plural", False)
    if subj.startswith("The ") and len(subj.split()) >= 3:
        subj = "t" + subj[1:]   # "did the House of Representatives pass …" ("The Hague", "The Gambia" stay)
    passive = frame.get("voice") == "passive"
    adv, rest = frame.get("adverb") or "", frame.get("rest") or ""
    aux = (frame.get("aux") or "").lower()
    participle = inflect(lemma, "VBN")
    if tense == "planned":
        finite = aux if aux in ("is", "are", "was", "were") else _be("present", plural)
        body = _join("be", participle) if passive else lemma
        return _join(finite, subj, frame.get("planned"), adv, body, rest)
    if tense == "modal":
        modal = aux if aux in MODALS else None
        if modal is None:
            return None
        return _join(modal, subj, adv, _join("be", participle) if passive else lemma, rest)
    if tense == "perfect":
        have = aux if aux in ("has", "have", "had") else ("have" if plural else "has")
        return _join(have, subj, adv, _join("been", participle) if passive else participle, rest)
    if tense == "progressive":
        return _join(_be("past" if aux in ("was", "were") else "present", plural), subj, adv,
                     inflect(lemma, "VBG"), rest)
    if tense not in ("past", "present"):
        return None
    if passive:
        return _join(_be(tense, plural), subj, adv, participle, rest)
    if lemma == "be":
        return _join(_be(tense, plural), subj, adv, rest)
    do = "did" if tense == "past" else ("do" if plural else "does")
    return _join(do, subj, adv, lemma, rest)


def predicate(frame: dict) -> str | None:
    """The verb group and its complements, for a question whose subject is asked for
    ('How many officers were trained in 2010'); the asked-for subject is plural."""
    if not _ok(frame):
        return None
    lemma, tense = frame["lemma"], frame["tense"]
    passive = frame.get("voice") == "passive"
    adv, rest = frame.get("adverb") or "", frame.get("rest") or ""
    aux = (frame.get("aux") or "").lower()
    participle = inflect(lemma, "VBN")
    if tense == "planned":
        finite = "were" if aux in ("was", "were") else "are"
        return _join(finite, frame.get("planned"), adv, _join("be", participle) if passive else lemma, rest)
    if tense == "modal":
        if aux not in MODALS:
            return None
        return _join(aux, adv, _join("be", participle) if passive else lemma, rest)
    if tense == "perfect":
        have = "had" if aux == "had" else "have"
        return _join(have, adv, _join("been", participle) if passive else participle, rest)
    if tense == "progressive":
        return _join("were" if aux in ("was", "were") else "are", adv, inflect(lemma, "VBG"), rest)
    if tense not in ("past", "present"):
        return None
    if passive or lemma == "be":
        return _join(_be(tense, True), adv, participle if passive else None, rest)
    return _join(adv, inflect(lemma, "VBD" if tense == "past" else "VBP"), rest)


def since(frame: dict) -> str | None:
    """'has NATO Mission Iraq advised Iraqi security institutions': the perfect a 'Since
    when' question needs; None unless the text itself is in the perfect."""
    if not _ok(frame) or frame.get("tense") != "perfect":
        return None
    return inverted(frame)
