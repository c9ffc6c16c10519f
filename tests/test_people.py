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


@pytest.mark.parametrize("sentence, person, role", [
    # a family name after a particle the tagger left out; an honorific is no part of name or post
    ("Prime Minister Khalid bin Rashid Al Nuaimi said the talks would resume.",
     "Khalid bin Rashid Al Nuaimi", "Prime Minister"),
    ("Ruritania's Prime Minister Sheikh Khalid bin Rashid Al Nuaimi said the talks would resume.",
     "Khalid bin Rashid Al Nuaimi", "Ruritania's Prime Minister"),
    ("The talks were mediated by Ruritanian Prime Minister Sheikh Khalid bin Rashid al-Nuaimi.",
     "Khalid bin Rashid al-Nuaimi", "Ruritanian Prime Minister"),
    ("Mr. Carlos Mendes do Amaral, the Prime Minister of Ruritania, said so.",
     "Carlos Mendes do Amaral", "Prime Minister of Ruritania"),
    # a family name the tagger took for a common noun
    ("Defence Minister of Ruritania, Mr. Atanasio Salvador M’tumuke briefed the press on the talks.",
     "Atanasio Salvador M’tumuke", "Defence Minister of Ruritania"),
    # the sentence's full stop is no part of the name at its end
    ('"February was another good month," said survey chairman Norbert Ore.', "Norbert Ore", "survey chairman"),
])
def test_people_a_patronymic_name_stays_whole_without_its_honorific(facts_of, sentence, person, role):
    assert roles(facts_of(DATED + sentence + "\n")) == [(person, role)]


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
    # the rank is a role of its own, not a part of the post
    assert roles(facts_of(text)) == [("Songwit Noonpackdee", "General"), ("Songwit Noonpackdee", "Thai Defense Forces Chief")]


def test_people_a_senior_rank_after_the_post_is_no_part_of_it(facts_of):
    text = DATED + ("The Defence Attaché of the Embassy of China in Sri Lanka Senior Colonel Zhou Bo handed over "
                    "the keys on Tuesday.\n")
    assert roles(facts_of(text)) == [("Zhou Bo", "Defence Attaché of the Embassy of China in Sri Lanka"),
                                     ("Zhou Bo", "Senior Colonel")]


@pytest.mark.parametrize("sentence, expected", [
    ("Col. Ahmed Musa said the army had promoted 14 officers.", [("Ahmed Musa", "Colonel")]),   # written out
    ("Sgt. Ahmed Musa was killed on Monday.", [("Ahmed Musa", "Sergeant")]),
    ("Lt. Col. Ahmed Musa, the army spokesman, spoke on Monday.",
     [("Ahmed Musa", "Lieutenant Colonel"), ("Ahmed Musa", "army spokesman")]),
    ("Capt. Ahmed Musa, commander of the frigate, spoke on Monday.",
     [("Ahmed Musa", "Captain"), ("Ahmed Musa", "commander of the frigate")]),
])
def test_people_a_rank_abbreviation_with_its_full_stop_stays_with_its_name(facts_of, sentence, expected):
    # "Col." and "Sgt." are one token each, so the sentence does not end after the rank
    assert roles(facts_of(DATED + sentence + "\n")) == sorted(expected)


