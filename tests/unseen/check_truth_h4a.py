# -*- coding: utf-8 -*-
"""Check truth-h4a.json against the page files of set h4a, without any parser.

Walks only this set's seven publication folders (all sets later share one folder). For every
page: the file exists and its bytes match the declared encoding / crlf / kind; every title, body
paragraph, caption and printed attribution occurs in the page once whitespace (and forced line
breaks: ¦, <br>) is removed (a joined two-part attribution passes when both parts occur); every
person occurs on the page and in the article's own text; dates are real days from 2022 on and
not after the issue date (the folder date); tags come from the list, article tags are page tags,
format tags agree with the file; slogans occur in title or body and no canonical one is missed;
every page file is in the truth and every truth page is a file. Exits 1 on any problem.
"""
import os, re, sys, json, datetime, html as htmlmod

HERE = os.path.dirname(os.path.abspath(__file__))
SETID = 'h4a'
PUBS = ['滕王阁晚报', '芙蓉民政周报', '初心理论月刊', '羊城社会报', '婺源融媒', '汀江融媒', '武陵民政机关党建简报']
TAGS = set('''briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary'''.split())
PROVINCES = set('''北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北
湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门'''.split())
CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
KEYS = ['title', 'body', 'attribution', 'source', 'province', 'agency', 'date', 'people',
        'slogans', 'captions', 'phenomena']
problems = []


def bad(where, msg):
    problems.append('%s: %s' % (where, msg))


def norm(s):
    s = re.sub(r'<br\s*/?>', '', s, flags=re.I)
    return re.sub(r'\s+', '', s.replace('¦', ''))


def page_text(path, rec, where):
    raw = open(path, 'rb').read()
    kind, enc = rec['kind'], rec['encoding']
    if kind == 'docx':
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        if enc != 'docx':
            bad(where, 'docx page with encoding %r' % enc)
        return '\n'.join(parts)
    if enc == 'utf-8-sig':
        if not raw.startswith(b'\xef\xbb\xbf'):
            bad(where, 'utf-8-sig declared but no BOM')
        txt = raw.decode('utf-8-sig')
    elif enc == 'utf-8':
        if raw.startswith(b'\xef\xbb\xbf'):
            bad(where, 'BOM present but utf-8 declared')
        txt = raw.decode('utf-8')
    elif enc == 'gb18030':
        try:
            raw.decode('utf-8')
            bad(where, 'gb18030 declared but bytes are valid utf-8')
        except UnicodeDecodeError:
            pass
        txt = raw.decode('gb18030')
    else:
        bad(where, 'unknown encoding %r' % enc)
        txt = raw.decode('utf-8', 'replace')
    has_crlf = b'\r\n' in raw
    if has_crlf != bool(rec['crlf']):
        bad(where, 'crlf flag %s but file crlf=%s' % (rec['crlf'], has_crlf))
    if not rec['crlf'] and b'\r' in raw:
        bad(where, 'stray CR in LF page')
    if kind == 'html':
        txt = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', '', txt)
        txt = re.sub(r'(?s)<[^>]+>', '', txt)
        txt = htmlmod.unescape(txt)
    return txt


def slogan_text(a):
    return norm((a['title'] or '') + ''.join(a['body'])).replace('“', '').replace('”', '')


