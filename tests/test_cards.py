"""Cards from hand-made facts: each kind, wrong options, the gate, template overrides."""
import pytest

from quiz.cards import GateReport, make_cards
from quiz.errors import TemplateError
from quiz.facts import Fact, Source


def src(doc="a.txt", evidence="The text.", a=0, b=4, rule="test", start=0):
    return Source(doc=doc, evidence=evidence, start=start, end=start + len(evidence),
                  span_start=a, span_end=b, rule=rule)


def person(name, role, as_of="2012-09-24", aliases=()):
    sentence = f"{role} {name} spoke."
    return Fact(type="person_role", subject=f"{name}|{role}", sources=[src(evidence=sentence, b=len(sentence) - 7)],
                person=name, role=role, as_of=as_of, aliases=list(aliases))


def date(event_noun, value, evidence=None):
    evidence = evidence or f"The {event_noun} took place on {value}."
    return Fact(type="date", subject=event_noun, sources=[src(evidence=evidence)], date=value,
                event=f"The {event_noun}", frame={"kind": "nominal", "noun": f"the {event_noun}", "event": "x"})


def test_cards_basic_and_reverse_are_anchored_in_time():
    cards = make_cards([person("Alexander Vershbow", "NATO Deputy Secretary General")], kinds=("basic", "reverse"))
    by_kind = {c.kind: c for c in cards}
    assert by_kind["reverse"].question == "Who was NATO Deputy Secretary General in September 2012?"
    assert by_kind["reverse"].answer == "Alexander Vershbow"
    assert by_kind["basic"].question == "What post did Alexander Vershbow hold in September 2012?"
    assert by_kind["basic"].answer == "NATO Deputy Secretary General"


def test_cards_role_without_date_names_its_source_article():
    cards = make_cards([person("Ann Berg", "NATO Deputy Secretary General", as_of=None)], {"a.txt": "Allies meet"},
                       kinds=("reverse",))
    assert cards[0].question == "Who was NATO Deputy Secretary General according to “Allies meet”?"


def test_cards_date_question_asks_at_the_stated_precision():
    cards = make_cards([date("signing of the accord", "2012-09"), date("closure of the office", "2011")], kinds=("basic",))
    assert [c.question for c in cards] == ["In which month did the signing of the accord take place?",
                                           "In which year did the closure of the office take place?"]
    assert [c.answer for c in cards] == ["September 2012", "2011"]


def test_cards_choice_never_offers_a_spelling_variant_or_another_holder():
    facts = [person("Haider al-Abadi", "Iraqi Prime Minister", aliases=["Haidar al-Abadi"]),
             person("Mustafa Al Kadhimi", "Prime Minister of Iraq"),
             person("Haidar Al-Abadi", "Iraqi Foreign Minister"),
             person("Jens Stoltenberg", "NATO Secretary General"),
             person("Tom Goffus", "NATO Assistant Secretary General for Operations"),
             person("Donald Trump", "US President")]
    cards = [c for c in make_cards(facts, kinds=("choice",)) if c.answer == "Haider al-Abadi"]
    assert len(cards) == 1
    options = cards[0].options
    assert len(options) == 4 and options.count("Haider al-Abadi") == 1
    assert "Haidar Al-Abadi" not in options and "Mustafa Al Kadhimi" not in options


def test_cards_choice_date_options_differ_at_the_question_precision():
    facts = [date("summit", "2014-09"), date("visit", "2014-09-16"), date("talks", "2014-10-02"),
             date("vote", "2013-01"), date("launch", "2015-05")]
    card = next(c for c in make_cards(facts, kinds=("choice",)) if c.answer == "September 2014")
    assert len(card.options) == 4 and card.options.count("September 2014") == 1
    assert len(set(card.options)) == 4


def test_cards_choice_needs_three_wrong_options():
    facts = [date("summit", "2014-09"), date("visit", "2014-09-16"), date("talks", "2016-10")]
    assert [c for c in make_cards(facts, kinds=("choice",))] == []


def test_cards_cloze_hides_the_answer_in_the_quote():
    evidence = "The signing took place on 24 September 2012 in Brussels."
    fact = Fact(type="date", subject="signing", sources=[src(evidence=evidence, a=26, b=43)],
                date="2012-09-24", event="The signing", frame={"kind": "nominal", "noun": "the signing"})
    card = make_cards([fact], kinds=("cloze",))[0]
    assert card.question == "The signing took place on _____ in Brussels."
    assert card.answer == "24 September 2012"
    assert card.cloze == ("The signing took place on ", "24 September 2012", " in Brussels.")


