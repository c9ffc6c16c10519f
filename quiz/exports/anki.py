"""Anki export: an .apkg written with genanki.

Note GUIDs come from card ids (fact id and kind), so re-importing an updated
deck updates its notes instead of adding copies. Note-type ids are constants
and the deck id comes from the deck name. Timestamps come from
SOURCE_DATE_EPOCH when set, so the same input gives a byte-identical file.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import sqlite3
import time
import zipfile
from pathlib import Path

import genanki

from ..cards import Card
from .files import atomic_path, build_time, scratch_dir
from .notes import (cloze_text, context_text, deck_description, deck_for, field_text, guid, note_tags,
                    options_html, source_text)

BASIC_MODEL_ID = 1_607_392_311
CSS = """.card { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 20px;
  line-height: 1.45; text-align: left; color: #111; background: #fff; max-width: 40em; margin: 0 auto;
  padding: 0 .6em; }
.q { font-weight: 600; }
.a { margin-top: .6em; }
.quote { margin-top: 1em; font-size: 14px; color: #444; border-left: 3px solid #bbb; padding-left: .6em; }
.src { margin-top: .4em; font-size: 12px; color: #666; }
.cloze { font-weight: 600; color: #0a4fa3; }
.nightMode .card, .card.nightMode { color: #eee; background: #1e1e1e; }
.nightMode .quote { color: #bbb; border-left-color: #555; }
.nightMode .src { color: #999; }
.nightMode .cloze { color: #8cc4ff; }
@media (max-width: 480px) { .card { font-size: 18px; } .quote { font-size: 13px; } }
"""
CLOZE_MODEL_ID = 1_607_392_312
FIELDS = ["Question", "Answer", "Quote", "Source", "Context", "CardId", "Options"]
BACK = ('{{FrontSide}}<hr id="answer"><div class="a">{{Answer}}</div>'
        '<div class="quote">{{Quote}}</div>'
        '<div class="src">{{Source}}{{#Context}} · {{Context}}{{/Context}}</div>')

BASIC_MODEL = genanki.Model(
    BASIC_MODEL_ID, "quiz: question and answer",
    fields=[{"name": f} for f in FIELDS],
    templates=[{"name": "Card", "qfmt": '<div class="q">{{Question}}</div>'
                '{{#Options}}<ol class="options" type="a">{{Options}}</ol>{{/Options}}', "afmt": BACK}],
    css=CSS + ".options { margin-top: .6em; }\n", sort_field_index=0)

CLOZE_FIELDS = ["Text", "Quote", "Source", "Context", "CardId"]
CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID, "quiz: cloze",
    fields=[{"name": f} for f in CLOZE_FIELDS],
    templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}",
                "afmt": '{{cloze:Text}}<div class="src">{{Source}}{{#Context}} · {{Context}}{{/Context}}</div>'}],
    css=CSS, model_type=genanki.Model.CLOZE)


def deck_id(name: str) -> int:
    return int(hashlib.sha1(f"quiz deck {name}".encode()).hexdigest()[:8], 16) + (1 << 30)


def note_for(card: Card, titles: dict[str, str], deck_name: str) -> genanki.Note:
    source, context = source_text(card, titles), context_text(card)
    if card.cloze:
        fields = [cloze_text(card)] + [field_text(f) for f in (card.quote, source, context, card.id)]
        return genanki.Note(model=CLOZE_MODEL, fields=fields, tags=note_tags(card), guid=guid(card, deck_name))
    fields = [field_text(f) for f in (card.question, card.answer, card.quote, source, context, card.id)]
    return genanki.Note(model=BASIC_MODEL, fields=fields + [options_html(card)], tags=note_tags(card),
                        guid=guid(card, deck_name))


def write_apkg(cards: list[Card], path: str | Path, deck_name: str,
               titles: dict[str, str] | None = None, timestamp: float | None = None, subdecks: str = "none") -> Path:
    """Write the deck to ``path`` through a temporary file renamed into place."""
    with atomic_path(path) as tmp:
        write_apkg_to(cards, tmp, deck_name, titles, timestamp, subdecks)
    return Path(path)


def write_apkg_to(cards: list[Card], target: Path, deck_name: str, titles: dict[str, str] | None = None,
                  timestamp: float | None = None, subdecks: str = "none") -> None:
    titles = titles or {}
    by_deck: dict[str, list[Card]] = {}
    for card in cards:
        by_deck.setdefault(deck_for(card, deck_name, subdecks, titles), []).append(card)
    decks = {}
    for name, members in by_deck.items():
        decks[name] = genanki.Deck(deck_id(name), name, description=field_text(deck_description(members, titles)))
        for card in members:
            decks[name].add_note(note_for(card, titles, deck_name))
    stamp = build_time() if timestamp is None else timestamp
    package = genanki.Package([decks[n] for n in sorted(decks)])
    with scratch_dir() as tmpdir:
        db_path = os.path.join(tmpdir, "collection.anki2")
        conn = sqlite3.connect(db_path)
        package.write_to_db(conn.cursor(), stamp, itertools.count(int(stamp * 1000)))
        conn.commit()
        conn.close()
        date_time = time.gmtime(max(stamp, 315532800))[:6]
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in (("collection.anki2", Path(db_path).read_bytes()), ("media", b"{}")):
                info = zipfile.ZipInfo(name, date_time=date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, data)
