"""Say, for ``dangjian check``, which corrections no longer fit their page.

A correction is written against one version of a page: its fingerprint is the page's SHA-1
then. When the page has changed, or no article of the parser's own cut holds the anchor (or a
split's paragraph), the administrator is told, with the fingerprint to write once it is checked.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .archive_facts import archive_file_errors, corrections_set_aside, use_archive
from .slogans import ARCHIVE_SLOGANS
from .corrections import CORRECTIONS_FILE, Correction, find_article, read_corrections, squash
from .reader import UnreadableFile


@dataclass(frozen=True)
class CorrectionProblem:
    """One correction that does not fit its page, and why."""

    number: int
    file: str
    problem: str

    def line(self) -> str:
        if not self.number:                 # the file itself
            return self.problem
        return f"{CORRECTIONS_FILE} correction {self.number} ({self.file}): {self.problem}"

    def to_dict(self) -> dict:
        return {"correction": self.number, "file": self.file, "problem": self.problem}


def review_corrections(root: Path) -> tuple[int, list[CorrectionProblem]]:
    """Return how many corrections the archive has and the problems of those that do not fit."""
    use_archive(root)
    errors = [CorrectionProblem(0, e.split(":", 1)[0], e) for e in archive_file_errors()]
    if any(e.file == CORRECTIONS_FILE for e in errors):
        return 0, errors
    corrections = read_corrections(root)
    with corrections_set_aside():
        return len(corrections), errors + [p for c in corrections for p in _problems(root, c)]


def changed_since(root: Path, built: float) -> list[CorrectionProblem]:
    """Return a problem for slogans.toml or corrections.toml written after a build (its time, epoch
    seconds): the index does not hold what they say until ``dangjian update`` (which rebuilds in full)."""
    out = []
    for name in (ARCHIVE_SLOGANS, CORRECTIONS_FILE):
        path = Path(root) / name
        if path.is_file() and path.stat().st_mtime > built:
            out.append(CorrectionProblem(0, name, f"{name} changed after the index was built: run `dangjian update`"))
    return out


def _problems(root: Path, correction: Correction) -> list[CorrectionProblem]:
    from .pipeline import parsed_pages_of          # the pipeline applies corrections: imported late
    path = Path(root) / correction.file
    if not path.is_file():
        return [CorrectionProblem(correction.number, correction.file, "no such page in the archive: not applied")]
    try:
        pages = parsed_pages_of(path, Path(root))
    except (UnreadableFile, OSError) as exc:
        return [CorrectionProblem(correction.number, correction.file, f"the page cannot be read ({exc}): not applied")]
    found = []
    sha1 = pages[0].page.sha1 if pages else None
    if correction.fingerprint is None:
        found.append(f'no fingerprint: add fingerprint = "{sha1}" once the fix is checked')
    elif sha1 and correction.fingerprint != sha1:
        found.append(f'the page changed since the fix was written: check it, then set fingerprint = "{sha1}"')
    articles = [a for p in pages for a in p.articles]
    i = find_article(articles, correction.anchor)
    if i is None:
        found.append(f"no article holds the anchor “{correction.anchor}”: not applied")
    elif correction.split_at and not any(squash(p).startswith(squash(correction.split_at))
                                         for p in articles[i].paragraphs[1:]):
        found.append(f"no paragraph of the article starts with “{correction.split_at}”: not split")
    return [CorrectionProblem(correction.number, correction.file, f) for f in found]
