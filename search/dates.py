"""Read a date as staff type it: the one reader behind every date the site, the query and the CLI accept.

    2023  2023年                          → 2023
    2023-10  2023.10  2023/10  2023年10月  → 2023-10
    2023-10-05  2023/10/5  2023.10.5  2023年10月5日  2023年10月5号  20231005  → 2023-10-05

Full-width digits (２０２３年) and spaces around the parts are read too. The
answer is an ISO prefix — a year, a month or a day — which the engine reads as
the whole period it names. A range is two such dates joined by ``..``, ``至`` or
``到`` (``2023年10月至12月`` is not a range: each side is a whole date).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

# A year, then a month and a day, each led by a separator (-, ., / or 年, 月): 2023年10月5日, 2023/10/5.
_DATE = re.compile(r"^(\d{4})(?:(?:年|[-./])(\d{1,2})(?:(?:月|[-./])(\d{1,2})[日号]?|月)?|年)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")       # 20231005, as file names have it
_RANGE = re.compile(r"\.\.|至|到")
EXPECTED = "应为 2023、2023-10、2023年10月、2023.10 或 2023/10/5 这样的日期 (expected a year, a month or a day)"


def read_date(text: str) -> str:
    """Return a typed date as an ISO prefix (2023, 2023-10, 2023-10-05); raise ValueError naming the bad text."""
    cleaned = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    match = _COMPACT.match(cleaned) or _DATE.match(cleaned)
    if not match:
        raise ValueError(f"日期 “{text.strip()[:40]}” 无法识别，{EXPECTED}")
    y, m, d = (int(x) if x else None for x in match.groups())
    try:
        date(y, m or 1, d or 1)
    except ValueError:
        raise ValueError(f"日期 “{text.strip()[:40]}” 不存在 (no such date)") from None
    return "-".join([f"{y:04d}"] + [f"{x:02d}" for x in (m, d) if x])


def split_range(text: str) -> tuple[str, str, str]:
    """Split ``A..B``, ``A至B`` or ``A到B`` as ``str.partition`` does (either side may be empty)."""
    match = _RANGE.search(text)
    if not match:
        return text, "", ""
    return text[:match.start()], match.group(), text[match.end():]
