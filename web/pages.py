"""Contexts of the article, source, browse, help and status pages: plain dicts, no Whoosh.

Each function returns what one page shows; the views render it as HTML, and
the API returns the same data as JSON where it has a route.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qsl

from flask import current_app, url_for
from werkzeug.datastructures import MultiDict

from dangjian.search.browse import UNDATED, browse
from dangjian.search.query import parse_query
from dangjian.search.related import related
from dangjian.search.snippets import mark, match_spans, needles_of

from .citation import gbt_citation
from .source import MAX_SOURCE_LINES, SourceUnavailable, current_sha1, mark_lines, read_source
from .urls import link, search_link, state_params

ARTICLE_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")     # anything else is not an id: 404 without a lookup
MAX_HIGHLIGHT_QUERY = 200
PART_CHARS = 50_000      # characters of an article one page shows; a newspaper article has a few thousand
FACET_LINKS = (("province", "province", "省份"), ("agency", "agency", "单位"), ("source", "source", "来源"),
               ("publication", "publication", "报刊"))


def citation(doc: dict) -> str:
    """Return the citation line: 《公益时报》2023年10月31日 第4版."""
    parts = [f"《{doc.get('publication') or '报刊不详'}》"]
    issue = doc.get("issue_date")
    if issue and re.match(r"^\d{4}-\d{2}-\d{2}$", issue):
        y, m, d = (int(x) for x in issue.split("-"))
        parts.append(f"{y}年{m}月{d}日")
    else:
        parts.append("出版日期不详")
    if doc.get("page"):
        parts.append(" " + page_label(doc["page"]))
    return "".join(parts)


def page_label(page: str | None) -> str:
    """Return 第4版 for 04, p4 or 4; a page name without digits as 版面 NAME."""
    if not page:
        return ""
    digits = re.fullmatch(r"\D*0*(\d+)\D*", page)
    return f"第{digits.group(1)}版" if digits else f"版面 {page}"


def back_params(args) -> MultiDict:
    """Return the search state an article page was reached from (its ``back`` parameter)."""
    raw = (args.get("back") or "")[:4000]
    return state_params(MultiDict(parse_qsl(raw, keep_blank_values=False)))


def article_context(engine, article_id: str, args) -> dict | None:
    """Return an article page's context, or None for an unknown id."""
    if not ARTICLE_ID.match(article_id):
        return None
    doc = engine.article(article_id)
    if doc is None:
        return None
    query = _query_of(args)
    needles = needles_of(parse_query(query).highlights) if query.strip() else []
    back = back_params(args)
    return {
        "article": {k: v for k, v in doc.items() if k not in ("sha1",)},
        "title_html": mark(doc.get("title", ""), match_spans(doc.get("title", ""), needles)),
        **_article_part(doc, needles, args, article_id),
        "highlighted": bool(needles), "query": query, "citation": gbt_citation(doc), "issue_line": citation(doc),
        "page_label": page_label(doc.get("page")),
        "links": _facet_links(doc), "related": _related(engine, article_id),
        # The source page opens at the article's first line (its anchor), the query marked.
        "source_url": url_for("site.source", article_id=article_id, q=query or None, _anchor="article-start"),
        "file_url": file_url(doc),
        "back_url": search_link(back, page=back.get("page")) if back else None,
    }


def _article_part(doc: dict, needles: list[str], args, article_id: str) -> dict:
    """Return the part of the article's text the page shows, marked: a very long article (a
    dump, or a whole issue in one piece) is shown PART_CHARS at a time, with links to the rest."""
    pieces = [p[k:k + PART_CHARS] for p in doc["paragraphs"] for k in range(0, max(len(p), 1), PART_CHARS)]
    parts, size = [[]], 0
    for piece in pieces:
        if size + len(piece) > PART_CHARS and parts[-1]:
            parts.append([])
            size = 0
        parts[-1].append(piece)
        size += len(piece)
    number = min(max(_int_or_none((args.get("part") or "")[:6]) or 1, 1), len(parts))

    def part_url(n: int) -> str:
        return url_for("site.article", article_id=article_id, q=args.get("q") or None, part=n if n > 1 else None)
    shown = {"number": number, "count": len(parts), "chars": sum(map(len, pieces)),
             "prev_url": part_url(number - 1) if number > 1 else None,
             "next_url": part_url(number + 1) if number < len(parts) else None}
    return {"paragraphs_html": [mark(p, match_spans(p, needles)) for p in parts[number - 1]],
            "part": shown if len(parts) > 1 else None}


def _facet_links(doc: dict) -> dict:
    empty = MultiDict()
    out = {name: {"label": label, "value": doc.get(name), "url": search_link(empty, **{param: doc[name]})}
           for name, param, label in FACET_LINKS if doc.get(name)}
    out["slogans"] = [{"value": s, "url": search_link(empty, slogan=s)} for s in doc.get("slogans", [])]
    out["people"] = [{"value": p, "url": search_link(empty, person=p)} for p in doc.get("people", [])]
    return out


def _related(engine, article_id: str) -> list[dict]:
    items = related(engine, article_id)
    for item in items:
        item["url"] = url_for("site.article", article_id=item["id"])
    return items


