"""Deterministic benchmark corpora: distinct articles recombined from the sentences of real ones.

Every article is new text (a new sha256), so no parse cache can answer for it, but it reads like the
articles it came from: a headline line, a date line, then paragraphs of sentences drawn from the
pool. The same seed folder and size always give the same files.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from pathlib import Path

SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z])")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def sentence_pool(folders: list[Path]) -> tuple[list[str], list[str]]:
    """(headlines, body sentences) from every .txt/.md file in ``folders``, in a stable order."""
    headlines: list[str] = []
    sentences: list[str] = []
    for folder in folders:
        files = sorted(p for p in Path(folder).rglob("*") if p.suffix in {".txt", ".md"} and p.is_file())
        for path in files:
            lines = [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines()]
            lines = [line for line in lines if line]
            if not lines:
                continue
            headlines.append(lines[0])
            for line in lines[1:]:
                if len(line) < 40:  # date lines, bylines, furniture
                    continue
                sentences.extend(s.strip() for s in SENTENCE_END.split(line) if len(s.strip()) > 20)
    if len(sentences) < 10:
        raise SystemExit("benchmark: need at least 10 sentences in the source folders")
    return headlines, sentences


def make_articles(folders: list[Path], count: int, seed: int = 7) -> list[str]:
    """``count`` distinct article texts, the same every time for the same inputs."""
    headlines, sentences = sentence_pool(folders)
    rng = random.Random(seed)
    start = dt.date(2023, 7, 1)
    seen: set[str] = set()
    articles: list[str] = []
    while len(articles) < count:
        day = start + dt.timedelta(days=rng.randrange(120))
        body = rng.sample(sentences, k=min(len(sentences), rng.randint(11, 19)))
        paragraphs, i = [], 0
        while i < len(body):
            n = rng.randint(1, 3)
            paragraphs.append(" ".join(body[i : i + n]))
            i += n
        text = "\n".join([rng.choice(headlines), "", f"{MONTHS[day.month - 1]} {day.day:02d}, {day.year}", "",
                          *paragraphs]) + "\n"
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        articles.append(text)
    return articles


def write_corpus(folders: list[Path], count: int, target: Path) -> Path:
    """Write ``count`` articles as ``target/NNNN.txt`` and return ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for index, text in enumerate(make_articles(folders, count)):
        (target / f"{index:04d}.txt").write_text(text, encoding="utf-8")
    return target
