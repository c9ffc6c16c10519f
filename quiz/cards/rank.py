"""Ranking: every candidate card gets a score from explicit features, and only
cards above the threshold are kept.

The score starts from how reliable the fact's extraction rule is and is
multiplied down by each feature the card lacks (a specific subject, a
complete clause, an anchor, a salient answer…); a feature that makes a card
untrustworthy on its own (a pronoun for a subject, the answer given away)
sets it to zero. The reasons travel with the card, so `quiz cards --explain`
and the JSON output say why each card was kept or cut.
"""
from __future__ import annotations

THRESHOLD = 0.5

# How often each rule's facts were right on articles of the genre (tuning sets).
RULE_PRIOR = {
    "role-title": 0.95, "role-title-comma": 0.9, "role-apposition": 0.85, "role-parenthesis": 0.9,
    "role-postnominal": 0.9,
    "date-day": 0.95, "date-month": 0.92, "date-year": 0.85, "date-since": 0.88, "date-range": 0.85,
    "date-weekday": 0.8, "date-month-name": 0.8, "date-relative": 0.75, "date-day-month": 0.85,
    "date-deadline": 0.85, "date-numeric": 0.9,
    "quantity-count": 0.85, "quantity-money": 0.88, "quantity-percent": 0.85,
    "acronym-parenthesis": 0.95,
}
DEFAULT_PRIOR = 0.7

# feature -> (multiplier when the card lacks it, reason)
PENALTIES = {
    "specific": (0.45, "the question does not name a specific subject"),
    "complete": (0.3, "the clause is cut off or lacks its object"),
    "anchored": (0.0, "no time or headline picks out one answer"),
    "salient": (0.0, "the answer is not worth learning"),
    "short": (0.6, "the question is long"),
    "self_contained": (0.4, "the sentence does not name what it is about"),
    "no_anaphor": (0.3, "the sentence points back to something it does not name ('the same survey')"),
    "no_pointer": (0.7, "the sentence says 'this' or 'these' of something it does not name"),
    "whole": (0.5, "the sentence is a fragment of a quote"),
    "readable": (0.6, "the sentence is very short or very long"),
    "no_pronoun": (0.0, "the subject is a pronoun or demonstrative"),
    "affirmed": (0.0, "the clause is negated"),
    "stated": (0.0, "the article gives it only as someone's belief or claim"),
    "answer_hidden": (0.0, "the headline or question gives the answer away"),
    "blank_worth": (0.0, "the blank is a weekday, 'today' or a word the sentence gives away"),
    "prose": (0.3, "the question is worded from a headline in title case"),
    "unique": (0.0, "the article gives the person several posts"),
    "timed": (0.0, "a figure or a relative time with no date to say when"),
    "substantive": (0.5, "the event is only that someone said something"),
    "attached": (0.0, "the date belongs to a phrase inside the clause, not to its verb"),
    "one_date": (0.0, "the clause gives its event more than one date, or the question names another"),
    "whole_words": (0.0, "a word of the question lost part of itself ('the -born') or took in an aside"),
    "clean_source": (0.0, "the source's own wording is garbled ('points- at', 'a Taliban's spokesman')"),
    "not_elsewhere": (0.0, "what was said is in another sentence ('said this on Wednesday')"),
    "not_caption": (0.0, "the sentence is a photo caption ('(L)', '(2R)'), worded for the picture"),
}


def score(rule: str, features: dict[str, bool]) -> tuple[float, tuple[str, ...]]:
    """The card's score and the reasons for it, strongest first."""
    prior = RULE_PRIOR.get(rule, DEFAULT_PRIOR)
    value = prior
    reasons = [f"rule {rule}: {prior:.2f}"]
    for name in sorted(features):
        if name not in PENALTIES or features[name]:
            continue
        factor, why = PENALTIES[name]
        value *= factor
        reasons.append(f"{why}: ×{factor:g}")
    return round(value, 3), tuple(reasons)


def main_reason(reasons: tuple[str, ...]) -> str:
    """The reason that cut a card, for the report: the first penalty, without its factor."""
    for reason in reasons[1:]:
        return reason.rsplit(":", 1)[0]
    return "the rule's facts are not reliable enough"
