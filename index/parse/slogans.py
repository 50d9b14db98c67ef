"""Slogan terms (提法): the bundled list, the archive's own list, and candidates for it.

An administrator adds the formulations of their own province or year to ``slogans.toml`` at the
archive root (``terms = ["清廉民政", "红色管家"]``); they count exactly as the bundled ones. (A
TOML file, like publications.toml and corrections.toml: a ``.txt`` at the root would be a page.) ``dangjian slogans --suggest`` lists what the archive quotes that neither list has: new
numbered formulations (“五个坚持”, “三项机制”) and quoted terms that recur across articles.

A column label (【党建引领】, 基层党建·经验交流, 党建快讯) is page furniture: a slogan in it is
not the article's, even when a label reaches metadata as a title or a paragraph.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .lexicon import Lexicon, load_lexicon

ARCHIVE_SLOGANS = "slogans.toml"
_HAN = r"\u4e00-\u9fff"
# New formulations: a number and a measure word in quotes (“五个坚持”, “三张清单”, “双报到”);
# colloquial quotes such as “两张皮” or “一老一小” do not fit the shape, nor does a paired slogan of a
# report's own (“双联双助”, “双融双促”: a 双 and three characters), which is a name, not a 提法.
NUMBERED = re.compile(
    rf"“\s*((?:(?:[一二三四五六七八九十两]+|\d+)\s*(?:个\s*[{_HAN}、]{{1,10}}|[大项条张种]\s*[{_HAN}、]{{2,10}})"
    rf"|双\s*[{_HAN}]{{2}}))\s*”")
_QUOTED = re.compile(rf"“\s*([{_HAN}、\s]{{2,14}}?)\s*”")
_BRACKET_LABEL = re.compile(rf"【[^【】]{{1,12}}】")
_LABEL_WORDS = ("快讯", "周刊", "专栏", "专题", "动态", "简讯", "观察", "聚焦", "要闻", "视点", "园地", "之窗", "交流")
_SENTENCE = re.compile(r"[，。；：！？、“”（）()]")


def label_like(line: str) -> bool:
    """Say whether a line has the shape of a column label rather than text: 【党建引领】 alone,
    基层党建·经验交流, 东坡融媒·党建快讯, 理论周刊 — short, unpunctuated, ending in a label word or
    joined by a middle dot."""
    line = line.strip()
    if _BRACKET_LABEL.fullmatch(line):
        return True
    if not line or len(line) > 16 or _SENTENCE.search(line):
        return False
    parts = re.split(r"\s*[·•・]\s*", line)
    return len(parts) == 2 and all(2 <= len(p) <= 8 for p in parts) or line.endswith(_LABEL_WORDS) and len(line) <= 8


def article_slogans(title: str, paragraphs: list[str], lex: Lexicon | None = None,
                    extra: tuple[str, ...] = ()) -> list[str]:
    """Return the slogan terms of an article's title and body, leaving out column labels."""
    lex = lex or load_lexicon()
    # A title that is nothing but a term (党建引领) is a column label taken for a title.
    bare_term = title.strip(" 【】[]") in lex.slogans + tuple(extra) and len(title.strip()) <= 10
    kept = [line for line in ([] if bare_term else [title]) + list(paragraphs) if not label_like(line)]
    text = _BRACKET_LABEL.sub(lambda m: "\n" if len(m.group()) <= 10 else m.group(), "\n".join(kept))
    return slogans_in(text, lex, extra)


def slogans_in(text: str, lex: Lexicon | None = None, extra: tuple[str, ...] = ()) -> list[str]:
    """Return the slogan terms in text: the bundled and archive lists' terms, and new numbered “N个……” ones."""
    lex = lex or load_lexicon()
    terms = lex.slogans + tuple(t for t in extra if t not in lex.slogans)
    squeezed = re.sub(r"\s+", "", text)        # “三会 一课”, “第一\n议题”: stray spaces and breaks inside a term
    found = [(at, term) for term in terms if (at := _find_term(squeezed, term)) >= 0]
    text = squeezed
    for match in NUMBERED.finditer(text):
        term = re.sub(r"\s", "", match.group(1))
        if term not in terms:
            found.append((match.start(), term))
    seen, out = set(), []
    for _, term in sorted(found):
        if term not in seen:
            seen.add(term)
            out.append(term)
    return out


