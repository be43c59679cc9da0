"""Rule-based entity extraction on short fragments written for these tests."""

from __future__ import annotations

import pytest

from cables.entities import ExtractedEntity, entity_key, extract_entities, key_of


def person(normalized_name: str) -> str:
    return key_of("person", normalized_name)


def by_key(paragraphs, **kwargs) -> dict[str, ExtractedEntity]:
    return {entity.key: entity for entity in extract_entities(paragraphs, **kwargs)}


def test_title_and_full_name_in_mixed_case():
    found = by_key(["Foreign Minister Sergey Lavrov met the Ambassador on Monday."])
    lavrov = found[person("sergey lavrov")]
    assert (lavrov.name, lavrov.kind) == ("Sergey Lavrov", "person")
    assert lavrov.aliases == ("Foreign Minister Sergey Lavrov",)
    assert lavrov.mentions == ((0, 1),)


def test_surname_after_title_resolves_to_the_one_full_name_in_the_cable():
    found = by_key(
        [
            "President Putin spoke first.",
            "Vladimir Putin later said that Putin had no plans to travel.",
        ]
    )
    putin = found[person("vladimir putin")]
    assert putin.name == "Vladimir Putin"
    assert set(putin.aliases) == {"President Putin", "Putin"}
    assert putin.mentions == ((0, 1), (1, 2))
    assert [key for key in found if key.startswith(person(""))] == [person("vladimir putin")]


def test_surname_stays_alone_when_two_full_names_share_it():
    found = by_key(["Hugo Chavez and Carlos Chavez arrived.", "President Chavez spoke."])
    assert {
        person("hugo chavez"),
        person("carlos chavez"),
        person("chavez"),
    } <= set(found)
    assert found[person("chavez")].mentions == ((1, 1),)


def test_a_bare_capitalised_word_alone_is_not_a_person():
    found = by_key(["Putin said that the plan was sound."])
    assert [key for key in found if key.startswith(person(""))] == []


def test_full_name_with_a_middle_initial_without_a_title():
    found = by_key(["The report was written by Donna M. Blair last year."])
    assert found[person("donna blair")].name == "Donna M. Blair"


def test_titles_with_abbreviation_periods():
    found = by_key(["Dr. Ali Gashut and Gen. Yakubu Gowon met Mr. Smith."])
    assert {
        person("ali gashut"),
        person("yakubu gowon"),
        person("smith"),
    } <= set(found)
    assert "Mr. Smith" in found[person("smith")].aliases


def test_upper_case_text_title_cases_names_and_stops_at_common_words():
    found = by_key(
        [
            "ASSISTANT SECRETARY SUSAN E. RICE MET OPPOSITION LEADER MORGAN TSVANGIRAI "
            "ON NOVEMBER 16. TSVANGIRAI SAID PRESIDENT MUGABE SHOULD GO."
        ]
    )
    assert found[person("susan rice")].name == "Susan E. Rice"
    tsvangirai = found[person("morgan tsvangirai")]
    assert tsvangirai.name == "Morgan Tsvangirai"
    assert tsvangirai.mentions == ((0, 2),)
    assert found[person("mugabe")].name == "Mugabe"
    assert not [key for key in found if "november" in key or "said" in key]


def test_dashes_end_a_name_and_lower_case_words_are_no_titles():
    found = by_key(["HE MET FORMER PRESIDENT MANDELA--WHO STILL MATTERS-- AT AVENIDA das NACOES."])
    assert [key for key in found if key.startswith(person(""))] == [person("mandela")]


def test_a_surname_that_is_also_a_city_stays_in_the_name():
    found = by_key(["Deputy Benjamin Sagahon Medina spoke in Medina."])
    assert found[person("benjamin sagahon medina")].mentions == ((0, 1),)
    assert found["place:medina"].mentions == ((0, 1),)


def test_upper_case_mc_names_are_displayed_with_a_capital_after_mc():
    found = by_key(["AMBASSADOR TOM MCDONALD MET THE MINISTER."])
    assert found[person("tom mcdonald")].name == "Tom McDonald"


def test_a_verb_after_a_title_in_capitals_is_not_a_name():
    found = by_key(["THE AMBASSADOR URGED MINISTER SCAJOLA TO ACT."])
    assert [key for key in found if key.startswith(person(""))] == [person("scajola")]


def test_classified_by_and_signer_name_people():
    found = by_key(
        ["1. (C) Summary: nothing to report."],
        classified_by=["Political Counselor Jeff Hovenier, reasons 1.4 (b) and (d)"],
        signer="BEYRLE",
    )
    assert found[person("jeff hovenier")].mentions == ()
    assert found[person("beyrle")].name == "Beyrle"


