"""Truth pages (held back as batch h4, now development), set h4e.

Writes every page under <publication>/<YYYY-MM-DD>/<page>.<ext> next to this file, and truth-h4e.json.
All articles, people, agencies and figures are invented.
aligned to docs/truth_conventions.md (round twelve): kind 2 (a reader's letter about the publication itself → agency null) 1 — 1 value, listed in _TRUTH12 and applied as the truth is written; no page changes.

Publications (7 x 4 pages = 28 pages)
-------------------------------------
1. 神州社会工作报 — national weekly-style paper, publication_kind national.
   Pages: 2024-03-12/04.txt (UTF-8; editor's note, kicker+title+——subtitle, dateline 本报北京…电, pull quote,
   column label, title printed after its article, stray spaces), 2024-07-02/06.txt (UTF-8 with BOM, CRLF;
   theory piece with 文/ byline + （作者系…）, interview ——访…, 相关链接 box), 2025-01-07/03.txt (GB18030;
   brief page without blank lines, ■ ● ◆ markers, 【place】 items, December events in a January issue, a
   dot name broken across lines), 2023-11-21/05.txt (OCR scan: 笫, 1]/l, O, a blank line inside a title).
2. 太湖晚报 — Wuxi (江苏) evening paper, provincial. Narrow 16-character columns.
   2024-05-14/A01.txt (UTF-8, CRLF; front page with 今日导读 box, kicker, 下转A07版),
   2024-05-14/A07.txt (UTF-8; （上接A01版） fragment, subheadings, ▲ caption, running foot with editors),
   2023-09-26/A06.txt (UTF-8 BOM; no blank lines, 本报记者 byline at the top, 【district】 items, 【快讯】),
   2024-12-31/A05.txt (GB18030; double-spaced article with a double-spaced headline, enumeration,
   上午 and 中旬/下旬 dates, title printed after its attribution).
3. 浣纱融媒 — 诸暨 (浙江) county media centre paper, county. Closing credits （融媒记者 X 通讯员 Y）.
   2024-04-19/03.txt (UTF-8 CRLF; stray spaces, ▲ caption, ● dynamic items), 2024-04-19/04.txt (UTF-8;
   honour list with padded names and a dot name, title after its article), 2025-02-14/02.txt (GB18030 CRLF;
   kicker, bold-style subheadings, 今年以来 lead), 2022-12-09/03.txt (UTF-8 BOM, no blank lines, 文/ byline).
4. 淞沪民政党建简报 — Word bulletin of 上海市民政局机关党委办公室 (上海), bulletin. Four issues, 01.docx each:
   masthead, 本期目录, unit credits （局机关党委）/（处党支部 姓名）/（区民政局 姓名）, 报/送/发 lines, an editor's
   note, forced line breaks in titles and inside a dot name of an honour list, ◆ items under 工作动态.
5. 齐风日报 — 山东 provincial daily, provincial. □本报记者 byline at the top, 本报X讯（…） datelines.
   2024-10-15/07.txt (UTF-8; stray spaces, pull quote, caption), 2024-10-15/08.txt (GB18030 CRLF; ◆ briefs,
   dot name broken across lines), 2023-01-10/06.txt (UTF-8 BOM; December event in a January issue,
   延伸阅读 box, title after its article), 2022-08-16/05.txt (OCR; 下转笫6版, misread head and foot).
6. 皖韵党建 — 安徽 monthly magazine, magazine (folder date = first day of the month).
   2024-05-01/18.txt (UTF-8; 本刊记者 feature with ——subtitle, subheadings, pull quote, caption),
   2024-05-01/32.txt (UTF-8 CRLF; theory piece with author name under title, 摘要/关键词, （一） headings,
   reader's letter), 2023-08-01/12.txt and 2023-08-01/13.txt (OCR scans; 本刊通讯员, ● briefs).
7. 瓯江民政网 — 温州 (浙江) civil-affairs portal, provincial. HTML:
   2024-08-23/art_3321.html (UTF-8 article page; breadcrumbs, info line, caption, 相关链接 list),
   2024-08-23/list_12.html (GB18030 list page, five entries with 来源 and date stamps),
   2025-06-11/art_4410.html (UTF-8; empty 作者：, <strong> subheadings, 上一篇/下一篇),
   2023-03-30/art_2087.html (UTF-8; 公示 honour list with a dot name).

Decisions beyond truth_conventions.md
-------------------------------------
- A dateline at the start of the lead (本报讯（…）, 本报北京3月11日电（…）, 本报聊城讯（…）) is the attribution and
  is NOT part of body[0]; the body begins after it.
- A top byline and a closing note (文/X … （作者系…）; an author's name under the title … （作者单位：…）) are
  joined into one attribution with a single space, top part first.
- County media closing credits （融媒记者 X）/（融媒记者 X 通讯员 Y） are the paper's own reporters: source is the
  paper (浣纱融媒). A bare closing （通讯员 X） is treated like a brief's: source null (also outside briefs).
- A prefecture paper's own 市民政局 / 市社会组织综合党委 are completed with its city (无锡市民政局,
  无锡市社会组织综合党委), as 省民政厅 is completed with the province.
- A （上接…） fragment lists as people only the persons named in the fragment itself.
- Stray spaces and OCR misreads (笫, l/] for 1, O for 0) stay in the truth text as printed; dates are the real
  days the misread text stands for (7月2O日 → 07-20). People's names are never misread.
- Pull quotes, 相关链接/延伸阅读 labels, 今日导读 boxes, 本期目录, 上一篇/下一篇, list-page pagination are furniture.
  A 相关链接/延伸阅读 box with its own heading and text is an article whose title is that heading.
- An honour list's address line (各镇乡（街道）…：), category headings and name lines are body paragraphs; the
  names are people without padding. No signature lines are printed.
- An interview's introductory paragraph is a body paragraph; turns keep their 记者：/name： prefix.
- 【快讯】 is a genre marker (furniture, title null); 【惠山区】, 【宜兴】, 【嘉兴】, 【黄浦区】 are titles.
- Web pages: the title is the <h1> text; the attribution is the info line's 来源/作者 parts as printed, in printed
  order, joined with one space; an empty 作者： is left out. A list page's entry has its 来源：X as attribution and
  X as source; its summary is its one body paragraph; it is dated by its lead's day, else by its own date stamp.
- A reader's letter closed by (单位 姓名): source null (the writer's own piece), province and agency from that unit.
- A theory piece or commentary naming no body: province and agency null, source null.
- A bulletin's unit credits are completed with 上海市民政局 (（局机关党委） → 上海市民政局机关党委,
  （社会救助处党支部 邵婧） → 上海市民政局社会救助处党支部, （办公室） → 上海市民政局办公室); a unit printed whole
  (浦东新区民政局) stays as printed. The bulletin's own 局党组/局机关党委/处 as actors → agency 上海市民政局.
- A brief item that is a body of a central ministry (民政部直属机关党委) → agency 民政部 (the institution).
- Slogans are computed mechanically: every canonical form of DOMAIN.md occurring in title or body with
  whitespace removed, plus every quoted numeral+个/项/张 formulation; written without quotation marks.
- Page phenomena = page-level tags (format, encoding, furniture kinds) ∪ every article's tags.
- Titles are kicker + main lines + ——subtitle concatenated with nothing between them (a blank line or a forced
  line break inside a title is dropped).
"""
import os, re, json, random, zlib, html as H

HERE = os.path.dirname(os.path.abspath(__file__))
SET = 'h4e'
TRUTH = {}

CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持",
         "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命",
         "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关", "总体国家安全观",
         "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂", "以学增智",
         "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NUMRE = re.compile(r'“([一二三四五六七八九十两0-9]+[个项张][^“”]{1,8})”')


def ws(s):
    return re.sub(r'\s+', '', s)


def slogans(title, body):
    t = ws((title or '') + ''.join(body))
    out = [c for c in CANON if ws(c) in t]
    for m in NUMRE.findall(t):
        if m not in out:
            out.append(m)
    return out


def A(tl=None, body=(), lead='', top='', end='', endline='', source=None, prov=None, agency=None, date=None,
      people=(), caps=(), cap_at=None, cpre='', tags=(), marker='', msp=' ', bracket=False, title_after=False,
      pull=None, pull_at=0, double=False, head='', tail='', title=None):
    if tl is not None and title is None:
        title = ''.join(x for x in tl)
    attr = ' '.join(x for x in [top, lead, end, endline] if x)
    tg = set(tags)
    if title is None:
        tg.add('title_none')
    if lead:
        tg.add('dateline')
    if top:
        tg.add('byline_top')
    if caps:
        tg.add('captions')
    if marker or bracket:
        tg.add('briefs')
    if title_after:
        tg.add('title_after')
    if double:
        tg.add('double_spaced')
    if pull:
        tg.add('pull_quote')
        assert ws(pull) in ws(''.join(body)), pull
    if head or tail:
        tg.add('continued')
    return dict(tl=tl, title=title, body=list(body), lead=lead, top=top, end=end, endline=endline, attr=attr,
                source=source, prov=prov, agency=agency, date=date, people=list(people), caps=list(caps),
                cap_at=cap_at, cpre=cpre, tags=tg, marker=marker, msp=msp, bracket=bracket,
                title_after=title_after, pull=pull, pull_at=pull_at, double=double, head=head, tail=tail)


def stray(s, rnd, p=0.35):
    out = []
    for i, ch in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else ''
        if i > 0 and ch in '。”' and rnd.random() < p * 0.4:
            out.append(' ')
        out.append(ch)
        if ch in '月第' and nxt.isdigit() and rnd.random() < p:
            out.append(' ')
        elif ch.isdigit() and nxt and not nxt.isdigit() and nxt not in '.%' and rnd.random() < p * 0.5:
            out.append(' ')
    return ''.join(out)


