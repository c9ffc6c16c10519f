"""From a text to a Document: classify its lines, find title, headline, date and authors."""
from __future__ import annotations

import re
from pathlib import Path

from .. import dates
from .lines import (_AGENCY, _BRACKETED_DATELINE, _BYLINE, _CITATION, _CREDIT, _DATE_DATELINE, _DATELINE,
                    _DAY_MONTH_ONLY, _FOREIGN_LINK, _GLUED_DATELINE, _ISO_PREFIX, _META, _NUMERIC_PREFIX, _SITE_TAG, _TERMINAL, _TITLE_DATELINE,
                    _NUMERIC_DATELINE, _PLACE_COLON, _TRAILING_AGENCY, _TRAILING_CREDIT, _TRAILING_PHOTO, _UI, _WRITTEN_PREFIX, _words, classify, unglued)
from .model import Document, Segment
from .story_date import UPDATE_LABEL, stale, weekday_agrees, year_from_text

# NUL and the other C0 and C1 control characters (but tab and line breaks), and the bidi
# embeddings, overrides and isolates that would reorder a card's text on screen.
_CONTROLS = {c: None for c in [*range(0, 9), 11, 12, *range(14, 32), 127, *range(0x80, 0xa0),
                               *range(0x202a, 0x202f), *range(0x2066, 0x206a)]}


def safe_name(name: str) -> str:
    """A file's name as cards cite it: control and bidi characters (a newline in a file name,
    an override that reverses it on screen) become "_"."""
    return "".join("_" if ord(ch) in _CONTROLS or ord(ch) < 32 else ch for ch in name)


_CONTROL_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROLS) + "]")


def clean(text: str) -> str:
    """Text without control characters: they never reach a fact, a card or a worksheet."""
    return _CONTROL_RE.sub("", text) if _CONTROL_RE.search(text) else text


