"""Word lists for the synthetic cable generator: posts, countries, names, topics.

Everything here is invented for this project. Posts, countries, cities and
international organizations are real public names; every person, party,
company, newspaper and sentence is fictional and written for the generator.
The lists live in `data/vocabulary.json`, read once; this module names them.
The fictional cast is built from them by `synthetic.world.build_world()`.

POSTS          (id name, text name, FM routing, routing code, country tag, weight,
               first year, last year). The id name is the post as it appears in
               reference ids (08RIODEJANEIRO12), the text name as in classification
               and REF lines (RIO DE JANEIRO 12).
COUNTRIES      tag -> (name, adjective, region, name pool, cities; the first the capital)
RARE_EXTRA_TAGS  tags that collide with English stop words and are no post's country
               tag here; they turn up now and then as extra tags (AT for Austria, as
               some drafters wrote it)
NAME_POOLS     (given names, surnames, family name first?)
TITLES         foreign officials: (title, domain); domains steer people toward topics
US_GIVEN ...   fictional Americans: embassy officers, Secretaries, visitors
COMMON_TAGS    subject tags that ride along with every topic, by how often real
               cables carry them
LEADS, TOPICS  sentence slots, filled by `synthetic.prose.Slots`: {A} {B} {C} people of
               the host country (full title and name at first mention, surname after),
               {As} {Bs} surnames only, {vip} a visiting American, {we}/{We} the
               reporting officer, {country} {Country} {adj} {capital} {city} {ministry}
               {party} {party2} {company} {paper} {ngo} {org} {third} {third_adj} {day}
               {month} {year} {num} {pct} {amount}
GENERIC_SENTENCES  sentences for any topic
TOPIC_DOMAINS  which kinds of officials each topic prefers as the main interlocutor
"""

import json
from pathlib import Path
from typing import Any


def _frozen(value: Any) -> Any:
    """JSON's lists as the tuples the generator was written with (hashable, fixed)."""
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return {key: _frozen(item) for key, item in value.items()}
    return value


_LISTS = _frozen(json.loads((Path(__file__).parent / "data" / "vocabulary.json").read_text()))

POSTS = _LISTS["POSTS"]
COUNTRIES = _LISTS["COUNTRIES"]
RARE_EXTRA_TAGS = _LISTS["RARE_EXTRA_TAGS"]
NAME_POOLS = _LISTS["NAME_POOLS"]
TITLES = _LISTS["TITLES"]
MINISTRIES = _LISTS["MINISTRIES"]
PARTY_WORDS = _LISTS["PARTY_WORDS"]
COMPANY_WORDS = _LISTS["COMPANY_WORDS"]
NEWSPAPER_WORDS = _LISTS["NEWSPAPER_WORDS"]
INTERNATIONAL_ORGS = _LISTS["INTERNATIONAL_ORGS"]
US_GIVEN = _LISTS["US_GIVEN"]
US_SURNAMES = _LISTS["US_SURNAMES"]
US_VIP_TITLES = _LISTS["US_VIP_TITLES"]
COMMON_TAGS = _LISTS["COMMON_TAGS"]
LEADS = _LISTS["LEADS"]
TOPICS = _LISTS["TOPICS"]
GENERIC_SENTENCES = _LISTS["GENERIC_SENTENCES"]
COMMENTS = _LISTS["COMMENTS"]
REFTEL_SENTENCES = _LISTS["REFTEL_SENTENCES"]
NONCABLE_REFS = _LISTS["NONCABLE_REFS"]
TOPIC_DOMAINS = _LISTS["TOPIC_DOMAINS"]
TOPIC_MINISTRIES = _LISTS["TOPIC_MINISTRIES"]
REGION_BUREAUS = _LISTS["REGION_BUREAUS"]
REGION_COLLECTIVES = _LISTS["REGION_COLLECTIVES"]
AGENCY_ADDRESSEES = _LISTS["AGENCY_ADDRESSEES"]
