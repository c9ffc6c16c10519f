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
from ..normalise import fold, person_key, role_key
from .model import Fact

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
    "sheikh", "brigadier", "major-general", "lieutenant-general", "commandant",
    # rank abbreviations: "Lt. Gen. Dany Fortin"
    "lt.", "lt", "gen.", "gen", "col.", "maj.", "capt.", "adm.", "brig.", "sgt.", "cdr.", "cmdr.",
    "commodore", "co-ordinator", "researcher", "analyst", "fellow", "lecturer", "economist", "historian", "correspondent", "editor",
}
KEEP_ADJ = {"former", "acting", "interim", "top", "senior", "deputy", "chief", "outgoing", "rear", "vice",
            "incoming", "then", "foreign", "defence", "defense", "prime", "military", "special"}
DROP_ADJ = {"newly-appointed", "newly", "appointed", "new", "newly-elected", "elected", "re-elected"}
PORTFOLIO = {"national", "defence", "defense", "foreign", "affairs", "state", "interior", "security", "justice",
             "finance", "home", "economy", "trade", "health", "energy", "veterans", "armed", "forces", "army",
             "navy", "air", "operations", "policy", "political", "public", "international", "development",
             "cooperation", "naval", "staff", "intelligence"}
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


LEADING = {"but", "and", "or", "so", "also", "meanwhile", "however", "then", "now", "while", "as", "veteran",
           "longtime", "long-time", "powerful", "influential", "respected", "embattled", "controversial"}


def _without_hometown(tokens):
    """'information manager from Newcastle': where someone is from is not their post."""
    for n, t in enumerate(tokens):
        if t.lower_ == "from" and n > 0 and all(w.ent_type_ in ("GPE", "LOC") or w.lower_ == "the"
                                                for w in tokens[n + 1:]):
            return tokens[:n]
    return tokens


def _trim_role(tokens):
    # "newly appointed" is not part of a post, but "New" in "Bank of America in New York" is
    kept = [t for t in _without_hometown(list(tokens)) if not (t.lower_ in DROP_ADJ and t.text.islower())]
    ids = {t.i for t in kept}
    # a hyphen stays only between two kept words ("Major-General", not "Iraq's - Prime Minister")
    tokens = [t for t in kept if t.text != "-" or (t.i - 1 in ids and t.i + 1 in ids)]
    while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].text in ("'s", "’s", "-")
                      or tokens[0].lower_ in LEADING or tokens[0].lower_ in dates.WEEKDAYS
                      or tokens[0].pos_ in ("CCONJ", "SCONJ")):
        tokens = tokens[1:]   # "But former deputy minister", "veteran senator", "Wednesday Irish …"
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


