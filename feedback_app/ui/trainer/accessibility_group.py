"""The settings dialog's accessibility group: the text size and the high-contrast theme of
every screen, the kiosk's included."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...services.settings import SettingsService
from ..theme import TEXT_SCALES, apply_theme, valid_scale


class AccessibilityGroup(QGroupBox):
    """A choice is shown at once, on every open window; Save keeps it, Cancel (``undo``) goes
    back to the setting as it was."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None):
        super().__init__(self.tr("Accessibility"), parent)
        self.setObjectName("accessibility_group")
        self._stored = (
            valid_scale(settings.get("text_scale")),
            bool(settings.get("high_contrast")),
        )
        column = QVBoxLayout(self)
        label = QLabel(self.tr("Text size"), self)
        column.addWidget(label)
        self.text_size = QComboBox(self)
        self.text_size.setObjectName("setting_text_scale")
        self.text_size.setAccessibleName(label.text())
        for scale in TEXT_SCALES:
            self.text_size.addItem(self.tr("%1%").replace("%1", str(round(scale * 100))), scale)
        self.text_size.setCurrentIndex(max(self.text_size.findData(self._stored[0]), 0))
        label.setBuddy(self.text_size)
        column.addWidget(self.text_size)
        self.high_contrast = QCheckBox(self.tr("High contrast (black on white)"), self)
        self.high_contrast.setObjectName("setting_high_contrast")
        self.high_contrast.setChecked(self._stored[1])
        column.addWidget(self.high_contrast)
        hint = QLabel(
            self.tr(
                "For every screen, the kiosk's too. A participant can also choose larger text "
                "or high contrast on the kiosk's welcome screen, for their own answers."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        column.addWidget(hint)
        column.addStretch(1)
        self.text_size.currentIndexChanged.connect(lambda _index: self._show())
        self.high_contrast.toggled.connect(lambda _on: self._show())

    def view(self) -> tuple[float, bool]:
        """(text scale, high contrast) as chosen."""
        return valid_scale(self.text_size.currentData()), self.high_contrast.isChecked()

    def values(self) -> dict[str, Any]:
        scale, contrast = self.view()
        return {"text_scale": scale, "high_contrast": contrast}

    def undo(self) -> None:
        """Back to the stored setting (the dialog was cancelled)."""
        if self.view() != self._stored:
            self._apply(*self._stored)

    def _show(self) -> None:
        self._apply(*self.view())

    def _apply(self, scale: float, contrast: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, scale, contrast)
