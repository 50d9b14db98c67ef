"""The small frozen records that flow between stages."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Page:
    """One decoded archive file: the text layer of a newspaper page."""

    path: str                 # relative to the archive root, with forward slashes
    text: str
    sha1: str                 # of the raw bytes: identity and change detection
    encoding: str
    publication: str | None = None
    issue_date: date | None = None
    issue_date_source: str | None = None   # sidecar | path | header
    page: str | None = None
    section: str | None = None
    fingerprint: str | None = None        # of the bytes parsed, page and sidecar: what update compares
    # issue 11: what a PDF, HTML or Word file adds (None for .txt pages)
    pdf_page: int | None = None            # 1-based page of the PDF file this page is
    extraction: str | None = None          # pdf | ocr | html | docx
    title: str | None = None               # the article title given by the markup (HTML)
    # issue 15: what the archive knows of the publication (publications.toml, or inferred)
    publication_kind: str | None = None    # national | provincial | county | magazine | bulletin | theory
    province_hint: str | None = None       # the publication's province: metadata may use it
    info_line: str | None = None           # a web page's 来源：X 作者：Y line (HTML): metadata may use it
    # a web page running several articles, each with its info line: (line of the article's text, info)
    info_lines: tuple[tuple[int, str], ...] = ()
    # a portal's list page (HTML): its entries are the site's unless one prints its own credit, and each is
    # dated by its own stamp, (line of the entry's text, YYYY-MM-DD)
    listing: bool = False
    entry_stamps: tuple[tuple[int, str], ...] = ()
    # issue 15 (formats): what a Word or HTML file's layout says of each line, (line number, hint)
    # pairs — heading, body, masthead, label, caption (see parse/hints.py); () for text pages
    line_hints: tuple[tuple[int, str], ...] = ()
    # issue 18: what the run should tell the admin about a page it read (a sidecar ignored, and why)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One article cut from a page, with everything the index and the reader need."""

    id: str
    path: str
    ordinal: int                      # position on its page, from 1
    publication: str | None
    issue_date: date | None
    page: str | None
    title: str
    title_derived: bool
    paragraphs: tuple[str, ...]
    attribution: str | None = None
    province: str | None = None
    agency: str | None = None
    source: str | None = None
    date: date | None = None
    slogans: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()   # (person, role) where the text gives the role: (张三, 副厅长)
    pdf_page: int | None = None            # issue 11: link target in a PDF file (path#page=N)
    extraction: str | None = None          # issue 11: pdf | ocr | html | docx; None for .txt
    corrected: bool = False                # issue 17: an administrator's corrections.toml changed it

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    def to_dict(self) -> dict:
        out = dataclasses.asdict(self)
        for key in ("issue_date", "date"):
            out[key] = out[key].isoformat() if out[key] else None
        out["roles"] = [list(pair) for pair in self.roles]
        for key in ("paragraphs", "slogans", "people", "places"):
            out[key] = list(out[key])
        out["body"] = self.body
        return out


@dataclass(frozen=True)
class NoiseLine:
    """A source line that belongs to no article (a label, header or footer), and why."""

    line: int                 # numbered from 1, as an editor shows the file
    text: str
    reason: str


@dataclass(frozen=True)
class LineFate:
    """What became of one source line: title, lead, body, joined, attribution, noise or blank."""

    line: int
    text: str
    fate: str
    article: int | None = None        # ordinal of the article the line went to


@dataclass
class ParsedPage:
    """A page cut into articles, with every line that went to none of them and why."""

    page: Page
    articles: list[Article]
    noise: list[NoiseLine]
    fates: list[LineFate] = field(default_factory=list)


@dataclass(frozen=True)
class Skipped:
    """A file the run could not use, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Warned:
    """A file the run used, with something the admin should know: a sidecar ignored, and why."""

    path: str
    reason: str


@dataclass
class Report:
    """What a run did: read, produced, skipped and warned about, for the admin's summary."""

    files_read: int = 0
    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Warned] = field(default_factory=list)     # files read all the same (issue 18)

    def skip(self, path: str, reason: str) -> None:
        self.skipped.append(Skipped(path, reason))

    def warn(self, path: str, reason: str) -> None:
        self.warnings.append(Warned(path, reason))

    def to_dict(self) -> dict:
        return {
            "files_read": self.files_read,
            "articles": self.articles,
            "skipped": [dataclasses.asdict(s) for s in self.skipped],
            "warnings": [dataclasses.asdict(w) for w in self.warnings],
        }
