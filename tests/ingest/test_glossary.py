"""The TAGS glossary data file and its loader."""

from __future__ import annotations

import csv

import pytest

from cables.ingest.glossary import (
    DEFAULT_PATH,
    INFERRED_DEFINITIONS,
    KINDS,
    UNDEFINED_CODES,
    guess_tag_kind,
    load_glossary,
)
from tests.factories import CORPUS


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def seen_tags(min_cables: int) -> list[str]:
    tags_seen = CORPUS / "tags-seen.tsv"
    if not tags_seen.exists():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    with open(tags_seen, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [row["tag"] for row in rows if int(row["cables"]) >= min_cables]


def test_every_tag_seen_in_three_or_more_cables_is_defined_or_known_undefined(glossary):
    missing = [
        code for code in seen_tags(3) if code not in glossary and code not in UNDEFINED_CODES
    ]
    assert missing == []


def test_undefined_codes_get_no_definition(glossary):
    assert sorted(set(UNDEFINED_CODES) & set(glossary)) == []


def test_inferred_definitions_are_in_the_glossary(glossary):
    assert sorted(INFERRED_DEFINITIONS - set(glossary)) == []


def test_the_data_file_has_no_duplicate_codes():
    with open(DEFAULT_PATH, encoding="utf-8") as handle:
        codes = [line.split("\t", 1)[0] for line in handle.read().splitlines()[1:]]
    assert len(codes) == len(set(codes))


def test_every_kind_is_valid_and_every_definition_filled(glossary):
    assert {entry.kind for entry in glossary.values()} <= set(KINDS)
    assert all(entry.definition.strip() for entry in glossary.values())


def test_codes_are_upper_case_without_spaces(glossary):
    assert [code for code in glossary if not code.isupper() or " " in code] == []


@pytest.mark.parametrize(
    ("code", "definition"),
    [
        ("IN", "India"),
        ("IS", "Israel"),
        ("IT", "Italy"),
        ("NO", "Norway"),
        ("AS", "Australia"),
        ("TO", "Togo"),
        ("TN", "Tonga"),
        ("SO", "Somalia"),
        ("BY", "Burundi"),
        ("BO", "Belarus"),
        ("AM", "Armenia"),
        ("BE", "Belgium"),
        ("AT", "Ashmore and Cartier Islands"),
        ("KG", "Kyrgyzstan"),
    ],
)
def test_stop_word_and_look_alike_country_codes_have_their_fips_meaning(glossary, code, definition):
    assert glossary[code].kind == "country"
    assert glossary[code].definition == definition


def test_austria_keeps_au_and_the_note_on_the_african_union(glossary):
    assert glossary["AU"].definition.startswith("Austria")
    assert "African Union" in glossary["AU"].definition


@pytest.mark.parametrize(
    ("code", "kind", "definition"),
    [
        ("PREL", "subject", "External Political Relations"),
        ("PGOV", "subject", "Internal Governmental Affairs"),
        ("KNNP", "subject", "Nuclear Nonproliferation"),
        ("NATO", "organization", "North Atlantic Treaty Organization"),
        ("KPAO", "program", "Public Affairs Office"),
        ("RS", "country", "Russia"),
    ],
)
def test_well_known_codes(glossary, code, kind, definition):
    assert glossary[code] == (code, kind, definition)


def test_load_glossary_rejects_a_duplicate_code(tmp_path):
    bad = tmp_path / "tags.tsv"
    bad.write_text("code\tkind\tdefinition\nRS\tcountry\tRussia\nRS\tcountry\tRussia\n")
    with pytest.raises(ValueError, match="duplicate code 'RS'"):
        load_glossary(bad)


def test_load_glossary_rejects_an_unknown_kind(tmp_path):
    bad = tmp_path / "tags.tsv"
    bad.write_text("code\tkind\tdefinition\nRS\tplace\tRussia\n")
    with pytest.raises(ValueError, match="unknown kind 'place'"):
        load_glossary(bad)


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("OVIP (STEINBERG, JAMES B.)", "person"),
        ("RICE, CONDOLEEZZA", "person"),
        ("KEYSER CRAIG", "person"),
        ("HUMAN RIGHTS", "subject"),
        ("MEETINGS WITH AMBASSADOR", "subject"),
        ("XX", "country"),
        ("QQ", "country"),
        ("KZZZ", "subject"),
        ("ETRDEINVECINPGOVCS", "subject"),
    ],
)
def test_guess_tag_kind(code, kind):
    assert guess_tag_kind(code) == kind
