"""Reading article files: which files, their encoding, and the article inside HTML."""
from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import BinaryFileError, NoDocumentsError, QuizError
from .model import Document
from .parse import clean, parse_document, safe_name

HTML_SUFFIXES = {".html", ".htm"}
# "&#163;1.8m fine", "&amp;": a character reference left in a plain-text copy of a web page
_CHAR_REF = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,8});")


TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
WORKSHEET_MARK = '<meta name="generator" content="quiz">'


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool, str]]:
    """Files to read, in a stable order: (path, named_on_command_line, document name).

    A file inside a folder is named by its path from that folder ('2019/story.txt'),
    so two stories called story.txt stay two documents.
    """
    for raw in paths:
        if str(raw) == "-":
            yield Path("-"), True, "stdin"      # one article from standard input
            continue
        path = Path(raw)
        if not path.exists():
            raise QuizError(f"{path}: no such file or folder")
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(p.startswith(".") for p in rel.parts):
                    yield child, False, safe_name(rel.as_posix())
        elif not path.is_file():
            raise QuizError(f"{path}: not a regular file")
        else:
            yield path, True, safe_name(path.name)


_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])


def looks_binary(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False   # UTF-16 with a byte-order mark
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return control / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str | None]:
    """Text and, when it was not clean UTF-8, how it was read.

    A file that is UTF-8 but for a few bad bytes stays UTF-8, with only those bytes replaced
    (U+FFFD); one with no UTF-8 sequences at all is read as cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return clean(data.decode("utf-16")), "UTF-16"
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return clean(data.decode("utf-8")), None
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 0x7f and ch != "\ufffd")
    if good > bad:
        return clean(lenient), f"UTF-8 with {bad} bad byte{'s' if bad != 1 else ''} replaced"
    try:
        return clean(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        return clean(data.decode("latin-1")), "latin-1"


MAX_SIZE = 5_000_000   # bytes: a larger file is skipped, with a warning


def read_documents(paths: Iterable[str | Path], warn=lambda message: None,
                   max_size: int = MAX_SIZE, parse=parse_document) -> Iterator[Document]:
    """Documents from files and folders (and "-", standard input), one at a time, in a stable order.
    ``parse`` turns a file's text into its Document (a cache may stand in for ``parse_document``).

    A binary file named directly is an error; inside a folder it is skipped
    with a warning, and so is a file larger than ``max_size`` bytes anywhere.
    Raises NoDocumentsError when nothing readable was found.
    """
    count = 0
    for path, named, name in iter_files(paths):
        try:
            if str(path) == "-":
                data = sys.stdin.buffer.read(max_size + 1)
            elif path.stat().st_size > max_size:
                warn(f"skipped {path}: {path.stat().st_size:,} bytes, over the {max_size:,}-byte limit "
                     f"(--max-size)")
                continue
            else:
                data = path.read_bytes()
        except OSError as exc:
            raise QuizError(f"{path}: cannot read: {exc.strerror or exc}") from None
        if len(data) > max_size:
            warn(f"skipped {path}: over the {max_size:,}-byte limit (--max-size)")
            continue
        if looks_binary(data):
            if named:
                raise BinaryFileError(f"{path}: is a binary file, not text")
            warn(f"skipped {path}: binary file, not text")
            continue
        if not named and path.suffix.lower() not in TEXT_SUFFIXES:
            warn(f"skipped {path}: not a .txt, .md or .html file")
            continue
        if WORKSHEET_MARK.encode() in data[:4096]:
            warn(f"skipped {path}: a worksheet quiz wrote, not an article")
            continue
        text, encoding = decode(data)
        if encoding:
            warn(f"{path}: read as {encoding}" if encoding.startswith("UTF-8") else
                 f"{path}: not UTF-8, read as {encoding}")
        is_html = path.suffix.lower() in HTML_SUFFIXES or (str(path) == "-" and _looks_html(text))
        page = html_to_text(text) if is_html else None
        if page is not None:
            text = page.text
        elif _CHAR_REF.search(text):
            # the character it stands for; what reaches a card or a page is escaped there again
            text = _CHAR_REF.sub(lambda m: html.unescape(m.group(0)), text)
        if not text.strip():
            if named:
                raise QuizError(f"{path}: no article text found")
            warn(f"skipped {path}: no article text")
            continue
        count += 1
        yield parse(name, text, path=str(path), title=page.title if page else None,
                    date=page.date if page else None, authors=page.authors if page else ())
    if count == 0:
        names = ", ".join(str(p) for p in paths) or "(no paths)"
        raise NoDocumentsError(f"{names}: no readable text documents (.txt, .md, .html)")


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


@dataclass(frozen=True)
class Page:
    """What trafilatura reads from an HTML page: its article text and metadata."""

    text: str
    title: str | None
    date: str | None
    authors: tuple[str, ...]


def html_to_text(markup: str) -> Page:
    """The main text of an HTML page, its title, publication date (htmldate) and authors.

    Each paragraph trafilatura returns is a block of its own, so spans index that text."""
    import trafilatura

    found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                        include_tables=False, deduplicate=True)
    if found is None or not (found.text or "").strip():
        return Page("", None, None, ())
    text = "\n\n".join(line.strip() for line in found.text.splitlines() if line.strip()) + "\n"
    date = found.date if found.date and len(found.date) == 10 else None
    authors = tuple(a.strip() for a in (found.author or "").split(";") if a.strip())
    return Page(clean(text), clean(found.title or "").strip() or None, date, authors)
