"""The facts the indexer knows, loaded once from index/parse/data/.

Places, slogan terms, agency suffixes, roles and surnames are data, not code:
staff can correct a table without touching a regular expression.
"""
from __future__ import annotations

import functools
import hashlib
import re
import dataclasses
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

# The publication's own name for itself, one definition for every stage (datelines, bylines, sources, dates):
# a paper says 本报, a magazine 本刊, a site 本网, a station or county media centre 本台. Its forms:
# 本报讯 (OWN_NEWS), 本报记者 / 本刊特约通讯员 (OWN_REPORTER), 本报评论员 / 本刊编辑部 (OWN_DESK).
OWN_MEDIA = ("本报", "本刊", "本网", "本台")
OWN_MEDIUM = "(?:" + "|".join(OWN_MEDIA) + ")"
OWN_NEWS = OWN_MEDIUM + "讯"
OWN_REPORTER = OWN_MEDIUM + "(?:特约|见习|首席)?(?:记者|通讯员)"
OWN_DESK = OWN_MEDIUM + "(?:特约)?(?:评论员|编辑部|评论部)"
DATA_FILES = ("provinces.tsv", "places.tsv", "slogans.txt", "agency_suffixes.txt",
              "roles.txt", "surnames.txt", "labels.txt", "national_bodies.txt", "publication_cues.tsv")


@dataclass(frozen=True)
class Lexicon:
    provinces: dict[str, str]        # any name of a province → its short form
    province_full: dict[str, str]    # short form → full name
    places: dict[str, str]           # prefecture / county name → province short form
    slogans: tuple[str, ...]
    agency_suffixes: tuple[str, ...]
    roles: tuple[str, ...]
    surnames: frozenset[str]
    labels: frozenset[str]
    national_bodies: tuple[str, ...] = ()
    publication_cues: dict[str, str] = dataclasses.field(default_factory=dict)   # 齐鲁 → 山东

    def province_of(self, name: str) -> str | None:
        """Return the province a place name belongs to, or None."""
        return self.provinces.get(name) or self.places.get(name)

    @functools.cached_property
    def place_names(self) -> tuple[str, ...]:
        """Every province and place name, longest first (for longest-match scans)."""
        names = set(self.provinces) | set(self.places)
        return tuple(sorted(names, key=lambda n: (-len(n), n)))

    @functools.cached_property
    def place_sizes(self) -> dict[str, tuple[int, ...]]:
        """Map the first two characters of every province and place name to the lengths of the
        names that start with them, longest first: a scan looks up only lengths that exist."""
        sizes: dict[str, set[int]] = {}
        for name in self.place_names:
            sizes.setdefault(name[:2], set()).add(len(name))
        return {prefix: tuple(sorted(found, reverse=True)) for prefix, found in sizes.items()}

    @functools.cached_property
    def place_start(self) -> re.Pattern:
        """Match where a province or place name may start: a first character of one, then a
        second character of one. Three positions in four fail it, and the regex skips them in C."""
        firsts = "".join(sorted({prefix[0] for prefix in self.place_sizes}))
        seconds = "".join(sorted({prefix[1] for prefix in self.place_sizes if len(prefix) == 2}))
        return re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")


def _lines(name: str) -> list[str]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)[1:]]   # first line: header


def _load_provinces() -> tuple[dict[str, str], dict[str, str]]:
    names, full = {}, {}
    for row in _rows("provinces.tsv"):
        short, long_ = row[0], row[1]
        aliases = row[2].split(",") if len(row) > 2 and row[2] else []
        full[short] = long_
        for name in (short, long_, *aliases):
            names[name.strip()] = short
    return names, full


@functools.cache
def load_lexicon() -> Lexicon:
    """Return the lexicon, read once per process."""
    provinces, province_full = _load_provinces()
    places = {row[0]: row[2] for row in _rows("places.tsv") if len(row) >= 3}
    surnames = frozenset(w for line in _lines("surnames.txt") for w in line.split())
    return Lexicon(
        provinces=provinces,
        province_full=province_full,
        places=places,
        slogans=tuple(_lines("slogans.txt")),
        agency_suffixes=tuple(sorted(_lines("agency_suffixes.txt"), key=len, reverse=True)),
        roles=tuple(sorted(_lines("roles.txt"), key=len, reverse=True)),
        surnames=surnames,
        labels=frozenset(_lines("labels.txt")),
        national_bodies=tuple(_lines("national_bodies.txt")),
        publication_cues={row[0]: row[1] for row in _rows("publication_cues.tsv") if len(row) >= 2},
    )


def per_lexicon(build):
    """Cache build(lex) per lexicon object: patterns made from a lexicon's tables are built once,
    not on every article. (A Lexicon holds dicts, so it cannot be a functools.cache key; tests
    make lexicons of their own, so it cannot be a single global either.)"""
    built: dict[int, tuple[Lexicon, object]] = {}

    @functools.wraps(build)
    def get(lex: Lexicon):
        hit = built.get(id(lex))
        if hit is None or hit[0] is not lex:
            hit = built[id(lex)] = (lex, build(lex))
        return hit[1]
    return get


def lexicon_hash() -> str:
    """Return a hash of every data file: part of the index's analyzer version."""
    digest = hashlib.sha1()
    for name in DATA_FILES:
        path = DATA_DIR / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:16]
