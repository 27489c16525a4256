"""One input widget per question type, large enough for touch and usable from the keyboard.

Every widget has ``value()``/``set_value()`` in the form the domain keeps answers
(see :mod:`feedback_app.domain.answers`) and emits ``changed`` on every edit.

What a screen reader is told: a single choice (likert, rating, single choice, "cannot say")
is a group of radio buttons named by the question, a multiple choice a group of check boxes;
each option is named by its text and described by its place ("2 of 5"). The options look like
big buttons, and stay ``QPushButton``: an exclusive checkable push button is a radio button to
Qt's accessibility (``autoExclusive``), a non-exclusive one a check box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.questionnaire import CANNOT_SAY, Question, pick


class AnswerWidget(QWidget):
    changed = Signal()

    def __init__(self, question: Question, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.language = language
        self.setObjectName(f"answer_{question.id}")

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        """Show a stored answer (when coming back to a page)."""

    def focus_first(self) -> None:
        self.setFocus()


class _OptionGroup(QGroupBox):
    """The options of one question: a frameless group named by the question (see app.qss)."""

    def __init__(self, question: Question, language: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("answer_group")
        self.setProperty("role", "answer_group")
        self.setFlat(True)
        self.setAccessibleName(pick(question.text, language))
        self.setAccessibleDescription(pick(question.help, language))


def _grouped_layout(
    widget: QWidget, question: Question, language: str
) -> tuple[QVBoxLayout, QGroupBox]:
    """The layout for ``widget``'s options, and the group named by the question it is in."""
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    box = _OptionGroup(question, language, widget)
    outer.addWidget(box)
    outer.addStretch(1)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout, box


