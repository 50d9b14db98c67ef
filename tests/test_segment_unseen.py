"""Boundaries that hold on any publication: each page here is invented for its test (issue 15, parse-seg3).

The signals are ones every paper prints — a byline or dateline at an article's top (so no closing
attribution), a finished sentence before a headline, a period date (上旬) opening a lead, a
（下转第N版） note, an author's note with brackets inside — never a publication's own wording.
"""
from .test_publications import parse, titles


TWO_BYLINES = """青川区民政局召开机关党建推进会

本报记者 宋知远

6月3日，青川区民政局召开机关党建推进会，
部署下半年重点工作。
会议强调，要把党建工作与业务工作同谋划、
同部署。

柳河镇开展党员承诺践诺活动

本报记者 韩落梅

6月2日，柳河镇组织全镇党员公开承诺，
接受群众监督。
"""


def test_a_second_byline_under_a_headline_opens_the_next_article():
    # The first article carries its byline at the top, so nothing closes it but the next one's start.
    parsed = parse(TWO_BYLINES)
    assert titles(parsed) == ["青川区民政局召开机关党建推进会", "柳河镇开展党员承诺践诺活动"]
    assert parsed.articles[1].paragraphs[0].startswith("6月2日，柳河镇")
    assert parsed.articles[1].attribution == "本报记者 韩落梅"


BYLINE_THEN_HEADLINE = """青川区民政局开展廉政教育

本报记者 宋知远

5月20日，青川区民政局组织党员干部
到廉政教育基地参观学习。
大家纷纷表示，要守住底线、不越红线。

石桥街道社会组织党委
举办党务知识竞赛

5月中旬，石桥街道社会组织党委举办
党务知识竞赛，12支队伍参赛。
（通讯员 郝晴川）
"""


def test_a_headline_after_a_top_byline_article_opens_the_next_article():
    # 5月中旬， opens a lead as 5月12日， does (DOMAIN.md: 上旬/中旬/下旬).
    parsed = parse(BYLINE_THEN_HEADLINE)
    assert titles(parsed) == ["青川区民政局开展廉政教育", "石桥街道社会组织党委举办党务知识竞赛"]
    assert parsed.articles[0].paragraphs[-1].endswith("不越红线。")
    assert parsed.articles[1].attribution == "（通讯员 郝晴川）"


PERIOD_LEAD_AFTER_DATELINE = """青川区：党员服务队走进社区

本报讯（记者 宋知远）近日，青川区民政局
组建党员服务队，走进12个社区开展服务。

6月上旬，石台县民政局召开清廉机关建设
推进会，梳理廉政风险点30个。
（通讯员 郝晴川）

石台县民政局
推进清廉机关建设
"""


def test_a_period_dated_lead_naming_another_body_opens_another_report():
    parsed = parse(PERIOD_LEAD_AFTER_DATELINE)
    assert len(parsed.articles) == 2
    assert parsed.articles[1].paragraphs[0].startswith("6月上旬，石台县民政局")
    assert titles(parsed)[1] == "石台县民政局推进清廉机关建设"      # printed after it, given to it


SINCE_LEAD_AFTER_BYLINE = """柳河镇：党建引领乡村振兴

本刊通讯员 韩落梅

7月2日，柳河镇民政办组织党员走访
困难群众，送去慰问品。

近年来，石泉县民政局推动党组织
参与社区治理，成效明显。
（据石泉县民政局）
"""


def test_a_since_lead_naming_a_new_body_after_a_byline_article_opens_another_report():
    parsed = parse(SINCE_LEAD_AFTER_BYLINE)
    assert len(parsed.articles) == 2
    assert parsed.articles[1].paragraphs[0].startswith("近年来，石泉县民政局")
    assert parsed.articles[1].attribution == "（据石泉县民政局）"


CONTINUED_ELSEWHERE = """省民政厅召开青年干部座谈会

本报讯（记者 宋知远）7月1日，省民政厅召开
青年干部座谈会，交流成长体会。
座谈会上，青年代表依次发言，
（下转第4版）

石台县民政局：“党员先锋岗”亮身份

今年以来，石台县民政局在窗口单位设立
党员先锋岗，推动党员亮身份。
（通讯员 郝晴川）
"""


def test_a_continued_note_ends_the_fragment():
    parsed = parse(CONTINUED_ELSEWHERE)
    assert titles(parsed) == ["省民政厅召开青年干部座谈会", "石台县民政局：“党员先锋岗”亮身份"]
    assert parsed.articles[0].paragraphs[-1].endswith("依次发言，")


