"""Round twelve (people12): honour lists read from the printed lines (padding spaces and line breaks
kept) as well as from the joined paragraphs. Every text here is invented."""
import time

from dangjian.index.parse.honours import honour_list
from dangjian.index.parse.lexicon import load_lexicon
from dangjian.index.parse.pipeline import parse_file

LEX = load_lexicon()


def names(groups, title="关于表彰优秀共产党员的决定"):
    paragraphs = ["".join(g) for g in groups]        # what the joiner makes of them
    return honour_list(paragraphs, LEX, title, groups)


def test_names_set_apart_by_padding_spaces_only():
    got = names([["二、优秀个人（6名）"], ["许  岚  韩立夫  邵  宁  汤国梁", "尹  萍  姜文杰"]])
    assert got == ["许岚", "韩立夫", "邵宁", "汤国梁", "尹萍", "姜文杰"]


def test_a_name_a_line_break_cut_is_one_name_and_two_names_a_break_parted_stay_two():
    got = names([["优秀志愿者（5名）"], ["顾  淼、彭晓川、向", "秋拉姆、汤文杰", "戚  悦"]])
    assert got == ["顾淼", "彭晓川", "向秋拉姆", "汤文杰", "戚悦"]


def test_a_line_under_its_units_heading_is_read_on_its_own():
    got = names([["一、优秀共产党员（4名）", "后勤科：韦  航", "财务科：庞晓川、钟  岳", "档案室：常  宁"]])
    assert set(got) == {"韦航", "庞晓川", "钟岳", "常宁"}
    assert "钟岳档" not in got and not any(len(n) > 3 for n in got)


def test_units_printed_before_each_name_are_headings_not_names():
    got = names([["优秀共产党员", "后勤科 韦 航 财务科 庞晓川 档案", "室 常 宁"]])
    assert got == ["韦航", "庞晓川", "常宁"]


def test_notes_after_names_and_the_text_after_the_list():
    got = names([["邵 宁（清河区慈善总会）、汤国梁（清河区义工联", "合会）、古丽米拉·吾买尔（河西区老年协会）", "公示时间：2024年5月6日至12日。"]])
    assert got == ["邵宁", "汤国梁", "古丽米拉·吾买尔"]


def test_a_narrative_paragraph_gives_no_names():
    assert names([["会议指出，全局各级党组织要深入贯彻", "落实上级要求，坚持以学铸魂、以学增智"]]) == []


def test_an_honour_list_of_a_word_bulletin_keeps_each_line_apart(tmp_path):
    import docx
    document = docx.Document()
    for text in ["清河民政机关党建", "第5期", "中共清河市民政局机关委员会编　2024年7月3日",
                 "关于表彰优秀共产党员的通报", "经各支部推荐，决定对以下同志予以表彰：", "一、优秀共产党员（5名）",
                 "后勤科：韦  航", "财务科：庞晓川、钟  岳", "养老服务科：常  宁、苗志远"]:
        document.add_paragraph().add_run(text)
    path = tmp_path / "清河民政机关党建" / "2024-07-03" / "jb5.docx"
    path.parent.mkdir(parents=True)
    document.save(str(path))
    people = {p for a in parse_file(path, tmp_path, keep_noise=True).articles for p in a.people}
    assert {"韦航", "庞晓川", "钟岳", "常宁", "苗志远"} <= people
    assert "钟岳养" not in people


def test_spaced_lists_stay_linear():
    group = ["王  芳  " * 3000, "李" * 3000, "、" * 3000 + "：" * 3000]
    start = time.perf_counter()
    names([group])
    names([["局办公室：" + "李  强、" * 60]])
    assert time.perf_counter() - start < 1.0


from dangjian.index.parse.metadata import people_of  # noqa: E402


def people(attribution="", body="正文一句。", title="", groups=None):
    extra = (groups,) if groups is not None else ()
    return [n for n, _ in people_of(title, [body], attribution, LEX, *extra)]


def test_an_adverb_before_a_verb_of_speech_is_no_speaker():
    assert "欢喜地" not in people(body="看到方案后，欢喜地说，这下好了。")
    assert "高兴地" not in people(body="居民看了改造方案，高兴地说，停车不难了。")


def test_a_padded_name_after_a_dot_name_in_a_byline_is_a_name_of_its_own():
    assert people("本报记者  买买提江·吾守尔  韩  露") == ["买买提江·吾守尔", "韩露"]


def test_a_credit_word_run_on_to_a_dot_name_is_cut_off():
    assert people("记者 沙马·阿果报道") == ["沙马·阿果"]


def test_a_dot_name_run_into_the_next_name_of_the_article():
    got = people("本报记者古丽米拉·吾买尔韩露", body="记者韩露在现场看到。")
    assert "古丽米拉·吾买尔" in got and "古丽米拉·吾买尔韩" not in got


def test_one_dot_name_under_its_units_heading():
    groups = [["优秀共产党员（3名）", "后勤科：韦  航、庞晓川", "档案室：古丽米拉· 吾买尔", "财务科：钟  岳"]]
    got = people(body="".join(groups[0]), title="关于表彰优秀共产党员的决定", groups=groups)
    assert {"韦航", "庞晓川", "古丽米拉·吾买尔", "钟岳"} <= set(got)
    assert "古丽米拉·吾买尔财" not in got


def _portal(tmp_path, footer):
    markup = ('<html><head><title>工作动态_清溪融媒</title></head><body><div class="content"><h1>县民政局召开党纪学习教育动员会</h1>'
              '<p>3月6日，县民政局召开党纪学习教育动员部署会，局党组书记作动员讲话，要求全局党员干部以案为鉴。</p>'
              '<p>会议强调，各党支部要把纪律教育融入日常，推动学习走深走实。</p></div>'
              f'<div class="footer">{footer}</div></body></html>')
    path = tmp_path / "清溪融媒" / "2024-03-08" / "content_1.html"
    path.parent.mkdir(parents=True)
    path.write_text(markup, encoding="utf-8")
    return parse_file(path, tmp_path, keep_noise=True).articles


def test_a_portals_licence_in_its_footer_gives_its_province(tmp_path):
    assert [a.province for a in _portal(tmp_path, "清溪融媒体中心　皖ICP备00000001号")] == ["安徽"]


def test_a_sponsor_named_before_the_word_gives_its_province(tmp_path):
    assert [a.province for a in _portal(tmp_path, "九江市民政局 主办")] == ["江西"]


def test_a_beijing_licence_names_no_province(tmp_path):
    assert [a.province for a in _portal(tmp_path, "京ICP备00000001号")] == [None]
