"""Round nine (people9): padded byline names, five-character names, verbs after dot names, 正 after a
name, honour lists without 、, and a linear photo-credit pattern. Every text here is invented."""
import time

from dangjian.index.parse.honours import honour_list
from dangjian.index.parse.lexicon import load_lexicon
from dangjian.index.parse.metadata import people_of
from dangjian.index.parse.namelists import _PHOTO, photographers

LEX = load_lexicon()


def people(attribution="", body="正文一句。", title=""):
    return [n for n, _ in people_of(title, [body], attribution, LEX)]


def test_two_character_name_padded_in_a_dateline_bracket():
    assert people("本报成都4月2日电（记者 沈 岩）") == ["沈岩"]


def test_two_character_names_padded_in_a_top_byline():
    assert people("本报记者  钱  朗") == ["钱朗"]
    assert people("本报记者 孔令仪 蒋 岚") == ["孔令仪", "蒋岚"]
    assert people("文/韩 悦") == ["韩悦"]


def test_padded_names_after_each_role_of_one_bracket():
    assert people("本报讯（记者 曹 宁 通讯员 许 畅）") == ["曹宁", "许畅"]


def test_five_character_mongolian_name_in_a_byline_is_one_name():
    assert people("（通讯员 苏和巴特尔）") == ["苏和巴特尔"]


def test_second_role_of_a_top_byline_and_a_medium_before_the_role():
    assert people("本刊记者 鲍思远 实习生 邹明月") == ["鲍思远", "邹明月"]
    assert set(people("本报讯（通讯员 戚海涛 融媒体记者 卫婷）")) == {"戚海涛", "卫婷"}


def test_unit_then_author_then_gonggao():
    assert people("（社会事务处党支部　董佳怡供稿）") == ["董佳怡"]
    assert people("（市民政局办公室供稿）") == []


def test_dot_name_before_a_verb_it_is_told_doing():
    assert people(body="镇党委委员斯琴·塔娜围绕“三会一课”作辅导。") == ["斯琴·塔娜"]


def test_zheng_after_a_name_before_what_the_person_does():
    assert people(body="村党支部书记严立新正召集村民商议修路。") == ["严立新"]
    assert people(body="村党总支书记吉布·阿嘎正和村民商量选址。") == ["吉布·阿嘎"]
    assert people(body="书记丁国正主持会议。") == ["丁国正"]


def test_no_name_in_a_question_a_second_group_or_a_verb():
    assert people(body="“书记行不行，群众心里清楚。”") == []
    assert people(body="各社会组织书记和党务指导员参加培训。") == []
    assert people(body="部党组书记、部长出席会议并讲话。") == []


def test_honour_list_of_names_each_with_its_unit_in_brackets():
    paragraphs = ["一、优秀共产党员（4名）",
                  "钱立平（办公室党支部）孙晓岚（规划处党支部）蒋一鸣（人事处党支部）沈佳（机关党委）"]
    assert honour_list(paragraphs, LEX, "关于表彰优秀共产党员的决定") == ["钱立平", "孙晓岚", "蒋一鸣", "沈佳"]


def test_honour_list_of_names_each_after_its_county():
    paragraphs = ["一、最美护理员（3名）", "青阳县许红梅石台县何佳宜秀区曹立新"]
    assert honour_list(paragraphs, LEX, "2024年度“最美民政人”名单") == ["许红梅", "何佳", "曹立新"]


def test_photo_credit_still_found():
    assert photographers("图为活动现场。（本报记者 钱立平 摄）", LEX) == ["钱立平"]
    assert photographers("图为活动现场。（钱立平 孙晓岚 摄）", LEX) == ["钱立平", "孙晓岚"]


def test_photo_pattern_is_linear_on_a_bracket_that_never_closes_with_a_credit():
    for text in ("（" + "社区党员志愿者服务队员" * 3000, "（张" * 30000, ("（记者 " + "张三 " * 20) * 3000):
        start = time.perf_counter()
        list(_PHOTO.finditer(text))
        assert time.perf_counter() - start < 0.5


def test_two_character_name_without_surname_between_a_title_and_speech():
    assert people(body="镇党委书记顿珠说，党员带了头。") == ["顿珠"]
    assert people(body="局党支部书记达娃次仁领学，大家交流体会。") == ["达娃次仁"]
    assert people(body="书记再次强调，要抓落实。") == []
    assert people(body="局长同时指出，要抓落实。") == []


def test_people_of_is_linear_on_repeated_speakers_and_unclosed_bylines():
    for unit in ("书记扎约说，", "（通讯员 韦 晴 ", "。敖登格日勒说", "（记者", "王立（办公室）"):
        body = unit * 3000
        start = time.perf_counter()
        people_of("", [body], body[:3000], LEX)
        assert time.perf_counter() - start < 3.0      # was 20 s (speakers) and 1.7 s (bylines)


def test_long_speaker_still_needs_the_same_run_after_a_role():
    assert "敖登格日勒" in people(body="蒙古族党员敖登格日勒担任队长。敖登格日勒说，很好。")
    assert people(body="那仁图雅说，很好。") == []
