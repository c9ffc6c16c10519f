"""Line rules: what kind of line a line of an article is (prose, metadata, furniture)."""
from __future__ import annotations

import re

from .. import dates
from ..normalise import PHOTO_POSITION

_UI = re.compile(
    r"\b(newsletters?|subscribe|sign (?:up|in)|log ?in|log ?out|widget\w*|advertis\w*|"
    r"cookies?|click here|read more|follow us|mobile version|skip to|all rights reserved|"
    r"copyright|emailed to you|top stories|blog posts|share (?:this|on)|print this|"
    r"back to top|you are here|font size|text size|type size|post a comment|reprint this|official website|"
    r"here's how you know|what are you looking for|related (?:articles|stories|links|news|content)|"
    # "This audio is created with AI assistance", "Listen to this article": the page's player
    r"this (?:audio|video|article|story|page|podcast) (?:is|was|has)|ai[- ](?:assist\w*|generated|voiced)|listen to (?:this|the) (?:article|story))\b", re.I)
# a page's notice about the site itself: "the … online news service will be off on March 29"
_SITE_NOTICE = re.compile(r"\b(?:online|news|web)\s+(?:service|site|portal|edition)\s+will\s+(?:be\s+)?"
                          r"(?:off|closed|down|unavailable|offline|suspended|not be (?:updated|available))\b|"
                          # an archive's banner over an old story: "This was published 18 years ago"
                          r"^\W*this(?: article| story| page)? was (?:first )?published (?:more than )?"
                          r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?)\s+ago\W*$", re.I)
_COUNTER = re.compile(
    r"^\W*[\d.,]+\s*[kKmM]?\s+(?:users?|people|readers?|views?|votes?|comments?|likes?|"
    r"shares?|followers?|responses?)\b(?:.{0,40}\b(?:voted|viewed|read|liked|shared|"
    r"commented|following|recommend\w*)\b)?", re.I)
_LINKS_HEADING = re.compile(
    r"^\W*(related|read more|read next|see also|more (?:from|on|stories|news|coverage)|recommended|"
    r"most (?:read|popular|viewed)|also read|you (?:may|might) also like|trending|what to read next|"
    r"latest (?:news|stories)|further reading|editor'?s picks|top stories|find out more|learn more|more information|"
    r"useful links|in pictures|watch|listen|keep reading|list of \d+ items?)\b", re.I)
_LINKS_INLINE = re.compile(r"^\W*(related|read more|read next|see also|also read)\s*:", re.I)
_COMMENTS_HEADING = re.compile(
    r"^\W*(?:\d+\s+)?(?:reader\s+)?(?:comments?|responses|leave a (?:reply|comment)|join the "
    r"discussion|discussion)\b[\W\d]*$", re.I)
_COUNTER_ANYWHERE = re.compile(
    r"\b\d[\d,.]*\s+(?:people|users|readers|votes)\s+(?:have|has)\s+(?:voted|viewed|read|commented)\b", re.I)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.I)
_SEPARATORS = re.compile(r"[»›|•]| > | //? ")   # menus, breadcrumbs, a feed reader's "/ 10h // keep unread //"
_TITLE_SEPARATORS = re.compile(r" [-–—] (?=[A-Z])")   # "Headline - Section - Site"
_HANDLE = re.compile(r"\(@\w{2,}\)|^\W*@\w+\s*$")        # an embedded post's credit: "Name (@handle) date"
_URL = re.compile(r"https?://|www\.|\]\(")
_BYLINE = re.compile(r"^\W*By\s+(?P<name>(?:[A-Z][\w'’.-]+\s?){1,4})(?:\s*[-–—|,]\s*(?P<rest>.*))?$")
# a sentence about the page itself, inside a paragraph of prose: "This article was updated at 3:30 p.m. on
# July 19, 2022.", "An earlier version of this article stated that …" (a claim the page withdrew)
SELF_NOTE = re.compile(r"\b(?:an? (?:earlier|previous|prior) version of this (?:article|story|report|post)|"
                       r"this (?:article|story|report|page|post) (?:was|has been|is) (?:updated|corrected|amended|"
                       r"changed|edited)\b)", re.I)
