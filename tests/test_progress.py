"""The progress bar: a redrawn line with rate and ETA on a terminal, plain lines elsewhere."""
import io

from dangjian.index.progress import ProgressBar, format_duration


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_plain_lines_every_five_percent_with_rate_and_the_end():
    out, clock = io.StringIO(), Clock()
    bar = ProgressBar("reindex", stream=out, clock=clock)
    for n in range(1, 41):
        clock.now += 0.5
        bar(n, 40, f"p{n}.txt", articles=2 * n)
    lines = out.getvalue().splitlines()
    assert len(lines) == 20 and "\r" not in out.getvalue()
    assert lines[-1].startswith("reindex 40/40 files · 80 articles")
    assert "4.0 articles/s" in lines[9]                    # 20 articles in 5 s since the first file
    assert "ETA" in lines[9] and "took" in lines[-1]


def test_terminal_redraws_one_line_and_ends_it():
    out, clock = Terminal(), Clock()
    bar = ProgressBar("update", stream=out, clock=clock)
    for n in range(1, 11):
        clock.now += 1.0
        bar(n, 10, "x.txt", articles=n * 3)
    text = out.getvalue()
    assert text.count("\n") == 1 and text.endswith("\n") and text.count("\r") == 10
    last = text.split("\r")[-1]
    assert "[####################] 100%" in last and "10/10 files" in last and "30 articles" in last


def test_eta_is_remaining_files_at_the_rate_so_far():
    out, clock = Terminal(), Clock()
    bar = ProgressBar("reindex", stream=out, clock=clock)
    clock.now += 10
    assert "ETA 1m30s" in bar.line(10, 100, 10, clock.now)             # 10 files in 10 s, 90 left
    assert format_duration(7322) == "2h02m" and format_duration(59.4) == "59s"
