# -*- coding: utf-8 -*-
"""Truth pages (held back as batch h4, now development), set h4a: seven invented publications x four pages.

Publications (name - province - publication_kind - formats - styles shown)
1. 滕王阁晚报 - 江西 - provincial (a prefecture's evening paper, 南昌) - 4 text layers
   (utf-8; utf-8-sig; gb18030+CRLF; utf-8+CRLF). Narrow 15-16 character columns, running head
   split over lines (page code A05, date + weekday, paper name), section label 党建·民生 / 访谈 /
   党建快讯, bylines on their own line under the title (晚报记者 X 通讯员 Y), datelines
   晚报讯（记者 X）, closing （X供稿）/（据X）/（晚报记者 X）, a double-spaced lead article, a title
   printed after its article, a pull quote between paragraphs, an interview (记者：/name： turns)
   with bold-style subheadings and a ——访 subtitle, a （上接A01版） fragment with a year-boundary
   report, an honour list with padded two-character names, a ◆ brief column with no blank lines.
2. 芙蓉民政周报 - 湖南 - provincial weekly - 4 text layers (utf-8; gb18030; utf-8-sig+CRLF; utf-8).
   Paragraphs indented with full-width spaces, wide columns, header 第N版 + date line, 编者按,
   column labels 【党建引领】【支部风采】, an English label FOCUS standing where a title should be,
   datelines 本报讯（记者 X 通讯员 Y） and 本报长沙12月27日电（记者 X）, kicker + title + ——subtitle,
   an honour list with category headings, a 相关链接 box with its own text, a top byline 文/X,
   a brief page of 【place/unit】 and 【快讯】 items with no blank lines at all.
3. 初心理论月刊 - national - magazine (party-building theory monthly) - 4 text layers (utf-8;
   utf-8-sig+CRLF; gb18030; utf-8); folder date = first day of the month. Author's name alone
   under the title, 摘要：/关键词： lines, 一、 subheadings, （作者系…）/（作者单位：…） closings, 本刊记者
   bylines, 问：/答： interview, readers' letters closed by （单位 姓名）, a 目录 page with 卷首语
   signed 本刊编辑部, 本刊讯 lead, running head with 年第N期, page number alone on a line.
4. 羊城社会报 - 广东 - provincial - 4 text layers (utf-8+CRLF; utf-8; gb18030+CRLF; utf-8-sig).
   Guangdong-style dateline 本报讯 记者 X 通讯员 Y 报道：, ▲ captions with bare "X 摄" credit,
   英文 labels TOPIC / FOCUS, 文/图 bylines, a double-spaced article ending （下转第6版）, title after
   its article, pull quote, kicker, a ● brief column (with blank lines), dot names broken at the dot.
5. 婺源融媒 - 江西 - county (county media centre's printed weekly) - 4 OCR text layers (utf-8;
   utf-8+CRLF; gb18030; utf-8+CRLF). OCR misreads 笫/第, ]/l for 1, O for 0 in running heads and
   text, a blank line inside a two-line title, scan specks (丨) on their own line, no blank lines
   on one page, （融媒记者 X）/（通讯员 X）/（据县民政局） closings, a title lost in the scan, a
   （上接笫1版） fragment.
6. 汀江融媒 - 福建 - county (长汀 county media portal) - 4 HTML pages (utf-8 article page; gb18030
   article page with 相关链接 list; utf-8 list page of five entries; utf-8 article page with an
   empty 作者： label and a 延伸阅读 box). Breadcrumbs, 发布时间/来源/作者/浏览次数 info line,
   【字体：大 中 小】, 打印/关闭.
7. 武陵民政机关党建简报 - 湖南 - bulletin (常德市民政局机关党委) - 4 Word files. Masthead (name,
   第N期, issuing office + date), 本期目录 on two issues, bold titles, unit credits （局办公室）,
   （社会救助科党支部　陈慧）, （鼎城区民政局　唐艳）, ● items, honour list, 报：/送：/发： lines.

Decisions beyond truth_conventions.md
- Everything is generated from one structured description per article: the truth's title, body,
  attribution and captions are the printed strings; the renderer only adds whitespace and line
  breaks (column wrapping, forced breaks written as ¦ in the source, stray spaces, full-width
  indents). So every truth string is the page's text once whitespace is removed.
- Title parts (kicker, main lines, ——subtitle) are joined with no separator. A two-part
  attribution (author's name under the title + closing （作者系…）/（作者单位：…）) is joined with no
  separator as well; the check accepts a joined attribution when both parts occur.
- A dateline (本报讯（…）, 晚报讯（…）, 本报…电（…）, 本报讯 记者 X 报道：, 本刊讯) is the attribution and
  is NOT repeated in the first body paragraph: the body starts after it (the Guangdong form keeps
  its closing "报道：" in the attribution).
- OCR pages: title/body/attribution are the OCR text as it stands, misreads included (笫, ], l, O),
  since that is what the page prints; people, dates, agencies are the true values and no person's
  name is misread.
- A closing bare （通讯员 X） is treated like the brief's case for every article: source null,
  X a person. A magazine's or newspaper's top byline 文/X on a piece that is the writer's own
  (no 本报/本刊 word) → source null.
- A closing （X供稿）/（据X）/（来源…） with a county or district body printed whole keeps it as
  printed; （县民政局供稿） in a county-named article is completed with the county.
- A portal list page's entries: body = the entry's summary as printed (with its …… ending),
  attribution "", source = the site's name (汀江融媒); dated by their lead day, else the entry's stamp.
- A 延伸阅读/相关链接 box with its own text: title null, attribution "", source null, province from
  the box's own words (我省 in a 湖南 paper → 湖南), agency null when it prints no body.
- A bulletin article of a division's party branch has the bulletin's institution (常德市民政局)
  as agency even where only 局/科 names are printed (the masthead prints the 局).
- Agency of a 乡/镇 piece: X镇党委 / X乡党委 when the article prints the committee with the town
  named (also inside a title such as 镇党委书记), else the town as printed.
- Format tags (crlf gb18030 utf8_bom html docx ocr) are page tags only; every other tag is put on
  the article(s) showing it; furniture tags (column_label, editor_note, pull_quote, contents_list,
  bulletin_masthead, distribution_lines, related_link for a link list) go on the article beside
  which the furniture stands and on the page.
- Slogans are computed from title+body (whitespace removed) against DOMAIN.md's canonical list
  plus quoted numbered formulations (numeral + 个/项/张 + name), stored without quotation marks;
  “两张皮”/“一张网” excluded.
- An honour list's padded names (李　明) are printed padded in the body; people hold them unpadded.
- People include reporters, 通讯员, photographers and writers named in bylines and unit credits.
"""
import os, re, json, random, datetime, html as htmlmod

HERE = os.path.dirname(os.path.abspath(__file__))
SETID = 'h4a'

CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NUMBERED = re.compile(r'“([一二三四五六七八九十两0-9]+[个项张][^“”]{1,10})”')
FIGURES = {"两张皮", "一张网"}
WS = re.compile(r'\s+')


def clean(s):
    return s.replace('¦', '').strip()


def slogans_of(title, body):
    text = WS.sub('', clean((title or '') + ''.join(body)))
    out = []
    for m in NUMBERED.finditer(text):
        v = m.group(1)
        if v not in FIGURES and v not in out:
            out.append(v)
    bare = text.replace('“', '').replace('”', '')
    for c in CANON:
        if c in bare and c not in out:
            out.append(c)
    return out


def art(segs, prov, agency, date, people, source, tags=(), double=False):
    return dict(segs=segs, prov=prov, agency=agency, date=date, people=list(people),
                source=source, tags=list(tags), double=double)


def truth_of(a):
    title = ''.join(clean(s[1]) for s in a['segs'] if s[0] == 'T')
    title = title + ''.join(clean(s[2]) for s in a['segs'] if s[0] == 'MT')
    title = title + ''.join(clean(s[1]) for s in a['segs'] if s[0] == 'MTB')
    body, attr, caps = [], [], []
    for s in a['segs']:
        k = s[0]
        if k in ('B',):
            body.append(clean(s[1]))
        elif k == 'AB':
            attr.append(clean(s[1])); body.append(clean(s[2]))
        elif k == 'BA':
            body.append(clean(s[1])); attr.append(clean(s[2]))
        elif k == 'MB':
            body.append(clean(s[2]))
        elif k == 'MBA':
            body.append(clean(s[2])); attr.append(clean(s[3]))
        elif k == 'MTB':
            body.append(clean(s[2]))
            if len(s) > 3:
                attr.append(clean(s[3]))
        elif k == 'A':
            attr.append(clean(s[1]))
        elif k == 'C':
            caps.append(clean(s[1]))
    title = title or None
    return dict(title=title, body=body, attribution=''.join(attr), source=a['source'],
                province=a['prov'], agency=a['agency'], date=a['date'], people=a['people'],
                slogans=slogans_of(title, body), captions=caps, phenomena=a['tags'])


# ---------------------------------------------------------------- text renderer
CLOSERS = '。，、；：？！）》”’…'


def wrap(s, width):
    out = []
    for chunk in s.split('¦'):
        if width is None or len(chunk) <= width:
            out.append(chunk)
            continue
        i = 0
        while i < len(chunk):
            j = i + width
            while j < len(chunk) and chunk[j] in CLOSERS:  # no closing mark at a line start
                j += 1
            out.append(chunk[i:j])
            i = j
    return out


def stray(line, rng, p):
    if p <= 0 or len(line) < 4 or rng.random() > p:
        return line
    cands = [i for i in range(1, len(line)) if line[i - 1].isdigit() or line[i] in '。，、”）日年月' or line[i - 1] == '“']
    if not cands:
        return line
    i = rng.choice(cands)
    return line[:i] + ' ' + line[i:]


def render_text(page):
    rng = random.Random(page['seed'])
    w, ind, p = page.get('width'), page.get('indent', ''), page.get('stray', 0.0)
    lines = []
    items = page['items']
    for n, it in enumerate(items):
        if isinstance(it, tuple):  # page furniture
            lines.extend(it[1].split('\n'))
            if page.get('art_gap', True):
                lines.append('')
            continue
        out = []
        for s in it['segs']:
            k = s[0]
            if k == 'T':
                seg = s[1].split('¦')
            elif k == 'B':
                seg = wrap(ind + s[1], w)
            elif k == 'AB':
                seg = wrap(ind + s[1] + s[2], w)
            elif k == 'BA':
                seg = wrap(ind + s[1] + s[2], w)
            elif k == 'A':
                seg = s[1].split('¦')
            elif k == 'C':
                seg = wrap((s[2] if len(s) > 2 else '') + s[1], w)
            elif k == 'F':
                seg = s[1].replace('¦', '\n').split('\n')
            elif k == 'MT':
                seg = ['【' + s[2] + '】'] if s[1] == '【】' else [s[1] + s[2]]
            elif k == 'MTB':
                seg = wrap('【' + s[1] + '】' + s[2] + (s[3] if len(s) > 3 else ''), w)
            elif k == 'MB':
                seg = wrap(s[1] + s[2], w)
            elif k == 'MBA':
                seg = wrap(s[1] + s[2] + s[3], w)
            elif k == 'blank':
                seg = ['']
            else:
                raise ValueError(k)
            new = [stray(x, rng, p) if k not in ('F', 'blank') else x for x in seg]
            if new != seg:
                it['_stray'] = True
            seg = new
            out.extend(seg)
            if page.get('para_gap') and k in ('B', 'AB', 'BA', 'MB', 'MTB'):
                out.append('')
        if it.get('double'):
            dbl = []
            for x in out:
                if x != '':
                    dbl.extend([x, ''])
            out = dbl
        lines.extend(out)
        if page.get('art_gap', True):
            lines.append('')
    while lines and lines[-1] == '':
        lines.pop()
    return '\n'.join(lines) + '\n'


