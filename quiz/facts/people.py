"""People and their roles: title before the name, apposition, parenthesis.

"NATO Secretary General Jens Stoltenberg", "Tom Goffus, NATO Assistant
Secretary General for Operations", "the National Security Advisor, Qasim
al-Araji", "Haidar al-Abadi (Prime Minister of Iraq)". Later mentions
("Mr Stoltenberg", "Prime Minister al-Abadi") resolve to the full name.
"""
from __future__ import annotations

import re

from .. import dates
from .context import HONORIFICS, NAME_PARTICLES, Sentence, phrase
from .model import Fact, fold, key_words, person_key

ROLE_NOUNS = {
    "secretary", "general", "minister", "president", "premier", "adviser", "advisor", "ambassador",
    "commander", "chief", "director", "head", "chairman", "chairwoman", "chair", "chairperson",
    "spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "king", "queen",
    "prince", "princess", "governor", "mayor", "senator", "deputy", "officer", "admiral",
    "colonel", "lieutenant", "captain", "sergeant", "marshal", "chancellor", "emir", "sultan",
    "leader", "coordinator", "commissioner", "undersecretary", "under-secretary", "delegate",
    "counsellor", "counselor", "councillor", "lawmaker", "mp", "ceo", "professor", "judge",
    "prosecutor", "attorney", "official", "diplomat", "negotiator", "speaker", "vice-president",
    "secretary-general", "minister-president", "dean", "rector", "founder", "executive", "manager",
    "chairmain", "sheikh", "brigadier", "major-general", "lieutenant-general", "commandant",
}
KEEP_ADJ = {"former", "acting", "interim", "top", "senior", "deputy", "chief", "outgoing",
            "incoming", "then", "foreign", "defence", "defense", "prime", "military", "special"}
DROP_ADJ = {"newly-appointed", "newly", "appointed", "new", "newly-elected", "elected", "re-elected"}
CONNECTORS = {"of", "for", "and", "on", "the", "in", "to"}


def _role_token_left(t) -> bool:
    low = t.lower_
    if t.text in ("'s", "’s", "-"):
        return True
    if low in HONORIFICS:
        return False
    if t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "NUM", "PUNCT") and low not in ROLE_NOUNS:
        return False
    if dates.month_number(low) and low in {m.lower() for m in dates.MONTH_NAMES[1:]}:
        return False
    if t.text[:1].isupper():
        return t.pos_ != "DET"
    return low in ROLE_NOUNS or low in KEEP_ADJ or low in DROP_ADJ


def _trim_role(tokens):
    tokens = [t for t in tokens if t.lower_ not in DROP_ADJ]
    while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].text in ("'s", "’s", "-")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in CONNECTORS or tokens[-1].text in ("-",)):
        tokens = tokens[:-1]
    return tokens


def _has_role_noun(tokens) -> bool:
    return any(t.lower_ in ROLE_NOUNS or any(p in ROLE_NOUNS for p in t.lower_.split("-"))
               for t in tokens)


def _role_text(tokens) -> str:
    text = phrase(tokens)
    return re.sub(r"\s+([’']s)\b", r"\1", text)


def _split_roles(tokens):
    """'... Security Policy and Special Representative of ...' -> two roles."""
    parts, cur = [], []
    for i, t in enumerate(tokens):
        if t.lower_ == "and" and cur:
            nxt = []
            for w in tokens[i + 1:]:
                if w.lower_ in ("of", "for", "and", ","):
                    break
                nxt.append(w)
            if _has_role_noun(nxt) and _has_role_noun(cur):
                parts.append(cur)
                cur = []
                continue
        cur.append(t)
    if cur:
        parts.append(cur)
    return parts


def _clean_name(span) -> tuple[str, object, object] | None:
    tokens = [t for t in span if t.lower_ not in HONORIFICS and t.text not in ("'s", "’s")]
    if not tokens:
        return None
    name = phrase(tokens)
    words = name.split()
    if any(ch.isdigit() for ch in name):
        return None
    if not all(w[:1].isupper() or w.lower() in NAME_PARTICLES or w.lower().startswith(("al-", "el-"))
               for w in words):
        return None
    if all(w.lower() in ROLE_NOUNS for w in words):
        return None
    return name, tokens[0], tokens[-1]


