"""Second round on bylines for publications never met (issue 15, parse-seg4).

Each page is invented for its test; the signals are ones every paper prints: a writer's byline
with an author's note under a piece's last paragraph ends it, and a piece that already carries
its byline at the top cannot also be the one a second writer signs at the bottom.
"""
from .test_publications import parse, titles

SIGNED_AT_THE_BOTTOM = """坚定不移推进全面从严治党

本刊评论员

全面从严治党永远在路上，必须一刻不停歇。
党员干部要把纪律挺在前面。

把为民服务落到实处
为民服务是党员干部的本分，要把群众的
急难愁盼放在心上，一件一件抓落实。
文/罗清源（作者单位：江南师范学院马克思主义学院）

柳河镇召开党建工作推进会
本报记者 韩落梅
6月2日，柳河镇召开党建工作推进会，
部署下半年重点任务。
"""


def test_a_writers_byline_with_an_authors_note_ends_the_piece_above():
    parsed = parse(SIGNED_AT_THE_BOTTOM)
    signed = next(a for a in parsed.articles if a.attribution and "罗清源" in a.attribution)
    assert signed.attribution == "文/罗清源（作者单位：江南师范学院马克思主义学院）"
    assert signed.paragraphs[-1].endswith("一件一件抓落实。")
    assert parsed.articles[-1].title == "柳河镇召开党建工作推进会"
    assert parsed.articles[-1].attribution == "本报记者 韩落梅"


def test_a_piece_bylined_at_the_top_is_not_the_one_signed_at_the_bottom():
    # 本刊评论员 opens the first piece; 文/罗清源 signs another: the headline between them opens it.
    parsed = parse(SIGNED_AT_THE_BOTTOM)
    assert titles(parsed) == ["坚定不移推进全面从严治党", "把为民服务落到实处", "柳河镇召开党建工作推进会"]
    assert parsed.articles[0].attribution == "本刊评论员"
    assert parsed.articles[0].paragraphs[-1].endswith("把纪律挺在前面。")
    assert parsed.articles[1].paragraphs[0].startswith("为民服务是党员干部的本分")


SIGNED_AND_NOTED = """把为民服务落到实处

文/罗清源

为民服务是党员干部的本分，要把群众的
急难愁盼放在心上，一件一件抓落实。
对标对表，才能见到实效。
（作者单位：江南师范学院马克思主义学院）

柳河镇召开党建工作推进会

本报记者 韩落梅

6月2日，柳河镇召开党建工作推进会。
"""


def test_an_authors_note_under_a_piece_bylined_at_the_top_stays_one_piece():
    # Guard: the same writer's byline at the top and note at the bottom are one piece.
    parsed = parse(SIGNED_AND_NOTED)
    assert titles(parsed) == ["把为民服务落到实处", "柳河镇召开党建工作推进会"]
    assert parsed.articles[0].attribution == "文/罗清源（作者单位：江南师范学院马克思主义学院）"


HEADLINE_GLUED_AT_THE_TOP = """在新征程上扎实推进理论武装
要把理论学习同工作实践紧密结合起来，党
员干部要在学思践悟中坚定理想信念，在知
行合一中担当使命，久久为功。
学习不是一阵子，而是一辈子。
文/罗清源（作者单位：江南师范学院马克思主义学院）
"""


def test_a_short_headline_glued_to_a_full_line_at_the_pages_top_is_the_title():
    # A page without blank lines: the headline stops short of the column, the text under it fills it.
    parsed = parse(HEADLINE_GLUED_AT_THE_TOP)
    assert titles(parsed) == ["在新征程上扎实推进理论武装"]
    assert parsed.articles[0].paragraphs[0].startswith("要把理论学习同工作实践")
    assert not parsed.articles[0].title_derived


HEADLINE_RUNS_ON = """在新征程上扎实推进理论武装，把学习成果
转化为推动工作的实际成效，党员干部要在
学思践悟中坚定理想信念。
文/罗清源（作者单位：江南师范学院马克思主义学院）
"""


