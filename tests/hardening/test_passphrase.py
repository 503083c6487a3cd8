"""The passphrase's whole life through the store API: change, recover, rotate the recovery key,
strength judged by zxcvbn in Dutch, wrong attempts slowed down but never locked out."""

from __future__ import annotations

import pytest

from casusprep.example import example_case
from casusprep.store import Store, StoreError, TooManyAttempts, WrongPassphrase, passphrase_problems
from casusprep.store import store as store_module

PASS = "een lang genoeg wachtwoord"
NEW = "zeven blauwe fietsen op het dak"


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("x", "te kort"),
        ("wachtwoord", "veelgebruikt"),
        ("aaaaaaaaaaaaaa", "herhaalt"),
        ("abcdefghijkl", "reeks"),
        ("zxcvbnm,./as", "toetsenbord"),
        ("", "leeg"),
        ("            ", "leeg"),
    ],
)
def test_weak_passphrases_are_explained_in_dutch(weak: str, reason: str) -> None:
    problems = passphrase_problems(weak)
    assert problems
    assert any(reason in p for p in problems), problems


def test_a_good_passphrase_has_no_problems_and_names_are_not_echoed() -> None:
    assert passphrase_problems(NEW) == []
    problems = passphrase_problems("Vermeulen2019", user_inputs=["Vermeulen"])
    assert problems and not any("Vermeulen" in p for p in problems)


def test_create_change_and_recover_refuse_weak_passphrases() -> None:
    with pytest.raises(StoreError, match="te kort"):
        Store.create("kort")
    store, recovery = Store.create(PASS)
    with pytest.raises(StoreError, match="te makkelijk"):
        store.change_passphrase(PASS, "wachtwoord123")
    store.close()
    with pytest.raises(StoreError):
        Store.recover(recovery, "x")
    Store.open(PASS).close()


def test_change_needs_the_current_passphrase() -> None:
    store, _ = Store.create(PASS)
    store.save(example_case())
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("niet het huidige wachtwoord", NEW)
    store.change_passphrase(PASS, NEW)
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(PASS)
    with Store.open(NEW) as again:
        assert len(again.list()) == 1


def test_rotating_the_recovery_key_retires_the_old_one() -> None:
    store, old_key = Store.create(PASS)
    new_key = store.rotate_recovery_key()
    assert new_key != old_key
    store.close()
    with pytest.raises(WrongPassphrase, match="herstelsleutel"):
        Store.recover(old_key, NEW)
    Store.recover(new_key, NEW).close()
    Store.open(NEW).close()


def test_wrong_attempts_slow_down_without_locking_out(monkeypatch: pytest.MonkeyPatch) -> None:
    Store.create(PASS)[0].close()
    now = [1_000_000.0]
    monkeypatch.setattr(store_module.time, "time", lambda: now[0])
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Store.open("fout fout fout fout")
    assert Store.unlock_wait() > 0
    # Even the right passphrase waits: guessing cannot go faster by alternating.
    with pytest.raises(TooManyAttempts, match="Wacht") as info:
        Store.open(PASS)
    assert 0 < info.value.wait_seconds <= 30
    now[0] += info.value.wait_seconds
    for _ in range(20):  # many more wrong ones: the wait grows, but stays capped
        now[0] += 31
        with pytest.raises(WrongPassphrase):
            Store.open("fout fout fout fout")
    assert Store.unlock_wait() <= 30
    now[0] += 31
    Store.open(PASS).close()
    assert Store.unlock_wait() == 0  # a success resets the count
    # A clock set back never lengthens the wait past the cap.
    for _ in range(5):
        now[0] += 31
        with pytest.raises(WrongPassphrase):
            Store.open("fout fout fout fout")
    now[0] -= 10**6
    assert Store.unlock_wait() <= 30


def test_a_store_made_through_the_environment_shows_its_recovery_key_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", "x")
    with pytest.raises(StoreError, match="te kort"):
        Store.open_from_env()
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", PASS)
    with Store.open_from_env():
        pass
    err = capsys.readouterr().err
    assert "herstelsleutel" in err and "één keer" in err
    key = err.strip().splitlines()[-1].strip()
    with Store.open_from_env():
        pass
    assert key not in capsys.readouterr().err
    Store.recover(key, NEW).close()
