"""PostgreSQL COPY for new rows: ids allocated up front, values written as COPY text."""

from __future__ import annotations

import io
import json
from typing import Any

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.db import connection, models


def copy_new_rows(model: type[models.Model], rows: list[dict[str, Any]]) -> None:
    """Insert rows given as {field name: value}, ids set, with COPY: fields left out
    take their defaults and `auto_now` times as `save()` would fill them; columns the
    database computes are left out."""
    if not rows:
        return
    fields = [
        field
        for field in model._meta.concrete_fields
        if not isinstance(field, SearchVectorField | models.GeneratedField)
    ]
    blank = model()
    defaults = {field.attname: field.pre_save(blank, add=True) for field in fields}
    copy_rows(
        model,
        [field.column for field in fields],
        [
            tuple(
                _copy_cell(field, row.get(field.attname, defaults[field.attname]))
                for field in fields
            )
            for row in rows
        ],
    )


def _copy_cell(field: models.Field, value: Any) -> Any:
    """A Python value as COPY's text format spells it for this column."""
    if value is None:
        return None
    if isinstance(field, models.JSONField):
        return json.dumps(value)
    if isinstance(field, ArrayField):
        return _array_literal(value)
    if isinstance(value, bool):
        return "t" if value else "f"
    return value


def _array_literal(items: list) -> str:
    quoted = (
        "NULL" if item is None else '"' + str(item).replace("\\", "\\\\").replace('"', '\\"') + '"'
        for item in items
    )
    return "{" + ",".join(quoted) + "}"


def _copy_value(value: object) -> str:
    if value is None:
        return "\\N"
    if type(value) is int:
        return str(value)
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def copy_rows(model: type[models.Model], columns: list[str], rows: list[tuple]) -> None:
    """Insert rows with COPY: several times faster than INSERT for the many child rows."""
    if not rows:
        return
    buffer = io.StringIO("".join(["\t".join(map(_copy_value, row)) + "\n" for row in rows]))
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    with connection.cursor() as cursor:
        cursor.cursor.copy_expert(f"COPY {table} ({names}) FROM STDIN", buffer)


def allocate_ids(model: type[models.Model], count: int) -> list[int]:
    """Take `count` ids from the table's identity sequence, so COPY can set them."""
    if not count:
        return []
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [table, count],
        )
        return [row[0] for row in cursor.fetchall()]
