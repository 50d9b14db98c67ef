# -*- coding: utf-8 -*-
"""Held-back truth pages, set h5c (batch h5): provinces 广东, 广西, 海南, 福建.

Publications (name / province / kind / format / styles):
1. 粤西晨报 — 广东 (湛江 prefecture daily, publication_kind provincial), 4 text layers
   (utf-8, utf-8 CRLF, utf-8-sig, gb18030). Running head "粤西晨报 日期 星期 第N版 版名" split
   over two lines, layout label "DANGJIAN" and 【党建引领】 column labels, datelines
   本报讯（记者 … 通讯员 …）, kicker + title + ——subtitle, captions 图为…（X 摄）, pull quotes,
   title after its article, （下转第4版）/（上接第1版）, an editor's note, double-spaced article.
2. 饶平融媒 — 广东 county media centre, 4 text layers (utf-8, gb18030 CRLF, utf-8, utf-8-sig).
   饶平融媒讯（记者 …） datelines, ● brief items without blank lines, 【镇名】 items, honour list
   with padded two-character names, closing （通讯员 …） credits, footer 责任编辑 lines.
3. 龙胜融媒 — 广西 county media centre, 2 text layers + 2 OCR text layers. Top bylines
   "融媒记者 X Y" on the line under the title, closing （龙胜各族自治县民政局供稿）, OCR
   misreads (笫, ] and l for 1, O for 0, 明 for 6月), blank line inside a two-line title in OCR.
4. 郁江民政党建简报 — 广西 bulletin of 贵港市民政局机关党委, 4 .docx files: masthead, 目录,
   unit credits (办公室)/(社会事务科党支部 覃丽萍), 报/送/发 distribution lines.
5. 万泉河民政网 — 海南 portal (琼海市民政局 site), 4 HTML pages: article pages (one gb18030),
   a list page with dated entries, breadcrumbs, info line 来源/作者/发布时间/浏览次数, 相关链接.
6. 武夷党建月刊 — 福建 magazine (南平), 2 text layers + 2 OCR; author under title with
   （作者系…）, 摘要：/关键词： lines, 本刊记者 pieces, interview 问/答, running head with 总第N期.
7. 人民社工报 — national paper, 4 text layers; 本报广州X月X日电（记者 …） datelines, 新华社 copy,
   本报评论员 top byline, interview ——访…, national bodies, dot names broken across lines,
   letter-spaced headline, brief page with ◆ markers, year boundary.

Decisions beyond truth_conventions.md:
- A lead dateline (本报讯（记者 X）, 饶平融媒讯（…）, 本报广州5月8日电（…）) is the attribution and is NOT
  part of the first body paragraph; the body paragraph starts after it.
- OCR pages: title, body, captions and attribution are recorded exactly as the OCR printed them
  (misreads kept, e.g. 笫, ]O月), since the truth is "as printed"; people, agencies, dates are the
  true facts (people spelled correctly and chosen so that they are not misread on the page).
- A letter-spaced headline (each character followed by a space) has its title recorded without the
  letter spacing (the checker removes whitespace anyway); tagged stray_spaces.
- A running head / footer split over two lines is furniture; a pull quote repeats a sentence of its
  article and is furniture; its article carries the pull_quote tag.
- Top bylines on the line under a title ("融媒记者 X Y", "文/X") are the attribution; a closing
  （…供稿） after a top byline: the attribution joins both as "byline（…供稿）" only when both are
  printed — not used in this set (each article prints one credit, except 武夷 authors with
  their （作者系…） note, joined with a space as "name （作者系…）").
- 饶平融媒 as source for its own 融媒讯 items: "饶平融媒" (masthead name; for county media the
  centre's name). 龙胜融媒 likewise "龙胜融媒".
- Portal article pages: the attribution is the info line's 来源 and 作者 parts as printed, joined
  with a space ("来源：琼海市民政局 作者：王小梅"); source the 来源 value in full form (本网 → 万泉河民政网).
- A list page's entries: title is the entry title, body the printed summary, source 万泉河民政网,
  attribution "", date per round ten kind 3.
- Tags: half_day_date when the lead day carries 上午/下午; period_date for 上旬/中旬/下旬;
  relative_date for 近日/日前/今年以来 leads; year_boundary for a December event in a January issue;
  name_verb for a person immediately followed by 说/表示/指出 etc.
- 万泉河民政网 is the site of a county-level city's bureau (琼海市民政局): publication_kind county.
- A kicker is joined to its title with nothing between (kicker + title), a ——subtitle likewise.
- 【镇名】 opening a brief straight into its sentence: the name is the title (round ten kind 2).
- 郁江 bulletin credits: a unit is completed with the issuing office 贵港市民政局 ((办公室) →
  贵港市民政局办公室, (局机关党委) → 贵港市民政局机关党委); (市救助管理站党支部) → 贵港市救助管理站党支部;
  a unit printed with its city stays as printed (平南县民政局). Articles printing 市民政局/局党组 have
  agency 贵港市民政局 (the bulletin's 局 completed, as 省民政厅 in a provincial paper).
- A dateline whose lead says only 近日 is dated by the dateline's day.
- A 延伸阅读 box naming no body has agency null, province of the place it names.
- The checker accepts a joined "name （作者系…）" attribution when each part is printed.
"""
import os, json, re, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
SET = 'h5c'

CANON = ['两个确立', '两个维护', '四个意识', '四个自信', '两个大局', '国之大者', '两个结合', '六个必须坚持',
         '三会一课', '第一议题', '三级联动', '四风', '两学一做', '三严三实', '不忘初心、牢记使命',
         '习近平新时代中国特色社会主义思想', '主题教育', '党史学习教育', '模范机关', '清廉机关', '总体国家安全观',
         '高质量发展', '中国式现代化', '全面从严治党', '中央八项规定', '党建引领', '以学铸魂', '以学增智', '以学正风',
         '以学促干', '学思想、强党性、重实践、建新功', '党的二十大精神', '二十届三中全会精神']

def nows(s):
    return re.sub(r'\s+', '', s)

def A(**k):
    k.setdefault('title', None); k.setdefault('tl', None); k.setdefault('pos', 'before')
    k.setdefault('byline', None); k.setdefault('lead', None); k.setdefault('close', None)
    k.setdefault('attr', ''); k.setdefault('src', None); k.setdefault('prov', None)
    k.setdefault('ag', None); k.setdefault('people', []); k.setdefault('nums', [])
    k.setdefault('caps', []); k.setdefault('capmark', ''); k.setdefault('tags', [])
    k.setdefault('pq', None); k.setdefault('top', None); k.setdefault('end', None)
    k.setdefault('marker', None); k.setdefault('dbl', False); k.setdefault('ptitle', None)
    return k

def wrap(text, w):
    out = []
    for seg in text.split('\n'):
        if w is None:
            out.append(seg); continue
        while len(seg) > w:
            out.append(seg[:w]); seg = seg[w:]
        out.append(seg)
    return out

def truth_article(a, issue):
    body = [p.replace('\n', '') for p in a['body']]
    title = a['title']
    text = nows((title or '') + ''.join(body))
    sl = [c for c in CANON if nows(c) in text]
    for n in a['nums']:
        if n not in sl: sl.append(n)
    return {'title': title, 'body': body, 'attribution': a['attr'], 'source': a['src'],
            'province': a['prov'], 'agency': a['ag'], 'date': a['date'], 'people': a['people'],
            'slogans': sl, 'captions': [c.replace('\n', '') for c in a['caps']],
            'phenomena': sorted(set(a['tags']))}

