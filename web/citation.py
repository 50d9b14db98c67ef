"""An article's reference in GB/T 7714 form, and its lead: what a report quotes of it.

GB/T 7714 cites a newspaper article as ``作者或单位. 题名[N]. 报纸名, 出版日期(版次).``,
e.g. ``孙浩然. 浙江省民政厅召开全省社会组织党建工作座谈会[N]. 中国社会报, 2024-06-18(3).``
The responsible party is the article's bylined writers (记者, 通讯员, 作者…; at most
three, then 等, as the standard abbreviates) — the parser's people named inside a
byline of the attribution or the lead's opening (本报讯（记者 孙浩然）), since the
index stores people without roles — else the unit that supplied it (its
``source``: （据…）, （…供稿）, （来源：…）); with neither the field is left out rather
than filled with the agency the article is about. An unknown issue date or page
is left out too, never guessed.
"""
from __future__ import annotations

import re

WRITER_ROLES = ("记者", "通讯员", "作者", "评论员", "特约评论员", "本报评论员")
WRITER_WORDS = WRITER_ROLES + ("文/", "文／")
MAX_AUTHORS = 3
LEAD_OPENING = 80           # characters of the lead where a dateline byline stands
# A parenthesised byline, or one standing free: 本报记者 某某 某某, 文/某某 (up to a clause break).
_BYLINE = re.compile(r"[（(][^（）()]{0,60}[）)]|(?:本报)?(?:记者|通讯员|文\s*[/／])[^，。,；（(]{0,30}")


def writers(doc: dict) -> list[str]:
    """Return the bylined writers: from roles when the record has them, else from the byline text."""
    if doc.get("roles"):
        return list(dict.fromkeys(name for name, role in doc["roles"] if role in WRITER_ROLES))
    text = (doc.get("attribution") or "") + "\n" + lead(doc)[:LEAD_OPENING]
    names: list[str] = []
    for match in _BYLINE.finditer(text):
        byline = match.group()
        if any(word in byline for word in WRITER_WORDS):
            names += [p for _, p in sorted((byline.find(p), p) for p in doc.get("people") or [] if p in byline)]
    return list(dict.fromkeys(names))


def authors(doc: dict) -> str:
    """Return the responsible party: writers joined by ', ' (then 等), else the supplying unit, else ''."""
    names = writers(doc)
    if names:
        shown = ", ".join(names[:MAX_AUTHORS])
        return shown + (", 等" if len(names) > MAX_AUTHORS else "")
    return (doc.get("source") or "").strip()


def page_number(page: str | None) -> str:
    """Return the 版次 as a bare number (03 → 3, p4 → 4); '' when the page has no number."""
    digits = re.fullmatch(r"\D*0*(\d+)\D*", page or "")
    return digits.group(1) if digits else ""


def gbt_citation(doc: dict) -> str:
    """Return the GB/T 7714 reference of a stored article (a dict as ``Engine.article`` returns)."""
    title = (doc.get("title") or "（无标题）").strip()
    head = f"{authors(doc)}. " if authors(doc) else ""
    where = doc.get("publication") or "报刊不详"
    issue = doc.get("issue_date") or ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", issue):
        number = page_number(doc.get("page"))
        where += f", {issue}" + (f"({number})" if number else "")
    return f"{head}{title}[N]. {where}."


def lead(doc: dict) -> str:
    """Return the lead (导语): the article's first paragraph, whole."""
    paragraphs = doc.get("paragraphs") or []
    return paragraphs[0] if paragraphs else ""
