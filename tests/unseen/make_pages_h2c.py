"""Truth pages (held back as batch h2, now development), set h2c (北京, 天津, 河北, 山西, 内蒙古).

Seven invented publications, four pages each (28 pages):

- 京畿理论周刊 (national, text, UTF-8; one page with BOM, one page double-spaced): a theory
  weekly.  Author pieces with the author's name alone under the title and a closing
  （作者系…）/（作者单位：…）; numbered subheadings (一、 （一）) or short unnumbered ones; pull
  quotes (a sentence printed again between paragraphs, set off by 「」 or by a ▍ bar); an
  editor's note; column labels (【学思践悟】) and a 本报评论员 piece; 新华社 items about national
  bodies.  Scholars' pieces have province, agency and source null, date = issue date.
- 燕冀日报 (provincial daily of 河北, text, GB18030, no blank lines at all, one page CRLF):
  paragraphs are only marked by a full-width indent; kickers (引题) above titles of two lines;
  本报讯/本报某地电 datelines; （上接第1版）/（下转第4版）; a 相关链接 box; a title printed after
  its article; captions credited （某某 摄）.
- 乌拉特融媒快讯 (county media centre of 乌拉特前旗, 内蒙古, text): brief pages of ■ ◆ ● 【】
  items, Mongolian names with · (broken across lines at the dot), half-day dates (上午/下午) and
  上旬/中旬/下旬; a January page with December events; one page with BOM, one CRLF.
- 津南民政在线 (district 民政 portal of 津南区, 天津, HTML): a home-made CMS of tables and
  oddly named classes; info line 来源/作者/发布时间/点击; 相关链接 lists (furniture) and a
  延伸阅读 box with text of its own (an article); one page in GB18030; one list page.
- 晋中民政工作简报 (bulletin of 晋中市民政局, 山西, .docx): masthead, 目录, articles closed by
  （某某供稿）, an honour list with padded two-character names, 报/送/发 lines.
- 云冈晚报 (municipal evening paper of 大同, 山西; kind provincial, pages ocr): OCR text of
  scanned pages: running heads with misread characters and digits (year printed there), a blank
  line inside two-line titles, stray spaces, captions; a constant section label 社区·党建.
- 津门社会工作 (magazine, 天津, text; folder date = first of the month): interview pages with
  ——访某某 subtitles, 本刊记者 bylines, 记者：/name： or 问：/答： turns, pull quotes, editor's
  notes, a 记者手记 piece.

Decisions beyond docs/truth_conventions.md:
- A dateline or 本报讯 opening the lead is the attribution and is NOT part of body[0]; body[0]
  starts after it.  Stray spaces of the page are not kept in the truth (the check ignores
  whitespace anyway).
- An author's name under the title plus the closing （作者系…） note: attribution is the two joined
  with nothing between them.
- The portal's list page: each entry (title, date, printed summary ending in ……) is an article
  whose body is the printed summary; its date follows the summary's event day, else the entry's
  listed date.  Breadcrumbs, 发布时间, 点击, 相关链接 lists are furniture.
- A 记者手记 piece is an article titled 记者手记; 延伸阅读/相关链接 boxes with their own text are
  articles of their own (their labels are furniture); the labels are
  furniture.  An interview's turns keep their speaker prefix; the interview's agency is the
  interviewee's body.
- A bulletin's 目录 entries are furniture even though they repeat titles.
- In the brief pages a half-day phrase (5日上午) gives the day; “元旦前后” style phrases are not
  used.  Items with only 通讯员 at the end have source null.
- OCR misreadings are kept to furniture (running heads); body text of OCR pages is read right
  apart from stray spaces, so truth = page text with whitespace removed.

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a county, city or division the article does not print before the town or district body is dropped (乌拉特前旗乌拉山镇党委→乌拉山镇党委; 乌拉特前旗新安镇党委→新安镇党委; 乌拉特前旗明安镇党委→明安镇党委; 乌拉特前旗沙德格苏木党委→沙德格苏木党委; 乌拉特前旗白彦花镇→白彦花镇; 乌拉特前旗苏独仑镇党委→苏独仑镇党委; 乌拉特前旗西小召镇社区党委→西小召镇社区党委; 乌拉特前旗额尔登布拉格苏木→额尔登布拉格苏木; 和平区小白楼街道→小白楼街道).
aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a town or district body printed only with its county or city keeps it (西青区民政局→天津市西青区民政局).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 3 (an uncredited report of
the paper or site → the paper, source) 22; kind 5 (an agency printed in no form → null, agency) 2 —
24 values, listed in _TRUTH10 and applied as the truth is written; no page changes.
aligned to docs/truth_conventions.md (round twelve): round twelve kind 1 (a list page entry with no credit of its own → the site, source) 5 — 5 values, listed in _TRUTH12 and applied as the truth is written; no page changes.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = 'h2c'

CANON = ['“两个确立”', '“两个维护”', '“四个意识”', '“四个自信”', '“两个大局”', '“国之大者”',
         '“两个结合”', '“六个必须坚持”', '“三会一课”', '“第一议题”', '“三级联动”', '“四风”',
         '“两学一做”', '“三严三实”', '“不忘初心、牢记使命”',
         '习近平新时代中国特色社会主义思想', '主题教育', '党史学习教育', '模范机关', '清廉机关',
         '总体国家安全观', '高质量发展', '中国式现代化', '全面从严治党', '中央八项规定', '党建引领',
         '以学铸魂', '以学增智', '以学正风', '以学促干', '学思想、强党性、重实践、建新功',
         '党的二十大精神', '二十届三中全会精神']
NUM = '一二三四五六七八九十两'


def slogans_of(text):
    t = re.sub(r'\s', '', text)
    out = []
    for c in CANON:
        bare = c.strip('“”')
        if bare in t and c not in out:
            out.append(c)
    for m in re.finditer('“([%s]个[^”]{1,10})”' % NUM, t):
        f = '“%s”' % m.group(1)
        if f not in out:
            out.append(f)
    return out


class A:
    """One article: truth fields plus how it is printed."""

    def __init__(self, title, body, attr='', source=None, prov=None, agency=None, date=None,
                 people=(), captions=(), tags=(), kicker=None, subtitle=None, top=None, lead=None,
                 end=None, end_inline=False, title_pos='before', marker=None, pull=None,
                 cap_after=None, cont_out=None, pull2=None):
        self.title_print = title
        self.kicker, self.subtitle = kicker, subtitle
        self.body_print = list(body)
        self.top, self.lead, self.end = top, lead, end
        self.end_inline = end_inline
        self.attr = attr if attr else ''.join(x for x in (top, lead, end) if x)
        self.source, self.prov, self.agency, self.date = source, prov, agency, date
        self.people, self.captions = list(people), list(captions)
        self.tags = list(tags)
        self.title_pos, self.marker = title_pos, marker
        self.pull, self.pull2, self.cap_after, self.cont_out = pull, pull2, cap_after, cont_out

    def clean(self, s):
        return s.replace('|', '')

    def title(self):
        if self.title_print is None:
            return None
        parts = [p for p in (self.kicker, self.title_print, self.subtitle) if p]
        return self.clean(''.join(parts))

    def truth(self):
        body = [self.clean(p) for p in self.body_print]
        title = self.title()
        return {'title': title, 'body': body, 'attribution': self.clean(self.attr),
                'source': self.source, 'province': self.prov, 'agency': self.agency,
                'date': self.date, 'people': self.people,
                'slogans': slogans_of((title or '') + ''.join(body)),
                'captions': [self.clean(c) for c in self.captions], 'phenomena': self.tags}


# ---------------------------------------------------------------- text rendering
def wrap(s, w, indent=''):
    lines, cur = [], indent
    for ch in s:
        if ch == '|':
            lines.append(cur)
            cur = ''
            continue
        cur += ch
        if len(cur) >= w:
            lines.append(cur)
            cur = ''
    if cur:
        lines.append(cur)
    return lines


def strays(line, rng, p):
    if p <= 0:
        return line
    out = ''
    for i, ch in enumerate(line):
        out += ch
        nxt = line[i + 1] if i + 1 < len(line) else ''
        if ((ch.isdigit() and nxt and not nxt.isdigit()) or (nxt in '。”）' and nxt)
                or (ch in '“（' and nxt)) and rng.random() < p:
            out += ' '
    return out


def render_text(items, w=16, blank='para', indent='', p=0.0, seed=1, title_w=None,
                ocr_title_gap=False):
    rng = random.Random(seed)
    out = []

    def emit(lines, stray=True):
        for ln in lines:
            out.append(strays(ln, rng, p) if stray else ln)
            if blank == 'double':
                out.append('')

    def sep():
        if blank == 'para':
            out.append('')

    def title_lines(a):
        ls = []
        if a.kicker:
            ls.append(a.kicker)
        parts = a.title_print.split('|')
        for i, part in enumerate(parts):
            if i and ocr_title_gap:
                ls.append('')
            ls.append(part)
        if a.subtitle:
            ls.append(a.subtitle)
        return ls

    for it in items:
        if isinstance(it, str):
            emit([it] if it else [''], stray=False)
            if it:
                sep()
            continue
        a = it
        if a.marker and a.title_print is not None and a.title_pos == 'before':
            emit([a.marker + a.title_print.replace('|', '')], stray=False)
        elif a.title_print is not None and a.title_pos == 'before':
            emit(title_lines(a), stray=False)
            sep()
        if a.top:
            emit([a.top], stray=False)
        n = len(a.body_print)
        for i, para in enumerate(a.body_print):
            txt = para
            pre = indent
            if i == 0 and a.lead:
                txt = a.lead + txt
            if i == 0 and a.marker and (a.title_print is None or a.title_pos != 'before'):
                pre = a.marker
            if i == n - 1 and a.end and a.end_inline:
                txt = txt + a.end
            emit(wrap(txt, w, pre))
            if a.pull and a.pull[0] == i:
                sep()
                emit(a.pull[1:], stray=False)
            if a.pull2 and a.pull2[0] == i:
                sep()
                emit(a.pull2[1:], stray=False)
            if a.cap_after == i:
                for c in a.captions:
                    emit(wrap(getattr(a, 'cap_mark', '') + c, w))
            if blank == 'para' and not a.marker:
                sep()
        if a.cont_out:
            emit([a.cont_out], stray=False)
        if a.end and not a.end_inline:
            emit(wrap(a.end, w + 2), stray=False)
        if a.cap_after == -1:
            for c in a.captions:
                emit(wrap(getattr(a, 'cap_mark', '') + c, w))
        if a.title_print is not None and a.title_pos == 'after':
            if blank == 'para':
                sep()
            emit(title_lines(a), stray=False)
        if blank == 'para' or a.marker is None:
            sep()
    while out and out[-1] == '':
        out.pop()
    if blank == 'none':
        out = [x for x in out if x != '']
    return '\n'.join(out) + '\n'


PAGES = {}
TRUTH = {}


def add(pub, date, page, kind, pkind, arts, page_tags, content, encoding='utf-8', crlf=False):
    rel = '%s/%s/%s' % (pub, date, page)
    tags = list(page_tags)
    for a in arts:
        for t in a.tags:
            if t not in tags:
                tags.append(t)
    if crlf and 'crlf' not in tags:
        tags.append('crlf')
    if encoding in ('gb18030',) and 'gb18030' not in tags:
        tags.append('gb18030')
    if encoding == 'utf-8-sig' and 'utf8_bom' not in tags:
        tags.append('utf8_bom')
    for a in arts:
        if a.date is None:
            a.date = date
    PAGES[rel] = (content, encoding, crlf)
    TRUTH[rel] = {'encoding': encoding if kind != 'docx' else 'docx', 'crlf': crlf, 'kind': kind,
                  'publication_kind': pkind, 'phenomena': tags,
                  'articles': [a.truth() for a in arts]}


def arts_of(items):
    return [x for x in items if isinstance(x, A)]


# ============================================================== 1. 京畿理论周刊
P = '京畿理论周刊'
NAT = 'national'

t1 = [
    '理论周刊',
    '京畿理论周刊　第二十三期',
    '编者按：主题教育开展以来，广大党员干部坚持学思用贯通、知信行统一。本版今起开设“学思践悟”栏目，刊发理论工作者的学习体会，敬请关注。',
    A('以学铸魂　夯实理想信念根基',
      ['理想信念是共产党人精神上的“钙”。开展学习贯彻习近平新时代中国特色社会主义思想主题教育，首要任务是在以学铸魂上下功夫，推动党员干部把理论学习的成果转化为坚定理想信念、锤炼党性修养的自觉行动。',
       '一、深刻把握理论学习的根本任务',
       '以学铸魂，关键在于读原著、学原文、悟原理。理论上的清醒是政治上坚定的前提，只有把基本观点、基本方法学深悟透，才能在大是大非面前保持头脑清醒，不断增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
       '二、在学思践悟中筑牢信仰之基',
       '学习不是简单的记忆和背诵，而是一个由浅入深、由表及里的过程。要把个人自学与集中研讨结合起来，把理论学习与调查研究结合起来，在解决实际问题中检验学习成效。',
       '三、把学习成效转化为推动发展的实际行动',
       '检验学习成效，归根到底要看解决问题的实效。党员干部要把学习体会转化为服务群众的具体举措，以实干实绩诠释对党的忠诚。'],
      top='周慕阳', end='（作者系北京师范大学马克思主义学院教授）', people=['周慕阳'],
      tags=['byline_top', 'subheadings', 'pull_quote'],
      pull=(4, '「学习不是简单的记忆和背诵，而是一个由浅入深、由表及里的过程。」')),
    A('让调查研究成为机关干部的基本功',
      ['调查研究是谋事之基、成事之道。机关干部身处“最初一公里”，更要养成俯下身子、沉到一线的习惯。',
       '推动调查研究走深走实，一是要带着问题下去，防止“走马观花”；二是要摸清实情，多听群众的“原声”；三是要把调研成果转化为管用的政策举措，切实做到“调”有方向、“研”有成果。'],
      top='本报评论员', source=P, tags=['byline_top', 'enumeration']),
    A('中央和国家机关工委召开主题教育专题推进会',
      ['会议要求，各部门要坚持以学铸魂、以学增智、以学正风、以学促干，把主题教育同推进模范机关建设结合起来，确保主题教育取得实实在在的成效。'],
      lead='新华社北京6月9日电　', source='新华社', agency='中央和国家机关工委',
      date='2023-06-09', tags=['dateline', 'national_body']),
]
add(P, '2023-06-13', '07.txt', 'text', NAT, arts_of(t1), ['editor_note', 'column_label'],
    render_text(t1, w=20, blank='para', indent='　　', seed=11), encoding='utf-8-sig')

t2 = [
    '理论周刊',
    A('牢牢把握“两个结合”的深刻内涵',
      ['“两个结合”是我们党对马克思主义中国化时代化规律的深刻把握。学习领会其中蕴含的道理学理哲理，对于推进文化自信自强具有重要意义。',
       '（一）“结合”的前提是彼此契合',
       '马克思主义和中华优秀传统文化来源不同，但彼此存在高度的契合性。二者在天下为公与共产主义理想、民为邦本与人民至上等方面相互贯通。',
       '（二）“结合”的结果是互相成就',
       '“结合”不是“拼盘”，不是简单的“物理反应”，而是深刻的“化学反应”，造就了一个有机统一的新的文化生命体。'],
      subtitle='——学习习近平文化思想的几点体会', top='韩书亭',
      end='（作者单位：中共北京市委党校）', people=['韩书亭'],
      tags=['byline_top', 'subheadings', 'subtitle', 'double_spaced']),
    A('在为民服务中践行初心',
      ['初心易得，始终难守。党员干部要把“不忘初心、牢记使命”落实到为民服务的每一件小事上，从群众最急最忧最盼的问题改起，让群众看到实实在在的变化。'],
      top='林知秋', end='（作者系中国社会科学院马克思主义研究院研究员）', people=['林知秋'],
      tags=['byline_top', 'double_spaced']),
]
add(P, '2023-11-21', '06.txt', 'text', NAT, arts_of(t2), ['column_label', 'double_spaced'],
    render_text(t2, w=15, blank='double', seed=12))

t3 = [
    '理论周刊',
    '【学思践悟】',
    A('以高质量党建引领|民政事业高质量发展',
      ['民政工作关系民生、连着民心。推动民政事业高质量发展，必须坚持党建引领，把党的政治优势、组织优势转化为民政工作的发展优势。',
       '把牢政治方向',
       '要把“第一议题”制度落到实处，及时跟进学习党中央决策部署，确保民政工作始终沿着正确方向前进。',
       '夯实组织基础',
       '要推动党的组织和党的工作在养老服务机构、社会组织中有效覆盖，让基层党组织成为服务群众的坚强战斗堡垒。',
       '锤炼过硬作风',
       '要锲而不舍落实中央八项规定精神，持续纠治“四风”，以好作风护航事业发展。'],
      top='邵景川', end='（作者系中国人民大学公共管理学院副教授）', people=['邵景川'],
      tags=['byline_top', 'subheadings', 'multi_line_title', 'pull_quote'],
      pull=(2, '▍把党的政治优势、组织优势', '　转化为民政工作的发展优势')),
    A('“三会一课”要在“实”字上下功夫',
      ['“三会一课”是党的组织生活的基本制度。一些基层党组织存在“会议记录代替会议”“读报纸代替党课”的现象，必须下大力气纠正。',
       '落实“三会一课”，一是内容要实，紧扣中心工作设置议题；二是形式要活，多开展现场教学和互动研讨；三是效果要好，让党员真正受教育、有收获。'],
      top='何岚溪', end='（作者系首都师范大学政法学院讲师）', people=['何岚溪'],
      tags=['byline_top', 'enumeration']),
    A('读书札记：好作风从“小事”养成',
      ['翻阅老一辈共产党人的日记，常为其中记录的“小事”所感动：一次退还的礼品，一张自付的车票。作风建设从来没有“小事”，正是一件件小事，汇成了党员干部清正廉洁的底色。'],
      top='程远帆', end='（作者单位：北京市社会科学院）', people=['程远帆'],
      tags=['byline_top']),
]
add(P, '2024-05-14', '07.txt', 'text', NAT, arts_of(t3), ['column_label', 'pull_quote'],
    render_text(t3, w=18, blank='para', seed=13))

t4 = [
    '理论周刊',
    '京畿理论周刊　第一期',
    A('全面从严治党永远在路上',
      ['党的自我革命永远在路上，全面从严治党永远在路上。新征程上，必须以更高标准、更严要求推动全面从严治党向纵深发展。',
       '一、坚定不移推进党的自我革命',
       '要深刻领悟“两个确立”的决定性意义，始终保持解决大党独有难题的清醒和坚定，以党的自我革命引领社会革命。',
       '二、持之以恒正风肃纪',
       '作风问题具有顽固性、反复性，必须常抓不懈、久久为功。要坚持“严”的基调不动摇，推动中央八项规定精神落地生根。',
       '三、以全面从严治党保障中国式现代化',
       '要把学习贯彻二十届三中全会精神同推进全面从严治党结合起来，以党的建设新成效为中国式现代化提供坚强保证。'],
      top='郑启明', end='（作者系清华大学马克思主义学院教授）', people=['郑启明'],
      tags=['byline_top', 'subheadings', 'pull_quote'],
      pull=(2, '「以党的自我革命引领社会革命」')),
    A('民政部召开党组（扩大）会议',
      ['会议传达学习中央经济工作会议精神，研究部署贯彻落实举措。会议强调，要坚持党建引领，扎实做好新一年民政工作，兜住兜准兜牢民生底线。'],
      lead='新华社北京12月30日电　', source='新华社', agency='民政部', date='2024-12-30',
      tags=['dateline', 'national_body', 'year_boundary']),
]
add(P, '2025-01-07', '07.txt', 'text', NAT, arts_of(t4), ['column_label'],
    render_text(t4, w=21, blank='para', indent='　　', seed=14))

# ============================================================== 2. 燕冀日报 (河北)
P = '燕冀日报'
PR = 'provincial'
I2 = '　　'
d1 = [
    '燕冀日报',
    '党的建设　３',
    A('省民政厅推动主题教育|与民政中心工作深度融合',
      ['9月14日，省民政厅召开主题教育专题推进会，梳理检视整改问题清单，推动主题教育与民政中心工作深度融合、相互促进。',
       '会议要求，厅属各单位要坚持以学促干，聚焦养老服务、社会救助等群众急难愁盼问题，把主题教育成效体现到为民办实事上。厅党组成员、副厅长石景和主持会议。'],
      kicker='抓党建促业务　解民忧暖民心', lead='本报讯（记者　田晓蕾　通讯员　孟繁宇）',
      source=P, prov='河北', agency='河北省民政厅', date='2023-09-14',
      people=['田晓蕾', '孟繁宇', '石景和'],
      tags=['kicker', 'multi_line_title', 'dateline', 'province_context', 'no_blank_lines']),
    A('裕华区“红色物业”|让小区治理有温度',
      ['近日，石家庄市裕华区民政局联合街道党工委开展“红色物业”示范小区创建活动，推动物业企业党组织与社区党组织交叉任职、联席议事。',
       '“过去报修要等好几天，现在物业党员当天就上门。”居民刘桂芝说。'],
      lead='本报讯（通讯员　赵书涵）', source=P, prov='河北', agency='石家庄市裕华区民政局',
      people=['赵书涵', '刘桂芝'], captions=['图为党员志愿者为居民检修电器。（赵书涵　摄）'],
      cap_after=0, tags=['dateline', 'captions', 'relative_date', 'name_verb', 'multi_line_title']),
    A('省社会组织综合党委|开展党务干部轮训',
      ['9月中旬，省社会组织综合党委分三期开展党务干部轮训，全省200余名社会组织党组织书记参加培训。'],
      end='（据河北省民政厅）', end_inline=True, source='河北省民政厅', prov='河北',
      agency='河北省社会组织综合党委', date='2023-09-11',
      tags=['period_date', 'multi_line_title', 'province_context']),
    '责任编辑：闫春生　　校对：郝明',
]
add(P, '2023-09-19', '03.txt', 'text', PR, arts_of(d1), ['no_blank_lines', 'column_label', 'stray_spaces'],
    render_text(d1, w=14, blank='none', indent=I2, p=0.25, seed=21), encoding='gb18030')

d2 = [
    '燕冀日报',
    '党的建设　５',
    A('保定市民政局开展|“党建+养老服务”结对共建',
      ['保定市民政局机关各党支部与12家养老服务机构结成共建对子，每月开展一次主题党日，把“三会一课”开进养老院。',
       '“把支部建在服务一线，党员就有了用武之地。”市民政局机关党委负责人岳海波表示，下一步将推动结对共建覆盖全市公办养老机构。'],
      kicker='以学增智　以学促干', lead='本报保定3月22日电（记者　郭振涛）', source=P,
      prov='河北', agency='保定市民政局', date='2024-03-22', people=['郭振涛', '岳海波'],
      tags=['kicker', 'multi_line_title', 'dateline', 'name_verb']),
    '相关链接',
    A(None,
      ['“党建+养老服务”是指以机关党支部与养老服务机构结对为纽带，推动党员干部常态化参与助餐、助浴、助医等服务，实现党建工作和业务工作同频共振。'],
      prov='河北', tags=['related_link', 'title_none']),
    A('邢台市社会组织党委|举办党务干部培训班',
      ['3月18日至20日，邢台市社会组织党委举办全市社会组织党务干部培训班，围绕学习贯彻党的二十大精神、规范组织生活等内容进行专题辅导。'],
      end='（邢台市民政局供稿）', source='邢台市民政局', prov='河北',
      agency='邢台市社会组织党委', date='2024-03-18',
      tags=['title_after', 'multi_line_title'], title_pos='after'),
    '责任编辑：宁晓雯',
]
add(P, '2024-03-26', '05.txt', 'text', PR, arts_of(d2), ['no_blank_lines', 'column_label', 'stray_spaces'],
    render_text(d2, w=17, blank='none', indent=I2, p=0.2, seed=22), encoding='gb18030', crlf=True)

d3 = [
    '燕冀日报',
    '要闻　１',
    A('全省民政系统模范机关建设|“三级联动”观摩推进会召开',
      ['6月27日，全省民政系统模范机关建设“三级联动”观摩推进会在承德召开。与会人员现场观摩了承德市、滦平县民政部门党建工作阵地。',
       '会议指出，深化模范机关建设，要坚持省市县一体推进，做到目标同向、工作同步、品牌同创。'],
      kicker='深化模范机关建设', lead='本报讯（记者　孔令宇）', source=P, prov='河北',
      agency='河北省民政厅', date='2024-06-27', people=['孔令宇'], cont_out='（下转第４版）',
      tags=['kicker', 'multi_line_title', 'dateline', 'continued', 'province_context']),
    A('张家口：清廉机关建设|融入日常抓在经常',
      ['张家口市民政局把清廉机关建设纳入年度党建工作要点，建立廉政风险点台账，开展“以案说纪”警示教育。',
       '局机关党委专职副书记马玉洁说，将持续推动清廉文化进科室、进窗口。'],
      lead='本报张家口6月28日电（记者　沈立平　通讯员　马玉洁）', source=P, prov='河北',
      agency='张家口市民政局', date='2024-06-28', people=['沈立平', '马玉洁'],
      tags=['dateline', 'multi_line_title', 'name_verb']),
    '本版责编：庞泽宇',
]
add(P, '2024-07-02', '01.txt', 'text', PR, arts_of(d3), ['no_blank_lines', 'column_label'],
    render_text(d3, w=19, blank='none', indent=I2, seed=23), encoding='gb18030')

d4 = [
    '燕冀日报',
    '党的建设　４',
    '（上接第１版）',
    A(None,
      ['会议强调，新的一年，全省民政系统要坚持以党建引领民政事业高质量发展，深化清廉机关建设，持续擦亮“为民爱民”党建品牌。',
       '各市民政局主要负责同志参加会议。'],
      prov='河北', agency='河北省民政厅', date='2025-01-10', tags=['continued', 'title_none']),
    A('省社会组织综合党委|召开年度述职评议会',
      ['12月27日，省社会组织综合党委召开所属党组织书记抓党建工作述职评议会，15名党组织书记现场述职。',
       '“述职不是念稿子，要讲问题、讲差距。”省社会组织综合党委书记秦慕华在点评时指出，要把评议结果作为年度考核的重要依据。'],
      kicker='压实责任　比学赶超', lead='本报讯（记者　田晓蕾）', source=P, prov='河北',
      agency='河北省社会组织综合党委', date='2024-12-27', people=['田晓蕾', '秦慕华'],
      tags=['kicker', 'multi_line_title', 'dateline', 'year_boundary', 'name_verb', 'province_context']),
    A('唐山市路北区|社区党组织“亮身份”服务居民',
      ['日前，唐山市路北区各社区党组织开展党员“亮身份、践承诺”活动，组织在职党员到社区报到，认领服务项目300余个。'],
      end='（通讯员　韩雪冬）', end_inline=True, source=None, prov='河北',
      agency='唐山市路北区', people=['韩雪冬'],
      captions=['▲党员志愿者在社区开展义诊。（韩雪冬　摄）'], cap_after=-1,
      tags=['relative_date', 'captions', 'multi_line_title']),
    '责任编辑：闫春生',
]
d4[-2].captions = ['党员志愿者在社区开展义诊。（韩雪冬　摄）']
d4[-2].cap_mark = '▲'
_d4txt = render_text(d4, w=13, blank='none', indent=I2, p=0.2, seed=24)
add(P, '2025-01-14', '04.txt', 'text', PR, arts_of(d4), ['no_blank_lines', 'column_label', 'stray_spaces'],
    _d4txt, encoding='gb18030')

# ============================================================== 3. 乌拉特融媒快讯 (内蒙古)
P = '乌拉特融媒快讯'
CO = 'county'
NM = '内蒙古'
AG = '乌拉特前旗民政局'
b1 = [
    '乌拉特前旗融媒体中心　编',
    '乌拉特融媒快讯　第31期',
    A('旗民政局开展“主题党日+志愿服务”',
      ['8月18日上午，旗民政局机关党支部组织党员到乌拉山镇敬老院开展志愿服务，为老人理发、打扫房间。'],
      marker='■', source=None, prov=NM, agency=AG, date='2023-08-18',
      tags=['briefs', 'half_day_date']),
    A('新安镇举办社会组织党建培训',
      ['8月中旬，新安镇党委举办社会组织党建工作培训，镇党委委员乌云·|其木格围绕“三会一课”规范化作辅导。'],
      marker='■', prov=NM, agency='新安镇党委', date='2023-08-11',
      people=['乌云·其木格'], tags=['briefs', 'period_date', 'dot_name']),
    A(None,
      ['8月21日下午，旗民政局召开党风廉政建设专题会议，传达上级有关会议精神，对落实中央八项规定精神再提要求。'],
      marker='■', prov=NM, agency=AG, date='2023-08-21',
      tags=['briefs', 'title_none', 'half_day_date']),
    A('白彦花镇“红色驿站”正式启用',
      ['近日，白彦花镇“红色驿站”启用，为快递员、外卖员等新就业群体提供歇脚、充电、饮水等服务。驿站负责人孟和·|巴雅尔介绍，驿站由党员轮流值守。'],
      marker='■', end='（通讯员　苏德毕力格）', prov=NM, agency='白彦花镇',
      people=['孟和·巴雅尔', '苏德毕力格'], tags=['briefs', 'relative_date', 'dot_name']),
    A('旗社会组织党委开展结对帮扶',
      ['8月下旬，旗社会组织党委组织10家社会组织与困难群众结对，帮助解决实际困难20余件。'],
      marker='■', prov=NM, agency='乌拉特前旗社会组织党委', date='2023-08-21',
      tags=['briefs', 'period_date']),
]
add(P, '2023-08-25', 'kx.txt', 'text', CO, arts_of(b1), ['no_blank_lines', 'stray_spaces'],
    render_text(b1, w=18, blank='none', p=0.15, seed=31))

b2 = [
    '乌拉特前旗融媒体中心　编',
    '快讯',
    A('旗民政局召开年度民主生活会',
      ['12月29日下午，旗民政局领导班子召开年度民主生活会，班子成员逐一对照检视、开展批评和自我批评。局党组书记斯琴·|图雅主持会议并作总结讲话。'],
      marker='◆', prov=NM, agency=AG, date='2023-12-29', people=['斯琴·图雅'],
      tags=['briefs', 'half_day_date', 'year_boundary', 'dot_name']),
    A('乌拉山镇开展冬季送温暖',
      ['12月下旬，乌拉山镇党委组织机关党员走访慰问困难党员、老党员46户，送去米面油和棉被。'],
      marker='◆', prov=NM, agency='乌拉山镇党委', date='2023-12-21',
      tags=['briefs', 'period_date', 'year_boundary']),
    A(None,
      ['1月5日上午，旗民政局举办2024年第一期“民政大讲堂”，邀请旗委党校教师巴图·|额尔敦讲授党的二十大精神。巴图·额尔敦说，学习要联系民政工作实际。'],
      marker='◆', prov=NM, agency=AG, date='2024-01-05', people=['巴图·额尔敦'],
      tags=['briefs', 'title_none', 'half_day_date', 'dot_name', 'name_verb']),
    A('明安镇党委为流动党员“送学上门”',
      ['日前，明安镇党委通过“线上课堂”为外出务工的流动党员送学上门，覆盖流动党员38名。'],
      marker='◆', end='（通讯员　吉日嘎拉）', prov=NM, agency='明安镇党委',
      people=['吉日嘎拉'], tags=['briefs', 'relative_date']),
]
add(P, '2024-01-09', 'kx.txt', 'text', CO, arts_of(b2), ['no_blank_lines'],
    render_text(b2, w=16, blank='none', seed=32), encoding='utf-8-sig')

b3 = [
    '乌拉特前旗融媒体中心　编',
    '乌拉特融媒快讯　第40期',
    A('旗民政局“党建+救助”服务队走进牧区',
      ['10月15日上午，旗民政局“党建+救助”服务队走进小佘太镇牧区，入户核查低保家庭情况，现场受理救助申请9件。'],
      marker='●', prov=NM, agency=AG, date='2024-10-15',
      tags=['briefs', 'half_day_date']),
    A('沙德格苏木举办“三级联动”观摩活动',
      ['10月上旬，沙德格苏木党委组织各嘎查党支部书记开展“三级联动”观摩活动。苏木党委书记那仁·|格日勒表示，要把好经验带回嘎查落地。'],
      marker='●', prov=NM, agency='沙德格苏木党委', date='2024-10-01',
      people=['那仁·格日勒'], tags=['briefs', 'period_date', 'dot_name', 'name_verb']),
    A(None,
      ['10月16日下午，旗社会组织党委召开党建指导员工作推进会，对下一阶段社会组织党建工作作出安排。'],
      marker='●', prov=NM, agency='乌拉特前旗社会组织党委', date='2024-10-16',
      tags=['briefs', 'title_none', 'half_day_date']),
    A('额尔登布拉格苏木完成党员信息采集',
      ['近期，额尔登布拉格苏木完成全苏木农牧民党员信息采集工作，建立党员服务台账。'],
      marker='●', prov=NM, agency='额尔登布拉格苏木',
      tags=['briefs', 'relative_date']),
    A('旗民政局学习二十届三中全会精神',
      ['10月中旬，旗民政局党组理论学习中心组围绕学习贯彻二十届三中全会精神开展专题研讨。'],
      marker='●', end='（通讯员　高娃）', prov=NM, agency=AG, date='2024-10-11',
      people=['高娃'], tags=['briefs', 'period_date']),
]
add(P, '2024-10-18', 'kx.txt', 'text', CO, arts_of(b3), ['no_blank_lines', 'stray_spaces'],
    render_text(b3, w=20, blank='none', p=0.2, seed=33), crlf=True)

b4 = [
    '乌拉特前旗融媒体中心　编',
    '乌拉特融媒快讯　第52期',
    A('旗民政局开展清明祭英烈活动',
      ['4月3日上午，旗民政局组织党员干部到烈士陵园开展祭扫活动，重温入党誓词。'],
      marker='【', title_pos='before', prov=NM, agency=AG, date='2025-04-03',
      tags=['briefs', 'half_day_date']),
    A('西小召镇社区党委成立“草原红”志愿队',
      ['4月上旬，西小召镇社区党委组建“草原红”志愿服务队，首批吸纳党员志愿者30名。队长阿拉坦·|其其格说，志愿队将常态化开展助老服务。'],
      marker='【', prov=NM, agency='西小召镇社区党委', date='2025-04-01',
      people=['阿拉坦·其其格'], tags=['briefs', 'period_date', 'dot_name', 'name_verb']),
    A(None,
      ['4月17日下午，旗民政局机关党支部召开支部党员大会，专题学习中央八项规定精神，开展警示教育。'],
      marker='【快讯】', prov=NM, agency=AG, date='2025-04-17',
      tags=['briefs', 'title_none', 'half_day_date']),
    A('苏独仑镇开展养老机构党建指导',
      ['近日，苏独仑镇党委派出党建指导员进驻辖区养老机构，指导规范开展主题党日活动。'],
      marker='【', end='（通讯员　宝音）', prov=NM, agency='苏独仑镇党委',
      people=['宝音'], tags=['briefs', 'relative_date']),
]
for a in arts_of(b4):
    if a.marker == '【' and a.title_print:
        a.marker = '【'
        a.title_print = a.title_print + '】'
        a._brk = True
# the truth title must not carry the bracket: patch after rendering
_b4txt = render_text(b4, w=15, blank='none', seed=34)
for a in arts_of(b4):
    if getattr(a, '_brk', False):
        a.title_print = a.title_print[:-1]
add(P, '2025-04-22', 'kx.txt', 'text', CO, arts_of(b4), ['no_blank_lines'], _b4txt)

# ============================================================== 4. 津南民政在线 (天津, HTML)
P = '津南民政在线'
TJ = '天津'
JN = '津南区民政局'

HEAD = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html>\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n<title>%s-津南民政在线</title>\n'
        '<link href="/skin/jnmz/css/nr.css" rel="stylesheet" type="text/css" />\n</head>\n'
        '<body onload="initFont()">\n<table width="1000" border="0" align="center" cellpadding="0" '
        'cellspacing="0" class="tb_top"><tr><td class="logo_td"><img src="/skin/jnmz/images/logo.png" '
        'alt="津南民政在线" /></td><td class="dh_td"><a href="/">首页</a> | <a href="/col/zwgk/">政务公开</a> | '
        '<a href="/col/djgz/">党建工作</a> | <a href="/col/bmfw/">便民服务</a></td></tr></table>\n')
FOOT = ('<div class="dbxx">主办：天津市津南区民政局　地址：津南区咸水沽镇　<br/>'
        '津ICP备0000000号-1　技术支持：区融媒体中心</div>\n</body>\n</html>\n')


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;')


def html_article(a, info, crumbs, extra='', charset='utf-8', pics=()):
    paras = []
    for i, p in enumerate(a.body_print):
        paras.append('<p style="text-indent:2em;"><font face="仿宋_GB2312" size="4">%s</font></p>'
                     % esc(a.clean(p)))
        if a.cap_after == i:
            for c in a.captions:
                paras.append('<p align="center"><img src="/uploadfiles/%s.jpg" border="0" /></p>'
                             '\n<p align="center" class="tpsm">%s</p>' % (1000 + 37 * len(c) + i, esc(c)))
    return (HEAD % (charset, esc(a.title() or '')) +
            '<table width="1000" align="center" class="wz_box"><tr><td class="wz_lm">'
            '<span class="dqwz">您现在的位置：</span>%s</td></tr>\n' % crumbs +
            '<tr><td class="wz_bt" align="center"><strong>%s</strong></td></tr>\n' % esc(a.title()) +
            '<tr><td class="wz_xx" align="center">%s　【字体：<a href="javascript:fs(16)">大</a> '
            '<a href="javascript:fs(14)">中</a> <a href="javascript:fs(12)">小</a>】</td></tr>\n' % info +
            '<tr><td class="wz_nr" id="fontzoom">\n%s\n</td></tr>\n' % '\n'.join(paras) +
            '<tr><td class="wz_dy" align="right"><a href="javascript:window.print()">【打印本页】</a> '
            '<a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>\n' + extra + FOOT)


CR = ('<a href="/">首页</a> &gt;&gt; <a href="/col/djgz/">党建工作</a> &gt;&gt; '
      '<a href="/col/djgz/jcdt/">基层动态</a>')

h1 = A('区民政局党组开展主题教育专题读书班',
       ['11月28日至30日，区民政局党组举办学习贯彻习近平新时代中国特色社会主义思想主题教育专题读书班，局党组成员、各科室负责人参加。',
        '读书班采取集中学习、专题辅导、分组研讨相结合的方式，围绕“两个结合”、总体国家安全观等内容开展学习研讨。局党组书记、局长杜宏远作总结讲话。',
        '大家表示，要把读书班所学所悟转化为做好民政工作的具体行动，切实兜牢民生底线。'],
       attr='来源：津南区民政局', source=JN, prov=TJ, agency=JN, date='2023-11-28',
       people=['杜宏远'], captions=['图为读书班分组研讨现场。'], cap_after=1,
       tags=['html', 'captions', 'related_link'])
REL = ('<div class="xglj"><div class="xglj_t">相关链接</div><ul>'
       '<li><a href="/art/2023/11/20/art_31_5521.html">区民政局召开主题教育专题民主生活会</a></li>'
       '<li><a href="/art/2023/10/9/art_31_5433.html">区民政局开展“四下基层”走访活动</a></li></ul></div>\n')
add(P, '2023-12-05', 'art_31_5580.html', 'html', CO, [h1], ['html', 'related_link'],
    html_article(h1, '<span>来源：津南区民政局</span>　<span>作者：</span>　<span>发布时间：2023-12-05 09:12</span>'
                 '　<span>点击：<script src="/counter.jsp?id=5580"></script>306</span>', CR, REL))

h2 = A('咸水沽镇推动“红色物业”与居民议事会联动',
       ['近日，咸水沽镇党委在辖区8个社区推行“红色物业”与居民议事会联动机制，由社区党组织牵头，物业企业、业主委员会共同参与，每月召开一次联席会议。',
        '镇党委书记周念慈表示，要以党建引领破解小区治理难题，让居民的“小事”有人管、管得好。'],
       attr='来源：咸水沽镇　作者：通讯员 王梓萌', source='咸水沽镇', prov=TJ, agency='咸水沽镇党委',
       people=['周念慈', '王梓萌'], tags=['html', 'relative_date', 'name_verb'])
h2b = A('什么是居民议事会',
        ['居民议事会是在社区党组织领导下，由居民代表、驻区单位代表等组成的议事协商平台，主要就小区公共事务开展协商。'],
        prov=TJ, tags=['html', 'related_link'])
EXT = ('<table width="1000" align="center" class="yd_box"><tr><td class="yd_t">延伸阅读</td></tr>'
       '<tr><td class="yd_bt"><b>%s</b></td></tr><tr><td class="yd_nr">%s</td></tr></table>\n'
       % (esc(h2b.title()), esc(h2b.body_print[0])))
add(P, '2024-06-18', 'art_31_6102.html', 'html', CO, [h2, h2b], ['html', 'related_link'],
    html_article(h2, '来源：咸水沽镇　作者：通讯员 王梓萌　发布时间：2024-06-18　点击：128', CR, EXT,
                 charset='gb2312'), encoding='gb18030')

LIST = [
    ('区民政局召开党纪学习教育警示教育会', '2024-09-06',
     '9月5日，区民政局召开党纪学习教育警示教育会，通报典型案例，引导党员干部知敬畏、存戒惧、守底线……',
     '2024-09-05', JN, [], ['relative_date']),
    ('区社会组织党委开展党务知识竞赛', '2024-08-30',
     '近日，区社会组织党委举办社会组织党务知识竞赛，全区28个社会组织党组织派队参赛……',
     '2024-08-30', '津南区社会组织党委', [], ['relative_date']),
    ('双港镇民政办“党员先锋岗”服务群众', '2024-08-22',
     '8月中旬以来，双港镇民政办设立“党员先锋岗”，为困难群众提供政策咨询、代办申请等服务……',
     '2024-08-11', '双港镇民政办', [], ['period_date']),
    ('区民政局机关党支部开展“第一议题”学习', '2024-08-15',
     '8月12日，区民政局机关党支部召开支部党员大会，落实“第一议题”制度，学习有关重要讲话精神……',
     '2024-08-12', JN, [], []),
    ('区民政局开展“党建+殡葬服务”宣传', '2024-08-02',
     '日前，区民政局联合八里台镇开展“党建+殡葬服务”政策宣传，发放宣传材料1200余份……',
     '2024-08-02', JN, [], ['relative_date']),
]
larts, lis = [], []
for t, d, summ, ev, ag, ppl, tg in LIST:
    larts.append(A(t, [summ], prov=TJ, agency=ag, date=ev, people=ppl, tags=['html'] + tg))
    lis.append('<dl class="lb_item"><dt><a href="/art/%s/art_31_%d.html" target="_blank" title="%s">%s</a>'
               '<em>[%s]</em></dt><dd class="lb_zy">%s</dd></dl>' % (d.replace('-', '/'), len(lis) + 6301,
                                                                    esc(t), esc(t), d, esc(summ)))
LPAGE = (HEAD % ('utf-8', '基层动态') +
         '<div class="lb_wrap"><div class="lb_left"><div class="lb_lm">党建工作</div><ul class="lb_menu">'
         '<li><a href="/col/djgz/tzgg/">通知公告</a></li><li class="on"><a href="/col/djgz/jcdt/">基层动态</a></li>'
         '<li><a href="/col/djgz/llxx/">理论学习</a></li></ul></div>\n<div class="lb_right">'
         '<div class="lb_dqwz">当前位置：' + CR + '</div>\n' + '\n'.join(lis) +
         '\n<div class="fy">共 236 条　每页 5 条　第 1/48 页　<a href="index_2.html">下一页</a>　'
         '<a href="index_48.html">尾页</a></div></div></div>\n' + FOOT)
add(P, '2024-09-10', 'jcdt_index.html', 'html', CO, larts, ['html'], LPAGE)

h4 = A('区民政局举办“学思想、强党性、重实践、建新功”主题党课',
       ['2月26日，区民政局党组书记、局长杜宏远以“学思想、强党性、重实践、建新功”为题，为局机关全体党员讲授专题党课。',
        '党课从三个方面作了阐述：一是坚持用党的创新理论武装头脑；二是锤炼对党忠诚的政治品格；三是在为民服务中建功立业。',
        '局机关党委书记苗晓丹主持党课。'],
       attr='来源：区民政局机关党委　作者：刘舒雅', source='津南区民政局机关党委', prov=TJ, agency=JN,
       date='2025-02-26', people=['杜宏远', '苗晓丹', '刘舒雅'],
       captions=['▲杜宏远讲授专题党课'], cap_after=0, tags=['html', 'captions', 'enumeration'])
h4.captions = ['杜宏远讲授专题党课']
h4.people = ['杜宏远', '苗晓丹', '刘舒雅']
_h4 = html_article(h4, '来源：区民政局机关党委　作者：刘舒雅　发布时间：2025-03-04 15:40　点击：92', CR,
                   REL.replace('区民政局召开主题教育专题民主生活会', '区民政局召开2024年度民主生活会'))
_h4 = _h4.replace('class="tpsm">杜宏远', 'class="tpsm">▲杜宏远')
add(P, '2025-03-04', 'art_31_6655.html', 'html', CO, [h4], ['html', 'related_link'], _h4)

# ============================================================== 5. 晋中民政工作简报 (山西, docx)
P = '晋中民政工作简报'
BU = 'bulletin'
SX = '山西'
JZ = '晋中市民政局'
DOCX = {}


def bulletin(date, issue, datestr, contents, arts, dist, extra_paras=None):
    DOCX['%s/%s/%s' % (P, date, 'jb%s.docx' % issue)] = (issue, datestr, contents, arts, dist)


bu1 = [
    A('市民政局机关党委召开庆“七一”暨表彰大会',
      ['6月30日，市民政局机关党委召开庆祝中国共产党成立102周年暨“两优一先”表彰大会，局党组书记、局长贾守仁出席并讲话。',
       '会议要求，全局党员要以受表彰的先进典型为榜样，深入学习贯彻习近平新时代中国特色社会主义思想，在推动民政事业高质量发展中走在前、作表率。'],
      end='（机关党委供稿）', source='晋中市民政局机关党委', prov=SX, agency=JZ, date='2023-06-30',
      people=['贾守仁'], tags=['docx']),
    A('市民政局机关“两优一先”表彰名单',
      ['一、优秀共产党员（8名）',
       '王  磊、李晓燕、赵  鹏、郭慧敏、任  杰、武文娟、阎  俊、秦雅楠',
       '二、优秀党务工作者（3名）',
       '梁  斌、冯月娥、白建军',
       '三、先进党支部（2个）',
       '社会救助科党支部、养老服务科党支部'],
      end='（组织人事科供稿）', source='晋中市民政局组织人事科', prov=SX, agency=JZ,
      people=['王磊', '李晓燕', '赵鹏', '郭慧敏', '任杰', '武文娟', '阎俊', '秦雅楠', '梁斌',
              '冯月娥', '白建军'], tags=['docx', 'honour_list', 'enumeration']),
    A('榆次区民政局开展“党员进社区”活动',
      ['7月上旬，榆次区民政局组织机关党员到锦纶社区报到，开展政策宣讲、困难排查等服务活动，为居民解决实际问题15件。'],
      end='（榆次区民政局供稿）', source='榆次区民政局', prov=SX, agency='榆次区民政局',
      date='2023-07-01', tags=['docx', 'period_date']),
]
bulletin('2023-07-20', 7, '2023年7月20日', True, bu1,
         ['报：市委组织部，市直机关工委', '送：局领导班子成员', '发：各县（区、市）民政局，局机关各科室、直属单位'])

bu2 = [
    A('市民政局党组召开主题教育专题民主生活会',
      ['12月27日，市民政局党组召开主题教育专题民主生活会。会前，党组班子广泛征求意见建议，班子成员之间开展谈心谈话。',
       '会上，党组书记贾守仁代表党组班子作对照检查，班子成员逐一进行个人对照检查，开展批评和自我批评。'],
      end='（办公室供稿）', source='晋中市民政局办公室', prov=SX, agency=JZ, date='2023-12-27',
      people=['贾守仁'], tags=['docx', 'year_boundary']),
    A('祁县民政局扎实做好冬季困难群众救助',
      ['12月中旬以来，祁县民政局组织党员干部深入乡村开展困难群众冬季走访，对低保、特困供养人员逐户排查。',
       '一是摸清底数，建立台账；二是及时救助，发放临时救助金；三是跟踪回访，防止返贫致贫。'],
      end='（祁县民政局供稿）', source='祁县民政局', prov=SX, agency='祁县民政局', date='2023-12-11',
      tags=['docx', 'period_date', 'year_boundary', 'enumeration']),
    A('市民政局机关党委部署新年度党建工作',
      ['1月8日，市民政局机关党委召开会议，部署新年度机关党建工作，要求各支部严格落实“三会一课”制度，推进模范机关建设。'],
      end='（机关党委供稿）', source='晋中市民政局机关党委', prov=SX, agency=JZ, date='2024-01-08',
      tags=['docx']),
]
bulletin('2024-01-12', 1, '2024年1月12日', True, bu2,
         ['报：市委组织部，市直机关工委', '送：局领导班子成员', '发：各县（区、市）民政局'])

bu3 = [
    A('市民政局开展“学纪知纪明纪守纪”专题党课',
      ['12月10日，市民政局党组书记贾守仁为局机关党员讲授专题党课，围绕全面从严治党和中央八项规定精神，引导党员干部把纪律规矩内化于心、外化于行。'],
      end='（机关党委供稿）', source='晋中市民政局机关党委', prov=SX, agency=JZ, date='2024-12-10',
      people=['贾守仁'], tags=['docx']),
    A('介休市社会组织党建工作现场会召开',
      ['12月上旬，介休市社会组织党建工作现场会召开。与会人员观摩了3家社会组织党建阵地，听取经验交流发言。介休市民政局党组书记田蕴华说，要推动社会组织党组织应建尽建。'],
      end='（介休市民政局供稿）', source='介休市民政局', prov=SX, agency='介休市社会组织综合党委',
      date='2024-12-01', people=['田蕴华'], tags=['docx', 'period_date', 'name_verb']),
]
bulletin('2024-12-16', 12, '2024年12月16日', False, bu3,
         ['报：市委组织部', '送：局领导班子成员', '发：局机关各科室'])

bu4 = [
    A('民政部有关司局来晋中调研基层党建工作',
      ['4月29日，民政部有关司局调研组来晋中调研，实地查看了太谷区养老服务中心党建工作开展情况，对“党建+养老”做法给予肯定。'],
      end='（办公室供稿）', source='晋中市民政局办公室', prov=SX, agency='民政部', date='2025-04-29',
      tags=['docx', 'national_body']),
    A('市民政局“五四”青年理论学习小组开展联学',
      ['5月4日，市民政局青年理论学习小组与团市委机关开展联学活动，青年干部分享学习党的二十大精神体会。青年干部代表史梦瑶说，要把青春奉献给民政事业。'],
      end='（机关团支部供稿）', source='晋中市民政局机关团支部', prov=SX, agency=JZ, date='2025-05-04',
      people=['史梦瑶'], tags=['docx', 'name_verb']),
    A('寿阳县民政局2025年度优秀志愿者名单',
      ['经基层推荐、综合评定，下列同志被评为年度优秀志愿者：',
       '养老服务组：常  亮、葛玉兰、侯振宇',
       '社会救助组：贺  芳、吕春华'],
      end='（寿阳县民政局供稿）', source='寿阳县民政局', prov=SX, agency='寿阳县民政局',
      people=['常亮', '葛玉兰', '侯振宇', '贺芳', '吕春华'], tags=['docx', 'honour_list']),
]
bulletin('2025-05-08', 5, '2025年5月8日', True, bu4,
         ['报：市委组织部，市直机关工委', '送：局领导班子成员', '发：各县（区、市）民政局，局机关各科室'])


def build_docx(path, issue, datestr, contents, arts, dist):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    d = Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(P)
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0xC0, 0, 0)
    p = d.add_paragraph('第%d期' % issue)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph('晋中市民政局机关党委编　　　　　　　　%s' % datestr)
    d.add_paragraph('━' * 20)
    if contents:
        d.add_paragraph('目　录')
        for a in arts:
            d.add_paragraph('◎ ' + a.title())
        d.add_paragraph('')
    for a in arts:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(a.title())
        r.bold = True
        r.font.size = Pt(16)
        for para in a.body_print:
            q = d.add_paragraph('　　' + para)
        q = d.add_paragraph(a.end)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph('━' * 20)
    for x in dist:
        d.add_paragraph(x)
    d.add_paragraph('共印30份')
    d.save(path)


for rel, (issue, datestr, contents, arts, dist) in DOCX.items():
    pt = ['docx', 'bulletin_masthead', 'distribution_lines'] + (['contents_list'] if contents else [])
    add(P, rel.split('/')[1], rel.split('/')[2], 'docx', BU, arts, pt, None, encoding='docx')
    PAGES[rel] = ('DOCX', issue, datestr, contents, arts, dist)

# ============================================================== 6. 云冈晚报 (大同, 山西, OCR)
P = '云冈晚报'
DT = '大同'
o1 = [
    '云冈晚扳　2023年10月I7日　星期二',
    '社区·党建',
    A('平城区民政局|“党建+社工”服务进楼院',
      ['10月12日，平城区民政局组织社工站党员社工走进南关街道楼院，为独居老人提供心理疏导和生活照料服务。',
       '“社工上门陪我聊天，心里亮堂多了。”82岁的独居老人张凤英说。'],
      lead='本报讯（记者　郝文博）', source=P, prov=SX, agency='平城区民政局', date='2023-10-12',
      people=['郝文博', '张凤英'], captions=['图为社工为老人测量血压。（记者　郝文博　摄）'],
      cap_after=-1, tags=['ocr', 'multi_line_title', 'dateline', 'captions', 'name_verb', 'stray_spaces']),
    A('云冈区社会组织党委|开展“四下基层”调研',
      ['近日，云冈区社会组织党委深入辖区15家社会组织开展调研，了解党组织建设和活动开展情况，现场解决问题6个。'],
      end='（通讯员　贾晓婷）', source=P, prov=SX, agency='云冈区社会组织党委',
      people=['贾晓婷'], tags=['ocr', 'multi_line_title', 'relative_date', 'stray_spaces']),
    'A6　　　　　　　　　　　　责编　武志刚',
]
o1[3].source = None
add(P, '2023-10-17', 'A06.txt', 'ocr', PR, arts_of(o1), ['ocr', 'stray_spaces', 'column_label'],
    render_text(o1, w=16, blank='para', p=0.3, seed=61, ocr_title_gap=True), crlf=True)

o2 = [
    '云冈晚报　2024年]月2日　星期二　A5',
    '社区·党建',
    A('市民政局党组|召开年度民主生活会',
      ['12月28日，市民政局党组召开年度民主生活会，围绕学习贯彻习近平新时代中国特色社会主义思想主题教育成果开展对照检查。',
       '会议要求，要把整改落实贯穿新一年工作全过程。'],
      lead='本报讯（记者　葛瑞琳）', source=P, prov=SX, agency='大同市民政局', date='2023-12-28',
      people=['葛瑞琳'], tags=['ocr', 'multi_line_title', 'dateline', 'year_boundary', 'stray_spaces']),
    A('新荣区：党员志愿者|为困难群众送温暖',
      ['12月30日，新荣区民政局组织党员志愿者为辖区困难群众送去御寒衣物和慰问品。'],
      lead='本报讯（通讯员　刘佳鑫）', source=P, prov=SX, agency='新荣区民政局', date='2023-12-30',
      people=['刘佳鑫', '李建华'], captions=['党员志愿者为困难群众送去棉被。（李建华　摄）'],
      cap_after=0, tags=['ocr', 'multi_line_title', 'dateline', 'captions', 'year_boundary']),
    A('左云县社区党组织|开展迎新春活动',
      ['1月1日，左云县各社区党组织开展迎新春写春联活动，党员书法爱好者为居民义写春联500余副。'],
      source=None, end='（通讯员　薛慧）', prov=SX, agency='左云县', date='2024-01-01',
      people=['薛慧'], title_pos='after', tags=['ocr', 'title_after', 'multi_line_title']),
]
add(P, '2024-01-02', 'A05.txt', 'ocr', PR, arts_of(o2), ['ocr', 'stray_spaces', 'column_label'],
    render_text(o2, w=15, blank='para', p=0.3, seed=62, ocr_title_gap=True))

o3 = [
    '云冈晚报　2024年8月l3日　星期二',
    '社区·党建',
    A('“红色网格”织密|社区服务网',
      ['8月9日，大同市平城区新建南路街道召开“红色网格”工作推进会，推动党员网格员包片联户全覆盖。',
       '街道党工委书记苏静怡表示，网格员要做到“小事不出网格、大事不出社区”。'],
      lead='本报讯（记者　郝文博　通讯员　侯丽娜）', source=P, prov=SX, agency='新建南路街道党工委',
      date='2024-08-09', people=['郝文博', '侯丽娜', '苏静怡'],
      captions=['▲网格员入户走访。（侯丽娜　摄）'], cap_after=-1,
      tags=['ocr', 'multi_line_title', 'dateline', 'captions', 'name_verb']),
    A('浑源县民政局开展党纪学习教育读书班',
      ['8月上旬，浑源县民政局举办党纪学习教育读书班，组织党员干部逐章逐条学习《中国共产党纪律处分条例》。'],
      end='（据浑源县民政局）', source='浑源县民政局', prov=SX, agency='浑源县民政局', date='2024-08-01',
      tags=['ocr', 'period_date']),
]
o3[2].captions = ['网格员入户走访。（侯丽娜　摄）']
o3[2].cap_mark = '▲'
add(P, '2024-08-13', 'A06.txt', 'ocr', PR, arts_of(o3), ['ocr', 'stray_spaces', 'column_label'],
    render_text(o3, w=18, blank='para', p=0.3, seed=63, ocr_title_gap=True), crlf=True)

o4 = [
    '云冈晚报　2O25年2月25日　星期二　A4',
    '社区·党建',
    A('广灵县社会组织|党建指导员上岗',
      ['2月20日，广灵县社会组织综合党委为首批12名党建指导员颁发聘书，指导员将联系指导全县社会组织开展党建工作。'],
      lead='本报讯（记者　葛瑞琳）', source=P, prov=SX, agency='广灵县社会组织综合党委',
      date='2025-02-20', people=['葛瑞琳'], tags=['ocr', 'multi_line_title', 'dateline', 'stray_spaces']),
    A('阳高县民政局|开展“以案促改”警示教育',
      ['2月中旬，阳高县民政局组织党员干部观看警示教育片，召开以案促改专题会议，查找廉政风险点。'],
      end='（通讯员　姚文斌）', source=None, prov=SX, agency='阳高县民政局', date='2025-02-11',
      people=['姚文斌'], tags=['ocr', 'multi_line_title', 'period_date']),
    A('天镇县：“党建+助餐”|让老人吃上热乎饭',
      ['近日，天镇县在城区4个社区开设党建引领老年助餐点，由社区党员志愿者负责送餐上门。'],
      lead='本报讯（通讯员　孔德龙）', source=P, prov=SX, agency='天镇县', people=['孔德龙'],
      captions=['图为志愿者为老人送餐。（孔德龙　摄）'], cap_after=0,
      tags=['ocr', 'multi_line_title', 'dateline', 'relative_date', 'captions']),
    '大同日报社主管主办　　　新闻热线 0352-0000000',
]
add(P, '2025-02-25', 'A04.txt', 'ocr', PR, arts_of(o4), ['ocr', 'stray_spaces', 'column_label'],
    render_text(o4, w=14, blank='para', p=0.3, seed=64, ocr_title_gap=True))

# ============================================================== 7. 津门社会工作 (天津, magazine)
P = '津门社会工作'
MG = 'magazine'
m1 = [
    '津门社会工作',
    '【访谈】',
    '编者按：社会组织是党的工作的重要阵地。本期我们走进河东区，听社会组织党建工作者讲述他们的探索。',
    A('让社会组织党建“强起来”',
      ['记者：河东区社会组织数量多、类型杂，党建工作从哪里破题？',
       '陈雅琴：我们先从“建起来”抓起。联合党委对全区社会组织逐一摸排，有3名以上党员的单独组建，不足3名的联合组建，去年以来新建党组织21个。',
       '记者：组织建起来以后，怎样避免“空壳化”？',
       '陈雅琴：关键是让党组织“活起来”。我们推行“三会一课”清单化管理，每季度开展一次观摩评比，把党建工作与社会组织年检、评估挂钩。',
       '记者：下一步有什么打算？',
       '陈雅琴：我们将坚持党建引领，推动社会组织在基层治理中发挥更大作用。'],
      subtitle='——访河东区社会组织联合党委书记陈雅琴', top='本刊记者　吴丹青', source=P, prov=TJ,
      agency='河东区社会组织联合党委', people=['陈雅琴', '吴丹青'],
      pull=(3, '「让党组织“活起来”，', '关键在于把党建工作与年检、评估挂钩」'),
      tags=['interview', 'subtitle', 'byline_top', 'pull_quote']),
    A('记者手记',
      ['采访中，记者注意到联合党委办公室墙上挂着一张“社会组织党建地图”，密密麻麻的红点，标注着每一个党组织的位置。小小的地图，映照出基层党建工作者的用心。'],
      end='（吴丹青）', source=P, prov=TJ, people=['吴丹青']),
    '2023年第5期　　27',
]
add(P, '2023-05-01', 'p27.txt', 'text', MG, arts_of(m1), ['column_label', 'editor_note', 'pull_quote'],
    render_text(m1, w=22, blank='para', seed=71))

m2 = [
    '津门社会工作',
    '【访谈】',
    A('把民生小事|当作党建大事',
      ['问：作为街道党工委书记，您怎么理解党建和民生的关系？',
       '答：群众的事无小事。我们把党建工作的落脚点放在解决群众急难愁盼上，街道党员干部每人联系10户困难家庭，做到底数清、情况明。',
       '问：主题教育期间，街道重点解决了哪些问题？',
       '答：主要是老旧小区加装电梯、老年助餐和停车难。以加装电梯为例，社区党组织牵头召开居民协商会40余场，今年已完工17部。',
       '问：如何巩固拓展主题教育成果？',
       '答：一是建立长效机制，二是加强党员队伍建设，三是持续开展“四下基层”。'],
      subtitle='——访和平区小白楼街道党工委书记郑晓岚', top='本刊记者　葛思源', source=P, prov=TJ,
      agency='和平区小白楼街道党工委', people=['郑晓岚', '葛思源'],
      tags=['interview', 'subtitle', 'byline_top', 'multi_line_title', 'enumeration']),
    A('小白楼街道加装电梯“议”出来',
      ['近日，小白楼街道某小区第17部加装电梯投入使用。从意见不一到全票通过，社区党组织先后组织居民协商5次。'],
      end='（通讯员　邢若冰）', source=None, prov=TJ, agency='小白楼街道', people=['邢若冰'],
      tags=['relative_date']),
    '2023年第12期　　14',
]
add(P, '2023-12-01', 'p14.txt', 'text', MG, arts_of(m2), ['column_label'],
    render_text(m2, w=19, blank='para', indent='　　', seed=72), crlf=True)

m3 = [
    '津门社会工作',
    '人物访谈',
    A('“养老院里的党支部书记”',
      ['记者：您在养老院工作了十几年，为什么坚持在这里建党支部？',
       '孙桂琴：院里有退休老党员20多位，他们说“退休不褪色”，想过组织生活。有了党支部，老党员们有了“家”。',
       '记者：党支部平时开展哪些活动？',
       '孙桂琴：每月一次主题党日，老党员给年轻护理员讲党史，年轻人教老人用手机，大家互相学习。',
       '记者：您有什么心愿？',
       '孙桂琴：希望更多养老机构建起党支部，让老党员老有所学、老有所为。'],
      kicker='党建引领养老服务', subtitle='——访北辰区康宁养老院党支部书记孙桂琴',
      top='本刊记者　吴丹青　实习生　黄一鸣', source=P, prov=TJ, agency='北辰区康宁养老院党支部',
      people=['孙桂琴', '吴丹青', '黄一鸣'],
      pull=(1, '▍“退休不褪色”'),
      tags=['interview', 'kicker', 'subtitle', 'byline_top', 'pull_quote']),
    '2024年第8期　　31',
]
add(P, '2024-08-01', 'p31.txt', 'text', MG, arts_of(m3), ['column_label', 'pull_quote'],
    render_text(m3, w=13, blank='para', seed=73))

m4 = [
    '津门社会工作',
    '【访谈】',
    A('以“第一议题”引领|机关党建提质增效',
      ['问：局机关是怎样落实“第一议题”制度的？',
       '答：我们把“第一议题”作为党组会、支部会的第一项议程，学习后结合工作实际谈体会、提措施，防止学用“两张皮”。',
       '问：在模范机关建设方面，有哪些新举措？',
       '答：我们开展“三级联动”共建，局机关与区、街道民政部门结对，推动党建和业务深度融合。'],
      subtitle='——访天津市西青区民政局党组书记杨立新', top='本刊记者　葛思源', source=P, prov=TJ,
      agency='天津市西青区民政局', people=['杨立新', '葛思源'],
      tags=['interview', 'subtitle', 'byline_top', 'multi_line_title']),
    '相关链接',
    A('“第一议题”制度',
      ['“第一议题”制度，是指各级党组织把学习习近平总书记最新重要讲话和重要指示批示精神作为会议的第一项议题，及时跟进学习、研究贯彻落实措施。'],
      tags=['related_link']),
    A('西青区民政局“党员先锋岗”挂牌',
      ['2月下旬，西青区民政局在社会救助、婚姻登记等窗口设立“党员先锋岗”8个，党员干部亮身份、作表率。'],
      end='（本刊编辑部）', source=P, prov=TJ, agency='西青区民政局', date='2025-02-21',
      tags=['period_date']),
    '2025年第3期　　09',
]
add(P, '2025-03-01', 'p09.txt', 'text', MG, arts_of(m4), ['column_label'],
    render_text(m4, w=17, blank='para', seed=74), encoding='utf-8-sig')


# ============================================================== write
def main():
    for rel, val in PAGES.items():
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if val[0] == 'DOCX':
            build_docx(path, *val[1:])
            continue
        content, enc, crlf = val
        if crlf:
            content = content.replace('\n', '\r\n')
        with open(path, 'wb') as f:
            f.write(content.encode(enc))
    with open(os.path.join(HERE, 'truth-%s.json' % SET), 'w', encoding='utf-8') as f:
        json.dump(_truth12_align(_truth10_align(TRUTH)), f, ensure_ascii=False, indent=1)
    n = sum(len(v['articles']) for v in TRUTH.values())
    print('pages', len(TRUTH), 'articles', n)


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("燕冀日报/2024-07-02/01.txt", 1, "agency", "河北省民政厅", None, 5),
    ("晋中民政工作简报/2024-12-16/jb12.docx", 2, "agency", "介休市社会组织综合党委", "介休市民政局", 5),
]


def _truth10_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH10:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth



# settled in round twelve (docs/truth_conventions.md; kinds: 12.1 = round twelve kind 1, 9.N / 10.N = the
# kinds settled in rounds nine and ten, applied where this set's truth contradicted them):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH12 = [
    ('津南民政在线/2024-09-10/jcdt_index.html', 1, 'source', None, '津南民政在线', '12.1'),
    ('津南民政在线/2024-09-10/jcdt_index.html', 2, 'source', None, '津南民政在线', '12.1'),
    ('津南民政在线/2024-09-10/jcdt_index.html', 3, 'source', None, '津南民政在线', '12.1'),
    ('津南民政在线/2024-09-10/jcdt_index.html', 4, 'source', None, '津南民政在线', '12.1'),
    ('津南民政在线/2024-09-10/jcdt_index.html', 5, 'source', None, '津南民政在线', '12.1'),
]


def _truth12_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH12:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == '__main__':
    main()
