"""Turning ingest paths (files, directories, web pages, cables.csv, gzip, stdin) into documents."""

import gzip
import io
import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cables.ingest import sources
from cables.ingest.sources import (
    Document,
    SourceError,
    cable_id_from_name,
    count_documents_hint,
    iter_documents,
)
from tests.factories import CORPUS

CABLE = (
    b"UNCLAS SECTION 01 OF 01 OSLO 000123\n\n"
    b"TAGS: PREL, NO\n"
    b"SUBJECT: A FICTIONAL CABLE FOR TESTS\n\n"
    b"1. (U) Nothing happened in Oslo.\n"
)

PAGE = """<?xml version='1.0' encoding='utf-8' ?>
<html><body>
<div class='pane small'>
<a href='/tag/ZZ_0.html'>ZZ</a>
</div>
<div class='pane big'>
<h3>Viewing cable 09OSLO123, A FICTIONAL CABLE &amp; ITS TEST</h3>
<table class='cable'>
<tr>
<th>Reference ID</th>
<th>Created</th>
<th>Released</th>
<th>Classification</th>
<th>Origin</th>
</tr>
<tr>
<td>
<a href='/cable/2009/03/09OSLO123.html'>09OSLO123</a>
</td>
<td>
<a href='/date/2009-03_0.html'>2009-03-02 11:11</a>
</td>
<td>
<a href='/reldate/2011-01-01_0.html'>2011-01-01 10:00</a>
</td>
<td>
<a href='/classification/4_0.html' title='secret'>CONFIDENTIAL</a>
</td>
<td>
<a href='/origin/1_0.html'>Embassy Oslo</a>
</td>
</tr>
</table>
<code><pre>VZCZCXYZ0001&#x000A;RR RUEHC&#x000A;DE RUEHNY #0123 0611111</pre></code>
<code><pre>C O N F I D E N T I A L OSLO 000123 &#x000A;&#x000A;TAGS: \
<a href='/tag/PREL_0.html'>PREL</a> <a href='/tag/NO_0.html'>NO</a>&#x000A;\
SUBJECT: A FICTIONAL CABLE &amp; ITS TEST&#x000A;&#x000A;\
<a id='par1' href='#par1'>¶</a>1. (C) R&amp;D; talks with &lt;&lt;Norway&gt;&gt;.<br>&#x000A;\
TAGS: <a href='/tag/PREL_0.html'>PREL</a></pre></code>
</div>
</body></html>
"""

PAGE_TEXT = (
    "VZCZCXYZ0001\nRR RUEHC\nDE RUEHNY #0123 0611111"
    "\n\n"
    "C O N F I D E N T I A L OSLO 000123 \n\nTAGS: PREL NO\n"
    "SUBJECT: A FICTIONAL CABLE & ITS TEST\n\n"
    "¶1. (C) R&D; talks with <<Norway>>.<br>\nTAGS: PREL"
)

# Rows in the release's cables.csv format: MySQL-style \" quotes, newlines inside fields.
CSV_ROW_1 = (
    '"1","3/2/2009 11:11","09OSLO123","Embassy Oslo","CONFIDENTIAL","09STATE1,09OSLO99",'
    '"R 021111Z MAR 09\nFM AMEMBASSY OSLO","C O N F I D E N T I A L OSLO 000123\n\n'
    '1. (C) The minister said \\"no\\" twice.\n"\n'
)
CSV_ROW_2 = (
    '"2","12/28/1966 18:48","66OSLO7","Embassy Oslo","UNCLASSIFIED","",'
    '"P 281848Z DEC 66","UNCLASSIFIED OSLO 7\n\nA path: C:\\\\TEMP\\\\X.\n"\n'
)
BAD_CSV_ROW = '"5","3/2/2009 11:11","09OSLO5","Embassy Oslo","UNCLASSIFIED"\n'


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def collect(*paths: Path | str, stdin: bytes | None = None) -> list[Document | SourceError]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_documents([str(path) for path in paths], stdin=stream))


