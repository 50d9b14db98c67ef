"""Tell a page's encoding by strict decoding, and refuse text that only decodes by accident.

Strict decoding is the detector: valid UTF-8 is almost never anything else;
UTF-16 carries a byte-order mark (or is told by decoding to plausible text);
GB18030 accepts almost any byte string, so its output must look like Chinese.
"""
from __future__ import annotations

from .errors import UnreadableFile


def decode(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding) for UTF-8, UTF-8 with BOM or GB18030 bytes.

    Strict decoding is the detector: valid UTF-8 is almost never anything else,
    and GB18030 is accepted only when what it yields looks like Chinese text.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        decoded = _decode_utf16(raw)
        if decoded:
            return decoded
    if b"\x00" in raw:
        if _looks_utf16(raw):
            raise UnreadableFile("UTF-16 text without a byte-order mark: save it as UTF-8")
        raise UnreadableFile("binary file: contains NUL bytes")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"has a UTF-8 BOM but invalid UTF-8 at byte {exc.start + 3}")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"cannot decode as UTF-8 or GB18030 (bad byte at {exc.start})")
    if not _looks_chinese(text):
        raise UnreadableFile("cannot decode as UTF-8, and as GB18030 it is not Chinese text "
                             "(Latin-1 or another single-byte encoding? save it as UTF-8)")
    return text, "gb18030"


def _decode_utf16(raw: bytes) -> tuple[str, str] | None:
    """Decode text with a UTF-16 byte-order mark; None when it is not plausible UTF-16 text."""
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\t\r\n\u3000")
    if printable < 0.98 * len(text) or not _looks_chinese(text):
        return None
    return text, "utf-16"


def _looks_utf16(raw: bytes) -> bool:
    """Tell UTF-16 without a BOM: either byte order decodes to plausible Chinese text."""
    sample = raw[:4096] if len(raw) % 2 == 0 else raw[:4095]
    return len(sample) >= 16 and any(_plausible_utf16(sample, order) for order in ("utf-16-le", "utf-16-be"))


def _plausible_utf16(sample: bytes, order: str) -> bool:
    try:
        text = sample.decode(order)
    except UnicodeDecodeError:
        return False
    printable = sum(1 for c in text if c.isprintable() or c in "\t\r\n\u3000")
    return printable >= 0.98 * len(text) and _looks_chinese(text)


def _looks_chinese(text: str) -> bool:
    """Accept GB18030 output only when it reads like Chinese text.

    Latin-1 or cp1252 bytes (é = 0xE9) also decode as GB18030, into Han
    characters outside the 3,755 everyday ones of GB2312 level 1, scattered
    between Latin letters. Real pages use level-1 characters almost only.
    """
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return True
    common = sum(1 for c in wide if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
                 or "\uff00" <= c <= "\uffef" or c in "“”‘’—…·")
    if common / len(wide) < 0.9:
        return False
    han = [c for c in wide if "\u4e00" <= c <= "\u9fff"]
    return not han or sum(map(_everyday_han, han)) / len(han) >= 0.8


def _everyday_han(char: str) -> bool:
    """Return whether char is one of GB2312's level-1 (most common) characters."""
    try:
        code = char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return 0xB0 <= code[0] <= 0xD7




def decode_markup(raw: bytes, declared: str | None) -> tuple[str, str]:
    """Return (text, encoding) of an HTML page, checking its declared charset against its bytes.

    The declaration is often wrong (UTF-8 saved by an editor under a gb2312 meta tag, GBK
    under utf-8, none at all), so the bytes decide, as for text pages: valid UTF-8 is UTF-8
    whatever is declared; otherwise the declared charset (gb2312 and gbk read as GB18030, their
    superset), then GB18030, each only when what it yields reads like Chinese. Anything else
    would be mojibake: refused, saying what was declared and what the bytes are not.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) and (decoded := _decode_utf16(raw)):
        return decoded
    try:
        return raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in _candidates(declared):
        try:
            text = raw.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        # whitespace is no control: U+3000, the indent of every Chinese paragraph, is not "printable"
        if _looks_chinese(text) and sum(c.isprintable() or c.isspace() for c in text) >= 0.99 * len(text):
            return text, name
    said = f"declared {declared}" if declared else "no charset declared"
    raise UnreadableFile(f"cannot tell the page's charset ({said}): the bytes are not UTF-8, and as "
                         f"{' or '.join(_candidates(declared))} they are not Chinese text (mojibake refused)")


def _candidates(declared: str | None) -> list[str]:
    """Return the charsets to try after UTF-8: the declared one (GB names as GB18030), then GB18030."""
    import codecs
    names = []
    if declared:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            name = None
        if name in ("gb2312", "gbk", "gb18030", "hz"):
            name = "gb18030"
        if name and not name.startswith(("utf-16", "utf-32", "utf-7", "utf-8")):
            names.append(name)
    return names + (["gb18030"] if "gb18030" not in names else [])
