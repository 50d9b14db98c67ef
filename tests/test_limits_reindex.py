"""Issue 18's "done when": under a 2 GB memory limit, reindex of the bundled archive plus the
decompression bombs, a long page and a 50 MB HTML page finishes in bounded time, every bomb
skipped with its reason and every other file indexed. Slow (about 30 s): one real run."""
from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import time

from dangjian.index import generations as gens
from dangjian.index.parse import walk_archive

from . import hostile
from .conftest import BUNDLED

LIMIT = 2 << 30
BOMBS = {"flate.pdf": "limits.decompressed_bytes", "bomb.docx": "limits.decompressed_bytes",
         "form.pdf": "forms", "nested.docx": "depth", "nested.html": "limits.depth",
         "huge.html": "limits.markup_bytes"}


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def test_reindex_under_2_gb_skips_every_bomb_with_its_reason_and_indexes_the_rest(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(BUNDLED, archive)
    hostile.write_hostile(archive / "hostile" / "2024-01-01")
    bundled = len(walk_archive(BUNDLED).files)
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "dangjian", "reindex", "--processes", "2",
                          "--archive", str(archive), "--index", str(tmp_path / "index")],
                         capture_output=True, text=True, timeout=600, preexec_fn=_limit_memory)
    seconds = time.monotonic() - started
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr
    files = gens.read_json(gens.current_dir(tmp_path / "index") / gens.FILES)
    skipped = {rel: entry["skipped"] for rel, entry in files.items() if entry.get("skipped")}
    for name, words in BOMBS.items():
        assert words in skipped.get(f"hostile/2024-01-01/{name}", ""), json.dumps(skipped, ensure_ascii=False)
    assert "hostile/2024-01-01/long.txt" not in skipped            # long, not hostile: indexed
    assert files["hostile/2024-01-01/long.txt"]["articles"] >= 1
    indexed = [rel for rel, entry in files.items() if entry["articles"] and not rel.startswith("hostile/")]
    assert len(indexed) == bundled
    assert seconds < 300
