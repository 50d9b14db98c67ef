"""Pages in the styles of other publications (DOMAIN.md, "Publications differ"), each with its own truth.

The composer (:mod:`benchmarks.composer`) prints one newspaper's habits. Here every habit of the
other papers, magazines, county media and bulletins is a style of its own: brief items opened by a
marker, bylines at the top and author notes at the end, datelines, kickers and subtitles, column
labels, interviews, honour lists, enumerations, period and year-boundary dates, continued
fragments, province from a provincial paper's own bodies and from county names, names with a
middle dot broken across lines or followed by a verb, bulletins, pages without blank lines, OCR
misreads in the running head, titles after their articles.

The truth follows the hand-written truth of ``tests/unseen`` (truth-dev2.json): a kicker and a
``——`` subtitle are part of the title; a byline at the top, a dateline and an author note are the
attribution (in page order), and a 本报/本刊 byline or dateline makes the publication the source;
markers, labels, mastheads, distribution lines and continuation notes are noise; a date with no
day (今年以来, 年初, 去年底) is the issue date, 上旬/中旬/下旬 the 1st/11th/21st.

    pages = compose_pages(200, seed=3, styles=("briefs", "interview"))
    page.truth.style, page.truth.articles, page.truth.noise
"""
from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta
from typing import Callable, Iterable

from . import articles as A
from . import vocabulary as V
from .articles import ArticleTruth, Person, random_articles, random_name, slogans_of
from .composer import (ComposedPage, Layout, PageTruth, _own_report, _render, _scatter, _Sheet, compose_page,
                       random_layout, wrap)
from .furniture import footer_text, header_text

__all__ = ["STYLES", "compose_pages", "compose_styled_page"]


# ---- one article's printed pieces ----------------------------------------------------------------

@dataclasses.dataclass
class Piece:
    """A part of the page as printed: a title or paragraph (wrapped at the column), a short line
    printed whole (a byline, a marker line), a blank, or noise of a NOISE_KINDS kind. A paragraph's
    "\\n" is a line break the style forces (a name broken at its dot)."""

    text: str
    kind: str = "para"          # title | para | line | blank | header | footer | label | continuation | …


def _finish(title, paragraphs, attribution, source, org_or_none, when, people, slogan=None) -> ArticleTruth:
    """Return an article's truth: people and numbered slogans kept only where the printed text names them."""
    article = ArticleTruth(title=title, paragraphs=list(paragraphs), attribution=attribution or None,
                           source=source, province=org_or_none and org_or_none["province"],
                           agency=org_or_none and org_or_none["agency"], date=when, slogans=(), people=())
    text = article.text() + (attribution or "")
    seen, kept = set(), []
    for person in people:
        if person.name in text and person.name not in seen:
            seen.add(person.name)
            kept.append(person)
    article.people = tuple(kept)
    article.extra_slogans = tuple(t for t in (slogan.numbered if slogan else ()) if t in text)
    article.slogans = slogans_of(article)
    return article


def _news(rng: random.Random, issue: date, org: dict | None = None, when: tuple[str, date] | None = None,
          attribution: bool = True, people_sentence: tuple[str, list[Person]] | None = None):
    """Return (title, paragraphs, attribution, source, org, date, people, slogans) of a plain news report."""
    org = org or A._organiser(rng)
    slogan = A._Slogans(rng)
    verb, event = rng.choice(V.EVENTS)
    event = event.format(s=slogan().strip("“”")) if "{s}" in event else event
    phrase, when_date = when or A._date_phrase(rng, issue)
    lead = A._lead(rng, phrase, org, f"{verb}{event}", slogan)
    sentence, people = people_sentence or A._people_sentence(rng, org)
    paragraphs = [lead + sentence, *A._body(rng, org, slogan)]
    note, source, bylined = A._attribution(rng, org, False) if attribution else (None, None, [])
    title = f"{org.get('title_org', org['agency'])}{verb}{event}"
    return dict(title=title, paragraphs=paragraphs, attribution=note, source=source, org=org, date=when_date,
                people=people + bylined, slogan=slogan)


