"""The `quiz` command: wires options to the stages in quiz.pipeline, nothing else.

``common`` holds the options and error handling every command shares; ``make`` the
commands that write files (build, worksheet), ``show`` those that print a stage's
output (facts, cards), ``review`` the review page, ``cachecmd`` the facts cache.
"""
from __future__ import annotations

import click

from .cachecmd import cache
from .common import on_sigterm
from .make import build, worksheet
from .review import review
from .show import cards, facts


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="quiz")
@click.option("--debug", is_flag=True, help="Show the full traceback of an error.")
@click.pass_context
def cli(ctx, debug):
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
    ctx.obj = {"debug": debug}


for command in (build, worksheet, facts, cards, review, cache):
    cli.add_command(command)


def main():  # pragma: no cover - console entry point
    import signal
    import tempfile
    # Python finds its temporary folder the first time one is asked for, by writing and removing
    # a probe file there; a SIGTERM raised in between would leave the probe behind. Ask now,
    # before the handler that raises it is installed.
    tempfile.gettempdir()
    signal.signal(signal.SIGTERM, on_sigterm)
    cli(prog_name="quiz")


if __name__ == "__main__":  # pragma: no cover
    main()
