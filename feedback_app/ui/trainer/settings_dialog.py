"""The trainer's settings: kiosk timings, unfinished responses, group size, organisations."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from ...services.types import SETTING_RANGES
from ...store.errors import StoreError
from ..widgets.errors import show_error


class SettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self._settings = services.settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.thank_you = self._spin("thank_you_seconds", self.tr(" s"))
        self.idle = self._spin("idle_timeout_seconds", self.tr(" s"))
        self.minimum = self._spin("minimum_group_size", "")
        self.incomplete = QComboBox(self)
        self.incomplete.setObjectName("setting_keep_incomplete")
        self.incomplete.addItem(self.tr("Discard them"), False)
        self.incomplete.addItem(self.tr("Keep them, marked unfinished"), True)
        self.incomplete.setCurrentIndex(1 if self._settings.get("keep_incomplete") else 0)
        self.organisations = QPlainTextEdit(self)
        self.organisations.setObjectName("setting_organisations")
        self.organisations.setPlainText("\n".join(self._settings.organisations()))
        self.organisations.setMinimumHeight(160)
        rows = [
            (self.tr("Thank-you screen shows for"), self.thank_you),
            (self.tr('Idle question page asks "Are you still there?" after'), self.idle),
            (self.tr("Unfinished responses of participants who walk away"), self.incomplete),
            (self.tr("Minimum group size for results"), self.minimum),
            (self.tr("Organisations (one per line)"), self.organisations),
        ]
        for label, widget in rows:
            widget.setAccessibleName(label)
            text = QLabel(label, self)
            text.setWordWrap(True)
            form.addRow(text, widget)
        note = QLabel(
            self.tr(
                "Below the minimum group size no average, distribution or percentage is shown "
                "for a group; unfinished responses never count in results."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _spin(self, key: str, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(f"setting_{key}")
        spin.setRange(*SETTING_RANGES[key])
        spin.setSuffix(suffix)
        spin.setValue(int(self._settings.get(key)))
        return spin

    def _save(self) -> None:
        names = [line.strip() for line in self.organisations.toPlainText().splitlines()]
        values = {
            "thank_you_seconds": self.thank_you.value(),
            "idle_timeout_seconds": self.idle.value(),
            "minimum_group_size": self.minimum.value(),
            "keep_incomplete": bool(self.incomplete.currentData()),
            "organisations": list(dict.fromkeys(n for n in names if n)),
        }
        try:
            self._settings.update(values)
        except StoreError as exc:
            show_error(self, self.tr("Settings"), exc)
            return
        self.accept()