def main():
    tp = os.path.join(HERE, 'truth-%s.json' % SETID)
    truth = json.load(open(tp, encoding='utf-8'))
    used = set()
    nart = 0
    for rel, rec in truth.items():
        where = rel
        parts = rel.split('/')
        if len(parts) != 3 or parts[0] not in PUBS or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', parts[1]):
            bad(where, 'path not <publication>/<YYYY-MM-DD>/<page>')
            continue
        issue = datetime.date.fromisoformat(parts[1])
        ext = parts[2].rsplit('.', 1)[-1]
        want = {'text': 'txt', 'ocr': 'txt', 'html': 'html', 'docx': 'docx'}.get(rec.get('kind'))
        if want != ext:
            bad(where, 'kind %r does not fit extension %r' % (rec.get('kind'), ext))
        if rec.get('publication_kind') not in ('national', 'provincial', 'county', 'magazine', 'bulletin'):
            bad(where, 'publication_kind %r' % rec.get('publication_kind'))
        if rec.get('publication_kind') == 'magazine' and issue.day != 1:
            bad(where, 'magazine folder date is not the first of the month')
        path = os.path.join(HERE, *parts)
        if not os.path.isfile(path):
            bad(where, 'page file missing')
            continue
        text = page_text(path, rec, where)
        flat = norm(text)
        ptags = set(rec.get('phenomena', []))
        for t in ptags - TAGS:
            bad(where, 'unknown page tag %r' % t)
        used |= ptags
        fmt = {'crlf': bool(rec['crlf']), 'gb18030': rec['encoding'] == 'gb18030',
               'utf8_bom': rec['encoding'] == 'utf-8-sig', 'html': rec['kind'] == 'html',
               'docx': rec['kind'] == 'docx', 'ocr': rec['kind'] == 'ocr'}
        for t, v in fmt.items():
            if (t in ptags) != v:
                bad(where, 'format tag %s disagrees with the file' % t)
        union = set()
        if not rec.get('articles'):
            bad(where, 'no articles')
        for i, a in enumerate(rec.get('articles', [])):
            nart += 1
            w = '%s #%d' % (where, i + 1)
            for k in KEYS:
                if k not in a:
                    bad(w, 'missing key %s' % k)
            if set(a) - set(KEYS):
                bad(w, 'extra keys %s' % sorted(set(a) - set(KEYS)))
            if a['title'] is not None and (not isinstance(a['title'], str) or not a['title'].strip()):
                bad(w, 'title must be a non-empty string or null')
            if a['title'] and norm(a['title']) not in flat:
                bad(w, 'title not on page: %s' % a['title'])
            if not a['body']:
                bad(w, 'empty body')
            for p in a['body']:
                if not norm(p) or norm(p) not in flat:
                    bad(w, 'body paragraph not on page: %s' % p[:40])
            for c in a['captions']:
                if norm(c) not in flat:
                    bad(w, 'caption not on page: %s' % c)
            at = norm(a['attribution'])
            if at and at not in flat:
                if not any(at[:j] in flat and at[j:] in flat for j in range(2, len(at) - 1)):
                    bad(w, 'attribution not on page: %s' % a['attribution'])
            if a['source'] is not None and (not isinstance(a['source'], str) or not a['source'].strip()):
                bad(w, 'source must be non-empty or null')
            if a['province'] is not None and a['province'] not in PROVINCES:
                bad(w, 'province %r not a short form' % a['province'])
            if a['agency'] is not None and not a['agency'].strip():
                bad(w, 'empty agency')
            own = norm((a['title'] or '') + ''.join(a['body']) + ''.join(a['captions']) + a['attribution'])
            for person in a['people']:
                if person == '习近平':
                    bad(w, '习近平 listed as a person')
                if norm(person) not in flat:
                    bad(w, 'person not on page: %s' % person)
                elif norm(person) not in own:
                    bad(w, 'person not in the article text: %s' % person)
                if re.search(r'\s', person):
                    bad(w, 'person with padding: %r' % person)
            if len(set(a['people'])) != len(a['people']):
                bad(w, 'duplicate people')
            try:
                d = datetime.date.fromisoformat(a['date'])
                if d > issue:
                    bad(w, 'date %s after issue date %s' % (d, issue))
                if d < datetime.date(2022, 1, 1):
                    bad(w, 'date %s before 2022' % d)
            except Exception:
                bad(w, 'bad date %r' % a.get('date'))
            st = slogan_text(a)
            for s in a['slogans']:
                if norm(s).replace('“', '').replace('”', '') not in st:
                    bad(w, 'slogan not in title/body: %s' % s)
            for c in CANON:
                if c in st and c not in [x.replace('“', '').replace('”', '') for x in a['slogans']]:
                    bad(w, 'canonical slogan missed: %s' % c)
            for m in re.finditer(r'“([一二三四五六七八九十两0-9]+[个项张][^“”]{1,10})”', norm((a['title'] or '') + ''.join(a['body']))):
                if m.group(1) not in ('两张皮', '一张网') and m.group(1) not in a['slogans']:
                    bad(w, 'numbered formulation missed: %s' % m.group(1))
            for t in a['phenomena']:
                if t not in TAGS:
                    bad(w, 'unknown tag %r' % t)
                if t not in ptags:
                    bad(w, 'article tag %r not a page tag' % t)
            union |= set(a['phenomena'])
            if a['title'] is None and 'title_none' not in a['phenomena'] and 'briefs' not in a['phenomena']:
                bad(w, 'title null without title_none tag')
    # files <-> truth, only our own publications
    seen = set()
    for pub in PUBS:
        root = os.path.join(HERE, pub)
        if not os.path.isdir(root):
            bad(pub, 'publication folder missing')
            continue
        for dp, dn, fn in os.walk(root):
            for f in fn:
                rel = os.path.relpath(os.path.join(dp, f), HERE).replace(os.sep, '/')
                seen.add(rel)
                if rel not in truth:
                    bad(rel, 'page file not in truth')
    for rel in truth:
        if rel not in seen:
            bad(rel, 'truth page not found while walking the publications')
    for t in sorted(TAGS - used):
        bad('set', 'tag never used: %s' % t)
    kinds = {}
    for rec in truth.values():
        kinds[rec['kind']] = kinds.get(rec['kind'], 0) + 1
    print('pages %d, articles %d, kinds %s' % (len(truth), nart, kinds))
    if problems:
        print('\n'.join(problems))
        print('FAILED: %d problem(s)' % len(problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
