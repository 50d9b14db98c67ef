"""Line features for a sequence labeller: one flat dict per line, described against page and publication."""
from dangjian.index.parse.features import line_features

PAGE = """滇西晨报 · 党建快讯
■ 腾冲市民政局召开支部书记例会
12日上午，腾冲市民政局召开机关支
部书记例会，通报一季度党建工作。

（据腾冲市民政局）
报：市委办公室。
"""


def test_every_line_gets_one_dict_and_blank_lines_are_marked():
    lines = PAGE.split("\n")
    features = line_features(lines, "滇西晨报")
    assert len(features) == len(lines)
    assert features[4] == {"blank": True}


def test_features_describe_what_the_rules_look_at():
    f = line_features(PAGE.split("\n"), "滇西晨报", learned={"滇西晨报·党建快讯": 9})
    head, brief, lead, broken, _, credit, dist = f[:7]
    assert head["furniture_shape"] and head["recurs"] == 9.0 and head["first_lines"]
    assert brief["marker"] and brief["agency_word"] and not brief["ends_sentence"]
    assert lead["date"] and lead["has_comma"] and not lead["short"]
    assert broken["ends_sentence"] and broken["blank_after"]
    assert credit["attribution"] and not credit["byline"]
    assert dist["distribution"] and dist["last_lines"] and dist["position"] == 1.0


def test_features_are_flat_numbers_and_booleans_as_crfsuite_takes_them():
    for f in line_features(PAGE.split("\n")):
        assert all(isinstance(v, (bool, float)) for v in f.values())
