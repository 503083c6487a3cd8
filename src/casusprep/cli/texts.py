"""The command line's Dutch texts (``cli/data/messages.toml``): help, prompts, results and errors."""

from __future__ import annotations

from pathlib import Path

from casusprep.data import TextFile

CLI = TextFile(Path(__file__).resolve().parent / "data" / "messages.toml")
