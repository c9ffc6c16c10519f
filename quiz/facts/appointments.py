"""Posts a verb gives: 'X has been named the new chairman of the Joint Chiefs of Staff',
'X was appointed India's first Chief of the Defence Staff', 'X is the spokesman of the
coast guard', 'X served as assistant commander of the Special Forces Division', 'X has
replaced Y as defence secretary'.

A post someone takes up ('was sworn in as', 'was elected') or holds in the present ('is')
holds on the article's day. One someone is named or appointed to ('has been named the new
head of …') may be taken up later, and one told in the past ('served as', 'became', 'was',
'was previously appointed') was held once, at a time the sentence may not say: both are
marked ``past`` and not dated. The 'next' or 'incoming' holder of a post gets no post.
"""
from __future__ import annotations

from ..normalise import fold, person_key, role_key
from .context import Sentence
from .model import Fact
from .name_forms import clean_name, name_span
from .names import person_spans
from .posts import ROLE_NOUNS, has_role_noun, org_of, role_text, trim_role
from .subjects import named_clause

APPOINTING = {"name", "appoint", "elect", "nominate", "promote", "make", "choose", "select", "confirm", "install",
              "swear"}   # "was sworn in as chairman"
NAMED_AHEAD = {"name", "appoint", "nominate", "select", "choose", "promote"}
BECOMING = {"be", "become", "serve", "remain"}
REPLACING = {"replace", "succeed", "relieve"}   # "X replaced Y as …": X holds the post Y held
# the words of a post that say it is not yet or no longer held, or is one of a kind
# "X is a Turkey correspondent for Defense News": the writer's tagline under the story, not its news
PRESS = {"correspondent", "reporter", "journalist", "editor", "columnist", "writer", "contributor", "photographer"}
HANDOVER_VERBS = {"replace", "succeed", "supersede", "oust", "unseat", "depose"}
NOT_HELD = {"former", "ex", "then", "late", "acting", "interim", "outgoing", "incoming", "candidate", "nominee"}


def appointed_roles(sent: Sentence) -> list[Fact]:
    facts = []
    for ent in person_spans(sent):
        ent = name_span(sent, ent)
        cleaned = clean_name(ent)
        if cleaned is None:
            continue
        name, first, last = cleaned
        full = sent.state.resolve(name)   # "Al Kadhimi was sworn in …": the article's "Mustafa Al Kadhimi"
        if len(name.split()) < 2 and (full is None or len(full.split()) < 2):
            continue   # a full name, as the article gives it first
        name = full or name
        # the name's word the parse makes the subject ('Kim Min-soo' may hang on 'Min')
        subj = next((t for t in ent if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
                     and not ent.start <= t.head.i < ent.end), None)
        # "Kaminski, who is also the coordinator of …": a relative clause about the name
        who = next((c for t in ent for c in t.children if c.dep_ == "relcl" and c.i > ent.end and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)), None)
        # "NAME as the Commander of Satgas 115 gave a command": the post the sentence gives the name
        as_post = next((g for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == ent.end
                        for g in c.children if g.dep_ == "pobj" and g.lower_ in ROLE_NOUNS), None)
        # "As chief of the general staff, Shen oversaw …": the post that opens the sentence is its subject's
        opening = next((g for c in subj.head.children if c.dep_ == "prep" and c.lower_ == "as"
                        and c.i == sent.span.start and c.i < subj.i
                        for g in c.children if g.dep_ == "pobj" and g.lower_ in ROLE_NOUNS), None) \
            if subj is not None else None
        # "X earned a fourth star and took over as the new fleet commander": a second verb shares the subject
        shared = [c for c in subj.head.children if c.dep_ == "conj"] if subj is not None else []
        # ("worked at the Pentagon and is deputy director for …": "be" too)
        shared = [c for c in shared if (c.pos_ == "VERB" or c.lemma_ == "be") and not any(
            g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)]
        given = _post_given(ent)   # "Ban appointed NAME as the commander of …": the one appointed
        for verb in [v for v in (subj.head if subj is not None else None, who, as_post, opening, given, *shared)
                     if v is not None]:
            unit = _command_taken(verb) if verb not in (as_post, opening, given) else None
            if unit is not None:   # "took command of the 3rd Fleet": its commander from today
                tokens, post = unit, unit[-1]
                past = any(c.lower_ in ("previously", "formerly", "once") for c in verb.children)
            elif verb is given:
                post, past = verb, True   # named to it: taken up on a day the sentence may not give
            elif verb is opening:
                post, past = verb, subj.head.tag_ not in ("VBZ", "VBP")
            else:
                post, past = (verb, False) if verb is as_post else _post_of(verb)
            if unit is None and post is None:
                continue
            if unit is None:
                tokens = _post_words(post)
                if not tokens or not has_role_noun(tokens) or len(tokens) > 14:
                    continue
            nxt = tokens[-1].doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(tokens[-1].doc) else None
            if nxt is not None and nxt.like_num and nxt.ent_type_ and nxt.ent_type_ == tokens[-1].ent_type_:
                tokens = tokens + [nxt]   # "Commander of Satgas [115]": the unit's number the parse hung elsewhere
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in post.children) and \
                    not any(t.pos_ == "PROPN" for t in tokens):
                continue   # "Prior to becoming a diplomat, Moore …": a calling, not a post of a body
            if post.i > 0 and "best" in {t.lower_ for t in post.doc[tokens[0].i - 1:post.i]}:
                continue   # "was named best new director": an award's category, not a post
            role = "commander of " + role_text(tokens) if unit is not None else role_text(tokens)
            if {fold(w) for w in role.split()} & NOT_HELD or any(t.ent_type_ == "PERSON" for t in tokens):
                continue
            if verb.lemma_.lower() == "be" and {t.lemma_.lower() for t in tokens} & PRESS:
                continue
            fact = Fact(type="person_role", subject=f"{person_key(name)} | {role_key(role)}",
                        sources=[sent.source(min(first, tokens[0], key=lambda t: t.i),
                                             max(last, tokens[-1], key=lambda t: t.i), "role-predicate")],
                        person=name, role=role, org=org_of(tokens))
            fact.frame = {"named": named_clause(sent, last), "past": past,
                          # "was named a director of Mond Bank": one of its directors
                          "one_of": any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in post.children)
                          or " one of " in f" {role.lower()} ",
                          # "replaced Herbert Demel as chief executive": the article has two holders
                          "changed_hands": verb.lemma_.lower() in HANDOVER_VERBS and any(
                              c.dep_ == "dobj" for c in verb.children)}
            fact.mention = last
            facts.append(fact)
    return facts


