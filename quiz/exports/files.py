"""Writing outputs safely: a temporary file in the target folder, renamed into place."""
from __future__ import annotations

import os
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
def atomic_path(target: str | Path):
    """Yield a temporary path beside ``target``; rename it into place on success."""
    target = Path(target)
    if target.is_dir():
        raise QuizError(f"{target}: is a folder, cannot write a file there")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise QuizError(f"{target.parent}: is not a folder") from None
    fd, tmp = tempfile.mkstemp(prefix=".quiz-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_text(target: str | Path, text: str) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)
