"""An administrator's corrections of the parser's cut: split or merge an article, set its title or a field.

``corrections.toml`` at the archive root holds one ``[[correction]]`` table per fix::

    [[correction]]
    file = "公益时报/2024-01-09/04.txt"       # the page, relative to the archive root
    fingerprint = "5f0c2e…"                  # the page's SHA-1 when the fix was written (dangjian check prints it)
    anchor = "12月28日，河南省民政厅党组"       # text of the article meant (spaces and line breaks ignored)
    set = { title = "河南省民政厅召开专题民主生活会", province = "河南", date = "2023-12-28" }
    # split_at = "近日，株洲市"                # a second article begins at the paragraph starting so
    # split_title = "株洲市社会组织党建工作综述"
    # merge_next = true                      # the next article on the page belongs to this one

An article is found by its file and anchor, never by its position, so a fix survives a reindex
and a parser that cuts the page differently. When the page's bytes no longer match the
fingerprint, or no article holds the anchor, ``dangjian check`` says so.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

CORRECTIONS_FILE = "corrections.toml"
SETTABLE = ("title", "province", "agency", "source", "date", "people", "slogans")
_LISTS = ("people", "slogans")


class CorrectionsError(ValueError):
    """corrections.toml cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Correction:
    """One fix of one article, found by its page and a text anchor."""

    file: str
    anchor: str
    fingerprint: str | None = None
    values: dict = field(default_factory=dict)      # field → new value (set)
    split_at: str | None = None
    split_title: str | None = None
    merge_next: bool = False
    number: int = 0                                 # its place in the file, from 1, for messages


def squash(text: str | None) -> str:
    """Return text without whitespace: how anchors are matched."""
    return re.sub(r"\s+", "", text or "")


def read_corrections(root: Path) -> list[Correction]:
    """Return the corrections of an archive; none without the file; raise CorrectionsError for a bad one."""
    path = Path(root) / CORRECTIONS_FILE
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CorrectionsError(f"{CORRECTIONS_FILE}: not valid TOML: {exc}") from exc
    tables = data.get("correction", [])
    if not isinstance(tables, list):
        raise CorrectionsError(f"{CORRECTIONS_FILE}: write each fix as a [[correction]] table")
    return [_correction(table, n) for n, table in enumerate(tables, start=1)]


def _correction(table: dict, n: int) -> Correction:
    where = f"{CORRECTIONS_FILE}: correction {n}"
    for key in ("file", "anchor"):
        if not isinstance(table.get(key), str) or not squash(table.get(key)):
            raise CorrectionsError(f"{where}: '{key}' is missing (the page's path and a text of the article)")
    values = table.get("set", {})
    unknown = set(values) - set(SETTABLE) if isinstance(values, dict) else {"set"}
    if unknown:
        raise CorrectionsError(f"{where}: cannot set {', '.join(sorted(unknown))} (settable: {', '.join(SETTABLE)})")
    if not (values or table.get("split_at") or table.get("merge_next")):
        raise CorrectionsError(f"{where}: says nothing to do (set, split_at or merge_next)")
    return Correction(file=table["file"].strip().lstrip("/"), anchor=table["anchor"],
                      fingerprint=table.get("fingerprint"), values=_checked_values(values, where),
                      split_at=table.get("split_at"), split_title=table.get("split_title"),
                      merge_next=bool(table.get("merge_next")), number=n)


def _checked_values(values: dict, where: str) -> dict:
    out = dict(values)
    if "date" in out:
        try:
            out["date"] = date.fromisoformat(str(out["date"])) if out["date"] else None
        except ValueError as exc:
            raise CorrectionsError(f"{where}: date must be YYYY-MM-DD") from exc
    for key in _LISTS:
        if key in out:
            out[key] = tuple(out[key]) if isinstance(out[key], list) else (str(out[key]),)
    return out


def find_article(articles: list, anchor: str) -> int | None:
    """Return the index of the first article whose title, text or attribution holds the anchor."""
    needle = squash(anchor)
    for i, article in enumerate(articles):
        if needle in squash(article.title + "".join(article.paragraphs) + (article.attribution or "")):
            return i
    return None


def apply_corrections(articles: list, corrections: list[Correction], make, id_of, first: int = 1) -> list:
    """Return the page's articles with its corrections applied, marked ``corrected``.

    make(ordinal, piece) cuts an article again from a piece (title, title_derived,
    paragraphs, attribution) with the page's metadata, for a split or merged article;
    id_of(ordinal) is the id of the article at that place on the page.
    """
    for correction in corrections:
        i = find_article(articles, correction.anchor)
        if i is None:
            continue                       # reported by dangjian check
        if correction.merge_next and i + 1 < len(articles):
            articles = articles[:i] + [_merged(articles[i], articles[i + 1], make)] + articles[i + 2:]
        if correction.split_at:
            articles = articles[:i] + _split(articles[i], correction, make) + articles[i + 1:]
        if correction.values:
            articles[i] = replace(articles[i], **correction.values, title_derived=False
                                  if "title" in correction.values else articles[i].title_derived)
        articles[i] = replace(articles[i], corrected=True)
    return [replace(a, ordinal=n, id=id_of(n)) if a.ordinal != n else a for n, a in enumerate(articles, start=first)]


def _merged(one, two, make):
    attribution = "".join(a for a in (one.attribution, two.attribution) if a) or None
    piece = SimpleNamespace(title=one.title, title_derived=one.title_derived,
                            paragraphs=list(one.paragraphs + two.paragraphs), attribution=attribution)
    return replace(make(one.ordinal, piece), corrected=True)


def _split(article, correction: Correction, make) -> list:
    needle = squash(correction.split_at)
    k = next((k for k, p in enumerate(article.paragraphs) if k and squash(p).startswith(needle)), None)
    if k is None:
        return [article]
    head = SimpleNamespace(title=article.title, title_derived=article.title_derived,
                           paragraphs=list(article.paragraphs[:k]), attribution=None)
    tail_title = correction.split_title or article.paragraphs[k][:20]
    tail = SimpleNamespace(title=tail_title, title_derived=not correction.split_title,
                           paragraphs=list(article.paragraphs[k:]), attribution=article.attribution)
    return [replace(make(article.ordinal, head), corrected=True), replace(make(article.ordinal, tail), corrected=True)]
