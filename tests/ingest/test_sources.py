"""Turning ingest paths (files, directories, gzip, stdin) into documents; the release's
web pages and cables.csv have their own test modules."""

import gzip
import os
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
from tests.ingest.source_samples import (
    BAD_CSV_ROW,
    CABLE,
    CSV_ROW_1,
    CSV_ROW_2,
    PAGE,
    PAGE_TEXT,
    collect,
    documents,
    names,
    write,
)

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
