"""Candidate cards of one fact, one per kind its wording allows, each scored."""
from __future__ import annotations

import re

from ..dates import human as human_date
from ..facts.model import Fact
from ..normalise import key_words, rank_title
from ..templating import render_block
from .cloze import ANAPHOR, BARE_DEFINITE, cloze_features, cloze_parts, spaced
from .distractors import OptionIndex
from .model import Card
from .rank import score
from .signs import (BROKEN, CAPTION, CUT_WORD, DAY_NAMED, MEDIA, RELATIVE_TIME, SCALE_WORDS, SCALED, SUPERLATIVE,
                    UNANCHORED, WEEKDAY, YEAR, aside_in, believed, conversion, leaks, listed, names_a_date, share_given,
                    sum_given, time_lost, vague_object, qualifier_dropped, generic_body)
from .wording import amount_text, date_wording, is_money, is_percent, post_named, quantity_wording, role_wording

TEMPLATES = {
    ("date", "basic"): "cards/date_basic.j2",
    ("person_role", "basic"): "cards/person_role_basic.j2",
    ("person_role", "reverse"): "cards/person_role_reverse.j2",
    ("quantity", "basic"): "cards/quantity_basic.j2",
    ("acronym", "acronym"): "cards/acronym_acronym.j2",
}
CHOICE_BASE = {"date": "basic", "person_role": "reverse", "quantity": "basic"}
MAX_QUESTION_WORDS = 28
# counted nouns that are not worth a card: 'two separate issues', 'one reason'
VAGUE_NOUNS = {"thing", "issue", "way", "reason", "aspect", "area", "factor", "option", "question", "idea",
               "example", "problem", "element", "kind", "type", "sort", "step", "point", "time", "case",
               "part", "side", "bit", "lot", "number", "set", "group", "occasion", "exception", "respect"}


