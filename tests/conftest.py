"""Shared test fixtures: every test gets its own data directory; network can be blocked."""

from __future__ import annotations

import socket

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """A fresh, real data directory per test, so no test touches the user's cases."""
    path = tmp_path_factory.mktemp("casusprep-data")
    monkeypatch.setenv("CASUSPREP_DATA_DIR", str(path))
    monkeypatch.delenv("CASUSPREP_PASSPHRASE", raising=False)
    return path


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch):
    """Fail the test if any code path tries to open a network connection or resolve a name."""
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise NetworkAttempt(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts
