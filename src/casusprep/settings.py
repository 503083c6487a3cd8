"""The environment variables casusprep reads, in one typed place (pydantic-settings).

- ``CASUSPREP_DATA_DIR``: where the encrypted store and its backups live (default: the
  platform's user data directory, see ``casusprep.locations``).
- ``CASUSPREP_PASSPHRASE``: the store's passphrase for scripts and tests; when set, no command asks for it.
- ``CASUSPREP_RECOVERY_KEY`` and ``CASUSPREP_NEW_PASSPHRASE``: for ``casusprep passphrase recover`` and
  ``change`` in scripts (the recovery key, the passphrase to set).
- ``CASUSPREP_HANDOVER_PASSPHRASE``: the passphrase of a handover file (``case handover`` and the import of one)
  for scripts; interactive use asks for it.

An empty variable counts as unset. They are read again on every call, because a process (a test) may change
them while it runs; reading is cheap. The passphrase is a ``SecretStr``, so it never shows in a repr or a log.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_PREFIX = "CASUSPREP_"
PASSPHRASE_ENV = f"{ENV_PREFIX}PASSPHRASE"
DATA_DIR_ENV = f"{ENV_PREFIX}DATA_DIR"
HANDOVER_PASSPHRASE_ENV = f"{ENV_PREFIX}HANDOVER_PASSPHRASE"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_ignore_empty=True, extra="ignore")

    data_dir: Path | None = None
    passphrase: SecretStr | None = None
    recovery_key: SecretStr | None = None
    new_passphrase: SecretStr | None = None
    handover_passphrase: SecretStr | None = None


def settings() -> Settings:
    """The settings as the environment holds them now."""
    return Settings()


def passphrase_from_env() -> str | None:
    """The passphrase from ``CASUSPREP_PASSPHRASE``, or None when it is unset or empty."""
    secret = settings().passphrase
    return secret.get_secret_value() if secret is not None else None


def recovery_key_from_env() -> str | None:
    """The recovery key from ``CASUSPREP_RECOVERY_KEY``, or None."""
    secret = settings().recovery_key
    return secret.get_secret_value() if secret is not None else None


def new_passphrase_from_env() -> str | None:
    """The passphrase to set from ``CASUSPREP_NEW_PASSPHRASE``, or None."""
    secret = settings().new_passphrase
    return secret.get_secret_value() if secret is not None else None


def handover_passphrase_from_env() -> str | None:
    """The passphrase of a handover file from ``CASUSPREP_HANDOVER_PASSPHRASE`` (for scripts), or None."""
    secret = settings().handover_passphrase
    return secret.get_secret_value() if secret is not None else None