@pytest.mark.parametrize("sentence, expected", [
    # a post, then a rank, then the name: the rank is a role of its own
    ("The AFRICOM commander General Ann Berg visited Mali on Monday.",
     [("Ann Berg", "AFRICOM commander"), ("Ann Berg", "General")]),
    ("Pentagon Press Secretary Navy Rear Adm. Ann Berg spoke on Monday.",
     [("Ann Berg", "Pentagon Press Secretary"), ("Ann Berg", "Rear Admiral")]),
    ("Pentagon Press Secretary Navy Commander Ann Berg spoke on Monday.",
     [("Ann Berg", "Pentagon Press Secretary"), ("Ann Berg", "Commander")]),
    # a two-word rank after the post is a rank of its own
    ("Ruritanian National Police spokesperson Brigadier General Ann Berg said the suspects were held.",
     [("Ann Berg", "Ruritanian National Police spokesperson"), ("Ann Berg", "Brigadier General")]),
    # a post, its comma, then a rank written short: the post is the name's, and the office noun may be
    # followed by the unit it heads
    ("The Deputy Commander Land Forces, Maj Gen Ann Berg, flagged off the troops.",
     [("Ann Berg", "Deputy Commander Land Forces"), ("Ann Berg", "Major General")]),
    # "&" inside a post's body, then a rank
    ("The officers met the Training Captain of Naval & Maritime Academy Captain Ann Berg at the hall.",
     [("Ann Berg", "Training Captain of Naval & Maritime Academy")]),
    # a post in brackets that opens with its unit's number
    ("The troops were received by Brig Gen Ann Berg (2nd Division Commander) on Monday.",
     [("Ann Berg", "2nd Division Commander")]),
    # a family name after a lower-case particle, and one with an apostrophe, belong to the name
    ("Ruritanian defence minister Ursula von der Berg visited the troops.",
     [("Ursula von der Berg", "Ruritanian defence minister")]),
    ("Interior Cabinet Secretary Fred Matiang'i attended the parade.",
     [("Fred Matiang'i", "Interior Cabinet Secretary")]),
    # the post's country after "of", then a given name the tagger left out
    ("Prime Minister of Pakistan Imran Khan arrived in Ankara on Tuesday.",
     [("Imran Khan", "Prime Minister of Pakistan")]),
    # an office noun, a comma and the unit it commands
    ('"We are ready," said Gen. Ann Berg, commander, Air Force Global Strike Command, on Monday.',
     [("Ann Berg", "General"), ("Ann Berg", "commander, Air Force Global Strike Command")]),
    ("The test was hailed by Col. Ann Berg, 377th Test and Evaluation Group commander.",
     [("Ann Berg", "Colonel"), ("Ann Berg", "377th Test and Evaluation Group commander")]),
    # a place after "in" that the tagger took for a name holds no post
    ("Ahmed Musa, a police commander in Kano, told a briefing that patrols would go on.",
     [("Ahmed Musa", "police commander in Kano")]),
    # sworn in as: the post holds, under the name the article first gave
    ("Ann Berg has been sworn in as the new chairman of the police service commission.",
     [("Ann Berg", "chairman of the police service commission")]),
])
def test_people_stacked_posts_ranks_units_and_oaths(facts_of, sentence, expected):
    assert set(expected) <= set(roles(facts_of(DATED + sentence + "\n")))


