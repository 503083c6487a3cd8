"""Age's passphrase encryption in a child process: ``python -m casusprep.handover.child``.

Why a process of its own: pyrage holds the GIL for the whole scrypt (seconds on a busy laptop), so in a
thread of the app the screen would freeze, the privacy key included. The parent sends the request through
a pipe (never a file) and reads the answer back; nothing is logged or written.

Request on standard input: one line ``encrypt`` or ``decrypt``, one line with the passphrase as JSON
(any character survives), then the data. Answer on standard output: one line ``ok``, ``wrong`` or
``damaged``, then the result.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(op: str, data: bytes, passphrase: str) -> tuple[str, bytes]:
    """Do :func:`casusprep.handover.age_op` in a child process; ``("failed", b"")`` when the child fails."""
    request = op.encode("ascii") + b"\n" + json.dumps(passphrase).encode("ascii") + b"\n" + data
    env = dict(os.environ)
    source = str(Path(__file__).resolve().parents[2])  # the folder holding the casusprep package
    env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH", "")) if p)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "casusprep.handover.child"],
            input=request,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # the app owns the terminal; the child never says anything personal
            env=env,
            check=False,
        )
    except OSError:
        return "failed", b""
    status, _, result = done.stdout.partition(b"\n")
    if done.returncode != 0 or status not in (b"ok", b"wrong", b"damaged"):
        return "failed", b""
    return status.decode("ascii"), result


def main() -> int:
    from casusprep.handover import age_op

    raw = sys.stdin.buffer.read()
    op, _, rest = raw.partition(b"\n")
    secret, _, data = rest.partition(b"\n")
    status, result = age_op(op.decode("ascii"), data, json.loads(secret))
    sys.stdout.buffer.write(status.encode("ascii") + b"\n" + result)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
