"""Documents: line rules, article dates, titles, HTML."""
import pytest

from quiz import dates
from quiz.documents import classify, html_to_text, parse_document


@pytest.mark.parametrize("line", [
    "Share.", "Exit mobile version", "You are here", "PDF",
    "70 users have voted, including you.",
    "1,204 readers have viewed this story",
    "Get top stories and blog posts emailed to you each day.",
    "Subscribe to our newsletter for daily updates",
    "Home » World » Middle East » Iraq",
    "Go to Admin » appearance » Widgets » and move a widget into Advertise Widget Zone",
    "Follow us on social media for the latest updates",
])
def test_documents_site_leftovers_are_not_prose(line):
    assert classify(line, in_links=False) != "content"


@pytest.mark.parametrize("line", [
    "NATO Secretary General Jens Stoltenberg visited Baghdad on 4 May 2021.",
    "Left to right: Haidar al-Abadi (Prime Minister of Iraq) shaking hands with the Secretary General",
    "NATO Secretary General visited Iraq on 16 September 2016 (NATO)",
    "The ministers will share their assessments of the mission at the next meeting in June.",
])
def test_documents_article_sentences_and_captions_are_kept(line):
    assert classify(line, in_links=False) == "content"


@pytest.mark.parametrize("text, date", [
    ("Title here\n\n  • 03 Dec. 2014 -\n\nBody text of the article goes here.", "2014-12-03"),
    ("Title here\n\nBy Mohammad Ghazal - Feb 12,2020 - Last updated at Feb 12,2020\n\nBody text goes on.", "2020-02-12"),
    ("Title here\n\nThe body of the article says things.\n\nLast updated: 02-Oct-2012 19:07\n", "2012-10-02"),
    ("Title here\n\nNo date is given anywhere in this article at all.\n", None),
])
def test_documents_article_date_from_metadata(text, date):
    assert parse_document("a.txt", text).date == date


def test_documents_byline_is_an_author_and_not_prose():
    doc = parse_document("a.txt", "A headline about talks\n\nBy Jane Q. Roe\n\nNATO ministers met in Brussels today.\n")
    assert doc.authors == ("Jane Q. Roe",)
    assert all("Jane" not in doc.text[s.start:s.end] for s in doc.segments)


def test_documents_related_links_list_is_left_out():
    text = ("Talks in Brussels end\n\nNATO ministers agreed on a new plan for the mission in Iraq.\n\n"
            "Related articles\n\nNATO to boost Iraq mission after talks\n\nIraq PM visits Brussels for the first time\n")
    doc = parse_document("a.txt", text)
    kept = [doc.text[s.start:s.end] for s in doc.segments]
    assert kept == ["Talks in Brussels end", "NATO ministers agreed on a new plan for the mission in Iraq."]


def test_documents_a_promoted_story_inside_the_article_is_left_out():
    text = ("Troops arrive in Estonia\n\nThe first British troops arrived in Estonia on Saturday.\n\n"
            "EXCL Shadow Defence Secretary Ann Berg: I would keep the deterrent\n\n"
            "WATCH: Minister Tom Roe visits the base\n\nThe battalion will stay for a year.\n")
    doc = parse_document("a.txt", text)
    kept = [doc.text[s.start:s.end] for s in doc.segments]
    assert kept == ["Troops arrive in Estonia", "The first British troops arrived in Estonia on Saturday.",
                    "The battalion will stay for a year."]


def test_documents_spans_index_the_text_as_read():
    text = "Headline of the piece\r\n\r\nFirst sentence of the body is here.\r\n"
    doc = parse_document("a.txt", text)
    assert [doc.text[s.start:s.end] for s in doc.segments][-1] == "First sentence of the body is here."


PAGE = ("<html><head><title>Ministers meet | Site</title>"
        '<meta property="article:published_time" content="2020-02-12T10:00:00Z">'
        "<script>var tracker = 1;</script></head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        "<article><h1>Ministers meet in Brussels</h1>"
        "<p>NATO defence ministers met in <b>Brussels</b> on Monday to discuss the training mission in Iraq, "
        "officials said.</p>"
        "<p>Around 500 trainers will stay in the country, the Secretary General said after the talks.</p>"
        "</article><aside><h3>Related</h3><ul><li><a href='/x'>Other story from 2019</a></li></ul></aside>"
        "<footer>Copyright 2020 Site</footer></body></html>")


