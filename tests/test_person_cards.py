"""Person cards: who held a post, asked only where the card says who and of what.
Every article here is made up."""
import pytest

from quiz.cards import make_cards
from quiz.facts import Fact, Source


def person(name, role, org="Ruritania", as_of=None, doc="a.txt"):
    sentence = f"{role} {name} spoke."
    src = Source(doc=doc, evidence=sentence, start=0, end=len(sentence), span_start=0, span_end=4, rule="role-title")
    return Fact(type="person_role", subject=f"{name}|{role}", sources=[src], person=name, role=role, as_of=as_of,
                org=org)


def test_person_cards_one_name_alone_gives_no_card():
    cards = make_cards([person("Mansur", "Ruritanian Trade Minister")], headlines={"a.txt": "Talks resume"})
    assert cards == []


def test_person_cards_who_held_a_post_of_an_unnamed_body_is_not_asked():
    cards = make_cards([person("Lillian Tan", "head of a Ruritanian retailer")], headlines={"a.txt": "Chief steps down"},
                       kinds=("reverse",))
    assert cards == []


def test_person_cards_a_headline_naming_a_post_does_not_anchor_another_post():
    # "What post did X hold according to 'Collins named Athletics chief'?": whose post is it?
    cards = make_cards([person("David Moor", "Ruritania Athletics chief executive")],
                       headlines={"a.txt": "Collins named Ruritania Athletics chief"}, kinds=("basic",))
    assert cards == []
    cards = make_cards([person("David Moor", "Ruritania Athletics chief executive")],
                       headlines={"a.txt": "Athletes gather for the trials"}, kinds=("basic",))
    assert [c.answer for c in cards] == ["Ruritania Athletics chief executive"]


def test_person_cards_a_dateline_is_no_part_of_a_post(facts_of):
    text = ("Jets for the air force\n\nBy Jane Roe - 12 February 2020\n\n"
            "NEW DELHI - Indian Defence Minister Nirmala Sitharaman said on Monday the jets would arrive.\n")
    roles = [(f.person, f.role) for f in facts_of(text) if f.type == "person_role"]
    assert roles == [("Nirmala Sitharaman", "Indian Defence Minister")]


def test_person_cards_a_headline_with_the_surname_gives_the_answer_away():
    cards = make_cards([person("Jacques Santo", "Tottenham manager", org="Tottenham")],
                       headlines={"a.txt": "Santo resigns as Spurs manager"}, kinds=("reverse",))
    assert cards == []


def test_person_cards_a_post_with_the_surname_in_it_gives_the_answer_away():
    cards = make_cards([person("Kurt Barnes", "president of Barnes's Retail Consulting Group", org="Barnes's Retail Consulting Group")],
                       headlines={"a.txt": "Store owner buys rival"}, kinds=("reverse",))
    assert cards == []
    kept = make_cards([person("Kurt Barnes", "president of Mond Retail Consulting Group", org="Mond Retail Consulting Group")],
                      headlines={"a.txt": "Store owner buys rival"}, kinds=("reverse",))
    assert [c.answer for c in kept] == ["Kurt Barnes"]


def test_person_cards_one_of_several_holders_is_not_asked_who(cards_of):
    # "Tim Roe, a director of Mond Bank": the bank has other directors
    one = [c for c in cards_of("Tim Roe, a director of Mond Bank, said the bank would sue Ruritania.")
           if c.fact_type == "person_role"]
    the = [c for c in cards_of("Tim Roe, the director of Mond Bank, said the bank would sue Ruritania.")
           if c.fact_type == "person_role"]
    assert any(c.kind == "reverse" for c in the)
    assert not any(c.kind == "reverse" for c in one) and any(c.kind == "basic" for c in one)
    # "the president of one of Alta's main clubs": of which one, the post does not say
    some = [c for c in cards_of("The president of one of Alta's main rowing clubs, Tim Roe, said the race would go on.")
            if c.fact_type == "person_role"]
    assert not any(c.kind == "reverse" for c in some)


