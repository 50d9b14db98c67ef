"""Third round on article boundaries for publications never met (issue 15, seg5).

Each page is invented for its test. The signals are ones any paper prints: a writer's name set
apart under a headline opens a piece (also when the piece above had its byline at its top, so
nothing closed it), a note with a bracket inside may be broken by the column anywhere, and a
two-character name is padded to three cells with a space.
"""
import pytest

from index.parse.attributions import join_broken_attributions
from index.parse.openings import author_names

from .test_publications import parse, titles

@pytest.fixture(autouse=True)
def _the_rules(monkeypatch):
    # These pages test the rules' mechanisms. The default method (combined) takes the labeller's
    # roles where it doubts the rules' reading, and the labeller learns the rules' verdicts only
    # when the lead retrains it after a merge (docs/decisions.md): until then it has never seen these.
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")


TWO_PIECES_NAMED = """勇于担当作为建设模范机关

本刊评论员

机关党建是党的建设的重要组成部分，必须
走在前、作表率。

要坚持把政治建设摆在首位，推动党员干部
在实干中争先。

以高质量党建
推动民政事业发展
——学习贯彻全会精神的体会

韦明远

一、把握政治方向

民政工作是党的工作的重要组成部分，必须
坚持党的全面领导。

二、夯实组织基础

要推动基层党组织全面进步、全面过硬，让
每个支部都成为坚强战斗堡垒。

（作者系南华大学马克思主义学院教授）
"""


def test_a_name_set_apart_under_a_headline_opens_the_next_piece():
    # The first piece carries its byline at the top: nothing at its end closes it, the second
    # piece's headline with its writer's name under it does.
    parsed = parse(TWO_PIECES_NAMED)
    assert titles(parsed) == ["勇于担当作为建设模范机关", "以高质量党建推动民政事业发展——学习贯彻全会精神的体会"]
    assert parsed.articles[0].attribution == "本刊评论员"
    assert parsed.articles[0].paragraphs[-1].endswith("在实干中争先。")
    assert "韦明远" in parsed.articles[1].attribution
    assert parsed.articles[1].attribution.endswith("（作者系南华大学马克思主义学院教授）")


SUBHEADING_AND_NAMES = """柳河镇开展党员志愿服务

本报记者 韩落梅

6月2日，柳河镇组织党员志愿者走访独居老
人，帮助解决实际困难。

志愿服务常态化

今年以来，镇里建立志愿服务积分制度，
120余名党员参与。

服务之星

张敏　李华

两名党员被评为“服务之星”。
"""


def test_a_name_under_a_subheading_inside_a_report_does_not_open_a_piece():
    # Guard: names under a short heading that a finished sentence precedes, but with running
    # text (not a headline-long title) above them inside one report, stay in it.
    parsed = parse(SUBHEADING_AND_NAMES)
    assert titles(parsed) == ["柳河镇开展党员志愿服务"]


def test_a_note_with_a_bracket_inside_broken_before_its_inner_close_is_one_attribution():
    lines = ["党建工作取得实效。", "", "（作者系中共南华市委党校（南华市行政学院", "）党的建设教研部教授）"]
    joined = join_broken_attributions(lines)
    assert joined[-1] == "（作者系中共南华市委党校（南华市行政学院）党的建设教研部教授）"
    assert len(joined) == 3


def test_a_two_character_name_padded_with_a_space_is_one_name():
    assert author_names("刘 瑾 许一鸣") == ["刘瑾", "许一鸣"]
    assert author_names("宋知远　韩落梅") == ["宋知远", "韩落梅"]


LABEL_HEADLINE_NAME = """南华市民政局召开党建工作会议

6月3日，南华市民政局召开党建工作会议，部
署下半年重点任务。

（来源：南华市民政局）

理论视野

把握好“三个坚持”的
实践要求

许 文博

“三个坚持”是新时代机关党建的重要遵循，
必须一以贯之。

要把坚持同创新统一起来，在实践中不断深
化规律性认识。

（作者系南华大学马克思主义学院副教授）
"""