_META = re.compile(r"^\W*(?:this (?:is an? )?(?:archive )?(?:article|story|report) (?:was )?)?"   # "This is an archive
                   r"(last updated|updated|published|posted|first published|date)\b", re.I)      # article published on …"
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,}[A-Z]\.?(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)*"          # BAGHDAD, Quezon City, TALLINN.
    # the date, after a comma or a dash ("PUTRAJAYA, Malaysia – July 28, 2025 — Thailand …")
    r"(?:(?:,|\s*[-–—])?\s*\(?(?:\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s*\d{4})?)\)?)?"
    # "(Reuters) -", or a wire with no dash: "WASHINGTON, Saturday (AFP) Defense …"
    r"\s*(?:\([^)]{1,30}\)\s*[-–—―:]+|\((?:[A-Z][\w.&/-]*)(?:\s[A-Z][\w.&/-]*){0,3}\)\s*|[-–—―:]+"
    r"|\.?\s*/[A-Z][A-Za-z-]{1,15}/\.?)\s*(?=[A-Z“\"])")   # "DUBAI, November 15. /TASS/. Russia's …"
# "Suara.com – The National Police …": the site's name opens the story
_SITE_TAG = re.compile(r"[A-Za-z][\w-]*(?:\.[a-z]{2,6}){1,2}\s*[-–—―]+\s*(?=[A-Z“\"])")
# "Beijing, March 4: China's …": a place in plain capitals, its date and a colon or dash
# "Bordeaux [France], Oct 8 (ANI): …", "Yangon, Feb 1 (UrduPoint / Pakistan Point News - 2nd Feb, 2021 ) :…"
_TITLE_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:\s*\[[A-Z][\w ]{1,30}\])?,\s*"
                             r"(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]{2,8})"
                             r"(?:,?\s*(?:1[89]|20)\d\d)?(?:\s*\([A-Z][^()]{1,60}\)|,\s*[A-Z]{2,6})?\s*(?:[:–—―]|--)\s*"
                             r"(?=[A-Z“\"])")   # "Niamey, Aug 2, 2021, SPA -- At least …"
# "An illuminated euro sign is seen in front of the bank … January 8, 2013.": a stock photo's caption
_SEEN = re.compile(r"\b(?:is|are) (?:seen|pictured|shown)\b.*\b(?:1[89]|20)\d\d\.?$")
# "FILE- Gen. X, President Y … unfurl the flag …, Aug. 29, 2019.": a photo from the archive, captioned
_FILE_PHOTO = re.compile(r"^\s*FILE(?: PHOTO)?\s*[-–—:]")
# "A person waves as a plane … arrives at the airport, in Sanaa, Yemen April 14, 2023 (Reuters)": a caption
# that ends on its place and day with no "on" between them, then the agency's name, no full stop
_DATED_CREDIT = re.compile(r"\bin [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*,? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* "
                           r"[A-Z][a-z]{2,8}\.? [0-3]?\d, (?:1[89]|20)\d\d\s*\((?:[A-Z][\w.&'’/-]*\s?){1,3}\)\s*$")
# "4/11/2013 - WASHINGTON (AFNS) -- Emphasizing …": a numeric date, the place and the wire open the story
_NUMERIC_DATELINE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}\s*[-–—]+\s*[A-Z][A-Z.'’ -]{2,}[A-Z.](?:,\s*[A-Z][\w.]+)*"
                               r"(?:\s*\([^()]{1,20}\))?\s*[-–—:]+\s*(?=[A-Z“\"])")
# "Mumbai: The Indian Coast Guard has …": a place and a colon open the story's first paragraph
_PLACE_COLON = re.compile(r"[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?:\s+(?=[A-Z“\"][^.!?]{20,}[.!?])")
# "July 31 (UPI) -- BAE Systems has …": the date and the wire, without a place
_DATE_DATELINE = re.compile(r"(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*(?:1[89]|20)\d\d)?"
                            r"\s*\([A-Z][^()]{1,30}\)\s*[-–—―:]*\s*(?=[A-Z“\"])")
# "TOKYO (UrduPoint News / Sputnik - 31st August, 2021) The ministry…": the wire and the date in brackets
_BRACKETED_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,}[A-Z]\s*\((?=[^()]*\b(?:1[89]|20)\d\d\s*\))[^()]{3,60}\)\s*"
                                 r"(?:[-–—―:]+\s*)?(?=[A-Z“\"])")
