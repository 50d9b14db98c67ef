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