def person_spans(sent: Sentence) -> list:
    """PERSON entities, plus names the tagger missed right after a title
    ('Major-General Dany Fortin'): two or three capitalised words after a role noun."""
    doc = sent.span.doc
    spans = [e for e in sent.span.ents if e.label_ == "PERSON"]
    for e in sent.span.ents:
        # "Rear Admiral Tomasz Wielgosz" tagged as an organisation: the title, then the name
        after_portfolio_link = e.start >= 2 and doc[e.start - 1].lower_ in ("of", "for") \
            and _has_role_noun([doc[e.start - 2]])   # "Secretary of [National Defense Ramon Villareal]"
        if e.label_ != "PERSON" and len(e) >= 3 and (_has_role_noun([e[0], e[1]]) or after_portfolio_link):
            k = e.start
            while k < e.end and (_has_role_noun([doc[k]]) or doc[k].lower_ in KEEP_ADJ
                                 or after_portfolio_link and doc[k].lower_ in PORTFOLIO):
                k += 1
            rest = doc[k:e.end]
            if 2 <= len(rest) <= 3 and all(t.text[:1].isupper() and t.text.isalpha() and t.lower_ not in ROLE_NOUNS
                                           for t in rest):
                spans.append(rest)
    taken = {i for e in spans for i in range(e.start, e.end)}
    months = {m.lower() for m in dates.MONTH_NAMES[1:]} | set(dates.WEEKDAYS)

    def namelike(t) -> bool:
        return (t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper and t.i not in taken
                and t.lower_ not in ROLE_NOUNS and t.lower_ not in months and t.lower_ not in PORTFOLIO
                and t.ent_type_ in ("", "PERSON") and t.text.isalpha())

    def after_title(i: int) -> bool:
        if _has_role_noun([doc[i - 1]]) and doc[i - 1].text[:1].isupper():
            return True   # "Major-General Dany Fortin"
        k = i - 1   # "Minister of National Defence Mariusz Błaszczak": back over the portfolio
        while k > sent.span.start and (doc[k].lower_ in PORTFOLIO and doc[k].text[:1].isupper()
                                       or doc[k].lower_ in ("of", "for", "the")):
            k -= 1
        if k < i - 1 and _has_role_noun([doc[k]]) and doc[k].text[:1].isupper():
            return True
        # "Colombia's Minister of National Defence, Andrés Felipe Carvajal"
        return doc[i - 1].text == "," and any(_has_role_noun([t]) and t.text[:1].isupper()
                                              for t in doc[max(sent.span.start, i - 7):i - 1])

    i = sent.span.start + 1
    while i < sent.span.end:
        if after_title(i) and namelike(doc[i]):
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
    spans = [e for e in spans if not _place_or_body(e) and not _common_words(e)]
    # one name, one span: "Abd Rabbu" inside "Abd Rabbu Mansour Hadi" is the same mention
    spans = [e for e in spans if not any(o is not e and o.start <= e.start and e.end <= o.end
                                         and len(o) > len(e) for o in spans)]
    return sorted(spans, key=lambda e: e.start)


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


def _place_or_body(span) -> bool:
    last = span[-1]
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return last.lower_ in PLACE_HEADS or (nxt is not None and nxt.lower_ in PLACE_HEADS and nxt.text[:1].isupper())


def _portfolio_link(doc, j: int, sent: Sentence) -> bool:
    """'for' / 'of' / 'and' (or 'of the') between capitalised words inside a title."""
    if j - 1 < sent.span.start:
        return False
    if doc[j].lower_ == "the" and doc[j - 1].lower_ in ("of", "for") and doc[j + 1].text[:1].isupper():
        return j - 2 >= sent.span.start and doc[j - 2].text[:1].isupper()
    nxt = doc[j + 2] if doc[j + 1].lower_ == "the" and j + 2 < len(doc) else doc[j + 1]   # "of the UN"
    return doc[j].lower_ in ("for", "of", "and", "in", "on", "to") and nxt.text[:1].isupper() and (
        doc[j - 1].text[:1].isupper() or doc[j - 1].text == ")" or doc[j - 1].lower_ in ROLE_NOUNS)


def _bracketed_acronym(doc, j: int) -> bool:
    """')' closing an acronym inside a title: 'UN Mission in Kosovo (UNMIK)'."""
    if doc[j].text != ")" or j < 2:
        return False
    return doc[j - 2].text == "(" and doc[j - 1].is_upper and len(doc[j - 1].text) <= 8


