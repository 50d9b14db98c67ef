"""Walk an archive and turn its files into decoded :class:`Page` records.

The issue date of a page is never on the page's text layer in a usable form,
so it is looked for, in this order, in a sidecar ``<file>.json``, in the path
(``2023-10-31``, ``20231031``, ``2023/10/31``), and in a dated header or
footer line (``2023年10月31日 星期二``). Failing all three it stays unknown.

A sidecar that fails validation (not a JSON object, a date outside the
archive's years, a page that is no page number, a publication that is a path)
is ignored whole: the page is read from its path and text, and the reason
rides on the page as a warning for the run's report, never a skip.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import date
from pathlib import Path

from .caps import caps
from .controls import clean_field, has_controls
from .encodings import decode   # noqa: F401 — tests and callers import it from here
from .errors import ReadFailed, UnreadableFile
from .listing import PAGE_SUFFIXES, iter_page_files, rel_path   # noqa: F401 — the pipeline imports them from here
from .records import Page

# A dense broadsheet page's text layer is 10–50 KB; 1 MB is twenty such pages. Bigger files are
# whole books or dumps, which the segmenter would cut into thousands of "articles".
MAX_FILE_BYTES = 1024 * 1024
MAX_LINE_CHARS = 20_000        # a page's text layer has narrow lines; a paragraph per line is < 5,000
MAX_SIDECAR_BYTES = 64 * 1024
SIDECAR_LIMITS = {"publication": 100, "section": 100, "page": 20}   # characters: longer is not a name
HASH_CHUNK = 1 << 20

_PATH_DATE = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]([01]?\d)[-_.]([0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)(?!\d)"),
    re.compile(r"(?:^|/)((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$)"),
)
# A dateline: 2023年10月31日 星期二. The cleaner drops the same lines as layout noise.
DATELINE = re.compile(
    r"^\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(?:星期|周)[一二三四五六日天])?")


def read_sidecar(path: Path) -> dict:
    """Return the sidecar record of a page (``<file>.json``), or {}."""
    return parse_sidecar(path, read_sidecar_bytes(path))


def read_sidecar_bytes(path: Path) -> bytes | None:
    """Return the raw bytes of a page's sidecar (at most one past MAX_SIDECAR_BYTES), None when it has none.

    Only an operating-system failure raises (ReadFailed: maybe for now only); what the bytes
    say is for :func:`sidecar_fields` to judge.
    """
    sidecar = path.with_name(path.name + ".json")
    try:
        with open(sidecar, "rb") as handle:
            raw = handle.read(MAX_SIDECAR_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ReadFailed(f"cannot read sidecar {sidecar.name}: {exc.strerror or exc}")
    return raw


def parse_sidecar(path: Path, raw: bytes | None) -> dict:
    """Parse sidecar bytes into its record; {} when there is none."""
    if raw is None:
        return {}
    name = path.name + ".json"
    if len(raw) > MAX_SIDECAR_BYTES:
        raise UnreadableFile(f"sidecar {name} is larger than {MAX_SIDECAR_BYTES} bytes")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UnreadableFile(f"sidecar {name} is not UTF-8 text")
    except ValueError as exc:
        raise UnreadableFile(f"sidecar {name} is not valid JSON: {exc}")
    except RecursionError:             # 60,000 '[': json recurses once per level
        raise UnreadableFile(f"sidecar {name} is nested too deeply to be a sidecar record")
    if not isinstance(data, dict):
        raise UnreadableFile(f"sidecar {name} is not a JSON object")
    return data


SIDECAR_IGNORED = "the sidecar is ignored: the page's publication, issue date and page come from its path and text"


def sidecar_fields(path: Path, raw: bytes | None) -> tuple[dict, tuple[str, ...]]:
    """Return a sidecar's checked fields (publication, page, section, date) and the page's warnings.

    A sidecar failing any check is ignored whole, its valid fields too: one plainly wrong value
    says the record was not written for this page. The warning names the sidecar and the reason.
    """
    if raw is None:
        return {}, ()
    name = path.name + ".json"
    try:
        side = parse_sidecar(path, raw)
        fields = {key: _sidecar_text(side, key, name) for key in ("publication", "page", "section")}
        fields["date"] = _sidecar_date(side.get("date"), name)
    except UnreadableFile as exc:
        return {}, (f"{exc}; {SIDECAR_IGNORED}",)
    return fields, ()


def _sidecar_text(side: dict, key: str, name: str) -> str | None:
    """Return a sidecar value as text; raise UnreadableFile for a value of the wrong type."""
    value = side.get(key)
    if value is None:
        return None
    if key == "page" and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise UnreadableFile(f"sidecar {name}: \"{key}\" must be text, not {type(value).__name__}")
    value = value.strip()
    if len(value) > SIDECAR_LIMITS[key]:
        raise UnreadableFile(f"sidecar {name}: \"{key}\" is {len(value)} characters long, "
                             f"more than a {key} can be ({SIDECAR_LIMITS[key]})")
    _check_sidecar_value(key, value, name)
    return value or None


def _check_sidecar_value(key: str, value: str, name: str) -> None:
    """Refuse a sidecar value no page has: control characters, a publication that is a path,
    a page number that is not a positive number up to limits.max_page (a letter before it: A3)."""
    if has_controls(value):
        raise UnreadableFile(f"sidecar {name}: \"{key}\" holds control characters: {value[:40]!r}")
    if key == "publication" and ("/" in value or "\\" in value or value in (".", "..")):
        raise UnreadableFile(f"sidecar {name}: \"publication\" {value[:40]!r} is a path, not a name")
    if key == "page" and value:
        match = re.fullmatch(r"[A-Za-z]?0*(\d{1,9})", value)
        if not match or not 1 <= int(match.group(1)) <= caps().max_page:
            raise UnreadableFile(f"sidecar {name}: \"page\" {value!r} is not a page number "
                                 f"(1 to {caps().max_page}, limits.max_page)")


def fingerprint(path: Path) -> str:
    """Hash a page together with its sidecar: a change to either means the page changed.

    The page is hashed in chunks, so memory stays flat whatever its size.
    """
    digest = hashlib.sha1()
    with open(path, "rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return _with_sidecar(digest, read_sidecar_bytes(path))


def _with_sidecar(digest, sidecar: bytes | None) -> str:
    if sidecar is not None:
        digest.update(b"\0sidecar\0" + sidecar)
    return digest.hexdigest()


def fingerprint_of(raw: bytes, sidecar: bytes | None) -> str:
    """Hash the very bytes that were parsed: the same value fingerprint() gives for them."""
    return _with_sidecar(hashlib.sha1(raw), sidecar)


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


_FUSED_MONTH = re.compile(r"(?<=年)明(?=\d)")     # OCR fuses 6月 into 明


def date_from_header(text: str) -> date | None:
    """Find a dated header or footer line (2023年10月31日 星期二) near the page's edges."""
    from .furniture import ocr_read         # a scan's running head: 2024年]月5日, 2O24年, 2024年明14日
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for line in lines[:6] + lines[-6:]:
        line = _FUSED_MONTH.sub("6月", ocr_read(line))
        match = DATELINE.match(line)
        if match and len(line.strip()) <= 40 and "，" not in line:
            found = _valid_date(*match.groups())
            if found:
                return found
    return None


