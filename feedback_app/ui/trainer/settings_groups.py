"""Two groups of the settings dialog: the language of the trainer's screens, and the
organisation's title and logo on the kiosk's welcome screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.settings import SettingsService
from ..i18n import LANGUAGE_NAMES, LANGUAGES, system_language
from ..widgets.logo import MAX_FILE_BYTES, LogoError, logo_from_file, logo_pixmap

# The preview of the logo in the dialog, in pixels.
PREVIEW = (140, 48)


class LanguageGroup(QGroupBox):
    """The language of the trainer's screens; the kiosk asks each participant for theirs."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None):
        super().__init__(self.tr("Language"), parent)
        self.setObjectName("language_group")
        self._stored = settings.get("interface_language")
        column = QVBoxLayout(self)
        label = QLabel(self.tr("Language of these screens"), self)
        column.addWidget(label)
        self.choice = QComboBox(self)
        self.choice.setObjectName("setting_interface_language")
        self.choice.setAccessibleName(label.text())
        system = LANGUAGE_NAMES.get(system_language(), system_language())
        self.choice.addItem(self.tr("The computer's language (%1)").replace("%1", system), None)
        for code in LANGUAGES:
            self.choice.addItem(LANGUAGE_NAMES[code], code)
        self.choice.setCurrentIndex(max(self.choice.findData(self._stored), 0))
        label.setBuddy(self.choice)
        column.addWidget(self.choice)
        hint = QLabel(
            self.tr("The kiosk asks each participant for their language on its welcome screen."),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        column.addWidget(hint)
        column.addStretch(1)

    def language(self) -> str | None:
        return self.choice.currentData()

    def changed(self) -> bool:
        return self.language() != self._stored

    def values(self) -> dict[str, Any]:
        return {"interface_language": self.language()}


class BrandingGroup(QGroupBox):
    """The organisation's title and logo, shown above the kiosk's welcome text."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None):
        super().__init__(self.tr("Branding"), parent)
        self.setObjectName("branding_group")
        self._logo: str = settings.get("branding_logo") or ""
        column = QVBoxLayout(self)
        label = QLabel(self.tr("Organisation's title on the kiosk"), self)
        column.addWidget(label)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("setting_branding_title")
        self.title_edit.setAccessibleName(label.text())
        self.title_edit.setPlaceholderText(self.tr("e.g. Police University College"))
        self.title_edit.setText(settings.get("branding_title") or "")
        self.title_edit.setMaxLength(120)
        label.setBuddy(self.title_edit)
        column.addWidget(self.title_edit)
        row = QHBoxLayout()
        self.preview = QLabel(self)
        self.preview.setObjectName("branding_logo_preview")
        self.preview.setAccessibleName(self.tr("The logo"))
        self.preview.setMinimumSize(*PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setProperty("role", "hint")
        row.addWidget(self.preview)
        self.choose_button = QPushButton(self.tr("Choose logo…"), self)
        self.choose_button.setObjectName("choose_logo_button")
        self.choose_button.clicked.connect(self.choose_logo)
        row.addWidget(self.choose_button)
        self.remove_button = QPushButton(self.tr("Remove logo"), self)
        self.remove_button.setObjectName("remove_logo_button")
        self.remove_button.clicked.connect(lambda: self._set_logo(""))
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("branding_message")
        self.message.setProperty("role", "field_error")
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        hint = QLabel(
            self.tr(
                "Shown above the welcome text on the kiosk: a PNG, JPG or SVG file, kept at "
                "most 512 pixels on its longer side."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        column.addWidget(hint)
        self._set_logo(self._logo)

    def choose_logo(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose logo"),
            folder if folder and Path(folder).is_dir() else str(Path.home()),
            self.tr("Pictures (*.png *.jpg *.jpeg *.svg)"),
        )
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> bool:
        """Take the picture in ``path`` as the logo; a file that cannot be one is refused with
        the reason, and the logo before stays."""
        try:
            logo = logo_from_file(path)
        except LogoError as exc:
            self._say(self._refusal(exc))
            return False
        self._set_logo(logo)
        return True

    def _refusal(self, exc: LogoError) -> str:
        if exc.reason == "too_large":
            text = self.tr("%1 is too large for a logo: choose a picture file of at most %2 MB.")
            return text.replace("%1", exc.path.name).replace("%2", str(MAX_FILE_BYTES // 2**20))
        if exc.reason == "missing":
            return self.tr("%1 cannot be read: check that the file is still there.").replace(
                "%1", exc.path.name
            )
        return self.tr("%1 is not a picture: choose a PNG, JPG or SVG file.").replace(
            "%1", exc.path.name
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_logo(self, logo: str) -> None:
        self._logo = logo
        self._say("")
        pixmap = logo_pixmap(logo, *PREVIEW)
        if pixmap is None:
            self.preview.clear()
            self.preview.setText(self.tr("No logo"))
        else:
            self.preview.setPixmap(pixmap)
        self.remove_button.setEnabled(pixmap is not None)

    def logo(self) -> str:
        return self._logo

    def values(self) -> dict[str, Any]:
        return {"branding_title": self.title_edit.text().strip(), "branding_logo": self._logo}