def _truth_of(news: dict, **changes) -> ArticleTruth:
    n = {**news, **changes}
    return _finish(n["title"], n["paragraphs"], n["attribution"], n["source"], n["org"], n["date"],
                   n["people"], n["slogan"])


def _printed(title: str | None, paragraphs: list[str], attribution: str | None = None) -> list[Piece]:
    out = [Piece(title, "title"), Piece("", "blank")] if title else []
    out += [Piece(p) for p in paragraphs]
    return out + ([Piece(attribution)] if attribution else [])


# ---- the styles ----------------------------------------------------------------------------------

def _briefs(rng, issue, publication, titled: bool):
    """Brief items opened by a marker (■ ◆ ● ★ or 【title】), no attribution, often no blank line."""
    marker = rng.choice(V.BRIEF_MARKERS + ("【】",))
    pieces, truths = [], []
    for _ in range(rng.randint(3, 6)):
        news = _news(rng, issue, attribution=False)
        paragraphs = news["paragraphs"][:rng.randint(1, 2)]
        if titled:
            head = f"【{news['title']}】" if marker == "【】" else f"{marker} {news['title']}"
            pieces += [Piece(head, "title")] + [Piece(p) for p in paragraphs]
            truths.append(_truth_of(news, paragraphs=paragraphs))
        else:
            opener = "■" if marker == "【】" else marker
            pieces += [Piece(f"{opener}{' ' * rng.randint(0, 1)}{paragraphs[0]}")] + [Piece(p) for p in paragraphs[1:]]
            truths.append(_truth_of(news, title=None, paragraphs=paragraphs))
        if rng.random() < 0.3:
            pieces.append(Piece("", "blank"))
    return pieces, truths


def briefs_titled(rng, issue, publication):
    return _briefs(rng, issue, publication, titled=True)


def briefs_untitled(rng, issue, publication):
    return _briefs(rng, issue, publication, titled=False)


def _theory(rng, issue, publication):
    """A commentary or theory piece: byline at the top, perhaps an author note at the end; no place."""
    slogan = A._Slogans(rng)
    paragraphs = []
    for _ in range(rng.randint(2, 4)):
        clauses = [t.format(s=slogan()) if "{s}" in t else t for t in rng.sample(V.THEORY, k=rng.randint(1, 2))]
        paragraphs.append("，".join(clauses) + "。")
    title = rng.choice(("以高质量党建引领", "坚持不懈抓好", "在新征程上深化", "扎实推进")) + rng.choice(
        ("机关党建工作", "基层组织建设", "理论武装", "作风建设")) + rng.choice(("", "落到实处", "走深走实"))
    author = random_name(rng)
    form = rng.randrange(5)
    note = (f"（作者系{rng.choice(V.AUTHOR_UNITS)}{rng.choice(V.AUTHOR_TITLES)}）" if rng.random() < 0.5
            else f"（作者单位：{rng.choice(V.AUTHOR_UNITS)}）")
    if form == 0:
        top, end, source, people = f"文/{author}", note if rng.random() < 0.8 else "", None, [Person(author, None)]
    elif form == 1:
        top, end, source, people = author, note, None, [Person(author, None)]
    elif form == 2:
        top, end, source, people = "本报评论员", "", publication, []
    elif form == 3:
        top, end, source, people = "特约评论员", "", None, []
    else:
        top, end, source, people = "", f"文/{author}{note}", None, [Person(author, None)]
    pieces = [Piece(title, "title")] + ([Piece(top, "line")] if top else []) + [Piece(p) for p in paragraphs]
    pieces += [Piece(end, "line")] if end else []
    truth = _finish(title, paragraphs, top + end, source, None, issue, people, slogan)
    return pieces, [truth]


