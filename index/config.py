"""Where the archive and the index live: option, then environment, then config file, then default.

The config file is TOML, found at ``$DANGJIAN_CONFIG`` or ``./dangjian.toml``::

    archive = "/data/dangjian/archive"
    index = "/data/dangjian/index"
    backend = "solr"                  # optional: the SolrCloud store instead of the embedded one

    [solr]
    zk_host = "zk1:2181,zk2:2181,zk3:2181/solr"   # the cluster's ZooKeeper (chroot allowed): live nodes, aliases
    # urls = ["http://solr1:8983/solr", "http://solr2:8983/solr"]   # or: any nodes; the live ones are found
    alias = "dangjian"                # searches read the collection behind it
    shards = 2
    replicas = 2
    zk_timeout = 10                   # seconds to reach ZooKeeper before saying so

Relative paths in it are relative to the file. The site's optional HTTP basic
auth reads an ``[auth.users]`` table of name → password hash (werkzeug's
``generate_password_hash``; never a plain password)::

    [auth.users]
    staff = "scrypt:32768:8:1$…"

Limits on each file's parse and on the site have safe defaults; any can be
changed in a ``[limits]`` table (:class:`Limits` lists them)::

    [limits]
    memory_mb = 1536
    seconds_per_file = 120
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .parse import Caps

DEFAULT_ARCHIVE = Path("archive")
DEFAULT_INDEX = Path("var/index")


class ConfigError(Exception):
    """A config file that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Config:
    archive: Path
    index: Path
    backend: str | None = None      # the store a build writes: None = the embedded one; "solr" (see [solr])


def _read_config_file() -> tuple[dict, Path]:
    """Return the config file's data and its folder ({} when there is none)."""
    path = Path(os.environ.get("DANGJIAN_CONFIG", "dangjian.toml"))
    if not path.exists():
        if "DANGJIAN_CONFIG" in os.environ:
            raise ConfigError(f"config file {path} does not exist")
        return {}, Path.cwd()
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")), path.resolve().parent
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file {path}: {exc}")


def _config_file() -> dict:
    data, base = _read_config_file()
    return {k: base / v for k, v in data.items() if k in ("archive", "index") and isinstance(v, str)}


def load_config(archive: str | Path | None = None, index: str | Path | None = None) -> Config:
    """Resolve the archive and index locations."""
    from_file = _config_file()

    def pick(given, env, key, default) -> Path:
        if given:
            return Path(given)
        if os.environ.get(env):
            return Path(os.environ[env])
        return from_file.get(key, default)

    data, _ = _read_config_file()
    chosen = os.environ.get("DANGJIAN_BACKEND") or data.get("backend")
    return Config(archive=pick(archive, "DANGJIAN_ARCHIVE", "archive", DEFAULT_ARCHIVE),
                  index=pick(index, "DANGJIAN_INDEX", "index", DEFAULT_INDEX),
                  backend=chosen if isinstance(chosen, str) and chosen else None)


def solr_table() -> dict:
    """Return the config file's ``[solr]`` table ({} when there is none): zk_host or urls, alias, shards, replicas."""
    data, _ = _read_config_file()
    table = data.get("solr", {})
    if not isinstance(table, dict):
        raise ConfigError("[solr] must be a table: zk_host = \"...\" or urls = [...], alias = \"...\"")
    return table


def load_users() -> dict[str, str]:
    """Return the site's basic-auth users (name → password hash) from ``[auth.users]``; {} = no auth."""
    data, _ = _read_config_file()
    users = data.get("auth", {}).get("users", {}) if isinstance(data.get("auth"), dict) else {}
    if not isinstance(users, dict) or not all(isinstance(v, str) and v for v in users.values()):
        raise ConfigError("[auth.users] must map each user name to a password hash (a string)")
    for name, hashed in users.items():
        if ":" not in hashed or "$" not in hashed:
            raise ConfigError(f"[auth.users] {name}: not a password hash; make one with "
                              "werkzeug.security.generate_password_hash")
    return dict(users)


@dataclass(frozen=True)
class Limits(Caps):
    """Every limit with its default: the parser's caps, and what a worker and the site may spend."""

    memory_mb: int = 1536               # address space of one index worker process
    seconds_per_file: float = 120.0     # wall clock for one file's parse
    # The parent stops a worker that has not reported its file this long after seconds_per_file
    # (a C call the alarm cannot interrupt); the grace covers tokenizing and storing a long page.
    worker_grace_seconds: float = 60.0
    base_url: str = ""                  # the site's absolute address; "" = relative links only
    heavy_requests: int = 2             # exports (and other heavy requests) served at once, per worker

    def caps(self) -> Caps:
        return Caps(**{name: getattr(self, name) for name in Caps.names()})


def load_limits() -> Limits:
    """Return the limits: the defaults, with what ``[limits]`` in the config file changes."""
    data, _ = _read_config_file()
    table = data.get("limits", {})
    if not isinstance(table, dict):
        raise ConfigError("[limits] must be a table")
    known = {f.name: f for f in fields(Limits)}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(f"[limits] {key}: unknown limit (known: {', '.join(sorted(known))})")
        default = getattr(Limits(), key)
        if isinstance(default, str) != isinstance(value, str) or isinstance(value, bool) \
                or not isinstance(value, (int, float, str)) or (not isinstance(value, str) and value < 0):
            raise ConfigError(f"[limits] {key}: {value!r} is not a valid value (default {default!r})")
    return replace(Limits(), **table)
