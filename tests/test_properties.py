"""Properties that hold for any document (hypothesis): no crash; every fact's spans lie in its
document and match its quote; every card's answer is in its quote (or the article's date it
shows); no card, note field or worksheet ever carries live markup from the text."""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz import dates
from quiz.documents import parse_document
from quiz.exports.notes import field_text
from quiz.exports.worksheet import render_version
from quiz.facts import extract_document, merge
from quiz.normalise import fold, parse_number
from quiz.pipeline import Corpus, cards_for
from quiz.plan import plan_sheet

# 1337 on its own only if {{ 7*191 }} were evaluated (a generated figure such as 13370 may hold it)
LIVE = re.compile(r"<marquee|(?<!\d)1337(?!\d)")
JUNK = ["<marquee>x</marquee>", "{{ 7*191 }}", "{{c1::hidden}}", "[sound:alarm.mp3]", "[latex]x^2[/latex]",
        "{% if 1 %}y{% endif %}", "&amp;", "\u202eevil", "\x00", "\x1b[31m"]
PEOPLE = ["Jens Stoltenberg", "Maria Lopez Garcia", "Ben Wallace", "Amina Yusuf", "Kim Tae-yong"]
TITLES = ["Defence Secretary", "Secretary General", "Foreign Minister", "Chief of the Defence Staff", "Minister"]
ORGS = ["NATO", "The Royal Navy", "The alliance", "The ministry", "The African Union"]
PLACES = ["Baghdad", "Tallinn", "the Gulf", "Mogadishu", "Brussels"]
THINGS = ["troops", "sailors", "advisers", "tanks", "patrol boats", "officers"]
MONTHS = dates.MONTH_NAMES[1:]

numbers = st.one_of(st.integers(0, 10 ** 7).map(str), st.integers(1000, 10 ** 9).map(lambda n: f"{n:,}"),
                    st.sampled_from(["4.35m", "£3.1bn", "12 to 15", "9,000 to 12,000", "1" + "0" * 30, "two",
                                     "forty-six", "Rs 1 lakh crore", "$62-million"]))
years = st.integers(1990, 2030).map(str)
junk = st.sampled_from(JUNK)
word = st.one_of(st.sampled_from(PLACES), junk)


@st.composite
def sentence(draw):
    pattern = draw(st.integers(0, 6))
    person, title, org = draw(st.sampled_from(PEOPLE)), draw(st.sampled_from(TITLES)), draw(st.sampled_from(ORGS))
    place, n, thing = draw(word), draw(numbers), draw(st.sampled_from(THINGS))
    day, month, year = draw(st.integers(1, 28)), draw(st.sampled_from(MONTHS)), draw(years)
    weekday = draw(st.sampled_from(["Monday", "Tuesday", "Friday"]))
    return [
        f"{org} will send {n} {thing} to {place}, {title} {person} said on {weekday}.",
        f"{title} {person} met officials in {place} on {day} {month} {year}.",
        f"The mission in {place} was launched in {month} {year} and ended in {int(year) + 3}.",
        f"{org} has trained about {n} {thing} since {year}, according to {person}.",
        f"The {place} Training Centre (TC{draw(st.integers(1, 9))}) was opened by {person} in {year}.",
        f"By the end of {year}, {org} must withdraw {n} {thing} from {place}.",
        draw(st.text(max_size=120)),
    ][pattern]


@st.composite
def article(draw):
    head = draw(st.sampled_from(["Allies meet in Brussels", "Navy sends ships", draw(st.text(max_size=60))]))
    dateline = draw(st.sampled_from(["", "Last updated: 05 May 2021\n\n", "BRUSSELS, 12 March 2019 - ",
                                     "By Jane Roe - 20 December 2019\n\n"]))
    body = " ".join(draw(st.lists(sentence(), min_size=1, max_size=6)))
    paragraphs = draw(st.integers(1, 3))
    cut = max(1, len(body) // paragraphs)
    parts = [body[i:i + cut] for i in range(0, len(body), cut)] if paragraphs > 1 else [body]
    return f"{head}\n\n{dateline}" + "\n\n".join(parts) + "\n"


SCALE = {"lakh": 1e5, "crore": 1e7, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
         "bn": 1e9, "trillion": 1e12}


def supported(card) -> bool:
    """The card's answer is stated by its quote (and, where the card shows it, the article's date)."""
    hay = fold(card.quote).lower()
    if card.article_date:   # "on 1 November" in an article of May 2021 is 1 November 2020
        year = int(card.article_date[:4])
        hay += " " + dates.human(card.article_date).lower() + f" {year - 1} {year + 1}"
    answer = fold(card.answer).lower()
    if card.fact_type == "quantity":
        digits = re.findall(r"\d[\d,.]*", answer)
        flat = hay.replace(",", "")
        words = {parse_number(w) for w in re.findall(r"[a-z]+(?:-[a-z]+)?", hay)} - {None}   # "forty-six"
        # "Rs 1 lakh" is 100,000 rupees, "$2.5bn" 2,500,000,000 dollars: a figure times its scale
        words |= {float(n.replace(",", "")) * SCALE[w] for n, w in re.findall(
            r"(\d[\d,]*(?:\.\d+)?)\s*(lakh|crore|thousand|million|billion|trillion|bn|mn|m|k)\b", hay)}
        return all(d.replace(",", "").rstrip(".") in flat or float(d.replace(",", "")) in words for d in digits) \
            if digits else any(w in hay for w in answer.split())
    words = [w for w in re.findall(r"[a-z0-9]+", answer)
             if w not in {"by", "the", "end", "of", "in", "and", "a", "an", "to", "on"}]
    return all(w in hay for w in words)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(text=article())
def test_properties_any_document(nlp, text):
    doc = parse_document("a.txt", text)
    facts = merge(extract_document(doc, nlp))
    for fact in facts:
        for s in fact.sources:
            assert 0 <= s.start <= s.span_start <= s.span_end <= s.end <= len(doc.text)
            assert s.evidence in (doc.text[s.start:s.end], doc.text[s.start:s.end].replace("\n", " "))
    corpus = Corpus(facts=facts, titles={"a.txt": doc.title}, headlines={"a.txt": doc.headline},
                    dates={"a.txt": doc.date}, documents=1)
    cards = cards_for(corpus)
    for card in cards:
        assert supported(card), (card.question, card.answer, card.quote)
        for value in (card.question, card.answer, card.quote, *(card.options or ())):
            assert not any(ord(ch) < 32 for ch in value)
            escaped = field_text(value)
            assert not any(mark in escaped for mark in ("<marquee", "[sound:", "[latex]", "{{"))
    if cards:
        plan = plan_sheet(cards, "Sheet", corpus.titles, count=20)
        page = render_version(plan, plan.versions[0])
        assert not LIVE.search(page)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400))
def test_properties_any_text_never_crashes(nlp, text):
    doc = parse_document("x.txt", text)
    for fact in merge(extract_document(doc, nlp)):
        assert all(0 <= s.start <= s.end <= len(doc.text) for s in fact.sources)
