"""The admin CLI, ``dangjian``: a thin layer over the library.

Exit status: 0 success, 1 some files were skipped (parse) or nothing found to
do, 2 usage errors, 3 the index is busy, missing or damaged, or a build failed.
No traceback reaches the user: known failures are one line naming the fix.
"""
from __future__ import annotations

import html
import json
import os
import re
import sqlite3
import sys
from pathlib import Path

import click

from dangjian.index.config import ConfigError, load_config
from dangjian.index.generations import IndexBusy, IndexLocationError, NoIndex
from dangjian.index.parse import Report, terminal_safe
from dangjian.index.store.base import StoreUnavailable
from dangjian.search.request import SORTS

ARCHIVE = click.option("--archive", envvar="DANGJIAN_ARCHIVE", type=click.Path(path_type=Path),
                       help="Archive root [env DANGJIAN_ARCHIVE, config file, default ./archive].")
INDEX = click.option("--index", "index_dir", envvar="DANGJIAN_INDEX", type=click.Path(path_type=Path),
                     help="Index directory [env DANGJIAN_INDEX, config file, default ./var/index].")


def _say(text: str, err: bool = False) -> None:
    """Print a line for a terminal: control characters from archive files (ESC, BEL, U+202E) escaped."""
    click.echo(terminal_safe(text), err=err)


PROCESSES = click.option("--processes", type=int, default=None,
                         help="Worker processes for parsing and tokenizing (default: one per core).")


def _config(archive=None, index_dir=None):
    try:
        return load_config(archive, index_dir)
    except ConfigError as exc:
        raise click.UsageError(str(exc))


def _progress(label: str):
    """Return a progress bar with rate and ETA on a terminal, or a plain line every 5%."""
    from dangjian.index.progress import ProgressBar
    return ProgressBar(label)


def _print_report(report: dict) -> None:
    warnings = report.get("warnings") or []
    _say(f"files read: {report['files_read']}, articles: {report['articles']}, "
         f"skipped: {len(report['skipped'])}" + (f", warnings: {len(warnings)}" if warnings else ""), err=True)
    for item in report["skipped"]:
        _say(f"  skipped {item['path']}: {item['reason']}", err=True)
    for item in warnings:            # files indexed all the same (a sidecar ignored, and why)
        _say(f"  warning {item['path']}: {item['reason']}", err=True)


class _Group(click.Group):
    """Turn every known failure into one line and an exit status, never a traceback."""

    def invoke(self, ctx):
        from dangjian.index.writer import ArchiveEmpty, IndexWriteError
        try:
            return super().invoke(ctx)
        except IndexLocationError as exc:
            raise click.UsageError(str(exc))
        except (NoIndex, IndexWriteError, ArchiveEmpty) as exc:
            _fail(str(exc))
        except ConfigError as exc:       # e.g. the solr store's ZooKeeper unreachable: a usage error, one line
            _fail(str(exc), 2)
        except StoreUnavailable as exc:  # e.g. no Solr node answered: the servers' state, not a bug
            _fail(str(exc))
        except BrokenPipeError:          # output piped into head: not an error worth a message
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:   # noqa: BLE001 — a damaged segment surfaces here as anything
            if os.environ.get("DANGJIAN_DEBUG"):
                raise
            _fail(*_damage_or_internal(ctx, exc))


def _fail(message: str, code: int = 3):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _damage_or_internal(ctx, exc: Exception) -> tuple[str, int]:
    """Return (message, exit status): the damage behind exc if the live generation fails its checksums."""
    from dangjian.index import checksums, generations
    root = ctx.meta.get("dangjian.index")
    try:
        live = generations.current_dir(root) if root else None
        problems = checksums.verify_generation(live, quick=False) if live else []
    except Exception:   # noqa: BLE001 — the check itself failing says the same
        problems = []
    if problems:
        return checksums.damage_message(live, problems), 3
    return (f"internal error: {type(exc).__name__}: {exc} "
            "(set DANGJIAN_DEBUG=1 for the traceback, and please report it)"), 1


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
    from dangjian.index.parse import format_trace, parse_paths, trace_paths
    root = _config(archive).archive
    report = Report()
    present = [p for p in paths if p.exists() or p.is_symlink()]     # a broken link is reported as one
    for path in paths:
        if path not in present:
            report.skip(str(path), "no such file or directory")
    if trace:
        for parsed in trace_paths(present, report, archive_root=root):
            _say("\n".join(format_trace(parsed)))
        _print_report(report.to_dict())
        sys.exit(1 if report.skipped else 0)
    for _, articles in parse_paths(present, report, archive_root=root):
        for article in articles:
            if as_json:
                click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
            else:
                _print_article(article)
    _print_report(report.to_dict())
    sys.exit(1 if report.skipped else 0)


