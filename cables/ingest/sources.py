"""Turn the paths given to ``manage.py ingest`` into a stream of documents.

Pure Python, no Django: the ingest command and the loader consume what this yields.

A path is a file, a directory (walked recursively, sorted, hidden entries skipped) or ``-``
for standard input. A file's kind comes from its extension once a ``.gz`` is stripped:

* ``.csv``: the release's ``cables.csv``, streamed row by row (one document per row);
* ``.html``/``.htm``: one of the release's cable pages (header box, blank line, body box);
* anything else (``.txt``, ``.md``, no extension, ...): the raw bytes of one cable text,
  left for the parser to decode (UTF-8, else Windows-1252).

Gzip is recognised by its magic bytes whatever the name, so a ``.txt`` that is really
gzip is read correctly. Standard input has no name, so its kind is sniffed from content.

Nothing here raises for a bad input: every problem becomes a ``SourceError`` naming the
file (and CSV row) and the run goes on with the next document.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, BinaryIO

from cables.ingest.pages import read_page

STDIN = "-"
STDIN_NAME = "<stdin>"

# Found while walking a directory, these are metadata, web assets or binaries, never cable
# texts. A file named explicitly on the command line is always read, whatever its extension.
SKIPPED_EXTENSIONS = frozenset(
    {
        ".json", ".jsonl", ".ndjson",
        ".png", ".jpg", ".jpeg", ".gif", ".ico", ".svg", ".webp", ".bmp", ".tif", ".tiff",
        ".css", ".js", ".map", ".woff", ".woff2", ".ttf", ".eot",
        ".zip", ".tar", ".tgz", ".bz2", ".xz", ".7z", ".pdf",
        ".pyc", ".so", ".dll", ".exe", ".db", ".sqlite", ".sqlite3",
    }
)  # fmt: skip
CSV_EXTENSIONS = frozenset({".csv"})
PAGE_EXTENSIONS = frozenset({".html", ".htm"})

GZIP_MAGIC = b"\x1f\x8b"
# What the documents are read from: a file, standard input, or gzip over either.
ByteStream = BinaryIO | gzip.GzipFile
# A single cable is at most a few hundred kilobytes; the cap stops a stray huge file
# (or a gzip bomb) from being read into memory as "one cable".
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
# Bodies of the longest cables exceed the csv module's default 128 KiB field limit.
CSV_FIELD_LIMIT = MAX_DOCUMENT_BYTES
CSV_COLUMNS = 8
# The full cables.csv is about 1.7 GB for 251,287 rows: used only for progress estimates.
CSV_BYTES_PER_ROW = 6_700
SNIFF_BYTES = 64 * 1024

CABLE_ID_RE = re.compile(r"\d{2}[A-Z][A-Z0-9]*[A-Z]\d+")
CSV_START_RE = re.compile(rb'\s*"\d+","')
PAGE_START_RE = re.compile(rb"\s*<(\?xml|!doctype\s+html|html)\b", re.IGNORECASE)
CSV_DATE_FORMAT = "%m/%d/%Y %H:%M"
REFERENCE_SEPARATORS_RE = re.compile(r"[\s,|;]+")
# How errors="surrogateescape" represents a byte that is not UTF-8.
UNDECODED_BYTE_RE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Document:
    """One cable text and what its source states about it."""

    name: str
    content: bytes | str
    row: int | None = None
    file_id: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceError:
    """A file, or a CSV row, that gave no document, and why."""

    name: str
    reason: str


Item = Document | SourceError


def iter_documents(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Yield a Document for every cable found under ``paths``, a SourceError for every failure.

    ``stdin`` replaces ``sys.stdin.buffer`` for the path ``-`` (tests pass a BytesIO).
    """
    for path in paths:
        if path == STDIN:
            yield from _stdin_documents(stdin if stdin is not None else sys.stdin.buffer)
            continue
        for found in _walk(path):
            if isinstance(found, SourceError):
                yield found
            else:
                yield from _file_documents(found)


