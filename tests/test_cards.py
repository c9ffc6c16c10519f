"""Cards: questions realised from the parse, scored, cut and chosen per fact.

One test (or a parametrized group) per fault class that blind audits found on
real articles; every article here is made up.
"""
import pytest

from quiz.cards import GateReport, make_cards
from quiz.cards import realise
from quiz.cards.model import KINDS
from quiz.documents import parse_document
from quiz.errors import TemplateError
from quiz.facts import Fact, Source, extract_document, merge


@pytest.fixture(scope="module")
def deck(nlp):
    """Cards of made-up articles, as a build makes them: deck(text) or deck({name: text})."""
    def run(articles, kinds=KINDS, threshold=None, report=None):
        if isinstance(articles, str):
            articles = {"a.txt": articles}
        docs = [parse_document(name, text) for name, text in articles.items()]
        facts = merge([f for d in docs for f in extract_document(d, nlp)])
        extra = {} if threshold is None else {"threshold": threshold}
        return make_cards(facts, {d.name: d.title for d in docs}, kinds=kinds, report=report,
                          headlines={d.name: d.headline for d in docs},
                          article_dates={d.name: d.date for d in docs}, **extra)
    return run


def src(doc="a.txt", evidence="The text.", a=0, b=4, rule="role-title", start=0):
    return Source(doc=doc, evidence=evidence, start=start, end=start + len(evidence),
                  span_start=a, span_end=b, rule=rule)


def person(name, role, as_of="2012-09-24", org="NATO", doc="a.txt"):
    sentence = f"{role} {name} spoke."
    return Fact(type="person_role", subject=f"{name}|{role}", sources=[src(doc=doc, evidence=sentence)],
                person=name, role=role, as_of=as_of, org=org)


DATED = "Allies meet in Brussels\n\nBy Jane Roe - 12 February 2020\n\n"   # a Wednesday


# --------------------------------------------------------------------------- realisation

@pytest.mark.parametrize("frame, question", [
    ({"subject": "NATO", "lemma": "agree", "tense": "past", "rest": "to start a mission"},
     "did NATO agree to start a mission"),
    ({"subject": "the ministers", "plural": True, "lemma": "meet", "tense": "present", "rest": "in Brussels"},
     "do the ministers meet in Brussels"),
    ({"subject": "the new mission", "lemma": "train", "tense": "present", "rest": "soldiers"},
     "does the new mission train soldiers"),
    ({"subject": "the mission", "lemma": "launch", "tense": "past", "voice": "passive", "aux": "was"},
     "was the mission launched"),
    ({"subject": "two brigades", "plural": True, "lemma": "station", "tense": "modal", "voice": "passive",
      "aux": "will", "rest": "in Lithuania"}, "will two brigades be stationed in Lithuania"),
    ({"subject": "the ships", "plural": True, "lemma": "arrive", "tense": "planned", "planned": "due to",
      "aux": "are"}, "are the ships due to arrive"),
    ({"subject": "Ann Berg", "lemma": "lead", "tense": "perfect", "aux": "has", "rest": "the Alliance"},
     "has Ann Berg led the Alliance"),
    ({"subject": "the minister", "lemma": "be", "tense": "past", "rest": "in Kabul"}, "was the minister in Kabul"),
])
def test_cards_realise_inverts_the_clause_with_do_support_and_agreement(frame, question):
    assert realise.inverted({"kind": "clause", **frame}) == question


def test_cards_realise_predicate_for_an_asked_for_subject():
    frame = {"kind": "clause", "lemma": "train", "tense": "past", "voice": "passive", "aux": "were",
             "rest": "in Jordan"}
    assert realise.predicate(frame) == "were trained in Jordan"
    assert realise.predicate({"kind": "clause", "lemma": "cross", "tense": "past", "rest": "the border"}) \
        == "crossed the border"


def test_cards_realise_refuses_what_it_cannot_word():
    assert realise.inverted({"kind": "clause", "subject": "x", "lemma": "go", "tense": "other"}) is None
    assert realise.inverted({"kind": "clause", "subject": "x", "lemma": "go", "tense": "past",
                             "negated": True}) is None
    assert realise.plural_noun("district") == "districts" and realise.plural_noun("men") == "men"


# --------------------------------------------------------------------------- garbled wording

def test_cards_no_generic_fallback_wording(deck):
    cards = deck(DATED + "The ministers said that the figure for the first half was 4,000 of the people.\n")
    assert not any("the article give" in c.question for c in cards)


@pytest.mark.parametrize("sentence, question", [
    ("Denmark contributes about 285 soldiers to the mission in Iraq.",
     "How many soldiers does Denmark contribute to the mission in Iraq?"),
    ("About 15,000 Iraqi officers were trained in Jordan by NATO instructors.",
     "How many Iraqi officers were trained in Jordan by NATO instructors?"),
    ("The Norwegian government pledged $12 million to the fund.",
     "How much did the Norwegian government pledge to the fund?"),
])
def test_cards_quantity_questions_are_whole_clauses(deck, sentence, question):
    cards = deck(DATED + sentence + "\n", kinds=("basic",))
    assert [c.question for c in cards] == [question]


def test_cards_clause_cut_off_or_without_its_object_gets_no_question(deck):
    report = GateReport()
    text = DATED + "It was below the figure Boris Johnson had proposed in June 2018.\n"
    cards = deck(text, kinds=("basic",), report=report)
    assert cards == []
    assert any("cut off" in reason for reason in report.dropped)


def test_cards_questions_never_double_their_determiners(deck):
    cards = deck(DATED + "NATO opened its new headquarters in Brussels on 25 May 2017.\n")
    assert cards and not any(" the its " in c.question or " the the " in c.question for c in cards)


# --------------------------------------------------------------------------- context

def test_cards_vague_subject_is_cut(deck):
    report = GateReport()
    cards = deck(DATED + "Others were referred to the committee in March 2019.\n", kinds=("basic",), report=report)
    assert cards == []


def test_cards_post_without_its_organisation_is_not_asked(deck):
    text = DATED + "Defence Minister Ann Berg met the delegation of the NATO mission on Monday.\n"
    # "Who was Defence Minister in February 2020?", "What post …? — Defence Minister", and the blank
    # "Defence Minister _____ met …" (a blind audit's verdict): of which country?
    assert [c for c in deck(text) if c.fact_type == "person_role"] == []
    named = DATED + "Ruritanian Defence Minister Ann Berg met the delegation of the NATO mission on Monday.\n"
    kinds = {c.kind: c for c in deck(named) if c.fact_type == "person_role"}
    assert kinds["cloze"].answer == "Ann Berg" and kinds["cloze"].article_date == "2020-02-12"


def test_cards_post_with_its_organisation_is_asked_both_ways(deck):
    text = DATED + "NATO Deputy Secretary General Ann Berg met the delegation on Monday.\n"
    kinds = {c.kind: c.question for c in deck(text, kinds=("basic", "reverse")) if c.fact_type == "person_role"}
    assert kinds["reverse"] == "Who was NATO Deputy Secretary General on 10 February 2020?"