def _print_article(article) -> None:
    marker = "（标题由导语生成）" if article.title_derived else ""
    _say(f"== {article.title}{marker}")
    _say(f"   {article.path} #{article.ordinal}  id {article.id}")
    _say(f"   日期 {article.date or '未知'}  省份 {article.province or '未知'}  单位 {article.agency or '未知'}"
               f"  来源 {article.source or '—'}")
    if article.slogans:
        _say(f"   提法 {'、'.join(article.slogans)}")
    if article.people:
        roles = dict(article.roles)
        _say(f"   人物 {'、'.join(p + (f'（{roles[p]}）' if p in roles else '') for p in article.people)}")
    for paragraph in article.paragraphs:
        _say(f"   {paragraph}")
    _say("")


def _run_build(kind: str, archive, index_dir, processes, allow_empty=False):
    from dangjian.index.words import segmenter_name
    from dangjian.index.writer import build_index, update_index
    from dangjian.index import limits
    config = _config(archive, index_dir)
    try:
        segmenter_name()                  # a bad DANGJIAN_TOKENIZER fails here, not in every worker
        limits.current()                  # and a bad [limits] table here, not as every file's skip reason
    except (ValueError, ConfigError) as exc:
        raise click.UsageError(str(exc))
    if not config.archive.exists() and not allow_empty:
        raise click.UsageError(f"archive {config.archive} does not exist (an unmounted share?); "
                               "pass --allow-empty to build an empty index anyway")
    run = build_index if kind == "reindex" else update_index
    try:
        result = run(config, progress=_progress(kind), processes=processes, allow_empty=allow_empty)
    except IndexBusy as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    data = result.to_dict()
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    if kind == "update":
        click.echo(f"added {len(result.added)}, changed {len(result.changed)}, removed {len(result.removed)}",
                   err=True)
    _print_report(data)
    click.echo(f"{kind}: generation {result.generation} in {data['seconds']} s", err=True)


ALLOW_EMPTY = click.option("--allow-empty", is_flag=True,
                           help="Build even when the archive is missing or holds no page (empties the index).")


@main.command()
@ARCHIVE
@INDEX
@PROCESSES
@ALLOW_EMPTY
def reindex(archive, index_dir, processes, allow_empty):
    """Rebuild the whole index into a new generation and switch to it atomically."""
    _run_build("reindex", archive, index_dir, processes, allow_empty)


@main.command()
@ARCHIVE
@INDEX
@PROCESSES
@ALLOW_EMPTY
def update(archive, index_dir, processes, allow_empty):
    """Apply only new, changed and removed files to the index."""
    _run_build("update", archive, index_dir, processes, allow_empty)


@main.command()
@ARCHIVE
@INDEX
@click.option("--json", "as_json", is_flag=True)
def check(archive, index_dir, as_json):
    """Prove every archive file is indexed or skipped with its reason, and the index is intact.

    Exit 0 all accounted for, 1 the archive changed since the build (run update),
    3 the index is damaged or missing (run reindex).
    """
    from dangjian.index.check import check_index
    from dangjian.index.parse import review_corrections
    config = _config(archive, index_dir)
    report = check_index(config)
    fixes, problems = review_corrections(config.archive) if config.archive.is_dir() else (0, [])
    problems += _archive_files_after_build(config)
    if as_json:
        click.echo(json.dumps(report.to_dict() | {"corrections": fixes, "correction_problems": [
            p.to_dict() for p in problems]}, ensure_ascii=False, indent=1))
    else:
        _say("\n".join(report.lines() + [p.line() for p in problems]))
        if fixes:
            _say(f"corrections: {fixes} in corrections.toml, {len(problems)} problem(s)")
    # a correction that no longer fits its page is the archive changing under it: exit 1 at least
    sys.exit(max(report.exit_code(), 1 if problems else 0))


def _archive_files_after_build(config) -> list:
    """Say when slogans.toml or corrections.toml was written after the live generation was built."""
    from dangjian.index.generations import live_name_or_none
    from dangjian.index.parse import changed_since
    try:
        name = live_name_or_none(config.index)
        meta = config.index / name / "meta.json" if name else None
        return changed_since(config.archive, meta.stat().st_mtime) if meta and meta.is_file() else []
    except Exception:      # noqa: BLE001 — damage is check_index's to report, with its fix
        return []


