"""Buttons, radio buttons and check boxes whose text wraps onto more lines instead of being cut.

The trainer's start button names the session ("Start feedback: <its title>"), a radio button
may too; a long title in large text is wider than a laptop's screen. These break their text at
spaces to the width they are given and grow in height (they have a height for their width),
and the style draws those lines as it draws any button's text, so they look like the others.
``text()`` stays the whole text, for screen readers and tests.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)


class _WrappingText:
    """The wrapping, for a QAbstractButton subclass that names its style elements."""

    CONTENTS = QStyle.SubElement.SE_PushButtonContents
    SIZE = QStyle.ContentsType.CT_PushButton
    CONTROL = QStyle.ControlElement.CE_PushButton

    def _wraps(self) -> None:
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def lines(self, width: int | None = None) -> list[str]:
        """The text broken into the lines drawn at ``width`` (default: the widget's own)."""
        room = self._text_width(self.width() if width is None else width)
        metrics = self.fontMetrics()
        lines: list[str] = []
        for paragraph in self.text().split("\n"):
            current = ""
            for word in paragraph.split(" "):
                candidate = f"{current} {word}" if current else word
                if current and metrics.horizontalAdvance(candidate) > room:
                    lines.append(current)
                    current = word
                else:
                    current = candidate
            lines.append(current)
        return lines

    # -- sizes -----------------------------------------------------------------------------
    def _option(self, width: int, text: str) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, max(self.height(), 1))
        option.text = text
        return option

    def _text_width(self, width: int) -> int:
        option = self._option(width, "")
        area = self.style().subElementRect(self.CONTENTS, option, self)
        return max(area.width(), 1)

    def _size_for(self, text: str, width: int) -> QSize:
        """The widget's size around ``text`` (lines already broken)."""
        block = self.fontMetrics().size(int(Qt.TextFlag.TextShowMnemonic), text)
        return self.style().sizeFromContents(self.SIZE, self._option(width, text), block, self)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        lines = "\n".join(self.lines(width))
        return max(self._size_for(lines, width).height(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As narrow as its longest word."""
        words = self.text().split()
        longest = max(words, key=self.fontMetrics().horizontalAdvance, default="")
        narrow = self._size_for(longest, 0).width()
        return QSize(narrow, super().minimumSizeHint().height())

    # -- drawing ---------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        option = self._option(self.width(), "\n".join(self.lines()))
        option.rect = self.rect()
        painter.drawControl(self.CONTROL, option)


class WrappingButton(_WrappingText, QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._wraps()


class WrappingRadioButton(_WrappingText, QRadioButton):
    CONTENTS = QStyle.SubElement.SE_RadioButtonContents
    SIZE = QStyle.ContentsType.CT_RadioButton
    CONTROL = QStyle.ControlElement.CE_RadioButton

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._wraps()


class WrappingCheckBox(_WrappingText, QCheckBox):
    CONTENTS = QStyle.SubElement.SE_CheckBoxContents
    SIZE = QStyle.ContentsType.CT_CheckBox
    CONTROL = QStyle.ControlElement.CE_CheckBox

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._wraps()
