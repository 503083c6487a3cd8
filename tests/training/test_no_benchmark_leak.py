"""Guard: the generator's hand-written frames and lists share no sentences or names with the dev benchmark.

The benchmark is only for measuring; training on its phrasing or names would make its figures meaningless.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The shared folder beside the repository, or beside the folder of worktrees that holds it.
BENCH = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
BENCH = BENCH / "benchmark" / "dev" / "notes_dev.json"
MARK = re.compile(r"\[\[(PER|LOC|ORG|DATE|PHONE|EMAIL|ID|URL):(.+?)\]\]")
WORD = re.compile(r"\w+")
# named in the issue texts themselves as examples, so not taken from the benchmark
FROM_ISSUES = {
    "roos",
    "jade",
    "merel",
    "lente",
    "mees",
    "storm",
    "daan",
    "de vos",
    "bakker",
    "koning",
    "mohammed",
    "mo",
    "lotte",
    "lotje",
    "lotteke",
}
# hospital type words (named in the issue as well): an institution's kind, not a name
TYPE_WORDS = {"az", "uz", "zna"}
STOP = {"de", "het", "van", "den", "der", "sint", "le", "la", "les", "el", "al", "ben", "ait", "bin", "vzw"}

pytestmark = pytest.mark.skipif(not BENCH.exists(), reason="shared benchmark not beside the repository")


def _bench():
    notes = json.loads(BENCH.read_text(encoding="utf-8"))
    plain = [MARK.sub(lambda m: m.group(2), n["text"]) for n in notes]
    names = set()
    for n in notes:
        for m in MARK.finditer(n["text"]):
            if m.group(1) in ("PER", "LOC", "ORG"):
                names.add(m.group(2).casefold())
                names |= {w.casefold() for w in WORD.findall(m.group(2)) if w.casefold() not in STOP and len(w) >= 2}
    return plain, names


def _grams(text: str, n: int = 5) -> set[tuple[str, ...]]:
    w = [x.casefold() for x in WORD.findall(text)]
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def test_frames_share_no_five_word_sequence_with_benchmark():
    from training.generator.frames import SERVICES

    plain, _ = _bench()
    services = re.compile("|".join(re.escape(x) for x in sorted(SERVICES, key=len, reverse=True)), re.IGNORECASE)
    bench = set().union(*(_grams(services.sub(" ", t)) for t in plain))
    src = "".join(
        (ROOT / "training" / "generator" / f).read_text(encoding="utf-8") for f in ("frames.py", "styles.py", "core.py")
    )
    src = services.sub(" ", re.sub(r"\{[A-Z0-9]+\}", " ", src))
    shared = [line.strip() for line in src.splitlines() if _grams(line) & bench]
    assert shared == []


def test_hand_written_name_lists_share_no_name_with_benchmark():
    from training.generator import names as N

    _, bench_names = _bench()
    hand = (
        N.COMMON_FIRST
        + N.COMMON_SURNAME
        + N.WORD_FIRST
        + N.WORD_SURNAME
        + [x for v in N.ORIGIN_FIRST.values() for x in v]
        + [x for v in N.ORIGIN_SURNAME.values() for x in v]
        + list(N.NICKNAMES)
        + [x for v in N.NICKNAMES.values() for x in v]
        + N._KDV_B
        + N._KDV_C
        + N._SCHOOL
        + N._FRENCH_KDV
        + N._FRENCH_KDV2
        + N._BUSINESS
        + N._VZW_A
        + N._CLUB
    )
    shared = [
        x
        for x in hand
        if x.casefold() not in FROM_ISSUES | TYPE_WORDS
        and (
            x.casefold() in bench_names
            or any(w.casefold() in bench_names for w in WORD.findall(x) if w.casefold() not in STOP)
        )
    ]
    assert len(shared) == 0, f"{len(shared)} hand-written names also occur in the benchmark"


def test_invented_notes_and_vocabulary_share_no_name_with_benchmark():
    """The anonymiser's invented test notes and its vocabulary are written without the benchmark's names."""
    _, bench_names = _bench()
    files = [
        ROOT / "tests" / "anonymise" / "failure_cases.py",
        ROOT / "tests" / "anonymise" / "test_failure_classes.py",
        ROOT / "tests" / "anonymise" / "test_structure.py",
        ROOT / "benchmarks" / "failure_cases_heldout.py",
    ]
    words = {w.casefold() for f in files for w in re.findall(r"\b[A-ZÀ-Ý][\w'’-]+", f.read_text(encoding="utf-8"))}
    words |= {w.casefold() for f in files for w in re.findall(r'"([a-z][a-z]+)[ _"]', f.read_text(encoding="utf-8"))}
    shared = sorted(w for w in words & bench_names if w not in FROM_ISSUES | STOP | TYPE_WORDS)
    assert shared == []