def test_cards_role_without_a_date_names_the_real_headline():
    cards = make_cards([person("Ann Berg", "NATO Deputy Secretary General", as_of=None)],
                       headlines={"a.txt": "Allies meet"}, kinds=("reverse",))
    assert cards[0].question == "Who was NATO Deputy Secretary General according to “Allies meet”?"


def test_cards_role_without_a_date_or_a_headline_is_not_asked():
    assert make_cards([person("Ann Berg", "NATO Deputy Secretary General", as_of=None)],
                      headlines={"a.txt": None}, kinds=("reverse", "basic")) == []


def test_cards_one_question_with_two_answers_is_dropped():
    a = person("Oana Lungescu", "NATO Secretary General", as_of=None)
    b = person("Farah Dakhl", "NATO Secretary General", as_of=None, doc="b.txt")
    report = GateReport()
    cards = make_cards([a, b], headlines={"a.txt": "NATO", "b.txt": "NATO"}, kinds=("reverse",), report=report)
    assert cards == [] and report.dropped["same question, different answers"] == 2


# --------------------------------------------------------------------------- titles

def test_cards_headline_that_gives_the_answer_is_not_used():
    fact = person("Ann Berg", "NATO Deputy Secretary General", as_of=None)
    report = GateReport()
    cards = make_cards([fact], headlines={"a.txt": "Ann Berg visits Paris"}, kinds=("reverse",), report=report)
    assert cards == [] and any("gives the answer away" in r for r in report.dropped)


def test_cards_stand_in_title_is_never_quoted_as_a_headline(deck):
    text = ("NATO Deputy Secretary General Ann Berg met the delegation of the ministry, and talks went on for "
            "hours in the building.\n\nThe delegation left.\n")
    assert not any("according to" in c.question for c in deck(text))


# --------------------------------------------------------------------------- wrong options

def test_cards_choice_figures_are_whole_numbers_of_the_same_kind_and_never_stated(deck):
    text = DATED + ("Denmark contributes about 285 soldiers to the mission in Iraq. "
                    "Norway contributes 140 soldiers to the mission.\n\n"
                    "The mission costs 2.5 percent of the budget.\n")
    choice = [c for c in deck(text, kinds=("choice",)) if c.answer == "285"]
    assert len(choice) == 1
    options = choice[0].options
    assert len(options) == 4 and "140" not in options
    assert all("." not in o and "percent" not in o for o in options)


def test_cards_choice_money_keeps_its_currency(deck):
    text = DATED + "The Norwegian government pledged $12 million to the fund.\n"
    choice = deck(text, kinds=("choice",))
    assert choice and all(o.startswith("$") for o in choice[0].options)


def test_cards_choice_dates_are_near_the_answer_and_never_another_date_of_the_article(deck):
    text = DATED + ("NATO agreed to establish the mission in Iraq in October 2018. "
                    "The alliance suspended the mission in Iraq in January 2020.\n")
    card = next(c for c in deck(text, kinds=("choice",)) if c.answer == "October 2018")
    assert "January 2020" not in card.options
    years = {int(o.split()[-1]) for o in card.options}
    assert max(years) - min(years) <= 3


def test_cards_choice_people_never_include_another_holder_of_the_post():
    facts = [person("Haider al-Abadi", "Iraqi Prime Minister", org="Iraqi"),
             person("Mustafa Al Kadhimi", "Iraqi Prime Minister", org="Iraqi", as_of="2020-05-07"),
             person("Fuad Hussein", "Iraqi Foreign Minister", org="Iraqi"),
             person("Qasim al-Araji", "Iraqi Interior Minister", org="Iraqi"),
             person("Ali Allawi", "Iraqi Finance Minister", org="Iraqi"),
             person("Donald Trump", "US President", org="US")]
    card = next(c for c in make_cards(facts, kinds=("choice",)) if c.answer == "Haider al-Abadi")
    assert len(card.options) == 4 and "Mustafa Al Kadhimi" not in card.options


def test_cards_choice_people_hold_posts_of_the_same_kind():
    # a mayor's wrong options are not presidents; a minister's are ministers or secretaries
    # and, when the post names its country, of that country (a British minister is no option for Russia's)
    facts = [person("Galina Danil", "mayor of Melitopol", org="Melitopol"),
             person("Vlad Petrov", "Russian President", org="Russia"),
             person("Vola Zelen", "Ukrainian president", org="Ukraine"),
             person("Barry Oban", "US President", org="US"),
             person("Sergei Lavro", "Russia's foreign minister", org="Russia"),
             person("Sergei Shoig", "Russia's defence minister", org="Russia"),
             person("Anton Siluan", "Russia's finance minister", org="Russia"),
             person("Denis Mantur", "Russia's trade minister", org="Russia"),
             person("Liz Trusso", "British Foreign Secretary", org="Britain")]
    cards = make_cards(facts, kinds=("choice",))
    assert not any(c.answer == "Galina Danil" for c in cards)
    lavrov = next(c for c in cards if c.answer == "Sergei Lavro")
    assert set(lavrov.options) - {"Sergei Lavro"} == {"Sergei Shoig", "Anton Siluan", "Denis Mantur"}


def test_cards_choice_needs_three_wrong_options():
    facts = [person("Ann Berg", "NATO Deputy Secretary General"), person("Tom Goffus", "NATO Spokesperson")]
    assert make_cards(facts, kinds=("choice",)) == []


# --------------------------------------------------------------------------- trivial cards

def test_cards_acronym_is_never_blanked_after_its_expansion(deck):
    text = DATED + "The North Atlantic Treaty Organization (NATO) met in Brussels on 3 March 2019.\n"
    cards = deck(text)
    assert not any(c.kind == "cloze" and c.answer == "NATO" for c in cards)
    assert any(c.kind == "acronym" and c.question == "What does NATO stand for in the article “Allies meet in Brussels”?"
               for c in cards)


def test_cards_acronym_needs_its_headline_and_more_than_two_letters(deck):
    body = ("The Combat Convoy Company (CCC) and the United Nations (UN) sent 243 troops to Mali on "
            "3 March 2019.\n")
    cards = deck(DATED + body)
    assert any(c.kind == "acronym" and c.answer == "Combat Convoy Company" for c in cards)
    assert not any(c.kind == "acronym" and c.answer == "United Nations" for c in cards)
    # no headline to say which article: "What does CCC stand for?" has many answers
    assert not any(c.kind == "acronym" for c in deck("By Jane Roe - 12 February 2020\n\n" + body))


def test_cards_question_never_says_today(deck):
    cards = deck(DATED + "The Sri Lanka Army today deployed 243 troops to Mali for the UN mission.\n")
    assert not any("today" in c.question.lower() for c in cards if c.kind != "cloze")


def test_cards_photo_caption_gives_no_card(deck):
    cards = deck(DATED + "Defence Minister Boris Pisto (L) and General Ann Berg (2R) attend the 25th meeting of "
                 "the contact group at Ramstein Air Base, Germany, on 9 January 2025.\n")
    assert cards == []
    cards = deck(DATED + "Sheikh Ann Berg, left, Vice-President of Ruritania, attends the opening of the fair "
                 "on 17 February 2019.\n")
    assert cards == []
    cards = deck(DATED + "(From left) Cyber Agency Chief Executive Ann Berg and Ruritanian Health Minister Jan Kowal "
                 "attend a press conference on 17 February 2019.\n")
    assert cards == []


