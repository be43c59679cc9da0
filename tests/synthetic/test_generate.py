"""The synthetic cable generator: determinism, the release's layout, citation threads."""

import re
from collections import Counter
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest

from synthetic.generate import WORLD, plan_cables, write_cables
from tests.matching import find

SEED = 11
N = 200
CLASS_LINE = re.compile(
    r"^(?:UNCLAS|UNCLASSIFIED|C O N F I D E N T I A L|S E C R E T)"
    r"(?: SECTION 01 OF (\d\d))? ([A-Z][A-Z ]*?) (\d+)(?: NOFORN)?$",
    re.M,
)
DTG_LINE = re.compile(r"^[RPOZ](?: [RP])? \d{6}Z [A-Z]{3} (\d\d)$", re.M)
STOP_WORD_TAGS = {"IN", "IS", "IT", "NO", "AS", "TO", "SO", "BY", "AM", "BE", "AT", "ON"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, str]:
    """N generated cables: reference id (the file name) -> text."""
    out = tmp_path_factory.mktemp("generated")
    write_cables(N, out, seed=SEED)
    return {path.stem: path.read_text() for path in sorted(out.rglob("*.txt"))}


@pytest.fixture(scope="module")
def plans():
    return plan_cables(N, SEED)


def _tree(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in directory.rglob("*.txt")}


def _body(text: str) -> str:
    return text[find(CLASS_LINE, text).start() :]


def _tags(text: str) -> list[str]:
    line = find(r"^TAGS: (.*)$", text, re.M)[1]
    line = re.sub(r"\(.*?\)", "", line)  # person tags: OVIP (SURNAME, GIVEN X.)
    return [tag for tag in re.split(r"[ ,]+", line) if tag]


def test_same_seed_writes_byte_identical_files(tmp_path):
    write_cables(80, tmp_path / "a", seed=4)
    write_cables(80, tmp_path / "b", seed=4, workers=2)
    first, second = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert len(first) == 80
    assert first == second


def test_another_seed_writes_other_cables(tmp_path):
    write_cables(40, tmp_path / "a", seed=4)
    write_cables(40, tmp_path / "b", seed=5)
    first, second = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert set(first) != set(second)
    assert not set(first.values()) & set(second.values())


def test_files_sit_in_year_folders_named_after_their_id(tmp_path):
    write_cables(40, tmp_path, seed=2)
    for path in tmp_path.rglob("*.txt"):
        text = path.read_text()
        year = int(find(DTG_LINE, text)[1])
        _, name, serial = find(CLASS_LINE, text).groups()
        assert path.stem == f"{year:02d}{name.replace(' ', '')}{int(serial)}"
        assert path.parent.name[2:] == f"{year:02d}"


def test_every_cable_has_the_release_layout(corpus):
    for reference_id, text in corpus.items():
        header, _, body = text.partition("\n\n" + find(CLASS_LINE, text)[0])
        assert re.search(r"^FM [A-Z]", header, re.M), reference_id
        assert re.search(r"^TO [A-Z]", header, re.M), reference_id
        assert DTG_LINE.search(header), reference_id
        assert re.search(r"^E\.O\. 1\d{4}: ", body, re.M), reference_id
        assert _tags(text), reference_id
        assert re.search(r"^SUBJ(?:ECT)?: [A-Z0-9]", body, re.M), reference_id
        assert len(re.findall(r"^¶?\d{1,2}\. ", body, re.M)) >= 2, reference_id
        assert re.fullmatch(r"[A-Z][A-Z'-]+", body.rstrip().splitlines()[-1]), reference_id


def test_modern_cables_have_routing_lines_sipdis_and_markings(corpus):
    modern = {k: t for k, t in corpus.items() if t.startswith("VZCZC") and int(k[:2]) < 60}
    assert len(modern) > N * 0.8
    for reference_id, text in modern.items():
        assert re.search(r"^DE [A-Z]{4,} #\d{4}(?:/01)? \d{7}$", text, re.M), reference_id
        assert re.search(r"^ZN[RY] (UUUUU|CCCCC|SSSSS) ZZH$", text, re.M), reference_id
        if int(reference_id[:2]) >= 2:
            assert "\nSIPDIS" in text, reference_id
        assert re.search(r"^¶?1\. \((U|SBU|C|S)(//?NF)?\) ", _body(text), re.M), reference_id


