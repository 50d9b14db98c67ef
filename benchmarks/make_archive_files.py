"""Write the bundled archive's PDF, HTML and Word files from benchmarks/sample_articles.py.

    python -m benchmarks.make_archive_files

The files are committed; this script is how they were made (rerun it after
changing the articles or the renderers, then update tests/archive_expected.json).
"""
from __future__ import annotations

from pathlib import Path

import docx

from .epaper_html import render_epaper
from .pdf_pages import render_pdf
from .sample_articles import ARTICLES, HTML_ARTICLE, REPORT_ARTICLES

ARCHIVE = Path(__file__).resolve().parent.parent / "archive"


def write_pdf() -> Path:
    """A two-page issue file: page 1 in three columns (bands), page 2 in two (flow, a title below)."""
    first = {"articles": [{**a, "title_position": "before"} for a in ARTICLES[:2]], "columns": 3,
             "layout": "bands", "header": "2024年7月9日 星期二  中国社会报  第1版", "label": "党建",
             "footer": "责任编辑：林晓  版面设计：赵明", "draw_order": "rows"}
    second = {"articles": [{**ARTICLES[2], "title_position": "before"}, {**ARTICLES[3], "title_position": "after"}],
              "columns": 2, "layout": "flow", "header": "2024年7月9日 星期二  中国社会报  第2版",
              "label": "TOPIC", "draw_order": "shuffled"}
    return render_pdf([first, second], ARCHIVE / "中国社会报" / "2024-07-09" / "issue.pdf")


def write_html() -> Path:
    edition = {"publication": "公益时报", "date": "2024-08-27", "page": "06", "section": "党建"}
    data, _ = render_epaper(HTML_ARTICLE, edition, 1)
    path = ARCHIVE / "公益时报" / "epaper" / "content_0827_06.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def write_docx() -> Path:
    document = docx.Document()
    document.add_paragraph("2024年9月10日")
    for article in REPORT_ARTICLES:
        document.add_heading(article["title"], level=1)
        for para in article["paragraphs"]:
            document.add_paragraph(para)
        document.add_paragraph(article["attribution"])
    path = ARCHIVE / "民政工作简报" / "undated" / "第9期.docx"
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


if __name__ == "__main__":
    for written in (write_pdf(), write_html(), write_docx()):
        print(written.relative_to(ARCHIVE.parent))
