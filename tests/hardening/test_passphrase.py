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


# ----------------------------------------------------------------------------- command line


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from casusprep.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_change_through_the_environment(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    Store.create(PASS)[0].close()
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", PASS)
    monkeypatch.setenv("CASUSPREP_NEW_PASSPHRASE", "kort")
    code, _, err = _cli(capsys, "passphrase", "change")
    assert code == 2 and "te kort" in err and "niets gewijzigd" in err
    monkeypatch.setenv("CASUSPREP_NEW_PASSPHRASE", NEW)
    code, out, _ = _cli(capsys, "passphrase", "change")
    assert code == 0 and "gewijzigd" in out
    Store.open(NEW).close()
    code, _, err = _cli(capsys, "passphrase", "change")  # the old one no longer opens the store
    assert code == 2 and "klopt niet" in err


def test_cli_recover_and_new_recovery_key(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    store, key = Store.create(PASS)
    store.close()
    monkeypatch.setenv("CASUSPREP_RECOVERY_KEY", key.lower().replace("-", " "))
    monkeypatch.setenv("CASUSPREP_NEW_PASSPHRASE", NEW)
    code, out, _ = _cli(capsys, "passphrase", "recover")
    assert code == 0 and "nieuw wachtwoord" in out
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", NEW)
    code, out, err = _cli(capsys, "passphrase", "new-recovery-key")
    assert code == 0 and "één keer" in err
    new_key = out.strip()
    assert new_key != key and len(new_key.replace("-", "")) == 32
    monkeypatch.setenv("CASUSPREP_NEW_PASSPHRASE", "nog een andere lange zin hier")
    code, _, err = _cli(capsys, "passphrase", "recover")  # the old key is retired
    assert code == 2 and "herstelsleutel klopt niet" in err
    monkeypatch.setenv("CASUSPREP_RECOVERY_KEY", new_key)
    assert _cli(capsys, "passphrase", "recover")[0] == 0


def test_cli_prompts_ask_the_new_passphrase_twice(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    Store.create(PASS)[0].close()
    answers = iter([PASS, NEW, NEW + " anders"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, _, err = _cli(capsys, "passphrase", "change")
    assert code == 2 and "niet gelijk" in err
    answers = iter([PASS, NEW, NEW])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert _cli(capsys, "passphrase", "change")[0] == 0
    Store.open(NEW).close()


def test_cli_without_a_store_says_so(capsys: pytest.CaptureFixture) -> None:
    for action in ("change", "recover", "new-recovery-key"):
        code, _, err = _cli(capsys, "passphrase", action)
        assert code == 2 and "nog geen casusbestand" in err


def test_cli_script_gets_the_wait_message_after_wrong_attempts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    Store.create(PASS)[0].close()
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", "fout fout fout fout")
    for _ in range(3):
        assert "klopt niet" in _cli(capsys, "case", "list")[2]
    code, _, err = _cli(capsys, "case", "list")
    assert code == 2 and "Wacht" in err
