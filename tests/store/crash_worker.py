"""Child process for the SIGKILL test: saves (and sometimes deletes) cases in a loop.

Before each operation it prints ``start ...`` and only after the store call returned ``done ...``,
so the parent knows exactly which operations reported complete and which one was in flight when
it killed this process at a random moment.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from casusprep.case import Case, Person, Role, Signal
from casusprep.store import Store

MAX_CASES = 25


def fill(case: Case, version: int, rng: random.Random) -> None:
    """Title, signal count and every observation encode the version: a half-written case cannot pass."""
    case.title = f"v{version}"
    case.signals = [
        Signal(observation=f"waarneming {version} " + "x" * rng.randint(10, 4000)) for _ in range(version % 20 + 1)
    ]


def main() -> None:
    db, passphrase, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    rng = random.Random(seed)
    store = Store.open(passphrase, db)
    versions = {s.id: int(s.title[1:]) for s in store.list()}
    print("ready", flush=True)
    counter = 0
    while True:
        counter += 1
        roll = rng.random()
        if versions and roll < 0.04:
            case_id = rng.choice(sorted(versions))
            print(f"start delete {case_id}", flush=True)
            store.delete(case_id)
            del versions[case_id]
            print(f"done delete {case_id}", flush=True)
            continue
        if not versions or (roll < 0.3 and len(versions) < MAX_CASES):
            case = Case(persons=[Person(name=f"Crashtest Persoon{i}", role=Role.OTHER) for i in range(3)])
            version = 1
        else:
            case = store.load(rng.choice(sorted(versions)))
            version = versions[case.id] + 1
        fill(case, version, rng)
        print(f"start save {case.id} {version}", flush=True)
        store.save(case)
        versions[case.id] = version
        print(f"done save {case.id} {version}", flush=True)
        if counter % 9 == 0:
            print("start backup", flush=True)
            store.backup(force=True)
            print("done backup", flush=True)


if __name__ == "__main__":
    main()
