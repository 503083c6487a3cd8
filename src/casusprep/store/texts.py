"""The store's Dutch messages (``store/data/messages.toml``): shown to the user as they are, so they never
hold personal data (at most a random case id or a file name made of a timestamp)."""

from __future__ import annotations

from pathlib import Path

from casusprep.data import TextFile

STORE = TextFile(Path(__file__).resolve().parent / "data" / "messages.toml")
