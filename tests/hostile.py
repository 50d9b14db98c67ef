"""Generators of hostile files (issue 18): a few lines of code each that write, into a test's
temporary folder, files which expand when read. Never large files in the repository."""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

MB = 1 << 20


def _pdf(objects: list[bytes]) -> bytes:
    """Return a PDF of the given objects (1 = catalog …), with a correct cross-reference table."""
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"", compress: bool = False) -> bytes:
    if compress:
        data, extra = data, extra + b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _deflate_repeated(chunk: bytes, total: int) -> bytes:
    """Deflate total bytes made of chunk repeated, without holding them."""
    packer, out, made = zlib.compressobj(9), [], 0
    block = chunk * max(1, MB // len(chunk))
    while made < total:
        out.append(packer.compress(block))
        made += len(block)
    return b"".join(out) + packer.flush()


_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R " \
        b"/Resources << /Font << /F1 3 0 R >> %s>> >>"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_flate_bomb(path: Path, inflated: int = 300 * MB) -> Path:
    """A one-page PDF whose content stream, a few hundred KB, inflates to `inflated` bytes."""
    content = _deflate_repeated(b"BT /F1 9 Tf 72 720 Td (party) Tj ET\n", inflated)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>", _FONT,
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
               _PAGE % b""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_pdf(objects))
    return path


def pdf_form_bomb(path: Path, levels: int = 8, fan: int = 10) -> Path:
    """A PDF of about 2 KB whose page draws a form that draws a form … fan times per level:
    fan ** levels text runs."""
    forms = [b"BT /F1 9 Tf 72 720 Td (ab) Tj ET"] + [b" ".join([b"/X%d Do" % (k - 1)] * fan)
                                                    for k in range(1, levels + 1)]
    first = 6
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>", _FONT,
               _stream(b"/X%d Do" % levels), _PAGE % b"/XObject << /X%d %d 0 R >> " % (levels, first + levels)]
    for k, body in enumerate(forms):
        below = b"/XObject << /X%d %d 0 R >> " % (k - 1, first + k - 1) if k else b""
        objects.append(_stream(body, b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                     b"/Resources << /Font << /F1 3 0 R >> " + below + b">>"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_pdf(objects))
    return path


def docx_bomb(path: Path, inflated: int = 300 * MB) -> Path:
    """A Word file holding one real paragraph and a member that inflates to `inflated` bytes."""
    import docx
    document = docx.Document()
    document.add_paragraph("近日，山东省民政厅召开党建工作会议。（据山东省民政厅）")
    buffer = io.BytesIO()
    document.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/media/filler.xml", "w", force_zip64=True) as member:
            block = b"<w:p/>" * (MB // 6)
            for _ in range(inflated // len(block) + 1):
                member.write(block)
    path.write_bytes(buffer.getvalue())
    return path


def docx_nested(path: Path, depth: int) -> Path:
    """A Word file whose one paragraph sits in tables nested depth deep, then a normal paragraph."""
    import docx
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for _ in range(depth - 1):
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "深层表格里的段落：社会组织党委开展主题党日活动。"
    document.add_paragraph("近日，山东省民政厅召开党建工作会议。（据山东省民政厅）")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def html_nested(path: Path, depth: int) -> Path:
    """An article page whose body paragraph and attribution sit depth <div>s deep."""
    inner = "<p>近日，山东省民政厅召开党建工作会议，部署下半年工作。</p><p>（据山东省民政厅）</p>"
    html = (f"<html><head><meta charset='utf-8'><title>党建会议</title></head><body><h1>民政厅召开党建工作会议</h1>"
            + "<div>" * depth + inner + "</div>" * depth + "</body></html>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path


def html_huge(path: Path, size: int = 50 * MB) -> Path:
    """An article page of `size` bytes: a real article in a sea of nested markup and short text."""
    head = ("<html><head><meta charset='utf-8'><title>党建会议</title></head><body><h1>民政厅召开党建工作会议</h1>"
            "<div class='content'><p>近日，山东省民政厅召开党建工作会议。</p><p>（据山东省民政厅）</p></div>")
    filler = "<div class='cell'><span>党建</span><a href='#'>链接</a></div>\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(head)
        block = filler * 2000
        for _ in range(size // len(block.encode()) + 1):
            out.write(block)
        out.write("</body></html>")
    return path


def long_page_text(paragraphs: int) -> str:
    """The text layer of one article of many paragraphs (the parser's worst case once)."""
    lines = ["民政工作推进会召开", ""]
    for n in range(paragraphs):
        lines += [f"各级民政部门深入学习贯彻党的二十大精神，第{n}段。", ""]
    return "\n".join(lines + ["（据山东省民政厅）"])


HOSTILE = {            # file name → generator; each writes one file of the set the issue names
    "flate.pdf": pdf_flate_bomb,
    "form.pdf": pdf_form_bomb,
    "bomb.docx": docx_bomb,
    "nested.docx": lambda path: docx_nested(path, 300),
    "nested.html": lambda path: html_nested(path, 300),
    "huge.html": html_huge,
    "long.txt": lambda path: path.write_text(long_page_text(12_000), encoding="utf-8") and path,
}


def write_hostile(folder: Path) -> list[Path]:
    """Write every hostile file into folder; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    return [make(folder / name) and folder / name for name, make in HOSTILE.items()]
