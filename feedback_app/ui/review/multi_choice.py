"""A button that opens a list of tick boxes: any number of organisations, sessions, ...

Nothing ticked means every one of them, and the button says so ("All organisations"); one
ticked shows its name, more show how many. The list stays open while boxes are ticked; a long
list (the sessions) has a field that narrows it down.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

#: The widest a button grows; a longer name is cut short with "…".
MAX_WIDTH = 230


class MultiChoice(QToolButton):
    changed = Signal()

    def __init__(self, name: str, all_text: str, parent: QWidget, *, searchable: bool = False):
        super().__init__(parent)
        self.setObjectName(name)
        self._all_text = all_text
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMaximumWidth(MAX_WIDTH)
        self.setMinimumWidth(120)
        self._full_text = all_text
        menu = QMenu(self)
        panel = QWidget(menu)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 6, 6)
        self.filter = QLineEdit(panel)
        self.filter.setObjectName(f"{name}_search")
        self.filter.setPlaceholderText(self.tr("Find…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._narrow)
        self.filter.setVisible(searchable)
        layout.addWidget(self.filter)
        self.everything = QPushButton(all_text, panel)
        self.everything.setObjectName(f"{name}_all")
        self.everything.clicked.connect(lambda: self.choose(()))
        layout.addWidget(self.everything)
        self.list = QListWidget(panel)
        self.list.setObjectName(f"{name}_list")
        self.list.setAccessibleName(all_text)
        self.list.setMinimumWidth(460)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(lambda _item: self._ticked())
        layout.addWidget(self.list)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        menu.aboutToShow.connect(self.filter.setFocus)
        self.setMenu(menu)
        self._update_text()

    def set_options(self, options: list[tuple[str, Any, str]]) -> None:
        """(label, value, tooltip) of each choice; the ticked ones that remain stay ticked.
        Emits ``changed`` only when a ticked one is gone."""
        before = self.chosen()
        self.list.blockSignals(True)
        self.list.clear()
        for label, value, tooltip in options:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setToolTip(tooltip or label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = value in before
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.setFixedHeight(min(12, max(len(options), 1)) * 26 + 8)
        self.list.blockSignals(False)
        self._update_text()
        if self.chosen() != before:
            self.changed.emit()

    def options(self) -> list[Any]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def chosen(self) -> tuple:
        """The values ticked, in the list's order (empty: all of them)."""
        return tuple(
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    def choose(self, values) -> None:  # noqa: ANN001
        """Tick exactly ``values``; emits ``changed`` when that changes anything."""
        before = self.chosen()
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in tuple(values)
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update_text()
        if self.chosen() != before:
            self.changed.emit()

    def summary(self) -> str:
        """What the button says, before it is cut to fit."""
        return self._full_text

    def _elide(self) -> None:
        """Cut the text at its end to the button's width (Qt would cut out its middle)."""
        room = max(min(self.width(), MAX_WIDTH) - 30, 30)
        self.setText(
            self.fontMetrics().elidedText(self._full_text, Qt.TextElideMode.ElideRight, room)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._elide()

    def _ticked(self) -> None:
        self._update_text()
        self.changed.emit()

    def _narrow(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            found = needle in item.text().casefold() or needle in item.toolTip().casefold()
            item.setHidden(bool(needle) and not found)

    def _update_text(self) -> None:
        chosen = [
            self.list.item(row)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        if not chosen:
            text, tip = self._all_text, ""
        elif len(chosen) == 1:
            text, tip = chosen[0].text(), chosen[0].toolTip()
        else:
            text = self.tr("%n chosen", "", len(chosen))
            tip = "\n".join(item.text() for item in chosen)
        self._full_text = text
        self._elide()
        self.setToolTip(tip)
        self.everything.setEnabled(bool(chosen))
