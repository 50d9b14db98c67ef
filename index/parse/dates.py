"""The event date of an article: the first explicit date of its lead, resolved against the issue date.

Pages give event dates without a year (10月26日), as parts of a month (3月上旬),
as a day alone (5日上午) or not at all (近日, 今年以来); the year, and the month
of a lone day, come from the issue date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .clean import OCR_DIGITS
from .lexicon import OWN_MEDIUM

_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_RANGE = r"(?=\s*(?:至|到|—|-|～|~)\s*\d{1,2}\s*日)"
_PERIOD = {"上旬": 1, "初": 1, "中旬": 11, "下旬": 21}
# Year (optional: 2023年, 去年, 今年), month, then a day, a range's first day, or a part of the month.
_MONTH_DATE = re.compile(
    rf"(?<!\d)(?:((?:19|20)\d\d)\s*年\s*|(去年|今年|上年))?(?<!\d)(\d{{1,2}})\s*月\s*"
    rf"(?:(\d{{1,2}})\s*(?:日|号|{_RANGE})|(上旬|中旬|下旬|初)(?![心衷]))")
# A day without its month: 5日上午, 28日下午, 12日晚 anywhere; 5日， (or a range's first, 8日至10日，) at the head
# of a clause.
# And right after the subject, before what it did: 民政部17日召开…, 工委24日在京召开… (a dated report's habit);
# OCR's 明12日， is 6月12日 read as one character (日 and 月 side by side): a day whose month is lost.
_CLAUSE_DAY = re.compile(r"(?<![\d月第近前后每本当次数])(\d{1,2})\s*日(?=\s*(?:上午|下午|晚上|晚|中午|早上|凌晨))"
                         r"|(?:^|(?<=[。；，,\s]))明?\s*(\d{1,2})\s*日(?=\s*[，,]|\s*(?:至|到|—|-|～|~)\s*\d{1,2}\s*日\s*[，,])"
                         r"|(?<=[\u4e00-\u9fff])(?<![第近前后每本当次数月明今昨])(\d{1,2})\s*日"
                         r"(?=\s*(?:召开|举行|举办|在[\u4e00-\u9fff]{1,8}?(?:召开|举行|举办)|印发|发布|启动|成立|开幕|开班))")
# A dateline gives the day the report was filed, not the day of the event: 本报合肥7月1日电（记者 某某）.
_DATELINE = re.compile(rf"^\s*(?:{OWN_MEDIUM}|新华社|中新社)[\u4e00-\u9fff]{{0,8}}?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*[电讯]"
                       r"\s*(?:[（(][^（）()]{0,40}[）)])?")


# A day named by its distance from the issue: 昨日 is the day before the paper came out.
_RELATIVE_DAY = re.compile(r"(?:^|(?<=[。；，,\s）)]))(昨日|昨天|前天|今天|今日)(?!头条|起|之)")
_DAYS_BEFORE = {"昨日": 1, "昨天": 1, "前天": 2, "今天": 0, "今日": 0}
# A day of this month or the last: 本月5日, 上月28日.
_MONTH_WORD_DAY = re.compile(r"(本月|当月|上月)\s*(\d{1,2})\s*[日号]")
# Dates in Chinese numerals: 三月五日, 十二月二十八日.
_HAN_DATE = re.compile(r"(?<![一二三四五六七八九十〇零])([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _han_number(text: str) -> int:
    """Return the value of a Chinese numeral up to 99: 五 → 5, 十二 → 12, 二十八 → 28."""
    if "十" not in text:
        return _HAN_DIGITS.get(text, 0) if len(text) == 1 else 0
    tens, _, ones = text.partition("十")
    return (_HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_HAN_DIGITS.get(ones, 0) if ones else 0)


def normalize_digits(text: str) -> str:
    """Turn full-width digits into ASCII: １０月２６日 → 10月26日."""
    return text.translate(_FULL_WIDTH)


# OCR reads 1 as l or I and 0 as O in a date's number: l0月15日, 1O月, I2日. A Latin letter standing alone
# in Chinese text right before 月 or 日 is such a digit.
# A bracket or bar is a 1 too (3月]5日, ]2月), 曰 after a day's number is 日 (6月16曰), and a stray
# space may split a day's two digits (5月1 4日).
_OCR_NUMBER = re.compile(r"(?<![A-Za-z0-9])(?=[0-9]?[lIOo\]|｜!])[lIOo\]|｜!0-9]{1,2}(?=\s*[月日曰])")
_OCR_DAY = re.compile(r"(?<=\d)(\s*)曰|(?<=月)(\d) (\d)(?=\s*日)")


def _ocr_digits(text: str) -> str:
    text = _OCR_NUMBER.sub(lambda m: m.group().translate(OCR_DIGITS), text)
    if "曰" in text or " " in text:
        text = _OCR_DAY.sub(lambda m: m[1] + "日" if m[2] is None else m[2] + m[3], text)
    return text


# A dateline, for a lead that dates nothing (连日来，…): the paper's own (本报景洪1月5日电, a station's 本台…电), a
# wire's (新华社北京6月9日电) or another paper's — "the dateline's day when the lead gives none" (truth_conventions).
_FILED = re.compile(rf"^\s*(?:{OWN_MEDIUM}|新华社|中新社|[\u4e00-\u9fff]{{2,6}}(?:日报|晚报|时报|报))[\u4e00-\u9fff]{{0,8}}?"
                    r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*电")


def event_date(lead: str, issue: date | None, attribution: str = "") -> date | None:
    """Return the date of the event a lead reports.

    The first explicit date of the lead wins (10月23至25日 → the 23rd; 3月下旬 → the 21st;
    5日上午 → the 5th of the issue's month, or of the month before when the 5th is after
    the issue day); a December event in a January issue is last year's; a lead without a
    day (近日, 今年以来, 年初, 去年底, none at all) takes the day of its dateline (本报景洪1月5日电,
    新华社北京6月9日电, in the attribution or the lead), else the issue date; 今天 and 昨日 count from
    the dateline's day. Without an issue date a date without a year stays unknown.
    """
    dateline = _FILED.match(normalize_digits(attribution or "")) or _FILED.match(normalize_digits(lead))
    filed = (resolve(int(dateline[1]), int(dateline[2]), issue) or issue) if dateline else issue
    head = _DATELINE.sub("", _ocr_digits(normalize_digits(lead[:200])))
    head = _HAN_DATE.sub(lambda m: f"{_han_number(m[1])}月{_han_number(m[2])}日", head)
    found = [(m.start(), _month_date(m, issue)) for m in _MONTH_DATE.finditer(head)]
    found += [(m.start(), _lone_day(int(m[1] or m[2] or m[3]), issue)) for m in _CLAUSE_DAY.finditer(head)]
    if issue:
        # 今天, 昨日 count from the day the report was filed (本报武汉3月14日电 … 今天), else from the issue
        found += [(m.start(), filed - timedelta(days=_DAYS_BEFORE[m[1]])) for m in _RELATIVE_DAY.finditer(head)]
        found += [(m.start(), _day_of(m[1], int(m[2]), issue)) for m in _MONTH_WORD_DAY.finditer(head)]
    found = sorted(f for f in found if f[1] is not None)
    if found:
        return found[0][1]
    return filed


def _month_date(match: re.Match, issue: date | None) -> date | None:
    year, relative, month, day, period = match.groups()
    day_of_month = int(day) if day else _PERIOD[period]
    if year:
        return safe_date(int(year), int(month), day_of_month)
    if relative in ("去年", "上年"):
        return safe_date(issue.year - 1, int(month), day_of_month) if issue else None
    if relative == "今年":
        return safe_date(issue.year, int(month), day_of_month) if issue else None
    return resolve(int(month), day_of_month, issue)


def _lone_day(day: int, issue: date | None) -> date | None:
    """Put a day without its month in the issue's month, or the month before when it is later."""
    if issue is None or not 1 <= day <= 31:
        return None
    if day <= issue.day:
        return safe_date(issue.year, issue.month, day)
    before = issue.replace(day=1) - timedelta(days=1)
    return safe_date(before.year, before.month, day)


def _day_of(month_word: str, day: int, issue: date) -> date | None:
    """Return day of the issue's month (本月, 当月) or of the month before (上月)."""
    month = issue.replace(day=1) - timedelta(days=1) if month_word == "上月" else issue
    return safe_date(month.year, month.month, day)


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve(month: int, day: int, issue: date | None) -> date | None:
    """Give a month and day the issue's year, or the year before when that would put it after the issue."""
    if issue is None:
        return None
    found = safe_date(issue.year, month, day)
    if found and found > issue + timedelta(days=7):
        found = safe_date(issue.year - 1, month, day)
    return found
