"""Curation through the admin over HTTP, signed in as a curator: lists, filters, edits,
bulk actions, entity merges, history and what a curator may not do."""

from datetime import UTC, datetime
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from cables.admin import pagination
from cables.entities import key_of
from cables.models import Cable, CableTag, Entity, IngestRun, Mention, Tag
from tests.factories import ingest, make_cable, write_cable

pytestmark = pytest.mark.django_db

CABLES = "/admin/cables/cable/"
ENTITIES = "/admin/cables/entity/"


class _FormReader(HTMLParser):
    """The values a browser would submit from the page's main form."""

    def __init__(self) -> None:
        super().__init__()
        self.data: list[tuple[str, str]] = []
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            checkable = attrs.get("type") in ("checkbox", "radio")
            if checkable and "checked" not in attrs:
                return
            self.data.append((name, attrs.get("value") or ("on" if checkable else "")))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data.append((name, ""))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.data.append((self._select, attrs.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            name, value = self.data[-1]
            self.data[-1] = (name, value + data)


def form_data(response) -> dict[str, list[str] | str]:
    reader = _FormReader()
    reader.feed(response.content.decode())
    data: dict[str, list[str]] = {}
    for name, value in reader.data:
        data.setdefault(name, []).append(value.lstrip("\n"))  # browsers drop it too
    return {name: values if len(values) > 1 else values[0] for name, values in data.items()}


def change_cable(client, cable: Cable, **changes) -> None:
    url = f"{CABLES}{cable.pk}/change/"
    data = form_data(client.get(url))
    data.pop("csrfmiddlewaretoken", None)
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context and _errors(response)


def _errors(response) -> list:
    errors = [response.context["adminform"].form.errors]
    return errors + [fs.formset.errors for fs in response.context["inline_admin_formsets"]]


def day(year: int, month: int = 3) -> datetime:
    return datetime(year, month, 1, 12, 0, tzinfo=UTC)


# The cable list


@pytest.fixture
def cables():
    make_cable("08MOSCOW1", subject="GAS PRICES", sent_at=day(2008), tags=["ENRG", "RS"])
    make_cable("09PARIS2", subject="WINE EXPORTS", sent_at=day(2009), origin="Embassy Paris")
    make_cable("09PARIS3", subject="GAS STORAGE", sent_at=day(2009), classification="SECRET")


def listed(response) -> list[str]:
    return [cable.reference_id for cable in response.context["cl"].result_list]


def test_the_cable_list_loads_in_few_queries(curator_client, cables, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        response = curator_client.get(CABLES)

    assert response.status_code == 200
    assert listed(response) == ["09PARIS2", "09PARIS3", "08MOSCOW1"]
    page = response.content.decode()
    for column in ("Reference id", "Sent at", "Origin", "Classification", "Subject", "Published"):
        assert column in page


def test_the_unfiltered_list_estimates_its_size_instead_of_counting(
    curator_client, cables, monkeypatch, django_assert_max_num_queries
):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE cables_cable")
    monkeypatch.setattr(pagination, "ESTIMATE_ABOVE", 0)
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = curator_client.get(CABLES)

    assert response.context["cl"].result_count == 3
    assert not [q for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]


def test_search_finds_a_cable_by_id_or_subject_words(curator_client, cables):
    assert listed(curator_client.get(CABLES, {"q": "09paris2"})) == ["09PARIS2"]
    assert listed(curator_client.get(CABLES, {"q": "gas storage"})) == ["09PARIS3"]
    assert listed(curator_client.get(CABLES, {"q": "gas"})) == ["09PARIS3", "08MOSCOW1"]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"year": "2008"}, ["08MOSCOW1"]),
        ({"tag": "enrg"}, ["08MOSCOW1"]),
        ({"origin": "paris"}, ["09PARIS2"]),
        ({"classification__exact": "SECRET"}, ["09PARIS3"]),
        ({"published__exact": "0"}, []),
        ({"year": "2009", "classification__exact": "CONFIDENTIAL"}, ["09PARIS2"]),
    ],
)
def test_filters_narrow_the_list(curator_client, cables, params, expected):
    assert listed(curator_client.get(CABLES, params)) == expected


