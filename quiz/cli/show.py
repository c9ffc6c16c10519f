"""The commands that show a stage's output: `facts` (and the review file) and `cards`."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .. import dates, pipeline
from ..cards import GateReport
from ..facts import TYPES
from ..templating import environment
from .common import (conflicts_option, emit, extract_corpus, kinds_of, kinds_option, load_corpus, model_option,
                     review_option, run_safely, extraction_options, template_option)


@click.command(short_help="Show the facts found, each with its source sentence.")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json", "yaml"]), default=None,
              help="text, json, or yaml (a review file); default: from the output's extension, else text.")
@click.option("--type", "types", multiple=True, type=click.Choice(TYPES),
              help="Only facts of this type (repeatable).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of standard output. An existing review file is merged.")
@extraction_options
@model_option
def facts(paths, fmt, types, output, max_size, model):
    """Show the facts found in PATHS, each with its source sentence and rule.

    With -o FILE.yaml, writes a review file: set a fact's status to rejected,
    correct its fields, or add one with status manual, then build with
    --facts FILE.yaml. Running it again on changed articles keeps what you
    decided, refreshes the rest, marks facts no longer found as stale, and
    keeps the previous file as FILE.yaml.bak.

    \b
    Example:
        quiz facts seeds
        quiz facts seeds --type date
        quiz facts seeds --format json -o facts.json
        quiz facts seeds -o facts.yaml           # a review file
    """
    if fmt is None:
        suffix = Path(output).suffix.lower() if output else ""
        fmt = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}.get(suffix, "text")

    def run():
        if fmt == "yaml" and output and Path(output).exists():
            from .. import review
            review.load(output)     # a broken review file is reported before the extraction
        corpus = extract_corpus(paths, model, int(max_size * 1e6))
        chosen = [f for f in corpus.facts if not types or f.type in types]
        if fmt == "yaml":
            from .. import review
            documents = pipeline.documents_of(corpus)
            if not output:
                click.echo(review.render(chosen, documents), nl=False)
                return
            counts = review.write(output, chosen, documents)
            click.echo(f"wrote {output}: " + ", ".join(f"{n} {what}" for what, n in counts.items()), err=True)
            return
        if fmt == "json":
            text = json.dumps({"facts": [f.to_dict() for f in chosen]}, indent=1, ensure_ascii=False) + "\n"
        else:
            text = "".join(_fact_text(f) for f in chosen)
        emit(text, output)
    run_safely(run)


def _fact_text(fact) -> str:
    if fact.type == "date":
        head = f"[date] {dates.human(fact.date)}" + (f" ({fact.bound})" if fact.bound else "") + \
               (" (resolved from the article date)" if fact.relative else "") + f" — {fact.event}"
    elif fact.type == "person_role":
        head = f"[person_role] {fact.person} — {fact.role}" + (f" (as of {fact.as_of})" if fact.as_of else "")
    elif fact.type == "quantity":
        q = f"{fact.qualifier} " if fact.qualifier else ""
        head = f"[quantity] {q}{fact.value} {fact.what}" + (f" — {fact.owner}" if fact.owner else "")
    else:
        head = f"[acronym] {fact.acronym} = {fact.expansion}"
    if fact.conflict:
        head += f"  CONFLICT with {', '.join(fact.conflicts_with)}"
    lines = [head, f"  id: {fact.id}"]
    for s in fact.sources:
        lines.append(f"  {s.doc} [{s.span_start}:{s.span_end}] rule {s.rule}: “{s.evidence}”")
    return "\n".join(lines) + "\n\n"


@click.command(short_help="Show the cards a build would write, with their scores.")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--explain", is_flag=True, help="Also report what the ranking and the gate cut, and why.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of standard output.")
@kinds_option
@template_option
@conflicts_option
@review_option
@extraction_options
@model_option
def cards(paths, fmt, explain, output, kinds, template_dir, include_conflicts, facts_file, max_size, model):
    """Show the cards a build would write for PATHS.

    \b
    Example:
        quiz cards seeds
        quiz cards seeds --kinds basic --format json
        quiz cards seeds --explain
    """
    kinds_t = kinds_of(kinds)
    if not paths and not facts_file:
        raise click.UsageError("name the articles to read (files or folders), or a review file with --facts")

    def run():
        environment(template_dir)          # a broken template folder is found before extraction
        corpus = load_corpus(paths, model, facts_file, int(max_size * 1e6))
        report = GateReport()
        made = pipeline.cards_for(corpus, kinds_t, template_dir, include_conflicts, report)
        if fmt == "json":
            data = {"cards": [c.to_dict() for c in made]}
            if explain:
                data["dropped"] = dict(sorted(report.dropped.items()))
            text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        else:
            text = "".join(_card_text(c) for c in made)
            if explain:
                text += f"kept {len(made)} cards; dropped {sum(report.dropped.values())}\n"
                for reason, n in sorted(report.dropped.items()):
                    text += f"  {n} × {reason}: e.g. {report.examples[reason][0]!r}\n"
        emit(text, output)
    run_safely(run)


def _card_text(card) -> str:
    lines = [f"[{card.kind}] Q: {card.question}", f"  A: {card.answer}"]
    if card.options:
        lines.append("  options: " + " | ".join(card.options))
    if card.article_date:
        lines.append(f"  article date: {dates.human(card.article_date)}")
    lines.append(f"  source: {card.doc}: “{card.quote}”")
    lines.append(f"  score: {card.score:.2f} ({'; '.join(card.reasons)})")
    lines.append(f"  id: {card.id}")
    return "\n".join(lines) + "\n\n"