def test_documents_html_main_text_title_and_date_come_from_the_page():
    page = html_to_text(PAGE)
    assert page.title == "Ministers meet in Brussels" and page.date == "2020-02-12"
    assert "NATO defence ministers met in Brussels on Monday" in page.text
    for furniture in ("var tracker", "Home", "Other story", "Copyright"):
        assert furniture not in page.text


def test_documents_character_references_in_plain_text_are_their_characters(tmp_path):
    from quiz.documents import read_documents
    (tmp_path / "a.txt").write_text("&#163;1.8m fine for broadcaster\n\nThe regulator fined AT&T &amp; two "
                                    "others &#x20AC;3m on Friday.\n", encoding="utf-8")
    doc = next(read_documents([tmp_path / "a.txt"]))
    assert doc.headline == "£1.8m fine for broadcaster"
    assert "fined AT&T & two others €3m on Friday." in doc.text


def test_documents_html_spans_index_the_extracted_text(tmp_path):
    from quiz.documents import read_documents
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    doc = next(read_documents([tmp_path / "page.html"]))
    assert doc.date == "2020-02-12" and doc.headline == "Ministers meet in Brussels"
    texts = [doc.text[s.start:s.end] for s in doc.segments]
    assert any(t.startswith("NATO defence ministers met in Brussels") for t in texts)


def test_documents_html_page_without_an_article_is_an_error_when_named(tmp_path):
    from quiz.documents import read_documents
    from quiz.errors import QuizError
    (tmp_path / "empty.html").write_text("<html><head><title>Site</title></head><body><script>x=1</script></body></html>",
                                        encoding="utf-8")
    with pytest.raises(QuizError, match="empty.html: no article text found"):
        list(read_documents([tmp_path / "empty.html"]))


@pytest.mark.parametrize("text, value", [
    ("on 24 September 2012", "2012-09-24"), ("March 5, 2018", "2018-03-05"), ("Feb 12,2020", "2020-02-12"),
    ("03 Dec. 2014", "2014-12-03"), ("02-Oct-2012", "2012-10-02"), ("in October 2018", "2018-10"),
    ("since 2018", "2018"), ("Sept. 3, 2001", "2001-09-03"),
])
def test_dates_normalised_at_the_stated_precision(text, value):
    assert [d.value for d in dates.find_dates(text)] == [value]


@pytest.mark.parametrize("text", ["COVID-19", "15:18", "2,000 troops", "$2011", "31-02-2020"])
def test_dates_not_dates(text):
    assert [d.value for d in dates.find_dates(text) if d.precision != "year" or "2011" not in text] == []


@pytest.mark.parametrize("line", ["*Brussels, 18 February 2021*", "March 5, 2019 / 9:14 PM / Updated 6 years ago"])
def test_documents_date_lines_are_metadata(line):
    assert classify(line, in_links=False) == "meta"
    assert parse_document("a.txt", "Headline of the story\n\n" + line + "\n\nBody text of the story here.\n").date


def test_documents_hard_wrapped_paragraphs_are_one_segment():
    text = ("Headline of the story here\n\nNATO Secretary General Jens Stoltenberg met Iraqi Prime\n"
            "Minister Haider al-Abadi in Brussels on Wednesday (3\nDecember 2014) to discuss around\n"
            "500 trainers.\n\nA second paragraph follows here.\n")
    doc = parse_document("a.md", text)
    segs = [doc.segment_text(s) for s in doc.segments]
    assert segs[1] == ("NATO Secretary General Jens Stoltenberg met Iraqi Prime Minister Haider al-Abadi in "
                       "Brussels on Wednesday (3 December 2014) to discuss around 500 trainers.")
    assert segs[2] == "A second paragraph follows here."


def test_documents_caption_lines_are_not_joined():
    text = ("Headline of the story here\n\nNATO Secretary General visited Iraq on 16 September 2016 (NATO)\n"
            "NATO Secretary General visited Iraq on September 16, 2016 (NATO)\n")
    assert len(parse_document("a.txt", text).segments) == 3