def test_the_tag_filter_is_a_text_box_not_a_list_of_every_tag(curator_client, cables):
    page = curator_client.get(CABLES, {"year": "2008"}).content.decode()

    assert 'name="tag"' in page
    assert '<input type="hidden" name="year" value="2008">' in page
    assert "?tag=ENRG" not in page


# A cable's change page


def test_the_change_page_shows_the_paragraphs(curator_client):
    cable = make_cable(paragraphs=["First words here.", "Second words there."])

    page = curator_client.get(f"{CABLES}{cable.pk}/change/").content.decode()

    assert "First words here." in page
    assert "Second words there." in page


def test_editing_tags_updates_search_and_survives_ingest(client, curator_client, tmp_path):
    path = write_cable(tmp_path / "08MOSCOW7.txt", "08MOSCOW7", tags="PREL, PGOV")
    ingest(path)
    cable = Cable.objects.get(reference_id="08MOSCOW7")
    enrg = str(Tag.objects.get_or_create(code="ENRG")[0].pk)
    data = form_data(curator_client.get(f"{CABLES}{cable.pk}/change/"))
    pgov = str(cable.tags.get(code="PGOV").pk)
    pgov_row = next(k for k, v in data.items() if k.endswith("-tag") and v == pgov)

    delete_pgov = {pgov_row.replace("-tag", "-DELETE"): "on"}
    change_cable(curator_client, cable, **delete_pgov, **{"cable_tags-2-tag": enrg})

    cable.refresh_from_db()
    assert (cable.tag_list, cable.tags_curated) == (["PREL", "ENRG"], True)
    assert client.get("/search/?q=ENRG").context["total"] == 1
    assert client.get("/search/?tag=PGOV").context["total"] == 0
    record = cable.history.first()
    assert record.history_user.username == "curator"
    changes = record.diff_against(record.prev_record).changes
    assert sorted((c.field, c.old, c.new) for c in changes) == [
        ("tag_codes", "PREL\nPGOV", "PREL\nENRG"),
        ("tags_curated", False, True),
    ]
    ingest(write_cable(path, "08MOSCOW7", tags="PREL, PGOV", body="Changed text."))
    cable.refresh_from_db()
    assert cable.tag_list == ["PREL", "ENRG"]


def test_editing_a_header_field_is_recorded_with_old_and_new_values(curator_client):
    cable = make_cable(subject="OLD SUBJECT")

    change_cable(curator_client, cable, subject="NEW SUBJECT")

    history = curator_client.get(f"{CABLES}{cable.pk}/history/").content.decode()
    assert "OLD SUBJECT" in history
    assert "NEW SUBJECT" in history
    assert "curator" in history


def test_a_corrected_header_field_survives_ingest_of_a_changed_text(curator_client, tmp_path):
    path = write_cable(tmp_path / "08MOSCOW8.txt", "08MOSCOW8", subject="GARBLED SUBJCT")
    ingest(path)
    cable = Cable.objects.get(reference_id="08MOSCOW8")

    change_cable(curator_client, cable, subject="GARBLED SUBJECT, CORRECTED")
    ingest(write_cable(path, "08MOSCOW8", subject="GARBLED SUBJCT", body="A changed text."))

    cable.refresh_from_db()
    assert cable.subject == "GARBLED SUBJECT, CORRECTED"
    assert "A changed text." in cable.paragraphs.get(position=0).text
    assert cable.curated_fields == ["subject"]


def test_redacting_from_the_change_page_hides_the_words_and_records_who(client, curator_client):
    cable = make_cable("08MOSCOW9", paragraphs=["Ivan Petrov met the minister.", "Other words."])
    data = form_data(curator_client.get(f"{CABLES}{cable.pk}/change/"))
    prefix = next(k for k in data if k.endswith("-TOTAL_FORMS") and "redaction" in k)[:-12]

    change_cable(
        curator_client,
        cable,
        **{
            f"{prefix}-TOTAL_FORMS": "1",
            f"{prefix}-0-text": "Petrov",
            f"{prefix}-0-reason": "Privacy",
        },
    )

    page = client.get("/cable/08MOSCOW9/").content.decode()
    assert "Petrov" not in page
    assert "Ivan [REDACTED] met the minister." in page
    record = cable.redactions.get().history.get()
    assert (record.history_type, record.history_user.username) == ("+", "curator")


# Bulk actions