def test_a_column_label_above_a_headline_with_its_writers_name_under_it_is_no_title():
    parsed = parse(LABEL_HEADLINE_NAME)
    assert titles(parsed) == ["南华市民政局召开党建工作会议", "把握好“三个坚持”的实践要求"]
    assert parsed.articles[1].attribution.startswith("许")
    assert parsed.articles[1].paragraphs[0].startswith("“三个坚持”是")
    assert all("理论视野" not in p for a in parsed.articles for p in a.paragraphs)


BYLINE_BROKEN = """草原上的流动课堂

本报记者 巴特
尔 林晓雨
6月3日一早，宣讲队的越野车从镇上出发，
驶向最远的牧点。
"""


def test_a_byline_the_column_broke_inside_its_names_is_one_byline():
    parsed = parse(BYLINE_BROKEN)
    assert parsed.articles[0].attribution == "本报记者 巴特尔 林晓雨"
    assert parsed.articles[0].paragraphs[0].startswith("6月3日一早")



DOUBLE_SPACED_PIECE = """把握好“三个坚持”的
实践要求

许 文博

“三个坚持”是新时代机关党建的重要遵循

，必须一以贯之。

要把坚持同创新统一起来，在实践中不断深

化规律性认识。

（作者系南华大学马克思主义学院副 教授）
"""


def test_on_a_double_spaced_page_the_headline_ends_where_its_byline_stands():
    # Every line is set apart: the lead's first line, with no punctuation of its own, is under the byline.
    parsed = parse(DOUBLE_SPACED_PIECE)
    assert titles(parsed) == ["把握好“三个坚持”的实践要求"]
    assert parsed.articles[0].paragraphs[0].startswith("“三个坚持”是")


def test_a_padded_name_and_a_note_broken_by_the_column_lose_their_stray_spaces():
    parsed = parse(DOUBLE_SPACED_PIECE)
    assert parsed.articles[0].attribution == "许文博（作者系南华大学马克思主义学院副教授）"
    assert "许文博" in parsed.articles[0].people


# ---- e-paper HTML: the markup says where articles are (issue 15, html) ----

from dangjian.index.parse.pipeline import parse_file  # noqa: E402

SIDE_BY_SIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>第B03版：党建</title></head><body>
<div class="masthead">南华民政网 &gt; 电子版 &gt; 2024年6月5日</div>
<div class="story">
<h2 class="headline">南华市民政局开展“党员先锋岗”创建</h2>
<p class="byline">本网记者 韩落梅</p>
<p>6月3日，南华市民政局启动“党员先锋岗”创建活动，首批评出先锋岗12个。</p>
</div>
<div class="story">
<h2 class="headline">柳河镇社会组织联合党委举办党务培训</h2>
<p>6月4日，柳河镇社会组织联合党委举办党务培训，40余名党务干部参加。</p>
<p>培训围绕发展党员、党费收缴等内容展开。</p>
<p class="source">（来源：柳河镇民政办）</p>
</div>
<div class="briefs"><h3>党建快讯</h3>
<p>◆ 6月1日，南华市养老服务协会党支部开展主题党日活动，组织党员走访老人。</p>
<p>◆ 6月2日，南华市慈善总会党支部召开组织生活会，开展批评与自我批评。</p>
<p>◆ 日前，南华市社会组织综合党委组织新党员集中宣誓，30名新党员参加。</p>
</div>
</body></html>
"""


def _html(tmp_path, markup: str):
    path = tmp_path / "南华民政网" / "2024-06-05" / "B03.html"
    path.parent.mkdir(parents=True)
    path.write_text(markup, encoding="utf-8")
    return parse_file(path, tmp_path)[1]


def test_an_epaper_page_of_articles_side_by_side_gives_them_all(tmp_path):
    found = _html(tmp_path, SIDE_BY_SIDE)
    assert [a.title for a in found[:2]] == ["南华市民政局开展“党员先锋岗”创建", "柳河镇社会组织联合党委举办党务培训"]
    assert len(found) == 5
    assert found[0].attribution == "本网记者 韩落梅"
    assert found[1].attribution == "（来源：柳河镇民政办）"


ONE_TITLED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>南华市民政局举办党务干部培训班</title></head>
<body><div class="page">
<h1>南华市民政局举办党务干部培训班</h1>
<div class="content">
<p>6月3日上午，南华市民政局党务干部培训班开班，80余名党务干部参加。</p>
<p><strong>课程安排</strong></p>
<p>培训为期3天，设置理论辅导、案例教学等课程，邀请党校教授授课。</p>
<p><strong>培训要求</strong></p>
<p>培训班要求，学员要严守纪律，学以致用，推动机关党建提质增效。</p>
</div></div></body></html>
"""


