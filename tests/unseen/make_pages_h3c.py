"""Truth pages (held back as batch h3, now development). make_pages_h3c.py — held-back truth pages, batch h3, set h3c (provinces 四川 重庆 贵州 云南 西藏).

Writes every page under <publication>/<YYYY-MM-DD>/<page>.<ext> next to this file and truth-h3c.json.
Run with /work/main/.venv/bin/python (python-docx is needed for the Word bulletins).
All articles, people, agencies' activities and numbers are invented.

PUBLICATIONS (7 x 4 pages = 28 pages)
1. 嘉陵江日报 — 四川 (南充 prefecture daily) — provincial — 4 text layers
   (utf-8 LF; gb18030 LF; utf-8-sig CRLF; utf-8 CRLF). Styles: masthead/date/page-number header and
   责任编辑 footer; column labels 【党建引领】 and 党建快讯; 本报讯（记者 … 通讯员 …） dateline glued to
   the lead; kicker over a two-line main title; a double-spaced article with a top byline and a closing
   caption; a title printed after its article (after （据…）); a （上接第A01版） fragment; a ——subtitle
   feature with a pull quote; 一是/二是 enumeration; a (下转第A04版) article; a page with no blank
   lines at all (year-boundary report, honour list with padded two-character names, a title-less item
   closed by （通讯员 …）); ■ brief items (with and without headline); 本报评论员 commentary.
2. 社会治理导报 — national weekly — 4 text layers (utf-8; utf-8-sig; gb18030 CRLF; utf-8 CRLF).
   Styles: multi-line header with an English label; 编者按 above an interview (——访…, 记者：/name：
   turns); 本报北京…电 datelines; national bodies (民政部, 中央和国家机关工委, 中央社会工作部);
   a theory piece with the author's name under the title and （作者系…） at the end, numbered
   subheadings, pull quote; 新华社…电 copy; a （上接第1版） fragment closed by （记者 …）;
   a Uyghur name (dot name) broken across a line after the dot; a no-blank-lines 要闻速览 page of
   ◆ briefs with December events in a January issue.
3. 苍洱党建 — 云南 (大理) monthly magazine — magazine — 4 text layers (utf-8; utf-8-sig; gb18030;
   utf-8 CRLF); folder date = first day of the issue month. Styles: 本期目录 contents list with dotted
   leaders; 卷首语 by 本刊编辑部; 本刊讯（记者 …）; theory article with 摘要：/关键词： lines, 一、/（一）
   subheadings, a running footer floating INSIDE the article (· 18 · / 苍洱党建 2024.06), author under
   the title + （作者单位：…）; a 相关链接 box with its own text; 本刊记者 feature with ▲ caption;
   （供稿：…）; 问：/答： interview; a double-spaced 学习札记 with author line and （作者系…）.
4. 格聂融媒 — 四川 (甘孜 理塘县融媒体中心) — county — 2 text layers (utf-8; gb18030 CRLF) + 2 OCR
   (utf-8; utf-8 CRLF). Styles: 理塘融媒讯（记者 …） datelines; ● briefs; kicker + two-line title;
   Tibetan dot names broken after the dot; (下转第2版); OCR scans with 笫/]/l/O/曰 misreads, split
   lines, a blank line inside two-line titles, heavy stray spaces, a misread header (星朗二); an OCR
   honour list with padded names; a title after its article in OCR.
5. 两江都市报 — 重庆 city daily — provincial — 4 HTML pages (utf-8 article page with kicker <h3>,
   caption and 延伸阅读 box + 本版其他文章 sidebar; gb18030 版面 page with three full articles;
   utf-8 web article page with 来源/作者(empty)/发布时间/浏览次数/【字体】/打印 关闭/相关链接 chrome;
   utf-8 版面 page with a title navigation table and three articles).
6. 筑城民政工作简报 — 贵州 (贵阳市民政局) — bulletin — 4 Word files. Styles: red masthead (name,
   期数, office, date; once in a table), 本期要目 contents, 编者按, bold centred titles (one with a
   Word line break), （…供稿）/（据…）/（…） closings, honour list, 【headline】 items and a ■ item,
   报：/送：/发： distribution lines, （共印60份）.
7. 尼洋河融媒 — 西藏 (林芝 巴宜区融媒体中心) — county — 2 text layers (utf-8 CRLF; utf-8-sig with no
   blank lines, ◆ briefs) + 2 OCR (utf-8; gb18030, double-spaced year-boundary report, dot name
   broken BEFORE the dot).

DECISIONS BEYOND truth_conventions.md
- Dateline/lead attributions (本报讯（…）, 本报北京…电（…）, 新华社…电（…）, 理塘融媒讯（…）, 本刊讯（…）)
  are NOT part of the first body paragraph; the body starts right after them.
- Kicker, title and ——subtitle (and the lines of a multi-line title) are joined with NO separator.
- Slogans are recorded WITHOUT quotation marks (两个确立, 三会一课); quoted numbered formulations
  (“两个覆盖”, “两优”, “三个一”, “四个一”, “两优一先”, “三社联动”) are recorded the same way.
  Only title and body are scanned; labels and captions never give slogans.
- Stray spaces inserted by the layout (around digits, after punctuation) are not in the truth;
  padding spaces inside honour-list names (李  娟) are kept, as printed. Truth strings contain no
  forced line breaks.
- OCR pages: truth titles, bodies, captions and attributions are the OCR text as it reads (misreads
  such as 笫 and ]0 kept). People's names and slogan terms are never misread (so people and slogans
  stay exact); dates, agencies and provinces are the true facts.
- A (上接…) fragment takes the source of the report it continues (the paper) besides its province,
  agency and date; its printed closing （记者 …） is its attribution.
- A bare （通讯员 …） closing (end of a brief or an item) → source null; a closing （某某局） without
  据/供稿 → that body is the source; （机关党委供稿） in the 贵阳 bulletin → 贵阳市民政局机关党委;
  （据市社会组织综合党委） → 贵阳市社会组织综合党委 (full form).
- Author's own pieces (theory, 学习札记, 文/某某 commentary): attribution = top name + closing note
  joined without separator; source null; province from a place the piece prints (its text or its
  （作者系…县…） note), else null; agency null. 本报评论员 → source the paper, province/agency null.
- A brief/item with no credit at all → attribution "" and source null (also in the bulletin).
- An HTML web page's attribution is its 来源 part only (作者： empty, date and counter dropped).
- A 延伸阅读/相关链接 box with its own text → article with that box's heading as title, source null.
- 元旦前夕 (no day) → issue date, even in a January issue; 今年以来/近日/日前/截至目前 → issue date.
- "X月上旬以来"/"X月中旬以来" → the 1st/11th of that month.
- People: interviewees, honourees, reporters/通讯员 in datelines, bylines and captions; 吴大爷-like
  forms of address are not people.
- Agency for a county paper's 县… bodies: county name added (县社会组织综合党委 → 理塘县社会组织综合党委,
  县慈善会 → 理塘县慈善会); a 局机关党支部/党组 counts as its 局; a feature about one volunteer names
  no agency (null); a report about 各级党组织 with no single body → null.
- Tags: province_context whenever the province is inferred from a county/district/prefecture name or
  from a provincial publication's own 市/县 bodies rather than printed as a province name;
  multi_line_title whenever the printed title spans more than one line (kicker, subtitle or a break);
  stray_spaces on every page whose layer carries inserted spaces; column_label also for 卷首语/支部园地/
  学习札记/党建动态-type labels.
aligned to docs/truth_conventions.md (round twelve): round ten kind 1 (slogans: “两优”, “两优一先”, “三社联动” are neither a canonical form nor a numbered formulation with 个/项/张, dropped) 3 — 3 values, listed in _TRUTH12 and applied as the truth is written; no page changes.
"""
import datetime
import html as htmlmod
import json
import os
import random
import re
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

CANON = ['两个确立', '两个维护', '四个意识', '四个自信', '两个大局', '国之大者', '两个结合',
         '六个必须坚持', '三会一课', '第一议题', '三级联动', '四风', '两学一做', '三严三实',
         '不忘初心、牢记使命', '习近平新时代中国特色社会主义思想', '主题教育', '党史学习教育',
         '模范机关', '清廉机关', '总体国家安全观', '高质量发展', '中国式现代化', '全面从严治党',
         '中央八项规定', '党建引领', '以学铸魂', '以学增智', '以学正风', '以学促干',
         '学思想、强党性、重实践、建新功', '党的二十大精神', '二十届三中全会精神']

TAGS = set('''briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary'''.split())

CLOSERS = set('，。、；：？！”’）》」』,.;:!?)')


def clean(s):
    return s.replace('|', '').replace('~', '')


def wd(iso):
    return '星期' + '一二三四五六日'[datetime.date.fromisoformat(iso).weekday()]


def cw(ch):
    return 0.5 if ord(ch) < 0x2e80 else 1.0


def wrap(text, width):
    """Break text into lines of about `width` CJK cells; '|' forces a break, '~' is a space.
    Closing punctuation stays on its line; ASCII digit/letter runs are not split."""
    lines, cur, n, i = [], '', 0.0, 0
    while i < len(text):
        ch = text[i]
        if ch == '|':
            if cur and lines and len(cur.strip()) < 3:
                lines[-1] += cur      # a forced break right after a natural one: no 1-char line
            elif cur:
                lines.append(cur)
            cur, n = '', 0.0
            i += 1
            continue
        if ch == '~':
            cur += ' '
            i += 1
            continue
        cur += ch
        n += cw(ch)
        if n >= width:
            while i + 1 < len(text) and (text[i + 1] in CLOSERS or
                                         (ch.isascii() and ch.isalnum() and text[i + 1].isascii()
                                          and text[i + 1].isalnum())):
                i += 1
                cur += text[i]
                ch = text[i]
            lines.append(cur)
            cur, n = '', 0.0
        i += 1
    if cur:
        lines.append(cur)
    return lines


def noise(line, rng, p):
    """Stray spaces of a text layer: after some punctuation, around digit runs, before closing quotes."""
    if p <= 0:
        return line
    out = ''
    for j, ch in enumerate(line):
        if ch in '”）' and j > 0 and rng.random() < p / 2:
            out += ' '
        out += ch
        nxt = line[j + 1] if j + 1 < len(line) else ''
        if not nxt:
            continue
        if ch in '，、；：。（“' and rng.random() < p:
            out += ' '
        elif ch.isascii() and ch.isdigit() and not nxt.isascii() and rng.random() < p:
            out += ' '
        elif not ch.isascii() and nxt.isascii() and nxt.isdigit() and rng.random() < p:
            out += ' '
    return out


OCR_MAP = {'第': ['笫'], '1': [']', 'l'], '0': ['O'], '日': ['曰'], '己': ['已'], '人': ['入']}
OCR_P = {'第': 0.6, '1': 0.35, '0': 0.35, '日': 0.08, '己': 0.5, '人': 0.05}


def ocrize(text, rng, protect):
    """OCR misreads, never inside a protected string (people's names, slogan terms)."""
    if not text:
        return text
    prot = sorted({p for p in protect if p}, key=len, reverse=True)
    spans = []
    if prot:
        pat = re.compile('|'.join(re.escape(p) for p in prot))
        spans = [(m.start(), m.end()) for m in pat.finditer(text)]
    out = []
    for i, ch in enumerate(text):
        if any(s <= i < e for s, e in spans):
            out.append(ch)
            continue
        if ch in OCR_MAP and rng.random() < OCR_P[ch]:
            out.append(rng.choice(OCR_MAP[ch]))
        else:
            out.append(ch)
    return ''.join(out)


