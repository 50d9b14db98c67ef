"""What the sequence labeller sees of a page line: its shape against the page, and the rules' verdict.

Each filled line becomes a dict of features (crfsuite's item format): its length against the
page's column width, how it ends and opens (markers ■◆●【, 一、, （一）, 一是, 本报讯, 文/),
bracket and attribution shapes, dates, agency and place words, its share of digits, whether it
recurs on the publication's other pages (furniture), where it stands on the page, the blank lines
around it, its indent, and what the ordered rules made of it (fate, noise reason, article break).
The neighbours' main features (±1, ±2) are copied in with a prefix, so the model reads context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .attributions import BYLINE_ONLY, is_attribution
from .clean import normalize, tidy, visual_width
from .lexicon import load_lexicon
from .segmentation import looks_like_title

_MARKER = re.compile(r"^[■◆●▲★□◇○•▶►]")
MARKED = re.compile(r"^([■◆●★□◇○•▶►]|【[^】]{1,20}】)")     # a brief item's opening (▲ opens captions too)
_MARKER_RUN = re.compile(r"^[■◆●▲★□◇○•▶►]+\s*")
_BRACKET_OPEN = re.compile(r"^【[^】]{1,20}】")
_ENUM = re.compile(r"^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]"
                   r"|[一二三四五六七八九十]是|第[一二三四五六七八九十]{1,3}[，、])")
_OPENINGS = (("report", re.compile(r"^本报讯")), ("dateline", re.compile(r"^(本报|新华社)[^，。]{0,12}电")),
             ("recent", re.compile(r"^(近日|日前|近期|今年以来|为了?)")),
             ("subtitle", re.compile(r"^——")), ("byline", re.compile(r"^(文\s*[/／:：]|本报记者|记者|通讯员|本报评论员|特约评论员)")),
             ("author_note", re.compile(r"^[（(](作者|作者单位)")), ("editor_note", re.compile(r"^编者按")),
             ("caption", re.compile(r"^(图为|图片|▲|上图|下图)")), ("continued", re.compile(r"^[（(](下转|上接|转)")),
             ("distribution", re.compile(r"^(报|送|发|抄送|抄报)\s*[:：]")), ("issue_no", re.compile(r"^(总)?第\s*\d+\s*期")),
             ("turn", re.compile(r"^(问|答|记者)\s*[:：]")))
_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|[上中下]旬")
_DAY_START = re.compile(r"^((19|20)\d\d年)?\d{1,2}月(\d{1,2}日|[上中下]旬)?|^\d{1,2}日")
_YEAR = re.compile(r"(19|20)\d\d\s*年")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日天]")
_PHOTO = re.compile(r"[（(][^（）()]{0,12}摄[）)]$")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class LineView:
    """One source line and what the rules made of it."""

    no: int                  # 1-based source line number
    text: str                # normalised and stripped ('' for a blank line)
    indent: bool             # printed with a leading indent (a paragraph's first line)
    fate: str                # the rules' fate: title, lead, body, joined, attribution, noise: …, blank
    article: int | None      # the rules' article for it


def strip_marker(text: str) -> str:
    """Return a line without the marker a brief item opens with (■ ◆ ●): the marker is no part of the text."""
    return _MARKER_RUN.sub("", text)


def furniture_key(line: str) -> str:
    """Return the form a line recurs in across a publication's pages: spaces out, numbers as 0."""
    return _DIGITS.sub("0", tidy(normalize(line)).replace(" ", ""))


def page_views(text: str, fates) -> list[LineView]:
    """Return a LineView for every source line of a page text, with the rules' fates (one per line)."""
    raw = normalize(text).split("\n")
    by_no = {f.line: f for f in fates}
    out = []
    for no, line in enumerate(raw, start=1):
        fate = by_no.get(no)
        if fate is None and not line.strip():
            continue                       # the file's final line end
        out.append(LineView(no, line.strip(), line[:1].isspace() and bool(line.strip()),
                            fate.fate if fate else "blank", fate.article if fate else None))
    return out


def page_features(views: list[LineView], furniture: frozenset[str] = frozenset()) -> list[dict]:
    """Return the features of every filled line of a page, in order, neighbours' included."""
    filled = [k for k, v in enumerate(views) if v.text]
    width = _column_width([views[k].text for k in filled])
    scale = _page_scale([views[k].text for k in filled])
    own = [_line_features(views, k, rank, len(filled), width, furniture) for rank, k in enumerate(filled)]
    for rank, k in enumerate(filled):
        own[rank].update(_against_page(views, k, scale))
    for k, feats in enumerate(own):
        feats.update(_context(own, k))
    return own