def test_a_bold_line_inside_a_titled_web_article_is_a_subheading(tmp_path):
    found = _html(tmp_path, ONE_TITLED)
    assert len(found) == 1
    assert found[0].title == "南华市民政局举办党务干部培训班"
    assert "课程安排" in found[0].body and "培训要求" in found[0].body


CAPTION_INSIDE = """柳河镇党员结对帮扶养老服务协会
6月3日，柳河镇机关党支部与镇养老服务协会
结对共建，每月开展一次联学、一次走访。
图为结对共建签约仪式现场。（韩
落梅 摄）
协会负责人张敏说：“结对以后，我们的服务
更有方向了。”
（通讯员 林晓雨）
◆ 6月5日，白沙村开展党员志愿服务活动，20余名党员参加。
▲ 图为志愿服务现场。（通讯员
宋知远 摄）
"""


def test_a_caption_printed_inside_a_paragraph_is_a_paragraph_of_its_own():
    parsed = parse(CAPTION_INSIDE)
    first = parsed.articles[0]
    assert "图为结对共建签约仪式现场。（韩落梅摄）" in [p.replace(" ", "") for p in first.paragraphs]
    assert first.paragraphs[-1].startswith("协会负责人张敏说")
    assert first.attribution == "（通讯员 林晓雨）"


def test_a_reporters_photo_credit_is_no_attribution():
    # （通讯员 某某 摄） credits the photo: the item above keeps no attribution of it.
    parsed = parse(CAPTION_INSIDE)
    last = parsed.articles[-1]
    assert last.attribution in (None, "")
    assert last.paragraphs[-1].lstrip("▲ ").startswith("图为志愿服务现场") and last.paragraphs[-1].endswith("摄）")


LABEL_OVER_A_SIGNED_PIECE = """柳河镇开展党员志愿服务

本报记者 韩落梅

6月2日，柳河镇组织党员志愿者走访独居老
人，帮助解决实际困难。

理论视野

以“三个结合”推动
机关党建提质增效
文/许文博
机关党建是民政工作的“根”和“魂”，需
要在“三个结合”上下功夫。
一是把政治引领与业务工作结合起来。
（作者系南华大学马克思主义学院副教授）
"""


def test_a_column_label_over_a_bylined_piece_ends_the_piece_above():
    parsed = parse(LABEL_OVER_A_SIGNED_PIECE)
    assert titles(parsed) == ["柳河镇开展党员志愿服务", "以“三个结合”推动机关党建提质增效"]
    assert parsed.articles[0].paragraphs[-1].endswith("帮助解决实际困难。")
    assert parsed.articles[1].attribution.startswith("文/许文博")


DOUBLE_SPACED_REPORTS = """南华市民政局召开党建工作会议

本报记者 韩落梅

6月3日，南华市民政局召开党建工作会

议，部署下半年重点任务。

柳河镇民政办开展

“党员进家门”活动

6月4日，柳河镇民政办组织党员走访困难

群众，送去慰问品。

（通讯员 林晓雨）
"""


