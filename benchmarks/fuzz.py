"""A seeded mutation fuzzer over ``sample_articles/``: every mutant parses or fails in one plain line.

    python -m benchmarks.fuzz --minutes 10 [--seed 1] [--keep DIR]

Each mutant is a sample file (text, Markdown, HTML, JSON, JSON Lines, RSS, Atom) with one to three
mutations: bytes flipped, the file cut short, a delimiter doubled or removed, control characters,
surrogate escapes and references naming no character, huge numbers, a metadata value of another
kind, deep nesting, long runs of one character. Each goes through ``parsing.pipeline.load_file`` as
``dateline parse`` reads it, and must keep the contract: at least one article or error; an error is
one line in plain words (never "a bug in dateline", never an exception's name); an article's spans
lie inside its text and hold what they say; its JSON encodes as UTF-8 with no line break of its
own; and it takes less than a generous deadline. Failing mutants are kept (``--keep``) to reproduce
them. ``tests/test_fuzz.py`` runs a short fixed-seed round in the test suite.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from parsing.contract import dumps  # noqa: E402
from parsing.model import Article, LoadError, Mention  # noqa: E402
from parsing.pipeline import BUG, load_file  # noqa: E402

SAMPLES = REPO / "sample_articles"
DEADLINE = 10.0  # processor seconds for one input: generous, the usual is tens of milliseconds
INTERNALS = re.compile(r"[A-Z]\w+(?:Error|Exception)\b|Traceback|<unknown>|NoneType|\(a JSON")
_NOT_TEXT = re.compile("[\ud800-\udfff\ufffe\uffff]")

Mutator = Callable[[random.Random, bytes], bytes]
DELIMITERS = [b"{", b"}", b"[", b"]", b"<", b">", b'"', b"'", b",", b":", b"\n", b"---", b"+++", b"</",
              b"&", b";", b"\\", b"=", b"#"]
CONTROLS = [b"\x00", b"\x01", b"\x07", b"\x08", b"\x0b", b"\x0c", b"\x1b", b"\x1b[2J", b"\x7f",
            b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xae", b"\xef\xbb\xbf", b"\r", b"\t"]
ESCAPES = [b"\\ud800", b"\\udfff", b"\\ud83d", b"&#xD800;", b"&#55296;", b"&#1114112;", b"&#0;",
           b"&#xFFFE;", b"\xef\xbf\xbe", b"\xed\xa0\x80", b"&#x110000;", b"\\u0000"]
RUN_UNITS = ['"', "'", "’", "“", "«", "‹", "a", "A", "7", ".", "-", " ", "\n", "said ", "Apple ",
             "on 23 November 2021 ", "<b>", "[", "{", "&amp;"]


def _at(rng: random.Random, data: bytes) -> int:
    return rng.randrange(len(data) + 1)


def _insert(rng: random.Random, data: bytes, piece: bytes) -> bytes:
    i = _at(rng, data)
    return data[:i] + piece + data[i:]


def flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[:_at(rng, data)]


def _delimiter_at(rng: random.Random, data: bytes) -> tuple[int, bytes] | None:
    found = [(m.start(), d) for d in DELIMITERS for m in re.finditer(re.escape(d), data)]
    return rng.choice(found) if found else None


def double_delimiter(rng: random.Random, data: bytes) -> bytes:
    hit = _delimiter_at(rng, data)
    return data if hit is None else data[:hit[0]] + hit[1] + data[hit[0]:]


def remove_delimiter(rng: random.Random, data: bytes) -> bytes:
    hit = _delimiter_at(rng, data)
    return data if hit is None else data[:hit[0]] + data[hit[0] + len(hit[1]):]


def control(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randint(1, 4)):
        data = _insert(rng, data, rng.choice(CONTROLS))
    return data


def surrogate(rng: random.Random, data: bytes) -> bytes:
    """A surrogate or a non-character as JSON/YAML escapes, references and raw bytes write them; in a
    string where the format has one (after a quote or a tag)."""
    piece = rng.choice(ESCAPES)
    anchors = [m.end() for m in re.finditer(rb'"|>', data)]
    i = rng.choice(anchors) if anchors and rng.random() < 0.8 else _at(rng, data)
    return data[:i] + piece + data[i:]


def huge_number(rng: random.Random, data: bytes) -> bytes:
    big = rng.choice([b"1" + b"0" * 400, b"9" * 5000, b"1e400", b"-1e400", b"1" * 30, b"NaN", b"Infinity"])
    numbers = list(re.finditer(rb"(?<=[:\[, ])-?\d[\d.eE+-]*|(?<=\")\d{4}-\d\d-\d\d[^\"]*(?=\")", data))
    if numbers and rng.random() < 0.7:
        m = rng.choice(numbers)
        if data[m.start() - 1:m.start()] == b'"':  # a date string: the number replaces the string
            return data[:m.start() - 1] + big + data[m.end() + 1:]
        return data[:m.start()] + big + data[m.end():]
    return _insert(rng, data, big)


def retype(rng: random.Random, data: bytes) -> bytes:
    """A metadata value of another kind: a JSON string, number or list replaced by a number, null,
    true, an object, a list of objects; a front-matter or feed value by a list or an escape."""
    values = [m for m in re.finditer(rb'(?<=": )(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|\[[^\[\]]*\])', data)]
    values += list(re.finditer(rb"(?<=^[a-z]{4}: ).+$|(?<=<pubDate>)[^<]*|(?<=<title>)[^<]*", data, re.M))
    if not values:
        return data
    m = rng.choice(values)
    other = rng.choice([b"0", b"-1", b"null", b"true", b"{}", b'{"name": 5}', b"[[]]", b'[{"x": null}]',
                        b'["", 7, null]', b"1e308", b'"\\u0000"', b"[1, 2", b'""'])
    return data[:m.start()] + other + data[m.end():]


def deep_nesting(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice([50, 600, 5000, 50_000])
    opener, closer = rng.choice([(b"[", b"]"), (b'{"a":', b"}"), (b"<div>", b"</div>"), (b"<b>", b""),
                                 (b"> ", b""), (b"(", b")")])
    return _insert(rng, data, opener * depth + closer * rng.choice([0, depth]))


def long_run(rng: random.Random, data: bytes) -> bytes:
    unit = rng.choice(RUN_UNITS).encode()
    return _insert(rng, data, unit * (rng.choice([1_000, 20_000, 200_000]) // len(unit)))


MUTATORS: list[Mutator] = [flip, truncate, double_delimiter, remove_delimiter, control, surrogate,
                           huge_number, retype, deep_nesting, long_run]


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir()
                  if p.is_file() and p.name != "dateline.toml" and not p.name.startswith("."))


def mutants(seed: int) -> Iterator[tuple[str, bytes, str]]:
    """(file name, content, what was done) forever, the same sequence for the same seed."""
    rng = random.Random(seed)
    originals = [(p.name, p.read_bytes()) for p in samples()]
    while True:
        name, data = rng.choice(originals)
        done = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            mutate = rng.choice(MUTATORS)
            data = mutate(rng, data)
            done.append(mutate.__name__)
        yield name, data, "+".join(done)


def _inside(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end <= len(text)


def _mention(text: str, m: Mention | None) -> None:
    if m is not None:
        assert _inside(text, m.start, m.end) and text[m.start:m.end] == m.text, m


def check_article(a: Article) -> None:
    """The contract of one article: spans inside the text, holding what they say; quotes apart;
    intervals ordered; events pointing at what exists; JSON that any UTF-8 writer takes."""
    text = a.text
    for span in (*a.paragraphs, *a.sentences):
        assert _inside(text, span.start, span.end), span
    previous_end = 0
    for q in sorted(a.quotes, key=lambda q: q.start):
        assert _inside(text, q.start, q.end) and text[q.start:q.end] == q.text, q
        assert q.start >= previous_end, f"quotes overlap at {q.start}"
        previous_end = q.end
        _mention(text, q.speaker_mention)
        _mention(text, q.cue)
    for e in a.entities:
        for m in e.mentions:
            _mention(text, m)
    for t in a.times:
        assert _inside(text, t.start, t.end) and text[t.start:t.end] == t.text, t
        assert t.earliest is None or t.latest is None or t.earliest <= t.latest, t
    ids = {q.id for q in a.quotes}, {e.id for e in a.entities}, {t.id for t in a.times}
    for ev in a.events:
        assert _inside(text, ev.start, ev.end), ev
        assert ev.earliest is None or ev.latest is None or ev.earliest <= ev.latest, ev
        assert 0 <= ev.sentence < len(a.sentences)
        assert set(ev.quotes) <= ids[0] and set(ev.entities) <= ids[1], ev
        assert ev.time is None or ev.time in ids[2], ev
    line = dumps(a)
    line.encode("utf-8")
    assert "\n" not in line and not re.search("[\u2028\u2029\u0085]", line)
    assert json.loads(line)["text"] == text


def check_error(e: LoadError) -> None:
    """One line, in plain words, about the input (a failure of dateline itself is a finding)."""
    line = str(e)
    assert "\n" not in line and "\r" not in line, line
    assert e.reason.strip() and BUG not in e.reason, line
    assert not INTERNALS.search(e.reason), line


@dataclass
class Finding:
    name: str
    mutation: str
    problem: str
    data: bytes


def check_input(folder: Path, name: str, data: bytes, deadline: float = DEADLINE) -> str | None:
    """None when the input keeps the contract, else what went wrong."""
    path = folder / name
    path.write_bytes(data)
    t0 = time.process_time()  # processor time: a loaded machine does not make a slow input
    try:
        items = load_file(str(path))
    except Exception as exc:  # load_file must never raise
        return f"raised {type(exc).__name__}: {exc}"
    elapsed = time.process_time() - t0
    if elapsed > deadline:
        return f"took {elapsed:.1f} s of processor time"
    if not items:
        return "neither an article nor an error"
    for item in items:
        try:
            check_error(item) if isinstance(item, LoadError) else check_article(item)
        except AssertionError as exc:
            return f"contract broken: {str(exc)[:300]}"
    return None


def run(seed: int, count: int | None = None, seconds: float | None = None,
        deadline: float = DEADLINE) -> tuple[int, list[Finding]]:
    """Check ``count`` mutants (or as many as fit in ``seconds``); the number checked and the findings."""
    findings: list[Finding] = []
    stop = time.monotonic() + seconds if seconds is not None else None
    n = 0
    with tempfile.TemporaryDirectory(prefix="dateline-fuzz-") as tmp:
        for name, data, mutation in mutants(seed):
            if (count is not None and n >= count) or (stop is not None and time.monotonic() > stop):
                break
            folder = Path(tmp) / str(n)  # a folder each: no manifest, no earlier mutant beside it
            folder.mkdir()
            problem = check_input(folder, name, data, deadline)
            if problem is not None:
                findings.append(Finding(name, mutation, problem, data))
            n += 1
    return n, findings


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Mutation fuzzing of dateline's readers and parser.")
    p.add_argument("--minutes", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=int(time.time()))
    p.add_argument("--keep", type=Path, help="folder to write failing inputs to")
    args = p.parse_args(argv)
    n, findings = run(args.seed, seconds=args.minutes * 60)
    print(f"seed {args.seed}: {n} inputs, {len(findings)} broke the contract")
    for i, f in enumerate(findings):
        print(f"  {f.name} ({f.mutation}): {f.problem}")
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"{i:04d}-{f.name}").write_bytes(f.data)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