_ISO_PREFIX = re.compile(r"\s*(?:date:?\s+)?(\d{4}-[01]\d-[0-3]\d)(?:[ T]\d\d:\d\d(?::\d\d)?)?\s+(?=\S)", re.I)
_WRITTEN_PREFIX = re.compile(r"\s*(?:[A-Z][a-z]{2,8}\.? [0-3]?\d,? (?:1[89]|20)\d\d|[0-3]?\d [A-Z][a-z]{2,8} (?:1[89]|20)\d\d)"
                             # "May 29, 2006: A Bangladesh court …", "June 2, 2025 | Istanbul, Turkey— Ukraine …"
                             r"(?:\s*(?::\s+|\|\s*[A-Z][\w.]+(?:,?\s[A-Z][\w.]+)*\s*[-–—―]\s*)(?=\S)"
                             r"|(?=[A-Z“\"]))")   # "December 5, 2014A German court …": a date line glued to the story
_NUMERIC_PREFIX = re.compile(r"\s*[0-3]?\d[/.][0-3]?\d[/.]\d{2,4}\s*:\s+(?=\S)")   # "03/10/2016: Troops …"
_AGENCY = re.compile(r"\((?:[A-Z][A-Za-z.&]{1,14}|[A-Z]{2,}(?:[ /-][A-Z]{2,})?"
                     # "(MENAFN- Kuwait News Agency (KUNA)) KUALA LUMPUR, …": a feed's credit with the wire's own
                     r"|[A-Z]{3,}\s*[-–:]\s*[^()]{1,40}(?:\([A-Z]{2,8}\))?)\)\s*(?:[-–—:]\s*)?(?=[A-Z“\"])")
_NUMERIC_LINE_REST = re.compile(
    r"(?<![\d/.])[0-3]?\d[/.][0-3]?\d[/.]\d{2,4}(?![\d/.])|\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?|"
    r"\b(?:last updated|updated|published|posted|date|on|at|am|pm|gmt|utc|ist|est|cet)\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[/|,:–—-]", re.I)
_CREDIT = re.compile(r"[—–-]\s*[\w ]{1,30}\b(?:pic|photo|file)\s*$|/\s*FILE\b|\bFILE PHOTO\b|\((?:[^)]*\b(?:photo|image|picture|file|credit|"
                     r"screenshot)\b[^)]*)\)\s*$|\b(?:photo(?:graph)?|credit|image)s?\s*:|\bcourtesy of\b", re.I)
# "(Defense Daily, May 21, 2021)": a report the sentence cites, by its outlet and day
_CITATION = re.compile(r"\s*\((?:[A-Z][\w&.'’-]*)(?:\s*/\s*[A-Z][\w&.'’-]*|\s+(?:[A-Z&][\w&.'’/-]*|of|the|and)){0,8},"
                       r"\s*(?P<date>[^()]{4,30})\)")   # "(Kyodo News II/Mainichi Daily News, Dec. 15)" too
# "… short of its target (Picture: US Department of Defense).": a caption's credit, no part of its sentence
_TRAILING_CREDIT = re.compile(r"\s*\((?:picture|photo|image|credit|source|file photo)s?(?: credit)?\s*:[^()]{1,80}\)"
                              r"\.?\s*$", re.I)
# a credit after the caption's last full stop, unbracketed: "… in 2003. Picture: Jo Roe", "… 2023. Photo: Reuters"
_CAPTION_CREDIT = re.compile(r"[.!?]\s+(?:picture|photo|photograph|image)s?\s*:\s*[A-Z][^.()]{1,60}$|"
                             # "… Nov. 13, 2013. U.S. Navy photo by Petty Officer Liam Kennedy", "… on Thursday.
                             # Photo courtesy of the Defense Ministry"
                             r"[.!?]\s*(?:[A-Z][\w.&'’-]*\s+){0,6}(?:photo|photograph|image)s?\s+(?:by|courtesy of)\s[^()]{1,80}$|"
                             # "… June 3, 2020. US Navy photo.", "… 2020. THE CANADIAN PRESS/Andrew Vaughan" (a name
                             # after the slash: "… the age of five. SZH/JR" is the editors' initials)
                             r"[.!?]\s+(?:[A-Z][\w.&'’-]*\s+){1,4}(?:photo|photograph|image)s?\.?$|"
                             r"[.!?]\s+(?-i:[A-Z][A-Z.&'’ -]{2,40}/\s*[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+){0,3})\.?$|"
                             # "…, Boris Pistorius, making an announcement/ Source: Telegram channel of …"
                             r"(?<=\w)\s?/\s*(?:source|photo|picture|image)s?\s*:\s*[A-Z][^.()]{1,80}$", re.I)