def A(title, body, attribution='', source=None, province=None, agency=None, date=None,
      people=(), tags=(), **kw):
    """An article. title: None, a string, or a list of printed title parts (kicker, title, ——subtitle)."""
    if title is None:
        tparts = []
    elif isinstance(title, str):
        tparts = [title]
    else:
        tparts = list(title)
    a = dict(tparts=tparts, body=list(body), attribution=attribution, source=source,
             province=province, agency=agency, date=date, people=list(people), tags=set(tags))
    a.update(kw)
    return a


def ocr_article(a, rng):
    prot = list(a['people']) + CANON + list(a.get('slog', ())) + list(a.get('protect', ()))
    f = lambda s: ocrize(s, rng, prot)
    a['tparts'] = [f(p) for p in a['tparts']]
    a['body'] = [f(p) if isinstance(p, str) else p for p in a['body']]
    a['attribution'] = f(a['attribution'])
    for k in ('attr_top', 'attr_end'):
        if a.get(k):
            a[k] = f(a[k])
    if a.get('caps'):
        a['caps'] = [(f(t), i) for t, i in a['caps']]
    return a


def truth_art(a):
    title = ''.join(clean(p) for p in a['tparts']) if a['tparts'] else None
    body = [clean(p) for p in a['body'] if isinstance(p, str)]
    text = (title or '') + ''.join(body)
    slog = [s for s in CANON if s in text]
    for s in a.get('slog', ()):
        if s not in slog:
            slog.append(s)
    attribution = clean(a.get('attr_top', '') + a.get('attr_end', '')) if (a.get('attr_top') or a.get('attr_end')) else clean(a['attribution'])
    caps = [clean(t) for t, _ in a.get('caps', [])]
    tags = set(a['tags'])
    if title is None:
        tags.add('title_none')
    if caps:
        tags.add('captions')
    if any('·' in p for p in a['people']):
        tags.add('dot_name')
    if a.get('double'):
        tags.add('double_spaced')
    if a.get('marker'):
        tags.add('briefs')
    if a.get('pq'):
        tags.add('pull_quote')
    if a.get('upper') or a.get('lower'):
        tags.add('continued')
    if a.get('tpos') == 'after':
        tags.add('title_after')
    if a.get('apos') == 'top' or a.get('attr_top'):
        tags.add('byline_top')
    if a.get('apos') == 'lead' and re.search('讯|电', a['attribution']):
        tags.add('dateline')
    if len(a['tparts']) > 1 or any('|' in p for p in a['tparts']):
        tags.add('multi_line_title')
    return dict(title=title, body=body, attribution=attribution, source=a['source'],
                province=a['province'], agency=a['agency'], date=a['date'], people=a['people'],
                slogans=slog, captions=caps, phenomena=sorted(tags))


# ---------------------------------------------------------------- text layers
def render_txt_article(a, pg, rng):
    W = a.get('width', pg['width'])
    ind = a.get('indent', pg.get('indent', ''))
    p_noise = pg.get('noise', 0)
    blocks = []  # (kind, lines)

    def nz(ls):
        return [noise(l, rng, p_noise) if l else l for l in ls]

    def title_block():
        ls = []
        for part in a['tparts']:
            ls += wrap(part, a.get('tw', 40))
        m = a.get('marker')
        if m == '【】':
            ls[0] = '【' + ls[0]
            ls[-1] = ls[-1] + '】'
        elif m:
            ls[0] = m + ' ' + ls[0]
        ls = nz(ls)
        if pg['kind'] == 'ocr' and a.get('ocr_gap') and len(ls) > 1:
            ls = ls[:1] + [''] + ls[1:]
        return ('title', ls)

    for f in a.get('pre', []):
        blocks.append(('furn', f.split('\n')))
    if a['tparts'] and a.get('tpos', 'before') == 'before':
        blocks.append(title_block())
    if a.get('apos') == 'top':
        blocks.append(('attr', nz(wrap(a['attribution'], 40))))
    if a.get('attr_top'):
        blocks.append(('attr', [a['attr_top']]))
    if a.get('upper'):
        blocks.append(('furn', [a['upper']]))
    paras = [p for p in a['body']]
    sidx = [i for i, p in enumerate(paras) if isinstance(p, str)]
    caps = a.get('caps', [])
    cm = a.get('capmark', '')
    pq = a.get('pq')
    k = -1
    for i, p in enumerate(paras):
        if not isinstance(p, str):
            blocks.append(('furn', p[1].split('\n')))
            continue
        k += 1
        txt = p
        if k == 0 and a.get('apos') == 'lead':
            txt = a['attribution'] + txt
        if k == 0 and a.get('marker') and not a['tparts']:
            txt = a['marker'] + ' ' + txt
        if i == sidx[-1] and a.get('apos') == 'end_inline':
            txt = txt + a['attribution']
        blocks.append(('para', nz(wrap(ind + txt, W))))
        for ct, ci in caps:
            if ci == k:
                blocks.append(('cap', nz(wrap(cm + ct, W))))
        if pq and pq[1] == k:
            blocks.append(('pq', wrap(pq[0], W + 3)))
    if a.get('lower'):
        blocks.append(('furn', [a['lower']]))
    if a.get('apos') == 'end':
        blocks.append(('attr', nz(wrap(a['attribution'], W + 6))))
    if a.get('attr_end'):
        blocks.append(('attr', nz(wrap(a['attr_end'], W + 6))))
    for ct, ci in caps:
        if ci == -1:
            blocks.append(('cap', nz(wrap(cm + ct, W))))
    if a['tparts'] and a.get('tpos') == 'after':
        blocks.append(title_block())

    pb, ab = pg['pb'], pg['ab']
    out, prev = [], None
    for kind, ls in blocks:
        if prev is not None:
            if pb or ((kind in ('title', 'pq') or prev in ('title', 'pq')) and ab):
                out.append('')
        if a.get('double') and kind not in ('title',):
            dl = []
            for l in ls:
                dl += [l, '']
            ls = dl[:-1]
        out += ls
        prev = kind
    return out


def render_txt_page(pg, seed):
    rng = random.Random(seed)
    lines = []
    first = True
    for it in pg['items']:
        if not first and pg['ab']:
            lines.append('')
        first = False
        if isinstance(it, str):
            lines += it.split('\n')
        else:
            lines += render_txt_article(it, pg, rng)
    if pg['kind'] == 'ocr':
        out = []
        for l in lines:
            if len(l) > 8 and rng.random() < 0.07:
                c = rng.randint(3, len(l) - 3)
                out += [l[:c], l[c:]]
            else:
                out.append(l)
        lines = out
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- html
def hx(s):
    return htmlmod.escape(s.replace('~', ' '), quote=False).replace('|', '<br/>')


# ======================================================================= publications
PAGES = []   # each: dict(pub, date, name, kind, pubkind, enc, crlf, tags, items | builder)


def page(**kw):
    kw.setdefault('tags', set())
    kw['tags'] = set(kw['tags'])
    PAGES.append(kw)
    return kw


# ---------------------------------------------------------------- 1 嘉陵江日报 (四川 南充, prefecture daily)
P = '嘉陵江日报'
d = '2024-03-12'
page(pub=P, date=d, name='03.txt', kind='text', pubkind='provincial', enc='utf-8', crlf=False,
     width=13, indent='', pb=True, ab=True, noise=0.15, tags={'column_label'}, items=[
    f'嘉陵江日报 JIALINGJIANG DAILY\n2024年3月12日 {wd(d)}　　第3版\n【党建引领】',
    A(['以学铸魂强根基 凝心聚力促发展', '南充市民政局举办党组理论学习中心组|2024年第一次集中学习'], [
        '3月上旬，南充市民政局党组理论学习中心组召开2024年第一次集中学习会，专题学习习近|平总书记关于民政工作的重要论述和全国民政工作会议精神，研究部署全年机关党建重点任务。市民政局党组书记、局长罗永康主持会议并讲话。',
        '会议指出，要把学习贯彻党的二十大精神作为首要政治任务，坚持“第一议题”制度，推动理论学习往深里走、往心里走、往实里走，切实把学习成效转化为推动民政事业高质量发展的具体行动。',
        '罗永康表示，全局各级党组织要认真落实全面从严治党主体责任，深化清廉机关建设，聚焦养老服务、社会救助、儿童福利等民生领域，扎实开展群众身边不正之风和腐败问题集中整治，以优良作风推动各项工作落地见效。',
        '会上，局领导班子成员结合分管工作逐一作交流发言。机关各科室、直属单位主要负责同志列席会议。'],
      '本报讯（记者 蒲文杰 通讯员 李欣怡）', '嘉陵江日报', '四川', '南充市民政局', '2024-03-01',
      ['蒲文杰', '李欣怡', '罗永康'], {'kicker', 'period_date', 'name_verb', 'province_context'},
      apos='lead', tw=22),
    A('“红色物业”让老旧小区焕新颜', [
        '近日，记者走进顺庆区中城街道白土坝社区，只见楼道干净整洁，墙面上张贴着“红色物业”服务清单和党员联系户公示牌。',
        '“以前没人管的老院子，现在有了‘管家’，下水道堵了打个电话就有人来。”居民陈德芳说。',
        '据介绍，白土坝社区党委牵头组建物业服务党小组，推动社区党组织、业主委员会、物业服务企业“三方联动”，将12个无物业老旧院落纳入统一管理，今年以来已解决群众急难愁盼问题80余件。'],
      '本报记者 何雨桐', '嘉陵江日报', '四川', '白土坝社区党委', '2024-03-12',
      ['何雨桐', '陈德芳'], {'relative_date', 'name_verb', 'province_context'},
      apos='top', double=True, caps=[('图为社区党员志愿者为居民检修水管。（记者 何雨桐 摄）', -1)]),
    A('营山县推进社会组织党组织|“三会一课”规范化建设', [
        '3月7日，营山县民政局组织召开全县社会组织党建工作推进会，通报2023年度社会组织党组织“三会一课”落实情况，对规范化建设工作进行再部署。',
        '会议要求，各社会组织党组织要严格落实“三会一课”、主题党日等制度，做到有记录、有台账、有成效；行业协会商会党组织要发挥示范带头作用，推动党建工作与业务工作深度融合。',
        '会上，县个体私营经济协会党支部、县慈善总会党支部作了交流发言。全县60余家社会组织党组织负责人参加会议。'],
      '（据营山县民政局）', '营山县民政局', '四川', '营山县民政局', '2024-03-07', [],
      {'province_context'}, apos='end', tpos='after', tw=16),
    '责任编辑：蒲晓岚　　版式：何川　　校对：冯莉',
])

