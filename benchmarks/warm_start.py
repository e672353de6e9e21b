"""Warm start in a real terminal: the article read last on screen, and the whole library in, against
a bare Textual app showing one label, at the size users reach.

    python benchmarks/warm_start.py [--size 10000] [--folder DIR] [--runs 7] [--dateline PATH]

Builds a library of ``--size`` articles (copies of ../shared/corpus, each with a numbered line)
unless ``--folder`` names one, fills a fresh store by loading it once (headless), opens one article
and quits, so that it is the article read last. Then launches, alternately, the bare app and
``dateline FOLDER`` in a pseudo-terminal of 120x36 and times each from launch until its text is on
screen (for dateline: the start of that article's body, then the status line's count of the whole
library). Medians of ``--runs`` launches each and their ratio (aim: 1.5 or less).

The project is byte-compiled first and the runs write byte code, as an installed dateline has it
(``PYTHONDONTWRITEBYTECODE`` is dropped for the launches): otherwise each launch compiles the
project's sources again.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pty_start import times_to_texts  # noqa: E402
from startup import BARE_APP, BARE_MARKER  # noqa: E402

SIZE = (120, 36)
TARGET = 1.5


def read_one(folder: str) -> dict[str, str]:
    """In this process: load ``folder`` (filling the store), open an article in the middle of the
    library, quit (which saves it as the article read last); its marker and the library's count."""
    from tui_support import until_loaded

    from tui.app import DatelineApp
    from tui.config import Config
    from tui.messages import OpenArticle

    out: dict[str, str] = {}

    async def once() -> None:
        app = DatelineApp([folder], None, Config())
        async with app.run_test(size=SIZE) as pilot:
            await until_loaded(app, pilot)
            chosen = app.library.articles[len(app.library.articles) // 2]
            app.post_message(OpenArticle(chosen.id))
            await pilot.pause()
            article = app.library.article(chosen.id)
            assert article is not None
            body = [article.text[p.start:p.end].strip() for p in article.paragraphs]
            words = next(b for b in body[1:] if len(b) > 40).split()[:4]  # not the dateline's date
            out["marker"] = " ".join(words)
            out["count"] = f"{len(app.library.articles)} articles"
            await pilot.press("q")

    asyncio.run(once())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--folder", help="an existing library to use instead of building one")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--dateline", help="the dateline command to launch (default: the one beside this Python)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT / "tests"))
        print(json.dumps(read_one(args.child)))
        return
    command = args.dateline or shutil.which("dateline", path=str(Path(sys.executable).parent)) or "dateline"
    compileall.compile_dir(str(ROOT / "parsing"), quiet=1)
    compileall.compile_dir(str(ROOT / "tui"), quiet=1)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="dateline-warm-") as tmp:
        from library_scale import library_for

        folder = library_for("warm_start.py", args.folder, tmp, args.size)
        os.environ["DATELINE_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["DATELINE_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ.pop("DATELINE_NO_CACHE", None)
        print(f"filling the store with {folder} (once, headless)…", flush=True)
        done = subprocess.run([sys.executable, __file__, "--child", folder], capture_output=True, text=True,
                              check=True)
        seen = json.loads(done.stdout.strip().splitlines()[-1])
        bare_code = str(Path(tmp) / "bare.py")
        Path(bare_code).write_text(BARE_APP, encoding="utf-8")
        bare, first, whole = [], [], []
        for _ in range(args.runs):
            bare.append(times_to_texts([sys.executable, bare_code], [BARE_MARKER], size=SIZE)[0])
            a, b = times_to_texts([command, folder], [seen["marker"], seen["count"]], size=SIZE, timeout=60)
            first.append(a)
            whole.append(b)
    b, f, w = statistics.median(bare), statistics.median(first), statistics.median(whole)
    ratio = f / b
    print(f"warm start, {seen['count']} (load {os.getloadavg()[0]:.1f}), medians of {args.runs}:")
    print(f"  bare Textual app, one label      {b:6.3f} s")
    print(f"  dateline, article read last      {f:6.3f} s   ratio {ratio:.2f}   target ≤ {TARGET:g}: "
          f"{'ok' if ratio <= TARGET else 'MISSED'}")
    print(f"  dateline, whole library in       {w:6.3f} s   ({w - f:.3f} s after the article; target ≤ 1: "
          f"{'ok' if w - f <= 1.0 else 'MISSED'})")


if __name__ == "__main__":
    main()
