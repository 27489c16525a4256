"""The trainer's settings: kiosk timings, unfinished responses, group size, organisations, the
project manager's key that hand-overs are encrypted to, and the automatic deletion of old
responses."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from ...services.retention import PERIOD_RANGE
from ...services.types import SETTING_RANGES
from ...store.errors import BundleError, StoreError
from ..widgets.errors import error_text, show_error
from ..widgets.fit import fit_to_screen, scroll_area
from .accessibility_group import AccessibilityGroup
from .settings_groups import BrandingGroup, LanguageGroup


class SettingsDialog(QDialog):
    # Saved with another language for the trainer's screens (None: the computer's).
    interface_language_changed = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self._settings = services.settings
        self._bundles = services.bundles
        self._retention = services.retention
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings_tabs")
        outer.addWidget(self.tabs, 1)
        _kiosk_page, layout = self._page(self.tr("Kiosk and results"))
        form = _form()
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
        self._add_rows(form, rows)
        QWidget.setTabOrder(self.idle, self.incomplete)  # in the order of the rows
        self._data_page, data_layout = self._page(self.tr("Hand-over and old responses"))
        data_form = _form()
        data_layout.addLayout(data_form)
        key_label = self.tr("Project manager's key")
        self._add_rows(
            data_form,
            [(key_label, self._key_field()), (self.tr("Old responses"), self._retention_field())],
        )
        data_layout.addStretch(1)
        self.recipient.setAccessibleName(key_label)
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
        layout.addStretch(1)
        _screens_page, screens = self._page(self.tr("These screens"))
        screens.addWidget(self._language_group())
        screens.addWidget(self._accessibility_group())
        screens.addStretch(1)
        _branding_page, branding = self._page(self.tr("Welcome screen"))
        branding.addWidget(self._branding_group())
        branding.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._fit()

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        """A tab whose content scrolls when the screen (or the text size) leaves too little
        room for it."""
        content = QWidget(self)
        layout = QVBoxLayout(content)
        page = scroll_area(content, self, f"settings_page_{self.tabs.count()}")
        self.tabs.addTab(page, title)
        return page, layout

    def _add_rows(self, form: QGridLayout, rows: list[tuple[str, QWidget]]) -> None:
        """Label beside field; a grid, unlike a form layout, gives a label that wraps onto
        more lines the height it needs."""
        for label, widget in rows:
            widget.setAccessibleName(label)
            text = QLabel(label, self)
            text.setWordWrap(True)
            text.setBuddy(widget)  # a combo box's label reaches a screen reader only so
            row = form.rowCount()
            form.addWidget(text, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(widget, row, 1)

    def _language_group(self) -> QWidget:
        """The language of the trainer's screens (the kiosk asks each participant)."""
        self.language_group = LanguageGroup(self._settings, self)
        return self.language_group

    def _accessibility_group(self) -> QWidget:
        """Text size and high contrast, shown at once; Cancel goes back to the setting."""
        self.accessibility = AccessibilityGroup(self._settings, self)
        self.rejected.connect(self.accessibility.undo)
        return self.accessibility

    def _branding_group(self) -> QWidget:
        """The organisation's title and logo on the kiosk's welcome screen."""
        self.branding = BrandingGroup(self._settings, self)
        return self.branding

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
        if text:  # the message is seen where the key is
            self.tabs.setCurrentWidget(self._data_page)
        self._fit()

    def _fit(self) -> None:
        """As large as the tabs need, never larger than the screen (a tab scrolls then)."""
        fit_to_screen(self, 760, 660)

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
            **self.language_group.values(),
            **self.branding.values(),
            **self.accessibility.values(),
        }
        months = self.retention_months.value() if self.retention.isChecked() else None
        try:
            self._settings.update(values)
            self._retention.set_period(months)
        except StoreError as exc:
            show_error(self, self.tr("Settings"), exc)
            return
        if self.language_group.changed():
            self.interface_language_changed.emit(self.language_group.language())
        self.accept()


def _form() -> QGridLayout:
    grid = QGridLayout()
    grid.setColumnStretch(0, 2)
    grid.setColumnStretch(1, 3)
    grid.setHorizontalSpacing(16)
    return grid
