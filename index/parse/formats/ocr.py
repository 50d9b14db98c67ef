"""Read a scanned PDF page (no text layer) with Debian's tesseract and its simplified-Chinese data.

The page is rendered with pdfium (pypdfium2) at 300 dpi and handed to the
``tesseract`` program, which has a time limit per page: OCR never hangs a run.
Without tesseract or its ``chi_sim`` data the page cannot be read, and the
reason says what to install.
"""
from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..reader import UnreadableFile

OCR_SECONDS = 120          # per page; a 300 dpi newspaper page takes 5–30 s on one core
DPI = 300
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-chi-sim"


@functools.lru_cache(maxsize=1)
def tesseract_missing() -> str | None:
    """Return why OCR is unavailable (what to install), or None when it is ready."""
    program = shutil.which("tesseract")
    if program is None:
        return f"tesseract is not installed ({INSTALL})"
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"tesseract does not run: {exc}"
    if "chi_sim" not in (listed.stdout + listed.stderr).split():
        return f"tesseract has no simplified-Chinese data ({INSTALL})"
    return None


def ocr_pdf_page(path: Path, number: int, seconds: float = OCR_SECONDS,
                 why: str = "a scan without a text layer") -> str:
    """Return the OCR text of page number (1-based) of a PDF, or raise UnreadableFile."""
    missing = tesseract_missing()
    if missing:
        raise UnreadableFile(f"page {number}: {why}, and it cannot be OCR'd: {missing}")
    with tempfile.TemporaryDirectory(prefix="dangjian-ocr-") as tmp:
        image = Path(tmp) / "page.png"
        _render(path, number, image)
        return _tesseract(image, number, seconds)


def _render(path: Path, number: int, image: Path) -> None:
    import pypdfium2
    try:
        document = pypdfium2.PdfDocument(str(path))
        try:
            document[number - 1].render(scale=DPI / 72).to_pil().convert("L").save(image)
        finally:
            document.close()
    except pypdfium2.PdfiumError as exc:
        raise UnreadableFile(f"page {number}: a scan that cannot be rendered for OCR: {exc}")


def _tesseract(image: Path, number: int, seconds: float) -> str:
    command = ["tesseract", str(image), "stdout", "-l", "chi_sim", "--psm", "3"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        raise UnreadableFile(f"page {number}: OCR took longer than {seconds:g} s and was stopped")
    if done.returncode != 0:
        raise UnreadableFile(f"page {number}: tesseract failed: {done.stderr.strip()[:200]}")
    if not done.stdout.strip():
        raise UnreadableFile(f"page {number}: a scan on which OCR found no text")
    return done.stdout.translate(_OCR_LOOKALIKES)


# tesseract's chi_sim reads the full-width parenthesis that opens （据…） as 〈 often enough to cost
# the attribution, and with it the article's end; 〈〉 (single book-title marks) are rare in reports.
_OCR_LOOKALIKES = str.maketrans({"〈": "（", "〉": "）"})
