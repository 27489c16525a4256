"""The home's top-row buttons in one menu, for when large text leaves no room for them.

At 200 % text on a laptop the five buttons beside the heading take two or three lines and push
the sessions out of sight; then one "Menu" button holds the same actions (the buttons stay,
hidden, and the menu clicks them), so nothing differs but where they are.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from ..widgets.wrapping_button import WrappingButton


class ToolsMenu(WrappingButton):
    def __init__(self, tools: list[QPushButton], parent: QWidget | None = None):
        super().__init__(self.tr("Menu"), parent)
        self.setObjectName("tools_menu_button")
        self.setAccessibleName(self.tr("Menu"))
        self._tools = list(tools)
        menu = QMenu(self)
        menu.setObjectName("tools_menu")
        for tool in self._tools:
            submenu = tool.menu()
            if submenu is not None:  # a button with a menu of its own: that menu, nested
                submenu.setTitle(tool.text())
                menu.addMenu(submenu)
                continue
            action = menu.addAction(tool.text())
            action.setObjectName(f"{tool.objectName()}_action")
            action.triggered.connect(tool.click)
        menu.aboutToShow.connect(self._update)
        self.setMenu(menu)
        self.hide()

    def _update(self) -> None:
        """The entries say what the buttons say now (Set PIN… or Change PIN…)."""
        actions = [a for a in self.menu().actions() if a.menu() is None]
        tools = [t for t in self._tools if t.menu() is None]
        for action, tool in zip(actions, tools, strict=True):
            action.setText(tool.text())
            action.setEnabled(tool.isEnabled())

    def fit(self, width: int, spacing: int) -> None:
        """The buttons when they fit on a line of ``width`` (beside the heading or under it),
        else this menu."""
        needed = sum(tool.sizeHint().width() + spacing for tool in self._tools)
        for tool in self._tools:
            tool.setVisible(needed <= width)
        self.setVisible(needed > width)