def test_documents_by_plus_a_day_is_a_sentence_not_a_byline():
    doc = parse_document("a.txt", "Headline of the story\n\nBy Friday, NATO Secretary General Jens Stoltenberg "
                                  "had approved the plan for the mission.\n")
    assert doc.authors == ()
    assert len(doc.segments) == 2


def test_documents_very_long_paragraph_is_parsed_in_pieces(nlp):
    from quiz.facts import extract_document
    text = "Headline of the story\n\n" + "The envoys met in Brussels on 3 May 2021 to talk. " * 1200 + "\n"
    facts = extract_document(parse_document("a.txt", text), nlp)
    assert len(facts) == 1 and len(facts[0].sources) == 1200


@pytest.mark.parametrize("line", [
    "Related: DND, Navy sign two contracts for patrol vessels | Modernization: 25 years of progress",
    "Yes 58% · No 42% — 45 people have voted",
    "© 2024 Centre for Strategic Horizons. All rights reserved.",
])
def test_documents_more_site_leftovers(line):
    assert classify(line, in_links=False) != "content"


def test_documents_read_next_list_and_comments_are_left_out():
    text = ("Peacekeepers killed in blast\n\nLast updated: 12-Jan-2023 08:15\n\n"
            "BANGUI, Jan 12 (Meridian) - Two peacekeepers were killed on Tuesday near the town.\n\n"
            "Read next:\n- UN extends the mission to November 2023\n- Rwanda to send 300 more troops\n\n"
            "## Comments (3)\n\nMy late husband served on the old ship back in 1965.\n")
    doc = parse_document("a.md", text)
    kept = [doc.segment_text(s) for s in doc.segments]
    assert kept == ["Peacekeepers killed in blast", "Two peacekeepers were killed on Tuesday near the town."]
    assert doc.date == "2023-01-12"


@pytest.mark.parametrize("line, body, date", [
    ("CAMP AGUINALDO, Quezon City (October 18, 2022) — The Secretary approved the deal.", "The Secretary", "2022-10-18"),
    ("BANGUI, Jan 12 (Meridian) - Two peacekeepers were killed.", "Two peacekeepers", None),
    # a place and a colon, in the story's opening paragraph
    ("Mombasa: The Coast Guard has rescued 183 fishermen since the cyclone hit the coast.", "The Coast Guard", None),
    # a numeric date, the place and the wire
    ("4/11/2013 - WASHINGTON (AFNS) -- Emphasizing its priorities, an official said the rise was 10 percent.",
     "Emphasizing", None),
])
def test_documents_datelines_with_places_agencies_and_dates(line, body, date):
    doc = parse_document("a.txt", "Headline of the story\n\n" + line + "\n")
    assert doc.segment_text(doc.segments[-1]).startswith(body)
    assert doc.date == date


def prose_of(text):
    """The lines of prose a document keeps."""
    doc = parse_document("a.txt", text)
    return [doc.segment_text(s) for s in doc.segments]


def test_documents_a_caption_signed_by_its_photographer_is_no_prose():
    text = ("Regiment short of soldiers\n\n"
            "The 1st Battalion parade in Glasgow on their return from abroad in 2003. Picture: Jo Roe\n\n"
            "The regiment is now the most undermanned in the army, figures show.\n\n"
            "Note: The figures were published on Monday by the ministry.\n")
    prose = prose_of(text)
    assert not any("Glasgow" in k for k in prose)
    assert "The regiment is now the most undermanned in the army, figures show." in prose
    # a label and a colon later in the story is no dateline: the line stays whole
    assert "Note: The figures were published on Monday by the ministry." in prose


def test_documents_a_link_in_another_script_glued_to_the_first_words_is_left_out():
    text = ("Ban names a commander\n\n"
            "\u0625\u0642\u0631\u0623 \u0647\u0630\u0627 \u0627\u0644\u062e\u0628\u0631"
            "United Nations chief Ban Ki-moon appointed a new force commander on Monday.\n")
    assert "United Nations chief Ban Ki-moon appointed a new force commander on Monday." in prose_of(text)


