"""Reading the release's cable web pages: their text and what they state."""

import gzip
import json

from cables.ingest.sources import Document, SourceError
from tests.ingest.source_samples import PAGE, PAGE_TEXT, collect, corpus, documents, write


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