def test_cards_converted_money_is_not_asked(deck):
    cards = deck(DATED + "The Japanese Defence Ministry has requested a record 5.4 trillion yen (about $49 billion) "
                 "for the fiscal year 2022, the Kyodo news agency reported.\n")
    assert not any("49" in c.answer for c in cards)
    assert any("5.4 trillion" in c.answer for c in cards)


def test_cards_weekday_or_today_is_never_the_blank(deck):
    cards = deck(DATED + "NATO defence ministers met in Brussels on Wednesday to discuss the Iraq mission.\n")
    assert not any(c.kind == "cloze" and c.answer.lower() in ("wednesday", "today") for c in cards)


@pytest.mark.parametrize("sentence", [
    "A survey of 1,300 company bosses in Europe found rising optimism.",
    "The minister raised two separate issues with the NATO delegation.",
    "The NATO delegation gave one reason for the delay.",
])
def test_cards_filler_figures_and_sample_sizes_are_cut(deck, sentence):
    assert [c for c in deck(DATED + sentence + "\n") if c.fact_type == "quantity"] == []


def test_cards_conversion_beside_the_blank_is_cut(deck):
    cards = deck(DATED + "The Harlem Boys Choir got a cheque for $150,000 (£77,800) from the NATO fund.\n",
                 kinds=("cloze",))
    assert not any(c.answer in ("150,000", "77,800") for c in cards)


# --------------------------------------------------------------------------- repetition

def test_cards_one_card_per_kind_and_family_per_fact(deck):
    text = DATED + "NATO Deputy Secretary General Ann Berg signed the accord with Jordan on 3 March 2019.\n"
    from quiz.cards.select import SURE
    cards = deck(text)
    by_fact = {}
    for c in cards:
        by_fact.setdefault(c.fact_id, []).append(c)
    for group in by_fact.values():
        kinds = [c.kind for c in group]
        assert len(kinds) == len(set(kinds)) and len(kinds) <= 3
        asked = [c for c in group if c.kind in ("basic", "reverse", "choice")]
        if len({c.question for c in asked}) < len(asked):   # one question open and with options
            assert all(c.score >= SURE for c in asked)


def test_cards_one_person_fills_at_most_three_cards_of_an_article(deck):
    text = DATED + ("NATO Deputy Secretary General Ann Berg signed the accord with Jordan on 3 March 2019. "
                    "Ann Berg, the chair of the NATO Military Committee, opened the meeting.\n")
    cards = deck(text)
    about = [c for c in cards if c.fact_type == "person_role"]
    assert 1 <= len(about) <= 3


def test_cards_figure_in_headline_and_body_is_one_fact(deck):
    text = ("Attack kills 2 peacekeepers in Mali\n\nBy Jane Roe - 12 February 2020\n\n"
            "An attack on the UN camp in Aguelhok killed two Chadian peacekeepers on Tuesday.\n")
    cards = [c for c in deck(text) if c.fact_type == "quantity"]
    assert len({c.fact_id for c in cards}) <= 1


# --------------------------------------------------------------------------- scores and the gate

def test_cards_every_card_carries_its_score_and_reasons(deck):
    cards = deck(DATED + "NATO Deputy Secretary General Ann Berg signed the accord with Jordan on 3 March 2019.\n")
    assert cards
    for c in cards:
        data = c.to_dict()
        assert 0.5 <= data["score"] <= 1 and data["reasons"][0].startswith("rule ")


def test_cards_gate_drops_leaked_answers_and_merges_repeats():
    leak = Fact(type="acronym", subject="NATO", sources=[src(rule="acronym-parenthesis")], acronym="NATO",
                expansion="NATO")
    report = GateReport()
    assert make_cards([leak], kinds=("acronym",), report=report, headlines={"a.txt": "Allies meet"}) == []
    assert any("answer" in reason for reason in report.dropped)


def test_cards_conflicting_sources_are_left_out_unless_asked(deck):
    one = DATED + "Denmark contributes about 285 soldiers to the mission in Iraq.\n"
    report = GateReport()
    articles = {"a.txt": one, "b.txt": one.replace("285", "300").replace("Jane Roe", "Al Poe")}
    cards = [c for c in deck(articles, report=report) if c.fact_type == "quantity"]
    assert all(c.kind == "cloze" for c in cards)   # each sentence still states its own figure
    assert report.dropped["conflicting sources"] > 0


def test_cards_ids_are_the_fact_id_and_kind_and_unique(deck):
    text = DATED + ("NATO Deputy Secretary General Ann Berg signed the accord with Jordan on 3 March 2019.\n\n"
                    "Denmark contributes about 285 soldiers to the mission in Iraq.\n")
    cards = deck({"a.txt": text, "b.txt": text.replace("285", "300").replace("Jane Roe", "Al Poe")})
    assert len({c.id for c in cards}) == len(cards)
    for card in cards:
        assert card.id.startswith(card.fact_id) and card.id.endswith(":" + card.kind)


# --------------------------------------------------------------------------- templates

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
    ("More than two thousand Danish soldiers took part in the NATO exercise.", "two thousand"),
    ("The NATO mission involves around 500 trainers from Allied countries.", "500"),
    ("About 15,000 Iraqi officers were trained by NATO instructors in Jordan.", "15,000"),
])
def test_cards_cloze_hides_the_number_of_a_quantity(deck, evidence, hidden):
    cards = [c for c in deck(DATED + evidence + "\n", kinds=("cloze",)) if c.fact_type == "quantity"]
    story = "From “Allies meet in Brussels” (12 February 2020): "   # the story the sentence is from, and its day
    assert [(c.answer, c.question) for c in cards] == [(hidden, story + evidence.replace(hidden, "_____"))]


def test_cards_choice_dates_of_what_will_happen_are_never_before_the_article(deck):
    text = DATED + "Somali troops will take full responsibility for the country's security by the end of 2024.\n"
    card = next(c for c in deck(text, kinds=("choice",)) if c.answer == "2024")
    assert all(int(o) >= 2020 for o in card.options)   # the article is dated 12 February 2020


def test_cards_a_rank_is_not_a_post_to_ask_about(deck):
    text = DATED + "US Navy Admiral James Foggo said the exercise went well.\n"
    assert not [c for c in deck(text) if c.fact_type == "person_role"]


def test_cards_a_person_in_a_clause_about_an_unnamed_thing_is_not_blanked(deck):
    # "The ceremonies will be witnessed by Defense Secretary _____": which ceremonies?
    text = DATED + "The ceremonies will also be witnessed by Defence Secretary Delia Lorenz and other officials.\n"
    assert not [c for c in deck(text, kinds=("cloze",)) if c.fact_type == "person_role"]
    named = DATED + "Ruritanian Defence Secretary Delia Lorenz will witness the commissioning of the frigate Rizal.\n"
    assert [c for c in deck(named, kinds=("cloze",)) if c.fact_type == "person_role"]