NESTED_AUTHOR_NOTE = """以党建引领民政高质量发展

宋知远

新时代新征程，民政工作责任重大。
要把党的领导贯穿民政工作全过程。
（作者系省委党校（省行政学院）党建教研部讲师）

以学促干 担当作为

韩落梅

学习的目的全在于运用。党员干部要
在为民服务中检验学习成效。
（作者单位：石泉县委党校）
"""


def test_an_author_note_with_brackets_inside_ends_the_article():
    parsed = parse(NESTED_AUTHOR_NOTE)
    assert titles(parsed) == ["以党建引领民政高质量发展", "以学促干担当作为"]
    assert parsed.articles[0].attribution.endswith("（作者系省委党校（省行政学院）党建教研部讲师）")
    assert parsed.articles[1].paragraphs[0].startswith("学习的目的")


SECOND_AUTHOR_UNTITLED = """守正创新 做好理论宣讲

本报评论员

理论宣讲贵在入脑入心。宣讲者要
把道理讲透，把故事讲活。

文/郝晴川

基层治理是国家治理的基石。推进基层
治理，关键在党组织发挥作用。
（作者系石泉县委党校教授）

基层治理
关键在党组织
"""


def test_a_byline_after_a_finished_article_opens_the_next_even_when_one_opened_the_page():
    parsed = parse(SECOND_AUTHOR_UNTITLED)
    assert len(parsed.articles) == 2
    assert parsed.articles[1].paragraphs[0].startswith("基层治理是国家治理的基石")
    assert titles(parsed) == ["守正创新做好理论宣讲", "基层治理关键在党组织"]


RECENTLY_AFTER_BYLINE = """青川区民政局推进模范机关建设

本报记者 宋知远

6月5日，青川区民政局召开模范机关建设
推进会，通报各支部创建情况。

近日，石台县民政局机关党支部组织党员
到社区开展政策宣讲。
（通讯员 郝晴川）
"""


def test_a_recently_lead_naming_a_new_body_opens_another_report():
    # 近日， leaves its comma when the opening is taken off: the body named comes after it.
    parsed = parse(RECENTLY_AFTER_BYLINE)
    assert len(parsed.articles) == 2
    assert parsed.articles[1].paragraphs[0].startswith("近日，石台县民政局")
    assert parsed.articles[0].attribution == "本报记者 宋知远"


TITLE_AFTER_ITS_ARTICLE = """青川区：党员服务队走进社区

本报讯（记者 宋知远）近日，青川区民政局
组建党员服务队，走进12个社区开展服务。

6月14日，淮北市社会组织党委启动全市
社会组织党务工作者轮训，首期80余人参加。
（通讯员 郝晴川）

淮北市社会组织党委
开展党务工作者轮训

近日，岳西县民政局机关党支部与县福利院
党支部开展联学联建，交流党建工作经验。
（通讯员 韩落梅）
"""


def test_a_title_between_two_articles_goes_to_the_one_whose_words_it_repeats():
    # The text layer printed the title after its article; the words it shares decide, not its position.
    parsed = parse(TITLE_AFTER_ITS_ARTICLE)
    assert titles(parsed) == ["青川区：党员服务队走进社区", "淮北市社会组织党委开展党务工作者轮训", None]
    assert parsed.articles[2].paragraphs[0].startswith("近日，岳西县民政局")


TITLE_BEFORE_A_SIMILAR_ARTICLE = """石台县民政局开展主题党日活动

6月3日，石台县民政局组织党员到革命旧址
开展主题党日活动，重温入党誓词。
（通讯员 郝晴川）

岳西县民政局开展主题党日活动

6月5日，岳西县民政局组织党员到社区
开展志愿服务，为老人清扫庭院。
（通讯员 韩落梅）
"""


def test_a_title_that_shares_words_with_both_neighbours_stays_before_its_article():
    parsed = parse(TITLE_BEFORE_A_SIMILAR_ARTICLE)
    assert titles(parsed) == ["石台县民政局开展主题党日活动", "岳西县民政局开展主题党日活动"]


BULLETIN = """石泉民政简报

本期要目

◎ 县民政局召开机关党建工作会议

◎ 城关镇民政办：“党员代办”让群众少跑
腿

◎ 以学促干 践行初心

━━━━━━━━━━━━━━━━

【工作动态】

县民政局召开机关党建工作会议

3月6日，县民政局召开机关党建工作会议，部署全年重点任务。

会议要求，要推动机关党建与民政业务深度融合。

（供稿：县民政局办公室）

【支部风采】

城关镇民政办：

“党员代办”让群众少跑腿

今年以来，城关镇民政办推行“党员代办”服务，为行动不便的老人上门帮办。

（城关镇民政办党支部 郝晴川）

【学习园地】

以学促干

践行初心

学习的目的全在于运用。民政干部要把学习成果转化为为民服务的实际行动。

（县社会救助股党支部 韩落梅）
"""


