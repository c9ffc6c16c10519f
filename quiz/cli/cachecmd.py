"""`quiz cache`: where the facts cache lives, and clearing it."""
from __future__ import annotations

import click

from .common import run_safely


@click.group(short_help="Show or clear the cache of extracted facts.")
def cache():
    """The facts extracted from each document are cached, keyed by the document,
    the NLP pipeline and the extraction code, so a rebuild parses only the
    articles that changed. The cache is in your user cache folder, or in
    $QUIZ_CACHE_DIR.

    \b
    Example:
        quiz cache dir
        quiz cache clear
    """


@cache.command(name="dir")
def where():
    """Print the cache folder."""
    from ..cache import FactCache
    click.echo(str(FactCache().folder))


@cache.command()
def clear():
    """Remove every cached entry."""
    from ..cache import FactCache

    def run():
        store = FactCache()
        n = store.clear()
        click.echo(f"removed {n} cached document{'s' if n != 1 else ''} from {store.folder}")
    run_safely(run)