def test_classified_cables_say_who_classified_them_and_why(corpus):
    classified = [
        t
        for k, t in corpus.items()
        if t.startswith("VZCZC") and not re.search(r"^UNCLAS", _body(t), re.M)
    ]
    assert classified
    for text in classified:
        flat = " ".join(text.split())
        assert re.search(r"Classified By: .+? 1\.[45] ?\(", flat, re.I)


def test_long_cables_have_sections_and_page_breaks(corpus):
    multi = 0
    for reference_id, text in corpus.items():
        sections, name, serial = find(CLASS_LINE, text).groups()
        breaks = re.findall(
            rf"^{name} {int(serial):08d}  (\d{{3}})(?:\.2)? OF (\d{{3}})$", text, re.M
        )
        if sections:
            multi += 1
            pages = int(sections)
            assert {int(page) for page, _ in breaks} >= set(range(2, pages + 1)), reference_id
            assert {int(total) for _, total in breaks} == {pages}, reference_id
        else:
            assert not breaks, reference_id
    assert multi > N * 0.3


def test_sizes_are_those_of_typical_cables(corpus):
    sizes = sorted(len(text.encode()) for text in corpus.values())
    median = sizes[len(sizes) // 2]
    assert 2_000 <= median <= 8_000


def test_cables_cite_other_generated_cables_forming_threads(corpus, plans):
    by_id = {plan.reference_id: plan for plan in plans}
    citing = 0
    for plan in plans:
        text = corpus[plan.reference_id]
        ref_block = " ".join(text[text.index("\nREF:") :].split()) if plan.refs else ""
        for ref_text, cited in plan.refs:
            assert ref_text in ref_block, (plan.reference_id, ref_text)
            if cited in by_id:
                assert by_id[cited].sent_at < plan.sent_at
        if any(cited in corpus for _, cited in plan.refs):
            citing += 1
    assert citing > N * 0.2  # about 45% in a corpus of thousands, where threads are denser


def test_references_include_missing_cables_and_non_cable_items(plans):
    ids = {plan.reference_id for plan in plans}
    refs = [ref for plan in plans for ref in plan.refs]
    missing = [cited for _, cited in refs if cited and cited not in ids]
    non_cable = [text for text, cited in refs if cited is None]
    assert len(missing) > 10
    assert len(non_cable) > 5
    assert any(text.startswith(("EMAIL", "TELCON")) or " EMAIL " in text for text in non_cable)


def test_reference_ids_are_unique_and_serials_grow_with_the_date(plans):
    assert len({plan.reference_id for plan in plans}) == len(plans)
    last: dict[tuple[str, int], tuple] = {}
    for plan in plans:
        key = (plan.post.key, plan.sent_at.year)
        if key in last:
            assert plan.serial > last[key][0] and plan.sent_at >= last[key][1]
        last[key] = (plan.serial, plan.sent_at)


def test_dates_span_1966_to_2010_weighted_to_2005_2010():
    moments = [plan.sent_at for plan in plan_cables(3000, 1)]
    years = Counter(moment.year for moment in moments)
    assert min(years) < 1990
    assert max(moments) < datetime(2010, 3, 1, tzinfo=UTC)
    assert sum(count for year, count in years.items() if year >= 2005) > 3000 * 0.7


def test_classifications_follow_the_release_distribution():
    counts = Counter(plan.classification for plan in plan_cables(3000, 2))
    share = {level: count / 3000 for level, count in counts.items()}
    assert 0.45 < share["UNCLASSIFIED"] + share["UNCLASSIFIED//FOR OFFICIAL USE ONLY"] < 0.60
    assert 0.33 < share["CONFIDENTIAL"] < 0.45
    assert 0.03 < share["SECRET"] < 0.09
    assert share["SECRET//NOFORN"] > 0 and share["CONFIDENTIAL//NOFORN"] > 0


def test_noforn_and_sbu_cables_carry_their_caveat_lines(corpus, plans):
    for plan in plans:
        text = _body(corpus[plan.reference_id])
        if plan.classification.endswith("NOFORN"):
            assert re.search(r"^(?:NOFORN|.* NOFORN)$", text, re.M), plan.reference_id
        if plan.classification.endswith("USE ONLY"):
            assert re.search(r"^(SENSITIVE|FOR OFFICIAL USE ONLY)$", text, re.M)


def test_tags_mix_subject_country_stop_word_and_person_tags(corpus):
    all_tags = Counter(tag for text in corpus.values() for tag in _tags(text))
    assert all_tags["PREL"] > N * 0.3
    assert len(STOP_WORD_TAGS & set(all_tags)) >= 4
    persons = [t for t in corpus.values() if re.search(r"^TAGS: .*\([A-Z-]+, [A-Z]", t, re.M)]
    assert persons


def test_fictional_people_recur_across_cables(corpus, plans):
    assert len(WORLD.all_people()) >= 300
    mentions = Counter(
        person.full_name
        for plan in plans
        for person in (WORLD.countries[plan.country].people[i] for i in plan.people)
        if person.mention in corpus[plan.reference_id].replace(" \n", " ")
    )
    assert mentions.most_common(1)[0][1] >= 4
    assert sum(1 for count in mentions.values() if count >= 2) >= 20


def test_the_parser_reads_generated_cables_back(corpus, plans):
    parsing = pytest.importorskip("cables.parsing")
    for plan in plans[:120]:
        text = corpus[plan.reference_id]
        parsed = parsing.parse_cable(text)
        subject = find(r"^SUBJ(?:ECT)?: (.*(?:\n(?!\s*$)(?!REF:).*)*)", text, re.M)[1]
        assert parsed.reference_id == plan.reference_id
        assert parsed.sent_at == plan.sent_at
        assert parsed.classification == plan.classification
        assert parsed.tags == _tags(text) or set(_tags(text)) <= set(parsed.tags) | {"OVIP"}
        assert parsed.subject == " ".join(subject.split())
        assert parsed.references == [cited for _, cited in plan.refs if cited]
        assert len(parsed.paragraphs) >= 2


def test_command_writes_the_cables_and_reports(tmp_path):
    from django.core.management import call_command

    out = StringIO()
    call_command("generate_cables", 30, out=str(tmp_path), seed=9, stdout=out)
    assert len(list(tmp_path.rglob("*.txt"))) == 30
    assert re.fullmatch(
        rf"Wrote 30 cables \([\d.]+ MB\) to {tmp_path} in [\d.]+ s \(seed 9\)\.\n", out.getvalue()
    )


def test_command_is_silent_at_verbosity_zero(tmp_path):
    from django.core.management import call_command

    out = StringIO()
    call_command("generate_cables", 5, out=str(tmp_path), verbosity=0, stdout=out)
    assert out.getvalue() == ""
    assert len(list(tmp_path.rglob("*.txt"))) == 5


def test_command_rejects_bad_arguments(tmp_path):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="N must be at least 1"):
        call_command("generate_cables", 0, out=str(tmp_path))
    a_file = tmp_path / "cables.txt"
    a_file.write_text("not a directory")
    with pytest.raises(CommandError, match="exists and is not a directory"):
        call_command("generate_cables", 3, out=str(a_file))


def test_sentence_templates_are_not_lifted_from_real_cables(corpus_dir):
    from synthetic import vocabulary as vocab

    raw = b" ".join(path.read_bytes() for path in corpus_dir.glob("dev/*/*.txt"))
    real = " ".join(raw.decode("utf-8", errors="replace").lower().split())
    templates = [s for topic in vocab.TOPICS.values() for s in topic["sentences"]]
    templates += [*vocab.GENERIC_SENTENCES, *vocab.COMMENTS, *vocab.REFTEL_SENTENCES]
    pieces = [p.strip().lower() for t in templates for p in re.split(r"\{\w+\}", t)]
    assert [p for p in pieces if len(p) >= 30 and p in real] == []
