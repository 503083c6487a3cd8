"""Adversarial run against the export gate and the command line; prints counts, not verdicts.

Part 1 (gate): registered names and identifiers hidden the way copy-paste, keyboards and people
hide them (format characters, decomposed accents, lookalike letters, run-together tokens,
full-width digits, kept variants, a pseudonym that is a form of the name) are put in a case; the
VK-consult, the kindbespreking and the anonymised summary are produced as the program does
(anonymiser, renderer, export gate). An attempt *leaks* when the gate lets the output through and
a reader can still read the hidden item in it. Persons whose names collide with template or
calendar words (Roman, April, Mei, Dag, Kind) must export normally: a *false block* otherwise.

Part 2 (command line): hostile inputs run through ``python -m casusprep``; counted are raw
Python tracebacks, runs that leave the user unable to list cases (lockouts), errors that echo a
refused personal value, and raw terminal control characters written to the terminal.

Usage, from the repository root (``--src`` points at the code under test, default ``src``)::

    PYTHONPATH=src python benchmarks/attack_gate.py [--src DIR] [--skip-cli] [--skip-gate]

The judge (what a reader can read) uses this checkout's ``casusprep.textnorm`` loaded from its
file, so it stays the same whichever code is under test.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_judge_textnorm", HERE.parent / "src" / "casusprep" / "textnorm.py")
judge = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(judge)  # type: ignore[union-attr]

PASS = "zeven blauwe fietsen op het dak"

# Registered persons of the attack case: name, role. Made up for this script.
PERSONS = [
    ("Noor Vanhoutte", "kind"),
    ("Lindsey Bauwens", "moeder"),
    ("Annelies Moerman", "begeleider"),
]

# (label, text placed in an observation, what a reader must not be able to read, kind of secret,
#  extra case edits)
GATE_ATTACKS: list[tuple[str, str, str, str, dict]] = [  # fmt: skip
    ("zero-width space", "Noo\u200br Vanho\u200butte huilde.", "Vanhoutte", "name", {}),
    ("word joiner", "Noor Van\u2060houtte huilde.", "Vanhoutte", "name", {}),
    ("soft hyphen", "Noor Van\u00adhoutte huilde.", "Vanhoutte", "name", {}),
    ("zero-width joiner", "Lind\u200dsey huilde.", "Lindsey", "name", {}),
    ("bidi marks", "Lind\u200esey Bau\u200fwens kwam.", "Bauwens", "name", {}),
    ("BOM inside", "Bau\ufeffwens kwam.", "Bauwens", "name", {}),
    ("NFD accents", "Anne\u0301lies Moe\u0308rman was er.", "Moerman", "name", {}),
    ("combining strike", "M\u0336o\u0336e\u0336rman was er.", "Moerman", "name", {}),
    ("dotless i", "Annel\u0131es was er.", "Annelies", "name", {}),
    ("Cyrillic o", "N\u043e\u043er was stil.", "Noor", "name", {}),
    ("Cyrillic a e", "B\u0430uw\u0435ns kwam.", "Bauwens", "name", {}),
    ("Greek capitals", "\u039d\u039f\u039fR VANHOUTTE was stil.", "Vanhoutte", "name", {}),
    ("full-width letters", "\uff2e\uff4f\uff4f\uff52 was stil.", "Noor", "name", {}),
    ("math bold", "\U0001d40d\U0001d428\U0001d428\U0001d42b was stil.", "Noor", "name", {}),
    ("hashtag", "Ze postte #NoorVanhoutte op de groep.", "Vanhoutte", "name", {}),
    ("run together", "Account lindseybauwens2022 stuurde dit.", "Bauwens", "name", {}),
    ("underscore", "Gebruiker noor_vanhoutte meldde zich.", "Vanhoutte", "name", {}),
    ("hyphen over line", "Mevrouw Bau-\nwens kwam.", "Bauwens", "name", {}),
    ("NBSP inside", "Noor\u00a0Vanhoutte zat alleen.", "Vanhoutte", "name", {}),
    ("all caps", "VANHOUTTE zat alleen.", "Vanhoutte", "name", {}),
    ("lowercase", "vanhoutte zat alleen.", "Vanhoutte", "name", {}),
    ("kept variant", "Noortje zat alleen.", "Noortje", "name", {"rejected": ["Noortje"]}),
    ("kept typo", "Vanhoute zat alleen.", "Vanhoute", "name", {"rejected": ["Vanhoute"]}),
    ("kept diminutive", "Lindseyke lachte.", "Lindseyke", "name", {"rejected": ["Lindseyke"]}),
    ("pseudonym is a form", "Het kind zat alleen.", "Noortje", "name", {"pseudonym": "Noortje"}),
    ("pseudonym surname", "Het kind zat alleen.", "Vanhoutte", "name", {"pseudonym": "kind Vanhoutte"}),
    ("lowercase IBAN", "Rekening be71 0961 2345 6769 gaf ze door.", "BE71096123456769", "digits", {}),
    ("IBAN no spaces lower", "Rekening be71096123456769.", "BE71096123456769", "digits", {}),
    (
        "phone full-width",
        "Bel \uff10\uff14\uff17\uff15 \uff11\uff12 \uff13\uff14 \uff15\uff16.",
        "0475123456",
        "digits",
        {},
    ),
    ("phone letter O", "Bel O475 12 34 56.", "0475123456", "digits", {}),
    ("phone letter l", "Bel 0475 l2 34 56.", "0475123456", "digits", {}),
    ("phone ZWSP", "Bel 0475\u200b12\u200b34\u200b56.", "0475123456", "digits", {}),
    (
        "phone Arabic digits",
        "Bel \u0660\u0664\u0667\u0665 \u0661\u0662 \u0663\u0664 \u0665\u0666.",
        "0475123456",
        "digits",
        {},
    ),
    (
        "rrn full-width",
        "RRN \uff18\uff15.\uff10\uff17.\uff13\uff10-\uff13\uff17\uff16.\uff15\uff14.",
        "85073037654",
        "digits",
        {},
    ),
    ("email ZWSP", "Mail lindsey.b\u200bauwens@voorbeeld.be.", "bauwens@voorbeeld", "name", {}),
    ("name in title", "Het kind zat alleen.", "Vanhoutte", "name", {"title": "Zorgen om Noor Van\u200bhoutte"}),
    ("repeated name with marks", "Vanho\u0301utte, Vanh\u200boutte en Va\u00adnhoutte.", "Vanhoutte", "name", {}),
    ("letters spaced out", "Ze schreef V a n h o u t t e op het bord.", "Vanhoutte", "spaced", {}),
    ("digits for letters", "Ze schreef Vanh0utt3 op het bord.", "Vanhoutte", "leet", {}),
    ("bidi override, reversed", "Ze zei \u202eettuohnaV rooN\u202c dat het ging.", "Vanhoutte", "bidi", {}),
    ("bidi override, stored order", "Ze zei \u202eNoor Vanhoutte\u202c dat het ging.", "Vanhoutte", "bidi", {}),
    ("bidi override unterminated", "Ze zei \u202eetuohnaV rooN", "Vanhoute", "bidi", {}),
    ("phone spaced digits", "Bel 0 4 7 5 1 2 3 4 5 6.", "0475123456", "digits", {}),
    ("phone dashed digits", "Bel 0-4-7-5-1-2-3-4-5-6.", "0475123456", "digits", {}),
    ("phone +32 spaced", "Bel +3 2 4 7 5 1 2 3 4 5 6.", "32475123456", "digits", {}),
    ("IBAN Cyrillic B", "Rekening \u0412E71 0961 2345 6769.", "BE71096123456769", "digits", {}),
    ("IBAN Cyrillic BE and O", "Rekening \u0412\u041571 \u041e961 2345 6769.", "BE71096123456769", "digits", {}),
    ("email full-width at", "Mail kvdw.1988\uff20skynet.be.", "kvdw.1988", "name", {}),
    ("email [at] [dot]", "Mail kvdw.1988 [at] skynet [dot] be.", "kvdw.1988", "name", {}),
    ("email (at)", "Mail kvdw.1988(at)skynet.be.", "kvdw.1988", "name", {}),
    ("email at", "Mail kvdw.1988 at skynet.be.", "kvdw.1988", "name", {}),
    ("email apenstaartje punt", "Mail kvdw.1988 apenstaartje skynet punt be.", "kvdw.1988", "name", {}),
    ("micro sign in name", "Ti\u00b5 speelde alleen.", "Ti\u00b5", "name", {"person": ("Ti\u00b5 Claes", "broer")}),
    ("the name itself", "Roman zat alleen in de hoek.", "Roman", "name", {"person": ("Roman Claes", "broer")}),
    ("month name as name", "April lachte naar de begeleider.", "April", "name", {"person": ("April Claes", "zus")}),
]

# Persons named like template or calendar words, with case texts that do not name them.
COLLISIONS = ["Roman", "April", "Mei", "Dag", "Kind", "Juni", "Maandag", "Verslag", "Datum", "Times"]


def _case(attack_text: str, extra: dict):
    from casusprep.case import Case, Person, Role, Signal

    roles = {r.value: r for r in Role}
    persons = [Person(name=n, role=roles.get(r, Role.OTHER)) for n, r in PERSONS]
    if "person" in extra:
        name, role = extra["person"]
        persons.append(Person(name=name, role=roles.get(role, Role.OTHER)))
    if "pseudonym" in extra:
        persons[0].pseudonym = extra["pseudonym"]
    import datetime as dt

    case = Case(
        title=extra.get("title", "Zorgen in de peutergroep"),
        persons=persons,
        signals=[
            Signal(date=dt.date(2026, 3, 2), situation="In de peutergroep.", observation=attack_text),
            Signal(date=dt.date(2026, 4, 14), situation="Bij het ophalen.", observation="Het kind huilde kort."),
        ],
        question="Hoe gaan we verder?",
    )
    case.anonymisation.rejected = list(extra.get("rejected", []))
    return case


def _reader_text(parts: dict[str, str]) -> str:
    # What Word shows: the body, headers, footers, comments, foot- and endnotes, core properties.
    shown = [t for name, t in parts.items() if re.search(r"document|header|footer|comments|notes|core|custom", name)]
    return "\n".join(shown)


def _readable(output: str, secret: str, kind: str) -> bool:
    if kind == "spaced":
        return judge.fold(secret) in re.sub(r"\s", "", judge.fold(output))
    if kind == "leet":
        return judge.fold(secret) in judge.fold(output).translate(str.maketrans("013457", "oieast"))
    if kind == "bidi":  # shown reversed or copied in stored order: either reads the name
        stored = "".join(ch for ch in output if not 0x202A <= ord(ch) <= 0x202E and not 0x2066 <= ord(ch) <= 0x2069)
        return any(judge.fold(secret) in judge.fold(t) for t in (output, stored))
    if kind == "digits":
        read = getattr(judge, "identifier_text", judge.fold_digits)  # lookalike letters too, where known
        flat = re.sub(r"[^0-9a-z]", "", read(output).casefold())
        return re.sub(r"[^0-9a-z]", "", secret.casefold()) in flat
    return judge.fold(secret) in re.sub(r"[\s_#.\-]", "", judge.fold(output)) or judge.fold(secret) in judge.fold(
        output
    )


def _produce(case, what: str) -> tuple[bool, str]:
    """(blocked, reader text of the output) for one output, produced as the program does."""
    from casusprep import guard

    if what == "summary":
        from casusprep.anonymise import anonymise_case
        from casusprep.summary import summary_text

        text = summary_text(anonymise_case(case))
        return bool(guard.check_summary(text, case)), text
    from casusprep.documents import DocKind, read_docx_text, render_document

    kind = DocKind(what)
    data = render_document(case, kind)
    try:
        leaks = guard.check_export(data, case, kind=kind)
    except TypeError:  # the gate of an earlier version takes no kind
        leaks = guard.check_export(data, case)
    return bool(leaks), _reader_text(read_docx_text(data))


def run_gate() -> dict[str, int]:
    outputs = ("vk", "kindbespreking", "summary")
    counts = {"attempts": 0, "leaks": 0, "blocked": 0, "cleaned": 0, "errors": 0}
    leaked: list[str] = []
    for label, text, secret, kind, extra in GATE_ATTACKS:
        case = _case(text, extra)
        for what in outputs:
            counts["attempts"] += 1
            try:
                blocked, output = _produce(case, what)
            except Exception as exc:  # noqa: BLE001 - a crash is counted, not hidden
                counts["errors"] += 1
                leaked.append(f"{label}/{what}: {type(exc).__name__}")
                continue
            if blocked:
                counts["blocked"] += 1
            elif _readable(output, secret, kind):
                counts["leaks"] += 1
                leaked.append(f"{label}/{what}")
            else:
                counts["cleaned"] += 1
    col = {"collision_attempts": 0, "false_blocks": 0}
    blocked_names: list[str] = []
    for name in COLLISIONS:
        case = _case("Het kind speelde rustig met de blokken.", {"person": (f"{name} Claes", "broer")})
        for what in outputs:
            col["collision_attempts"] += 1
            try:
                blocked, _ = _produce(case, what)
            except Exception:  # noqa: BLE001
                blocked = True
            if blocked:
                col["false_blocks"] += 1
                blocked_names.append(f"{name}/{what}")
    print("gate:", json.dumps(counts))
    if leaked:
        print("  through:", ", ".join(leaked))
    print("collisions:", json.dumps(col))
    if blocked_names:
        print("  blocked:", ", ".join(blocked_names))
    return {**counts, **col}


# ----------------------------------------------------------------------------- command line


def _example(src: str, env: dict) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "casusprep", "case", "example"], capture_output=True, env=env, text=True, timeout=120
    )
    return json.loads(out.stdout)


class Cli:
    def __init__(self, src: str) -> None:
        self.src = src
        self.counts = {"runs": 0, "tracebacks": 0, "lockouts": 0, "echoed_values": 0, "raw_control": 0, "hangs": 0}
        self.notes: list[str] = []

    def env(self, data: Path) -> dict:
        env = dict(os.environ)
        env.update({"PYTHONPATH": self.src, "CASUSPREP_DATA_DIR": str(data), "CASUSPREP_PASSPHRASE": PASS})
        env.pop("CASUSPREP_NEW_PASSPHRASE", None)
        return env

    def run(
        self,
        label: str,
        data: Path,
        args: list[str],
        stdin: bytes | None = None,
        *,
        secret: str | None = None,
        shell: str | None = None,
        limit_kib: int | None = None,
        timeout: int = 300,
        count: bool = True,
    ) -> subprocess.CompletedProcess | None:
        env = self.env(data)
        cmd = [sys.executable, "-m", "casusprep", *args]
        if shell is not None:
            cmd = ["bash", "-c", shell.replace("CASUSPREP", f"{sys.executable} -m casusprep")]
        elif limit_kib is not None:
            cmd = ["bash", "-c", f"ulimit -f {limit_kib}; exec " + " ".join(_quote(c) for c in cmd)]
        try:
            done = subprocess.run(cmd, input=stdin, capture_output=True, env=env, timeout=timeout)
        except subprocess.TimeoutExpired:
            if count:
                self.counts["runs"] += 1
                self.counts["hangs"] += 1
                self.notes.append(f"{label}: no answer in {timeout} s")
            return None
        if not count:
            return done
        self.counts["runs"] += 1
        err = done.stderr.decode("utf-8", "replace")
        out = done.stdout.decode("utf-8", "replace")
        if "Traceback (most recent call last)" in err:
            self.counts["tracebacks"] += 1
            last = err.strip().splitlines()[-1][:100] if err.strip() else ""
            self.notes.append(f"{label}: traceback ({last})")
        # pydantic shortens a long value in its message: its first words are enough to see the echo.
        fragment = secret[:16] if secret else None
        if fragment and (fragment in err or (fragment in out and done.returncode != 0)):
            self.counts["echoed_values"] += 1
            self.notes.append(f"{label}: value echoed")
        if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x9b]", out):
            self.counts["raw_control"] += 1
            self.notes.append(f"{label}: raw control characters on stdout")
        return done

    def lockout_check(self, label: str, data: Path) -> None:
        done = self.run(label + " then case list", data, ["case", "list"])
        if done is None or done.returncode != 0:
            self.counts["lockouts"] += 1
            self.notes.append(f"{label}: case list fails afterwards")


def _read_only(paths: list[Path], on: bool) -> None:
    """Really read-only, also for root (who ignores file modes): the immutable attribute there."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i" if on else "-i", *map(str, paths)], check=True)
    else:
        for path in paths:
            os.chmod(path, (0o500 if path.is_dir() else 0o400) if on else (0o700 if path.is_dir() else 0o600))


