"""news-please / GDELT-style article JSON: ``.json`` (one article object) and ``.jsonl`` (JSON Lines,
one article object per line), read with the standard library.

The text is the article's ``maintext`` as stored (else ``text``, else ``description``), with only
``\\r\\n`` made ``\\n``. The publication date is ``date_publish``, never ``date_download`` or
``date_modify`` (when a crawler fetched or changed the page says nothing of when it was published).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from briefgen.ingest.files import Skip
from briefgen.ingest.readers import Reader, ReadText

TEXT_FIELDS = ("maintext", "text", "description")
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
COMPACT_DAY = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\d{2}){0,3}$")  # GDELT: 20041126164300


def _published(value: Any) -> str | None:
    """The ISO day of a ``date_publish`` value ("2004-11-26 16:43:00", "2004-11-26T16:43:00Z",
    "20041126164300"); None when it names no valid day."""
    if not isinstance(value, str):
        return None
    match = ISO_DAY.match(value.strip()) or COMPACT_DAY.match(value.strip())
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None


def _string(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def article_metadata(obj: dict[str, Any]) -> dict[str, Any]:
    """What an article object states about itself: ``title``, ``published`` (the ISO day of
    ``date_publish``, or None), ``authors`` (a list) and ``url`` (or None)."""
    authors = obj.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list):
        authors = []
    return {
        "title": _string(obj.get("title")),
        "published": _published(obj.get("date_publish")),
        "authors": [a.strip() for a in authors if isinstance(a, str) and a.strip()],
        "url": _string(obj.get("url")),
    }


KINDS = {list: "a list", str: "a string", type(None): "null", bool: "a boolean"}


def _kind(value: Any) -> str:
    return KINDS.get(type(value), "a number")


def article_text(obj: Any) -> tuple[str, tuple[str, ...]]:
    """The text of one article object and notes about it; Skip when it is not an article."""
    if not isinstance(obj, dict):
        raise Skip(f"not a news-please article: {_kind(obj)}, not an article object")
    for field in TEXT_FIELDS:
        value = obj.get(field)
        if isinstance(value, str) and value.strip():
            notes = () if field == "maintext" else (f"no maintext; read the article's {field}",)
            return value.replace("\r\n", "\n"), notes
    raise Skip("not a news-please article: no maintext, text or description")


def _read_article(obj: Any) -> ReadText:
    text, notes = article_text(obj)
    return ReadText.from_metadata(text, article_metadata(obj), "news-please date_publish", notes=tuple(notes))


def _decode(data: bytes) -> str:
    try:
        return data.decode(json.detect_encoding(data))
    except UnicodeDecodeError as error:
        raise Skip(f"not valid JSON: not UTF-8 text (byte {error.start})") from error


def articles(data: bytes) -> list[tuple[int | None, Any]]:
    """The JSON values of a file with their line numbers: one value (line None) for a JSON
    document, one a line for JSON Lines.

    A file is JSON Lines when it is not one JSON document but its first line is; an error then
    names the line ("line 3: not valid JSON").
    """
    text = _decode(data)
    if not text.strip():
        raise Skip("empty file")
    try:
        return [(None, json.loads(text))]
    except json.JSONDecodeError as whole:
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        try:
            json.loads(lines[0][1])
        except json.JSONDecodeError:
            raise Skip(f"not valid JSON: line {whole.lineno}, column {whole.colno}: {whole.msg}") from whole
    values = []
    for number, line in lines:
        try:
            values.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            raise Skip(f"line {number}: not valid JSON ({error.msg}, column {error.colno})") from error
    return values


class NewsPleaseReader(Reader):
    """Article JSON as news-please writes it (also GDELT-style dumps with the same fields)."""

    name = "news-please"
    suffixes = (".json", ".jsonl")

    def read_all(self, data: bytes) -> list[ReadText]:
        return self.read_many(data)

    def read_many(self, data: bytes) -> list[ReadText]:
        """Every article of the file, in order (a ``.json`` file holds one); Skip naming the line
        of the first one that is not an article."""
        found = []
        for number, value in articles(data):
            try:
                found.append(_read_article(value))
            except Skip as why:
                raise (Skip(f"line {number}: {why}") if number is not None else why) from None
        return found

    def read(self, data: bytes) -> ReadText:
        values = articles(data)
        if len(values) > 1:
            raise Skip(f"JSON Lines with {len(values)} articles: one file is one source; "
                       "split it into one .json file per article")
        return _read_article(values[0][1])
