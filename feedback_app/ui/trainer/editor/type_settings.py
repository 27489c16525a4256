"""The settings that depend on a question's type: scale points, ranges, text length."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from .question_draft import QuestionDraft, Texts

MIN_TARGET = 44


class TypeSettings(QWidget):
    """Edits ``question`` in place.

    ``changed`` follows every edit; ``rows_changed`` says that the wordings to translate
    changed too (points, options or the "cannot say" answer came or went).
    """

    changed = Signal()
    rows_changed = Signal()

    def __init__(
        self, question: QuestionDraft, cannot_say_model: Texts, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("type_settings")
        self._q = question
        self._cannot_say_model = cannot_say_model
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        build = {
            "likert": self._likert,
            "rating": self._rating,
            "single_choice": self._choice,
            "multiple_choice": self._choice,
            "number": self._number,
            "text": self._text,
        }.get(question.type, self._note)
        build()
        if question.type in ("likert", "rating", "number"):
            self._cannot_say_box()

    # -- per type --------------------------------------------------------------------------
    def _likert(self) -> None:
        q = self._q
        points = self._spin("likert_points", 3, 7, len(q.options), self._set_points)
        start = int(q.options[0].value) if q.options else 1
        first = self._spin("likert_start", -10, 10, start, self._set_start)
        self._row(self.tr("Number of points"), points)
        self._row(self.tr("Number of the first point"), first)

    def _rating(self) -> None:
        q = self._q
        low = self._spin("rating_min", -100, 100, int(q.min or 0), lambda v: self._set("min", v))
        high = self._spin("rating_max", -100, 100, int(q.max or 0), lambda v: self._set("max", v))
        self._row(self.tr("Lowest number"), low)
        self._row(self.tr("Highest number"), high)

    def _choice(self) -> None:
        button = QPushButton(self.tr("Add an option"), self)
        button.setObjectName("add_option_button")
        button.setAccessibleName(button.text())
        button.setMinimumHeight(MIN_TARGET)
        button.clicked.connect(self._add_option)
        self._row(self.tr("Options"), button)

    def _number(self) -> None:
        for key, label in (("min", self.tr("Smallest number")), ("max", self.tr("Largest number"))):
            edit = QLineEdit(self)
            edit.setObjectName(f"number_{key}")
            validator = QDoubleValidator(edit)
            validator.setLocale(QLocale.c())  # the format stores 1.5, whatever the interface
            edit.setValidator(validator)
            edit.setPlaceholderText(self.tr("no limit"))
            edit.setMinimumHeight(MIN_TARGET)
            edit.setMaximumWidth(200)
            value = getattr(self._q, key)
            edit.setText("" if value is None else _plain(value))
            edit.textChanged.connect(lambda text, k=key: self._set_limit(k, text))
            self._row(label, edit)
        whole = self._check("number_integer", self.tr("Whole numbers only"), self._q.integer)
        whole.toggled.connect(lambda on: self._set("integer", on))

    def _text(self) -> None:
        kind = QComboBox(self)
        kind.setObjectName("text_long")
        kind.addItem(self.tr("Short (one line)"), False)
        kind.addItem(self.tr("Long (several lines)"), True)
        kind.setCurrentIndex(1 if self._q.long else 0)
        kind.setMinimumHeight(MIN_TARGET)
        kind.currentIndexChanged.connect(lambda _i: self._set("long", kind.currentData()))
        self._row(self.tr("Answer box"), kind)
        limit = self._spin(
            "text_max_length", 0, 10000, self._q.max_length or 0, self._set_max_length
        )
        limit.setSpecialValueText(self.tr("no limit"))
        limit.setSuffix(self.tr(" characters"))
        self._row(self.tr("Maximum length"), limit)

    def _note(self) -> None:
        text = QLabel(self.tr("A note only shows its text (and help text); it takes no answer."))
        text.setWordWrap(True)
        text.setProperty("role", "hint")
        self._form.addRow(text)

    def _cannot_say_box(self) -> None:
        box = self._check("cannot_say_on", self.tr("Offer a “cannot say” answer"), False)
        box.setChecked(self._q.cannot_say_on)
        box.toggled.connect(self._set_cannot_say)

    # -- building blocks -------------------------------------------------------------------
    def _row(self, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label)
        self._form.addRow(label, widget)

    def _spin(self, name: str, low: int, high: int, value: int, slot) -> QSpinBox:  # noqa: ANN001
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setMinimumHeight(MIN_TARGET)
        spin.setMinimumWidth(120)
        spin.setMaximumWidth(200)
        spin.valueChanged.connect(slot)
        return spin

    def _check(self, name: str, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setAccessibleName(text)
        box.setChecked(checked)
        box.setMinimumHeight(MIN_TARGET)
        self._form.addRow(box)
        return box

    # -- edits -----------------------------------------------------------------------------
    def _set(self, attribute: str, value: object) -> None:
        setattr(self._q, attribute, value)
        self.changed.emit()

    def _set_limit(self, key: str, text: str) -> None:
        try:
            value: float | None = float(text.replace(",", "."))
        except ValueError:
            value = None
        if value is not None and value.is_integer():
            value = int(value)
        self._set(key, value)

    def _set_max_length(self, value: int) -> None:
        self._set("max_length", value or None)

    def _set_points(self, count: int) -> None:
        self._q.set_points(count)
        self.rows_changed.emit()

    def _set_start(self, start: int) -> None:
        for offset, option in enumerate(self._q.options):
            option.value = start + offset
        self.rows_changed.emit()

    def _add_option(self) -> None:
        self._q.add_option()
        self.rows_changed.emit()

    def _set_cannot_say(self, on: bool) -> None:
        self._q.cannot_say_on = on
        if on and not any(v.strip() for v in self._q.cannot_say.values()):
            self._q.cannot_say.update(self._cannot_say_model)
        self.rows_changed.emit()


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
