"""The one place that builds search querysets: pages, filters, the API, exports and feeds.

Querysets stay lazy and are ordered stably. Expensive work (snippets with
`ts_headline`) runs only for the rows of the page shown. Only published
cables are ever returned.

    query         the search box's syntax, parsed (pure Python)
    form          the search form and its filters (CableFilter), validated into a Search
    tsquery       the parsed words as a PostgreSQL tsquery
    filtering     Search, and the published cables matching it
    ranking       the results' order, and one page of their ids
    counts        how many match, and the facets (sampled when there are very many)
    highlighting  snippets, and the cable page's highlighted paragraphs
    cache         counts kept until the corpus changes
    lexicon       spelling suggestions
    browse        the home page's, tags', origins' and entities' counts, citations
    related       the cables most like one cable, and why (lexemes: their words' rarity)

The names below are the package's public face: callers write `search.page_ids(...)`.
"""

from cables.search.browse import (
    cited_by,
    co_occurring_entities,
    corpus_at_a_glance,
    entities_with_counts,
    entity_cable_counts,
    entity_overview,
    origins_with_counts,
    tags_with_counts,
    year_counts,
)
from cables.search.cache import corpus_version, kept_until_the_corpus_changes, search_cache
from cables.search.counts import COUNT_LIMIT, estimated_matches, facets, summarize, two_figures
from cables.search.filtering import Search, filter_cables, matching, published_cables
from cables.search.highlighting import (
    MARK_END,
    MARK_START,
    SNIPPETS_PER_CABLE,
    TAG_OPEN,
    highlight,
    paragraph_anchor,
    paragraphs_for_reading,
    snippets,
)
from cables.search.lexicon import refresh_lexicon, spelling_suggestion
from cables.search.query import ParsedQuery, Term, parse_query
from cables.search.ranking import in_order, index_plans, page_ids, search_cables
from cables.search.related import related_cables, related_to
from cables.search.tsquery import term_query, text_query

__all__ = [
    "COUNT_LIMIT",
    "MARK_END",
    "MARK_START",
    "ParsedQuery",
    "SNIPPETS_PER_CABLE",
    "Search",
    "TAG_OPEN",
    "Term",
    "cited_by",
    "co_occurring_entities",
    "corpus_at_a_glance",
    "corpus_version",
    "entities_with_counts",
    "entity_cable_counts",
    "entity_overview",
    "estimated_matches",
    "facets",
    "filter_cables",
    "highlight",
    "in_order",
    "index_plans",
    "kept_until_the_corpus_changes",
    "matching",
    "origins_with_counts",
    "page_ids",
    "paragraph_anchor",
    "paragraphs_for_reading",
    "parse_query",
    "published_cables",
    "refresh_lexicon",
    "related_cables",
    "related_to",
    "search_cables",
    "search_cache",
    "snippets",
    "spelling_suggestion",
    "summarize",
    "tags_with_counts",
    "term_query",
    "text_query",
    "two_figures",
    "year_counts",
]
