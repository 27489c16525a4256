"""Every screen, read as a screen reader and a keyboard user meet it: each interactive widget
has an accessible name (its visible text counts), Tab reaches every control, and Tab goes in
reading order: down the screen, left to right along a row, and up only into a new column to
the right.

The screens: the kiosk's pages of every question type, the trainer's home, every dialog, the
questionnaire editor (each question type) and its preview, and the review window's tabs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from feedback_app.app import create_app_window
from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.domain.sessions import SessionDraft
from feedback_app.domain.validation import parse_questionnaire

#: What a keyboard user operates and a screen reader must be able to name.
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QSlider,
)
#: Pixels by which two widgets may be out of line and still count as one row or column.
TOLERANCE = 8


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader hears (Qt's: the accessible name, else the text or label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def labelled(widget: QWidget) -> bool:
    """A label is tied to ``widget`` (a QLabel whose buddy it is). On Linux and macOS a combo
    box's name is its current value, and its label reaches a screen reader only this way; on
    Windows its accessible name does."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return bool(interface.relations(QAccessible.RelationFlag.Label))


def _owner(widget: QWidget) -> QWidget:
    """The control a focused part belongs to: a spin box's or a combo box's line edit, or the
    widget focus is handed on to (a tab widget's tab bar, a chart view's viewport)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    if parent is not None and parent.focusProxy() is widget:
        return parent if not isinstance(widget, QTabBar) else widget
    return widget


def takes_tab(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.window() is window
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def tab_chain(window: QWidget) -> list[QWidget]:
    """The controls Tab visits in ``window``, from the first in reading order round the ring."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(chain) < 2000:
        if takes_tab(widget, window) and _owner(widget) not in chain:
            chain.append(_owner(widget))
        widget = widget.nextInFocusChain()
    # Tab goes round: start where reading starts (not at an area holding other controls).
    leaves = [w for w in chain if not any(w is not o and w.isAncestorOf(o) for o in chain)]
    first = min(leaves, key=lambda w: (_rect(w, window).top() // TOLERANCE, _rect(w, window).x()))
    start = chain.index(first)
    return chain[start:] + chain[:start]


def _rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _placed(widget: QWidget, other: QWidget, window: QWidget) -> QRect:
    """Where ``widget`` is, seen from ``other``: a control in a scrolling area is where the
    area is, unless ``other`` is in the same area (its content runs on below the screen)."""
    place, node = widget, widget.parentWidget()
    while node is not None and node is not window:
        if isinstance(node, QAbstractScrollArea) and not node.isAncestorOf(other):
            place = node
        node = node.parentWidget()
    return _rect(place, window)


def out_of_order(chain: list[QWidget], window: QWidget) -> list[str]:
    """Each step of ``chain`` that goes against reading order, described."""
    found = []
    areas = {w for w in chain if any(w is not o and w.isAncestorOf(o) for o in chain)}
    for a, b in zip(chain, chain[1:], strict=False):
        if a in areas or b in areas:
            continue  # a stop on an area that scrolls (with the arrow keys) what it holds
        ra, rb = _placed(a, b, window), _placed(b, a, window)
        row = max(TOLERANCE, min(ra.height(), rb.height()) // 2)
        if abs(rb.center().y() - ra.center().y()) <= row:
            backwards = rb.center().x() < ra.center().x() - TOLERANCE
        else:  # up is fine only into a new column to the right
            backwards = rb.top() < ra.top() - TOLERANCE and rb.left() < ra.right() - TOLERANCE
        if backwards:
            found.append(f"{_describe(a)} -> {_describe(b)}")
    return found


def unnamed(window: QWidget) -> list[str]:
    """The visible interactive widgets of ``window`` a screen reader cannot name."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _owner(widget) is not widget:
            continue
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QTabBar):
            found += [
                f"{_describe(widget)} tab {i}"
                for i in range(widget.count())
                if not widget.tabText(i).strip() and not widget.accessibleTabName(i).strip()
            ]
        elif not accessible_name(widget):
            found.append(_describe(widget))
        elif isinstance(widget, QComboBox) and not (widget.accessibleName() or labelled(widget)):
            found.append(f"{_describe(widget)}: a combo box named only by its value")
    return found


def unreachable(window: QWidget, chain: list[QWidget]) -> list[str]:
    """Visible, enabled controls Tab never reaches. The buttons of a group (radio buttons, a
    kiosk question's options) are one Tab stop: the arrow keys move within, as everywhere."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _owner(widget) is not widget:
            continue
        if not (widget.isVisibleTo(window) and widget.isEnabled()) or widget in chain:
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # not meant for the keyboard (a header, a scroll bar)
        if isinstance(widget, QAbstractButton) and _group_reached(widget, chain):
            continue
        found.append(_describe(widget))
    return found


def _group_reached(button: QAbstractButton, chain: list[QWidget]) -> bool:
    group: QButtonGroup | None = button.group()
    siblings = group.buttons() if group is not None else []
    if isinstance(button, QRadioButton) and button.autoExclusive() and button.parentWidget():
        siblings += button.parentWidget().findChildren(QRadioButton)
    return any(s in chain for s in siblings if s is not button)


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or widget.metaObject().className()
    return f"{type(widget).__name__} {name!r} {accessible_name(widget)!r}"


def problems(window: QWidget) -> list[str]:
    chain = tab_chain(window)
    # A scroll area is a Tab stop so that what it holds can be scrolled with the arrow keys.
    others = [w for w in chain if not isinstance(w, (*INTERACTIVE, QScrollArea))]
    nameless_stops = [w for w in others if not accessible_name(w)]
    return (
        [f"no accessible name: {w}" for w in unnamed(window)]
        + [f"a Tab stop with no name: {_describe(w)}" for w in nameless_stops]
        + [f"Tab never reaches: {w}" for w in unreachable(window, chain)]
        + [f"Tab out of reading order: {step}" for step in out_of_order(chain, window)]
    )


def _t(en: str) -> dict[str, str]:
    return {"fi": f"{en} (fi)", "sv": f"{en} (sv)", "en": en}


#: One question of each type the kiosk shows.
EVERY_TYPE = {
    "id": "a11y-types",
    "version": 1,
    "title": _t("Every type"),
    "languages": ["fi", "sv", "en"],
    "default_language": "en",
    "sections": [
        {
            "id": "main",
            "title": _t("About the training"),
            "questions": [
                {"id": "intro", "type": "note", "text": _t("Thank you for answering.")},
                {
                    "id": "agree",
                    "type": "likert",
                    "required": True,
                    "text": _t("The training was useful."),
                    "help": _t("Think of your own work."),
                    "options": [{"value": v, "label": _t(f"Point {v}")} for v in range(1, 6)],
                    "cannot_say": _t("Cannot say"),
                },
                {
                    "id": "recommend",
                    "type": "rating",
                    "text": _t("Would you recommend it?"),
                    "min": 0,
                    "max": 10,
                    "min_label": _t("Not at all"),
                    "max_label": _t("Certainly"),
                },
                {
                    "id": "role",
                    "type": "single_choice",
                    "text": _t("Your role?"),
                    "options": [
                        {"value": c, "label": _t(c.title())} for c in ("patrol", "investigator")
                    ],
                },
                {
                    "id": "topics",
                    "type": "multiple_choice",
                    "text": _t("Topics you want more of?"),
                    "options": [{"value": c, "label": _t(c.title())} for c in ("law", "cases")],
                },
                {"id": "years", "type": "number", "text": _t("Years in service?"), "min": 0,
                 "max": 50},
                {"id": "word", "type": "text", "max_length": 40, "text": _t("One word?")},
                {"id": "story", "type": "text", "long": True, "text": _t("Tell more.")},
            ],
        }
    ],
}  # fmt: skip


def _settle(qtbot) -> None:
    qtbot.wait(10)


def kiosk_pages(qtbot, data_dir: Path, session_id: str) -> Iterator[tuple[str, QWidget]]:
    """The kiosk's welcome, every question page, "still there?" and the thank-you page."""
    kiosk = create_app_window(data_dir, kiosk=True, session_id=session_id, language="en")
    qtbot.addWidget(kiosk)
    kiosk.resize(1366, 768)
    kiosk.show()
    qtbot.waitUntil(lambda: kiosk._flow is not None)
    try:
        yield "kiosk welcome", kiosk
        kiosk.start_respondent("en")
        while kiosk.current_question is not None:
            question = kiosk.current_question
            _settle(qtbot)
            yield f"kiosk {question.type} {question.id}", kiosk
            widget = kiosk.question_page.answer_widget()
            if question.type == "likert":
                widget.set_value(CANNOT_SAY)
            elif question.type in ("rating", "single_choice", "multiple_choice"):
                widget.buttons()[0].click() if hasattr(widget, "buttons") else widget.set_value(4)
            if question.id == "agree":
                kiosk.flow()._ask_still_there()
                _settle(qtbot)
                yield "kiosk still there", kiosk
                kiosk.flow().still_there.continue_button.click()
            kiosk.go_next()
        _settle(qtbot)
        yield "kiosk thank you", kiosk
    finally:
        kiosk.close_unlocked()
        kiosk.controller.services.store.close()


def trainer_screens(qtbot, home) -> Iterator[tuple[str, QWidget]]:
    """The trainer's home and every dialog it opens, the editor and the review window."""
    from feedback_app.ui.trainer.audit_log import AuditLogDialog
    from feedback_app.ui.trainer.bundle_import import BundleImportDialog
    from feedback_app.ui.trainer.delete_responses import DeleteResponsesDialog
    from feedback_app.ui.trainer.handover import HandoverDialog
    from feedback_app.ui.trainer.passphrase import PassphraseDialog
    from feedback_app.ui.trainer.restore import RestoreDialog
    from feedback_app.ui.widgets.pin_dialogs import PinDialog

    services = home.controller.services
    yield "home", home
    home.detail.views.setCurrentIndex(1)
    _settle(qtbot)
    yield "home, results table", home
    home.detail.views.setCurrentIndex(0)
    for name, open_dialog in (
        ("new session", home._new_session),
        ("edit session", home._edit_session),
        ("settings", home._edit_settings),
        ("set the PIN", home._edit_pin),
    ):
        open_dialog()
        _settle(qtbot)
        yield name, home.dialog
        home.dialog.reject()
    session = home.selected()
    for name, dialog in (
        ("PIN", PinDialog(services.pin, home)),
        ("hand over", HandoverDialog(services, home, session.id)),
        ("import bundles", BundleImportDialog(services, home)),
        ("passphrase", PassphraseDialog(home.controller.data_dir, 2, home)),
        ("restore", RestoreDialog(services.backups, "en", home)),
        ("delete responses", DeleteResponsesDialog(services.retention, session, "en", home)),
        ("audit log", AuditLogDialog(services.audit, "en", home)),
    ):
        dialog.show()
        _settle(qtbot)
        yield name, dialog
        dialog.reject()
    yield from editor_screens(qtbot, home)
    home._review()
    review = home.review
    review.showNormal()
    review.resize(1366, 768)
    qtbot.waitUntil(review.idle, timeout=60_000)
    for index in range(review.tabs.count()):
        review.tabs.setCurrentIndex(index)
        qtbot.waitUntil(review.idle, timeout=60_000)
        yield f"review, tab {index + 1}", review
    review.close()


def editor_screens(qtbot, home) -> Iterator[tuple[str, QWidget]]:
    home._edit_questionnaires()
    listing = home.dialog
    _settle(qtbot)
    yield "questionnaires", listing
    listing.select("a11y-types", 1)
    listing.duplicate_selected()
    _settle(qtbot)
    yield "duplicate a questionnaire", listing.dialog
    listing.dialog.reject()
    listing.edit_selected()
    editor = listing.dialog
    editor.resize(1366, 768)
    for index, question in enumerate(editor.draft.questions):
        editor.questions.select_question(index)
        _settle(qtbot)
        yield f"editor, {question.type}", editor
    preview = editor.open_preview()
    _settle(qtbot)
    yield "editor preview", preview
    preview.close()
    editor.done(0)
    listing.accept()


@pytest.fixture
def filled(data_dir):
    """A data folder with demo results and a session of every question type."""
    from feedback_app.services import Services

    with Services(data_dir) as services:
        services.responses.generate_demo(200, 4, 7)
        services.questionnaires.save(parse_questionnaire(EVERY_TYPE))
        session = services.sessions.create(
            SessionDraft(title="Every type", session_date="2026-11-28"), ("a11y-types", 1)
        )
    return data_dir, session.id


def test_kiosk_pages_name_their_controls_and_tab_in_reading_order(qtbot, filled):
    data_dir, session_id = filled
    found = {}
    for name, window in kiosk_pages(qtbot, data_dir, session_id):
        found[name] = problems(window)
    assert len(found) == len(EVERY_TYPE["sections"][0]["questions"]) + 3
    unmet = {name: listed for name, listed in found.items() if listed}
    assert not unmet, "\n".join(f"{n}: {p}" for n, ps in unmet.items() for p in ps)


def test_trainer_screens_name_their_controls_and_tab_in_reading_order(qtbot, filled):
    data_dir, _session_id = filled
    home = create_app_window(data_dir, language="en")
    qtbot.addWidget(home)
    home.resize(1366, 768)
    home.show()
    found = {}
    try:
        for name, window in trainer_screens(qtbot, home):
            found[name] = problems(window)
    finally:
        home.close()
        home.controller.services.store.close()
    assert len(found) > 20
    unmet = {name: listed for name, listed in found.items() if listed}
    assert not unmet, "\n".join(f"{n}: {p}" for n, ps in unmet.items() for p in ps)