@pytest.mark.parametrize("role", ["senior NATO commander", "current Disney director", "top Shell executive"])
def test_cards_who_held_a_post_one_of_several_hold_is_not_asked(role):
    cards = make_cards([person("Ann Berg", role, as_of=None)], headlines={"a.txt": "Allies meet"}, kinds=("reverse",))
    assert cards == []


def test_cards_who_held_a_lower_case_post_reads_with_its_article():
    cards = make_cards([person("Ann Berg", "president of Netcraft", as_of=None, org="Netcraft")],
                       headlines={"a.txt": "Allies meet"}, kinds=("reverse",))
    assert cards[0].question == "Who was the president of Netcraft according to “Allies meet”?"


def test_cards_the_year_of_an_event_named_by_its_day_is_not_asked(deck):
    text = DATED + "Airlines have struggled since the 11 September attacks on New York in 2001, the NATO report said.\n"
    assert not [c for c in deck(text) if c.fact_type == "date"]


@pytest.mark.parametrize("sentence", [
    "The gallery shows the most visible artists of the 1980's, including Jean Basquiat.",   # a decade
    "Blogs had a huge year, with a US dictionary naming blog the word of 2004.",           # a thing's name
    "There were 70 gun crime deaths in England and Wales between June 2003 and 2004.",     # a count's period
])
def test_cards_a_year_that_dates_no_event_gives_no_date_card(deck, sentence):
    assert not [c for c in deck(DATED + sentence + "\n") if c.fact_type == "date"]


def test_cards_acronym_expansion_drops_a_possessive_apostrophe(deck):
    text = DATED + "A survey by Incomes Data Services' (IDS) said contributions had risen sharply in 2004.\n"
    card = next(c for c in deck(text) if c.kind == "acronym")
    assert card.answer == "Incomes Data Services"


def test_cards_acronym_is_not_asked_when_its_headline_holds_the_expansion(deck):
    text = ("Ceremonial parade held on Air Force Day in Chandigarh\n\nBy Jane Roe - 12 February 2020\n\n"
            "The Indian Air Force (IAF) held its parade at the Sukhna Lake in Chandigarh in 2022.\n")
    assert not [c for c in deck(text) if c.kind == "acronym"]


def test_cards_what_post_is_not_asked_of_a_former_post():
    cards = make_cards([person("Ann Berg", "former Southampton manager", as_of=None, org="Southampton")],
                       headlines={"a.txt": "Allies meet"}, kinds=("basic",))
    assert cards == []


def test_cards_an_event_with_two_dates_in_its_clause_is_only_blanked(deck):
    text = DATED + ("Composer Bill Conti received two nominations for the Oscars, in 1976 for the song from Rocky "
                    "and in 1981 for the title song of a Bond film.\n")
    dates = [c for c in deck(text) if c.fact_type == "date"]
    assert dates and all(c.kind == "cloze" for c in dates)


def test_cards_a_rank_of_an_air_force_is_not_a_post(deck):
    text = DATED + "The fly-past over the Indian Air Force station was led by Wing Commander Vishal Jain.\n"
    assert not [c for c in deck(text) if c.fact_type == "person_role"]


def test_cards_questions_take_an_before_a_vowel_sound():
    from quiz.cards.realise import _articles
    assert _articles("become a honorary professor at a university") == "become an honorary professor at a university"
    assert _articles("a NATO base and a MP") == "a NATO base and an MP"


def test_cards_earlier_this_month_is_never_the_blank(deck):
    text = DATED + "Earlier this month, the Counter-Terrorism Department arrested a commander of the Buner chapter.\n"
    assert not [c for c in deck(text) if c.kind == "cloze" and c.answer.lower().startswith("earlier")]


def test_cards_who_was_a_judge_is_one_of_many():
    cards = make_cards([person("Ann Berg", "US judge", as_of=None, org="US")], headlines={"a.txt": "Trial delayed"},
                       kinds=("reverse",))
    assert cards == []


def test_cards_the_start_of_an_activity_is_never_asked_as_its_time(deck):
    # "In which month did the IAEA investigate Iran?" would ask a period as one month
    text = DATED + "The IAEA began investigating Iran in February 2003, diplomats said.\n"
    assert not [c for c in deck(text) if c.fact_type == "date" and "investigate Iran?" in c.question]


def test_cards_a_figure_beside_its_worth_keeps_its_own_noun(deck):
    text = DATED + "The Chinese Ministry of National Defence has donated 11 military automobiles worth $6.2 million.\n"
    counts = [c for c in deck(text) if c.fact_type == "quantity" and c.answer in ("11", "eleven")]
    assert counts and not any("worth" in c.question for c in counts if c.kind != "cloze")


def test_cards_who_was_a_commander_of_a_movement_is_one_of_many():
    cards = make_cards([person("Nek Muhammad", "Taliban Commander", as_of="2004-06-18", org="Taliban")],
                       kinds=("reverse",))
    assert cards == []


def test_cards_an_event_named_by_a_possessive_is_not_asked(deck):
    cards = deck(DATED + "Foreign Minister Park Jin and his counterpart Antony Blinken spoke after their talks in "
                 "Washington on 13 June 2022.\n")
    assert not any("their" in c.question.lower() for c in cards if c.kind != "cloze")


def test_cards_a_body_every_country_has_is_not_a_specific_subject(deck):
    cards = deck(DATED + "The Army deployed 243 troops to Mali on 3 February 2020 for the peacekeeping mission.\n")
    assert not any(c.kind in ("basic", "choice") and c.question.startswith("How many") for c in cards)


@pytest.mark.parametrize("sentence, fault", [
    # the opening for signature happened then, not a signature
    ("The tenth anniversary of the opening for signature of the Treaty on 24 September 1996 is marked.", "signature"),
    # which statement?
    ("Foreign ministers from 59 countries issued a statement on 20 September 2006.", "a statement"),
    # departure from where?
    ("The departure of Mozambican troops on 31 December 2005 marked the start of the withdrawal.", "Mozambican"),
    # Evans who?
    ("Evans sued Mr Mann in 2001 over the film, the court heard.", "Evans"),
])
def test_cards_date_questions_that_do_not_pin_their_event_are_cut(deck, sentence, fault):
    cards = deck(DATED + sentence + "\n")
    assert not any(fault in c.question for c in cards if c.kind in ("basic", "choice"))


def test_cards_a_name_that_begins_with_the_keeps_its_capital(nlp):
    from quiz.facts.phrases import lower_first
    doc = nlp("The New York Times reported the talks, and the mission ended.")
    assert [e.text for e in doc.ents if e.start == 0] == ["The New York Times"]
    assert lower_first("The New York Times", doc[0]) == "The New York Times"
    assert doc[9].lower_ == "the" and lower_first("The mission", doc[9]) == "the mission"


# --------------------------------------------------------------------------- from the sixth blind audit