# "… Virginia, June 17, 2016.U.S. Coast Guard photo by Petty Officer Turner Adair": a caption's credit
_TRAILING_PHOTO = re.compile(r"(?<=[.!?])\s*\(?(?:[A-Z][\w.&'’-]*\s+){0,6}(?:photo|photograph|image|video)s?\s+"
                             r"(?:by|courtesy of)\s[^()]{1,80}\)?\.?\s*$", re.I)
_EXCHANGE_RATE = re.compile(r"^\(?\s*(?:[$€£¥]|[A-Z]{3}\s?)1\s*=\s*[$€£¥]?\s*[\d.,]+\s*[A-Za-z ]{0,20}\)?")
# a run of words in a script other than Latin (Arabic, Cyrillic, Hebrew, Greek, CJK …) opening a line whose
# rest is Latin: a language switch's label
_FOREIGN_LINK = re.compile(r"\s*(?:[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0750-\u08ff\u0900-\u0dff"
                           r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+[\s:|]*){1,12}(?=[A-Z])")
# a wire's dateline inside a line, after the headline it ran into: "… 33 military bases WASHINGTON, Saturday (AFP) Defense …"
_GLUED_DATELINE = re.compile(r"(?<=[a-z0-9])\s+[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]{2,})*,\s*"
                             r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]{2,8}\.?\s+[0-3]?\d)"
                             r"\s*\([A-Z][A-Za-z]{1,10}\)\s*(?:[-–—]+\s*)?(?=[A-Z])")
_TRAILING_AGENCY = re.compile(r"\s+[-–—―/]\s*\(?[A-Z]{2,8}\)?\s*$")   # "… the army said. ― AFP"
_DAY_MONTH_ONLY = re.compile(r"\b(?:(?P<d1>[0-3]?\d)\s+(?P<m1>[A-Z][a-z]{2,8})\.?|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>[0-3]?\d))\b")
# "3:08PM"; "3:8PM" where a site leaves the minutes unpadded
_TIME = re.compile(r"\b\d{1,2}:(?:\d\d|\d(?=\s*[AaPp]\.?[Mm]\b))(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?")
_TIME_ZONE = re.compile(r"\b[A-Z]{2,4}\b")   # "IST", "GMT", "UK"
_STAMP_LABEL = re.compile(r"\b(?:published|updated|posted|created|last modified)\s*:", re.I)
_TERMINAL = re.compile(r"[.!?…:;\"”')]\s*$")
# "EXCL Minister X: I would …", "WATCH: …": a promoted story's title, labelled in capitals
_PROMO = re.compile(r"^\W*(?:EXCL|EXCLUSIVE|WATCH|VIDEO|LIVE|LISTEN|PODCAST|PICTURES|PHOTOS|GALLERY|ANALYSIS|"
                    r"OPINION|INTERVIEW|READ(?: MORE)?|SEE ALSO|MORE)\b\s*[:|-]?\s+(?=[A-Z“\"])")


