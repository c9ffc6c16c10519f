"""The words the cards stage judges a post by: posts that many hold at once, words that make
a post generic, descriptions and professions that are no posts, organisation words that name
no one body alone."""
from __future__ import annotations

import re

from ..normalise import POST_NOMINALS

# posts many hold at once: "who was …" has no one answer; without its body, "what post …" says little
SHARED_POSTS = {"economist", "analyst", "researcher", "fellow", "lecturer", "professor", "correspondent", "editor",
                "reporter", "official", "officials", "diplomat", "spokesman", "spokeswoman", "spokesperson",
                "member", "officer", "soldier", "lawmaker", "mp", "senator", "expert", "strategist", "consultant",
                "engineer", "lawyer", "aide", "observer", "investigator", "delegate", "judge", "prosecutor",
                "adviser", "advisor", "commissioner", "commander", "councillor", "councilor", "councilman",
                "councilwoman", "alderman", "assemblyman", "assemblywoman", "congressman", "congresswoman",
                "legislator"} | POST_NOMINALS


GENERIC_POST_WORDS = {"union", "cabinet", "state", "junior", "senior", "federal", "government", "provincial", "regional",
                      "deputy", "assistant", "minister", "ministers", "of"}

DESCRIPTIONS = {"leader", "boss", "figure", "strongman", "veteran", "stalwart", "heavyweight", "icon", "legend"}
# "British director": a nationality and a profession, not a post (but "Pipa director" is one)
PROFESSIONS = {"director", "actor", "actress", "writer", "author", "artist", "singer", "producer", "filmmaker",
               "photographer", "novelist", "composer", "designer", "architect", "poet", "musician"}

# an organisation word that names no one body alone: "Court President" (which court?),
# "State Interior Minister" (which state?)
GENERIC_ORGS = {"court", "state", "government", "ministry", "parliament", "police", "army", "navy", "council",
                "air", "force", "forces", "armed", "marine", "marines", "corps", "guard", "coast", "fleet",
                "party", "city", "county", "province", "department", "agency", "company", "firm", "group",
                "club", "team", "league", "committee", "commission", "board", "bank", "university", "school",
                "hospital", "embassy", "district", "region", "regional", "provincial", "national", "federal"}
NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ish|ian|an|ese|i|ch|ic)")
