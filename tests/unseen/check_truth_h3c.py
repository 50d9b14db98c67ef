"""check_truth_h3c.py — checks truth-h3c.json against the page files, without any parser.

Checks: every page file is in the truth and vice versa; encoding / BOM / CRLF as declared; kind matches
the extension; every title, body paragraph, caption and (non-empty) attribution occurs in its page once
whitespace (and forced line breaks) are removed (an author's name under the title joined with
a closing （作者系…）/（作者单位：…） note: each of the two parts occurs) (HTML: tags stripped, entities decoded; Word: all text
runs); every person occurs on the page and is never 习近平; dates are real days, not after the issue date
(a magazine: not after the last day of its issue month) and not before 2021-12-01; provinces are short
forms or null; every tag is from the list, article tags are page tags, every tag of the list is used
somewhere in the set; slogans are canonical forms or quoted numbered formulations, each occurring in the
article's title or body, and every canonical form occurring in title or body is listed.
Exits non-zero on any problem.
"""
import calendar
import datetime
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TAGS = set('''briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary'''.split())

CANON = ['两个确立', '两个维护', '四个意识', '四个自信', '两个大局', '国之大者', '两个结合',
         '六个必须坚持', '三会一课', '第一议题', '三级联动', '四风', '两学一做', '三严三实',
         '不忘初心、牢记使命', '习近平新时代中国特色社会主义思想', '主题教育', '党史学习教育',
         '模范机关', '清廉机关', '总体国家安全观', '高质量发展', '中国式现代化', '全面从严治党',
         '中央八项规定', '党建引领', '以学铸魂', '以学增智', '以学正风', '以学促干',
         '学思想、强党性、重实践、建新功', '党的二十大精神', '二十届三中全会精神']

PROVINCES = set('''北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南
广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门'''.split())

KIND_EXT = {'text': '.txt', 'ocr': '.txt', 'html': '.html', 'docx': '.docx'}
PUBKINDS = {'national', 'provincial', 'county', 'magazine', 'bulletin'}

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r'\s+', '', s)


def page_text(path, rec):
    raw = open(path, 'rb').read()
    kind, enc = rec['kind'], rec['encoding']
    if kind == 'docx':
        if enc != 'docx':
            bad(f'{path}: docx page must have encoding docx')
        import zipfile
        with zipfile.ZipFile(path) as z:
            xml = z.read('word/document.xml').decode('utf-8')
        parts = re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', xml)
        return html.unescape(''.join(parts))
    if enc == 'utf-8-sig':
        if not raw.startswith(b'\xef\xbb\xbf'):
            bad(f'{path}: declared utf-8-sig but has no BOM')
    elif raw.startswith(b'\xef\xbb\xbf'):
        bad(f'{path}: BOM present but encoding {enc}')
    try:
        text = raw.decode(enc)
    except (UnicodeDecodeError, LookupError) as e:
        bad(f'{path}: cannot decode as {enc}: {e}')
        return ''
    n_crlf = text.count('\r\n')
    n_lf = text.count('\n')
    if rec['crlf'] and n_crlf != n_lf:
        bad(f'{path}: declared crlf but has bare LF')
    if not rec['crlf'] and n_crlf:
        bad(f'{path}: CRLF present but crlf false')
    if kind == 'html':
        text = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', text)
        text = re.sub(r'(?s)<[^>]+>', '', text)
        text = html.unescape(text)
    return text


def check_date(path, i, s, issue, pubkind):
    try:
        d = datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        bad(f'{path} #{i}: bad date {s!r}')
        return
    limit = issue
    if pubkind == 'magazine':
        limit = issue.replace(day=calendar.monthrange(issue.year, issue.month)[1])
    if d > limit:
        bad(f'{path} #{i}: date {s} after issue date {issue}')
    if d < datetime.date(2021, 12, 1):
        bad(f'{path} #{i}: date {s} too early')



def _own_walk(truth):
    """Walk only this set's publication folders: the share's folder holds the other sets too."""
    for pub in sorted({k.split("/")[0] for k in truth}):
        yield from os.walk(os.path.join(HERE, pub))

