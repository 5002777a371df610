"""E-mail messages (``.eml``), read with the standard library's ``email`` (``policy.default``).

The text is the message's plain-text body (line ends made ``\\n``, surrounding blank lines
removed), else the main text of its HTML body as the HTML reader extracts it. The title is the
Subject.
"""
from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from typing import Any

from briefgen.ingest.files import Skip
from briefgen.ingest.readers import Reader, ReadText

IDENTIFYING_HEADERS = ("from", "subject", "date", "message-id")


def parse_message(data: bytes) -> EmailMessage:
    """The message in ``data``; Skip when it has none of the headers every message has."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not any(message.get(name) for name in IDENTIFYING_HEADERS):
        raise Skip("not an e-mail message: no From, Subject, Date or Message-ID header")
    return message


def _content(part) -> tuple[str, tuple[str, ...]]:
    try:
        return part.get_content(), ()
    except (LookupError, UnicodeError):  # an unknown or wrong charset
        payload = part.get_payload(decode=True) or b""
        note = f"unknown charset {part.get_content_charset()!r}; read as UTF-8 with replacements"
        return payload.decode("utf-8", "replace"), (note,)


def message_text(message: EmailMessage) -> tuple[str, tuple[str, ...]]:
    """The body text of a message and notes about it: text/plain, else text/html's main text."""
    plain = message.get_body(preferencelist=("plain",))
    if plain is not None:
        text, notes = _content(plain)
        text = text.replace("\r\n", "\n").strip("\n")
        if text.strip():
            return text, notes
    html = message.get_body(preferencelist=("html",))
    if html is not None:
        from briefgen.ingest.readers.html import article_text

        markup, notes = _content(html)
        return article_text(markup), notes + ("no plain-text body; read the HTML body",)
    raise Skip("no text body (neither text/plain nor text/html)")


def message_metadata(message: EmailMessage) -> dict[str, Any]:
    """What a message states about itself: ``title`` (the Subject), ``published`` (the ISO day of
    its Date header, as the sender wrote it, or None), ``authors`` (the From names) and ``url`` (None)."""
    subject = " ".join(str(message.get("subject") or "").split()) or None
    published = None
    try:
        date = message["date"].datetime if message.get("date") else None
        published = date.date().isoformat() if date else None
    except (AttributeError, TypeError, ValueError):
        published = None
    authors = []
    try:
        addresses = message["from"].addresses if message.get("from") else ()
    except (AttributeError, TypeError, ValueError):
        addresses = ()
    for address in addresses:
        name = address.display_name or address.username
        if name:
            authors.append(name)
    return {"title": subject, "published": published, "authors": authors, "url": None}


class EmailReader(Reader):
    """Saved e-mail messages (newsletters, forwarded wire copy): the body, the Subject as title."""

    name = "email"
    suffixes = (".eml",)

    def read(self, data: bytes) -> ReadText:
        message = parse_message(data)
        text, notes = message_text(message)
        return ReadText.from_metadata(text, message_metadata(message), "the message's Date header", notes=tuple(notes))
