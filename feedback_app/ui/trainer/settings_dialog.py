"""The trainer's settings: kiosk timings, unfinished responses, group size, organisations, the
project manager's key that hand-overs are encrypted to, and the automatic deletion of old
responses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from ...services.retention import PERIOD_RANGE
from ...services.types import SETTING_RANGES
from ...store.errors import BundleError, StoreError
from ..widgets.errors import error_text, show_error


class SettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self._settings = services.settings
        self._bundles = services.bundles
        self._retention = services.retention
        layout = QVBoxLayout(self)
        # The dialog grows with the key's message instead of squeezing the fields together.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
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
            (self.tr("Project manager's key"), self._key_field()),
            (self.tr("Old responses"), self._retention_field()),
        ]
        for label, widget in rows:
            widget.setAccessibleName(label)
            text = QLabel(label, self)
            text.setWordWrap(True)
            form.addRow(text, widget)
        self.recipient.setAccessibleName(rows[-2][0])
        self.retention_months.setAccessibleName(self.tr("Delete responses automatically after"))
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
        self._fit()

    def _key_field(self) -> QWidget:
        """The project manager's public key, what it is for, and a refusal's reason."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.recipient = QLineEdit(box)
        self.recipient.setObjectName("setting_recipient")
        self.recipient.setPlaceholderText("age1…")
        self.recipient.setText(self._bundles.recipient() or "")
        self.recipient.setMinimumWidth(420)
        self.recipient.textEdited.connect(lambda _text: self._say_key(""))
        column.addWidget(self.recipient)
        self.key_message = QLabel(box)
        self.key_message.setObjectName("recipient_message")
        self.key_message.setProperty("role", "field_error")
        self.key_message.setWordWrap(True)
        self.key_message.hide()
        column.addWidget(self.key_message)
        hint = QLabel(
            self.tr(
                "Hand-overs are encrypted for this key (one line from the project manager, "
                "beginning with age1), so that only the project manager can open them. Empty: "
                "no encryption."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        column.addWidget(hint)
        own = self._bundles.public_key()
        if own:  # the project manager's laptop: the key to give to the trainers
            mine = QLabel(
                self.tr("This laptop's own key, for the trainers: %1").replace("%1", own), box
            )
            mine.setObjectName("own_public_key")
            mine.setWordWrap(True)
            mine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            mine.setProperty("role", "hint")
            column.addWidget(mine)
        return box

    def _retention_field(self) -> QWidget:
        """Delete responses automatically once their session is so many months old."""
        box = QWidget(self)
        box.setMinimumWidth(500)  # its lines wrap less, and the dialog stays low enough
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.retention = QCheckBox(self.tr("Delete responses automatically after"), box)
        self.retention.setObjectName("setting_retention")
        row.addWidget(self.retention)
        self.retention_months = QSpinBox(box)
        self.retention_months.setObjectName("setting_retention_months")
        self.retention_months.setRange(*PERIOD_RANGE)
        row.addWidget(self.retention_months)
        row.addStretch(1)
        column.addLayout(row)
        period = self._retention.period()
        self.retention.setChecked(period is not None)
        self.retention_months.setValue(period or 24)
        self.retention_months.setEnabled(period is not None)
        self.retention.toggled.connect(self.retention_months.setEnabled)
        self.retention_months.valueChanged.connect(self._word_months)
        self._word_months(self.retention_months.value())
        hint = QLabel(
            self.tr(
                "Counted from the day of the session. The deletion runs when the app starts "
                "and when a session is closed; the sessions stay, their responses go for good."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        column.addWidget(hint)
        return box

    def _word_months(self, months: int) -> None:
        """ " months" after the number, in its form (1 month, 2 months)."""
        text = self.tr("%n month(s)", "", months)
        self.retention_months.setSuffix(text.replace(str(months), "", 1).rstrip())

    def _spin(self, key: str, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(f"setting_{key}")
        spin.setRange(*SETTING_RANGES[key])
        spin.setSuffix(suffix)
        spin.setValue(int(self._settings.get(key)))
        return spin

    def _say_key(self, text: str) -> None:
        self.key_message.setText(text)
        self.key_message.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        """As tall as the fields need: a window opens at most 2/3 of the screen high, which on a
        1366x768 laptop would squeeze them together."""
        wanted = self.sizeHint()
        if self.height() < wanted.height() or self.width() < wanted.width():
            self.resize(max(self.width(), wanted.width()), max(self.height(), wanted.height()))

    def _save(self) -> None:
        key = self.recipient.text().strip() or None
        try:
            if key != self._bundles.recipient():
                self._bundles.set_recipient(key)
        except BundleError as exc:  # a malformed key: nothing is saved
            self._say_key(error_text(exc))
            self.recipient.setFocus()
            self.recipient.selectAll()
            return
        except StoreError as exc:
            show_error(self, self.tr("Settings"), exc)
            return
        names = [line.strip() for line in self.organisations.toPlainText().splitlines()]
        values = {
            "thank_you_seconds": self.thank_you.value(),
            "idle_timeout_seconds": self.idle.value(),
            "minimum_group_size": self.minimum.value(),
            "keep_incomplete": bool(self.incomplete.currentData()),
            "organisations": list(dict.fromkeys(n for n in names if n)),
        }
        months = self.retention_months.value() if self.retention.isChecked() else None
        try:
            self._settings.update(values)
            self._retention.set_period(months)
        except StoreError as exc:
            show_error(self, self.tr("Settings"), exc)
            return
        self.accept()
