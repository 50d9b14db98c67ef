"""The admin CLI, ``dangjian``: a thin layer over the library.

Exit status: 0 success, 1 some files were skipped (parse) or nothing found to
do, 2 usage errors, 3 the index is busy or missing.
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import click

from dangjian.index.config import ConfigError, load_config
from dangjian.index.generations import IndexBusy, NoIndex
from dangjian.index.records import Report

ARCHIVE = click.option("--archive", envvar="DANGJIAN_ARCHIVE", type=click.Path(path_type=Path),
                       help="Archive root [env DANGJIAN_ARCHIVE, config file, default ./archive].")
INDEX = click.option("--index", "index_dir", envvar="DANGJIAN_INDEX", type=click.Path(path_type=Path),
                     help="Index directory [env DANGJIAN_INDEX, config file, default ./var/index].")


PROCESSES = click.option("--processes", type=int, default=None,
                         help="Worker processes for parsing and tokenizing (default: one per core).")


def _config(archive=None, index_dir=None):
    try:
        return load_config(archive, index_dir)
    except ConfigError as exc:
        raise click.UsageError(str(exc))


def _progress(label: str):
    """Return a progress callback that redraws one line on a terminal, or logs every 5%."""
    tty = sys.stderr.isatty()

    def show(n: int, total: int, rel: str) -> None:
        if tty:
            click.echo(f"\r{label} {n}/{total} {rel[:60]:<60}", err=True, nl=(n == total))
        elif n == total or n % max(1, total // 20) == 0:
            click.echo(f"{label} {n}/{total} files", err=True)
    return show


def _print_report(report: dict) -> None:
    click.echo(f"files read: {report['files_read']}, articles: {report['articles']}, "
               f"skipped: {len(report['skipped'])}", err=True)
    for item in report["skipped"]:
        click.echo(f"  skipped {item['path']}: {item['reason']}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main():
    """dangjian — search archives of party-building (党建) reports."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per article, one per line.")
@click.option("--trace", is_flag=True, help="Print every source line with its fate: title, lead, body, "
              "joined (to the line before), attribution, noise: reason, blank.")
@ARCHIVE
def parse(paths, as_json, trace, archive):
    """Parse archive pages and print their articles (nothing is indexed)."""
    from dangjian.index.pipeline import format_trace, parse_paths, trace_paths
    root = _config(archive).archive
    report = Report()
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        report.skip(str(path), "no such file or directory")
    if trace:
        for parsed in trace_paths([p for p in paths if p.exists()], report, archive_root=root):
            click.echo("\n".join(format_trace(parsed)))
        _print_report(report.to_dict())
        sys.exit(1 if report.skipped else 0)
    for _, articles in parse_paths([p for p in paths if p.exists()], report, archive_root=root):
        for article in articles:
            if as_json:
                click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
            else:
                _print_article(article)
    _print_report(report.to_dict())
    sys.exit(1 if report.skipped else 0)


def _print_article(article) -> None:
    marker = "（标题由导语生成）" if article.title_derived else ""
    click.echo(f"== {article.title}{marker}")
    click.echo(f"   {article.path} #{article.ordinal}  id {article.id}")
    click.echo(f"   日期 {article.date or '未知'}  省份 {article.province or '未知'}  单位 {article.agency or '未知'}"
               f"  来源 {article.source or '—'}")
    if article.slogans:
        click.echo(f"   提法 {'、'.join(article.slogans)}")
    if article.people:
        roles = dict(article.roles)
        click.echo(f"   人物 {'、'.join(p + (f'（{roles[p]}）' if p in roles else '') for p in article.people)}")
    for paragraph in article.paragraphs:
        click.echo(f"   {paragraph}")
    click.echo("")


def _run_build(kind: str, archive, index_dir, processes):
    from dangjian.index.writer import build_index, update_index
    config = _config(archive, index_dir)
    if not config.archive.exists():
        raise click.UsageError(f"archive {config.archive} does not exist")
    run = build_index if kind == "reindex" else update_index
    try:
        result = run(config, progress=_progress(kind), processes=processes)
    except IndexBusy as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    data = result.to_dict()
    if kind == "update":
        click.echo(f"added {len(result.added)}, changed {len(result.changed)}, removed {len(result.removed)}",
                   err=True)
    _print_report(data)
    click.echo(f"{kind}: generation {result.generation} in {data['seconds']} s", err=True)


