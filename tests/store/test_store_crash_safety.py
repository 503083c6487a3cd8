"""SIGKILL a process that saves cases, at random moments, many times; nothing that reported done is lost.

Each round starts ``crash_worker.py`` on the same store, lets it save (and sometimes delete or back
up) for a random time, kills it with SIGKILL, then reopens the store the way the app does (integrity
check plus decryption of every record) and compares every case with what the worker reported.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from casusprep.store import Store

WORKER = Path(__file__).with_name("crash_worker.py")
PASSPHRASE = "crashtest wachtwoord"
KILLS = 40


def _read_lines(proc: subprocess.Popen[str], sink: list[str], ready: threading.Event) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        sink.append(line.strip())
        if line.startswith("ready"):
            ready.set()


def _apply(expected: dict[str, int], lines: list[str]) -> tuple[str, str, int] | None:
    """Apply completed operations to ``expected``; return the operation still in flight, if any."""
    in_flight = None
    for line in lines:
        parts = line.split()
        if not parts or parts[0] not in {"start", "done"}:
            continue
        if parts[0] == "start":
            in_flight = (parts[1], parts[2] if len(parts) > 2 else "", int(parts[3]) if len(parts) > 3 else 0)
            continue
        in_flight = None
        if parts[1] == "save":
            expected[parts[2]] = int(parts[3])
        elif parts[1] == "delete":
            expected.pop(parts[2], None)
    return in_flight


def _check_consistent(store: Store, case_id: str) -> int:
    """Load one case fully and check that all its parts belong to the same save; return its version."""
    case = store.load(case_id)
    version = int(case.title[1:])
    assert len(case.signals) == version % 20 + 1
    assert all(s.observation.startswith(f"waarneming {version} ") for s in case.signals)
    return version


def test_sigkill_during_saves_loses_nothing_that_completed(tmp_path: Path) -> None:
    db = tmp_path / "casusprep.db"
    # Low scrypt cost only to keep 100 restarts fast; the cost parameters are stored with the key.
    store, _ = Store.create(PASSPHRASE, db)
    store.close()

    rng = random.Random(20261123)
    expected: dict[str, int] = {}
    kills = completed_ops = interrupted = hot_journals = 0
    started = time.monotonic()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("CASUSPREP_PASSPHRASE", None)

    while kills < KILLS:  # a number of kills, not a time budget: a loaded machine makes it slower, not weaker
        lines: list[str] = []
        ready = threading.Event()
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(db), PASSPHRASE, str(rng.randrange(1 << 30))],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        reader = threading.Thread(target=_read_lines, args=(proc, lines, ready), daemon=True)
        reader.start()
        if not ready.wait(timeout=20):
            proc.kill()
            raise AssertionError(f"worker did not start: {proc.stderr.read() if proc.stderr else ''}")
        time.sleep(rng.uniform(0.005, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        reader.join(timeout=10)
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
        kills += 1

        completed_ops += sum(1 for line in lines if line.startswith("done"))
        in_flight = _apply(expected, lines)
        if in_flight is not None:
            interrupted += 1
        if db.with_name(db.name + "-journal").exists():
            hot_journals += 1

        # Reopen as the app does: quick_check, unlock, decrypt every record.
        with Store.open(PASSPHRASE, db) as reopened:
            present = {s.id for s in reopened.list()}
            for case_id, version in list(expected.items()):
                if in_flight and in_flight[1] == case_id:
                    continue
                assert case_id in present, f"completed save of {case_id} lost after kill {kills}"
                assert _check_consistent(reopened, case_id) == version
            if in_flight is not None:
                op, case_id, version = in_flight
                if op == "save":
                    # Either the old state or the new one, never anything in between.
                    if case_id in present:
                        got = _check_consistent(reopened, case_id)
                        assert got in {expected.get(case_id), version}
                        expected[case_id] = got
                    else:
                        assert case_id not in expected
                elif op == "delete":
                    if case_id in present:
                        assert _check_consistent(reopened, case_id) == expected[case_id]
                    else:
                        expected.pop(case_id, None)
            assert present == set(expected), "a case appeared or vanished that no operation explains"
            removed = {line.split()[2] for line in lines if line.startswith("start delete")} - present
            for backup in Store.list_backups(db):
                conn = sqlite3.connect(backup.path)
                try:
                    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
                    in_backup = {row[0] for row in conn.execute("SELECT id FROM cases")}
                finally:
                    conn.close()
                assert not in_backup & removed, "a removed case survived in a backup after a crash"

    elapsed = time.monotonic() - started
    print(
        f"\ncrash test: {kills} SIGKILLs survived in {elapsed:.1f} s; {completed_ops} completed operations checked; "
        f"{interrupted} kills landed during an operation, {hot_journals} left a hot journal that was rolled back"
    )
    assert completed_ops > 0  # some operations completed before a kill (how many depends on the machine's speed)
    assert interrupted > kills // 2
