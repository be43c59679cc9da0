"""Streaming the release's cables.csv: one document per row, a bad row reported alone."""

import gzip
import json
from datetime import UTC, datetime

from cables.ingest.sources import Document, SourceError
from tests.ingest.source_samples import (
    BAD_CSV_ROW,
    CSV_ROW_1,
    CSV_ROW_2,
    collect,
    corpus,
    documents,
    names,
    write,
)


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