def test_cards_gate_drops_leaks_duplicates_and_conflicts():
    leak = Fact(type="acronym", subject="NATO", sources=[src()], acronym="NATO", expansion="NATO")
    one = date("signing of the accord", "2012-09-24")
    two = Fact(**{**one.__dict__, "id": "", "subject": "other signing",
                  "sources": [src(doc="b.txt")]})
    conflicted = date("closure", "2011")
    conflicted.conflict = True
    report = GateReport()
    cards = make_cards([leak, one, two, conflicted], kinds=("basic", "acronym"), report=report)
    assert [c.answer for c in cards] == ["24 September 2012"]
    assert cards[0].docs == ("a.txt", "b.txt")
    assert report.dropped == {"answer appears in the question": 1, "duplicate question": 1,
                              "conflicting sources": 1}


def test_cards_user_template_extends_the_default(tmp_path):
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "person_role_reverse.j2").write_text(
        '{% extends "default:cards/person_role_reverse.j2" %}'
        "{% block question %}Who held the post of {{ fact.role }}?{% endblock %}")
    cards = make_cards([person("Ann Berg", "NATO Deputy Secretary General")], kinds=("reverse",),
                       template_dir=tmp_path)
    assert cards[0].question == "Who held the post of NATO Deputy Secretary General?"
    assert cards[0].answer == "Ann Berg"   # the answer block is the built-in one


def test_cards_undefined_variable_is_a_one_line_error(tmp_path):
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "person_role_reverse.j2").write_text(
        "{% block question %}\nWho was {{ fact.nothing_here }}?{% endblock %}{% block answer %}x{% endblock %}")
    with pytest.raises(TemplateError) as err:
        make_cards([person("Ann Berg", "Envoy")], kinds=("reverse",), template_dir=tmp_path)
    message = str(err.value)
    assert "cards/person_role_reverse.j2" in message and "line 2" in message and "nothing_here" in message
    assert "\n" not in message


@pytest.mark.parametrize("evidence, hidden", [
    ("More than two thousand soldiers took part.", "two thousand"),
    ("It involves around 500 trainers.", "500"),
    ("About 15,000 Iraqi officers were trained.", "15,000"),
])
def test_cards_cloze_hides_the_number_of_a_quantity(evidence, hidden):
    start = evidence.index(hidden)
    fact = Fact(type="quantity", subject="x", sources=[src(evidence=evidence, a=max(0, start - 7), b=len(evidence) - 1)],
                value=1, what="soldiers")
    card = make_cards([fact], kinds=("cloze",))[0]
    assert card.answer == hidden and card.question == evidence.replace(hidden, "_____")


def test_cards_ids_are_the_fact_id_and_kind_and_unique(facts_of):
    text = ("One\n\nBy Jo Roe - 10 May 2021\n\nNATO Deputy Secretary General Ann Berg signed the accord on 3 May 2021.\n\n"
            "The mission involves around 500 trainers in Iraq.\n")
    facts = facts_of({"a.txt": text, "b.txt": text.replace("500", "600").replace("Jo Roe", "Al Poe")})
    cards = make_cards(facts, {"a.txt": "One", "b.txt": "Two"}, include_conflicts=True)
    assert len({c.id for c in cards}) == len(cards)
    for card in cards:
        assert card.id.startswith(card.fact_id) and card.id.endswith(":" + card.kind)
    conflicted = [c for c in cards if c.answer in ("around 500", "around 600") and c.kind == "basic"]
    assert len(conflicted) == 2 and conflicted[0].docs != conflicted[1].docs
    assert [c.question.split(",")[0] for c in conflicted] == ["According to “One”", "According to “Two”"]


def test_cards_same_question_with_different_answers_is_dropped():
    a = person("Oana Lungescu", "NATO Spokesperson", as_of=None)
    b = Fact(**{**person("Farah Dakhl", "NATO Spokesperson", as_of=None).__dict__, "id": "",
                "sources": [src(doc="b.txt")]})
    report = GateReport()
    cards = make_cards([a, b], {"a.txt": "NATO", "b.txt": "NATO"}, kinds=("reverse",), report=report)
    assert cards == [] and report.dropped["same question, different answers"] == 2