def role_facts(sent: Sentence) -> list[Fact]:
    doc = sent.span.doc
    facts = []
    authors = {fold(a) for a in sent.doc.authors}
    for ent in sent.span.ents:
        if ent.label_ != "PERSON":
            continue
        cleaned = _clean_name(ent)
        if cleaned is None:
            continue
        name, first, last = cleaned
        if len(name.split()) >= 2:
            full = name
        else:
            full = sent.state.resolve(name)
            if full is None:
                continue
        if fold(full) in authors:
            continue
        found = []
        # 1. title before the name: "NATO Secretary General Jens Stoltenberg"
        left = []
        j = ent.start - 1
        while j >= sent.span.start and _role_token_left(doc[j]):
            left.insert(0, doc[j])
            j -= 1
        if j >= sent.span.start and doc[j].text == "," and not left:
            # "the National Security Advisor, Qasim al-Araji"
            k = j - 1
            while k >= sent.span.start and _role_token_left(doc[k]):
                left.insert(0, doc[k])
                k -= 1
            if left and not _has_role_noun(left[-1:]):
                left = []
            rule_left = "role-title-comma"
        else:
            rule_left = "role-title"
        left = _trim_role(left)
        if left and _has_role_noun(left) and _has_role_noun(left[-2:]):
            found.append((left, rule_left))
        # 2. apposition: "Tom Goffus, NATO Assistant Secretary General for Operations"
        k = ent.end
        if k < sent.span.end and doc[k].text == "," and not found:
            right = []
            m = k + 1
            while m < sent.span.end:
                t = doc[m]
                if t.text in (",", ".", ";", ":", ")", "(", "“", "”", '"', "—", "–"):
                    break
                if t.pos_ in ("VERB", "AUX", "PRON") and t.lower_ not in ROLE_NOUNS and not t.text[:1].isupper():
                    break
                if not (t.text[:1].isupper() or t.lower_ in CONNECTORS or t.lower_ in ROLE_NOUNS
                        or t.lower_ in KEEP_ADJ or t.text in ("'s", "’s", "-")):
                    break
                right.append(t)
                m += 1
            if right and right[0].lower_ in ("the", "a", "an"):
                right = right[1:]
            right = _trim_role(right)
            ends_ok = m >= sent.span.end or doc[m].text in (",", ".", ";", ")", "”", '"', "—", "–") \
                or doc[m].pos_ in ("VERB", "AUX")
            parts = _split_roles(right) if right else []
            if not ends_ok:
                parts = parts[:-1]   # the last part runs into lowercase prose: keep the whole ones
            if parts and _has_role_noun(parts[0][:4]) and right[0].text[:1].isupper():
                for part in parts:
                    found.append((_trim_role(part), "role-apposition"))
        # 3. parenthesis: "Haidar al-Abadi (Prime Minister of Iraq)"
        if k < sent.span.end and doc[k].text == "(":
            inner = []
            m = k + 1
            while m < sent.span.end and doc[m].text != ")" and len(inner) < 14:
                inner.append(doc[m])
                m += 1
            inner = _trim_role(inner)
            if m < sent.span.end and doc[m].text == ")" and inner and _has_role_noun(inner) \
                    and inner[0].text[:1].isupper():
                found.append((inner, "role-parenthesis"))
        for tokens, rule in found:
            if not tokens:
                continue
            role = _role_text(tokens)
            if len(role) < 3 or fold(role) in {fold(full), fold(name)}:
                continue
            facts.append(Fact(
                type="person_role", subject=f"{person_key(full)} | {role_key(role)}",
                sources=[sent.source(min(tokens[0], first, key=lambda t: t.i),
                                     max(tokens[-1], last, key=lambda t: t.i), rule)],
                person=full, role=role, aliases=[name] if name != full else []))
    return facts


def note_people(sent: Sentence) -> None:
    """Remember full names in this sentence, for later mentions."""
    for ent in sent.span.ents:
        if ent.label_ != "PERSON":
            continue
        cleaned = _clean_name(ent)
        if cleaned is None:
            continue
        name = cleaned[0]
        if len(name.split()) >= 2 and fold(name) not in {fold(a) for a in sent.doc.authors}:
            sent.state.remember(name)
        elif len(name.split()) == 1:
            full = sent.state.resolve(name)
            if full:
                sent.state.last_person = full


def role_key(role: str) -> str:
    """Word order does not change an office: 'Prime Minister of Iraq' = 'Iraqi Prime Minister'."""
    return " ".join(sorted(key_words(role)))
