"""The review file: written by `quiz facts -o FILE.yaml`, edited by a teacher, merged, built from."""
import json
from pathlib import Path

from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from click.testing import CliRunner
from ruamel.yaml import YAML

from quiz.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}

ALPHA = """Navy sends frigates to the Gulf

LONDON, 12 March 2019 - The Royal Navy will send 4,500 sailors to the Gulf, British Defence Secretary Gavin Williamson said on Tuesday.

The operation was first announced in 2017.

The navy has bought 12 new patrol boats for the mission, officials said.
"""
BETA = """Alliance opens training centre

BRUSSELS, 5 June 2018 - The alliance opened a new training centre in Tallinn on 4 June 2018, Secretary General Jens Stoltenberg said.

The alliance will send 250 instructors to the centre in Tallinn.
"""
MANUAL = """
  # added by the teacher
  - type: acronym
    status: manual
    fields:
      acronym: NATO
      expansion: North Atlantic Treaty Organization
    article: beta.txt
    quote: The alliance opened a new training centre in Tallinn on 4 June 2018, Secretary General Jens Stoltenberg said.
"""


def invoke(*args, env=EPOCH):
    result = CliRunner(env=env).invoke(cli, [str(a) for a in args])
    return result


def entries(path) -> dict:
    data = YAML().load(Path(path).read_text(encoding="utf-8"))
    return {e.get("id") or e["fields"].get("acronym"): e for e in data["facts"]}


def by_field(path, **match):
    return [e for e in entries(path).values() if all(e["fields"].get(k) == v for k, v in match.items())]


def cards(*args) -> list[dict]:
    result = invoke("cards", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["cards"]


def test_review_file_round_trip_builds_the_same_deck_byte_for_byte(tmp_path):
    review = tmp_path / "facts.yaml"
    assert invoke("facts", SEEDS, "-o", review).exit_code == 0
    direct = invoke("build", SEEDS, "--out", tmp_path / "a", "--name", "s")
    reviewed = invoke("build", SEEDS, "--facts", review, "--out", tmp_path / "b", "--name", "s")
    alone = invoke("build", "--facts", review, "--out", tmp_path / "c", "--name", "s")
    for result in (direct, reviewed, alone):
        assert result.exit_code == 0, result.output
    for suffix in ("apkg", "html"):
        first = (tmp_path / "a" / f"s.{suffix}").read_bytes()
        assert (tmp_path / "b" / f"s.{suffix}").read_bytes() == first
        assert (tmp_path / "c" / f"s.{suffix}").read_bytes() == first
    # writing it again over itself changes nothing, and keeps the previous file as a backup
    before = review.read_bytes()
    result = invoke("facts", SEEDS, "-o", review)
    assert "0 added" in result.output and "0 stale" in result.output
    assert review.read_bytes() == before
    assert (tmp_path / "facts.yaml.bak").read_bytes() == before


def test_review_merge_keeps_what_the_teacher_decided_and_refreshes_the_rest(tmp_path):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (arts / "beta.txt").write_text(BETA, encoding="utf-8")
    review = tmp_path / "facts.yaml"
    assert invoke("facts", arts, "-o", review).exit_code == 0

    sailors = by_field(review, what="sailors")[0]["id"]
    boats = by_field(review, what="new patrol boats")[0]["id"]
    williamson = by_field(review, person="Gavin Williamson")[0]["id"]
    stoltenberg = by_field(review, person="Jens Stoltenberg")[0]["id"]
    assert any("Gavin Williamson" == c["answer"] for c in cards(arts))

    # the teacher: corrects a post (leaving status: auto), rejects a fact, adds one, comments
    text = review.read_text(encoding="utf-8")
    text = text.replace("      role: Secretary General\n", "      role: NATO Secretary General\n      org: NATO\n", 1)
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.strip() == f"- id: {williamson}")
    assert lines[at + 2].strip() == "status: auto"
    lines[at + 2] = lines[at + 2].replace("auto", "rejected  # not what the lesson is about")
    text = "".join(lines).rstrip("\n") + "\n" + MANUAL
    review.write_text(text, encoding="utf-8")

    # the articles change: one number, and one sentence removed
    (arts / "alpha.txt").write_text(
        ALPHA.replace("4,500", "5,000").replace("The navy has bought 12 new patrol boats for the mission, "
                                                "officials said.\n", ""), encoding="utf-8")
    result = invoke("facts", arts, "-o", review)
    assert result.exit_code == 0, result.output

    after = entries(review)
    assert after[sailors]["status"] == "auto" and after[sailors]["fields"]["value"] == 5000
    assert "5,000 sailors" in after[sailors]["quote"]
    assert after[boats]["status"] == "stale"
    assert after[williamson]["status"] == "rejected"
    assert after[stoltenberg]["status"] == "edited"
    assert after[stoltenberg]["fields"]["role"] == "NATO Secretary General"
    assert after["NATO"]["status"] == "manual"
    saved = review.read_text(encoding="utf-8")
    assert "# not what the lesson is about" in saved and "# added by the teacher" in saved
    assert "4,500" in (tmp_path / "facts.yaml.bak").read_text(encoding="utf-8")

    # the build uses all of it: the edit, the refresh and the manual fact; not the rejected or stale ones
    made = cards("--facts", review)
    answers = {c["answer"] for c in made}
    assert "5,000" in answers and "4,500" not in answers
    assert "NATO Secretary General" in answers
    assert "North Atlantic Treaty Organization" in answers
    assert "Gavin Williamson" not in answers
    assert not any("patrol boats" in c["question"] or "patrol boats" in c["quote"] for c in made)

    out = tmp_path / "out"
    result = invoke("build", arts, "--facts", review, "--out", out, "--name", "week")
    assert result.exit_code == 0, result.output
    col = Collection(str(tmp_path / "col.anki2"))
    options = ImportAnkiPackageOptions(merge_notetypes=True, update_notes=0, with_scheduling=False)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(out / "week.apkg"), options=options))
    rendered = " ".join(col.get_card(cid).answer() for cid in col.find_cards(""))
    col.close()
    assert "North Atlantic Treaty Organization" in rendered and "NATO Secretary General" in rendered
    assert "Gavin Williamson" not in rendered.replace("Defence Secretary Gavin Williamson said", "")


