"""Text export for Anki's text importer (File > Import) and other flashcard apps.

One note per line, tab-separated, with the header lines Anki reads. Notes use Anki's
stock note types, Basic and Cloze, so the file imports into any collection, a fresh
one included; GUIDs are the .apkg's, so either route updates the same notes.
"""
from __future__ import annotations

from pathlib import Path

from ..cards import Card
from .notes import cloze_text, context_text, deck_for, field_text, guid, note_tags, options_html, source_text

HEADER = ["#separator:tab", "#html:true", "#notetype column:1", "#deck column:2", "#guid column:3",
          "#tags column:6"]


def _cell(text: str) -> str:
    """A field on one line: no tabs or line breaks inside it."""
    return " ".join(text.replace("\t", " ").split())


def _back(card: Card, titles: dict[str, str]) -> str:
    answer = f'<div class="a">{field_text(card.answer)}</div>' if not card.cloze else ""
    context = context_text(card)
    where = field_text(source_text(card, titles)) + (f" · {field_text(context)}" if context else "")
    return (f'{answer}<div class="quote" style="font-size:smaller">{field_text(card.quote)}</div>'
            f'<div class="src" style="font-size:smaller">{where}</div>')


def tsv_text(cards: list[Card], deck_name: str, titles: dict[str, str] | None = None,
             subdecks: str = "none") -> str:
    titles = titles or {}
    lines = list(HEADER)
    for card in cards:
        deck = deck_for(card, deck_name, subdecks, titles)
        if card.cloze:
            notetype, front = "Cloze", cloze_text(card)
        else:
            notetype = "Basic"
            front = field_text(card.question)
            if card.options:
                front += f'<ol type="a">{options_html(card)}</ol>'
        row = [notetype, deck, guid(card, deck_name), front, _back(card, titles), " ".join(note_tags(card))]
        lines.append("\t".join(_cell(c) for c in row))
    return "\n".join(lines) + "\n"


def write_tsv_to(cards: list[Card], target: Path, deck_name: str, titles: dict[str, str] | None = None,
                 subdecks: str = "none") -> None:
    target.write_text(tsv_text(cards, deck_name, titles, subdecks), encoding="utf-8")
