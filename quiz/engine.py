"""Running per-document extraction: in this process, over several processes, on a Dask
cluster, or from the cache.

``extract_all`` streams (document, facts) pairs in the documents' own order whatever runs
them, so a build with ``--jobs 4`` or on Dask is byte-identical to one with ``--jobs 1``; the
merge across documents always runs here, on the client. Extraction
is pure and per document (``extract_document``), which is what lets it run anywhere and be
cached by its inputs.
"""
from __future__ import annotations

import multiprocessing
import os
from typing import Iterable, Iterator

from .documents import Document
from .facts import Fact, extract_document
from .facts.extract import facts_from_parses, parse_units

_worker_nlp = None
BATCH = 128    # texts parsed together, across documents: as fast as larger batches, and small in memory


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:      # not on Linux
        return max(1, os.cpu_count() or 1)


def settle() -> None:
    """Leave what is loaded for good (the pipeline, the word tables the rules read) out of the
    garbage collector's rounds. Those objects live as long as the process, and a full round
    walks every one of them; over a thousand articles that cost about a tenth of the run."""
    import gc
    gc.collect()
    gc.freeze()


def _init(model: str | None) -> None:
    global _worker_nlp
    import signal
    # a worker is stopped by its pool: SIGTERM ends it at once (the command's own handler, which
    # unwinds to clean up files, could leave a pool lock taken and hang the parent), and Ctrl-C
    # is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from . import nlp as nlp_module
    _worker_nlp = nlp_module.load(model)
    settle()


_settled = False


def _work(doc: Document) -> list[Fact]:
    global _settled
    facts = extract_document(doc, _worker_nlp)
    if not _settled:                     # the rules' own tables are loaded by now
        settle()
        _settled = True
    return facts


def _streamed(items, nlp, part=None) -> Iterator[tuple[Document, str | None, tuple[list[Fact], bool]]]:
    """The documents' pieces through one ``nlp.pipe`` stream, in batches across documents (as
    fast as parsing them all at once), each document's rules run as soon as its last piece is
    parsed; only a batch of parses is held at a time. Cached documents pass straight through."""
    import collections
    import itertools
    pending: collections.deque = collections.deque()   # (doc, key, cached facts, segments)

    def texts():
        for doc, k, facts in items:
            if facts is not None:
                pending.append((doc, k, facts, None))
                continue
            segments, pieces = parse_units(doc)
            pending.append((doc, k, None, segments))
            for text in pieces:
                yield text

    parses = nlp.pipe(texts(), batch_size=BATCH)
    early: list = []                     # a parse pulled to find out whether any document is left
    settle()
    first = True
    while True:
        if not pending:
            early += list(itertools.islice(parses, 1))
            if not pending:
                return
        doc, k, cached, segments = pending.popleft()
        if cached is not None:
            yield doc, k, (cached, False)
            continue
        got = []
        for seg in segments:
            got.append(early.pop(0) if early else next(parses))
            if part:
                part(doc, seg.end - seg.start)       # a bar that moves within one large file too
        facts = facts_from_parses(doc, segments, got)
        if first:                        # the rules' own tables are loaded by now
            settle()
            first = False
        yield doc, k, (facts, True)


def _dask_work(doc: Document, model: str | None) -> list[Fact]:
    """Extraction on a Dask worker: the pipeline is loaded once per worker process."""
    from . import nlp as nlp_module
    return extract_document(doc, nlp_module.load(model))


def _on_dask(pending, model: str | None, scheduler: str):
    """Facts of the documents not cached, extracted on a Dask cluster, in order."""
    try:
        from distributed import Client
    except ImportError:
        from .errors import QuizError
        raise QuizError("the Dask engine needs the dask extra: pip install 'quiz[dask]'") from None
    from .errors import QuizError
    try:
        client = Client(scheduler, timeout=30, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise QuizError(f"{scheduler}: cannot reach the Dask scheduler: {exc}") from None
    try:
        todo = [doc for doc, _, facts in pending if facts is None]
        futures = client.map(_dask_work, todo, model=model, pure=False)
        for future in futures:                     # in the documents' order, whatever finishes first
            yield future.result()
    finally:
        client.close()


def extract_all(documents: Iterable[Document], nlp, model: str | None = None, jobs: int = 1, cache=None,
                progress=None, engine: str = "local", scheduler: str | None = None
                ) -> Iterator[tuple[Document, list[Fact]]]:
    """(document, facts) for every document, in order; cached documents are not parsed again.
    ``progress(doc)`` is called as each document is done, and ``progress.part(doc, chars)``, when
    it exists, as each piece of a document is parsed."""
    from .cache import key, pipeline_id
    pipeline = pipeline_id(nlp) if cache is not None else ""

    def known(docs):
        for doc in docs:
            k = key(doc, pipeline) if cache is not None else None
            yield doc, k, (cache.get(k) if k else None)

    def done(doc, k, facts, fresh):
        if fresh and cache is not None:
            cache.put(k, facts)
        if progress:
            progress(doc)
        return doc, facts

    if engine == "dask":
        pending = list(known(documents))
        results = _on_dask(pending, model, scheduler)
        for doc, k, facts in pending:
            fresh = facts is None
            yield done(doc, k, next(results) if fresh else facts, fresh)
        return
    if jobs <= 1:
        for doc, k, facts in _streamed(known(documents), nlp, getattr(progress, "part", None)):
            yield done(doc, k, facts[0], facts[1])
        return
    # fork shares the loaded pipeline with the workers; elsewhere each worker loads its own
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(jobs, initializer=_init, initargs=(model,)) as pool:
        pending = list(known(documents))
        todo = [doc for doc, _, facts in pending if facts is None]
        results = pool.imap(_work, todo, chunksize=4)
        for doc, k, facts in pending:
            fresh = facts is None
            yield done(doc, k, next(results) if fresh else facts, fresh)
