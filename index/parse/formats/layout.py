"""Put the characters of a PDF page back into reading order, columns and all.

A PDF stores positioned glyphs, in whatever order the typesetter drew them.
Characters on one baseline that touch form a *run* (a column's line). The page
is then cut recursively: at white gaps across its whole width (stacked
articles, header, footer; a headline stays with the text below it), at column
gutters that no run crosses (columns, or stacks of articles side by side), and
at runs that cross a gutter (headlines over the columns below them). Parts are
read top to bottom, columns left to right. The measurements behind this are in
docs/decisions.md ("Other formats").
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import NamedTuple

GAP_SPLIT = 0.9       # a horizontal gap wider than 0.9 em ends a run (column gutters are wider)
GAP_SPACE = 0.3       # a gap wider than 0.3 em inside a run reads as a space
GUTTER_SHARE = 0.25   # a strip is a gutter where coverage is under a quarter of the columns' beside it


@dataclass
class Run:
    """Characters that touch on one baseline: a line of one column."""

    x0: float
    x1: float
    top: float          # distance from the page's top edge, growing downwards
    size: float
    text: str


class Line(NamedTuple):
    """A line of a block: its text, where it stands, its type size, whether it is indented."""

    text: str
    top: float
    size: float
    indented: bool


def runs_from_chars(chars: list[tuple[float, float, float, float, str]]) -> list[Run]:
    """Group (x0, x1, top, size, text) characters into runs."""
    runs: list[Run] = []
    for row in _rows(chars):
        row.sort(key=lambda c: c[0])
        current, last = None, None
        for x0, x1, top, size, text in row:
            if last and text == last[1] and abs(x0 - last[0]) < 0.3 * size:
                continue                  # the same glyph drawn again, a hair aside: fake bold
            last = (x0, text)
            gap = x0 - current.x1 if current else 0.0
            if current is None or gap > GAP_SPLIT * size:
                current = Run(x0, x1, top, size, "")
                runs.append(current)
            elif gap > GAP_SPACE * size and not current.text.endswith(" ") and text != " ":
                current.text += " "
            current.text += text
            current.x1 = max(current.x1, x1)
    return [r for r in runs if r.text.strip()]


def _rows(chars):
    """Cluster characters whose vertical centres agree within 0.35 em (one baseline)."""
    rows, last = [], None
    for char in sorted(chars, key=lambda c: (c[2], c[0])):
        if last is None or abs(char[2] - last[2]) > 0.35 * min(char[3], last[3]):
            rows.append([])
        rows[-1].append(char)
        last = char
    return rows


def running_lines(runs: list[Run]) -> tuple[list[Run], list[str]]:
    """Split off the running head and foot: the page's first and last lines when set apart by
    white space, at most two lines, in type no larger than the body's. Return (other runs,
    their texts)."""
    parts = _cut_at_white(sorted(runs, key=lambda r: (r.top, r.x0)))
    if len(parts) < 2:
        return runs, []
    em = median(r.size for r in runs)
    running = [k for k in sorted({0, len(parts) - 1})
               if len({round(r.top) for r in parts[k]}) <= 2 and max(r.size for r in parts[k]) <= 1.05 * em]
    if len(running) == len(parts):
        return runs, []
    kept = [r for k, part in enumerate(parts) if k not in running for r in part]
    return kept, [line.text for k in running for line in block_lines(parts[k])]


def reading_order(runs: list[Run], depth: int = 0) -> list[tuple[bool, list[Run]]]:
    """Return the runs in reading order as blocks: (spans columns?, runs of a column or headline).

    A recursive cut, trying in turn: a white gap across everything (stacked articles), a gutter
    nothing crosses (columns, or two stacks of articles side by side), lines that cross a gutter
    (headlines over the columns below them).
    """
    if len(runs) < 2 or depth > 16:
        return [(False, runs)] if runs else []
    ordered = sorted(runs, key=lambda r: (r.top, r.x0))
    parts = _headlines_joined(_cut_at_white(ordered))
    if len(parts) > 1:
        return [block for part in parts for block in reading_order(part, depth + 1)]
    gutters = _gutters(runs)
    clean = [g for g in gutters if not any(_crosses(r, [g]) for r in runs)]
    columns = _columns(runs, clean) if clean else []
    if len(columns) > 1:
        return [block for column in columns for block in reading_order(column, depth + 1)]
    if not gutters:
        return [(False, ordered)]
    blocks: list[tuple[bool, list[Run]]] = []
    for spanning, zone in _zones(ordered, gutters):
        blocks.extend([(True, zone)] if spanning else reading_order(zone, depth + 1))
    return blocks


def _headlines_joined(parts: list[list[Run]]) -> list[list[Run]]:
    """Join a part set wholly in larger type than the part below it (headlines) to that part:
    a headline belongs with its text, and side-by-side headlines must not be read as one row."""
    out: list[list[Run]] = []
    pending: list[Run] = []
    for k, part in enumerate(parts):
        nxt = parts[k + 1] if k + 1 < len(parts) else None
        headline = len({round(r.top) for r in part}) <= 3       # at most three lines, as titles are
        if nxt and headline and min(r.size for r in part) > 1.15 * median(r.size for r in nxt):
            pending += part
            continue
        out.append(pending + part)
        pending = []
    return out


def _gutters(runs: list[Run]) -> list[tuple[float, float]]:
    """Return the x-intervals that almost no run crosses, between text on both sides."""
    if len(runs) < 4:
        return []
    em = median(r.size for r in runs)
    body = [r for r in runs if r.size <= 1.15 * em]     # headlines cross gutters; they do not make them
    left, right = int(min(r.x0 for r in runs)), int(max(r.x1 for r in runs)) + 1
    coverage = [0] * (right - left)
    for run in body:
        for x in range(int(run.x0) - left, int(run.x1) - left):
            coverage[x] += 1
    # Low against the densest text on both sides: a short column beside a long one stays a column.
    left_peak, right_peak = _running_max(coverage), _running_max(coverage[::-1])[::-1]
    low = [c <= GUTTER_SHARE * min(lp, rp) for c, lp, rp in zip(coverage, left_peak, right_peak)]
    gutters, start = [], None
    for x, is_low in enumerate(low + [False]):
        if is_low and start is None:
            start = x
        elif not is_low and start is not None:
            if start > 0 and x < len(coverage) and x - start >= 0.6 * em:
                gutters.append((left + start, left + x))
            start = None
    return gutters


def _running_max(values: list[int]) -> list[int]:
    out, best = [], 0
    for value in values:
        best = max(best, value)
        out.append(best)
    return out


def _crosses(run: Run, gutters) -> bool:
    # Across the whole strip: a full column line may reach into the gutter's measured edge.
    return any(run.x0 < g0 and run.x1 > g1 for g0, g1 in gutters)


def _zones(runs: list[Run], gutters) -> list[tuple[bool, list[Run]]]:
    """Cut the runs (sorted by top) at every run that crosses a gutter."""
    zones: list[tuple[bool, list[Run]]] = []
    for run in runs:
        spanning = _crosses(run, gutters) or _continues_headline(zones, run)
        if zones and zones[-1][0] == spanning and (not spanning or abs(zones[-1][1][-1].top - run.top) < 0.5):
            zones[-1][1].append(run)
        else:
            zones.append((spanning, [run]))
    return zones


def _cut_at_white(zone: list[Run]) -> list[list[Run]]:
    """Cut runs (sorted by top) where every column leaves a wide white gap: article blocks
    stacked without a headline between them, a header, a footer."""
    tops = sorted({round(r.top, 1) for r in zone})
    steps = [b - a for a, b in zip(tops, tops[1:])]
    if len(steps) < 2:
        return [zone]
    pitch = sorted(steps)[len(steps) // 4]          # the line pitch, even on a page of few lines
    limit, em = 1.7 * pitch, median(r.size for r in zone)
    parts, last = [[]], None
    for run in zone:
        # judged against the type too: a two-line headline is spaced wider than the body
        if (last is not None and run.top - last.top > max(limit, 2.0 * max(run.size, last.size))
                and last.size <= 1.15 * em):            # never between a headline and the text below it
            parts.append([])
        parts[-1].append(run)
        last = run if last is None or run.top >= last.top else last
    return parts


def _continues_headline(zones, run: Run) -> bool:
    """Whether a short run is the last line of the headline just above it (same type, next line)."""
    if not zones or not zones[-1][0]:
        return False
    last = zones[-1][1][-1]
    return abs(last.size - run.size) < 0.1 * run.size and 0 < run.top - last.top < 2 * run.size


def _columns(zone: list[Run], gutters) -> list[list[Run]]:
    """Split a zone's runs at the gutters, left to right."""
    edges = [(g0 + g1) / 2 for g0, g1 in gutters] + [float("inf")]
    columns: list[list[Run]] = [[] for _ in edges]
    for run in zone:
        columns[next(k for k, edge in enumerate(edges) if run.x0 < edge)].append(run)
    return [c for c in columns if c]