def parse_document(name: str, text: str, path: str = "", title: str | None = None, date: str | None = None,
                   authors: tuple[str, ...] = ()) -> Document:
    """Split text into lines, classify them, and find title, date and authors (``title``, ``date``
    and ``authors`` come from an HTML page's metadata when there is one). Control characters are
    removed first: Document.text, which every span indexes, never holds one."""
    text = clean(text)
    page_date, page_authors = date, authors
    segments: list[Segment] = []
    dropped: list[tuple[int, int, str]] = []
    authors: list[str] = []
    meta_dates: list[tuple[str, str]] = []
    first_content: str | None = None
    above: list[str] = []   # the lines above the story's first sentence: labels, banners, the headline
    in_links = False
    in_comments = False
    pos = 0
    prev_end: int | None = None    # end of the segment a wrapped line may continue
    wrapped = _hard_wrapped(text)
    seen_lines: set[str] = set()
    undated: list[tuple[int, int, str, str]] = []   # datelines without a year: (month, day, evidence, line)
    repeated: list[str] = []
    begun = False   # whether the story's first sentence has been read
    late_lines: set[str] = set()   # date lines below the story's first sentence
    first_start, first_continued = -1, False   # where the first line of prose starts; whether the next goes on with it
    lines = text.splitlines(keepends=True)
    linked = _dated_links(lines)
    listed = _listed_headlines(lines) | linked
    for n, line in enumerate(lines):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        prefix = _ISO_PREFIX.match(body) or _NUMERIC_PREFIX.match(body) or _WRITTEN_PREFIX.match(body)
        if prefix and len(_words(body[prefix.end():])) >= 4:
            # "2017-02-08 NATO deploys troops…", "03/10/2016: …", "May 29, 2006: …": a date opening the line
            own = dates.find_dates(body[prefix.end():], with_years=False)
            if prefix.re is _ISO_PREFIX and not (own and len(body[prefix.end():].split()) <= 6):
                # "2017-08-15 14 August 2017": the page's own date line wins over the stamp before it
                meta_dates.append((prefix.group(1), prefix.group(0).strip()))
            elif prefix.re is _WRITTEN_PREFIX:
                written = dates.find_dates(prefix.group(0), with_years=False)
                if written:
                    meta_dates.append((written[0].value, prefix.group(0).strip(" :")))
            dropped.append((start, start + prefix.end(), "meta"))
            start, body = start + prefix.end(), body[prefix.end():]
        foreign = _FOREIGN_LINK.match(body)
        if foreign and len(_words(body[foreign.end():])) >= 4:
            # "إقرأ هذا الخبر بالعربيةUnited Nations chief …": a link to the story in another script,
            # glued to the story's first words
            dropped.append((start, start + foreign.end(), "boilerplate"))
            start, body = start + foreign.end(), body[foreign.end():]
        lead = len(body) - len(body.lstrip())
        s, e = start + lead, start + len(body.rstrip())
        kind = classify(body, in_links)
        if n in linked and kind == "meta":
            kind = "boilerplate"   # the date of a linked story above this one
        if kind == "content" and (n in listed or begun and _between_paragraphs(lines, n)):
            kind = "boilerplate"   # a list of other stories' headlines, or one alone between paragraphs
        folded = " ".join(body.split()).lower()
        if kind == "content" and folded in seen_lines and len(_words(body)) >= 4:
            kind = "repeat"   # a headline or caption the page shows twice
            repeated.append(body.strip())
            above_start = start - len(lines[n - 1]) if n else -1
            if n and " ".join(lines[n - 1].split()).lower() == folded and segments \
                    and segments[-1].start >= above_start:
                # the same line twice in a row, with no break between: a photo's caption under its alt
                # text, not a paragraph of the story
                dropped.append((segments[-1].start, segments[-1].end, "repeat"))
                segments.pop()
        seen_lines.add(folded)
        if kind == "blank":
            prev_end = None
            continue
        if kind == "boilerplate" and _continues(text, segments, prev_end, body, wrapped) and not _UI.search(body):
            kind = "content"   # "500 trainers." ending a hard-wrapped paragraph
        if kind == "links-heading":
            in_links = True
        if kind == "comments-heading":
            if begun:
                in_comments = True
            else:
                kind = "boilerplate"   # a "Comments" button above the story: the comments come after it
        if in_comments:
            kind = "comments" if kind != "blank" else kind   # readers' comments are not the article
        if kind in ("meta", "byline"):
            m = _BYLINE.match(body.strip())
            if kind == "byline" and m:
                authors.append(m.group("name").strip())
            # "2017-08-15 14 August 2017": the page's own written date before a stamp beside it
            stamp = unglued(body)
            found = sorted(dates.find_dates(stamp, with_years=False),
                           key=lambda d: bool(re.fullmatch(r"\d{4}-\d\d-\d\d", stamp[d.start:d.end])))
            # above the headline, an unlabelled date with its weekday is the site's "today" masthead
            masthead = first_content is None and not _META.match(body.strip()) and re.search(
                r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", body, re.I)
            if begun:
                late_lines.add(body.strip())   # a date line below the story's first sentence: a sidebar's
            if found and not masthead:
                meta_dates.append((found[0].value, body.strip()))
            elif not found and not masthead:
                numeric = dates.find_numeric_dates(body)
                readings = weekday_agrees(body, numeric[0].readings) if numeric else ()
                if len(readings) == 1:   # only one reading is a real date, or on the weekday the line names
                    meta_dates.append((readings[0], body.strip()))
        if kind != "content":
            dropped.append((s, e, kind))
            prev_end = None
            continue
        if first_content is None:
            first_content, first_start = body.strip(), s
        opening = not begun   # no prose yet above this paragraph
        begun = begun or bool(_TERMINAL.search(body.strip())) and len(_words(body)) >= 10
        if not begun:
            above.append(body.strip())
        glued = _GLUED_DATELINE.search(text, s, e) if opening else None
        if glued and len(_words(text[s:glued.start()])) >= 3 and not _TERMINAL.search(text[s:glued.start()]):
            # "US recommends closure of 33 bases WASHINGTON, Saturday (AFP) Defense Secretary …": the
            # headline and the dateline run into the story's first sentence on one line
            if first_start == s:
                first_content = text[s:glued.start()].strip()
            above.append(text[s:glued.start()].strip())
            dropped.append((s, glued.end(), "dateline"))
            s = glued.end()
        agency = _AGENCY.match(text, s, e) or _SITE_TAG.match(text, s, e)
        if agency:   # "(MENAFN) UK Defense Secretary…": the wire's tag opens the story
            dropped.append((s, agency.end(), "dateline"))
            s = agency.end()
        dateline = _DATELINE.match(text, s, e) or _BRACKETED_DATELINE.match(text, s, e) or \
            _DATE_DATELINE.match(text, s, e) or _TITLE_DATELINE.match(text, s, e)
        if dateline and not any(w[:1].islower() for w in text[dateline.end():e].split()[:4]) and not (
                dates.find_dates(dateline.group(0), with_years=False) or _DAY_MONTH_ONLY.search(dateline.group(0))
                or "(" in dateline.group(0)):   # ("HOUSTON, Mar. 26 -- The US Coast Guard …": a day without its year)
            dateline = None   # "NATO - North Atlantic Treaty Organization" is a heading, not a dateline
        if not dateline and len(segments) <= 1:   # the opening paragraph, after the headline at most
            dateline = _PLACE_COLON.match(text, s, e)
        if not dateline and opening:
            dateline = _NUMERIC_DATELINE.match(text, s, e)
        if dateline:
            # "VILNIUS, 12 July 2023 - NATO leaders met…": the place and date open the story
            found = dates.find_dates(dateline.group(0), with_years=False)
            if found:
                meta_dates.append((found[0].value, dateline.group(0).strip(" -–—:")))
            else:
                partial = _DAY_MONTH_ONLY.search(dateline.group(0))
                month = dates.month_number((partial.group("m1") or partial.group("m2")) if partial else "")
                if partial and month:
                    day = int(partial.group("d1") or partial.group("d2"))
                    undated.append((month, day, dateline.group(0).strip(" -–—:―"), body))
            dropped.append((s, dateline.end(), "dateline"))
            s = dateline.end()
        credit = _TRAILING_CREDIT.search(text, s, e) or _TRAILING_PHOTO.search(text, s, e)
        if credit and len(_words(text[s:credit.start()])) >= 4:
            dropped.append((credit.start(), e, "credit"))   # "… (Picture: US Department of Defense)."
            e = credit.start()
        tag = _TRAILING_AGENCY.search(text, s, e)
        if tag and len(_words(text[s:tag.start()])) >= 4:
            dropped.append((tag.start(), e, "source tag"))   # "… the army said. ― AFP"
            e = tag.start()
        if _continues(text, segments, prev_end, body, wrapped):
            if len(segments) == 1 and first_start == segments[0].start:
                first_continued = True   # "STOCKHOLM Aug 25 Sweden said on Saturday it / would buy …": no headline
            segments[-1] = Segment(segments[-1].start, e)
        else:
            segments.append(Segment(s, e))
        prev_end = e
    segments = _without_citations(text, segments, dropped)
    if segments:
        # a page cut off mid-sentence ("… in incidents of te"): keep what ends with a full stop
        last = segments[-1]
        tail = text[last.start:last.end]
        if len(_words(tail)) >= 20 and not _TERMINAL.search(tail):
            ends = [m.end() for m in re.finditer(r"[.!?][\"”’')]?(?=\s)", tail)]
            if ends:
                segments[-1] = Segment(last.start, last.start + ends[-1])
                dropped.append((last.start + ends[-1], last.end, "cut off"))
            else:
                segments.pop()
                dropped.append((last.start, last.end, "cut off"))
    day_dates = [(v, ev) for v, ev in meta_dates if len(v) == 10]
    date, date_evidence = (day_dates[0] if day_dates else (None, None))
    if date and (date_evidence in late_lines or UPDATE_LABEL.search(date_evidence)) and stale(text, segments, date):
        date, date_evidence = None, None
    if date and date_evidence in late_lines and sum(ev in late_lines for _, ev in meta_dates) >= 2:
        date, date_evidence = None, None   # below the story, a list of dated links ("Opinion … 05 Mar, 2026")
    if date is None and undated:
        date, date_evidence = year_from_text(text, undated[0])
    if page_date:   # the page's own metadata (htmldate) says when it was published
        date, date_evidence = page_date, "the page's publication date"
    authors = list(page_authors) + authors
    headline = title
    if title is None:
        # a line the page repeats near its top is its headline; else a short line above the story; else the first line
        headline = next((h for h in map(_headline, repeated[:2]) if h), None) or (
            None if first_continued else _lead_headline(above) or _headline(first_content))
        title = headline or _stand_in_title(
            text[segments[0].start:segments[0].end] if first_continued and segments else first_content, name)
    return Document(name=name, path=path, text=text, title=title, headline=headline, date=date,
                    date_evidence=date_evidence, authors=tuple(dict.fromkeys(authors)),
                    segments=tuple(segments), dropped=tuple(dropped))


_BULLET = re.compile(r"^\s*[-–•*]\s+\S")


def _unterminated(line: str) -> bool:
    return bool(line.strip()) and not _TERMINAL.search(line.strip())


def _listed_headlines(lines: list[str]) -> set[int]:
    """'- Ukraine confirms … in October 2022' / '- Fed takes decisive action …' / …: three or more
    bulleted lines in a row without a full stop are a list of other stories' headlines."""
    out: set[int] = set()
    run: list[int] = []
    for n, line in enumerate(lines + [""]):
        if _BULLET.match(line) and _unterminated(line):
            run.append(n)
            continue
        if len(run) >= 3:
            out |= set(run)
        run = []
    return out


def _date_only(line: str) -> bool:
    found = dates.find_dates(line.strip())
    return len(found) == 1 and len(_words(line)) <= 5 and found[0].end - found[0].start >= len(line.strip()) - 12


def _dated_links(lines: list[str]) -> set[int]:
    """'Hungary Considers Buying Drones' / 'May 17, 2021' / 'Britain Nears Completion …' / 'May 18,
    2021' / the story's headline: above the story, two or more headlines each over its own date are
    links to other stories (their dates are not the story's). A last pair that the prose follows
    straight away is the story's own headline and date."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    pairs, k = [], 0
    while k + 1 < len(filled):
        a, b = filled[k], filled[k + 1]
        if _unterminated(lines[a]) and len(_words(lines[a])) >= 3 and not _date_only(lines[a]) \
                and _date_only(lines[b]):
            pairs.append((a, b))
            k += 2
            continue
        if len(pairs) >= 2:
            break
        pairs, k = [], k + 1
    if len(pairs) < 2:
        return set()
    after = next((n for n in filled if n > pairs[-1][1]), None)
    if after is not None and _TERMINAL.search(lines[after].strip()) and len(_words(lines[after])) >= 12:
        pairs = pairs[:-1]   # the story's own headline and date, then its first paragraph
    return {n for pair in pairs for n in pair} if len(pairs) >= 2 else set()


_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with", "from", "as"}


def _between_paragraphs(lines: list[str], n: int) -> bool:
    """'108 mine action operators certified in Ukraine, demining … by almost 50%' alone between two
    paragraphs of the story, with no full stop: another story's headline (or a subheading), not prose."""
    words = _words(lines[n])
    # "Five Things You Need": a promoted link in title case, however short, even as the last line
    titled = len(words) >= 3 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS or w[:1].isdigit() for w in words)
    if not _unterminated(lines[n]) or len(words) < (3 if titled else 6) or not 0 < n < len(lines) - (0 if titled else 2):
        return False
    before, after = lines[n - 1].strip(), (lines[n + 1].strip() if n + 1 < len(lines) else "")
    if before or after:
        return False   # a line of a hard-wrapped paragraph, or a caption under its photo
    prev = next((lines[k].strip() for k in range(n - 2, -1, -1) if lines[k].strip()), "")
    nxt = next((lines[k].strip() for k in range(n + 2, len(lines)) if lines[k].strip()), "")
    return bool(_TERMINAL.search(prev)) and len(_words(prev)) >= 12 and (
        bool(_TERMINAL.search(nxt)) and len(_words(nxt)) >= 12 or titled and not nxt)


