"""Wrong options for choice cards: the same kind of thing at the same scale, and
really wrong.

People come from the corpus: others who hold a post of the same kind (a mayor
for a mayor, a minister or secretary for a minister), in the same article or
the same organisation or country, who never hold this post. Dates and
figures are made near the answer, at its precision and scale, and every one
the same article states is left out, so no option is right as well. The
corpus is indexed once, so each card's options cost the same whatever the
corpus size.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import defaultdict

from .. import dates
from ..facts.model import Fact
from ..normalise import key_words, person_key, post_class, rank_title, role_key
from .wording import amount_text, is_percent

def _order(seed: str, items) -> list:
    return sorted(items, key=lambda item: hashlib.sha1(f"{seed}|{item}".encode()).hexdigest())


class OptionIndex:
    """What the corpus says, indexed once: people and posts, dates and figures per article."""

    def __init__(self, facts: list[Fact]):
        self.holders: dict[str, set[str]] = defaultdict(set)       # role key -> person keys
        self.people: dict[str, str] = {}                            # person key -> name
        self.people_in: dict[str, set[str]] = defaultdict(set)      # doc -> person keys
        self.dates_in: dict[str, set[str]] = defaultdict(set)       # doc -> dates stated
        self.values_in: dict[str, set[float]] = defaultdict(set)    # doc -> figures stated
        self.posts: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc, person key) -> role keys
        self.by_org: dict[str, set[str]] = defaultdict(set)         # organisation or country -> person keys
        self.by_class: dict[str, set[str]] = defaultdict(set)       # kind of post -> person keys
        self.held_in: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)   # (doc, role) -> (person, month)
        self.said_in: dict[str, set[str]] = defaultdict(set)        # doc -> the sentences its facts quote
        for f in facts:
            docs = {s.doc for s in f.sources}
            for s in f.sources:
                self.said_in[s.doc].add(s.evidence)
            if f.type == "person_role":
                key = person_key(f.person)
                self.people.setdefault(key, f.person)
                self.holders[role_key(f.role)].add(key)
                for n in [f.person, *f.aliases]:
                    self.holders[role_key(f.role)].add(person_key(n))
                for d in docs:
                    self.people_in[d].add(key)
                    if not rank_title(f.role):   # "Rear Admiral" beside "Fleet commander" is a rank, not a second post
                        self.posts[(d, key)].add(role_key(f.role))
                    self.held_in[(d, role_key(f.role))].add((key, (f.as_of or "")[:7]))
                if f.org:
                    self.by_org[" ".join(key_words(f.org))].add(key)
                self.by_class[post_class(f.role)].add(key)
            elif f.type == "date" and f.date:
                for d in docs:
                    self.dates_in[d].add(f.date)
            elif f.type == "quantity" and f.value is not None:
                for d in docs:
                    self.values_in[d].add(float(f.value))

    # ------------------------------------------------------------------ people

    def posts_in_doc(self, fact: Fact) -> int:
        """How many posts the fact's article gives its person."""
        return len(self.posts.get((fact.doc, person_key(fact.person)), ()))

    def holders_in_doc(self, fact: Fact) -> int:
        """How many people the fact's article gives the fact's post ('US President' to Trump and to
        Biden): with more than one, 'who was …?' has more than one answer."""
        people = {person_key(n) for n in [fact.person, *fact.aliases]}
        when = (fact.as_of or "")[:7]
        others = {k for k, at in self.held_in.get((fact.doc, role_key(fact.role)), set())
                  if k not in people and (not when or not at or at == when)}   # the month the question names
        return 1 + len(others) + (not when and self._once_held(fact))

    def _once_held(self, fact: Fact) -> bool:
        """Whether the article's sentences give the post to someone who held it before ('a coup against
        then Prime Minister Sadiq al-Mahdi'): that earlier holder is no fact, but a second answer to a
        'who was …?' that names no time."""
        words = [w for w in fact.role.split() if not (fact.org and w.rstrip("'’s") in fact.org.split())
                 and w not in ("'s", "’s")]
        if not words:
            return False
        post = r"\s+".join(re.escape(w) for w in words)
        pattern = re.compile(rf"\b(?:then|former|ex|previous|late)[\s-]+(?:[\w'’.-]+\s+){{0,2}}{post}\b", re.I)
        return any(pattern.search(text) for text in self.said_in.get(fact.doc, ()))

    def people_options(self, fact: Fact) -> list[str] | None:
        """Three people who hold a post of the same kind (a mayor for a mayor, a minister or
        secretary for a minister) and never this one, of the post's organisation or country
        (from the same article first) when it names one, else from the same article; too few,
        and the card is not made."""
        own = {person_key(n) for n in [fact.person, *fact.aliases]}
        holders = self.holders.get(role_key(fact.role), set())
        alike = self.by_class.get(post_class(fact.role), set()) - own - holders
        same_doc = set().union(*(self.people_in.get(s.doc, set()) for s in fact.sources))
        same_org = self.by_org.get(" ".join(key_words(fact.org)), set()) if fact.org else set()
        # a president from another story is no option, nor a Russian minister for an Australian post,
        # nor a surname alone ("May", "Rutte")
        alike = {k for k in alike if len(self.people[k].split()) >= 2}
        tiers = (alike & same_doc & same_org, alike & same_org) if fact.org else (alike & same_doc,)
        picked: list[str] = []
        for tier in tiers:
            picked += [k for k in _order(fact.id, sorted(tier)) if k not in picked]
        if len(picked) < 3:
            return None
        return [self.people[k] for k in picked[:3]]

    # ------------------------------------------------------------------ dates

    def date_options(self, fact: Fact, article_date: str | None) -> list[str] | None:
        precision = dates.precision_of(fact.date)
        stated = {dates.truncate(v, precision) for s in fact.sources for v in self.dates_in.get(s.doc, ())
                  if len(v) >= len(fact.date)}
        stated |= {v for s in fact.sources for v in self.dates_in.get(s.doc, ()) if len(v) < len(fact.date)
                   and fact.date.startswith(v)}
        answer = dates.parse_iso(fact.date)
        limit = dates.parse_iso(article_date) if article_date and fact.status != "planned" else None
        # what an article says "will" happen does not happen before the article: no options from the past
        floor = dates.parse_iso(dates.truncate(article_date, precision)) \
            if article_date and fact.status == "planned" else None
        near = []
        for step in range(1, 25):
            for sign in (-1, 1):
                value = _shift(answer, precision, sign * step)
                if value is None or value in stated or dates.truncate(value, "year") in stated and precision != "year":
                    continue
                if limit is not None and dates.parse_iso(value) > limit or \
                        floor is not None and dates.parse_iso(value) < floor:
                    continue
                near.append(value)
            if len(near) >= 6:
                break
        picked = _order(fact.id, near[:6])[:3]
        if len(picked) < 3:
            return None
        return [dates.human(v) for v in picked]

    # ------------------------------------------------------------------ figures

    def quantity_options(self, fact: Fact) -> list[str] | None:
        value = float(fact.value)
        whole = float(value).is_integer()
        stated = {v for s in fact.sources for v in self.values_in.get(s.doc, ())}
        candidates = []
        if value >= 10:
            for factor in (0.6, 1.3, 0.75, 1.6, 0.45, 2.2, 0.3):   # not plain multiples that give the answer away
                v = _round_like(value * factor, value)
                places = len(f"{value:g}".split(".")[1]) if "." in f"{value:g}" else 0
                v = float(round(v)) if whole else round(v, max(places, 1))
                if is_percent(fact) and v > 100:
                    continue
                candidates.append(v)
        elif value >= 2:
            candidates = [value + d for d in (1, 2, -1, 3, 4, -2)]
        else:
            return None
        picked = []
        for v in candidates:
            if v <= 1 or abs(v - value) / value < 0.1 or v in picked:
                continue
            if any(abs(v - s) <= 0.01 * max(s, 1) for s in stated):
                continue
            picked.append(v)
        picked = _order(fact.id, picked[:5])[:3]
        if len(picked) < 3:
            return None
        return [amount_text(fact, int(v) if whole else v) for v in picked]


def _shift(day: dt.date, precision: str, step: int) -> str | None:
    if precision == "year":
        return f"{day.year + step:04d}" if 1 <= day.year + step <= 9999 else None
    if precision == "month":
        month = day.month - 1 + step
        year = day.year + month // 12
        return f"{year:04d}-{month % 12 + 1:02d}"
    try:
        return (day + dt.timedelta(days=step)).isoformat()
    except OverflowError:
        return None


def _round_like(value: float, answer: float) -> float:
    """A wrong figure as round as the answer: 500 → 300 and 800, 15,690 → 9,414 and 20,400."""
    digits = min(_significant(answer), 3)
    if value <= 0:
        return value
    magnitude = 10 ** (math.floor(math.log10(value)) - max(digits, 1) + 1)
    return round(value / magnitude) * magnitude


def _significant(value: float) -> int:
    text = f"{value:.10g}".replace(".", "").replace("-", "").lstrip("0")
    return max(1, len(text.rstrip("0"))) if "." not in f"{value:.10g}" else len(text)
