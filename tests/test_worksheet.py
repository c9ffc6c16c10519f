"""Worksheets a teacher hands out: the sheet plan, its sections and versions, and the
page printed by real headless Chromium."""
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.plan import plan_sheet

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = ("Allies agree on Iraq mission\n\nBy Jane Roe - 10 March 2021\n\n"
           "NATO Deputy Secretary General Ann Berg signed the accord with Jordan on 3 March 2021.\n\n"
           "NATO Secretary General Jens Stoltenberg opened the summit in Vilnius on 11 July 2023.\n\n"
           "Iraqi Prime Minister Haider al-Abadi met the delegation in Baghdad on 4 May 2016.\n\n"
           "Spanish Defence Minister Maria Lopez Garcia visited the troops in Latvia on 2 February 2022.\n\n"
           "Denmark contributes about 285 soldiers to the NATO mission in Iraq.\n\n"
           "The North Atlantic Treaty Organization (NATO) agreed the new plan on 14 June 2021.\n")


class Text(HTMLParser):
    """The text of elements by class: questions, answers, people, posts, events."""

    def __init__(self):
        super().__init__()
        self.found, self.stack = {}, []

    def handle_starttag(self, tag, attrs):
        self.stack.append(dict(attrs).get("class", ""))

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1]:
            self.found.setdefault(self.stack[-1], []).append(data)


def texts(html: str, cls: str) -> list[str]:
    parser = Text()
    parser.feed(html)
    return [" ".join(t.split()) for t in parser.found.get(cls, [])]