def documents(*paths: Path | str, stdin: bytes | None = None) -> list[Document]:
    """collect(), where every item must be a document."""
    items = collect(*paths, stdin=stdin)
    found = [item for item in items if isinstance(item, Document)]
    assert found == items, [item for item in items if isinstance(item, SourceError)]
    return found


def names(items: Sequence[Document | SourceError]) -> list[str]:
    return [item.name for item in items]


def corpus() -> Path:
    if not (CORPUS / "dev").is_dir():
        pytest.skip("../shared/corpus is absent: the real-cable checks need it beside the repo")
    return CORPUS


# Text files -----------------------------------------------------------------------------


@pytest.mark.parametrize("file_name", ["09OSLO123.txt", "09OSLO123.md", "09OSLO123"])
def test_text_file_of_any_extension_is_one_document_of_raw_bytes(tmp_path, file_name):
    path = write(tmp_path / file_name, CABLE)

    assert collect(path) == [Document(name=str(path), content=CABLE, file_id="09OSLO123")]


def test_latin1_text_is_passed_on_undecoded_for_the_parser(tmp_path):
    path = write(tmp_path / "note.txt", b"\xb61. (U) Caf\xe9 talks.\r\n")

    assert collect(path) == [Document(name=str(path), content=b"\xb61. (U) Caf\xe9 talks.\r\n")]


@pytest.mark.parametrize(
    ("file_name", "cable_id"),
    [
        ("07MOSCOW4185.txt", "07MOSCOW4185"),
        ("07MOSCOW4185.html", "07MOSCOW4185"),
        ("07MOSCOW4185.txt.gz", "07MOSCOW4185"),
        ("07MOSCOW4185", "07MOSCOW4185"),
        ("09UNVIEVIENNA540.txt", "09UNVIEVIENNA540"),
        ("000_853b12655aaecf5f.txt", None),
        ("README.md", None),
        ("07moscow4185.txt", None),
        ("cables.csv", None),
        ("07MOSCOW.txt", None),
    ],
)
def test_file_id_is_taken_from_a_stem_that_looks_like_a_cable_id(file_name, cable_id):
    assert cable_id_from_name(f"some/dir/{file_name}") == cable_id


def test_gzip_text_file_is_decompressed(tmp_path):
    path = write(tmp_path / "09OSLO123.txt.gz", gzip.compress(CABLE))

    assert collect(path) == [Document(name=str(path), content=CABLE, file_id="09OSLO123")]


@pytest.mark.parametrize("file_name", ["09OSLO123.txt", "09OSLO123"])
def test_gzip_data_is_recognised_by_its_magic_bytes_whatever_the_name(tmp_path, file_name):
    path = write(tmp_path / file_name, gzip.compress(CABLE))

    assert collect(path) == [Document(name=str(path), content=CABLE, file_id="09OSLO123")]


# Errors -------------------------------------------------------------------------------


def test_missing_file_is_reported_and_the_next_file_still_read(tmp_path):
    good = write(tmp_path / "good.txt", CABLE)
    missing = tmp_path / "missing.txt"

    items = collect(missing, good)

    assert items == [
        SourceError(str(missing), "cannot read: [Errno 2] No such file or directory"),
        Document(name=str(good), content=CABLE),
    ]


