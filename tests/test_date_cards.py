"""Date questions: asked only when the date is said of the clause's own event.

A cloze blanks the date in the sentence itself, so it stays true whatever the
date belongs to; "In which year did X happen?" is true only when the year is
X's. Each case is a fault class from blind audits of real articles, on a
made-up sentence; every article here is made up.
"""
import pytest

from quiz.cards import make_cards
from quiz.cards.model import KINDS
from quiz.documents import parse_document
from quiz.facts import extract_document, merge

DATED = "Allies meet in Brussels\n\nBy Jane Roe - 12 February 2020\n\n"   # as conftest.DATED


def questions(cards):
    return [c.question for c in cards if c.fact_type == "date" and c.kind in ("basic", "choice")]


def blanks(cards):
    return [c.answer for c in cards if c.fact_type == "date" and c.kind == "cloze"]


@pytest.mark.parametrize("sentence, question", [
    ("Ann Berg moved to the UK in 1966 and directed several television series.", "In which year did Ann Berg move"),
    ("The Commodore 64, launched in 1982, was one of the first affordable home computers.",
     "In which year was the Commodore 64 launched?"),
    ("Colonel Ann Berg's battalion left Kabul at the end of June 2004, the ministry said.",
     "In which month did Colonel Ann Berg's battalion leave Kabul?"),
    ("After taking office in 2016, President Ann Berg cut the army budget.",
     "In which year did President Ann Berg take office?"),
    # a year that ends a name stays in it, and is no second date in the question
    ("Exercise Sea Shield 2019 began in the Black Sea on 4 February.", "On which date did Exercise Sea Shield 2019 begin"),
])
def test_date_cards_a_date_said_of_the_verb_is_asked(cards_of, sentence, question):
    assert any(q.startswith(question) for q in questions(cards_of(sentence)))


@pytest.mark.parametrize("sentence, year", [
    # the crisis's year, not the recovery's
    ("Ruritania's economy has steadily recovered from a severe crisis in 2001.", "2001"),
    # the final's year: the matches were lost after it
    ("Ruritania have lost nine of their last 14 matches since the 2003 World Cup final.", "2003"),
    # a period after 2007, not a time the talks happened at
    ("Ann Berg is in talks over a contract extension beyond 2007 with the club.", "2007"),
    # the figure's year
    ("Reuters slowed a decline in revenues to 5.4% from 10.2% in 2003.", "2003"),
])
def test_date_cards_a_date_of_a_phrase_inside_the_clause_is_not_asked(cards_of, sentence, year):
    assert not any(c.answer.endswith(year) for c in cards_of(sentence)
                   if c.fact_type == "date" and c.kind in ("basic", "choice"))


@pytest.mark.parametrize("sentence", [
    "Analysts said Unilever could launch the new products in 2007.",          # a possibility
    '"Casual games will get into their stride in 2005," the panel said.',    # a speaker's forecast
    "Pernod's last major purchase was a third of Seagram in 2000.",          # a state, not an event
    "The next Bond film, originally due for release in 2005, has been delayed until 2006.",   # two dates
    "In March, the rebels announced a month-long ceasefire beginning on 1 April.",   # a word cut in two
    "Ann Berg won the best director prize at the Cannes Film Festival in 2002.",   # held every year
    "EA had 27 titles in 2004 which sold more than one million copies each.",   # the object needs its clause
    "The Defence Ministry signed it with Airbus in Paris on 12 March 2019.",   # signed what?
    "US strikes took place in June 2025, the ministry said.",   # which strikes, on what?
    "Ruritanian groups are blamed for the around 500 deaths since 2015 in Tarn.",   # a hedged count names no event
    "The NAF has inducted 22 aircraft since the inception of the current NAF leadership in 2015.",   # current when?
    "In 1996, the American government broadened its assistance program to include clearance.",   # which one?
    # the fleet or the helicopters?
    "The Ruritanian Air Force took delivery of the fleet of Mi-35M helicopters initiated by the government in 2015.",
    "The United States carried out at least 50 drone strikes in Pakistan in 2009.",   # a year's tally
])
def test_date_cards_questions_that_would_mislead_are_cut(cards_of, sentence):
    assert questions(cards_of(sentence)) == []


