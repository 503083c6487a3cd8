"""The store's cryptography: one data key, wrapped twice; AES-256-GCM for every record.

Why this shape: a random data key (DEK) encrypts the records, so changing the passphrase or
recovering with the recovery key only re-wraps 32 bytes instead of re-encrypting every case.
The passphrase is stretched with Argon2id (memory-hard; OWASP's first choice). Its parameters are
stored with the wrapped key *and* authenticated by it (they are part of the AEAD's associated data),
so lowering them in the file makes the slot fail to open instead of making the next re-wrap weak;
a slot is never written below :data:`ARGON2_FLOOR`, and older or weaker slots (scrypt, from earlier
versions) are re-wrapped upward when they are unlocked. The recovery key is 160 random bits, so a
plain HKDF is enough for it: stretching adds nothing to a secret that cannot be guessed.
"""

from __future__ import annotations

import os
import secrets
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from casusprep.store.errors import DamagedStore, WrongPassphrase
from casusprep.store.texts import STORE

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16

# Argon2id, 64 MiB, 3 passes, 1 lane: a fraction of a second per unlock on a laptop, far above OWASP's floor.
# Stored as n = memory in KiB, r = passes, p = lanes.
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PASSES = 3
ARGON2_LANES = 1
# OWASP's Password Storage Cheat Sheet: Argon2id with at least 19 MiB and 2 passes (or an equal
# trade of memory for passes). A slot below this is re-wrapped on unlock and never written.
ARGON2_FLOOR = (19 * 1024, 2)

# Slots of earlier versions: scrypt (n=2**16, r=8, p=1) with unauthenticated parameters.
LEGACY_KDFS = frozenset({"scrypt", "hkdf-sha256"})
PASSPHRASE_KDF = "argon2id"
RECOVERY_KDF = "hkdf-sha256-v2"

# Crockford's base32: no I, L, O, U, so what is read aloud or typed over is hard to get wrong.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TYPO_MAP = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
RECOVERY_CHARS = 32  # 32 x 5 bits = 160 bits
RECOVERY_GROUP = 4


class DecryptError(Exception):
    """A record did not authenticate: damaged bytes, a wrong key or a record moved to another id."""


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the data key and how to derive the key that unwraps it."""

    kind: str  # "passphrase" or "recovery"
    kdf: str  # "argon2id" or "hkdf-sha256-v2"; "scrypt" and "hkdf-sha256" in older stores
    salt: bytes
    n: int
    r: int
    p: int
    wrapped: bytes  # nonce || AES-GCM(kek, dek)


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def _normalise_passphrase(passphrase: str) -> bytes:
    # NFC so the same passphrase typed through different keyboards or input methods gives the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_recovery_key() -> str:
    """A human-typeable recovery key: eight groups of four characters, e.g. ``7K3M-...``."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(RECOVERY_CHARS))
    return "-".join(chars[i : i + RECOVERY_GROUP] for i in range(0, RECOVERY_CHARS, RECOVERY_GROUP))