def test_cards_a_blank_never_cuts_a_word(deck):
    # "China's 201_____ defence budget will expand by around 7 per cent"
    text = DATED + "China's 2017 defence budget will expand by around 7 per cent, a spokesperson said on 4 March 2017.\n"
    assert not any(c.kind == "cloze" and "201_____" in c.question for c in deck(text))


def test_cards_a_sentence_cut_off_at_its_start_is_not_blanked(deck):
    text = DATED + ', Fort Worth, Texas, is awarded a $903,585,384 modification to a contract," the release said.\n'
    assert not [c for c in deck(text) if c.kind == "cloze"]


def test_cards_a_headline_with_the_figure_in_millions_gives_it_away(deck):
    text = ("Ruritania awards $903Mln contract to Lockheed\n\nBy Jane Roe - 12 February 2020\n\n"
            "The Ruritanian Navy has awarded a $903 million contract to Lockheed Martin for jets on 11 February 2020.\n")
    assert not [c for c in deck(text) if c.fact_type == "quantity"]


@pytest.mark.parametrize("sentence", [
    "Slovakia won the Cup on their first appearance in 1998 when Karol Kucera beat France.",
    "Some 62 UN veterans will enter the venue of the ceremony, escorted by the honour guards, on 27 July 2023.",
])
def test_cards_a_name_or_event_the_article_gave_earlier_is_not_enough(deck, sentence):
    assert not deck(DATED + sentence + "\n")


def test_cards_who_was_takes_the_before_a_nationality_and_a_job():
    cards = make_cards([person("Hristo Stoich", "Bulgarian manager", as_of=None, org="Bulgaria")],
                       headlines={"a.txt": "Celtic unhappy over date"}, kinds=("reverse",))
    assert [c.question for c in cards] == ["Who was the Bulgarian manager according to “Celtic unhappy over date”?"]


# --------------------------------------------------------------------------- from the seventh blind audit

def test_cards_an_acronym_before_a_span_is_not_the_event(deck):
    # "arrested in NTB from 19 to 23 October": NTB is a region, not something that began and ended
    text = DATED + "Police arrested 18 suspects in NTB from 10 to 11 February 2020, officials said.\n"
    assert not any(q in c.question for c in deck(text) for q in ("NTB begin", "NTB end"))


def test_cards_an_ambassador_with_no_country_is_no_post_to_learn():
    cards = make_cards([person("Lisa Jones", "US Ambassador", org="US")], headlines={"a.txt": "Vessels delivered"},
                       kinds=("basic",))
    assert cards == []


@pytest.mark.parametrize("sentence", [
    "{The last batch of Ruritanian peacekeepers arrived from the mission in Darfur on 27 November 2014.",
    "Accordingly, 11 suspects and a haul of heroin were taken into custody by the Ruritanian Navy.",
])
def test_cards_a_sentence_that_leans_on_the_one_before_is_not_blanked(deck, sentence):
    assert not [c for c in deck(DATED + sentence + "\n") if c.kind == "cloze"]


@pytest.mark.parametrize("sentence, fault", [
    ("General Ann Berg approved an increase in the number of military courts in Karachi to handle cases on "
     "25 August 2015.", "to handle?"),
    ("Ruritanian police chief Usman Baba received the report of a panel in August 2021.", "of a panel"),
    ("Ann Berg is suspected of involvement in a breach of the Ruritanian defence network on 15 June 2014.",
     "involvement"),
])
def test_cards_date_questions_that_lose_or_blur_their_object_are_cut(deck, sentence, fault):
    assert not any(fault in c.question for c in deck(DATED + sentence + "\n") if c.kind in ("basic", "choice"))


# --------------------------------------------------------------------------- from the eighth blind audit

def test_cards_a_body_named_with_the_takes_a_plain_the(nlp):
    from quiz.facts.phrases import lower_first
    doc = nlp("The Defense Department awarded the contract, and The New York Times reported it.")
    assert lower_first("The Defense Department", doc[0]) == "the Defense Department"


@pytest.mark.parametrize("sentence", [
    "Al Shabaab lost several commanders in the war-torn country on 10 February 2020, the AU said.",
    "All the five assailants were killed on 7 June 2017, the ministry said.",
    # a belief asked as a fact; other than what; a version of what
    "Russian investigators believe the colonel received around $100,000 from the Ruritanian service in 2004.",
    "Fifteen other nations use the Ruritanian air defence system to protect their citizens.",
    "The Ruritanian House of Representatives passed its version in July 2017.",
])
def test_cards_what_the_article_named_earlier_or_only_believes_is_not_asked(deck, sentence):
    assert not [c for c in deck(DATED + sentence + "\n") if c.kind in ("basic", "choice")]


def test_cards_a_yearly_exercise_without_its_year_is_only_blanked(deck):
    text = DATED + "The Cobra Gold exercise will run until 10 March 2020 in Thailand, the army said.\n"
    assert not [c for c in deck(text) if c.fact_type == "date" and c.kind in ("basic", "choice")]


@pytest.mark.parametrize("sentence", [
    "Interior Minister Anna Berg said on 10 February 2020 that the group had spied on two air bases.",
    "A panel set up to probe the allegation against the officer reported to the police on 10 February 2020.",
])
def test_cards_a_group_or_allegation_the_article_named_earlier_is_not_blanked(deck, sentence):
    assert not [c for c in deck(DATED + sentence + "\n") if c.kind == "cloze"]


# --------------------------------------------------------------------------- from the ninth blind audit

def test_cards_the_year_after_first_since_is_the_one_before(deck):
    text = DATED + ("Six fighters arrived in Ruritania on 3 February 2020, in the first public deployment of the "
                    "jets here since late 2017.\n")
    assert not any(c.answer == "2017" for c in deck(text) if c.kind in ("basic", "choice"))


def test_cards_a_person_described_by_age_and_nationality_is_not_named(deck):
    text = DATED + "The 29-year-old Syrian national had pledged allegiance to the Islamic State group in 2013.\n"
    assert not [c for c in deck(text) if c.fact_type == "date"]


@pytest.mark.parametrize("sentence, kept", [
    ("Ruritanian forces will train with Latvian troops in Riga on September 29-October 6, 2020.", False),
    ("Reports from Cabo Delgado speak of 12 or 13 people killed in the raid by Ansar al-Sunna on 3 February 2020.",
     False),
    ("“One-hundred fifty US paratroopers will soon arrive in Latvia,” Ruritanian Defence Minister Ann Berg said "
     "on 3 February 2020.", False),
    ("Concerns are mounting over how the 352,000-strong Afghan security forces will cope after 2014.", True),
])
def test_cards_a_blank_takes_no_half_of_a_span_or_of_a_number(deck, sentence, kept):
    clozes = [c for c in deck(DATED + sentence + "\n") if c.kind == "cloze" and c.fact_type in ("date", "quantity")]
    assert all(c.answer not in ("September 29", "October 6", "12", "fifty") for c in clozes)
    if kept:
        assert [c.answer for c in clozes] == ["352,000"]


def test_cards_a_caption_ending_on_its_place_and_date_gives_no_card(deck):
    text = DATED + ("Djiboutian soldiers arrive as part of the African Union force at the airport in Mogadishu, "
                    "December 20, 2011.\n")
    assert deck(text) == []


