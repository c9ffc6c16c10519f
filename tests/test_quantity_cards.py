"""Figure cards: a count is asked only when the question says what it counts
and when; made-up articles, one per fault class from blind audits."""
import pytest

DATED = "Allies meet in Brussels\n\nBy Jane Roe - 12 February 2020\n\n"   # as conftest.DATED


def asked(cards):
    return [c for c in cards if c.fact_type == "quantity" and c.kind in ("basic", "choice")]


@pytest.mark.parametrize("sentence", [
    # a running total with no since or year: so far, from when?
    "Police in Ruritania have arrested 40 suspected members of the group, officials said.",
    # a running total since a year: counted on which day?
    "Ruritania has convicted 18 pirates since 2007, the court said.",
    # the figure counts the whole list, the question one part of it
    "GM is recalling 19,924 Cadillac XLR coupes, SRX SUVs and Pontiac sedans in Ruritania.",
    # a participle says whose the counted are; the question would drop it
    "More than 6,000 sailors assigned to Mond Strike Group ships and units departed the US West Coast for a "
    "scheduled deployment to the Western Pacific.",
])
def test_quantity_cards_a_count_that_does_not_say_of_what_or_when_is_not_asked(cards_of, sentence):
    assert asked(cards_of(sentence)) == []


def test_quantity_cards_a_small_count_gets_no_options(cards_of):
    # "4 suspects were arrested … a fifth man was also arrested": 5 would be right too
    cards = cards_of("Ruritanian police arrested four suspected members of the group in Tarn on 10 February 2020.")
    assert not [c for c in cards if c.fact_type == "quantity" and c.kind == "choice"]


def test_quantity_cards_a_vague_count_word_is_never_the_blank(cards_of):
    cards = cards_of("Ruritania announced sanctions on more than a dozen officials on Thursday.")
    assert not [c for c in cards if c.kind == "cloze" and "dozen" in c.answer]


def test_quantity_cards_a_part_and_its_whole_are_two_figures(nlp):
    from quiz.documents import parse_document
    from quiz.facts import extract_document
    doc = parse_document("a.txt", DATED + "Ruritania has served in nearly 50 of the 71 UN peacekeeping missions.\n")
    found = {(f.value, f.approx) for f in extract_document(doc, nlp) if f.type == "quantity"}
    assert found == {(50, True), (71, False)}


def test_quantity_cards_a_body_of_n_members_counts_its_members(nlp):
    from quiz.documents import parse_document
    from quiz.facts import extract_document
    doc = parse_document("a.txt", DATED + "The resolution won the support of the 15-member Council on Monday.\n")
    (fact,) = [f for f in extract_document(doc, nlp) if f.type == "quantity"]
    assert (fact.value, fact.what, fact.owner) == (15, "members", "Council")


@pytest.mark.parametrize("sentence, values", [
    ("The army will cut the number of personnel from 101,000 to 82,000 by 2020.", {101000, 82000}),
    ("The plan would increase the number of reservists from 15,000 in 2010 to 30,000 in 2018.", {15000, 30000}),
    ("The scheme is open to children aged from 12 to 15 in the region.", set()),   # a range, not a change
])
def test_quantity_cards_the_before_and_after_of_a_change_are_two_figures(nlp, sentence, values):
    from quiz.documents import parse_document
    from quiz.facts import extract_document, merge
    facts = merge(extract_document(parse_document("a.txt", DATED + sentence + "\n"), nlp))
    found = [f for f in facts if f.type == "quantity"]
    assert {f.value for f in found} == values and not any(f.conflict for f in found)


def test_quantity_cards_since_a_year_does_not_date_a_fleet_figure(nlp):
    # an undated article: "since 2001" says when orders began, not when 1,800 were counted
    from quiz.cards import make_cards
    from quiz.documents import parse_document
    from quiz.facts import extract_document, merge
    doc = parse_document("a.txt", "Howitzers for the region\n\nSince 2001, the Ruritanian howitzers have been "
                                  "ordered by nine countries, with about 1,800 howitzers in service.\n")
    facts = merge(extract_document(doc, nlp))
    assert any(f.type == "quantity" and f.value == 1800 for f in facts)
    cards = make_cards(facts, {doc.name: doc.title}, headlines={doc.name: doc.headline},
                       article_dates={doc.name: doc.date})
    assert not [c for c in cards if c.fact_type == "quantity"]


@pytest.mark.parametrize("sentence", [
    "Ruritania closed four more border crossing points- at Alta, Brod and Vest on 10 February 2020.",
    "Ali Hassan, a Taliban’s spokesman, said 12 police officers were killed on 10 February 2020.",
])
def test_quantity_cards_a_sentence_the_source_garbled_is_not_copied(cards_of, sentence):
    assert [c for c in cards_of(sentence) if c.kind == "cloze"] == []


