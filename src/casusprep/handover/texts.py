"""The handover's Dutch texts (``handover/data/texts.toml``): messages, audit log purposes, the roles."""

from __future__ import annotations

from pathlib import Path

from casusprep.data import TextFile

HANDOVER = TextFile(Path(__file__).resolve().parent / "data" / "texts.toml")
