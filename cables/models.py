"""The corpus: cables, their paragraphs, tags, entities and the references between them."""

import re

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import F, Func
from django.db.models.functions import Upper
from django.utils import timezone
from simple_history.models import HistoricalRecords

from cables.parsing import CLASSIFICATIONS
from cables.parsing.dates import FULL_DATE, YEAR_ONLY
from cables.parsing.version import PARSER_VERSION

# Tag codes, ids and origins are matched literally: the `english` configuration
# would drop country TAGS such as IN, IS, IT, NO, AS, TO, SO, BY, AM, BE, AT, ON.
# Both are also written into the cables_cable_vectors function (docs/database.md),
# which a change here does not reach: it takes a migration that redefines it.
LITERAL_CONFIG = "simple"
TEXT_CONFIG = "english"
# The facets of a search with many matches count one cable in this many (by id).
# Fixed by the cables_cable_sampled triggers (docs/database.md), which choose the
# sampled cables: a change here takes a migration that redefines them too.
FACET_SAMPLE = 16
# Between the codes in `Cable.tag_codes`. Not a space: a person's visit tag such as
# `OVIP (WHITCOMBE, PAUL H.)` holds spaces and is still one tag. The stored codes were
# rewritten with it by a migration, so a change here takes another; and it must stay
# white space, which the search vectors read as a break (docs/database.md).
TAG_SEPARATOR = "\n"


def join_tag_codes(codes) -> str:
    """`Cable.tag_codes` for these codes, in order."""
    return TAG_SEPARATOR.join(codes)


def split_tag_codes(tag_codes: str) -> list[str]:
    """The codes of a `Cable.tag_codes`, in order."""
    return [code for code in tag_codes.split(TAG_SEPARATOR) if code]


class SearchText(Func):
    """The text as the search reads it: letters joined by a slash (`Iran/Magreb`), a word
    and a number or two words joined by a full stop (`harmful.8`, `residence.Restrepo`)
    and the parts of an e-mail address are words of their own. The
    SQL function `cables_search_text` (docs/database.md) puts characters PostgreSQL's
    parser reads as blanks in their place: `SEARCH_BLANKS`."""

    function = "cables_search_text"
    output_field = models.TextField()


# The characters cables_search_text puts in place of a slash, a full stop, an `@` and a
# hyphen.
SEARCH_BLANKS = {"\u2215": "/", "\u2024": ".", "\uff20": "@", "\u2010": "-"}


class TitleVector(Func):
    """The weight-A part of a cable's `head_vector`: its ids, tags and subject.

    Relevance puts the cables matching here first (see search.page_ids); the index
    on it finds them without reading every heading that matches a common word.
    """

    function = "ts_filter"
    template = "%(function)s(%(expressions)s, '{a}')"
    output_field = SearchVectorField()


# The parser's list, shown as the release writes it: Classification.SECRET_NOFORN
# is "SECRET//NOFORN", everywhere.
# mypy reads Enum's functional form only when called on enum.Enum itself.
Classification = models.TextChoices(  # type: ignore[call-overload]
    "Classification",
    [(re.sub(r"\W+", "_", value), (value, value)) for value in CLASSIFICATIONS],
)


class DatePrecision(models.TextChoices):
    """How much of a cable's `sent_at` is known (the parser's two precisions)."""

    FULL = FULL_DATE, "full date"
    # The text gives no date (the release's partial extracts): `sent_at` is 1 January
    # of the id's year, 00:00 UTC. search.filtering says how date ranges treat it.
    YEAR = YEAR_ONLY, "year only"


def current_parser_version() -> int:
    """The default of `Cable.parser_version`: what this code's parser is."""
    return PARSER_VERSION


class TagKind(models.TextChoices):
    SUBJECT = "subject"
    COUNTRY = "country", "country or area"
    ORGANIZATION = "organization"
    PROGRAM = "program"
    PERSON = "person"


class EntityKind(models.TextChoices):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"