def render_text(items, st):
    """items: ('f', line(s)) furniture or ('a', article). st: width, indent, bpara, bart."""
    lines = []
    w = st.get('w', 14); ind = st.get('ind', ''); bpara = st.get('bpara', False); bart = st.get('bart', True)
    for it in items:
        if it[0] == 'f':
            lines.extend(it[1].split('\n'))
            if bart: lines.append('')
            continue
        a = it[1]; al = []
        tl = a['tl'] if a['tl'] is not None else ([a['ptitle'] or a['title']] if a['title'] else [])
        tl_printed = bool(tl)
        if a['top']: al.append(a['top'])
        if a['marker']:
            if tl:
                al.append(a['marker'] + tl[0]); tl = tl[1:]
                for t in tl: al.append(t)
            first = True
        if a['pos'] == 'before' and not a['marker']:
            al.extend(tl)
            if a['byline']: al.append(a['byline'])
            if tl and not st.get('notitlegap'): al.append('')
        elif a['byline'] and not a['marker']:
            al.append(a['byline'])
        for i, p in enumerate(a['body']):
            t = p
            if i == 0 and a['lead']: t = a['lead'] + t
            if a['marker'] and i == 0 and (not a['title'] or not tl_printed): t = a['marker'] + t
            pl = wrap(ind + t, w)
            al.extend(pl)
            if i == 0 and a['pq']:
                al.extend(['', a['pq'], ''])
            if bpara and i < len(a['body']) - 1: al.append('')
        if a['end']: al.append(a['end'])
        if a['close']: al.extend(wrap(a['close'], w))
        for c in a['caps']:
            al.extend(wrap(a['capmark'] + c, w))
        if a['pos'] == 'after':
            al.extend(tl)
        if a['dbl']:
            d = []
            for l in al:
                if l != '': d.extend([l, ''])
            al = d
        lines.extend(al)
        if bart: lines.append('')
    return '\n'.join(lines).rstrip('\n') + '\n'

PAGES = []  # (pub, date, name, ext, enc, crlf, kind, pkind, extra_tags, items, style)

def wd(d):
    return '星期' + '一二三四五六日'[datetime.date.fromisoformat(d).weekday()]

# ---------------------------------------------------------------- 1. 粤西晨报
P = '粤西晨报'; SRC1 = '粤西晨报'
def yx_head(d, n, name):
    y, m, dd = d.split('-')
    return '粤西晨报  %s年%d月%d日\n%s  第%d版  %s' % (y, int(m), int(dd), wd(d), n, name)

d = '2023-06-27'
PAGES.append((P, d, '03', 'txt', 'utf-8', False, 'text', 'provincial', ['column_label', 'pull_quote', 'editor_note'], [
 ('f', yx_head(d, 3, '党建周刊')),
 ('f', '编者按：基层党组织是党的全部工作和战斗力的基础。本版今起推出“党旗红·民生暖”专栏，展示我市民政系统以党建引领服务群众的生动实践。'),
 ('f', '【党建引领】'),
 ('a', A(title='湛江市民政局召开主题教育专题读书班结业式——以学促干推动民政工作高质量发展',
    tl=['湛江市民政局召开主题教育', '专题读书班结业式', '——以学促干推动民政工作高质量发展'],
    lead='本报讯（记者 梁晓琳 通讯员 陈 嘉豪）',
    body=['6月20日下午，湛江市民政局召开学习贯彻习近\n平新时代中国特色社会主义思想主题教育专题读书班结业式。局党组书记、局长吴国强出席并讲话。',
          '吴国强指出，要坚持以学铸魂、以学增智、以学正风、以学促干，把读书班成果转化为解决养老服务、社会救助领域“急难愁盼”问题的实际成效。',
          '读书班为期5天，采取个人自学、专题辅导、集中研讨相结合的方式，局领导班子成员和各科室负责人共 42人参加。'],
    pq='“把读书班成果转化为解决群众急难愁盼问题的实际成效”',
    attr='本报讯（记者 梁晓琳 通讯员 陈 嘉豪）', src=SRC1, prov='广东', ag='湛江市民政局', date='2023-06-20',
    people=['梁晓琳', '陈嘉豪', '吴国强'], tags=['dateline', 'subtitle', 'multi_line_title', 'half_day_date', 'pull_quote', 'stray_spaces', 'name_verb', 'province_context'])),
 ('f', 'DANGJIAN'),
 ('a', A(title='遂溪县社会组织综合党委开展“党课进社团”活动',
    tl=['遂溪县社会组织综合党委开展', '“党课进社团”活动'],
    body=['近日，遂溪县社会组织综合党委组织党员讲师走进县餐饮行业协会、县慈善会等12家社会组织，宣讲党的二十大精神。',
          '活动中，讲师结合行业实际，围绕“三会一课”制度落实、党组织与会员单位联建共建等内容与大家互动交流。该县今年已推动37家社会组织建立党组织，实现“两个覆盖”持续扩大。'],
    close='（遂溪县民政局供稿）', attr='（遂溪县民政局供稿）', src='遂溪县民政局', prov='广东', ag='遂溪县社会组织综合党委',
    date='2023-06-27', nums=['两个覆盖'], caps=['图为宣讲现场。（何志明 摄）'], people=['何志明'],
    tags=['relative_date', 'captions', 'multi_line_title'])),
 ('a', A(title='雷州市民政局党支部与乌石镇那毛村党支部结对共建',
    pos='after', lead='本报讯（通讯员 黄 俊）',
    body=['6月中旬，雷州市民政局党支部与乌石镇那毛村党支部签订结对共建协议，双方将在特困人员供养、留守儿童关爱等方面开展联学联建。',
          '“支部共建不是走过场，要把民政政策送到村民家门口。”市民政局党支部书记林海波说。'],
    attr='本报讯（通讯员 黄 俊）', src=SRC1, prov='广东', ag='雷州市民政局', date='2023-06-11',
    people=['黄俊', '林海波'], tags=['title_after', 'period_date', 'dateline', 'name_verb', 'stray_spaces'])),
 ('f', '责任编辑：邓小青  美编：周  彤'),
], dict(w=15, ind='', bart=True)))

d = '2024-03-12'
PAGES.append((P, d, '01', 'txt', 'utf-8', True, 'text', 'provincial', ['column_label'], [
 ('f', yx_head(d, 1, '要闻')),
 ('a', A(title='凝心聚力办好民生实事全市民政系统部署全年党建工作',
    tl=['凝心聚力办好民生实事', '全市民政系统部署全年党建工作'],
    lead='本报讯（记者 苏文静）',
    body=['3月8日上午，全市民政系统全面从严治党暨党建工作会议在市行政中心召开。会议总结2023年民政系统党建工作，部署2024年重点任务。',
          '会议要求，要深入推进模范机关创建，严格落实中央八项规定精神，持之以恒纠治“四风”，推动党建与业务深度融合。市民政局党组书记、局长吴国强作工作报告，廉江、吴川等5个县（市、区）民政局作交流发言。'],
    end='（下转第4版）',
    attr='', src=SRC1, prov='广东', ag='湛江市民政局', date='2024-03-08',
    people=['苏文静', '吴国强'], tags=['continued', 'half_day_date', 'multi_line_title', 'dateline', 'kicker'])),
 ('f', '【民生·速递】'),
 ('a', A(title='廉江市首家“红色社工站”揭牌',
    lead='本报讯（记者 苏文静 通讯员 庞丽娟）',
    body=['3月5日，廉江市罗州街道“红色社工站”揭牌运行。社工站由街道党工委牵头建设，配备持证社工6名，为辖区困难群众提供政策咨询、心理疏导等服务。'],
    caps=['图为社工入户走访独居老人。（庞丽娟 摄）'],
    attr='本报讯（记者 苏文静 通讯员 庞丽娟）', src=SRC1, prov='广东', ag='罗州街道党工委', date='2024-03-05',
    people=['苏文静', '庞丽娟'], tags=['captions', 'dateline'])),
 ('f', '湛江日报社出版  第1版  今日8版'),
], dict(w=16, bart=True)))
# fix attribution of continued article (it has a dateline): set properly below
PAGES[-1][9][1][1]['attr'] = '本报讯（记者 苏文静）'