def wrap(s, w, rnd, jit=0):
    """Cut s into column lines; a \x01 in s forces a line end there (a name broken across lines)."""
    out, i = [], 0
    while i < len(s):
        ww = w + (rnd.randint(-jit, jit) if jit else 0)
        m = s.find('\x01', i)
        if m != -1 and m - i <= ww + 2:
            out.append(s[i:m])
            i = m + 1
            continue
        out.append(s[i:i + ww])
        i += ww
    return out


def clean(a):
    a['body'] = [b.replace('\x01', '') for b in a['body']]
    return a


def render_art(a, st, rnd):
    W = st['w']
    jit = st.get('jit', 0)
    nb = st.get('nb', False)
    ind = st.get('ind', '')
    gap = [] if nb else ['']
    L = []
    paras = list(a['body'])
    if a['head']:
        L.append(a['head'])
    if a['bracket']:
        paras[0] = (a['marker'] or '') + '【' + a['title'] + '】' + a['lead'] + paras[0]
    elif a['marker']:
        if a['title']:
            L.append(a['marker'] + a['msp'] + a['title'])
            paras[0] = a['lead'] + paras[0]
        else:
            paras[0] = a['marker'] + a['msp'] + a['lead'] + paras[0]
    else:
        if a['tl'] and not a['title_after']:
            for x in a['tl']:
                L.append(x)
                if a['double'] and x:
                    L.append('')
            L += gap
        if a['top']:
            L.append(a['top'])
            L += gap
        paras[0] = a['lead'] + paras[0]
    if a['end']:
        paras[-1] += a['end']
    if a['tail']:
        paras[-1] += a['tail']
    for i, p in enumerate(paras):
        pl = wrap(ind + p, W, rnd, jit)
        if a['double']:
            pl = [y for x in pl for y in (x, '')]
            L += pl
        else:
            L += pl
            if i < len(paras) - 1:
                L += gap
        if a['pull'] and i == a['pull_at']:
            L += gap + ['　' + a['pull'] + '　'] + gap
        for c in a['caps']:
            if a['cap_at'] == i:
                L += gap + wrap(a['cpre'] + c, W, rnd) + gap
    if a['endline']:
        L.append(a['endline'])
    for c in a['caps']:
        if a['cap_at'] is None:
            L += gap + wrap(a['cpre'] + c, W, rnd)
    if a['title_after']:
        L += gap
        for x in a['tl']:
            L.append(x)
    return L


def truth_art(a):
    clean(a)
    return dict(title=a['title'], body=a['body'], attribution=a['attr'], source=a['source'], province=a['prov'],
                agency=a['agency'], date=a['date'], people=a['people'], slogans=slogans(a['title'], a['body']),
                captions=a['caps'], phenomena=sorted(a['tags']))


def record(path, enc, crlf, kind, pkind, pagetags, arts):
    tags = set(pagetags)
    if enc == 'gb18030':
        tags.add('gb18030')
    if enc == 'utf-8-sig':
        tags.add('utf8_bom')
    if crlf:
        tags.add('crlf')
    if kind in ('html', 'docx', 'ocr'):
        tags.add(kind)
    for a in arts:
        tags |= a['tags']
    TRUTH[path] = dict(encoding=enc if kind != 'docx' else 'docx', crlf=crlf, kind=kind, publication_kind=pkind,
                       phenomena=sorted(tags), articles=[truth_art(a) for a in arts])


def text_page(path, enc, crlf, kind, pkind, st, items, pagetags=(), seed=0):
    rnd = random.Random(seed or zlib.crc32(path.encode('utf-8')))
    if st.get('stray'):
        for it in items:
            if isinstance(it, dict):
                it['body'] = [stray(p, rnd) for p in it['body']]
                it['tags'].add('stray_spaces')
    L = []
    nb = st.get('nb', False)
    for it in items:
        if isinstance(it, str):
            L += it.split('\n')
        elif isinstance(it, list):
            L += it
        else:
            L += render_art(it, st, rnd)
        if not nb:
            L.append('')
    txt = '\n'.join(L).rstrip('\n') + '\n'
    txt = re.sub(r'\n{3,}', '\n\n', txt)
    if crlf:
        txt = txt.replace('\n', '\r\n')
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(txt.encode(enc))
    tags = set(pagetags)
    if nb:
        tags.add('no_blank_lines')
    if st.get('stray'):
        tags.add('stray_spaces')
    arts = [it for it in items if isinstance(it, dict)]
    record(path, enc, crlf, kind, pkind, tags, arts)


# =====================================================================================================
# 1. 神州社会工作报 (national)
P = '神州社会工作报'
text_page(f'{P}/2024-03-12/04.txt', 'utf-8', False, 'text', 'national', dict(w=22, stray=True), [
    '4\n2024年3月12日　星期二\n神州社会工作报', '党　建',
    '编者按：春节过后，各地民政部门和社会组织党组织迅速进入工作状态，谋划推进新一年党建工作。本版今日刊发一组报道，敬请关注。',
    A(tl=['凝心铸魂抓学习　实干担当促发展', '民政部机关召开2024年党建工作会议', '——持续深化模范机关建设'],
      lead='本报北京3月11日电（记者 周岚）',
      body=['3月11日，民政部机关召开2024年党建工作会议，总结2023年部机关党建工作，部署2024年重点任务。部机关各司局、各直属单位党组织书记参加会议。',
            '会议指出，过去一年，部机关各级党组织坚持以习近平新时代中国特色社会主义思想为指导，扎实开展主题教育，严格落实“第一议题”制度，推动党建与业务深度融合，机关党建质量持续提升。',
            '会议要求，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，持续深化模范机关建设，锲而不舍落实中央八项规定精神，以高质量党建推动民政事业高质量发展。'],
      pull='推动党建与业务深度融合，机关党建质量持续提升', pull_at=1,
      source=P, prov=None, agency='民政部', date='2024-03-11', people=['周岚'],
      tags=['kicker', 'subtitle', 'multi_line_title', 'national_body']),
    '基层观察',
    A(tl=['江苏省民政厅部署开展社会组织', '“党建引领·规范提升”行动'],
      body=['3月上旬，江苏省民政厅召开全省社会组织党建工作推进会，部署在全省性社会组织中开展“党建引领·规范提升”行动。',
            '行动要求各社会组织党组织建立问题、任务、责任“三张清单”，把党建工作要求写入章程，推动党的组织和党的工作“两个覆盖”从有形向有效转变。',
            '省民政厅党组成员、副厅长钱立新表示，要把行动与日常监管、等级评估结合起来，对党建工作薄弱的社会组织开展点对点指导，确保年底前全面完成整改。'],
      end='（据江苏省民政厅）', source='江苏省民政厅', prov='江苏', agency='江苏省民政厅', date='2024-03-01',
      people=['钱立新'], tags=['multi_line_title', 'period_date', 'name_verb']),
    A(tl=['浙江杭州：“红色管家”', '激活小区治理“神经末梢”'], title_after=True,
      body=['近日，杭州市拱墅区民政局联合区委社会工作部，在全区126个住宅小区推行“红色管家”服务模式，由小区党支部牵头，物业服务企业、业主委员会和社区社会组织共同参与，协商解决停车难、加装电梯等难题。',
            '“以前大家各说各的，现在有了党支部搭台，议事有了章法。”德胜新村小区党支部书记沈慧芬说。截至目前，全区已通过“红色管家”议事会解决群众急难愁盼问题430余件。'],
      end='（据浙江省民政厅）', source='浙江省民政厅', prov='浙江', agency='拱墅区民政局', date='2024-03-12',
      people=['沈慧芬'], tags=['multi_line_title', 'relative_date', 'name_verb']),
    '责任编辑：罗婉清　版式：田野　校对：高原',
], pagetags=['editor_note', 'column_label'])

text_page(f'{P}/2024-07-02/06.txt', 'utf-8-sig', True, 'text', 'national', dict(w=24, ind='　　'), [
    '06　理论·访谈\n神州社会工作报　2024年7月2日　星期二',
    A(tl=['以高质量党建引领', '社会组织健康有序发展'], top='文/唐亦舟',
      body=['社会组织是社会治理的重要力量。党的二十大精神对加强新经济组织、新社会组织、新就业群体党的建设作出部署，为新时代社会组织党建工作指明了方向。',
            '一、把牢政治方向',
            '把党的领导贯穿社会组织登记、年检、评估全过程，推动党建工作要求写入章程，是确保社会组织正确发展方向的根本保证。',
            '二、扩大“两个覆盖”',
            '针对行业协会商会、社区社会组织点多面广的特点，可以采取单独组建、联合组建、挂靠组建等方式，推动党的组织和党的工作有效覆盖。',
            '三、激发内生动力',
            '要把党建工作成效纳入社会组织等级评估指标，引导社会组织在服务群众中彰显价值，实现党建与业务“双融合、双提升”。'],
      endline='（作者系中共安徽省委党校党建教研部教授）', source=None, prov=None, agency=None, date='2024-07-02',
      people=['唐亦舟'], tags=['multi_line_title', 'subheadings']),
    A(tl=['让社区社会组织成为', '基层治理的“红色力量”', '——访上海市民政局副局长陆卫东'], top='本报记者　韩露',
      body=['今年以来，上海市深入推进社区社会组织党建工作，探索出一批可复制可推广的做法。日前，记者就此专访了上海市民政局副局长陆卫东。',
            '记者：上海在推进社区社会组织党建工作方面有哪些新举措？',
            '陆卫东：我们坚持党建引领，依托街道社区党群服务中心建立社区社会组织党建服务站，目前全市已建成服务站215个，推动“三会一课”等组织生活在社区社会组织中常态化开展。',
            '记者：如何解决部分社区社会组织党员少、活动难的问题？',
            '陆卫东：对党员人数不足的，我们采取联合组建、区域统建等方式，由街道选派党建指导员驻点指导，同时把社区社会组织参与基层治理的成效纳入评估。',
            '记者：下一步有什么打算？',
            '陆卫东：我们将深入学习贯彻党的二十大精神，聚焦为老服务、儿童关爱等领域，培育一批党建工作示范点，让社区社会组织真正成为群众身边的“红色力量”。'],
      source=P, prov='上海', agency='上海市民政局', date='2024-07-02', people=['韩露', '陆卫东'],
      tags=['multi_line_title', 'subtitle', 'interview', 'relative_date']),
    '【相关链接】',
    A(tl=['上海社区社会组织党建“三项机制”'],
      body=['一是联席会议机制，街道党工委每季度召集社区社会组织党组织书记研究工作；二是结对共建机制，机关党组织与社区社会组织党组织一对一结对；三是评估激励机制，党建成效与等级评估、公益创投项目挂钩。'],
      source=None, prov='上海', agency=None, date='2024-07-02', tags=['related_link', 'enumeration', 'relative_date']),
    '本版编辑：聂清　邮箱：llzk@example.cn',
], pagetags=['column_label'])