def test_review_file_errors_are_one_line_with_file_and_line(tmp_path):
    cases = {
        "broken.yaml": ("facts:\n  - type: date\n    fields: [1\n", "line 4: invalid YAML"),
        "type.yaml": ("facts:\n  - type: datum\n    fields: {}\n", "line 2: unknown fact type 'datum'"),
        "field.yaml": ("facts:\n  - type: quantity\n    status: manual\n    article: a.txt\n    quote: Some ships.\n"
                       "    fields: {what: ships}\n", "line 2: missing field 'value'"),
        "number.yaml": ("facts:\n  - type: quantity\n    status: manual\n    article: a.txt\n    quote: Forty ships.\n"
                        "    fields: {value: forty, what: ships}\n", "field 'value' must be a number"),
        "date.yaml": ("facts:\n  - type: date\n    status: manual\n    article: a.txt\n    quote: In 2019.\n"
                      "    fields: {date: 2019-13, event: the summit}\n", "is not a date"),
        "status.yaml": ("facts:\n  - type: acronym\n    status: maybe\n    article: a.txt\n    quote: x\n"
                        "    fields: {acronym: EU, expansion: European Union}\n", "unknown status 'maybe'"),
        "list.yaml": ("- 1\n- 2\n", "not a quiz review file"),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        for command in (["build", "--facts", path, "--out", tmp_path / "out"], ["facts", SEEDS, "-o", path]):
            result = invoke(*command)
            assert result.exit_code == 1, (name, result.output)
            assert f"{path}" in result.output and message in result.output, (name, result.output)
            assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
        assert path.read_text(encoding="utf-8") == text      # a broken file is never overwritten
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- the review page, in Chromium

def _browser():
    import shutil

    import pytest
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    driver = shutil.which("chromedriver")
    browser = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
                   None)
    if not driver or not browser:
        pytest.fail("Chromium and its driver are needed: run .ci/run (it installs chromium and chromium-driver)")
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--window-size=1200,1400"):
        options.add_argument(flag)
    options.binary_location = browser
    return webdriver.Chrome(service=Service(driver), options=options)


