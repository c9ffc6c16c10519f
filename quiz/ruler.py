"""The pipeline's attribute ruler, matched through a lookup.

spaCy's ``AttributeRuler`` tries every one of its patterns at every token; in the English
pipelines that is about 180 patterns and a fifth of the whole parse. Its patterns are one
or two plain token conditions (a tag, a lower-case form, a dependency label, in or not in
a list, a regular expression), so whether a token starts a match depends only on those few
attributes: the answer is worked out once per combination of them and then looked up.

The rules, their order and the attributes they set stay the ruler's own: matches are
collected on the document as the parser left it, then applied in the ruler's order, later
rules winning, exactly as ``AttributeRuler.match`` and ``set_annotations`` do. A ruler with
a pattern this index does not understand (a quantifier, another predicate or attribute)
keeps spaCy's matcher.
"""
from __future__ import annotations

import re
import types

# token attribute in a pattern -> how to read it from a token
_READ = {
    "ORTH": lambda t: t.text, "TEXT": lambda t: t.text, "LOWER": lambda t: t.lower_,
    "NORM": lambda t: t.norm_, "TAG": lambda t: t.tag_, "POS": lambda t: t.pos_,
    "DEP": lambda t: t.dep_, "LEMMA": lambda t: t.lemma_, "ENT_TYPE": lambda t: t.ent_type_,
    "IS_SPACE": lambda t: t.is_space, "IS_PUNCT": lambda t: t.is_punct,
    "IS_DIGIT": lambda t: t.is_digit, "IS_ALPHA": lambda t: t.is_alpha,
    "IS_TITLE": lambda t: t.is_title, "IS_UPPER": lambda t: t.is_upper,
    "IS_LOWER": lambda t: t.is_lower, "LIKE_NUM": lambda t: t.like_num,
}
_PREDICATES = {"IN", "NOT_IN", "REGEX"}
KINDS_KEPT = 100_000


class Unsupported(ValueError):
    """A pattern the index cannot match exactly as spaCy's matcher does."""


def _condition(attr: str, value):
    """(reader, test) for one ``attr: value`` of a pattern token."""
    read = _READ.get(attr)
    if read is None:
        raise Unsupported(attr)
    if isinstance(value, dict):
        if not value or set(value) - _PREDICATES:
            raise Unsupported(f"{attr}: {value}")
        tests = []
        for op, arg in value.items():
            if op == "IN":
                allowed = frozenset(arg)
                tests.append(lambda v, allowed=allowed: v in allowed)
            elif op == "NOT_IN":
                banned = frozenset(arg)
                tests.append(lambda v, banned=banned: v not in banned)
            else:
                if not isinstance(arg, str):
                    raise Unsupported(f"{attr}: {value}")
                rx = re.compile(arg)
                tests.append(lambda v, rx=rx: isinstance(v, str) and rx.search(v) is not None)
        return read, (lambda v, tests=tuple(tests): all(test(v) for test in tests))
    if isinstance(value, bool):
        return read, (lambda v, value=value: bool(v) is value)
    if not isinstance(value, str):
        raise Unsupported(f"{attr}: {value!r}")
    return read, (lambda v, value=value: v == value)


def _compile(pattern: list[dict]):
    """A pattern as a list of per-token condition lists."""
    if not pattern:
        raise Unsupported("an empty pattern")
    tokens = []
    for spec in pattern:
        if not isinstance(spec, dict) or "OP" in spec:
            raise Unsupported(str(spec))
        tokens.append(tuple(_condition(str(attr).upper(), value) for attr, value in spec.items()))
    return tuple(tokens)


class RulerIndex:
    """The ruler's patterns, tried once per kind of token.

    Whether a token meets a pattern's first token depends only on the few attributes the
    patterns read, so the answer is kept per combination of them (a token's "kind"): most
    tokens of a text are of a kind already seen, and cost one lookup.
    """

    def __init__(self, ruler):
        keys = [str(n) for n in range(len(ruler.attrs))]
        if len(ruler.matcher) != len(keys):
            raise Unsupported("the matcher holds patterns the ruler did not add")
        patterns = [(int(key), pattern) for key in keys
                    for pattern in ruler.matcher.get(ruler.vocab.strings[key])[1]]
        self.rules = [(number, _compile(pattern)) for number, pattern in patterns]
        used = sorted({str(attr).upper() for _, pattern in patterns for spec in pattern for attr in spec})
        self.readers = tuple(_READ[attr] for attr in used)
        self.kinds: dict[tuple, tuple] = {}

    def _first(self, kind: tuple, token) -> tuple:
        """The rules whose first pattern token ``token`` (of ``kind``) meets."""
        known = self.kinds.get(kind)
        if known is None:
            known = tuple(slot for slot, (_, pattern) in enumerate(self.rules)
                          if all(test(read(token)) for read, test in pattern[0]))
            if len(self.kinds) >= KINDS_KEPT:      # a bound on memory, whatever the text
                self.kinds.clear()
            self.kinds[kind] = known
        return known

    def matches(self, doc) -> list[tuple[int, int, int]]:
        """(rule number, start, end) of every match, in the order the ruler applies them."""
        found = set()
        n = len(doc)
        for token in doc:
            for slot in self._first(tuple(read(token) for read in self.readers), token):
                number, pattern = self.rules[slot]
                end = token.i + len(pattern)
                if end > n:
                    continue
                if all(test(read(doc[i])) for i, conditions in zip(range(token.i + 1, end), pattern[1:])
                       for read, test in conditions):
                    found.add((number, token.i, end))
        return sorted(found)


def index_ruler(nlp) -> bool:
    """Match ``nlp``'s attribute ruler through a lookup; False where it keeps spaCy's matcher."""
    if not nlp.has_pipe("attribute_ruler"):
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        index = RulerIndex(ruler)
    except (Unsupported, KeyError, TypeError, AttributeError):
        return False
    strings = ruler.vocab.strings

    def match(self, doc):
        return [(number, strings.add(str(number)), start, end) for number, start, end in index.matches(doc)]

    ruler.match = types.MethodType(match, ruler)
    return True
