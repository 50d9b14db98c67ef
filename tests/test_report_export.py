"""Report export (issue 17, item 2): GB/T 7714 citations, the CSV's citation and lead, Word files."""
from __future__ import annotations

import csv
import io
from urllib.parse import quote

import pytest
from docx import Document

from dangjian.search.export import iter_hits
from dangjian.search.request import SearchRequest
from dangjian.web.citation import authors, gbt_citation, lead

from .webutil import app, client  # noqa: F401  (fixtures)

ZHEJIANG = "595124aeb9328f12"      # 中国社会报 2024-06-18 第3版, 本报讯（记者 孙浩然）


@pytest.mark.parametrize("doc,expected", [
    ({"title": "座谈会", "publication": "中国社会报", "issue_date": "2024-06-18", "page": "03",
      "roles": [["孙浩然", "记者"], ["潘立群", "副厅长"]], "source": "浙江省民政厅"},
     "孙浩然. 座谈会[N]. 中国社会报, 2024-06-18(3)."),
    ({"title": "培训班开班", "publication": "公益时报", "issue_date": "2023-10-31", "page": "p4", "roles": [],
      "source": "山东省民政厅"}, "山东省民政厅. 培训班开班[N]. 公益时报, 2023-10-31(4)."),
    ({"title": "四人", "publication": "公益时报", "issue_date": "2023-10-31", "page": "A",
      "roles": [["甲", "记者"], ["乙", "通讯员"], ["丙", "通讯员"], ["丁", "通讯员"]]},
     "甲, 乙, 丙, 等. 四人[N]. 公益时报, 2023-10-31."),
    ({"title": "讯", "publication": "中国社会报", "issue_date": "2024-06-18", "page": "3", "people": ["潘立群", "孙浩然"],
      "paragraphs": ["本报讯（记者 孙浩然）6月12日，潘立群出席。"], "attribution": None},
     "孙浩然. 讯[N]. 中国社会报, 2024-06-18(3)."),
    ({"title": "两位", "publication": "公益时报", "issue_date": "2024-06-18", "page": "3", "people": ["黄志坚", "覃丽萍", "李四"],
      "paragraphs": ["黄志坚要求……"], "attribution": "（通讯员 覃丽萍 李四）", "source": "南宁市民政局"},
     "覃丽萍, 李四. 两位[N]. 公益时报, 2024-06-18(3)."),
    ({"title": "据", "publication": "公益时报", "issue_date": "2024-06-18", "page": "3", "people": ["黄志坚"],
      "paragraphs": ["黄志坚要求……"], "attribution": "（据南宁市民政局）", "source": "南宁市民政局"},
     "南宁市民政局. 据[N]. 公益时报, 2024-06-18(3)."),
    ({"title": "无名", "publication": "中国社会报", "issue_date": None, "page": "3", "roles": []},
     "无名[N]. 中国社会报."),
    ({"title": "", "publication": None, "issue_date": "2024-01", "page": None}, "（无标题）[N]. 报刊不详."),
])
def test_gbt_citation_form(doc, expected):
    assert gbt_citation(doc) == expected


def test_an_article_page_and_api_give_the_gbt_citation_with_a_copy_button(client):
    expected = "孙浩然. 浙江省民政厅召开全省社会组织党建工作座谈会[N]. 中国社会报, 2024-06-18(3)."
    assert client.get(f"/api/articles/{ZHEJIANG}").get_json()["citation"] == expected
    html = client.get(f"/articles/{ZHEJIANG}").get_data(as_text=True)
    assert f'<span id="citation" class="cite">{expected}</span>' in html
    assert 'data-copy="citation" hidden' in html and '<script src="/static/copy.js" defer>' in html
    assert client.get("/static/copy.js").status_code == 200


def read_csv(response) -> list[dict]:
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_csv_has_citation_and_lead_and_a_name_from_the_query(client, engine):
    response = client.get("/export.csv?q=两个确立&sort=date")
    rows = read_csv(response)
    hits = list(iter_hits(engine, SearchRequest(query="两个确立", sort="date"), snippets=False))
    assert [r["id"] for r in rows] == [h.id for h in hits]
    for row in rows:
        doc = engine.article(row["id"])
        assert row["导语"] == doc["paragraphs"][0]
        assert row["引文"].startswith(f"{authors(doc)}. " if authors(doc) else doc["title"])
        assert f"{doc['title']}[N]. {doc['publication']}" in row["引文"]
    disposition = response.headers["Content-Disposition"]
    assert 'filename="dangjian-export.csv"' in disposition
    assert f"filename*=UTF-8''{quote('党建报道-两个确立-')}" in disposition


def docx_of(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype.endswith("wordprocessingml.document")
    return Document(io.BytesIO(response.data)), response


def headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def body_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def test_docx_holds_the_ticked_articles_in_order_with_the_cover(client, engine):
    hits = engine.search(SearchRequest(query="民政", filters={"province": ("江苏",)}, limit=5)).hits
    picked = [hits[2].id, hits[0].id]
    document, response = docx_of(client, f"/export.docx?q=民政&province=江苏&id={picked[0]}&id={picked[1]}"
                                         "&id=0000000000000000&id=<bad>")
    assert headings(document) == [engine.article(i)["title"] for i in picked]
    text = body_text(document)
    assert "检索词：民政" in text and "省份：江苏" in text and "本文件收录：所选 2 篇" in text
    total = engine.search(SearchRequest(query="民政", filters={"province": ("江苏",)})).total
    assert f"检索结果：共 {total} 篇" in text
    for article_id in picked:
        assert "引文：" + gbt_citation(engine.article(article_id)) in text
    assert f"filename*=UTF-8''{quote('党建报道-民政-')}" in response.headers["Content-Disposition"]


def test_docx_of_a_whole_result_set_is_its_first_hits_up_to_the_limit(client, engine):
    document, _ = docx_of(client, "/export.docx?q=两个确立&sort=date&max=3")
    hits = engine.search(SearchRequest(query="两个确立", sort="date", limit=3)).hits
    assert headings(document) == [h.title for h in hits]
    assert "按日期（新到旧）排序的前 3 篇" in body_text(document)
    document, _ = docx_of(client, "/export.docx?q=两个确立&max=999999")
    total = engine.search(SearchRequest(query="两个确立")).total
    assert len(headings(document)) == total           # the limit (500) is above this archive's result


def test_docx_full_text_keeps_every_paragraph_and_lead_only_the_first(client, engine):
    hits = [h for h in engine.search(SearchRequest(query="党建", limit=20)).hits
            if len(engine.article(h.id)["paragraphs"]) > 1][:3]
    ids = "&".join(f"id={h.id}" for h in hits)
    full, _ = docx_of(client, f"/export.docx?text=full&{ids}")
    short, _ = docx_of(client, f"/export.docx?{ids}")
    full_paragraphs, short_paragraphs = {p.text for p in full.paragraphs}, {p.text for p in short.paragraphs}
    for hit in hits:
        doc = engine.article(hit.id)
        assert set(doc["paragraphs"]) <= full_paragraphs          # nothing of the text is dropped
        assert lead(doc) in short_paragraphs and not set(doc["paragraphs"][1:]) & short_paragraphs
        if doc.get("attribution"):
            assert doc["attribution"] in full_paragraphs


@pytest.mark.parametrize("qs", ["q=%00<script>&max=-5", "id=%FF%FE&text=x", "q=没有这个词语啊", "max=abc&from=1999"])
def test_docx_survives_bad_parameters(client, qs):
    document, _ = docx_of(client, "/export.docx?" + qs)
    assert "党建报道检索 · 文章汇编" in body_text(document)