d = '2024-03-12'
PAGES.append((P, d, '04', 'txt', 'utf-8-sig', False, 'text', 'provincial', ['column_label'], [
 ('f', yx_head(d, 4, '综合')),
 ('a', A(title=None, top='（上接第1版）',
    body=['会议强调，各级党组织书记要扛起第一责任人职责，落实“第一议题”制度，以高质量党建引领民政事业高质量发展。',
          '会上还通报了2023年度全市民政系统“五星支部”评定结果，霞山区民政局机关党支部等8个支部获评。'],
    attr='', src=SRC1, prov='广东', ag='湛江市民政局', date='2024-03-08', people=[], tags=['continued', 'title_none'])),
 ('a', A(title='吴川市：社会组织党建观察员制度全覆盖',
    tl=['吴川市：社会组织党建', '观察员制度全覆盖'],
    body=['今年以来，吴川市民政局向全市86家社会组织选派党建观察员，实现社会组织党建观察员制度全覆盖。',
          '观察员每月至少到联系单位一次，指导开展组织生活，督促社会组织在章程中写明党建工作内容。'],
    close='（据吴川市民政局）', attr='（据吴川市民政局）', src='吴川市民政局', prov='广东', ag='吴川市民政局',
    date='2024-03-12', people=[], tags=['relative_date', 'multi_line_title'])),
 ('f', '廉  政'),
 ('a', A(title='麻章区民政局开展警示教育月活动',
    dbl=True, lead='本报讯（通讯员 钟 慧）',
    body=['3月上旬，麻章区民政局组织党员干部到市廉政教育基地参观学习，观看警示教育片，并结合典型案例开展讨论。',
          '局党支部书记李振邦表示，要以案为鉴，建设清廉机关，守住民生资金“高压线”。'],
    attr='本报讯（通讯员 钟 慧）', src=SRC1, prov='广东', ag='麻章区民政局', date='2024-03-01',
    people=['钟慧', '李振邦'], tags=['double_spaced', 'period_date', 'name_verb', 'dateline', 'stray_spaces'])),
], dict(w=13, bart=True)))

d = '2025-01-07'
PAGES.append((P, d, '05', 'txt', 'gb18030', False, 'text', 'provincial', ['column_label', 'no_blank_lines'], [
 ('f', yx_head(d, 5, '党建周刊')),
 ('f', '党旗红·民生暖'),
 ('a', A(title='赤坎区民政局：岁末寒冬送温暖',
    lead='本报讯（记者 梁晓琳）',
    body=['12月28日，赤坎区民政局党员志愿服务队走进沙湾街道，为42户困难家庭送去棉被、米油等慰问物资。',
          '区民政局党组书记杨建华说，要把党的温暖送到困难群众心坎上。'],
    attr='本报讯（记者 梁晓琳）', src=SRC1, prov='广东', ag='赤坎区民政局', date='2024-12-28',
    people=['梁晓琳', '杨建华'], tags=['year_boundary', 'dateline', 'name_verb', 'no_blank_lines'])),
 ('a', A(title='徐闻县举办社会组织负责人培训班',
    lead='本报讯（通讯员 蔡晓东）',
    body=['1月3日至4日，徐闻县民政局举办社会组织负责人培训班，全县68家社会组织负责人参加。培训围绕习近平新时代中国特色社会主义思想、社会组织登记管理政策、财务规范等内容展开。',
          '培训要求，社会组织要坚持党建引领，把党的领导落实到议事决策各环节。'],
    attr='本报讯（通讯员 蔡晓东）', src=SRC1, prov='广东', ag='徐闻县民政局', date='2025-01-03',
    people=['蔡晓东'], tags=['dateline', 'no_blank_lines'])),
 ('a', A(title='“三张清单”压实社区党组织责任——霞山区推行社区工作清单化管理',
    tl=['“三张清单”压实社区党组织责任', '——霞山区推行社区工作清单化管理'],
    body=['日前，霞山区民政局印发社区工作事项清单、证明事项清单和负面清单，为社区减负增效。',
          '据介绍，清单明确社区党组织和居委会依法履职事项31项、协助政府工作事项42项，清理不合理证明事项15项。'],
    close='（霞山区民政局供稿）', attr='（霞山区民政局供稿）', src='霞山区民政局', prov='广东', ag='霞山区民政局',
    date='2025-01-07', nums=['三张清单'], tags=['subtitle', 'relative_date', 'no_blank_lines', 'multi_line_title'])),
 ('f', '本版责编：邓小青'),
], dict(w=14, bart=False, notitlegap=True)))

# ---------------------------------------------------------------- 2. 饶平融媒
P = '饶平融媒'; SRC2 = '饶平融媒'
d = '2022-09-16'
PAGES.append((P, d, 'p2', 'txt', 'utf-8', False, 'text', 'county', ['no_blank_lines', 'column_label'], [
 ('f', '饶平融媒·基层党建  2022.09.16'),
 ('a', A(title=None, marker='● ',
    body=['9月13日，黄冈镇党委组织辖区8个村（社区）党组织书记到县民政局学习养老服务政策，现场交流居家养老服务站建设经验。'],
    close='（通讯员 詹少雄）', attr='（通讯员 詹少雄）', src=None, prov='广东', ag='黄冈镇党委', date='2022-09-13',
    people=['詹少雄'], tags=['briefs', 'title_none', 'no_blank_lines'])),
 ('a', A(title='【三饶镇】', ptitle='【三饶镇】', marker='',
    body=['日前，三饶镇举办“党建＋社工”服务项目启动仪式，首批招募志愿者56名，重点服务辖区留守老人和困境儿童。'],
    attr='', src=None, prov='广东', ag='三饶镇', date='2022-09-16',
    people=[], tags=['briefs', 'relative_date', 'no_blank_lines'])),
 ('a', A(title='县民政局开展“两学一做”回头看', marker='● ',
    body=['9月上旬，饶平县民政局机关党支部对照“两学一做”学习教育常态化制度化要求，逐项检查“三会一课”记录和党员学习台账，整改问题7个。'],
    attr='', src=None, prov='广东', ag='饶平县民政局', date='2022-09-01',
    people=[], tags=['briefs', 'period_date', 'no_blank_lines'])),
 ('a', A(title='钱东镇表彰一批优秀网格员', marker='● ',
    body=['9月14日下午，钱东镇召开网格化服务管理工作推进会，对20名优秀网格员进行表彰。'],
    close='（通讯员 林 泽）', attr='（通讯员 林 泽）', src=None, prov='广东', ag='钱东镇', date='2022-09-14',
    people=['林泽'], tags=['briefs', 'half_day_date', 'no_blank_lines', 'stray_spaces'])),
 ('f', '责任编辑：许晓丹'),
], dict(w=18, bart=False, notitlegap=True)))
# the 【三饶镇】 item: marker line prints 【三饶镇】 followed directly by its sentence
PAGES[-1][9][2][1].update(title='三饶镇', ptitle=None, marker='【三饶镇】', tl=[])

