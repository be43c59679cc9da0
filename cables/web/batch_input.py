"""The batch search's input: pasted lines or an uploaded .txt or .csv of one column.

Every bad input gets a sentence saying what is wrong and what to do (an empty file,
too many lines, a spreadsheet or other binary file, a CSV of several columns), never
a 500.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePath

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from cables.search.batch import MAX_LINES, clean_lines

MAX_UPLOAD_BYTES = 512 * 1024
# A pasted list as long as the largest file.
MAX_PASTED_CHARACTERS = MAX_UPLOAD_BYTES
EXTENSIONS = (".txt", ".csv")
# Bytes no text file holds; a spreadsheet, a PDF or an image has many.
BINARY_BYTES = bytes(range(9)) + bytes(range(14, 32))


class BatchForm(forms.Form):
    lines = forms.CharField(
        label="Names or queries, one a line",
        required=False,
        strip=False,
        max_length=MAX_PASTED_CHARACTERS,
        widget=forms.Textarea(
            attrs={"rows": 12, "cols": 60, "spellcheck": "false", "autocomplete": "off"}
        ),
    )
    file = forms.FileField(
        label="Or a .txt or .csv file of one column", required=False, allow_empty_file=True
    )

    def clean_file(self) -> str | None:
        upload = self.cleaned_data.get("file")
        return read_upload(upload) if upload else None

    def clean(self) -> dict:
        data = super().clean() or {}
        pasted, uploaded = data.get("lines") or "", data.get("file")
        if self.errors:
            return data
        if pasted.strip() and uploaded is not None:
            raise ValidationError("Paste the lines or upload a file, not both.")
        lines = clean_lines(uploaded if uploaded is not None else pasted)
        if not lines:
            raise ValidationError(
                "The file has no lines to search."
                if uploaded is not None
                else "Paste at least one name or query (one a line), or upload a file."
            )
        if len(lines) > MAX_LINES:
            raise ValidationError(
                f"The list has {len(lines):,} lines; a batch takes at most {MAX_LINES:,}. "
                "Split it and search each part."
            )
        data["batch"] = lines
        return data


def read_upload(upload: UploadedFile) -> str:
    """The file's text, one name a line; a clear ValidationError for anything else."""
    name = upload.name or "The file"
    if PurePath(name).suffix.lower() not in EXTENSIONS:
        raise ValidationError(
            f"“{name}” is not a .txt or .csv file: save the list as plain text or CSV, "
            "one name a line."
        )
    if (upload.size or 0) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            f"“{name}” is {(upload.size or 0) // 1024:,} KB; at most "
            f"{MAX_UPLOAD_BYTES // 1024:,} KB (a list of {MAX_LINES:,} names is far less)."
        )
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if not data.strip():
        raise ValidationError(f"“{name}” is empty.")
    text = _decoded(data)
    if text is None:
        raise ValidationError(
            f"“{name}” is not a text file (a spreadsheet or other binary file?): save it as "
            "plain text or CSV, one name a line."
        )
    return one_column(text, name) if name.lower().endswith(".csv") else text


def _decoded(data: bytes) -> str | None:
    """UTF-8 (with or without its mark), else Windows-1252 as older spreadsheets save
    CSV; None for binary data."""
    if len(data.translate(None, BINARY_BYTES)) != len(data):
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def one_column(text: str, name: str) -> str:
    """The CSV's one column as lines (quoted cells unquoted); empty cells after it are
    allowed, as spreadsheets write them."""
    lines = []
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
            while row and not row[-1].strip():
                row.pop()
            if len(row) > 1:
                raise ValidationError(
                    f"Line {number:,} of “{name}” has {len(row)} columns; the file must have "
                    "one column, one name a line (quote a name holding a comma)."
                )
            lines.append(row[0] if row else "")
    except csv.Error as error:
        raise ValidationError(f"“{name}” cannot be read as CSV ({error}).") from None
    return "\n".join(lines)
