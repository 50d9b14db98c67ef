"""What the archive says about each publication: its kind, its province, its furniture.

Read once per run, before any page is parsed, and handed to every worker:

- ``publications.toml`` at the archive root (optional), where an administrator states
  a publication's province and kind::

      [publications."浙江日报"]
      province = "浙江"
      kind = "provincial"      # national | provincial | county | magazine | bulletin | theory

- what the archive itself shows: the lines each publication repeats across its issues
  (:func:`.furniture.learn_furniture`), and, when the file names none, the province its
  pages name overwhelmingly (a provincial daily names its own province's bodies).
"""
from __future__ import annotations

import hashlib
import json
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .formats import FORMATS
from .formats.pages import read_pages
from .furniture import learn_furniture
from .lexicon import load_lexicon
from .listing import rel_path, walk_archive
from .reader import ReadFailed, read_page
from .records import Report

PROFILE_FILE = "publications.toml"
LEARNED_SUFFIXES = (".txt", ".docx")   # cheap to read twice; a PDF's text is read once, when parsed
COUNTRYWIDE = ("national", "theory", "magazine")      # kinds that have no province of their own
KINDS = ("national", "provincial", "county", "magazine", "bulletin", "theory")
MIN_PAGES_FOR_PROVINCE = 3      # pages naming a province before one is inferred
PROVINCE_SHARE = 0.7            # of those pages, the share that must name the same one


class ProfileError(ValueError):
    """publications.toml cannot be used (the message says where and why)."""


@dataclass(frozen=True)
class Profile:
    """One publication as the archive knows it."""

    kind: str | None = None
    province: str | None = None
    province_from: str | None = None              # "publications.toml" | "inferred"
    furniture: dict[str, int] = field(default_factory=dict)   # recurring line key → issues printing it
    complete: bool = True        # False when some of its pages could not be read for this run


@dataclass(frozen=True)
class ArchiveContext:
    """The profiles of an archive's publications, learned once per run."""

    profiles: dict[str, Profile] = field(default_factory=dict)

    def of(self, publication: str | None) -> Profile:
        return self.profiles.get(publication or "", Profile())

    def digests(self) -> dict[str, str]:
        """Return a hash of what was learned per publication whose pages could all be read:
        the articles of a publication whose hash changed may differ. Which lines are furniture
        counts, not in how many issues each recurs: the parser asks only whether a line is learned
        (the count is in a noise line's reason, never in an article), and with the count every page
        added or removed from a publication would rebuild the whole index."""
        return {pub: hashlib.sha1(json.dumps([p.kind, p.province, p.province_from, sorted(p.furniture)],
                                             ensure_ascii=False).encode()).hexdigest()[:16]
                for pub, p in sorted(self.profiles.items()) if p.complete}

    def digest(self) -> str:
        """Return one hash of :meth:`digests`."""
        return hashlib.sha1(json.dumps(self.digests(), ensure_ascii=False).encode()).hexdigest()[:16]

    def changed_since(self, before: dict | None) -> list[str]:
        """Return the publications, readable now and known before, whose learned profile changed.

        A publication gone (removed, or unreadable for now) changes no other's articles:
        what is learned is per publication.
        """
        if not isinstance(before, dict):
            return sorted(self.digests()) if before is not None else ["(no record of what was learned)"]
        now = self.digests()
        return sorted(pub for pub, digest in now.items() if pub in before and before[pub] != digest)


EMPTY = ArchiveContext()


def read_profiles(root: Path) -> dict[str, dict]:
    """Return the stated profiles of publications.toml at root ({} without one); raise ProfileError."""
    path = root / PROFILE_FILE
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{PROFILE_FILE}: cannot be read: {exc}")
    stated = data.get("publications", {})
    if not isinstance(stated, dict) or not all(isinstance(v, dict) for v in stated.values()):
        raise ProfileError(f"{PROFILE_FILE}: expected [publications.\"name\"] tables")
    for name, entry in stated.items():
        _check_entry(name, entry)
    return stated


