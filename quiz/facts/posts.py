"""Posts: the words that make a role ("Defence Minister", "Secretary General for
Operations"), how a role phrase is trimmed to its post, split where it names two,
and which organisation it names.
"""
from __future__ import annotations

import re

from .. import dates
from ..normalise import MILITARY_RANKS, SHORT_RANKS, fold
from .context import HONORIFICS, Sentence, phrase

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
    "brigadier", "major-general", "lieutenant-general", "commandant", "attache", "attaché",
    # rank abbreviations: "Lt. Gen. Dany Fortin"
    "lt.", "lt", "gen.", "gen", "col.", "maj.", "capt.", "adm.", "brig.", "sgt.", "cdr.", "cmdr.",
    "commodore", "co-ordinator", "researcher", "analyst", "fellow", "lecturer", "economist", "historian", "correspondent", "editor",
    "superintendent", "inspector", "constable", "sheriff", "cfo", "coo", "cto", "cio",
    # titles written short: "Rep. Joe Courtney", "Sen. Jane Roe", "Gov. Ann Lee"
    "rep.", "sen.", "gov.",
}


KEEP_ADJ = {"former", "acting", "interim", "top", "senior", "deputy", "chief", "outgoing", "rear", "vice",
            "incoming", "then", "foreign", "defence", "defense", "prime", "military", "special",
            "commanding", "ex"}   # "commanding general of Pacific Operations", "commanding officer", "ex-president"


DROP_ADJ = {"newly-appointed", "newly", "appointed", "new", "newly-elected", "elected", "re-elected",
            # "Pakistan Army's powerful chief": a writer's judgement, not a word of the post
            "powerful", "influential", "popular", "controversial", "veteran", "longtime", "long-serving", "outspoken"}


PORTFOLIO = {"national", "defence", "defense", "foreign", "affairs", "state", "interior", "security", "justice",
             "finance", "home", "economy", "trade", "health", "energy", "veterans", "armed", "forces", "army",
             "navy", "air", "operations", "policy", "political", "public", "international", "development",
             "cooperation", "naval", "staff", "intelligence", "maritime", "fisheries", "agriculture", "education",
             "transport", "labour", "labor", "environment", "communications", "industry", "tourism", "immigration",
             "infrastructure", "commerce", "treasury", "aviation", "welfare", "emergency", "personnel",
             "procurement", "industries"}


CONNECTORS = {"of", "for", "and", "on", "the", "in", "to"}


# "Capt. 1st Rank": a navy's captain by class
CLASS_ORDINAL = re.compile(r"[1-3](?:st|nd|rd)")

# bodies a post may name in lower case after "of": "inspector general of police", "chief of staff"
LOWER_BODIES = {"police", "staff", "army", "navy", "prisons", "customs"}


def role_token_left(t) -> bool:
    low = t.lower_
    if t.text in ("'s", "’s", "-"):
        return True
    if low in HONORIFICS:
        return False
    if low in LOWER_BODIES and t.i > 1 and t.doc[t.i - 1].lower_ == "of" and t.doc[t.i - 2].lower_ in ROLE_NOUNS:
        return True   # "deputy inspector general of police NAME"
    if CLASS_ORDINAL.fullmatch(low) and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "Rank":
        return True   # "Capt. 1st Rank NAME": a navy's rank of captain by class
    if t.is_upper and t.is_alpha and len(t.text) >= 2 and t.pos_ in ("VERB", "AUX", "NUM"):
        return True   # "[IAEA] chief NAME" opening a sentence: an acronym the tagger took for a verb
    if t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "NUM", "PUNCT") and low not in ROLE_NOUNS:
        return False
    if dates.month_number(low) and low in {m.lower() for m in dates.MONTH_NAMES[1:]}:
        return False
    if t.text[:1].isupper():
        return t.pos_ != "DET"
    if low in PORTFOLIO and any(w.lower_ in ROLE_NOUNS and w.lower_ in ("minister", "secretary", "spokesman",
                                                                        "spokesperson", "spokeswoman")
                                for w in t.doc[max(0, t.i - 4):t.i]):
        return True   # "the minister for defence personnel, NAME": a portfolio in lower case
    return low in ROLE_NOUNS or low in KEEP_ADJ or low in DROP_ADJ


