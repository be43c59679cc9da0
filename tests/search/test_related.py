"""Related cables: which cables come first, and the reason each gives."""

import pytest

from cables.models import Cable
from cables.search import related as related_module
from cables.search import related_cables
from cables.search.related import Candidate, Profile, Shared, signals
from tests.factories import make_cable

pytestmark = pytest.mark.django_db

FILLER = "The delegation met officials and discussed the weather."


def related(reference_id: str, **options) -> list[tuple[str, str]]:
    cable = Cable.objects.get(reference_id=reference_id)
    return [(row["reference_id"], row["why"]) for row in related_cables(cable, **options)]


def ids(reference_id: str, **options) -> list[str]:
    return [reference_id for reference_id, _ in related(reference_id, **options)]


def fillers(count: int, **fields) -> None:
    """Cables sharing nothing distinctive with the others, so that rarity means something."""
    for serial in range(count):
        make_cable(f"01FILLER{serial + 1}", paragraphs=[FILLER], tags=["ZZZZ"], **fields)


# Citations


def test_a_cable_citing_it_and_one_it_cites_say_so():
    make_cable("08KYIV1", paragraphs=[FILLER], tags=["UP"])
    make_cable("08KYIV2", paragraphs=[FILLER], tags=["UP"], references=["08KYIV1"])
    make_cable("08KYIV3", paragraphs=[FILLER], tags=["UP"], references=["08KYIV2"])

    found = dict(related("08KYIV2"))

    assert found["08KYIV1"].startswith("cited by this cable")
    assert found["08KYIV3"].startswith("cites this cable")
    assert ids("08KYIV2")[:2] == ["08KYIV1", "08KYIV3"]


def test_cables_citing_the_same_cables_rank_by_how_many_they_share():
    fillers(3)
    both, one = ["06KYIV1", "06KYIV2"], ["06KYIV1"]
    for serial, cited in ((10, both), (11, one), (12, both)):
        make_cable(f"08KYIV{serial}", references=cited, paragraphs=[FILLER], tags=["ZZZZ"])

    found = related("08KYIV10")

    # The cited cables are not in the corpus: what counts is that both cite them.
    assert found[:2] == [
        ("08KYIV12", "cites the same 2 cables"),
        ("08KYIV11", "cites the same cable, 06KYIV1"),
    ]


def test_cables_cited_together_are_related_through_the_cable_citing_them():
    fillers(3)
    make_cable("08KYIV1", paragraphs=[FILLER], tags=["UP"])
    make_cable("08KYIV2", paragraphs=[FILLER], tags=["RS"])
    make_cable("08KYIV3", paragraphs=[FILLER], tags=["PL"], references=["08KYIV1", "08KYIV2"])

    found = dict(related("08KYIV1"))

    assert found["08KYIV2"] == "cited together with this cable by a cable"
    assert found["08KYIV3"].startswith("cites this cable")


def test_the_citation_signals_can_be_left_out_or_one_link_hidden():
    make_cable("08KYIV1", paragraphs=[FILLER], tags=["UP"])
    make_cable("08KYIV2", paragraphs=[FILLER], tags=["RS"], references=["08KYIV1"])
    make_cable("08KYIV3", paragraphs=[FILLER], tags=["PL"], references=["08KYIV1"])
    kyiv2 = Cable.objects.get(reference_id="08KYIV2")

    assert ids("08KYIV1", references=False) == []
    # Hiding 08KYIV2's link leaves it related only as the other citer's fellow.
    assert dict(related("08KYIV3", hidden_links={kyiv2.pk})) == {
        "08KYIV1": "cited by this cable",
        "08KYIV2": "cites the same cable, 08KYIV1",
    }


# Entities, tags, words


def test_shared_rare_entities_count_more_than_a_common_one():
    fillers(6, entities=[("Moscow", "place")])
    gazprom, miller, moscow = (
        ("Gazprom", "organization"),
        ("Alexei Miller", "person"),
        ("Moscow", "place"),
    )
    make_cable("08MOSCOW1", paragraphs=[FILLER], tags=["ZZZZ"], entities=[gazprom, miller, moscow])
    make_cable("08MOSCOW2", paragraphs=[FILLER], tags=["ZZZZ"], entities=[gazprom, miller])
    make_cable("08MOSCOW3", paragraphs=[FILLER], tags=["ZZZZ"], entities=[moscow])

    found = related("08MOSCOW1")

    assert found[0] == ("08MOSCOW2", "mentions Alexei Miller, Gazprom")
    # Moscow is in most cables: sharing it alone puts a cable far below.
    assert [reference_id for reference_id, _ in found].index("08MOSCOW3") > 0


def test_shared_rare_tags_count_more_than_a_common_one():
    fillers(4)
    make_cable("08KYIV1", paragraphs=[FILLER], tags=["ZZZZ", "ENRG", "UP"])
    make_cable("08KYIV2", paragraphs=[FILLER], tags=["ENRG", "UP"])
    make_cable("08KYIV3", paragraphs=[FILLER], tags=["ENRG"])

    found = related("08KYIV1")

    # The rarest first: UP is on two cables, ENRG on three, ZZZZ on five.
    assert found[:2] == [("08KYIV2", "tagged UP, ENRG"), ("08KYIV3", "tagged ENRG")]
    assert found[2:] == [(f"01FILLER{n}", "tagged ZZZZ") for n in range(1, 5)]