def test_person_cards_a_post_that_changed_hands_is_not_asked_who(cards_of):
    # "X replaced Y as chief executive": the article names two holders of the post
    cards = [c for c in cards_of("Jane Roe succeeded John Doe as chief executive of Mond Bank in 2019.")
             if c.fact_type == "person_role"]
    assert cards and not any(c.kind == "reverse" for c in cards)
    kept = [c for c in cards_of("Jane Roe became chief executive of Mond Bank in 2019.") if c.fact_type == "person_role"]
    assert any(c.kind == "reverse" for c in kept)


def test_person_cards_an_ambassador_needs_the_country_he_is_sent_to():
    assert make_cards([person("Huang Lian", "Ruritanian Ambassador")], headlines={"a.txt": "Boats blocked"},
                      kinds=("reverse",)) == []
    cards = make_cards([person("Huang Lian", "Ruritanian Ambassador to Borduria")], headlines={"a.txt": "Boats blocked"},
                       kinds=("reverse",))
    assert [c.answer for c in cards] == ["Huang Lian"]


def test_person_cards_a_rank_of_a_country_or_a_cut_off_post_is_not_asked():
    assert make_cards([person("Peter Mond", "colonel of the United States", org="United States")],
                      headlines={"a.txt": "Exercise begins"}) == []
    assert make_cards([person("Sam Kav", "contingent commander to the African Union Mission to", org="AU")],
                      headlines={"a.txt": "Troops deploy"}, kinds=("basic",)) == []


def test_person_cards_who_held_a_post_two_people_hold_in_the_article_is_not_asked():
    facts = [person("Donald Trump", "US President", org="US", as_of="2021-01"),
             person("Joe Biden", "US President", org="US", as_of="2021-01")]
    assert make_cards(facts, headlines={"a.txt": "Power changes hands"}, kinds=("reverse",)) == []


@pytest.mark.parametrize("earlier, asked", [
    ("Ann Berg came to power in 1989 in a coup against then Prime Minister Karl Dunn.", False),
    ("Ann Berg came to power in 1989 in a coup against the elected government.", True),
])
def test_person_cards_who_was_is_not_asked_when_the_article_names_an_earlier_holder(earlier, asked):
    """'then Prime Minister X' is no fact, but it is a second answer to a 'who was …?' with no time."""
    later = person("Lena Holm", "Ruritania's Prime Minister")
    src = Source(doc="a.txt", evidence=earlier, start=0, end=len(earlier), span_start=0, span_end=8, rule="date-year")
    dated = Fact(type="date", subject="berg came to power", sources=[src], date="1989", event="Ann Berg came to power")
    cards = make_cards([later, dated], headlines={"a.txt": "Army takes power"}, kinds=("reverse",))
    assert bool([c for c in cards if c.answer == "Lena Holm"]) == asked


def test_person_cards_vice_before_a_name_means_in_place_of(facts_of):
    text = ("New air force chief\n\nBy Jane Roe - 7 December 2018\n\n"
            "President Rodrigo Duterte named Lt. Gen. Rozzano Briguez commanding general of the PAF vice Lt. Gen. "
            "Galileo Kintanar on Friday.\n")
    posts = {(f.person, f.role) for f in facts_of(text) if f.type == "person_role"}
    assert not any(role.endswith("vice") for _, role in posts)
    assert not any("Kintanar" in name for name, _ in posts)   # the one named after 'vice' leaves the post


def test_person_cards_the_before_a_possessive_name_is_dropped():
    from quiz.cards.realise import _articles
    assert _articles("did the ministry summon the Armenia's ambassador") == "did the ministry summon Armenia's ambassador"


def test_person_cards_a_post_of_a_generic_body_is_not_asked():
    # "Who was Court President?": of which court
    facts = [person("Hans Rathgeb", "Court President", org="Court", as_of="2011-05-09")]
    assert make_cards(facts, headlines={"a.txt": "Court approves extradition"}, kinds=("basic", "reverse")) == []