def _find_term(text: str, term: str) -> int:
    """Return where a term occurs in text, or -1; the parts of a term listed with 、 may be printed
    with a comma or nothing between them (不忘初心，牢记使命; 学思想，强党性，重实践，建新功)."""
    if "、" not in term:
        return text.find(term)
    match = _term_pattern(term).search(text)
    return match.start() if match else -1


_PATTERNS: dict[str, re.Pattern] = {}


def _term_pattern(term: str) -> re.Pattern:
    if term not in _PATTERNS:
        _PATTERNS[term] = re.compile("[、，,]?".join(map(re.escape, term.split("、"))))
    return _PATTERNS[term]


class SlogansError(ValueError):
    """slogans.toml cannot be used; the message says why."""


def read_archive_slogans(root: Path | None) -> tuple[str, ...]:
    """Return the terms of the archive's slogans.toml (none when there is no such file)."""
    path = Path(root) / ARCHIVE_SLOGANS if root else None
    if path is None or not path.is_file():
        return ()
    try:
        terms = tomllib.loads(path.read_text(encoding="utf-8-sig")).get("terms", [])
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SlogansError(f"{ARCHIVE_SLOGANS}: not valid TOML: {exc}") from exc
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        raise SlogansError(f'{ARCHIVE_SLOGANS}: write the terms as a list: terms = ["清廉民政", "红色管家"]')
    return tuple(dict.fromkeys(t for t in (re.sub(r"\s", "", t).strip("“”\"") for t in terms) if t))


@dataclass(frozen=True)
class Suggestion:
    """A quoted term the archive uses that no list has yet, how many articles quote it, and where."""

    term: str
    kind: str            # numbered | recurring
    count: int
    example: str         # article path and title
    context: str         # the sentence around the first quote

    def to_dict(self) -> dict:
        return {"term": self.term, "kind": self.kind, "count": self.count, "example": self.example,
                "context": self.context}


def suggest(articles, known: tuple[str, ...], min_count: int = 2) -> list[Suggestion]:
    """Return candidate new 提法 in articles: numbered formulations (any count) and other quoted terms
    that at least min_count articles quote, most quoted first; known terms are left out."""
    counts: Counter = Counter()
    first: dict[str, tuple[str, str, str]] = {}
    for article in articles:
        text = "\n".join([article.title, *article.paragraphs])
        for term, kind, context in _quoted_terms(text):      # each term once per article
            if term not in known:
                counts[term, kind] += 1
                first.setdefault(term, (f"{article.path}《{article.title}》", context))
    out = [Suggestion(term, kind, n, *first[term]) for (term, kind), n in counts.items()
           if kind == "numbered" or n >= min_count]
    return sorted(out, key=lambda s: (-s.count, s.kind != "numbered", s.term))


def _quoted_terms(text: str) -> list[tuple[str, str, str]]:
    """Return (term, kind, context) for each distinct quoted term of a text."""
    out, seen = [], set()
    for match in _QUOTED.finditer(text):
        term = re.sub(r"\s", "", match.group(1))
        if term in seen or len(term) < 2:
            continue
        seen.add(term)
        kind = "numbered" if NUMBERED.fullmatch(f"“{term}”") else "recurring"
        out.append((term, kind, _sentence_around(text, match.start(), match.end())))
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    rights = [i for i in (text.find(c, end) for c in "。！？\n") if i >= 0]
    return text[left:min(rights) + 1 if rights else len(text)].strip()[:80]
