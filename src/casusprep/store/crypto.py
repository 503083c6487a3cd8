"""The store's cryptography: one data key, wrapped twice; AES-256-GCM for every record.

Why this shape: a random data key (DEK) encrypts the records, so changing the passphrase or
recovering with the recovery key only re-wraps 32 bytes instead of re-encrypting every case.
The passphrase is stretched with scrypt (memory-hard; its parameters are stored with the wrapped
key so they can be raised later without breaking old stores). The recovery key is 160 random bits,
so a plain HKDF is enough for it: stretching adds nothing to a secret that cannot be guessed.
"""

from __future__ import annotations

import os
import secrets
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from casusprep.store.errors import WrongPassphrase

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16

# scrypt n=2**16, r=8, p=1: 64 MiB and about 0.13 s on the reference machine (target < 0.5 s).
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1

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
    kdf: str  # "scrypt" or "hkdf-sha256"
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
        raise WrongPassphrase(
            f"Een herstelsleutel heeft {RECOVERY_CHARS} tekens (cijfers en letters), in groepjes van "
            f"{RECOVERY_GROUP}. Kijk na of je hem volledig hebt overgetypt."
        )
    return cleaned


def _wrap_aad(kind: str) -> bytes:
    return f"casusprep:dek:v1:{kind}".encode()


def _derive(slot_kind: str, kdf: str, secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    if kdf == "scrypt":
        return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(secret)
    if kdf == "hkdf-sha256":
        return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_wrap_aad(slot_kind)).derive(secret)
    raise ValueError("unknown kdf")


def wrap_with_passphrase(dek: bytes, passphrase: str, n: int = SCRYPT_N) -> KeySlot:
    salt = os.urandom(SALT_BYTES)
    kek = _derive("passphrase", "scrypt", _normalise_passphrase(passphrase), salt, n, SCRYPT_R, SCRYPT_P)
    return KeySlot("passphrase", "scrypt", salt, n, SCRYPT_R, SCRYPT_P, Cipher(kek).seal(dek, _wrap_aad("passphrase")))


def wrap_with_recovery(dek: bytes, recovery_key: str) -> KeySlot:
    salt = os.urandom(SALT_BYTES)
    secret = normalise_recovery_key(recovery_key).encode("ascii")
    kek = _derive("recovery", "hkdf-sha256", secret, salt, 0, 0, 0)
    return KeySlot("recovery", "hkdf-sha256", salt, 0, 0, 0, Cipher(kek).seal(dek, _wrap_aad("recovery")))


def unwrap(slot: KeySlot, secret_text: str) -> bytes:
    """The data key, or :class:`WrongPassphrase` when the secret does not fit this slot."""
    if slot.kind == "recovery":
        secret = normalise_recovery_key(secret_text).encode("ascii")
        error = WrongPassphrase("De herstelsleutel klopt niet. Kijk na of je alle tekens juist hebt overgetypt.")
    else:
        secret = _normalise_passphrase(secret_text)
        error = WrongPassphrase()
    kek = _derive(slot.kind, slot.kdf, secret, slot.salt, slot.n, slot.r, slot.p)
    try:
        return Cipher(kek).open(slot.wrapped, _wrap_aad(slot.kind))
    except DecryptError:
        raise error from None


class Cipher:
    """Encrypts and decrypts records with the data key; the AAD ties each record to its place."""

    def __init__(self, dek: bytes) -> None:
        self._aead = AESGCM(dek)

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        if len(blob) < NONCE_BYTES + 16:
            raise DecryptError("record too short")
        try:
            return self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
        except InvalidTag:
            raise DecryptError("record does not authenticate") from None


def case_aad(case_id: str, schema_version: int) -> bytes:
    return f"casusprep:case:{case_id}:v{schema_version}".encode()


def summary_aad(case_id: str, schema_version: int) -> bytes:
    return f"casusprep:summary:{case_id}:v{schema_version}".encode()


def audit_aad(case_id: str) -> bytes:
    return f"casusprep:audit:{case_id}".encode()