d = '2024-07-23'
page(pub=P, date=d, name='A02.txt', kind='text', pubkind='provincial', enc='gb18030', crlf=False,
     width=14, indent='　　', pb=False, ab=True, noise=0.1, tags=set(), items=[
    f'{d[:4]}年7月23日　{wd(d)}\n要闻·党建　A02\n嘉陵江日报',
    A(None, [
        '会议强调，全市各级党组织要把学习宣传贯彻党的二十届三中全会精神作为当前和今后一个时期的重大政治任务，迅速掀起学习热潮，推动全会精神在南充落地生根。',
        '会议要求，市级各部门要结合职能职责，聚焦社会救助、养老服务、基层治理等重点领域深化改革，及时研究解决改革推进中的困难和问题，以改革实效增进民生福祉。'],
      '', '嘉陵江日报', '四川', '中共南充市委', '2024-07-22', [], {'province_context'},
      upper='（上接第A01版）'),
    A(['把全会精神带到群众身边', '——南充市委社会工作部组建宣讲小分队走进社区侧记'], [
        '7月22日上午，在高坪区白塔街道鹤鸣社区党群服务中心，一场别开生面的“板凳宣讲会”正在进行。',
        '“全会提出要健全社会工作体制机制，加强党建引领基层治理，这和我们每个社区工作者都息息相关。”宣讲员任晓峰用通俗易懂的语言，结合社区网格化管理的实例，把全会精神讲得生动鲜活。',
        '据了解，南充市委社会工作部从机关干部、社区书记、新就业群体代表中遴选26名宣讲员，组建“红帆”宣讲小分队，计划在8月底前完成全市城市社区宣讲全覆盖。',
        '“我们将把宣讲与解决实际问题结合起来，边宣讲、边收集群众意见建议。”市委社会工作部相关负责人说。'],
      '本报记者 王梓萌', '嘉陵江日报', '四川', '南充市委社会工作部', '2024-07-22',
      ['王梓萌', '任晓峰'], {'subtitle', 'half_day_date', 'province_context'},
      apos='top', tw=26, pq=('我们将把宣讲与解决实际问题结合起来，边宣讲、边收集群众意见建议。', 1)),
    A('西充县多措并举推动养老机构党建全覆盖', [
        '今年以来，西充县民政局坚持党建引领养老服务，推动全县养老机构党的组织和党的工作全覆盖。',
        '一是建强组织体系，采取单独组建、联合组建等方式，在全县23家养老机构中建立党组织9个，选派党建指导员14名。二是规范组织生活，指导机构党组织按月开展主题党日，推行“党员示范岗”。三是突出服务实效，组织党员护理员开展“敬老助老”志愿服务，累计服务老年人3000余人次。',
        '下一步，西充县民政局将持续完善养老机构党建工作考核评价机制，以高质量党建引领养老服务高质量发展。'],
      '本报讯（通讯员 赵勤 杨帆）', '嘉陵江日报', '四川', '西充县民政局', '2024-07-23',
      ['赵勤', '杨帆'], {'enumeration', 'relative_date', 'province_context'}, apos='lead'),
    A('蓬安县：“小网格”织密民生保障网', [
        '7月中旬，蓬安县民政局联合县委社会工作部开展困难群众走访排查行动，组织党员干部深入网格入户走访，确保困难群众基本生活得到有效保障。',
        '此次行动中，全县组建由网格员、村（社区）干部、驻村工作队员组成的走访小组1200余个，重点摸排低保对象、特困人员、留守老人等群体生活状况，对发现的问题建立台账、限时销号。'],
      '本报讯（记者 王梓萌）', '嘉陵江日报', '四川', '蓬安县民政局', '2024-07-11',
      ['王梓萌'], {'period_date', 'province_context'}, apos='lead', lower='（下转第A04版）'),
    '本版编辑：蒲晓岚　美术编辑：何川',
])

d = '2023-01-10'
page(pub=P, date=d, name='04.txt', kind='text', pubkind='provincial', enc='utf-8-sig', crlf=True,
     width=12, indent='　　', pb=False, ab=False, noise=0.12, tags=set(), items=[
    f'嘉陵江日报\n2023年1月10日　{wd(d)}\n第4版　机关党建',
    A('南充市民政局开展2022年度|基层党组织书记抓党建述职评议', [
        '12月28日，南充市民政局召开2022|年度基层党组织书记抓党建工作述职评议会，局机关各党支部和直属单位党组织书记逐一述职，现场接受评议。',
        '会议指出，一年来，各基层党组织认真落实“三会一课”制度，深入开展模范机关创建，党建与业务融合水平持续提升。同时也要清醒看到，个别支部还存在组织生活质量不高、党员教育管理不够精细等问题。',
        '会议要求，新的一年要以学习宣传贯彻党的二十大精神为主线，坚持问题导向，建立问题清单、整改清单、责任清单，推动基层党组织全面进步、全面过硬。'],
      '本报讯（记者 蒲文杰）', '嘉陵江日报', '四川', '南充市民政局', '2022-12-28',
      ['蒲文杰'], {'year_boundary', 'province_context'}, apos='lead', tw=16),
    A('南充市社会组织综合党委|2022年度“两优”表彰名单', [
        '为表彰先进、树立典型，经研究，决定授予10个社会组织党组织“先进社会组织党组织”称号，授予8名同志“优秀党务工作者”称号。名单如下：',
        '一、先进社会组织党组织（10个）',
        '南充市物流行业协会党支部、南充市律师协会党委、南充市慈善总会党支部、南充市红十字志愿服务协会党支部、顺庆区社会工作服务中心党支部、高坪区个体劳动者协会党支部、嘉陵区老年协会党支部、阆中市古城文化研究会党支部、南部县建筑业协会党支部、仪陇县社会组织联合党支部',
        '二、优秀党务工作者（8名）',
        '李  娟、张国强、何  敏、谢光明、敬晓琴、苟文华、罗  莉、冯志刚'],
      '（据南充市社会组织综合党委）', '南充市社会组织综合党委', '四川', '南充市社会组织综合党委',
      '2023-01-10', ['李娟', '张国强', '何敏', '谢光明', '敬晓琴', '苟文华', '罗莉', '冯志刚'],
      {'honour_list', 'province_context'}, apos='end', tw=16, slog=['两优']),
    A(None, [
        '日前，阆中市民政局机关党支部联合七里街道党工委开展“清廉民政进社区”主题党日活动，党员干部走进社区宣讲惠民政策，现场受理群众咨询40余件。'],
      '（通讯员 赵勤）', None, '四川', '阆中市民政局', '2023-01-10', ['赵勤'],
      {'relative_date', 'province_context'}, apos='end_inline'),
    '责任编辑　蒲晓岚\n校对　冯莉',
])

d = '2025-05-20'
page(pub=P, date=d, name='03.txt', kind='text', pubkind='provincial', enc='utf-8', crlf=True,
     width=15, indent='', pb=True, ab=True, noise=0.08, tags={'column_label'}, items=[
    f'第3版\n嘉陵江日报·党建周刊\n2025年5月20日　{wd(d)}',
    A(['让“小巷管家”成为群众贴心人', '——高坪区推行社区党组织领办志愿服务见闻'], [
        '清晨7点，高坪区清溪街道东顺路社区的“小巷管家”邓玉兰已经开始了一天的巡查。哪家的独居老人需要送药，哪条巷子的路灯坏了，她的笔记本上记得清清楚楚。',
        '今年以来，高坪区委社会工作部推动社区党组织领办志愿服务项目，从退休党员、在职党员和热心居民中招募“小巷管家”460余名，按照“一巷一管家”配置到全区背街小巷。',
        '群众点单　党员接单',
        '社区党委将居民需求梳理成“服务清单”，由党员志愿者认领。截至目前，已累计认领服务事项1100余件，办结率达98%。',
        '一本台账　管到底',
        '每名“小巷管家”都有一本民情台账，发现的问题当天记录、限时办结，解决不了的及时上报社区党委协调解决。'],
      '本报记者 谢婉清 文/图', '嘉陵江日报', '四川', '高坪区委社会工作部', '2025-05-20',
      ['谢婉清', '邓玉兰'], {'subtitle', 'subheadings', 'relative_date', 'province_context'},
      apos='top', tw=24, caps=[('图为“小巷管家”邓玉兰（右）入户走访独居老人。', 0)]),
    '党建快讯',
    A('市民政局开展中央八项规定精神学习教育专题读书班', [
        '5月14日至16日，南充市民政局举办深入贯彻中央八项规定精神学习教育专题读书班，局党组成员、机关各科室负责人参加学习。读书班采取集中学习、专题研讨、警示教育相结合的方式进行。'],
      '', None, '四川', '南充市民政局', '2025-05-14', [], {'province_context'}, marker='■', tw=30),
    A(None, [
        '5月上旬，嘉陵区民政局组织党员志愿者走进辖区敬老院开展“银龄关爱”活动，为老人义诊、理发、打扫卫生，受益老年人120余名。'],
      '（通讯员 杨帆）', None, '四川', '嘉陵区民政局', '2025-05-01', ['杨帆'],
      {'period_date', 'province_context'}, marker='■', apos='end_inline'),
    A('仪陇县社会组织党建指导站揭牌', [
        '5月9日，仪陇县社会组织党建指导站正式揭牌运行。指导站将为全县140余家社会组织提供党建业务咨询、党务干部培训等服务，推动社会组织党的组织和工作有效覆盖。'],
      '', None, '四川', '仪陇县社会组织党建指导站', '2025-05-09', [], {'province_context'},
      marker='■', tw=30),
    A('以优良作风守护民生温度', [
        '作风建设永远在路上。民政工作直接面对群众，党员干部的作风如何，群众看得最真切、感受最直接。',
        '深入贯彻中央八项规定精神学习教育，就是要在学查改中校正思想之偏、纠治行为之差。要坚持学在前、查在先、改在实，把学习教育同解决群众急难愁盼问题结合起来，让困难群众感受到党和政府的温暖。',
        '作风建设没有休止符。唯有以钉钉子精神抓常抓细抓长，才能把民生实事办到群众心坎上。'],
      '本报评论员', '嘉陵江日报', None, None, '2025-05-20', [], set(), apos='top'),
    '责任编辑：苟晓梅　审读：冯莉',
])

# ---------------------------------------------------------------- 2 社会治理导报 (national weekly)
P = '社会治理导报'
d = '2023-11-14'
page(pub=P, date=d, name='05.txt', kind='text', pubkind='national', enc='utf-8', crlf=False,
     width=16, indent='', pb=True, ab=True, noise=0.1, tags={'editor_note', 'column_label'}, items=[
    f'社会治理导报\n2023年11月14日　{wd(d)}\n5\n党建周刊\nPARTY BUILDING',
    '编者按：社会组织是党联系群众的桥梁纽带。本期，我们走近云南省民政厅，听一听他们\n在推进社会组织党建工作中的思考与实践。',
    A(['以高质量党建引领社会组织健康发展', '——访云南省民政厅党组成员、副厅长和丽华'], [
        '记者：第二批主题教育开展以来，云南在社会组织党建方面有哪些新举措？',
        '和丽华：我们坚持把学习贯彻习近|平新时代中国特色社会主义思想作为主线，聚焦以学铸魂、以学增智、以学正风、以学促干，推动省级社会组织党组织开展专题学习1800余场次，覆盖党员2.3万余名。',
        '记者：社会组织党建“两个覆盖”难在哪里？',
        '和丽华：难点在于小微社会组织党员少、流动性大。我们探索“联合组建+党建指导员”模式，全省选派党建指导员2100余名，实现有党员的社会组织党组织应建尽建。',
        '记者：下一步有什么打算？',
        '和丽华：我们将深化“党建+服务”品牌创建，引导社会组织积极参与乡村振兴、边境地区治理和民族团结进步示范建设，为谱写中国式现代化云南篇章贡献力量。'],
      '本报记者 骆一鸣', '社会治理导报', '云南', '云南省民政厅', '2023-11-14',
      ['骆一鸣', '和丽华'], {'interview', 'subtitle'}, apos='top', tw=26, slog=['两个覆盖']),
    A('民政部直属机关党委召开|主题教育整改整治工作推进会', [
        '11月9日上午，民政部直属机关党委召开主题教育整改整治工作推进会，通报第一批主题教育检视整改工作进展情况，对巩固拓展主题教育成果作出部署。',
        '会议强调，要坚持边学习、边对照、边检视、边整改，对整改清单逐项对账销号，防止虚假整改、敷衍整改；要把整改整治与模范机关建设结合起来，健全完善长效机制。',
        '部机关各司局、各直属单位机关党组织负责同志参加会议。'],
      '本报北京11月10日电（记者 骆一鸣 通讯员 宋佳）', '社会治理导报', None, '民政部', '2023-11-09',
      ['骆一鸣', '宋佳'], {'national_body', 'half_day_date'}, apos='lead', tw=18),
    A('石柱县“党建+社工”助力乡村振兴', [
        '近日，石柱土家族自治县民政局依托乡镇（街道）社会工作服务站，组织社工联合村党组织开展“村社共建”服务，为留守儿童、困境老人建立个性化服务档案。',
        '截至目前，全县33个乡镇（街道）社工站已覆盖村（社区）242个，累计开展个案服务1500余次。'],
      '（据重庆市民政局）', '重庆市民政局', '重庆', '石柱土家族自治县民政局', '2023-11-14', [],
      {'relative_date'}, apos='end'),
    '本版编辑：齐月明　美编：蔡宁',
])

