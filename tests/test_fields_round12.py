"""Round twelve (fields12): attribution, source and dates of bulletin credits, portal list pages and a
medium's own reporter; every text here is invented."""
import time
from datetime import date
from types import SimpleNamespace

from dangjian.index.parse.attributions import is_attribution
from dangjian.index.parse.metadata import extract_metadata, page_province_hint
from dangjian.index.parse.pipeline import parse_file
from dangjian.index.parse.sources import unit_with_writer

ISSUE = date(2024, 5, 10)
MASTHEAD = "青岚民政党建简报\n第5期\n衡阳市民政局机关党委办公室　2024年5月10日\n"


def _bulletin_meta(title, lead, credit, masthead=MASTHEAD, publication="青岚民政党建简报"):
    piece = SimpleNamespace(title=title, paragraphs=[lead])
    page = SimpleNamespace(text=masthead + title + "\n" + lead + "\n" + credit + "\n", publication=publication,
                           province_hint=None)
    return extract_metadata(title, [lead], credit, ISSUE, page_province_hint(page, [piece]), publication=publication)


# --- a bulletin item closed by its unit and its writer -------------------------------------------------------

def test_a_bulletins_unit_with_its_writer_is_the_source_completed_with_the_issuing_bureau():
    lead = "5月6日，社会事务科党支部组织党员到敬老院开展志愿服务。"
    for credit in ("（社会事务科党支部 贺明远）", "（社会事务科党支部贺明远）", "（局社会事务科党支部　贺明远）"):
        assert _bulletin_meta("社会事务科党支部开展志愿服务", lead, credit).source == "衡阳市民政局社会事务科党支部"


def test_a_bulletins_unit_printed_whole_with_its_writer_stays_as_printed():
    lead = "5月3日，松溪县民政局召开党风廉政建设推进会。"
    for credit in ("（松溪县民政局 孔令真）", "（松溪县民政局孔令真）"):
        assert _bulletin_meta("松溪县民政局推进廉政建设", lead, credit).source == "松溪县民政局"


def test_a_bulletins_numbered_branch_and_discipline_committee_are_its_bureaus():
    lead = "5月7日，局机关第二党支部开展主题党日活动。"
    assert _bulletin_meta("主题党日", lead, "（局机关第二党支部）").source == "衡阳市民政局机关第二党支部"
    assert is_attribution("（厅机关纪委）")


def test_a_bare_office_credit_is_the_issuing_bureaus_office_not_the_mastheads():
    lead = "5月8日，局党组理论学习中心组开展专题学习。"
    assert _bulletin_meta("局党组开展专题学习", lead, "（办公室）").source == "衡阳市民政局办公室"


def test_a_papers_closing_unit_and_name_is_no_bulletin_credit():
    lead = "我是青禾社区的一名老党员，读了上期的报道很受触动。"
    meta = extract_metadata("读者来信", [lead], "（青禾街道青禾社区 孔令真）", ISSUE, None, publication="青岚晚报")
    assert meta.source is None


def test_unit_with_writer_needs_a_unit_and_a_name():
    surnames = frozenset("孔贺林")
    assert unit_with_writer("（社会事务科党支部贺明远）", surnames) == "社会事务科党支部"
    assert unit_with_writer("（通讯员 孔令真）", surnames) is None
    assert unit_with_writer("（感谢大家的支持）", surnames) is None
    assert unit_with_writer("（衡阳市民政局）", surnames) is None


def test_unit_with_writer_is_fast_on_a_long_bracket():
    text = "（" + "局科处" * 3000 + "孔令真）" + "（民政局 孔令）" * 3000
    start = time.perf_counter()
    unit_with_writer(text, frozenset("孔"))
    assert time.perf_counter() - start < 1.0


# --- portal list pages ------------------------------------------------------------------------------------

ENTRIES = [("青禾街道开展敬老志愿服务", "5月6日，青禾街道党工委组织党员走访独居老人。", "来源：青禾街道办事处", "2024-05-07"),
           ("松溪县民政局召开党建推进会", "近日，松溪县民政局召开机关党建工作推进会。", "来源：松溪县民政局", "2024-05-03"),
           ("柳塘镇成立社会组织联合党支部", "日前，柳塘镇社会组织联合党支部成立。", "来源：柳塘镇人民政府", "2024-04-28")]


def _list_page(tmp_path, items, closing=True):
    def entry(title, lead, source, stamp):
        tail = f'<span class="src">{source}</span><span class="date">{stamp}</span>' if closing else \
            f'<span class="date">{stamp}</span>'
        return f'<li><a class="t" href="/a.html">{title}</a><p class="sum">{lead}</p>{tail}</li>'
    markup = f"""<html><head><meta charset="utf-8"><title>县区动态_青岚民政网</title></head><body>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; 县区动态</div>
<div class="list"><h2>县区动态</h2><ul>{''.join(entry(*e) for e in items)}</ul>
<div class="page">共 80 条 <a href="#">首页</a> <a href="#">下一页</a></div></div>
<div class="footer">主办单位：衡阳市民政局</div></body></html>"""
    path = tmp_path / "青岚民政网" / "2024-05-10" / "list_2.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markup, encoding="utf-8")
    return parse_file(path, tmp_path, keep_noise=True).articles