@main.command()
@ARCHIVE
@INDEX
@PROCESSES
def reindex(archive, index_dir, processes):
    """Rebuild the whole index into a new generation and switch to it atomically."""
    _run_build("reindex", archive, index_dir, processes)


@main.command()
@ARCHIVE
@INDEX
@PROCESSES
def update(archive, index_dir, processes):
    """Apply only new, changed and removed files to the index."""
    _run_build("update", archive, index_dir, processes)


def _engine(index_dir):
    from dangjian.search.engine import Engine
    return Engine(_config(None, index_dir).index)


@main.command()
@INDEX
@click.option("--json", "as_json", is_flag=True)
def stats(index_dir, as_json):
    """Show counts per facet, index size, when and from what it was built."""
    try:
        data = _engine(index_dir).stats()
    except NoIndex as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    click.echo(f"generation {data['generation']}  built {data['built_at']}  from {data['archive']}")
    click.echo(f"articles {data['articles']}  index size {data['index_bytes'] / 1e6:.1f} MB"
               + ("  (STALE analyzer: run dangjian reindex)" if data["stale"] else ""))
    for name, counts in data["facets"].items():
        top = "  ".join(f"{v} {c}" for v, c in list(counts.items())[:12])
        click.echo(f"{name} ({len(counts)}): {top}")


@main.command()
@click.argument("query", nargs=-1)
@click.option("--province", multiple=True, help="Filter by province (repeat for OR).")
@click.option("--agency", multiple=True)
@click.option("--slogan", multiple=True)
@click.option("--person", multiple=True)
@click.option("--year", multiple=True)
@click.option("--from", "date_from", help="From date: 2023, 2023-10 or 2023-10-26.")
@click.option("--to", "date_to", help="To date (inclusive), same forms.")
@click.option("--sort", type=click.Choice(["relevance", "date", "date_asc"]), default="relevance")
@click.option("--page", type=int, default=1)
@click.option("--limit", type=int, default=10)
@click.option("--json", "as_json", is_flag=True)
@INDEX
def search(query, province, agency, slogan, person, year, date_from, date_to, sort, page, limit,
           as_json, index_dir):
    """Search the index: words, "phrases", OR, -word, 省份:江苏 标题:… 日期:2023..2024."""
    from dangjian.search.engine import SearchRequest
    from dangjian.search.query import date_bound
    try:
        bounds = [date_bound(d) if d else None for d in (date_from, date_to)]
    except ValueError as exc:
        raise click.UsageError(str(exc))
    request = SearchRequest(
        query=" ".join(query),
        filters={"province": province, "agency": agency, "slogans": slogan, "people": person, "year": year},
        date_from=bounds[0], date_to=bounds[1], sort=sort, page=page, limit=limit)
    try:
        results = _engine(index_dir).search(request)
    except NoIndex as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    if as_json:
        click.echo(json.dumps(results.to_dict(), ensure_ascii=False))
        return
    _print_results(results)


def _print_results(results) -> None:
    if results.notice:
        click.echo(f"注意: {results.notice}", err=True)
    click.echo(f"{results.total} 篇  (第 {results.page}/{results.pages} 页, {results.elapsed_ms:.0f} ms)")
    for n, hit in enumerate(results.hits, start=(results.page - 1) * results.limit + 1):
        click.echo(f"{n}. {hit.title}  [{hit.date or '日期未知'} · {hit.province or '—'} · {hit.agency or '—'}]")
        for snippet in hit.snippets:
            # A terminal shows marks as 【】 and the escaped snippet as plain text.
            text = re.sub(r"</?mark>", lambda m: "【" if m.group() == "<mark>" else "】", snippet)
            click.echo(f"     {html.unescape(text)}")
    for name, values in results.facets.items():
        if values:
            shown = "  ".join(f"{'*' if v.selected else ''}{v.value} {v.count}" for v in values[:10])
            click.echo(f"  {name}: {shown}")