text_page(f'{P}/2025-01-07/03.txt', 'gb18030', False, 'text', 'national', dict(w=23, nb=True), [
    '神州社会工作报\n2025年1月7日　星期二　第3版　综合新闻', '民政党建快讯',
    A(marker='■', tl=['民政部直属机关开展党组织书记述职评议'],
      body=['12月27日，民政部直属机关党委召开2024年度直属机关党组织书记抓基层党建工作述职评议会，12个直属单位党组织书记现场述职，与会人员进行民主测评。'],
      source=None, prov=None, agency='民政部', date='2024-12-27', tags=['national_body', 'year_boundary']),
    A(marker='■', tl=['苏州社工站开展“暖冬行动”'],
      body=['12月下旬，苏州市民政局组织全市96个镇（街道）社工站开展“暖冬行动”，为困难老人、留守儿童等送去棉衣被褥和节日慰问品，党员社工走在前列。'],
      end='（通讯员 葛萍）', source=None, prov='江苏', agency='苏州市民政局', date='2024-12-21', people=['葛萍'],
      tags=['period_date', 'year_boundary']),
    A(marker='●', msp='',
      body=['日前，合肥市蜀山区民政局机关党支部与辖区3家养老服务机构党组织开展结对共建，围绕助餐、助浴、助医等服务开展联学联建活动。'],
      source=None, prov='安徽', agency='合肥市蜀山区民政局', date='2025-01-07', tags=['relative_date']),
    A(marker='●', msp='',
      body=['1月3日，上海市长宁区华阳路街道社区社会组织党建服务站迎来新成员——来自新疆喀什的社工热依拉·\x01艾买提。热依拉·艾买提表示，将用好双语优势，为辖区少数民族群众提供政策咨询和帮办服务。'],
      source=None, prov='上海', agency='华阳路街道', date='2025-01-03', people=['热依拉·艾买提'],
      tags=['dot_name', 'name_verb']),
    A(marker='■', tl=['淄博集中培训社会组织负责人'],
      body=['1月4日至5日，淄博市民政局举办全市社会组织负责人培训班，围绕党建工作、财务管理、风险防范等内容进行授课，200余名社会组织负责人参训。'],
      end='（淄博市民政局供稿）', source='淄博市民政局', prov='山东', agency='淄博市民政局', date='2025-01-04'),
    A(bracket=True, title='嘉兴',
      body=['1月2日，嘉兴市民政局召开党组理论学习中心组学习会，专题学习二十届三中全会精神，研究部署2025年民政系统党建工作。'],
      source=None, prov='浙江', agency='嘉兴市民政局', date='2025-01-02'),
    '编辑：严冬　校对：马骁',
], pagetags=['column_label'])

text_page(f'{P}/2023-11-21/05.txt', 'utf-8', False, 'ocr', 'national', dict(w=21, jit=3), [
    '神州社会工作报　 2023年1]月21日　星期二\n笫 5 版', '社会组织 · 党建',
    A(tl=['山东省民政厅召开全省民政系统', '', '清廉机关建设现场推进会'], lead='本报讯（通讯员 孔祥瑞）',
      body=['11月15日上午，山东省民政厅在潍坊市召开全省民政系统清廉机关建设现场推进会，与会人员实地观摩了潍坊市民政局、寒亭区民政局清廉机关建设点位。',
            '会议通报了笫一批全省民政系统清廉机关建设示范单位评选情况， 1O个单位作了交流发言。省民政厅党组书记、厅长刘长庚出席会议并讲话。',
            '会议强调，要坚定不移推进全面从严治党，把清廉机关建设融入民政业务全过程，持之以恒纠治“四风”，锲而不舍落实中央八项规定精神。'],
      caps=['图为与会人员在寒亭区民政局观摩。（孔祥瑞 摄）'], cap_at=0,
      source=P, prov='山东', agency='山东省民政厅', date='2023-11-15', people=['孔祥瑞', '刘长庚'],
      tags=['multi_line_title', 'half_day_date', 'stray_spaces']),
    A(tl=['宣城选派机关党员干部', '担任社会组织党建指导员'],
      body=['近日，宣城市民政局从市直机关选派2l名党员干部，担任全市重点社会组织党建指导员，实行“一对一”联系指导。',
            '党建指导员每月至少到联系社会组织开展一次指导，帮助建立健全“三会一课” 、主题党日等制度，推动党建工作与业务工作同部署、同落实。'],
      end='（据安徽省民政厅）', source='安徽省民政厅', prov='安徽', agency='宣城市民政局', date='2023-11-21',
      tags=['multi_line_title', 'relative_date', 'province_context', 'stray_spaces']),
    '木版编辑　罗婉清',
], pagetags=['column_label', 'stray_spaces'])

# =====================================================================================================
# 2. 太湖晚报 (江苏, Wuxi)
P = '太湖晚报'
text_page(f'{P}/2024-05-14/A01.txt', 'utf-8', True, 'text', 'provincial', dict(w=16), [
    '太湖晚报\nTAIHU EVENING NEWS\n2024年5月14日　星期二　农历四月初七\n今日16版',
    A(tl=['党建引领　让小巷更有“温度”', '全市1100余名党员“小巷管家”', '活跃在街头巷尾'],
      lead='本报讯（记者 蔡文亮 通讯员 王佳音）',
      body=['5月13日下午，市民政局召开全市“小巷管家”工作推进会。记者从会上获悉，全市已有1100余名党员担任“小巷管家”，覆盖梁溪、滨湖、惠山等区的620条背街小巷。',
            '“小巷管家”由社区党组织统一调度，主要承担环境巡查、矛盾调解、政策宣传等任务，发现问题第一时间通过“锡望”小程序上报处置。今年以来，累计处置各类问题3800余件。',
            '在梁溪区崇安寺街道，退休党员华建明每天早上七点准时出门巡街。“身体还硬朗，能为邻居们做点事，心里踏实。”华建明说。'],
      tail='（下转A07版）', source=P, prov='江苏', agency='无锡市民政局', date='2024-05-13',
      people=['蔡文亮', '王佳音', '华建明'],
      tags=['kicker', 'multi_line_title', 'half_day_date', 'name_verb', 'province_context']),
    A(tl=['市社会组织综合党委', '举办党务工作者培训班'], lead='本报讯（通讯员 钱晨）',
      body=['5月10日至11日，市社会组织综合党委举办全市社会组织党务工作者培训班，来自行业协会商会、民办非企业单位的120余名党务工作者参加培训。',
            '培训采取专题授课、案例教学、现场观摩相结合的方式，重点讲解发展党员程序、“三会一课”规范、党费收缴使用等内容。'],
      source=P, prov='江苏', agency='无锡市社会组织综合党委', date='2024-05-10', people=['钱晨'],
      tags=['multi_line_title', 'province_context']),
    '今日导读\nA05　我市启动“夏季送清凉”行动\nA07　滨湖区：“社工+志愿者”为独居老人织密关爱网\nA09　城市书房延时开放',
    '本报地址：无锡市太湖大道　广告热线：见A16版',
], pagetags=['contents_list'])

text_page(f'{P}/2024-05-14/A07.txt', 'utf-8', False, 'text', 'provincial', dict(w=16), [
    'A07\n2024年5月14日　星期二\n民生·党建',
    A(head='（上接A01版）',
      body=['“以前楼道里堆满杂物，电瓶车到处停，现在清清爽爽。”家住崇安寺街道的居民周秀娟告诉记者，“小巷管家”上门劝导了好几次，大家慢慢都自觉了。',
            '据介绍，下一步，市民政局将把“小巷管家”工作纳入社区党组织书记抓基层党建述职评议内容，并探索建立积分激励机制，让更多党员参与基层治理。'],
      source=P, prov='江苏', agency='无锡市民政局', date='2024-05-13', people=['周秀娟']),
    A(tl=['滨湖区：“社工+志愿者”', '为独居老人织密关爱网'], lead='本报讯（记者 孙沛）',
      body=['近日，滨湖区民政局依托16个镇（街道）社工站，组建“社工+志愿者”关爱服务队，为辖区1300余名独居老人提供定期探访服务。',
            '建档立卡　精准服务',
            '服务队为每位独居老人建立一本服务台账，记录健康状况和服务需求。社工唐丽君说：“有的老人腿脚不便，我们就每周上门两次，帮着买菜、配药。”',
            '党员带头　常态上门',
            '各社工站党支部组织党员社工带头认领服务对象，探访中发现的问题及时转交社区和相关部门处理，形成了发现、转办、反馈的闭环。'],
      caps=['社工上门为独居老人测量血压。（记者 孙沛 摄）'], cap_at=0, cpre='▲',
      source=P, prov='江苏', agency='滨湖区民政局', date='2024-05-14', people=['孙沛', '唐丽君'],
      tags=['multi_line_title', 'subheadings', 'name_verb', 'relative_date']),
    A(tl=['惠山区社会组织“红色联盟”成立'],
      body=['5月9日，惠山区社会组织“红色联盟”在堰桥街道成立。联盟由惠山区民政局牵头，首批吸纳行业协会、社会服务机构等42家社会组织党组织。',
            '联盟成员将围绕助老助残、社区治理等领域开展项目合作，实行资源共享、活动共办、党员共管。'],
      end='（惠山区民政局供稿）', source='惠山区民政局', prov='江苏', agency='惠山区民政局', date='2024-05-09'),
    '责任编辑 钱晓雯　美编 陆一鸣　校对 沈清',
])

