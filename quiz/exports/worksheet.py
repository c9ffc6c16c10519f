"""Printable worksheets: the sheet plan rendered as standalone HTML, and printed to PDF.

The page is a Jinja2 template with autoescaping on, so article text always shows as
text, never as markup, in every section, the key and the timeline. CSS is inline and
the page makes no requests of its own. PDFs are printed by headless Chromium, the
browser the tests already render with: the same engine lays out the HTML a teacher
previews and the PDF they print.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

from ..errors import QuizError
from ..plan import SheetPlan, Version
from ..templating import environment, render
from .files import build_time, scratch_dir

PAPERS = ("a4", "letter")


def render_version(plan: SheetPlan, version: Version, part: str = "both", template_dir=None,
                   timestamp: float | None = None, paper: str = "a4") -> str:
    """One version as HTML: its questions ('questions'), its key ('key') or both."""
    env = environment(template_dir, html=True)
    stamp = build_time() if timestamp is None else timestamp
    built = dt.datetime.fromtimestamp(stamp, dt.timezone.utc).date().isoformat()
    return render(env, "worksheet.html", {"title": plan.title, "version": version, "part": part, "built": built,
                                          "multiple": len(plan.versions) > 1, "paper": paper})


def sheet_files(plan: SheetPlan, name: str, key: str = "end") -> list[tuple[str, Version, str]]:
    """(file name, version, part) of every HTML file a plan makes."""
    out = []
    for version in plan.versions:
        stem = name if len(plan.versions) == 1 else f"{name}-{version.code.split('-')[0]}"
        if key == "separate":
            out += [(f"{stem}.html", version, "questions"), (f"{stem}-key.html", version, "key")]
        else:
            out.append((f"{stem}.html", version, "both"))
    return out


def chromium() -> str:
    """The Chromium to print with: $QUIZ_CHROMIUM, or the first one on the PATH."""
    named = os.environ.get("QUIZ_CHROMIUM")
    if named:
        path = shutil.which(named)
        if path is None:
            raise QuizError(f"QUIZ_CHROMIUM={named}: no such program")
        return path
    for candidate in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(candidate)
        if path:
            return path
    raise QuizError("printing to PDF needs Chromium: install it (Debian: apt-get install chromium) or leave out --pdf")


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync", "--no-pdf-header-footer"]


def print_pdf(html_file: Path, pdf_file: Path) -> None:
    """Print an HTML file to PDF with headless Chromium (a fresh profile, no network)."""
    exe = chromium()
    with scratch_dir() as profile:
        run = subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf_file}",
                              html_file.resolve().as_uri()], capture_output=True, text=True, timeout=180)
    if run.returncode != 0 or not pdf_file.exists() or pdf_file.stat().st_size == 0:
        raise QuizError(f"{pdf_file}: Chromium could not print the worksheet ({run.stderr.strip()[-200:]})")
