"""Line features for a sequence labeller (issue 15, step 6 groundwork).

A statistical labeller (a CRF over the lines of a page, as GROBID labels a document's
lines) needs each line described against its page and its publication. This module
turns a page's lines into one flat dict per line — names to numbers or booleans, the
form python-crfsuite and sklearn-crfsuite take — and decides nothing itself: the
rules of :mod:`.segmentation` and :mod:`.furniture` can be features too, and a model
trained on composed and development pages can be compared with them on held-back ones.
"""
from __future__ import annotations

import re

from .attributions import is_attribution
from .clean import column_width, ends_sentence, tidy, visual_width
from .furniture import furniture_key, is_distribution, shape_reason
from .openings import DATELINE, MARKER, is_author_name, is_top_byline

_DATE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|[上中下]旬|\d{1,2}\s*日\s*(上午|下午)")
_AGENCY = re.compile(r"(民政厅|民政局|民政部|党委|党组|党支部|工委|办公室|协会|中心|街道|社区)")
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}(省|市|县|区|州|旗|盟|镇|乡|自治区)")
_ENUMERATION = re.compile(r"^([一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．])")
_PUNCT_OPEN = "，。、；：！？）”"


def line_features(lines: list[str], publication: str | None = None,
                  learned: dict[str, int] | None = None) -> list[dict[str, float | bool]]:
    """Return one feature dict per line of a page (blank lines too: a blank is a feature of its own).

    lines are a page's lines as written; learned is the publication's recurring lines
    (:func:`.furniture.learn_furniture`), so recurrence across the archive is a feature.
    """
    text_lines = [tidy(ln) for ln in lines]
    width = column_width(text_lines) or 1.0
    filled = [i for i, ln in enumerate(text_lines) if ln]
    rank = {i: k for k, i in enumerate(filled)}
    return [_features(text_lines, i, rank, len(filled), width, publication, learned or {})
            for i in range(len(text_lines))]


def _features(lines: list[str], i: int, rank: dict[int, int], filled: int, width: float,
              publication: str | None, learned: dict[str, int]) -> dict[str, float | bool]:
    text = lines[i]
    if not text:
        return {"blank": True}
    before = lines[i - 1] if i else ""
    after = lines[i + 1] if i + 1 < len(lines) else ""
    k = rank[i]
    return {
        "blank": False,
        "width": round(visual_width(text) / width, 2),          # against the page's column width
        "short": visual_width(text) <= width - 1,
        "ends_sentence": ends_sentence(text),
        "has_comma": "，" in text,
        "marker": bool(MARKER.match(text)) or text.startswith("【"),
        "enumeration": bool(_ENUMERATION.match(text)),
        "date": bool(_DATE.search(text)),
        "dateline": bool(DATELINE.match(text)),
        "agency_word": bool(_AGENCY.search(text)),
        "place_word": bool(_PLACE.search(text)),
        "attribution": is_attribution(text),
        "byline": is_top_byline(text),
        "name_alone": is_author_name(text),
        "distribution": is_distribution(text),
        "furniture_shape": shape_reason(text, publication) is not None,
        "recurs": float(learned.get(furniture_key(text), 0)),
        "position": round(k / max(1, filled - 1), 2),              # 0 at the top, 1 at the foot
        "first_lines": k < 4,
        "last_lines": k >= filled - 4,
        "blank_before": not before,
        "blank_after": not after,
        "after_sentence_end": bool(before) and ends_sentence(before),
        "next_continues": bool(after) and after[0] in _PUNCT_OPEN,
    }