def byline_top(rng, issue, publication):
    """Bylines at the top (文/, 本报记者 …, 本报评论员, the author alone) and （作者系…）/（作者单位：…） endings."""
    pieces, truths = [], []
    for i in range(rng.randint(1, 3)):
        if i:
            pieces.append(Piece("", "blank"))
        if rng.random() < 0.5:
            p, t = _theory(rng, issue, publication)
        else:
            news = _news(rng, issue, attribution=False)
            names = [random_name(rng) for _ in range(rng.randint(1, 2))]
            byline = "本报记者 " + " ".join(names)
            p = [Piece(news["title"], "title"), Piece(byline, "line")] + [Piece(x) for x in news["paragraphs"]]
            t = [_truth_of(news, attribution=byline, source=publication,
                           people=news["people"] + [Person(n, "记者") for n in names])]
        pieces += p
        truths += t
    return pieces, truths


def dateline(rng, issue, publication):
    """本报某地某月某日电（记者 某某） or 新华社某地某月某日电 at the start of the lead."""
    pieces, truths = [], []
    for i in range(rng.randint(1, 3)):
        org = A._organiser(rng)
        event = issue - timedelta(days=rng.randint(0, 6))
        phrase = f"{event.month}月{event.day}日" + rng.choice(("", "", "上午"))
        # No attribution at the end: the dateline names the source (an agency's 供稿 too would leave two).
        news = _news(rng, issue, org=org, when=(phrase, event), attribution=False)
        city = next((c for c, p in V.CITIES if p == org["province"]), org["full"])
        sent = event + timedelta(days=rng.randint(0, 1))
        reporter = random_name(rng)
        if rng.random() < 0.75:
            line, source = f"本报{city.rstrip('市')}{sent.month}月{sent.day}日电（记者 {reporter}）", publication
        else:
            line, source = f"新华社{city.rstrip('市')}{sent.month}月{sent.day}日电（记者 {reporter}）", "新华社"
        printed = [line + news["paragraphs"][0], *news["paragraphs"][1:]]
        pieces += [Piece("", "blank")] * bool(i) + _printed(news["title"], printed, news["attribution"])
        truths.append(_truth_of(news, attribution=line + (news["attribution"] or ""), source=source,
                                people=news["people"] + [Person(reporter, "记者")]))
    return pieces, truths


def kicker_subtitle(rng, issue, publication):
    """A kicker (引题) above the title and/or a ——subtitle below it: all of it is the title."""
    pieces, truths = [], []
    for i in range(rng.randint(1, 3)):
        news = _news(rng, issue)
        kicker = rng.choice(V.KICKERS) if rng.random() < 0.6 else ""
        places = [c for c, p in V.CITIES if p == news["org"]["province"]] or [news["org"]["full"]]
        subtitle = rng.choice(V.SUBTITLES).format(rng.choice(places)) if not kicker or rng.random() < 0.5 else ""
        pieces += [Piece("", "blank")] * bool(i) + [Piece(kicker, "title")] * bool(kicker)
        pieces += [Piece(news["title"], "title")] + [Piece(subtitle, "title")] * bool(subtitle) + [Piece("", "blank")]
        pieces += [Piece(p) for p in news["paragraphs"]] + [Piece(news["attribution"])] * bool(news["attribution"])
        truths.append(_truth_of(news, title=kicker + news["title"] + subtitle))
    return pieces, truths


def column_labels(rng, issue, publication):
    """Column and section labels above articles: furniture, no title, no slogan even when they hold one."""
    pieces, truths = [], []
    for i, article in enumerate(random_articles(rng, rng.randint(1, 4), issue)):
        if i == 0 or rng.random() < 0.6:
            pieces += [Piece("", "blank"), Piece(rng.choice(V.COLUMN_LABELS), "label"), Piece("", "blank")]
        elif i:
            pieces.append(Piece("", "blank"))
        pieces += _printed(article.title, article.paragraphs, article.attribution)
        truths.append(_own(article, publication))
    return pieces, truths