text_page(f'{P}/2023-09-26/A06.txt', 'utf-8-sig', False, 'text', 'provincial', dict(w=16, nb=True), [
    '太湖晚报　2023.9.26　星期二\nA06　社区',
    A(tl=['“睦邻议事厅”里', '议出民生好事'], top='本报记者　沈佳　通讯员　顾晨',
      body=['9月22日晚，梁溪区清名桥街道南长社区的“睦邻议事厅”里座无虚席，20多名居民代表围绕老旧小区加装电梯各抒己见。',
            '去年以来，清名桥街道党工委在辖区11个社区推行“睦邻议事厅”，由社区党组织书记担任召集人，党员、居民代表和社会组织负责人共同参与，截至目前已协商解决民生事项186件。',
            '“大家坐下来好好商量，没有解不开的疙瘩。”居民代表许国平说。'],
      source=P, prov='江苏', agency='清名桥街道党工委', date='2023-09-22', people=['沈佳', '顾晨', '许国平'],
      tags=['multi_line_title', 'name_verb']),
    '社区快递',
    A(bracket=True, title='惠山区',
      body=['9月20日，惠山区民政局组织机关党员赴无锡革命陈列馆开展主题党日活动，重温入党誓词。'],
      source=None, prov='江苏', agency='惠山区民政局', date='2023-09-20'),
    A(marker='【快讯】', msp='',
      body=['近日，锡山区东港镇社会组织党群服务中心投入使用，可为辖区社会组织提供党建指导、能力培训、场地共享等服务。'],
      source=None, prov='江苏', agency='东港镇', date='2023-09-26', tags=['relative_date']),
    A(bracket=True, title='宜兴',
      body=['9月下旬，宜兴市民政局开展社会组织党建工作专项督查，对全市63家社会组织党组织逐一“体检”。'],
      end='（通讯员 陈默）', source=None, prov='江苏', agency='宜兴市民政局', date='2023-09-21', people=['陈默'],
      tags=['period_date']),
    '编辑 华玲　校对 吴迪',
], pagetags=['column_label'])

text_page(f'{P}/2024-12-31/A05.txt', 'gb18030', False, 'text', 'provincial', dict(w=16), [
    'A05　民生\n2024年12月31日　星期二　太湖晚报',
    A(tl=['江阴市民政局', '', '开展“清廉民政”主题党日活动'], lead='本报讯（通讯员 朱珂）', double=True,
      body=['12月中旬，江阴市民政局机关党支部组织开展“清廉民政”主题党日活动，引导党员干部筑牢拒腐防变思想防线。',
            '活动形式多样：一是开展警示教育，组织党员观看警示教育片、旁听职务犯罪庭审；二是开展廉政谈话，支部书记与党员逐一谈心谈话；三是开展风险排查，围绕社会救助、养老服务等重点领域梳理廉政风险点41个。',
            '该局党支部负责人表示，将以此次活动为契机，坚定不移推进全面从严治党，以清廉机关建设护航民政事业高质量发展。'],
      source=P, prov='江苏', agency='江阴市民政局', date='2024-12-11', people=['朱珂'],
      tags=['multi_line_title', 'enumeration', 'period_date']),
    A(tl=['新吴区召开社会组织党建工作联席会议'], lead='本报讯（记者 蔡文亮）',
      body=['12月27日上午，新吴区委社会工作部召开全区社会组织党建工作联席会议，区民政局、区市场监管局等12家成员单位参加。',
            '会议通报了全区社会组织党的组织和党的工作覆盖情况，研究了2025年重点任务清单。'],
      source=P, prov='江苏', agency='新吴区委社会工作部', date='2024-12-27', people=['蔡文亮'],
      tags=['half_day_date']),
    A(tl=['锡山区党员志愿者', '为困难群众送去冬日温暖'], title_after=True,
      body=['12月下旬，锡山区民政局联合区慈善总会，组织党员志愿者走访慰问全区低保、特困家庭320户，送去米、油、棉被等物资。',
            '走访中，党员志愿者逐户了解困难群众生活状况，对发现的问题建立台账、限时解决。'],
      end='（据无锡市民政局）', source='无锡市民政局', prov='江苏', agency='锡山区民政局', date='2024-12-21',
      tags=['multi_line_title', 'period_date']),
    '责任编辑 钱晓雯　美编 陆一鸣',
])

# =====================================================================================================
# 3. 浣纱融媒 (浙江, 诸暨 county)
P = '浣纱融媒'
text_page(f'{P}/2024-04-19/03.txt', 'utf-8', True, 'text', 'county', dict(w=20, stray=True), [
    '浣纱融媒·诸暨新闻\n2024年4月19日　星期五　第3版', '基层治理',
    A(tl=['暨阳街道：“红色楼长”', '把服务送到家门口'],
      body=['4月17日，暨阳街道党工委召开“红色楼长”工作交流会，总结推广楼道党建经验做法。目前，街道已在辖区286幢居民楼选聘“红色楼长”312名。',
            '“红色楼长”大多由退休党员、在职党员担任，负责收集民情民意、调解邻里纠纷、帮扶困难群众。去年以来，累计收集各类意见建议900余条，办结率达96%。'],
      endline='（融媒记者 赵一帆 通讯员 陈璐）', caps=['“红色楼长”上门走访独居老人。　赵一帆 摄'], cpre='▲',
      source=P, prov='浙江', agency='暨阳街道党工委', date='2024-04-17', people=['赵一帆', '陈璐'],
      tags=['multi_line_title', 'province_context']),
    A(tl=['市民政局举办“三会一课”', '规范化建设观摩会'],
      body=['4月16日上午，诸暨市民政局举办全市民政系统“三会一课”规范化建设观摩会，与会人员先后走进店口镇养老服务中心党支部、诸暨市慈善总会党支部，现场观摩支部主题党日活动。',
            '观摩会上，6个党支部书记作交流发言。会议要求，各党支部要对照标准查漏补缺，推动组织生活严起来、实起来。'],
      endline='（融媒记者 何静）', source=P, prov='浙江', agency='诸暨市民政局', date='2024-04-16', people=['何静'],
      tags=['multi_line_title', 'half_day_date', 'province_context']),
    '民政动态',
    A(marker='●', msp='',
      body=['日前，枫桥镇党委召开全镇社会组织党建工作推进会，部署开展社会组织党组织“亮身份、亮承诺”活动，全镇28家社会组织参加。'],
      source=None, prov='浙江', agency='枫桥镇党委', date='2024-04-19', tags=['relative_date', 'province_context']),
    A(marker='●', msp='',
      body=['4月15日，诸暨市社会组织服务中心党支部组织党员走进浣东街道城东社区，开展政策宣讲和便民服务活动。'],
      end='（通讯员 石磊）', source=None, prov='浙江', agency='诸暨市社会组织服务中心', date='2024-04-15',
      people=['石磊'], tags=['province_context']),
    '编辑：寿佳　校对：俞洁',
], pagetags=['column_label'])

text_page(f'{P}/2024-04-19/04.txt', 'utf-8', False, 'text', 'county', dict(w=20), [
    '浣纱融媒·诸暨新闻\n2024年4月19日　第4版　公示公告',
    A(tl=['关于表彰2023年度全市社会组织', '优秀党组织和优秀党务工作者的决定'],
      body=['各镇乡（街道）社会组织党组织，各有关单位：',
            '2023年，全市社会组织各级党组织坚持以习近平新时代中国特色社会主义思想为指导，认真落实全面从严治党要求，涌现出一批先进典型。为表彰先进、激励担当，诸暨市社会组织综合党委决定，对以下先进集体和个人予以表彰。',
            '一、优秀社会组织党组织',
            '诸暨市袜业协会党支部、诸暨市物流行业协会党支部、诸暨市义工协会党支部、诸暨市珍珠行业协会党支部',
            '二、优秀党务工作者',
            '王　芳　宣伟明　楼　静　阿不都·\x01热合曼　何晓东　寿丽萍',
            '希望受表彰的先进集体和个人珍惜荣誉、再接再厉，为推动诸暨社会组织高质量发展作出新的更大贡献。'],
      source=None, prov='浙江', agency='诸暨市社会组织综合党委', date='2024-04-19',
      people=['王芳', '宣伟明', '楼静', '阿不都·热合曼', '何晓东', '寿丽萍'],
      tags=['multi_line_title', 'honour_list', 'dot_name', 'relative_date', 'province_context']),
    A(tl=['“社工e站”上线', '群众掌上约服务'], title_after=True,
      body=['近日，诸暨市民政局上线“社工e站”线上服务平台，群众通过手机即可预约心理疏导、政策咨询、助老助残等12类社工服务。',
            '平台由市民政局机关党支部党员干部牵头运营，实行“接单—派单—评价”闭环管理，上线首周即收到服务预约230余单。'],
      endline='（融媒记者 何静）', source=P, prov='浙江', agency='诸暨市民政局', date='2024-04-19', people=['何静'],
      tags=['multi_line_title', 'relative_date', 'province_context']),
    '编辑：寿佳',
])