d = '2023-07-04'
PAGES.append((P, d, 'p3', 'txt', 'gb18030', True, 'text', 'county', ['column_label'], [
 ('f', '饶平融媒  第3版\n2023年7月4日'),
 ('a', A(title='饶平县召开“七一”表彰大会',
    lead='饶平融媒讯（记者 陈美玲）',
    body=['6月30日上午，饶平县召开庆祝中国共产党成立102周年暨“七一”表彰大会，表彰一批优秀共产党员、优秀党务工作者和先进基层党组织。'],
    attr='饶平融媒讯（记者 陈美玲）', src=SRC2, prov='广东', ag='饶平县委', date='2023-06-30',
    people=['陈美玲'], tags=['dateline', 'half_day_date'])),
 ('a', A(title='饶平县民政系统“七一”表彰名单',
    body=['一、优秀共产党员（6名）',
          '饶平县民政局：詹  华、陈晓燕、余  锋',
          '县社会福利院：刘  清、许丽珊',
          '县救助管理站：张  凯',
          '二、优秀党务工作者（2名）',
          '黄冠英、吴  敏',
          '三、先进基层党组织（2个）',
          '县民政局机关党支部、县殡仪馆党支部'],
    attr='', src=None, prov='广东', ag='饶平县民政局', date='2023-07-04',
    people=['詹华', '陈晓燕', '余锋', '刘清', '许丽珊', '张凯', '黄冠英', '吴敏'], tags=['honour_list', 'enumeration'])),
 ('a', A(title='主题教育进村居 社区党课接地气',
    lead='饶平融媒讯（记者 陈美玲 通讯员 吴少鹏）',
    body=['近日，饶平县民政局联合黄冈镇，在各村居开展主题教育“微党课”巡讲，用潮汕话讲政策、讲故事。',
          '县民政局副局长沈志勇介绍，巡讲已覆盖全县 21个镇，受众5000余人次。'],
    attr='饶平融媒讯（记者 陈美玲 通讯员 吴少鹏）', src=SRC2, prov='广东', ag='饶平县民政局', date='2023-07-04',
    people=['陈美玲', '吴少鹏', '沈志勇'], tags=['relative_date', 'dateline', 'stray_spaces', 'name_verb'])),
], dict(w=17, bart=True)))

d = '2024-11-19'
PAGES.append((P, d, 'p2', 'txt', 'utf-8', False, 'text', 'county', ['column_label', 'pull_quote'], [
 ('f', '饶平融媒 2024年11月19日 第2版'),
 ('f', '▍聚焦三中全会'),
 ('a', A(title='学深悟透全会精神 推动民政改革落地',
    tl=['学深悟透全会精神', '推动民政改革落地'],
    lead='饶平融媒讯（记者 郑伟纯）',
    body=['11月15日，饶平县民政局党组召开理论学习中心组（扩大）学习会，专题学习党的二十届三中全会精神。',
          '会议提出三方面举措：',
          '一是健全分层分类社会救助体系，推进低收入人口动态监测；',
          '二是完善养老服务网络，推动镇级综合养老服务中心建设；',
          '三是加强社会组织党的建设，做到“两个覆盖”应建尽建。',
          '局党组书记、局长余锐强调，要把学习成果转化为推动民政事业高质量发展的具体行动。'],
    pq='把学习成果转化为推动民政事业高质量发展的具体行动',
    attr='饶平融媒讯（记者 郑伟纯）', src=SRC2, prov='广东', ag='饶平县民政局', date='2024-11-15',
    people=['郑伟纯', '余锐'], nums=['两个覆盖'], tags=['enumeration', 'dateline', 'pull_quote', 'multi_line_title'])),
 ('a', A(title='浮滨镇养老服务站建成投用',
    pos='after',
    body=['11月中旬，浮滨镇居家养老服务站建成投用，设有助餐、日间照料、康复理疗等功能区，由镇党委统筹、社工机构运营。'],
    close='（通讯员 蔡伟彬）', attr='（通讯员 蔡伟彬）', src=None, prov='广东', ag='浮滨镇党委', date='2024-11-11',
    people=['蔡伟彬'], tags=['title_after', 'period_date'])),
 ('f', '电话：0768-XXXXXXX  责任编辑：许晓丹  校对：林 佳'),
], dict(w=16, bart=True)))

d = '2025-04-22'
PAGES.append((P, d, 'p4', 'txt', 'utf-8-sig', False, 'text', 'county', ['no_blank_lines'], [
 ('f', '饶平融媒·社会治理'),
 ('a', A(title='“社区议事厅”议出好日子',
    byline='文/图  融媒记者 许嘉欣',
    body=['走进黄冈镇新港社区，“社区议事厅”的牌子格外醒目。社区党委书记黄伟明说，议事厅每月开一次会，居民有事大家商量着办。',
          '今年以来，议事厅共议定加装电梯、整治停车等事项14件，办结率100%。',
          '县民政局有关负责人表示，下一步将在全县推广社区议事协商经验。'],
    caps=['社区居民在议事厅协商小区停车问题。'], capmark='▲',
    attr='文/图  融媒记者 许嘉欣', src=SRC2, prov='广东', ag='新港社区党委', date='2025-04-22',
    people=['许嘉欣', '黄伟明'], tags=['byline_top', 'captions', 'relative_date', 'name_verb', 'no_blank_lines'])),
 ('a', A(title='县民政局党组专题研讨深入贯彻中央八项规定精神学习教育',
    tl=['县民政局党组专题研讨深入贯彻', '中央八项规定精神学习教育'],
    lead='饶平融媒讯（通讯员 吴少鹏）',
    body=['4月18日，县民政局党组召开专题研讨会，围绕深入贯彻中央八项规定精神学习教育开展交流研讨，班子成员逐一发言。'],
    attr='饶平融媒讯（通讯员 吴少鹏）', src=SRC2, prov='广东', ag='饶平县民政局', date='2025-04-18',
    people=['吴少鹏'], tags=['dateline', 'no_blank_lines', 'multi_line_title'])),
], dict(w=15, bart=False, notitlegap=True)))

# ---------------------------------------------------------------- 3. 龙胜融媒
P = '龙胜融媒'; SRC3 = '龙胜融媒'
d = '2023-05-10'
PAGES.append((P, d, '02', 'txt', 'utf-8', False, 'text', 'county', [], [
 ('f', '龙胜融媒  2023年5月10日  第2版  民生'),
 ('a', A(title='各族群众家门口享受养老服务',
    tl=['各族群众家门口', '享受养老服务'],
    byline='融媒记者 石美兰 粟志强',
    body=['在和平乡龙脊村，村级互助养老服务点里十分热闹。76岁的瑶族老人潘桂英说：“在这里吃饭、聊天，比一个人在家好多了。”',
          '近年来，龙胜各族自治县民政局坚持党建引领，依托村党组织建成互助养老服务点46个，覆盖全县10个乡镇。'],
    attr='融媒记者 石美兰 粟志强', src=SRC3, prov='广西', ag='龙胜各族自治县民政局', date='2023-05-10',
    people=['石美兰', '粟志强', '潘桂英'], tags=['byline_top', 'relative_date', 'multi_line_title'])),
 ('a', A(title='泗水乡开展“三严三实”专题党课',
    body=['5月6日，泗水乡党委书记吴建平以“三严三实”为题，为全乡党员干部讲专题党课，要求大家作风严、办事实。'],
    close='（龙胜各族自治县民政局供稿）', attr='（龙胜各族自治县民政局供稿）', src='龙胜各族自治县民政局',
    prov='广西', ag='泗水乡党委', date='2023-05-06', people=['吴建平'], tags=[])),
], dict(w=14, bart=True)))

d = '2024-10-15'
PAGES.append((P, d, '03', 'txt', 'utf-8', True, 'text', 'county', ['column_label'], [
 ('f', '【党建引领基层治理】'),
 ('a', A(title='“四个自信”润童心——县儿童福利指导中心开展主题队日活动',
    tl=['“四个自信”润童心', '——县儿童福利指导中心开展主题队日活动'],
    byline='融媒记者 粟志强',
    body=['10月12日，县儿童福利指导中心党支部组织困境儿童参观龙胜红军楼，开展“四个自信”主题队日活动。',
          '支部书记韦丽华表示，要从小培养孩子们爱党爱国的情感。'],
    attr='融媒记者 粟志强', src=SRC3, prov='广西', ag='龙胜各族自治县儿童福利指导中心', date='2024-10-12',
    people=['粟志强', '韦丽华'], tags=['byline_top', 'subtitle', 'name_verb', 'multi_line_title'])),
 ('a', A(title='瓢里镇社工站获评“五星级”',
    body=['10月上旬，桂林市民政局公布乡镇社工站星级评定结果，瓢里镇社工站获评“五星级”社工站。'],
    close='（通讯员 杨秀梅）', attr='（通讯员 杨秀梅）', src=None, prov='广西', ag='瓢里镇社工站', date='2024-10-01',
    people=['杨秀梅'], tags=['period_date'])),
 ('f', '龙胜融媒体中心主办'),
], dict(w=16, bart=True)))
PAGES[-1][9][1][1]['ag'] = '县儿童福利指导中心'

