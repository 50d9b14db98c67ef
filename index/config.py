"""Where the archive and the index live: option, then environment, then config file, then default.

The config file is TOML, found at ``$DANGJIAN_CONFIG`` or ``./dangjian.toml``::

    archive = "/data/dangjian/archive"
    index = "/data/dangjian/index"

Relative paths in it are relative to the file.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_ARCHIVE = Path("archive")
DEFAULT_INDEX = Path("var/index")


class ConfigError(Exception):
    """A config file that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Config:
    archive: Path
    index: Path


def _config_file() -> dict:
    path = Path(os.environ.get("DANGJIAN_CONFIG", "dangjian.toml"))
    if not path.exists():
        if "DANGJIAN_CONFIG" in os.environ:
            raise ConfigError(f"config file {path} does not exist")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file {path}: {exc}")
    base = path.resolve().parent
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

    return Config(archive=pick(archive, "DANGJIAN_ARCHIVE", "archive", DEFAULT_ARCHIVE),
                  index=pick(index, "DANGJIAN_INDEX", "index", DEFAULT_INDEX))