def test_a_bulletin_contents_list_is_furniture_and_its_labels_part_articles():
    # Contents entries recur below as headlines (the page's own repetition, not a bulletin's wording);
    # a column label stands above an article, so the article before ends there.
    parsed = parse(BULLETIN, publication="石泉民政简报")
    assert titles(parsed) == ["县民政局召开机关党建工作会议", "城关镇民政办：“党员代办”让群众少跑腿",
                              "以学促干践行初心"]
    assert [a.attribution for a in parsed.articles] == [
        "（供稿：县民政局办公室）", "（城关镇民政办党支部郝晴川）", "（县社会救助股党支部韩落梅）"]
    assert list(parsed.articles[2].paragraphs) == ["学习的目的全在于运用。民政干部要把学习成果转化为为民服务的实际行动。"]
    contents = [n.text for n in parsed.noise if "contents" in n.reason]
    assert "◎ 以学促干 践行初心" in contents and "腿" in contents


BROKEN_MASTHEAD = """石泉民政简报

第5期

中共石泉县民政局机关委员会编 2024年5月14
日

县民政局召开机关党建工作会议

5月10日，县民政局召开机关党建工作会议，部署全年重点任务。

（县民政局办公室）
"""


def test_the_broken_end_of_a_furniture_line_is_furniture_too():
    parsed = parse(BROKEN_MASTHEAD, publication="石泉民政简报")
    assert titles(parsed) == ["县民政局召开机关党建工作会议"]
    assert "日" in [n.text for n in parsed.noise]


CAPTION_BARE_CREDIT = """青川区推动“党建+”融入养老服务

本报讯（记者 宋知远）近日，青川区民政局推动
“党建+”融入养老服务，让老人更暖心。

图为党员志愿者为老人理发。韩落梅 摄

在柳河社区，党员志愿服务队定期上门
为独居老人提供助餐服务。
（通讯员 郝晴川）
"""


def test_a_caption_with_a_bare_credit_is_a_paragraph_of_its_own():
    parsed = parse(CAPTION_BARE_CREDIT)
    assert list(parsed.articles[0].paragraphs[1:]) == ["图为党员志愿者为老人理发。韩落梅摄",
                                                       "在柳河社区，党员志愿服务队定期上门为独居老人提供助餐服务。"]


UNMARKED_BRIEFS = """党建快讯
石台县民政局开展廉政教育
石台县民政局组织党员干部到廉政教育基地
参观学习，接受警示教育。
岳西县民政局举办党课
岳西县民政局党组书记为全局党员讲授专题
党课，40余名党员参加。
"""


def test_a_headline_over_a_lead_that_names_its_actor_opens_an_item_without_blank_lines():
    # No markers, no blank lines, no dates: the lead opens with the body that acts, as news leads do.
    parsed = parse(UNMARKED_BRIEFS)
    assert titles(parsed) == ["石台县民政局开展廉政教育", "岳西县民政局举办党课"]
    assert parsed.articles[1].paragraphs == ("岳西县民政局党组书记为全局党员讲授专题党课，40余名党员参加。",)


SUBHEADINGS = """坚持党建引领 推动民政事业高质量发展

宋知远

新时代新征程，民政工作责任重大。
强化政治引领
各级党组织要把政治建设摆在首位，
确保党中央决策部署落地见效。
深化融合发展
要推动党建与业务深度融合，让党员
在服务一线亮身份、作表率。
（作者系石台县委党校讲师）
"""


def test_subheadings_over_argument_text_stay_in_their_article():
    parsed = parse(SUBHEADINGS)
    assert len(parsed.articles) == 1


NO_BLANKS_AFTER_ATTRIBUTION = """石台县民政局召开党建工作会
12月3日，石台县民政局召开党建工作会，
总结全年工作，部署明年任务。
（通讯员 郝晴川）
党员志愿服务温暖老人
连日来，党员志愿者走进敬老院，为老
人打扫卫生、理发，陪老人聊天。
（通讯员 韩落梅）
"""


def test_a_short_headline_after_an_attribution_opens_the_next_article_without_blank_lines():
    # Only the page itself tells: the line is shorter than the column, has no punctuation, and
    # the article before has just ended with its attribution.
    parsed = parse(NO_BLANKS_AFTER_ATTRIBUTION)
    assert titles(parsed) == ["石台县民政局召开党建工作会", "党员志愿服务温暖老人"]
    assert parsed.articles[1].paragraphs[0].startswith("连日来，党员志愿者")


FULL_WIDTH_FIRST_LINE = """石台县民政局召开党建工作会
12月3日，石台县民政局召开党建工作会，
总结全年工作，部署明年任务。
（通讯员 郝晴川）
会议强调要围绕高质量发展开展专题研讨
切实做到学以致用，推动各项任务落实。
（通讯员 韩落梅）
"""


def test_a_full_width_first_line_after_an_attribution_is_no_headline():
    parsed = parse(FULL_WIDTH_FIRST_LINE)
    assert titles(parsed)[1] is None


TRIANGLE_ITEMS = """▲ 石台县民政局召开专题民主生活会
12月27日，石台县民政局党组召开
民主生活会，班子成员开展批评和自我批评。
（通讯员 郝晴川）
▲ 1月6日上午，岳西县民政局召开新就业
群体代表座谈会，12名代表提出意见建议。
（通讯员 韩落梅）
▲ 图为座谈会现场。（摄影 韩落梅）
"""


def test_a_triangle_opens_a_brief_item_when_a_headline_or_a_lead_follows_it_and_marks_a_caption_otherwise():
    parsed = parse(TRIANGLE_ITEMS)
    assert titles(parsed) == ["石台县民政局召开专题民主生活会", None]
    assert parsed.articles[1].paragraphs[0].startswith("1月6日上午，岳西县民政局")
    # the caption is a paragraph of its own, its ▲ no part of it (docs/truth_conventions.md, settled)
    assert parsed.articles[1].paragraphs[-1] == "图为座谈会现场。（摄影 韩落梅）"


RELATED_LINK = """石台县：社会组织党建见成效
5月下旬，石台县社会组织综合党委召开现场会，
推广党建工作法。
（通讯员 郝晴川）
相关链接：2023年以来，安徽省民政厅部署开展
社会组织党建提质增效行动。
岳西县民政局“党建+救助”让帮扶更精准
去年底以来，岳西县民政局组建12支党员
帮办队，深入乡村摸排困难群众底数。
（通讯员 韩落梅）
"""


def test_a_related_link_under_an_attribution_belongs_to_the_article_above_and_a_since_lead_opens_the_next():
    parsed = parse(RELATED_LINK)
    assert titles(parsed) == ["石台县：社会组织党建见成效", "岳西县民政局“党建+救助”让帮扶更精准"]
    assert parsed.articles[0].paragraphs[-1].startswith("相关链接：2023年以来")
    assert parsed.articles[1].paragraphs[0].startswith("去年底以来，岳西县民政局")


def test_a_dated_caption_under_a_triangle_stays_a_caption():
    page = TRIANGLE_ITEMS.replace("▲ 图为座谈会现场。（摄影 韩落梅）", "▲ 1月6日，代表们在座谈会上发言。（韩落梅 摄）")
    parsed = parse(page)
    assert len(parsed.articles) == 2
    assert parsed.articles[1].paragraphs[-1].endswith("（韩落梅摄）")


TWO_AUTHORS = """石台县“三级联动”激活
社区党建“一池春水”

宋知远　韩落梅

石台县是皖南山区县，辖区社区分布分散。近年来，
石台县民政局探索县、镇、村三级联动机制。
"""


def test_two_names_alone_under_a_headline_are_its_byline():
    parsed = parse(TWO_AUTHORS)
    article = parsed.articles[0]
    assert article.paragraphs[0].startswith("石台县是皖南山区县")
    assert article.attribution == "宋知远 韩落梅"


SECOND_BYLINE_UNDER_SPLIT_HEADLINE = """石台县：社会组织党支部
把服务送进社区

本刊记者 宋知远

4月上旬，石台县民政局推广社会组织党支部
进社区做法，42家党支部与社区结对共建。

岳西县：“马背党课”

送到群众家门口

本刊记者 韩落梅

今年以来，岳西县民政局组织党员干部深入
山区，把党课开到群众家中。
"""


def test_a_byline_under_a_headline_split_by_a_blank_opens_the_next_article():
    parsed = parse(SECOND_BYLINE_UNDER_SPLIT_HEADLINE)
    assert titles(parsed) == ["石台县：社会组织党支部把服务送进社区", "岳西县：“马背党课”送到群众家门口"]
    assert parsed.articles[1].attribution == "本刊记者 韩落梅"