class Tag(models.Model):
    code = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=TagKind, default=TagKind.SUBJECT)
    definition = models.CharField(max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class Cable(models.Model):
    reference_id = models.CharField(max_length=64, unique=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=4,
        choices=DatePrecision,
        default=DatePrecision.FULL,
        help_text="Year only: the text gives no date, and the date is 1 January of the year "
        "in its id. Entering a date makes it a full date.",
    )
    origin = models.CharField(max_length=120, blank=True)
    classification = models.CharField(max_length=40, choices=Classification, blank=True)
    handling = ArrayField(models.CharField(max_length=40), default=list, blank=True)
    precedence = models.CharField(max_length=40, blank=True)
    recipients = models.JSONField(default=list, blank=True)
    info_recipients = models.JSONField(default=list, blank=True)
    declassify_on = models.DateField(null=True, blank=True)
    subject = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    classified_by = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    classified_by_title = models.CharField(max_length=200, blank=True)
    reasons = models.CharField(max_length=200, blank=True)
    signer = models.CharField(max_length=200, blank=True)
    reference_text = models.TextField(blank=True)

    # The tag codes, one a line (join_tag_codes), kept in step with `tags` by the
    # loader and the admin so the search vector (which sees only this row) has them,
    # and the facets count them without a join.
    # Editable only so a curator's tag edits show in the history's changes; the
    # admin shows it read-only.
    tag_codes = models.TextField(blank=True)
    # Stored uncompressed (the storage of `original_text`, docs/database.md):
    # compressing it was a tenth of an ingest's database work, for 1.4 KB a cable.
    original_text = models.TextField(editable=False)
    source_name = models.CharField(max_length=500, blank=True)
    source_row = models.PositiveIntegerField(null=True, blank=True)
    content_hash = models.CharField(max_length=64)
    # Which rules read the stored fields (cables.parsing.version): ingest reads the
    # cable again when they are not this code's, even if its text is unchanged.
    parser_version = models.PositiveSmallIntegerField(
        default=current_parser_version, editable=False
    )
    parse_warnings = models.JSONField(default=list, blank=True, editable=False)

    published = models.BooleanField(default=True)
    curated_fields = ArrayField(
        models.CharField(max_length=40),
        default=list,
        blank=True,
        editable=False,
        help_text="Header fields a curator edited: a re-ingest keeps their values.",
    )
    tags_curated = models.BooleanField(
        default=False, help_text="Set when a curator edits the tags: a re-ingest keeps them."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    tags: "models.ManyToManyField[Tag, CableTag]" = models.ManyToManyField(
        Tag, through="CableTag", related_name="cables", blank=True
    )

    # Curators' changes; the big derived text stays out (ingest rewrites it, and a
    # redacted cable's text must not be copied anywhere). Tag edits show as tag_codes.
    history = HistoricalRecords(
        excluded_fields=[
            "original_text",
            "search_vector",
            "head_vector",
            "updated_at",
            "parser_version",
        ]
    )

    # Both vectors are kept by the database, not by Python: the cables_cable_vectors
    # trigger (docs/database.md) computes them on every insert or update of the cable,
    # and again whenever its paragraphs change. The body part is the paragraphs' own
    # vectors joined, so each text is analysed once. `head_vector` is the heading
    # alone (ids and tags matched literally, subject and summary stemmed): small
    # enough to stay in the row, so ranking tens of thousands of matches never reads
    # their large whole-text vectors. `search_vector` is the heading, the origin and
    # the body.
    search_vector = SearchVectorField(null=True, editable=False)
    # Stored in the row (the storage of `head_vector`, docs/database.md), not moved
    # out with the large texts.
    head_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["-sent_at", "pk"]
        indexes = [
            # Full-text search over whole cables (the search page and the API).
            GinIndex(fields=["search_vector"], name="cable_search_vector_gin"),
            # Relevance for broad searches: the matches in ids, tags and subject first,
            # then those in the summary (search.page_ids).
            GinIndex(TitleVector("head_vector"), name="cable_title_vector_gin"),
            GinIndex(fields=["head_vector"], name="cable_head_vector_gin"),
            # Date sorting, ranges, the timeline and "previous / next from the same origin".
            models.Index(fields=["sent_at", "id"], name="cable_sent_at_idx"),
            # Newest first (the default order without words): a page of a tag's cables
            # walks this and stops after a few dozen rows instead of sorting them all.
            models.Index(F("sent_at").desc(nulls_last=True), "id", name="cable_newest_idx"),
            models.Index(fields=["origin", "sent_at"], name="cable_origin_sent_at_idx"),
            # The origin filter matches part of a name too ("moscow": Embassy Moscow).
            GinIndex(OpClass(Upper("origin"), name="gin_trgm_ops"), name="cable_origin_trgm"),
            # Classification facet and filter.
            models.Index(fields=["classification"], name="cable_classification_idx"),
            # Handling caveat filter (`handling @> {NOFORN}`).
            GinIndex(fields=["handling"], name="cable_handling_gin"),
            # Spelling suggestions and admin look-up by subject.
            GinIndex(OpClass(Upper("subject"), name="gin_trgm_ops"), name="cable_subject_trgm"),
        ]

    def __str__(self) -> str:
        return self.reference_id

    @property
    def tag_list(self) -> list[str]:
        return split_tag_codes(self.tag_codes)


class CableSample(models.Model):
    """A copy of the fields search filters on, for the one cable in FACET_SAMPLE
    whose id is a multiple of it, made and kept by the database (the
    cables_cable_sampled triggers, docs/database.md).

    The facets of a search with many matches count these (search.facets). In the
    cables table each sampled cable lies on a page of its own, and reading 14,000
    pages costs more than all the counting; here they fill a few hundred. The field
    names are the cable's, so `search.filter_cables` narrows either table.
    """

    id = models.BigIntegerField(primary_key=True)  # the cable's
    published = models.BooleanField()
    sent_at = models.DateTimeField(null=True)
    date_precision = models.CharField(max_length=4)
    origin = models.CharField(max_length=120)
    classification = models.CharField(max_length=40)
    handling = ArrayField(models.CharField(max_length=40))
    tag_codes = models.TextField()
    search_vector = SearchVectorField(null=True)

    class Meta:
        indexes = [
            # The words of a search with many matches, among the sampled cables.
            GinIndex(fields=["search_vector"], name="sample_search_vector_gin"),
        ]

    def __str__(self) -> str:
        return f"sampled cable {self.id}"


class CableTag(models.Model):
    # No index of their own: cabletag_unique and cabletag_tag_cable_idx begin with them.
    cable = models.ForeignKey(
        Cable, on_delete=models.CASCADE, related_name="cable_tags", db_index=False
    )
    tag = models.ForeignKey(
        Tag, on_delete=models.CASCADE, related_name="cable_tags", db_index=False
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["cable", "tag"], name="cabletag_unique"),
        ]
        indexes = [
            # Tag filter and the tag facet: cables carrying a tag.
            models.Index(fields=["tag", "cable"], name="cabletag_tag_cable_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.cable_id} {self.tag_id}"


class Paragraph(models.Model):
    # Indexed by paragraph_position_unique, which begins with it.
    cable = models.ForeignKey(
        Cable, on_delete=models.CASCADE, related_name="paragraphs", db_index=False
    )
    position = models.PositiveIntegerField()
    number = models.PositiveIntegerField(null=True, blank=True)
    marking = models.CharField(max_length=40, blank=True)
    text = models.TextField()
    search_vector = models.GeneratedField(
        expression=SearchVector(SearchText("text"), config=TEXT_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["cable", "position"]
        constraints = [
            models.UniqueConstraint(fields=["cable", "position"], name="paragraph_position_unique"),
        ]
        indexes = [
            # The best-matching paragraphs of a result (snippets) and paragraph search.
            GinIndex(fields=["search_vector"], name="paragraph_search_vector_gin"),
        ]

    def __str__(self) -> str:
        return f"{self.cable_id} ¶{self.number or self.position}"


class Entity(models.Model):
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=EntityKind)
    key = models.CharField(
        max_length=250, unique=True, help_text="Normalized name used to merge duplicates."
    )
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    hidden = models.BooleanField(
        default=False, help_text="Not an entity: hidden, and not re-created by ingest."
    )
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "entities"
        ordering = ["name"]
        indexes = [
            # Entity look-up by name (autocomplete, "did you mean").
            GinIndex(OpClass(Upper("name"), name="gin_trgm_ops"), name="entity_name_trgm"),
            # Alias look-up when ingest meets a merged entity's old name.
            GinIndex(fields=["aliases"], name="entity_aliases_gin"),
        ]

    def __str__(self) -> str:
        return self.name


class Mention(models.Model):
    # Indexed by mention_unique and mention_entity_cable_idx, which begin with it.
    entity = models.ForeignKey(
        Entity, on_delete=models.CASCADE, related_name="mentions", db_index=False
    )
    paragraph = models.ForeignKey(Paragraph, on_delete=models.CASCADE, related_name="mentions")
    # The paragraph's cable, repeated so "cables mentioning X" needs no join. The
    # paragraph's own key already ties the mention to a cable that exists, so the
    # database does not check this one too: at 28 mentions a cable, that check cost
    # ingest a tenth of a millisecond a cable. Indexed by mention_cable_idx.
    cable = models.ForeignKey(
        Cable,
        on_delete=models.CASCADE,
        related_name="mentions",
        db_index=False,
        db_constraint=False,
    )
    count = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entity", "paragraph"], name="mention_unique"),
        ]
        indexes = [
            # Entity pages and the entity filter: cables mentioning an entity.
            models.Index(fields=["entity", "cable"], name="mention_entity_cable_idx"),
            # The entities of a cable (cable page).
            models.Index(fields=["cable"], name="mention_cable_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.entity_id} in {self.paragraph_id} ×{self.count}"


class Reference(models.Model):
    # Indexed by reference_unique, which begins with it.
    citing = models.ForeignKey(
        Cable, on_delete=models.CASCADE, related_name="references_out", db_index=False
    )
    position = models.PositiveSmallIntegerField(default=0)
    cited_reference_id = models.CharField(max_length=64)
    # Indexed by reference_cited_idx.
    cited = models.ForeignKey(
        Cable,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cited_by",
        db_index=False,
    )

    class Meta:
        ordering = ["citing", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["citing", "cited_reference_id"], name="reference_unique"
            ),
        ]
        indexes = [
            # Resolving references when the cited cable arrives after the citing one.
            models.Index(fields=["cited_reference_id"], name="reference_cited_id_idx"),
            # "Cited by" on the cable page.
            models.Index(fields=["cited"], name="reference_cited_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.citing_id} → {self.cited_reference_id}"


class IngestRun(models.Model):
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    arguments = models.TextField(blank=True)
    new = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    failures = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"Ingest of {self.started_at:%Y-%m-%d %H:%M}"


class SetAside(models.Model):
    """An index or foreign key a first load dropped, and the SQL that makes it again
    (cables.ingest.first_load). Empty except while such a load runs, or after one was killed."""

    name = models.CharField(max_length=100, unique=True)
    definition = models.TextField()

    def __str__(self) -> str:
        return self.name


class Redaction(models.Model):
    """Words, or a whole paragraph, of one cable that the public portal never shows.

    `cables.curation.apply_redactions` writes the cable's public text from the
    unredacted text with every redaction applied; ingest applies them again.
    """

    cable = models.ForeignKey(Cable, on_delete=models.CASCADE, related_name="redactions")
    paragraph_position = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="The paragraph (0 is the first) to hide whole when no words are given.",
    )
    text = models.CharField(
        max_length=500,
        blank=True,
        help_text="Words to hide wherever they occur in this cable: subject, summary, "
        "header, paragraphs and original text. Empty: hide the whole paragraph.",
    )
    # The hidden paragraph's words, to find it again when a re-ingest moves it.
    paragraph_text = models.TextField(blank=True, editable=False)
    reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["cable", "paragraph_position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(text="") | models.Q(paragraph_position__isnull=False),
                name="redaction_words_or_paragraph",
            ),
        ]

    def __str__(self) -> str:
        what = f"“{self.text}”" if self.text else f"paragraph {self.paragraph_position}"
        return f"{what} in {self.cable}"


class UnredactedCable(models.Model):
    """A redacted cable's public text as ingested, for the admin only.

    Redactions are applied to this copy, so removing one brings its words back.
    It exists only while the cable has redactions.
    """

    cable = models.OneToOneField(
        Cable, on_delete=models.CASCADE, primary_key=True, related_name="unredacted"
    )
    fields = models.JSONField(default=dict)
    paragraphs = models.JSONField(default=list)

    def __str__(self) -> str:
        return f"{self.cable_id} unredacted"


class CableVersion(models.Model):
    """One distinct text of a cable, as ingest first met it (`content_hash`).

    The release published some cables more than once, with different texts (redactions
    lifted, corrections, re-scans). The cable's own fields are read from its current
    version, the one whose hash is the cable's `content_hash`: the newest loaded, unless
    a curator made another one current (cables.ingest.versions).
    """

    # Indexed by version_number_unique, which begins with it.
    cable = models.ForeignKey(
        Cable, on_delete=models.CASCADE, related_name="versions", db_index=False
    )
    # 1 for the first text ingest met, then 2, ...: what the version pages call them.
    number = models.PositiveIntegerField()
    content_hash = models.CharField(max_length=64)
    # As ingested, unredacted: redactions are applied when it is shown
    # (cables.curation.versions), so deleting one brings its words back here too.
    original_text = models.TextField()
    source_name = models.CharField(max_length=500, blank=True)
    source_row = models.PositiveIntegerField(null=True, blank=True)
    # What the source stated besides the text (a CSV row's date, a web page's tags), so
    # making this version current again reads it as ingest did.
    source_metadata = models.JSONField(default=dict, blank=True, encoder=DjangoJSONEncoder)
    first_loaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["cable", "-number"]
        constraints = [
            # Ingest adds a text it has met before only once (ON CONFLICT DO NOTHING).
            models.UniqueConstraint(fields=["cable", "content_hash"], name="version_text_unique"),
            # The version pages' /versions/<a>/<b>/ look-up; and a cable's versions, newest first.
            models.UniqueConstraint(fields=["cable", "number"], name="version_number_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.cable_id} version {self.number}"
