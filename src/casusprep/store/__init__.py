"""The encrypted local case store (see :mod:`casusprep.store.store` for the design)."""

from casusprep.store.errors import CaseNotFound, DamagedCase, DamagedStore, StoreError, TooManyAttempts, WrongPassphrase
from casusprep.store.passphrase import passphrase_problems
from casusprep.store.store import AuditEntry, AuditNote, BackupInfo, CaseSummary, Store, add_months, valid_case_id

__all__ = [
    "AuditEntry",
    "AuditNote",
    "BackupInfo",
    "CaseNotFound",
    "CaseSummary",
    "DamagedCase",
    "DamagedStore",
    "Store",
    "StoreError",
    "TooManyAttempts",
    "WrongPassphrase",
    "add_months",
    "passphrase_problems",
    "valid_case_id",
]
