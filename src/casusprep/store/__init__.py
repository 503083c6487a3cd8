"""The encrypted local case store (see :mod:`casusprep.store.store` for the design)."""

from casusprep.store.errors import CaseNotFound, DamagedStore, StoreError, WrongPassphrase
from casusprep.store.store import AuditEntry, BackupInfo, CaseSummary, Store, add_months, valid_case_id

__all__ = [
    "AuditEntry",
    "BackupInfo",
    "CaseNotFound",
    "CaseSummary",
    "DamagedStore",
    "Store",
    "StoreError",
    "WrongPassphrase",
    "add_months",
    "valid_case_id",
]