def test_person_cards_founder_is_no_post_and_a_deputy_minister_is_one_of_several():
    facts = [person("Oleg Tinkov", "founder of Tinkoff Bank", org="Tinkoff Bank", as_of=None),
             person("Sergey Vershinin", "Russian Deputy Foreign Minister", org="Russian", as_of=None)]
    cards = make_cards(facts, headlines={"a.txt": "Sanctions widened"}, kinds=("basic", "reverse"))
    assert not any(c.kind == "basic" and "Tinkov" in c.question for c in cards)
    assert not any(c.kind == "reverse" and "Deputy Foreign Minister" in c.question for c in cards)


def test_cards_a_sentence_opening_on_then_or_a_question_that_lost_a_word_is_cut(deck):
    assert not [c for c in deck(DATED + "Then a suspect was arrested in West Java on 5 February 2020.\n")
                if c.kind == "cloze"]
    from quiz.cards.signs import CUT_WORD
    assert CUT_WORD.search("In which year were officers involved in the of ammunition depots?")
    assert not CUT_WORD.search("In which year was the on-site inspection held?")


def test_cards_a_cloze_names_its_story_and_a_template_can_drop_it(nlp, tmp_path):
    text = "NATO Mission Iraq involves around 500 trainers from Allied countries."
    doc = parse_document("a.txt", "BREAKING NEWS: Allies train Iraqi forces\n\nBy Jane Roe - 3 May 2021\n\n" + text + "\n")
    facts = extract_document(doc, nlp)
    dated = {"a.txt": doc.date}
    [card] = make_cards(facts, headlines={"a.txt": doc.headline}, kinds=("cloze",), article_dates=dated)
    # a figure holds on the day it was reported: the context gives that day too
    assert card.question == "From “Allies train Iraqi forces” (3 May 2021): " + text.replace("500", "_____")
    assert card.cloze[0].startswith("From “Allies train Iraqi forces” (3 May 2021): ")
    in_year = "In 2021, NATO Mission Iraq involved around 500 trainers from Allied countries."
    undated = parse_document("a.txt", "Allies train Iraqi forces\n\n" + in_year + "\n")
    story_only = [c for c in make_cards(extract_document(undated, nlp), headlines={"a.txt": undated.headline},
                                        kinds=("cloze",), article_dates={"a.txt": None}) if c.answer == "500"]
    assert [c.question for c in story_only] == ["From “Allies train Iraqi forces”: " + in_year.replace("500", "_____")]
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "cloze.j2").write_text("{% block context %}{% endblock %}", encoding="utf-8")
    [plain] = make_cards(facts, headlines={"a.txt": doc.headline}, kinds=("cloze",), article_dates=dated,
                         template_dir=tmp_path)
    assert plain.question == text.replace("500", "_____")


def test_cards_the_acronym_of_a_news_outlet_is_not_asked(deck):
    text = ("Canadian troops leave for Latvia\n\nBy Jo Roe - 10 June 2017\n\n"
            "The Canadian Broadcasting Corporation (CBC) said 450 Canadian troops would lead the NATO force.\n")
    assert not [c for c in deck(text) if c.kind == "acronym"]


# --------------------------------------------------------------------------- from the eleventh blind audit

def test_cards_a_speakers_post_is_dated_by_the_article_not_by_what_he_reports(facts_of):
    text = ("Russia arms sales\n\nBy Jo Roe - 16 March 2020\n\n"
            "Russia signed $17 billion worth of arms contracts in 2019, Dmitry Shugaev, director of the Federal "
            "Service for Military-Technical Cooperation said.\n\n"
            "In 2004, Defence Minister John Smith visited the troops in Iraq.\n")
    as_of = {f.person: f.as_of for f in facts_of(text) if f.type == "person_role"}
    assert as_of == {"Dmitry Shugaev": "2020-03-16", "John Smith": "2004"}


def test_cards_half_of_a_guess_and_a_dates_own_word_are_not_asked(deck):
    cards = deck(DATED + "Earlier, in August or September 2019, Lithuanian guards detained 40 migrants.\n")
    assert not any(c.kind == "cloze" and c.answer.startswith("August") for c in cards)
    cards = deck(DATED + "Russia has signed arms contracts since the Russia-Africa summit in Sochi last October.\n")
    assert not any(" last " in c.question for c in cards if c.kind in ("basic", "choice"))


def test_cards_the_armed_group_is_not_specific(deck):
    cards = deck(DATED + "The Duterte administration scrapped the talks with the armed group in 2017.\n")
    assert not [c for c in cards if c.kind in ("basic", "choice")]


def test_cards_a_date_in_a_quote_or_before_the_speaker_does_not_date_his_post(facts_of):
    text = ("Russia arms sales\n\nBy Jo Roe - 16 March 2020\n\n"
            "“Last year we signed contracts for $17 billion,” Federal Service Director Dmitry Shugaev said.\n\n"
            "Russia signed arms contracts worth $17 billion in 2019, Anna Berg, director of the Russian Export "
            "Agency said.\n")
    as_of = {f.person: f.as_of for f in facts_of(text) if f.type == "person_role"}
    assert all(v == "2020-03-16" for v in as_of.values()) and as_of


def test_cards_a_verb_is_asked_in_its_own_base_form(facts_of):
    # the parser's lemma of "raped" is "rap"; a question needs "rape"
    facts = facts_of("Talks\n\nRuritanian soldiers raped more than 2,000 women during the war in 1971.\n")
    assert {f.frame["lemma"] for f in facts if f.frame and f.frame.get("kind") == "clause"} == {"rape"}


@pytest.mark.parametrize("sentence", [
    "In early May 2019, the Ruritanian rebels agreed to another truce proposal.",   # one named earlier
    "The Ruritanian parliament passed the bill in September 2019.",                 # which bill?
])
def test_cards_an_event_the_article_named_earlier_is_not_asked(cards_of, sentence):
    assert [c for c in cards_of(sentence) if c.fact_type == "date" and c.kind in ("basic", "choice")] == []


def test_cards_the_articles_own_day_is_not_a_blank(cards_of):
    # DATED is 12 February 2020: "on _____" would be a blanked "today"
    cards = cards_of("The Ruritanian parliament approved the defence budget on February 12, 2020.")
    assert not [c for c in cards if c.kind == "cloze" and c.fact_type == "date" and c.answer.startswith("February 12")]


def test_cards_a_count_its_sentence_lists_is_not_a_blank(cards_of):
    cards = cards_of("Five other nations, including Belgium, Canada, Denmark, Estonia and Finland, joined the "
                     "exercise in Ruritania on 10 February 2020.")
    assert not [c for c in cards if c.kind == "cloze" and c.fact_type == "quantity"]


def test_cards_an_acronym_whose_expansion_keeps_half_of_it_is_not_asked(cards_of):
    cards = cards_of("The RDF Defence Force (RDFDF) trained 400 soldiers in Ruritania on 10 February 2020.")
    assert not [c for c in cards if c.kind == "acronym"]