def _own(article: ArticleTruth, publication: str) -> ArticleTruth:
    """A 本报讯 lead's byline is the attribution (moved in front), and names the paper as the source."""
    lead = article.paragraphs[0]
    if not lead.startswith("本报讯"):
        return article
    cut = lead.index("）") + 1
    return dataclasses.replace(article, paragraphs=[lead[cut:], *article.paragraphs[1:]],
                               attribution=lead[:cut] + (article.attribution or ""),
                               source=article.source or publication)


def interview(rng, issue, publication):
    """——访某某 under the title, a byline, then turns 记者：/某某： or 问：/答：."""
    org = A._organiser(rng)
    slogan = A._Slogans(rng)
    name = A.random_dot_name(rng) if rng.random() < 0.3 else random_name(rng)
    role = org["roles"][0]
    reporter = random_name(rng)
    title, subtitle = rng.choice(V.INTERVIEW_TITLES), f"——访{org['agency']}{role}{name}"
    asked, answered = ("记者", name) if rng.random() < 0.6 else ("问", "答")
    turns = []
    for question in rng.sample(V.QUESTIONS, k=rng.randint(2, 4)):
        answer = rng.choice(V.ANSWERS)
        turns += [f"{asked}：{question}", f"{answered}：{answer.format(s=slogan()) if '{s}' in answer else answer}。"]
    byline = f"{rng.choice(('本报记者', '本刊记者'))} {reporter}"
    pieces = [Piece(title, "title"), Piece(subtitle, "title"), Piece(byline, "line")] + [Piece(t) for t in turns]
    truth = _finish(title + subtitle, turns, byline, publication, org, issue,
                    [Person(name, role), Person(reporter, "记者")], slogan)
    return pieces, [truth]


def honour_list(rng, issue, publication):
    """An honour list: unit and category headings, names separated by 、 — the names are people."""
    org = A._organiser(rng)
    event = issue - timedelta(days=rng.randint(1, 10))
    title = f"{org['agency']}表彰一批先进基层党组织和优秀党务工作者"
    lead = (f"{event.month}月{event.day}日，{org['mention']}印发决定，对在党建工作中表现突出的先进基层党组织、"
            f"优秀共产党员和优秀党务工作者予以表彰。名单如下：")
    names: list[str] = []
    count = rng.randint(6, 14)
    while len(names) < count:
        name = A.random_dot_name(rng) if rng.random() < 0.15 else random_name(rng)
        if not any(name in other or other in name for other in names):
            names.append(name)
    units = rng.sample(V.HONOUR_UNITS, k=rng.randint(2, 4))
    half = len(names) // 2
    paragraphs = [lead, f"{V.HONOUR_HEADINGS[0]}（{len(units)}个）", "、".join(units),
                  f"{V.HONOUR_HEADINGS[1]}（{half}名）", "、".join(names[:half]),
                  f"{V.HONOUR_HEADINGS[2]}（{len(names) - half}名）", "、".join(names[half:])]
    note = f"（{org['agency']}供稿）" if rng.random() < 0.5 else None
    truth = _finish(title, paragraphs, note, note and org["agency"], org, event, [Person(n, None) for n in names])
    return _printed(title, paragraphs, note), [truth]


def enumeration(rng, issue, publication):
    """Enumerations (一是…二是…) and numbered subheadings (一、 （一）) inside the body: never a new article."""
    pieces, truths = [], []
    for i in range(rng.randint(1, 3)):
        news = _news(rng, issue)
        heads = rng.sample(V.SUBHEADINGS, k=3)
        numbered = rng.choice((("一、", "二、", "三、"), ("（一）", "（二）", "（三）")))
        body = [news["paragraphs"][0]]
        if rng.random() < 0.5:
            clauses = rng.sample(V.CLAUSES[:3] + V.CLAUSES[5:9], k=3)
            filled = [c.format(s=news["slogan"]()) if "{s}" in c else c for c in clauses]
            body.append("会议要求，" + "；".join(f"{n}{c}" for n, c in zip(("一是", "二是", "三是"), filled)) + "。")
        for n, head, para in zip(numbered, heads, news["paragraphs"][1:] or ["要抓好各项工作落实。"]):
            body += [f"{n}{head}", para]
        pieces += [Piece("", "blank")] * bool(i) + _printed(news["title"], body, news["attribution"])
        truths.append(_truth_of(news, paragraphs=body))
    return pieces, truths