def _cut_at_and(tokens):
    """'and' belongs to a title only inside its portfolio ('for Political Affairs and Security
    Policy'); otherwise it joins two people, and the title starts after it."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].lower_ == "and" and not any(t.lower_ in ("for", "of") for t in tokens[:i]):
            return tokens[i + 1:]
    return tokens


def _qualified(tokens) -> bool:
    """'Assistant Secretary General for Political Affairs and Security Policy': a role noun
    followed by 'for'/'of' and a capitalised portfolio."""
    last_role = max((i for i, t in enumerate(tokens) if _has_role_noun([t])), default=None)
    if last_role is None or last_role + 2 >= len(tokens) + 1:
        return False
    tail = tokens[last_role + 1:]
    return bool(tail) and tail[0].lower_ in ("for", "of") and len(tail) > 1 and \
        all(t.text[:1].isupper() or t.lower_ in CONNECTORS or t.text in "()" for t in tail[1:])


def _name_span(sent: Sentence, ent):
    """'Major General Per Pugholm Olsen' where the tagger took 'Pugholm Olsen': a given name
    between the title and the tagged name belongs to the name."""
    doc = ent.doc
    k = ent.start
    while k - 1 >= sent.span.start:
        t = doc[k - 1]
        if t.pos_ not in ("PUNCT", "DET", "PRON") and t.text[:1].isupper() and t.lower_ not in ROLE_NOUNS \
                and t.lower_ not in KEEP_ADJ and t.ent_type_ not in ("ORG", "GPE", "NORP") \
                and t.lower_ not in HONORIFICS and not t.is_upper and t.lower_ not in PORTFOLIO:
            k -= 1
        else:
            break
    end = ent.end
    while end + 1 < sent.span.end and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
        end += 2   # "Adeyemi-Obi" cut at the hyphen by the tagger
    if end != ent.end:
        ent = doc[ent.start:end]
    if k < ent.start and k - 1 >= sent.span.start and _title_ends_at(doc, k - 1, sent):
        return doc[k:ent.end]
    # 'Major-General Dany Fortin' or '(Secretary of) National Defense Ramon Villareal' tagged whole:
    # the title or portfolio is not part of the name
    start = ent.start
    while start < ent.end - 2 and (doc[start].text in ("-", "–") or _has_role_noun([doc[start]])
                                   or doc[start].lower_ in KEEP_ADJ or doc[start].lower_ in PORTFOLIO):
        start += 1
    return doc[start:ent.end] if start > ent.start else ent


def _title_ends_at(doc, k: int, sent: Sentence) -> bool:
    """Whether a title ends at token k: 'Secretary' or 'Secretary of Defense' before a name."""
    while k >= sent.span.start and (doc[k].lower_ in PORTFOLIO and doc[k].text[:1].isupper()
                                    or doc[k].lower_ in ("of", "for", "the")):
        k -= 1
    return k >= sent.span.start and _has_role_noun([doc[k]])


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
    facts = []
    authors = {fold(a) for a in sent.doc.authors}
    spans = [e for e in person_spans(sent) if _clean_name(e) is not None]   # not a bare "Cmdr"
    named = {i for e in spans for i in range(e.start, e.end)}
    for ent in spans:
        ent = _name_span(sent, ent)
        cleaned = _clean_name(ent)
        if cleaned is None:
            continue
        name, first, last = cleaned
        full = sent.state.resolve(name) if len(name.split()) < 2 or re.match(r"[A-Z]\.\s", name) else name
        if full is None and re.match(r"[A-Z]\.\s", name):
            full = name
        if full is None or fold(full) in authors:
            continue
        before = sent.span.doc[ent.start - 1] if ent.start > sent.span.start else None
        if before is not None and before.lower_ in ("of", "at", "for") and ent.label_ != "PERSON" or \
                before is not None and before.lower_ in ("of", "at") and _has_role_noun(
                    [sent.span.doc[before.i - 1]] if before.i > sent.span.start else []):
            continue   # "president of Warner Home Video": the post's organisation, not a person
        found = _title_before(sent, ent, named) + _apposition(sent, ent, named) + _parenthesis(sent, ent)
        found = [(tokens, rule) for tokens, rule in found if tokens]
        if any(not _rank_only(t) for t, _ in found):
            # "The Chief of the Defence Staff, Vice Admiral NAME": the post, not the rank
            found = [(t, r) for t, r in found if not _rank_only(t)]
        for tokens, rule in found:
            if _rank_only(tokens) and (_role_text(tokens).endswith(".") or len(_role_text(tokens)) <= 4):
                continue   # "Lt.", "Maj.": an abbreviated rank says no post
            role = _role_text(tokens)
            if len(role) < 3 or fold(role) in {fold(full), fold(name)}:
                continue
            fact = Fact(
                type="person_role", subject=f"{person_key(full)} | {role_key(role)}",
                sources=[sent.source(min(tokens[0], first, key=lambda t: t.i),
                                     max(tokens[-1], last, key=lambda t: t.i), rule)],
                person=full, role=role, aliases=[name] if name != full else [], org=_org(tokens))
            fact.mention = last   # the name in the parse, for dating the role
            facts.append(fact)
    return facts


BODY_ENTS = {"ORG", "GPE", "NORP"}


def _org(tokens) -> str | None:
    """The organisation or country a post names: 'NATO' in 'NATO Secretary General', 'Iraq'
    in "Iraq's National Security Advisor", 'Shell' in 'chief executive of Shell'."""
    words, run = [], []
    for t in list(tokens) + [None]:
        owner = t is not None and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("'s", "’s") and t.pos_ == "PROPN"
        if t is not None and (t.ent_type_ in BODY_ENTS or t.pos_ == "PROPN" and t.is_upper and len(t.text) > 1
                              or owner) and t.lower_ not in ROLE_NOUNS and t.lower_ not in PORTFOLIO:
            run.append(t)
        elif run:
            words.append(run)
            run = []
    if not words:
        return None
    return re.sub(r"\s*[’']s$", "", phrase(words[0]))


RANKS = {"general", "gen.", "gen", "lieutenant", "lt.", "lt", "colonel", "col.", "major", "maj.", "captain",
         "capt.", "admiral", "adm.", "rear", "vice", "brigadier", "brig.", "commodore", "sergeant", "sgt.",
         "marshal", "air", "major-general", "lieutenant-general", "lieutenant-colonel", "-", "ambassador",
         "commander", "cdr.", "cmdr."}


def _rank_only(tokens) -> bool:
    """'Vice Admiral', 'Lt. Gen.', a bare 'Ambassador': a rank or form of address, not a post."""
    return all(t.lower_ in RANKS or t.text == "." for t in tokens)


def _title_before(sent: Sentence, ent, named: set[int]) -> list:
    """'NATO Secretary General NAME', 'the National Security Advisor, NAME',
    'The Chief of the Defence Staff, Vice Admiral NAME', 'the Minister for Defence, Dr. NAME'."""
    doc = sent.span.doc
    out = []
    left = []
    j = ent.start - 1
    while j >= sent.span.start and (doc[j].lower_ in HONORIFICS or doc[j].text == "." and j > 0
                                    and f"{doc[j - 1].lower_}." in HONORIFICS):
        j -= 1   # "Dr.", "Hon." between a title and the name
    if j > sent.span.start and doc[j].text == "." and f"{doc[j - 1].lower_}." in ROLE_NOUNS:
        left.append(doc[j])   # "Cmdr." split by the tokenizer
        j -= 1
    while j >= sent.span.start and j not in named and (_role_token_left(doc[j]) or _portfolio_link(doc, j, sent)
                                                      or _modifies(doc[j], left)):
        left.insert(0, doc[j])
        j -= 1
    left = _cut_at_and(left)
    rank = list(left)
    if j >= sent.span.start and doc[j].text == "," and (not left or _rank_only(left)):
        comma = _title_left_of(sent, j - 1, named)
        if comma:
            out.append((comma, "role-title-comma"))
    left = _trim_role(rank)
    stop = doc[j] if j >= sent.span.start else None
    # "Chanel 4 News Midlands Correspondent NAME": the title was cut out of a longer name
    cut = bool(rank) and stop is not None and stop.i == rank[0].i - 1 and stop.lower_ not in HONORIFICS and (
        stop.like_num or stop.text[:1].isupper() and stop.pos_ in ("PROPN", "NOUN"))
    if left and not cut and _has_role_noun(left) and (_has_role_noun(left[-2:]) or _qualified(left)):
        out.append((left, "role-title"))
    return out


def _modifies(token, collected) -> bool:
    """Lower-case words that belong to a title by the parse: "France's armed forces minister"."""
    if not collected or token.is_punct or token.pos_ not in ("NOUN", "ADJ", "VERB", "PROPN", "PART") \
            or token.lower_ in HONORIFICS:
        return False
    heads = {t.i for t in collected}
    return token.dep_ in ("compound", "amod", "nmod", "poss", "case") and (
        token.head.i in heads or token.head.head.i in heads)


def _title_left_of(sent: Sentence, k: int, named: set[int]) -> list:
    doc = sent.span.doc
    left = []
    while k >= sent.span.start and k not in named and (
            _role_token_left(doc[k]) or _portfolio_link(doc, k, sent) or _bracketed_acronym(doc, k)
            or _modifies(doc[k], left)):
        if doc[k].text == ")":   # "the Head of the UN Mission in Kosovo (UNMIK), NAME"
            while doc[k].text != "(":
                left.insert(0, doc[k])
                k -= 1
        left.insert(0, doc[k])
        k -= 1
    left = _trim_role(_cut_at_and(left))
    if left and (_has_role_noun(left[-1:]) or _qualified(left)) and _has_role_noun(left):
        return left
    return []


def _apposition(sent: Sentence, ent, named: set[int]) -> list:
    """'Tom Goffus, NATO Assistant Secretary General for Operations', and by the parse
    'Stefano Marcucci, the mission's operation commander'."""
    doc = sent.span.doc
    k = ent.end
    if k >= sent.span.end or doc[k].text != ",":
        return []
    right = []
    m = k + 1
    window = []
    for t in doc[k + 1:min(sent.span.end, k + 14)]:
        if t.text in (",", ".", ";", ":", ")", "(", "“", "”", '"', "—", "–") or t.i in named:
            break
        window.append(t)
    if len(window) >= 2 and window[-1].lower_ in ROLE_NOUNS and window[0].text[:1].isupper() and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ == "PRON" for t in window):
        # "Lt. John M. Groen, Coast Guard Cutter Joseph Napier commanding officer,": lower-case
        # words inside a post that ends on its office noun
        return [(_trim_role(window), "role-apposition")]
    while m < sent.span.end:
        t = doc[m]
        if t.text in (",", ".", ";", ":", ")", "(", "“", "”", '"', "—", "–") or t.i in named:
            break
        if t.pos_ in ("VERB", "AUX", "PRON") and t.lower_ not in ROLE_NOUNS and not t.text[:1].isupper():
            break
        if not (t.text[:1].isupper() or t.lower_ in CONNECTORS or t.lower_ in ROLE_NOUNS
                or t.lower_ in KEEP_ADJ or t.text in ("'s", "’s", "-")):
            break
        right.append(t)
        m += 1
    if right and right[0].lower_ in ("and", "or", "but"):
        return []   # ", and the Chief of Defence, …": the next person's title
    if right and right[0].lower_ in ("the", "a", "an"):
        right = right[1:]
    right = _trim_role(right)
    ends_ok = m >= sent.span.end or doc[m].text in (",", ".", ";", ")", "”", '"', "—", "–") \
        or doc[m].pos_ in ("VERB", "AUX")
    parts = _split_roles(right) if right else []
    if not ends_ok:
        parts = parts[:-1]   # the last part runs into lowercase prose: keep the whole ones
    if parts and _has_role_noun(parts[0][:4]) and right[0].text[:1].isupper():
        return [(_trim_role(part), "role-apposition") for part in parts]
    return _parsed_apposition(sent, ent)