def test_date_cards_an_event_named_by_half_of_a_coordination_is_not_asked(cards_of):
    cards = cards_of("Ministers attended the opening of the Defence Exhibition and Conference on 17 February 2019.")
    assert not any("take place" in q for q in questions(cards))


def test_date_cards_cut_questions_keep_their_blank(cards_of):
    # the cloze is the sentence itself, so it stays true where the question would not be
    assert "2000" in blanks(cards_of("Pernod's last major purchase was a third of Seagram in 2000, the firm said."))


@pytest.mark.parametrize("sentence", [
    "The 31-year-old Scot was suspended for two years in 1998 after a failed test.",   # who?
    "Ruritania's admission in 2001 took 15 years of talks.",                           # admission to what?
    "The woman said she was assaulted after a recording of the Ann Berg Show in 2003.",   # one of many
    "Since 2002, Ms Ann Berg has been managing director of Metrojaya, a retail group.",   # a post, not a verb
    "With growing ownership, broadband take-up, portable players and mobile devices as well as interactive TV "
    "were shaping the market in 2005.",                                                 # a list for a subject
])
def test_date_cards_events_that_do_not_say_which_are_not_asked(cards_of, sentence):
    assert questions(cards_of(sentence)) == []


def test_date_cards_an_aside_after_a_dash_is_not_part_of_the_question(cards_of):
    cards = cards_of("The value of Ruritania's housing stock reached the £3.3 trillion mark in 2004 - triple the "
                     "value 10 years earlier.")
    assert not any("triple" in q for q in questions(cards))


def test_date_cards_a_comparison_has_no_date_of_its_own(cards_of):
    # "In which year were fewer US films shot in the UK?": fewer than when?
    assert questions(cards_of("Fewer US films were shot in Ruritania during 2004, the report said.")) == []


def test_date_cards_a_headline_range_with_a_short_month_still_to_come(nlp):
    text = ("Ruritania, US to hold Sea Breeze exercise in Black Sea on Sept 8-10\n\nBy Jane Roe - 6 September 2014\n\n"
            "The navies will train together, the ministry said.\n")
    doc = parse_document("a.txt", text)
    facts = [f for f in extract_document(doc, nlp) if f.type == "date"]
    assert sorted((f.date, f.date_kind, f.status) for f in facts) == [
        ("2014-09-08", "start", "planned"), ("2014-09-10", "end", "planned")]
    cards = make_cards(merge(facts), {doc.name: doc.title}, kinds=KINDS, headlines={doc.name: doc.headline},
                       article_dates={doc.name: doc.date})
    assert questions(cards) == []   # a headline's wording, and a span still to come asked as begun


def test_date_cards_a_span_of_two_day_month_dates(nlp):
    doc = parse_document("a.txt", DATED + "The drill took place from 14 June to 28 June, the ministry said.\n")
    facts = [f for f in extract_document(doc, nlp) if f.type == "date"]
    assert sorted((f.date, f.date_kind) for f in facts) == [("2019-06-14", "start"), ("2019-06-28", "end")]


def test_date_cards_a_weekday_with_its_part_of_the_day(nlp):
    doc = parse_document("a.txt", DATED + "Police raided a house in Kuraby on Saturday morning and arrested a man.\n")
    facts = [f for f in extract_document(doc, nlp) if f.type == "date"]
    assert [f.date for f in facts] == ["2020-02-08"]


@pytest.mark.parametrize("sentence, date", [
    ("The government approved the assignment of Gen. Ann Berg to the post of commander of the Ruritanian Joint "
     "Operations Command, set to be established on March 24.", "2020-03-24"),
    ("The exercise, set to last through March 3, will train soldiers from nine countries.", "2020-03-03"),
])
def test_date_cards_a_clause_set_to_come_resolves_forward(nlp, sentence, date):
    doc = parse_document("a.txt", DATED + sentence + "\n")
    assert [f.date for f in extract_document(doc, nlp) if f.type == "date"] == [date]


def test_date_cards_a_weekday_still_to_come_on_that_weekday_is_left_out(nlp):
    # the article is dated Wednesday 12 February 2020: today, or a week on?
    doc = parse_document("a.txt", DATED + "A ceremony will be held in Brussels on Wednesday, the ministry said.\n")
    assert [f for f in extract_document(doc, nlp) if f.type == "date"] == []