def test_a_first_line_that_runs_on_into_the_next_is_not_a_title():
    # Guard: a full first line with its sentence going on is the lead, and the title is derived.
    parsed = parse(HEADLINE_RUNS_ON)
    assert len(parsed.articles) == 1
    assert parsed.articles[0].paragraphs[0].startswith("在新征程上扎实推进理论武装，把学习成果")


INTERVIEW_NAME_BROKEN = """做群众身边的贴心人
——访青川区民政局局长阿
不都·热合曼
本报记者 宋知远
问：这些年，局里在党建上做了哪些尝试？
答：我们把支部建到社区，每月走访困难群众。
问：下一步怎么打算？
答：把走访制度坚持下去。
"""


def test_a_name_the_column_broke_off_a_headline_is_not_a_byline_above_the_real_one():
    # The subtitle's name ran onto a line of its own; 本报记者 under it is the byline.
    parsed = parse(INTERVIEW_NAME_BROKEN)
    assert titles(parsed) == ["做群众身边的贴心人——访青川区民政局局长阿不都·热合曼"]
    assert parsed.articles[0].attribution == "本报记者 宋知远"
    assert parsed.articles[0].paragraphs[0].startswith("问：这些年")


INTERVIEW_NARROW = """把支部建在群众身边
——访青川区民政局局长宋知远
本报记者 韩落梅
问：如何把党建优势转化为发
展优势？
答：我们坚持把学习放在首位
，推动党建和业务深度融合。
问：近年来做了哪些探索？
答：我们坚持把走访困难群众作
为首要任务，推动工作落地见效。
"""


def test_an_answer_in_a_narrow_column_is_never_a_headline():
    # 问：/答： open a turn of the interview; a turn cut short by the column is not a title, even
    # when the line under it reads like a purpose lead (为首要任务，…).
    parsed = parse(INTERVIEW_NARROW)
    assert titles(parsed) == ["把支部建在群众身边——访青川区民政局局长宋知远"]
    assert parsed.articles[0].paragraphs[-1].startswith("答：我们坚持把走访困难群众作为首要任务")


UNKNOWN_LABEL = """柳河镇召开党建工作推进会

6月2日，柳河镇召开党建工作推进会，部署下半年重点任务。
（柳河镇党委供稿）

基层来风

石桥街道社会组织党委
举办党务知识竞赛

5月12日，石桥街道社会组织党委举办党务知识竞赛，12支队伍参赛。
（通讯员 郝晴川）
"""


def test_a_short_label_set_apart_above_a_headline_is_not_the_title():
    # A column label no list knows: a few characters alone, then a headline over a lead.
    parsed = parse(UNKNOWN_LABEL)
    assert titles(parsed) == ["柳河镇召开党建工作推进会", "石桥街道社会组织党委举办党务知识竞赛"]
    assert parsed.articles[1].paragraphs[0].startswith("5月12日，石桥街道")
    assert any(n.text.strip() == "基层来风" for n in parsed.noise)      # kept, as a noise line


def test_a_kicker_printed_right_above_its_headline_stays_in_the_title():
    # Guard: without a blank between them the short line is the headline's kicker.
    parsed = parse(UNKNOWN_LABEL.replace("基层来风\n\n", "基层来风\n"))
    assert titles(parsed)[1] == "基层来风石桥街道社会组织党委举办党务知识竞赛"


INTERVIEW_REPORTER_ASKS = """把支部建在群众身边
——访青川区民政局局长宋知远
本报记者 韩落梅
记者：如 何把党建优势转化
为发展优势？
宋知远：关键是把支部建到
社区，让每一名党员都走到
群众中间去。
记者：在推动党建和业务融
合上 有什么经验？
宋知远：每月走访困难群众
，一件一件解决 问题。
记者：下一步有哪些打算？
宋知远：把走访制度坚持下
去，推动各项任务落地。
"""


def test_the_reporters_question_under_the_byline_is_not_the_headlines_second_part():
    # The scan left a space inside the question, as OCR and uneven spacing do.
    parsed = parse(INTERVIEW_REPORTER_ASKS)
    assert titles(parsed) == ["把支部建在群众身边——访青川区民政局局长宋知远"]
    assert parsed.articles[0].paragraphs[0] == "记者：如何把党建优势转化为发展优势？"