def tag(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_")


def candidates(fact: Fact, kinds, env, index: OptionIndex, headlines: dict, article_dates: dict) -> list[Card]:
    headline = headlines.get(fact.doc)
    docs = tuple(dict.fromkeys(s.doc for s in fact.sources))
    key = f"{fact.id}@{fact.doc}" if fact.conflict else fact.id
    article_date = None
    if fact.type == "person_role" or fact.type == "date" and fact.relative:
        article_date = fact.sources[0].article_date   # set where the answer rests on it
    elif fact.type == "quantity":
        article_date = article_dates.get(fact.doc)   # a figure holds at the time it was reported
    event = {"start": f"{fact.event} begins", "end": f"{fact.event} ends"}.get(fact.date_kind or "", fact.event)
    topic = {"person_role": fact.person, "date": event, "quantity": fact.what, "acronym": fact.acronym}
    common = dict(fact_id=fact.id, fact_type=fact.type, doc=fact.doc, quote=spaced(fact.evidence),
                  article_date=article_date, docs=docs, topic=topic.get(fact.type) or "")
    rule = fact.sources[0].rule
    out = []
    for kind in kinds:
        made = _candidate(fact, kind, env, index, headline, article_dates.get(fact.doc))
        if made is None:
            continue
        question, answer, options, cloze, features = made
        value, reasons = score(rule, features)
        # a handful of tags: the article only when the fact has one
        tags = ("quiz", fact.type, kind) + ((tag(docs[0].rsplit(".", 1)[0]),) if len(docs) == 1 else ())
        out.append(Card(id=f"{key}:{kind}", kind=kind, question=question, answer=answer, options=options,
                        cloze=cloze, tags=tags, score=value, reasons=reasons, **common))
    return out


def _candidate(fact: Fact, kind: str, env, index: OptionIndex, headline, article_date):
    if fact.type == "person_role" and len((fact.person or "").split()) < 2:
        return None   # "Kenyan Sheikh _____": one name alone says not who
    if fact.type == "quantity" and fact.value == 1:
        return None   # "killed one person": a fact of the article, but one of something is no count to learn
    if kind == "cloze":
        parts = cloze_parts(fact)
        if parts is None:
            return None
        feats = cloze_features(fact, parts)
        features = {"blank_worth": not feats["trivial_blank"] and not feats["given_away"]
                    # "approved the boost on _____" in an article of that day: a blanked "today"
                    and not (fact.type == "date" and article_date is not None and fact.date == article_date)
                    # "_____ other nations, including Belgium, Canada, …": the list counts itself
                    and not listed(fact, parts[2]),
                    "timed": _timed(fact, article_date),
                    # "The service's oldest frigate deployed on _____": which frigate?
                    # "Court President _____ said …": which court?
                    # "President _____ stressed …": of which country? A post needs its country or body
                    # "_____ other nations use Patriot": other than what the sentence before named
                    "specific": (fact.type != "person_role" or bool(fact.org) and post_named(fact))
                    and not (fact.type == "quantity" and re.match(r"\s*other\b", parts[2])),
                    "self_contained": feats["self_contained"] and (fact.frame or {}).get("named", True)
                    # "US Navy Admiral _____ said …": one of many admirals
                    and not (fact.type == "person_role" and rank_title(fact.role)),
                    "whole": not feats["fragment"],
                    "no_anaphor": feats["no_anaphor"], "no_pointer": feats["no_pointer"],
                    "readable": feats["length_ok"], "salient": _salient(fact),
                    "answer_hidden": not _headline_gives(headline, parts[1], fact),
                    # a post changes hands, but a blanked holder is asked in the sentence that says what
                    # the holder did: the event picks out one ("The Ukraine's new president, _____, will
                    # also be there"), with or without the article's date
                    "anchored": True,
                    "not_caption": not CAPTION.search(fact.evidence),
                    "clean_source": not BROKEN.search(fact.evidence),
                    "not_elsewhere": not feats["said_elsewhere"]}
        # a post or a figure holds on the day it was reported: the context says that day too; so does a
        # date's blank without a year ("through _____" of a yearly exercise, "In _____" for "April last
        # year"), but not one with a year, which the article's year would answer
        dated = human_date(article_date) if article_date and (fact.type != "date" or not YEAR.search(parts[1])) else None
        context = render_block(env, "cards/cloze.j2", "context", {"headline": _story(headline), "date": dated})
        context = f"{context} " if context else ""
        parts = (context + parts[0], parts[1], parts[2])
        return f"{parts[0]}_____{parts[2]}", parts[1], (), parts, features
    base = CHOICE_BASE.get(fact.type) if kind == "choice" else kind
    name = TEMPLATES.get((fact.type, base))
    if name is None:
        return None
    wording = _wording(fact, base, headline, article_date)
    if wording is None:
        return None
    ctx, feats = wording
    question = render_block(env, name, "question", ctx)
    answer = render_block(env, name, "answer", ctx)
    features = {
        # "How many veterans will enter the venue of the ceremony?": which ceremony
        # "When did President X send a report to Congress?": which report (a blank shows its sentence)
        "specific": feats.get("specific", True) and not BARE_DEFINITE.search(question) and not ANAPHOR.search(question)
        and not UNANCHORED.search(question) and not (base != "cloze" and vague_object((fact.frame or {}).get("rest") or "")),
        # "… increase the number of military courts to handle?": the infinitive lost its object
        # "… did the wing receive its first?": the object lost its noun
        "complete": feats.get("complete", True) and not re.search(r"\bto [a-z]+\?$", question)
        and not re.search(r"\b(?:its|their|his|her|the|a|an|first|second|last|new|next)\?$", question),
        "no_pronoun": not feats.get("pronoun", False), "affirmed": not feats.get("negated", False),
        "stated": not believed(fact, question),
        "short": len(question.split()) <= MAX_QUESTION_WORDS, "salient": _salient(fact),
        "answer_hidden": feats.get("headline_hides_answer", True) and not leaks(question, answer, fact)
        and not _headline_gives(headline, answer, fact),
        "anchored": feats.get("anchored", True),
        "unique": not (fact.type == "person_role" and base == "basic" and index.posts_in_doc(fact) > 1)
        and not (fact.type == "person_role" and base == "reverse" and index.holders_in_doc(fact) > 1),
        # a headline's words drop their articles ("did Sea Breeze exercise in Black Sea take place?")
        "prose": not (ctx.get("frame") or {}).get("title_case") and not (
            fact.type == "date" and (ctx.get("frame") or {}).get("caption")
            and (ctx.get("frame") or {}).get("kind") == "nominal"),
        "substantive": feats.get("substantive", True),
        # "How many troops did the Army deploy today?": the question cannot say "today"
        "timed": _timed(fact, article_date) and not RELATIVE_TIME.search(question) and not WEEKDAY.search(question),
        # "In which year was the film due in 2005 delayed until 2006?": one date asked, another given
        "one_date": not (fact.frame or {}).get("several") and not (
            fact.type == "date" and names_a_date(question, (fact.frame or {}).get("subject"))),
        "whole_words": not CUT_WORD.search(question) and not CUT_WORD.search(answer) and not aside_in(fact.evidence, question),
        "attached": feats.get("attached", True),
        "not_caption": not CAPTION.search(fact.evidence),
        "clean_source": not BROKEN.search(f"{question} {answer}"),
    }
    if fact.type == "quantity":
        # "… hired more than 3,500 workers this year": the question must keep the when
        features["complete"] = features["complete"] and not time_lost(fact.evidence, question)
        features["specific"] = features["specific"] and (base == "cloze" or not qualifier_dropped(fact, question))
        # "Among the detainees, 22 were captured in Istanbul": a share of a total the question drops
        features["self_contained"] = not re.match(r"\W*(?:among|of) (?:the|these|them|those|whom|which)\b",
                                                  fact.evidence, re.I)
        # "How many pirates has Kenya convicted since 2007?": a running total, with no day it was counted
        # (a blank in its sentence, which shows the article's day, still asks it)
        if (fact.frame or {}).get("tense") == "perfect":
            features["anchored"] = False
        # "How many suspects do security forces detain in a joint operation?": a headline's present
        # tells of one event as if it were a habit
        if (fact.frame or {}).get("tense") == "present" and (fact.frame or {}).get("lemma") in NEWSWORTHY:
            features["anchored"] = False
    if fact.type in ("date", "quantity") and base != "cloze" and (
            generic_body((fact.frame or {}).get("subject"), question) or re.search(r"(?:'s|’s|\bthe) next\b", question)):
        features["specific"] = False   # "When was Cyber Command activated?": whose; "NATO's next Summit": next from when
    if fact.type == "date" and SUPERLATIVE.search(question):
        # "NATO started its biggest exercises this year on 4 May": without "this year", the biggest ever
        src = fact.sources[0]
        rest = src.evidence[:src.span_start - src.start] + " " + src.evidence[src.span_end - src.start:]
        said = {m.group(0).lower() for m in RELATIVE_TIME.finditer(rest)}
        features["complete"] = features["complete"] and not said - {
            m.group(0).lower() for m in RELATIVE_TIME.finditer(question)}
        # "first employed the drawdown [to provide aid for Taiwan]": the first of what the words it drops say
        rest = (fact.frame or {}).get("rest") or ""
        after = src.evidence.split(rest, 1)[1] if rest and rest in src.evidence else ""
        if re.match(r"\s+(?:to [a-z]+|for|among|of|against|with)\b", after):
            features["complete"] = False
    options = ()
    if kind == "choice":
        if fact.type == "quantity" and fact.qualifier in BOUNDS:
            return None   # "more than $130 million": a larger wrong option would be right too
        if fact.type == "quantity" and not is_money(fact) and (fact.value or 0) < 10:
            return None   # "4 suspects … a fifth man was also arrested": a neighbouring count may be right too
        made = _options(fact, index, article_date)
        if made is None:
            return None
        options, answer = made
    return question, answer, options, None, features


def _story(headline: str | None) -> str | None:
    """The headline as the story's name: without a wire's 'BREAKING NEWS:' or 'UPDATE 2-'."""
    if not headline:
        return None
    return re.sub(r"^(?:BREAKING(?: NEWS)?|EXCLUSIVE|UPDATE(?: \d+)?|WATCH|VIDEO)\s*[:-]\s*", "", headline).strip() or None


def _wording(fact: Fact, kind: str, headline, article_date):
    if fact.type == "date":
        return date_wording(fact, headline, article_date)
    if fact.type == "quantity":
        return quantity_wording(fact, headline)
    if fact.type == "person_role":
        return role_wording(fact, headline, kind)
    if fact.type == "acronym":
        from .wording import base_context
        # "What does IAF stand for in the article 'Parade on Air Force Day'?": the headline half answers it
        # "What does CCC stand for?": with no headline to say which article, an acronym stands for many
        # things; "UN", "EU": two letters are either common knowledge or anything at all
        if not headline or len(re.sub(r"[^A-Za-z]", "", fact.acronym or "")) <= 2:
            return None
        if any(part in (fact.acronym or "") and part != (fact.expansion or "").strip()
               for part in re.findall(r"\b[A-Z]{2,}\b", fact.expansion or "")):
            return None   # "PNGDF" -> "PNG Defence Force": half the answer is the acronym again
        if MEDIA.search(fact.expansion or ""):
            return None   # "CBC", "KUNA": the outlet the story cites, not what the story is about
        return base_context(fact, headline), {"headline_hides_answer": not _shares_most(headline, fact.expansion)}
    return None


def _shares_most(headline: str | None, answer: str | None) -> bool:
    """Whether the headline holds at least half of the answer's words."""
    order = key_words(answer or "")
    words, head = set(order), set(key_words(headline or ""))
    # "Coast Guard" in the answer is "coastguard" in the headline
    joined = {w for a, b in zip(order, order[1:]) if a + b in head for w in (a, b)}
    return bool(headline) and bool(words) and len(words & (head | joined)) * 2 >= len(words)


BOUNDS = {"more than", "less than", "fewer than", "up to", "at least", "upwards of", "over", "just over",
          "just under", "almost", "nearly", "close to"}


def _headline_gives(headline: str | None, answer: str, fact: Fact) -> bool:
    """Whether the article's headline states the answer ('Eight troops wounded …' for 8)."""
    if not headline:
        return False
    if fact.type == "quantity" and fact.value is not None:
        from ..normalise import parse_number
        found = {parse_number(w.strip(",.:;!?")) for w in headline.split()}
        for m in SCALED.finditer(headline):   # "US Awards $903Mln Contract", "£3.1bn deal"
            number = parse_number(m.group(1))
            if number is not None:
                found.add(float(number) * SCALE_WORDS[m.group(2).lower()])
        return any(v is not None and abs(float(v) - float(fact.value)) <= 0.005 * abs(float(fact.value))
                   for v in found)
    if fact.type == "person_role" and answer == fact.person:
        # "Yoon Names New Defense Minister": one part of the name in the headline gives it away
        said = {w.lower() for w in re.findall(r"[\w’'-]+", headline)}
        parts = {w.lower() for w in re.findall(r"[\w’'-]+", answer) if len(w) >= 3}
        parts |= {p for w in parts for p in w.split("-") if len(p) >= 3}
        if parts & said:
            return True
    return leaks(headline, answer, fact)


# what a small count is worth learning for: who was killed, hurt, held, freed, sent
NEWSWORTHY = {"kill", "wound", "injure", "arrest", "detain", "rescue", "free", "kidnap", "abduct", "deploy", "send",
              "capture", "seize", "intercept", "sentence", "convict", "charge", "evacuate", "die", "sink", "destroy",
              "shoot", "execute", "release", "hold", "hijack", "attack", "launch", "fire", "crash", "sign", "join"}


def _timed(fact: Fact, article_date: str | None) -> bool:
    """A figure changes over time, so its card needs a when: a year in its sentence or the
    article's date; 'this year' and 'today' say nothing without the article's date."""
    if article_date is not None:
        return True
    if fact.type == "quantity" and (fact.frame or {}).get("tense") == "perfect":
        return False   # "Two ministers have been sentenced …": a running total, and no date to say when
    if fact.type == "quantity":
        # "Since 2001, … ordered by nine countries, with about 1,800 in service": the year opens a
        # period, and the figure still needs the day it was counted
        years = [m for m in YEAR.finditer(fact.evidence) if not re.search(r"\bsince\s+(?:early |late |mid-?)?$",
                                                                         fact.evidence[:m.start()], re.I)]
        return bool(years) and not RELATIVE_TIME.search(fact.evidence)
    return fact.type == "date" or not RELATIVE_TIME.search(fact.evidence)


def _salient(fact: Fact) -> bool:
    """Whether the answer is worth learning: not a filler figure or a vague count, not the year
    of an event named by its day ('the 11 September attacks')."""
    if fact.type == "date":
        return not (len(fact.date or "") == 4 and DAY_NAMED.search(fact.event or ""))
    if fact.type != "quantity":
        return True
    if conversion(fact):
        return False   # "111 trillion yen (about $1.01 trillion)": the same amount again
    src = fact.sources[0]
    span = (src.span_start - src.start, src.span_end - src.start)
    if is_percent(fact) and share_given(src.evidence, span):
        return False   # "N130.8 billion out of N443.0 billion, representing 29.5%": the share is worked out
    if not is_percent(fact) and not is_money(fact) and sum_given(src.evidence, span, fact.value):
        return False   # "188 soldiers including 186 men and two women": the parts add up to it
    if re.fullmatch(r"\S+-(?:member|nation|country|seat)", fact.evidence[src.span_start - src.start:src.span_end - src.start]) \
            and re.search(r"\bthe\s+$", fact.evidence[:src.span_start - src.start], re.I):
        return False   # "the 15-member Security Council": the size of a standing body, an epithet ("a 30-member
        # delegation" is news)
    if fact.sources[0].rule == "quantity-count":
        head = (fact.what or "").split()[-1:] or [""]
        lemma = head[0].lower().rstrip("s")
        if fact.value is None or fact.value < 2 or lemma in VAGUE_NOUNS:
            return False
        if (fact.frame or {}).get("sample"):
            return False   # 'a survey of 1,300 bosses': the size of a poll
        if fact.value < 10 and (fact.frame or {}).get("lemma") not in NEWSWORTHY:
            return False   # 'beat two players', 'sent on five more replacements'
    return True


def _options(fact: Fact, index: OptionIndex, article_date) -> tuple[tuple[str, ...], str] | None:
    if fact.type == "person_role":
        wrong, shown = index.people_options(fact), fact.person
    elif fact.type == "date":
        from .. import dates
        wrong, shown = index.date_options(fact, article_date), dates.human(fact.date)
    elif fact.type == "quantity":
        wrong, shown = index.quantity_options(fact), amount_text(fact)
    else:
        return None
    if not wrong:
        return None
    options = sorted(wrong)
    slot = int(fact.id.rsplit("-", 1)[-1], 16) % 4
    options.insert(slot, shown)
    return tuple(options), shown


__all__ = ["candidates"]