class _OptionButton(QPushButton):
    """A big checkable option; a click or Space selects it."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None, *, one: bool = True):
        super().__init__(text, parent)
        self.setCheckable(True)
        # One of the group (a radio button to a screen reader) or any of them (a check box).
        self.setAutoExclusive(one)
        self.setObjectName(name)
        self.setAccessibleName(" ".join(text.split()))
        self.setMinimumHeight(48)
        self.setProperty("role", "option")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Arrows and digits belong to the whole scale, Enter to the page (Next): pass them up.
        if event.key() in _PASSED_UP or event.text().isdigit():
            event.ignore()
            return
        super().keyPressEvent(event)


_PASSED_UP = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
)


class ChoiceListWidget(AnswerWidget):
    """A vertical list of big options: likert points, single and multiple choice.

    Keys: digits pick the point with that number (likert) or position, Up/Down move the focus,
    Space toggles, and a likert's "cannot say" sits apart at the end.
    """

    def __init__(self, question: Question, language: str, parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self._multiple = question.type == "multiple_choice"
        self._group = QButtonGroup(self)
        self._group.setExclusive(not self._multiple)
        self._values: dict[QAbstractButton, Any] = {}
        layout, box = _grouped_layout(self, question, language)
        layout.setSpacing(8)
        if self._multiple:
            hint = QLabel(self.tr("Choose all that apply."), box)
            hint.setObjectName("answer_hint")
            hint.setProperty("role", "hint")
            layout.addWidget(hint)
            box.setAccessibleDescription(_joined(box.accessibleDescription(), hint.text()))
        count = len(question.options)
        for position, option in enumerate(question.options, start=1):
            label = pick(option.label, language, str(option.value))
            number = option.value if question.type == "likert" else position
            name = f"option_{option.value}"
            button = _OptionButton(f"{number}   {label}", name, box, one=not self._multiple)
            button.setAccessibleDescription(_place(position, count))
            self._add(button, option.value, layout)
        if question.allows_cannot_say:
            layout.addSpacing(12)
            text = pick(question.cannot_say, language)
            button = _OptionButton(text, "option_cannot_say", box, one=not self._multiple)
            button.setProperty("role", "cannot_say")
            self._add(button, CANNOT_SAY, layout)
        self._group.buttonToggled.connect(lambda *_: self.changed.emit())

    def _add(self, button: QPushButton, value: Any, layout: QVBoxLayout) -> None:
        self._group.addButton(button)
        self._values[button] = value
        layout.addWidget(button)

    def buttons(self) -> list[QAbstractButton]:
        return list(self._values)

    def value(self) -> Any:
        chosen = [v for b, v in self._values.items() if b.isChecked()]
        if self._multiple:
            return tuple(chosen) or None
        return chosen[0] if chosen else None

    def set_value(self, value: Any) -> None:
        wanted = set(value) if self._multiple and value else {value}
        for button, v in self._values.items():
            button.setChecked(v in wanted if value is not None else False)

    def focus_first(self) -> None:
        checked = [b for b in self._values if b.isChecked()]
        (checked or self.buttons())[0].setFocus()

    def choose_number(self, number: int) -> bool:
        """Pick the option a typed digit names; True when one was picked."""
        for position, (button, value) in enumerate(self._values.items(), start=1):
            if value is CANNOT_SAY:
                continue
            key = value if self.question.type == "likert" else position
            if key == number:
                button.setChecked(not button.isChecked() if self._multiple else True)
                button.setFocus()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        buttons = self.buttons()
        current = next((i for i, b in enumerate(buttons) if b.hasFocus()), -1)
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and buttons:
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            target = buttons[(current + step) % len(buttons)]
            target.setFocus()
            if not self._multiple:
                target.setChecked(True)
            return
        if event.text().isdigit() and self.choose_number(int(event.text())):
            return
        super().keyPressEvent(event)


class RatingWidget(AnswerWidget):
    """A numeric range (e.g. 1-5 or 0-10) as a row of number buttons with end labels."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self._group = QButtonGroup(self)
        self._buttons: dict[int, QPushButton] = {}
        layout, box = _grouped_layout(self, question, language)
        row = QHBoxLayout()
        row.setSpacing(8)
        values = question.scale_values()
        ends_text = {
            values[0]: pick(question.min_label, language),
            values[-1]: pick(question.max_label, language),
        }
        for position, value in enumerate(values, start=1):
            button = _OptionButton(str(value), f"option_{value}", box)
            button.setMinimumWidth(56)
            button.setMinimumHeight(64)
            button.setProperty("role", "rating")
            # The end labels shown under the row belong to the end points ("1 of 11, Not at all").
            place = _place(position, len(values))
            button.setAccessibleDescription(_joined(place, ends_text.get(value, "")))
            self._group.addButton(button)
            self._buttons[value] = button
            row.addWidget(button)
        layout.addLayout(row)
        ends = QGridLayout()
        low = QLabel(ends_text[values[0]], box)
        high = QLabel(ends_text[values[-1]], box)
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (low, high):
            label.setProperty("role", "scale_end")
        ends.addWidget(low, 0, 0)
        ends.addWidget(high, 0, 1)
        layout.addLayout(ends)
        self._cannot_say: QPushButton | None = None
        if question.allows_cannot_say:
            self._cannot_say = _OptionButton(
                pick(question.cannot_say, language), "option_cannot_say", box
            )
            self._cannot_say.setProperty("role", "cannot_say")
            self._group.addButton(self._cannot_say)
            layout.addSpacing(12)
            layout.addWidget(self._cannot_say)
        self._group.buttonToggled.connect(lambda *_: self.changed.emit())

    def value(self) -> Any:
        if self._cannot_say is not None and self._cannot_say.isChecked():
            return CANNOT_SAY
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Any) -> None:
        if value is CANNOT_SAY and self._cannot_say is not None:
            self._cannot_say.setChecked(True)
        elif value in self._buttons:
            self._buttons[value].setChecked(True)

    def focus_first(self) -> None:
        chosen = self.value()
        button = self._buttons.get(chosen) if isinstance(chosen, int) else None
        (button or next(iter(self._buttons.values()))).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        values = list(self._buttons)
        current = self.value()
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            if isinstance(current, int):
                index = min(max(values.index(current) + step, 0), len(values) - 1)
            else:
                index = 0 if step > 0 else len(values) - 1
            self._buttons[values[index]].setChecked(True)
            self._buttons[values[index]].setFocus()
            return
        if event.text().isdigit():
            digit = int(event.text())
            # On a 0-10 scale "1" after "1" is ambiguous; "1" then "0" within the scale gives 10.
            if current == 1 and digit == 0 and 10 in self._buttons:
                digit = 10
            if digit in self._buttons:
                self._buttons[digit].setChecked(True)
                self._buttons[digit].setFocus()
                return
        super().keyPressEvent(event)