def count_documents_hint(paths: Iterable[str]) -> int | None:
    """Estimate how many documents ``iter_documents`` will yield, without reading any file.

    Each file counts one; an uncompressed CSV counts its size over a typical row size.
    None when the number cannot be guessed (standard input, a gzip-compressed CSV).
    """
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        for found in _walk(path):
            if isinstance(found, SourceError):
                total += 1
                continue
            kind, compressed = _kind_from_name(found)
            if kind != "csv":
                total += 1
            elif compressed:
                return None
            else:
                try:
                    total += max(1, os.path.getsize(found) // CSV_BYTES_PER_ROW)
                except OSError:
                    total += 1
    return total


def cable_id_from_name(path: str) -> str | None:
    """The cable id a file name carries ("07MOSCOW4185.txt.gz" -> "07MOSCOW4185"), if any."""
    stem = os.path.basename(path)
    if stem.lower().endswith(".gz"):
        stem = stem[:-3]
    stem = os.path.splitext(stem)[0]
    return stem if CABLE_ID_RE.fullmatch(stem) else None


# Walking ------------------------------------------------------------------------------


def _walk(path: str) -> Iterator[str | SourceError]:
    """Yield the files under ``path`` in sorted order (or ``path`` itself if not a directory)."""
    if os.path.isdir(path):
        yield from _walk_directory(path, set())
    else:
        # Read even if missing: opening it gives the precise "cannot read" reason.
        yield path


def _walk_directory(directory: str, seen: set[tuple[int, int]]) -> Iterator[str | SourceError]:
    try:
        status = os.stat(directory)
        # A symlink back up the tree would otherwise be walked forever.
        if (status.st_dev, status.st_ino) in seen:
            return
        seen.add((status.st_dev, status.st_ino))
        with os.scandir(directory) as scan:
            # Only names and kinds are kept: a directory of 250,000 cables stays small.
            entries = sorted((entry.name, _entry_kind(entry)) for entry in scan)
    except OSError as exc:
        yield SourceError(directory, f"cannot read directory: {_os_reason(exc)}")
        return
    for name, kind in entries:
        if name.startswith("."):
            continue
        child = os.path.join(directory, name)
        if kind == "directory":
            yield from _walk_directory(child, seen)
        elif _is_skipped(name):
            continue
        elif kind == "special":
            # Opening a named pipe blocks until something writes to it: the run would hang.
            yield SourceError(child, "not a regular file (a pipe, socket or device)")
        else:
            yield child


def _entry_kind(entry: os.DirEntry[str]) -> str:
    """The entry's kind: "directory", "file", or "special" (a pipe, socket or device)."""
    try:
        if entry.is_dir():
            return "directory"
        # A broken link counts as a file: opening it gives the precise reason.
        if entry.is_file() or not os.path.exists(entry.path):
            return "file"
    except OSError:
        return "file"
    return "special"


def _is_skipped(name: str) -> bool:
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return os.path.splitext(lowered)[1] in SKIPPED_EXTENSIONS


def _kind_from_name(path: str) -> tuple[str, bool]:
    """("csv" | "page" | "text", whether the name says gzip)."""
    lowered = path.lower()
    compressed = lowered.endswith(".gz")
    if compressed:
        lowered = lowered[:-3]
    extension = os.path.splitext(lowered)[1]
    if extension in CSV_EXTENSIONS:
        return "csv", compressed
    if extension in PAGE_EXTENSIONS:
        return "page", compressed
    return "text", compressed


# Files and standard input -------------------------------------------------------------


def _file_documents(path: str) -> Iterator[Item]:
    kind, named_gzip = _kind_from_name(path)
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below, after streaming
    except OSError as exc:
        yield SourceError(path, f"cannot read: {_os_reason(exc)}")
        return
    with raw:
        try:
            is_gzip = raw.peek(2)[:2] == GZIP_MAGIC
        except OSError as exc:
            yield SourceError(path, f"cannot read: {_os_reason(exc)}")
            return
        if named_gzip and not is_gzip:
            yield SourceError(path, "not valid gzip data")
            return
        stream: ByteStream = gzip.GzipFile(fileobj=raw, mode="rb") if is_gzip else raw
        yield from _stream_documents(path, kind, stream, cable_id_from_name(path))


def _stdin_documents(stdin: BinaryIO) -> Iterator[Item]:
    """Standard input has no name: gzip, CSV or web page are recognised from the content."""
    try:
        head = _read_up_to(stdin, SNIFF_BYTES)
        stream: ByteStream = _Prefixed.reader(head, stdin)
        if head.startswith(GZIP_MAGIC):
            unzipped = gzip.GzipFile(fileobj=stream, mode="rb")
            head = _read_up_to(unzipped, SNIFF_BYTES)
            stream = _Prefixed.reader(head, unzipped)
    except (OSError, EOFError, zlib.error) as exc:
        yield SourceError(STDIN_NAME, _stream_reason(exc))
        return
    if CSV_START_RE.match(head):
        kind = "csv"
    elif PAGE_START_RE.match(head):
        kind = "page"
    else:
        kind = "text"
    yield from _stream_documents(STDIN_NAME, kind, stream, None)


def _stream_documents(
    name: str, kind: str, stream: ByteStream, file_id: str | None
) -> Iterator[Item]:
    if kind == "csv":
        yield from _csv_documents(name, stream)
        return
    try:
        data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield SourceError(name, _stream_reason(exc))
        return
    if len(data) > MAX_DOCUMENT_BYTES:
        yield SourceError(name, f"file larger than {MAX_DOCUMENT_BYTES // 2**20} MiB, not a cable")
    elif not data.strip():
        yield SourceError(name, "empty file")
    elif kind == "page":
        yield _page_document(name, data, file_id)
    elif b"\x00" in data:
        yield SourceError(name, "not a text file (contains NUL bytes)")
    else:
        yield Document(name=name, content=data, file_id=file_id)


def _read_up_to(stream: ByteStream, size: int) -> bytes:
    """Read ``size`` bytes, or fewer only at the end: a pipe may return short reads."""
    chunks = []
    while size > 0:
        chunk = stream.read(size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class _Prefixed(io.RawIOBase):
    """Give back the bytes already read to sniff the content, then the rest of the stream.

    Standard input cannot seek, and reading all of a piped 1.7 GB cables.csv to sniff it
    would defeat streaming.
    """

    def __init__(self, head: bytes, rest: ByteStream) -> None:
        self._head = memoryview(head)
        self._rest = rest

    @classmethod
    def reader(cls, head: bytes, rest: ByteStream) -> BinaryIO:
        return io.BufferedReader(cls(head, rest))

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _os_reason(exc: OSError) -> str:
    # The path is already the SourceError's name: keep only "[Errno N] message".
    if exc.errno is not None and exc.strerror:
        return f"[Errno {exc.errno}] {exc.strerror}"
    return str(exc) or type(exc).__name__


def _stream_reason(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "truncated gzip data"
    if isinstance(exc, gzip.BadGzipFile | zlib.error):
        return f"not valid gzip data ({exc})"
    if isinstance(exc, OSError):
        return f"cannot read: {_os_reason(exc)}"
    return str(exc)


# cables.csv ---------------------------------------------------------------------------


def _csv_documents(name: str, stream: ByteStream) -> Iterator[Item]:
    """One Document per row; a bad row is a SourceError and the rows after it still count."""
    # surrogateescape keeps undecodable bytes so that only their own field is re-decoded
    # (as Windows-1252, the parser's rule for text files) instead of failing the stream.
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(text, escapechar="\\", doublequote=False)
    records = 0
    while True:
        start_line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield SourceError(f"{name}:line {start_line}", f"malformed CSV: {exc}")
            continue
        except (OSError, EOFError, zlib.error) as exc:
            yield SourceError(name, _stream_reason(exc))
            return
        if fields:  # a blank line between rows is not a record
            records += 1
            yield _csv_row_item(name, fields, start_line)
    if not records:
        yield SourceError(name, "empty file")


def _csv_row_item(name: str, fields: list[str], start_line: int) -> Item:
    number = fields[0].strip()
    is_number = number.isascii() and number.isdecimal()
    # The first column is the release's row number; without one, the line tells where.
    label = f"{name}:row {number}" if is_number else f"{name}:line {start_line}"
    if len(fields) != CSV_COLUMNS:
        return SourceError(label, f"CSV row has {len(fields)} columns, expected {CSV_COLUMNS}")
    if not is_number:
        return SourceError(label, f"CSV row number is not a number: {number[:40]!r}")
    fields = [_redecode(value) for value in fields]
    header, body = fields[6], fields[7]
    if not header.strip() and not body.strip():
        return SourceError(label, "CSV row has no cable text")
    return Document(
        name=label,
        content=header + "\n\n" + body,
        row=int(number),
        metadata=_csv_metadata(fields),
    )


def _redecode(value: str) -> str:
    """Re-decode a field that was not valid UTF-8 as Windows-1252."""
    if value.isascii() or not UNDECODED_BYTE_RE.search(value):
        return value
    return value.encode("utf-8", "surrogateescape").decode("cp1252", "replace")


def _csv_metadata(fields: list[str]) -> dict[str, Any]:
    date, reference_id, origin, classification, references = (f.strip() for f in fields[1:6])
    metadata: dict[str, Any] = {}
    for key, value in (
        ("reference_id", reference_id),
        ("origin", origin),
        ("classification", classification),
    ):
        if value:
            metadata[key] = value
    # An unreadable date is left out: the parser still finds the date in the text.
    with contextlib.suppress(ValueError):
        metadata["sent_at"] = datetime.strptime(date, CSV_DATE_FORMAT).replace(tzinfo=UTC)
    # The release separates referenced ids with commas; some copies use "|".
    metadata["references"] = [ref for ref in REFERENCE_SEPARATORS_RE.split(references) if ref]
    return metadata


# The release's cable pages (read in cables.ingest.pages) ------------------------------


def _page_document(name: str, data: bytes, file_id: str | None) -> Item:
    page = read_page(data)
    if page is None:
        return SourceError(name, "web page has no cable text")
    return Document(name=name, content=page.text, file_id=file_id, metadata=page.metadata)
