"""The output formats a build can write, in the order they are listed to users."""
from __future__ import annotations

FORMATS = ("md", "html", "pdf", "json")
