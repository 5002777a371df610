"""briefgen: turn a folder of news articles about one story into a sourced briefing."""

__version__ = "0.1.0"