def block_lines(block: list[Run]) -> list[Line]:
    """Join runs of one block that share a baseline into lines."""
    lines: list[Line] = []
    left = min(r.x0 for r in block)
    for run in sorted(block, key=lambda r: (round(r.top, 1), r.x0)):
        if lines and abs(lines[-1].top - run.top) < 0.35 * run.size:
            lines[-1] = lines[-1]._replace(text=f"{lines[-1].text} {run.text}")
        else:
            lines.append(Line(run.text, run.top, run.size, run.x0 - left > 1.5 * run.size))
    return lines


def page_text(runs: list[Run]) -> str:
    """Return a page's text layer: lines in reading order, with a blank line where the type
    size changes (titles), a wide vertical gap opens or an indented paragraph starts.

    Where the page indents its paragraphs, a line that ends a sentence but is followed by an
    unindented line is not a paragraph's end: the two are joined, so the cleaner, which
    sees no indents, cannot take the sentence end for one.
    """
    blocks = [(spanning, block_lines(block)) for spanning, block in reading_order(runs)]
    indents = [line.indented for _, lines in blocks for line in lines]
    indented_layout = sum(indents) >= max(2, 0.05 * len(indents))
    out: list[str] = []
    previous, was_spanning = None, False
    for spanning, lines in blocks:
        for line in lines:
            if previous and out[-1] and _apart(previous, line, spanning, was_spanning, out[-1]):
                out.append("")
            elif previous and indented_layout and _continues(out[-1], line):
                out[-1] += line.text.strip()
                previous, was_spanning = line, spanning
                continue
            out.append(line.text.strip())
            previous, was_spanning = line, spanning
    return "\n".join(out).strip("\n")