def test_a_headline_double_spacing_set_apart_opens_the_next_report():
    parsed = parse(DOUBLE_SPACED_REPORTS)
    assert titles(parsed) == ["南华市民政局召开党建工作会议", "柳河镇民政办开展“党员进家门”活动"]
    assert parsed.articles[0].attribution == "本报记者 韩落梅"
    assert parsed.articles[1].attribution == "（通讯员 林晓雨）"


LABEL_OVER_BRIEFS = """柳河镇开展党员志愿服务

6月2日，柳河镇组织党员志愿者走访独居老
人，帮助解决实际困难。

一线速递
■ 白沙村开展主题党日活动
6月5日，白沙村党支部组织党员重温入党誓词。
■ 南华市民政局召开廉政提醒会
6月6日，南华市民政局召开廉政提醒会。
"""


def test_a_label_over_brief_items_belongs_to_no_article():
    parsed = parse(LABEL_OVER_BRIEFS)
    assert titles(parsed) == ["柳河镇开展党员志愿服务", "白沙村开展主题党日活动", "南华市民政局召开廉政提醒会"]
    assert parsed.articles[0].paragraphs[-1].endswith("帮助解决实际困难。")
    assert any(n.text == "一线速递" for n in parsed.noise)


NESTED_ARTICLES = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>南华民政网</title></head><body>
<div class="main">
<div class="news"><p class="bt">南华市民政局开展“党员先锋岗”创建</p>
<div class="content"><p>6月3日，南华市民政局启动“党员先锋岗”创建活动，首批评出先锋岗12个。</p>
<div class="pic"><img src="a.jpg"><p class="caption">图为授牌现场。韩落梅 摄</p></div>
<p>局机关党委书记宋知远说，要让先锋岗成为为民服务的窗口。</p></div></div>
<div class="news"><p class="bt">柳河镇社会组织联合党委举办党务培训</p>
<div class="content"><p>6月4日，柳河镇社会组织联合党委举办党务培训，40余名党务干部参加。</p></div></div>
</div></body></html>
"""


def test_articles_whose_text_sits_one_level_under_their_headline_are_all_read(tmp_path):
    found = _html(tmp_path, NESTED_ARTICLES)
    assert [a.title for a in found] == ["南华市民政局开展“党员先锋岗”创建", "柳河镇社会组织联合党委举办党务培训"]
    assert any(p.startswith("图为授牌现场") for p in found[0].paragraphs)


HONOURS_THEN_A_REPORT = """南华市民政局表彰一批优秀共产党员

6月28日，南华市民政局召开表彰大会，表彰
优秀共产党员和优秀党务工作者。

优秀共产党员
韩落梅、林晓雨、宋知远、许文博

优秀党务工作者
张敏、李华、王海涛

柳河镇召开党建工作推进会

6月29日，柳河镇召开党建工作推进会，部署
下半年重点任务。

（通讯员 周海）
"""


def test_a_report_after_an_honour_lists_names_opens_an_article():
    parsed = parse(HONOURS_THEN_A_REPORT)
    assert titles(parsed) == ["南华市民政局表彰一批优秀共产党员", "柳河镇召开党建工作推进会"]
    assert "张敏、李华、王海涛" in parsed.articles[0].body


DATELINES = """南华市民政局召开党建工作会议

本报6月3日讯（记者 韩落梅）6月3日，南华市民政局召开党建
工作会议，部署下半年重点任务。

柳河镇开展党员志愿服务

南华网消息（记者 林晓雨）近日，柳河镇组织党员志愿者走访
独居老人，帮助解决实际困难。
"""


def test_datelines_without_a_place_or_as_a_sites_news_go_to_the_attribution():
    parsed = parse(DATELINES)
    assert titles(parsed) == ["南华市民政局召开党建工作会议", "柳河镇开展党员志愿服务"]
    assert parsed.articles[0].attribution == "本报6月3日讯（记者 韩落梅）"
    assert parsed.articles[0].paragraphs[0].startswith("6月3日，南华市民政局")
    assert parsed.articles[1].attribution == "南华网消息（记者 林晓雨）"


NOTE_WITHOUT_BRACKETS = """把为民服务落到实处

