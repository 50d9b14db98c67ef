"""Hostile input to the page reader: random bytes, encodings and line shapes never give a traceback.

A file either becomes a Page or is refused with UnreadableFile and a reason;
the writer's per-file step turns anything else into a skipped file, so no run
ever stops on one. Text the reader accepts is the text that was written.
"""
from __future__ import annotations

import json
import string
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dangjian.index.parse.reader import UnreadableFile, decode, read_page
from dangjian.index.writer import prepare_file

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Everyday Chinese (GB2312 level 1), CJK punctuation, ASCII: what a page's text layer holds.
EVERYDAY = "".join(bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xB8) for lo in range(0xA1, 0xFF))
PAGE_CHARS = st.sampled_from(EVERYDAY + "，。、；：“”（）《》" + string.ascii_letters + string.digits + " ")
LINE = st.text(PAGE_CHARS, min_size=0, max_size=80)
ENDINGS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u3000\n", "\t\n"])


@st.composite
def pages(draw) -> str:
    """A page of random lines with random line ends, blank lines and stray spaces."""
    lines = draw(st.lists(LINE, min_size=1, max_size=30))
    return "".join(line + draw(ENDINGS) for line in lines)


def outcome(call):
    """Run call; return its value or the UnreadableFile, and let anything else fail the test."""
    try:
        return call()
    except UnreadableFile as exc:
        assert str(exc), "a refusal must carry its reason"
        return exc


@SETTINGS
@given(st.binary(max_size=4000))
def test_random_bytes_decode_or_are_refused_with_a_reason(raw):
    result = outcome(lambda: decode(raw))
    if not isinstance(result, UnreadableFile):
        text, encoding = result
        assert isinstance(text, str) and encoding in ("utf-8", "utf-8-sig", "gb18030", "utf-16")


@SETTINGS
@given(pages(), st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_page_text_in_any_supported_encoding_reads_back_exactly(text, encoding):
    assume(text.strip())
    raw = text.encode(encoding)
    result = outcome(lambda: decode(raw))
    assert not isinstance(result, UnreadableFile), (encoding, result)
    assert result[0] == text


@SETTINGS
@given(st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzéèêàâçîïôûüöäßñ "), min_size=20, max_size=400))
def test_latin1_text_is_never_read_as_gb18030(text):
    raw = text.encode("latin-1")
    result = outcome(lambda: decode(raw))
    if not isinstance(result, UnreadableFile):
        assert result[1] != "gb18030", f"Latin-1 read as Chinese: {result[0][:40]!r}"


SIDECARS = st.one_of(
    st.none(),
    st.binary(max_size=200),
    st.dictionaries(st.sampled_from(["date", "publication", "page", "section", "other"]),
                    st.one_of(st.none(), st.integers(), st.text(max_size=30), st.lists(st.integers(), max_size=2)),
                    max_size=4).map(lambda d: json.dumps(d, ensure_ascii=False).encode()),
)


@SETTINGS
@given(st.one_of(st.binary(max_size=3000), pages().map(lambda t: t.encode("utf-8"))), SIDECARS,
       st.sampled_from(["报/2023-10-31/04.txt", "undated/p7.txt", "x.txt"]))
def test_any_file_and_sidecar_become_a_page_or_a_reason(tmp_path_factory, raw, sidecar, rel):
    root = tmp_path_factory.mktemp("hostile")
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    if sidecar is not None:
        Path(str(path) + ".json").write_bytes(sidecar)
    page = outcome(lambda: read_page(path, root))
    if not isinstance(page, UnreadableFile):
        assert page.path == rel and len(page.fingerprint) == 40
    got_rel, fingerprint, docs, error = prepare_file((str(path), str(root)))      # never raises
    assert got_rel == rel and (docs is None) == (error is not None)
    assert not (error or "").startswith("internal error"), error      # the parser itself never crashed
    if not isinstance(page, UnreadableFile) and docs:
        assert fingerprint == page.fingerprint                          # the bytes parsed are the bytes hashed
