"""The outside of a bundle file: a magic line, the manifest, then the SQLite payload.

::

    FEEDBACK-APP-BUNDLE\\n
    {"app_version": ..., "counts": {...}, ..., "sha256": "..."}\\n
    <the payload: an SQLite database of the content tables>

The manifest is one line of canonical JSON (sorted keys, no spaces, ASCII). Its ``sha256`` is
the SHA-256 of the manifest without that field, a line break, and the payload, so a change of
any byte anywhere in the file — in the manifest or in a part of the payload that SQLite would
never read — is found before anything is imported.

An encrypted bundle is this whole file encrypted with age (it begins ``age-encryption.org``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import BundleError

MAGIC = b"FEEDBACK-APP-BUNDLE\n"
AGE_MAGIC = b"age-encryption.org/"
FORMAT = "feedback-app bundle"
FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 64 * 1024
CHUNK = 1 << 20
TABLES = ("laptops", "questionnaires", "sessions", "responses", "answers")

_UUID = re.compile(r"\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
DAY = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
_VERSION = re.compile(r"\A[0-9A-Za-z.+-]{1,40}\Z")


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and _UUID.match(value) is not None


@dataclass(frozen=True)
class Manifest:
    """What a bundle says about itself."""

    bundle_id: str
    laptop: str
    app_version: str
    exported_on: str
    counts: dict[str, int]
    payload_bytes: int
    sha256: str = ""
    format_version: int = FORMAT_VERSION

    def fields(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "bundle_id": self.bundle_id,
            "laptop": self.laptop,
            "exported_on": self.exported_on,
            "counts": dict(self.counts),
            "payload_bytes": self.payload_bytes,
        }


def canonical(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _payload_chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def write_envelope(manifest: Manifest, payload: Path, target: BinaryIO) -> str:
    """Write the whole bundle for ``manifest`` (without its checksum yet) and the payload
    file to ``target``; returns the checksum written."""
    digest = hashlib.sha256(canonical(manifest.fields()) + b"\n")
    for chunk in _payload_chunks(payload):
        digest.update(chunk)
    fields = manifest.fields()
    fields["sha256"] = digest.hexdigest()
    target.write(MAGIC)
    target.write(canonical(fields) + b"\n")
    for chunk in _payload_chunks(payload):
        target.write(chunk)
    return fields["sha256"]


def _refuse(name: str, problem: str, text: str, **details: Any) -> BundleError:
    return BundleError(
        f"{name}: {text}; nothing was imported", problem=problem, file=name, **details
    )


def read_envelope(source: BinaryIO, name: str, payload: BinaryIO) -> Manifest:
    """Check the magic line, the manifest and the checksum of ``source`` (positioned at its
    start), copying the payload to ``payload``; raises ``BundleError`` saying what is wrong."""
    head = source.read(len(MAGIC))
    if head != MAGIC:
        if head.startswith(AGE_MAGIC[: len(head)]) and head:
            raise _refuse(name, "encrypted", "the bundle is encrypted")
        raise _refuse(name, "not_bundle", "this is not a feedback-app bundle")
    line = source.readline(MAX_MANIFEST_BYTES)
    if not line.endswith(b"\n"):
        raise _refuse(name, "truncated", "the bundle is cut short or damaged (no manifest)")
    manifest = _parse_manifest(line[:-1], name)
    digest = hashlib.sha256(canonical(manifest.fields()) + b"\n")
    size = 0
    while chunk := source.read(CHUNK):
        size += len(chunk)
        digest.update(chunk)
        payload.write(chunk)
    if size < manifest.payload_bytes:
        raise _refuse(name, "truncated", "the bundle is cut short (an incomplete copy?)")
    if size != manifest.payload_bytes or digest.hexdigest() != manifest.sha256:
        raise _refuse(
            name, "checksum", "the bundle's checksum does not match: it was damaged or altered"
        )
    return manifest


def _parse_manifest(line: bytes, name: str) -> Manifest:
    damaged = _refuse(name, "checksum", "the bundle's manifest is damaged or was altered")
    try:
        fields = json.loads(line.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise damaged from None
    if not isinstance(fields, dict) or canonical(fields) != line:
        raise damaged
    version = fields.get("format_version")
    if fields.get("format") != FORMAT or not isinstance(version, int) or isinstance(version, bool):
        raise damaged
    if version > FORMAT_VERSION:
        raise _refuse(
            name,
            "too_new",
            f"the bundle has format version {version}, newer than this app reads "
            f"({FORMAT_VERSION}); update feedback-app on this laptop",
            version=version,
        )
    counts = fields.get("counts")
    checks = (
        version == FORMAT_VERSION,
        set(fields) == {*Manifest("", "", "", "", {}, 0).fields(), "sha256"},
        is_uuid(fields.get("bundle_id")) and is_uuid(fields.get("laptop")),
        isinstance(fields.get("app_version"), str) and _VERSION.match(fields["app_version"]),
        isinstance(fields.get("exported_on"), str) and DAY.match(fields["exported_on"]),
        isinstance(counts, dict) and set(counts) == set(TABLES),
        isinstance(counts, dict) and all(type(n) is int and n >= 0 for n in counts.values()),  # noqa: E721
        type(fields.get("payload_bytes")) is int and fields["payload_bytes"] > 0,  # noqa: E721
        isinstance(fields.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", fields["sha256"]),
    )
    if not all(checks):
        raise damaged
    return Manifest(
        bundle_id=fields["bundle_id"],
        laptop=fields["laptop"],
        app_version=fields["app_version"],
        exported_on=fields["exported_on"],
        counts=counts,
        payload_bytes=fields["payload_bytes"],
        sha256=fields["sha256"],
        format_version=version,
    )
