# -*- coding: utf-8 -*-
"""Check truth-h5c.json against the page files of set h5c, without any parser."""
import os, sys, json, re, html, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
PUBS = ['粤西晨报', '饶平融媒', '龙胜融媒', '郁江民政党建简报', '万泉河民政网', '武夷党建月刊', '人民社工报']
TAGS = set('''briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030 half_day_date
honour_list html interview kicker multi_line_title name_verb national_body no_blank_lines ocr
period_date province_context pull_quote related_link relative_date stray_spaces subheadings subtitle
title_after title_none utf8_bom year_boundary'''.split())
CANON = ['两个确立', '两个维护', '四个意识', '四个自信', '两个大局', '国之大者', '两个结合', '六个必须坚持',
         '三会一课', '第一议题', '三级联动', '四风', '两学一做', '三严三实', '不忘初心、牢记使命',
         '习近平新时代中国特色社会主义思想', '主题教育', '党史学习教育', '模范机关', '清廉机关', '总体国家安全观',
         '高质量发展', '中国式现代化', '全面从严治党', '中央八项规定', '党建引领', '以学铸魂', '以学增智', '以学正风',
         '以学促干', '学思想、强党性、重实践、建新功', '党的二十大精神', '二十届三中全会精神']
NUMQ = re.compile(r'“([一二三四五六七八九十两\d]+[个项张][^”]{1,8})”')
NOTSLOGAN = {'两张皮', '一张网'}
PK = {'national', 'provincial', 'county', 'magazine', 'bulletin'}
errs = []
def err(*a): errs.append(' '.join(str(x) for x in a))
def nows(s): return re.sub(r'\s+', '', s)

truth = json.load(open(os.path.join(HERE, 'truth-h5c.json'), encoding='utf-8'))
files = set()
for pub in PUBS:
    for root, _, fs in os.walk(os.path.join(HERE, pub)):
        for f in fs:
            files.add(os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, '/'))
for f in sorted(files - set(truth)): err('file not in truth:', f)
for f in sorted(set(truth) - files): err('truth page without file:', f)

def page_text(rel, t):
    path = os.path.join(HERE, rel)
    raw = open(path, 'rb').read()
    if t['kind'] == 'docx':
        import docx
        d = docx.Document(path)
        return '\n'.join(p.text for p in d.paragraphs)
    enc = t['encoding']
    if enc == 'utf-8-sig' and not raw.startswith(b'\xef\xbb\xbf'): err(rel, 'BOM missing')
    if enc == 'utf-8' and raw.startswith(b'\xef\xbb\xbf'): err(rel, 'unexpected BOM')
    if enc == 'gb18030':
        try: raw.decode('utf-8'); err(rel, 'gb18030 page decodes as utf-8')
        except UnicodeDecodeError: pass
    txt = raw.decode(enc)
    if t['crlf'] != (b'\r\n' in raw): err(rel, 'crlf flag wrong')
    if t['crlf'] and re.search(rb'(?<!\r)\n', raw): err(rel, 'bare LF in CRLF page')
    if t['kind'] == 'html':
        txt = html.unescape(re.sub(r'<[^>]+>', ' ', txt))
    return txt

total = 0
for rel, t in truth.items():
    if rel not in files: continue
    m = re.match(r'^([^/]+)/(\d{4}-\d{2}-\d{2})/[^/]+\.(txt|html|docx)$', rel)
    if not m or m.group(1) not in PUBS: err(rel, 'bad path'); continue
    issue = datetime.date.fromisoformat(m.group(2))
    ext = m.group(3)
    kind_ok = {'txt': ('text', 'ocr'), 'html': ('html',), 'docx': ('docx',)}[ext]
    if t['kind'] not in kind_ok: err(rel, 'kind/ext mismatch')
    if t['publication_kind'] not in PK: err(rel, 'publication_kind')
    if t['publication_kind'] == 'magazine' and issue.day != 1: err(rel, 'magazine date not 1st')
    ptags = set(t['phenomena'])
    for x in ptags - TAGS: err(rel, 'unknown tag', x)
    need = {'crlf': t['crlf'], 'gb18030': t['encoding'] == 'gb18030', 'utf8_bom': t['encoding'] == 'utf-8-sig',
            'ocr': t['kind'] == 'ocr', 'html': t['kind'] == 'html', 'docx': t['kind'] == 'docx'}
    for k, v in need.items():
        if v and k not in ptags: err(rel, 'missing format tag', k)
    text = nows(page_text(rel, t))
    if not t['articles']: err(rel, 'no articles')
    for i, a in enumerate(t['articles']):
        total += 1
        w = '%s #%d' % (rel, i)
        for k in ('title', 'body', 'attribution', 'source', 'province', 'agency', 'date', 'people', 'slogans', 'captions', 'phenomena'):
            if k not in a: err(w, 'missing field', k)
        for x in a['phenomena']:
            if x not in TAGS: err(w, 'unknown tag', x)
            if x not in ptags: err(w, 'article tag not on page', x)
        if a['title'] is not None and nows(a['title']) not in text: err(w, 'title not on page:', a['title'])
        if not a['body']: err(w, 'empty body')
        for p in a['body']:
            if '\n' in p or nows(p) not in text: err(w, 'body paragraph not on page:', p[:30])
        for c in a['captions']:
            if nows(c) not in text: err(w, 'caption not on page:', c[:30])
            if c.startswith('▲'): err(w, 'caption keeps marker')
        if a['attribution'] and nows(a['attribution']) not in text:
            # an author's name joined with a closing (作者系…) note: each part must be printed
            if not all(nows(x) in text for x in a['attribution'].split(' （')):
                err(w, 'attribution not on page:', a['attribution'])
        for p in a['people']:
            if nows(p) not in text: err(w, 'person not on page:', p)
            if p == '习近平': err(w, '习近平 as person')
        try:
            dd = datetime.date.fromisoformat(a['date'])
            if dd > issue: err(w, 'date after issue', a['date'])
            if (issue - dd).days > 60: err(w, 'date suspiciously early', a['date'])
        except Exception: err(w, 'bad date', a['date'])
        if a['title'] is None and 'title_none' not in a['phenomena'] and 'briefs' not in a['phenomena'] and 'continued' not in a['phenomena']:
            err(w, 'null title without tag')
        body = nows((a['title'] or '') + ''.join(a['body']))
        want = {c for c in CANON if nows(c) in body}
        for mm in NUMQ.finditer(body):
            if mm.group(1) not in NOTSLOGAN: want.add(mm.group(1))
        have = {s.strip('“”') for s in a['slogans']}
        if want != have: err(w, 'slogans differ: want', sorted(want), 'have', sorted(have))
        if a['province'] is not None and a['province'] not in ('广东', '广西', '海南', '福建'): err(w, 'province', a['province'])
used = set()
for t in truth.values(): used |= set(t['phenomena'])
for x in sorted(TAGS - used): err('tag never used:', x)
print('pages', len(truth), 'articles', total)
if errs:
    print('\n'.join(errs)); print(len(errs), 'problems'); sys.exit(1)
print('OK')
