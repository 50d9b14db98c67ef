"""Walk an archive and turn its files into decoded :class:`Page` records.

The issue date of a page is never on the page's text layer in a usable form,
so it is looked for, in this order, in a sidecar ``<file>.json``, in the path
(``2023-10-31``, ``20231031``, ``2023/10/31``), and in a dated header or
footer line (``2023年10月31日 星期二``). Failing all three it stays unknown.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

from .formats import FORMATS
from .records import Page

PAGE_SUFFIXES = (".txt", *FORMATS)      # issue 11: PDF, HTML and Word files are read by index/formats
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_LINE_CHARS = 20_000        # a page's text layer has narrow lines; a paragraph per line is < 5,000

_PATH_DATE = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]([01]?\d)[-_.]([0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)(?!\d)"),
    re.compile(r"(?:^|/)((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$)"),
)
# A dateline: 2023年10月31日 星期二. The cleaner drops the same lines as layout noise.
DATELINE = re.compile(
    r"^\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(?:星期|周)[一二三四五六日天])?")


class UnreadableFile(Exception):
    """A file that cannot be used as a page; the message is the reason shown to the admin."""


def iter_page_files(root: Path) -> list[Path]:
    """Return the page files under root, sorted so runs are reproducible."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(root).parts))


def decode(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding) for UTF-8, UTF-8 with BOM or GB18030 bytes.

    Strict decoding is the detector: valid UTF-8 is almost never anything else,
    and GB18030 is accepted only when what it yields looks like Chinese text.
    """
    if b"\x00" in raw:
        raise UnreadableFile("binary file: contains NUL bytes")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"has a UTF-8 BOM but invalid UTF-8 at byte {exc.start + 3}")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"cannot decode as UTF-8 or GB18030 (bad byte at {exc.start})")
    if not _looks_chinese(text):
        raise UnreadableFile("cannot decode as UTF-8, and as GB18030 it is not Chinese text")
    return text, "gb18030"


def _looks_chinese(text: str) -> bool:
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return True
    common = sum(1 for c in wide if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
                 or "\uff00" <= c <= "\uffef" or c in "“”‘’—…·")
    return common / len(wide) >= 0.9


def read_sidecar(path: Path) -> dict:
    """Return the sidecar record of a page (``<file>.json``), or {}."""
    sidecar = path.with_name(path.name + ".json")
    if not sidecar.exists():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise UnreadableFile(f"sidecar {sidecar.name} is not valid JSON: {exc}")
    if not isinstance(data, dict):
        raise UnreadableFile(f"sidecar {sidecar.name} is not a JSON object")
    return data


def _sidecar_text(side: dict, key: str, name: str) -> str | None:
    """Return a sidecar value as text; a value of the wrong type makes the page unreadable."""
    value = side.get(key)
    if value is None:
        return None
    if key == "page" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise UnreadableFile(f"sidecar {name}: \"{key}\" must be text, not {type(value).__name__}")
    return value.strip() or None


def fingerprint(path: Path) -> str:
    """Hash a page together with its sidecar: a change to either means the page changed."""
    digest = hashlib.sha1(path.read_bytes())
    sidecar = path.with_name(path.name + ".json")
    if sidecar.exists():
        digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    return digest.hexdigest()


def _valid_date(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def date_from_path(rel: str) -> date | None:
    """Find an issue date in a relative path: 2023-10-31, 20231031 or 2023/10/31."""
    for pattern in _PATH_DATE:
        for match in pattern.finditer(rel):
            found = _valid_date(*match.groups())
            if found:
                return found
    return None


def date_from_header(text: str) -> date | None:
    """Find a dated header or footer line (2023年10月31日 星期二) near the page's edges."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for line in lines[:6] + lines[-6:]:
        match = DATELINE.match(line)
        if match and len(line.strip()) <= 40 and "，" not in line:
            found = _valid_date(*match.groups())
            if found:
                return found
    return None


def _sidecar_date(value) -> date | None:
    if not isinstance(value, str):
        return None
    match = re.fullmatch(r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*", value)
    return _valid_date(*match.groups()) if match else None


_DATE_FOLDER = re.compile(r"((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)")


def _date_folders(parts: tuple[str, ...], k: int) -> int:
    """Return how many folders from k spell a date (2023-10-31 / 20231031: 1; 2023/10/31: 3), or 0."""
    match = _DATE_FOLDER.fullmatch(parts[k])
    if match and _valid_date(*match.groups()):
        return 1
    three = parts[k:k + 3]
    if (len(three) == 3 and re.fullmatch(r"(19|20)\d\d", three[0])
            and all(re.fullmatch(r"\d{1,2}", x) for x in three[1:]) and _valid_date(*three)):
        return 3
    return 0


def guess_root(path: Path) -> Path:
    """Return the archive root of a page given alone: the folder above its publication.

    For …/archive/公益时报/2023-10-31/04.txt that is …/archive, so the page gets
    the same publication, issue date and article ids as when the archive is read.
    """
    parts = path.resolve().parts
    for k in range(2, len(parts) - 1):           # a date folder below a publication folder
        size = _date_folders(parts, k)
        if size and k + size < len(parts):
            return Path(*parts[:k - 1])
    return path.resolve().parent


def _publication_from_path(rel: str) -> str | None:
    parts = rel.split("/")
    if len(parts) < 2 or date_from_path(parts[0]) or re.fullmatch(r"\d+", parts[0]):
        return None
    return parts[0]


def read_page(path: Path, root: Path) -> Page:
    """Read one file into a Page, or raise UnreadableFile with the reason."""
    rel = path.relative_to(root).as_posix() if path != root else path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(f"file is {size} bytes, larger than a page can be ({MAX_FILE_BYTES})")
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}")
    if not raw.strip():
        raise UnreadableFile("empty file")
    text, encoding = decode(raw)
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise UnreadableFile(f"a line of {longest} characters: not the text layer of a page")
    side = read_sidecar(path)
    sidecar_name = path.name + ".json"
    publication, page, section = (_sidecar_text(side, key, sidecar_name) for key in ("publication", "page", "section"))
    issue, source = _sidecar_date(side.get("date")), "sidecar"
    if issue is None:
        issue, source = date_from_path(rel), "path"
    if issue is None:
        issue, source = date_from_header(text), "header"
    return Page(
        path=rel, text=text, sha1=hashlib.sha1(raw).hexdigest(), encoding=encoding,
        publication=publication or _publication_from_path(rel),
        issue_date=issue, issue_date_source=source if issue else None,
        page=page or _page_from_name(path), section=section,
    )


def _page_from_name(path: Path) -> str | None:
    match = re.fullmatch(r"(?:p|page|第)?0*(\d{1,3})版?", path.stem, re.IGNORECASE)
    return match.group(1) if match else None
