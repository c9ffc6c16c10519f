"""Facts: dates of events, people with roles, quantities and acronyms, with provenance."""
from .extract import extract_document
from .merge import merge
from .model import TYPES, Fact, Source, fact_id

__all__ = ["TYPES", "Fact", "Source", "extract_document", "fact_id", "merge"]