def main():
    truth = json.load(open(os.path.join(HERE, 'truth-h3c.json'), encoding='utf-8'))
    on_disk = set()
    for root, dirs, files in _own_walk(truth):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, '/')
            if '/' in rel and not rel.startswith(('.', '__')) and '__pycache__' not in rel:
                on_disk.add(rel)
    for rel in sorted(on_disk - set(truth)):
        bad(f'{rel}: page file not in truth')
    for rel in sorted(set(truth) - on_disk):
        bad(f'{rel}: truth page has no file')
    used = set()
    n_art = 0
    for rel, rec in truth.items():
        path = os.path.join(HERE, *rel.split('/'))
        if not os.path.exists(path):
            continue
        parts = rel.split('/')
        if len(parts) != 3:
            bad(f'{rel}: path is not <publication>/<date>/<page>')
            continue
        try:
            issue = datetime.date.fromisoformat(parts[1])
        except ValueError:
            bad(f'{rel}: folder is not a date')
            continue
        for key in ('encoding', 'crlf', 'kind', 'publication_kind', 'phenomena', 'articles'):
            if key not in rec:
                bad(f'{rel}: missing {key}')
        if rec['kind'] not in KIND_EXT or not rel.endswith(KIND_EXT[rec['kind']]):
            bad(f'{rel}: kind {rec["kind"]} does not match extension')
        if rec['publication_kind'] not in PUBKINDS:
            bad(f'{rel}: bad publication_kind')
        if rec['publication_kind'] == 'magazine' and issue.day != 1:
            bad(f'{rel}: magazine folder date must be the first of the month')
        ptags = set(rec['phenomena'])
        for t in ptags - TAGS:
            bad(f'{rel}: unknown page tag {t}')
        used |= ptags
        for t, cond in (('crlf', rec['crlf']), ('gb18030', rec['encoding'] == 'gb18030'),
                        ('utf8_bom', rec['encoding'] == 'utf-8-sig'), ('html', rec['kind'] == 'html'),
                        ('docx', rec['kind'] == 'docx'), ('ocr', rec['kind'] == 'ocr')):
            if cond != (t in ptags):
                bad(f'{rel}: page tag {t} inconsistent with the page')
        page = norm(page_text(path, rec))
        if not rec['articles']:
            bad(f'{rel}: no articles')
        for i, a in enumerate(rec['articles']):
            n_art += 1
            for key in ('title', 'body', 'attribution', 'source', 'province', 'agency', 'date',
                        'people', 'slogans', 'captions', 'phenomena'):
                if key not in a:
                    bad(f'{rel} #{i}: missing {key}')
            strings = []
            if a['title'] is not None:
                strings.append(('title', a['title']))
            strings += [('body', p) for p in a['body']]
            strings += [('caption', c) for c in a['captions']]
            if a['attribution']:
                strings.append(('attribution', a['attribution']))
            for what, s in strings:
                if not norm(s):
                    bad(f'{rel} #{i}: empty {what}')
                elif norm(s) not in page:
                    m = re.match(r'^([^（]+)(（.+）)$', s) if what == 'attribution' else None
                    if not (m and norm(m.group(1)) in page and norm(m.group(2)) in page):
                        bad(f'{rel} #{i}: {what} not on page: {s[:40]}')
                if '|' in s or '~' in s or '\n' in s:
                    bad(f'{rel} #{i}: layout marker left in {what}')
            if not a['body']:
                bad(f'{rel} #{i}: empty body')
            for p in a['people']:
                if not p or re.search(r'\s', p):
                    bad(f'{rel} #{i}: bad person {p!r}')
                elif p == '习近平':
                    bad(f'{rel} #{i}: 习近平 listed as a person')
                elif norm(p) not in page:
                    bad(f'{rel} #{i}: person {p} not on page')
            check_date(rel, i, a['date'], issue, rec['publication_kind'])
            if a['province'] is not None and a['province'] not in PROVINCES:
                bad(f'{rel} #{i}: bad province {a["province"]}')
            for k in ('source', 'agency'):
                if a[k] is not None and (not isinstance(a[k], str) or not a[k]):
                    bad(f'{rel} #{i}: bad {k}')
            text = norm((a['title'] or '') + ''.join(a['body']))
            for s in a['slogans']:
                if s not in CANON and not re.match(r'^[一两二三四五六七八九十]', s):
                    bad(f'{rel} #{i}: slogan {s} neither canonical nor numbered')
                if norm(s) not in text:
                    bad(f'{rel} #{i}: slogan {s} not in title/body')
            for s in CANON:
                if s in text and s not in a['slogans']:
                    bad(f'{rel} #{i}: canonical slogan {s} occurs but is not listed')
            atags = set(a['phenomena'])
            for t in atags - TAGS:
                bad(f'{rel} #{i}: unknown tag {t}')
            for t in atags - ptags:
                bad(f'{rel} #{i}: article tag {t} missing from page tags')
            if (a['title'] is None) != ('title_none' in atags):
                bad(f'{rel} #{i}: title_none tag inconsistent')
            if bool(a['captions']) != ('captions' in atags):
                bad(f'{rel} #{i}: captions tag inconsistent')
            if any('·' in p for p in a['people']) != ('dot_name' in atags):
                bad(f'{rel} #{i}: dot_name tag inconsistent')
    for t in sorted(TAGS - used):
        bad(f'tag never used in the set: {t}')
    kinds = {}
    for rec in truth.values():
        kinds[rec['kind']] = kinds.get(rec['kind'], 0) + 1
    for p in problems:
        print('PROBLEM:', p)
    print(f'{len(truth)} pages, {n_art} articles, kinds {kinds}: '
          f'{"FAIL (" + str(len(problems)) + " problems)" if problems else "OK"}')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