d = '2024-10-22'
page(pub=P, date=d, name='06.txt', kind='text', pubkind='national', enc='utf-8-sig', crlf=False,
     width=17, indent='　　', pb=True, ab=True, noise=0.0, tags={'column_label'}, items=[
    f'理论·实践\n社会治理导报　2024年10月22日　{wd(d)}　第6版',
    A('以党建引领破解超大城市基层治理难题', [
        '党的二十届三中全会对健全党组织领导的自治、法治、德治相结合的城乡基层治理体系作出部署。超大城市人口密集、利益多元，基层治理面临的新情况新问题更为复杂，必须坚持和加强党的全面领导，以党建引领凝聚治理合力。',
        '一、以组织体系建设夯实治理根基',
        '要推动党的组织向新经济组织、新社会组织、新就业群体延伸，把楼宇、园区、商圈、网格建成坚强的战斗堡垒。实践中，一些城市推行“街道大工委、社区大党委”，把驻区单位、物业企业吸纳进来，有效破解了条块分割的难题。',
        '二、以“两个结合”厚植治理文化',
        '坚持把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合，善于从“枫桥经验”等基层治理实践中汲取智慧，推动自治、法治、德治有机融合。',
        '三、以数字赋能提升治理效能',
        '要推动党建网格与治理网格“多网合一”，一是整合数据资源，二是优化服务流程，三是完善考核评价，让数据多跑路、群众少跑腿。',
        '总之，推进中国式现代化，基层治理是重要基础。只有坚持党建引领，才能把党的政治优势、组织优势转化为治理效能。'],
      '', None, None, None, '2024-10-22', ['杨明远'], {'subheadings', 'enumeration'},
      attr_top='杨明远', attr_end='（作者系西南政法大学政治与公共管理学院教授）',
      pq=('只有坚持党建引领，才能把党的政治优势、组织优势转化为治理效能。', 2)),
    A('西藏：社会组织党建工作|实现提质扩面', [
        '记者从西藏自治区民政厅获悉，今年以来，西藏持续推进社会组织党建工作提质扩面，全区登记的社会组织中已建立党组织的比例明显提高，党建工作指导员实现全覆盖。',
        '西藏自治区民政厅有关负责人介绍，全区将社会组织党建与民族团结进步创建结合起来，组织社会组织党员开展“双联户”结对帮扶、“强基惠民”志愿服务等活动，引导社会组织在促进高质量发展中发挥作用。'],
      '新华社拉萨10月18日电（记者 白玛央金）', '新华社', '西藏', '西藏自治区民政厅', '2024-10-18',
      ['白玛央金'], set(), apos='lead', tw=14),
    '（本版稿件如无特别注明均为本报记者采写）',
])

d = '2022-09-06'
page(pub=P, date=d, name='07.txt', kind='text', pubkind='national', enc='gb18030', crlf=True,
     width=14, indent='　　', pb=False, ab=True, noise=0.15, tags={'column_label'}, items=[
    f'社会治理导报\n2022年9月6日\n{wd(d)}\n第7版\n基层·社区',
    A(None, [
        '会议要求，中央和国家机关各级党组织要把迎接学习宣传贯彻党的二十大作为首要政治任务，坚定拥护“两个确立”、坚决做到“两个维护”，持续深化模范机关建设。',
        '会议还对做好党的二十大召开前后机关安全稳定工作作出部署。'],
      '（记者 骆一鸣）', '社会治理导报', None, '中央和国家机关工委', '2022-09-01', ['骆一鸣'],
      {'national_body'}, upper='（上接第1版）', apos='end'),
    A('重庆渝中区“楼长制”|激活社区治理末梢', [
        '8月下旬，重庆市渝中区民政局在全区推广解放碑街道“楼长制”经验，由社区党委从党员、居民骨干中推选楼长，负责政策宣传、矛盾调解和民情收集。',
        '目前，全区已选聘楼长1300余名，覆盖居民楼栋1800余栋。楼长们在疫情防控、独居老人关爱等工作中发挥了重要作用。',
        '“楼长就是我们身边的‘小巷总理’。”解放碑街道居民刘素|珍说。'],
      '本报重庆9月2日电（记者 向晓岚 通讯员 屈文）', '社会治理导报', '重庆', '渝中区民政局',
      '2022-08-21', ['向晓岚', '屈文', '刘素珍'], {'period_date', 'name_verb'}, apos='lead', tw=16),
    A('“古丽妈妈”的社区情', [
        '在成都市金牛区茶店子街道，提起社区志愿者古丽米拉·|吐尔逊，居民们都亲切地称她“古丽妈妈”。',
        '2015年从新疆来到成都后，古丽米拉·吐尔逊在社区党委的帮助下开起了一家小餐馆。如今，她是社区民族团结志愿服务队的骨干，常常带着邻居们包饺子、做抓饭，为困难家庭送去温暖。',
        '“社区就是我的家，党组织帮了我，我也要帮助更多的人。”古丽米拉·吐尔逊说。今年以来，她已参与志愿服务100余小时。'],
      '本报记者 林可心', '社会治理导报', '四川', None, '2022-09-06', ['林可心', '古丽米拉·吐尔逊'],
      {'name_verb', 'relative_date'}, apos='top'),
    '责任编辑：齐月明',
])

d = '2025-01-07'
page(pub=P, date=d, name='05.txt', kind='text', pubkind='national', enc='utf-8', crlf=True,
     width=18, indent='', pb=False, ab=False, noise=0.1, tags={'column_label'}, items=[
    f'社会治理导报　2025年1月7日　{wd(d)}\n党建周刊·5',
    A('中央社会工作部部署|新就业群体党建工作', [
        '12月下旬，中央社会工作部召开新就业群体党建工作推进会，总结交流各地推进快递员、外卖配送员、网约车司机等新就业群体党建工作的经验做法，部署2025|年重点任务。',
        '会议强调，要坚持党建引领，推动行业党建、区域党建、平台党建协同发力，持续扩大党的组织和工作覆盖，引导新就业群体听党话、跟党走。'],
      '本报北京1月3日电（记者 骆一鸣）', '社会治理导报', None, '中央社会工作部', '2024-12-21',
      ['骆一鸣'], {'year_boundary', 'period_date', 'national_body'}, apos='lead', tw=20),
    '要闻速览',
    A('贵州：社会组织党建质量提升年活动收官', [
        '12月30日，贵州省民政厅召开社会组织党建质量提升年活动总结会。一年来，全省社会组织党组织开展“三会一课”质量评估，整改问题1200余个。'],
      '（据贵州省民政厅）', '贵州省民政厅', '贵州', '贵州省民政厅', '2024-12-30', [],
      {'year_boundary'}, marker='◆', apos='end', tw=30),
    A(None, [
        '元旦前夕，云南省昆明市民政局党组成员带队走访慰问困难党员和老党员23名，送去慰问金和生活用品。'],
      '', None, '云南', '昆明市民政局', '2025-01-07', [], {'relative_date'}, marker='◆'),
    A('西藏山南开展“冬季送温暖”活动', [
        '1月2日，西藏山南市民政局组织机关党员干部深入乃东区、扎囊县开展“冬季送温暖”活动，为特困供养人员发放棉衣棉被。山南市民政局局长尼玛次仁表示，将确保困难群众温暖过冬。'],
      '（通讯员 达瓦）', None, '西藏', '山南市民政局', '2025-01-02', ['尼玛次仁', '达瓦'],
      {'name_verb'}, marker='◆', apos='end_inline', tw=30),
    A('重庆：社区工作者职业体系建设|有序推进', [
        '近日，重庆市委社会工作部、市民政局等部门联合印发通知，推进社区工作者职业体系建设，健全社区工作者选聘、培养、管理和激励机制。'],
      '', None, '重庆', '重庆市委社会工作部', '2025-01-07', [], {'relative_date'}, marker='◆', tw=30),
    '本版编辑：齐月明',
])

# ---------------------------------------------------------------- 3 苍洱党建 (magazine, 云南 大理)
P = '苍洱党建'
d = '2024-06-01'
page(pub=P, date=d, name='p02.txt', kind='text', pubkind='magazine', enc='utf-8', crlf=False,
     width=20, indent='　　', pb=True, ab=True, noise=0.0, tags={'contents_list', 'column_label'}, items=[
    '苍洱党建\n2024年第6期（总第210期）',
    '本期目录\n卷首语\n在党纪学习教育中锤炼过硬作风……………………2\n特别关注\n大理州民政局举办党纪学习教育读书班……………3\n理论纵横\n以党建引领推动边疆民族地区社会组织高质量发展……18\n一线观察\n“红色管家”走进苍山脚下的村庄……………………24\n党员风采\n做群众的贴心人……………………………………30',
    '卷首语',
    A('在党纪学习教育中|锤炼过硬作风', [
        '纪律是党的生命线。今年4月起，在全党开展党纪学习教育，是加强党的纪律建设的重要举措。',
        '学纪、知纪、明纪、守纪，关键在于入脑入心。对于民政干部而言，就是要把纪律规矩落实到服务群众的每一个环节，在低保审核、养老服务、婚姻登记等窗口岗位上守住底线、不越红线。',
        '作风建设只有进行时。愿我们以党纪学习教育为契机，把严的基调、严的措施、严的氛围长期坚持下去，以全面从严治党新成效推动民政事业高质量发展。'],
      '本刊编辑部', '苍洱党建', None, None, '2024-06-01', [], set(), apos='top', tw=14),
    '· 2 ·\n特别关注',
    A('大理州民政局举办党纪学习教育读书班', [
        '5月中旬，大理白族自治州民政局举办党纪学习教育读书班，局党组成员、各科室负责人和直属单位主要负责人参加学习。读书班期间，参学人员逐章学习《中国共产党纪律处分条例》，观看警示教育片，并围绕“学纪、知纪、明纪、守纪”开展交流研讨。',
        '州民政局党组书记、局长杨建华指出，要以案为鉴、以案促改，推动党纪学习教育走深走实。'],
      '本刊讯（记者 段宏斌）', '苍洱党建', '云南', '大理白族自治州民政局', '2024-05-11',
      ['段宏斌', '杨建华'], {'period_date', 'name_verb'}, apos='lead'),
    '· 3 ·',
])