def test_classified_by_name_before_a_final_period_and_nara_stamps():
    found = by_key(["x"], classified_by=["Classified By: DCM Mark Asquino.", "CLASSIFIED BY NARA"])
    assert [key for key in found if key.startswith(person(""))] == [person("mark asquino")]


def test_classified_by_line_inside_a_paragraph_is_read():
    found = by_key(["Classified By: Ambassador Tom McDonald for reasons 1.5 (b) and (d)."])
    assert person("tom mcdonald") in found


def test_ministries_are_named_in_full_and_short_forms_merge():
    found = by_key(
        [
            "The Ministry of Foreign Affairs and the MFA disagreed with the Foreign Ministry.",
            "THE MINISTRY OF MINES AND ENERGY SAID NOTHING.",
        ]
    )
    mfa = found["organization:ministry of foreign affairs"]
    assert mfa.name == "Ministry of Foreign Affairs"
    assert set(mfa.aliases) == {"MFA", "Foreign Ministry"}
    assert mfa.mentions == ((0, 3),)
    assert found["organization:ministry of mines and energy"].name == "Ministry of Mines and Energy"


def test_organizations_from_the_list_and_parties():
    found = by_key(["NATO, Gazprom, the Labor Party and United Russia met at the UN."])
    assert {
        "organization:nato",
        "organization:gazprom",
        "organization:labor party",
        "organization:united russia",
        "organization:united nations",
    } <= set(found)


def test_party_names_keep_their_leading_words():
    found = by_key(["The National Liberation Party (PLN) and the ruling party disagreed."])
    assert [key for key in found if key.startswith("organization:")] == [
        "organization:national liberation party"
    ]


def test_acronyms_match_only_in_capitals_in_mixed_case_text():
    found = by_key(["Un petit mot: who knows what the un-named official meant."])
    assert found == {}


def test_places_with_variants_merge():
    found = by_key(["The Russian Federation and Russia, Burma and Myanmar, Bombay and Mumbai."])
    assert found["place:russia"].aliases == ("Russian Federation",)
    assert found["place:russia"].mentions == ((0, 2),)
    assert found["place:burma"].aliases == ("Myanmar",)
    assert found["place:mumbai"].aliases == ("Bombay",)


def test_a_city_of_two_words_is_one_place():
    found = by_key(["The delegation flew from Abu Dhabi to Kuala Lumpur."])
    assert {"place:abu dhabi", "place:kuala lumpur"} <= set(found)
    assert "place:dhabi" not in found


@pytest.mark.parametrize(
    "text",
    [
        "1. (C) (SBU) (S/NF) Summary: SIPDIS NOFORN.",
        "TAGS: PREL, PGOV, RS, IN, IS",
        "REF: A. MOSCOW 1234 B. STATE 5678",
        "The Embassy and the Post told the Department on Monday, 3 March.",
        "INFO AMEMBASSY NAIROBI",
        "Office symbols such as WHA/CAR and EUR/RPM are not places.",
        "The Rome Statute and the Kyoto Protocol are treaties.",
    ],
)
def test_junk_gives_no_entity(text):
    assert extract_entities([text]) == []


def test_upper_case_ambiguous_acronyms_are_not_organizations():
    found = by_key(["WHO WILL SAY WHAT THE SHELL COMPANY DID?"])
    assert found == {}


def test_mentions_link_to_paragraph_positions():
    found = by_key(["Nothing here.", "Paris and Paris.", "Nothing.", "Paris."])
    assert found["place:paris"].mentions == ((1, 2), (3, 1))


def test_extraction_is_deterministic():
    paragraphs = [
        "President Lula met Foreign Minister Celso Amorim in Brasilia and Sao Paulo.",
        "AMORIM SAID THE UN AND THE OAS WOULD ACT. MINISTER JOBIM AGREED.",
    ]
    first = extract_entities(paragraphs)
    assert first == extract_entities(list(paragraphs))
    assert [entity.key for entity in first] == sorted(entity.key for entity in first)


@pytest.mark.parametrize(
    ("name", "kind", "key"),
    [
        ("Russian Federation", "place", "place:russia"),
        ("The Hague", "place", "place:hague"),
        ("MFA", "organization", "organization:ministry of foreign affairs"),
        ("President Vladimir Putin", "person", person("vladimir putin")),
        ("Susan E. Rice", "person", person("susan rice")),
        ("José  Serra", "person", person("jose serra")),
        ("AL-MALIKI", "person", person("al maliki")),
    ],
)
def test_entity_key(name, kind, key):
    assert entity_key(name, kind) == key