def _parsed_apposition(sent: Sentence, ent) -> list:
    """An apposition headed by an office noun: ', the mission's operation commander,'."""
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
            comma = next((t.i for t in child.subtree if t.text == "," and t.i > child.i), None)
            words = [t for t in child.subtree if t.dep_ not in ("relcl", "acl", "punct")
                     and t.head.dep_ not in ("relcl", "acl") and t.i >= ent.end and t.i not in inside
                     and (comma is None or t.i < comma)]   # "…at Mindark, the game's developer"
            words = [t for t in words if t.i <= child.i or t.head.i in {w.i for w in words}]
            words = _trim_role([t for t in words if t.lower_ not in ("the", "a", "an") or t.i > words[0].i])
            if words and len(words) <= 10 and not any(t.ent_type_ == "PERSON" for t in words):
                return [(words, "role-apposition")]
    return []


def _parenthesis(sent: Sentence, ent) -> list:
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
    inner = _trim_role(inner)
    if m < sent.span.end and doc[m].text == ")" and inner and _has_role_noun(inner) and inner[0].text[:1].isupper():
        return [(inner, "role-parenthesis")]
    return []


def note_people(sent: Sentence) -> None:
    """Remember full names in this sentence, for later mentions."""
    for ent in person_spans(sent):
        cleaned = _clean_name(_name_span(sent, ent))
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
