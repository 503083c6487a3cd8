"""Export time against case size: render an anonymised document and pass it through the gate.

Cases of growing size (signals with a few sentences each, names of the registered persons in
them) go through :func:`casusprep.export_service.render_checked`, the path every export takes
(anonymise, render, read back, gate); writing the file does not grow with the case and is left
out. Prints seconds per document kind and size; ``--profile N`` prints the top functions for a
case of N signals.

    PYTHONPATH=src python benchmarks/export_size.py [--sizes 10,100,300,1000] [--kinds vk,summary]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import random
import time


def make_case(signals: int, seed: int = 7):
    from casusprep.case import Case, Person, Role, Signal

    rnd = random.Random(seed)
    persons = [
        Person(name="Mila Verstraeten", role=Role.CHILD),
        Person(name="Sofie Goossens", role=Role.MOTHER),
        Person(name="Bart Verstraeten", role=Role.FATHER),
        Person(name="Jana Wouters", role=Role.CAREGIVER),
    ]
    sentences = [
        "Mila zat alleen in de hoek van de speelruimte.",
        "Ze huilde toen mama Sofie vertrok en bleef lang stil.",
        "Begeleider Jana zag een blauwe plek op de linkerarm.",
        "Bij het ophalen zei vader dat ze thuis gevallen was.",
        "Ze at haar boterham niet op en vroeg om water.",
        "Tijdens het buitenspelen bleef ze bij de deur staan.",
        "Ze reageerde schrikachtig op een luide stem.",
    ]
    start = dt.date(2025, 1, 6)
    items = []
    for i in range(signals):
        text = " ".join(rnd.choice(sentences) for _ in range(3))
        items.append(
            Signal(
                date=start + dt.timedelta(days=i),
                situation="In de peutergroep.",
                observation=text,
                interpretation="Ik heb de indruk dat ze zich niet veilig voelt, omdat ze vaak alleen zit.",
                parents_reaction="Moeder knikte en zei dat ze er thuis op let.",
            )
        )
    return Case(title="Groot dossier", persons=persons, signals=items, question="Hoe gaan we verder?")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10,100,300,1000")
    parser.add_argument("--kinds", default="vk,kindbespreking,samenvatting")
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    from casusprep.anonymise.api import warm_up
    from casusprep.export_service import render_checked

    warm_up()
    render_checked(make_case(2), "vk")  # first render loads the templates
    if args.profile:
        case = make_case(args.profile)
        profiler = cProfile.Profile()
        profiler.enable()
        render_checked(case, args.kinds.split(",")[0])
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return 0
    kinds = args.kinds.split(",")
    print(f"{'signalen':>9} " + " ".join(f"{k:>15}" for k in kinds) + "   (seconden; lekken)")
    for size in (int(s) for s in args.sizes.split(",")):
        case = make_case(size)
        row = []
        for kind in kinds:
            started = time.perf_counter()
            _, leaks = render_checked(case, kind)
            row.append(f"{time.perf_counter() - started:8.2f} ({len(leaks)})")
        print(f"{size:>9} " + " ".join(f"{c:>15}" for c in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