文/罗清源

为民服务是党员干部的本分，要把群众的急难
愁盼放在心上，一件一件抓落实。

作者系南华大学马克思主义学院教授

柳河镇开展党员志愿服务

6月2日，柳河镇组织党员志愿者走访独居老
人，帮助解决实际困难。
"""


def test_an_authors_note_without_brackets_ends_the_piece():
    parsed = parse(NOTE_WITHOUT_BRACKETS)
    assert titles(parsed) == ["把为民服务落到实处", "柳河镇开展党员志愿服务"]
    assert parsed.articles[0].attribution == "文/罗清源作者系南华大学马克思主义学院教授"


CREDIT_UNDER_A_CAPTION = """小巷里的“红色管家”

本报记者 韩落梅

6月2日，走进南华市柳河街道，楼道干净整洁，
墙上的“党员联系户”公示牌格外醒目。
图为柳河街道党员网格员走访独居老人。
本报记者 林晓雨 摄
“党员亮身份，群众才知道有事找谁。”街道党
工委书记宋知远说。
"""


def test_a_reporters_photo_credit_under_a_caption_is_no_byline():
    parsed = parse(CREDIT_UNDER_A_CAPTION)
    assert titles(parsed) == ["小巷里的“红色管家”"]
    assert parsed.articles[0].attribution == "本报记者 韩落梅"


KICKER_APART = """深入学习贯彻党的二十届三中全会精神

以改革精神推进
机关党建提质增效

本刊评论员

机关党建是党的建设的重要组成部分，必须走在
前、作表率。
"""


def test_a_long_line_set_apart_above_a_bylined_headline_is_its_kicker():
    parsed = parse(KICKER_APART)
    assert titles(parsed) == ["深入学习贯彻党的二十届三中全会精神以改革精神推进机关党建提质增效"]
    assert parsed.articles[0].attribution == "本刊评论员"
    assert parsed.articles[0].paragraphs[0].startswith("机关党建是党的建设")


OTHER_DINGBATS = """☆ 柳河镇开展党员志愿服务
6月2日，柳河镇组织党员志愿者走访独居老人。
☆ 白沙村开展主题党日活动
6月5日，白沙村党支部组织党员重温入党誓词。
▌南华市民政局召开廉政提醒会
6月6日，南华市民政局召开廉政提醒会。
"""


def test_brief_items_opened_by_other_dingbats_are_articles():
    parsed = parse(OTHER_DINGBATS)
    assert titles(parsed) == ["柳河镇开展党员志愿服务", "白沙村开展主题党日活动", "南华市民政局召开廉政提醒会"]


def test_a_units_photo_credit_is_no_attribution():
    from index.parse.attributions import is_attribution
    assert not is_attribution("（柳河镇党委供图）")
    assert is_attribution("（柳河镇党委 韩落梅）") and is_attribution("（柳河镇党委供稿）")



SPACED_THEORY_PIECE = """深入学习贯彻党的二十大精神

以高质量党建引领民政事业发展

——关于新时代机关党建的几点思

考

韦明远

机关党建是党的建设的重要组成部分。民

政工作关系民生、连着民心。

（作者系南华大学马克思主义学院教授）
"""


def test_a_headline_double_spacing_set_apart_line_by_line_stays_whole_above_its_byline():
    parsed = parse(SPACED_THEORY_PIECE)
    assert titles(parsed) == ["深入学习贯彻党的二十大精神以高质量党建引领民政事业发展——关于新时代机关党建的几点思考"]
    assert parsed.articles[0].attribution.startswith("韦明远")
    assert parsed.articles[0].paragraphs[0].startswith("机关党建是党的建设")