def seed_cards():
    result = CliRunner().invoke(cli, ["cards", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.output
    from quiz.cards import Card
    return [Card(**{**c, "options": tuple(c.get("options", ())), "tags": tuple(c["tags"]), "docs": tuple(c["docs"]),
                    "reasons": tuple(c["reasons"]), "cloze": tuple(c["cloze"]) if c.get("cloze") else None})
            for c in json.loads(result.output)["cards"]]


def worksheet(tmp_path, *args, articles=None):
    src = tmp_path / "src"
    if articles is not None and not src.exists():
        src.mkdir()
        for name, text in articles.items():
            (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner(env={"SOURCE_DATE_EPOCH": "1700000000"}).invoke(
        cli, ["worksheet", str(src if articles is not None else SEEDS), "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return out


# --------------------------------------------------------------------------- the plan

def test_worksheet_plan_asks_each_fact_once_across_sections_and_articles():
    cards = seed_cards()
    plan = plan_sheet(cards, "Week 1", count=20)
    version = plan.versions[0]
    items = [i for s in version.sections for i in s.items]
    keys = {s.key for s in version.sections}
    assert plan.questions <= 20 and len(items) >= 8
    assert {"short", "choice", "blank"} <= keys
    by_question = {c.question: c for c in cards}
    assert len({by_question[i.question].fact_id for i in items}) == len(items)   # each fact once
    from quiz.cards import answer_in
    for a in items:                                                             # none gives another away
        for b in items:
            if a is not b:
                assert not answer_in(" ".join([a.question, *a.options]), b.answer)
    assert version.total == plan.questions                                      # a point each
    assert len({by_question[i.question].doc for i in items}) == 5               # every article asked


def test_worksheet_count_limits_the_questions():
    plan = plan_sheet(seed_cards(), "Short", count=6)
    assert plan.questions == 6


def test_worksheet_matching_and_ordering_are_answerable(tmp_path):
    cards = seed_cards()
    version = plan_sheet(cards, "Week 1", count=20).versions[0]
    match = next(s for s in version.sections if s.key == "match")
    posts = [p["post"] for p in match.posts]
    assert len(posts) == len(set(posts)) >= 3                         # each post fits one person only
    assert sorted(p["answer"] for p in match.people) == sorted(p["letter"] for p in match.posts)
    for person in match.people:
        card = next(c for c in cards if c.topic == person["name"] and c.kind == "basic")
        assert dict((p["letter"], p["post"]) for p in match.posts)[person["answer"]] == card.answer
    order = next(s for s in version.sections if s.key == "order")
    shown = [e["shown"] for e in order.events]
    assert len(shown) == len(set(shown)) >= 3                         # no two events on one date shown
    assert [e["rank"] for e in sorted(order.events, key=lambda e: e["date"])] == list(range(1, len(shown) + 1))


def test_worksheet_versions_shuffle_and_keys_follow_their_own_order(tmp_path):
    out = worksheet(tmp_path, "--versions", "3", "--seed", "42")
    answers_of = {}
    for c in seed_cards():
        answers_of.setdefault(c.question, set()).add(c.answer)
    pages = [(out / f"seeds-{v}.html").read_text(encoding="utf-8") for v in "ABC"]
    orders = [texts(page, "question") for page in pages]
    assert len({tuple(o) for o in orders}) > 1 and all(sorted(o) == sorted(orders[0]) for o in orders)
    for page, questions in zip(pages, orders):
        code = re.search(r"version ([A-C]-[0-9A-F]{4})", page).group(1)
        assert page.count(code) >= 2                                   # on the sheet and on the key
        answers = texts(page, "answer")
        for n, question in enumerate(questions):
            block = re.split(r'id="q\d+"|<h2|<table|<ul', page.split(f'id="q{n + 1}"', 1)[1])[0]
            options = [re.sub(r"<[^>]+>", "", o) for o in re.findall(r"<li>(.*?)</li>", block)]
            if options:   # the letter of the right option in this version's order
                letter, answer = re.match(r"\(([a-h])\) (.*)", answers[n]).groups()
                assert options["abcdefgh".index(letter)] == answer
            else:
                answer = answers[n]
            assert answer in answers_of[question]
    again = worksheet(tmp_path / "again", "--versions", "3", "--seed", "42")
    assert (again / "seeds-B.html").read_bytes() == (out / "seeds-B.html").read_bytes()
    other = worksheet(tmp_path / "other", "--versions", "3", "--seed", "7")
    assert texts((other / "seeds-A.html").read_text(encoding="utf-8"), "question") != orders[0]


def test_worksheet_key_in_a_file_of_its_own(tmp_path):
    out = worksheet(tmp_path, "--key", "separate", "--title", "Week 3 quiz")
    sheet, key = (out / "seeds.html").read_text(encoding="utf-8"), (out / "seeds-key.html").read_text(encoding="utf-8")
    assert "Answer key" not in sheet and "Answer key" in key and "<h1>Week 3 quiz</h1>" in sheet
    assert len(texts(sheet, "question")) == len(texts(key, "answer")) - 2   # matching and ordering answers


def test_worksheet_key_names_each_article_once(tmp_path):
    articles = {f"a{n}.txt": ARTICLE.replace("Allies agree", f"Report {n}: allies agree") for n in range(6)}
    out = worksheet(tmp_path, "--count", "5", articles=articles)
    sources = texts((out / "src.html").read_text(encoding="utf-8"), "src")
    assert sources and all("and 3 more" in s and s.count("Report") == 3 for s in sources)


def test_worksheet_untrusted_text_shows_as_text_in_every_section(tmp_path):
    hostile = ARTICLE.replace("Ann Berg", "Ann <b>Berg</b>").replace("Vilnius", "Vil<script>alert(1)</script>nius") \
        .replace("Latvia", "Latvia {{ 7*7 }}").replace("Baghdad", "Bagh<img src=x onerror=alert(2)>dad")
    out = worksheet(tmp_path, "--count", "12", articles={"a.txt": hostile})
    page = (out / "src.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Berg" not in page
    assert "&lt;script&gt;" in page or "&lt;img" in page
    assert "49" not in page.replace("2049", "")                       # never a template expression


def test_worksheet_sections_are_template_blocks(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "worksheet.html").write_text(
        '{% extends "default:worksheet.html" %}{% block header %}<h1>Class 5B quiz</h1>{% endblock %}')
    out = worksheet(tmp_path, "--template-dir", str(templates))
    page = (out / "seeds.html").read_text(encoding="utf-8")
    assert "<h1>Class 5B quiz</h1>" in page and "Multiple choice" in page


def test_worksheet_pdf_needs_chromium_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = CliRunner().invoke(cli, ["worksheet", str(SEEDS), "--out", str(tmp_path / "out"), "--pdf"])
    assert result.exit_code == 1 and "needs Chromium" in result.output and "apt-get install chromium" in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_worksheet_pdf_with_a_named_chromium_that_is_missing_says_so(tmp_path):
    result = CliRunner(env={"QUIZ_CHROMIUM": str(tmp_path / "no-such-chromium")}).invoke(
        cli, ["worksheet", str(SEEDS), "--out", str(tmp_path / "out"), "--pdf"])
    assert result.exit_code == 1 and "QUIZ_CHROMIUM" in result.output and "no such program" in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_worksheet_key_does_not_double_the_quote_marks_of_a_quoted_sentence(tmp_path):
    text = ARTICLE + "\n“Allies agreed to send 300 more trainers to the mission in Iraq,” the minister said.\n"
    out = worksheet(tmp_path, "--count", "30", articles={"a.txt": text})
    page = (out / "src.html").read_text(encoding="utf-8")
    assert 'class="quote">“Allies agreed to send 300 more trainers' in page and "““" not in page


# --------------------------------------------------------------------------- printed by Chromium

def pdf_pages(pdf: Path) -> list[str]:
    from pypdf import PdfReader
    return [page.extract_text() or "" for page in PdfReader(str(pdf)).pages]


def page_requests(log: Path) -> list[str]:
    """URLs the page itself asked for, from Chromium's network log (the browser's own
    background requests have no origin; a file:// page's requests have the 'null' one)."""
    raw = log.read_text(encoding="utf-8").rstrip()
    data = json.loads(raw if raw.endswith("}") else raw.rstrip(",") + "]}")
    types = {v: k for k, v in data["constants"]["logEventTypes"].items()}
    return [e["params"]["url"] for e in data["events"] if types.get(e["type"]) == "URL_REQUEST_START_JOB"
            and e.get("params", {}).get("initiator") not in (None, "not an origin")]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_worksheet_prints_each_question_whole_with_the_key_on_a_new_page(tmp_path, chromium, paper):
    out = worksheet(tmp_path, "--count", "20", "--paper", paper)
    page = out / "seeds.html"
    from quiz import pipeline
    corpus = pipeline.collect([SEEDS])
    pdf, log = tmp_path / "seeds.pdf", tmp_path / "net.json"
    printed = chromium("--no-pdf-header-footer", f"--log-net-log={log}", f"--print-to-pdf={pdf}", page.as_uri())
    assert pdf.exists(), printed.stderr[-2000:]
    pages = pdf_pages(pdf)
    plan = plan_sheet(pipeline.cards_for(corpus), "seeds", corpus.titles, count=20)
    version = plan.versions[0]
    assert len(pages) == version.page_count                          # as the layout plans it
    html = page.read_text(encoding="utf-8")
    for question in texts(html, "question"):
        assert sum(squash(question) in squash(p) for p in pages) == 1, question   # whole, on one page
    key_start = len(version.pages)
    assert squash(pages[key_start]).find("Answerkey") < 40             # the key opens a new page
    assert all("Answer key" not in p for p in pages[:key_start])
    assert all(version.code in p for p in pages)                       # the version code on every page
    assert page_requests(log) == []                                    # no request but the page itself
    control = tmp_path / "control.html"                                # the check sees a page's requests
    control.write_text('<p>x</p><img src="http://example.invalid/x.png">', encoding="utf-8")
    chromium(f"--log-net-log={tmp_path / 'control.json'}", f"--print-to-pdf={tmp_path / 'c.pdf'}", control.as_uri())
    assert page_requests(tmp_path / "control.json") == ["http://example.invalid/x.png"]


def test_worksheet_html_renders_in_chromium(seed_build, chromium):
    out, output = seed_build
    dom = chromium("--dump-dom", (out / "seeds.html").as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    asked = int(re.search(r"(\d+) worksheet questions", output).group(1))
    assert "Answer key" in dom.stdout and asked >= 12
    assert "<svg" in dom.stdout and "Timeline of the events asked" in dom.stdout