def test_person_cards_a_name_inside_a_phrase_takes_no_post_from_the_next_clause(facts_of):
    text = ("Vehicles donated\n\nBy Jane Roe - 23 August 2023\n\n"
            "Following the donation from the Chinese Defence Attaché Senior Colonel Zhou Bo, the Acting Defence "
            "Minister handed over the keys to the Army.\n")
    assert not any(f.person == "Zhou Bo" and "Acting" in f.role for f in facts_of(text) if f.type == "person_role")


def test_person_cards_the_organisation_of_a_post_keeps_its_own_words(facts_of):
    text = ("Spy chief speaks\n\nBy Jane Roe - 23 August 2023\n\n"
            "Nikolai Kovalyov, former head of the Federal Security Service, did not comment on Tuesday.\n")
    orgs = {f.org for f in facts_of(text) if f.type == "person_role"}
    assert orgs == {"Federal Security Service"}


def test_person_cards_a_post_held_then_or_still_to_come_is_not_asked_for_the_article_day():
    facts = [person("Pervez Musharraf", "then Pakistani President", org="Pakistani", as_of="2012-04-15"),
             person("Rozzano Briguez", "incoming Philippine Air Force chief", org="Philippine Air Force",
                    as_of="2018-12-07")]
    assert make_cards(facts, headlines={"a.txt": "Changes at the top"}, kinds=("basic", "reverse")) == []


def test_person_cards_options_share_the_posts_country_and_are_full_names():
    facts = [person("Penny Wong", "Australian Foreign Minister", org="Australian", as_of="2023-07-20"),
             person("Andrey Belousov", "Russian Defence Minister", org="Russian", as_of="2023-07-20"),
             person("Denis Manturov", "Russian Trade Minister", org="Russian", as_of="2023-07-20"),
             person("Rutte", "Dutch Prime Minister", org="Dutch", as_of="2023-07-20"),
             person("Marise Payne", "Australian Defence Minister", org="Australian", as_of="2023-07-20")]
    cards = make_cards(facts, headlines={"a.txt": "Sanctions on Russian officials"}, kinds=("choice",))
    for card in cards:
        if card.answer == "Penny Wong":
            assert not {"Andrey Belousov", "Denis Manturov", "Rutte"} & set(card.options)


def test_person_cards_a_headline_that_names_the_post_by_its_ministry_gives_it_away():
    facts = [person("Penny Wong", "Australian Foreign Minister", org="Australian", as_of=None)]
    assert make_cards(facts, headlines={"a.txt": "The Australian Foreign Ministry announced sanctions"},
                      kinds=("basic",)) == []


def test_person_cards_a_headline_about_posts_changing_hands_anchors_none():
    facts = [person("Choi Sung-chun", "head of the Air Force Academy", org="Air Force Academy", as_of=None)]
    assert make_cards(facts, headlines={"a.txt": "S. Korea conducts regular military reshuffle of generals"},
                      kinds=("basic", "reverse")) == []


def test_person_cards_a_shown_headline_with_part_of_the_name_gives_a_blank_away(facts_of):
    from quiz.cards import make_cards as cards_of_facts
    text = ("Yoon Names New Defense Minister\n\nBy Jo Roe - 12 August 2024\n\n"
            "South Korean President Yoon Suk Yeol nominated the head of the security service as defense minister "
            "on Monday.\n")
    facts = facts_of(text)
    cards = cards_of_facts(facts, headlines={"article.txt": "Yoon Names New Defense Minister"}, kinds=("cloze",),
                           article_dates={"article.txt": "2024-08-12"})
    assert not any(c.answer == "Yoon Suk Yeol" for c in cards)


