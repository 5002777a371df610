"""One exception hierarchy that the CLI knows how to print (mkdocs ``exceptions.py`` style).

Each error carries the exit code the CLI should use, so a new failure mode never needs a new
``except`` clause in the CLI.
"""
from __future__ import annotations


class BriefgenError(Exception):
    """Base of every error briefgen reports to a user; ``exit_code`` is what the CLI returns."""

    exit_code = 1


class UsageError(BriefgenError):
    """Bad command-line usage (exit 2)."""

    exit_code = 2


class ConfigError(BriefgenError):
    """The config file is unreadable or invalid (exit 2). ``problems`` lists every finding."""

    exit_code = 2

    def __init__(self, message: str, problems: list[str] | None = None):
        self.problems = problems or []
        super().__init__(message if not self.problems else message + "\n" + "\n".join(self.problems))


class SourceError(BriefgenError):
    """A source file cannot be used; the build may skip it or fail when nothing is left."""


class TemplateError(BriefgenError):
    """A template cannot be found, parsed or rendered; names the template file and line."""


class BuildError(BriefgenError):
    """The build failed for a reason not covered above (exit 1)."""