def act(client, action: str, cables: list[Cable], **extra) -> None:
    data = {"action": action, "_selected_action": [c.pk for c in cables], **extra}
    assert client.post(CABLES, data).status_code == 302


def test_bulk_hide_and_publish_are_recorded_per_cable(client, curator_client):
    one, two = make_cable("08MOSCOW1"), make_cable("08MOSCOW2")

    act(curator_client, "hide", [one, two])

    assert not Cable.objects.filter(published=True).exists()
    for cable in (one, two):
        record = cable.history.first()
        assert (record.history_user.username, record.history_change_reason) == ("curator", "Hidden")
        assert [c.field for c in record.diff_against(record.prev_record).changes] == ["published"]
    act(curator_client, "publish", [one])
    assert list(Cable.objects.filter(published=True)) == [one]
    assert client.get("/cable/08MOSCOW1/").status_code == 200


def test_bulk_add_and_remove_a_tag(client, curator_client):
    one = make_cable("08MOSCOW1", tags=["PREL"])
    two = make_cable("08MOSCOW2", tags=["PREL", "ENRG"])

    act(curator_client, "add_tag", [one, two], tag="enrg")

    assert {cable.reference_id: cable.tag_list for cable in Cable.objects.all()} == {
        "08MOSCOW1": ["PREL", "ENRG"],
        "08MOSCOW2": ["PREL", "ENRG"],
    }
    assert one.history.first().history_change_reason == "Tag ENRG added"
    assert not two.history.filter(history_type="~").exists()  # it had the tag already
    act(curator_client, "remove_tag", [one, two], tag="PREL")
    assert set(Cable.objects.values_list("tag_codes", flat=True)) == {"ENRG"}
    assert client.get("/search/?tag=PREL").context["total"] == 0
    assert Cable.objects.filter(tags_curated=True).count() == 2


def test_a_bulk_tag_action_with_an_unknown_tag_says_so(curator_client):
    cable = make_cable()

    response = curator_client.post(
        CABLES, {"action": "add_tag", "_selected_action": [cable.pk], "tag": "NOPE"}, follow=True
    )

    assert "There is no tag NOPE." in response.content.decode()
    assert not CableTag.objects.filter(tag__code="NOPE").exists()


# Entities


@pytest.fixture
def duplicates():
    make_cable("08MOSCOW1", entities=[("V. Putin", "person"), ("Vladimir Putin", "person")])
    make_cable("08MOSCOW2", entities=[("V. Putin", "person")])
    return Entity.objects.get(name="V. Putin"), Entity.objects.get(name="Vladimir Putin")


def test_merging_entities_moves_mentions_keeps_the_name_and_redirects(
    client, curator_client, duplicates
):
    old, target = duplicates
    action = {"action": "merge_entities", "_selected_action": [old.pk]}
    form = curator_client.post(ENTITIES, action)
    assert "Merge into" in form.content.decode()

    response = curator_client.post(ENTITIES, {**action, "apply": "1", "target": target.pk})

    assert response.status_code == 302
    old.refresh_from_db()
    target.refresh_from_db()
    assert old.merged_into == target
    assert target.aliases == ["V. Putin"]
    assert sorted(Mention.objects.values_list("entity__name", "cable__reference_id", "count")) == [
        ("Vladimir Putin", "08MOSCOW1", 2),
        ("Vladimir Putin", "08MOSCOW2", 1),
    ]
    assert client.get(f"/entity/{old.pk}/").url == f"/entity/{target.pk}/"
    assert old.history.first().history_user.username == "curator"


def test_a_merged_name_goes_to_its_target_at_the_next_ingest(curator_client, tmp_path):
    path = write_cable(tmp_path / "08MOSCOW5.txt", "08MOSCOW5", body="Ivan Petrov spoke.")
    ingest(path)
    old = Entity.objects.get(name="Ivan Petrov")
    target = Entity.objects.create(
        name="Ivan I. Petrov", kind="person", key=key_of("person", "ivan i petrov")
    )
    action = {"action": "merge_entities", "_selected_action": [old.pk], "apply": "1"}
    curator_client.post(ENTITIES, {**action, "target": target.pk})

    ingest(write_cable(path, "08MOSCOW5", body="Ivan Petrov spoke again."))

    assert list(Mention.objects.values_list("entity__name", flat=True)) == ["Ivan I. Petrov"]