class NumberWidget(AnswerWidget):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None):
        super().__init__(question, language, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        outer.addStretch(1)
        self._edit = QLineEdit(self)
        self._edit.setObjectName("number_input")
        self._edit.setAccessibleName(pick(question.text, language))
        self._edit.setMinimumHeight(52)
        self._edit.setMaximumWidth(260)
        if question.integer:
            self._edit.setValidator(QIntValidator(self._edit))
        else:
            self._edit.setValidator(QDoubleValidator(self._edit))
        self._edit.textChanged.connect(lambda _text: self.changed.emit())
        layout.addWidget(self._edit)
        hint = QLabel(self._range_hint(question), self)
        hint.setObjectName("answer_hint")
        hint.setProperty("role", "hint")
        layout.addSpacing(16)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._edit.setAccessibleDescription(_joined(pick(question.help, language), hint.text()))

    def _range_hint(self, question: Question) -> str:
        """What the field takes, so nobody has to guess and meet an error first."""
        if question.min is not None and question.max is not None:
            text = (
                self.tr("A whole number from %1 to %2")
                if question.integer
                else self.tr("A number from %1 to %2")
            )
            return text.replace("%1", _plain(question.min)).replace("%2", _plain(question.max))
        return self.tr("A whole number") if question.integer else self.tr("A number")

    def value(self) -> Any:
        text = self._edit.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() else number

    def set_value(self, value: Any) -> None:
        self._edit.setText("" if value is None else str(value))

    def focus_first(self) -> None:
        self._edit.setFocus()


class TextWidget(AnswerWidget):
    """Free text; a long one is a multi-line box where Tab leaves the box (Enter adds a line)."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None):
        super().__init__(question, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._limit = question.max_length
        if question.long:
            self._edit: QLineEdit | QPlainTextEdit = QPlainTextEdit(self)
            self._edit.setTabChangesFocus(True)
            self._edit.setMinimumHeight(180)
            self._edit.textChanged.connect(self._on_changed)
        else:
            self._edit = QLineEdit(self)
            self._edit.setMinimumHeight(52)
            if self._limit:
                self._edit.setMaxLength(self._limit)
            self._edit.textChanged.connect(self._on_changed)
        self._edit.setObjectName("text_input")
        self._edit.setAccessibleName(pick(question.text, language))
        limit = self.tr("At most %1 characters.").replace("%1", str(self._limit))
        self._edit.setAccessibleDescription(
            _joined(pick(question.help, language), limit if self._limit else "")
        )
        layout.addWidget(self._edit)
        self._counter = QLabel(self)
        self._counter.setObjectName("text_counter")
        self._counter.setProperty("role", "hint")
        self._counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self._counter)
        self._on_changed()

    def _text(self) -> str:
        edit = self._edit
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def _on_changed(self) -> None:
        if self._limit:
            self._counter.setText(
                self.tr("%1 / %2 characters")
                .replace("%1", str(len(self._text())))
                .replace("%2", str(self._limit))
            )
        self.changed.emit()

    def value(self) -> Any:
        return self._text() or None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if isinstance(self._edit, QPlainTextEdit):
            self._edit.setPlainText(text)
        else:
            self._edit.setText(text)

    def focus_first(self) -> None:
        self._edit.setFocus()


def make_answer_widget(
    question: Question, language: str, parent: QWidget | None = None
) -> AnswerWidget:
    if question.type in ("likert", "single_choice", "multiple_choice"):
        return ChoiceListWidget(question, language, parent)
    if question.type == "rating":
        return RatingWidget(question, language, parent)
    if question.type == "number":
        return NumberWidget(question, language, parent)
    if question.type == "text":
        return TextWidget(question, language, parent)
    return AnswerWidget(question, language, parent)


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _place(position: int, count: int) -> str:
    """An option's place among the options, told to a screen reader ("2 of 5")."""
    text = QCoreApplication.translate("AnswerWidget", "%1 of %2")
    return text.replace("%1", str(position)).replace("%2", str(count))


def _joined(*texts: str) -> str:
    return ", ".join(t for t in texts if t)