d = '2022-11-08'
PAGES.append((P, d, '03', 'txt', 'utf-8', False, 'ocr', 'county', [], [
 ('f', '龙胜融媒  2O22年]1月8日  笫3版'),
 ('a', A(title='学习宣传贯彻党的二十大精神宣讲团走进民政系统',
    tl=['学习宣传贯彻党的二十大精神', '', '宣讲团走进民政系统'],
    byline='融媒记者 石美兰',
    body=['1]月3日，县委宣讲团走进县民政局，为机关干部职工宣讲党的二十大精神。',
          '宣讲团成员、县委党校教师龙海燕围绕中国式现代化等内容作辅导报告。大家表示，要把学习成果落实到兜底保障 各项工作中。'],
    attr='融媒记者 石美兰', src=SRC3, prov='广西', ag='龙胜各族自治县民政局', date='2022-11-03',
    people=['石美兰', '龙海燕'], tags=['byline_top', 'multi_line_title', 'stray_spaces', 'ocr'])),
 ('a', A(title='江底乡召开笫三季度党建联席会',
    body=['日前，江底乡党委召开笫三季度党建联席会，听取各村党组织“三会一课”落实情况汇报。'],
    close='（通讯员 蒙 伟）', attr='（通讯员 蒙 伟）', src=None, prov='广西', ag='江底乡党委', date='2022-11-08',
    people=['蒙伟'], tags=['relative_date', 'ocr', 'stray_spaces'])),
], dict(w=13, bart=True)))
PAGES[-1][9][1][1]['title'] = '学习宣传贯彻党的二十大精神宣讲团走进民政系统'

d = '2025-06-17'
PAGES.append((P, d, '02', 'txt', 'utf-8', False, 'ocr', 'county', ['no_blank_lines'], [
 ('f', '龙胜融媒  2O25年明17日'),
 ('a', A(title='县民政局开展“党 员 先锋岗”创评',
    byline='融媒记者 粟志强',
    body=['明1O日，县民政局启动“党员先锋岗”创评活动，在社会救助、婚姻登记等窗口设立先锋岗8个。',
          '局党组书记潘建军说，先锋岗要亮身份、亮承诺，接受群众监督。'],
    attr='融媒记者 粟志强', src=SRC3, prov='广西', ag='龙胜各族自治县民政局', date='2025-06-10',
    people=['粟志强', '潘建军'], tags=['byline_top', 'ocr', 'stray_spaces', 'name_verb', 'no_blank_lines'])),
 ('a', A(title='伟江乡为]2户困难家庭办理临时救助',
    body=['近日，伟江乡党委组织驻村工作队入户排查，为]2户因病致困家庭办理临时救助，发放救助金3.6万元。'],
    close='（龙胜各族自治县民政局供稿）', attr='（龙胜各族自治县民政局供稿）', src='龙胜各族自治县民政局',
    prov='广西', ag='伟江乡党委', date='2025-06-17', people=[], tags=['relative_date', 'ocr', 'no_blank_lines'])),
], dict(w=12, bart=False, notitlegap=True)))

# ---------------------------------------------------------------- 6. 武夷党建月刊
P = '武夷党建月刊'; SRC6 = '武夷党建月刊'
d = '2023-09-01'
PAGES.append((P, d, '18', 'txt', 'utf-8', False, 'text', 'magazine', ['column_label'], [
 ('f', '武夷党建月刊  2023年第9期（总第117期）\n理论前沿'),
 ('a', A(title='以高质量党建推动社会组织健康发展',
    byline='林晓峰',
    body=['摘要：社会组织党建是党的建设的重要领域。本文结合南平市实践，分析社会组织党建的现实路径。',
          '关键词：社会组织；党建引领；基层治理',
          '一、提高政治站位',
          '社会组织党组织要深刻领悟“两个确立”的决定性意义，增强“四个意识”，坚决做到“两个维护”。南平市民政局推行“党建入章程”，全市已有612家社会组织完成章程修订。',
          '二、健全工作机制',
          '要建立健全联系指导、考核评价等机制，推动党组织活动与业务活动相融合。'],
    close='（作者系中共南平市委党校副教授）', attr='林晓峰 （作者系中共南平市委党校副教授）', src=None,
    prov='福建', ag='南平市民政局', date='2023-09-01', people=['林晓峰'],
    tags=['byline_top', 'subheadings', 'enumeration'])),
 ('f', '·18·'),
], dict(w=18, bart=True)))

d = '2024-12-01'
PAGES.append((P, d, '22', 'txt', 'gb18030', True, 'text', 'magazine', ['column_label', 'pull_quote'], [
 ('f', '基层走笔'),
 ('a', A(title='“幸福院”里的党员志愿者——建阳区童游街道党建引领居家养老见闻',
    tl=['“幸福院”里的党员志愿者', '——建阳区童游街道党建引领居家养老见闻'],
    byline='本刊记者 游丽芳',
    body=['11月下旬的一个早晨，童游街道长安社区幸福院里飘出饭菜香。党员志愿者吴玉兰正在帮老人们分餐。',
          '“我们社区有党员志愿者112名，轮流到幸福院值班。”社区党委书记刘丽萍说。',
          '童游街道党工委把居家养老纳入党建引领基层治理重点项目，辖区9个社区实现幸福院全覆盖。'],
    pq='“我们社区有党员志愿者112名，轮流到幸福院值班。”',
    attr='本刊记者 游丽芳', src=SRC6, prov='福建', ag='童游街道党工委', date='2024-11-21',
    people=['游丽芳', '吴玉兰', '刘丽萍'], tags=['byline_top', 'subtitle', 'period_date', 'name_verb', 'pull_quote', 'multi_line_title'])),
 ('a', A(title='访谈：让社会组织成为基层治理生力军——访南平市民政局党组书记、局长陈建明',
    tl=['访谈：让社会组织成为基层治理生力军', '——访南平市民政局党组书记、局长陈建明'],
    byline='本刊记者 游丽芳',
    body=['问：南平市在社会组织党建方面有哪些探索？',
          '答：我们成立了市社会组织综合党委，实行“一组织一指导员”，推动党的组织和党的工作有效覆盖。',
          '问：下一步有什么打算？',
          '答：我们将深化“三级联动”，推动市县乡社会组织服务平台贯通。'],
    attr='本刊记者 游丽芳', src=SRC6, prov='福建', ag='南平市民政局', date='2024-12-01',
    people=['游丽芳', '陈建明'], tags=['interview', 'byline_top', 'subtitle', 'multi_line_title'])),
 ('f', '2024·12  武夷党建月刊  22'),
], dict(w=17, bart=True)))

d = '2022-07-01'
PAGES.append((P, d, '30', 'txt', 'utf-8', True, 'ocr', 'magazine', ['column_label'], [
 ('f', '武夷党建月刊 2O22年笫7期\n支部风采'),
 ('a', A(title='邵武市民政局机关党支部：把支部建在服务一线',
    byline='本刊通讯员 黄 磊',
    body=['邵武市民政局机关党支部现有党员3]名。支部坚持“三会一课”，开展“党员进村居”活动，今年上半年为群众办实事26件。',
          '支部书记谢文华说，支部工作要和民生服务紧紧捆在一起。'],
    attr='本刊通讯员 黄 磊', src=SRC6, prov='福建', ag='邵武市民政局', date='2022-07-01',
    people=['黄磊', '谢文华'], tags=['byline_top', 'ocr', 'stray_spaces', 'name_verb'])),
 ('a', A(title='延伸阅读',ptitle=None, title_override=True,
    body=['邵武市“党员进村居”活动自2O2O年启动，已形成政策宣讲、困难帮扶、矛盾调解三项服务清单。'],
    attr='', src=None, prov='福建', ag=None, date='2022-07-01', people=[], tags=['related_link', 'title_none', 'ocr'])),
 ('f', '·30·'),
], dict(w=15, bart=True)))
# the 延伸阅读 box: label is furniture, article title null
_a = PAGES[-1][9][2][1]; _a.update(title=None, top='延伸阅读', tl=[])
_a['ag'] = None

