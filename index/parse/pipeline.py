"""The one place that knows the order of the stages: file → Page → Articles."""
from __future__ import annotations

import hashlib
from datetime import date
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from .noise import article_ends, classify_page, source_lines
from .formats import FORMATS
from .formats.pages import read_pages
from .archive_facts import active_corrections, use_archive
from .corrections import apply_corrections
from .metadata import extract_metadata, page_province_hint
from .listing import not_a_page_file, rel_path, walk_archive
from .reader import UnreadableFile, guess_root, read_page
from .records import Article, LineFate, NoiseLine, Page, ParsedPage, Report
from .doubts import doubtful_cut
from .labeller import method_key, relabel, trace_decisions
from .openings import byline_names, source_of_byline
from .sources import paper_name
from .profile import EMPTY, ArchiveContext, archive_context, contexts_of, learn_archive  # noqa: F401 (the API)
from .segmentation import segment_lines
from .hints import apply_hints, keep_captions_apart
from .furniture import is_explaining_box
from .segmentation import box_ends, indented_lines
from .clean import unmarked_caption
from .conserve import REPLACED, rescue_lines



def parser_version() -> str:
    """Return a hash of the parsing code and data: articles from another version may differ.

    ``dangjian update`` rebuilds everything when it changed, so an index never
    mixes articles cut by two versions of the parser. Every module of this package counts.
    """
    from .lexicon import lexicon_hash
    digest = hashlib.sha1(lexicon_hash().encode() + method_key().encode())
    here = Path(__file__).parent
    for path in sorted(here.rglob("*.py")):
        digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def article_id(page: Page, ordinal: int) -> str:
    """Return an id that stays the same across runs while the file is unchanged."""
    key = f"{page.path}\0{page.sha1}\0{ordinal}".encode()
    return hashlib.sha1(key).hexdigest()[:16]


def with_profile(page: Page, context: ArchiveContext) -> Page:
    """Return the page with what the archive knows of its publication (kind, province hint)."""
    profile = context.of(page.publication)
    if profile.kind is None and profile.province is None:
        return page
    return replace(page, publication_kind=profile.kind, province_hint=profile.province)


def articles_from_page(page: Page, first: int = 1, context: ArchiveContext = EMPTY) -> list[Article]:
    """Cut a page into articles with their metadata; ordinals start at first.

    The same articles as :func:`parse_page`, without the fate of every line (an
    eighth of the parsing time), which the indexer does not use.
    """
    return _cut(page, first, context)[3]


LEFT_OVER = "left over: no article body next to it (a title or attribution alone)"


def _cut(page: Page, first: int, context: ArchiveContext = EMPTY) -> tuple[list, list[NoiseLine], list, list[Article]]:
    """Return the page's lines, its noise lines, the pieces segmentation cut and their articles."""
    lines, noise = classify_page(page.text, page.publication, context.of(page.publication).furniture,
                                 page.publication_kind)
    # issue 15 (formats): what a Word or HTML file's layout says of its lines (none for text pages)
    lines, noise = apply_hints(lines, noise, dict(page.line_hints), source_lines(page.text))
    boxes = frozenset(n.line for n in noise if n.reason.startswith("furniture: column label") and is_explaining_box(n.text))
    pieces = keep_captions_apart(segment_lines(lines, ends=article_ends(noise) | box_ends(lines, boxes),
                                               indented=indented_lines(page.text)))
    lines, noise, pieces = relabel(page, lines, noise, pieces)    # the method setting: rules, crf, combined
    if page.title and pieces:          # a title given by HTML markup wins over the text's
        pieces[0].title, pieces[0].title_derived = page.title, False
    hint = page_province_hint(page, pieces)      # metadata: a provincial paper's own 省民政厅 is its province
    infos = _piece_infos(page, pieces)        # a web page's 来源/作者 line(s): whose article each is
    stamps = _piece_stamps(page, pieces)      # a list page's entries: each its own date stamp
    articles = [_article(page, ordinal, piece, hint, infos.get(k), stamps.get(k))
                for k, (ordinal, piece) in enumerate(enumerate(pieces, start=first))]
    credited = infos if len(articles) == 1 or getattr(page, "info_lines", ()) or page.title else {}
    # the info line is its article's credit (metadata reads its fields)
    articles = [replace(a, attribution=credited[k]) if k in credited and not a.attribution else a
                for k, a in enumerate(articles)]
    articles = apply_corrections(articles, active_corrections(page.path), lambda n, piece: _article(page, n, piece, hint, getattr(page, "info_line", None)),
                                 lambda n: article_id(page, n), first)      # issue 17: the administrator's fixes
    return lines, noise, pieces, articles


