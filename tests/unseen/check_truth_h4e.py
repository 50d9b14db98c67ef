"""Check truth-h4e.json against the page files of set h4e, without any parser.

Walks only this set's own publication folders (the share folder is shared with other sets).
Exits non-zero on any problem.
"""
import os, re, sys, json, html, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = 'h4e'
PUBS = ['神州社会工作报', '太湖晚报', '浣纱融媒', '淞沪民政党建简报', '齐风日报', '皖韵党建', '瓯江民政网']
TAGS = set('''briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030 half_day_date
honour_list html interview kicker multi_line_title name_verb national_body no_blank_lines ocr period_date
province_context pull_quote related_link relative_date stray_spaces subheadings subtitle title_after
title_none utf8_bom year_boundary'''.split())
PROVS = set('''北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东
广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门'''.split())
CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持",
         "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命",
         "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关", "总体国家安全观",
         "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂", "以学增智",
         "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NUMRE = re.compile(r'“([一二三四五六七八九十两0-9]+[个项张][^“”]{1,8})”')
KINDS = {'text', 'html', 'docx', 'ocr'}
PKINDS = {'national', 'provincial', 'county', 'magazine', 'bulletin'}
ENCS = {'utf-8', 'utf-8-sig', 'gb18030', 'html', 'docx'}
FIELDS = ['title', 'body', 'attribution', 'source', 'province', 'agency', 'date', 'people', 'slogans',
          'captions', 'phenomena']

errors = []


def err(*a):
    errors.append(' '.join(str(x) for x in a))


def ws(s):
    return re.sub(r'\s+', '', s)


def page_text(full, rec):
    raw = open(full, 'rb').read()
    enc = rec['encoding']
    if rec['kind'] == 'docx':
        from docx import Document
        d = Document(full)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return '\n'.join(parts)
    if enc == 'utf-8-sig' and not raw.startswith(b'\xef\xbb\xbf'):
        err(full, 'declared utf-8-sig but no BOM')
    if enc == 'utf-8' and raw.startswith(b'\xef\xbb\xbf'):
        err(full, 'declared utf-8 but has BOM')
    if enc == 'gb18030':
        try:
            raw.decode('utf-8')
            err(full, 'declared gb18030 but decodes as utf-8')
        except UnicodeDecodeError:
            pass
    try:
        txt = raw.decode('gb18030' if enc == 'gb18030' else ('utf-8-sig' if enc in ('utf-8-sig',) else 'utf-8'))
    except UnicodeDecodeError as e:
        err(full, 'cannot decode', e)
        return ''
    has_crlf = b'\r\n' in raw
    if bool(rec['crlf']) != has_crlf:
        err(full, 'crlf flag', rec['crlf'], 'but file crlf', has_crlf)
    if rec['kind'] == 'html':
        txt = re.sub(r'(?is)<(script|style).*?</\1>', '', txt)
        txt = re.sub(r'<[^>]+>', '', txt)
        txt = html.unescape(txt)
    return txt


