"""The organisation's logo: read from a PNG, JPG or SVG file, kept as a PNG of at most
``MAX_SIDE`` pixels (base64 text in the settings), and shown on the kiosk's welcome screen."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap

#: The most base64 characters the settings keep for the logo (the settings' own limit, which
#: refuses more; tests/ui/test_branding.py checks that the two agree).
MAX_LOGO_CHARS = 500_000
#: The longest side of a stored logo, in pixels.
MAX_SIDE = 512
#: The largest picture file read, in bytes.
MAX_FILE_BYTES = 10 * 1024 * 1024
SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")


class LogoError(ValueError):
    """The file cannot be a logo; ``reason`` is "missing", "too_large" or "not_image"."""

    def __init__(self, reason: str, path: Path):
        super().__init__(f"{path.name}: {reason}")
        self.reason = reason
        self.path = path


def logo_from_file(path: Path) -> str:
    """The picture in ``path`` as the settings keep it: a PNG at most ``MAX_SIDE`` pixels on
    its longest side (smaller when needed to fit ``MAX_LOGO_CHARS``), base64-encoded."""
    try:
        size = path.stat().st_size
    except OSError:
        raise LogoError("missing", path) from None
    if size > MAX_FILE_BYTES:
        raise LogoError("too_large", path)
    image = _read(path)
    side = MAX_SIDE
    while side >= 64:
        text = _png_base64(_fitted(image, side))
        if len(text) <= MAX_LOGO_CHARS:
            return text
        side = side * 3 // 4
    raise LogoError("too_large", path)


def logo_image(text: str | None) -> QImage | None:
    """The stored logo as an image; None when there is none or it cannot be read."""
    if not text:
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except ValueError:
        return None
    image = QImage.fromData(QByteArray(data), "PNG")
    return None if image.isNull() else image


def logo_pixmap(text: str | None, width: int, height: int) -> QPixmap | None:
    """The stored logo scaled to fit ``width`` x ``height`` (never enlarged)."""
    image = logo_image(text)
    if image is None:
        return None
    if image.width() > width or image.height() > height:
        image = image.scaled(
            width,
            height,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return QPixmap.fromImage(image)


def _read(path: Path) -> QImage:
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    if not reader.canRead():
        raise LogoError("not_image", path)
    if reader.format().data() == b"svg":  # drawn at the stored size, not enlarged afterwards
        natural = reader.size()
        if natural.isValid() and not natural.isEmpty():
            reader.setScaledSize(natural.scaled(QSize(MAX_SIDE, MAX_SIDE),
                                                Qt.AspectRatioMode.KeepAspectRatio))  # fmt: skip
        else:
            reader.setScaledSize(QSize(MAX_SIDE, MAX_SIDE))
    image = reader.read()
    if image.isNull():
        raise LogoError("not_image", path)
    return image


def _fitted(image: QImage, side: int) -> QImage:
    if image.width() <= side and image.height() <= side:
        return image
    return image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _png_base64(image: QImage) -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return base64.b64encode(bytes(buffer.data())).decode("ascii")
