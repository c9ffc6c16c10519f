"""What an Anki note holds, shared by the .apkg and the text export: escaped fields, a
tidy Source line, a handful of tags, deck names and GUIDs from card ids.

Both exports take every value from here, so a note imported either way has the same
GUID, text and tags, and either route updates the same notes.
"""
from __future__ import annotations

import html
import re

import genanki

from .. import dates
from ..cards import Card

MAX_SOURCES = 3        # titles named in a note's Source field, then "and N more"
MAX_DECK_SOURCES = 20  # titles listed in a deck's description
SUBDECKS = ("none", "doc", "type")
TYPE_DECKS = {"date": "Dates", "person_role": "People and posts", "quantity": "Figures", "acronym": "Acronyms"}


def field_text(text: str) -> str:
    """Plain text as an Anki field: escaped HTML, braces that never form a cloze or template, and
    square brackets that never form Anki's own markup ([sound:…] plays, [latex] is typeset)."""
    return (html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")
            .replace("[", "&#91;").replace("]", "&#93;"))


def guid(card: Card, deck_name: str) -> str:
    """From the deck and the card's fact and kind: a rebuilt deck updates its notes, and two
    decks of different names import side by side."""
    return genanki.guid_for(deck_name, card.id)


def tag(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_") or "untitled"


def some(names: list[str], limit: int) -> str:
    """'A, B, C and 4 more': each name once, at most ``limit`` of them."""
    unique = list(dict.fromkeys(names))
    shown = ", ".join(unique[:limit])
    return shown + (f" and {len(unique) - limit} more" if len(unique) > limit else "")


def source_text(card: Card, titles: dict[str, str]) -> str:
    """The articles a card comes from, each named once."""
    return some([titles.get(d, d) for d in card.docs or (card.doc,)], MAX_SOURCES)


def context_text(card: Card) -> str:
    return f"Article dated {dates.human(card.article_date)}" if card.article_date else ""


def note_tags(card: Card) -> list[str]:
    """quiz, the fact type, the kind, and the article when the fact has only one."""
    docs = card.docs or (card.doc,)
    out = ["quiz", card.fact_type, card.kind]
    if len(docs) == 1:
        out.append(tag(docs[0].rsplit(".", 1)[0]))
    return out


def deck_for(card: Card, name: str, subdecks: str, titles: dict[str, str]) -> str:
    if subdecks == "doc":
        return f"{name}::{_deck_part(titles.get(card.doc, card.doc))}"
    if subdecks == "type":
        return f"{name}::{TYPE_DECKS.get(card.fact_type, card.fact_type)}"
    return name


def deck_description(cards: list[Card], titles: dict[str, str]) -> str:
    docs = [d for c in cards for d in (c.docs or (c.doc,))]
    return "Cards from " + some([titles.get(d, d) for d in docs], MAX_DECK_SOURCES) if docs else ""


def _deck_part(title: str) -> str:
    """A title as a deck name: '::' would nest it, so it becomes ':'."""
    return re.sub(r"\s+", " ", title.replace("::", ":")).strip()[:80] or "Untitled"


def cloze_text(card: Card) -> str:
    before, hidden, after = (field_text(p) for p in card.cloze)
    return f"{before}{{{{c1::{hidden}}}}}{after}"


def options_html(card: Card) -> str:
    return "".join(f"<li>{field_text(o)}</li>" for o in card.options)