d = '2025-03-01'
PAGES.append((P, d, '12', 'txt', 'utf-8-sig', False, 'ocr', 'magazine', ['column_label'], [
 ('f', '武夷党建月刊  2O25年笫3期  ]2'),
 ('f', '清风武夷'),
 ('a', A(title='福建省民政厅部署清廉机关建设',
    byline='本刊编辑部',
    body=['2月]8日，福建省民政厅召开清廉机关建设推进会，部署2O25年全面从严治党重点任务，要求持续深化模范机关创建。',
          '会议通报了全省民政系统典型问题，强调要驰而不息纠治“四风”。'],
    attr='本刊编辑部', src=SRC6, prov='福建', ag='福建省民政厅', date='2025-02-18',
    people=[], tags=['byline_top', 'ocr'])),
 ('a', A(title='光泽县开展社会组织“年检+党检”',
    pos='after',
    body=['近日，光泽县民政局对全县l04家社会组织开展“年检+党检”，将党建工作情况纳入年度检查内容。'],
    close='（光泽县民政局供稿）', attr='（光泽县民政局供稿）', src='光泽县民政局', prov='福建', ag='光泽县民政局',
    date='2025-03-01', people=[], tags=['title_after', 'ocr', 'relative_date'])),
], dict(w=16, bart=True)))

# ---------------------------------------------------------------- 7. 人民社工报 (national)
P = '人民社工报'; SRC7 = '人民社工报'
d = '2023-04-18'
PAGES.append((P, d, '02', 'txt', 'utf-8', False, 'text', 'national', ['column_label'], [
 ('f', '2023年4月18日  星期二\n人民社工报  2  党建'),
 ('a', A(title='民政部部署开展学习贯彻习近平新时代中国特色社会主义思想主题教育',
    tl=['民政部部署开展学习贯彻习近平新时代', '中国特色社会主义思想主题教育'],
    lead='本报北京4月14日电（记者 宋立新）',
    body=['民政部近日召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会，对部机关和直属单位开展主题教育作出安排。',
          '会议要求，牢牢把握“学思想、强党性、重实践、建新功”的总要求，以学铸魂、以学增智、以学正风、以学促干。'],
    attr='本报北京4月14日电（记者 宋立新）', src=SRC7, prov=None, ag='民政部', date='2023-04-14',
    people=['宋立新'], tags=['dateline', 'national_body', 'multi_line_title'])),
 ('a', A(title='党建业务同频共振广西：社会组织党建与业务“双融合”', tl=['党建业务同频共振', '广西：社会组织党建与业务“双融合”'],
    lead='本报南宁4月16日电（记者 覃海燕）',
    body=['记者从广西壮族自治区民政厅获悉，广西今年将在全区推行社会组织党建与业务“双融合”工作法，力争年底前全区性社会组织党组织覆盖率达95%以上。',
          '自治区民政厅有关负责人介绍，融合工作法重在解决党建与业务“两张皮”问题。'],
    attr='本报南宁4月16日电（记者 覃海燕）', src=SRC7, prov='广西', ag='广西壮族自治区民政厅', date='2023-04-16',
    people=['覃海燕'], tags=['dateline', 'province_context', 'kicker', 'multi_line_title'])),
], dict(w=19, bart=True)))

d = '2024-01-09'
PAGES.append((P, d, '04', 'txt', 'utf-8', True, 'text', 'national', ['column_label', 'editor_note'], [
 ('f', '人民社工报  2024年1月9日  第4版  社会工作·人物'),
 ('f', '编者按：社会工作者活跃在基层治理一线。本期走近几位扎根基层的社工党员。'),
 ('a', A(title='跨越五千公里的社工情谊',
    lead='本报广州1月5日电（记者 何丽君）',
    body=['去年12月26日，来自新疆喀什的社会工作者阿依古丽·\n买买提结束了在广州为期三个月的跟岗学习。',
          '“广州的社工站把党建和服务结合得很紧密，我要把经验带回去。”阿依古丽·买买提说。',
          '广州市民政局与喀什地区民政局自2021年起开展社工人才交流，已有86名社工参加跟岗学习。'],
    caps=['图为阿依古丽·买买提（右）在社工站为老人测量血压。（本报记者 何丽君 摄）'],
    attr='本报广州1月5日电（记者 何丽君）', src=SRC7, prov='广东', ag='广州市民政局', date='2023-12-26',
    people=['何丽君', '阿依古丽·买买提'], tags=['dateline', 'dot_name', 'year_boundary', 'captions', 'name_verb', 'province_context'])),
 ('a', A(title='海口：“椰城社工”服务品牌亮相',
    lead='本报海口1月7日电（通讯员 王少文）',
    body=['1月6日，海口市民政局发布“椰城社工”服务品牌，全市 43个镇（街道）社工站统一标识、统一服务清单。'],
    attr='本报海口1月7日电（通讯员 王少文）', src=SRC7, prov='海南', ag='海口市民政局', date='2024-01-06',
    people=['王少文'], tags=['dateline', 'stray_spaces'])),
], dict(w=16, bart=True)))

d = '2024-07-02'
PAGES.append((P, d, '01', 'txt', 'gb18030', True, 'text', 'national', ['column_label'], [
 ('f', '人民社工报\n2024年7月2日 星期二  第1版'),
 ('a', A(title='党旗在基层高高飘扬',
    tl=['党 旗 在 基 层 高 高 飘 扬'],
    byline='本报评论员',
    body=['党的力量来自组织。民政系统直接面向群众，基层党组织建设得好不好，群众感受最直接。',
          '要坚持“三会一课”等组织生活制度，把“第一议题”制度落到实处，让每一个支部都成为坚强战斗堡垒。'],
    attr='本报评论员', src=SRC7, prov=None, ag=None, date='2024-07-02', people=[],
    tags=['byline_top', 'stray_spaces'])),
 ('a', A(title='中央社会工作部召开社会工作人才队伍建设座谈会',
    lead='新华社北京6月28日电',
    body=['中央社会工作部28日在京召开社会工作人才队伍建设座谈会。会议强调，要加强社会工作人才队伍思想政治建设，推动社会工作高质量发展。'],
    attr='新华社北京6月28日电', src='新华社', prov=None, ag='中央社会工作部', date='2024-06-28',
    people=[], tags=['dateline', 'national_body'])),
 ('a', A(title='福建三明：党建引领“一老一小”服务提质',
    lead='本报三明6月30日电（记者 郑小燕）',
    body=['6月下旬，三明市民政局召开“一老一小”服务推进会。目前全市已建成社区嵌入式养老服务机构58家、儿童之家372个。'],
    end='（下转第3版）',
    attr='本报三明6月30日电（记者 郑小燕）', src=SRC7, prov='福建', ag='三明市民政局', date='2024-06-21',
    people=['郑小燕'], tags=['dateline', 'period_date', 'continued'])),
], dict(w=18, bart=True)))