def _apart(previous: Line, line: Line, spanning: bool, was_spanning: bool, last_text: str) -> bool:
    """Whether a blank line goes between two lines. A column break is no paragraph break; a
    line across the columns stands apart, except from the rest of its own headline."""
    across = (spanning != was_spanning and not _same_headline(previous, line)) or (
        spanning and line.top - previous.top > 2.2 * line.size)
    return across or _break_between(previous, line) or _indent_after_end(last_text, line)


def _same_headline(previous: Line, line: Line) -> bool:
    """Whether line is set in the same type right below previous: a headline's next line."""
    return abs(previous.size - line.size) < 0.1 * line.size and 0 < line.top - previous.top < 2 * line.size


def _continues(previous: str, line: Line) -> bool:
    """Whether an unindented line carries on a paragraph whose last line ended a sentence."""
    return (bool(previous) and not line.indented and previous.rstrip()[-1:] in "。！？；”"
            and not line.text.strip().startswith(("（", "(")))


def _indent_after_end(previous: str, line: Line) -> bool:
    """An indented line after a sentence end opens a paragraph: say so with a blank line,
    since the text layer keeps no indent and a paragraph may fill its last line."""
    return line.indented and previous.rstrip()[-1:] in "。！？；”）)"


def _break_between(previous: Line, line: Line) -> bool:
    """A change of type size (title and body) or a wide vertical gap."""
    size_changed = abs(line.size - previous.size) > 0.1 * min(previous.size, line.size)
    return size_changed or line.top - previous.top > 2.2 * max(previous.size, line.size)