@pytest.mark.parametrize("sentence, expected", [
    # a post "of" a body, then a rank of three words: the post keeps its "Commander of"
    ("Commander of Ruritania Space Command Air Vice Marshal Ann Berg said it was a milestone.",
     [("Ann Berg", "Air Vice Marshal"), ("Ann Berg", "Commander of Ruritania Space Command")]),
    # a stray hyphen after an abbreviated rank ("Lt.- Gen."): still a rank, after the post and its comma
    ("The parade was attended by the Chief of Army Staff (COAS), Lt.- Gen. Ann Berg, and others.",
     [("Ann Berg", "Chief of Army Staff (COAS)"), ("Ann Berg", "Lieutenant General")]),
    # a sentence's opening preposition is no part of the rank after it; "Under Secretary" is a post
    ("Under Air Vice Marshal Ann Berg, the command will oversee the programme.", [("Ann Berg", "Air Vice Marshal")]),
    ("Under Secretary of Defense Ann Berg said the budget was cut.", [("Ann Berg", "Under Secretary of Defense")]),
    # a post the tokenizer splits at its hyphens
    ("The order was signed by Commander-in-Chief Ann Berg on Monday.", [("Ann Berg", "Commander-in-Chief")]),
    ("Tom Vane was appointed deputy to Commander-in-Chief Ann Berg.", [("Ann Berg", "Commander-in-Chief")]),
    # a post the parse split at its hyphen, given by "who is also"
    ("Tom Vane, who is also the vice-president of the national body, has accused the director.",
     [("Tom Vane", "vice-president of the national body")]),
    # a suffix between commas after the name is the name's: the post after it is still an apposition
    ("The parade was attended by Gen. Tom Berg, Jr., Chairman of the Joint Chiefs of Staff, and others.",
     [("Tom Berg", "Chairman of the Joint Chiefs of Staff"), ("Tom Berg", "General")]),
])
def test_people_a_rank_after_a_post_of_a_body_and_around_its_edges(facts_of, sentence, expected):
    assert roles(facts_of(DATED + sentence + "\n")) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the post an appointing verb in the active voice gives its object
    ("The minister appointed Ann Berg as the commander of the Northern Brigade on Monday.",
     [("Ann Berg", "commander of the Northern Brigade")]),
    ("The president appointed Colonel Ann Berg as the new head of the navy.",
     [("Ann Berg", "Colonel"), ("Ann Berg", "head of the navy")]),
    # nobody holds a post someone only will appoint to
    ("The king will appoint Ann Berg as governor of the province.", []),
])
def test_people_the_one_an_active_verb_appoints_holds_the_post(facts_of, sentence, expected):
    assert roles(facts_of(DATED + sentence + "\n")) == expected


def test_people_two_posts_the_parse_runs_together_across_and_are_not_one(facts_of):
    text = DATED + ('"We lack confidence," said Ann Berg, a retired Air Force lieutenant colonel and National '
                    'Organization for Women vice president.\n')
    assert ("Ann Berg", "retired Air Force lieutenant colonel vice president") not in roles(facts_of(text))


def test_people_a_place_after_in_is_not_a_person(facts_of):
    found = roles(facts_of(DATED + "José Luis Santos Iza, a Mexican National Guard commander in Ciudad Juarez, "
                                   "told a briefing that patrols would go on.\n"))
    assert not any(p == "Ciudad Juarez" for p, _ in found)


def test_people_a_later_mention_sworn_in_is_the_full_name(facts_of):
    text = DATED + ("Prime Minister Ann Al Berg met the envoy on Monday.\n\n"
                    "Al Berg was sworn in on Wednesday as the new prime minister of Ruritania.\n")
    found = roles(facts_of(text))
    assert ("Ann Al Berg", "prime minister of Ruritania") in found
    assert not any(p == "Al Berg" for p, _ in found)


def test_people_a_post_then_a_one_word_title_and_an_honorific(facts_of):
    found = roles(facts_of(DATED + "Commander-in-Chief of the Armed Forces, President Dr Ann Berg, swore in the "
                                   "officers on Monday.\n"))
    assert ("Ann Berg", "Commander-in-Chief of the Armed Forces") in found and ("Ann Berg", "President") in found