page(pub=P, date=d, name='p18.txt', kind='text', pubkind='magazine', enc='utf-8-sig', crlf=False,
     width=19, indent='　　', pb=False, ab=True, noise=0.08, tags={'column_label', 'related_link'}, items=[
    '理论纵横\n苍洱党建 2024年第6期',
    A('以党建引领推动边疆民族地区|社会组织高质量发展', [
        '摘要：边疆民族地区社会组织是联系服务各族群众的重要力量。加强社会组织党建工作，对于铸牢中华民族共同体意识、推进基层治理现代化具有重要意义。',
        '关键词：社会组织；党建引领；民族团结',
        '一、边疆民族地区社会组织党建的现实基础',
        '近年来，大理州社会组织数量稳步增长，涵盖行业协会、公益慈善、社区服务等多个领域。各级党组织通过单独组建、联合组建、派驻党建指导员等方式，推动社会组织党组织覆盖面不断扩大。',
        '二、当前存在的主要问题',
        '一是部分社会组织党组织政治功能发挥不充分，“重业务、轻党建”现象仍然存在；二是党务工作者队伍不稳定，专业化水平有待提高；三是党建工作与业务工作融合不够，载体手段较为单一。',
        ('F', '· 18 ·\n苍洱党建　2024.06'),
        '三、对策建议',
        '（一）强化政治引领。坚持把学习贯彻习|近平新时代中国特色社会主义思想作为首要任务，引导社会组织坚定拥护“两个确立”、坚决做到“两个维护”。',
        '（二）建强工作队伍。选优配强社会组织党组织书记，健全党建指导员培训、考核和激励机制。',
        '（三）创新活动载体。围绕民族团结进步、乡村振兴等中心工作，打造“党建+公益”“党建+服务”品牌，推动党建与业务深度融合。'],
      '', None, '云南', None, '2024-06-01', ['李春燕'],
      {'subheadings', 'enumeration', 'province_context'}, tw=18,
      attr_top='李春燕', attr_end='（作者单位：中共大理州委党校）'),
    '相关链接',
    A('什么是党建工作指导员', [
        '党建工作指导员是由党组织选派到尚不具备组建条件或党建基础薄弱的社会组织中，指导开展党的工作、推动建立党组织的专兼职人员。其主要职责包括宣传党的路线方针政策、培养发展对象、指导组织生活等。'],
      '', None, None, None, '2024-06-01', [], {'related_link'}),
    '· 19 ·',
])

d = '2022-11-01'
page(pub=P, date=d, name='p07.txt', kind='text', pubkind='magazine', enc='gb18030', crlf=False,
     width=16, indent='', pb=True, ab=True, noise=0.12, tags={'column_label'}, items=[
    '一线观察\n苍洱党建　2022年第11期　· 7 ·',
    A(['金沙江畔党旗红', '——鹤庆县推进村级社会组织党建工作调查'], [
        '10月中旬，记者来到鹤庆县草海镇新华村，银器锻制技艺协会的工坊里敲打声此起彼伏。协会党支部书记寸德兴正带着几名年轻党员为游客讲解银器制作工艺。',
        '“支部建在协会上，党员带着群众干，大家的腰包都鼓起来了。”寸德兴说。',
        '近年来，鹤庆县委组织部、县民政局依托村级社会组织建立党组织，推动老年协会、红白理事会、产业协会等参与乡村治理，全县村级社会组织党组织覆盖率达到85%以上。',
        '在金墩乡，由党员牵头的红白理事会推动移风易俗，村民办酒席的花费普遍下降三成。'],
      '本刊记者　段宏斌　杨丽娟', '苍洱党建', '云南', '鹤庆县委组织部', '2022-10-11',
      ['段宏斌', '杨丽娟', '寸德兴'], {'subtitle', 'period_date', 'name_verb', 'province_context'},
      apos='top', tw=24, capmark='▲ ', caps=[('新华村银器锻制技艺协会党员为游客讲解传统工艺。（杨丽娟 摄）', 1)]),
    '支部园地',
    A('洱源县民政局党支部：|“三个一”抓实组织生活', [
        '今年以来，洱源县民政局党支部坚持“每月一学、每季一评、每年一述”，推动组织生活常态化规范化。',
        '支部还结合民政业务，开展“党员进村入户”活动，帮助困难群众解决实际问题60余个。'],
      '（供稿：洱源县民政局）', '洱源县民政局', '云南', '洱源县民政局', '2022-11-01', [],
      {'relative_date', 'province_context'}, apos='end', slog=['三个一']),
])

d = '2025-03-01'
page(pub=P, date=d, name='p30.txt', kind='text', pubkind='magazine', enc='utf-8', crlf=True,
     width=18, indent='　　', pb=True, ab=True, noise=0.05, tags={'column_label'}, items=[
    '苍洱党建　2025年第3期\n党员风采',
    A(['做社会组织的“红色引路人”', '——访大理州社会组织党建指导员尹秀芬'], [
        '问：您做党建指导员几年了？最大的体会是什么？',
        '答：我从2019年开始担任党建指导员，先后联系了17家社会组织。最大的体会是，党建工作要和社会组织的发展需求结合起来，才能让他们真正感受到党建的价值。',
        '问：能举个例子吗？',
        '答：祥云县有一家养老服务中心，起初对党建不太理解。我们帮助他们成立党支部后，组织党员护理员开展技能比武、结对帮扶，服务质量明显提升，入住率也提高了。',
        '问：今年有什么打算？',
        '答：我打算把“三会一课”和主题党日活动搞得更有特色，让更多年轻社工愿意向党组织靠拢。'],
      '本刊记者　杨丽娟', '苍洱党建', '云南', None, '2025-03-01', ['杨丽娟', '尹秀芬'],
      {'interview', 'subtitle', 'province_context'}, apos='top', tw=24),
    '学习札记',
    A('把“为民”二字刻在心上', [
        '民政为民，民政爱民。这八个字，是我参加工作第一天老局长写给我的赠言。',
        '二十年来，我在低保审核、临时救助岗位上接触过上千户困难家庭。我深深体会到，群众无小事，一份救助金、一次上门走访，关系的是一个家庭的冷暖。',
        '作为一名共产党员，我将始终把群众的安危冷暖放在心上，以实际行动践行“不忘初心、牢记使命”。'],
      '', None, '云南', None, '2025-03-01', ['王志勇'], {'province_context'}, double=True,
      attr_top='王志勇', attr_end='（作者系祥云县民政局干部）'),
    '30',
])

# ---------------------------------------------------------------- 4 格聂融媒 (county, 四川 甘孜 理塘)
P = '格聂融媒'
d = '2023-08-15'
page(pub=P, date=d, name='02.txt', kind='text', pubkind='county', enc='utf-8', crlf=False,
     width=13, indent='', pb=True, ab=True, noise=0.1, tags=set(), items=[
    f'格聂融媒\n理塘县融媒体中心主办\n2023年8月15日　{wd(d)}\n第2版　综合',
    A('县民政局党支部推动主题教育走深走实', [
        '8月10日，理塘县民政局党支部召开主题教育专题组织生活会，支部党员对照检视问题，逐一开展批评和自我批评。',
        '会前，支部通过集中学习、谈心谈话、走访群众等方式广泛征求意见建议，梳理出涉及社会救助、养老服务等方面问题12条，逐条制定整改措施。',
        '县民政局党支部书记扎西次仁表示，将以此次组织生活会为契机，把主题教育成果转化为为民服务的实际成效。'],
      '理塘融媒讯（记者 降央卓玛）', '格聂融媒', '四川', '理塘县民政局', '2023-08-10',
      ['降央卓玛', '扎西次仁'], {'name_verb', 'province_context'}, apos='lead', tw=18),
    A('濯桑乡：党员干部走村入户|排查困难群众', [
        '8月上旬，濯桑乡党委组织乡村两级党员干部深入全乡各村，逐户排查困难群众生产生活情况，重点关注独居老人、残疾人和留守儿童。',
        '截至目前，共走访农牧户420余户，发现并解决实际困难31个，将2户符合条件的家庭纳入低保范围。'],
      '理塘融媒讯（通讯员 洛绒尼玛）', '格聂融媒', '四川', '濯桑乡党委', '2023-08-01',
      ['洛绒尼玛'], {'period_date', 'province_context'}, apos='lead', tw=14),
    A(None, [
        '8月8日，县社会组织综合党委组织辖区社会组织党员开展“重温入党誓词”主题党日活动。'],
      '（通讯员 四郎）', None, '四川', '理塘县社会组织综合党委', '2023-08-08', ['四郎'],
      {'province_context'}, marker='●', apos='end_inline'),
    A('县慈善会党支部开展助学活动', [
        '近日，县慈善会党支部联合爱心企业为42名困难家庭学生发放助学金。'],
      '', None, '四川', '理塘县慈善会', '2023-08-15', [], {'relative_date', 'province_context'},
      marker='●', tw=20),
    '编辑：泽仁拉姆　审核：刘川',
])

d = '2024-12-03'
page(pub=P, date=d, name='01.txt', kind='text', pubkind='county', enc='gb18030', crlf=True,
     width=14, indent='　　', pb=False, ab=True, noise=0.1, tags=set(), items=[
    f'格聂融媒\nGENIE RONGMEI\n2024年12月3日　{wd(d)}　第1版\n中共理塘县委宣传部　理塘县融媒体中心',
    A(['学习贯彻党的二十届三中全会精神', '我县举办社会工作人才|能力提升培训班'], [
        '11月26日至28日，理塘县委社会工作部、县民政局联合举办社会工作人才能力提升培训班，全县各乡镇社工站工作人员、社区党组织书记等80余人参加培训。',
        '培训班邀请省内高校专家围绕二十届三中全会精神、社会救助政策、社区治理实务等内容进行授课，并组织学员到甲洼镇社工站开展现场教学。',
        '县委社会工作部部长益西·|泽仁在开班式上指出，要坚持党建引领，加快建设一支政治坚定、业务精湛的社会工作人才队伍。',
        '学员阿旺·曲珍说，通过培训，她对开展个案服务有了更清晰的思路。'],
      '理塘融媒讯（记者 泽仁拉姆）', '格聂融媒', '四川', '理塘县委社会工作部', '2024-11-26',
      ['泽仁拉姆', '益西·泽仁', '阿旺·曲珍'], {'kicker', 'name_verb', 'province_context'},
      apos='lead', tw=20, lower='（下转第2版）'),
    A('甲洼镇“爱心超市”温暖过冬', [
        '近日，甲洼镇党委依托“爱心超市”开展积分兑换活动，农牧民群众凭参与环境整治、志愿服务获得的积分兑换棉衣、酥油等生活物资。'],
      '理塘融媒讯（记者 降央卓玛）', '格聂融媒', '四川', '甲洼镇党委', '2024-12-03', ['降央卓玛'],
      {'relative_date', 'province_context'}, apos='lead',
      caps=[('图为群众在“爱心超市”兑换物资。（降央卓玛 摄）', -1)]),
    '本版编辑：泽仁拉姆',
])

d = '2024-04-16'
page(pub=P, date=d, name='03.txt', kind='ocr', pubkind='county', enc='utf-8', crlf=False,
     width=15, indent='', pb=True, ab=True, noise=0.2, tags={'stray_spaces'}, items=[
    '格聂融媒　2O24年4月]6日　星朗二\n笫3版　民生·党建',
    A(['县民政局召开2024年', '全面从严治党工作会议'], [
        '4月11日，理塘县民政局召开2024年全面从严治党暨党风廉政建设工作会议，总结2023年工作，安排部署2024年重点任务。',
        '会议要求，要严格落实“第一议题”制度，深入开展党纪学习教育，持续纠治“四风”，加强对社会救助资金、养老服务补贴等重点领域的监督检查。',
        '会上，局党组与各股室、直属单位签订了党风廉政建设责任书。'],
      '理塘融媒讯（记者 降央卓玛）', '格聂融媒', '四川', '理塘县民政局', '2024-04-11', ['降央卓玛'],
      {'province_context'}, apos='lead', ocr_gap=True),
    A('村戈乡开展“党员联户”|助老服务', [
        '4月上旬，村戈乡党委组织党员干部与辖区67户独居、空巢老人结成帮扶对子，定期上门开展探访、代购、送医等服务。'],
      '（通讯员 洛绒尼玛）', None, '四川', '村戈乡党委', '2024-04-01', ['洛绒尼玛'],
      {'period_date', 'province_context'}, apos='end', tpos='after', tw=14, ocr_gap=True),
    A('君坝乡召开村级社会组织党建联席会', [
        '4月9日，君坝乡党委召开村级社会组织党建联席会，乡内5个合作社和协会党组织负责人参加。'],
      '', None, '四川', '君坝乡党委', '2024-04-09', [], {'province_context'}, tw=20),
    '编辑：泽仁拉姆',
])

