"""Review: the teacher's file of facts, edited by hand and merged with each new extraction.

``entries`` turns a Fact into the mapping a teacher edits and back; ``store``
reads, merges and writes the YAML file.
"""
from .entries import STATUSES, USED, from_entry, status_of, to_entry
from .store import load, merge, read_facts, render, write

__all__ = ["STATUSES", "USED", "from_entry", "load", "merge", "read_facts", "render", "status_of", "to_entry",
           "write"]
