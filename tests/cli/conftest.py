"""The store passphrase from the environment, as scripts give it."""

from __future__ import annotations

import pytest
from tests.cli.helpers import PASS


@pytest.fixture
def env_pass(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", PASS)
    return PASS
