"""Scanned PDF pages: OCR'd with tesseract when installed, else skipped with that reason."""
from __future__ import annotations

import pytest

from benchmarks.pdf_pages import render_scanned_pdf
from benchmarks.sample_articles import ARTICLES
from dangjian.index.parse.formats import ocr
from dangjian.index.parse.pipeline import parse_file, parse_paths
from dangjian.index.parse.reader import UnreadableFile
from dangjian.index.parse.records import Report


@pytest.fixture
def scanned(tmp_path):
    spec = {"articles": [{**ARTICLES[0], "title_position": "before"}], "columns": 2, "font_size": 11.0}
    return tmp_path, render_scanned_pdf([spec], tmp_path / "测试报" / "2024-07-09" / "02.pdf")


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return {a + b for a, b in zip(chars, chars[1:])}


def test_scanned_page_has_no_text_layer(scanned):
    from pdfminer.high_level import extract_text
    assert extract_text(str(scanned[1])).strip() == ""


def test_scanned_page_is_ocrd_and_marked(scanned):
    if ocr.tesseract_missing():
        pytest.skip(f"tesseract absent: {ocr.tesseract_missing()}")
    root, path = scanned
    page, found = parse_file(path, root)
    assert page.extraction == "ocr" and {(a.extraction, a.pdf_page) for a in found} == {("ocr", 1)}
    truth = _bigrams(ARTICLES[0]["title"] + "".join(ARTICLES[0]["paragraphs"]))
    recovered = _bigrams(page.text) & truth
    assert len(recovered) >= 0.8 * len(truth)        # OCR is not exact; most of the text must be there
    assert found[0].province == "河南"


def test_without_tesseract_the_page_is_skipped_with_that_reason(scanned, monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_missing", lambda: "tesseract is not installed (apt-get install …)")
    report = Report()
    assert list(parse_paths([scanned[0]], report)) == []
    assert [s.path for s in report.skipped] == ["测试报/2024-07-09/02.pdf"]
    assert "scan without a text layer" in report.skipped[0].reason and "tesseract" in report.skipped[0].reason


def test_ocr_time_limit_stops_a_slow_page(scanned, tmp_path, monkeypatch):
    """A stand-in tesseract that never finishes is stopped at the limit: OCR never hangs a run."""
    fake = tmp_path / "bin" / "tesseract"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nexec sleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:/usr/bin:/bin")
    monkeypatch.setattr(ocr, "tesseract_missing", lambda: None)
    with pytest.raises(UnreadableFile, match="longer than 0.5 s"):
        ocr.ocr_pdf_page(scanned[1], 1, seconds=0.5)


def test_ocr_text_goes_through_the_pipeline_with_its_bracket_misreads_fixed(scanned, tmp_path, monkeypatch):
    """A stand-in tesseract prints what chi_sim makes of a page, 〈 for （ included."""
    article = ARTICLES[0]
    ocr_text = "\n".join([article["title"], "", *article["paragraphs"], "〈据河南省民政厅)", ""])
    fake = tmp_path / "bin" / "tesseract"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\ncat <<'END'\n{ocr_text}\nEND\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:/usr/bin:/bin")
    monkeypatch.setattr(ocr, "tesseract_missing", lambda: None)
    root, path = scanned
    _, found = parse_file(path, root)
    assert [(a.title, a.attribution, a.extraction) for a in found] == [
        (article["title"], "（据河南省民政厅)", "ocr")]