def _sidecar_date(value, name: str) -> date | None:
    """Return the sidecar's date; raise UnreadableFile for one present but not a real day of the archive."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    match = re.fullmatch(r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*", value) \
        if isinstance(value, str) else None
    found = _valid_date(*match.groups()) if match else None
    if found is None:
        raise UnreadableFile(f"sidecar {name}: \"date\" {str(value)[:40]!r} is not a real date "
                             "(expected YYYY-MM-DD)")
    first, last = caps().first_year, caps().last_year()
    if not first <= found.year <= last:
        raise UnreadableFile(f"sidecar {name}: \"date\" {found.isoformat()} is not an issue date "
                             f"of this archive (years {first} to {last}, limits.first_year and years_ahead)")
    return found


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


def read_bytes(path: Path) -> bytes:
    """Read a page file, refusing one over MAX_FILE_BYTES without reading it all."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            raw = handle.read(MAX_FILE_BYTES + 1) if size <= MAX_FILE_BYTES else b""
    except OSError as exc:
        raise ReadFailed(f"cannot read: {exc.strerror or exc}")
    if size > MAX_FILE_BYTES or len(raw) > MAX_FILE_BYTES:     # it may grow while read
        size = max(size, len(raw))
        raise UnreadableFile(f"file is {size:,} bytes, larger than a page's text layer can be "
                             f"({MAX_FILE_BYTES:,})")
    return raw


def read_page(path: Path, root: Path) -> Page:
    """Read one file into a Page, or raise UnreadableFile with the reason.

    The page's fingerprint hashes the bytes parsed here, so a file changed while
    the run reads it is seen as changed by the next update.
    """
    rel = rel_path(path, root)
    raw = read_bytes(path)
    side_raw = read_sidecar_bytes(path)
    if not raw.strip():
        raise UnreadableFile("empty file")
    text, encoding = decode(raw)
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise UnreadableFile(f"a line of {longest} characters: not the text layer of a page")
    side, warnings = sidecar_fields(path, side_raw)
    publication, page, section = side.get("publication"), side.get("page"), side.get("section")
    issue, source = side.get("date"), "sidecar"
    if issue is None:
        issue, source = date_from_path(rel), "path"
    if issue is None:
        issue, source = date_from_header(text), "header"
    return Page(
        path=rel, text=text, sha1=hashlib.sha1(raw).hexdigest(), encoding=encoding,
        fingerprint=fingerprint_of(raw, side_raw),
        publication=publication or clean_field(_publication_from_path(rel), "publication"),
        issue_date=issue, issue_date_source=source if issue else None,
        page=page or _page_from_name(path), section=section, warnings=warnings,
    )


def _page_from_name(path: Path) -> str | None:
    match = re.fullmatch(r"(?:p|page|第)?0*(\d{1,3})版?", path.stem, re.IGNORECASE)
    return match.group(1) if match else None