def test_not_an_entity_is_hidden_and_not_recreated_by_ingest(client, curator_client, tmp_path):
    path = write_cable(tmp_path / "08MOSCOW5.txt", "08MOSCOW5", body="Ivan Petrov spoke.")
    ingest(path)
    entity = Entity.objects.get(name="Ivan Petrov")

    curator_client.post(ENTITIES, {"action": "mark_not_an_entity", "_selected_action": [entity.pk]})

    assert client.get(f"/entity/{entity.pk}/").status_code == 404
    assert "Ivan Petrov</a>" not in client.get("/cable/08MOSCOW5/").content.decode()
    ingest(write_cable(path, "08MOSCOW5", body="Ivan Petrov spoke again."))
    assert not Mention.objects.filter(entity__name="Ivan Petrov").exists()
    assert Entity.objects.filter(name="Ivan Petrov").count() == 1


def test_renaming_an_entity_and_changing_its_kind(client, curator_client):
    make_cable(entities=[("Gazprom Bank", "place")])
    entity = Entity.objects.get()
    url = f"{ENTITIES}{entity.pk}/change/"
    data = form_data(curator_client.get(url))
    data.update(name="Gazprombank", kind="organization")

    assert curator_client.post(url, data).status_code == 302

    page = client.get(f"/entity/{entity.pk}/").content.decode()
    assert "Gazprombank" in page
    record = Entity.objects.get().history.first()
    changes = record.diff_against(record.prev_record).changes
    assert sorted((c.field, c.old, c.new) for c in changes) == [
        ("kind", "place", "organization"),
        ("name", "Gazprom Bank", "Gazprombank"),
    ]


# Tags, ingest runs


def test_editing_a_tag_definition_shows_on_the_portal(client, curator_client):
    make_cable(tags=["ZZTEST"])
    tag = Tag.objects.get(code="ZZTEST")
    url = f"/admin/cables/tag/{tag.pk}/change/"
    data = form_data(curator_client.get(url))
    data.update(definition="A tag for testing", kind="program")

    assert curator_client.post(url, data).status_code == 302

    assert "A tag for testing" in client.get("/tags/").content.decode()
    history = curator_client.get(f"/admin/cables/tag/{tag.pk}/history/").content.decode()
    assert "A tag for testing" in history


def test_ingest_runs_are_listed_with_their_failures(curator_client, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    write_cable(tmp_path / "08MOSCOW5.txt", "08MOSCOW5")
    with pytest.raises(Exception):  # noqa: B017 - the command exits 1 when a document fails
        ingest(tmp_path)
    run = IngestRun.objects.get()

    listing = curator_client.get("/admin/cables/ingestrun/").content.decode()
    page = curator_client.get(f"/admin/cables/ingestrun/{run.pk}/change/").content.decode()

    assert str(tmp_path) in listing
    assert "empty.txt</strong>: empty file" in page


# The curator role


def test_a_curator_cannot_manage_users(curator_client):
    assert curator_client.get("/admin/").status_code == 200
    assert curator_client.get("/admin/auth/user/").status_code == 403
    assert curator_client.get("/admin/auth/user/add/").status_code == 403
    assert curator_client.get("/admin/auth/group/").status_code == 403
    response = curator_client.post(
        "/admin/auth/user/add/",
        {"username": "intruder", "password1": "x-Long-pass-1", "password2": "x-Long-pass-1"},
    )
    assert response.status_code == 403


def test_createcurator_makes_a_staff_user_in_the_curator_group(client, django_user_model):
    out = StringIO()
    call_command("createcurator", "archivist", "--no-input", stdout=out)

    user = django_user_model.objects.get(username="archivist")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["curator"]
    assert "changepassword archivist" in out.getvalue()
    client.force_login(user)
    assert client.get(CABLES).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/admin/cables/redaction/",
        "/admin/cables/redaction/add/",
        "/admin/cables/tag/",
        "/admin/cables/entity/",
        "/admin/cables/ingestrun/",
    ],
)
def test_each_curation_page_opens_for_a_curator(curator_client, url):
    make_cable(entities=[("Ivan Petrov", "person")])

    assert curator_client.get(url).status_code == 200