@pytest.mark.parametrize("sentence, expected, absent", [
    # the parse split "vice-president": the post keeps all of it
    ("Senior Minister Ann Berg, first vice-president of the CMAA, said the town is mine-free.",
     ("Ann Berg", "first vice-president of the CMAA"), ("Ann Berg", "president of the CMAA")),
    # the post before "and" is the previous person's
    ("Staff met Gov. Ahmed Musa, the governor of Tarn and Dr. Ann Berg, the Ruritanian Surgeon General, on Monday.",
     ("Ann Berg", "Ruritanian Surgeon General"), ("Ann Berg", "governor of Tarn")),
    # a bracketed acronym inside a post before the name
    ("Department of National Defense (DND) spokesperson Ann Berg said the pact was signed.",
     ("Ann Berg", "Department of National Defense (DND) spokesperson"), ("Ann Berg", "spokesperson")),
    # two portfolios of one post, and one holder's two posts, joined by "and"
    ("Defence and Veterans Affairs Minister Ann Berg said the cuts hurt.",
     ("Ann Berg", "Defence and Veterans Affairs Minister"), ("Ann Berg", "Veterans Affairs Minister")),
    ("Ruritania Aerospace chairman and CEO Ann Berg signed the deal.",
     ("Ann Berg", "Ruritania Aerospace chairman and CEO"), ("Ann Berg", "CEO")),
    # a post in lower case that names its body after "of"
    ("Alta range deputy inspector general of police Ann Berg told this newspaper.",
     ("Ann Berg", "Alta range deputy inspector general of police"), ("Ann Berg", "police")),
    # a service after "of" is the post's, not the rank's
    ("Chief of Navy Vice Admiral Ann Berg also attended the ceremony.",
     ("Ann Berg", "Chief of Navy"), ("Ann Berg", "Chief of")),
    # a judge's one-word title, which is otherwise a portfolio
    ("Justice Ann Berg said the men regarded their imprisonment as a badge of honour.",
     ("Ann Berg", "Justice"), ("Ann Berg", "Justice Minister")),
    # an award given to a post is not the post
    ("Prizes went out: Commandant's Cane to Company Under Officer Ann Berg of the Basic Course.",
     ("Ann Berg", "Company Under Officer"), ("Ann Berg", "Commandant's Cane to Company Under Officer")),
    # a navy's captain by class
    ("The ceremony was attended by Capt. 1st Rank Ann Berg from the Ruritanian party.",
     ("Ann Berg", "Capt. 1st Rank"), ("Ann Berg", "Rank")),
    # a lower-case post that opens with "commanding" or "acting"
    ('"We are ready," said Vice Adm. Ann Berg, commanding general of Pacific Operations.',
     ("Ann Berg", "commanding general of Pacific Operations"), ("Ann Berg", "general of Pacific Operations")),
    # an office noun spelled with a hyphen is one word
    ("Ann Berg, the Senior National Co-ordinator Terrorist Investigations, said the raids went well.",
     ("Ann Berg", "Senior National Co-ordinator Terrorist Investigations"), ("Ann Berg", "Senior National Co")),
    # a deputy of a service's commander holds that one post, not a post and a rank
    ("Rear Admiral Ann Berg, First Deputy Navy Commander, stressed the point.",
     ("Ann Berg", "First Deputy Navy Commander"), ("Ann Berg", "Commander")),
])
def test_people_hyphens_conjunctions_and_acronyms_inside_posts(facts_of, sentence, expected, absent):
    found = roles(facts_of(DATED + sentence + "\n"))
    assert expected in found and absent not in found


def test_people_a_rank_and_name_after_a_vessel_name_a_ship(facts_of):
    assert roles(facts_of(DATED + "Officials inspected rifles aboard the cargo ship Captain Ufuk on Monday.\n")) == []


def test_people_a_name_after_a_post_that_ends_in_another_post_holds_that_one(facts_of):
    found = roles(facts_of(DATED + "Ann Berg, the personal representative to Tarn of the United Nations Secretary-General, "
                                   "Ahmed Musa, said on Tuesday the process was over.\n"))
    assert ("Ahmed Musa", "United Nations Secretary-General") in found
    assert not any(p == "Ahmed Musa" and r.startswith("personal representative") for p, r in found)


def test_people_a_post_named_as_the_next_is_not_yet_held(facts_of):
    found = roles(facts_of(DATED + "General Ann Berg has been named as the next First Sea Lord, the ministry said.\n"))
    assert not any(r.endswith("First Sea Lord") for _, r in found)


def test_people_a_post_is_not_dated_by_the_year_another_post_was_taken_up(facts_of):
    facts = facts_of(DATED + "The new Chief of Defence Staff, General Ann Berg, only assumed office as the new Chief "
                             "of Army Staff in 2019 after the death of General Ahmed Musa.\n")
    post = next(f for f in facts if f.type == "person_role" and f.role == "Chief of Defence Staff")
    assert post.as_of != "2019"