def _words(line: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'’.-]*", line)


def _not_a_name(name: str) -> bool:
    first = name.split()[0].lower().rstrip(".,")
    months = {m.lower() for m in dates.MONTH_NAMES[1:]} | set(dates.MONTHS)
    return first in dates.WEEKDAYS or first in months or first in {"then", "now", "the", "early", "late"}


_GLUED_ISO = re.compile(r"(?<=[A-Za-z])(?=(?:19|20)\d\d-[01]\d-[0-3]\d\b)")


def unglued(line: str) -> str:
    """'News2017-12-23': a page's section label run into its date stamp, pulled apart."""
    return _GLUED_ISO.sub(" ", line)


def classify(line: str, in_links: bool) -> str:
    """'blank', 'meta', 'byline', 'links-heading', 'boilerplate', 'caption' or 'content'."""
    s = unglued(line.strip())
    if not s:
        return "blank"
    words = _words(s)
    if not words:
        return "boilerplate"
    byline = _BYLINE.match(s)
    if byline and len(words) <= 14 and not _not_a_name(byline.group("name")) and not (
            _TERMINAL.search(s) and len(words) > 6):
        return "byline"   # "By Habib Toumi", not "By Friday, the ministers had agreed."
    found = dates.find_dates(s)
    if not found and dates.find_numeric_dates(s):
        rest = _NUMERIC_LINE_REST.sub(" ", s)
        if len(_words(rest)) <= 2 or _META.match(s):
            return "meta"   # "03/11/2021", "Mexico City / 03.26.2022 01:35:33", "Updated: 2/6/2024"
    if _META.match(s) and found:
        return "meta"
    stripped_dates = s
    for d in reversed(found):
        stripped_dates = stripped_dates[:d.start] + stripped_dates[d.end:]
    rest = len(_words(re.sub(r"\d{1,2}:\d\d", "", stripped_dates)))
    if found and rest == 0:
        return "meta"   # a line that is only a date (a dateline or timestamp)
    day = [d for d in found if d.precision == "day"]
    # "Sunday, December 8, 2024 10:00:29 AM", "Page last updated at 12:58 GMT, Tuesday, 21 April 2009":
    # what is left once the dates, times, weekdays, zones and labels are gone
    stamp_rest = len(_words(_TIME_ZONE.sub(" ", _NUMERIC_LINE_REST.sub(" ", _TIME.sub(" ", stripped_dates)))))
    numeric = dates.find_numeric_dates(s) if not found else []
    if (day or numeric) and len(words) <= 20 and (stamp_rest <= 2 and not re.search(r"[.!?]\s*$", s)
                                                   or _STAMP_LABEL.search(s) or
                                                   day and _SEPARATORS.search(s) and len(words) <= 12):
        return "meta"   # "… | Updated: 28-03-2025 22:35 IST", "Published : Feb 12, 2018", "Xinhua| 2018-06-01 …|"
    if day and (rest <= 2 or re.match(r"^\W*$", s[:day[0].start]) and len(words) <= 12 and not _TERMINAL.search(s)):
        return "meta"   # "Brussels, 18 February 2021", "March 5, 2019 / 9:14 PM / Updated …"
    if day and _UI.search(s) and len(words) <= 12:
        return "meta"   # "Xinhua, April 06, 2018 Adjust font size:"
    if _EXCHANGE_RATE.match(s):
        return "meta"   # "($1 = 0.8677 euros) Reporting by …": a wire's conversion note and credits
    if re.match(r"^\(\s*(?:source|sources|via|issued by)\s*:[^()]*\)$", s, re.I):
        return "meta"   # "(Source: Air Force Global Strike Command; issued May 02, 2018)"
    if _COMMENTS_HEADING.match(s) and len(words) <= 5:
        return "comments-heading"
    if _LINKS_HEADING.match(s) and len(words) <= 6 and not _TERMINAL.search(s.rstrip(":")):
        return "links-heading"
    if _LINKS_INLINE.match(s) or _COUNTER_ANYWHERE.search(s) or _COPYRIGHT.search(s) and len(words) <= 20:
        return "boilerplate"   # "Related: …", "… 45 people have voted", "© 2024 …"
    if _COUNTER.match(s):
        return "boilerplate"
    if _HANDLE.search(s) and len(words) <= 15:
        return "boilerplate"
    if len(_TITLE_SEPARATORS.findall(s)) >= 2 and not _TERMINAL.search(s) and \
            all(len(_words(part)) <= 12 for part in _TITLE_SEPARATORS.split(s)):
        return "boilerplate"   # a link's title with its section and site
    if len(_SEPARATORS.findall(s)) >= 2 or _URL.search(s) and len(words) <= 15:
        return "boilerplate"
    if _UI.search(s) and len(words) <= 15:
        return "boilerplate"
    if _SITE_NOTICE.search(s):
        return "boilerplate"   # "… the agency's online news service will be off on March 29 …"
    if len(words) < 4:
        return "boilerplate"   # labels, buttons and section headings are not statements
    if _PROMO.match(s) and not re.search(r"[.!?][\"”’']?\s*$", s):
        return "boilerplate"   # a link to another story inside the article
    if in_links and not re.search(r"[.!?][\"”’']?\s*$", s):
        return "boilerplate"   # a headline in a list of related links
    if in_links and (_DATELINE.match(s) or _BRACKETED_DATELINE.match(s)):
        return "boilerplate"   # "KIGALI, Nov. 7 (Xinhua) -- …" under "Related:": another story's opening
    if PHOTO_POSITION.search(s) or _CAPTION_CREDIT.search(s) or _SEEN.search(s) or _FILE_PHOTO.match(s) \
            or _DATED_CREDIT.search(s):
        # "Vice Adm. X (middle) attends the ceremony …": who stands where in a photo;
        # "Troops parade in Glasgow in 2003. Picture: Jo Roe": a caption signed by its photographer
        return "caption"
    return "content"