TWO_LINE_HEADLINE_NO_BLANKS = """石台县：党建引领基层治理
12月3日，石台县民政局召开党建工作会。
（作者单位：石台县委党校）
让“三会一课”
活起来实起来
宋知远
“三会一课”是党的组织生活的基本制度，
需要在守正中创新。
（作者系岳西县委党校讲师）
"""


def test_a_two_line_headline_after_an_attribution_keeps_both_lines_and_its_author():
    parsed = parse(TWO_LINE_HEADLINE_NO_BLANKS)
    assert titles(parsed)[1] == "让“三会一课”活起来实起来"
    assert parsed.articles[1].attribution.startswith("宋知远")


NOTE_MID_PAGE = """石台县民政局推进模范机关建设

本刊记者 宋知远

5月6日，石台县民政局召开模范机关建设推进会。

编者按：学习贯彻党的创新理论，民政干部如何从中汲取

力量？本期刊发一篇思考文章。

以“两个结合”涵养民政文化

韩落梅

民政文化是民政事业的精神血脉，需要深入挖掘。

（作者系石台县委党校讲师）
"""


def test_an_editors_note_mid_page_ends_the_article_above_and_is_no_article():
    parsed = parse(NOTE_MID_PAGE)
    assert titles(parsed) == ["石台县民政局推进模范机关建设", "以“两个结合”涵养民政文化"]
    assert [n.text for n in parsed.noise if "编者按" in n.reason][-1] == "力量？本期刊发一篇思考文章。"


BROKEN_DOT_BYLINE = """伊宁县：“石榴籽”党建联盟服务各族群众

本刊记者 古丽巴哈尔
·艾则孜

12月27日，伊宁县民政局牵头成立社会组织党建联盟，首批15家组织加入。
"""


def test_a_byline_whose_name_the_column_broke_at_its_dot_is_joined():
    parsed = parse(BROKEN_DOT_BYLINE)
    assert parsed.articles[0].attribution == "本刊记者 古丽巴哈尔·艾则孜"
    assert parsed.articles[0].paragraphs[0].startswith("12月27日")


REPORT_ON_THE_HEADLINES_BODY = """聚焦成果转化
石台县民政局把党建引领贯穿养老服务全过程

本报记者 宋知远

5月中旬，记者走进石台县多个敬老院，看到党员志愿者正在为老人理发。
近年来，石台县民政局把主题教育成果转化为为老服务的实际举措。
“党员就在身边，我们心里踏实。”老人们说。
（本刊记者 韩落梅）
"""


def test_a_later_paragraph_on_the_body_the_headline_names_stays_in_the_article():
    parsed = parse(REPORT_ON_THE_HEADLINES_BODY)
    assert len(parsed.articles) == 1
    assert parsed.articles[0].attribution.endswith("（本刊记者 韩落梅）")    # a 本刊 byline keeps its spaces as 本报's (round ten)


OCR_PAGE_NUMBER = """石台县：党员服务队走进社区

本刊记者 宋知远

5月6日，石台县民政局组建党员服务队，走进12个社区开展服务，把党的温暖送到群众的一件件实事中。

·3O·
"""


def test_a_page_number_between_dots_with_a_misread_zero_is_noise():
    parsed = parse(OCR_PAGE_NUMBER)
    assert parsed.articles[0].paragraphs[-1].endswith("实事中。")
    assert "·3O·" in [n.text for n in parsed.noise]


CAPTION_CREDIT_OF_A_STAFF_PHOTOGRAPHER = """石台县民政局开展主题党日活动

本报讯 5月6日，石台县民政局组织党员到革命旧址开展主题党日活动。

图为党员重温入党誓词。
（本报记者 宋知远 摄）

党员们表示，要把红色基因传承好。
（通讯员 郝晴川）
"""


def test_a_staff_photographers_credit_stays_with_its_caption():
    parsed = parse(CAPTION_CREDIT_OF_A_STAFF_PHOTOGRAPHER)
    assert len(parsed.articles) == 1
    assert parsed.articles[0].attribution.endswith("（通讯员 郝晴川）")


SUBORDINATE_UNIT = """石台县民政局推行“三项机制”

3月6日，安庆市民政局召开党组会议，研究推行“三项机制”。

近日，安庆市迎江区民政局组织党员志愿者走访独居老人，推广这一做法。
（据安庆市民政局）
"""


def test_a_unit_under_the_city_the_report_is_about_goes_on_with_the_report():
    assert len(parse(SUBORDINATE_UNIT).articles) == 1