@pytest.mark.parametrize("sentence, absent", [
    ("Later, the president handed over the scroll to Commander Ruritania Fleet.", "Ruritania Fleet"),   # a body
    ("Commanding Officer of HMAS TarnCaptain Ann Berg said it was an historic day.", "Ann Berg"),      # run together
])
def test_people_a_body_after_a_title_and_a_post_run_into_a_rank_give_no_post(facts_of, sentence, absent):
    assert not any(p == absent for p, _ in roles(facts_of(DATED + sentence + "\n")))


def test_people_in_a_list_of_posts_and_names_each_post_is_the_next_names(facts_of):
    found = roles(facts_of(DATED + "The Ruritanian Minister for Defence, Mr Ann Berg, Minister for Foreign Affairs of "
                                   "Tarn, Mr Karl Lund, and the Minister of Defence of Tarn, Mr Jon Falk, met in Alta "
                                   "on Monday.\n"))
    assert ("Ann Berg", "Ruritanian Minister for Defence") in found
    assert ("Karl Lund", "Minister for Foreign Affairs of Tarn") in found
    assert ("Ann Berg", "Minister for Foreign Affairs of Tarn") not in found


@pytest.mark.parametrize("sentence, expected", [
    # a spaced dash after the post opens a note on the organisation, no part of the post
    ('"We regret it," said Ivo Karlov, deputy chairman of Ruritania Gold - a mining firm that has a motto.',
     [("Ivo Karlov", "deputy chairman of Ruritania Gold")]),
    # a patronymic name after its title: the title is not the given name's post, and the given
    # name alone later is the same person
    ("The hotel was sold to investor Prince Faisal bin Marwan and a unit of a bank. "
     "Prince Faisal's investments include a hotel in Paris.",
     [("Faisal bin Marwan", "Prince")]),
    # a post, then a rank of two words whose last word is also a post
    ("The frigate's Commanding Officer Lieutenant Commander Tom Vane said the drill went well.",
     [("Tom Vane", "Lieutenant Commander"), ("Tom Vane", "frigate's Commanding Officer")]),
])
def test_people_notes_after_a_dash_and_patronymic_names(facts_of, sentence, expected):
    assert roles(facts_of(DATED + sentence + "\n")) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a unit's number inside a post, before a comma or before the office noun
    ("The Deputy Commander of Joint Task Force 639, Commodore Ben Smyth, said the boats were seized.",
     [("Ben Smyth", "Commodore"), ("Ben Smyth", "Deputy Commander of Joint Task Force 639")]),
    ("Joint Task Force 639 commander Rear Admiral Lee Godd said the boats were seized.",
     [("Lee Godd", "Joint Task Force 639 commander"), ("Lee Godd", "Rear Admiral")]),
    # a year before a title does not cut the title out of a longer name
    ("In 2019 Defence Minister Ann Lee visited the base.", [("Ann Lee", "Defence Minister")]),
    # a member's seat after the name is a post, not part of the name
    ("Labour spokesman Ben Howe TD said the figures were alarming.",
     [("Ben Howe", "Labour spokesman"), ("Ben Howe", "TD")]),
])
def test_people_unit_numbers_years_and_seats(facts_of, sentence, expected):
    assert roles(facts_of(DATED + sentence + "\n")) == sorted(expected)


@pytest.mark.parametrize("sentence, expected", [
    # a portfolio of two parts before a name the tagger does not know
    ("Minister of Maritime Affairs and Fisheries Susi Pudjiwati leads the sinking of 23 boats.",
     [("Susi Pudjiwati", "Minister of Maritime Affairs and Fisheries")]),
    # "the" before a name: a ship, not a person
    ('"Patrols are needed," said Mar Casarego, the captain of the Sam Simon.',
     [("Mar Casarego", "captain of the Sam Simon")]),
])
def test_people_two_part_portfolios_and_named_ships(facts_of, sentence, expected):
    assert roles(facts_of(DATED + sentence + "\n")) == expected