def test_cards_a_sentence_with_an_unclosed_bracket_is_no_blank(cards_of):
    cards = cards_of("Ruritania allocated 500 million to the troops (pay, food and equipment 19 million goes to "
                     "the reserve fund on 10 February 2020.")
    assert not [c for c in cards if c.kind == "cloze"]


def test_cards_a_superlative_keeps_the_time_it_is_measured_in(cards_of):
    # without "this year", "its biggest exercises" reads as the biggest ever
    cards = cards_of("Ruritania started its biggest naval exercises this year on 4 February off its coast.")
    assert not [c for c in cards if c.fact_type == "date" and c.kind in ("basic", "choice")
                and "biggest" in c.question and "this year" not in c.question]


def test_cards_a_blank_in_said_this_points_to_another_sentence(deck):
    text = DATED + "Ruritanian Navy spokesman Ali Reza Kamal said this on Monday afternoon.\n"
    assert not [c for c in deck(text, kinds=("cloze",)) if c.fact_type == "person_role"]


def test_cards_a_name_in_another_script_after_the_blank_gives_it_away(deck):
    text = DATED + "Ruritanian Premier Su Wen-li (蘇文立) would attend a hearing on the budget on Monday.\n"
    assert not [c for c in deck(text, kinds=("cloze",)) if c.fact_type == "person_role"]


def test_cards_a_date_blank_without_a_year_shows_the_articles_day(deck):
    text = DATED + "The Ruritanian navy held its first exercise with Brazil on January 20 off its coast.\n"
    [card] = [c for c in deck(text, kinds=("cloze",)) if c.fact_type == "date"]
    assert card.question.startswith("From “Allies meet in Brussels” (12 February 2020): ")
    with_year = DATED + "The Ruritanian navy held its first exercise with Brazil on 3 May 2019 off its coast.\n"
    [card] = [c for c in deck(with_year, kinds=("cloze",)) if c.fact_type == "date"]
    assert card.question.startswith("From “Allies meet in Brussels”: ")


# --------------------------------------------------------------------------- from the thirteenth blind audit

@pytest.mark.parametrize("sentence", [
    "The three Ruritanian naval ships arrived in the Gulf of Aden on 6 February 2020.",   # counted before
    "The Ruritanian ships made the return journey in 2017.",                             # which journey?
])
def test_cards_a_set_or_a_trip_the_article_named_before_is_not_asked(cards_of, sentence):
    assert [c for c in cards_of(sentence) if c.fact_type == "date" and c.kind in ("basic", "choice")] == []


def test_cards_an_outgoing_post_is_not_asked_for_the_article_day(cards_of):
    cards = cards_of("The Ruritanian Army's outgoing chief Ivo Marek met the press on Monday.")
    assert not [c for c in cards if c.fact_type == "person_role" and c.kind in ("basic", "reverse", "choice")]


def test_cards_a_present_tense_headline_count_is_not_asked(cards_of):
    # "Security forces detain 47 suspects": one event told as if it were a habit
    cards = cards_of("Ruritanian security forces detain 47 suspects in a joint operation.")
    assert not [c for c in cards if c.fact_type == "quantity" and c.kind in ("basic", "choice")]


def test_cards_a_question_whose_object_lost_its_noun_is_not_asked(cards_of):
    # the parse takes "F-35A" for punctuation, and the question would end "receive its first?"
    cards = cards_of("The 388th Fighter Wing received its first F-35A in November 2015.")
    assert not [c for c in cards if c.kind in ("basic", "choice") and c.question.endswith(" its first?")]


@pytest.mark.parametrize("sentence", [
    "Militants attacked a hotel in the capital on 10 February 2020.",               # which capital?
    "Islamist militias seized the north of the country in 2012.",                   # which country?
])
def test_cards_the_capital_or_the_country_unnamed_is_not_asked(cards_of, sentence):
    assert [c for c in cards_of(sentence) if c.fact_type == "date" and c.kind in ("basic", "choice")] == []


def test_cards_a_first_keeps_the_words_that_say_first_of_what(cards_of):
    # "first employed the drawdown to provide aid for Ruritania": not the first drawdown at all
    cards = cards_of("In July 2019, the Ruritanian government first employed the drawdown to provide a military aid "
                     "package for Alta.")
    assert not [c for c in cards if c.fact_type == "date" and c.kind in ("basic", "choice") and " first " in c.question
                and "Alta" not in c.question]


def test_cards_a_year_listed_beside_the_blank_gives_it_away(deck):
    text = DATED + "Ruritanian troops were deployed to Alta in 2012 and 2013.\n"
    assert not [c for c in deck(text, kinds=("cloze",)) if c.fact_type == "date" and c.answer == "2012"]
    spans = DATED + "The Ruritanian training mission ran from 2004 to 2011 in the north.\n"
    assert [c for c in deck(spans, kinds=("cloze",)) if c.fact_type == "date" and c.answer == "2004"]


def test_cards_a_name_the_sentence_gives_again_is_not_blanked(deck):
    text = DATED + ("Former Ruritanian President Omar al-Example was deposed by the military in April 2019 after "
                    "months of protests against al-Example’s three-decade rule.\n")
    assert not [c for c in deck(text, kinds=("cloze",)) if c.fact_type == "person_role"]


def test_cards_the_size_of_a_standing_body_is_not_asked(deck):
    text = DATED + "The 15-member Security Council adopted a resolution on the Alta mission on Tuesday.\n"
    assert not [c for c in deck(text) if c.fact_type == "quantity"]
    news = DATED + "A 30-member Ruritanian delegation arrived in Alta on Tuesday for talks on the mission.\n"
    assert [c for c in deck(news) if c.fact_type == "quantity" and c.answer.startswith("30")]


def test_cards_a_question_never_takes_in_an_aside_between_dashes(deck):
    text = DATED + ("The first of the jets — Tejo means “brilliance” in Ruritanian — were commissioned into the "
                    "Ruritanian Air Force in 2016.\n")
    assert not [c for c in deck(text) if c.kind in ("basic", "choice") and "brilliance" in c.question]


def test_cards_a_deadline_is_answered_with_its_date_alone(deck):
    cards = deck(DATED + "Kenya will withdraw all its troops from the UN mission in Somalia by May 2021.\n")
    asked = [c for c in cards if c.fact_type == "date" and c.kind == "basic"]
    assert asked and all(c.question.startswith("By which") and c.answer == "May 2021" for c in asked)


def test_cards_an_embedded_verb_keeps_where_it_goes(deck):
    cards = deck(DATED + "In December 2013, the Security Council decided to send an extra 5,500 peacekeepers to the "
                         "UN mission in Alta.\n")
    asked = [c.question for c in cards if c.fact_type == "date" and c.kind == "basic"]
    assert asked and all("to the UN mission in Alta" in q for q in asked)


def test_cards_a_named_place_after_the_object_stays_in_the_question(deck):
    cards = deck(DATED + "Kenya will withdraw all its troops from the UN mission in Somalia by May 2021.\n")
    asked = [c.question for c in cards if c.fact_type == "date" and c.kind == "basic"]
    assert asked == ["By which month will Kenya withdraw all its troops from the UN mission in Somalia?"]