d = '2025-09-09'
page(pub=P, date=d, name='02.txt', kind='ocr', pubkind='county', enc='utf-8', crlf=True,
     width=16, indent='', pb=False, ab=True, noise=0.15, tags={'stray_spaces'}, items=[
    '2025年9月9曰　星期二\n格聂融媒\n笫2版',
    A(['理塘县2025年度“最美社工”', '和优秀志愿者名单'], [
        '经各乡镇推荐、县级评审和公示，确定2025年度“最美社工”5名、优秀志愿者8名。名单如下：',
        '“最美社工”（5名）',
        '降  措、曲吉拉姆、罗绒泽仁、向秋卓玛、王  丽',
        '优秀志愿者（8名）',
        '丁真旺姆、土登泽仁、李  强、格绒彭措、泽仁曲珍、邓  洁、扎西翁姆、尼玛降措'],
      '（据理塘县民政局）', '理塘县民政局', '四川', '理塘县民政局', '2025-09-09',
      ['降措', '曲吉拉姆', '罗绒泽仁', '向秋卓玛', '王丽', '丁真旺姆', '土登泽仁', '李强', '格绒彭措',
       '泽仁曲珍', '邓洁', '扎西翁姆', '尼玛降措'], {'honour_list', 'province_context'},
      apos='end', ocr_gap=True),
    A('县社会组织综合党委开展|“党建+公益”项目评选', [
        '9月3日，县社会组织综合党委组织开展2025年度“党建+公益”项目评选，全县12家社会组织申报的项目参加评选，最终评出优秀项目4个。',
        '评选采取现场展示、专家评审、群众代表投票相结合的方式进行。'],
      '理塘融媒讯（记者 四郎拉措）', '格聂融媒', '四川', '理塘县社会组织综合党委', '2025-09-03',
      ['四郎拉措'], {'province_context'}, apos='lead', tw=14),
])

# ---------------------------------------------------------------- 7 尼洋河融媒 (county, 西藏 林芝 巴宜区)
P = '尼洋河融媒'
d = '2023-05-09'
page(pub=P, date=d, name='02.txt', kind='text', pubkind='county', enc='utf-8', crlf=True,
     width=14, indent='', pb=True, ab=True, noise=0.1, tags=set(), items=[
    '尼洋河融媒\n巴宜区融媒体中心\n2023年5月9日　第2版',
    A('巴宜区民政局党支部|扎实开展主题教育', [
        '5月4日，巴宜区民政局党支部召开学习贯彻习近平新时代中国特色社会主义|思想主题教育动员部署会，对支部开展主题教育作出安排。',
        '会议要求，全体党员要紧紧围绕“学思想、强党性、重实践、建新功”总要求，把理论学习、调查研究、推动发展、检视整改贯通起来，切实解决好群众急难愁盼问题。',
        '区民政局党支部书记格桑·|旺堆表示，支部将结合民政工作实际，列出调研课题清单，深入乡镇村居开展蹲点调研。'],
      '尼洋河融媒讯（记者 次仁央宗）', '尼洋河融媒', '西藏', '巴宜区民政局', '2023-05-04',
      ['次仁央宗', '格桑·旺堆'], {'name_verb', 'province_context'}, apos='lead', tw=14),
    A('鲁朗镇：党员干部进村开展关爱服务', [
        '5月上旬，鲁朗镇党委组织党员干部深入扎西岗村，为村里的老人、残疾人送去米面油等生活物资，并开展健康义诊。',
        '扎西岗村党支部书记索朗顿珠说，镇党委的关心让群众心里暖暖的。'],
      '（通讯员 达娃卓玛）', None, '西藏', '鲁朗镇党委', '2023-05-01',
      ['索朗顿珠', '达娃卓玛', '次仁央宗'], {'period_date', 'name_verb', 'province_context'},
      apos='end', tpos='after', tw=20, caps=[('图为党员干部为老人测量血压。（记者 次仁央宗 摄）', 0)]),
    '责任编辑：白玛　校对：张蓉',
])

d = '2024-11-26'
page(pub=P, date=d, name='03.txt', kind='text', pubkind='county', enc='utf-8-sig', crlf=False,
     width=15, indent='　　', pb=False, ab=False, noise=0.1, tags={'column_label'}, items=[
    f'尼洋河融媒　2024年11月26日　{wd(d)}\n第3版　巴宜快讯',
    A('区民政局开展冬季困难群众走访慰问', [
        '11月中旬，巴宜区民政局组织党员干部分赴各乡镇，走访慰问困难群众、老党员120余户，送去棉被、酥油等慰问品。'],
      '', None, '西藏', '巴宜区民政局', '2024-11-11', [], {'period_date', 'province_context'},
      marker='◆', tw=20),
    A(None, [
        '11月20日，八一镇双拥社区党委联合辖区社会组织开展“民族团结一家亲”主题活动，各族群众共同包饺子、跳锅庄。'],
      '（通讯员 李卓）', None, '西藏', '八一镇双拥社区党委', '2024-11-20', ['李卓'],
      {'province_context'}, marker='◆', apos='end_inline'),
    A('布久乡召开社会救助工作推进会', [
        '11月18日，布久乡党委召开社会救助工作推进会，通报低保动态管理情况，要求各村党支部落实“一对一”包保责任。'],
      '', None, '西藏', '布久乡党委', '2024-11-18', [], {'province_context'}, marker='◆', tw=20),
    A('米瑞乡老年协会党支部成立', [
        '近日，米瑞乡老年协会党支部正式成立，现有党员9名。支部将组织党员老人参与矛盾调解、环境整治等工作。'],
      '', None, '西藏', '米瑞乡老年协会党支部', '2024-11-26', [], {'relative_date', 'province_context'},
      marker='◆', tw=20),
    '（本版稿件由巴宜区融媒体中心采编）',
])

d = '2022-10-18'
page(pub=P, date=d, name='01.txt', kind='ocr', pubkind='county', enc='utf-8', crlf=False,
     width=14, indent='', pb=True, ab=True, noise=0.2, tags={'stray_spaces'}, items=[
    '尼洋河融媒\n2O22年1O月]8日　星期二\n笫l版',
    A(['巴宜区各级党组织', '集中收看党的二十大开幕会'], [
        '10月16日上午，中国共产党第二十次全国代表大会在北京人民大会堂开幕。巴宜区各级党组织通过电视、网络等方式组织党员干部群众集中收看开幕会盛况。',
        '在区民政局会议室，党员干部认真聆听报告，不时记录要点。区民政局干部洛桑次仁说，报告中关于增进民生福祉的内容让人倍感振奋，将立足岗位抓好落实。',
        '在更章门巴民族乡，乡党委组织农牧民群众集中收看，大家纷纷表示，要坚定不移听党话、感党恩、跟党走。'],
      '尼洋河融媒讯（记者 次仁央宗）', '尼洋河融媒', '西藏', None, '2022-10-16',
      ['次仁央宗', '洛桑次仁'], {'half_day_date', 'name_verb', 'province_context'}, apos='lead',
      ocr_gap=True),
    A(None, [
        '10月14日，巴宜区民政局党支部召开党员大会，传达学习上级关于认真组织收看党的二十大开幕会的通知要求。'],
      '（通讯员 达娃卓玛）', None, '西藏', '巴宜区民政局', '2022-10-14', ['达娃卓玛'],
      {'province_context'}, apos='end'),
    '责任编辑：白玛',
])

d = '2025-01-14'
page(pub=P, date=d, name='02.txt', kind='ocr', pubkind='county', enc='gb18030', crlf=False,
     width=13, indent='', pb=True, ab=True, noise=0.2, tags={'stray_spaces'}, items=[
    '尼洋河融媒　2025年]月]4日\n笫2版　民政·党建',
    A('巴宜区民政局召开2024年度|党支部组织生活会', [
        '12月30日，巴宜区民政局党支部召开2024年度组织生活会。会前，支部通过谈心谈话、征求意见等方式，广泛听取群众对民政工作的意见建议。',
        '会上，支部书记格桑|·旺堆代表支委会进行对照检查，支部党员逐一发言，认真开展批评和自我批评。',
        '会议要求，要对照查摆的问题，制定整改清单，确保件件有着落、事事有回音。'],
      '尼洋河融媒讯（记者 白玛曲珍）', '尼洋河融媒', '西藏', '巴宜区民政局', '2024-12-30',
      ['白玛曲珍', '格桑·旺堆'], {'year_boundary', 'province_context'}, apos='lead', double=True,
      tw=16, ocr_gap=True),
    A('更章门巴民族乡：党员志愿者|为独居老人送温暖', [
        '1月上旬，更章门巴民族乡党委组织党员志愿者走访辖区独居老人，帮助打扫卫生、检查用电安全，并送去慰问品。'],
      '（通讯员 李卓）', None, '西藏', '更章门巴民族乡党委', '2025-01-01', ['李卓'],
      {'period_date', 'province_context'}, apos='end', tw=16),
])


# ---------------------------------------------------------------- 5 两江都市报 (重庆, e-paper / web, HTML)
P = '两江都市报'


def ep_head(title, charset, date_cn, banci):
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title>
<link rel="stylesheet" href="../../css/epaper.css">
<script type="text/javascript" src="../../js/jquery.min.js"></script>
<script type="text/javascript">var pageNo = "{banci}";</script>
</head>
<body>
<div id="header"><div class="logo">两江都市报 数字报刊</div>
<div class="date">{date_cn}</div>
<div class="nav"><a href="#">上一版</a> | <a href="#">下一版</a> | <a href="#">往期回顾</a> | <a href="#">版面导航</a></div></div>
'''


EP_FOOT = '''<div id="footer">版权所有 两江都市报社 未经书面授权不得复制或建立镜像<br/>渝ICP备000000号</div>
</body>
</html>
'''


def ep_paras(a, first_prefix=''):
    out = []
    sp = [p for p in a['body'] if isinstance(p, str)]
    for i, p in enumerate(sp):
        t = p
        if i == 0 and first_prefix:
            t = first_prefix + t
        out.append(f'<p>　　{hx(t)}</p>')
        for ct, ci in a.get('caps', []):
            if ci == i:
                out.append(f'<p class="pic-note"><img src="../../res/{zlib.crc32(ct.encode("utf-8")) % 9999}.jpg" alt=""/><br/>{hx(ct)}</p>')
    return '\n'.join(out)


def build_h1(pg):
    a1, a2 = pg['arts']
    s = ep_head('两江都市报数字报-南岸区“党群议事会”让居民事居民议', 'utf-8', '2023年06月20日 星期二', 'A04')
    s += '''<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">第A04版：城市·党建</a> &gt; 正文</div>
<div id="main"><div class="left">
<div class="article">
'''
    s += f'<h3 class="yinti">{hx(a1["tparts"][0])}</h3>\n<h1>{hx(a1["tparts"][1])}</h1>\n'
    s += f'<div class="author">{hx(a1["attribution"])}</div>\n<div class="content">\n'
    s += ep_paras(a1)
    s += '\n</div></div>\n'
    s += f'<div class="box-yanshen"><div class="box-label">延伸阅读</div>\n<h4>{hx(a2["tparts"][0])}</h4>\n{ep_paras(a2)}\n</div>\n'
    s += '''</div>
