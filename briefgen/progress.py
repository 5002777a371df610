"""Progress of a build, one stage at a time (read, parse, extract, render).

Three displays share one small interface: a live ``rich`` progress bar when stderr is a terminal,
plain log lines when it is not (a CI log, a pipe, a file), and nothing at all with ``--quiet``.
The build only calls::

    with progress.stage("parse", total=len(sources)) as stage:
        ...; stage.advance()
        stage.note("3 from cache")

:func:`make_progress` picks the display.
"""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import Callable, Iterator, TextIO

# Plain log lines report a long stage's count at most this often (seconds).
LOG_EVERY = 5.0


class Stage:
    """One running stage: count finished items with :meth:`advance`, add a remark with :meth:`note`."""

    def __init__(self, name: str, total: int | None):
        self.name = name
        self.total = total
        self.done = 0
        self.notes: list[str] = []
        self.started = time.perf_counter()

    def advance(self, count: int = 1) -> None:
        """``count`` more items of this stage are finished."""
        self.done += count
        self._changed()

    def note(self, text: str) -> None:
        """A short remark shown with the stage when it ends (e.g. ``420 from cache``)."""
        self.notes.append(text)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def _changed(self) -> None:
        pass


class Progress:
    """The silent display (``--quiet``); the base of the others."""

    def _start(self, stage: Stage) -> Stage:
        return stage

    def _end(self, stage: Stage) -> None:
        pass

    @contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[Stage]:
        """Run one stage; its end is reported only when it finished (a failed or interrupted stage
        prints no "done" line)."""
        stage = self._start(Stage(name, total))
        yield stage
        self._end(stage)

    def close(self) -> None:
        """Stop the display (a no-op for all but the live one)."""


def _summary(stage: Stage) -> str:
    """``parse 5/5 (2 from cache)``; a stage that had nothing to do (its result came from the brief
    cache) shows no ``0/5``."""
    count = f" {stage.done}/{stage.total}" if stage.total and stage.done else ""
    notes = f" ({', '.join(stage.notes)})" if stage.notes else ""
    return f"{stage.name}{count}{notes}"


class _LogStage(Stage):
    def __init__(self, name: str, total: int | None, write: Callable[[str], None]):
        super().__init__(name, total)
        self._write = write
        self._last = self.started

    def _changed(self) -> None:
        now = time.perf_counter()
        if now - self._last >= LOG_EVERY and self.total:
            self._last = now
            self._write(f"briefgen: {self.name} {self.done}/{self.total}")


class LogProgress(Progress):
    """Plain lines, one when a stage starts, one when it ends, and a count every few seconds between."""

    def __init__(self, write: Callable[[str], None]):
        self._write = write

    def _start(self, stage: Stage) -> Stage:
        stage = _LogStage(stage.name, stage.total, self._write)
        self._write(f"briefgen: {stage.name}" + (f" {stage.total}" if stage.total else "") + " ...")
        return stage

    def _end(self, stage: Stage) -> None:
        self._write(f"briefgen: {_summary(stage)} done in {stage.elapsed:.1f} s")


class _RichStage(Stage):
    def __init__(self, name: str, total: int | None, bar, task):
        super().__init__(name, total)
        self._bar, self._task = bar, task

    def _changed(self) -> None:
        self._bar.update(self._task, completed=self.done)


class RichProgress(Progress):
    """A live bar per stage on a terminal (``rich``); finished stages stay on screen with their time."""

    def __init__(self, stream: TextIO):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as Bars

        self._bars = Bars(
            TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.fields[notes]}"),
            console=Console(file=stream), transient=False,
        )
        self._bars.start()

    def _start(self, stage: Stage) -> Stage:
        task = self._bars.add_task(stage.name, total=stage.total, notes="")
        return _RichStage(stage.name, stage.total, self._bars, task)

    def _end(self, stage: Stage) -> None:
        total = stage.total if stage.total is not None else max(stage.done, 1)
        self._bars.update(stage._task, total=total, completed=total if stage.done == 0 else stage.done,
                          notes=", ".join(stage.notes))
        self._bars.stop_task(stage._task)

    def close(self) -> None:
        self._bars.stop()


def make_progress(quiet: bool = False, stream: TextIO | None = None) -> Progress:
    """Nothing when ``quiet``; a live display when ``stream`` (default stderr) is a terminal; else log lines."""
    if quiet:
        return Progress()
    stream = stream or sys.stderr
    if stream.isatty():
        return RichProgress(stream)
    return LogProgress(lambda message: print(message, file=stream, flush=True))