def parse_page(page: Page, first: int = 1, context: ArchiveContext = EMPTY) -> ParsedPage:
    """Cut a page into articles (ordinals from first: a PDF's pages number on through the file);
    every line that went to none is a noise line with its reason."""
    page = with_profile(page, context)
    lines, noise, pieces, articles = _cut(page, first, context)
    fates = line_fates(lines, noise, pieces, source_lines(page.text))
    leftover = [NoiseLine(f.line, f.text, LEFT_OVER) for f in fates if f.fate == "unassigned"]
    if leftover:                # text segmentation could not place is listed, never dropped
        noise = sorted(noise + leftover, key=lambda n: n.line)
        fates = [replace(f, fate=f"noise: {LEFT_OVER}") if f.fate == "unassigned" else f for f in fates]
    rescued = rescue_lines(source_lines(page.text), articles, noise)
    if rescued:                 # text a stage replaced (not placed): listed, never dropped
        noise = sorted(noise + rescued, key=lambda n: n.line)
        fates = _with_rescued(fates, rescued)
    return ParsedPage(page, articles, noise, fates)


def _with_rescued(fates: list[LineFate], rescued: list[NoiseLine]) -> list[LineFate]:
    """The trace says of a rescued line both what a stage made of it and that its text is kept as noise."""
    kept = {n.line for n in rescued}
    return [replace(f, fate=f"{f.fate} + noise: {REPLACED}") if f.line in kept else f for f in fates]


def _piece_stamps(page: Page, pieces) -> dict[int, date]:
    """The date stamp of each entry (by piece index) of a portal's list page: the one standing at a line
    of the piece's text (Page.entry_stamps, from the HTML reader); an entry's own issue date."""
    at = dict(getattr(page, "entry_stamps", ()))
    found = {}
    for k, piece in enumerate(pieces):
        nos = [n for group in [piece.title_lines, *piece.groups] for line in group for n in getattr(line, "nos", ())]
        day = next((at[n] for n in nos if n in at), None)
        if day:
            found[k] = date.fromisoformat(day)
    return found


def _piece_infos(page: Page, pieces) -> dict[int, str]:
    """The info line of each piece (by index) on a page whose articles carry one each: the one
    standing at a line of the piece's text (Page.info_lines, from the HTML reader)."""
    lines = getattr(page, "info_lines", ())
    one = getattr(page, "info_line", None)
    if not lines:
        # one line for the page: the article the markup titles has it when others follow (a box of
        # its own text); else every article may read it (metadata), as before
        if not one:
            return {}
        return {0: one} if page.title and len(pieces) > 1 else dict.fromkeys(range(len(pieces)), one)
    at = dict(lines)
    found = {}
    for k, piece in enumerate(pieces):
        nos = [n for group in [piece.title_lines, *piece.groups] for line in group for n in getattr(line, "nos", ())]
        info = next((at[n] for n in nos if n in at), None)
        if info:
            found[k] = info
    return found


def _article(page: Page, ordinal: int, piece, hint: str | None = None, info: str | None = None,
             stamp=None) -> Article:
    meta = extract_metadata(piece.title, piece.paragraphs, piece.attribution, stamp or page.issue_date, hint,
                            publication=page.publication, kind=getattr(page, "publication_kind", None),
                            info=info, groups=[list(group) for group in getattr(piece, "groups", ())])
    if getattr(page, "listing", False) and not meta.source and not piece.attribution:
        meta = replace(meta, source=paper_name(page.publication))     # a list page's uncredited entry: the site's
    return Article(
        id=article_id(page, ordinal), path=page.path, ordinal=ordinal,
        publication=page.publication, issue_date=page.issue_date, page=page.page,
        title=piece.title, title_derived=piece.title_derived,
        paragraphs=tuple(unmarked_caption(p) for p in piece.paragraphs), attribution=piece.attribution,
        province=meta.province, agency=meta.agency,
        source=meta.source or source_of_byline(piece.attribution, page.publication), date=meta.date,
        slogans=meta.slogans, people=meta.people, places=meta.places, roles=meta.roles,
        pdf_page=page.pdf_page, extraction=page.extraction,
    )