def period_dates(rng, issue, publication):
    """上旬/中旬/下旬, 5日上午, 今年以来/年初/去年底, and late-December events in a January issue."""
    pieces, truths = [], []
    for i in range(rng.randint(1, 3)):
        form = rng.randrange(4)
        if form == 0:
            month = issue.replace(day=1) - timedelta(days=1) if rng.random() < 0.5 or issue.day < 22 else issue
            part, day = rng.choice((("上旬", 1), ("中旬", 11), ("下旬", 21)))
            when = (f"{month.month}月{part}", date(month.year, month.month, day))
        elif form == 1:
            day = rng.randint(1, issue.day)
            when = (f"{day}日{rng.choice(('上午', '下午'))}", issue.replace(day=day))
        elif form == 2:
            when = (rng.choice(("今年以来", "年初", "去年底")), issue)
        else:
            event = date(issue.year - 1, 12, rng.randint(20, 31)) if issue.month == 1 else issue - timedelta(days=3)
            when = (f"{event.month}月{event.day}日", event)
        news = _news(rng, issue, when=when)
        pieces += [Piece("", "blank")] * bool(i) + _printed(news["title"], news["paragraphs"], news["attribution"])
        truths.append(_truth_of(news))
    return pieces, truths


def continued(rng, issue, publication):
    """A fragment under （上接第N版） with no title of its own; the last article runs on: （下转第N版）."""
    org = A._organiser(rng)
    name = random_name(rng)
    role = org["roles"][1]
    fragment = [f"{rng.choice(V.CLAUSES[5:9])}。",
                f"{org['agency']}{role}{name}表示，{rng.choice(V.CLAUSES[5:9])}。"]
    page_no = rng.randint(2, 8)
    pieces = [Piece(f"（上接第{page_no - 1}版）", "continuation")] + [Piece(p) for p in fragment]
    truths = [_finish(None, fragment, None, None, org, issue, [Person(name, role)])]
    news = _news(rng, issue, attribution=False)
    cut = news["paragraphs"][:max(1, len(news["paragraphs"]) - 1)]
    pieces += [Piece("", "blank")] + _printed(news["title"], cut) + [Piece(f"（下转第{page_no + 1}版）", "continuation")]
    truths.append(_truth_of(news, paragraphs=cut))
    return pieces, truths


def province_context(rng, issue, publication):
    """A provincial paper's own 省民政厅 (its province is the paper's), and county names."""
    pieces, truths = [], []
    short, full = _paper_province(publication)
    for i in range(rng.randint(1, 3)):
        if rng.random() < 0.5:
            # The paper's own 省民政厅: no province named anywhere in the article.
            bureau = short in V.MUNICIPALITIES
            own = ("市" if bureau else "自治区" if full.endswith("自治区") else "省") + ("民政局" if bureau else "民政厅")
            org = dict(province=short, full=full, agency=full + own[-3:], mention=own + rng.choice(V.ORG_FORMS),
                       short_org=own, title_org=own, roles=("局长", "副局长") if bureau else ("厅长", "副厅长"))
        else:
            county, province = rng.choice(V.COUNTIES)
            full_name = next(f for s, f in V.provinces() if s == province)
            org = dict(province=province, full=full_name, agency=county + "民政局", mention=county + "民政局",
                       short_org="县民政局", roles=("局长", "副局长"))
        news = _news(rng, issue, org=org)
        pieces += [Piece("", "blank")] * bool(i) + _printed(news["title"], news["paragraphs"], news["attribution"])
        truths.append(_truth_of(news))
    return pieces, truths


def _paper_province(publication: str) -> tuple[str, str]:
    return next((s, f) for s, f in V.provinces() if publication.startswith(s))


