"""Documents: read article files and mark which lines are article prose.

``Document.text`` is the file's text as read (decoded; for HTML, the article
text that trafilatura extracts from the markup). Every character span in the
project indexes it. Site leftovers (navigation, share and newsletter lines,
vote counters, link lists) and page metadata (bylines, "Last updated" lines)
are found by general rules and left out of ``Document.segments``, the spans
that fact extraction reads.

``read`` finds and decodes files, ``lines`` classifies one line at a time,
``parse`` turns a text into a Document (title, headline, date, segments).
"""
from .lines import classify
from .model import Document, Segment
from .parse import parse_document
from .read import html_to_text, iter_files, read_documents

__all__ = ["Document", "Segment", "classify", "html_to_text", "iter_files", "parse_document", "read_documents"]
