"""The one place that knows the order of the stages: file → Page → Articles."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from .clean import page_lines
from .formats import FORMAT_MODULES, FORMATS
from .formats.pages import read_pages
from .metadata import extract_metadata
from .reader import UnreadableFile, guess_root, iter_page_files, read_page
from .records import Article, Page, Report
from .segment import segment_lines


PARSER_MODULES = ("reader", "clean", "segment", "metadata", "pipeline", "schema", "lexicon", *FORMAT_MODULES)


def parser_version() -> str:
    """Return a hash of the parsing code and data: articles from another version may differ.

    ``dangjian update`` rebuilds everything when it changed, so an index never
    mixes articles cut by two versions of the parser.
    """
    from .lexicon import lexicon_hash
    digest = hashlib.sha1(lexicon_hash().encode())
    for name in PARSER_MODULES:
        digest.update((Path(__file__).parent / f"{name}.py").read_bytes())
    return digest.hexdigest()[:16]


def article_id(page: Page, ordinal: int) -> str:
    """Return an id that stays the same across runs while the file is unchanged."""
    key = f"{page.path}\0{page.sha1}\0{ordinal}".encode()
    return hashlib.sha1(key).hexdigest()[:16]


def articles_from_page(page: Page, first: int = 1) -> list[Article]:
    """Cut a page into articles with their metadata; ordinals start at first."""
    articles = []
    for ordinal, piece in enumerate(segment_lines(page_lines(page.text)), start=first):
        if page.title and ordinal == first:        # issue 11: a title given by HTML markup wins
            piece.title, piece.title_derived = page.title, False
        meta = extract_metadata(piece.title, piece.paragraphs, piece.attribution, page.issue_date)
        articles.append(Article(
            id=article_id(page, ordinal), path=page.path, ordinal=ordinal,
            publication=page.publication, issue_date=page.issue_date, page=page.page,
            title=piece.title, title_derived=piece.title_derived,
            paragraphs=tuple(piece.paragraphs), attribution=piece.attribution,
            province=meta.province, agency=meta.agency, source=meta.source, date=meta.date,
            slogans=meta.slogans, people=meta.people, places=meta.places,
            pdf_page=page.pdf_page, extraction=page.extraction,
        ))
    return articles


def parse_file(path: Path, root: Path) -> tuple[Page, list[Article]]:
    """Read and parse one file; raise UnreadableFile when it yields nothing usable."""
    # issue 11: a PDF gives one Page per PDF page; ordinals run on through the file, so ids stay unique
    pages = read_pages(path, root) if path.suffix.lower() in FORMATS else [read_page(path, root)]
    articles = []
    for page in pages:
        articles += articles_from_page(page, first=len(articles) + 1)
    if not articles:
        raise UnreadableFile("no article found (only layout noise or titles)")
    return pages[0], articles


def root_for(path: Path, archive_root: Path | None) -> Path:
    """Return the root a path is relative to: the archive root if it lies inside, else itself."""
    if archive_root is not None:
        try:
            path.resolve().relative_to(archive_root.resolve())
            return archive_root.resolve()
        except ValueError:
            pass
    return path.resolve() if path.is_dir() else guess_root(path)


def parse_paths(paths: list[Path], report: Report, archive_root: Path | None = None,
                progress: Callable[[int, int, str], None] | None = None,
                ) -> Iterator[tuple[Page, list[Article]]]:
    """Yield (page, articles) for every page file under paths, recording skips in report.

    A bad file never stops the run: its reason goes into the report.
    """
    jobs = [(f.resolve(), root_for(p, archive_root)) for p in paths for f in iter_page_files(p)]
    for n, (path, root) in enumerate(jobs, start=1):
        rel = path.relative_to(root).as_posix()
        if progress:
            progress(n, len(jobs), rel)
        try:
            page, articles = parse_file(path, root)
        except UnreadableFile as exc:
            report.skip(rel, str(exc))
            continue
        except Exception as exc:   # a parser bug must cost one file, not the run
            report.skip(rel, f"internal error while parsing: {type(exc).__name__}: {exc}")
            continue
        report.files_read += 1
        report.articles += len(articles)
        yield page, articles
