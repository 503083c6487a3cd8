"""How fast the encrypted store saves a large case and unlocks: the autosave and start-up budgets.

Run: ``python benchmarks/save_case.py`` (uses a temporary data directory, never the user's).
Targets: saving a case with 50 signals and 20 persons < 50 ms (median); unlocking < 0.5 s. A save includes
the diff with the stored version that the case history keeps.
Saves are real: SQLite with a rollback journal and synchronous=FULL (fsync on every commit).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def big_case():
    from casusprep.case import Person, Role
    from casusprep.example import example_case

    case = example_case()
    roles = list(Role)
    case.persons = [
        Person(name=f"Voornaam{i} Achternaam{i}", role=roles[i % len(roles)], role_detail="toelichting " * 5)
        for i in range(20)
    ]
    template = case.signals[1]
    case.signals = [
        template.model_copy(update={"id": f"sig{i:09d}", "observation": f"{template.observation} ({i})"})
        for i in range(50)
    ]
    return case


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASUSPREP_DATA_DIR"] = tmp
        from casusprep.store import Store

        path = Path(tmp) / "casusprep.db"
        started = time.perf_counter()
        store, _ = Store.create("benchmark wachtwoord", path)
        create_s = time.perf_counter() - started

        case = big_case()
        size = len(case.model_dump_json())
        for i in range(10):  # other cases in the store, as in real use
            filler = big_case()
            filler.id = f"{i:012x}"
            store.save(filler)
        times = []
        for i in range(args.saves):
            case.question = f"Vraag versie {i}"  # a keystroke-debounced change
            t0 = time.perf_counter()
            store.save(case)
            times.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        loaded = store.load(case.id)
        load_ms = (time.perf_counter() - t0) * 1000
        assert loaded.question == case.question
        t0 = time.perf_counter()
        store.list()
        list_ms = (time.perf_counter() - t0) * 1000
        store.close()

        # The history across sessions: each unlock is a session, its saves fold into one revision.
        sessions = 5
        for n in range(sessions):
            with Store.open("benchmark wachtwoord", path) as session:
                edited = session.load(case.id)
                for i in range(20):
                    edited.signals[n].observation = f"{edited.signals[n].observation} aangevuld {i}"
                    session.save(edited)
        with Store.open("benchmark wachtwoord", path) as session:
            t0 = time.perf_counter()
            revisions = session.history(case.id)
            history_ms = (time.perf_counter() - t0) * 1000

        unlocks = []
        for _ in range(5):
            t0 = time.perf_counter()
            Store.open("benchmark wachtwoord", path).close()
            unlocks.append(time.perf_counter() - t0)

        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"case: {len(case.signals)} signals, {len(case.persons)} persons, {size / 1024:.0f} kB JSON")
        print(
            f"save ({args.saves}x, 11 cases in store): median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
            f"max {times[-1]:.1f} ms  (target < 50 ms)"
        )
        print(f"load {load_ms:.1f} ms; list {list_ms:.1f} ms")
        print(
            f"history after {args.saves} saves in one session and {sessions} more sessions of 20 saves: "
            f"{len(revisions)} revisions, read and checked in {history_ms:.1f} ms"
        )
        print(
            f"create store {create_s:.2f} s; unlock (open: integrity check, scrypt, decrypt check) "
            f"median {statistics.median(unlocks):.2f} s, max {max(unlocks):.2f} s  (target < 0.5 s)"
        )
        print(f"database file {path.stat().st_size / 1024:.0f} kB")


if __name__ == "__main__":
    main()