LEADING = {"but", "and", "or", "so", "also", "meanwhile", "however", "then", "now", "while", "as", "veteran",
           "longtime", "long-time", "powerful", "influential", "respected", "embattled", "controversial"}


def _without_hometown(tokens):
    """'information manager from Newcastle': where someone is from is not their post."""
    for n, t in enumerate(tokens):
        if t.lower_ == "from" and n > 0 and all(w.ent_type_ in ("GPE", "LOC") or w.lower_ == "the"
                                                for w in tokens[n + 1:]):
            return tokens[:n]
    return tokens


def trim_role(tokens):
    # "newly appointed" is not part of a post, but "New" in "Bank of America in New York" is
    kept = [t for t in _without_hometown(list(tokens)) if not (t.lower_ in DROP_ADJ and t.text.islower())]
    ids = {t.i for t in kept}
    # a hyphen stays only between two kept words ("Major-General", not "Iraq's - Prime Minister")
    tokens = [t for t in kept if t.text != "-" or (t.i - 1 in ids and t.i + 1 in ids)]
    while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].text in ("'s", "’s", "-")
                      or tokens[0].lower_ in LEADING and not _then_held(tokens[0]) or tokens[0].lower_ in dates.WEEKDAYS
                      or tokens[0].pos_ in ("CCONJ", "SCONJ")):
        tokens = tokens[1:]   # "But former deputy minister", "veteran senator", "Wednesday Irish …"
    cut = next((n for n, t in enumerate(tokens) if t.text == "vice" and n > 0 and (
        n == len(tokens) - 1 or tokens[n + 1].text[:1].isupper() and (
            not has_role_noun([tokens[n + 1]]) or tokens[n + 1].lower_ in RANKS))), None)
    if cut is not None:
        # "the commanding general of PAF vice (Lt. Gen.) Kintanar": 'vice' means 'in place of', so the
        # name that follows is the one who leaves the post
        tokens = [] if rank_only(tokens[cut + 1:]) else tokens[:cut]
    while tokens and (tokens[-1].lower_ in CONNECTORS or tokens[-1].text in ("-",)):
        tokens = tokens[:-1]
    for n in range(len(tokens) - 2, 0, -1):
        if tokens[n].lower_ == "to" and not has_role_noun([tokens[n - 1]]) and has_role_noun(tokens[n + 1:]):
            # "Commandant's Cane to Company Under Officer NAME": an award given to the post, not a post
            # (but "Permanent Representative to the United Nations")
            return tokens[n + 1:]
    return tokens


def _then_held(token) -> bool:
    """'the then President': the post was held at the time of an earlier event, and says so."""
    return token.lower_ == "then" and token.i > 0 and token.doc[token.i - 1].lower_ == "the"


def has_role_noun(tokens) -> bool:
    return any(t.lower_ in ROLE_NOUNS or any(p in ROLE_NOUNS for p in t.lower_.split("-"))
               for t in tokens)


def role_text(tokens) -> str:
    text = phrase(tokens)
    text = re.sub(r"(\w)([’'])\s+s\b", r"\1\2s", text)   # "the People' s Liberation Army"
    return re.sub(r"\s+([’']s)\b", r"\1", text)


def split_roles(tokens):
    """'... Security Policy and Special Representative of ...' -> two roles."""
    parts, cur = [], []
    for i, t in enumerate(tokens):
        if t.lower_ == "and" and cur:
            nxt = []
            for w in tokens[i + 1:]:
                if w.lower_ in ("of", "for", "and", ","):
                    break
                nxt.append(w)
            if has_role_noun(nxt) and has_role_noun(cur):
                parts.append(cur)
                cur = []
                continue
        cur.append(t)
    if cur:
        parts.append(cur)
    return parts


