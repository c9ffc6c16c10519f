"""Facts cached per document, so a rebuild re-extracts only the articles that changed; and
each article's parsed Document, so a rebuild does not even read an unchanged article's lines.

An entry's key hashes everything its facts depend on: the document as read (name, text,
title, date, authors), the NLP pipeline (name, version, spaCy's version) and the
extraction code itself (the source of the documents and facts stages and the modules
they use). Change any of them and the entry is simply not found. Entries are JSON files
written to a temporary name and renamed into place, so an interrupted run (Ctrl-C,
SIGKILL) leaves no corrupt entry, only a stray temporary file that is never read. The
folder is the platform's user cache folder (``platformdirs``), or ``QUIZ_CACHE_DIR``.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from .documents import Document
from .documents.model import Segment
from .facts.model import Fact, from_plain, to_plain

ENV_VAR = "QUIZ_CACHE_DIR"
FORMAT = 1
_CODE = ("documents", "facts", "normalise.py", "dates.py", "nlp.py", "ruler.py")


def default_dir() -> Path:
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    import platformdirs
    return Path(platformdirs.user_cache_dir("quiz", appauthor=False)) / "facts"


@functools.lru_cache(maxsize=1)
def code_hash() -> str:
    """The extraction code's own fingerprint: any edit to it invalidates every entry."""
    root = Path(__file__).parent
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    for part in _CODE:
        path = root / part
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def pipeline_id(nlp) -> str:
    import spacy
    meta = getattr(nlp, "meta", {}) or {}
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}/spacy-{spacy.__version__}"


def key(doc: Document, pipeline: str) -> str:
    digest = hashlib.sha256()
    for part in (code_hash(), pipeline, doc.name, doc.text, doc.title, doc.headline or "", doc.date or "",
                 "\x1f".join(doc.authors)):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


class FactCache:
    """A folder of cached facts; ``get`` misses rather than fails on anything unreadable."""

    def __init__(self, folder: str | Path | None = None):
        self.folder = Path(folder) if folder else default_dir()

    def _path(self, k: str) -> Path:
        if k.startswith("doc-"):   # a parsed document, in a folder of its own (fact keys are bare hex)
            return self.folder / "documents" / k[4:6] / f"{k}.json"
        return self.folder / k[:2] / f"{k}.json"

    def get(self, k: str) -> list[Fact] | None:
        try:
            data = json.loads(self._path(k).read_text(encoding="utf-8"))
            return [from_plain(f) for f in data["facts"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, k: str, facts: list[Fact]) -> None:
        self._put(k, {"facts": [to_plain(f) for f in facts]})

    def _put(self, k: str, entry: dict) -> None:
        path = self._path(k)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(entry, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            pass      # a cache that cannot be written only makes the next run slower
        finally:
            if "tmp" in locals() and os.path.exists(tmp):
                os.unlink(tmp)

    def parsed(self, parse):
        """``parse`` (``parse_document``) with its result kept here: a rebuild does not read an
        unchanged article's lines again. The key is everything the Document depends on."""
        def cached(name, text, path="", title=None, date=None, authors=()):
            digest = hashlib.sha256(b"document\0")
            for part in (code_hash(), name, path, text, title or "", date or "", "\x1f".join(authors)):
                digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
            k = "doc-" + digest.hexdigest()
            found = self._get_document(k)
            if found is not None:
                return found
            doc = parse(name, text, path=path, title=title, date=date, authors=authors)
            self._put(k, {"document": _document_plain(doc)})
            return doc
        return cached

    def _get_document(self, k: str) -> Document | None:
        try:
            d = json.loads(self._path(k).read_text(encoding="utf-8"))["document"]
            return Document(name=d["name"], path=d["path"], text=d["text"], title=d["title"],
                            headline=d["headline"], date=d["date"], date_evidence=d["date_evidence"],
                            authors=tuple(d["authors"]), segments=tuple(Segment(a, b) for a, b in d["segments"]),
                            dropped=tuple(tuple(x) for x in d["dropped"]), warnings=tuple(d["warnings"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def clear(self) -> int:
        """Remove every entry; returns how many there were."""
        if not self.folder.exists():
            return 0
        count = sum(1 for p in self.folder.rglob("*.json") if "documents" not in p.relative_to(self.folder).parts)
        shutil.rmtree(self.folder)
        return count


def _document_plain(doc: Document) -> dict:
    return {"name": doc.name, "path": doc.path, "text": doc.text, "title": doc.title, "headline": doc.headline,
            "date": doc.date, "date_evidence": doc.date_evidence, "authors": list(doc.authors),
            "segments": [[s.start, s.end] for s in doc.segments], "dropped": [list(x) for x in doc.dropped],
            "warnings": list(doc.warnings)}
