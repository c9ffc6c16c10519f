"""Writing outputs safely: a temporary file in the target folder, renamed into place."""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from ..errors import QuizError


def build_time() -> float:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value:
        if not value.strip().isdigit():
            raise QuizError(f"SOURCE_DATE_EPOCH={value!r}: not a whole number of seconds since 1970")
        return float(int(value))
    return time.time()


@contextmanager
def _signals_held():
    """Ctrl-C and SIGTERM wait until the block is done (they are delivered right after it), so a
    scratch folder is never half made or half removed."""
    held = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextmanager
def scratch_dir():
    """A temporary folder that is removed whole, even when the run is interrupted."""
    path = None
    try:
        with _signals_held():
            path = tempfile.mkdtemp(prefix="quiz-")
        yield path
    finally:
        if path is not None:
            with _signals_held():
                shutil.rmtree(path, ignore_errors=True)


@contextmanager
def atomic_path(target: str | Path):
    """Yield a temporary path beside ``target``; rename it into place on success (one file of
    ``Outputs``)."""
    with Outputs() as outputs:
        yield outputs.path(target)


@contextmanager
def writing(target: str | Path):
    """A write that fails (a full disk, a file-size limit, the deck's database) is one line
    naming the file it was for."""
    import sqlite3
    try:
        yield
    except QuizError:
        raise
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise QuizError(f"{target}: cannot write: {reason}") from None


class Outputs:
    """Files written together: each to a temporary file beside its target, then all renamed
    into place or none. A failure names the target (never a temporary file) and leaves every
    old file as it was.

        with Outputs() as out:
            out.path("deck.apkg").write_bytes(...)   # a temporary path for the target
    """

    def __init__(self):
        self.pending: list[tuple[Path, Path]] = []   # (temporary file, target)

    def __enter__(self) -> "Outputs":
        return self

    def path(self, target: str | Path) -> Path:
        target = Path(target)
        if target.is_dir():
            raise QuizError(f"{target}: is a folder, cannot write a file there")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise QuizError(f"{target.parent}: is not a folder") from None
        except OSError as exc:
            raise QuizError(f"{target.parent}: cannot create the folder: {exc.strerror or exc}") from None
        try:
            fd, tmp = tempfile.mkstemp(prefix=".quiz-", suffix=".tmp", dir=target.parent)
        except OSError as exc:
            raise QuizError(f"{target}: cannot write: {exc.strerror or exc}") from None
        os.close(fd)
        self.pending.append((Path(tmp), target))
        return Path(tmp)

    def __exit__(self, kind, exc, tb) -> None:
        try:
            if kind is None:
                self._commit()
        finally:
            for tmp, _ in self.pending:
                if tmp.exists():
                    tmp.unlink()

    def _commit(self) -> None:
        saved: list[tuple[Path, Path | None]] = []   # (target, its old version moved aside)
        current = None
        try:
            for tmp, target in self.pending:
                current = target
                os.chmod(tmp, 0o644)
                old = None
                if target.exists():
                    old = target.with_name(f".quiz-old-{os.getpid()}-{target.name}")
                    os.replace(target, old)
                saved.append((target, old))
                os.replace(tmp, target)
        except BaseException as exc:                  # a failed rename, Ctrl-C, SIGTERM…
            for target, old in reversed(saved):      # put every old file back
                try:
                    if old is not None:
                        os.replace(old, target)
                    elif target.exists():
                        target.unlink()
                except OSError:
                    pass
            if isinstance(exc, OSError):
                raise QuizError(f"{current}: cannot write: {exc.strerror or exc}; no file was changed") from None
            raise
        for _, old in saved:
            if old is not None and old.exists():
                old.unlink()


def write_text(target: str | Path, text: str) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)