def portfolio_link(doc, j: int, sent: Sentence) -> bool:
    """'for' / 'of' / 'and' (or 'of the') between capitalised words inside a title."""
    if j - 1 < sent.span.start:
        return False
    if doc[j].lower_ in ("in", "of", "at") and doc[j - 1].text == "-" and j + 1 < len(doc) and doc[j + 1].text == "-":
        return True   # "Commander-in-Chief", split by the tokenizer at its hyphens
    if doc[j].lower_ == "the" and doc[j - 1].lower_ in ("of", "for", "to", "in") and doc[j + 1].text[:1].isupper():
        # "Chief of the Defence Staff", "commander of the Pacific Fleet"
        return j - 2 >= sent.span.start and (doc[j - 2].text[:1].isupper() or doc[j - 2].lower_ in ROLE_NOUNS)
    if doc[j].lower_ == "of" and doc[j - 1].lower_ in ROLE_NOUNS and doc[j + 1].lower_ in LOWER_BODIES:
        return True   # "inspector general of police"
    if doc[j].lower_ in ("for", "of") and doc[j - 1].lower_ in ("minister", "secretary") and \
            doc[j + 1].lower_ in PORTFOLIO:
        return True   # "minister for defence personnel"
    nxt = doc[j + 2] if doc[j + 1].lower_ == "the" and j + 2 < len(doc) else doc[j + 1]   # "of the UN"
    return doc[j].lower_ in ("for", "of", "and", "&", "in", "on", "to") and nxt.text[:1].isupper() and (
        doc[j - 1].text[:1].isupper() or doc[j - 1].text == ")" or doc[j - 1].lower_ in ROLE_NOUNS)


def bracketed_acronym(doc, j: int) -> bool:
    """')' closing an acronym inside a title: 'UN Mission in Kosovo (UNMIK)'."""
    if doc[j].text != ")" or j < 2:
        return False
    return doc[j - 2].text == "(" and doc[j - 1].is_upper and len(doc[j - 1].text) <= 8


RANK_ABBREVIATIONS = SHORT_RANKS | {r.rstrip(".") for r in MILITARY_RANKS} | {"radm", "vadm", "rdml", "vice", "rear"}