def test_people_a_word_the_parse_hangs_past_the_comma_stays_in_the_post(facts_of):
    text = DATED + '"We have started," said Oleg Nikolenko, spokesperson for Ministry of Foreign Affairs, Ruritania.\n'
    assert roles(facts_of(text)) == [("Oleg Nikolenko", "spokesperson for Ministry of Foreign Affairs")]


def test_people_given_names_and_nicknames(facts_of):
    text = DATED + ("Minister of Fisheries Susi Pudjiwarti leads the sinking of 23 boats. "
                    '"We will not stop," Minister Susi said. '
                    "Major General Robert 'Doc' Walton said the command had grown.\n")
    assert roles(facts_of(text)) == [("Robert Walton", "Major General"), ("Susi Pudjiwarti", "Minister of Fisheries")]


def test_people_a_spaced_dash_ends_a_parsed_apposition(facts_of):
    text = DATED + ('"It will be tough," said Larry Bevan, chairman of Save Our Town - a group fighting to keep '
                    'the store out of Rosemead.\n')
    assert roles(facts_of(text)) == [("Larry Bevan", "chairman of Save Our Town")]


@pytest.mark.parametrize("sentence, expected", [
    # the post of another person before the name: the name's own title is the last part
    ("Helga Schmitt, the deputy of EU foreign-policy chief Cathy Ashby, reported on Monday.",
     [("Cathy Ashby", "EU foreign-policy chief")]),
    ("Chief of General Staff Valery Gerasko agreed on Monday.", [("Valery Gerasko", "Chief of General Staff")]),
    # the clause's verb before a title is no part of it; an acronym the tagger took for a verb is
    ("The troops came after an angry flood warden berated Defense Minister Philip Hamlin on live TV.",
     [("Philip Hamlin", "Defense Minister")]),
    ("IAEA chief Rafael Grosso says the agreed document sets out clear procedures.",
     [("Rafael Grosso", "IAEA chief")]),
    # a calling after "a" is no post of a body
    ("Prior to becoming a diplomat, Richard Moorland worked for the service for years.", []),
])
def test_people_own_titles_verbs_and_callings(facts_of, sentence, expected):
    assert roles(facts_of(DATED + sentence + "\n")) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a rank spelled out alone before the name
    ('"It is hard work," said Major Jim Skelt.', [("Jim Skelt", "Major")]),
    # a post a relative clause about the name gives, besides the title before it
    ("Interior Minister Marek Kamin, who is also the coordinator of Ruritania's intelligence services, said so.",
     [("Marek Kamin", "Interior Minister"), ("Marek Kamin", "coordinator of Ruritania's intelligence services")]),
    # a post in lower case that the parse sets beside the name, before its rank
    ("Ruritania's chief of joint operations, Vice Adm. Justin Jonas, said the drills were vital.",
     [("Justin Jonas", "Ruritania's chief of joint operations"), ("Justin Jonas", "Vice Admiral")]),
])
def test_people_ranks_alone_relative_clauses_and_lower_case_posts(facts_of, sentence, expected):
    assert roles(facts_of(DATED + sentence + "\n")) == sorted(expected)


def test_people_a_post_written_with_and_without_its_acronym_is_one_fact(facts_of):
    text = DATED + ("The Ruritanian Atomic Energy Agency (RAEA) said so. RAEA head Yuki Amanu said the deal was close. "
                    "Yuki Amanu, the head of the Ruritanian Atomic Energy Agency, returned on Monday.\n")
    posts = [f for f in facts_of(text) if f.type == "person_role"]
    assert len(posts) == 1 and len(posts[0].sources) == 2


