"""People, round eight: dot names a narrow column broke in a byline, dot names run into the words
after them, a photo credit's 摄 glued to a dot name. Texts invented for these tests."""
from dangjian.index.parse.lexicon import load_lexicon
from dangjian.index.parse.namelists import dot_names, split_names
from dangjian.index.parse.people import byline_people, people_in


def test_byline_dot_name_broken_at_line_ends_is_one_name():
    attribution = "本报喀什3月2日电（记者 古 丽米拉·艾买 提）"
    assert byline_people(attribution) == ["古丽米拉·艾买提"]
    assert dot_names(attribution, load_lexicon()) == ["古丽米拉·艾买提"]
    assert split_names("古 丽米拉·艾买 提", load_lexicon()) == ["古丽米拉·艾买提"]


def test_photo_credit_stays_apart_from_a_dot_name():
    assert dot_names("图为社区活动现场。记者 热依拉·库尔班 摄", load_lexicon()) == ["热依拉·库尔班"]
    assert people_in("图为老人在驿站休息。本报记者热依拉·库尔班摄\n") == ["热依拉·库尔班"]


def test_dot_name_stops_before_the_words_told_after_it():
    lex = load_lexicon()
    assert dot_names("会上，卓玛·次仁所在的支部作交流发言。", lex) == ["卓玛·次仁"]
    assert dot_names("名单如下：王小红、古丽·沙吾提优秀党务工作者（2名）", lex) == ["古丽·沙吾提"]


def test_dot_name_named_twice_keeps_the_shorter_reading():
    text = "在牧民苏和·巴根家里，志愿者打扫院子。苏和·巴根激动地说：“感谢党。”"
    assert dot_names(text, load_lexicon()) == ["苏和·巴根"]


def test_dot_name_after_a_group_word_and_before_a_means():
    lex = load_lexicon()
    assert dot_names("傈僳族党员干部木呷·阿依用双语讲解政策。", lex) == ["木呷·阿依"]


def test_a_body_after_a_role_word_is_no_one():
    assert people_in("党委书记、主任林秋实代表党委作检视剖析。") == ["林秋实"]


def test_honour_list_ends_where_a_closing_sentence_was_run_on():
    from dangjian.index.parse.honours import honour_list
    paragraphs = ["经研究，决定表彰下列同志。", "一、优秀共产党员（4名）",
                  "苏晓帆、龚立夏、顿珠次旺、韦雪晴号召全体党员向他们学习、见贤思齐。"]
    assert honour_list(paragraphs, load_lexicon()) == ["苏晓帆", "龚立夏", "顿珠次旺", "韦雪晴"]


def test_honour_list_of_units_each_closed_by_a_colon():
    from dangjian.index.parse.honours import honour_list
    paragraphs = ["评选结果名单如下：档案管理科：苏晓帆、龚立夏法规事务处：韦雪晴、邬春阳"]
    assert honour_list(paragraphs, load_lexicon()) == ["苏晓帆", "龚立夏", "韦雪晴", "邬春阳"]


def test_he_before_a_speaking_verb_is_the_names_own():
    assert people_in("服务队队长苏日孟和说，路再远也要送到。") == ["苏日孟和"]


def test_a_resident_steward_role_names_the_person_after_it():
    assert people_in("楼道里，党员管家邵宁远说：“有事找我。”") == ["邵宁远"]


def test_name_before_what_is_told_after_it():
    assert people_in("村党支部书记邵宁远正带着大家清扫院落。") == ["邵宁远"]
    assert people_in("会上，老党员代表邵宁远领誓。") == ["邵宁远"]
    assert people_in("社工站督导邵宁远说，服务要走心。") == ["邵宁远"]


def test_bare_photo_credit_after_a_role_word():
    assert people_in("图为座谈会现场。通讯员邵宁远摄") == ["邵宁远"]


def test_honour_list_ends_at_a_sentence_end_or_a_caption_mark():
    from dangjian.index.parse.honours import honour_list
    lex = load_lexicon()
    paragraphs = ["会议表彰了一批优秀党员。优秀党务工作者：苏晓帆、木拉提·沙吾提。局长龚立夏指出，要再接再厉。"]
    assert honour_list(paragraphs, lex) == ["苏晓帆", "木拉提·沙吾提"]
    paragraphs = ["优秀党务工作者：苏晓帆、韦雪晴▲图为表彰现场。"]
    assert honour_list(paragraphs, lex) == ["苏晓帆", "韦雪晴"]


def test_a_list_of_places_after_a_sentence_end_is_no_honour_list():
    from dangjian.index.parse.honours import honour_list
    paragraphs = ["会议表彰了优秀党员。培育融合品牌12个。固原市、石河镇和西乡县民政局作交流发言。"]
    assert honour_list(paragraphs, load_lexicon()) == []


def test_honour_list_closed_by_a_count():
    from dangjian.index.parse.honours import honour_list
    paragraphs = ["日前，镇党委表彰优秀农村党员苏晓帆、龚立夏、韦雪晴3人。"]
    assert honour_list(paragraphs, load_lexicon()) == ["苏晓帆", "龚立夏", "韦雪晴"]


def test_honour_list_of_classes_each_closed_by_a_colon():
    from dangjian.index.parse.honours import honour_list
    paragraphs = ["受表彰人员名单如下：学术团体类：苏晓帆、龚立夏基金会类：韦雪晴、邬春阳"]
    assert honour_list(paragraphs, load_lexicon()) == ["苏晓帆", "龚立夏", "韦雪晴", "邬春阳"]


def test_name_at_a_clause_head_acting_for_a_body():
    from dangjian.index.parse.namelists import speakers
    lex = load_lexicon()
    assert speakers("会上，邵宁远代表局领导班子作对照检查。", lex) == ["邵宁远"]
    assert speakers("会上，居民代表李四作发言。", lex) == []


def test_byline_with_a_press_prefix_and_a_photo_credit():
    assert byline_people("（融媒记者苏日娜通讯员敖其尔）") == ["苏日娜", "敖其尔"]
    assert byline_people("（融媒记者苏日娜摄）") == ["苏日娜"]
