"""Store errors. Their texts are shown to the user as they are, so they are Dutch (in
``store/data/messages.toml``) and never contain personal data (at most a random case id or a file
name made of a timestamp)."""

from __future__ import annotations

from casusprep.store.texts import STORE


class StoreError(Exception):
    """Anything the store cannot do; ``str(error)`` is a Dutch message fit for the user."""


class WrongPassphrase(StoreError):
    """The passphrase or recovery key does not unlock the data key; nothing was decrypted."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or STORE.WRONG_PASSPHRASE)


class TooManyAttempts(StoreError):
    """Several wrong attempts in a row: the next one is taken after a short wait (never a lockout)."""

    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = wait_seconds
        seconds = max(1, round(wait_seconds))
        text = STORE.TOO_MANY_ATTEMPTS_ONE_SECOND if seconds == 1 else STORE.TOO_MANY_ATTEMPTS
        super().__init__(text.format(seconds=seconds))


class DamagedStore(StoreError):
    """The database file fails its integrity check or holds a record that does not decrypt."""

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        text = STORE.DAMAGED
        super().__init__(f"{text} ({detail})" if detail else text)


class DamagedCase(DamagedStore):
    """One case's record, log or history does not add up; the other cases stay usable.

    The text names the case by its id (random, never a name) and offers the backups, from which this
    one case can be put back without touching the others.
    """

    def __init__(self, case_id: str, detail: str = "") -> None:
        self.case_id = case_id
        self.detail = detail
        what = STORE.DAMAGED_ONE_CASE_DETAIL.format(detail=detail) if detail else ""
        text = STORE.DAMAGED_ONE_CASE.format(case_id=case_id, detail=what)
        StoreError.__init__(self, text)


class CaseNotFound(StoreError, KeyError):
    """No case with this id. A KeyError too, so ``except KeyError`` keeps working."""

    def __init__(self, case_id: str) -> None:
        # The id is not repeated in the text: a mistyped argument could be a name.
        super().__init__(STORE.CASE_NOT_FOUND)
        self.case_id = case_id

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])