def test_documents_a_dateline_without_a_year_takes_it_from_a_date_weeks_on_when_its_weekday_agrees():
    body = (" (Agency) — The council on Friday extended the mission's mandate until Aug. 12, 2016.\n\n"
            "The mandate was due to expire on July 31.\n")
    # 29 July 2016 was a Friday
    assert parse_document("a.txt", "Mandate extended\n\nNEW YORK, July 29" + body).date == "2016-07-29"
    # 28 July 2016 was a Thursday: the weekday says the year is not the one of the later date
    assert parse_document("a.txt", "Mandate extended\n\nNEW YORK, July 28" + body).date is None
    # no weekday: the year is not certain
    assert parse_document("a.txt", "Mandate extended\n\nNEW YORK, July 29" + body.replace("on Friday ", "")).date is None


def test_documents_headlines_each_over_its_date_above_the_story_are_links_to_other_stories():
    text = ("Ruritania Considers Buying Drones\nMay 17, 2021\nAltan Navy Nears Completion of a Submarine\n"
            "May 18, 2021\nAlta Approves Arms Sale to Ruritania\n\n"
            "The government approved the sale of 40 guided bombs to Ruritania, officials said on Monday.\n")
    doc = parse_document("a.txt", text)
    assert doc.headline == "Alta Approves Arms Sale to Ruritania"
    assert doc.date is None   # the linked stories' dates are not this story's
    # one headline over its date, then the story: the story's own
    own = parse_document("a.txt", "Alta Approves Arms Sale\nMay 18, 2021\n\n"
                                  "The government approved the sale of 40 guided bombs to Ruritania, officials said.\n")
    assert own.headline == "Alta Approves Arms Sale" and own.date == "2021-05-18"


def test_documents_a_sites_name_printed_twice_on_one_line_is_no_headline():
    text = ("Ruritanian Ministry of Defence Ruritanian Ministry of Defence\n\nNews Article\n\n"
            "Soldiers Use Many Tools in Clearing Mines\n\n"
            "The engineers cleared 40 mines from the hills near the base on Monday, the ministry said.\n")
    assert parse_document("a.txt", text).headline == "Soldiers Use Many Tools in Clearing Mines"


def test_documents_a_headline_and_dateline_run_into_the_first_sentence_are_cut_from_it():
    text = ("World | News\n\nAlta recommends closure of 33 military bases ALTA CITY, Saturday (AFP) Defence "
            "Minister Jo Roe recommended the closure of 33 military bases on Friday as part of a reorganisation.\n")
    doc = parse_document("a.txt", text)
    assert doc.headline == "Alta recommends closure of 33 military bases"
    assert prose_of(text)[0].startswith("Defence Minister Jo Roe recommended")


def test_documents_a_line_shown_twice_in_a_row_is_a_caption_not_prose():
    caption = ("Press materials are laid out at the ministry in Alta, Monday, May 4, 2015, before the minister "
               "spoke to reporters.")
    text = ("Hackers charged\n\nThe state has charged five hackers, the ministry said on Monday.\n\n"
            f"{caption}\n{caption}\n\nThe charges were filed in Alta, officials said.\n")
    prose = prose_of(text)
    assert not any("Press materials" in k for k in prose)
    assert "The charges were filed in Alta, officials said." in prose
    # a paragraph the page repeats further down, after other prose, is still read once
    lede = "The state has charged five hackers, the ministry said on Monday."
    assert lede in prose_of(f"Hackers charged\n\n{lede}\n\nThe charges were filed.\n\n{lede}\n")


@pytest.mark.parametrize("line", ["Fot. PAP/Albert Zawada", "A screen shot of the state television programme",
                                  "This was published 18 years ago"])
def test_documents_a_photo_label_near_the_top_is_no_headline(line):
    text = f"Three more arrested in spy case\n2023-03-17\n\n{line}\n{line}\n\nPolice arrested three more people on Thursday.\n"
    assert parse_document("a.txt", text).title == "Three more arrested in spy case"