NEWS_SITE_CREDIT_AT_THE_TOP = """青川网讯（记者 韩落梅 通讯员 阿不都·热合曼）
柳河镇党委日前召开党建工作推进会，部署下半年重点任务，
全镇党员干部参加会议。
"""


def test_a_news_sites_credit_opening_the_page_is_not_a_headline():
    # Guard for the headline at the page's top: a credit line (某某网讯（记者 …）) is the lead's.
    parsed = parse(NEWS_SITE_CREDIT_AT_THE_TOP)
    assert titles(parsed) != ["青川网讯（记者 韩落梅 通讯员 阿不都·热合曼）"]
    assert "青川网讯（记者 韩落梅 通讯员 阿不都·热合曼）" in "".join(
        (a.attribution or "") + "".join(a.paragraphs) for a in parsed.articles)


PULL_QUOTE = """守住为民服务的初心

罗清源

为民服务是党员干部的本分。要把群众的急难愁盼放在
心上，一件一件抓落实，让群众看到变化、得到实惠。
走访不是形式，而是了解民情的第一道门。各级党组织要
建立走访台账，做到底数清、情况明。
为民服务是党员
干部的本分。
把制度坚持下去，久久为功，才能让服务群众的好做法
变成长效机制，真正落地生根。
（作者系江南师范学院教授）
"""


def test_a_pull_quote_repeating_a_body_sentence_is_a_noise_line(monkeypatch):
    # Set in a narrow measure between two paragraphs, it repeats a sentence of the article. The
    # rules' cut is what is tested: on a page this small the combined default lets the model decide.
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")
    parsed = parse(PULL_QUOTE)
    assert len(parsed.articles) == 1
    paragraphs = parsed.articles[0].paragraphs
    assert "为民服务是党员干部的本分。" not in paragraphs
    assert paragraphs[-1].startswith("把制度坚持下去")
    assert {n.text.strip() for n in parsed.noise} >= {"为民服务是党员", "干部的本分。"}


def test_a_short_paragraph_saying_something_new_stays_in_the_body():
    # Guard: a short paragraph that repeats nothing is text.
    parsed = parse(PULL_QUOTE.replace("为民服务是党员\n干部的本分。", "这是一条短的\n新的段落。"))
    assert "这是一条短的新的段落。" in parsed.articles[0].paragraphs


def test_an_ocr_head_with_a_letter_o_for_a_zero_is_noise():
    # OCR reads 0 as O: 2O21年 is still the page's date, and the head is furniture, not a title.
    page = "第6版   青川日报 2O21年6月15日 星期二\n\n" + UNKNOWN_LABEL
    parsed = parse(page)
    assert titles(parsed) == ["柳河镇召开党建工作推进会", "石桥街道社会组织党委举办党务知识竞赛"]
    assert any("2O21年" in n.text for n in parsed.noise)


def test_an_ocr_masthead_with_a_letter_g_for_a_nine_is_noise():
    from dangjian.index.parse.furniture import ocr_read
    assert ocr_read("第g期") == "第9期"
    assert ocr_read("2O24年第1g期") == "2024年第19期"
    assert ocr_read("党员干部要把纪律挺在前面") == "党员干部要把纪律挺在前面"


BRACKETED_HEADLINES = """【柳河镇召开党建工作推进会】
6月2日，柳河镇召开党建工作推进会，部署下半年重点任务。

【石桥街道社会组织党委举办党务知识
竞赛】
5月12日，石桥街道社会组织党委举办党务知识竞赛，12支队伍参赛。
"""


def test_a_bracketed_brief_headline_the_column_broke_loses_its_brackets(monkeypatch):
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")     # the rules' cut (the model decides this small page)
    parsed = parse(BRACKETED_HEADLINES)
    assert titles(parsed) == ["柳河镇召开党建工作推进会", "石桥街道社会组织党委举办党务知识竞赛"]
    assert parsed.articles[1].paragraphs[0].startswith("5月12日，石桥街道")
