"""Line labels from a page's truth: align its source lines with the title, body, captions and
attribution of every article, and give each line its role (see ``index/parse/labeller.py``).

A line found where the last one's field goes on continues it; one found at the start of a field's
unread text opens that field; a longer line found a little further on (a byline glued to the lead
skipped a few characters) continues there; a line found nowhere is furniture. The first line of an
article takes the B- role of its field; a title line after its article's body is a title printed
apart (T-O).
"""
from __future__ import annotations

from benchmarks.unseen_score import squash
from dangjian.index.parse.labeller_features import strip_marker

MAX_SKIP = 24            # characters a line may skip past where its field was read to (a byline glued to the lead)
MIN_LOOSE = 6            # a line shorter than this is placed only where the text it continues is
# A contents entry: leader dots run to its page number (局党组召开民主生活会……………3). It repeats a title
# printed below; placed, it would consume that title and leave the real headline unplaced — the
# model would learn contents entries as titles and headlines as furniture. (An ellipsis …… is two.)
_LEADERS = ("…" * 3, "." * 4, "·" * 4)


def contents_entry(text: str) -> bool:
    """Whether a line ends in leader dots, with or without its page number (stripped, not matched: linear)."""
    return text.rstrip().rstrip("0123456789").rstrip().endswith(_LEADERS)


def truth_fields(articles: list[dict]) -> list[tuple[int, str, str]]:
    """Return (article, field, squashed text) for every field a page's lines are aligned with."""
    out = []
    for a, art in enumerate(articles):
        if art.get("title"):
            out.append((a, "title", squash(art["title"])))
        out.append((a, "body", squash("".join(art["body"]))))
        out += [(a, "caption", squash(c)) for c in art.get("captions", ())]
        if art.get("attribution"):
            out.append((a, "attribution", squash(art["attribution"])))
    return [f for f in out if f[2]]


def align(texts: list[str], articles: list[dict]) -> list[str]:
    """Return the role of every filled line (texts, in page order) as its page's truth says."""
    return [role for role, _article in placements(texts, articles)]


def placements(texts: list[str], articles: list[dict]) -> list[tuple[str, int | None]]:
    """Return (role, truth article or None) for every filled line."""
    fields = truth_fields(articles)
    read = [0] * len(fields)                 # how much of each field the lines so far consumed
    placed: list[tuple[int, int] | None] = []   # (field index, offset) per line
    last = None
    for text in texts:
        s = squash(strip_marker(text))
        spot = None if contents_entry(text) else _find(s, fields, read, last)
        placed.append(spot)
        if spot is not None:
            f, o = spot
            same = _common(s, fields[f][2][o:])
            read[f] = max(read[f], o + same)
            _spill(s[same:], f, fields, read)
            last = f
    return _roles(placed, fields)


def _common(a: str, b: str) -> int:
    """Return the length of the common start of two texts."""
    return next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def _spill(extra: str, f: int, fields, read: list[int]) -> None:
    """Count the part of a line past its field's text as read in the field it starts (a glued attribution)."""
    if not extra:
        return
    for g in sorted(range(len(fields)), key=lambda g: (fields[g][0] != fields[f][0], g)):
        if g != f and (fields[g][2].startswith(extra, read[g]) or fields[g][2][read[g]:].startswith(extra)):
            read[g] = min(len(fields[g][2]), read[g] + len(extra))
            return


def _find(s: str, fields, read: list[int], last: int | None) -> tuple[int, int] | None:
    """Place a line: where the last line's field goes on, else at a field's unread start, else anywhere."""
    if not s:
        return None
    if last is not None:
        text = fields[last][2]
        if text.startswith(s, read[last]) or _opens_with(s, last, fields, read, least=1):
            return last, read[last]         # continues (or ends the field and runs on: a glued attribution)
    fresh = [(f, read[f]) for f in range(len(fields)) if fields[f][2].startswith(s, read[f])]
    # A line holding a field's whole unread text and more: 本报讯（记者 某某）近日，… (byline, then the lead).
    fresh += [(f, read[f]) for f in range(len(fields)) if _opens_with(s, f, fields, read)]
    if fresh:
        return min(fresh, key=lambda fo: (fields[fo[0]][0] < _article(fields, last), fo[0]))
    if len(s) < MIN_LOOSE:
        return None
    loose = [(f, fields[f][2].find(s, read[f])) for f in range(len(fields))]
    loose = [(f, o) for f, o in loose if 0 <= o - read[f] <= MAX_SKIP]
    return min(loose, key=lambda fo: (fields[fo[0]][0] < _article(fields, last), fo[0])) if loose else None


def _opens_with(s: str, f: int, fields, read: list[int], least: int = 4) -> bool:
    """Whether a line holds the start of field f's unread text and then another field's unread start
    (or f's whole rest): 本报讯（记者 某某）5月4日，… against an attribution that goes on later."""
    rest = fields[f][2][read[f]:]
    if not rest:
        return False
    same = _common(s, rest)
    if same == len(rest):
        return True
    return same >= least and same < len(s) and any(
        g != f and fields[g][2].startswith(s[same:], read[g]) or fields[g][2][read[g]:].startswith(s[same:])
        for g in range(len(fields)))


def _article(fields, last: int | None) -> int:
    return fields[last][0] if last is not None else 0


def _roles(placed, fields) -> list[tuple[str, int | None]]:
    """Turn each line's (field, offset) into its role, B- for the first line of an article."""
    opened: set[int] = set()
    body_seen: set[int] = set()
    roles, previous = [], "N"
    for spot in placed:
        if spot is None:
            roles.append(("N", None))
            continue
        a, kind, _text = fields[spot[0]]
        role = _role(kind, a, spot[1], a in opened, a in body_seen, previous)
        opened.add(a)
        if kind == "body":
            body_seen.add(a)
        roles.append((role, a))
        previous = role
    return roles


def _role(kind: str, a: int, offset: int, opened: bool, body_seen: bool, previous: str) -> str:
    if kind == "title":
        if body_seen:
            return "T-I" if offset and previous in ("T-O", "T-I") else "T-O"
        return "T-I" if opened and offset else "T-B"
    if kind == "caption":
        return "C"
    prefix = "B" if kind == "body" else "A"
    return f"{prefix}-I" if opened else f"{prefix}-B"