def _quote(s: str) -> str:
    return "'" + s.replace("'", "'\\''") + "'"


def run_cli(src: str) -> dict[str, int]:
    cli = Cli(src)
    root = Path(tempfile.mkdtemp(prefix="casusprep-attack-"))

    def fresh(name: str) -> Path:
        d = root / name
        d.mkdir()
        return d

    base_env = cli.env(fresh("example"))
    example = _example(src, base_env)

    def case_file(data: Path, **changes) -> Path:
        c = json.loads(json.dumps(example))
        for k, v in changes.items():
            c[k] = v
        path = data / "casus.json"
        path.write_text(json.dumps(c, ensure_ascii=False), encoding="utf-8")
        return path

    # Dates far out: closing date 9999-12-31, retention past year 9999, signal dates at the edges.
    d = fresh("closed9999")
    closed = case_file(d, status="afgesloten", closed_on="9999-12-31")
    cli.run("import closed 9999-12-31", d, ["case", "import", str(closed)])
    cli.lockout_check("closed 9999-12-31", d)
    d = fresh("retention")
    cli.run("import closed 9990", d, ["case", "import", str(case_file(d, status="afgesloten", closed_on="9990-06-01"))])
    cli.run("retention 1200", d, ["settings", "retention", "1200"])
    cli.lockout_check("retention past 9999", d)
    d = fresh("dates")
    sig = json.loads(json.dumps(example["signals"]))
    sig[0]["date"] = "0001-01-01"
    sig[-1]["date"] = "9999-12-31"
    cli.run("signal dates 0001 and 9999", d, ["case", "import", str(case_file(d, signals=sig))])
    far = case_file(d, signals=sig)
    cli.run("export with far dates", d, ["export", str(far), "--doc", "vk", "-o", str(d / "x.docx")])
    cli.run("next follow-up 9999", d, ["case", "import", str(case_file(d, next_follow_up="9999-12-31"))])
    cli.lockout_check("far dates", d)

    # Deep nesting, binary and surrogates on standard input.
    d = fresh("nesting")
    deep = "[" * 100_000 + "]" * 100_000
    (d / "deep.json").write_text(deep)
    (d / "deep.jsonl").write_text('{"text": "x", "persons": ' + deep + "}\n")
    (d / "deepcase.json").write_text('{"title": ' + deep + "}")
    cli.run("--persons deep", d, ["anonymise", "--no-model", "--persons", str(d / "deep.json"), "-"], b"Tekst.")
    cli.run("--batch deep", d, ["anonymise", "--no-model", "--batch", str(d / "deep.jsonl")])
    cli.run("case import deep", d, ["case", "import", str(d / "deepcase.json")])
    cli.run("export deep", d, ["export", str(d / "deepcase.json"), "--doc", "vk", "-o", str(d / "x.docx")])
    binary = bytes(range(256)) * 64
    surrogate = "Noor \udc80 zat".encode("utf-8", "surrogatepass")
    for label, args in (
        ("anonymise", ["anonymise", "--no-model", "-"]),
        ("hints", ["hints", "-"]),
        ("case import", ["case", "import", "-"]),
    ):
        cli.run(f"{label} binary stdin", d, args, binary)
        cli.run(f"{label} lone surrogate", d, args, surrogate)
    (d / "bin.txt").write_bytes(binary)
    cli.run("anonymise binary file", d, ["anonymise", "--no-model", str(d / "bin.txt")])
    (d / "persons-bad.json").write_bytes(b'[{"name": "\xed\xa0\x80"}]')
    bad_persons = str(d / "persons-bad.json")
    cli.run("--persons surrogate file", d, ["anonymise", "--no-model", "--persons", bad_persons, "-"], b"x")

    # Broken pipe.
    d = fresh("pipe")
    for i in range(30):
        cli.run("import for pipe", d, ["case", "import", str(case_file(d, id=f"{i:012x}"))], count=False)
    cli.run("case list | head -1", d, [], shell="CASUSPREP case list | head -1 >/dev/null; exit ${PIPESTATUS[0]}")
    show = f"CASUSPREP case show {0:012x} | head -1 >/dev/null; exit ${{PIPESTATUS[0]}}"
    cli.run("case show | head -1", d, [], shell=show)
    cli.run("schema | head -1", d, [], shell="CASUSPREP schema | head -1 >/dev/null; exit ${PIPESTATUS[0]}")
    many = "yes 'Noor zat alleen.' | head -5000 | CASUSPREP anonymise --no-model - | head -1 >/dev/null"
    cli.run("anonymise | head -1", d, [], shell=many + "; exit ${PIPESTATUS[2]}")

    # Long texts.
    d = fresh("long")
    long_text = ("Het kind speelde alleen in de hoek. " * 30_000)[:1_000_001]
    (d / "long.txt").write_text(long_text)
    sig = json.loads(json.dumps(example["signals"]))
    sig[0]["observation"] = long_text
    big = case_file(d, signals=sig)
    cli.run("anonymise 1M chars", d, ["anonymise", "--no-model", str(d / "long.txt")])
    cli.run("hints 1M chars", d, ["hints", str(d / "long.txt")])
    cli.run("export 1M chars", d, ["export", str(big), "--doc", "vk", "-o", str(d / "x.docx")])
    cli.run("import 1M chars", d, ["case", "import", str(big)])

    # Personal values in errors; control characters written to the terminal.
    d = fresh("echo")
    secret_name = "Wolfgang Amadeus " + "Vanderlindenbroeck" * 12
    persons = json.loads(json.dumps(example["persons"]))
    persons[0]["name"] = secret_name
    cli.run("import name > 200", d, ["case", "import", str(case_file(d, persons=persons))], secret=secret_name)
    persons[0]["name"] = example["persons"][0]["name"]
    persons[0]["pseudonym"] = secret_name
    cli.run("import pseudonym > 200", d, ["case", "import", str(case_file(d, persons=persons))], secret=secret_name)
    (d / "p.json").write_text(json.dumps([{"name": secret_name}]))
    args = ["anonymise", "--no-model", "--persons", str(d / "p.json"), "-"]
    cli.run("--persons name > 200", d, args, b"x", secret=secret_name)
    bad = json.loads(json.dumps(example))
    bad["signals"][0]["date"] = "Geheim-Vanhoutte-datum"
    (d / "bad.json").write_text(json.dumps(bad))
    cli.run("invalid date value echoed", d, ["case", "import", str(d / "bad.json")], secret="Geheim-Vanhoutte-datum")
    bad = json.loads(json.dumps(example))
    bad["persons"][0]["role"] = "Vanhoutte-rol"
    (d / "bad2.json").write_text(json.dumps(bad))
    cli.run("invalid enum value echoed", d, ["case", "import", str(d / "bad2.json")], secret="Vanhoutte-rol")
    d = fresh("control")
    ctl = "Casus \x1b]0;gekaapt\x07\x1b[2J\x1b[8mverborgen\x1b[0m\r"
    cf = case_file(d, title=ctl, id="c0ffee000001")
    cli.run("import control title", d, ["case", "import", str(cf)], count=False)
    cli.run("case list control", d, ["case", "list"])
    cli.run("case show control", d, ["case", "show", "c0ffee000001"])
    cli.run("anonymise control", d, ["anonymise", "--no-model", "-"], ctl.encode())

    # Hand-edited plaintext columns.
    for column, value in (
        ("status", "kapot"),
        ("updated_at", "gisteren"),
        ("closed_on", "31/12/9999"),
        ("next_follow_up", "9999-99-99"),
        ("schema_version", 999),
        ("id", "Noor Vanhoutte"),
    ):
        d = fresh(f"edit-{column}")
        cli.run("import", d, ["case", "import", str(case_file(d, id="abcdef012345"))], count=False)
        conn = sqlite3.connect(d / "casusprep.db")
        conn.execute(f"UPDATE cases SET {column} = ?", (value,))
        conn.commit()
        conn.close()
        done = cli.run(f"case list after {column} edit", d, ["case", "list"])
        cli.run(f"case show after {column} edit", d, ["case", "show", "abcdef012345"])
        if done is not None and done.returncode == 0 and column in ("status", "updated_at", "closed_on"):
            cli.notes.append(f"edited {column}: accepted silently")

    # Full disk (a file-size limit: writes fail with EFBIG like ENOSPC) and a read-only data folder.
    d = fresh("fulldisk")
    cli.run("first use on a full disk", d, ["case", "import", str(case_file(d))], limit_kib=8)
    d = fresh("fulldisk2")
    cli.run("import", d, ["case", "import", str(case_file(d, id="abcdef012345"))], count=False)
    size = (d / "casusprep.db").stat().st_size // 1024
    cli.run("delete with a failing VACUUM", d, ["case", "delete", "abcdef012345", "--ja"], limit_kib=size + 4)
    d = fresh("readonly")
    cli.run("import", d, ["case", "import", str(case_file(d, id="abcdef012345"))], count=False)
    out_dir = fresh("readonly-out")
    locked = [d / "casusprep.db", d / "backups", d]
    _read_only(locked, True)
    try:
        args = ["export", "abcdef012345", "--doc", "vk", "-o", str(out_dir / "x.docx")]
        done = cli.run("export, read-only data folder", d, args)
        cli.run("case list, read-only data folder", d, ["case", "list"])
        if list(out_dir.iterdir()) and done is not None and done.returncode != 0:
            cli.notes.append("export, read-only data folder: a document was left without its audit entry")
            cli.counts["unlogged_exports"] = cli.counts.get("unlogged_exports", 0) + 1
    finally:
        _read_only(locked, False)

    # Passphrase life.
    d = fresh("weakenv")
    env_weak = cli.env(d)
    env_weak["CASUSPREP_PASSPHRASE"] = "x"
    done = subprocess.run(
        [sys.executable, "-m", "casusprep", "case", "list"], capture_output=True, env=env_weak, timeout=120
    )
    cli.counts["runs"] += 1
    if done.returncode == 0:
        cli.notes.append("a one-character passphrase through the environment was accepted")
        cli.counts.setdefault("weak_accepted", 0)
        cli.counts["weak_accepted"] = cli.counts.get("weak_accepted", 0) + 1
    if b"Traceback" in done.stderr:
        cli.counts["tracebacks"] += 1
    for args in (["passphrase", "change"], ["passphrase", "recover"]):
        d = fresh("pp-" + args[1])
        cli.run("import", d, ["case", "import", str(case_file(d))], count=False)
        done = cli.run(" ".join(args) + " (no new passphrase)", d, args, b"")
        if done is not None and done.returncode == 2 and b"invalid choice" in done.stderr:
            cli.notes.append(f"'casusprep {' '.join(args)}' does not exist")
            cli.counts["missing_commands"] = cli.counts.get("missing_commands", 0) + 1

    shutil.rmtree(root, ignore_errors=True)
    print("cli:", json.dumps(cli.counts))
    for note in cli.notes:
        print("  -", note)
    return cli.counts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", default=str(HERE.parent / "src"))
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--skip-gate", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, args.src)
    started = time.perf_counter()
    if not args.skip_gate:
        run_gate()
    if not args.skip_cli:
        run_cli(str(Path(args.src).resolve()))
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
