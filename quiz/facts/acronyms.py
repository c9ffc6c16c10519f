"""Acronyms defined in the text: "NATO Training Mission in Iraq (NTM-I)"."""
from __future__ import annotations

import re

from .context import Sentence
from .model import Fact

_PAREN = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&-]{1,11})\)")
_WORD = re.compile(r"[A-Za-z][\w'’.&-]*")
MINOR = {"of", "in", "for", "and", "the", "on", "to", "de", "du", "des", "la", "le", "&"}


def _letters(acronym: str) -> str:
    return "".join(c for c in acronym if c.isupper())


def _initials(words: list[str], split_hyphens: bool) -> str:
    out = []
    for w in words:
        if w.lower() in MINOR:
            continue
        parts = w.split("-") if split_hyphens else [w]
        for p in parts:
            if p:
                out.append(p[0].upper() if p[0].isalpha() else "")
    return "".join(out)


def _prefixes(words: list[str], letters: str) -> bool:
    """'Kosovo Force (KFOR)': each word gives the start of its own part of the acronym."""
    content = [w for w in words if w.lower() not in MINOR]
    if not content or len(content) > len(letters):
        return False

    def match(li: int, wi: int) -> bool:
        if wi == len(content):
            return li == len(letters)
        word = content[wi].upper()
        return any(li + k <= len(letters) and word[:k] == letters[li:li + k] and match(li + k, wi + 1)
                   for k in range(1, min(len(word), len(letters) - li) + 1))
    return match(0, 0)


def expansion_before(text: str, acronym: str) -> tuple[int, str] | None:
    """The words just before '(ACR)' whose initials spell it: (start, expansion)."""
    letters = _letters(acronym)
    if len(letters) < 2:
        return None
    words = list(_WORD.finditer(text))[-14:]
    for n in range(1, len(words) + 1):
        chunk = words[-n:]
        names = [m.group() for m in chunk]
        if names[0].lower() in MINOR or not names[0][0].isupper():
            continue
        if re.search(r"[,;:.!?“”\"]", text[chunk[0].start():]):
            break
        for split in (False, True):
            if _initials(names, split) == letters:
                return chunk[0].start(), text[chunk[0].start():].strip()
        if _prefixes(names, acronym.replace("-", "").upper()):
            return chunk[0].start(), text[chunk[0].start():].strip()
    return None


def acronym_facts(sent: Sentence) -> list[Fact]:
    text = sent.parsed_text
    facts = []
    for m in _PAREN.finditer(text):
        acr = m.group("acr")
        if sum(c.isupper() for c in acr) < 2 or acr.isdigit():
            continue
        found = expansion_before(text[:m.start()].rstrip(), acr)
        if not found:
            continue
        start, expansion = found
        expansion = re.sub(r"\s*['’]s?$", "", expansion)   # "the New York Stock Exchange's (NYSE)", "Services' (IDS)"
        if len(expansion.split()) < 2:
            continue
        facts.append(Fact(
            type="acronym", subject=acr.upper(),
            sources=[sent.source_chars(start, m.end(), "acronym-parenthesis")],
            acronym=acr, expansion=expansion))
    return facts
