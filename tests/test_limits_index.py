"""A bad file costs only itself (issue 18, defects 3, 4, 5, 11): caps inside the readers, and a
time and memory limit around each file's parse. Hostile files come from tests/hostile.py."""
from __future__ import annotations

import multiprocessing
import time

import pytest

from benchmarks.pdf_pages import render_pdf
from benchmarks.sample_articles import ARTICLES
from dangjian.index import limits, writer
from dangjian.index.config import Config, Limits
from dangjian.index.parse import UnreadableFile, caps, parse_file
from dangjian.index.writer import build_index
from dangjian.index.check import check_index

from . import hostile
from .conftest import write_page

MB = hostile.MB


@pytest.fixture
def small_caps():
    """Caps small enough that generated bombs stay small and quick."""
    limits.use(Limits(decompressed_bytes=8 * MB, extracted_chars=20_000, paragraphs=500))
    yield caps()
    limits.use(None)


def skip_reason(path, root) -> str:
    with pytest.raises(UnreadableFile) as refused:
        parse_file(path, root)
    return str(refused.value)


def test_3_a_pdf_stream_inflating_past_the_cap_is_refused_before_it_is_held(tmp_path, small_caps):
    path = hostile.pdf_flate_bomb(tmp_path / "报" / "2024-01-01" / "01.pdf", inflated=20 * MB)
    assert path.stat().st_size < 200_000
    assert "limits.decompressed_bytes" in skip_reason(path, tmp_path)


def test_3_a_pdf_form_drawn_inside_itself_is_refused(tmp_path):
    path = hostile.pdf_form_bomb(tmp_path / "报" / "2024-01-01" / "01.pdf", levels=8)
    assert path.stat().st_size < 4000
    started = time.monotonic()
    assert "forms" in skip_reason(path, tmp_path)
    assert time.monotonic() - started < 60         # bounded, not the 10^8 runs it asks for


def test_3_a_word_file_inflating_past_the_cap_is_refused(tmp_path, small_caps):
    path = hostile.docx_bomb(tmp_path / "报" / "2024-01-01" / "01.docx", inflated=20 * MB)
    assert "limits.decompressed_bytes" in skip_reason(path, tmp_path)


@pytest.mark.parametrize("maker", [hostile.docx_nested, hostile.html_nested], ids=["docx", "html"])
def test_11_nested_markup_keeps_every_paragraph_or_is_refused_with_its_reason(tmp_path, maker):
    suffix = ".docx" if maker is hostile.docx_nested else ".html"
    shallow = maker(tmp_path / "报" / "2024-01-01" / f"a{suffix}", 40)
    text = " ".join(p for a in parse_file(shallow, tmp_path)[1] for p in a.paragraphs + (a.attribution or "",))
    assert "山东省民政厅" in text and ("深层表格" in text if suffix == ".docx" else "部署下半年工作" in text)
    deep = maker(tmp_path / "报" / "2024-01-01" / f"b{suffix}", 300)
    assert "nested" in skip_reason(deep, tmp_path) or "depth" in skip_reason(deep, tmp_path)


def test_4_extracted_text_is_capped_like_a_text_page(tmp_path, small_caps):
    body = "".join(f"<p>各级民政部门深入学习贯彻党的二十大精神，第{n}段。</p>" for n in range(1200))
    path = tmp_path / "报" / "2024-01-01" / "long.html"
    path.parent.mkdir(parents=True)
    path.write_text(f"<html><body><h1>民政厅召开党建工作会议</h1><div>{body}</div></body></html>", encoding="utf-8")
    reason = skip_reason(path, tmp_path)
    assert "limits.paragraphs" in reason or "limits.extracted_chars" in reason


def _sleepy(seconds):
    while True:                 # pure Python, as the parser is: the alarm interrupts it
        time.sleep(0.01)


def test_4_a_parse_past_the_time_limit_is_skipped_with_its_reason():
    limits.use(Limits(seconds_per_file=0.3))
    try:
        started = time.monotonic()
        with pytest.raises(UnreadableFile, match="limits.seconds_per_file"):
            limits.limited(_sleepy, 10)
        assert time.monotonic() - started < 5
    finally:
        limits.use(None)


def _hog(out):
    limits.use(Limits(memory_mb=400))
    try:
        limits.limited(lambda: bytearray(2 << 30))
        out.put("allocated")
    except UnreadableFile as exc:
        out.put(str(exc))


def test_3_a_worker_running_out_of_memory_skips_the_file_and_lives():
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    child = ctx.Process(target=_hog, args=(out,))
    child.start()
    reason = out.get(timeout=60)
    child.join(30)
    assert "limits.memory_mb" in reason and child.exitcode == 0


def test_5_a_many_page_pdf_is_limited_per_page_not_per_file(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "MAX_ARTICLES_PER_PAGE", 3)
    pages = [{"articles": [{**a, "title_position": "before"} for a in ARTICLES[k:k + 2]], "columns": 2}
             for k in (0, 2, 0, 2)]
    path = render_pdf(pages, tmp_path / "报" / "2024-07-09" / "issue.pdf")
    rel, _, docs, error = writer.prepare_file((str(path), str(tmp_path)))
    assert error is None and len(docs) == 8
    crowded = limits.crowded_page([type("A", (), {"pdf_page": 2})()] * 4, 3)
    assert crowded.startswith("page 2 was cut into 4 articles")


def test_3_check_reports_a_refused_file_with_its_reason_and_asks_for_nothing(tmp_path, small_caps):
    archive = tmp_path / "archive"
    write_page(archive, "公益时报/2023-06-13/04.txt", "近日，河北省民政厅召开党组理论学习中心组学习会。\n（据河北省民政厅）\n")
    hostile.docx_bomb(archive / "公益时报" / "2023-06-13" / "05.docx", inflated=20 * MB)
    config = Config(archive=archive, index=tmp_path / "index")
    result = build_index(config, processes=1)
    reasons = {s.path: s.reason for s in result.report.skipped}
    assert "limits.decompressed_bytes" in reasons["公益时报/2023-06-13/05.docx"]
    assert result.report.files_read == 1
    report = check_index(config)
    assert report.exit_code() == 0 and "limits.decompressed_bytes" in report.skipped["公益时报/2023-06-13/05.docx"]