def _post_given(ent):
    """'The minister appointed NAME as the commander of …': the post an appointing verb in the
    active voice gives its object."""
    obj = next((t for t in ent if t.dep_ == "dobj" and not ent.start <= t.head.i < ent.end), None)
    if obj is None:
        return None
    verb = obj.head
    if verb.lemma_.lower() not in APPOINTING or verb.lemma_.lower() in ("make", "swear") \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return None   # "will appoint", "did not appoint": nobody holds it yet
    return next((g for head in (verb, obj) for c in head.children if c.dep_ == "prep" and c.lower_ == "as"
                 and c.i > obj.i for g in c.children if g.dep_ == "pobj" and g.lower_ in ROLE_NOUNS), None)


def _post_of(verb):
    """The noun of the post the verb gives its subject, and whether it was held in the past."""
    lemma = verb.lemma_.lower()
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(c.lemma_ == "have" for c in aux)
    present = verb.tag_ in ("VBZ", "VBP") or perfect or any(c.tag_ in ("VBZ", "VBP") for c in aux)
    earlier = any(c.lower_ in ("previously", "formerly", "once", "earlier") for c in verb.children)
    past = not present or earlier
    if any(c.dep_ == "neg" for c in verb.children) or any(c.tag_ == "MD" for c in aux):
        return None, past   # "will be named", "was not appointed": no post held
    if lemma in APPOINTING and any(c.dep_ == "auxpass" for c in verb.children):
        # "was sworn in", "was elected": the post holds now; "has been named the new head": named
        # today, taken up on a day the sentence may not give, so the post is not dated by the article
        past = earlier or lemma in NAMED_AHEAD
        # "has been named (as) the new chairman", "was appointed India's first Chief …"
        for c in verb.children:
            if c.dep_ in ("oprd", "attr", "dobj", "xcomp") and c.lower_ in ROLE_NOUNS:
                return c, past
            if c.dep_ == "prep" and c.lower_ == "as":
                obj = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ in ROLE_NOUNS), None)
                if obj is not None:
                    return obj, past
        return None, past
    # "took over (from Y) as commander", "assumed responsibilities as commander of the district"
    taking = lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) or lemma == "assume"
    if lemma in REPLACING or taking:   # "X took over (from Y) as commander": as with "replaced Y as"
        past = earlier   # "X has replaced Y as defence secretary", "X replaced Y as …": news, the post holds now
        duties = [g for d in verb.children if d.dep_ == "dobj" and lemma == "assume" for g in d.children]
        for c in [*verb.children, *duties]:   # "assumed responsibilities [as commander]"
            if c.dep_ == "prep" and c.lower_ == "as":
                obj = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ in ROLE_NOUNS), None)
                if obj is not None and (taking or any(d.dep_ == "dobj" for d in verb.children)):
                    return obj, past
        return None, past
    if lemma in BECOMING:
        if lemma == "become":
            past = past or verb.tag_ == "VBD"
        for c in verb.children:
            if c.dep_ in ("attr", "acomp") and c.lower_ in ROLE_NOUNS and lemma != "serve":
                return c, past
            if c.dep_ == "prep" and c.lower_ == "as" and lemma in ("serve", "remain"):
                obj = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ in ROLE_NOUNS), None)
                if obj is not None:
                    return obj, past
    return None, past