text_page(f'{P}/2025-02-14/02.txt', 'gb18030', True, 'text', 'county', dict(w=20, ind='　　'), [
    '浣纱融媒·诸暨新闻　2025年2月14日　星期五　第2版　要闻',
    A(tl=['开局之年谋新篇', '诸暨社会组织党建“三项行动”全面铺开'],
      body=['今年以来，诸暨市民政局以学习贯彻二十届三中全会精神为牵引，在全市社会组织中部署开展书记领航、堡垒提质、先锋亮绩“三项行动”，推动党建引领社会组织高质量发展。',
            '书记领航',
            '分层分类开展社会组织党组织书记轮训，2月10日首期培训班开班，68名党组织书记参训。',
            '堡垒提质',
            '对全市社会组织党组织开展星级评定，对评定为一星、二星的党组织实行“一支部一方案”整改提升。',
            '先锋亮绩',
            '组织社会组织党员亮身份、亮承诺、亮实绩，在助老、助残、助学等领域认领服务项目。'],
      endline='（融媒记者 赵一帆）', source=P, prov='浙江', agency='诸暨市民政局', date='2025-02-14',
      people=['赵一帆'], tags=['kicker', 'subheadings', 'relative_date', 'province_context']),
    A(tl=['店口镇养老服务中心党支部', '获评全省民政系统“五星”支部'],
      body=['2月12日，记者从市民政局获悉，店口镇养老服务中心党支部获评2024年度全省民政系统“五星”党支部，是我市唯一获此荣誉的养老机构党组织。',
            '近年来，该支部推行“党员+护理员”结对模式，每名党员结对联系2名护理员、5位老人，服务满意度保持在98%以上。'],
      endline='（融媒记者 何静 通讯员 陈璐）', source=P, prov='浙江', agency='店口镇养老服务中心',
      date='2025-02-12', people=['何静', '陈璐'], tags=['multi_line_title', 'province_context']),
    '编辑：俞洁　校对：寿佳',
])

text_page(f'{P}/2022-12-09/03.txt', 'utf-8-sig', False, 'text', 'county', dict(w=20, nb=True), [
    '浣纱融媒·诸暨新闻　2022年12月9日　星期五　第3版', '党建',
    A(tl=['学习贯彻党的二十大精神', '诸暨民政在行动'], top='融媒记者　赵一帆',
      body=['12月7日，诸暨市民政局党组召开理论学习中心组学习会，深入学习党的二十大报告，交流学习体会。',
            '会议强调，要深刻领悟“两个确立”的决定性意义，把学习成果转化为推动民政工作的实际成效，聚焦兜底保障、养老服务、社会组织管理等重点任务，谋划好明年工作。'],
      source=P, prov='浙江', agency='诸暨市民政局', date='2022-12-07', people=['赵一帆'],
      tags=['multi_line_title', 'province_context']),
    A(tl=['民政干部要当好群众的“贴心人”'], top='文/楼晓岚',
      body=['民政工作连着千家万户，是最直接的民生工作。民政干部离群众最近，群众的冷暖安危，就是我们的工作重心。',
            '当好“贴心人”，就要多到困难群众家里走一走、坐一坐，把政策讲明白，把难事办妥帖，让党的温暖传递到每一个角落。'],
      source=None, prov=None, agency=None, date='2022-12-09', people=['楼晓岚']),
    A(tl=['陶朱街道社会组织', '党群服务中心揭牌'],
      body=['12月5日，陶朱街道社会组织党群服务中心揭牌运行。中心设有党员活动室、孵化培育区、议事协商室等功能区域，将为辖区60余家社会组织提供一站式服务。'],
      end='（通讯员 石磊）', source=None, prov='浙江', agency='陶朱街道', date='2022-12-05', people=['石磊'],
      tags=['multi_line_title', 'province_context']),
    '编辑：寿佳　校对：俞洁',
], pagetags=['column_label'])

# =====================================================================================================
# 5. 齐风日报 (山东)
P = '齐风日报'
text_page(f'{P}/2024-10-15/07.txt', 'utf-8', False, 'text', 'provincial', dict(w=18, stray=True), [
    '齐风日报\n2024年10月15日　星期二\n7', '民政·党建',
    A(tl=['省民政厅：以“三级联动”', '深化模范机关建设'], top='□本报记者　杜鹏　通讯员　孔令伟',
      body=['10月11日至12日，省民政厅在临沂市召开全省民政系统模范机关建设“三级联动”观摩交流会，与会人员现场观摩了兰山区社会组织党群服务中心等8个点位。',
            '近年来，省民政厅坚持省市县一体推进，建立健全协调推进、交流互鉴、督导考核等工作机制，全省民政系统建成模范机关建设示范点136个。',
            '“模范机关建设没有休止符，要在常态长效上下功夫。”省民政厅机关党委专职副书记韩雪梅说。'],
      pull='模范机关建设没有休止符，要在常态长效上下功夫', pull_at=0,
      caps=['与会人员在兰山区社会组织党群服务中心观摩。（本报记者 杜鹏 摄）'],
      source=P, prov='山东', agency='山东省民政厅', date='2024-10-11', people=['杜鹏', '孔令伟', '韩雪梅'],
      tags=['multi_line_title', 'province_context', 'name_verb']),
    A(tl=['德州：“党建+”赋能社区社会组织'],
      body=['近日，德州市民政局实施社区社会组织“党建+”赋能计划，从党建指导、项目孵化、人才培养三个方面为社区社会组织提供支持，首批扶持项目58个。',
            '计划实施以来，全市社区社会组织参与矛盾调解、环境整治、邻里互助等活动1200余场次。'],
      end='（据德州市民政局）', source='德州市民政局', prov='山东', agency='德州市民政局', date='2024-10-15',
      tags=['relative_date', 'province_context']),
    A(tl=['枣庄市社会组织综合党委', '开展党务工作者业务竞赛'], lead='本报枣庄讯（通讯员 褚衍良）',
      body=['10月10日，枣庄市社会组织综合党委举办全市社会组织党务工作者业务知识竞赛，来自42家社会组织的党务工作者同台竞技。'],
      source=P, prov='山东', agency='枣庄市社会组织综合党委', date='2024-10-10', people=['褚衍良'],
      tags=['multi_line_title', 'province_context']),
    '本版编辑　辛蕊　　美编　赵阳',
], pagetags=['column_label'])

text_page(f'{P}/2024-10-15/08.txt', 'gb18030', True, 'text', 'provincial', dict(w=18), [
    '齐风日报　2024年10月15日　星期二\n8　综合', '民政快讯',
    A(marker='◆', tl=['青岛市南区社会组织党建服务中心启用'],
      body=['10月12日，青岛市市南区民政局建设的区社会组织党建服务中心正式启用，可为辖区300余家社会组织提供党建指导、政策咨询、活动场地等服务。'],
      source=None, prov='山东', agency='青岛市市南区民政局', date='2024-10-12'),
    A(marker='◆', tl=['烟台开展“四风”问题专项整治'],
      body=['10月上旬，烟台市民政局在全市民政系统开展“四风”问题专项整治，重点查纠形式主义、官僚主义问题，建立整改台账23项。'],
      source=None, prov='山东', agency='烟台市民政局', date='2024-10-01', tags=['period_date']),
    A(marker='◆', msp='',
      body=['日前，济宁市任城区民政局联合区委社会工作部举办新就业群体党建工作培训班，快递、外卖等行业80余名党员参加。'],
      source=None, prov='山东', agency='济宁市任城区民政局', date='2024-10-15', tags=['relative_date']),
    A(marker='◆', tl=['潍坊社工站来了“双语社工”'],
      body=['10月9日，潍坊市奎文区大虞街道社工站迎来一名“双语社工”——哈萨克族姑娘阿依达娜\x01·哈孜别克。阿依达娜·哈孜别克说，她会用好自己的语言优势，为辖区少数民族群众做好服务。'],
      source=None, prov='山东', agency='大虞街道', date='2024-10-09', people=['阿依达娜·哈孜别克'],
      tags=['dot_name', 'name_verb']),
    A(marker='◆', msp='',
      body=['10月11日，菏泽市民政局组织机关党员到冀鲁豫边区革命纪念馆开展主题党日活动。'],
      end='（通讯员 于洋）', source=None, prov='山东', agency='菏泽市民政局', date='2024-10-11', people=['于洋']),
    '本版编辑　辛蕊',
], pagetags=['column_label'])

text_page(f'{P}/2023-01-10/06.txt', 'utf-8-sig', False, 'text', 'provincial', dict(w=18), [
    '6\n2023年1月10日　星期二\n齐风日报　民生',
    A(tl=['聊城市民政局', '召开年度机关党建述职评议会'], lead='本报聊城讯（记者 高翔）',
      body=['12月30日，聊城市民政局召开2022年度机关党组织书记抓基层党建工作述职评议会，局机关7个党支部书记逐一述职。',
            '会议要求，各党支部要认真学习宣传贯彻党的二十大精神，针对述职评议中查摆出的问题建立清单、限期整改，推动机关党建与民政业务深度融合。'],
      source=P, prov='山东', agency='聊城市民政局', date='2022-12-30', people=['高翔'],
      tags=['multi_line_title', 'year_boundary', 'province_context']),
    '延伸阅读',
    A(tl=['什么是党组织书记抓基层党建工作述职评议'],
      body=['党组织书记抓基层党建工作述职评议考核，是落实管党治党责任的重要制度安排。一般每年年底或次年年初进行，由党组织书记围绕履行党建责任情况进行述职，接受评议和测评。'],
      source=None, prov=None, agency=None, date='2023-01-10', tags=['related_link']),
    A(tl=['滨州民政', '开展新春走访慰问'], title_after=True,
      body=['1月5日，滨州市民政局组织党员干部深入社区，走访慰问困难党员、老党员和生活困难群众，送去慰问金和慰问品。',
            '走访中，党员干部与困难群众拉家常、问冷暖，详细了解他们的生活状况和实际需求。'],
      end='（据滨州市民政局）', source='滨州市民政局', prov='山东', agency='滨州市民政局', date='2023-01-05',
      tags=['multi_line_title', 'province_context']),
    '本版编辑　辛蕊　　美编　赵阳',
])

