"""training/config.cfg is the one training configuration: the shipped model's config.cfg must be what it
produces (spaCy copies the training config into the model), apart from the corpus paths that train.py sets."""

from __future__ import annotations

from pathlib import Path

from spacy.util import load_config

from casusprep.locations import models_dir

ROOT = Path(__file__).resolve().parents[2]


def _without_paths(path: Path) -> dict:
    config = load_config(path, interpolate=False)
    return {section: values for section, values in config.items() if section != "paths"}


def test_the_shipped_model_was_trained_with_the_committed_config():
    committed = _without_paths(ROOT / "training" / "config.cfg")
    shipped = _without_paths(models_dir() / "nl_casusprep" / "config.cfg")
    differing = sorted(k for k in committed.keys() | shipped.keys() if committed.get(k) != shipped.get(k))
    assert not differing, f"training/config.cfg and the shipped model's config differ in {differing}"
    assert shipped["training"]["max_steps"] == 6000 and shipped["nlp"]["pipeline"] == ["tok2vec", "ner"]


def test_no_machine_specific_path_in_either_config():
    for path in (ROOT / "training" / "config.cfg", models_dir() / "nl_casusprep" / "config.cfg"):
        paths = load_config(path, interpolate=False)["paths"]
        assert all(value is None or not str(value).startswith("/") for value in paths.values()), (path, paths)