@pytest.mark.parametrize("sentence", [
    "The pound is expected to have led to a fall in the number of US films shot in Ruritania during 2004.",
    "A Ruritanian soldier was wounded near the border in 1999, the army said.",   # which soldier?
    "RA was arrested in West Sumatra on 2 October 2019, police said.",              # initials
    "The last Ruritanian soldiers left the site on 15 November 2021.",              # which site?
    "The Defence Forces joined the Alta observer mission in September 2013.",       # whose forces?
    "Three earlier orders for the Ruritanian jets were received in 2013.",          # earlier than which?
    # one's part in a standing mission is not the mission's start
    "Ruritania sent five jets to participate in NATO Enhanced Air Policing from September to December 2018.",
])
def test_date_cards_a_count_or_an_unnamed_subject_has_no_date_question(cards_of, sentence):
    assert questions(cards_of(sentence)) == []


def test_date_cards_before_a_year_is_not_by_that_year(cards_of):
    cards = cards_of("Russia’s armed forces will receive the first S-550 systems before 2025, a source said.")
    assert not [c for c in cards if c.kind in ("basic", "choice") and c.fact_type == "date"]


def test_date_cards_a_post_held_between_two_dates_is_no_event_that_begins(cards_of):
    cards = cards_of("Ann Berg retired in 2016 after serving as the eighteenth Inspector-General of the Police "
                     "between April 2015 and June 2016.")
    assert not any("Inspector-General" in q and ("begin" in q or "end" in q) for q in questions(cards))
    assert "April 2015" in blanks(cards) or "June 2016" in blanks(cards) or "2016" in blanks(cards)


@pytest.mark.parametrize("sentence", [
    "Veterans Affairs officials committed at the time to eliminating 5,505 of those claims by April 2017.",
    "A second test of the Ruritanian missile in June 2017 failed; the navy blamed human error.",   # second of what
    "Around 5,000 Ruritanian soldiers took part in this year's drills in June 2017.",              # which drills
])
def test_date_cards_a_cloze_that_points_back_to_a_time_or_set_is_cut(cards_of, sentence):
    assert [c for c in cards_of(sentence) if c.kind == "cloze"] == []


def test_date_cards_an_ordinal_that_is_no_series_keeps_its_cloze(cards_of):
    cards = cards_of("The Ruritanian navy tested the Alta missile for the second time in June 2017.")
    assert "June 2017" in blanks(cards)


def test_date_cards_a_cloze_inside_a_quotation_that_never_closes_is_cut(cards_of):
    cards = cards_of('"As you all know, the agreement for 36 Rafale aircraft was signed between Ruritania and France '
                     'on 23 September 2016.')
    assert not [c for c in cards if c.kind == "cloze" and c.fact_type == "date"]


def test_date_cards_the_window_of_a_tally_is_not_blanked(cards_of):
    cards = cards_of("The Ruritanian Mine Action Agency defused some 376 mines in Tarn from 3 to 9 February 2020.")
    assert not [c for c in cards if c.fact_type == "date"]


def test_date_cards_a_list_cut_to_its_first_place_is_not_asked(cards_of):
    cards = cards_of("Some 5,000 Ruritanian officers were deployed across Bosnia and Herzegovina, Croatia, Serbia "
                     "and Slovenia on 10 February 2020.")
    assert not [c for c in cards if c.kind in ("basic", "choice") and "Bosnia and Herzegovina?" in c.question]


def test_date_cards_an_object_the_parse_lost_leaves_the_question_out(cards_of):
    cards = cards_of("Ruritanian Defence Secretary Ann Berg met Tarn's Defence Minister Ahmed Musa Feb. 10, during "
                     "his official visit to Ruritania, officials said.")
    assert not any(q.startswith("On which date did Ruritanian Defence Secretary Ann Berg meet during")
                   for q in questions(cards))


def test_date_cards_both_sides_in_a_cloze_do_not_say_who(cards_of):
    cards = cards_of("Both sides agreed to strengthen cooperation, building on the Ruritania-Tarn dialogue held in "
                     "September 2018.")
    assert not [c for c in cards if c.kind == "cloze" and c.fact_type == "date"]


def test_date_cards_sentences_run_together_give_no_cloze(cards_of):
    cards = cards_of("The Ruritanian task force will patrol Alta from 3 September 2018.The Ruritanian task force "
                     "is based in Tarn.")
    assert not [c for c in cards if c.kind == "cloze"]