def test_quantity_cards_a_share_of_a_total_the_question_drops_is_not_asked(cards_of):
    cards = cards_of("Among the detainees, 22 people were captured in Tarn and 15 in Alta on 10 February 2020.")
    assert not [c for c in cards if c.fact_type == "quantity" and c.kind in ("basic", "choice")]


def test_quantity_cards_a_question_with_a_weekday_is_not_asked(cards_of):
    # "How many suspected members did police arrest on Tuesday?": which Tuesday?
    cards = cards_of("Ruritanian police arrested 12 suspected members of the group in Tarn on Tuesday.")
    assert not [c for c in cards if c.fact_type == "quantity" and c.kind in ("basic", "choice")
                and "Tuesday" in c.question]


def test_quantity_cards_a_part_out_of_a_whole_is_not_asked_with_the_whole(cards_of):
    cards = cards_of("The Ruritanian air force shot down 17 out of 18 drones over Tarn on 10 February 2020.")
    assert not any("out of 18" in c.question for c in asked(cards))


def test_quantity_cards_a_headline_in_the_present_is_asked_in_the_past(nlp):
    from quiz.cards.wording import quantity_wording
    from quiz.documents import parse_document
    from quiz.facts import extract_document, merge
    doc = parse_document("a.txt", "Ruritanian navy buys 12 Rafale jets\n\nBy Jane Roe - 12 February 2020\n\n"
                                  "The deal was signed in Tarn on Tuesday, officials said.\n")
    fact = next(f for f in merge(extract_document(doc, nlp)) if f.type == "quantity")
    assert fact.frame["caption"] and fact.frame["tense"] == "present"
    ctx, _ = quantity_wording(fact, None)
    assert ctx["ask"]["inverted"].startswith("did ") and " buy" in ctx["ask"]["inverted"]


def test_quantity_cards_one_of_a_toll_is_a_fact_but_no_card(cards_of):
    cards = cards_of("Shelling in Tarn killed one Ruritanian soldier on 10 February 2020.")
    assert not [c for c in cards if c.fact_type == "quantity"]


def test_quantity_cards_two_coordinated_counts_keep_their_own_nouns(cards_of):
    cards = cards_of("Only 14,700 Ruritanian soldiers and 9,100 police will remain in Tarn after 10 February 2020.")
    assert not any(" and," in c.question or c.question.endswith(" and?") for c in cards)


def test_quantity_cards_a_share_the_sentences_two_amounts_give_is_not_asked(cards_of):
    shares = [c for c in cards_of("In 2016, out of the total Ruritanian defence budget of $443.0 billion, $130.8 billion "
                                  "was earmarked for capital expenditure, representing 29.5% of the total budget.")
              if c.answer.startswith("29.5")]
    assert shares == []
    kept = cards_of("In 2018, 27.2% of the Ruritanian defence budget was allocated to capital expenditure.")
    assert any(c.answer.startswith("27.2") for c in kept)


def test_quantity_cards_a_count_its_sentence_adds_up_is_not_asked(cards_of):
    cards = cards_of("The Ruritanian army deployed 188 soldiers including 186 men and two women to Alta on 3 March 2019.")
    assert not [c for c in cards if c.fact_type == "quantity" and c.answer == "188"]
    kept = cards_of("The Ruritanian army deployed 500 troops and 40 vehicles to Alta on 3 March 2019.")
    assert any(c.answer == "500" for c in kept if c.fact_type == "quantity")


def test_quantity_cards_others_point_back_to_a_count_before(cards_of):
    cards = cards_of("Thirteen others graduated with the rank of second lieutenant in Alta on 3 March 2019.")
    assert not [c for c in cards if c.fact_type == "quantity"]


def test_quantity_cards_the_second_infinitive_of_an_offer_is_not_asked_as_done(cards_of):
    cards = cards_of("In July, Ruritania volunteered to lead the Alta force and send 1,000 personnel.")
    assert not [c for c in cards if c.fact_type == "quantity" and c.kind in ("basic", "choice")]


def test_quantity_cards_a_second_object_after_a_comma_is_an_aside(cards_of):
    cards = cards_of("Ruritania Motors sold more than 2.4 million vehicles in 2019, an increase of 4% on the year before.")
    questions = [c.question for c in asked(cards)]
    assert questions and all("increase" not in q for q in questions)
    assert "How many vehicles did Ruritania Motors sell in 2019?" in questions