def source_context(engine, article_id: str, args) -> dict | None:
    """Return the source page view's context (the page's text layer, this article's lines marked)."""
    if not ARTICLE_ID.match(article_id):
        return None
    doc = engine.article(article_id)
    if doc is None:
        return None
    root = _archive_root(engine)
    context = {"article": {k: doc.get(k) for k in ("id", "title", "path", "publication", "issue_date", "page")},
               "file_url": file_url(doc),
               "citation": citation(doc), "article_url": url_for("site.article", article_id=article_id,
                                                                 q=args.get("q") or None),
               "lines": [], "error": None, "changed": False,
               "query": _query_of(args)}
    try:
        text, sha1 = read_source(root, doc.get("path", ""), _int_or_none(doc.get("pdf_page")),
                                 engine.snapshot().path)
        context["lines"] = _with_terms(mark_lines(text, doc), context["query"])
        context["truncated"] = len(context["lines"]) >= MAX_SOURCE_LINES
        context["changed"] = bool(doc.get("sha1")) and current_sha1(root, doc.get("path", "")) != doc["sha1"]
    except SourceUnavailable as exc:
        context["error"] = str(exc)
    context["marked"] = sum(1 for line in context["lines"] if line["marked"])
    return context


def _query_of(args) -> str:
    return (args.get("q") or "").replace("\x00", "")[:MAX_HIGHLIGHT_QUERY]


def _with_terms(lines: list[dict], query: str) -> list[dict]:
    """Add each line's HTML with the query's terms marked, also a term the layout broke across lines."""
    needles = needles_of(parse_query(query).highlights) if query.strip() else []
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line["text"])
    spans = match_spans("".join(line["text"] for line in lines), needles)
    out = []
    for line, start in zip(lines, starts):
        end = start + len(line["text"])
        own = [(max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and b > start]
        out.append({**line, "html": mark(line["text"], own)})
    return out


def file_url(doc: dict) -> str | None:
    """Link to the original PDF, HTML or Word file an article came from; a PDF opens at its page."""
    if not doc.get("extraction"):
        return None                          # a text layer: the source page view shows it all
    page = _int_or_none(doc.get("pdf_page"))
    anchor = f"#page={page}" if page and str(doc.get("path", "")).lower().endswith(".pdf") else ""
    return url_for("site.original", article_id=doc["id"]) + anchor


def original_file(engine, article_id: str) -> Path | None:
    """Return the archive file an article came from, when it is a PDF, HTML or Word file inside the archive."""
    if not ARTICLE_ID.match(article_id):
        return None
    doc = engine.article(article_id)
    if doc is None or not doc.get("extraction"):
        return None
    root = _archive_root(engine).resolve()
    path = (root / doc.get("path", "")).resolve()
    return path if path.is_relative_to(root) and path.is_file() else None


def _archive_root(engine) -> Path:
    """Return where the pages are: SOURCE_ARCHIVE if set, else the archive the generation was
    built from (its meta.json) when it still exists, else the site's configured archive."""
    config = current_app.config
    if config.get("SOURCE_ARCHIVE"):
        return Path(config["SOURCE_ARCHIVE"])
    built_from = engine.snapshot().meta.get("archive")
    if built_from and Path(built_from).is_dir():
        return Path(built_from)
    return Path(config["ARCHIVE"])


def browse_context(engine, args) -> dict:
    """Return one level of browse-by-issue with a link for every item and breadcrumbs."""
    keys = [(args.get(k) or "").replace("\x00", "")[:100] or None for k in ("publication", "year", "issue")]
    data = browse(engine, *keys)
    names = ("publication", "year", "issue")
    depth = ("publications", "years", "issues", "pages").index(data["level"])
    chosen = MultiDict([(n, k) for n, k in zip(names, keys) if k])
    for item in data["items"]:
        item["label"] = _browse_label(data["level"], item["key"])
        if depth < 3:
            item["url"] = link("site.browse", chosen, **{names[depth]: item["key"]})
        for article in item.get("articles", []):
            article["url"] = url_for("site.article", article_id=article["id"])
    if data["level"] == "pages":
        data["neighbours"] = _neighbours(engine, *keys)
    data["crumbs"] = [{"label": "全部报刊", "url": url_for("site.browse")}]
    for n in range(depth):
        upto = MultiDict([(names[i], keys[i]) for i in range(n + 1)])
        data["crumbs"].append({"label": _browse_label(("publications", "years", "issues")[n], keys[n]),
                               "url": link("site.browse", upto)})
    return data


def _neighbours(engine, publication: str, year: str, issue: str) -> dict:
    """Return the previous and next issue of the publication, across years ({label, url} or None)."""
    if UNDATED in (year, issue):
        return {"previous": None, "next": None}
    issues = [i["key"] for i in browse(engine, publication, year)["items"] if i["key"] != UNDATED]
    if issue not in issues:
        return {"previous": None, "next": None}
    years = sorted(i["key"] for i in browse(engine, publication)["items"] if i["key"] != UNDATED)
    at = issues.index(issue)
    before = issues[at - 1] if at > 0 else _edge_issue(engine, publication, years, year, -1)
    after = issues[at + 1] if at + 1 < len(issues) else _edge_issue(engine, publication, years, year, 1)
    return {name: {"label": _browse_label("issues", key),
                   "url": link("site.browse", MultiDict(), publication=publication, year=key[:4], issue=key)}
            if key else None for name, key in (("previous", before), ("next", after))}


def _edge_issue(engine, publication: str, years: list[str], year: str, step: int) -> str | None:
    """Return the last issue of the year before (step -1) or the first of the year after (+1)."""
    at = years.index(year) + step if year in years else -1
    if not 0 <= at < len(years):
        return None
    issues = [i["key"] for i in browse(engine, publication, years[at])["items"] if i["key"] != UNDATED]
    return (issues[-1] if step < 0 else issues[0]) if issues else None


def _browse_label(level: str, key: str) -> str:
    if key == UNDATED:
        return "日期不详"
    if level == "years":
        return f"{key}年"
    if level == "issues" and re.match(r"^\d{4}-\d{2}-\d{2}$", key):
        y, m, d = (int(x) for x in key.split("-"))
        return f"{y}年{m}月{d}日"
    if level == "pages":
        return page_label(key) or "版次不详"
    return key or "报刊不详"


def _int_or_none(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
