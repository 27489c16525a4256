"""A question before an action that cannot simply be undone: the action's own button, and
Cancel as the default."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def confirmation(
    parent: QWidget,
    *,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    detail: str,
    action: str,
    role: QMessageBox.ButtonRole,
    name: str,
    on_confirmed: Callable[[], None],
) -> QMessageBox:
    """Open (not exec) the question; ``on_confirmed`` runs when the action's button is
    pressed. The action's button is named ``confirm_<name>_button`` for tests."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setObjectName(f"{name}_confirmation")
    box.setStyleSheet("#qt_msgbox_informativelabel { min-width: 440px; }")
    box.setInformativeText(detail)
    yes = box.addButton(action, role)
    yes.setObjectName(f"confirm_{name}_button")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: button == yes and on_confirmed())
    box.open()
    return box