text_page(f'{P}/2022-08-16/05.txt', 'utf-8', False, 'ocr', 'provincial', dict(w=19, jit=3), [
    '齐风日报　2O22年8月l6日　星期二\n5　民 生',
    A(tl=['泰安：社会组织党员', '', '“双报到”激活治理末梢'], lead='本报泰安讯（记者 吕明远 通讯员 赵晓）',
      body=['8月12日上午，泰安市民政局召开社会组织党员“双报到”工作推进会，要求全市社会组织党组织到所在社区报到、党员到居住地社区报到。',
            '截至目前，全市已有3l6个社会组织党组织、2400余名党员完成报到，认领服务项目700余个。笫三季度，还将开展“双报到” 服务成效评估。'],
      source=P, prov='山东', agency='泰安市民政局', date='2022-08-12', people=['吕明远', '赵晓'],
      tags=['multi_line_title', 'half_day_date', 'province_context', 'stray_spaces']),
    A(tl=['全省民政系统开展', '党建业务融合调研'], lead='本报讯（记者 吕明远）',
      body=['8月上旬，省民政厅组成6个调研组，分赴16市开展党建与业务融合发展专题调研，重点了解基层民政机关党建工作开展情况。',
            '调研组采取座谈交流、查阅资料、实地走访等方式，共召开座谈会4O余场，梳理形成问题清单和经验做法清单。'],
      tail='（下转笫6版）', source=P, prov='山东', agency='山东省民政厅', date='2022-08-01', people=['吕明远'],
      tags=['multi_line_title', 'period_date', 'province_context']),
    '责仼编辑　辛蕊',
], pagetags=['stray_spaces'])

# =====================================================================================================
# 6. 皖韵党建 (安徽 magazine)
P = '皖韵党建'
text_page(f'{P}/2024-05-01/18.txt', 'utf-8', False, 'text', 'magazine', dict(w=24), [
    '18\n皖韵党建　2024年第5期', '基层一线',
    A(tl=['“小蜜蜂”飞进大社区', '——芜湖市镜湖区社区社会组织党建工作见闻'], top='本刊记者　方圆　通讯员　许晴',
      body=['4月下旬，记者走进芜湖市镜湖区，看到一群身穿红马甲的“小蜜蜂”志愿者活跃在大街小巷。他们来自辖区87家社区社会组织，背后是一张日益紧密的党建网络。',
            '“两个覆盖”从有形到有效',
            '镜湖区民政局把社区社会组织党建纳入街道党工委年度考核，通过单独组建、联合组建等方式，实现党的工作全覆盖。',
            '服务项目从零散到集成',
            '区里搭建“社区吹哨、组织报到”平台，将群众需求转化为服务项目，由社区社会组织认领。“过去是各干各的，现在是握指成拳。”镜湖区民政局局长汪振华说。'],
      pull='过去是各干各的，现在是握指成拳。', pull_at=2,
      caps=['“小蜜蜂”志愿者在社区开展助老服务。　方圆　摄'], cap_at=0,
      source=P, prov='安徽', agency='镜湖区民政局', date='2024-04-21', people=['方圆', '许晴', '汪振华'],
      tags=['subtitle', 'subheadings', 'name_verb', 'period_date', 'province_context']),
    A(tl=['淮北：社会组织党员“亮身份”'],
      body=['近日，淮北市民政局在全市社会组织中开展党员“亮身份、亮承诺、亮实绩”活动，1600余名党员佩戴党徽上岗、公开承诺事项。'],
      end='（淮北市民政局供稿）', source='淮北市民政局', prov='安徽', agency='淮北市民政局', date='2024-05-01',
      tags=['relative_date', 'province_context']),
], pagetags=['column_label'])

text_page(f'{P}/2024-05-01/32.txt', 'utf-8', True, 'text', 'magazine', dict(w=24, ind='　　'), [
    '皖韵党建　2024年第5期　32', '理论园地',
    A(tl=['新时代机关党建', '“以学促干”的实践路径'], top='何嘉禾',
      body=['摘要：以学促干是主题教育的重要目标，也是机关党建服务中心工作的内在要求。本文从学习机制、转化机制、评价机制三个方面，探讨以学促干的实践路径。',
            '关键词：机关党建；以学促干；模范机关',
            '（一）健全常态学习机制',
            '机关党组织要落实“第一议题”制度和理论学习中心组学习制度，把学习习近平新时代中国特色社会主义思想作为首要政治任务，推动学习往深里走、往心里走。',
            '（二）健全成果转化机制',
            '一是以调研促转化，围绕业务难点开展专题调研；二是以项目促转化，将学习成果转化为具体工作项目；三是以制度促转化，把行之有效的做法固化为制度规范。',
            '（三）健全实绩评价机制',
            '把干部在推动高质量发展中的实际表现作为检验学习成效的重要标准，推动模范机关建设走深走实。'],
      endline='（作者单位：安徽大学马克思主义学院）', source=None, prov=None, agency=None, date='2024-05-01',
      people=['何嘉禾'], tags=['multi_line_title', 'subheadings', 'enumeration']),
    '读者来信',
    A(tl=['期待多刊发基层鲜活案例'],
      body=['作为一名基层民政干部，我每期都认真阅读贵刊。“基层一线”栏目刊发的案例接地气、可借鉴，我们局机关党支部多次组织党员集体学习讨论。',
            '希望贵刊今后多刊发社会救助、养老服务等领域党建与业务融合的鲜活案例，为基层提供更多参考。'],
      endline='（马鞍山市民政局　沈晨）', source=None, prov='安徽', agency='马鞍山市民政局', date='2024-05-01',
      people=['沈晨']),
], pagetags=['column_label'])

text_page(f'{P}/2023-08-01/12.txt', 'utf-8', False, 'ocr', 'magazine', dict(w=23, jit=4), [
    '皖韵党建　2O23年笫8期\nl2', '清廉机关',
    A(tl=['“清廉机关”建设的', '', '亳州实践'], top='本刊通讯员　葛蕾',
      body=['7月中旬，亳州市民政局召开清廉机关建设推进会，总结半年来工作成效，部署下一阶段重点任务。',
            '今年以来，该局围绕“清廉民政”主题，在局机关和直属单位开展廉政风险排查，共梳理风险点5l个，制定防控措施l20条。',
            '笫一，抓教育。每季度开展一次警示教育，组织党员干部参观廉政教育基地。笫二，抓制度。修订完善社会救助、养老服务补贴等领域内控制度l8项。笫三，抓监督。聘请社会监督员对民政服务窗口进行暗访。'],
      source=P, prov='安徽', agency='亳州市民政局', date='2023-07-11', people=['葛蕾'],
      tags=['multi_line_title', 'period_date', 'enumeration', 'province_context']),
    A(tl=['阜阳：社会救助领域', '开展作风建设专项行动'],
      body=['7月1O日，阜阳市民政局启动社会救助领域作风建设专项行动，聚焦“四风”问题开展自查自纠，畅通群众监督渠道。'],
      end='（阜阳市民政局供稿）', source='阜阳市民政局', prov='安徽', agency='阜阳市民政局', date='2023-07-10',
      tags=['multi_line_title', 'province_context']),
], pagetags=['column_label'])

text_page(f'{P}/2023-08-01/13.txt', 'utf-8', False, 'ocr', 'magazine', dict(w=23, jit=4), [
    'l3\n皖韵党建　2O23年 笫8期', '党建动态',
    A(marker='●', tl=['安庆：机关党员进社区'],
      body=['7月2O日，安庆市民政局组织机关党员到迎江区人民路街道开展“双报到”志愿服务，帮助社区排查安全隐患。'],
      source=None, prov='安徽', agency='安庆市民政局', date='2023-07-20', tags=['province_context']),
    A(marker='●', msp='',
      body=['日前，黄山市民政局举办社会组织党组织书记培训班，全市6O余名社会组织党组织书记参加。'],
      source=None, prov='安徽', agency='黄山市民政局', date='2023-08-01', tags=['relative_date', 'province_context']),
    A(marker='●', tl=['六安市社会组织党委成立'],
      body=['7月26日上午，六安市社会组织党委成立大会召开，首批隶属党组织32个。'],
      source=None, prov='安徽', agency='六安市社会组织党委', date='2023-07-26',
      tags=['half_day_date', 'province_context']),
    A(marker='●', msp='',
      body=['7月2l日，滁州市民政局召开党组理论学习中心组学习会，专题学习总体国家安全观。'],
      end='（据安徽省民政厅）', source='安徽省民政厅', prov='安徽', agency='滁州市民政局', date='2023-07-21'),
], pagetags=['column_label'])


# =====================================================================================================
# 7. 瓯江民政网 (浙江 Wenzhou portal, HTML)
P = '瓯江民政网'
E = H.escape


def html_write(path, enc, doc):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(doc.encode(enc))


HEAD = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{cs}">
<title>{t}_瓯江民政网</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div class="top">瓯江民政网　|　温州市民政局主办　<a href="/">首页</a>　<a href="/zwgk/">政务公开</a>　<a href="/gzdt/">工作动态</a>　<a href="/djgz/">党建工作</a></div>
'''
FOOT = '''<div class="footer">
<p>主办单位：温州市民政局　地址：温州市鹿城区</p>
<p>建议使用1920×1080分辨率浏览</p>
</div>
</body>
</html>
'''


def art_page(path, enc, a, info, crumbs, extra_after='', pagetags=()):
    body_html = []
    for i, p in enumerate(a['body']):
        if p in a.get('_subs', ()):
            body_html.append(f'<p><strong>{E(p)}</strong></p>')
        else:
            body_html.append(f'<p style="text-indent:2em;">{E(p)}</p>')
        for c in a['caps']:
            if a['cap_at'] == i:
                body_html.append(f'<p class="img"><img src="/upload/{zlib.crc32(c.encode()) % 9999}.jpg"></p>\n<p class="img-note">{E(c)}</p>')
    t = a['title']
    h1 = '<br>'.join(E(x) for x in a['tl'])
    doc = HEAD.format(cs='utf-8' if enc == 'utf-8' else 'gb2312', t=E(t)) + f'''<div class="crumbs">当前位置：{crumbs}</div>