@pytest.mark.parametrize("sentence, expected", [
    # a name the tagger took into the body of a long portfolio
    ('"We act," said Assistant Secretary of Commerce for Export Administration Thea D. Rozman Kendler.',
     [("Thea D. Rozman Kendler", "Assistant Secretary of Commerce for Export Administration")]),
    ("The new Minister of Defense of Ukraine Denys Shmyhal signed the order.",
     [("Denys Shmyhal", "Minister of Defense of Ukraine")]),
    # a name tagged as a body after a title in lower case; "ex-" stays in the post
    ("Kosovo ex-president Hashim Thaci went on trial.", [("Hashim Thaci", "Kosovo ex-president")]),
    # police titles, officers of a firm, titles written short
    ("Sussex Police Superintendent James Collis said two people were arrested.",
     [("James Collis", "Sussex Police Superintendent")]),
    ("CFO Paul Glaser said the order was a milestone.", [("Paul Glaser", "CFO")]),
    ("Rep. Joe Courtney spoke at the ceremony.", [("Joe Courtney", "Representative")]),
])
def test_people_long_portfolios_bodies_for_names_and_short_titles(facts_of, sentence, expected):
    assert roles(facts_of(DATED + sentence + "\n")) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name after "from" is a person when the tagger says so
    ("Replying to a question from Brendan Howlan TD (Labour), he said he had been advised.", [("Brendan Howlan", "TD")]),
    # a title and a name tagged as one body
    ("The crimes, Trial Chamber President Nil Nonnu said, left people living in a state of terror.",
     [("Nil Nonnu", "Trial Chamber President")]),
    # the post the sentence gives the name with "as", with its unit's number
    ("Minister of Fisheries Susi Pudjiwarti as the Commander of Satgas 115 gave a command to sink the boats.",
     [("Susi Pudjiwarti", "Commander of Satgas 115"), ("Susi Pudjiwarti", "Minister of Fisheries")]),
])
def test_people_names_after_from_titles_inside_bodies_and_posts_given_with_as(facts_of, sentence, expected):
    assert roles(facts_of(DATED + sentence + "\n")) == sorted(expected)


@pytest.mark.parametrize("sentence, expected", [
    # honours after a name are no part of it
    ("Major Peter Nortan GC attended the reception on Monday.", [("Peter Nortan", "Major")]),
    # a title-case headline after a title is no name; nor are a page's tags run together
    ("President Murmu Confers Eight Kirti Chakras, 29 Shaurya Chakras", []),
    ("Fogh RasmussenAfghanistanArmed ConflictsBarack Obama", []),
])
def test_people_honours_headlines_and_tags_are_no_names(facts_of, sentence, expected):
    assert roles(facts_of(DATED + sentence + "\n")) == expected


def test_people_a_body_named_with_in_the(facts_of):
    text = DATED + "Al Qaeda in the Indian Subcontinent (AQIS) spokesman Usama Mahmud said the group was behind it.\n"
    assert roles(facts_of(text)) == [("Usama Mahmud", "Al Qaeda in the Indian Subcontinent (AQIS) spokesman")]


def test_people_a_post_opening_the_sentence_is_its_subjects(facts_of):
    text = DATED + ("Gen. Shen Li-wei died in the crash on Monday. "
                    "As chief of the general staff, Shen oversaw the army's modernisation.\n")
    assert ("Shen Li-wei", "chief of the general staff") in roles(facts_of(text))


def test_people_namesakes_with_posts_of_their_own_stay_two_people(facts_of):
    text = DATED + ("Last month, then-Ruritanian president Tomas Vargas’s government reported the attacks. "
                    "Speaking at the same news conference, Ruritanian Minister of Science and Technology Tomas Henry Vargas said "
                    "allies had helped repair the damage.\n")
    found = roles(facts_of(text))
    assert ("Tomas Henry Vargas", "Ruritanian Minister of Science and Technology") in found
    assert not any(p == "Tomas Henry Vargas" and "president" in r for p, r in found)


def test_people_one_persons_forms_with_one_post_stay_one_person(facts_of):
    text = DATED + ("Defence Secretary Lloyd J. Austin visited the base on Monday. "
                    "Defence Secretary Lloyd Austin said the troops would stay.\n")
    assert {p for p, _ in roles(facts_of(text))} == {"Lloyd J. Austin"}