<div class="right"><div class="side-title">本版其他文章</div>
<ul><li><a href="content_4_2.html">江北区启动社区工作者能力提升行动</a></li>
<li><a href="content_4_3.html">渝北区社会组织“红色驿站”挂牌</a></li>
<li><a href="content_4_4.html">沙坪坝区开展“七一”走访慰问老党员活动</a></li></ul></div>
</div>
'''
    return s + EP_FOOT


def build_h2(pg):
    s = ep_head('两江都市报数字报-第A03版：党建', 'gb18030', '2024年09月10日 星期二', 'A03')
    s += '<div class="crumb">第A03版：党建　　<a href="#">PDF版</a></div>\n<div id="main">\n'
    for a in pg['arts']:
        s += '<div class="article">\n'
        s += f'<h2>{hx(a["tparts"][0])}</h2>\n' if a['tparts'] else ''
        s += '<div class="content">\n'
        if a.get('apos') == 'lead':
            s += ep_paras(a, a['attribution'])
        else:
            s += ep_paras(a)
            s += f'\n<p class="from">{hx(a["attribution"])}</p>'
        s += '\n</div></div>\n<hr/>\n'
    s += '</div>\n'
    return s + EP_FOOT


def build_h3(pg):
    a = pg['arts'][0]
    s = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>重庆市民政局召开庆祝中国共产党成立104周年暨“两优一先”表彰会_党建_两江都市网</title>
<meta name="keywords" content="党建,民政,两优一先">
</head>
<body>
<div class="topbar">两江都市网 | 两江都市报官方网站　<a href="#">登录</a> <a href="#">注册</a></div>
<div class="menu"><a href="#">首页</a><a href="#">时政</a><a href="#">党建</a><a href="#">社区</a><a href="#">民生</a></div>
<div class="position">您现在的位置：<a href="#">首页</a> &gt; <a href="#">党建</a> &gt; 正文</div>
<div class="detail">
'''
    s += f'<h1 class="detail-title">{hx(a["tparts"][0])}</h1>\n'
    s += ('<div class="info"><span>来源：两江都市报</span>　<span>作者：</span>　<span>发布时间：2025-07-01 08:30</span>'
          '　<span>浏览次数：1826</span>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>\n')
    s += '<div class="TRS_Editor">\n' + ep_paras(a) + '\n</div>\n'
    s += '''<div class="tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
<div class="related"><h4>相关链接</h4><ul>
<li><a href="#">市民政局召开2025年全面从严治党工作会议</a> 2025-03-12</li>
<li><a href="#">市民政局机关党委开展“党建+业务”融合创新案例评选</a> 2024-09-10</li>
<li><a href="#">我市推进社区工作者职业体系建设</a> 2025-01-06</li></ul></div>
</div>
<div class="foot">主办：两江都市报社　地址：重庆市渝北区　<br/>互联网新闻信息服务许可证编号：00000000000</div>
</body>
</html>
'''
    return s


def build_h4(pg):
    s = ep_head('两江都市报数字报-第A06版：基层', 'utf-8', '2022年03月15日 星期二', 'A06')
    s += '''<div class="crumb">第A06版：基层</div>
<div id="main"><table class="bmdh"><tr><td><a href="#a1">九龙坡区：“三社联动”助力社区疫情防控</a></td></tr>
<tr><td><a href="#a2">巴南区开展党史学习教育“我为群众办实事”回头看</a></td></tr>
<tr><td><a href="#a3">让“微治理”释放大能量</a></td></tr></table>
'''
    for n, a in enumerate(pg['arts'], 1):
        s += f'<div class="article" id="a{n}">\n<h2>{hx(a["tparts"][0])}</h2>\n'
        if a.get('apos') == 'top':
            s += f'<p class="zuozhe">{hx(a["attribution"])}</p>\n'
        s += '<div class="content">\n'
        s += ep_paras(a, a['attribution'] if a.get('apos') == 'lead' else '')
        s += '\n</div></div>\n'
    s += '</div>\n'
    return s + EP_FOOT


page(pub=P, date='2023-06-20', name='content_4_1.html', kind='html', pubkind='provincial', enc='utf-8',
     crlf=False, tags={'html'}, builder=build_h1, arts=[
    A(['坚持党建引领 推动基层治理', '南岸区“党群议事会”让居民事居民议'], [
        '“小区停车难的问题终于有了着落！”6月15日下午，在南岸区南坪街道珊瑚社区党群服务中心，居民代表黄建国看到议事会形成的停车改造方案，高兴地说。',
        '今年以来，南岸区民政局指导各街道社区建立“党群议事会”，由社区党委书记担任召集人，吸纳居民代表、物业企业、辖区单位共同参与，围绕停车管理、加装电梯、环境整治等居民关心的问题开展协商。',
        '截至目前，全区已召开议事会600余场，解决民生问题900余个。'],
      '本报记者　彭佳琪', '两江都市报', '重庆', '南岸区民政局', '2023-06-15', ['彭佳琪', '黄建国'],
      {'kicker', 'half_day_date', 'province_context'}, apos='top',
      caps=[('图为珊瑚社区召开“党群议事会”。记者　彭佳琪　摄', 0)]),
    A('什么是社区协商', [
        '社区协商是在社区党组织领导下，由社区居民、驻区单位、社会组织等多方主体，围绕涉及居民切身利益的公共事务，通过民主协商寻求共识、解决问题的基层民主实践形式。'],
      '', None, None, None, '2023-06-20', [], {'related_link'}),
])

page(pub=P, date='2024-09-10', name='node_A03.html', kind='html', pubkind='provincial', enc='gb18030',
     crlf=False, tags={'html'}, builder=build_h2, arts=[
    A('市民政局机关党委开展|“党建+业务”融合创新案例评选', [
        '9月5日，重庆市民政局机关党委组织开展“党建+业务”融合创新案例评选，经初审、答辩和评审，评出优秀案例10个。',
        '据了解，评选活动聚焦养老服务、社会救助、儿童福利等重点领域，引导各党支部把支部建在项目上、党员冲在一线上，以高质量党建推动民政事业高质量发展。'],
      '本报讯（记者 彭佳琪 通讯员 温思远）', '两江都市报', '重庆', '重庆市民政局', '2024-09-05',
      ['彭佳琪', '温思远'], {'province_context'}, apos='lead'),
    A('江北区：社会组织党建“红色驿站”服务新就业群体', [
        '今年以来，江北区社会组织综合党委在观音桥商圈建设5个“红色驿站”，为快递员、外卖配送员等新就业群体提供休息、充电、饮水等服务，累计服务2万余人次。',
        '驿站还定期开展政策宣讲、技能培训等活动，吸引30余名新就业群体党员亮明身份、参与志愿服务。'],
      '本报讯（通讯员 李想）', '两江都市报', '重庆', '江北区社会组织综合党委', '2024-09-10', ['李想'],
      {'relative_date', 'province_context'}, apos='lead'),
    A('綦江区开展社区工作者轮训', [
        '9月上旬，綦江区委社会工作部分三期对全区社区工作者开展轮训，内容涵盖党的创新理论、基层治理实务等。'],
      '（据綦江区委社会工作部）', '綦江区委社会工作部', '重庆', '綦江区委社会工作部', '2024-09-01', [],
      {'period_date', 'province_context'}, apos='end'),
])

page(pub=P, date='2025-07-01', name='t20250701_1.html', kind='html', pubkind='provincial', enc='utf-8',
     crlf=False, tags={'html'}, builder=build_h3, arts=[
    A('重庆市民政局召开庆祝中国共产党成立104周年暨“两优一先”表彰会', [
        '6月30日上午，重庆市民政局召开庆祝中国共产党成立104周年暨“两优一先”表彰会，对局系统优秀共产党员、优秀党务工作者和先进基层党组织进行表彰。',
        '会议指出，全局各级党组织要深入贯彻中央八项规定精神学习教育要求，坚持以学铸魂、以学增智、以学正风、以学促干，以模范机关建设为抓手，不断提升机关党建质量。',
        '会上，新党员进行了入党宣誓，老党员带领全体党员重温入党誓词。受表彰代表谭晓梅表示，将珍惜荣誉、再接再厉，在民政岗位上创造新的业绩。'],
      '来源：两江都市报', '两江都市报', '重庆', '重庆市民政局', '2025-06-30', ['谭晓梅'],
      {'half_day_date', 'name_verb'}, slog=['两优一先']),
])

page(pub=P, date='2022-03-15', name='node_A06.html', kind='html', pubkind='provincial', enc='utf-8',
     crlf=False, tags={'html'}, builder=build_h4, arts=[
    A('九龙坡区：“三社联动”助力社区疫情防控', [
        '3月中旬以来，九龙坡区民政局推动社区、社会组织、社会工作者“三社联动”，组织200余名社工和志愿者下沉社区，协助开展核酸检测秩序维护、重点人群关爱等工作。',
        '区民政局负责人介绍，下一步将建立常态化联动机制，持续提升社区应急服务能力。'],
      '本报讯（记者 邓晓雯）', '两江都市报', '重庆', '九龙坡区民政局', '2022-03-11', ['邓晓雯'],
      {'period_date', 'province_context'}, apos='lead', slog=['三社联动']),
    A('巴南区开展党史学习教育“我为群众办实事”回头看', [
        '3月10日，巴南区民政局党组召开会议，对党史学习教育“我为群众办实事”实践活动开展“回头看”，梳理形成长效机制清单15项。'],
      '本报讯（通讯员 冉雪）', '两江都市报', '重庆', '巴南区民政局', '2022-03-10', ['冉雪'],
      {'province_context'}, apos='lead'),
    A('让“微治理”释放大能量', [
        '社区是社会治理的“最后一公里”。楼栋议事、院坝协商、网格服务，这些看似细微的“微治理”，连着千家万户的柴米油盐。',
        '做好“微治理”，关键在党建引领。只有把党组织的触角延伸到楼栋院落，把党员的身影留在群众身边，才能把矛盾化解在基层、把服务做到群众心坎上。'],
      '文/钟声远', None, None, None, '2022-03-15', ['钟声远'], set(), apos='top'),
])

# ---------------------------------------------------------------- 6 筑城民政工作简报 (bulletin, 贵州 贵阳, Word)
P = '筑城民政工作简报'


