"""The help page's query syntax, with examples that find articles in the bundled archive.

tests/test_web.py runs every example against the bundled archive and checks
it finds something, so the help page cannot drift from what the engine does.
"""
from __future__ import annotations

# (query, what it means)
EXAMPLES: tuple[tuple[str, str], ...] = (
    ("两个确立", "含有这个词的文章；任何连续出现的字串都能找到，跨行断开的也能找到"),
    ("确立", "词的一部分也能找到：包括“两个确立”"),
    ("两个确立 民政厅", "两个词都要出现（并且）"),
    ("\"模范机关建设\"", "引号内为完整短语（中文引号“”也可以）"),
    ("延吉 OR 银川", "任一词出现即可（或者）"),
    ("培训 -主题教育", "含“培训”但不含“主题教育”；NOT 主题教育 同义"),
    ("标题:培训班", "只在标题中找"),
    ("省份:江苏", "按省份筛选；江苏省、江苏均可"),
    ("单位:民政厅", "单位名称中含“民政厅”的全部单位"),
    ("提法:三会一课", "按提法筛选"),
    ("人物:钱文涛", "按人物筛选"),
    ("年份:2023", "按年份筛选"),
    ("报刊:公益时报", "按报刊筛选"),
    ("日期:2023-10..2023-12", "活动日期在 2023 年 10 月至 12 月之间；也可写 日期:2023 或 日期:2024-01-01.."),
    ("两个确立 省份:江苏", "词与筛选条件可以组合"),
    ("党建引领 -省份:江苏", "排除某个省份"),
)