def test_documents_a_title_case_link_after_the_story_is_no_prose():
    text = ("Keel laid for new submarine\n\n"
            "The keel of the first submarine of the class was laid on Saturday at the yard in Groton, officials said.\n\n"
            "It is fitting that the boat recognizes the city that will become a state, the congresswoman said to applause.\n\n"
            "Five Things You Need\n")
    prose = prose_of(text)
    assert "Five Things You Need" not in prose and len(prose) == 3


def test_documents_a_caption_with_its_bracketed_credit_is_no_headline():
    text = ("Australian authorities say investigations continue [Jo Roe/EPA]\n\nPolice bust record cocaine haul\n\n"
            "Police seized 1.28 tonnes of cocaine on Thursday, the force's assistant commissioner said.\n")
    assert parse_document("a.txt", text).title == "Police bust record cocaine haul"


@pytest.mark.parametrize("line", [
    "Prime Minister Ken Oda, second from left, attends the disaster meeting at the office on Tuesday.",
    "The carrier arrived in the port Nov. 14, 2013. Pictured here, Lt. Wayne Simms checks medical supplies.",
    "The carrier arrived in the port Nov. 14, 2013, to help. U.S. Navy photo by Petty Officer Liam Kent",
    "The firm received a $12 million contract for four drones, officials said on Thursday. Photo courtesy of "
    "the Ruritanian Defense Ministry",
    # a stock photo "is seen", with the day it was taken
    "An illuminated euro sign is seen in front of the bank's headquarters in Frankfurt January 8, 2013.",
    # who stands where, set off by commas; credits after the last full stop
    "Adm. Jo Roe, left, and Gen. Al Poe render honors during the ceremony at the base on May 2, 2015.",
    "Gen. Al Poe, right, looks on at the dockyard on Wednesday. The search is over. THE DAILY PRESS/Ann Vale",
    "Sailors render honors during the ceremony at the base on May 27, 2015. US Navy photo.",
    # an archive photo; a caption that ends on its day and the agency, with no full stop
    "FILE- Gen. Al Poe and Defence Minister Jo Roe unfurl the command's flag during a ceremony, Aug. 29, 2019.",
    "A man waves as a chartered plane carrying freed prisoners lands at the airport, in Sanaa, Ruritania April 14, 2023 (Reuters)",
    # a credit glued to the caption's last word by a slash
    "The Minister of Defence of Ruritania, Jo Roe, making an announcement/ Source: Telegram channel of Ruritania Today",
])
def test_documents_more_captions_are_no_prose(line):
    assert classify(line, in_links=False) == "caption"


@pytest.mark.parametrize("line", [
    "The convoy turned left, then stopped near the base on Friday, the army said.",
    "Those on the left, he said, had voted against the budget in 2019.",
    "The ministry said on Friday that the widely shared US Navy photo was not genuine.",
    "The agency said the ship was seized on Friday. THE SHIP was later released.",
    "The file was handed to the court in 2019 (the ministry said).",
    "FILES of the inquiry were sent to the court on Friday, the ministry said.",
    "The ministry said grants and/or loans would follow, with funds from the source: Ruritania's own budget.",
    # the editors' initials after the story's last sentence are no photographer's credit
    "The talks will resume in May. The new state is one of the least developed in the world. SZH/JR",
])
def test_documents_prose_with_a_position_or_a_credit_word_is_kept(line):
    assert classify(line, in_links=False) == "content"


def test_documents_a_comments_button_above_the_story_is_no_comments_section():
    text = ("Navy seizes drugs\n\nMonday 23 December 2019\n\nComments\n\n"
            "The Ruritanian Navy seized 11 sacks of drugs in the Arabian Sea on Sunday, the ministry said.\n\n"
            "Comments\n\nThis is a great story, said one reader on Monday.\n")
    doc = parse_document("a.txt", text)
    kept = " ".join(doc.segment_text(s) for s in doc.segments)
    assert "seized 11 sacks" in kept and "great story" not in kept


def test_documents_a_time_with_unpadded_minutes_is_part_of_the_date_line():
    text = ("Sat Apr 21, 2012 3:8PM\nTroops celebrate in the town.\n\n"
            "The army said on Friday that its troops had withdrawn from the town.\n")
    doc = parse_document("a.txt", text)
    assert doc.date == "2012-04-21" and doc.title == "Troops celebrate in the town"