def _page_scale(texts: list[str]) -> tuple[float, float]:
    """Return the page's median and longest line width: every publication sets its own column, so a
    line is long or short only against its own page."""
    widths = sorted(visual_width(tidy(t)) for t in texts) or [1.0]
    return max(1.0, widths[len(widths) // 2]), max(1.0, widths[-1])


_SENTENCE_END = "。！？!?；;”’）)】》…"
_OPENERS, _CLOSERS = "（(【“《", "）)】”》"


def _against_page(views, k: int, scale: tuple[float, float]) -> dict:
    """Features every publication has: the line against the page's own median and longest line,
    its place in its block (the run of lines between blank lines), and whether it could carry on the
    sentence of the line before (that one full and unfinished, or a bracket left open)."""
    text = tidy(views[k].text)
    median, longest = scale
    width = visual_width(text)
    feats = {"rel_med": _bucket(width / median, (0.35, 0.7, 0.95, 1.05)),
             "rel_max": _bucket(width / longest, (0.35, 0.7, 0.9, 0.99)),
             "chars": _bucket(len(text), (4, 8, 16, 30)),
             "block": _block_place(views, k)}
    previous = views[k - 1].text if k else ""
    if previous:
        before = tidy(previous)
        unfinished = before[-1:] not in _SENTENCE_END
        wide = visual_width(before) >= 0.9 * median
        feats["continues"] = ("open" if _unclosed(before) else "wide" if unfinished and wide
                              else "short" if unfinished else "no")
    if _unclosed(text):
        feats["unclosed"] = 1.0
    if _CLOSING_ATTRIBUTION.search(text):
        feats["ends_attr"] = 1.0
    if _DATELINE.search(text):
        feats["dateline"] = 1.0
    # A photo caption opens and closes in shapes every paper uses (图为… / ▲ … and （某某 摄）), which
    # the column may break apart: the closing half alone is a caption's tail, not an attribution.
    if _CAPTION_OPEN.match(text):
        feats["caption_open"] = 1.0
    if _PHOTO_END.search(text):
        feats["photo_end"] = 1.0
    # A web release's information line (来源：… 作者：…) credits the article: an attribution's shape.
    if _SOURCE_LINE.match(text):
        feats["source_line"] = 1.0
    return feats


_CAPTION_OPEN = re.compile(r"^(图为|图[：:/]|[上下左右]图[：:为]?|[▲△]|图\d)")
_PHOTO_END = re.compile(r"摄\s*[）)]?$")
_SOURCE_LINE = re.compile(r"^(来源|稿源|作者|供稿|编辑|责任编辑|通讯员)[：:]")


_CLOSING_ATTRIBUTION = re.compile(r"[（(](据|来源|供稿|通讯员|记者|作者|文/|文／|图/)[^（）()]{0,30}[）)]$"
                                  r"|[（(][^（）()]{1,30}(供稿|供图|提供)[）)]$")
_DATELINE = re.compile(r"^(本报|本刊|新华社|人民网|[^，。]{0,4}讯)[^，。]{0,12}(\d{1,2}月\d{1,2}日)?电")


def _bucket(value: float, edges: tuple) -> str:
    """Return which of the intervals cut at edges the value falls in (b0 lowest)."""
    return f"b{sum(value > e for e in edges)}"


def _block_place(views, k: int) -> str:
    above = k > 0 and bool(views[k - 1].text)
    below = k + 1 < len(views) and bool(views[k + 1].text)
    return {(False, False): "alone", (False, True): "first", (True, False): "last", (True, True): "inner"}[(above, below)]


def _unclosed(text: str) -> bool:
    """Whether the line leaves a bracket open (an attribution or quotation the column broke)."""
    return sum(text.count(c) for c in _OPENERS) > sum(text.count(c) for c in _CLOSERS)


_SHARED = ("len", "end", "open", "fate", "attr", "title", "noise", "blank_before", "blank_after",
           "indent", "newart", "enum", "marker", "rel_med", "continues", "block", "chars", "ends_attr", "dateline",
           "caption_open", "photo_end", "source_line")


def _context(own: list[dict], k: int) -> dict:
    """Copy the main features of the lines ±1 and ±2 into line k's, prefixed by their offset."""
    out = {}
    for offset in (-2, -1, 1, 2):
        j = k + offset
        if not 0 <= j < len(own):
            out[f"{offset:+d}:edge"] = 1.0
            continue
        for name in _SHARED:
            if name in own[j]:
                out[f"{offset:+d}:{name}"] = own[j][name]
    if k + 1 < len(own):
        out["fate_pair"] = f"{own[k]['fate']}>{own[k + 1]['fate']}"
    if k:        # conjunctions a linear model cannot form: how the line before ends × how this one opens
        out["end_open"] = f"{own[k - 1]['end']}>{own[k]['open']}|{own[k].get('day_start', 0)}"
        out["len_len"] = f"{own[k - 1]['len']}>{own[k]['len']}"
        out["med_med"] = f"{own[k - 1]['rel_med']}>{own[k]['rel_med']}"
        out["cont_open"] = f"{own[k].get('continues', 'edge')}>{own[k]['open']}>{own[k]['block']}"
    return out


def _column_width(texts: list[str]) -> float:
    """Return the modal visual width of the page's long lines: the width of its body column."""
    widths = [round(visual_width(t)) for t in texts if visual_width(t) >= 6]
    if not widths:
        return max((visual_width(t) for t in texts), default=1.0) or 1.0
    return float(max(set(widths), key=lambda w: (widths.count(w), w)))


def _line_features(views, k: int, rank: int, count: int, width: float, furniture) -> dict:
    view = views[k]
    text = tidy(view.text)
    feats = {"bias": 1.0, **_shape(text, width), **_words(text), **_rules(view, views, k)}
    feats["indent"] = "yes" if view.indent else "no"
    feats["blank_before"] = "yes" if k == 0 or not views[k - 1].text else "no"
    feats["blank_after"] = "yes" if k + 1 >= len(views) or not views[k + 1].text else "no"
    feats["pos"] = ("first" if rank == 0 else "last" if rank == count - 1 else
                    "top" if rank < 4 else "bottom" if count - rank <= 4 else "middle")
    if furniture_key(text) in furniture:
        feats["recurs"] = 1.0
    return feats


def _shape(text: str, width: float) -> dict:
    """Length against the column, how the line ends and opens, brackets, digits."""
    ratio = visual_width(text) / width
    last = text[-1:] or " "
    feats = {
        "len": "tiny" if len(text) <= 4 else "short" if ratio < 0.6 else "part" if ratio < 0.92
        else "full" if ratio <= 1.08 else "long",
        "end": ("stop" if last in "。！？!?" else "semi" if last in "；;" else "comma" if last in "，,、"
                else "close" if last in "）)" else "quote" if last in "”’》" else "colon" if last in "：:"
                else "digit" if last.isdigit() else "han" if "\u4e00" <= last <= "\u9fff" else "other"),
        "open": ("marker" if _MARKER.match(text) else "bracket" if _BRACKET_OPEN.match(text)
                 else "paren" if text[:1] in "（(" else "quote" if text[:1] in "“《" else "text"),
        "enum": "yes" if _ENUM.match(text) else "no",
        "marker": "yes" if _MARKER.match(text) or _BRACKET_OPEN.match(text) else "no",
        "digits": sum(c.isdigit() for c in text) / max(1, len(text)),
        "commas": min(3, text.count("，") + text.count("。")),
    }
    for name, pattern in _OPENINGS:
        if pattern.match(text):
            feats["opening"] = name
    core = strip_marker(text)
    feats["first1"], feats["first2"], feats["last1"] = core[:1], core[:2], last
    if _DAY_START.match(core):
        feats["day_start"] = 1.0
    if text[:1] in "（(" and text[-1:] in "）)":
        feats["whole_paren"] = 1.0
    if _PHOTO.search(text):
        feats["photo_credit"] = 1.0
    return feats


def _words(text: str) -> dict:
    """Dates, weekdays, agency and place words of the lexicon."""
    lexicon = load_lexicon()
    feats = {}
    if _DAY.search(text):
        feats["day"] = 1.0
    if _YEAR.search(text):
        feats["year"] = 1.0
    if _WEEKDAY.search(text):
        feats["weekday"] = 1.0
    if any(s in text for s in lexicon.agency_suffixes if len(s) >= 2):
        feats["agency_word"] = 1.0
    if any(name in text for name in lexicon.province_full.values()) or any(
            short in text for short in lexicon.province_full):
        feats["province_word"] = 1.0
    if text in lexicon.labels:
        feats["label_word"] = 1.0
    return feats


def _rules(view: LineView, views, k: int) -> dict:
    """The ordered rules' verdicts: the line's fate, noise reason, attribution and title tests."""
    fate = view.fate.split(":")[0].split(" + ")[0]
    feats = {"fate": fate, "attr": "yes" if is_attribution(view.text) else "no",
             "title": "yes" if looks_like_title([view.text]) else "no"}
    if fate == "noise":
        # the reason's kind, not its counts ("recurs in 7 issues" and "in 3 issues" are one feature)
        feats["noise"] = _DIGITS.sub("0", view.fate.split(":", 1)[1].split("(")[0].strip())[:24]
    if BYLINE_ONLY.match(tidy(view.text)):
        feats["byline_only"] = 1.0
    previous = next((v for v in reversed(views[:k]) if v.text), None)
    feats["newart"] = "yes" if view.article and (previous is None or previous.article != view.article) else "no"
    return feats