def test_person_cards_a_post_never_ends_on_the_next_persons_name(facts_of):
    text = ("Jets inducted\n\nBy Jo Roe - 10 September 2020\n\n"
            "The ceremony is attended by Defence Minister Rajnath Singh, Minister of the Armed Forces of France "
            "Florence Parly, Chief of Defence Staff General Bipin Rawat and others.\n")
    roles = {(f.person, f.role) for f in facts_of(text) if f.type == "person_role"}
    assert not any("Parly" in role for _, role in roles)
    assert ("Bipin Rawat", "Chief of Defence Staff") in roles


def test_person_cards_who_was_takes_the_article_the_text_gives_the_post():
    # "Michael Gunner, the Northern Territory's chief minister": "Who was the Northern Territory's …"
    def said(sentence, name, role):
        fact = person(name, role, org="Ruritania", as_of="2020-02-12")
        src = fact.sources[0]
        fact.sources[0] = Source(doc=src.doc, evidence=sentence, start=0, end=len(sentence), span_start=0,
                                 span_end=4, rule="role-apposition")
        return make_cards([fact], headlines={"a.txt": "Troops arrive"}, kinds=("reverse",))[0].question

    assert said("Ann Berg, the Northern Province's chief minister, said so.", "Ann Berg",
                "Northern Province's chief minister") == \
        "Who was the Northern Province's chief minister on 12 February 2020?"
    assert said("Ruritania's chief minister Ann Berg said so.", "Ann Berg", "Ruritania's chief minister") == \
        "Who was Ruritania's chief minister on 12 February 2020?"
    assert said("Ann Berg, director of Ruritania Steel, said so.", "Ann Berg", "director of Ruritania Steel") == \
        "Who was the director of Ruritania Steel on 12 February 2020?"


def test_person_cards_a_post_someone_was_named_to_is_not_asked_as_held_that_day(nlp):
    from quiz.cards import make_cards
    from quiz.cards.model import KINDS
    from quiz.documents import parse_document
    from quiz.facts import extract_document, merge
    doc = parse_document("a.txt", "Navy gets a new head\n\nBy Jane Roe - 12 February 2020\n\n"
                                  "General Ann Berg has been named as the new head of the Ruritanian Navy, the ministry "
                                  "said, after the early departure of her predecessor.\n")
    facts = merge(extract_document(doc, nlp))
    assert any(f.type == "person_role" and f.role == "head of the Ruritanian Navy" and f.as_of is None for f in facts)
    cards = make_cards(facts, {doc.name: doc.title}, kinds=KINDS, headlines={doc.name: doc.headline},
                       article_dates={doc.name: doc.date})
    assert not any("12 February 2020" in c.question and "head of the Ruritanian Navy" in c.question + c.answer
                   for c in cards if c.kind != "cloze")
    # a blanked name stays in the sentence that says she was only named
    assert all("has been named as the new head" in c.question for c in cards
               if c.kind == "cloze" and "head of the Ruritanian Navy" in c.question)


def test_person_cards_a_post_whose_body_is_only_the_ministrys_is_not_asked(cards_of):
    cards = cards_of("Ann Berg, head of the ministry's Space Administration, said the launch on 10 February 2020 "
                     "went well.")
    assert not [c for c in cards if c.fact_type == "person_role" and c.kind in ("basic", "reverse")]


@pytest.mark.parametrize("sentence, asked", [
    # a nationality and a profession describe; they are no post
    ("The Liberace of Ruva, by British director Sean McAlden, will open the festival on Monday.", False),
    # an organisation and an office are a post, written short or not
    ("The poll was run by Pipa director Steven Kall, who said so on Monday.", True),
])
def test_person_cards_a_profession_is_no_post(cards_of, sentence, asked):
    cards = [c for c in cards_of(sentence) if c.fact_type == "person_role" and c.kind in ("basic", "reverse")]
    assert bool(cards) == asked


def test_person_cards_an_ex_post_is_not_asked(cards_of):
    cards = cards_of("Kosovo ex-president Hashim Thaci went on trial in The Hague on Monday.")
    assert not [c for c in cards if c.fact_type == "person_role" and c.kind in ("basic", "reverse")]
