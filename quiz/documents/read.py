"""Reading article files: which files, their encoding, and the article inside HTML."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import BinaryFileError, NoDocumentsError, QuizError
from .model import Document
from .parse import parse_document

HTML_SUFFIXES = {".html", ".htm"}


TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
WORKSHEET_MARK = '<meta name="generator" content="quiz">'


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool, str]]:
    """Files to read, in a stable order: (path, named_on_command_line, document name).

    A file inside a folder is named by its path from that folder ('2019/story.txt'),
    so two stories called story.txt stay two documents.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise QuizError(f"{path}: no such file or folder")
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(p.startswith(".") for p in rel.parts):
                    yield child, False, rel.as_posix()
        elif not path.is_file():
            raise QuizError(f"{path}: not a regular file")
        else:
            yield path, True, path.name


def looks_binary(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False   # UTF-16 with a byte-order mark
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    control = sum(1 for b in head if b < 9 or 13 < b < 32 or b == 127)
    return control / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str | None]:
    """Text and, when it was not UTF-8, the encoding used."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def read_documents(paths: Iterable[str | Path], warn=lambda message: None) -> Iterator[Document]:
    """Documents from files and folders, one at a time, in a stable order.

    A binary file named directly is an error; inside a folder it is skipped
    with a warning. Raises NoDocumentsError when nothing readable was found.
    """
    count = 0
    for path, named, name in iter_files(paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise QuizError(f"{path}: cannot read: {exc.strerror or exc}") from None
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
            warn(f"{path}: not UTF-8, read as {encoding}")
        page = html_to_text(text) if path.suffix.lower() in HTML_SUFFIXES else None
        if page is not None:
            text = page.text
        if not text.strip():
            if named:
                raise QuizError(f"{path}: no article text found")
            warn(f"skipped {path}: no article text")
            continue
        count += 1
        yield parse_document(name, text, path=str(path), title=page.title if page else None,
                             date=page.date if page else None, authors=page.authors if page else ())
    if count == 0:
        names = ", ".join(str(p) for p in paths) or "(no paths)"
        raise NoDocumentsError(f"{names}: no readable text documents (.txt, .md, .html)")


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
    return Page(text, (found.title or "").strip() or None, date, authors)