def _without_citations(text: str, segments: list[Segment], dropped: list) -> list[Segment]:
    """'… awarded the yard a contract last year (Defense Daily, May 21, 2021).': the report a
    sentence cites, by outlet and day, is not the article's prose; its day is not the event's."""
    out = []
    for seg in segments:
        start = seg.start
        for m in _CITATION.finditer(text, seg.start, seg.end):
            said = m.group("date").strip()
            found = dates.find_dates(said, with_years=False)
            if not found or found[0].start > 0 or found[0].end < len(said):
                continue
            if text[start:m.start()].strip():
                out.append(Segment(start, m.start()))
            dropped.append((m.start(), m.end(), "citation"))
            start = m.end()
        rest = text[start:seg.end]
        if rest.strip(" .;,") or start == seg.start:
            out.append(Segment(start + len(rest) - len(rest.lstrip()), seg.end))
    return out


def _hard_wrapped(text: str) -> bool:
    """A file wrapped at a fixed width (most long lines of about the same length, ending
    mid-sentence), not one paragraph a line as pages copied from the web are."""
    lines = [line.rstrip() for line in text.splitlines() if len(line.strip()) >= 30]
    if len(lines) < 2:
        return False
    open_ended = [line for line in lines if not _TERMINAL.search(line)]
    lengths = sorted(len(line) for line in lines)
    narrow = lengths[len(lengths) * 9 // 10] <= 100
    return narrow and len(open_ended) >= len(lines) / 2


def _continues(text: str, segments: list[Segment], prev_end: int | None, body: str, wrapped: bool) -> bool:
    """Whether a line continues the paragraph above it (a hard-wrapped .txt or .md file)."""
    if prev_end is None or not segments or segments[-1].end != prev_end:
        return False
    previous = text[segments[-1].start:segments[-1].end]
    last_line = text[text.rfind("\n", 0, prev_end) + 1:prev_end]
    if len(segments) == 1 and previous == last_line and _headline(previous) and not body.strip()[:1].islower():
        return False   # a headline on its own line, then the story
    return (not _TERMINAL.search(previous)
            and (body.strip()[:1].islower() or body.strip()[:1].isdigit() or wrapped and len(last_line.strip()) >= 50)
            and not re.match(r"^\s*([-*•]|\d+[.)]|\()\s*", body))   # a list item or "(AGENCY)" starts afresh


_PHOTO_LABEL = re.compile(r"(?:fot|foto|photo|pic|picture|image|credit)s?\b\.?\s*:?\s|(?:an? )?screen ?shot\b|"
                          r"[A-Z][\w.]*/[A-Z][a-z]+ [A-Z][a-z]+$|.*\[[^\[\]]*/[^\[\]]*\]\s*$", re.I)   # "… [Jo Roe/EPA]"


def _headline(first_line: str | None) -> str | None:
    """The first line of prose when it reads as a headline: short, without a full stop."""
    if not first_line:
        return None
    line = re.sub(r"^#+\s*", "", first_line).strip()
    line = re.sub(r"(?:…|\.\.\.)[….]*\s?[A-Z][A-Za-z]+$", "", line).strip()   # "… to jail terms….PremiumTimes": the site
    if _CREDIT.search(line) or any(d.precision == "day" for d in dates.find_dates(line)) or _PHOTO_LABEL.match(line):
        return None   # a photo caption: "… Bogota, May 25, 2018. —Reuters pic", "Fot. PAP/X", "A screen shot of …"
    if re.search(r"\byou(?:r)?\b", line, re.I) and re.search(r"\b(?:we|our|us)\b", line, re.I) and \
            not re.search(r"[\"“]", line):
        return None   # "Get the latest updates as we post them — right on your browser": the site, to its reader
    if re.match(r"^\d+[.)]\s", line) or re.search(r"\.(?:gov|com|org|net)\b|www\.", line, re.I):
        return None   # "6. Choose from 30 Languages", "Official websites use .gov"
    half = line.split()
    if len(half) % 2 == 0 and half[:len(half) // 2] == half[len(half) // 2:]:
        return None   # "United States Department of Defense United States Department of Defense": a logo's text twice
    if re.search(r"\b[0-2]?\d:[0-5]\d\b", line) or re.search(r"\b\d{5,6}$", line):
        return None   # "05:51 GMT 16 March 2019", "Main Street, 10 Town, Region 211160": a stamp, an address
    if re.search(r"\b(?:the|a|an|of|for|and|or|with|from|its|their)$|\bthe (?:first|second|third|next|last)$", line, re.I):
        return None   # a sentence the page broke off: "… exercising a contract option for the third"
    if len(_words(line)) <= 20 and not re.search(r"[.:;,]$", line):
        return line
    return None


def _lead_headline(lead: list[str]) -> str | None:
    """Above the story, the first line that reads as a headline of a few words: not a section
    label ("Military") or a site's banner that calls on the reader ("Make a donation!")."""
    for line in lead:
        headline = _headline(line)
        if headline and len(_words(headline)) >= 4 and not headline.endswith("!"):
            return headline
    return None


def _stand_in_title(first_line: str | None, name: str) -> str:
    """No headline: the opening words of the first sentence stand in for one."""
    if not first_line:
        return Path(name).stem
    words = re.split(r"(?<=[.!?])\s", first_line)[0].rstrip(".").split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")