def names(rng, issue, publication):
    """Names with · broken before or after the dot at a line end; names followed at once by 说/表示/指出."""
    pieces, truths = [], []
    for i in range(rng.randint(1, 3)):
        org = A._organiser(rng)
        dotted = A.random_dot_name(rng)
        verb = rng.choice(("说", "表示", "指出"))
        role = org["roles"][1]
        sentence = f"{org['short_org']}{role}{dotted}{verb}，{rng.choice(V.CLAUSES[5:9])}。"
        news = _news(rng, issue, org=org, people_sentence=(sentence, [Person(dotted, role)]))
        lead = news["paragraphs"][0]
        dot = lead.index("·") + (1 if rng.random() < 0.5 else 0)
        printed = [lead[:dot] + "\n" + lead[dot:], *news["paragraphs"][1:]]
        pieces += [Piece("", "blank")] * bool(i) + _printed(news["title"], printed, news["attribution"])
        truths.append(_truth_of(news))
    return pieces, truths


def bulletin(rng, issue, publication):
    """A Word bulletin: masthead (name, 第N期, issuing office and date, a rule) and distribution lines."""
    county = publication.removesuffix("民政工作简报")
    pieces = [Piece(f"{county}民政工作简报", "masthead"), Piece(f"第{rng.randint(1, 40)}期", "masthead"),
              Piece(f"{county}民政局办公室编  {issue.year}年{issue.month}月{issue.day}日", "masthead"),
              Piece("━" * rng.randint(12, 24), "masthead"), Piece("", "blank")]
    truths = []
    for i, article in enumerate(random_articles(rng, rng.randint(1, 3), issue)):
        pieces += [Piece("", "blank")] * bool(i) + _printed(article.title, article.paragraphs, article.attribution)
        truths.append(_own(article, publication))
    pieces.append(Piece("", "blank"))
    for line in rng.sample(V.DISTRIBUTION, k=rng.randint(1, 3)):
        pieces.append(Piece(line.format(p=county), "distribution"))
    pieces.append(Piece(f"（共印{rng.randint(2, 9)}0份）", "distribution"))
    return pieces, truths


# Styles that reuse the composer's own page with one knob forced.
def _forced(**knobs) -> Callable:
    def style(rng, issue, publication):
        raise AssertionError("composed by compose_page")        # never called: see compose_styled_page
    style.knobs = knobs
    return style


STYLES: dict[str, Callable] = {
    "briefs_titled": briefs_titled, "briefs_untitled": briefs_untitled, "byline_top": byline_top,
    "dateline": dateline, "kicker_subtitle": kicker_subtitle, "column_labels": column_labels,
    "interview": interview, "honour_list": honour_list, "enumeration": enumeration,
    "period_dates": period_dates, "continued": continued, "province_context": province_context,
    "names": names, "bulletin": bulletin,
    "no_blank_lines": _forced(blank_lines=False, spacing="single", column_breaks=0.0, absent_title_rate=0.0,
                              trailing_titles=False, labels=0),
    "ocr_furniture": _forced(header=True),
    "titles_after": _forced(trailing_titles=True, absent_title_rate=0.0),
}
# Styles whose pages a county media centre or a provincial paper prints: the publication says so.
PUBLICATION_OF = {"province_context": lambda rng: rng.choice(V.provinces())[0] + "日报",
                  "bulletin": lambda rng: rng.choice(V.COUNTIES)[0] + "民政工作简报",
                  "briefs_titled": lambda rng: rng.choice(V.COUNTIES)[0][:-1] + "融媒",
                  "briefs_untitled": lambda rng: rng.choice(V.COUNTIES)[0][:-1] + "融媒"}


# ---- pages ---------------------------------------------------------------------------------------

