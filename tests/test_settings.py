"""casusprep.settings reads the CASUSPREP_* environment variables; the store and the CLI go through it."""

from __future__ import annotations

import pytest

from casusprep import locations
from casusprep.settings import passphrase_from_env, settings
from casusprep.store import Store, StoreError


def test_data_dir_follows_the_environment(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CASUSPREP_DATA_DIR", str(tmp_path / "elders"))
    assert settings().data_dir == tmp_path / "elders"
    assert locations.data_dir() == tmp_path / "elders" and (tmp_path / "elders").is_dir()


def test_an_empty_passphrase_counts_as_unset_and_a_set_one_never_shows(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", "")
    assert passphrase_from_env() is None
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", "paard batterij nietje correct")
    assert passphrase_from_env() == "paard batterij nietje correct"
    assert "paard" not in repr(settings()) and "paard" not in str(settings())


def test_the_store_opens_with_the_passphrase_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", "paard batterij nietje correct")
    store = Store.open_from_env()
    store.close()
    assert Store.exists()
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", "")
    with pytest.raises(StoreError, match="CASUSPREP_PASSPHRASE"):
        Store.open_from_env()