def build_docx(pg, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    doc = Document()

    def para(text, bold=False, size=None, align=None, red=False, indent=False):
        p = doc.add_paragraph()
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'r':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent:
            p.paragraph_format.first_line_indent = Pt(24)
        pieces = text.split('|')
        for i, piece in enumerate(pieces):
            r = p.add_run(piece.replace('~', ' '))
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if red:
                r.font.color.rgb = RGBColor(0xC0, 0, 0)
            if i < len(pieces) - 1:
                r.add_break()
        return p

    m = pg['masthead']
    para(m[0], bold=True, size=28, align='c', red=True)
    para(m[1], align='c')
    if pg.get('mast_table'):
        t = doc.add_table(rows=1, cols=2)
        t.cell(0, 0).text = m[2]
        t.cell(0, 1).text = m[3]
    else:
        para(m[2] + '　　　　' + m[3])
    para('━' * 24, red=True)
    for f in pg.get('front', []):
        para(f, bold=f.endswith('要目'))
    for a in pg['arts']:
        mk = a.get('marker')
        sp = [p for p in a['body'] if isinstance(p, str)]
        if a['tparts']:
            t = ''.join(a['tparts']) if len(a['tparts']) > 1 else a['tparts'][0]
            if mk == '【】':
                para('【' + t + '】', bold=True)
            else:
                para(t, bold=True, size=15, align='c')
        for i, p in enumerate(sp):
            txt = p
            if i == 0 and mk and mk != '【】' and not a['tparts']:
                txt = mk + ' ' + txt
            if i == len(sp) - 1 and a.get('apos') == 'end_inline':
                txt += a['attribution']
            para(txt, indent=True)
        if a.get('apos') == 'end':
            para(a['attribution'], align='r')
    para('━' * 24)
    for f in pg['dist']:
        para(f)
    doc.save(path)


DIST = ['报：市委、市政府，省民政厅', '送：市委组织部、市委社会工作部', '发：各区（市、县）民政局，局机关各处室、直属各单位']

page(pub=P, date='2024-06-12', name='01.docx', kind='docx', pubkind='bulletin', enc='docx', crlf=False,
     tags={'docx', 'bulletin_masthead', 'distribution_lines', 'contents_list'},
     masthead=['筑城民政工作简报', '2024年第12期（总第386期）', '贵阳市民政局办公室编', '2024年6月12日'],
     front=['本期要目', '◎ 市民政局举办党纪学习教育读书班', '◎ 云岩区推行“社工+网格”服务模式', '◎ 花溪区社会组织党建“四个一”工作法'],
     dist=DIST + ['（共印60份）'], arts=[
    A('市民政局举办党纪学习教育读书班', [
        '6月上旬，市民政局党组举办党纪学习教育读书班，局党组成员、机关各处室和直属单位主要负责同志参加。',
        '读书班采取“个人自学+集中研讨+警示教育”方式，逐章逐条学习《中国共产党纪律处分条例》，组织到贵阳市廉政教育基地开展现场警示教育。',
        '局党组书记、局长张立新强调，要把党纪学习教育与解决群众急难愁盼问题结合起来，以严明的纪律保障民政事业高质量发展。'],
      '（机关党委供稿）', '贵阳市民政局机关党委', '贵州', '贵阳市民政局', '2024-06-01', ['张立新'],
      {'period_date', 'province_context'}, apos='end'),
    A('云岩区推行“社工+网格”服务模式', [
        '今年以来，云岩区民政局推动社工站与网格党支部深度融合，将全区社工力量编入网格，构建“网格发现、社工介入、部门联动”的服务链条。',
        '一是建立需求清单，依托网格员入户摸排困难群众需求1.2万余条；二是精准介入服务，社工围绕困境儿童、独居老人等群体开展个案服务560余例；三是强化部门联动，对复杂个案提请街道联席会议研究解决。'],
      '（云岩区民政局供稿）', '云岩区民政局', '贵州', '云岩区民政局', '2024-06-12', [],
      {'enumeration', 'relative_date', 'province_context'}, apos='end'),
    A('花溪区社会组织党建“四个一”工作法', [
        '花溪区社会组织综合党委探索形成“四个一”工作法：每月一次集中学习、每季一次党建指导员走访、每半年一次党建工作评估、每年一次书记述职评议，推动社会组织党建工作规范化。',
        '5月28日，综合党委召开社会组织党组织书记述职评议会，12名党组织书记现场述职。'],
      '（花溪区社会组织综合党委供稿）', '花溪区社会组织综合党委', '贵州', '花溪区社会组织综合党委',
      '2024-05-28', [], {'province_context'}, apos='end', slog=['四个一']),
])

page(pub=P, date='2023-03-28', name='01.docx', kind='docx', pubkind='bulletin', enc='docx', crlf=False,
     tags={'docx', 'bulletin_masthead', 'distribution_lines'}, mast_table=True,
     masthead=['筑城民政工作简报', '第6期', '中共贵阳市民政局党组办公室', '2023年3月28日'],
     dist=DIST, arts=[
    A('关于2022年度贵阳市社会组织“五星级”党组织|评定结果的通报', [
        '根据《贵阳市社会组织党组织星级评定办法》，经组织申报、实地核查、综合评定，市社会组织综合党委评定2022年度“五星级”社会组织党组织6个、优秀党组织书记5名。现予通报。',
        '一、“五星级”社会组织党组织（6个）',
        '贵阳市律师协会党委、贵阳市注册会计师协会党支部、贵阳市慈善总会党支部、贵阳市养老服务协会党支部、南明区社会工作协会党支部、观山湖区商会联合党委',
        '二、优秀党组织书记（5名）',
        '吴  敏（贵阳市慈善总会党支部书记）、龙志刚（贵阳市律师协会党委书记）、杨  梅（南明区社会工作协会党支部书记）、石秋莲（贵阳市养老服务协会党支部书记）、潘  亮（观山湖区商会联合党委书记）'],
      '（据市社会组织综合党委）', '贵阳市社会组织综合党委', '贵州', '贵阳市社会组织综合党委',
      '2023-03-28', ['吴敏', '龙志刚', '杨梅', '石秋莲', '潘亮'], {'honour_list', 'province_context'},
      apos='end'),
    A('乌当区民政局“三会一课”质量提升见实效', [
        '3月中旬，乌当区民政局机关党支部以“三会一课”质量提升为抓手，推行“支部书记讲党课、党员上讲台、群众来评议”模式，党员参学率保持在98%以上。'],
      '（乌当区民政局）', '乌当区民政局', '贵州', '乌当区民政局', '2023-03-11', [],
      {'period_date', 'province_context'}, apos='end'),
])

page(pub=P, date='2025-04-15', name='01.docx', kind='docx', pubkind='bulletin', enc='docx', crlf=False,
     tags={'docx', 'bulletin_masthead', 'distribution_lines', 'column_label'},
     masthead=['筑城民政工作简报', '2025年第8期', '贵阳市民政局办公室', '2025年4月15日'],
     front=['党建动态'],
     dist=DIST, arts=[
    A('市民政局召开深入贯彻中央八项规定精神|学习教育动员部署会', [
        '4月3日上午，市民政局召开深入贯彻中央八项规定精神学习教育动员部署会。会议传达学习了中央和省委、市委有关部署要求，对局系统开展学习教育作出安排。',
        '会议要求，要坚持学查改一体推进，聚焦群众身边不正之风，扎实开展养老服务、殡葬服务等领域突出问题整治。'],
      '', None, '贵州', '贵阳市民政局', '2025-04-03', [], {'half_day_date', 'province_context'}),
    A('观山湖区：“红色管家”进小区', [
        '观山湖区民政局指导社区党组织推行“红色管家”服务，由党员物业经理、楼栋长组成服务队，今年以来化解邻里矛盾130余起。'],
      '', None, '贵州', '观山湖区民政局', '2025-04-15', [], {'relative_date', 'province_context'},
      marker='【】'),
    A('白云区：社会组织党建联盟成立', [
        '4月8日，在白云区社会组织综合党委牵头下，白云区社会组织党建联盟成立，首批21家社会组织加入联盟，将在养老助残、社区服务等领域开展联建共建。'],
      '', None, '贵州', '白云区社会组织综合党委', '2025-04-08', [], {'province_context'}, marker='【】'),
    A(None, [
        '4月10日，清镇市民政局组织机关党员到红色教育基地开展主题党日活动，重温入党誓词。'],
      '（清镇市民政局）', '清镇市民政局', '贵州', '清镇市民政局', '2025-04-10', [],
      {'province_context'}, marker='■', apos='end_inline'),
])

page(pub=P, date='2022-12-20', name='01.docx', kind='docx', pubkind='bulletin', enc='docx', crlf=False,
     tags={'docx', 'bulletin_masthead', 'distribution_lines', 'editor_note'},
     masthead=['筑城民政工作简报', '第24期', '贵阳市民政局办公室编印', '2022年12月20日'],
     front=['编者按：党的二十大胜利召开以来，市民政系统各级党组织迅速掀起学习宣传贯彻热潮。现将有关情况摘编如下，供交流参考。'],
     dist=DIST, arts=[
    A('市民政局党组理论学习中心组|专题学习党的二十大精神', [
        '11月上旬，市民政局党组理论学习中心组举行专题学习会，深入学习党的二十大报告和新修订的《中国共产党章程》。局党组书记、局长张立新主持会议并领学。',
        '会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，推动党的二十大精神在民政系统落地生根。'],
      '', None, '贵州', '贵阳市民政局', '2022-11-01', ['张立新'], {'period_date', 'province_context'}),
    A('南明区民政局开展党的二十大精神“进社区”宣讲', [
        '12月上旬以来，南明区民政局组建“民政先锋”宣讲小分队，深入社区、养老机构、儿童福利机构开展宣讲20余场，受众1800余人次。',
        '宣讲中，小分队成员结合民政工作实际，用群众听得懂的语言讲述党的二十大报告中关于增进民生福祉的新部署。'],
      '（南明区民政局供稿）', '南明区民政局', '贵州', '南明区民政局', '2022-12-01', [],
      {'period_date', 'province_context'}, apos='end'),
    A('修文县：社会组织党组织开展“学报告、谈体会”活动', [
        '12月14日，修文县社会组织综合党委组织全县社会组织党组织书记开展“学报告、谈体会”交流活动，15名书记结合本组织实际交流学习体会。'],
      '（修文县民政局）', '修文县民政局', '贵州', '修文县社会组织综合党委', '2022-12-14', [],
      {'province_context'}, apos='end'),
])


# ======================================================================= main
def main():
    truth = {}
    for n, pg in enumerate(PAGES):
        rel = f"{pg['pub']}/{pg['date']}/{pg['name']}"
        path = os.path.join(HERE, *rel.split('/'))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        seed = 7331 + n
        arts = pg.get('items') or pg.get('arts')
        arts = [a for a in arts if isinstance(a, dict)]
        if pg['kind'] == 'ocr':
            orng = random.Random(seed * 31)
            for a in arts:
                ocr_article(a, orng)
        tags = set(pg['tags'])
        if pg['kind'] in ('text', 'ocr'):
            txt = render_txt_page(pg, seed)
            if pg['crlf']:
                txt = txt.replace('\n', '\r\n')
            with open(path, 'wb') as fh:
                fh.write(txt.encode(pg['enc']))
            if pg['kind'] == 'ocr':
                tags.add('ocr')
            if not pg['pb'] and not pg['ab']:
                tags.add('no_blank_lines')
            if pg.get('noise', 0) > 0:
                tags.add('stray_spaces')
        elif pg['kind'] == 'html':
            with open(path, 'wb') as fh:
                fh.write(pg['builder'](pg).encode(pg['enc']))
            tags.add('html')
        else:
            build_docx(pg, path)
            tags.add('docx')
        if pg['enc'] == 'gb18030':
            tags.add('gb18030')
        if pg['enc'] == 'utf-8-sig':
            tags.add('utf8_bom')
        if pg['crlf']:
            tags.add('crlf')
        tarts = [truth_art(a) for a in arts]
        for t in tarts:
            tags |= set(t['phenomena'])
        truth[rel] = dict(encoding=pg['enc'], crlf=pg['crlf'], kind=pg['kind'],
                          publication_kind=pg['pubkind'], phenomena=sorted(tags), articles=tarts)
    with open(os.path.join(HERE, 'truth-h3c.json'), 'w', encoding='utf-8') as fh:
        json.dump(_truth12_align(truth), fh, ensure_ascii=False, indent=1)
    print(len(truth), 'pages,', sum(len(v['articles']) for v in truth.values()), 'articles')



# settled in round twelve (docs/truth_conventions.md; kinds: 12.1 = round twelve kind 1, 9.N / 10.N = the
# kinds settled in rounds nine and ten, applied where this set's truth contradicted them):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH12 = [
    ('嘉陵江日报/2023-01-10/04.txt', 2, 'slogans', ["两优"], [], '10.1'),
    ('两江都市报/2025-07-01/t20250701_1.html', 1, 'slogans', ["模范机关", "中央八项规定", "以学铸魂", "以学增智", "以学正风", "以学促干", "两优一先"], ["模范机关", "中央八项规定", "以学铸魂", "以学增智", "以学正风", "以学促干"], '10.1'),
    ('两江都市报/2022-03-15/node_A06.html', 1, 'slogans', ["三社联动"], [], '10.1'),
]


def _truth12_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH12:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == '__main__':
    main()
