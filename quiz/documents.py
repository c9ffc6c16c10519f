"""Documents: read article files and mark which lines are article prose.

``Document.text`` is the file's text as read (decoded; for HTML, the article
text extracted from the markup). Every character span in the project indexes
it. Site leftovers (navigation, share and newsletter lines, vote counters,
link lists) and page metadata (bylines, "Last updated" lines) are found by
general rules and left out of ``Document.segments``, the spans that fact
extraction reads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from . import dates
from .errors import BinaryFileError, NoDocumentsError, QuizError

HTML_SUFFIXES = {".html", ".htm"}


@dataclass(frozen=True)
class Segment:
    """A run of article text that is read as prose (one paragraph or caption)."""

    start: int
    end: int


@dataclass
class Document:
    name: str                      # the file's name, as facts cite it
    path: str
    text: str
    title: str
    headline: str | None = None    # the title when it is the article's own headline, not a stand-in
    date: str | None = None        # the article's own date (ISO), from its metadata
    date_evidence: str | None = None
    authors: tuple[str, ...] = ()
    segments: tuple[Segment, ...] = ()
    dropped: tuple[tuple[int, int, str], ...] = ()   # (start, end, why) of lines left out
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def segment_text(self, seg: Segment) -> str:
        """The segment as one line: wrapped lines joined by spaces, offsets unchanged."""
        return self.text[seg.start:seg.end].replace("\n", " ").replace("\r", " ")


# --------------------------------------------------------------------------- reading

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
        if path.suffix.lower() in HTML_SUFFIXES:
            text, html_title = html_to_text(text)
        else:
            html_title = None
        if not text.strip():
            warn(f"skipped {path}: no text")
            continue
        count += 1
        yield parse_document(name, text, path=str(path), title=html_title)
    if count == 0:
        names = ", ".join(str(p) for p in paths) or "(no paths)"
        raise NoDocumentsError(f"{names}: no readable text documents (.txt, .md, .html)")


# --------------------------------------------------------------------------- HTML

class _TextExtractor(HTMLParser):
    HARD = {"script", "style", "noscript", "template", "svg", "iframe", "head", "select", "button"}
    # page furniture: left out, except paragraphs inside it (a page that never closes its
    # <nav> still has its article; a <header> may hold the byline and date)
    SOFT = {"nav", "header", "footer", "aside", "form"}
    SKIP = HARD | SOFT
    BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
             "table", "section", "article", "blockquote", "figcaption", "figure", "pre", "dd", "dt", "main"}
    # ends of these close anything skipped inside them that the page forgot to close
    CONTAINERS = {"body", "main", "article", "section", "div"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[tuple[str, int]] = []   # (tag, depth of the open containers) per skipped element
        self.depth = 0
        self.in_p = 0
        self.title = ""
        self.h1 = ""
        self.h1_done = False
        self._in = None

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.skipping = [s for s in self.skipping if s[0] != "head"]   # a <head> never closed
        if tag in self.CONTAINERS:
            self.depth += 1
        if tag in self.SKIP:
            self.skipping.append((tag, self.depth))
        if tag == "title" and not self.skipping or tag == "title" and self.skipping[-1][0] == "head":
            self._in = "title"
        elif tag == "h1" and not self.h1_done and not self.skipping:
            self._in = "h1"
        if tag == "p":
            self.in_p += 1
        if tag == "br":
            self.parts.append("\n")
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            for n in range(len(self.skipping) - 1, -1, -1):
                if self.skipping[n][0] == tag:
                    del self.skipping[n:]
                    break
        if tag == "p":
            self.in_p = max(0, self.in_p - 1)
        if tag in self.CONTAINERS:
            self.skipping = [s for s in self.skipping if s[1] < self.depth]
            self.depth = max(0, self.depth - 1)
        if tag == self._in:
            if tag == "h1":
                self.h1_done = True
            self._in = None
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "h1":
            self.h1 += data
        hard = any(tag in self.HARD for tag, _ in self.skipping)
        if not hard and (not self.skipping or self.in_p):
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> tuple[str, str | None]:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [line.strip() for line in raw.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    title = (parser.h1 or parser.title).strip() or None
    return text, (re.sub(r"\s+", " ", title) if title else None)


# --------------------------------------------------------------------------- line rules

_UI = re.compile(
    r"\b(newsletters?|subscribe|sign (?:up|in)|log ?in|log ?out|widget\w*|advertis\w*|"
    r"cookies?|click here|read more|follow us|mobile version|skip to|all rights reserved|"
    r"copyright|emailed to you|top stories|blog posts|share (?:this|on)|print this|"
    r"back to top|you are here|font size|text size|related (?:articles|stories|links|news|content))\b", re.I)
_COUNTER = re.compile(
    r"^\W*[\d.,]+\s*[kKmM]?\s+(?:users?|people|readers?|views?|votes?|comments?|likes?|"
    r"shares?|followers?|responses?)\b(?:.{0,40}\b(?:voted|viewed|read|liked|shared|"
    r"commented|following|recommend\w*)\b)?", re.I)
_LINKS_HEADING = re.compile(
    r"^\W*(related|read more|read next|see also|more (?:from|on|stories|news|coverage)|recommended|"
    r"most (?:read|popular|viewed)|also read|you (?:may|might) also like|trending|what to read next|"
    r"latest (?:news|stories)|further reading|editor'?s picks|top stories)\b", re.I)
_LINKS_INLINE = re.compile(r"^\W*(related|read more|read next|see also|also read)\s*:", re.I)
_COMMENTS_HEADING = re.compile(
    r"^\W*(?:\d+\s+)?(?:reader\s+)?(?:comments?|responses|leave a (?:reply|comment)|join the "
    r"discussion|discussion)\b[\W\d]*$", re.I)
_COUNTER_ANYWHERE = re.compile(
    r"\b\d[\d,.]*\s+(?:people|users|readers|votes)\s+(?:have|has)\s+(?:voted|viewed|read|commented)\b", re.I)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.I)
_SEPARATORS = re.compile(r"[»›|•]| > | / ")
_TITLE_SEPARATORS = re.compile(r" [-–—] (?=[A-Z])")   # "Headline - Section - Site"
_HANDLE = re.compile(r"\(@\w{2,}\)|^\W*@\w+\s*$")        # an embedded post's credit: "Name (@handle) date"
_URL = re.compile(r"https?://|www\.|\]\(")
_BYLINE = re.compile(r"^\W*By\s+(?P<name>(?:[A-Z][\w'’.-]+\s?){1,4})(?:\s*[-–—|,]\s*(?P<rest>.*))?$")
_META = re.compile(r"^\W*(last updated|updated|published|posted|first published|date)\b", re.I)
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,}[A-Z](?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)*"             # BAGHDAD, Quezon City
    r"(?:,?\s*\(?(?:\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s*\d{4})?)\)?)?"  # date
    r"\s*(?:\([^)]{1,30}\))?\s*[-–—―:]+\s*(?=[A-Z“\"])")
_ISO_PREFIX = re.compile(r"\s*(?:date:?\s+)?(\d{4}-[01]\d-[0-3]\d)(?:[ T]\d\d:\d\d(?::\d\d)?)?\s+(?=\S)", re.I)
_NUMERIC_PREFIX = re.compile(r"\s*[0-3]?\d[/.][0-3]?\d[/.]\d{2,4}\s*:\s+(?=\S)")   # "03/10/2016: Troops …"
_AGENCY = re.compile(r"\((?:[A-Z][A-Za-z.&]{1,14}|[A-Z]{2,}(?:[ /-][A-Z]{2,})?)\)\s*(?:[-–—:]\s*)?(?=[A-Z“\"])")
_NUMERIC_LINE_REST = re.compile(
    r"(?<![\d/.])[0-3]?\d[/.][0-3]?\d[/.]\d{2,4}(?![\d/.])|\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?|"
    r"\b(?:last updated|updated|published|posted|date|on|at|am|pm|gmt|utc|ist|est|cet)\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[/|,:–—-]", re.I)
_CREDIT = re.compile(r"[—–-]\s*[\w ]{1,30}\b(?:pic|photo|file)\s*$|\((?:[^)]*\b(?:photo|image|picture|file|credit|"
                     r"screenshot)\b[^)]*)\)\s*$|\b(?:photo(?:graph)?|credit|image)s?\s*:|\bcourtesy of\b", re.I)
_TERMINAL = re.compile(r"[.!?…:;\"”')]\s*$")


def _words(line: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'’.-]*", line)


def _not_a_name(name: str) -> bool:
    first = name.split()[0].lower().rstrip(".,")
    months = {m.lower() for m in dates.MONTH_NAMES[1:]} | set(dates.MONTHS)
    return first in dates.WEEKDAYS or first in months or first in {"then", "now", "the", "early", "late"}


def classify(line: str, in_links: bool) -> str:
    """'blank', 'meta', 'byline', 'links-heading', 'boilerplate' or 'content'."""
    s = line.strip()
    if not s:
        return "blank"
    words = _words(s)
    if not words:
        return "boilerplate"
    byline = _BYLINE.match(s)
    if byline and len(words) <= 14 and not _not_a_name(byline.group("name")) and not (
            _TERMINAL.search(s) and len(words) > 6):
        return "byline"   # "By Habib Toumi", not "By Friday, the ministers had agreed."
    found = dates.find_dates(s)
    if not found and dates.find_numeric_dates(s):
        rest = _NUMERIC_LINE_REST.sub(" ", s)
        if len(_words(rest)) <= 2 or _META.match(s):
            return "meta"   # "03/11/2021", "Mexico City / 03.26.2022 01:35:33", "Updated: 2/6/2024"
    if _META.match(s) and found:
        return "meta"
    stripped_dates = s
    for d in reversed(found):
        stripped_dates = stripped_dates[:d.start] + stripped_dates[d.end:]
    rest = len(_words(re.sub(r"\d{1,2}:\d\d", "", stripped_dates)))
    if found and rest == 0:
        return "meta"   # a line that is only a date (a dateline or timestamp)
    day = [d for d in found if d.precision == "day"]
    if day and (rest <= 2 or re.match(r"^\W*$", s[:day[0].start]) and len(words) <= 12 and not _TERMINAL.search(s)):
        return "meta"   # "Brussels, 18 February 2021", "March 5, 2019 / 9:14 PM / Updated …"
    if day and _UI.search(s) and len(words) <= 12:
        return "meta"   # "Xinhua, April 06, 2018 Adjust font size:"
    if _COMMENTS_HEADING.match(s) and len(words) <= 5:
        return "comments-heading"
    if _LINKS_HEADING.match(s) and len(words) <= 6 and not _TERMINAL.search(s.rstrip(":")):
        return "links-heading"
    if _LINKS_INLINE.match(s) or _COUNTER_ANYWHERE.search(s) or _COPYRIGHT.search(s) and len(words) <= 20:
        return "boilerplate"   # "Related: …", "… 45 people have voted", "© 2024 …"
    if _COUNTER.match(s):
        return "boilerplate"
    if _HANDLE.search(s) and len(words) <= 15:
        return "boilerplate"
    if len(_TITLE_SEPARATORS.findall(s)) >= 2 and not _TERMINAL.search(s):
        return "boilerplate"   # a link's title with its section and site
    if len(_SEPARATORS.findall(s)) >= 2 or _URL.search(s) and len(words) <= 15:
        return "boilerplate"
    if _UI.search(s) and len(words) <= 15:
        return "boilerplate"
    if len(words) < 4:
        return "boilerplate"   # labels, buttons and section headings are not statements
    if in_links and not re.search(r"[.!?][\"”’']?\s*$", s):
        return "boilerplate"   # a headline in a list of related links
    return "content"


def parse_document(name: str, text: str, path: str = "", title: str | None = None) -> Document:
    """Split text into lines, classify them, and find title, date and authors."""
    segments: list[Segment] = []
    dropped: list[tuple[int, int, str]] = []
    authors: list[str] = []
    meta_dates: list[tuple[str, str]] = []
    first_content: str | None = None
    in_links = False
    in_comments = False
    pos = 0
    prev_end: int | None = None    # end of the segment a wrapped line may continue
    seen_lines: set[str] = set()
    repeated: list[str] = []
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        prefix = _ISO_PREFIX.match(body) or _NUMERIC_PREFIX.match(body)
        if prefix and len(_words(body[prefix.end():])) >= 4:
            # "2017-02-08 NATO deploys troops…", "03/10/2016: …": a date stamp opening the line
            if prefix.re is _ISO_PREFIX:
                meta_dates.append((prefix.group(1), prefix.group(0).strip()))
            dropped.append((start, start + prefix.end(), "meta"))
            start, body = start + prefix.end(), body[prefix.end():]
        lead = len(body) - len(body.lstrip())
        s, e = start + lead, start + len(body.rstrip())
        kind = classify(body, in_links)
        folded = " ".join(body.split()).lower()
        if kind == "content" and folded in seen_lines and len(_words(body)) >= 4:
            kind = "repeat"   # a headline or caption the page shows twice
            repeated.append(body.strip())
        seen_lines.add(folded)
        if kind == "blank":
            prev_end = None
            continue
        if kind == "boilerplate" and _continues(text, segments, prev_end, body) and not _UI.search(body):
            kind = "content"   # "500 trainers." ending a hard-wrapped paragraph
        if kind == "links-heading":
            in_links = True
        if kind == "comments-heading":
            in_comments = True
        if in_comments:
            kind = "comments" if kind != "blank" else kind   # readers' comments are not the article
        if kind in ("meta", "byline"):
            m = _BYLINE.match(body.strip())
            if kind == "byline" and m:
                authors.append(m.group("name").strip())
            found = dates.find_dates(body, with_years=False)
            # above the headline, an unlabelled date with its weekday is the site's "today" masthead
            masthead = first_content is None and not _META.match(body.strip()) and re.search(
                r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", body, re.I)
            if found and not masthead:
                meta_dates.append((found[0].value, body.strip()))
            elif not found and not masthead:
                numeric = dates.find_numeric_dates(body)
                readings = _weekday_agrees(body, numeric[0].readings) if numeric else ()
                if len(readings) == 1:   # only one reading is a real date, or on the weekday the line names
                    meta_dates.append((readings[0], body.strip()))
        if kind != "content":
            dropped.append((s, e, kind))
            prev_end = None
            continue
        if first_content is None:
            first_content = body.strip()
        agency = _AGENCY.match(text, s, e)
        if agency:   # "(MENAFN) UK Defense Secretary…": the wire's tag opens the story
            dropped.append((s, agency.end(), "dateline"))
            s = agency.end()
        dateline = _DATELINE.match(text, s, e)
        if dateline and not any(w[:1].islower() for w in text[dateline.end():e].split()[:4]) and not (
                dates.find_dates(dateline.group(0), with_years=False) or "(" in dateline.group(0)):
            dateline = None   # "NATO - North Atlantic Treaty Organization" is a heading, not a dateline
        if dateline:
            # "VILNIUS, 12 July 2023 - NATO leaders met…": the place and date open the story
            found = dates.find_dates(dateline.group(0), with_years=False)
            if found:
                meta_dates.append((found[0].value, dateline.group(0).strip(" -–—:")))
            dropped.append((s, dateline.end(), "dateline"))
            s = dateline.end()
        if _continues(text, segments, prev_end, body):
            segments[-1] = Segment(segments[-1].start, e)
        else:
            segments.append(Segment(s, e))
        prev_end = e
    day_dates = [(v, ev) for v, ev in meta_dates if len(v) == 10]
    date, date_evidence = (day_dates[0] if day_dates else (None, None))
    headline = title
    if title is None:
        # a line the page repeats near its top is its headline; else the first line of prose
        headline = next((h for h in map(_headline, repeated[:2]) if h), None) or _headline(first_content)
        title = headline or _stand_in_title(first_content, name)
    return Document(name=name, path=path, text=text, title=title, headline=headline, date=date,
                    date_evidence=date_evidence, authors=tuple(dict.fromkeys(authors)),
                    segments=tuple(segments), dropped=tuple(dropped))


def _weekday_agrees(line: str, readings: tuple[str, ...]) -> tuple[str, ...]:
    """'Friday 03/11/2021': of the day-first and month-first readings, the one on that weekday."""
    named = [dates.WEEKDAYS[w.lower()] for w in re.findall(
        r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", line, re.I)]
    if len(readings) > 1 and named:
        readings = tuple(r for r in readings if dates.weekday_of(r) == named[0])
    return readings


def _continues(text: str, segments: list[Segment], prev_end: int | None, body: str) -> bool:
    """Whether a line continues the paragraph above it (a hard-wrapped .txt or .md file)."""
    if prev_end is None or not segments or segments[-1].end != prev_end:
        return False
    previous = text[segments[-1].start:segments[-1].end]
    last_line = text[text.rfind("\n", 0, prev_end) + 1:prev_end]
    if len(segments) == 1 and previous == last_line and _headline(previous) and not body.strip()[:1].islower():
        return False   # a headline on its own line, then the story
    return (not _TERMINAL.search(previous)
            and (body.strip()[:1].islower() or body.strip()[:1].isdigit() or len(last_line.strip()) >= 50)
            and not re.match(r"^\s*([-*•]|\d+[.)]|\()\s*", body))   # a list item or "(AGENCY)" starts afresh


def _headline(first_line: str | None) -> str | None:
    """The first line of prose when it reads as a headline: short, without a full stop."""
    if not first_line:
        return None
    line = re.sub(r"^#+\s*", "", first_line).strip()
    if _CREDIT.search(line) or any(d.precision == "day" for d in dates.find_dates(line)):
        return None   # a photo caption: "… Bogota, May 25, 2018. —Reuters pic"
    if len(_words(line)) <= 20 and not re.search(r"[.:;,]$", line):
        return line
    return None


def _stand_in_title(first_line: str | None, name: str) -> str:
    """No headline: the opening words of the first sentence stand in for one."""
    if not first_line:
        return Path(name).stem
    words = re.split(r"(?<=[.!?])\s", first_line)[0].rstrip(".").split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")