<div class="article">
<h1>{h1}</h1>
<div class="info">{info}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
{chr(10).join(body_html)}
</div>
{extra_after}
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
''' + FOOT
    html_write(path, enc, doc)
    record(path, enc, False, 'html', 'provincial', pagetags, [a])


a = A(tl=['温州市民政局召开社会组织党建工作推进会'],
      body=['8月22日下午，温州市民政局召开全市社会组织党建工作推进会，通报上半年全市社会组织党建工作情况，部署下阶段重点任务。',
            '会议指出，今年以来，全市各级社会组织党组织深入学习贯彻党的二十大精神，推动党的组织和党的工作“两个覆盖”持续扩大，全市社会组织党组织覆盖率达到92.6%。',
            '会议要求，要聚焦“三个一批”目标，培育一批党建示范点、选树一批优秀党务工作者、推广一批典型案例，以高质量党建引领社会组织高质量发展。'],
      caps=['会议现场。（林晓 摄）'], cap_at=0,
      source='温州市民政局', prov='浙江', agency='温州市民政局', date='2024-08-22', people=['林晓'],
      tags=['half_day_date'])
a['attr'] = '来源：温州市民政局 作者：林晓'
art_page(f'{P}/2024-08-23/art_3321.html', 'utf-8', a,
         '发布日期：2024-08-23 09:36　来源：温州市民政局　作者：林晓　浏览次数：286',
         '<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> &gt; <a href="/djgz/">党建工作</a>',
         extra_after='''<div class="related"><h3>相关链接</h3><ul>
<li><a href="/art/2024/7/art_3290.html">全市社会组织党务工作者培训班开班</a></li>
<li><a href="/art/2024/6/art_3215.html">我市召开“七一”表彰大会</a></li>
</ul></div>''', pagetags=['related_link'])

a = A(tl=['乐清市民政局“三张清单”推动机关党建与业务深度融合'],
      body=['6月上旬，乐清市民政局召开机关党建工作推进会，推出责任清单、任务清单、问题清单“三张清单”，推动机关党建与民政业务同频共振。',
            '明责任　压紧压实',
            '局党组书记带头领办党建项目，班子成员落实“一岗双责”，各支部书记签订党建工作责任书。',
            '抓任务　项目推进',
            '围绕社会救助、养老服务、婚姻登记等重点业务，确定“党建+业务”融合项目12个，实行项目化管理、清单化推进。',
            '查问题　立行立改',
            '聚焦群众反映强烈的问题开展自查，建立问题整改台账，目前已整改到位问题19个。'],
      source='乐清市民政局', prov='浙江', agency='乐清市民政局', date='2025-06-01',
      tags=['subheadings', 'period_date', 'province_context'])
a['_subs'] = ('明责任　压紧压实', '抓任务　项目推进', '查问题　立行立改')
a['attr'] = '来源：乐清市民政局'
art_page(f'{P}/2025-06-11/art_4410.html', 'utf-8', a,
         '发布日期：2025-06-11 16:02　作者：　来源：乐清市民政局　浏览次数：157',
         '<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> &gt; <a href="/gzdt/xsdt/">县市动态</a>',
         extra_after='''<div class="pn"><p>上一篇：<a href="/art/2025/6/art_4402.html">瑞安市开展社会组织年检培训</a></p>
<p>下一篇：<a href="/art/2025/6/art_4415.html">洞头区举办“海上枫桥”社工服务周</a></p></div>''')

a = A(tl=['关于2022年度全市社会组织党建工作示范点和', '优秀党务工作者拟推荐对象的公示'],
      body=['根据《关于开展2022年度全市社会组织党建工作示范点和优秀党务工作者推选活动的通知》要求，经各地推荐、综合评审，现将拟推荐对象予以公示。',
            '一、社会组织党建工作示范点（5个）',
            '温州市律师协会党委、温州市慈善总会党支部、瑞安市社会工作协会党支部、乐清市义工联合会党支部、文成县老年协会党支部',
            '二、优秀党务工作者（6名）',
            '郑　洁（温州市软件行业协会）、林建国（温州市青年企业家协会）、米日古丽·阿不都（鹿城区社区社会组织联合会）、周　倩（平阳县义工联合会）、陈志远（永嘉县社会工作协会）、黄晓梅（洞头区慈善总会）',
            '公示时间：2023年3月30日至4月5日。公示期间，如有异议，请以书面形式向温州市民政局社会组织管理处反映。'],
      source='温州市民政局', prov='浙江', agency='温州市民政局', date='2023-03-30',
      people=['郑洁', '林建国', '米日古丽·阿不都', '周倩', '陈志远', '黄晓梅'],
      tags=['honour_list', 'dot_name', 'multi_line_title', 'relative_date'])
a['attr'] = '来源：温州市民政局'
art_page(f'{P}/2023-03-30/art_2087.html', 'utf-8', a,
         '发布日期：2023-03-30 10:15　来源：温州市民政局　浏览次数：1024',
         '<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gsgg/">公示公告</a>')

# list page
entries = [
    ('瑞安市民政局开展社会组织党建星级评定',
     '8月20日，瑞安市民政局启动2024年度社会组织党组织星级评定工作，对全市186个社会组织党组织进行分类评定。',
     '瑞安市民政局', '2024-08-21', '瑞安市民政局', '2024-08-20', []),
    ('鹿城区民政局机关党支部开展主题党日活动',
     '日前，鹿城区民政局机关党支部组织党员赴浙南（平阳）抗日根据地旧址开展主题党日活动，重温入党誓词。',
     '鹿城区民政局', '2024-08-19', '鹿城区民政局', '2024-08-19', ['relative_date']),
    ('乐清市社会组织党群服务中心开展党务培训',
     '8月中旬，乐清市社会组织党群服务中心举办党务工作者培训班，60余名社会组织党务工作者参训。',
     '乐清市民政局', '2024-08-16', '乐清市社会组织党群服务中心', '2024-08-11', ['period_date']),
    ('苍南县以党建引领推进养老服务阵地建设',
     '近日，苍南县民政局以党建引领推进养老服务阵地建设，年内新建镇级养老服务中心5家。',
     '苍南县民政局', '2024-08-14', '苍南县民政局', '2024-08-14', ['relative_date']),
    ('永嘉县召开社会组织党建工作联席会议',
     '8月9日上午，永嘉县委社会工作部召开全县社会组织党建工作联席会议，研究部署下半年重点工作。',
     '永嘉县委社会工作部', '2024-08-12', '永嘉县委社会工作部', '2024-08-09', ['half_day_date']),
]
arts, lis = [], []
for t, s, src, stamp, ag, d, tg in entries:
    x = A(tl=[t], body=[s], source=src, prov='浙江', agency=ag, date=d, tags=tg + ['province_context'])
    x['attr'] = '来源：' + src
    arts.append(x)
    lis.append(f'''<li>
  <a class="t" href="/art/{stamp[:4]}/{int(stamp[5:7])}/art_{zlib.crc32(t.encode()) % 9000 + 1000}.html" title="{E(t)}">{E(t)}</a>
  <p class="sum">{E(s)}</p>
  <span class="src">来源：{E(src)}</span><span class="date">{stamp}</span>
