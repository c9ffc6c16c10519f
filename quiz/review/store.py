"""The review file on disk: written, merged with a new extraction, and read back.

The file is YAML, read and rewritten with ruamel.yaml's round-trip mode so the
teacher's comments, order and layout survive a rewrite. Merging is by entry
key (the fact id): what a teacher decided (edited, rejected, manual) stays as
they left it; an automatic entry is refreshed from the new extraction, or
marked ``stale`` when its fact is no longer found; new facts are added at the
end. Every write is atomic and keeps the previous file as ``NAME.bak``.
"""
from __future__ import annotations

import io
import shutil
from pathlib import Path

from ..errors import QuizError
from ..exports.files import atomic_path
from ..facts.model import Fact
from .entries import USED, fingerprint, from_entry, key, status_of, to_entry

HEADER = """\
quiz review file. For each fact:
  - set `status: rejected` to leave it out of decks and worksheets;
  - change its fields to correct it (it becomes `status: edited`);
  - add one by hand with `status: manual` (type, fields, article, quote).
Running `quiz facts ... -o THIS_FILE` again keeps all of that and refreshes the rest;
`quiz build --facts THIS_FILE` builds from it. `where` and `check` are for the program.
"""


def _yaml():
    from ruamel.yaml import YAML
    yaml = YAML()            # round trip: comments, order and quoting are kept
    yaml.width = 120
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _empty():
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    data = CommentedMap()
    data["version"] = 1
    data["documents"] = CommentedMap()
    data["facts"] = CommentedSeq()
    data.yaml_set_start_comment(HEADER)
    return data


def load(path: str | Path):
    """The file's data (ruamel's round-trip objects); one-line errors name the file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise QuizError(f"{path}: not UTF-8 text") from None
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    try:
        data = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f", line {mark.line + 1}" if mark else ""
        raise QuizError(f"{path}{line}: invalid YAML: {exc.problem or exc.context}") from None
    except YAMLError as exc:
        raise QuizError(f"{path}: invalid YAML: {exc}") from None
    if data is None:
        return _empty()
    if not isinstance(data, dict) or not isinstance(data.get("facts", []), list):
        raise QuizError(f"{path}: not a quiz review file (expected a mapping with a 'facts' list)")
    data.setdefault("facts", [])
    data.setdefault("documents", {})
    return data


def _line(data, i: int) -> int | None:
    try:
        return data["facts"].lc.item(i)[0] + 1
    except (AttributeError, KeyError, TypeError):
        return None


def where_of(path, data, i: int) -> str:
    line = _line(data, i)
    return f"{path}, line {line}" if line else f"{path}, fact {i + 1}"


def read_facts(path: str | Path, texts: dict[str, str] | None = None) -> tuple[list[Fact], dict[str, dict]]:
    """The facts a build uses (auto, edited and manual entries) and the documents' titles and dates."""
    data = load(path)
    facts = []
    for i, entry in enumerate(data["facts"]):
        fact = from_entry(entry, where_of(path, data, i), texts)   # every entry is checked, used or not
        if status_of(entry) in USED:
            facts.append(fact)
    documents = {str(k): dict(v or {}) for k, v in (data.get("documents") or {}).items()}
    return facts, documents


def merge(data, facts: list[Fact], documents: dict[str, dict], path="the review file") -> dict:
    """Merge a new extraction into the file's data, in place; returns counts by outcome."""
    from ruamel.yaml.comments import CommentedMap
    entries = data["facts"]
    for i, entry in enumerate(entries):
        from_entry(entry, where_of(path, data, i))          # a broken entry is reported, never overwritten
    index = {key(e): i for i, e in enumerate(entries) if e.get("id")}
    counts = {"added": 0, "refreshed": 0, "kept": 0, "stale": 0}
    seen = set()
    for fact in facts:
        new = to_entry(fact)
        k = key(new)
        if k in seen:
            continue
        seen.add(k)
        if k not in index:
            entries.append(_commented(new))
            counts["added"] += 1
            continue
        old = entries[index[k]]
        status = status_of(old)
        if status in ("auto", "stale"):
            _refresh(old, new)
            counts["refreshed"] += 1
        else:
            old["status"] = status
            counts["kept"] += 1
    for k, i in index.items():
        if k not in seen:
            old = entries[i]
            status = status_of(old)
            old["status"] = "stale" if status == "auto" else status
            counts["stale"] += status in ("auto", "stale")
    docs = data.get("documents")
    if not isinstance(docs, CommentedMap):
        docs = data["documents"] = CommentedMap(docs or {})
    for name, meta in documents.items():
        docs[name] = CommentedMap((k, v) for k, v in meta.items() if v is not None)
    return counts


def _commented(value):
    """Plain data as ruamel's objects; spans are written on one line, as [start, end]."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _commented(v)
        return out
    if isinstance(value, list):
        seq = CommentedSeq(_commented(v) for v in value)
        if all(isinstance(v, (int, float, str)) for v in value) and len(value) <= 2:
            seq.fa.set_flow_style()
        return seq
    return value


def _refresh(old, new: dict) -> None:
    """Replace an automatic entry's content key by key, so comments attached to it stay."""
    for k in [k for k in old if k not in new]:
        del old[k]
    for k, v in new.items():
        old[k] = _commented(v)


def dump(data) -> str:
    buf = io.StringIO()
    _yaml().dump(data, buf)
    return buf.getvalue()


def write(path: str | Path, facts: list[Fact], documents: dict[str, dict]) -> dict:
    """Write (or merge into) the review file at ``path``; returns what the merge did."""
    path = Path(path)
    data = load(path) if path.exists() else _empty()
    counts = merge(data, facts, documents, path)
    text = dump(data)
    if path.exists():
        with atomic_path(path.with_name(path.name + ".bak")) as tmp:
            shutil.copyfile(path, tmp)
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return counts


def update(path: str | Path, entry_key: str, status: str | None = None, fields: dict | None = None) -> dict:
    """Change one entry of the file at once (a click on the review page): its status
    ("rejected", or "accepted" to take back a rejection) and/or some of its fields. Returns the
    entry as saved. The file is rewritten atomically; a bad value changes nothing."""
    path = Path(path)
    data = load(path)
    index = next((i for i, e in enumerate(data["facts"]) if e.get("id") and key(e) == entry_key), None)
    if index is None:
        raise QuizError(f"{path}: no fact {entry_key}")
    entry = data["facts"][index]
    if fields:
        for name, value in fields.items():
            if value is None or value == "" or value == []:
                entry["fields"].pop(name, None)
            else:
                entry["fields"][name] = _commented(value)
    if status == "rejected":
        entry["status"] = "rejected"
    elif status == "accepted" or fields:
        old = entry.get("status") or "auto"
        if old == "manual":
            pass
        elif entry.get("check") and fingerprint(entry["fields"]) == entry["check"]:
            entry["status"] = "auto"
        else:
            entry["status"] = "edited"
    from_entry(entry, where_of(path, data, index))        # the edit must still make a fact
    with atomic_path(path) as tmp:
        tmp.write_text(dump(data), encoding="utf-8")
    return entry


def render(facts: list[Fact], documents: dict[str, dict]) -> str:
    """A fresh review file as text (for standard output)."""
    data = _empty()
    merge(data, facts, documents)
    return dump(data)