def main():
    truth = json.load(open(os.path.join(HERE, f'truth-{SET}.json'), encoding='utf-8'))
    on_disk = set()
    for pub in PUBS:
        root = os.path.join(HERE, pub)
        if not os.path.isdir(root):
            err('missing publication folder', pub)
            continue
        for dp, dn, fn in os.walk(root):
            for f in fn:
                on_disk.add(os.path.relpath(os.path.join(dp, f), HERE).replace(os.sep, '/'))
    for p in sorted(on_disk - set(truth)):
        err('page file not in truth:', p)
    for p in sorted(set(truth) - on_disk):
        err('truth page without file:', p)
    for p in truth:
        if p.split('/')[0] not in PUBS:
            err('truth page outside own publications:', p)

    for path, rec in sorted(truth.items()):
        if path not in on_disk:
            continue
        m = re.match(r'^([^/]+)/(\d{4}-\d{2}-\d{2})/[^/]+\.(txt|html|docx)$', path)
        if not m:
            err(path, 'bad path shape')
            continue
        issue = datetime.date.fromisoformat(m.group(2))
        ext = m.group(3)
        for k in ('encoding', 'crlf', 'kind', 'publication_kind', 'phenomena', 'articles'):
            if k not in rec:
                err(path, 'missing page field', k)
        if rec['kind'] not in KINDS:
            err(path, 'bad kind')
        if rec['publication_kind'] not in PKINDS:
            err(path, 'bad publication_kind')
        if rec['encoding'] not in ENCS:
            err(path, 'bad encoding')
        if {'txt': ('text', 'ocr'), 'html': ('html',), 'docx': ('docx',)}[ext].count(rec['kind']) == 0:
            err(path, 'kind does not match extension')
        if rec['publication_kind'] == 'magazine' and issue.day != 1:
            err(path, 'magazine folder date not first of month')
        ptags = set(rec['phenomena'])
        for t in ptags - TAGS:
            err(path, 'unknown page tag', t)
        need = {'gb18030': rec['encoding'] == 'gb18030', 'utf8_bom': rec['encoding'] == 'utf-8-sig',
                'crlf': bool(rec['crlf']), 'html': rec['kind'] == 'html', 'docx': rec['kind'] == 'docx',
                'ocr': rec['kind'] == 'ocr'}
        for t, v in need.items():
            if v and t not in ptags:
                err(path, 'page tag missing', t)
            if not v and t in ptags:
                err(path, 'page tag wrongly set', t)
        full = os.path.join(HERE, path)
        page = ws(page_text(full, rec))
        if not rec['articles']:
            err(path, 'no articles')
        for i, a in enumerate(rec['articles']):
            where = f'{path} #{i}'
            for k in FIELDS:
                if k not in a:
                    err(where, 'missing field', k)
            if set(a) - set(FIELDS):
                err(where, 'extra fields', set(a) - set(FIELDS))
            t = a.get('title')
            if t is not None:
                if not t.strip():
                    err(where, 'empty title')
                elif ws(t) not in page:
                    err(where, 'title not on page:', t)
            if not a['body']:
                err(where, 'empty body')
            for b in a['body']:
                if not ws(b) or ws(b) not in page:
                    err(where, 'body paragraph not on page:', b[:40])
            for c in a['captions']:
                if ws(c) not in page:
                    err(where, 'caption not on page:', c)
            at = a['attribution']
            if at and ws(at) not in page and not all(ws(x) in page for x in at.split()):
                err(where, 'attribution not on page:', at)
            for pp in a['people']:
                if not pp or ws(pp) not in page:
                    err(where, 'person not on page:', pp)
                if pp == '习近平':
                    err(where, '习近平 listed as person')
                if pp != pp.strip() or '　' in pp or ' ' in pp:
                    err(where, 'person with padding:', pp)
            if len(set(a['people'])) != len(a['people']):
                err(where, 'duplicate people')
            try:
                d = datetime.date.fromisoformat(a['date'])
                if d > issue:
                    err(where, 'date after issue date', a['date'])
                if d.year < 2022 or d.year > 2025:
                    err(where, 'date out of 2022-2025', a['date'])
            except Exception:
                err(where, 'bad date', a.get('date'))
            if a['province'] is not None and a['province'] not in PROVS:
                err(where, 'bad province', a['province'])
            for k in ('source', 'agency'):
                if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                    err(where, 'bad', k)
            atags = set(a['phenomena'])
            for tg in atags - TAGS:
                err(where, 'unknown article tag', tg)
            for tg in atags - ptags:
                err(where, 'article tag not on page', tg)
            if (t is None) != ('title_none' in atags):
                err(where, 'title_none tag inconsistent')
            tb = ws((t or '') + ''.join(a['body']))
            want = [c for c in CANON if ws(c) in tb]
            for mm in NUMRE.findall(tb):
                if mm not in want:
                    want.append(mm)
            got = [s.strip('“”') for s in a['slogans']]
            for s in got:
                if ws(s) not in tb:
                    err(where, 'slogan not in title/body:', s)
            for s in want:
                if s not in got:
                    err(where, 'slogan missing:', s)
        # every article tag union
        union = set()
        for a in rec['articles']:
            union |= set(a['phenomena'])
    # every tag used at least once
    used = set()
    for rec in truth.values():
        used |= set(rec['phenomena'])
    for t in sorted(TAGS - used):
        err('tag never used:', t)
    if errors:
        for e in errors:
            print('ERROR', e)
        print(len(errors), 'problems')
        sys.exit(1)
    n = sum(len(r['articles']) for r in truth.values())
    print(f'OK: {len(truth)} pages, {n} articles')


if __name__ == '__main__':
    main()
