"""Parser-free self-check of truth-h2c.json against the page files of set h2c.

Checks: every page file exists and every h2c page file is in the truth; encoding, BOM and CRLF
as declared; every title, body paragraph, caption and printed attribution occurs in its page once
whitespace is removed (HTML: tags stripped and entities unescaped; docx: paragraph text); people
and slogans occur; dates are real days not after the issue date; tags come from the list and an
article's tags are tags of its page; each text/ocr publication's pages share at least one
furniture line (a line found in no article field); every tag of the list occurs in the set.
"""
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
KINDS = {'text', 'html', 'docx', 'ocr'}
PKINDS = {'national', 'provincial', 'county', 'magazine', 'bulletin'}
PROVS = {'北京', '天津', '河北', '山西', '内蒙古'}


def nows(s):
    return re.sub(r'\s+', '', s)


def page_text(path, meta):
    raw = open(path, 'rb').read()
    if meta['kind'] == 'docx':
        from docx import Document
        d = Document(path)
        return '\n'.join(p.text for p in d.paragraphs), raw
    enc = meta['encoding']
    if enc == 'html':
        enc = 'utf-8'
    if enc == 'utf-8-sig':
        assert raw.startswith(b'\xef\xbb\xbf'), path + ': BOM missing'
    elif enc in ('utf-8', 'gb18030'):
        assert not raw.startswith(b'\xef\xbb\xbf'), path + ': unexpected BOM'
    if enc == 'gb18030':
        try:
            raw.decode('utf-8')
            raise AssertionError(path + ': declared gb18030 but decodes as utf-8')
        except UnicodeDecodeError:
            pass
    txt = raw.decode(enc)
    if meta['crlf']:
        assert '\r\n' in txt and '\n' not in txt.replace('\r\n', ''), path + ': not CRLF'
    else:
        assert '\r' not in txt, path + ': stray CR'
    if meta['kind'] == 'html':
        t = re.sub(r'<script.*?</script>', '', txt, flags=re.S)
        t = re.sub(r'<[^>]+>', '\n', t)
        txt = html.unescape(t)
    return txt, raw


def main():
    truth = json.load(open(os.path.join(HERE, 'truth-h2c.json'), encoding='utf-8'))
    errs = []
    used = set()
    pubs = {}
    for rel, meta in truth.items():
        path = os.path.join(HERE, rel)
        if not os.path.exists(path):
            errs.append(rel + ': missing')
            continue
        try:
            txt, raw = page_text(path, meta)
        except AssertionError as e:
            errs.append(str(e))
            continue
        flat = nows(txt)
        pub, date, _ = rel.split('/')
        issue = datetime.date.fromisoformat(date)
        if meta['kind'] not in KINDS or meta['publication_kind'] not in PKINDS:
            errs.append(rel + ': kind')
        ptags = set(meta['phenomena'])
        if not ptags <= TAGS:
            errs.append(rel + ': unknown page tags %s' % (ptags - TAGS))
        used |= ptags
        if meta['crlf'] and 'crlf' not in ptags:
            errs.append(rel + ': crlf tag')
        if meta['encoding'] == 'gb18030' and 'gb18030' not in ptags:
            errs.append(rel + ': gb18030 tag')
        if meta['encoding'] == 'utf-8-sig' and 'utf8_bom' not in ptags:
            errs.append(rel + ': bom tag')
        if not meta['articles']:
            errs.append(rel + ': no articles')
        fields = []
        for i, a in enumerate(meta['articles']):
            w = '%s #%d' % (rel, i)
            keys = {'title', 'body', 'attribution', 'source', 'province', 'agency', 'date', 'people',
                    'slogans', 'captions', 'phenomena'}
            if set(a) != keys:
                errs.append(w + ': keys %s' % (set(a) ^ keys))
            attr = a['attribution']
            parts = []
            if attr:
                # an author's name under the title joined with the closing （作者…） note
                parts = [attr] if nows(attr) in flat else re.split(r'(?=（作者)', attr)
            items = ([a['title']] if a['title'] else []) + a['body'] + a['captions'] + parts
            for s in items:
                if nows(s) not in flat:
                    errs.append(w + ': not on page: ' + s[:30])
            fields += items
            if not a['body']:
                errs.append(w + ': empty body')
            for p in a['people']:
                if nows(p) not in flat or p == '习近平' or ' ' in p:
                    errs.append(w + ': person ' + p)
            tb = nows((a['title'] or '') + ''.join(a['body']))
            for s in a['slogans']:
                if s.strip('“”') not in tb:
                    errs.append(w + ': slogan ' + s)
            try:
                d = datetime.date.fromisoformat(a['date'])
                if d > issue:
                    errs.append(w + ': date after issue')
                if (issue - d).days > 60:
                    errs.append(w + ': date far before issue')
            except (TypeError, ValueError):
                errs.append(w + ': bad date %r' % a['date'])
            if a['province'] is not None and a['province'] not in PROVS:
                errs.append(w + ': province ' + a['province'])
            at = set(a['phenomena'])
            if not at <= ptags:
                errs.append(w + ': article tags not on page %s' % (at - ptags))
            if 'title_none' in at and a['title'] is not None:
                errs.append(w + ': title_none with title')
        if meta['kind'] in ('text', 'ocr'):
            lines = {ln.strip() for ln in txt.splitlines() if ln.strip()}
            nf = [nows(f) for f in fields]
            furn = {ln for ln in lines if not any(nows(ln) in f for f in nf)}
            pubs.setdefault(pub, []).append(furn)
    for pub, sets in pubs.items():
        common = set.intersection(*sets)
        if not common:
            errs.append(pub + ': pages share no furniture line')
    missing = TAGS - used
    if missing:
        errs.append('tags never used: %s' % sorted(missing))
    byp = {}
    for rel in truth:
        byp.setdefault(rel.split('/')[0], []).append(rel)
    if len(byp) != 7 or any(len(v) != 4 for v in byp.values()):
        errs.append('expected 7 publications x 4 pages')
    for pub in byp:
        for root, _, files in os.walk(os.path.join(HERE, pub)):
            for f in files:
                rel = os.path.relpath(os.path.join(root, f), HERE)
                if rel not in truth:
                    errs.append(rel + ': page not in truth')
    for e in errs:
        print('FAIL', e)
    n = sum(len(m['articles']) for m in truth.values())
    print('%d pages, %d articles, %d errors' % (len(truth), n, len(errs)))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
