"""`quiz review`: the review file on a local page."""
from __future__ import annotations

from pathlib import Path

import click

from .. import pipeline
from ..errors import QuizError
from .common import extract_corpus, kinds_of, kinds_option, model_option, run_safely, extraction_options


@click.command(short_help="Review the facts on a local page; every click is saved.")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--facts", "facts_file", type=click.Path(dir_okay=False), default="facts.yaml", show_default=True,
              help="The review file to show and save to (PATHS, if given, are extracted and merged into it first).")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port on 127.0.0.1 (0: a free one).")
@click.option("--no-browser", is_flag=True, help="Do not open the page in a browser; just print its address.")
@kinds_option
@extraction_options
@model_option
def review(paths, facts_file, port, no_browser, kinds, max_size, model):
    """Review the facts on a local page: each fact beside its source sentence, the
    words it was read from highlighted, the cards it would make, and Accept,
    Reject and Edit buttons. Every click is saved to the review file at once
    (the same file `quiz facts -o facts.yaml` writes and `quiz build --facts`
    reads). The page is served on 127.0.0.1 only; Ctrl-C stops it.

    \b
    Example:
        quiz review articles/                  # extract, merge into facts.yaml, open the page
        quiz review --facts week1.yaml         # review a file already written
        quiz build articles/ --facts facts.yaml
    """
    kinds_t = kinds_of(kinds)

    def run():
        import webbrowser

        from .. import review as review_file
        from ..review.server import create_app, serve
        if paths:
            if Path(facts_file).exists():
                review_file.load(facts_file)        # a broken file is reported before the extraction
            corpus = extract_corpus(paths, model, int(max_size * 1e6))
            counts = review_file.write(facts_file, corpus.facts, pipeline.documents_of(corpus))
            click.echo(f"wrote {facts_file}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
        elif not Path(facts_file).exists():
            raise QuizError(f"{facts_file}: no such review file; name the articles to extract, "
                            f"e.g. `quiz review articles/`")
        else:
            review_file.load(facts_file)
        app = create_app(facts_file, kinds=kinds_t)

        def ready(url):
            click.echo(f"reviewing {facts_file} at {url} (Ctrl-C to stop)", err=False)
            if not no_browser:
                webbrowser.open(url)
        try:
            serve(app, port, ready)              # returns on Ctrl-C
        except KeyboardInterrupt:
            pass
        click.echo(f"stopped; {facts_file} is saved")
    run_safely(run)
