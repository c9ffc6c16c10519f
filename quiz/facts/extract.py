"""Per-document extraction: parse a document's segments and run every rule.

``extract_document`` is pure (a document and a pipeline in, facts out), so
documents can be extracted in parallel or cached one by one.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..documents import Document
from ..documents.lines import SELF_NOTE
from .acronyms import acronym_facts
from .appointments import appointed_roles
from .context import HONORIFICS, DocState, Sentence
from .events import date_facts
from .model import Fact
from .names import note_people, note_subject
from .people import role_facts
from .posts import ROLE_NOUNS
from .quantities import quantity_facts
from .tallies import tally_facts


def extract_document(doc: Document, nlp) -> list[Fact]:
    """All facts of one document, each with its provenance, in text order."""
    segments, texts = parse_units(doc)
    return facts_from_parses(doc, segments, nlp.pipe(texts))


def parse_units(doc: Document):
    """The document's pieces the parser reads, and their texts (``facts_from_parses`` takes
    their parses back, so the parses of many documents can stream through one ``nlp.pipe``)."""
    segments = [piece for seg in doc.segments for piece in _pieces(doc, seg)]
    return segments, [doc.segment_text(seg) for seg in segments]


def facts_from_parses(doc: Document, segments, parses) -> list[Fact]:
    """Every rule over the parsed pieces of one document."""
    state = DocState(doc)
    facts: list[Fact] = []
    for seg, parsed in zip(segments, parses):
        for span in _sentences(parsed):
            sent = Sentence(doc=doc, span=span, offset=seg.start, state=state)
            if not sent.parsed_text.strip():
                continue
            if SELF_NOTE.search(span.text):
                continue   # "This article was updated at …", "An earlier version of this article stated …"
            if not any(t.tag_ in FINITE or t.pos_ in ("VERB", "AUX") and t.dep_ not in NOUN_MODIFIERS for t in span):
                # a caption or label without a finite verb ("Bilateral meeting between …", "Head of the
                # agency NAME, speaking to reporters in Tehran.") is not prose
                note_people(sent)
                continue
            dated = date_facts(sent)
            roles = role_facts(sent)
            found = {(f.person, f.role) for f in roles}
            roles += [f for f in appointed_roles(sent) if (f.person, f.role) not in found]
            note_people(sent)
            note_subject(sent)
            for role in roles:
                if (role.frame or {}).get("past"):
                    continue   # "X served as assistant commander": held once, when is not said
                role.as_of, resolved = _nearest_date(role, dated, doc.date)
                if resolved:   # dated by "in January": the card shows the article's date too
                    role.sources = [replace(role.sources[0], article_date=doc.date)]
                if role.as_of is None and doc.date:
                    # known to hold on the day the article is dated: the card shows that date
                    role.as_of = doc.date
                    role.sources = [replace(role.sources[0], article_date=doc.date)]
            facts += dated + roles + quantity_facts(sent) + tally_facts(sent) + acronym_facts(sent)
    for fact in facts:   # facts are plain data: nothing of the parse outlives its document
        fact.__dict__.pop("clause", None)
        fact.__dict__.pop("mention", None)
    # a rank beside a post ('Vice Admiral X, commander of the fleet') is a role of its own
    return _dedupe(_headline_into_body(doc, facts))


FINITE = {"VBD", "VBZ", "VBP", "MD"}
NOUN_MODIFIERS = {"acl", "amod", "compound", "nmod"}   # "NAME, speaking to reporters": a participle on a noun
ABBREVIATIONS = HONORIFICS | {"gen.", "lt.", "col.", "maj.", "capt.", "adm.", "brig.", "sgt.", "cdr.", "st.",
                              "no.", "gov.", "sen.", "rep.", "amb.", "lieut.", "cpl.", "pvt.", "cmdr.", "ret.",
                              "sr.", "jr.", "mt.", "ft.", "supt.", "insp.", "det.", "pres.", "sec.", "gen"}


def _sentences(parsed):
    """The parser's sentences, rejoined where it split after 'Hon.' or 'Gen.' before a name,
    or inside a sentence that has not ended ('… Naval Base (HMNB) | Devonport in the New Year …',
    or at a semicolon)."""
    pending = None
    for span in parsed.sents:
        if pending is not None:
            span = parsed[pending.start:span.end]
        last = span[-1].text.lower() if len(span) else ""
        if len(span) >= 2 and span[-1].text == ".":
            last = span[-2].text.lower() + "."
        # "…, director general of the police; General Y, director of …": a semicolon parts a list, not sentences
        unfinished = len(span) and not re.search(r"[.!?…:\"”’']$", span[-1].text) and span.end < len(parsed)
        if (last in ABBREVIATIONS or unfinished) and span.end < len(parsed):
            pending = span
            continue
        pending = None
        yield span
    if pending is not None:
        yield pending


MAX_SEGMENT = 20_000   # characters the parser takes at once; longer paragraphs are cut at sentence ends


def _pieces(doc: Document, seg):
    """A very long paragraph in parts the parser can take, cut after a full stop."""
    from ..documents import Segment

    start = seg.start
    while seg.end - start > MAX_SEGMENT:
        cut = doc.text.rfind(". ", start, start + MAX_SEGMENT)
        cut = cut + 1 if cut > start else start + MAX_SEGMENT
        yield Segment(start, cut)
        start = cut
        while start < seg.end and doc.text[start].isspace():
            start += 1
    if start < seg.end:
        yield Segment(start, seg.end)


def _headline_into_body(doc: Document, facts: list[Fact]) -> list[Fact]:
    """A figure the headline states and the story repeats is one fact, read from the story
    ('Attack kills 2 peacekeepers' and 'killed two Chadian peacekeepers')."""
    if not doc.headline:
        return facts
    start = doc.text.find(doc.headline)
    if start < 0:
        return facts
    end = start + len(doc.headline)

    def in_headline(f: Fact) -> bool:
        return start <= f.sources[0].span_start < end

    out = []
    body = [f for f in facts if f.type == "quantity" and not in_headline(f)]
    for fact in facts:
        if fact.type == "quantity" and in_headline(fact):
            noun = (fact.what or "").split()[-1:]
            twin = next((b for b in body if b.value == fact.value and noun and
                         (b.what or "").split()[-1:] == noun), None)
            if twin is not None:
                twin.sources.append(fact.sources[0])
                continue
        out.append(fact)
    return out


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per id and answer in a document; repeats (a caption twice) become sources."""
    out: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.id, fact.answer, fact.approx)
        if key in out:
            known = out[key]
            if all(s.span_start != fact.sources[0].span_start for s in known.sources):
                known.sources.append(fact.sources[0])
        else:
            out[key] = fact
    return sorted(out.values(), key=lambda f: (f.sources[0].span_start, f.type, f.id))