def test_cards_a_rank_beside_a_post_is_not_a_second_post(deck):
    cards = deck(DATED + "Rear Adm. John Fuller, commander of the Ruritanian Strike Group, said the ships left Alta "
                         "on Monday.\n")
    assert [c.answer for c in cards if c.kind == "basic" and c.fact_type == "person_role"] == [
        "commander of the Ruritanian Strike Group"]


def test_cards_a_post_named_by_a_creed_is_not_asked(deck):
    text = DATED + "The army removed elected Islamist president Mohamed Example from power on 3 July 2013.\n"
    assert not [c for c in deck(text) if c.fact_type == "person_role" and c.kind in ("basic", "reverse", "choice")]


def test_cards_a_name_opening_with_the_is_lower_case_inside_a_question(deck):
    cards = deck(DATED + "The House of Representatives passed the Ruritanian defence bill in July 2017.\n")
    assert "In which month did the House of Representatives pass the Ruritanian defence bill?" in [
        c.question for c in cards]


def test_cards_a_ministry_without_its_country_is_not_asked(deck):
    text = DATED + "The Ministry of Education got 857 billion naira in the budget approved on Saturday.\n"
    assert not [c for c in deck(text) if c.kind in ("basic", "choice") and "Ministry of Education" in c.question]


def test_cards_a_post_the_source_goes_on_after_is_not_asked(deck):
    cut = DATED + "General Ravi Example was named Ruritania's Chairman Joint Chief of Staff Committee on Monday.\n"
    assert not [c for c in deck(cut) if c.fact_type == "person_role" and c.kind in ("basic", "reverse", "choice")]
    ranked = DATED + "Ruritanian Army chief General Ravi Example visited the base on Monday.\n"
    assert [c for c in deck(ranked) if c.fact_type == "person_role" and c.kind == "basic"]


def test_cards_a_question_about_this_or_these_is_not_asked(deck):
    text = DATED + "The Ruritanian defence ministry published this content on 19 February 2020.\n"
    assert not [c for c in deck(text) if c.kind in ("basic", "choice") and "this content" in c.question]


def test_cards_a_year_after_an_acronym_is_part_of_the_name_and_not_blanked(deck):
    text = DATED + ("On the first day of the International Defence Exhibition (IDEX 2023) in Abu Dhabi, the Ruritanian "
                    "forces signed deals worth $1 billion.\n")
    assert not [c for c in deck(text, kinds=("cloze",)) if c.fact_type == "date" and c.answer == "2023"]
    text = text.replace("(IDEX 2023)", "(IDEX) 2023")
    assert not [c for c in deck(text, kinds=("cloze",)) if c.fact_type == "date" and c.answer == "2023"]


def test_cards_an_acronym_whose_headline_writes_its_words_together_is_not_asked(deck):
    body = "The Ruritanian Coast Guard (RCG) has rescued 183 fishermen since the storm hit the coast on 3 May 2020.\n"
    asked = [c for c in deck("Stranded fishermen rescued by coastguard\n\n12 May 2020\n\n" + body) if c.kind == "acronym"]
    assert asked == []
    other = [c for c in deck("Storm hits the coast\n\n12 May 2020\n\n" + body) if c.kind == "acronym"]
    assert [c.answer for c in other] == ["Ruritanian Coast Guard"]


@pytest.mark.parametrize("sentence, vague", [
    # one of many such things, and nothing after it says which: no date card
    ("On 19 April 2020, President Ivo Marn sent a report to Congress.", True),
    ("In 2019, the Ruritanian Department of Justice charged six hackers.", True),
    ("On 27 April 2019, the patrol boat HMRS Ruva intercepted the foreign fishing vessel.", True),
    # the object is named, or what follows says which
    ("On 19 April 2020, President Ivo Marn sent the Cyber Strategy Report to Congress.", False),
    ("On 19 April 2020, the Ruritanian government ordered a halt to work on the new dam across the Ruva River.", False),
])
def test_cards_a_date_of_doing_one_of_many_things_is_not_asked(deck, sentence, vague):
    cards = deck(DATED + sentence + "\n")
    dated = [c for c in cards if c.fact_type == "date" and c.kind in ("basic", "choice")]
    assert (dated == []) == vague
    assert any(c.fact_type == "date" and c.kind == "cloze" for c in cards)   # the blank shows its sentence


def test_cards_a_councillor_is_one_of_many(deck):
    text = DATED + "Ben Roe, the councillor for the London borough of Ruwick, said on Monday the road would reopen.\n"
    assert not any(c.kind == "reverse" and c.answer == "Ben Roe" for c in deck(text))


def test_cards_a_year_compared_with_the_one_before_is_given_away(deck):
    cards = deck(DATED + "Landmines in Ruritania killed 32 people in 2019, down from 41 in 2018, officials said.\n")
    assert not any(c.kind == "cloze" and c.answer == "2019" for c in cards)


@pytest.mark.parametrize("sentence, asked", [
    # the words that say which are left out of the question: a blank only
    ("In 2019, the Ruritanian Department of Justice charged six hackers believed to be officers of a spy agency.",
     False),
    ("In 2019, the Ruritanian Department of Justice charged six Ruvan hackers.", True),
    # the place a count is for, opening the sentence
    ("In Ruvania, the Kestrel Health group runs 15 hospitals and 230 clinics.", False),
    ("In March, the Kestrel Health group opened 15 hospitals in Ruvania.", True),
])
def test_cards_a_count_whose_qualifier_the_question_drops(deck, sentence, asked):
    counts = [c for c in deck(DATED + sentence + "\n") if c.fact_type == "quantity" and c.kind != "cloze"]
    assert bool(counts) == asked


@pytest.mark.parametrize("sentence, asked", [
    ("Cyber Command was officially activated on 25 March 2019, the defence force said.", False),
    ("Ruritania's Cyber Command was officially activated on 25 March 2019.", True),
])
def test_cards_a_body_every_country_has_needs_its_country(deck, sentence, asked):
    dated = [c for c in deck(DATED + sentence + "\n") if c.fact_type == "date" and c.kind == "basic"]
    assert bool(dated) == asked


def test_cards_a_plural_opening_the_sentence_is_a_common_noun(deck):
    cards = deck(DATED + "Landmines killed 32 people in northern Ruritania in 2019.\n", threshold=0)
    asked = [c.question for c in cards if c.fact_type == "quantity" and c.kind == "basic"]
    assert asked == ["How many people did landmines kill in 2019?"]


def test_cards_a_conversion_beside_a_blank_gives_it_away(deck):
    text = DATED + ("The ministry signed two contracts for 156 helicopters at a cost of Rs 62,700 crore (Rs 627 billion), "
                    "excluding taxes, on 5 February 2020.\n")
    assert not any(c.kind == "cloze" and c.answer == "62,700 crore" for c in deck(text))


def test_cards_the_next_one_is_next_from_when(deck):
    text = DATED + "Ruritania's leaders agreed that the alliance's next summit will take place in Ruva in 2024.\n"
    assert not any(c.kind in ("basic", "choice") and c.fact_type == "date" for c in deck(text))