@main.command()
@ARCHIVE
@click.option("--suggest", is_flag=True, help="List candidate new 提法 the archive quotes that no list has yet.")
@click.option("--min-count", type=int, default=2, show_default=True,
              help="With --suggest: articles that must quote a term other than a numbered formulation.")
@click.option("--json", "as_json", is_flag=True)
def slogans(archive, suggest, min_count, as_json):
    """List the slogan terms (提法) in effect — the bundled list and the archive's slogans.toml — or,
    with --suggest, candidate new ones found in the archive, with counts and an example each."""
    from dangjian.index.parse import ARCHIVE_SLOGANS, load_lexicon, read_archive_slogans
    root = _config(archive).archive
    bundled, own = load_lexicon().slogans, read_archive_slogans(root)
    if not suggest:
        rows = [{"term": t, "from": "bundled"} for t in bundled] + [
            {"term": t, "from": f"{ARCHIVE_SLOGANS}"} for t in own if t not in bundled]
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False) if as_json else f"{row['term']}\t{row['from']}")
        return
    _suggest_slogans(root, bundled + own, min_count, as_json)


def _suggest_slogans(root: Path, known: tuple[str, ...], min_count: int, as_json: bool) -> None:
    from dangjian.index.parse import parse_paths, suggest_slogans
    if not root.is_dir():
        _fail(f"no archive at {root}: name one with --archive", 2)
    report = Report()
    articles = [a for _, found in parse_paths([root], report, archive_root=root) for a in found]
    for s in suggest_slogans(articles, known, min_count):
        _say(json.dumps(s.to_dict(), ensure_ascii=False) if as_json else
                   f"{s.count:>4}  {s.term}  ({'numbered' if s.kind == 'numbered' else 'recurring quote'})"
                   f"  e.g. {s.example}: {s.context}")
    if not as_json:
        click.echo(f"# {len(articles)} articles read; add a term to terms = [...] in {root / 'slogans.toml'} to make it a 提法")


def _engine(index_dir):
    from dangjian.search.engine import Engine
    root = _config(None, index_dir).index
    click.get_current_context().meta["dangjian.index"] = root     # for naming damage on a failure
    return Engine(root)


@main.command()
@INDEX
@click.option("--json", "as_json", is_flag=True)
def stats(index_dir, as_json):
    """Show counts per facet, index size, when and from what it was built."""
    try:
        data = _engine(index_dir).stats()
    except NoIndex as exc:
        _say(f"error: {exc}", err=True)
        sys.exit(3)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    _say(f"generation {data['generation']}  built {data['built_at']}  from {data['archive']}")
    _say(f"articles {data['articles']}  index size {data['index_bytes'] / 1e6:.1f} MB"
               + ("  (STALE analyzer: run dangjian reindex)" if data["stale"] else ""))
    for name, counts in data["facets"].items():
        top = "  ".join(f"{v} {c}" for v, c in list(counts.items())[:12])
        _say(f"{name} ({len(counts)}): {top}")


_WORD = "\x00"            # marks an argument as a query word; argv can never contain NUL


def _is_query_word(arg: str) -> bool:
    """-培训, -"模范机关", -省份:江苏, -2023 are negated query words; -h, -x and --limit are options."""
    return len(arg) > 1 and arg[0] == "-" and not (arg[1].isascii() and (arg[1].isalpha() or arg[1] == "-"))


class SearchCommand(click.Command):
    """Read negated query words as words, so a mistyped --option still fails as one."""

    def parse_args(self, ctx, args):
        return super().parse_args(ctx, [_WORD + a if _is_query_word(a) else a for a in args])