def write_text(page, path):
    txt = render_text(page)
    if page['crlf']:
        txt = txt.replace('\n', '\r\n')
    enc = page['encoding']
    with open(path, 'wb') as f:
        f.write(txt.encode(enc))


# ---------------------------------------------------------------- html renderer
def h(s):
    return htmlmod.escape(clean(s), quote=False)


def html_article(a):
    parts = []
    for s in a['segs']:
        k = s[0]
        if k == 'T':
            parts.append('<h1 class="art-title">%s</h1>' % '<br/>'.join(h(x) for x in s[1].split('¦')))
        elif k == 'K':
            pass
        elif k == 'B':
            parts.append('<p style="text-indent:2em;">%s</p>' % h(s[1]))
        elif k == 'C':
            parts.append('<p class="pic-note" style="text-align:center;">%s</p>' % h(s[1]))
        elif k == 'F':
            parts.append(s[1])
    return '\n'.join(parts)


def write_html(page, path):
    txt = page['html']
    if page['crlf']:
        txt = txt.replace('\n', '\r\n')
    with open(path, 'wb') as f:
        f.write(txt.encode(page['encoding']))


# ---------------------------------------------------------------- docx renderer
def write_docx(page, path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    for kind, text in page['masthead']:
        p = d.add_paragraph()
        r = p.add_run(text)
        if kind == 'name':
            r.bold = True; r.font.size = Pt(26)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if kind in ('name', 'no') else WD_ALIGN_PARAGRAPH.LEFT
    for it in page['items']:
        if isinstance(it, tuple):
            for line in it[1].split('\n'):
                d.add_paragraph(line)
            continue
        for s in it['segs']:
            k = s[0]
            if k == 'T':
                p = d.add_paragraph(); r = p.add_run(clean(s[1])); r.bold = True
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif k == 'B':
                d.add_paragraph('\u3000\u3000' + clean(s[1]))
            elif k == 'BA':
                d.add_paragraph('\u3000\u3000' + clean(s[1]) + clean(s[2]))
            elif k == 'A':
                p = d.add_paragraph(clean(s[1])); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == 'MT':
                p = d.add_paragraph(); r = p.add_run(s[1] + clean(s[2])); r.bold = True
            elif k == 'MB':
                d.add_paragraph(s[1] + clean(s[2]))
            elif k == 'MBA':
                d.add_paragraph(s[1] + clean(s[2]) + clean(s[3]))
            elif k == 'F':
                d.add_paragraph(s[1])
            else:
                raise ValueError(k)
    for line in page['distribution']:
        d.add_paragraph(line)
    d.save(path)


def wk(ds):
    d = datetime.date.fromisoformat(ds)
    return '星期' + '一二三四五六日'[d.weekday()]


PAGES = []

# ================================================================ 1 滕王阁晚报 (江西, provincial)
P = '滕王阁晚报'
PAGES.append(dict(pub=P, date='2023-03-14', name='A05.txt', kind='text', pk='provincial',
    encoding='utf-8', crlf=False, width=15, stray=0.12, seed=101, page_tags=['column_label'], items=[
    ('F', 'A05\n2023年3月14日 星期二\n滕王阁晚报'),
    ('F', '党建·民生'),
    art([('T', '青山湖区民政局召开'), ('T', '2023年党建工作部署会'),
         ('A', '晚报记者 罗文涛 通讯员 万丽'),
         ('B', '3月9日，南昌市青山湖区民政局召开2023年党建工作部署会，传达学习全市组织工作会议精神，总结2022年机关党建工作，部署今年重点任务。区民政局党组书记、局长熊志坚出席会议并讲话。'),
         ('B', '会议指出，过去一年，局机关各党支部坚持把学习贯彻党的二十大精神作为首要政治任务，严格落实“第一议题”制度和“三会一课”制度，推动党建工作与民政业务深度融合。'),
         ('B', '会议要求，今年要围绕“一老一小”等民生重点，深化“党建+民政服务”品牌创建，以党建引领全区民政事业高质量发展。'),
         ('C', '图为会议现场。（万丽 摄）')],
        '江西', '青山湖区民政局', '2023-03-09', ['罗文涛', '万丽', '熊志坚'], '滕王阁晚报',
        ['double_spaced', 'byline_top', 'multi_line_title', 'captions', 'province_context', 'stray_spaces', 'column_label'], double=True),
    art([('B', '近日，东湖区豫章街道社会组织综合党委组织辖区20余家社会组织的党员，开展“学雷锋·志愿行”主题党日活动。'),
         ('B', '活动中，党员们走进辖区3个老旧小区，为独居老人提供理发、义诊、家电维修等服务。综合党委书记涂晓梅介绍，今年以来，综合党委推行“一支部一品牌”，引导社会组织党组织在服务群众中发挥作用。'),
         ('A', '（东湖区民政局供稿）'),
         ('T', '豫章街道社会组织党员¦学雷锋办实事')],
        '江西', '东湖区豫章街道社会组织综合党委', '2023-03-14', ['涂晓梅'], '东湖区民政局',
        ['title_after', 'relative_date', 'province_context', 'multi_line_title']),
    art([('T', '“小巷管家”织密基层民生服务网'),
         ('A', '晚报记者 黄淑琴'),
         ('B', '走进南昌县莲塘镇澄湖社区党群服务中心，“小巷管家”服务台前不时有居民前来咨询。2022年以来，南昌县民政局依托社区党组织，在全县招募“小巷管家”400余名，将低保、特困、残疾人等困难群众纳入网格化走访服务。'),
         ('F', '以前办事要跑好几趟，¦现在管家上门就帮着办了'),
         ('B', '“以前办事要跑好几趟，现在管家上门就帮着办了。”72岁的居民胡桂英说。'),
         ('B', '县民政局党组书记、局长胡建平表示，下一步将推动“小巷管家”与社会工作服务站联动，让困难群众求助有门、受助及时。')],
        '江西', '南昌县民政局', '2023-03-14', ['黄淑琴', '胡桂英', '胡建平'], '滕王阁晚报',
        ['pull_quote', 'byline_top', 'name_verb', 'relative_date', 'stray_spaces']),
    ('F', '责任编辑 汪敏　美编 徐涛'),
]))

PAGES.append(dict(pub=P, date='2023-07-04', name='A06.txt', kind='text', pk='provincial',
    encoding='utf-8-sig', crlf=False, width=16, stray=0.08, seed=102, page_tags=['column_label'], items=[
    ('F', '滕王阁晚报\n2023.7.4  星期二'),
    ('F', 'A06 | 访谈'),
    art([('T', '让社会组织党建“有形有效”'),
         ('T', '——访南昌市民政局党组成员、副局长涂建新'),
         ('A', '晚报记者 罗文涛'),
         ('B', '今年4月以来，南昌市民政系统深入开展学习贯彻习近¦平新时代中国特色社会主义思想主题教育。如何以主题教育推动社会组织党建提质增效？记者日前专访了南昌市民政局党组成员、副局长涂建新。'),
         ('B', '摸清底数 补齐短板'),
         ('B', '记者：全市社会组织党建工作目前是什么状况？'),
         ('B', '涂建新：截至6月底，全市登记社会组织4100余家，已建立党组织的有860余家。我们开展“清零”攻坚，对暂不具备条件的，通过选派党建工作指导员实现党的工作全覆盖。'),
         ('B', '记者：主题教育中，在解决群众急难愁盼上有哪些举措？'),
         ('B', '涂建新：我们把“学思想、强党性、重实践、建新功”的总要求落到具体事上，一是组织行业协会商会开展助企纾困，二是引导公益慈善类组织参与“一老一小”服务，三是推动社区社会组织进小区、进楼栋。'),
         ('B', '以学促干 见行见效'),
         ('B', '记者：下一步有什么打算？'),
         ('B', '涂建新：我们将坚持以学铸魂、以学增智、以学正风、以学促干，推动社会组织党组织和党的工作“两个覆盖”质量双提升。'),
         ('C', '图为涂建新接受记者采访。（罗文涛 摄）')],
        '江西', '南昌市民政局', '2023-07-04', ['罗文涛', '涂建新'], '滕王阁晚报',
        ['interview', 'subtitle', 'byline_top', 'subheadings', 'enumeration', 'relative_date', 'captions', 'multi_line_title', 'column_label', 'stray_spaces']),
    art([('T', '青云谱区开展社会组织党组织书记轮训'),
         ('AB', '晚报讯（通讯员 熊颖）', '6月27日至29日，青云谱区民政局举办社会组织党组织书记轮训班，全区62名社会组织党组织书记参加培训。'),
         ('B', '培训采取专题辅导、现场教学、交流研讨相结合的方式，重点解读《中国共产党章程》和社会组织党建工作相关政策，并组织学员到洪都街道社会组织孵化基地观摩学习。')],
        '江西', '青云谱区民政局', '2023-06-27', ['熊颖'], '滕王阁晚报',
        ['dateline', 'province_context']),
    ('F', '本版编辑 汪敏'),
]))

PAGES.append(dict(pub=P, date='2024-01-09', name='A04.txt', kind='text', pk='provincial',
    encoding='gb18030', crlf=True, width=15, stray=0.1, seed=103, page_tags=['column_label'], items=[
    ('F', '2024年1月9日\n星期二\n滕王阁晚报\nA04'),
    ('F', '党建·民生'),
    art([('F', '（上接A01版）'),
         ('B', '在西湖区，区民政局把“银发食堂”建设列入为民办实事项目，由社区党组织牵头、社会组织运营，全年新建助餐点27个。在新建区，乡镇敬老院全部建立党小组，推行“党员+护理员”结对服务。'),
         ('B', '市民政局有关负责人表示，2024年全市将继续以党建引领养老服务体系建设，推动助餐、助医、助急等服务向农村延伸。'),
         ('A', '（晚报记者 黄淑琴）')],
        '江西', '南昌市民政局', '2023-12-28', ['黄淑琴'], '滕王阁晚报',
        ['continued', 'title_none', 'year_boundary', 'column_label']),
    art([('T', '市民政局机关党委'), ('T', '召开2023年度党支部书记述职评议会'),
         ('AB', '晚报讯（记者 罗文涛 通讯员 万丽）', '12月29日下午，南昌市民政局机关党委召开2023年度党支部书记抓党建工作述职评议会，局机关9个党支部书记逐一述职，并接受现场评议。'),
         ('B', '会议要求，各党支部要对照述职评议中查摆出的问题建立清单、限期整改，持续巩固主题教育成果，严格落实全面从严治党责任，以清廉机关建设推动作风转变。')],
        '江西', '南昌市民政局', '2023-12-29', ['罗文涛', '万丽'], '滕王阁晚报',
        ['year_boundary', 'half_day_date', 'dateline', 'multi_line_title', 'stray_spaces']),
    art([('T', '全市民政系统2023年度'), ('T', '“红旗党支部”和“优秀共产党员”名单'),
         ('B', '经各单位推荐、考察和公示，市民政局党组决定，授予以下10个党支部2023年度全市民政系统“红旗党支部”称号，授予以下8名同志“优秀共产党员”称号。'),
         ('B', '一、“红旗党支部”'),
         ('B', '市民政局社会救助处党支部、市民政局养老服务处党支部、市社会福利院第二党支部、市救助管理站党支部、东湖区民政局机关党支部、西湖区民政局机关党支部、青云谱区民政局机关党支部、青山湖区民政局机关党支部、南昌县民政局机关党支部、进贤县民政局机关党支部'),
         ('B', '二、“优秀共产党员”'),
         ('B', '万　丽、邓文斌、付小燕、胡建平、李　明、聂国华、夏冬梅、喻　军')],
        '江西', '南昌市民政局', '2024-01-09', ['万丽', '邓文斌', '付小燕', '胡建平', '李明', '聂国华', '夏冬梅', '喻军'], None,
        ['honour_list', 'enumeration', 'province_context', 'multi_line_title']),
    ('F', '责任编辑 汪敏  校对 徐涛'),
]))

PAGES.append(dict(pub=P, date='2024-10-22', name='A07.txt', kind='text', pk='provincial',
    encoding='utf-8', crlf=True, width=16, stray=0.06, seed=104, art_gap=False, page_tags=['column_label', 'no_blank_lines'], items=[
    ('F', 'A07\n滕王阁晚报 2024年10月22日 星期二'),
    ('F', '党建快讯'),
    art([('MT', '◆', '进贤县开展“敬老月”志愿服务'),
         ('BA', '10月中旬以来，进贤县民政局组织党员志愿者走访慰问全县特困供养人员和高龄老人1200余人次，为行动不便的老人上门办理养老服务补贴手续。', '（通讯员 邓文斌）')],
        '江西', '进贤县民政局', '2024-10-11', ['邓文斌'], None, ['briefs', 'period_date', 'no_blank_lines', 'column_label']),
    art([('MB', '◆', '10月15日上午，安义县民政局党组理论学习中心组集体学习党的二十届三中全会精神，围绕深化民政领域改革开展交流研讨。')],
        '江西', '安义县民政局', '2024-10-15', [], None, ['briefs', 'title_none', 'half_day_date', 'no_blank_lines']),
    art([('MT', '◆', '湾里管理局社会组织党建指导站揭牌'),
         ('B', '近日，湾里管理局社会组织党建工作指导站在梅岭镇揭牌成立，将为辖区46家社会组织提供党建指导、政策咨询和能力培训等服务。')],
        '江西', '湾里管理局', '2024-10-22', [], None, ['briefs', 'relative_date', 'no_blank_lines', 'province_context']),
    art([('MT', '◆', '红谷滩区“社工+党建”服务进社区'),
         ('BA', '10月18日，红谷滩区民政局联合区社会工作联合会，在沙井街道开展社会工作服务站开放日活动，社工和党员志愿者现场为居民提供政策咨询、心理疏导等服务40余人次。', '（据红谷滩区民政局）')],
        '江西', '红谷滩区民政局', '2024-10-18', [], '红谷滩区民政局', ['briefs', 'no_blank_lines', 'province_context']),
    art([('MB', '◆', '记者从市民政局获悉，全市已建成村（社区）儿童之家1860个，实现有需求的村（社区）全覆盖。市民政局将依托基层党组织，持续推进“儿童之家”规范化建设。')],
        '江西', '南昌市民政局', '2024-10-22', [], None, ['briefs', 'title_none', 'no_blank_lines', 'province_context']),
    art([('T', '东湖区举办“社区书记讲堂”'),
         ('AB', '晚报讯（记者 罗文涛）', '10月19日，东湖区民政局举办的第三期“社区书记讲堂”在公园街道开讲，5名社区党组织书记结合各自工作经历，分享了在老旧小区改造、“一刻钟便民生活圈”建设中的做法。'),
         ('B', '区民政局有关负责人表示，讲堂每季度举办一次，旨在搭建基层干部交流平台，提升社区党组织书记抓党建、抓治理、抓服务的能力。')],
        '江西', '东湖区民政局', '2024-10-19', ['罗文涛'], '滕王阁晚报', ['dateline', 'no_blank_lines', 'stray_spaces']),
    ('F', '本版责编 汪敏 ｜ 校对 徐涛'),
]))

# ================================================================ 2 芙蓉民政周报 (湖南, provincial weekly)
P = '芙蓉民政周报'
IND = '\u3000\u3000'
PAGES.append(dict(pub=P, date='2022-06-17', name='03.txt', kind='text', pk='provincial',
    encoding='utf-8', crlf=False, width=23, indent=IND, stray=0.05, seed=201, page_tags=[], items=[
    ('F', '第3版  党建\n芙蓉民政周报    2022年6月17日    星期五'),
    art([('F', '编者按：为迎接党的二十大胜利召开，本报即日起开设“喜迎二十大·民政党旗红”专栏，集中展示全省各级民政部门党组织的好经验好做法。敬请关注。'),
         ('F', '【党建引领】'),
         ('T', '把支部建在服务最前沿'),
         ('T', '湘西州民政系统推进“党建+社会救助”'),
         ('T', '——湘西州民政局开展支部联建工作纪实'),
         ('AB', '本报讯（记者 彭雅琴 通讯员 向立军）', '今年以来，湘西土家族苗族自治州民政局推行机关党支部与县市民政局、乡镇（街道）社会事务办党支部结对联建，把社会救助政策宣讲、困难群众走访纳入“三会一课”内容。'),
         ('B', '一是联学，每月开展一次联合主题党日；二是联帮，机关党员每人联系1至2户困难家庭；三是联评，将救助政策落实情况纳入支部书记述职评议。截至5月底，全州共排查纳入低收入人口动态监测对象3.2万人。'),
         ('B', '州民政局党组书记、局长田茂林说，联建让机关党员摸到了群众的“家底”，也让政策执行少了“中梗阻”。'),
         ('C', '图为花垣县民政局党员干部入户走访。（向立军 摄）')],
        '湖南', '湘西土家族苗族自治州民政局', '2022-06-17', ['彭雅琴', '向立军', '田茂林'], '芙蓉民政周报',
        ['editor_note', 'column_label', 'kicker', 'subtitle', 'dateline', 'enumeration', 'name_verb', 'captions', 'relative_date']),
    art([('T', '省民政厅机关开展“七一”前夕党性教育'),
         ('AB', '本报讯（通讯员 谭湘云）', '6月14日，省民政厅机关党委组织厅机关和直属单位120余名党员赴韶山毛泽东同志纪念馆开展党性教育，重温入党誓词。'),
         ('B', '活动结束后，各党支部围绕“喜迎二十大、建功新时代”开展交流研讨，党员们纷纷表示，要始终牢记初心使命，立足岗位为民服务。')],
        '湖南', '湖南省民政厅', '2022-06-14', ['谭湘云'], '芙蓉民政周报', ['province_context', 'dateline']),
    art([('F', '【支部风采】'),
         ('F', 'FOCUS'),
         ('B', '近日，株洲市芦淞区民政局党支部与区社会福利院党支部开展“支部共建·情暖福利院”活动，党员们为院内孤残儿童送去学习用品，并开展康复陪护志愿服务。'),
         ('B', '芦淞区民政局党支部书记李国庆介绍，两个支部已连续三年开展共建，形成了“一月一主题、一季一服务”的工作机制。'),
         ('A', '（芦淞区民政局供稿）')],
        '湖南', '芦淞区民政局', '2022-06-17', ['李国庆'], '芦淞区民政局',
        ['title_none', 'relative_date', 'province_context', 'column_label']),
    ('F', '责任编辑：周卫东　版式：龙小英'),
]))

PAGES.append(dict(pub=P, date='2022-12-30', name='03.txt', kind='text', pk='provincial',
    encoding='gb18030', crlf=False, width=22, indent=IND, stray=0.04, seed=202, page_tags=[], items=[
    ('F', '第3版  党建\n芙蓉民政周报    2022年12月30日    星期五'),
    art([('T', '省民政厅机关2022年度“两优一先”表彰名单'),
         ('B', '12月中旬，省民政厅直属机关党委印发通报，对2022年度厅机关和直属单位先进基层党组织、优秀共产党员、优秀党务工作者予以表彰。名单如下：'),
         ('B', '先进基层党组织（4个）'),
         ('B', '社会救助处党支部、养老服务处党支部、省第一社会福利院第三党支部、省救助管理站党支部'),
         ('B', '优秀共产党员（8名）'),
         ('B', '王海燕、刘　波、向立军、李晓晖、吴　静、张　帆、陈志勇、彭　慧'),
         ('B', '优秀党务工作者（3名）'),
         ('B', '石丽萍、龙小英、谭湘云'),
         ('A', '（省民政厅直属机关党委）')],
        '湖南', '湖南省民政厅', '2022-12-11',
        ['王海燕', '刘波', '向立军', '李晓晖', '吴静', '张帆', '陈志勇', '彭慧', '石丽萍', '龙小英', '谭湘云'],
        '湖南省民政厅直属机关党委', ['honour_list', 'period_date', 'province_context']),
    art([('T', '长沙市天心区推行社会组织“红色领航”计划'),
         ('AB', '本报长沙12月27日电（记者 周卫东）', '记者从天心区民政局获悉，该区推行社会组织“红色领航”计划，建立“党建指导员+社会组织+社区”服务链条，已有78家社会组织党组织与社区党组织签订共建协议。'),
         ('B', '天心区民政局相关负责人介绍，下一步将把社会组织参与社区治理情况纳入年检和等级评估，推动社会组织党建与业务“同频共振”。')],
        '湖南', '天心区民政局', '2022-12-27', ['周卫东'], '芙蓉民政周报', ['dateline', 'province_context']),
    art([('T', '岳阳市民政局'), ('T', '开展“四风”问题专项整治'),
         ('B', '12月下旬，岳阳市民政局党组部署开展岁末年初“四风”问题专项整治，聚焦违规发放津贴补贴、公款吃喝、形式主义官僚主义等突出问题，组织局机关和直属单位开展自查自纠。'),
         ('B', '局党组要求，各支部要严格落实中央八项规定及其实施细则精神，对照问题清单逐项整改，坚决防止节日期间“四风”反弹回潮。'),
         ('A', '（岳阳市民政局供稿）')],
        '湖南', '岳阳市民政局', '2022-12-21', [], '岳阳市民政局', ['period_date', 'multi_line_title', 'province_context']),
    ('F', '责任编辑：周卫东　版式：龙小英'),
]))

PAGES.append(dict(pub=P, date='2023-11-24', name='04.txt', kind='text', pk='provincial',
    encoding='utf-8-sig', crlf=True, width=22, indent=IND, stray=0.05, seed=203, page_tags=[], items=[
    ('F', '第4版\n党建·社会工作\n芙蓉民政周报  2023年11月24日'),
    art([('T', '衡阳市民政局'), ('T', '开展主题教育整改整治“回头看”'),
         ('AB', '本报讯（记者 彭雅琴）', '11月20日上午，衡阳市民政局召开主题教育整改整治“回头看”推进会，对第二批主题教育中梳理出的17项整改任务逐项“过堂”。'),
         ('B', '市民政局党组书记、局长邹建华指出，要坚持问题导向，对已完成的事项开展群众满意度评价，对需长期推进的事项明确时间表、路线图，确保整改见底见效。'),
         ('B', '会上，局机关各党支部负责人汇报了“为民办实事”项目进展，其中“低保审批时限压缩至15个工作日”等5项举措已在全市推开。')],
        '湖南', '衡阳市民政局', '2023-11-20', ['彭雅琴', '邹建华'], '芙蓉民政周报',
        ['half_day_date', 'dateline', 'multi_line_title', 'name_verb']),
    art([('T', '全省首批社会工作服务站“星级”评定结果揭晓'),
         ('AB', '本报讯（记者 周卫东 通讯员 石丽萍）', '日前，省民政厅公布全省首批乡镇（街道）社会工作服务站星级评定结果，108个社工站被评为五星级站点。'),
         ('B', '据介绍，此次评定把党建工作作为重要指标，重点考察社工站是否建立党组织或党员社工队伍、是否融入基层党组织服务体系等内容。')],
        '湖南', '湖南省民政厅', '2023-11-24', ['周卫东', '石丽萍'], '芙蓉民政周报',
        ['relative_date', 'province_context', 'dateline']),
    art([('F', '相关链接'),
         ('B', '社会工作服务站是乡镇（街道）开展社会救助、养老服务、儿童关爱等工作的重要平台。截至今年10月，我省已实现乡镇（街道）社工站全覆盖，共配备驻站社工8600余名，其中党员社工2100余名。')],
        '湖南', None, '2023-11-24', [], None, ['related_link', 'title_none', 'province_context']),
    art([('T', '“小区里的党支部”是怎样炼成的'),
         ('A', '文/谭湘云'),
         ('B', '在常德市武陵区丹阳街道，一个个“小区党支部”正在成为居民身边的“主心骨”。'),
         ('B', '2021年，街道在商品房小区推行“支部建在小区上”，由社区党委统筹，将在职党员、退休党员、物业企业党员编入小区党支部。两年多来，小区党支部牵头解决了加装电梯、停车难等问题300余件。'),
         ('B', '丹阳街道党工委书记黄志明说：“小区治理不是物业一家的事，党支部把大家拢在一起，很多难事就好办了。”')],
        '湖南', '丹阳街道党工委', '2023-11-24', ['谭湘云', '黄志明'], None, ['byline_top', 'name_verb']),
    ('F', '本版责任编辑：彭雅琴'),
]))

PAGES.append(dict(pub=P, date='2025-03-21', name='03.txt', kind='text', pk='provincial',
    encoding='utf-8', crlf=False, width=24, indent='', stray=0.05, seed=204, art_gap=False, page_tags=['no_blank_lines', 'column_label'], items=[
    ('F', '芙蓉民政周报\n2025年3月21日 星期五\n第3版\n基层动态'),
    art([('MT', '【】', '浏阳市民政局'),
         ('B', '3月17日，浏阳市民政局党组召开2025年全面从严治党工作会议，局机关全体党员干部参加。')],
        '湖南', '浏阳市民政局', '2025-03-17', [], None, ['briefs', 'no_blank_lines', 'column_label', 'province_context']),
    art([('MB', '【快讯】', '3月上旬，邵阳县民政局组织党员志愿者走进塘渡口镇开展“学雷锋”志愿服务，为留守老人和困境儿童送去米油、书包等物资。')],
        '湖南', '邵阳县民政局', '2025-03-01', [], None, ['briefs', 'title_none', 'period_date', 'no_blank_lines']),
    art([('MTB', '龙山县', '日前，龙山县民政局联合县委社会工作部，对全县42家社会组织党组织开展党建工作专项督导。', '（通讯员 彭武）')],
        '湖南', '龙山县民政局', '2025-03-21', ['彭武'], None, ['briefs', 'relative_date', 'no_blank_lines']),
    art([('MTB', '社会组织', '近日，长沙市社会组织综合党委举办2025年度社会组织党组织书记示范培训班，市级社会组织党组织书记110余人参加。')],
        '湖南', '长沙市社会组织综合党委', '2025-03-21', [], None, ['briefs', 'relative_date', 'no_blank_lines']),
    art([('MB', '【快讯】', '3月12日下午，赫山区民政局机关党支部开展“第一议题”学习，传达学习全国两会精神。')],
        '湖南', '赫山区民政局', '2025-03-12', [], None, ['briefs', 'title_none', 'half_day_date', 'no_blank_lines', 'province_context']),
    art([('T', '郴州：“银龄”党员当起“养老顾问”'),
         ('AB', '本报讯（通讯员 曹丽）', '今年以来，郴州市北湖区民政局组建“银龄党员养老顾问团”，从退休党员干部中选聘32名顾问，为老年人提供养老政策咨询和服务对接。'),
         ('B', '“我们当顾问，也是发挥余热。”顾问团成员、退休干部段新华说，今年已帮助200多户家庭办理了居家适老化改造申请。'),
         ('B', '北湖区民政局负责人表示，将把顾问团服务纳入社区党组织“微心愿”清单管理。')],
        '湖南', '北湖区民政局', '2025-03-21', ['曹丽', '段新华'], '芙蓉民政周报',
        ['dateline', 'relative_date', 'name_verb', 'no_blank_lines']),
    ('F', '本版责任编辑：周卫东'),
]))

# ================================================================ 3 初心理论月刊 (national magazine)
P = '初心理论月刊'
PAGES.append(dict(pub=P, date='2022-09-01', name='p18.txt', kind='text', pk='magazine',
    encoding='utf-8', crlf=False, width=21, indent='', stray=0.04, seed=301, page_tags=['column_label'], items=[
    ('F', '理论前沿\n初心理论月刊 2022年第9期'),
    art([('T', '新时代机关党建高质量发展的'), ('T', '实践逻辑与推进路径'),
         ('A', '杜文博'),
         ('B', '摘要：机关党建是党的建设的重要组成部分。推动新时代机关党建高质量发展，必须坚持以政治建设为统领，把“两个维护”作为最高政治原则和根本政治规矩，在建设让党中央放心、让人民群众满意的模范机关中走在前、作表率。'),
         ('B', '关键词：机关党建；模范机关；高质量发展'),
         ('B', '一、坚持政治引领，筑牢对党忠诚的思想根基'),
         ('B', '机关是党和国家机构的重要组成部分，机关党组织必须把深刻领悟“两个确立”的决定性意义作为首要任务。一方面，要坚持不懈用习近¦平新时代中国特色社会主义思想凝心铸魂；另一方面，要严格落实“第一议题”制度，推动学习成果转化为推动工作的实际成效。'),
         ('B', '二、坚持问题导向，破解党建业务“两张皮”难题'),
         ('B', '一些机关党组织存在重业务轻党建、党建工作与业务工作脱节等问题。破解这一难题，关键是找准结合点：一是在目标上同向，二是在部署上同步，三是在考核上同评。'),
         ('F', '破解这一难题，\n关键是找准结合点'),
         ('B', '三、坚持守正创新，增强机关党组织的组织力'),
         ('B', '要创新“三会一课”的内容和形式，增强组织生活的政治性、时代性、原则性、战斗性，真正使每一名党员都成为一面鲜红的旗帜。'),
         ('A', '（作者系华中师范大学马克思主义学院副教授）')],
        None, None, '2022-09-01', ['杜文博'], None,
        ['byline_top', 'subheadings', 'enumeration', 'multi_line_title', 'pull_quote', 'column_label']),
    art([('T', '基层党组织如何当好“领头雁”'),
         ('A', '文/方晓宁'),
         ('B', '村（社区）党组织书记是基层治理的“领头雁”。笔者在湖南、江西等地调研发现，凡是书记能力强、班子团结的村，群众工作就好做，集体经济也发展得好。'),
         ('B', '选优配强“领头雁”，既要拓宽选人视野，从致富能手、退役军人、返乡大学生中选拔，也要加强日常培训，让书记们开阔眼界、学有所用。'),
         ('A', '（作者单位：中共湖南省委党校）')],
        None, None, '2022-09-01', ['方晓宁'], None, ['byline_top']),
    ('F', '18'),
]))

PAGES.append(dict(pub=P, date='2023-05-01', name='p06.txt', kind='text', pk='magazine',
    encoding='utf-8-sig', crlf=True, width=20, indent='', stray=0.05, seed=302, page_tags=['column_label'], items=[
    ('F', '初心理论月刊\n2023年第5期'),
    ('F', '本刊特稿'),
    art([('T', '主题教育在民政部机关全面展开'),
         ('A', '本刊记者 孙立言'),
         ('B', '4月上旬，民政部党组召开学习贯彻习近¦平新时代中国特色社会主义思想主题教育动员部署会，对部机关和直属单位开展主题教育作出安排。'),
         ('B', '会议强调，要紧紧围绕“学思想、强党性、重实践、建新功”的总要求，把理论学习、调查研究、推动发展、检视整改、建章立制有机融合起来，一体推进。'),
         ('B', '记者了解到，部机关各司局党支部已制定调研计划，聚焦养老服务、社会救助、儿童福利等领域群众急难愁盼问题，确定调研课题60余项。')],
        None, '民政部', '2023-04-01', ['孙立言'], '初心理论月刊',
        ['national_body', 'period_date', 'byline_top', 'column_label']),
    art([('T', '把调查研究做深做实'),
         ('T', '——访北京行政学院教授韩立群'),
         ('A', '本刊记者 孙立言'),
         ('B', '问：主题教育为什么把调查研究摆在突出位置？'),
         ('B', '答：调查研究是我们党的传家宝。大兴调查研究之风，就是要推动党员干部沉到一线，在解决实际问题中检验学习成效。'),
         ('B', '问：机关干部开展调研，最需要防止什么？'),
         ('B', '答：要防止“走过场”。有的调研只看“盆景”不看“全景”，得不出真实情况。要多到困难多、矛盾多、群众意见多的地方去，把情况摸清、把问题找准。')],
        None, None, '2023-05-01', ['孙立言', '韩立群'], '初心理论月刊',
        ['interview', 'subtitle', 'byline_top']),
    ('F', '06'),
]))

PAGES.append(dict(pub=P, date='2024-02-01', name='p32.txt', kind='text', pk='magazine',
    encoding='gb18030', crlf=False, width=20, indent='', stray=0.05, seed=303, page_tags=['column_label'], items=[
    ('F', '基层来信\n初心理论月刊 · 2024年第2期'),
    art([('T', '援疆路上的“民政情”'),
         ('B', '去年12月20日，我在喀什地区疏附县民政局的挂职期满。作为广东省第十批援疆干部，我在这里工作了近两年，这里的社工站从无到有，离不开当地干部的奔走。'),
         ('B', '疏附县民政局副局长阿依古丽·¦买买提说：“社工站就是老百姓家门口的‘服务员’。”她带着社工挨家挨户走访，两年里记下了十几本民情日记。'),
         ('B', '援疆干部临时党支部把“三会一课”开到了村里，与村党支部一起过组织生活，一起研究低保对象动态管理。'),
         ('A', '（广东省援疆前方指挥部 黄晓东）')],
        '新疆', '疏附县民政局', '2023-12-20', ['阿依古丽·买买提', '黄晓东'], None,
        ['dot_name', 'name_verb', 'year_boundary', 'column_label']),
    art([('T', '让“三会一课”活起来'),
         ('B', '我是福建省龙岩市长汀县一个村的党支部书记。过去我们开“三会一课”，常常是念文件、读报纸，党员们提不起兴趣。'),
         ('B', '去年以来，我们把支部会议搬到田间地头和产业基地，请老党员讲红色故事，请技术员讲种养技术，参会党员从过去的十来个增加到四十多个。'),
         ('A', '（长汀县河田镇露湖村 钟春兰）')],
        '福建', None, '2024-02-01', ['钟春兰'], None, ['relative_date', 'province_context']),
    art([('T', '机关党员要当好“四种角色”'),
         ('B', '机关党员既是政策的执行者，也是群众的服务员。结合工作体会，我认为要当好“四种角色”：学习上的“领跑者”、工作中的“实干家”、群众面前的“勤务员”、纪律面前的“明白人”。'),
         ('A', '（江西省民政厅社会事务处 涂晓梅）')],
        None, None, '2024-02-01', ['涂晓梅'], None, ['enumeration']),
    ('F', '32'),
]))

PAGES.append(dict(pub=P, date='2025-01-01', name='p02.txt', kind='text', pk='magazine',
    encoding='utf-8', crlf=False, width=22, indent='', stray=0.04, seed=304, page_tags=['contents_list'], items=[
    ('F', '初心理论月刊\n2025年第1期（总第125期）'),
    art([('F', '目　录\n卷首语\n02  以实干实绩开启新征程 …………… 本刊编辑部\n理论前沿\n06  深入学习贯彻党的二十届三中全会精神 推动机关党建提质增效 …… 杜文博\n12  社会组织党建“两个覆盖”的实践探索 …… 方晓宁\n基层来信\n30  社工站里的党员社工 …… 钟春兰'),
         ('F', '卷首语'),
         ('T', '以实干实绩开启新征程'),
         ('B', '12月上旬，民政部召开全国民政工作会议，对2025年民政工作作出部署。岁末年初，各地民政部门党组织纷纷行动，把学习贯彻党的二十届三中全会精神与推动民政事业高质量发展结合起来。'),
         ('B', '新的一年，我们要坚持以学铸魂、以学增智、以学正风、以学促干，以钉钉子精神抓好各项任务落实。本刊将继续开设“支部书记谈”“基层来信”等栏目，欢迎广大读者踊跃来稿。'),
         ('A', '本刊编辑部')],
        None, '民政部', '2024-12-01', [], '初心理论月刊',
        ['contents_list', 'year_boundary', 'period_date', 'national_body', 'column_label']),
    art([('T', '中央社会工作部部署社会组织党建重点任务'),
         ('AB', '本刊讯　', '12月下旬，中央社会工作部召开全国社会组织党建工作座谈会，总结2024年工作，部署推进社会组织党的组织和党的工作“两个覆盖”提质增效等重点任务。'),
         ('B', '会议要求，要把党的领导贯穿社会组织发展全过程，坚持党建引领，推动社会组织在服务中国式现代化中发挥积极作用。')],
        None, '中央社会工作部', '2024-12-21', [], '初心理论月刊',
        ['dateline', 'year_boundary', 'period_date', 'national_body']),
    ('F', '02'),
]))

# ================================================================ 4 羊城社会报 (广东, provincial)
P = '羊城社会报'
PAGES.append(dict(pub=P, date='2022-11-08', name='07.txt', kind='text', pk='provincial',
    encoding='utf-8', crlf=True, width=14, indent='', stray=0.1, seed=401, page_tags=['column_label'], items=[
    ('F', '7\n2022年11月8日 星期二\n羊城社会报\n党建'),
    art([('T', '粤喀两地民政党支部结对共建'),
         ('AB', '本报讯 记者 陈嘉欣 通讯员 梁志华 报道：', '11月3日，广东省民政厅机关第三党支部与新疆喀什地区伽师县民政局党支部通过视频连线开展联合主题党日活动，共同学习党的二十大报告。'),
         ('B', '伽师县民政局党支部书记阿卜杜热合曼·¦吐尔逊介绍了当地社会救助工作情况。他说，广东援疆以来，县里的救助管理站、儿童福利机构条件有了很大改善。'),
         ('B', '双方商定，将在社会救助政策研究、社工人才培训等方面开展常态化交流，推动结对共建走深走实。'),
         ('C', '视频连线现场。 梁志华 摄', '▲ ')],
        '广东', '广东省民政厅', '2022-11-03', ['陈嘉欣', '梁志华', '阿卜杜热合曼·吐尔逊'], '羊城社会报',
        ['dateline', 'dot_name', 'captions', 'column_label']),
    art([('F', 'TOPIC'),
         ('B', '近日，佛山市南海区民政局党组理论学习中心组举行专题学习会，围绕党的二十大精神开展交流研讨。区民政局党组书记、局长黎少锋领学，并结合民政工作谈体会。'),
         ('B', '会议要求，全局党员干部要把学习贯彻党的二十大精神转化为推动基层治理、兜牢民生底线的实际行动。'),
         ('A', '（据南海区民政局）')],
        '广东', '南海区民政局', '2022-11-08', ['黎少锋'], '南海区民政局',
        ['title_none', 'relative_date', 'province_context']),
    art([('T', '越秀区：社会组织党员“亮身份”'),
         ('A', '文/图 羊城社会报记者 冯韵婷'),
         ('B', '在越秀区北京街道，不少社会组织的办公场所挂上了“党员示范岗”牌子。今年以来，越秀区民政局推动社会组织党员亮身份、亮承诺、亮服务，已有1300余名党员“挂牌上岗”。'),
         ('B', '“亮了身份，就多了一份责任。”广州某公益服务中心党支部书记谢丽华表示，中心党员社工每月至少参加一次社区志愿服务。'),
         ('C', '社会组织党员在社区开展志愿服务。', '▲')],
        '广东', '越秀区民政局', '2022-11-08', ['冯韵婷', '谢丽华'], '羊城社会报',
        ['byline_top', 'name_verb', 'captions', 'relative_date', 'province_context']),
    ('F', '本版编辑：黎敏 美编：欧阳晴'),
]))

PAGES.append(dict(pub=P, date='2023-08-29', name='07.txt', kind='text', pk='provincial',
    encoding='utf-8', crlf=False, width=15, indent='', stray=0.12, seed=402, page_tags=['column_label'], items=[
    ('F', '羊城社会报\n2023.8.29\n07'),
    ('F', '关注 FOCUS'),
    art([('T', '以学促干 推动主题教育走深走实'),
         ('T', '——广东省民政厅开展主题教育工作综述'),
         ('AB', '本报讯 记者 陈嘉欣 报道：', '自第一批主题教育开展以来，广东省民政厅党组坚持学思用贯通、知信行统一，把主题教育成效体现在兜牢民生底线的具体工作中。'),
         ('B', '在理论学习上，厅党组坚持“第一议题”制度，举办读书班3期；在调查研究上，厅领导班子成员牵头开展专题调研12项，形成问题清单、整改清单和责任清单“三张清单”；'),
         ('B', '在检视整改上，聚焦群众反映强烈的养老机构收费不透明等问题开展专项整治，'),
         ('F', '（下转第6版）')],
        '广东', '广东省民政厅', '2023-08-29', ['陈嘉欣'], '羊城社会报',
        ['double_spaced', 'continued', 'subtitle', 'dateline', 'relative_date', 'column_label', 'multi_line_title'], double=True),
    art([('T', '江门市民政局开展'), ('T', '“四风”问题自查自纠'),
         ('B', '8月21日，江门市民政局召开作风建设专题会议，部署开展“四风”问题自查自纠，重点整治调研走过场、文山会海反弹等形式主义官僚主义问题。'),
         ('B', '会议要求，局机关各党支部要以清廉机关建设为抓手，严格执行中央八项规定精神，以优良作风服务群众。'),
         ('A', '（江门市民政局 供稿）')],
        '广东', '江门市民政局', '2023-08-21', [], '江门市民政局', ['multi_line_title']),
    art([('B', '8月中旬，湛江市赤坎区民政局党支部组织党员走进辖区养老机构，开展“红色物业+居家养老”试点调研，听取老人和家属意见建议12条。'),
         ('A', '（据赤坎区民政局）'),
         ('T', '赤坎区民政局党支部开展养老服务调研')],
        '广东', '赤坎区民政局', '2023-08-11', [], '赤坎区民政局', ['title_after', 'period_date']),
    ('F', '责任编辑 黎敏'),
]))

PAGES.append(dict(pub=P, date='2024-05-08', name='08.txt', kind='text', pk='provincial',
    encoding='gb18030', crlf=True, width=16, indent='', stray=0.06, seed=403, page_tags=['column_label'], items=[
    ('F', '08 党建\n羊城社会报 2024年5月8日 星期三'),
    art([('T', '党建引领 服务为先'),
         ('T', '深圳社会组织“双覆盖”跑出加速度'),
         ('A', '羊城社会报记者 梁志华'),
         ('B', '记者从深圳市民政局获悉，截至4月底，全市已建立社会组织党组织3200余个，社会组织党的组织和党的工作覆盖率保持在较高水平。'),
         ('B', '深圳的做法可以概括为“三项机制”：一是清单管理机制，明确登记、年检、评估各环节党建工作要求；二是指导员派驻机制，向未建党组织的社会组织派驻党建工作指导员；三是阵地共享机制，在各区建设社会组织党群服务中心。'),
         ('F', '“让社会组织党组织\n在服务中发挥作用”'),
         ('B', '市民政局党组书记、局长王志勇表示，下一步要让社会组织党组织在服务中发挥作用，推动党建工作与业务发展深度融合。')],
        '广东', '深圳市民政局', '2024-05-08', ['梁志华', '王志勇'], '羊城社会报',
        ['kicker', 'byline_top', 'enumeration', 'pull_quote', 'name_verb', 'relative_date', 'column_label']),
    art([('T', '东莞市民政局召开清廉机关建设推进会'),
         ('AB', '本报讯 通讯员 李锦荣 报道：', '4月29日上午，东莞市民政局召开清廉机关建设推进会，通报一季度廉政风险排查情况，部署下一阶段重点工作。'),
         ('B', '会议强调，要坚持全面从严治党，聚焦社会救助资金、养老服务补贴等重点领域，织密廉政风险防控网。')],
        '广东', '东莞市民政局', '2024-04-29', ['李锦荣'], '羊城社会报', ['half_day_date', 'dateline']),
    art([('T', '韶关乳源瑶族自治县'), ('T', '民政党员服务队进瑶寨'),
         ('B', '近日，乳源瑶族自治县民政局党员服务队走进必背镇瑶族村寨，为村民宣讲城乡低保、临时救助政策，现场受理救助申请9件。'),
         ('A', '（县民政局供稿）')],
        '广东', '乳源瑶族自治县民政局', '2024-05-08', [], '乳源瑶族自治县民政局',
        ['multi_line_title', 'relative_date', 'province_context']),
    ('F', '本版编辑 黎敏　校对 刘思'),
]))

PAGES.append(dict(pub=P, date='2025-06-17', name='07.txt', kind='text', pk='provincial',
    encoding='utf-8-sig', crlf=False, width=17, indent='', stray=0.05, seed=404, page_tags=['column_label'], items=[
    ('F', '羊城社会报 2025年6月17日 星期二'),
    ('F', '07 党建短波'),
    art([('MT', '● ', '广州市民政局举办“七一”专题党课'),
         ('B', '6月13日，广州市民政局党组书记讲授专题党课，引导党员干部传承红色基因，在推进中国式现代化广东实践中担当作为。')],
        '广东', '广州市民政局', '2025-06-13', [], None, ['briefs', 'column_label']),
    art([('MB', '● ', '6月上旬，香洲区民政局组织社会组织党员开展党的创新理论学习，并参观珠海经济特区建设成就展。')],
        '广东', '香洲区民政局', '2025-06-01', [], None, ['briefs', 'title_none', 'period_date', 'province_context']),
    art([('MT', '● ', '汕头：社工站党员社工“进网格”'),
         ('BA', '日前，汕头市龙湖区民政局推动全区社工站党员社工下沉网格，协助社区开展困难群众排查走访。', '（通讯员 许泽鹏）')],
        '广东', '汕头市龙湖区民政局', '2025-06-17', ['许泽鹏'], None, ['briefs', 'relative_date']),
    art([('MT', '● ', '惠州社会组织党建工作推进会召开'),
         ('B', '6月10日，惠州市社会组织党委召开2025年社会组织党建工作推进会，对“两个覆盖”质量提升行动进行部署。')],
        '广东', '惠州市社会组织党委', '2025-06-10', [], None, ['briefs']),
    art([('MB', '● ', '今年以来，梅州市民政局推进“党建+养老”，在全市乡镇敬老院设立党员示范岗86个。')],
        '广东', '梅州市民政局', '2025-06-17', [], None, ['briefs', 'title_none', 'relative_date']),
    art([('T', '清远：党建引领激活村级互助养老'),
         ('A', '羊城社会报记者 冯韵婷 通讯员 罗敏'),
         ('B', '6月5日，清远市清新区民政局在太和镇坑口村召开村级互助养老现场会。村里的长者饭堂已坐满了老人，村党支部书记朱国强介绍，饭堂由村党支部牵头、乡贤捐资、志愿者服务，每天为60多名老人提供午餐。'),
         ('B', '清新区民政局有关负责人说，全区已建成村级互助养老点41个，全部由村党组织负责日常管理。')],
        '广东', '清新区民政局', '2025-06-05', ['冯韵婷', '罗敏', '朱国强'], '羊城社会报',
        ['byline_top', 'name_verb']),
    ('F', '本版编辑 黎敏'),
]))

# ================================================================ 5 婺源融媒 (江西, county, OCR)
P = '婺源融媒'
PAGES.append(dict(pub=P, date='2022-08-12', name='02.txt', kind='ocr', pk='county',
    encoding='utf-8', crlf=False, width=17, indent='', stray=0.15, seed=501, page_tags=[], items=[
    ('F', '婺源融媒 2O22年8月l2日 星期五\n笫2版 综合新闻'),
    art([('T', '县民政局党组召开'), ('blank',),
         ('T', '学习贯彻省笫十五次党代会精神专题会'),
         ('B', '8月9日，县民政局党组召开专题学习会，传达学习省笫十五次党代会精神，研究部署下半年民政重点工作。局党组书记、局长汪志刚主持会议并讲话。'),
         ('B', '会议要求，要对标对表省委部署，扎实做好低保提标、特困供养、]0项民生实事等工作，以优异成绩迎接党的二十大胜利召开。'),
         ('A', '（融媒记者 俞晓燕）')],
        '江西', '婺源县民政局', '2022-08-09', ['汪志刚', '俞晓燕'], '婺源融媒',
        ['multi_line_title', 'province_context']),
    art([('T', '江湾镇：党员志愿者“敲门行动”暖民心'),
         ('B', '近日，江湾镇党委组织镇村两级党员志愿者开展“敲门行动”，逐户走访辖区独居、空巢老人]86户，帮助解决生活困难34件。'),
         ('B', '“老人们最盼的是有人上门说说话。”江湾镇党委副书记程丽萍说，镇里将把“敲门行动”常态化，每月至少走访一次。'),
         ('A', '（通讯员 江海波）')],
        '江西', '江湾镇党委', '2022-08-12', ['程丽萍', '江海波'], None,
        ['relative_date', 'name_verb', 'province_context']),
    art([('F', '丨'),
         ('T', '紫阳镇社会组织联合党支部成立'),
         ('B', '8月上旬，紫阳镇社会组织联合党支部正式成立，辖区5家社会组织的l2名党员编入支部。县民政局有关负责人介绍，联合党支部将统筹开展组织生活和志愿服务，实现社会组织党的工作全覆盖。')],
        '江西', '紫阳镇社会组织联合党支部', '2022-08-01', [], None, ['period_date', 'province_context']),
    ('F', '责编：单丽红'),
]))

PAGES.append(dict(pub=P, date='2023-10-20', name='03.txt', kind='ocr', pk='county',
    encoding='utf-8', crlf=True, width=16, indent='', stray=0.12, seed=502, art_gap=False, page_tags=['no_blank_lines', 'column_label'], items=[
    ('F', '笫3版\n婺源融媒\n2O23年1O月2O日 星期五\n党建'),
    art([('T', '主题教育'),
         ('T', '县民政局扎实开展主题教育'),
         ('B', '10月17日下午，县民政局召开学习贯彻习近¦平新时代中国特色社会主义思想主题教育动员部署会。局党组书记、局长汪志刚作动员讲话。'),
         ('B', '会议要求，全局党员干部要紧扣“学思想、强党性、重实践、建新功”总要求，把理论学习、调查研究、推动发展、检视整改贯通起来，切实解决群众急难愁盼问题。'),
         ('A', '（融媒记者 俞晓燕 通讯员 胡丹）')],
        '江西', '婺源县民政局', '2023-10-17', ['汪志刚', '俞晓燕', '胡丹'], '婺源融媒',
        ['kicker', 'half_day_date', 'no_blank_lines', 'column_label', 'province_context']),
    art([('T', '秋口镇“积分超市”激发党员干事热情'),
         ('B', '走进秋口镇李坑村党群服务中心，“积分超市”货架上摆满了洗衣液、大米等日用品。村党支部书记李金水说，党员参加志愿服务、人居环境整治都能获得积分，凭积分兑换物品。'),
         ('B', '今年以来，秋口镇在全镇l8个村推行党员积分管理，累计兑换积分2.3万分。')],
        '江西', '秋口镇', '2023-10-20', ['李金水'], None, ['name_verb', 'no_blank_lines', 'province_context']),
    art([('T', '县社会组织综合党委开展党务培训'),
         ('B', '10月1O日，县社会组织综合党委举办社会组织党务工作者培训班，全县40余名社会组织党组织负责人参加培训。'),
         ('A', '（据县民政局）')],
        '江西', '婺源县社会组织综合党委', '2023-10-10', [], '婺源县民政局', ['no_blank_lines', 'province_context']),
]))

PAGES.append(dict(pub=P, date='2024-07-05', name='02.txt', kind='ocr', pk='county',
    encoding='gb18030', crlf=False, width=18, indent='', stray=0.12, seed=503, page_tags=[], items=[
    ('F', '婺源融媒 2O24年7月5日 星期五 笫2版'),
    art([('T', '县民政局表彰一批优秀共产党员'),
         ('B', '7月1日上午，县民政局召开庆祝中国共产党成立]03周年暨“七一”表彰大会，表彰优秀共产党员6名、优秀党务工作者2名。'),
         ('B', '优秀共产党员：王丽娟、江海波、汪　俊、俞春华、单晓东、程　敏'),
         ('B', '优秀党务工作者：胡　丹、詹秋云'),
         ('B', '会上，局党组书记、局长汪志刚为全体党员讲授专题党课，号召大家以先进为榜样，在推动中国式现代化婺源实践中贡献民政力量。'),
         ('A', '（融媒记者 俞晓燕）')],
        '江西', '婺源县民政局', '2024-07-01',
        ['王丽娟', '江海波', '汪俊', '俞春华', '单晓东', '程敏', '胡丹', '詹秋云', '汪志刚', '俞晓燕'], '婺源融媒',
        ['honour_list', 'half_day_date', 'province_context']),
    art([('T', '浙源乡：“党建+养老”让老人乐享晚年'),
         ('B', '6月下旬，浙源乡虹关村老年食堂正式开餐，村里7O岁以上老人每餐只需交3元。乡党委书记詹建华表示，老年食堂由村党支部牵头管理，资金由乡财政补贴、乡贤捐助共同筹集。')],
        '江西', '浙源乡党委', '2024-06-21', ['詹建华'], None, ['period_date', 'name_verb', 'province_context']),
    art([('F', '丨 丨'),
         ('B', '日前，县民政局联合县委组织部对全县l6个乡镇社会事务办党员干部开展业务培训，重点讲解低保审核确认、残疾人两项补贴发放等政策。'),
         ('A', '（通讯员 胡丹）')],
        '江西', '婺源县民政局', '2024-07-05', ['胡丹'], None, ['title_none', 'relative_date', 'province_context']),
]))

PAGES.append(dict(pub=P, date='2025-02-14', name='03.txt', kind='ocr', pk='county',
    encoding='utf-8', crlf=True, width=17, indent='', stray=0.12, seed=504, page_tags=['column_label'], items=[
    ('F', '笫3版 民生\n婺源融媒\n2O25年2月l4日'),
    art([('T', '“春风行动”送温暖'),
         ('T', '县民政局走访慰问困难群众'),
         ('B', '1月下旬，县民政局党组班子成员分组深入各乡镇，走访慰问低保户、特困人员和困境儿童家庭l20户，送去慰问金和米、油等物资。'),
         ('B', '局党组书记、局长汪志刚要求，各乡镇要加强对困难群众的动态监测，及时将符合条件的群众纳入救助范围，确保困难群众温暖过冬、平安过年。'),
         ('A', '（融媒记者 俞晓燕）')],
        '江西', '婺源县民政局', '2025-01-21', ['汪志刚', '俞晓燕'], '婺源融媒',
        ['kicker', 'period_date', 'province_context', 'column_label']),
    art([('F', '（上接笫1版）'),
         ('B', '据了解，2O24年全县共发放各类救助资金3.6亿元，社会救助工作在全市年度考核中获评优秀等次。县民政局将持续深化“党建+救助”服务品牌，推动救助服务向“物质+服务”转变。')],
        '江西', '婺源县民政局', '2025-02-10', [], '婺源融媒', ['continued', 'title_none', 'province_context']),
    art([('T', '思口镇召开村级党组织书记'), ('T', '抓党建述职评议会'),
         ('B', '2月1l日，思口镇召开2O24年度村级党组织书记抓基层党建工作述职评议会，全镇]5名村党组织书记逐一述职。镇党委书记俞文斌进行点评。'),
         ('A', '（通讯员 单晓东）')],
        '江西', '思口镇党委', '2025-02-11', ['俞文斌', '单晓东'], None, ['multi_line_title', 'province_context']),
]))

# ================================================================ 6 汀江融媒 (福建, county portal, HTML)
P = '汀江融媒'


def tj_page(charset, title, crumbs, body_html, info):
    return '''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s" />
<title>%s_汀江融媒</title>
<link rel="stylesheet" href="/static/css/main.css" />
<script type="text/javascript">var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top-bar"><span>长汀县融媒体中心主办</span> <a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/djdt/">党建动态</a> | <a href="/ztzl/">专题专栏</a></div>
<div class="logo"><img src="/static/img/logo.png" alt="汀江融媒" /></div>
<div class="crumbs">当前位置：%s</div>
<div class="article">
%s
</div>
<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
<div class="footer">
<p>主办：长汀县融媒体中心　地址：福建省龙岩市长汀县汀州镇　邮编：366300</p>
<p>闽ICP备2019XXXXXX号　网站标识码：3508210001</p>
</div>
</body>
</html>
''' % (charset, title, crumbs, body_html.replace('{INFO}', info))


a1 = art([('T', '河田镇：党建引领推动“社会救助+”服务落地'),
          ('B', '10月14日，长汀县河田镇党委召开社会救助工作推进会，部署在全镇22个村推行“社会救助+”服务模式，由村党组织书记担任救助服务站站长。'),
          ('B', '河田镇民政办负责人钟春兰介绍，“社会救助+”就是在落实低保、特困供养政策的基础上，链接社工、志愿者、慈善资源，为困难群众提供心理疏导、就业帮扶等服务。'),
          ('B', '下一步，河田镇将以喜迎党的二十大为契机，持续完善“党建+救助”工作机制，让困难群众感受到党的温暖。'),
          ('C', '图为推进会现场。（赖水生 摄）'),
          ('A', '来源：汀江融媒　作者：赖水生')],
         '福建', '长汀县河田镇党委', '2022-10-14', ['钟春兰', '赖水生'], '汀江融媒',
         ['captions', 'province_context', 'name_verb'])
a1h = ('<h1 class="art-title">河田镇：党建引领推动“社会救助+”服务落地</h1>\n'
       '<div class="info">发布时间：2022-10-18 09:32　来源：汀江融媒　作者：赖水生　浏览次数：312</div>\n'
       '<div class="content" id="zoom">\n'
       '<p style="text-indent:2em;">10月14日，长汀县河田镇党委召开社会救助工作推进会，部署在全镇22个村推行“社会救助+”服务模式，由村党组织书记担任救助服务站站长。</p>\n'
       '<p style="text-align:center;"><img src="/uploadfiles/202210/18/1666057001.jpg" /></p>\n'
       '<p class="pic-note" style="text-align:center;">图为推进会现场。（赖水生&nbsp;摄）</p>\n'
       '<p style="text-indent:2em;">河田镇民政办负责人钟春兰介绍，“社会救助+”就是在落实低保、特困供养政策的基础上，链接社工、志愿者、慈善资源，为困难群众提供心理疏导、就业帮扶等服务。</p>\n'
       '<p style="text-indent:2em;">下一步，河田镇将以喜迎党的二十大为契机，持续完善“党建+救助”工作机制，让困难群众感受到党的温暖。</p>\n'
       '</div>')
PAGES.append(dict(pub=P, date='2022-10-18', name='content_10231.html', kind='html', pk='county',
    encoding='utf-8', crlf=False, page_tags=[], items=[a1],
    html=tj_page('utf-8', '河田镇：党建引领推动“社会救助+”服务落地', '<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/djdt/">党建动态</a>', a1h, '')))

a2 = art([('T', '“两个覆盖”再提质'),
          ('T', '长汀县召开社会组织党建工作推进会'),
          ('B', '6月28日上午，长汀县委组织部、县民政局联合召开全县社会组织党建工作推进会，通报上半年社会组织党组织组建情况，部署“两个覆盖”质量提升工作。'),
          ('B', '会议指出，全县已有社会组织党组织56个，选派党建工作指导员38名。会议要求，一要抓规范，严格落实“三会一课”制度；二要抓融合，推动党建与业务同频共振；三要抓阵地，建好用好社会组织党群服务站。'),
          ('B', '县民政局党组书记、局长刘客明表示，将把党建工作情况作为社会组织年检、评估的重要内容。'),
          ('A', '来源：长汀县民政局　作者：刘丽')],
         '福建', '长汀县民政局', '2023-06-28', ['刘客明', '刘丽'], '长汀县民政局',
         ['kicker', 'enumeration', 'half_day_date', 'name_verb', 'related_link', 'province_context'])
a2h = ('<h3 class="yinti">“两个覆盖”再提质</h3>\n'
       '<h1 class="art-title">长汀县召开社会组织党建工作推进会</h1>\n'
       '<div class="info">发布时间：2023-06-30 10:15　来源：长汀县民政局　作者：刘丽　浏览次数：528</div>\n'
       '<div class="content" id="zoom">\n'
       '<p>　　6月28日上午，长汀县委组织部、县民政局联合召开全县社会组织党建工作推进会，通报上半年社会组织党组织组建情况，部署“两个覆盖”质量提升工作。</p>\n'
       '<p>　　会议指出，全县已有社会组织党组织56个，选派党建工作指导员38名。会议要求，一要抓规范，严格落实“三会一课”制度；二要抓融合，推动党建与业务同频共振；三要抓阵地，建好用好社会组织党群服务站。</p>\n'
       '<p>　　县民政局党组书记、局长刘客明表示，将把党建工作情况作为社会组织年检、评估的重要内容。</p>\n'
       '</div>\n'
       '<div class="related"><h4>相关链接：</h4>\n<ul>\n'
       '<li><a href="/djdt/202306/t20230626_13811.html">长汀县开展“七一”走访慰问老党员活动</a></li>\n'
       '<li><a href="/djdt/202306/t20230615_13702.html">我县举办社会组织负责人培训班</a></li>\n'
       '</ul></div>')
PAGES.append(dict(pub=P, date='2023-06-30', name='content_13877.html', kind='html', pk='county',
    encoding='gb18030', crlf=True, page_tags=[], items=[a2],
    html=tj_page('gbk', '长汀县召开社会组织党建工作推进会', '<a href="/">首页</a> &gt; <a href="/djdt/">党建动态</a> &gt; 正文', a2h, '')))

LIST = [
    ('长汀县民政局开展“中秋”走访慰问', '2024-09-12', '9月10日，长汀县民政局党员干部走访慰问特困供养人员、孤儿和事实无人抚养儿童，送去月饼和慰问金……', '长汀县民政局', '2024-09-10', []),
    ('策武镇成立新就业群体党支部', '2024-09-09', '近日，策武镇在辖区快递物流网点成立新就业群体联合党支部，首批吸纳党员11名……', '策武镇', '2024-09-09', ['relative_date']),
    ('县社会组织综合党委开展主题党日活动', '2024-09-05', '9月3日，县社会组织综合党委组织党员到长汀县革命历史纪念馆开展主题党日活动，重温入党誓词……', '长汀县社会组织综合党委', '2024-09-03', []),
    ('我县举办社会工作服务站站长培训班', '2024-08-30', '8月下旬，全县18个乡镇社工站站长参加集中培训，学习党的二十届三中全会精神和社会工作专业知识……', None, '2024-08-21', ['period_date']),
    ('童坊镇：“银发党员”巡逻队守护平安', '2024-08-26', '今年以来，童坊镇组织退休老党员组建“银发党员”巡逻队，每周开展两次安全巡查……', '童坊镇', '2024-08-26', ['relative_date']),
]
lis, arts3 = [], []
for t, stamp, summ, ag, d, tg in LIST:
    arts3.append(art([('T', t), ('B', summ)], '福建', ag, d, [], '汀江融媒', tg + ['province_context']))
    lis.append('<li><span class="date">%s</span><a href="/djdt/%s/t%s.html" target="_blank">%s</a>\n<p class="summary">%s</p></li>' % (
        stamp, stamp[:7].replace('-', ''), stamp.replace('-', ''), h(t), h(summ)))
a3h = ('<div class="list-title">党建动态</div>\n<ul class="news-list">\n' + '\n'.join(lis) + '\n</ul>\n'
       '<div class="page">共 86 条　1/9 页　<a href="#">首页</a> <a href="#">上一页</a> <a href="list_dj_2.html">下一页</a> <a href="list_dj_9.html">尾页</a></div>')
PAGES.append(dict(pub=P, date='2024-09-12', name='list_dj.html', kind='html', pk='county',
    encoding='utf-8', crlf=False, page_tags=[], items=arts3,
    html=tj_page('utf-8', '党建动态', '<a href="/">首页</a> &gt; 党建动态', a3h, '')))

a4 = art([('T', '长汀县民政局¦开展深入贯彻中央八项规定精神学习教育'),
          ('B', '3月31日，长汀县民政局党组召开深入贯彻中央八项规定精神学习教育动员部署会。局党组书记、局长刘客明作动员讲话。'),
          ('B', '会议要求，局机关各党支部要把学习教育与“四风”问题整治结合起来，坚持学查改一体推进，以优良作风推动民政工作高质量发展。'),
          ('C', '图为会议现场。'),
          ('A', '来源：长汀县民政局')],
         '福建', '长汀县民政局', '2025-03-31', ['刘客明'], '长汀县民政局', ['multi_line_title', 'captions', 'province_context'])
a5 = art([('B', '中央八项规定是党中央制定的关于改进工作作风、密切联系群众的规定。深入贯彻中央八项规定精神学习教育在县处级以上领导班子和领导干部中开展，以学查改贯通推动作风建设常态化长效化。')],
         None, None, '2025-04-03', [], None, ['related_link', 'title_none'])
a4h = ('<h1 class="art-title">长汀县民政局<br/>开展深入贯彻中央八项规定精神学习教育</h1>\n'
       '<div class="info">发布时间：2025-04-03 16:05　来源：长汀县民政局　作者：　浏览次数：1086</div>\n'
       '<div class="content" id="zoom">\n'
       '<p style="text-indent:2em;">3月31日，长汀县民政局党组召开深入贯彻中央八项规定精神学习教育动员部署会。局党组书记、局长刘客明作动员讲话。</p>\n'
       '<p style="text-align:center;"><img src="/uploadfiles/202504/03/1743667500.jpg" /></p>\n'
       '<p class="pic-note" style="text-align:center;">图为会议现场。</p>\n'
       '<p style="text-indent:2em;">会议要求，局机关各党支部要把学习教育与“四风”问题整治结合起来，坚持学查改一体推进，以优良作风推动民政工作高质量发展。</p>\n'
       '</div>\n'
       '<div class="ext-read"><p class="ext-label">延伸阅读</p>\n'
       '<p>中央八项规定是党中央制定的关于改进工作作风、密切联系群众的规定。深入贯彻中央八项规定精神学习教育在县处级以上领导班子和领导干部中开展，以学查改贯通推动作风建设常态化长效化。</p>\n'
       '</div>')
PAGES.append(dict(pub=P, date='2025-04-03', name='content_20415.html', kind='html', pk='county',
    encoding='utf-8', crlf=False, page_tags=[], items=[a4, a5],
    html=tj_page('utf-8', '长汀县民政局开展深入贯彻中央八项规定精神学习教育', '<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/djdt/">党建动态</a> &gt; 正文', a4h, '')))

# ================================================================ 7 武陵民政机关党建简报 (湖南, bulletin, docx)
P = '武陵民政机关党建简报'
DIST = ['报：市直机关工委，市民政局党组成员', '送：各区县（市）民政局', '发：局机关各科室、直属单位']


def mast(no, d):
    y, m, dd = d.split('-')
    return [('name', '武陵民政机关党建简报'), ('no', no),
            ('line', '常德市民政局机关党委编　　　　　　　%s年%d月%d日' % (y, int(m), int(dd)))]


PAGES.append(dict(pub=P, date='2022-04-15', name='qi04.docx', kind='docx', pk='bulletin',
    encoding='docx', crlf=False, page_tags=['bulletin_masthead', 'distribution_lines', 'contents_list'],
    masthead=mast('第4期', '2022-04-15'), distribution=DIST, items=[
    ('F', '本期目录\n局机关党委召开2022年度党建工作会议\n社会救助科党支部开展“我为群众办实事”主题党日\n鼎城区民政局开展党风廉政警示教育'),
    art([('T', '局机关党委召开2022年度党建工作会议'),
         ('B', '4月12日上午，局机关党委召开2022年度党建工作会议，总结2021年度机关党建工作，部署2022年重点任务，各党支部书记签订党风廉政建设责任书。局党组书记、局长杨国平出席并讲话。'),
         ('B', '会议指出，2022年是党的二十大召开之年，局机关各党支部要把迎接学习宣传贯彻党的二十大作为主线，持续巩固拓展党史学习教育成果。'),
         ('B', '会议部署了今年机关党建“五项重点任务”：一是强化政治机关建设；二是落实“第一议题”制度；三是推进标准化规范化支部建设；四是深化“党建+民政服务”品牌创建；五是加强党风廉政建设。'),
         ('A', '（局办公室）')],
        '湖南', '常德市民政局', '2022-04-12', ['杨国平'], '常德市民政局办公室',
        ['bulletin_masthead', 'contents_list', 'half_day_date', 'enumeration', 'province_context']),
    art([('T', '社会救助科党支部开展“我为群众办实事”主题党日'),
         ('B', '4月8日，社会救助科党支部组织党员到武陵区芙蓉街道开展社会救助政策宣讲，现场解答群众咨询30余人次，收集意见建议6条。'),
         ('A', '（社会救助科党支部　陈慧）')],
        '湖南', '常德市民政局', '2022-04-08', ['陈慧'], '常德市民政局社会救助科党支部', ['province_context']),
    art([('T', '鼎城区民政局开展党风廉政警示教育'),
         ('B', '4月上旬，鼎城区民政局组织全体党员干部观看警示教育片，并开展“以案促改”专题讨论，引导党员干部知敬畏、存戒惧、守底线。'),
         ('A', '（鼎城区民政局　唐艳）')],
        '湖南', '鼎城区民政局', '2022-04-01', ['唐艳'], '鼎城区民政局', ['period_date', 'distribution_lines', 'province_context']),
]))

PAGES.append(dict(pub=P, date='2023-09-08', name='qi17.docx', kind='docx', pk='bulletin',
    encoding='docx', crlf=False, page_tags=['bulletin_masthead', 'distribution_lines'],
    masthead=mast('第17期', '2023-09-08'), distribution=DIST, items=[
    art([('T', '局党组召开第二批主题教育动员部署会'),
         ('B', '9月5日，局党组召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会，对局机关和直属单位开展主题教育进行全面部署。'),
         ('B', '一、提高政治站位'),
         ('B', '会议要求，全局党员干部要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。'),
         ('B', '二、突出实践导向'),
         ('B', '要紧扣“学思想、强党性、重实践、建新功”总要求，聚焦养老服务、社会救助等领域群众急难愁盼问题，确定调研课题8项。'),
         ('A', '（局机关党委）')],
        '湖南', '常德市民政局', '2023-09-05', [], '常德市民政局机关党委',
        ['bulletin_masthead', 'subheadings', 'enumeration', 'province_context']),
    art([('T', '汉寿县民政局：“支部+社工站”服务零距离'),
         ('B', '今年以来，汉寿县民政局机关党支部与全县23个乡镇社工站结对，党员干部每月到社工站开展一次政策宣讲和个案会商，累计帮助解决困难群众急难问题140余件。'),
         ('A', '（汉寿县民政局　蔡文）')],
        '湖南', '汉寿县民政局', '2023-09-08', ['蔡文'], '汉寿县民政局', ['relative_date', 'province_context']),
    art([('F', '工作动态'),
         ('MB', '●', '9月1日，局机关党委对各党支部上半年“三会一课”落实情况进行督查，督促整改问题5个。')],
        '湖南', '常德市民政局', '2023-09-01', [], None, ['briefs', 'title_none', 'province_context']),
    art([('MT', '●', '津市市民政局开展“红色物业”调研'),
         ('B', '8月下旬，津市市民政局党组成员带队到襄阳街街道，调研小区党支部领导下的“红色物业”服务开展情况。')],
        '湖南', '津市市民政局', '2023-08-21', [], None, ['briefs', 'period_date', 'distribution_lines', 'province_context']),
]))

PAGES.append(dict(pub=P, date='2024-12-27', name='qi31.docx', kind='docx', pk='bulletin',
    encoding='docx', crlf=False, page_tags=['bulletin_masthead', 'distribution_lines'],
    masthead=mast('第31期', '2024-12-27'), distribution=DIST, items=[
    art([('T', '关于表扬2024年度局机关“党员先锋岗”的通报'),
         ('B', '为激励全局党员干部担当作为，经各党支部推荐、局机关党委审核，决定对以下10名同志予以通报表扬：'),
         ('B', '办公室党支部：陈　慧、李宏伟'),
         ('B', '社会救助科党支部：覃　玲、杨　帆'),
         ('B', '养老服务科党支部：汤小红、郑卫国'),
         ('B', '社会事务科党支部：罗　建、彭丽君'),
         ('B', '直属单位联合党支部：向　阳、谢　娟'),
         ('A', '（局机关党委）')],
        '湖南', '常德市民政局', '2024-12-27',
        ['陈慧', '李宏伟', '覃玲', '杨帆', '汤小红', '郑卫国', '罗建', '彭丽君', '向阳', '谢娟'], '常德市民政局机关党委',
        ['bulletin_masthead', 'honour_list', 'province_context']),
    art([('T', '局机关党委开展年终党建述职评议'),
         ('B', '12月24日下午，局机关党委召开2024年度党支部书记抓党建工作述职评议会，8个党支部书记现场述职，局党组成员逐一点评。会议要求，要以学习贯彻党的二十届三中全会精神为主线，谋划好2025年机关党建工作。'),
         ('A', '（局机关党委　覃玲）')],
        '湖南', '常德市民政局', '2024-12-24', ['覃玲'], '常德市民政局机关党委', ['half_day_date', 'province_context']),
    art([('T', '桃源县民政局学习贯彻党的二十届三中全会精神'),
         ('B', '12月中旬，桃源县民政局举办学习贯彻党的二十届三中全会精神专题读书班，局领导班子成员和各股室负责人围绕深化民政领域改革开展研讨交流。'),
         ('A', '（桃源县民政局　伍佳）')],
        '湖南', '桃源县民政局', '2024-12-11', ['伍佳'], '桃源县民政局', ['period_date', 'distribution_lines', 'province_context']),
]))

PAGES.append(dict(pub=P, date='2025-05-30', name='qi09.docx', kind='docx', pk='bulletin',
    encoding='docx', crlf=False, page_tags=['bulletin_masthead', 'distribution_lines', 'contents_list'],
    masthead=mast('2025年第9期', '2025-05-30'), distribution=DIST, items=[
    ('F', '本期目录\n局党组召开深入贯彻中央八项规定精神学习教育推进会\n以“三级联动”推动模范机关创建\n安乡县民政局开展节前走访慰问'),
    art([('T', '局党组召开深入贯彻中央八项规定精神学习教育推进会'),
         ('B', '5月27日，局党组召开深入贯彻中央八项规定精神学习教育推进会，听取各党支部学习教育开展情况汇报，研究部署下一阶段查摆整改工作。'),
         ('A', '（局办公室）')],
        '湖南', '常德市民政局', '2025-05-27', [], '常德市民政局办公室',
        ['bulletin_masthead', 'contents_list', 'province_context']),
    art([('T', '以“三级联动”推动模范机关创建'),
         ('T', '——局机关第二党支部创建“四强”党支部工作纪实'),
         ('B', '局机关第二党支部以市、区县、乡镇民政部门“三级联动”为抓手，推动模范机关创建向基层延伸。支部建立联学、联创、联评机制，与6个区县民政局党支部开展结对共建。'),
         ('B', '支部书记汤小红说，“三级联动”让机关党员更多走到基层，把模范机关创建的成效体现在服务群众上。'),
         ('A', '（局机关第二党支部　汤小红）')],
        '湖南', '常德市民政局', '2025-05-30', ['汤小红'], '常德市民政局机关第二党支部',
        ['subtitle', 'name_verb', 'province_context']),
    art([('T', '安乡县民政局开展节前走访慰问'),
         ('B', '5月下旬，安乡县民政局党员干部分组走访慰问全县困难老党员、特困供养人员，送去粽子和慰问金。'),
         ('A', '（安乡县民政局　李娜）')],
        '湖南', '安乡县民政局', '2025-05-21', ['李娜'], '安乡县民政局', ['period_date', 'distribution_lines', 'province_context']),
]))


# ================================================================ build
def main():
    truth = {}
    for page in PAGES:
        rel = '%s/%s/%s' % (page['pub'], page['date'], page['name'])
        path = os.path.join(HERE, *rel.split('/'))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        arts = [it for it in page['items'] if isinstance(it, dict)]
        for a in arts:
            a.pop('_stray', None)
        if page['kind'] in ('text', 'ocr'):
            write_text(page, path)
        elif page['kind'] == 'html':
            write_html(page, path)
        else:
            write_docx(page, path)
        tags = set(page['page_tags'])
        out = []
        for a in arts:
            t = [x for x in a['tags'] if x != 'stray_spaces']
            if a.get('_stray'):
                t.append('stray_spaces')
            a['tags'] = t
            tr = truth_of(a)
            out.append(tr)
            tags.update(t)
        if page['crlf']:
            tags.add('crlf')
        if page['encoding'] == 'gb18030':
            tags.add('gb18030')
        if page['encoding'] == 'utf-8-sig':
            tags.add('utf8_bom')
        if page['kind'] in ('html', 'docx', 'ocr'):
            tags.add(page['kind'])
        truth[rel] = dict(encoding=page['encoding'], crlf=page['crlf'], kind=page['kind'],
                          publication_kind=page['pk'], phenomena=sorted(tags), articles=out)
    with open(os.path.join(HERE, 'truth-%s.json' % SETID), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print('pages', len(truth), 'articles', sum(len(v['articles']) for v in truth.values()))


if __name__ == '__main__':
    main()