_REPORTS = re.compile(r"\b(?:said|says|told|added|announced|noted|stated|explained|confirmed)\b")


def _reported_before(fact: Fact, role: Fact) -> bool:
    """'Russia signed contracts in 2019, X, director of Y, said': the date comes before the
    speaker, a comma between, and a reporting verb after the name."""
    src, who = fact.sources[0], role.sources[0]
    if who.span_start < src.span_end:
        return False
    between = src.evidence[src.span_end - src.start:who.span_start - src.start]
    after = src.evidence[who.span_end - src.start:]
    return "," in between and bool(_REPORTS.search(after))


def _quoted(fact: Fact) -> bool:
    """The date stands inside a quotation ('"Last year we signed …," X said'): it dates what is said."""
    src = fact.sources[0]
    before = src.evidence[:src.span_start - src.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _nearest_date(role: Fact, dated: list[Fact], article_date: str | None) -> tuple[str | None, bool]:
    """The date a role is known to hold at: the date of an event the person takes part in
    (the name lies in the event's clause), never a date after the article's own."""
    mention = getattr(role, "mention", None)
    best = None
    for fact in dated:
        clause = getattr(fact, "clause", None)
        if clause is None or mention is None or fact.bound == "end" or (article_date and fact.date > article_date):
            continue
        if mention.i not in {t.i for t in clause.subtree}:
            continue
        if _took_office(fact):
            continue   # "since President X came to power in 2016": that year had two presidents
        if _another_post(fact, role):
            continue   # "The new CDS, General X, assumed office as the new COAS last year": not as CDS
        if _quoted(fact) or _reported_before(fact, role):
            continue   # "Russia signed contracts in 2019, X, director of Y, said": he said it, in 2020
        distance = abs(fact.sources[0].span_start - role.sources[0].span_start)
        if best is None or distance < best[0]:
            best = (distance, fact.date, fact.relative)
    return (best[1], best[2]) if best else (None, False)


def _another_post(fact: Fact, role: Fact) -> bool:
    """Whether the dated clause gives its subject a post ('as the new Chief of Army Staff') other
    than the role being dated: the date is that post's, not this one's."""
    clause = getattr(fact, "clause", None)
    rest = (fact.frame or {}).get("rest") or (" ".join(t.text for t in clause.subtree) if clause is not None else "")
    m = re.search(r"\bas (?:the |a |an )?(?:new |next |acting |interim )?(.{3,80})", rest)
    if not m or not any(w.lower() in ROLE_NOUNS for w in re.findall(r"[\w-]+", m.group(1))):
        return False
    return (role.role or "").lower() not in m.group(1).lower()


TAKING_OFFICE = {"elect", "inaugurate", "swear", "appoint", "name", "nominate"}


def _took_office(fact: Fact) -> bool:
    """A date that tells when someone took a post, short of its day: in that year or month the
    post had two holders."""
    frame = fact.frame or {}
    lemma, rest = frame.get("lemma") or "", frame.get("rest") or ""
    came = lemma in TAKING_OFFICE or lemma in ("come", "take", "assume", "rise") and bool(
        re.search(r"\b(?:power|office|the helm|presidency)\b", rest))
    return came and len(fact.date or "") < 10
