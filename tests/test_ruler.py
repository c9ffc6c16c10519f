"""The attribute ruler matched through a lookup gives spaCy's own annotations."""
import spacy

from quiz import nlp as nlp_module
from quiz.ruler import index_ruler

TEXT = (
    "Gen. Anna Berg, who's been the commander since 2019, said they'd gonna send 1,200 troops. "
    "There are 30 ships; there is no plan. I gotta say it isn't over, y'all. Let's go! "
    "She did what she had to do and he does it too. Nothin' changes, ol' friend, "
    "because we'd have done it if we could. That is what it is.\n\n  The ministry's spokesman "
    "said: \"Something will happen to anybody who's there.\" Doin' it, goin' home, 'em, 'nuff. "
    "We ain't leaving; they ain't either. Those were the days, and these are ours.\t\n"
)
ATTRS = ("tag_", "pos_", "morph", "lemma_", "dep_", "ent_type_")


def annotations(nlp, text):
    return [tuple(str(getattr(t, a)) for a in ATTRS) for t in nlp(text)]


def test_lookup_gives_the_same_annotations_as_spacys_matcher():
    name = nlp_module.model_name()
    plain = spacy.load(name)
    fast = spacy.load(name)
    assert index_ruler(fast)
    for piece in (TEXT, TEXT.upper(), TEXT.lower(), "", " ", "\n\n"):
        assert annotations(fast, piece) == annotations(plain, piece)


def test_loaded_pipeline_uses_the_lookup_and_matches_the_rules_in_order():
    nlp = nlp_module.load()
    ruler = nlp.get_pipe("attribute_ruler")
    doc = nlp.make_doc("They gonna win.")
    for proc in ("tok2vec", "tagger", "parser"):
        doc = nlp.get_pipe(proc)(doc)
    assert "match" in vars(ruler)                       # the instance's own, not the class's
    spacys = sorted((number, start, end) for number, _, start, end in
                    type(ruler).match(ruler, doc))
    assert [(number, start, end) for number, _, start, end in ruler.match(doc)] == spacys
    assert any(end - start == 2 for _, start, end in spacys)          # "gon na": a two-token rule


def test_a_ruler_with_a_quantifier_keeps_spacys_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "much"})
    assert not index_ruler(nlp)
    assert "match" not in vars(ruler)
    assert [t.lemma_ for t in nlp("very very good")][:2] == ["much", "much"]


def test_a_ruler_on_other_attributes_is_matched_alike():
    nlp = spacy.blank("en")
    plain_ruler = nlp.add_pipe("attribute_ruler")
    for patterns, attrs, index in (
            ([[{"TEXT": "Paris"}], [{"IS_TITLE": True, "LOWER": {"REGEX": "^lon"}}]], {"LEMMA": "city"}, 0),
            ([[{"IS_DIGIT": True}, {"LOWER": {"IN": ["troops", "ships"]}}]], {"LEMMA": "count"}, -1),
            ([[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_PUNCT": False, "LIKE_NUM": False}]], {"NORM": "x"}, 0),
            ([[{"LOWER": "ships"}]], {"LEMMA": "ship"}, 0)):         # a later rule wins
        plain_ruler.add(patterns, attrs, index=index)
    text = "Paris and London sent 30 troops and 12 ships, the 3 ships a day."
    plain = [(t.lemma_, t.norm_) for t in nlp(text)]
    assert index_ruler(nlp)
    assert [(t.lemma_, t.norm_) for t in nlp(text)] == plain
    assert plain[0][0] == "city" and plain[2][0] == "city" and plain[5][0] == "count"
    assert [lemma for lemma, _ in plain].count("ship") == 2