@main.command(cls=SearchCommand)
@click.argument("query", nargs=-1)
@click.option("--province", multiple=True, help="Filter by province (repeat for OR).")
@click.option("--agency", multiple=True)
@click.option("--slogan", multiple=True)
@click.option("--person", multiple=True)
@click.option("--year", multiple=True)
@click.option("--publication", multiple=True)
@click.option("--source", multiple=True)
@click.option("--from", "date_from", help="From date: 2023, 2023-10, 2023-10-26, 2023年10月, 2023.10 or 2023/10/26.")
@click.option("--to", "date_to", help="To date (inclusive), same forms.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance")
@click.option("--page", type=int, default=1)
@click.option("--limit", type=int, default=10)
@click.option("--json", "as_json", is_flag=True)
@INDEX
def search(query, date_from, date_to, sort, page, limit, as_json, index_dir, **facet_options):
    """Search the index: words, "phrases", OR, -word, 省份:江苏 标题:… 日期:2023..2024."""
    from dangjian.search.request import SearchRequest
    # The same request object as the site's: bad dates and values become notices, not errors.
    params = {"q": " ".join(q.removeprefix(_WORD) for q in query), "from": date_from or "", "to": date_to or "", "sort": sort,
              "page": str(page), "limit": str(limit), **{k: list(v) for k, v in facet_options.items()}}
    request = SearchRequest.from_params(params)
    bad = [n.message for n in request.notices if n.code == "bad_date"]
    if bad:                  # on the command line a mistyped date is a usage error, not a notice
        raise click.UsageError(" ".join(bad))
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
        _say(f"注意: {results.notice}", err=True)
    _say(f"{results.total} 篇  (第 {results.page}/{results.pages} 页, {results.elapsed_ms:.0f} ms)")
    for n, hit in enumerate(results.hits, start=(results.page - 1) * results.limit + 1):
        _say(f"{n}. {hit.title}  [{hit.date or '日期未知'} · {hit.province or '—'} · {hit.agency or '—'}]")
        for snippet in hit.snippets:
            # A terminal shows marks as 【】 and the escaped snippet as plain text.
            text = re.sub(r"</?mark>", lambda m: "【" if m.group() == "<mark>" else "】", snippet)
            _say(f"     {html.unescape(text)}")
    for name, values in results.facets.items():
        if values:
            shown = "  ".join(f"{'*' if v.selected else ''}{v.value} {v.count}" for v in values.values[:10])
            _say(f"  {name}: {shown}")



@main.command()
@click.option("--since", required=True, help="First indexed on or after this date: 2024-06-01, 2024-06 or 2024.")
@click.option("--saved", "name", help="Only the saved search of this name.")
@click.option("--user", help="Only this user's saved searches (a site with basic auth); '' is the shared list.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of stdout.")
@click.option("--base-url", default="", help="Site address for article links, e.g. http://intranet:8080.")
@click.option("--json", "as_json", is_flag=True)
@INDEX
def digest(since, name, user, output, base_url, as_json, index_dir):
    """Print the articles first indexed since a date, per saved search (the site's "我的检索")."""
    from dangjian.search.query import date_bound
    from dangjian.web.newness import digest as run_digest, format_digest
    from dangjian.web.saved import FILENAME, SavedStore
    try:
        since = date_bound(since)
    except ValueError as exc:
        raise click.UsageError(str(exc))
    config = _config(None, index_dir)
    store = SavedStore(config.index / FILENAME)
    try:
        found = run_digest(_engine(index_dir), store, since, name, user)
    except NoIndex as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    except sqlite3.Error as exc:
        click.echo(f"error: cannot read the saved searches at {store.path}: {exc}", err=True)
        sys.exit(3)
    if name is not None and not found:
        raise click.UsageError(f"no saved search named {name!r}")
    text = format_digest(found, since, base_url, as_json)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output} ({sum(len(f['hits']) for f in found)} articles)", err=True)
    else:
        click.echo(text, nl=False)
    sys.exit(0 if any(f["hits"] for f in found) else 1)

@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface of the intranet).")
@click.option("--port", type=int, default=8080, show_default=True, help="Port (0 picks a free one).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes (forked; on Windows always 1).")
@click.option("--threads", type=click.IntRange(1, 256), default=8, show_default=True,
              help="Threads per worker.")
@ARCHIVE
@INDEX
def serve(host, port, workers, threads, archive, index_dir):
    """Serve the search site (waitress); index the archive first when there is no index."""
    from dangjian.index.config import load_users
    from dangjian.index.generations import current_dir
    from dangjian.web import create_app
    from dangjian.web.server import address_of, bind, serve as run
    config = _config(archive, index_dir)
    try:
        users = load_users()
    except ConfigError as exc:
        raise click.UsageError(str(exc))
    try:
        current_dir(config.index)
    except NoIndex:
        click.echo(f"no index at {config.index}: indexing {config.archive} first", err=True)
        _run_build("reindex", archive, index_dir, None)
    try:
        sock = bind(host, port)
    except OSError as exc:
        raise click.UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    login = f"; basic auth for {len(users)} user(s)" if users else ""
    click.echo(f"检索网站已启动：{address_of(sock, host)}  (Ctrl+C 停止; {workers} worker(s) × {threads} threads{login})")
    run(lambda: create_app({"INDEX": config.index, "ARCHIVE": config.archive, "AUTH_USERS": users}),
        sock, workers, threads)
