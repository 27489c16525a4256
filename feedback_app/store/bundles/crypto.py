"""Encrypting bundles to the project manager's key with age (through ``pyrage``).

age is a small, standard, audited file format (X25519 recipients, ChaCha20-Poly1305 in
authenticated chunks): a trainer needs only the manager's one-line public key (``age1…``),
any changed byte makes decryption fail instead of yielding altered data, and an encrypted
bundle can also be opened with the reference ``age`` tool if this app is not at hand.

The manager's private key is kept in the data folder, itself encrypted with the passphrase
the manager chose (age's scrypt passphrase format), in a file only its owner may read. Both,
because the data folder is copied — backups, a new laptop — and a copy of the key alone must
not open anyone's bundles.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from ..errors import BundleError

KEY_FILENAME = "manager-key.age"
PUBLIC_FILENAME = "manager-key.pub"
MIN_PASSPHRASE = 8
_RECIPIENT = re.compile(r"\Aage1[02-9ac-hj-np-z]{58}\Z")


def parse_recipient(text: str) -> Any:
    """The age public key in ``text`` (one line, ``age1…``); ``BundleError`` if it is not."""
    from pyrage import RecipientError, x25519

    key = text.strip()
    try:
        if not _RECIPIENT.match(key):
            raise ValueError(key)
        return x25519.Recipient.from_str(key)
    except (RecipientError, ValueError):
        raise BundleError(
            "that is not a project manager's public key: it is one line that begins with "
            "age1 (the manager's 'feedback-app keys create' prints it)",
            problem="bad_key",
        ) from None


def public_key(folder: Path) -> str | None:
    """This laptop's public key, when the manager's key pair was made here."""
    try:
        return (folder / PUBLIC_FILENAME).read_text(encoding="ascii").strip() or None
    except (FileNotFoundError, UnicodeDecodeError):
        return None


def has_key(folder: Path) -> bool:
    return (folder / KEY_FILENAME).exists()


def create_key(folder: Path, passphrase: str) -> str:
    """Make the key pair, the private key encrypted with ``passphrase``; returns the public
    key. An existing key is never replaced: bundles encrypted to it would be lost."""
    from pyrage import passphrase as age_passphrase
    from pyrage import x25519

    if has_key(folder):
        raise BundleError(
            f"this laptop has a project manager's key already; its public key is "
            f"{public_key(folder)}. It is not replaced: bundles encrypted to it would no "
            "longer open",
            problem="key_exists",
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise BundleError(
            f"the passphrase must have at least {MIN_PASSPHRASE} characters",
            problem="short_passphrase",
            minimum=MIN_PASSPHRASE,
        )
    identity = x25519.Identity.generate()
    secret = age_passphrase.encrypt(str(identity).encode("ascii"), passphrase)
    recipient = str(identity.to_public())
    _write_private(folder / KEY_FILENAME, secret)
    _write_private(folder / PUBLIC_FILENAME, (recipient + "\n").encode("ascii"))
    return recipient


def _write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner may read, whole or not at all."""
    temporary = path.with_name(f".{path.name}.part")
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(handle, data)
        os.fsync(handle)
    finally:
        os.close(handle)
    os.replace(temporary, path)


def load_identity(folder: Path, passphrase: str) -> Any:
    """The private key, opened with ``passphrase`` (``BundleError`` when it is wrong)."""
    from pyrage import DecryptError, IdentityError, x25519
    from pyrage import passphrase as age_passphrase

    try:
        secret = (folder / KEY_FILENAME).read_bytes()
    except FileNotFoundError:
        raise BundleError(
            "this laptop has no project manager's key (feedback-app keys create makes one)",
            problem="no_key",
        ) from None
    try:
        text = age_passphrase.decrypt(secret, passphrase).decode("ascii")
        return x25519.Identity.from_str(text.strip())
    except (DecryptError, IdentityError, UnicodeDecodeError):
        raise BundleError(
            "the passphrase is wrong; the key was not opened", problem="wrong_passphrase"
        ) from None


def encrypt_file(source: Path, target: Path, recipient: Any) -> None:
    import pyrage

    pyrage.encrypt_file(str(source), str(target), [recipient])


def decrypt_file(source: Path, target: Path, identity: Any, name: str) -> None:
    """Decrypt ``source``; a bundle for another key, or a damaged one, is a ``BundleError``."""
    import pyrage

    try:
        pyrage.decrypt_file(str(source), str(target), [identity])
    except (pyrage.DecryptError, OSError) as exc:
        if isinstance(exc, OSError) and "decrypt" not in str(exc).lower():
            raise  # the disk, not the bundle
        if "no matching keys" in str(exc).lower():
            raise BundleError(
                f"{name}: the bundle is encrypted for another project manager's key, not this "
                "laptop's; nothing was imported",
                problem="wrong_key",
                file=name,
            ) from None
        raise BundleError(
            f"{name}: the encrypted bundle is damaged or cut short; nothing was imported",
            problem="checksum",
            file=name,
        ) from None
