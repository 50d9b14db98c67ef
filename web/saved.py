"""Saved searches and when each article was first indexed: a small SQLite database beside the index.

The file (``saved.sqlite3`` in the index directory, outside every ``gen-*``
generation) survives reindexing. It holds

- ``saved``: a search's query string under a name, per owner (the basic-auth
  user, or ``""`` when the site has no users), with the time of the owner's last visit;
- ``first_seen``: each article id with the time the site first noted it in a live
  generation — what "new" means: an article is new for a saved search when it was
  first noted after the last visit (a reindex keeps ids, so it adds nothing new);
- ``generations``: the generations already noted, so each is listed once;
- ``meta``: the secret the forms' CSRF tokens are made from.

Times are UTC, ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, so they compare as strings.
"""
from __future__ import annotations

import hmac
import secrets
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

FILENAME = "saved.sqlite3"
MAX_NAME = 100
MAX_SAVED = 200             # per owner: a list a person can read
SCHEMA = """
CREATE TABLE IF NOT EXISTS saved (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL,
    query TEXT NOT NULL, created TEXT NOT NULL, last_visit TEXT NOT NULL, UNIQUE (owner, name));
CREATE TABLE IF NOT EXISTS first_seen (id TEXT PRIMARY KEY, at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS first_seen_at ON first_seen (at);
CREATE TABLE IF NOT EXISTS generations (name TEXT PRIMARY KEY, built_at TEXT NOT NULL, noted TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class SavedError(ValueError):
    """A save the store refuses (empty or duplicate name, too many); the message is for the user."""


STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"      # microseconds: a visit and a noting in the same second still order


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime(STAMP)


def to_utc(stamp: str | None) -> str:
    """Return a build time (``2026-12-07T12:40:00+0800``) in UTC; now when it is missing or unreadable."""
    try:
        when = datetime.strptime(stamp or "", "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return utc_now()
    return when.astimezone(timezone.utc).strftime(STAMP)


class SavedStore:
    """The database at path; each call opens its own connection (threads and worker processes share the file)."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=15, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.executescript(SCHEMA)
        return db

    def _run(self, sql: str, args=()) -> list[sqlite3.Row]:
        with closing(self._connect()) as db:
            return db.execute(sql, args).fetchall()

    # ------------------------------------------------------------- searches

    def save(self, owner: str, name: str, query: str) -> int:
        """Save query (a query string) as name; return its id."""
        name = " ".join(name.split())[:MAX_NAME]
        if not name:
            raise SavedError("请给检索起个名字。")
        with closing(self._connect()) as db:
            if db.execute("SELECT count(*) FROM saved WHERE owner = ?", (owner,)).fetchone()[0] >= MAX_SAVED:
                raise SavedError(f"最多保存 {MAX_SAVED} 个检索，请先删除一些。")
            now = utc_now()
            try:
                cursor = db.execute("INSERT INTO saved (owner, name, query, created, last_visit) VALUES (?, ?, ?, ?, ?)",
                                    (owner, name, query, now, now))
            except sqlite3.IntegrityError:
                raise SavedError(f"已有名为“{name}”的检索，请换个名字。") from None
            return cursor.lastrowid

    def searches(self, owner: str) -> list[dict]:
        rows = self._run("SELECT * FROM saved WHERE owner = ? ORDER BY name", (owner,))
        return [dict(row) for row in rows]

    def all_searches(self) -> list[dict]:
        return [dict(row) for row in self._run("SELECT * FROM saved ORDER BY owner, name")]

    def get(self, owner: str, search_id: int) -> dict | None:
        if not _valid(search_id):
            return None
        rows = self._run("SELECT * FROM saved WHERE owner = ? AND id = ?", (owner, search_id))
        return dict(rows[0]) if rows else None

    def delete(self, owner: str, search_id: int) -> bool:
        if not _valid(search_id):
            return False
        with closing(self._connect()) as db:
            return db.execute("DELETE FROM saved WHERE owner = ? AND id = ?", (owner, search_id)).rowcount > 0

    def visit(self, owner: str, search_id: int, at: str | None = None) -> None:
        if not _valid(search_id):
            return
        self._run("UPDATE saved SET last_visit = ? WHERE owner = ? AND id = ?", (at or utc_now(), owner, search_id))

    # ------------------------------------------------------- first indexed

    def noted(self, generation: str) -> bool:
        return bool(self._run("SELECT 1 FROM generations WHERE name = ?", (generation,)))

    def note_generation(self, generation: str, built_at: str, ids) -> None:
        """Record a generation's article ids as first seen now; ids already known keep their first time."""
        now = utc_now()
        with closing(self._connect()) as db:
            db.execute("BEGIN IMMEDIATE")
            db.executemany("INSERT OR IGNORE INTO first_seen (id, at) VALUES (?, ?)", ((i, now) for i in ids))
            db.execute("INSERT OR IGNORE INTO generations (name, built_at, noted) VALUES (?, ?, ?)",
                       (generation, built_at, now))
            db.execute("COMMIT")

    def first_seen(self, ids) -> dict[str, str]:
        """Return id → first indexed time for the ids known."""
        ids = list(ids)
        out: dict[str, str] = {}
        for start in range(0, len(ids), 500):       # SQLite's bound on parameters per statement
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            out.update((r["id"], r["at"]) for r in self._run(f"SELECT id, at FROM first_seen WHERE id IN ({marks})",
                                                              chunk))
        return out

    def any_since(self, since: str) -> bool:
        """Return whether any article was first indexed after since."""
        return bool(self._run("SELECT 1 FROM first_seen WHERE at > ? LIMIT 1", (since,)))

    # ----------------------------------------------------------------- CSRF

    def csrf_token(self, owner: str) -> str:
        """Return the owner's form token: an HMAC of the owner under the database's own secret."""
        return hmac.new(self._secret().encode(), owner.encode("utf-8", "surrogatepass"), "sha256").hexdigest()

    def csrf_ok(self, owner: str, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf_token(owner), token)

    def _secret(self) -> str:
        with closing(self._connect()) as db:
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('csrf', ?)", (secrets.token_hex(32),))
            return db.execute("SELECT value FROM meta WHERE key = 'csrf'").fetchone()[0]


def _valid(search_id: int) -> bool:
    return 0 < search_id < 2**63         # a larger number is no row id (SQLite would raise OverflowError)