def test_distinctive_words_are_shared_as_the_cable_writes_them():
    fillers(4)
    make_cable(
        "08KYIV1",
        paragraphs=["Naftogaz owes arrears for transit; the pipeline companies complained."],
        tags=["ZZZZ"],
    )
    make_cable("08KYIV2", paragraphs=["Naftogaz paid its arrears."], tags=["ZZZZ"])
    make_cable("08KYIV3", paragraphs=["The pipeline opened."], tags=["ZZZZ"])

    found = related("08KYIV1")

    # ZZZZ is on every cable: it tells none apart.
    assert found == [
        ("08KYIV2", "shares the words arrears, Naftogaz"),
        ("08KYIV3", "shares the words pipeline"),
    ]


def test_each_reason_says_what_is_shared_strongest_first():
    fillers(3)
    make_cable(
        "08KYIV1",
        paragraphs=["Naftogaz owes arrears."],
        tags=["ENRG"],
        references=["06KYIV7"],
        entities=[("Gazprom", "organization")],
    )
    make_cable(
        "08KYIV2",
        paragraphs=["Naftogaz owes arrears."],
        tags=["ENRG"],
        references=["06KYIV7"],
        entities=[("Gazprom", "organization")],
    )

    assert related("08KYIV1") == [
        (
            "08KYIV2",
            "mentions Gazprom; shares the words arrears, Naftogaz, owes; "
            "cites the same cable, 06KYIV7; tagged ENRG",
        )
    ]


def test_long_lists_of_shared_names_are_cut_short():
    fillers(3)
    names = [("Anna Alpha", "person"), ("Boris Beta", "person"), ("Clara Gamma", "person")]
    names += [("Dmitri Delta", "person"), ("Elena Epsilon", "person")]
    make_cable("08KYIV1", paragraphs=[FILLER], tags=["ZZZZ"], entities=names)
    make_cable("08KYIV2", paragraphs=[FILLER], tags=["ZZZZ"], entities=names)

    assert related("08KYIV1") == [
        ("08KYIV2", "mentions Anna Alpha, Boris Beta, Clara Gamma and 2 more")
    ]


def test_each_signal_finds_first_the_cables_holding_most_of_it(monkeypatch):
    fillers(4)
    make_cable("08KYIV1", paragraphs=["Naftogaz owes arrears."], tags=["ZZZZ"])
    make_cable("08KYIV2", paragraphs=["Naftogaz paid."], tags=["ZZZZ"])
    make_cable("08KYIV3", paragraphs=["Naftogaz owes arrears."], tags=["ZZZZ"])
    monkeypatch.setattr(related_module, "POOL", 1)

    # Only the best the words find is looked at: the one holding all three.
    assert ids("08KYIV1") == ["08KYIV3"]


def test_equal_candidates_score_equal_whatever_order_their_sets_give():
    idfs = {1: 0.1, 9: 0.2, 17: 0.3}
    profile = Profile(1, "", documents=100)
    profile.entities = {pk: Shared(f"entity {pk}", idf, cables=2) for pk, idf in idfs.items()}
    first, second = Candidate(2), Candidate(3)
    for pk in (1, 9, 17):
        first.entities.add(pk)
    for pk in (17, 9, 1):
        second.entities.add(pk)
    # The same members, given in orders whose plain sums differ in the last digit.
    assert sum(idfs[pk] for pk in first.entities) != sum(idfs[pk] for pk in second.entities)

    assert signals(first, profile) == signals(second, profile)


# What is never shown


def test_hidden_cables_and_the_cable_itself_never_appear():
    make_cable("08KYIV1", paragraphs=["Naftogaz owes arrears."], tags=["ENRG"])
    make_cable("08KYIV2", paragraphs=["Naftogaz owes arrears."], tags=["ENRG"], published=False)
    make_cable("08KYIV3", paragraphs=["Naftogaz paid."], tags=["ENRG"], references=["08KYIV1"])

    assert ids("08KYIV1") == ["08KYIV3"]


def test_a_cable_sharing_nothing_has_no_related_cables():
    fillers(3)
    make_cable("08KYIV1", paragraphs=["Quite unlike anything."], tags=["UP"])

    assert related("08KYIV1") == []


def test_at_most_the_limit_best_first():
    for serial in range(1, 15):
        make_cable(f"08KYIV{serial}", paragraphs=[FILLER], tags=["ENRG"], references=["06KYIV1"])

    found = related("08KYIV1")

    assert len(found) == 10
    # The same words and tag on every cable: only the reference tells.
    assert all(why == "cites the same cable, 06KYIV1" for _, why in found)
    # Ties are broken by id, so the list is stable.
    assert [reference_id for reference_id, _ in found] == [f"08KYIV{n}" for n in range(2, 12)]


def test_the_list_is_made_in_a_bounded_number_of_queries(django_assert_max_num_queries):
    for serial in range(1, 30):
        make_cable(
            f"08KYIV{serial}",
            paragraphs=["Naftogaz owes arrears."],
            tags=["ENRG"],
            references=["06KYIV1"],
            entities=[("Gazprom", "organization")],
        )
    cable = Cable.objects.get(reference_id="08KYIV1")
    related_cables(cable)  # the corpus counts, kept until the corpus changes

    # The cable's text, words, entities and tags; the references (out, in, shared);
    # the cables holding its words, entities and tags; the best checked for all of
    # them; their fields; the corpus version and the kept counts.
    with django_assert_max_num_queries(20):
        found = related_cables(cable)

    assert len(found) == 10