d = '2025-02-25'
PAGES.append((P, d, '06', 'txt', 'utf-8-sig', False, 'text', 'national', ['column_label', 'no_blank_lines'], [
 ('f', '人民社工报 2025.2.25 06 地方动态'),
 ('a', A(title='海南省民政厅召开党组会议传达学习全国民政工作会议精神', marker='◆ ',
    body=['2月20日，海南省民政厅党组召开会议，传达学习全国民政工作会议精神，研究贯彻落实措施。'],
    close='（据海南省民政厅）', attr='（据海南省民政厅）', src='海南省民政厅', prov='海南', ag='海南省民政厅', date='2025-02-20',
    people=[], tags=['briefs', 'no_blank_lines'])),
 ('a', A(title='广东省社会组织党委开展新任党组织书记培训', marker='◆ ',
    body=['2月中旬，广东省社会组织党委举办新任党组织书记培训班，120余名学员参训。'],
    close='（据广东省民政厅）', attr='（据广东省民政厅）', src='广东省民政厅', prov='广东', ag='广东省社会组织党委', date='2025-02-11',
    people=[], tags=['briefs', 'period_date', 'no_blank_lines'])),
 ('a', A(title=None, marker='◆ ',
    body=['2月21日上午，福州市鼓楼区民政局党组书记郑丽娟带队走访辖区养老机构，检查消防安全和节后服务保障。'],
    close='（鼓楼区民政局供稿）', attr='（鼓楼区民政局供稿）', src='鼓楼区民政局', prov='福建', ag='鼓楼区民政局', date='2025-02-21',
    people=['郑丽娟'], tags=['briefs', 'title_none', 'half_day_date', 'no_blank_lines'])),
 ('a', A(title='玉林市：“红色驿站”服务新就业群体', marker='◆ ',
    body=['今年以来，玉林市民政局联合市委社会工作部在城区建成“红色驿站”32个，为快递员、外卖骑手提供休息、充电等服务。'],
    attr='', src=None, prov='广西', ag='玉林市民政局', date='2025-02-25',
    people=[], tags=['briefs', 'relative_date', 'no_blank_lines'])),
], dict(w=20, bart=False, notitlegap=True)))

# ---------------------------------------------------------------- 4. 郁江民政党建简报 (docx)
P = '郁江民政党建简报'
DOCX = []  # (date, name, masthead lines, contents lines, articles, distribution lines)
def credit(a, unit, src):
    a.update(close='（%s）' % unit, attr='（%s）' % unit, src=src); return a
DOCX.append(('2023-03-15', 'jianbao', ['郁江民政党建简报', '第3期', '中共贵港市民政局机关委员会编', '2023年3月15日'],
 ['目  录', '市民政局召开2023年党建工作会议', '社会事务科党支部开展主题党日活动'],
 [credit(A(title='市民政局召开2023年党建工作会议',
    body=['3月10日，市民政局召开2023年全面从严治党暨党建工作会议，传达学习党的二十大精神，部署年度党建工作。',
          '会议要求，各支部要落实“三会一课”制度，深化模范机关创建，推动“三级联动”走深走实。'],
    prov='广西', ag='贵港市民政局', date='2023-03-10', people=[], tags=['docx']), '办公室', '贵港市民政局办公室'),
  credit(A(title='社会事务科党支部开展主题党日活动',
    body=['3月上旬，市民政局社会事务科党支部组织党员到港北区救助管理站开展主题党日活动，为受助人员理发、整理床铺。'],
    prov='广西', ag='贵港市民政局', date='2023-03-01', people=['覃丽萍'], tags=['docx', 'period_date']),
    '社会事务科党支部 覃丽萍', '贵港市民政局社会事务科党支部')],
 ['报：市委直属机关工委，局党组成员', '送：各县（市、区）民政局', '发：局机关各支部']))
DOCX.append(('2023-11-28', 'jianbao', ['郁江民政党建简报', '第11期', '中共贵港市民政局机关委员会编', '2023年11月28日'],
 [],
 [credit(A(title='主题教育看成效',
    body=['一、理论学习走深走实',
          '局党组把“第一议题”制度作为首要学习任务，今年以来开展集中学习23次。',
          '二、调查研究务实管用',
          '局领导班子围绕养老服务、婚姻登记“跨省通办”等开展专题调研12项，推动解决问题18个。',
          '三、检视整改真改实改',
          '对照“四个意识”“四个自信”开展检视，整改问题清单全部销号。'],
    prov='广西', ag='贵港市民政局', date='2023-11-28', people=[], tags=['docx', 'subheadings', 'enumeration', 'relative_date']),
    '局机关党委', '贵港市民政局机关党委'),
  credit(A(title='平南县民政局开展“民政为民”志愿服务',
    body=['11月18日上午，平南县民政局组织党员志愿者深入大安镇开展政策宣传，发放资料600余份。'],
    prov='广西', ag='平南县民政局', date='2023-11-18', people=['黄秋云'], tags=['docx', 'half_day_date']),
    '平南县民政局 黄秋云', '平南县民政局')],
 ['报：市委直属机关工委', '发：局机关各支部、各县（市、区）民政局']))
DOCX.append(('2024-01-16', 'jianbao', ['郁江民政党建简报', '2024年第1期（总第35期）', '中共贵港市民政局机关委员会编', '2024年1月16日'],
 ['本期目录', '局机关党委召开2023年度支部书记抓党建述职评议会', '局机关2023年度优秀共产党员名单'],
 [credit(A(title='局机关党委召开2023年度支部书记抓党建述职评议会',
    body=['12月29日，局机关党委召开2023年度支部书记抓党建述职评议会，6个党支部书记现场述职。局党组书记、局长蒙卫东作点评。',
          '蒙卫东指出，2024年要以党建引领推动民政事业高质量发展。'],
    prov='广西', ag='贵港市民政局', date='2023-12-29', people=['蒙卫东'], tags=['docx', 'year_boundary', 'name_verb']),
    '局机关党委', '贵港市民政局机关党委'),
  credit(A(title='局机关2023年度优秀共产党员名单',
    body=['经支部推荐、机关党委审核，评选出2023年度优秀共产党员8名：',
          '办公室：韦  俊、梁美玲',
          '社会救助科：覃  峰、李晓红',
          '养老服务科：黄志勇、陆  琳',
          '社会组织管理科：甘小雨、莫  凡'],
    prov='广西', ag='贵港市民政局', date='2024-01-16',
    people=['韦俊', '梁美玲', '覃峰', '李晓红', '黄志勇', '陆琳', '甘小雨', '莫凡'], tags=['docx', 'honour_list']),
    '局机关党委', '贵港市民政局机关党委')],
 ['报：市委直属机关工委', '送：局领导', '发：局机关各支部']))
DOCX.append(('2025-05-20', 'jianbao', ['郁江民政党建简报', '第5期', '中共贵港市民政局机关委员会编', '2025年5月20日'],
 [],
 [credit(A(title='桂平市社会组织党委开展深入贯彻中央八项规定精神学习教育',
    body=['5月中旬，桂平市社会组织党委组织所属党组织开展中央八项规定精神学习教育专题学习，以学正风，以学促干。'],
    prov='广西', ag='桂平市社会组织党委', date='2025-05-11', people=['甘丽华'], tags=['docx', 'period_date']),
    '桂平市民政局 甘丽华', '桂平市民政局'),
  credit(A(title='市救助管理站党支部开展“国之大者”专题研讨',
    body=['5月14日，市救助管理站党支部开展专题研讨，党员围绕胸怀“国之大者”、做好流浪乞讨人员救助工作交流发言。'],
    prov='广西', ag='贵港市救助管理站', date='2025-05-14', people=[], tags=['docx']),
    '市救助管理站党支部', '贵港市救助管理站党支部')],
 ['报：市委社会工作部，市委直属机关工委', '送：各县（市、区）民政局', '发：局机关各支部（共印20份）']))

