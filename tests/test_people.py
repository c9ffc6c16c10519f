"""People and their posts, as articles of the genre write them: two posts in one
apposition, a long post, a name the tagger cut short, a surname after its title.
Every article here is made up."""
import pytest

DATED = "Ministers meet in Brussels\n\nBy Jane Roe - 12 February 2020\n\n"


def roles(facts):
    return sorted((f.person, f.role) for f in facts if f.type == "person_role")


def test_people_two_posts_in_one_apposition_are_two_facts(facts_of):
    text = DATED + ("Khaltmaa Dorj, president of Ruritania and commander-in-chief of the Ruritanian Armed Forces, "
                    "opened the exercise on Monday.\n")
    found = roles(facts_of(text))
    assert ("Khaltmaa Dorj", "president of Ruritania") in found
    assert any(p == "Khaltmaa Dorj" and r.startswith("commander") and r.endswith("Ruritanian Armed Forces")
               for p, r in found)


def test_people_a_long_post_in_an_apposition(facts_of):
    text = DATED + ("Qi Jianmin, deputy chief of the General Staff of the Ruritanian People's Liberation Army, met "
                    "the delegation on Monday.\n")
    assert roles(facts_of(text)) == [
        ("Qi Jianmin", "deputy chief of the General Staff of the Ruritanian People's Liberation Army")]


def test_people_a_family_name_the_tagger_left_out_stays_in_the_name(facts_of):
    text = DATED + "Acting Defence Minister Premitha Bandara Tennakoon on Tuesday said the troops would return.\n"
    assert [p for p, _ in roles(facts_of(text))] == ["Premitha Bandara Tennakoon"]


@pytest.mark.parametrize("sentence, person, role", [
    ("Trade Minister Seko told a news conference the curbs would stay.", "Seko", "Trade Minister"),
])
def test_people_a_surname_right_after_its_title_is_a_person(facts_of, sentence, person, role):
    assert (person, role) in roles(facts_of(DATED + sentence + "\n"))


def test_people_a_lone_surname_without_a_title_is_not_a_person(facts_of):
    assert roles(facts_of(DATED + "Seko told a news conference the curbs would stay.\n")) == []


def test_people_a_post_cut_inside_a_word_is_left_out(facts_of):
    text = DATED + "Vice Admiral Bimal Verma, Chief of the Andaman and Nicobar-based tri-Service command, retired.\n"
    assert not any(r == "Chief of the Andaman and Nicobar" for _, r in roles(facts_of(text)))


def test_people_a_rank_after_the_post_is_no_part_of_it(facts_of):
    text = DATED + "Thai Defense Forces Chief General Songwit Noonpackdee opened the exercise on Tuesday.\n"
    assert roles(facts_of(text)) == [("Songwit Noonpackdee", "Thai Defense Forces Chief")]


def test_people_a_senior_rank_after_the_post_is_no_part_of_it(facts_of):
    text = DATED + ("The Defence Attaché of the Embassy of China in Sri Lanka Senior Colonel Zhou Bo handed over "
                    "the keys on Tuesday.\n")
    assert roles(facts_of(text)) == [("Zhou Bo", "Defence Attaché of the Embassy of China in Sri Lanka")]


@pytest.mark.parametrize("sentence, expected", [
    ("Col. Ahmed Musa said the army had promoted 14 officers.", [("Ahmed Musa", "Col.")]),
    ("Sgt. Ahmed Musa was killed on Monday.", [("Ahmed Musa", "Sgt.")]),
    ("Lt. Col. Ahmed Musa, the army spokesman, spoke on Monday.",
     [("Ahmed Musa", "Lt. Col."), ("Ahmed Musa", "army spokesman")]),
    ("Capt. Ahmed Musa, commander of the frigate, spoke on Monday.",
     [("Ahmed Musa", "Capt."), ("Ahmed Musa", "commander of the frigate")]),
])
def test_people_a_rank_abbreviation_with_its_full_stop_stays_with_its_name(facts_of, sentence, expected):
    # "Col." and "Sgt." are one token each, so the sentence does not end after the rank
    assert roles(facts_of(DATED + sentence + "\n")) == sorted(expected)