def normalise_recovery_key(text: str) -> str:
    """Accept the key as people type it: any case, spaces or dashes, O for 0, I or L for 1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_TYPO_MAP)
    if len(cleaned) != RECOVERY_CHARS or any(ch not in _ALPHABET for ch in cleaned):
        raise WrongPassphrase(STORE.RECOVERY_KEY_SHAPE.format(chars=RECOVERY_CHARS, group=RECOVERY_GROUP))
    return cleaned


def _legacy_aad(kind: str) -> bytes:
    return f"casusprep:dek:v1:{kind}".encode()


def _slot_aad(kind: str, kdf: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """Everything that says how to open the slot: changing any of it makes the slot fail."""
    if kdf in LEGACY_KDFS:
        return _legacy_aad(kind)
    return f"casusprep:dek:v2:{kind}:{kdf}:{n}:{r}:{p}:{salt.hex()}".encode()


def _derive(slot_kind: str, kdf: str, secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    if kdf == PASSPHRASE_KDF:
        if (n, r) < (1, 1) or n > 4 * 1024 * 1024 or r > 64 or not 1 <= p <= 16:
            raise ValueError("argon2id parameters out of range")
        return hash_secret_raw(
            secret, salt, time_cost=r, memory_cost=n, parallelism=p, hash_len=KEY_BYTES, type=Type.ID
        )
    if kdf == "scrypt":
        if n > 2**22 or r > 64 or p > 16:
            raise ValueError("scrypt parameters out of range")
        return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(secret)
    if kdf in ("hkdf-sha256", RECOVERY_KDF):
        return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_legacy_aad(slot_kind)).derive(secret)
    raise ValueError("unknown kdf")


def meets_floor(slot: KeySlot) -> bool:
    """Whether the slot is of the current kind and at least as strong as the floor (else: re-wrap)."""
    if slot.kind == "recovery":
        return slot.kdf == RECOVERY_KDF
    if slot.kdf != PASSPHRASE_KDF:
        return False
    memory, passes = ARGON2_FLOOR
    # OWASP's equal-strength trade: fewer passes need proportionally more memory.
    return slot.n * slot.r >= memory * passes and slot.r >= 1 and slot.n >= 7 * 1024


def wrap_with_passphrase(dek: bytes, passphrase: str) -> KeySlot:
    salt = os.urandom(SALT_BYTES)
    n, r, p = ARGON2_MEMORY_KIB, ARGON2_PASSES, ARGON2_LANES
    kek = _derive("passphrase", PASSPHRASE_KDF, _normalise_passphrase(passphrase), salt, n, r, p)
    aad = _slot_aad("passphrase", PASSPHRASE_KDF, salt, n, r, p)
    return KeySlot("passphrase", PASSPHRASE_KDF, salt, n, r, p, Cipher(kek).seal(dek, aad))


def wrap_with_recovery(dek: bytes, recovery_key: str) -> KeySlot:
    salt = os.urandom(SALT_BYTES)
    secret = normalise_recovery_key(recovery_key).encode("ascii")
    kek = _derive("recovery", RECOVERY_KDF, secret, salt, 0, 0, 0)
    return KeySlot(
        "recovery",
        RECOVERY_KDF,
        salt,
        0,
        0,
        0,
        Cipher(kek).seal(dek, _slot_aad("recovery", RECOVERY_KDF, salt, 0, 0, 0)),
    )


def unwrap(slot: KeySlot, secret_text: str) -> bytes:
    """The data key, or :class:`WrongPassphrase` when the secret does not fit this slot.

    A slot whose stored parameters were changed fails here like a wrong secret does: for the
    current kinds the parameters are authenticated, for legacy ones they change the derived key.
    """
    if slot.kind == "recovery":
        secret = normalise_recovery_key(secret_text).encode("ascii")
        error = WrongPassphrase(STORE.WRONG_RECOVERY_KEY)
    else:
        secret = _normalise_passphrase(secret_text)
        error = WrongPassphrase()
    try:
        kek = _derive(slot.kind, slot.kdf, secret, slot.salt, slot.n, slot.r, slot.p)
    except (ValueError, TypeError, MemoryError):
        raise DamagedKeySlot() from None
    try:
        return Cipher(kek).open(slot.wrapped, _slot_aad(slot.kind, slot.kdf, slot.salt, slot.n, slot.r, slot.p))
    except DecryptError:
        raise error from None


class DamagedKeySlot(DamagedStore):
    """A key slot names a key derivation or parameters this program does not accept."""

    def __init__(self) -> None:
        super().__init__(STORE.DAMAGED_KEY_SLOT)


class Cipher:
    """Encrypts and decrypts records with the data key; the AAD ties each record to its place."""

    def __init__(self, dek: bytes) -> None:
        self._aead = AESGCM(dek)

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        if not isinstance(blob, bytes):  # a hand-edited cell: text or a number where a record belongs
            raise DecryptError("record is not a sealed record")
        if len(blob) < NONCE_BYTES + 16:
            raise DecryptError("record too short")
        try:
            return self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
        except InvalidTag:
            raise DecryptError("record does not authenticate") from None


def case_aad(case_id: str, schema_version: int, revision: int | None = None) -> bytes:
    """Binds a case record to its id, schema version and revision (None: a record of an older store)."""
    base = f"casusprep:case:{case_id}:v{schema_version}"
    return (base if revision is None else f"{base}:r{revision}").encode()


def summary_aad(case_id: str, schema_version: int, revision: int | None = None) -> bytes:
    base = f"casusprep:summary:{case_id}:v{schema_version}"
    return (base if revision is None else f"{base}:r{revision}").encode()


def audit_aad(case_id: str, number: int | None = None, at: str = "", previous: bytes = b"") -> bytes:
    """Binds an audit row to its case, its number in that case's log, its time and the row before it."""
    if number is None:
        return f"casusprep:audit:{case_id}".encode()
    return f"casusprep:audit:v2:{case_id}:{number}:{at}:".encode() + previous


def revision_aad(case_id: str, number: int, case_revision: int, previous: bytes) -> bytes:
    """Binds a history entry to its case, its number in the history, the case revision it led to and
    the digest of the entry before it: a changed, removed or moved entry no longer opens."""
    return f"casusprep:revision:v1:{case_id}:{number}:r{case_revision}:".encode() + previous


def manifest_aad() -> bytes:
    return b"casusprep:manifest:v1"


def chain_digest(blob: bytes) -> bytes:
    """The digest of a sealed audit row or history entry that the next one's associated data includes."""
    h = hashes.Hash(hashes.SHA256())
    h.update(blob)
    return h.finalize()
