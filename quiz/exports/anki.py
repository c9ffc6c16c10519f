"""Anki export: an .apkg written with genanki.

Note GUIDs come from card ids (fact id and kind), so re-importing an updated
deck updates its notes instead of adding copies. Note-type ids are constants
and the deck id comes from the deck name. Timestamps come from
SOURCE_DATE_EPOCH when set, so the same input gives a byte-identical file.
"""
from __future__ import annotations

import hashlib
import html
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

import genanki

from .. import dates
from ..cards import Card
from .files import atomic_path, build_time

BASIC_MODEL_ID = 1_607_392_311
CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: #111; background: #fff; }
.q { font-weight: 600; }
.a { margin-top: .6em; }
.quote { margin-top: 1em; font-size: 15px; color: #444; border-left: 3px solid #bbb; padding-left: .6em; }
.src { margin-top: .4em; font-size: 13px; color: #666; }
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


def field_text(text: str) -> str:
    """Plain text as an Anki field: escaped HTML, and braces that never form a cloze or template."""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def deck_id(name: str) -> int:
    return int(hashlib.sha1(f"quiz deck {name}".encode()).hexdigest()[:8], 16) + (1 << 30)


def note_for(card: Card, titles: dict[str, str]) -> genanki.Note:
    source = ", ".join(titles.get(d, d) for d in card.docs or (card.doc,))
    context = f"Article dated {dates.human(card.article_date)}" if card.article_date else ""
    if card.cloze:
        before, hidden, after = (field_text(p) for p in card.cloze)
        text = f"{before}{{{{c1::{hidden}}}}}{after}"
        fields = [text] + [field_text(f) for f in (card.quote, source, context, card.id)]
        return genanki.Note(model=CLOZE_MODEL, fields=fields, tags=list(card.tags),
                            guid=genanki.guid_for(card.id))
    options = "".join(f"<li>{field_text(o)}</li>" for o in card.options)
    fields = [field_text(f) for f in (card.question, card.answer, card.quote, source, context, card.id)]
    return genanki.Note(model=BASIC_MODEL, fields=fields + [options],
                        tags=list(card.tags), guid=genanki.guid_for(card.id))


def write_apkg(cards: list[Card], path: str | Path, deck_name: str,
               titles: dict[str, str] | None = None, timestamp: float | None = None) -> Path:
    """Write the deck to ``path`` through a temporary file renamed into place."""
    with atomic_path(path) as tmp:
        write_apkg_to(cards, tmp, deck_name, titles, timestamp)
    return Path(path)


def write_apkg_to(cards: list[Card], target: Path, deck_name: str,
                  titles: dict[str, str] | None = None, timestamp: float | None = None) -> None:
    titles = titles or {}
    deck = genanki.Deck(deck_id(deck_name), deck_name)
    for card in cards:
        deck.add_note(note_for(card, titles))
    stamp = build_time() if timestamp is None else timestamp
    package = genanki.Package(deck)
    with tempfile.TemporaryDirectory() as tmpdir:
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