def _serve(app):
    import threading

    from werkzeug.serving import make_server
    server = make_server("127.0.0.1", 0, app, threaded=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def test_review_page_in_chromium_rejects_and_edits_and_the_build_follows(tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from quiz.review.server import create_app
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "alpha.txt").write_text(ALPHA.replace("the Gulf", "the Gulf <img src=x onerror=alert(1)>"),
                                    encoding="utf-8")
    (arts / "beta.txt").write_text(BETA, encoding="utf-8")
    review = tmp_path / "facts.yaml"
    assert invoke("facts", arts, "-o", review).exit_code == 0
    williamson = by_field(review, person="Gavin Williamson")[0]["id"]
    stoltenberg = by_field(review, person="Jens Stoltenberg")[0]["id"]

    server, url = _serve(create_app(review))
    browser = _browser()
    try:
        browser.get(url)
        wait = WebDriverWait(browser, 20)
        sections = browser.find_elements(By.CSS_SELECTOR, "section.fact")
        assert len(sections) == len(entries(review))
        marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "section.fact mark")]
        assert "British Defence Secretary Gavin Williamson" in marks                # the words it was read from
        assert not browser.find_elements(By.CSS_SELECTOR, "blockquote img")  # article markup stays text
        assert any("<img src=x" in q.text for q in browser.find_elements(By.CSS_SELECTOR, "blockquote"))

        rejected = browser.find_element(By.CSS_SELECTOR, f'section[data-key="{williamson}"]')
        rejected.find_element(By.CSS_SELECTOR, "button.reject").click()
        wait.until(lambda b: rejected.get_attribute("data-status") == "rejected")

        edited = browser.find_element(By.CSS_SELECTOR, f'section[data-key="{stoltenberg}"]')
        edited.find_element(By.CSS_SELECTOR, "button.edit").click()
        role = edited.find_element(By.CSS_SELECTOR, 'input[data-field="role"]')
        role.clear()
        role.send_keys("NATO Secretary General")
        org = edited.find_element(By.CSS_SELECTOR, 'input[data-field="org"]')
        org.clear()
        org.send_keys("NATO")
        edited.find_element(By.CSS_SELECTOR, "button.save").click()
        wait.until(lambda b: edited.get_attribute("data-status") == "edited")
        wait.until(lambda b: "NATO Secretary General" in edited.find_element(By.CSS_SELECTOR, ".cards").text)

        bad = browser.find_element(By.CSS_SELECTOR, f'section[data-key="{by_field(review, what="sailors")[0]["id"]}"]')
        bad.find_element(By.CSS_SELECTOR, "button.edit").click()
        value = bad.find_element(By.CSS_SELECTOR, 'input[data-field="value"]')
        value.clear()
        value.send_keys("lots")
        bad.find_element(By.CSS_SELECTOR, "button.save").click()
        wait.until(lambda b: "is not a number" in bad.find_element(By.CSS_SELECTOR, ".error").text)

        origin = url.rstrip("/")
        requested = browser.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)")
        assert all(r.startswith(origin) for r in requested), requested      # nothing from outside
        browser.save_screenshot(str(tmp_path / "review.png"))
    finally:
        browser.quit()
        server.shutdown()

    saved = entries(review)
    assert saved[williamson]["status"] == "rejected"
    assert saved[stoltenberg]["status"] == "edited"
    assert saved[stoltenberg]["fields"]["role"] == "NATO Secretary General"
    assert saved[by_field(review, what="sailors")[0]["id"]]["fields"]["value"] == 4500   # the bad value changed nothing
    assert (tmp_path / "review.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    made = cards("--facts", review)
    answers = {c["answer"] for c in made}
    assert "Gavin Williamson" not in answers and "NATO Secretary General" in answers


def test_review_page_refuses_other_hosts_and_changes_without_its_token(tmp_path):
    from quiz.review.server import create_app
    review = tmp_path / "facts.yaml"
    assert invoke("facts", SEEDS, "-o", review).exit_code == 0
    before = review.read_bytes()
    client = create_app(review).test_client()
    page = client.get("/", headers={"Host": "127.0.0.1:5000"})
    assert page.status_code == 200 and "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 403
    some_id = next(iter(entries(review)))
    response = client.post(f"/api/facts/{some_id}", json={"status": "rejected"}, headers={"Host": "127.0.0.1:5000"})
    assert response.status_code == 403
    assert review.read_bytes() == before


def test_review_command_serves_until_ctrl_c_and_leaves_the_file_complete(tmp_path):
    import signal
    import subprocess
    import sys
    import time
    import urllib.request
    review = tmp_path / "facts.yaml"
    proc = subprocess.Popen([sys.executable, "-m", "quiz", "review", str(SEEDS), "--facts", str(review),
                             "--no-browser"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = None
        deadline = time.time() + 120
        while url is None and time.time() < deadline:
            line = proc.stdout.readline()
            if " at http://127.0.0.1:" in line:
                url = line.split(" at ", 1)[1].split()[0]
        assert url, proc.stderr.read() if proc.poll() is not None else "no address printed"
        html = urllib.request.urlopen(url, timeout=30).read().decode("utf-8")
        assert "Review facts" in html and "<mark>" in html
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "is saved" in out and "Traceback" not in err
    assert len(entries(review)) > 10