</li>''')
doc = HEAD.format(cs='gb2312', t='县市动态') + '''<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> &gt; 县市动态</div>
<div class="list">
<h2>县市动态</h2>
<ul>
''' + '\n'.join(lis) + '''
</ul>
<div class="page">共 236 条　<a href="#">首页</a> <a href="#">上一页</a> <b>12</b> <a href="#">下一页</a> <a href="#">尾页</a></div>
</div>
''' + FOOT
html_write(f'{P}/2024-08-23/list_12.html', 'gb18030', doc)
record(f'{P}/2024-08-23/list_12.html', 'gb18030', False, 'html', 'provincial', [], arts)


# =====================================================================================================
# 4. 淞沪民政党建简报 (上海 Word bulletin)
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

P = '淞沪民政党建简报'
SH = '上海市民政局'


def bulletin(path, issue_line, date_cn, items, dist, note=None, pagetags=()):
    doc = Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('淞沪民政党建简报')
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0xC0, 0, 0)
    p = doc.add_paragraph(issue_line)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph('上海市民政局机关党委办公室　　　　　　　　' + date_cn)
    doc.add_paragraph('━' * 22)
    arts = [x for x in items if isinstance(x, dict)]
    doc.add_paragraph('本期目录')
    for x in arts:
        if x['title'] and not x['marker'] and not x['bracket']:
            doc.add_paragraph('◎ ' + x['title'])
    if note:
        doc.add_paragraph(note)
    tags = set(pagetags) | {'bulletin_masthead', 'contents_list', 'distribution_lines'}
    if note:
        tags.add('editor_note')
    for x in items:
        if isinstance(x, str):
            q = doc.add_paragraph()
            q.add_run(x).bold = True
            continue
        if x['marker'] or x['bracket']:
            first = x['marker'] + ('【' + x['title'] + '】' if x['bracket'] else '') + x['body'][0] + x['end']
            doc.add_paragraph(first)
            for b in x['body'][1:]:
                doc.add_paragraph(b)
            continue
        q = doc.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, ln in enumerate(x['tl']):
            rr = q.add_run(ln)
            rr.bold = True
            rr.font.size = Pt(16)
            if i < len(x['tl']) - 1:
                rr.add_break()
        for b in x['body']:
            if '\x00' in b:
                q = doc.add_paragraph()
                parts = b.split('\x00')
                for j, part in enumerate(parts):
                    rr = q.add_run(part)
                    if j < len(parts) - 1:
                        rr.add_break()
            else:
                q = doc.add_paragraph(b)
                q.paragraph_format.first_line_indent = Pt(24)
        x['body'] = [b.replace('\x00', '') for b in x['body']]
        if x['endline']:
            q = doc.add_paragraph(x['endline'])
            q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph('━' * 22)
    for d in dist:
        doc.add_paragraph(d)
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    doc.save(full)
    record(path, 'docx', False, 'docx', 'bulletin', tags, arts)


bulletin(f'{P}/2023-04-18/01.docx', '2023年第2期（总第27期）', '2023年4月18日', [
    A(tl=['局党组召开主题教育动员部署会'],
      body=['4月17日，市民政局党组召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会，局党组书记、局长薛文华作动员讲话。',
            '会议强调，要牢牢把握“学思想、强党性、重实践、建新功”的总要求，坚持以学铸魂、以学增智、以学正风、以学促干，确保主题教育高标准高质量开展。',
            '会议对局机关和直属单位开展主题教育作出具体部署，局机关各处室、各直属单位党组织负责同志参加会议。'],
      endline='（局机关党委）', source=SH + '机关党委', prov='上海', agency=SH, date='2023-04-17', people=['薛文华'],
      tags=['province_context']),
    A(tl=['社会救助处党支部开展“走百家、解难题”调研'],
      body=['4月上旬，社会救助处党支部组织党员深入浦东、闵行、宝山等区，走访低保、特困家庭52户，面对面听取意见建议。',
            '支部梳理形成问题清单14项，逐项明确责任人和完成时限，推动调研成果转化为改进工作的具体举措。'],
      endline='（社会救助处党支部　邵婧）', source=SH + '社会救助处党支部', prov='上海', agency=SH,
      date='2023-04-01', people=['邵婧'], tags=['period_date', 'province_context']),
    A(tl=['浦东新区民政局举办主题教育读书班'],
      body=['4月14日，浦东新区民政局举办主题教育读书班，采取集中学习、专题研讨、实地调研相结合的方式，组织局领导班子成员和中层干部开展为期5天的集中学习。'],
      endline='（浦东新区民政局　黄莉）', source='浦东新区民政局', prov='上海', agency='浦东新区民政局',
      date='2023-04-14', people=['黄莉'], tags=['province_context']),
], ['报：市委组织部，市级机关工委', '送：局党组成员', '发：局机关各处室、各直属单位党组织', '（共印50份）'])

bulletin(f'{P}/2024-06-20/01.docx', '2024年第5期（总第41期）', '2024年6月20日', [
    A(tl=['局机关党委关于表彰2023—2024年度', '优秀共产党员和优秀党务工作者的通报'],
      body=['6月18日，局机关党委召开庆祝中国共产党成立103周年暨表彰大会。经各党支部推荐、局机关党委审核，决定对以下同志予以表彰。',
            '优秀共产党员',
            '办公室　吴　敏　　社会救助处　邵　婧　　养老服务处　顾晓蕾　　社会组织管理处　古丽娜尔·\x00托合提　　儿童福利处　蒋一帆',
            '优秀党务工作者',
            '规划财务处　钱　坤　　慈善事业促进处　陆　雯　　局机关第三党支部　何思远',
            '希望受表彰的同志珍惜荣誉、再接再厉，在推进民政事业高质量发展中走在前、作表率。'],
      endline='（局机关党委）', source=SH + '机关党委', prov='上海', agency=SH, date='2024-06-18',
      people=['吴敏', '邵婧', '顾晓蕾', '古丽娜尔·托合提', '蒋一帆', '钱坤', '陆雯', '何思远'],
      tags=['multi_line_title', 'honour_list', 'dot_name', 'province_context']),
    A(tl=['养老服务处党支部推动“三会一课”提质增效'],
      body=['6月14日下午，养老服务处党支部召开支部党员大会，专题研究提升组织生活质量的具体措施。',
            '支部建立“主题党日+业务调研”模式，每月结合养老服务重点工作确定一个学习主题，推动组织生活与业务工作同频共振。'],
      endline='（养老服务处党支部　顾晓蕾）', source=SH + '养老服务处党支部', prov='上海', agency=SH,
      date='2024-06-14', people=['顾晓蕾'], tags=['half_day_date', 'province_context']),
], ['报：市委社会工作部，市级机关工委', '送：局党组成员', '发：局机关各处室、各直属单位党组织', '（共印60份）'])

bulletin(f'{P}/2024-11-05/01.docx', '2024年第9期（总第45期）', '2024年11月5日', [
    A(tl=['以党建引领推动养老服务提质增效', '——局机关第二党支部“党建+业务”融合工作纪实'],
      body=['今年以来，局机关第二党支部坚持把党建工作与养老服务业务工作同谋划、同部署、同推进，形成了一批务实管用的工作机制。',
            '一、聚焦主责主业抓学习',
            '支部严格落实“第一议题”制度，把学习习近平总书记关于养老服务工作的重要论述作为首要任务，全年开展专题学习12次。',
            '二、聚焦群众需求抓服务',
            '一是开展“机关干部进社区”活动，支部党员每月到结对社区参与助餐服务；二是建立问题收集转办机制，累计推动解决老年助餐点布局、适老化改造等问题27件。'],
      endline='（局机关第二党支部）', source=SH + '机关第二党支部', prov='上海', agency=SH, date='2024-11-05',
      tags=['multi_line_title', 'subtitle', 'subheadings', 'enumeration', 'relative_date', 'province_context']),
    A(tl=['徐汇区民政局推进社会组织党建“两个覆盖”'],
      body=['10月下旬，徐汇区民政局对全区社会组织党建工作开展专项排查，对尚未建立党组织的社会组织逐一选派党建指导员。',
            '截至目前，全区社会组织党的组织覆盖率达到91%，党的工作实现全覆盖。'],
      endline='（徐汇区民政局　方一鸣）', source='徐汇区民政局', prov='上海', agency='徐汇区民政局',
      date='2024-10-21', people=['方一鸣'], tags=['period_date', 'province_context']),
    '工作动态',
    A(marker='◆', bracket=True, title='黄浦区',
      body=['10月30日，黄浦区民政局召开机关党建工作推进会，部署开展年度党组织书记抓基层党建述职评议准备工作。'],
      source=None, prov='上海', agency='黄浦区民政局', date='2024-10-30', tags=['province_context']),
    A(marker='◆',
      body=['日前，局机关第四党支部与金山区廊下镇党委开展结对共建，签订助力乡村振兴共建协议。'],
      source=None, prov='上海', agency=SH, date='2024-11-05', tags=['relative_date', 'province_context']),
], ['报：市委社会工作部，市级机关工委', '送：局党组成员', '发：局机关各处室、各直属单位党组织', '（共印60份）'],
    note='编者按：今年以来，局机关各党支部坚持围绕中心、建设队伍、服务群众，涌现出一批党建与业务融合的好做法。本期刊发相关经验，供各党组织学习借鉴。')

bulletin(f'{P}/2025-03-10/01.docx', '2025年第2期（总第48期）', '2025年3月10日', [
    A(tl=['深学笃行二十届三中全会精神', '局党组理论学习中心组开展专题研讨'],
      body=['3月6日，局党组理论学习中心组举行2025年第2次集体学习，围绕二十届三中全会精神和中国式现代化民政篇章开展专题研讨。',
            '局党组书记、局长薛文华主持学习并讲话。他指出，要进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”，在服务超大城市治理中彰显民政担当。'],
      endline='（办公室）', source=SH + '办公室', prov='上海', agency=SH, date='2025-03-06', people=['薛文华'],
      tags=['kicker', 'multi_line_title', 'province_context']),
    A(tl=['闵行区社会组织党建指导站实现街镇全覆盖'],
      body=['近日，闵行区民政局推动全区14个街镇全部建成社会组织党建指导站，配备专职党建指导员46名。',
            '指导站承担社会组织党建工作指导、党员教育管理、党组织组建等职责，实行“一站一品”创建。'],
      endline='（闵行区民政局　朱莉莉）', source='闵行区民政局', prov='上海', agency='闵行区民政局',
      date='2025-03-10', people=['朱莉莉'], tags=['relative_date', 'province_context']),
    A(tl=['局机关第三党支部开展“学雷锋”志愿服务'],
      body=['3月5日上午，局机关第三党支部组织党员志愿者走进长宁区程家桥街道，开展政策咨询、义诊等志愿服务。'],
      endline='（局机关第三党支部　何思远）', source=SH + '机关第三党支部', prov='上海', agency=SH,
      date='2025-03-05', people=['何思远'], tags=['half_day_date', 'province_context']),
], ['报：市委社会工作部，市级机关工委', '送：局党组成员', '发：局机关各处室、各直属单位党组织', '（共印60份）'])

# settled in round twelve (docs/truth_conventions.md, kind 12.2: a reader's letter about the publication
# itself names no agency); each old value asserted.
_TRUTH12 = [
    ('皖韵党建/2024-05-01/32.txt', 2, 'agency', '马鞍山市民政局', None, '12.2'),
]


def _truth12_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH12:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


with open(os.path.join(HERE, f'truth-{SET}.json'), 'w', encoding='utf-8') as f:
    json.dump(dict(sorted(_truth12_align(TRUTH).items())), f, ensure_ascii=False, indent=1)
print(len(TRUTH), 'pages', sum(len(v['articles']) for v in TRUTH.values()), 'articles')
