"""The commands that write files: `build` (deck, worksheet, text export) and `worksheet`."""
from __future__ import annotations

from pathlib import Path

import click

from .. import pipeline
from ..cards import GateReport
from ..errors import QuizError
from ..facts import TYPES
from ..templating import environment
from .common import (DEFAULT_INPUT, DEFAULT_OUT, check_out, conflicts_option, count_option, default_name, file_name,
                     kinds_of, kinds_option, load_corpus, model_option, paper_option, plural, review_option,
                     run_safely, extraction_options, template_option)


@click.command(short_help="Build an Anki deck and a printable worksheet from articles.")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--out", "-o", type=click.Path(file_okay=False), default=DEFAULT_OUT, show_default=True,
              help="Folder to write the deck and worksheet to.")
@click.option("--name", "-n", default=None, help="Base name of the outputs (default: the input folder's name).")
@click.option("--formats", default="apkg,html", show_default=True,
              help="Files to write, comma-separated: apkg (Anki deck), html (worksheet), tsv (Anki text import).")
@click.option("--subdecks", type=click.Choice(["none", "doc", "type"]), default="none", show_default=True,
              help="Split the deck into a subdeck per article (doc) or per fact type (type).")
@click.option("--title", default=None, help="The worksheet's title (default: the name).")
@count_option
@paper_option
@kinds_option
@template_option
@conflicts_option
@review_option
@extraction_options
@model_option
def build(paths, out, name, formats, subdecks, title, count, paper, kinds, template_dir, include_conflicts,
          facts_file, max_size, model):
    """Build an Anki deck (NAME.apkg) and a printable worksheet (NAME.html).

    With no PATHS, builds the articles in seeds/ into decks/.

    \b
    Example:
        quiz build                       # seeds/ -> decks/seeds.apkg, decks/seeds.html
        quiz build articles/ --out out --name week1
        quiz build articles/ --formats apkg,html,tsv --subdecks doc
        quiz build articles/ --facts facts.yaml   # from the facts a teacher reviewed
    """
    name = file_name(name or default_name(paths, facts_file))
    kinds_t = kinds_of(kinds)
    formats_t = tuple(f.strip() for f in formats.split(",") if f.strip())
    bad = [f for f in formats_t if f not in pipeline.FORMATS]
    if bad or not formats_t:
        raise click.BadParameter(f"unknown format {', '.join(bad) or '(none)'}; choose from "
                                 f"{','.join(pipeline.FORMATS)}", param_hint="--formats")

    def run():
        check_out(out)
        environment(template_dir)          # a broken template folder is found before extraction
        corpus = load_corpus(paths, model, facts_file, int(max_size * 1e6))
        report = GateReport()
        cards = pipeline.cards_for(corpus, kinds_t, template_dir, include_conflicts, report)
        if not cards:
            raise QuizError(f"{', '.join(paths or (facts_file or DEFAULT_INPUT,))}: no cards to write "
                            f"({plural(len(corpus.facts), 'fact')} found in {plural(corpus.documents, 'document')})")
        from ..plan import plan_sheet
        plan = plan_sheet(cards, title or name, corpus.titles, count=count)
        written = pipeline.build(corpus, cards, Path(out), name, template_dir, formats_t, subdecks, title, count,
                                 paper, plan)
        for path in written:
            click.echo(f"wrote {path}")
        counts = corpus.counts()
        by_type = ", ".join(f"{counts.get(t, 0)} {t}" for t in TYPES)
        click.echo(f"{plural(corpus.documents, 'document')}, {plural(len(corpus.facts), 'fact')} ({by_type}), "
                   f"{plural(len(cards), 'card')}, {plural(plan.questions, 'worksheet question')}")
    run_safely(run)


@click.command(short_help="Write printable worksheets with their answer keys.")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--out", "-o", type=click.Path(file_okay=False), default=DEFAULT_OUT, show_default=True,
              help="Folder to write the worksheets to.")
@click.option("--name", "-n", default=None, help="Base name of the files (default: the input folder's name).")
@click.option("--title", default=None, help="The worksheet's title (default: the name).")
@count_option
@click.option("--versions", type=click.IntRange(1, 26), default=1, show_default=True,
              help="Versions with their questions and options shuffled, each with its own key and code.")
@click.option("--seed", type=int, default=0, show_default=True, help="The same seed gives the same versions.")
@click.option("--key", "key", type=click.Choice(["end", "separate"]), default="end", show_default=True,
              help="The answer key after the questions, or in a file of its own (NAME-key.html).")
@click.option("--pdf", is_flag=True, help="Also print each file to PDF with headless Chromium.")
@paper_option
@kinds_option
@template_option
@conflicts_option
@review_option
@extraction_options
@model_option
def worksheet(paths, out, name, title, count, versions, seed, key, pdf, paper, kinds, template_dir,
              include_conflicts, facts_file, max_size, model):
    """Write printable worksheets (NAME.html, one per version) with their answer keys.

    With no PATHS, uses the articles in seeds/.

    \b
    Example:
        quiz worksheet articles/ --count 15 --title "Week 3 quiz"
        quiz worksheet articles/ --versions 3 --seed 42 --key separate --pdf
    """
    name = file_name(name or default_name(paths, facts_file))
    kinds_t = kinds_of(kinds)

    def run():
        check_out(out)
        environment(template_dir)          # a broken template folder is found before extraction
        corpus = load_corpus(paths, model, facts_file, int(max_size * 1e6))
        cards = pipeline.cards_for(corpus, kinds_t, template_dir, include_conflicts, GateReport())
        if not cards:
            raise QuizError(f"{', '.join(paths or (facts_file or DEFAULT_INPUT,))}: no questions to ask "
                            f"({plural(len(corpus.facts), 'fact')} found in {plural(corpus.documents, 'document')})")
        report: dict = {}
        for path in pipeline.worksheets(corpus, cards, Path(out), name, title, count, versions, seed, kinds_t,
                                        key, pdf, template_dir, paper, report):
            click.echo(f"wrote {path}")
        pages = ", ".join(f"version {code}: {n} pages" for code, n in report["pages"].items())
        click.echo(f"{report['questions']} questions; {pages}")
    run_safely(run)