def cut_at_and(tokens):
    """'and' belongs to a title only inside its portfolio ('for Political Affairs and Security
    Policy'); otherwise it joins two people, and the title starts after it."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].lower_ == "and" and not any(t.lower_ in ("for", "of") for t in tokens[:i]):
            before, after = tokens[:i], tokens[i + 1:]
            if before and not has_role_noun(before) and has_role_noun(after[-1:]) and before[-1].text[:1].isupper():
                return tokens   # "Defence and Military Veterans Minister": two portfolios of one post
            if has_role_noun(before[-1:]) and 0 < len(after) <= 2 and all(
                    t.lower_ in ROLE_NOUNS and (t.text.islower() or t.is_upper) for t in after):
                return tokens   # "chairman and CEO": one holder's two posts
            return after
        if tokens[i].lower_ == "and" and 0 < len(tokens) - i - 1 <= 2 and all(
                fold(t.text).rstrip(".") in RANK_ABBREVIATIONS for t in tokens[i + 1:]):
            # "Managing Director of MDL and RAdm NAME": the post is the one before's; his is a rank
            return tokens[i + 1:]
    return tokens


def qualified(tokens) -> bool:
    """'Assistant Secretary General for Political Affairs and Security Policy': a role noun
    followed by 'for', 'of' or 'to' and a capitalised portfolio ('Permanent Representative to the United Nations')."""
    last_role = max((i for i, t in enumerate(tokens) if has_role_noun([t])), default=None)
    if last_role is None or last_role + 2 >= len(tokens) + 1:
        return False
    tail = tokens[last_role + 1:]
    return bool(tail) and tail[0].lower_ in ("for", "of", "to") and len(tail) > 1 and \
        all(t.text[:1].isupper() or t.lower_ in CONNECTORS or t.text in ("(", ")", "'s", "’s")
            or t.text.isdigit() and t.i > 0 and t.doc[t.i - 1].text[:1].isupper() for t in tail[1:]) \
        or len(tail) == 2 and tail[0].lower_ == "of" and tail[1].lower_ in LOWER_BODIES \
        or tail[0].lower_ == "for" and tokens[last_role].lower_ in ("minister", "secretary") and 1 < len(tail) <= 4 \
        and all(t.lower_ in PORTFOLIO or t.lower_ == "and" for t in tail[1:])
    # ("… general of police", "minister for defence personnel": a body or a portfolio in lower case)


BODY_ENTS = {"ORG", "GPE", "NORP"}


def org_of(tokens) -> str | None:
    """The organisation or country a post names: 'NATO' in 'NATO Secretary General', 'Iraq'
    in "Iraq's National Security Advisor", 'Shell' in 'chief executive of Shell'."""
    words, run = [], []
    for t in list(tokens) + [None]:
        owner = t is not None and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("'s", "’s") and t.pos_ == "PROPN"
        # a named body's own words stay in it ('the Federal Security Service', 'Ministry of Health'),
        # though alone 'Security' or 'Health' would be the post's portfolio
        inside = t is not None and run and t.ent_type_ in BODY_ENTS and t.ent_iob_ == "I"
        if t is not None and t.lower_ not in ROLE_NOUNS and (inside or (
                t.ent_type_ in BODY_ENTS or t.pos_ == "PROPN" and t.is_upper and len(t.text) > 1 or owner)
                and t.lower_ not in PORTFOLIO):
            run.append(t)
        elif run:
            words.append(run)
            run = []
    # 'the' and 'of' at either end of a run are no part of the name
    words = [w for w in (_trim_function_words(w) for w in words) if w]
    if not words:
        return None
    return re.sub(r"\s*[’']s$", "", phrase(words[0]))


def _trim_function_words(run):
    while run and run[0].pos_ in ("DET", "ADP", "CCONJ"):
        run = run[1:]
    while run and run[-1].pos_ in ("DET", "ADP", "CCONJ"):
        run = run[:-1]
    return run


RANKS = {"general", "gen.", "gen", "lieutenant", "lt.", "lt", "colonel", "col.", "major", "maj.", "captain",
         "capt.", "admiral", "adm.", "rear", "vice", "brigadier", "brig.", "commodore", "sergeant", "sgt.",
         "marshal", "air", "major-general", "lieutenant-general", "lieutenant-colonel", "-", "ambassador",
         "commander", "cdr.", "cmdr."}


def rank_only(tokens) -> bool:
    """'Vice Admiral', 'Lt. Gen.', a bare 'Ambassador': a rank or form of address, not a post."""
    return all(t.lower_ in RANKS or t.text == "." or fold(t.text).rstrip(".-") in SHORT_RANKS | {"avm", "rtd"}
               for t in tokens)   # "Maj Gen", "Brig Gen", "AVM", and "Lt.- Gen." with a stray hyphen


def modifies(token, collected) -> bool:
    """Lower-case words that belong to a title by the parse: "France's armed forces minister"."""
    if not collected or token.is_punct or token.pos_ not in ("NOUN", "ADJ", "VERB", "PROPN", "PART") \
            or token.lower_ in HONORIFICS or token.tag_ == "VBD" or token.tag_ == "VBN" and token.i > 0 \
            and token.doc[token.i - 1].pos_ == "NOUN":
        return False   # ("an angry flood warden [berated] Defense Minister NAME": the clause's verb)
    heads = {t.i for t in collected}
    return token.dep_ in ("compound", "amod", "nmod", "poss", "case") and (
        token.head.i in heads or token.head.head.i in heads)
