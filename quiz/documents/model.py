"""The document data model: the text as read and the spans of it that are prose."""
from __future__ import annotations

from dataclasses import dataclass, field

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