def _command_taken(verb):
    """The unit of 'took command of the US 7th Fleet', 'assumed command of II MEF': a named unit a
    subject takes command of, in a clause that tells it as done (not 'will take', 'did not')."""
    if verb.lemma_.lower() not in ("take", "assume") or verb.tag_ not in ("VBD", "VBZ", "VBN") \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return None
    command = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "command"
                    and not any(g.dep_ in ("det", "poss", "amod") for g in c.children)), None)
    of = next((c for c in command.children if c.dep_ == "prep" and c.lower_ == "of"), None) if command is not None else None
    unit = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if unit is None or not (unit.pos_ == "PROPN" or unit.ent_type_ in ("ORG", "NORP") and unit.is_upper):
        return None   # "took command of II MEF", not "of the situation"
    # "… of II MEF [from Maj. Gen. Y]", "[in a ceremony]": the unit's own words
    skip = {w.i for c in unit.children if c.dep_ in ("prep", "relcl", "acl", "appos") and c.lower_ != "of"
            for w in c.subtree}
    words = [t for t in unit.subtree if t.i not in skip and (not t.is_punct or t.text in ("-", "'s", "’s"))]
    if any(t.ent_type_ == "PERSON" for t in words):
        return None
    return words if 0 < len(words) <= 10 and not any(w.pos_ in ("VERB", "ADP") and w.lower_ != "of" for w in words) \
        else None


AHEAD = {"next", "incoming", "future", "designate", "designated"}   # "named as the next First Sea Lord": not yet held


def _post_words(noun):
    """The post's words: the noun with its modifiers and its 'of …' phrase, without a leading
    article, a relative clause or a bracket."""
    skip = {w.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos", "advcl") or c.dep_ == "prep" and (
        c.lower_ in ("as", "after", "before", "while") or any(g.pos_ == "VERB" for g in c.children)) for w in c.subtree}
    # "head of the Navy's 5th Fleet[, based in Bahrain]": a clause deeper in the 'of …' phrase, not its words
    skip |= {w.i for t in noun.subtree if t.dep_ in ("relcl", "acl", "advcl") and t.pos_ == "VERB" for w in t.subtree}
    # "… as defence secretary [as Rishi Sunak begins a reshuffle]": a clause, not the post's words;
    # "commander of the 9th Fleet[, the latest sign of …]": an apposition set off by a comma deeper down
    skip |= {w.i for t in noun.subtree if t.dep_ == "appos" and t.head != noun and t.left_edge.i > 0
             and t.doc[t.left_edge.i - 1].text == "," for w in t.subtree}
    # "commander of the Northern Brigade [on Monday]": when it happened, not the post's words
    skip |= {w.i for t in noun.subtree if t.dep_ == "prep" and t.lower_ in ("on", "in", "since", "from", "at")
             and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in t.children) for w in t.subtree}
    words = [t for t in noun.subtree if t.i not in skip and (t.dep_ != "punct" or t.text in ("'s", "’s", "-"))]
    if any(t.text in ("(", ")") for t in noun.subtree):
        return []
    if any(t.lower_ in AHEAD for t in words[:3]):
        return []
    if any(t.lower_ in ORDER_WORDS and t.i < noun.i for t in words) and any(
            c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children):
        return []   # "the second Pentagon official charged in …": one of those charged, not a post
    while words and (words[0].lower_ in ("the", "a", "an", "new", "its", "his", "her", "their")):
        words = words[1:]
    doc = noun.doc
    while words and words[0].i >= 2 and doc[words[0].i - 1].text in ("-", "–") and not doc[words[0].i - 1].whitespace_ \
            and not doc[words[0].i - 2].whitespace_ and doc[words[0].i - 2].is_alpha:
        # "the vice-president of …": the parse split the word at its hyphen; the post keeps all of it
        words = [doc[words[0].i - 2], doc[words[0].i - 1]] + words
    # "India's first Chief of the Defence Staff", "the new chairman": the post, not its order or novelty
    words = [t for t in words if not (t.lower_ in ORDER_WORDS and t.i < noun.i)]
    return trim_role(words)


ORDER_WORDS = {"first", "second", "third", "fourth", "fifth", "new", "next", "latest", "newly"}
