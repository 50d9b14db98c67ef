"""Restyle composed pages with habits of publications the composer does not print, keeping the truth.

The composer lays out one newspaper's habits; the labeller must also meet brief items opened by a
marker, pages without blank lines, bylines under titles, column labels, kickers and subtitles,
bulletin mastheads and distribution lines, and editors' notes (DOMAIN.md, "Publications differ").
Each restyling says what it does to the page's truth: a byline joins the attribution, a kicker and
a subtitle join the title, labels, mastheads, distribution lines and notes are furniture.
The phrases below are ours, written for these pages.
"""
from __future__ import annotations

import random

from benchmarks.line_truth import placements

MARKERS = ("■ ", "◆ ", "● ", "▲ ")
COLUMN_LABELS = ("【党建引领】", "【基层动态】", "【工作交流】", "机关党建·经验谈", "党建快讯", "民政·党建", "【一线观察】")
BYLINES = ("本报记者 {}", "文/{}", "记者 {}", "{}", "通讯员 {}", "本报记者 {} 通讯员 {}")
KICKERS = ("坚持党建引领 服务民生大局", "聚焦主题教育走深走实", "深化模范机关建设", "推动党建与业务深度融合",
           "以学铸魂 以学促干", "把支部建在服务一线")
SUBTITLES = ("——{}党建工作纪实", "——{}推进机关党建工作综述", "——来自{}的调查", "——{}创建模范机关侧记")
NOTES = ("编者按：{}坚持党建引领，把学习成果转化为服务群众的实际行动。本版选登几则来稿，以飨读者。",
         "编者按：岁末年初，{}各级党组织盘点一年工作、谋划新年任务。现将有关做法摘编如下。")
PLACES = ("滨州市", "延吉市", "银川市", "莘县", "江苏省", "遵义市", "喀什地区", "黔东南州")
DISTRIBUTION = ("报：{}委办公室，{}人民政府办公室。", "送：{}委组织部，机关工委。", "发：各县（市、区）民政局，局机关各科室。")


def restyle(rng: random.Random, text: str, articles: list[dict]) -> tuple[str, list[dict]]:
    """Print a composed page the way other publications do; return its text and its truth so printed."""
    lines = text.split("\n")
    roles = placements([ln.strip() for ln in lines if ln.strip()], articles)
    style = {name: rng.random() < chance for name, chance in
             (("marker", 0.3), ("squeeze", 0.35), ("byline", 0.35), ("label", 0.25), ("kicker", 0.2),
              ("subtitle", 0.2), ("bulletin", 0.15), ("note", 0.12))}
    style["marker"] = rng.choice(MARKERS) if style["marker"] else ""
    out, j = [], -1
    for k, line in enumerate(lines):
        if not line.strip():
            if not style["squeeze"] or k == len(lines) - 1:
                out.append(line)
            continue
        j += 1
        role, a = roles[j]
        after = roles[j + 1][0] if j + 1 < len(roles) else "N"
        if role in ("T-B", "B-B"):
            out += _before_article(rng, style, articles, a, first=not any(r == role for r, _ in roles[:j]))
        out.append(style["marker"] + line.lstrip() if style["marker"] and role in ("T-B", "B-B") else line)
        if role in ("T-B", "T-I") and after[0] in "BA":      # the title's last line, above its text
            out += _under_title(rng, style, articles, a)
    if style["bulletin"]:
        out = _masthead(rng) + out + [rng.choice(DISTRIBUTION).format(*[rng.choice(PLACES)] * 2)
                                      for _ in range(rng.randint(1, 3))] + [f"（共印{rng.randint(2, 9)}0份）"]
    return "\n".join(out), articles


def _before_article(rng, style, articles: list[dict], a: int, first: bool) -> list[str]:
    """Return the lines printed above an article: an editor's note, a column label, a kicker."""
    out = []
    if first and style["note"]:
        out += [rng.choice(NOTES).format(rng.choice(PLACES))] + ([] if style["squeeze"] else [""])
    if style["label"] and rng.random() < 0.5:
        out += [rng.choice(COLUMN_LABELS)] + ([] if style["squeeze"] else [""])
    if style["kicker"] and articles[a].get("title") and rng.random() < 0.5:
        kicker = rng.choice(KICKERS)
        out.append(kicker)
        articles[a] = {**articles[a], "title": kicker + articles[a]["title"]}
    return out


def _under_title(rng, style, articles: list[dict], a: int) -> list[str]:
    """Return the lines printed under a title: a subtitle (part of the title), a byline (of the attribution)."""
    from benchmarks.articles import random_name
    out = []
    if style["subtitle"] and rng.random() < 0.5:
        subtitle = rng.choice(SUBTITLES).format(rng.choice(PLACES))
        out.append(subtitle)
        articles[a] = {**articles[a], "title": articles[a]["title"] + subtitle}
    if style["byline"]:
        byline = rng.choice(BYLINES).format(random_name(rng), random_name(rng))
        out.append(byline)
        articles[a] = {**articles[a], "attribution": byline + (articles[a]["attribution"] or "")}
    return out


def _masthead(rng) -> list[str]:
    """Return a bulletin's masthead: its name, issue number, issuing office and date, a rule."""
    place = rng.choice(PLACES)
    return [f"{place}民政工作简报", f"第{rng.randint(1, 40)}期",
            f"{place}民政局办公室编 20{rng.randint(19, 25)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            "━" * rng.randint(12, 24), ""]