def test_each_list_entry_keeps_its_own_closing_source(tmp_path):
    articles = _list_page(tmp_path, ENTRIES)
    assert [a.title for a in articles] == [e[0] for e in ENTRIES]
    assert [a.source for a in articles] == ["青禾街道办事处", "松溪县民政局", "柳塘镇人民政府"]


def test_each_list_entry_is_dated_by_its_lead_else_its_own_stamp(tmp_path):
    articles = _list_page(tmp_path, ENTRIES)
    assert [a.date for a in articles] == [date(2024, 5, 6), date(2024, 5, 3), date(2024, 4, 28)]


def test_an_uncredited_list_entry_is_the_sites(tmp_path):
    articles = _list_page(tmp_path, ENTRIES, closing=False)
    assert [a.source for a in articles] == ["青岚民政网"] * 3
    assert [a.date for a in articles] == [date(2024, 5, 6), date(2024, 5, 3), date(2024, 4, 28)]


# --- a medium's reporter named by its kind ------------------------------------------------------------------

def test_a_media_centres_or_evening_papers_reporter_closes_the_article_as_its_credit(tmp_path):
    path = tmp_path / "青岚融媒" / "2024-05-10" / "02.txt"
    path.parent.mkdir(parents=True)
    path.write_text("县民政局召开专题学习会\n5月8日，县民政局党组召开专题学习会，部署重点工作。\n会议要求，"
                    "要把学习成果转化为工作实效。\n（融媒记者 孔令真）\n\n柳塘镇开展敬老志愿服务\n近日，柳塘镇党委组织"
                    "党员走访独居老人，送去慰问品。\n（通讯员 贺明远）\n", encoding="utf-8")
    articles = parse_file(path, tmp_path, keep_noise=True).articles
    assert len(articles) == 2
    assert articles[0].source == "青岚融媒" and "孔令真" in articles[0].attribution
    assert articles[1].source is None
    assert is_attribution("（晚报记者 孔令真）") and is_attribution("（全媒体记者 孔令真 通讯员 贺明远）")
    assert not is_attribution("（融媒记者 孔令真 摄）")


def test_an_evening_papers_own_news_dateline_names_the_paper(tmp_path):
    path = tmp_path / "青岚晚报" / "2024-05-10" / "A04.txt"
    path.parent.mkdir(parents=True)
    path.write_text("市民政局召开述职评议会\n晚报讯（记者 孔令真 通讯员 贺明远）5月8日，市民政局机关党委召开"
                    "党支部书记述职评议会。\n", encoding="utf-8")
    articles = parse_file(path, tmp_path, keep_noise=True).articles
    assert articles[0].source == "青岚晚报"
    assert articles[0].attribution.startswith("晚报讯")


def test_unit_with_writer_reads_short_brackets():
    for text in ("（孔）", "（孔令）", "（局孔令）", "（）", "（ ）"):
        assert unit_with_writer(text, frozenset("孔")) is None


# --- a bulletin's own bureau: its divisions' branches, and the bureau named by its level --------------------

def test_a_bureaus_division_branch_acting_is_the_issuing_bureau():
    lead = "5月6日，社会事务科党支部组织党员到敬老院开展志愿服务。"
    assert _bulletin_meta("社会事务科党支部开展志愿服务", lead, "（社会事务科党支部 贺明远）").agency == "衡阳市民政局"
    lead = "9月中旬，殡葬管理科党支部开展“阳光殡葬”主题党日活动。"
    meta = _bulletin_meta("殡葬管理科党支部开展主题党日", lead, "（殡葬管理科党支部 贺明远）")
    assert (meta.agency, meta.source) == ("衡阳市民政局", "衡阳市民政局殡葬管理科党支部")


def test_a_bulletins_bureau_named_by_its_level_is_the_issuer_not_a_place_in_the_bulletins_name():
    masthead = "韶山民政党建简报\n第5期\n中共湘潭市民政局机关委员会编　2024年5月10日\n"
    lead = "5月5日上午，市民政局召开党纪学习教育动员部署会。"
    meta = _bulletin_meta("市民政局召开动员部署会", lead, "（局机关党委办公室）", masthead, "韶山民政党建简报")
    assert meta.agency == "湘潭市民政局"


def test_a_papers_own_news_with_its_place_opens_the_dateline(tmp_path):
    path = tmp_path / "青岚日报" / "2024-05-10" / "06.txt"
    path.parent.mkdir(parents=True)
    path.write_text("衡阳市民政局召开述职评议会\n本报衡阳讯（记者 孔令真）5月8日，衡阳市民政局召开机关党建述职评议会。\n",
                    encoding="utf-8")
    articles = parse_file(path, tmp_path, keep_noise=True).articles
    assert articles[0].attribution == "本报衡阳讯（记者 孔令真）"
    assert articles[0].title == "衡阳市民政局召开述职评议会"
    assert articles[0].date == date(2024, 5, 8)


def test_a_photo_caption_set_before_the_lead_does_not_date_the_article():
    paragraphs = ["图为会议现场。（孔令真 摄）", "5月6日，松溪县民政局召开社会组织党建工作会议。"]
    meta = extract_metadata("松溪县召开社会组织党建工作会议", paragraphs, None, ISSUE, None, publication="青岚民政网")
    assert meta.date == date(2024, 5, 6)
