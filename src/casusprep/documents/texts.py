"""The Dutch texts of the documents (``documents/data/texts.toml``): what the code writes into the Word
templates and the plain-text summary, apart from the templates' own wording and the field labels."""

from __future__ import annotations

from pathlib import Path

from casusprep.data import TextFile

DOC = TextFile(Path(__file__).resolve().parent / "data" / "texts.toml")
