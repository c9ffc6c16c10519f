"""How a fact is asked: the template context and the features of the wording.

For each fact type this decides which form of question the fact's frame
allows (a nominal event, a 'Since when' start, a deadline, a counted
subject or object…), builds the realised parts the template needs, and
records the features the ranking scores (a specific subject, a complete
clause, an anchor in time or in the headline).
"""
from __future__ import annotations

import re
from dataclasses import fields

from .. import dates
from ..facts.model import Fact
from ..normalise import FIGURE_HEDGES, MILITARY_RANKS, POST_CLASSES, RANK_WORDS, SHORT_RANKS, fold, rank_title
from . import realise
from .vocab import DESCRIPTIONS, GENERIC_ORGS, GENERIC_POST_WORDS, NATIONALITY, PROFESSIONS, SHARED_POSTS

WHEN = {"year": "In which year", "month": "In which month", "day": "On which date"}
BY_WHEN = {"year": "By which year", "month": "By which month", "day": "By which date"}
FROM_WHEN = {"year": "From which year", "month": "From which month", "day": "From which date"}
UNTIL_WHEN = {"year": "Until which year", "month": "Until which month", "day": "Until which date"}
CURRENCY_SIGNS = {"US dollars": "$", "pounds": "£", "euros": "€", "dollars": "$", "yen": "¥"}
SCALE_WORDS = [(1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million")]


def number_text(value) -> str:
    """1500000 -> '1.5 million', 150000 -> '150,000', 2.5 -> '2.5'; a figure that a scale word
    would round ('1005001') is written out whole, so the answer is the figure the text gives."""
    from decimal import Decimal
    for size, word in SCALE_WORDS:
        if abs(value) >= size:
            text = f"{value / size:,.2f}".rstrip("0").rstrip(".")
            if Decimal(text.replace(",", "")) * size != Decimal(str(value)):
                break
            return f"{text} {word}"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def is_money(fact: Fact) -> bool:
    return bool(fact.sources) and fact.sources[0].rule == "quantity-money"


def is_percent(fact: Fact) -> bool:
    return bool(fact.what) and fact.what.startswith("percent")


def amount_text(fact: Fact, value=None) -> str:
    """The figure as an answer reads: '$1.5 million', '20 percent', '500 troops' → '500'."""
    value = fact.value if value is None else value
    if is_money(fact):
        sign = CURRENCY_SIGNS.get(fact.what or "")
        number = number_text(value)
        return f"{sign}{number}" if sign else f"{number} {fact.what}"
    if is_percent(fact):
        return f"{number_text(value)} percent"
    return number_text(value)


def answer_text(fact: Fact) -> str:
    qualifier = f"{fact.qualifier} " if fact.qualifier else ""
    return qualifier + amount_text(fact)


def anchor_of(fact: Fact, headline: str | None) -> tuple[str | None, str | None]:
    """(time anchor, headline anchor) for a role: '3 December 2014' (posts change hands within a
    month, so the day when the article gives it), 'December 2014', or the real headline."""
    if fact.as_of:
        return dates.human(fact.as_of), None
    return None, headline


# a headline about posts changing hands dates none of them
CHANGES_HANDS = re.compile(r"\b(?:reshuffles?|appoint(?:s|ed|ment)?|names?|named|nominat(?:es?|ed|ion)|promot(?:es?|ed|ion)|"
                           r"replac(?:es?|ed)|succeed(?:s|ed)?|successor|takes? over|assumes?|resigns?|quits?|"
                           r"sacked|fired|ousted|steps? down)\b", re.I)


def post_named(fact: Fact) -> bool:
    """The post names its organisation or country: 'NATO Secretary General', 'Iraqi Prime Minister'."""
    org = re.sub(r"^(?:the|a|an)\s+", "", (fact.org or "").strip(), flags=re.I)
    words = [w for w in re.findall(r"[\w’'-]+", org.lower()) if w not in ("of", "the", "for", "and")]
    # "Islamist president": a creed or a party line is not a country or a body
    return bool(words) and not set(words) <= GENERIC_ORGS and not all(w.endswith(("ist", "ists")) for w in words)


def base_context(fact: Fact, headline: str | None) -> dict:
    data = {f.name: getattr(fact, f.name) for f in fields(fact) if f.name != "sources"}
    data.update(doc=fact.doc, evidence=fact.evidence, date_kind=getattr(fact, "date_kind", None))
    return {"fact": data, "frame": fact.frame or {}, "title": headline or "", "headline": headline}


_END_OF = re.compile(r"\bthe (?:end|close) of\s*$", re.I)


def _end_of(fact: Fact) -> bool:
    """The date was read from 'the end of 2024' or 'the end of the month'."""
    src = fact.sources[0]
    words = src.evidence[src.span_start - src.start:src.span_end - src.start]
    return bool(_END_OF.search(src.evidence[:src.span_start - src.start])) or \
        bool(re.match(r"the (?:end|close) of\b", words, re.I))


def date_wording(fact: Fact, headline: str | None, article_date: str | None = None) -> tuple[dict, dict] | None:
    """Context for a date question, and the wording's features; None when it cannot be asked."""
    frame = fact.frame or {}
    precision = dates.precision_of(fact.date)
    kind = fact.date_kind or "point"
    ctx = base_context(fact, headline)
    ctx["article_date"] = article_date
    ctx.update(when=WHEN[precision], by_when=BY_WHEN[precision], from_when=FROM_WHEN[precision],
               until_when=UNTIL_WHEN[precision], ask={})
    src = fact.sources[0]
    if kind == "deadline" and re.search(r"\bbefore\s*(?:the (?:end|start) of\s*)?$",
                                        src.evidence[:src.span_start - src.start], re.I):
        return None   # "before 2025" is not "by 2025": the year itself may be too late
    if kind == "deadline" and _end_of(fact):
        # "by the end of 2024" is not "by 2024": the question says which end
        ctx.update(by_when="By the end of which " + BY_WHEN[precision].split()[-1])
    feats = {"specific": True, "complete": True, "pronoun": False, "negated": False}
    if kind == "state":
        return None   # "as of 1 March 2016, NATO had deployed 400 troops": no event happened then
    if fact.relative and fact.sources[0].rule in ("date-weekday", "date-relative"):
        # "on Tuesday", "this year": right only if the article's date and the tense are, and
        # "this year" asks for the article's own year
        return None
    if frame.get("modifier"):
        return None   # "the 2003 World Cup": without its year the event is not one event
    if frame.get("kind") == "nominal":
        form = {"start": "nominal-start", "end": "nominal-end"}.get(kind, "nominal")
        if kind == "deadline" or fact.status == "planned" and kind in ("start", "end"):
            return None   # "On which date did the exercise begin?" of one still to come
        if kind == "end" and (not article_date or fact.date > article_date):
            return None   # "the extension of the mission until 30 June 2026": an end still to come, or not known to be past
        if fact.status == "planned" and kind == "point":
            form = "nominal-planned"
        feats["specific"] = bool(frame.get("specific", True)) and not frame.get("loose")
        feats["complete"] = bool(frame.get("complete", True))
        feats["attached"] = bool(frame.get("attached", True))
        feats["pronoun"] = bool(frame.get("demonstrative"))   # "their talks", "this visit"
    elif frame.get("kind") == "clause":
        if frame.get("tense") == "present" and not fact.relative and fact.status != "planned":
            if not frame.get("caption"):
                return None   # a dated event in the present tense in prose: the parse has it wrong
            # headlines and captions tell past events in the present ("Minister visits troops")
            frame = {**frame, "tense": "past"}
        if frame.get("tense") == "perfect" and kind == "point":
            # "two ships have arrived … on 4 January": a dated event is asked in the past
            frame = {**frame, "tense": "past", "aux": "were" if frame.get("plural") else "was"}
        ask = {"inverted": realise.inverted(frame), "since": realise.since(frame)}
        ctx["ask"] = ask
        if kind == "start":
            form = "since" if ask["since"] else (
                "from" if fact.sources[0].rule == "date-range" and ask["inverted"] else None)
        elif kind == "end":
            form = "until" if ask["inverted"] else None
        elif kind == "deadline":
            form = "deadline" if ask["inverted"] else None
        else:
            form = "point" if ask["inverted"] else None
        if form in ("since", "from") and frame.get("tense") not in ("perfect", "past", "present"):
            form = None
        if form is None:
            return None
        if kind == "point" and frame.get("modal") in HEDGING_MODALS:
            return None   # "Unilever could launch the products in 2007": a possibility has no date
        if len(fact.date or "") < 10 and COUNTED_OBJECT.search(frame.get("rest") or ""):
            return None   # "carried out at least 50 drone strikes in 2009": a year's tally, not a datable event
        if kind == "point" and frame.get("lemma") == "be" and frame.get("voice") != "passive":
            return None   # "In which year was Pernod's last purchase a third of Seagram?": a state, not an event
        if fact.status == "planned" and _quoted(fact):
            return None   # "'Casual games will get into their stride in 2005'": a speaker's forecast
        if fact.status == "planned" and frame.get("tense") in ("past", "perfect") and kind == "point":
            return None   # planned, but the clause reads as done
        if form in ("until", "deadline") and not ctx.get("article_date"):
            feats["anchored"] = False   # "Until which date was the mandate extended?" — by which decision?
        # "did the ministers issue a statement?", "… sign an agreement?": which one, the event does not say
        # "… receive the report of a panel?": which panel
        # "… broaden its assistance program?": its own one, but which of its programmes?
        vague_object = bool(re.fullmatch(r"(?:an?|its|their) [a-z][a-z -]*", (frame.get("rest") or "").strip())) or bool(
            re.search(r"\b(?:of|from|by|with) an? [a-z][a-z-]*$", (frame.get("rest") or "").strip()))
        subject = frame.get("subject") or ""
        if re.match(r"(?:fewer|more|less|a record)\b", subject, re.I):
            return None   # "In which year were fewer US films shot in the UK?": fewer than when?
        if re.match(r"an? ", subject) or re.fullmatch(r"[A-Z]{2,3}", subject):
            feats["loose_subject"] = True   # "did a Rwandan soldier …", "was RA arrested …": who?
        if " as well as " in subject or subject.count(" and ") >= 2 or " and " in subject and len(subject.split()) > 6:
            feats["loose_subject"] = True   # "broadband take-up, portable players and mobile devices as well as …"
        # "recovered from a crisis in 2001": the year is the crisis's, not the recovery's
        feats["attached"] = bool(frame.get("attached", True))
        feats.update(specific=bool(frame.get("specific")) and bool(frame.get("named", True)) and not vague_object,
                     complete=bool(frame.get("complete", True)) and not feats.pop("loose_subject", False),
                     pronoun=bool(frame.get("demonstrative")) or _pronoun_object(frame),
                     negated=bool(frame.get("negated")), substantive=not frame.get("reported"))
    else:
        return None
    ctx["form"] = form
    return ctx, feats


# a count as what the clause did: "carried out at least 50 drone strikes", "recruited 5,000 soldiers"
COUNTED_OBJECT = re.compile(r"^(?:(?:out|up|off|in|on|down) )?"   # "carried out …"
                            rf"(?:(?:{'|'.join(re.escape(h) for h, _ in FIGURE_HEDGES)}) )?"
                            r"\d[\d,]*(?:\.\d+)?\s+(?!percent\b|per\b|cent\b)[a-z]")
HEDGING_MODALS = {"could", "would", "might", "may", "should", "can", "must", "ought"}
QUOTE_MARKS = '"“”'


def _quoted(fact: Fact) -> bool:
    """Whether the fact's words stand inside a quotation in their sentence."""
    src = fact.sources[0]
    before = src.evidence[:src.span_start - src.start]
    return sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1


def quantity_wording(fact: Fact, headline: str | None) -> tuple[dict, dict] | None:
    frame = fact.frame or {}
    if frame.get("kind") != "clause":
        return None
    gap = frame.get("gap")
    if re.match(r"(?:out )?of (?:the )?\d", frame.get("rest") or ""):
        return None   # "How many drones did Ukraine down out of 18 drones?": the whole, the other figure, is given
    if frame.get("tense") == "present" and frame.get("caption"):
        # a headline tells a past event in the present ("Ukraine downs 17 drones")
        frame = {**frame, "tense": "past", "aux": None}
    ctx = base_context(fact, headline)
    ask = {"inverted": realise.inverted(frame) if gap == "object" else None,
           "predicate": realise.predicate(frame) if gap == "subject" else None}
    ctx["ask"] = ask
    ctx["amount"] = answer_text(fact)
    ctx["what"] = realise.plural_noun(fact.what or "")
    if is_money(fact):
        form = "money-object" if ask["inverted"] else None
    elif is_percent(fact):
        form = "percent-object" if ask["inverted"] and frame.get("of") else None
        ctx["of"] = frame.get("of")
    elif gap == "subject":
        # "How many soldiers and, will remain in Aceh?": the count was one of two coordinated subjects
        form = "count-subject" if ask["predicate"] and not re.match(r"\W*(?:and|or)\b|\W*,", ask["predicate"]) else None
    else:
        form = "count-object" if ask["inverted"] else None
    if form is None:
        return None
    ctx["form"] = form
    feats = {"specific": bool(frame.get("specific")) and bool(frame.get("named", True)),
             "complete": bool(frame.get("complete", True)) and bool(frame.get("rest") or gap == "object"),
             "pronoun": bool(frame.get("demonstrative")) or _pronoun_object(frame),
             "negated": bool(frame.get("negated"))}
    return ctx, feats


OBJECT_PRONOUN = re.compile(r"(?:(?:to|of|with|for|from|on|into) )?(?:it|them|this|that|these|those|him)\b", re.I)


def _pronoun_object(frame: dict) -> bool:
    """'On which date did the ministry sign it in Paris?': what the clause acts on is a pronoun
    whose antecedent is in another clause, so the question does not say what was signed."""
    return bool(OBJECT_PRONOUN.match((frame.get("rest") or "").strip()))


def _post_goes_on(fact: Fact) -> bool:
    """The source goes on with capitalised words after the post that are not the person's name or a
    rank or title before it."""
    evidence, role = fact.evidence, fact.role
    at = evidence.find(role)
    nxt = re.match(r"\s+([A-Z][\w.’'-]*)", evidence[at + len(role):]) if at >= 0 else None
    if nxt is None:
        return False
    word = nxt.group(1)
    names = {w for n in [fact.person, *fact.aliases] for w in (n or "").split()}
    return word not in names and fold(word) not in MILITARY_RANKS | RANK_WORDS | SHORT_RANKS | TITLE_WORDS


TITLE_WORDS = {"dr", "dr.", "mr", "mr.", "mrs", "ms", "sir", "hon", "hon.", "senator", "sen.", "his", "her", "prof",
               "commander", "cdr.", "cmdr."}   # "PN spokesperson Commander NAME": a naval rank


def role_wording(fact: Fact, headline: str | None, kind: str) -> tuple[dict, dict] | None:
    ctx = base_context(fact, headline)
    when, title = anchor_of(fact, headline)
    if when is None and (title is None or CHANGES_HANDS.search(title)):
        return None   # "… according to 'S. Korea conducts military reshuffle'": which, the old post or the new?
    # the templates' "when": "on 3 December 2014", "in December 2014"
    ctx.update(anchor=when, title=title or "",
               when=f"{'on' if len(fact.as_of or '') >= 10 else 'in'} {when}" if when else None)
    answer = fact.person if kind == "reverse" else fact.role
    # "Who was former WorldCom chief?" fits every former chief
    words = [w.lower() for w in fact.role.replace(",", " ").split()]
    shared = any(w in SHARED_POSTS for w in words)
    if _post_goes_on(fact):
        return None   # "Pakistan's Chairman [Joint Chief of Staff Committee]": the post was cut short
    raw = fact.role.split()
    if words and words[-1] in DESCRIPTIONS or len(raw) == 2 and words[-1] in PROFESSIONS and NATIONALITY.fullmatch(raw[0]):
        return None   # "Chinese leader", "Mafia boss", "British director": a description, not a post
    if rank_title(fact.role) or rank_title(re.split(r"\s+of\s+", fact.role)[0]):
        return None   # "Who was US Navy Admiral?", "— colonel of the United States": a rank many hold, not a post
    if words and words[-1] in ("to", "of", "for", "in", "at", "the", "and", "with", "on"):
        return None   # "commander to the African Union Mission to": a post cut off
    if words and set(words) <= GENERIC_POST_WORDS:
        return None   # "Union Minister", "Cabinet Minister": one of a government's many ministers
    if kind == "basic" and words and words[0] in ("founder", "co-founder", "cofounder"):
        return None   # "What post did X hold? — founder of Wagner Group": founding is no post
    if kind == "reverse" and "deputy" in words and "first" not in words and any(
            w.startswith("minister") for w in words):
        return None   # "Who was Russian Deputy Foreign Minister?": a ministry has several deputies
    if fact.role.lower().startswith(("then ", "incoming", "designate")) or fact.role.lower().endswith(
            ("-designate", "-elect")) or {"outgoing", "incoming", "designate", "nominee", "candidate"} & set(words):
        return None   # "the then President", "incoming air force chief": not the post on the article's day
    if fact.role.lower().startswith(("former", "ex-", "then")) or any(w == "former" or w.startswith("ex-") for w in words):
        return None   # "Former Southampton manager", "Kosovo ex-president": held once, when is not said, by several
    # "Who was Chinese Ambassador?", "— US Ambassador": to which country
    sent_to = not {"ambassador", "envoy", "consul", "attache", "attaché"} & set(words) or "to" in words or "in" in words
    if kind == "reverse":
        # "Who was former WorldCom chief?", "Who was economist at ING Barings?": more than one fits
        # "Who was senior NATO commander?", "… current Disney director?": one of several
        # "Who was the head of a Malaysian retailer?": which retailer
        specific = post_named(fact) and not shared and sent_to and not {"a", "an"} & set(words) and \
            not (fact.frame or {}).get("one_of") and not (fact.frame or {}).get("changed_hands") and \
            not fact.role.lower().startswith(
            ("former", "ex-", "then", "outgoing", "acting", "interim", "current", "senior", "top ", "leading",
             "a ", "an ", "one ", "another"))
    else:
        # "What post did X hold? — President", "— Foreign Affairs Minister": of which country?
        specific = post_named(fact) and sent_to
    hides = title is None or not _mentions(title, answer)
    if kind == "reverse" and title is not None and fact.person.split()[-1].lower() in title.lower().split():
        hides = False   # "Who was Tottenham manager according to 'Santini resigns as Spurs manager'?"
    if kind == "basic" and title is not None and _post_words(fact.role) & _post_words(title):
        # "What post did X hold according to 'Collins named UK Athletics chief'?": the headline's post
        # is someone else's, or half the answer
        hides = False
    if kind == "basic" and title is not None and _stems_in(fact.role, title):
        hides = False   # "— Australian Foreign Minister" after "The Australian Foreign Ministry announced …"
    if UNNAMED_BODY.search(fact.role):
        specific = False   # "head of the ministry's Space and Satellite Administration": which ministry
    ctx["definite"] = _definite(fact)
    feats = {"specific": specific, "complete": True,
             "pronoun": False, "negated": False,
             "headline_hides_answer": hides}
    return ctx, feats


# a body a post names only as "the ministry's" or "its": the article named it in another sentence
UNNAMED_BODY = re.compile(r"\b(?:the (?:ministry|agency|department|company|group|firm|organi[sz]ation|council|"
                          r"committee|commission|office|service|force|army|navy|mission|academy)['’]s|its|their)\b",
                          re.I)


def _definite(fact: Fact) -> bool:
    """Whether 'Who was …' takes 'the' before the post: as the text says it ('the Northern Territory's
    chief minister'), or a post in lower case ('the director of …'); not 'Who was the NATO's …'."""
    role = fact.role or ""
    at = fact.evidence.find(role) if role else -1
    if at >= 0 and re.search(r"\bthe\s+$", fact.evidence[:at], re.I):
        return True
    return role[:1].islower() or bool(role.split()) and role.split()[-1][:1].islower() and \
        "’s " not in role and "'s " not in role


def _stems_in(answer: str, text: str) -> bool:
    """Every word of the answer that counts has its stem in the text ('Minister' in 'Ministry')."""
    stems = {w[:6] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4}
    words = [w for w in re.findall(r"[a-z]+", answer.lower()) if len(w) >= 4]
    return bool(words) and all(w[:6] in stems for w in words)


def _post_words(text: str) -> set[str]:
    """The office nouns of a text: 'chief', 'minister', 'secretary'."""
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w in POST_CLASSES}


def _mentions(text: str, answer: str) -> bool:
    from ..normalise import key_words

    words = set(key_words(text))
    target = key_words(answer)
    return bool(target) and all(w in words for w in target)
