"""Cleaning the text layer: stray spaces, broken lines, full-width forms, layout noise, paragraphs."""
import pytest

from dangjian.index.parse.clean import classify_page, is_noise, join_lines, normalize, page_lines, split_paragraphs, tidy


@pytest.mark.parametrize("raw,clean", [
    ("10月 26日", "10月26日"),
    ("第 12 次", "第12次"),
    ("报告 。", "报告。"),
    ("“两个确立 ”", "“两个确立”"),
    ("拥护 “ 四个意识”，", "拥护“四个意识”，"),
    ("近日， 江苏省民政厅", "近日，江苏省民政厅"),
    ("Party  building 党建", "Party building党建"),
    ("（通讯员 马志强 王倩）", "（通讯员 马志强 王倩）"),     # names in a byline keep their spaces
])
def test_tidy_removes_stray_spaces(raw, clean):
    assert tidy(raw) == clean


def test_normalize_full_width_digits_and_letters_but_not_punctuation():
    assert normalize("１０月２６日，ＡＢｃ\u3000党建\r\n") == "10月26日，ABc 党建\n"


@pytest.mark.parametrize("lines,joined", [
    (["学习贯彻习近", "平新时代中国特色"], "学习贯彻习近平新时代中国特色"),
    (["树牢“四", "个意识 ”"], "树牢“四个意识”"),
    (["共 70", "余人参加会议。"], "共70余人参加会议。"),
    (["部分县（市、", "区）民政局"], "部分县（市、区）民政局"),
    (["the Party", "building work"], "the Party building work"),
])
def test_join_lines_rejoins_broken_words(lines, joined):
    assert join_lines(lines) == joined


@pytest.mark.parametrize("line", [" 党建", "TOPIC", "FOCUS", "民政·党建", "党建周刊", "责任编辑：李华  版面设计：赵敏",
                                  "4", "第4版", "2023年10月31日 星期二"])
def test_layout_noise_is_recognised(line):
    assert is_noise(line)


@pytest.mark.parametrize("line", ["党建引领全省民政事业高质量发展。", "会议指出，", "10月26日，山东省民政厅召开会议"])
def test_text_is_not_noise(line):
    assert not is_noise(line)


DOUBLE_SPACED = """10月9日，河北省民政厅

召开机关党建工作推进会，总

结前三季度工作，部署下一阶

段任务。

会议指出，要坚持党建引领，

推动机关党建与业务工作深度

融合，以高质量党建促进民政

事业高质量发展。

会议要求，各支部要落实“三

会一课”制度，认真开展主题

党日活动。"""


def test_double_spaced_text_keeps_paragraphs_not_lines():
    paragraphs = split_paragraphs(page_lines(DOUBLE_SPACED))
    assert paragraphs == [
        "10月9日，河北省民政厅召开机关党建工作推进会，总结前三季度工作，部署下一阶段任务。",
        "会议指出，要坚持党建引领，推动机关党建与业务工作深度融合，以高质量党建促进民政事业高质量发展。",
        "会议要求，各支部要落实“三会一课”制度，认真开展主题党日活动。",
    ]


SINGLE_SPACED = """张明教授以“坚持人民至上”
为题，从深入理解总书记重要
论述入手 ，

从三个方面作了系统阐释。
整场报告内容丰富，具有较
强的指导性。

会议强调，全厅党员干部要
学深悟透。"""


def test_blank_line_mid_sentence_is_a_column_break_not_a_paragraph():
    paragraphs = split_paragraphs(page_lines(SINGLE_SPACED))
    assert paragraphs == [
        "张明教授以“坚持人民至上”为题，从深入理解总书记重要论述入手，从三个方面作了系统阐释。整场报告内容丰富，具有较强的指导性。",
        "会议强调，全厅党员干部要学深悟透。",
    ]


def test_body_line_opening_with_a_full_date_is_text():
    text = "党建\n\n" + "会议要求，全体党员干部要学习。\n" * 8 + "2023年10月26日上午\n，江苏省民政厅召开会议。\n" + "正文继续。\n" * 8
    assert "2023年10月26日上午" in page_lines(text)


def test_short_column_line_with_a_footer_word_is_text():
    assert not is_noise("和“三会一课”制度。校对工作", isolated=False, at_edge=False)
    assert is_noise("校对：王芳")


def test_title_line_about_dangjian_is_not_a_label():
    lines = page_lines("以高质量党建\\n引领民政事业高质量发展\n\n正文。".replace("\\n", "\n"))
    assert lines[:2] == ["以高质量党建", "引领民政事业高质量发展"]


# Failure class 1 (issue 8): a body line ending in a label word is text, never dropped.
def test_double_spaced_line_ending_in_a_label_word_is_kept():
    text = "会议强调，全系统\n\n要坚持党建\n\n引领，推动民政\n\n事业高质量发展。\n"
    lines, noise = classify_page(text)
    assert noise == []
    assert "要坚持党建引领，推动民政事业高质量发展" in join_lines(lines)


# Failure class 2: headers and footers in forms not handled before.
@pytest.mark.parametrize("page, footer", [
    ("正文第一句。\n\n4  2024年3月12日 星期二  责任编辑：王某\n", ["4  2024年3月12日 星期二  责任编辑：王某"]),
    ("正文第一句。\n\n2024年3月1\n2日 星期二 责任编辑：王某\n", ["2024年3月1", "2日 星期二 责任编辑：王某"]),
    ("正文第一句。\n\n责任编辑：王某  美编：李某  校对：张某  版式：赵某\n",
     ["责任编辑：王某  美编：李某  校对：张某  版式：赵某"]),
    ("正文第一句。（据山东省民政厅）\n7 校对：刘某\n\n下一篇标题\n", ["7 校对：刘某"]),
    ("正文第一句。\n\n党建\n\n9   美编：苏敏静 责任编\n辑：陆海庆\n", ["党建", "9   美编：苏敏静 责任编", "辑：陆海庆"]),
    ("陕西日报   201\n9年3月19日 星期二   第3版\n\n正文第一句。\n", ["陕西日报   201", "9年3月19日 星期二   第3版"]),
])
def test_header_and_footer_forms_are_noise(page, footer):
    _, noise = classify_page(page)
    assert [n.text for n in noise] == footer
    assert all(n.reason for n in noise)


def test_every_noise_line_keeps_its_source_text_and_number():
    page = "党建\n\n１２　2024年3月12日 星期二\n\n正文。\n"
    _, noise = classify_page(page)
    assert [(n.line, n.text) for n in noise] == [(1, "党建"), (3, "１２　2024年3月12日 星期二")]


def test_headline_with_stray_spaces_under_a_footer_is_not_more_editors():
    page = ("正文。（据吉林省民政厅）\n6 校对：刘建静  美编：沈宇思\n延 吉市 民政局开 展党 支部结\n对共建活动\n\n"
            "2018年12月26日，延吉市民政局开展活动。\n")
    _, noise = classify_page(page)
    assert [n.text for n in noise] == ["6 校对：刘建静  美编：沈宇思"]