def line_fates(lines, noise: list[NoiseLine], pieces, source: list[str]) -> list[LineFate]:
    """Return what became of every source line: noise with its reason, or its part of which article."""
    fates: dict[int, list[str]] = {}
    owner: dict[int, int] = {}

    def mark(line, fate: str, ordinal: int) -> None:
        # A line made of several source lines (a broken attribution or title): the later ones are joined.
        for k, n in enumerate(getattr(line, "nos", ())):
            for part in ([fate] if k == 0 or fate == "joined" else
                         ["joined"] + (["attribution"] if fate == "attribution" else [])):
                if part not in fates.setdefault(n, []):
                    fates[n].append(part)
            owner[n] = ordinal
    for ordinal, piece in enumerate(pieces, start=1):
        for k, line in enumerate(piece.title_lines):
            mark(line, "title" if k == 0 else "joined", ordinal)
        for g, group in enumerate(piece.groups):
            for k, line in enumerate(group):
                mark(line, ("lead" if g == 0 else "body") if k == 0 else "joined", ordinal)
        for line in [piece.attribution_line, *piece.more_attribution_lines]:
            if line is not None:
                mark(line, "attribution", ordinal)
    reasons = {n.line: n.reason for n in noise}
    out = []
    for line in lines:
        for n in line.nos:
            if n in reasons:
                fate = f"noise: {reasons[n]}"
            elif n in fates:
                fate = " + ".join(fates[n])
            else:
                fate = "unassigned" if line.strip() else "blank"
            out.append(LineFate(n, source[n - 1], fate, owner.get(n)))
    return out


def parse_file(path: Path, root: Path, keep_noise: bool = False, context: ArchiveContext = EMPTY):
    """Read and parse one file; raise UnreadableFile when it yields nothing usable.

    Return (page, articles), or with keep_noise the whole :class:`ParsedPage`.
    context is what the run learned of the archive's publications (:func:`archive_context`).
    """
    use_archive(root)                  # the archive's own slogan terms and corrections
    if path.suffix.lower() in FORMATS:
        return _parse_document(path, root, keep_noise, context)
    page = with_profile(read_page(path, root), context)
    if not keep_noise:                 # the indexer's case: the articles are all it needs
        articles = articles_from_page(page, context=context)
        if articles:
            return page, articles
    parsed = parse_page(page, context=context)   # the trace, or the reason a page gave no article
    if not parsed.articles:
        raise UnreadableFile(no_article_reason(parsed))
    return parsed if keep_noise else (page, parsed.articles)


def parsed_pages_of(path: Path, root: Path, context: ArchiveContext = EMPTY) -> list[ParsedPage]:
    """Parse every page of a file: a text page, or each page of a PDF, HTML or Word file, with
    ordinals running on through the file so ids stay unique."""
    use_archive(root)
    if path.suffix.lower() not in FORMATS:
        return [parse_page(read_page(path, root), context=context)]
    out: list[ParsedPage] = []
    for page in read_pages(path, root):
        out.append(parse_page(page, first=sum(len(p.articles) for p in out) + 1, context=context))
    return out


def _parse_document(path: Path, root: Path, keep_noise: bool, context: ArchiveContext = EMPTY):
    """Parse a PDF, HTML or Word file into (first page, all its articles)."""
    parsed_pages = parsed_pages_of(path, root, context)
    articles = [a for p in parsed_pages for a in p.articles]
    if not articles:
        raise UnreadableFile(no_article_reason(parsed_pages[0]) if parsed_pages else "no article found")
    if keep_noise:
        first = parsed_pages[0]
        return ParsedPage(first.page, articles, [n for p in parsed_pages for n in p.noise],
                          [f for p in parsed_pages for f in p.fates])
    return parsed_pages[0].page, articles


def no_article_reason(parsed: ParsedPage) -> str:
    """Say why a page gave no article: what its lines were instead."""
    kinds = sorted({n.reason.split(":")[0].split(" (")[0] for n in parsed.noise})
    return "no article found: every line is layout noise or left over" + (f" ({', '.join(kinds)})" if kinds else "")


def root_for(path: Path, archive_root: Path | None) -> Path:
    """Return the root a path is relative to: the archive root if it lies inside, else itself."""
    if archive_root is not None:
        try:
            path.resolve().relative_to(archive_root.resolve())
            return archive_root.resolve()
        except ValueError:
            pass
    return path.resolve() if path.is_dir() else guess_root(path)