def test_file_that_vanishes_after_the_directory_was_listed_is_reported(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path / name, CABLE)
    items = []
    for item in iter_documents([str(tmp_path)]):
        items.append(item)
        if item.name.endswith("a.txt"):
            (tmp_path / "b.txt").unlink()

    assert items == [
        Document(name=str(tmp_path / "a.txt"), content=CABLE),
        SourceError(str(tmp_path / "b.txt"), "cannot read: [Errno 2] No such file or directory"),
        Document(name=str(tmp_path / "c.txt"), content=CABLE),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_reported(tmp_path):
    path = write(tmp_path / "secret.txt", CABLE)
    path.chmod(0)

    assert collect(path) == [SourceError(str(path), "cannot read: [Errno 13] Permission denied")]


def test_file_that_cannot_be_opened_is_reported(tmp_path, monkeypatch):
    def refuse(path, mode="r"):
        raise PermissionError(13, "Permission denied", path)

    path = write(tmp_path / "secret.txt", CABLE)
    monkeypatch.setattr(sources, "open", refuse, raising=False)

    assert collect(path) == [SourceError(str(path), "cannot read: [Errno 13] Permission denied")]


def test_directory_that_cannot_be_listed_is_reported_and_the_walk_goes_on(tmp_path, monkeypatch):
    listable = os.scandir
    locked = tmp_path / "a"
    write(locked / "cable.txt", CABLE)
    cable = write(tmp_path / "b" / "cable.txt", CABLE)

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return listable(path)

    monkeypatch.setattr(sources.os, "scandir", scandir)

    assert collect(tmp_path) == [
        SourceError(str(locked), "cannot read directory: [Errno 13] Permission denied"),
        Document(name=str(cable), content=CABLE),
    ]


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t"])
def test_empty_file_is_reported(tmp_path, data):
    path = write(tmp_path / "empty.txt", data)

    assert collect(path) == [SourceError(str(path), "empty file")]


def test_empty_gzip_file_is_reported_as_empty(tmp_path):
    path = write(tmp_path / "empty.txt.gz", gzip.compress(b""))

    assert collect(path) == [SourceError(str(path), "empty file")]


def test_gz_file_that_is_not_gzip_is_reported(tmp_path):
    path = write(tmp_path / "09OSLO123.txt.gz", CABLE)

    assert collect(path) == [SourceError(str(path), "not valid gzip data")]


def test_truncated_gzip_file_is_reported(tmp_path):
    path = write(tmp_path / "09OSLO123.txt.gz", gzip.compress(CABLE * 50)[:60])

    assert collect(path) == [SourceError(str(path), "truncated gzip data")]


def test_binary_file_is_not_taken_for_a_cable(tmp_path):
    path = write(tmp_path / "photo", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    assert collect(path) == [SourceError(str(path), "not a text file (contains NUL bytes)")]


# Directories --------------------------------------------------------------------------


def test_directories_are_walked_recursively_in_sorted_order(tmp_path):
    for relative in ("b/2.txt", "a.txt", "b/1.md", "b/c/3", "d.txt.gz", "B.txt"):
        write(tmp_path / relative, gzip.compress(CABLE) if relative.endswith(".gz") else CABLE)

    items = documents(tmp_path)

    expected = ["B.txt", "a.txt", "b/1.md", "b/2.txt", "b/c/3", "d.txt.gz"]
    assert names(items) == [str(tmp_path / relative) for relative in expected]
    assert all(item.content == CABLE for item in items)


def test_walk_skips_hidden_entries_and_metadata_but_keeps_any_text(tmp_path):
    write(tmp_path / ".git" / "HEAD", b"ref: refs/heads/main\n")
    write(tmp_path / ".hidden.txt", CABLE)
    write(tmp_path / "manifest.jsonl", b'{"id": "09OSLO123"}\n')
    write(tmp_path / "meta.json", b"{}")
    write(tmp_path / "static" / "logo.png", b"\x89PNG")
    write(tmp_path / "static" / "cables.css", b"body {}")
    readme = write(tmp_path / "README.md", b"# Cables\n")
    cable = write(tmp_path / "cable", CABLE)

    assert names(collect(tmp_path)) == [str(readme), str(cable)]


def test_a_skipped_kind_named_explicitly_is_still_read(tmp_path):
    path = write(tmp_path / "09OSLO123.json", CABLE)

    assert collect(path) == [Document(name=str(path), content=CABLE, file_id="09OSLO123")]


def test_directory_symlink_loop_is_walked_once(tmp_path):
    cable = write(tmp_path / "a" / "cable.txt", CABLE)
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")

    assert names(collect(tmp_path)) == [str(cable)]


def test_directory_path_keeps_the_form_it_was_given_in(tmp_path, monkeypatch):
    write(tmp_path / "cables" / "09OSLO123.txt", CABLE)
    monkeypatch.chdir(tmp_path)

    assert names(collect("cables/")) == ["cables/09OSLO123.txt"]


# Web pages ------------------------------------------------------------------------------


def test_web_page_gives_header_blank_line_body_and_what_the_page_states(tmp_path):
    path = write(tmp_path / "09OSLO123.html", PAGE)

    assert collect(path) == [
        Document(
            name=str(path),
            content=PAGE_TEXT,
            file_id="09OSLO123",
            metadata={
                "reference_id": "09OSLO123",
                # The link text, not its title attribute, which the site got wrong.
                "classification": "CONFIDENTIAL",
                "origin": "Embassy Oslo",
                "subject": "A FICTIONAL CABLE & ITS TEST",
                "tags": ["PREL", "NO"],
            },
        )
    ]


def test_gzip_web_page_is_read_as_a_page(tmp_path):
    path = write(tmp_path / "09OSLO123.htm.gz", gzip.compress(PAGE.encode()))

    [document] = documents(path)

    assert document.content == PAGE_TEXT
    assert document.metadata["tags"] == ["PREL", "NO"]


def test_web_page_without_subject_or_tag_links_leaves_them_out(tmp_path):
    page = PAGE.replace("09OSLO123, A FICTIONAL CABLE &amp; ITS TEST", "09OSLO123,")
    page = page.replace("<a href='/tag/PREL_0.html'>PREL</a>", "PREL")
    page = page.replace("<a href='/tag/NO_0.html'>NO</a>", "NO")
    path = write(tmp_path / "09OSLO123.html", page)

    [document] = documents(path)

    assert document.content == PAGE_TEXT
    assert "subject" not in document.metadata
    assert "tags" not in document.metadata


def test_web_page_without_cable_boxes_is_reported(tmp_path):
    path = write(tmp_path / "index.html", "<html><body><h1>Cable Viewer</h1></body></html>")

    assert collect(path) == [SourceError(str(path), "web page has no cable text")]


def test_release_pages_give_the_text_taken_from_them_and_their_stated_metadata():
    shared = corpus()
    mirror = shared / "dev" / "avilaroman+Wikileaks-Mirror"
    manifest = {}
    for line in (mirror / "manifest.jsonl").read_text().splitlines():
        record = json.loads(line)
        manifest[record["id"]] = record

    pages = documents(shared / "dev-html")

    assert len(pages) == 42
    for document in pages:
        record = manifest[document.file_id]
        assert isinstance(document.content, str), document.name  # a page's text, decoded
        assert document.content.encode() == (mirror / record["file"]).read_bytes(), document.name
        expected = {key: record[key] for key in ("reference_id", "classification", "origin")}
        if record["title_subject"]:
            expected["subject"] = record["title_subject"]
        if record["tags_linked"]:
            expected["tags"] = list(dict.fromkeys(record["tags_linked"]))
        assert document.metadata == expected, document.name


# cables.csv -----------------------------------------------------------------------------


def test_csv_rows_become_documents_with_the_row_metadata(tmp_path):
    path = write(tmp_path / "cables.csv", CSV_ROW_1 + CSV_ROW_2)

    assert collect(path) == [
        Document(
            name=f"{path}:row 1",
            content=(
                "R 021111Z MAR 09\nFM AMEMBASSY OSLO\n\nC O N F I D E N T I A L OSLO 000123\n\n"
                '1. (C) The minister said "no" twice.\n'
            ),
            row=1,
            metadata={
                "reference_id": "09OSLO123",
                "origin": "Embassy Oslo",
                "classification": "CONFIDENTIAL",
                "sent_at": datetime(2009, 3, 2, 11, 11, tzinfo=UTC),
                "references": ["09STATE1", "09OSLO99"],
            },
        ),
        Document(
            name=f"{path}:row 2",
            content="P 281848Z DEC 66\n\nUNCLASSIFIED OSLO 7\n\nA path: C:\\TEMP\\X.\n",
            row=2,
            metadata={
                "reference_id": "66OSLO7",
                "origin": "Embassy Oslo",
                "classification": "UNCLASSIFIED",
                "sent_at": datetime(1966, 12, 28, 18, 48, tzinfo=UTC),
                "references": [],
            },
        ),
    ]


def test_bad_csv_row_is_reported_and_the_rows_around_it_still_load(tmp_path):
    path = write(tmp_path / "cables.csv", CSV_ROW_1 + BAD_CSV_ROW + CSV_ROW_2)

    items = collect(path)

    assert items[1] == SourceError(f"{path}:row 5", "CSV row has 5 columns, expected 8")
    assert [(type(item), item.name) for item in items] == [
        (Document, f"{path}:row 1"),
        (SourceError, f"{path}:row 5"),
        (Document, f"{path}:row 2"),
    ]


def test_csv_row_without_a_row_number_is_reported_by_line(tmp_path):
    path = write(tmp_path / "cables.csv", CSV_ROW_1 + CSV_ROW_2.replace('"2"', '"x"', 1))

    # Row 1 spans lines 1-5: the row without a number starts on line 6.
    assert collect(path)[1] == SourceError(f"{path}:line 6", "CSV row number is not a number: 'x'")


def test_csv_row_without_text_is_reported(tmp_path):
    row = '"3","3/2/2009 11:11","09OSLO3","Embassy Oslo","UNCLASSIFIED",""," ",""\n'
    path = write(tmp_path / "cables.csv", row + CSV_ROW_2)

    items = collect(path)

    assert items[0] == SourceError(f"{path}:row 3", "CSV row has no cable text")
    assert names(items[1:]) == [f"{path}:row 2"]


def test_csv_row_with_bytes_that_are_not_utf8_is_read_as_windows_1252(tmp_path):
    latin = CSV_ROW_2.encode().replace(b"A path", b"Caf\xe9 \x93path\x94")
    path = write(tmp_path / "cables.csv", CSV_ROW_1.encode() + latin)

    first, second = documents(path)

    assert '"no"' in first.content  # the UTF-8 row before it is untouched
    assert "Caf\u00e9 \u201cpath\u201d" in second.content


def test_csv_date_that_cannot_be_read_is_left_out(tmp_path):
    path = write(tmp_path / "cables.csv", CSV_ROW_2.replace("12/28/1966 18:48", "soon"))

    [document] = documents(path)

    assert "sent_at" not in document.metadata


def test_csv_field_longer_than_the_csv_module_default_is_read(tmp_path):
    body = "1. (U) " + "X" * 300_000
    path = write(tmp_path / "cables.csv", CSV_ROW_2.replace("A path: C:\\\\TEMP\\\\X.", body))

    [document] = documents(path)

    assert body in document.content


def test_empty_csv_file_is_reported(tmp_path):
    path = write(tmp_path / "cables.csv", "\n")

    assert collect(path) == [SourceError(str(path), "empty file")]


def test_gzip_csv_is_streamed(tmp_path):
    path = write(tmp_path / "cables.csv.gz", gzip.compress((CSV_ROW_1 + CSV_ROW_2).encode()))

    assert names(collect(path)) == [f"{path}:row 1", f"{path}:row 2"]


def test_truncated_gzip_csv_keeps_the_rows_read_before_the_damage(tmp_path):
    data = gzip.compress((CSV_ROW_1 * 2000).encode(), compresslevel=0)
    path = write(tmp_path / "cables.csv.gz", data[: len(data) // 2])

    items = collect(path)

    assert len(items) > 100
    assert all(isinstance(item, Document) for item in items[:-1])
    assert items[-1] == SourceError(str(path), "truncated gzip data")


def test_release_csv_sample_gives_the_rows_as_the_mirror_split_them():
    shared = corpus()
    mirror = shared / "dev" / "GavinMendelGleason+mapper"
    manifest = [json.loads(line) for line in (mirror / "manifest.jsonl").read_text().splitlines()]

    rows = documents(shared / "dev" / "cables_sample.csv")

    assert [document.row for document in rows] == [int(r["row"]) for r in manifest]
    for document, record in zip(rows, manifest, strict=True):
        assert document.content == (mirror / record["file"]).read_text(encoding="utf-8")
        assert document.metadata["reference_id"] == record["reference_id"]
        assert document.metadata["origin"] == record["origin"]
        assert document.metadata["classification"] == record["classification"]
        assert document.metadata["references"] == record["references"].split("|")
        sent_at = datetime.strptime(record["date"], "%m/%d/%Y %H:%M").replace(tzinfo=UTC)
        assert document.metadata["sent_at"] == sent_at


# Standard input -------------------------------------------------------------------------


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_stdin_text_is_one_document(compress):
    data = gzip.compress(CABLE) if compress else CABLE

    assert collect("-", stdin=data) == [Document(name="<stdin>", content=CABLE)]


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_stdin_csv_is_streamed_as_rows(compress):
    data = (CSV_ROW_1 + BAD_CSV_ROW + CSV_ROW_2).encode()

    items = collect("-", stdin=gzip.compress(data) if compress else data)

    assert names(items) == ["<stdin>:row 1", "<stdin>:row 5", "<stdin>:row 2"]
    assert isinstance(items[0], Document) and items[0].metadata["reference_id"] == "09OSLO123"


def test_stdin_csv_longer_than_the_sniffed_head_is_read_whole():
    data = (CSV_ROW_1 * 400).encode()
    assert len(data) > 64 * 1024

    items = collect("-", stdin=data)

    assert len(items) == 400 and all(isinstance(item, Document) for item in items)


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_stdin_web_page_is_read_as_a_page(compress):
    data = PAGE.encode()

    [document] = documents("-", stdin=gzip.compress(data) if compress else data)

    assert document.name == "<stdin>"
    assert document.content == PAGE_TEXT
    assert document.metadata["reference_id"] == "09OSLO123"


def test_empty_stdin_is_reported():
    assert collect("-", stdin=b"") == [SourceError("<stdin>", "empty file")]


def test_bad_gzip_on_stdin_is_reported():
    [error] = collect("-", stdin=b"\x1f\x8b" + b"not gzip at all")
    assert isinstance(error, SourceError)

    assert error.name == "<stdin>"
    assert error.reason.startswith("not valid gzip data")


# Progress hint --------------------------------------------------------------------------


def test_hint_counts_files_without_reading_them(tmp_path):
    for relative in ("a.txt", "b/c.html", "b/d", ".hidden", "manifest.jsonl"):
        write(tmp_path / relative, CABLE)
    missing = tmp_path / "missing.txt"

    assert count_documents_hint([str(tmp_path), str(missing)]) == 4


def test_hint_estimates_csv_rows_from_the_file_size(tmp_path):
    path = write(tmp_path / "cables.csv", "x" * 67_000)

    assert count_documents_hint([str(path)]) == 10


@pytest.mark.parametrize("path", ["-", "cables.csv.gz"])
def test_hint_is_none_when_the_count_cannot_be_guessed(tmp_path, path):
    write(tmp_path / "cables.csv.gz", gzip.compress(b""))

    assert count_documents_hint([path if path == "-" else str(tmp_path / path)]) is None
