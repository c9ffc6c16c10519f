"""Across articles: one fact per subject, with every source that states it.

Facts are the same when their ids agree. When they agree on the answer their
sources are pooled; dates at different precisions that agree ("2018" and
"October 2018") pool at the coarser one, which every source supports. When
they disagree (different numbers, different dates) both are kept, linked and
flagged as a conflict.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from .. import dates
from ..normalise import key_words, person_key, rank_title, role_key
from .model import Fact, fact_id


def merge(facts: list[Fact]) -> list[Fact]:
    facts = _fold_roles(_spelled_out(_canonical_people(facts)))
    groups: dict[str, list[Fact]] = defaultdict(list)
    order: list[str] = []
    for fact in facts:
        if fact.id not in groups:
            order.append(fact.id)
        groups[fact.id].append(fact)
    out = []
    for fid in order:
        out += _merge_group(groups[fid])
    return out


def _pool(facts: list[Fact], **changes) -> Fact:
    sources, seen = [], set()
    for f in facts:
        for s in f.sources:
            key = (s.doc, s.span_start, s.span_end)
            if key not in seen:
                seen.add(key)
                sources.append(s)
    aliases = sorted({a for f in facts for a in f.aliases} - {facts[0].person})
    return replace(facts[0], sources=sources, aliases=aliases, **changes)


def _merge_group(group: list[Fact]) -> list[Fact]:
    if group[0].type == "person_role":
        # the date and quote a card shows come from the same (first) source
        # the post names its organisation only where its own wording does
        org = next((f.org for f in group if f.org and f.role == group[0].role), None)
        frame = dict(group[0].frame or {})
        for flag in ("one_of", "changed_hands"):   # "a director of the bank" anywhere: one of several
            if any((f.frame or {}).get(flag) for f in group):
                frame[flag] = True
        return [_pool(group, as_of=group[0].as_of, org=org, frame=frame or group[0].frame)]
    if group[0].type == "date":
        return _merge_dates(group)
    by_answer: dict[tuple, list[Fact]] = defaultdict(list)
    for f in group:
        by_answer[(f.answer, f.approx if f.type == "quantity" else None)].append(f)
    return _flag([_pool(fs) for fs in by_answer.values()])


def _merge_dates(group: list[Fact]) -> list[Fact]:
    variants: list[list[Fact]] = []
    for f in sorted(group, key=lambda f: len(f.date or "")):
        for v in variants:
            coarse = v[0].date
            if f.date.startswith(coarse) or coarse.startswith(f.date):
                v.append(f)
                break
        else:
            variants.append([f])
    merged = []
    for v in variants:
        coarse = min((f.date for f in v), key=len)
        merged.append(_pool(v, date=coarse, relative=all(f.relative for f in v)))
    merged.sort(key=lambda f: group.index(next(g for g in group if g.sources[0] in f.sources)))
    return _flag(merged)


def _flag(variants: list[Fact]) -> list[Fact]:
    if len(variants) < 2:
        return variants
    out = []
    for v in variants:
        others = [dates.human(o.date) if o.type == "date" else o.answer for o in variants if o is not v]
        out.append(replace(v, conflict=True, conflicts_with=others))
    return out


def _canonical_people(facts: list[Fact]) -> list[Fact]:
    """Spelling variants of one person ("Haider"/"Haidar al-Abadi") share one name."""
    names: dict[str, Counter] = defaultdict(Counter)
    for f in facts:
        if f.type == "person_role":
            names[person_key(f.person)][f.person] += len(f.sources)
    canonical = {k: sorted(c.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
                 for k, c in names.items()}
    apart = _namesakes(facts)
    out = []
    for f in facts:
        if f.type == "person_role" and f.person not in apart:
            name = canonical[person_key(f.person)]
            variants = set(names[person_key(f.person)]) | set(f.aliases)
            f = replace(f, person=name, aliases=sorted(variants - {name}))
        out.append(f)
    return out


def _namesakes(facts: list[Fact]) -> set[str]:
    """'then-president Carlos Alvarado' and 'Minister of Science Carlos Henry Alvarado' in one
    article: two forms of one key, one with a whole middle name the other lacks, each with posts
    the other does not hold, are two people, not spellings of one."""
    posts: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for f in facts:
        if f.type == "person_role":
            for src in f.sources:
                posts[(src.doc, person_key(f.person))][f.person].add(role_key(f.role))
    apart = set()
    for forms in posts.values():
        for a in forms:
            for b in forms:
                extra = set(b.split()) - set(a.split())
                if set(a.split()) < set(b.split()) and any(len(w.rstrip(".")) > 1 for w in extra) \
                        and not forms[a] & forms[b]:
                    apart |= {a, b}
    return apart


def _spelled_out(facts: list[Fact]) -> list[Fact]:
    """'IAEA head' and 'head of the International Atomic Energy Agency' in an article that spells
    IAEA out are one post: its key reads every acronym the article defines as its words."""
    defined: dict[str, dict[str, str]] = defaultdict(dict)
    for f in facts:
        if f.type == "acronym" and f.acronym and f.expansion:
            for src in f.sources:
                defined[src.doc][f.acronym] = f.expansion
    if not defined:
        return facts
    out = []
    for f in facts:
        table = defined.get(f.doc) if f.type == "person_role" else None
        if table:
            words = [table.get(w.strip("()"), w) for w in f.role.split()]
            subject = f"{person_key(f.person)} | {role_key(' '.join(words))}"
            if subject != f.subject:
                f = replace(f, subject=subject, id=fact_id("person_role", subject))
        out.append(f)
    return out


def _role_words(role: str) -> set[str]:
    return set(key_words(role))


TENURE = {"former", "ex", "then", "outgoing", "incoming", "acting", "interim", "late", "elect", "designate", "future"}


def _fold_roles(facts: list[Fact]) -> list[Fact]:
    """'Secretary General' of a person also called 'NATO Secretary General' is that role."""
    roles: dict[str, dict[str, set[str]]] = defaultdict(dict)
    ranks: set[str] = set()
    for f in facts:
        if f.type == "person_role":
            roles[person_key(f.person)][f.subject] = _role_words(f.role)
            if rank_title(f.role):
                ranks.add(f.subject)
    target: dict[str, str] = {}
    for subjects in roles.values():
        for subj, words in subjects.items():
            # "U.S. President" is not "former U.S. President": a word that says when the post was held
            # makes it another post
            # nor is the rank "General" the post "Director General of Military Intelligence"
            supersets = {s for s, w in subjects.items() if s != subj and words < w and not (w - words) & TENURE
                         and (subj not in ranks or s in ranks)}
            maximal = {s for s in supersets if not any(subjects[s] < subjects[o] for o in supersets)}
            if len(maximal) == 1:
                target[subj] = maximal.pop()
    if not target:
        return facts
    best_role: dict[str, tuple[str, str | None]] = {}
    for f in facts:
        if f.type == "person_role" and f.subject in target.values():
            best_role.setdefault(f.subject, (f.role, f.org))
    out = []
    for f in facts:
        if f.type == "person_role" and f.subject in target:
            subj = target[f.subject]
            f = replace(f, subject=subj, id=fact_id("person_role", subj), role=best_role[subj][0], org=best_role[subj][1])
        out.append(f)
    return out