# ---------------------------------------------------------------- 5. 万泉河民政网 (html)
P5 = '万泉河民政网'
HTML = []  # (date, name, enc, html_text, articles)
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
def html_article(charset, title, info, paras, rel):
    ps = '\n'.join('<p style="text-indent:2em">%s</p>' % esc(p) for p in paras)
    rl = '\n'.join('<li><a href="#">%s</a></li>' % esc(r) for r in rel)
    return ('<!DOCTYPE html>\n<html><head><meta charset="%s"><title>%s_万泉河民政网</title></head>\n<body>\n'
            '<div class="nav">首页 &gt; 党建工作 &gt; 机关党建</div>\n<h1>%s</h1>\n<div class="info">%s  【字体：大 中 小】  打印  关闭</div>\n'
            '<div class="content">\n%s\n</div>\n%s'
            '<div class="foot">琼海市民政局主办  琼ICP备XXXXXXXX号</div>\n</body></html>\n') % (charset, esc(title), esc(title), esc(info), ps,
            ('<div class="rel"><h3>相关链接</h3><ul>\n%s\n</ul></div>\n' % rl) if rel else '')
a = A(title='琼海市民政局召开党组理论学习中心组学习会',
      body=['8月22日上午，琼海市民政局召开党组理论学习中心组学习会，专题学习总体国家安全观，局党组书记、局长王海生主持会议。',
            '会议强调，要增强忧患意识，统筹发展和安全，守牢民政领域安全底线。'],
      attr='来源：琼海市民政局 作者：王小梅', src='琼海市民政局', prov='海南', ag='琼海市民政局', date='2023-08-22',
      people=['王海生', '王小梅'], tags=['html', 'half_day_date', 'related_link'])
HTML.append(('2023-08-23', 'content_3391', 'utf-8', html_article('utf-8', a['title'], '发布时间：2023-08-23 09:15  来源：琼海市民政局 作者：王小梅  浏览次数：312', a['body'], ['琼海市民政局开展主题教育读书班', '市民政局召开清廉机关建设推进会']), [a]))
a = A(title='嘉积镇社会组织党群服务中心揭牌',
      body=['近日，嘉积镇社会组织党群服务中心揭牌运行，中心为辖区社会组织提供党员教育、登记咨询、孵化培育等服务。',
            '嘉积镇党委有关负责人表示，将以中心为平台，推动社会组织党建与基层治理深度融合。'],
      attr='来源：本网 作者：符丽娜', src=P5, prov='海南', ag='嘉积镇党委', date='2024-05-09',
      people=['符丽娜'], tags=['html', 'relative_date', 'gb18030'])
HTML.append(('2024-05-09', 'content_4120', 'gb18030', html_article('gb18030', a['title'], '发布时间：2024-05-09  来源：本网 作者：符丽娜  浏览次数：188', a['body'], []), [a]))
a = A(title='海南省民政厅深入学习贯彻二十届三中全会精神',
      body=['8月5日，海南省民政厅党组召开扩大会议，深入学习贯彻二十届三中全会精神，研究部署民政领域改革任务。',
            '会议要求，全省民政系统要把思想和行动统一到全会精神上来，推动海南民政事业高质量发展。'],
      attr='来源：海南省民政厅 作者：', src='海南省民政厅', prov='海南', ag='海南省民政厅', date='2024-08-05',
      people=[], tags=['html', 'related_link'])
a['attr'] = '来源：海南省民政厅'
HTML.append(('2024-08-07', 'content_4388', 'utf-8', html_article('utf-8', a['title'], '发布时间：2024-08-07  来源：海南省民政厅 作者：  浏览次数：96', a['body'], ['海南省民政厅召开全省民政工作会议']), [a]))
entries = [
 A(title='市民政局开展“七一”走访慰问老党员活动', body=['6月28日，市民政局党组成员分组走访慰问生活困难党员和老党员，送去慰问金和党的关怀。'],
   src=P5, prov='海南', ag='琼海市民政局', date='2025-06-28', people=[], tags=['html'], stamp='2025-06-30'),
 A(title='博鳌镇推进“党建+社工”服务', body=['近日，博鳌镇党委依托镇社工站，组建党员社工服务队，为独居老人提供上门服务。'],
   src=P5, prov='海南', ag='博鳌镇党委', date='2025-06-24', people=[], tags=['html', 'relative_date'], stamp='2025-06-24'),
 A(title='市社会组织综合党委召开年中工作推进会', body=['6月中旬，市社会组织综合党委召开年中工作推进会，听取各联合党支部工作汇报。'],
   src=P5, prov='海南', ag='琼海市社会组织综合党委', date='2025-06-11', people=[], tags=['html', 'period_date'], stamp='2025-06-20'),
]
entries[2]['ag'] = '市社会组织综合党委'
lis = '\n'.join('<li><a href="#">%s</a><p class="sum">%s</p><span class="date">%s</span></li>' % (esc(e['title']), esc(e['body'][0]), e['stamp']) for e in entries)
list_html = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>机关党建_万泉河民政网</title></head>\n<body>\n'
             '<div class="nav">首页 &gt; 党建工作 &gt; 机关党建</div>\n<ul class="list">\n%s\n</ul>\n'
             '<div class="page">共3条  首页 上一页 1 下一页 尾页</div>\n<div class="foot">琼海市民政局主办</div>\n</body></html>\n') % lis
HTML.append(('2025-06-30', 'list_jgdj', 'utf-8', list_html, entries))

# ---------------------------------------------------------------- write
def writef(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f: f.write(data)

truth = {}
for (pub, d, name, ext, enc, crlf, kind, pkind, extra, items, st) in PAGES:
    text = render_text(items, st)
    if crlf: text = text.replace('\n', '\r\n')
    rel = '%s/%s/%s.%s' % (pub, d, name, ext)
    writef(os.path.join(HERE, rel), text.encode(enc))
    arts = [truth_article(it[1], d) for it in items if it[0] == 'a']
    ptags = set(extra)
    for ar in arts: ptags |= set(ar['phenomena'])
    if crlf: ptags.add('crlf')
    if enc == 'gb18030': ptags.add('gb18030')
    if enc == 'utf-8-sig': ptags.add('utf8_bom')
    if kind == 'ocr': ptags.add('ocr')
    truth[rel] = {'encoding': enc, 'crlf': crlf, 'kind': kind, 'publication_kind': pkind,
                  'phenomena': sorted(ptags), 'articles': arts}

import docx
for (d, name, mast, contents, arts, dist) in DOCX:
    doc = docx.Document()
    for i, m in enumerate(mast): doc.add_paragraph(m)
    for c in contents: doc.add_paragraph(c)
    for a in arts:
        doc.add_paragraph(a['title'])
        for p in a['body']: doc.add_paragraph(p)
        doc.add_paragraph(a['close'])
    doc.add_paragraph('')
    for l in dist: doc.add_paragraph(l)
    rel = '%s/%s/%s.docx' % (P, d, name)
    os.makedirs(os.path.join(HERE, P, d), exist_ok=True)
    doc.save(os.path.join(HERE, rel))
    ta = [truth_article(a, d) for a in arts]
    ptags = {'docx', 'bulletin_masthead', 'distribution_lines'}
    if contents: ptags.add('contents_list')
    for ar in ta: ptags |= set(ar['phenomena'])
    truth[rel] = {'encoding': 'docx', 'crlf': False, 'kind': 'docx', 'publication_kind': 'bulletin',
                  'phenomena': sorted(ptags), 'articles': ta}

for (d, name, enc, html, arts) in HTML:
    rel = '%s/%s/%s.html' % (P5, d, name)
    writef(os.path.join(HERE, rel), html.encode(enc))
    ta = [truth_article(a, d) for a in arts]
    ptags = {'html'}
    if enc == 'gb18030': ptags.add('gb18030')
    for ar in ta: ptags |= set(ar['phenomena'])
    truth[rel] = {'encoding': enc, 'crlf': False, 'kind': 'html', 'publication_kind': 'county',
                  'phenomena': sorted(ptags), 'articles': ta}

with open(os.path.join(HERE, 'truth-%s.json' % SET), 'w', encoding='utf-8') as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print(len(truth), 'pages', sum(len(v['articles']) for v in truth.values()), 'articles')