def page_jobs(paths: list[Path], report: Report, archive_root: Path | None = None) -> list[tuple[Path, Path]]:
    """Return (page file, its root) for every page under paths; report what is left out, with why.

    Folders are listed exactly as ``reindex`` lists the archive (links leaving
    it, loops, unreadable folders are reported, not followed), and the reasons
    carry the same words and the same paths relative to the root.
    """
    jobs = []
    for p in paths:
        root = root_for(p, archive_root)
        if p.is_file() or p.is_symlink() and not p.is_dir():
            reason = _explicit_file_reason(p, archive_root)
            if reason:
                report.skip(rel_path(p.absolute(), archive_root.resolve()), reason)
            else:
                jobs.append((p.resolve(), root))
            continue
        listing, prefix = walk_archive(p), _prefix(p, root)
        for rel, reason in listing.skipped:
            report.skip(prefix.rstrip("/") if rel == "." and prefix else f"{prefix}{rel}", reason)
        jobs += [(f.resolve(), root) for f in listing.files]
    return jobs


def _explicit_file_reason(path: Path, archive_root: Path | None) -> str | None:
    """Return why a file named on the command line inside the archive is left out (a link leaving it)."""
    if archive_root is None or not path.is_symlink():
        return None
    try:
        path.absolute().relative_to(archive_root.resolve())
    except ValueError:
        return None                 # a link outside the archive was named on purpose: read it
    return not_a_page_file(path, archive_root.resolve())


def _prefix(folder: Path, root: Path) -> str:
    """Return folder relative to root as a path prefix ("" for the root itself)."""
    real = folder.resolve()
    return "" if real == root else rel_path(real, root) + "/"


def parse_paths(paths: list[Path], report: Report, archive_root: Path | None = None,
                progress: Callable[[int, int, str], None] | None = None,
                ) -> Iterator[tuple[Page, list[Article]]]:
    """Yield (page, articles) for every page file under paths, recording skips in report.

    A bad file never stops the run: its reason goes into the report.
    """
    jobs = page_jobs(paths, report, archive_root)
    contexts = contexts_of(jobs, report)
    for n, (path, root) in enumerate(jobs, start=1):
        rel = path.relative_to(root).as_posix()
        if progress:
            progress(n, len(jobs), rel)
        parsed = _guarded(lambda: parse_file(path, root, context=contexts[root]), rel, report)
        if parsed is None:
            continue
        page, articles = parsed
        report.files_read += 1
        report.articles += len(articles)
        for warning in page.warnings:          # read all the same: a sidecar ignored, and why
            report.warn(rel, warning)
        yield page, articles


def _guarded(parse, rel: str, report: Report):
    """Run parse(); a bad file costs itself, never the run: its reason goes into the report (→ None)."""
    try:
        return parse()
    except UnreadableFile as exc:
        report.skip(rel, str(exc))
    except Exception as exc:   # a parser bug must cost one file, not the run
        report.skip(rel, f"internal error while parsing: {type(exc).__name__}: {exc}")
    return None


def trace_paths(paths: list[Path], report: Report, archive_root: Path | None = None) -> Iterator[ParsedPage]:
    """Yield every readable page with the fate of each of its lines, pages without articles too.

    A page without articles is still recorded as skipped in the report, with its reason.
    """
    jobs = page_jobs(paths, report, archive_root)
    contexts = contexts_of(jobs, report)
    for path, root in jobs:
        rel = path.relative_to(root).as_posix()
        pages = _guarded(lambda: parsed_pages_of(path, root, contexts[root]), rel, report)
        if pages is None:
            continue
        found = sum(len(p.articles) for p in pages)
        for warning in pages[0].page.warnings if pages else ():
            report.warn(rel, warning)
        if found:
            report.files_read += 1
            report.articles += found
        else:
            report.skip(rel, no_article_reason(pages[0]) if pages else "no article found")
        yield from pages


def format_trace(parsed: ParsedPage) -> list[str]:
    """Return the trace of a page as text lines: number, fate, article, source text."""
    out = [f"# {parsed.page.path}: {len(parsed.articles)} articles, {len(parsed.noise)} noise lines"]
    out += [f"# doubtful cut: {doubt}" for doubt in doubtful_cut(parsed.articles)]
    model = trace_decisions(parsed.page)      # where the labeller decided: its role and confidence
    for fate in parsed.fates:
        where = f"#{fate.article}" if fate.article else ""
        role = f"  [{model[fate.line][0]} {model[fate.line][1]:.2f}]" if fate.line in model else ""
        out.append(f"{fate.line:>5}  {fate.fate:<44} {where:>4}  {fate.text}{role}")
    return out