def _check_entry(name: str, entry: dict) -> None:
    kind, province = entry.get("kind"), entry.get("province")
    if kind is not None and kind not in KINDS:
        raise ProfileError(f"{PROFILE_FILE}: {name}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if province is not None and load_lexicon().provinces.get(str(province)) is None:
        raise ProfileError(f"{PROFILE_FILE}: {name}: province {province!r} is not a province")


def build_context(root: Path | None, pages: list[tuple[str | None, str, str]],
                  incomplete: frozenset[str] = frozenset()) -> ArchiveContext:
    """Return the archive's context from its profile file (none when root is None) and
    (publication, issue, text) of its pages."""
    stated = read_profiles(root) if root is not None else {}
    furniture = learn_furniture(pages)
    inferred = infer_provinces(pages)
    lex = load_lexicon()
    profiles = {}
    for pub in set(stated) | set(furniture) | set(inferred) | {p for p, _i, _t in pages if p} | set(incomplete):
        entry = stated.get(pub, {})
        province = lex.provinces.get(str(entry["province"])) if entry.get("province") else None
        if entry.get("kind") in COUNTRYWIDE:
            inferred.pop(pub, None)     # a national paper's pages may lean to one province: it has none
        profiles[pub] = Profile(
            kind=entry.get("kind"),
            province=province or inferred.get(pub),
            province_from="publications.toml" if province else ("inferred" if pub in inferred else None),
            furniture=furniture.get(pub, {}), complete=pub not in incomplete)
    return ArchiveContext(profiles)


def infer_provinces(pages: list[tuple[str | None, str, str]]) -> dict[str, str]:
    """Return the province of each publication whose pages name one province overwhelmingly.

    Each page votes for the province it names most (directly or through a city or
    county); a national paper's pages vote all over the country and get none.
    """
    from .metadata import choose_province, places_in   # metadata is the heavier import
    lex = load_lexicon()
    votes: dict[str, Counter] = defaultdict(Counter)
    for publication, _issue, text in pages:
        if publication:
            votes[publication][choose_province([], None, places_in(text, lex), text, lex)] += 1
    out = {}
    for pub, counts in votes.items():
        counts.pop(None, None)
        named = sum(counts.values())
        if counts and named >= MIN_PAGES_FOR_PROVINCE:
            province, n = counts.most_common(1)[0]
            if n >= PROVINCE_SHARE * named:
                out[pub] = province
    return out


def archive_context(root: Path, files: list[Path], profiles: bool = True) -> ArchiveContext:
    """Learn what the archive says about its publications from the page files given (their
    text layers and Word files) and, with profiles, ``publications.toml``; raise ProfileError
    when that file cannot be used."""
    pages, incomplete = [], set()
    for path in files:
        if path.suffix.lower() not in LEARNED_SUFFIXES:
            continue
        try:
            found = read_pages(path, root) if path.suffix.lower() in FORMATS else [read_page(path, root)]
        except ReadFailed:         # cannot be read now: what its publication shows is incomplete
            incomplete.add(rel_path(path, root).split("/")[0])      # its publication folder
            continue
        except Exception:          # noqa: BLE001 — a file that is not a page is reported when it is parsed
            continue
        pages += [(p.publication, str(p.issue_date or Path(p.path).parent), p.text) for p in found]
    return build_context(root if profiles else None, pages, frozenset(incomplete))


def learn_archive(root: Path, files: list[Path]) -> tuple[ArchiveContext, str | None]:
    """Return the archive's context for a run, and why publications.toml was left out when it
    could not be used (the run goes on with what the pages show)."""
    try:
        return archive_context(root, files), None
    except ProfileError as exc:
        return archive_context(root, files, profiles=False), str(exc)


def publication_files(root: Path, paths: list[Path]) -> list[Path]:
    """Return the page files of the publications the given files belong to (their siblings under root)."""
    folders = set()
    for path in paths:
        try:
            rel = path.resolve().relative_to(root.resolve())
        except ValueError:
            continue
        if len(rel.parts) > 1:
            folders.add(root / rel.parts[0])
    return [f for folder in sorted(folders) for f in walk_archive(folder).files]


def contexts_of(jobs: list[tuple[Path, Path]], report: Report) -> dict[Path, ArchiveContext]:
    """Learn the context of each root of the jobs from the publications they belong to.

    A page named alone learns from its publication folder's siblings; a bad
    publications.toml is reported (as a skip of that file) and the run goes on without it.
    """
    by_root: dict[Path, list[Path]] = {}
    for path, root in jobs:
        by_root.setdefault(root, []).append(path)
    out = {}
    for root, paths in by_root.items():
        out[root], problem = learn_archive(root, publication_files(root, paths))
        if problem:
            report.skip(PROFILE_FILE, problem)
    return out
