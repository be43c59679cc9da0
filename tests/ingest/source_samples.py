"""Sample inputs (a cable, a cable page, cables.csv rows) and the helpers that read them
through ``iter_documents``, for the tests of the ingest sources."""

import io
from collections.abc import Sequence
from pathlib import Path

import pytest

from cables.ingest.sources import Document, SourceError, iter_documents
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