def compose_styled_page(rng: random.Random, style: str, issue: date | None = None) -> ComposedPage:
    """Compose one page in the given style; its truth says the style."""
    if issue is None:
        month = 1 if style == "period_dates" and rng.random() < 0.5 else rng.randint(1, 12)
        issue = date(rng.randint(2019, 2025), month, rng.randint(1, 28))
    layout = random_layout(rng)
    make = STYLES[style]
    if hasattr(make, "knobs"):
        return _composer_page(rng, style, issue, dataclasses.replace(layout, **make.knobs))
    publication = PUBLICATION_OF.get(style, lambda r: r.choice(V.PUBLICATIONS))(rng)
    for _ in range(50):        # drawn again when two people or two titles of the page could be confused
        pieces, truths = make(rng, issue, publication)
        if _distinct(truths):
            break
    # A report signed （记者 某某） is the paper's own, as on the composer's pages.
    truth = PageTruth(issue, publication, [_own_report(t, publication) for t in truths], style=style)
    page_no = rng.randint(1, 16)
    sheet = _Sheet()
    if layout.header and style != "bulletin":
        sheet.add(header_text(rng, truth, page_no), "header")
        sheet.blank()
    for piece in pieces:
        _print(rng, sheet, layout, piece)
    if layout.footer != "none" and style != "bulletin":
        sheet.blank()
        sheet.add(footer_text(rng, page_no), "footer")
    return _render(rng, sheet, layout, truth)


def _composer_page(rng, style, issue, layout: Layout) -> ComposedPage:
    """The composer's own page with a style's knobs; an OCR page gets a misread running head."""
    articles = random_articles(rng, rng.randint(2, 5), issue)
    if layout.trailing_titles and not articles[-1].attribution:
        articles[-1] = dataclasses.replace(articles[-1], attribution=f"（通讯员 {random_name(rng)}）")
        articles[-1].people = articles[-1].people + (Person(articles[-1].attribution[5:-1], "通讯员"),)
    page = compose_page(rng, articles, layout, issue)
    page.truth.style = style
    if style == "ocr_furniture":
        page = _misread_head(rng, page, layout)
    return page


def _misread_head(rng, page: ComposedPage, layout: Layout) -> ComposedPage:
    """Misread the running head as OCR does (2024年]月2日, 明 for 6月); noise stays noise."""
    heads = [n for n in page.truth.noise if n.kind == "header"]
    if not heads:
        return page
    head = heads[0]
    misread = head.text
    for right, wrong in rng.sample(V.OCR_MISREADS, k=len(V.OCR_MISREADS)):
        if right in misread:
            misread = misread.replace(right, wrong, 1)
            break
    text = page.text.replace(head.text, misread, 1)
    noise = [dataclasses.replace(n, text=misread) if n is head else n for n in page.truth.noise]
    page.truth.noise = noise
    return ComposedPage(text=text, data=text.encode(layout.encoding), truth=page.truth)


def _print(rng: random.Random, sheet: _Sheet, layout: Layout, piece: Piece) -> None:
    if piece.kind == "blank":
        sheet.blank()
    elif piece.kind in ("title", "para", "line"):
        width = layout.title_width if piece.kind == "title" else layout.width
        for part in piece.text.split("\n"):
            text = _scatter(rng, part, layout) if piece.kind != "line" else part
            for line in (wrap(text, width) if piece.kind != "line" else [text]):
                sheet.add(line)
    else:
        sheet.add(piece.text, piece.kind)


def _distinct(truths: list[ArticleTruth]) -> bool:
    """No person's name inside another's on the page, no title twice."""
    names = [p.name for t in truths for p in t.people]
    titles = [t.title for t in truths if t.title]
    return (len(set(titles)) == len(titles)
            and not any(a != b and a in b for a in set(names) for b in set(names)))


def compose_pages(n: int, seed: int, styles: Iterable[str] | None = None) -> list[ComposedPage]:
    """Return n pages, page k in style k mod len(styles) (all styles by default), each from its own seed.

    For the line labeller's trainer as for the score: the same (n, seed, styles) gives the same pages.
    """
    chosen = list(styles or STYLES)
    unknown = [s for s in chosen if s not in STYLES]
    if unknown:
        raise ValueError(f"unknown style(s): {', '.join(unknown)}; known: {', '.join(STYLES)}")
    return [compose_styled_page(random.Random(seed * 1_000_003 + k), chosen[k % len(chosen)]) for k in range(n)]
