"""Languages: every screen in Finnish and Swedish shows no English beyond proper names and data;
dates and decimals are written as each language writes them; the trainer's interface language is
a setting that persists and applies at once."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)
from screen_walk import ORGANISATION, Walk
from test_translations import TRANSLATIONS, messages

from feedback_app.app import create_app_window
from feedback_app.domain.questionnaire import Questionnaire
from feedback_app.services import Services
from feedback_app.store import demo_texts
from feedback_app.ui.i18n import LANGUAGE_NAMES, Translations
from feedback_app.ui.widgets.dates import date_field_format, format_date, format_day, format_moment
from feedback_app.ui.widgets.numbers import decimal, percent

ROWS_READ = 60  # of a table: enough to meet every kind of cell
#: Words that are English and neither Finnish nor Swedish.
ENGLISH_WORDS = {
    "the", "and", "with", "your", "you", "please", "cancel", "save", "close", "next", "back",
    "previous", "yes", "settings", "sessions", "response", "responses", "results", "delete",
    "restore", "backup", "file", "files", "question", "questions", "answer", "answers",
    "choose", "remove", "error", "warning", "language", "title", "training", "trainer",
    "participant", "participants", "this", "that", "which", "when", "there", "what", "of",
    "to", "is", "are", "be", "or", "no", "not", "none", "all", "new", "edit", "open", "show",
}  # fmt: skip
ISO_DATE = re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b")
FILE_NAME = re.compile(r"\S+\.(db|fbundle|age|xlsx|csv|pdf|json|png|svg)\b")
UUID = re.compile(r"\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b")
COMMAND = re.compile(r"feedback-app( [a-z-]+)*")  # a command to type, as it is typed


# -- what a screen shows -------------------------------------------------------------------
def plain(text: str) -> str:
    if "<" in text and Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def model_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    texts = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    top = QModelIndex()
    rows = model.rowCount(top)
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model: one column, and the method is private
        columns = 1
    for orientation, count in ((Qt.Orientation.Horizontal, columns),
                               (Qt.Orientation.Vertical, rows)):  # fmt: skip
        for section in range(count):
            texts += [model.headerData(section, orientation, role) for role in roles]
    for row in range(min(rows, ROWS_READ)):
        for column in range(columns):
            index = model.index(row, column)
            texts += [model.data(index, role) for role in roles]
            if column == 0 and columns > 1:  # trees: one level down
                for child in range(min(model.rowCount(index), ROWS_READ)):
                    for sub in range(columns):
                        texts.append(model.data(model.index(child, sub, index)))
    return [t for t in texts if isinstance(t, str)]


def chart_texts(chart: QChart) -> list[str]:
    texts = [chart.title()]
    for axis in chart.axes():
        texts.append(axis.titleText())
        texts += list(getattr(axis, "categories", list)())
    for series in chart.series():
        texts.append(series.name())
        texts += [s.label() for s in getattr(series, "barSets", list)()]
    return texts


def scene_texts(view: QGraphicsView) -> list[str]:
    texts = []
    if isinstance(view, QChartView):
        texts += chart_texts(view.chart())
    if view.scene() is not None:
        for item in view.scene().items():
            if isinstance(item, QGraphicsTextItem):
                texts.append(item.toPlainText())
            elif isinstance(item, QGraphicsSimpleTextItem):
                texts.append(item.text())
    return texts


def menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip()]
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    texts.append(widget.whatsThis())
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QTextEdit):
        texts += [widget.placeholderText(), widget.toPlainText()]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
        texts += [
            widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "" for i in range(widget.count())
        ]
    if isinstance(widget, QAbstractSpinBox):
        texts += [widget.specialValueText(), widget.text()]
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            texts += [widget.tabText(i), widget.tabToolTip(i)]
    if isinstance(widget, QAbstractItemView) and not isinstance(widget.parent(), QComboBox):
        texts += model_texts(widget.model())
    if isinstance(widget, QGraphicsView):
        texts += scene_texts(widget)
    if isinstance(widget, QMenu):
        texts += menu_texts(widget)
    if isinstance(widget, QPushButton | QToolButton) and widget.menu() is not None:
        texts += menu_texts(widget.menu())  # a window of its own, opened from the button
    if isinstance(widget, QProgressDialog):
        texts.append(widget.labelText())
    return texts


def on_show(widget: QWidget, window: QWidget) -> bool:
    """Part of ``window`` as shown, or a hidden message in a part shown (it appears as it is
    when its moment comes); not a page of a stack behind the current one, nor a window of
    its own."""
    if widget is window:
        return True
    if widget.window() is not window:
        return False
    parent = widget.parentWidget()
    return widget.isVisibleTo(window) or (parent is not None and parent.isVisibleTo(window))


def shown_texts(window: QWidget) -> list[str]:
    """Every interface text of ``window`` as shown."""
    texts = []
    for widget in [window, *window.findChildren(QWidget)]:
        if on_show(widget, window):
            texts += [plain(t) for t in widget_texts(widget) if isinstance(t, str)]
    return [t.strip() for t in texts if t and t.strip()]


# -- what counts as English ----------------------------------------------------------------
def english_texts(language: str) -> tuple[set[str], list[re.Pattern]]:
    """The English source texts that ``language`` translates differently: whole, and as
    patterns where a number or a name is put in."""
    translated = messages(TRANSLATIONS / f"feedback_app_{language}.ts")
    whole: set[str] = set()
    patterns: list[re.Pattern] = []
    for key, message in messages(TRANSLATIONS / "feedback_app_en.ts").items():
        theirs = translated.get(key)
        own = [f.text or "" for f in theirs.iter("numerusform")] if theirs is not None else []
        own = own or [theirs.text or ""] if theirs is not None else []
        forms = [f.text or "" for f in message.iter("numerusform")] or [key[1]]
        for form in forms:
            if form in own or not re.search(r"[A-Za-z]{2}", re.sub(r"%\d|%n", "", form)):
                continue
            if re.search(r"%\d|%n", form):
                parts = re.split(r"%\d|%n", form)
                if len(max(parts, key=len).strip()) > 6:  # not "(%1)" or "%1 and %2"
                    patterns.append(re.compile(".+?".join(re.escape(p) for p in parts), re.S))
            else:
                whole.add(form)
    return whole, patterns


def data_texts(services: Services) -> list[str]:
    """What the screens show as data, not interface: the demo's sessions, organisations,
    places, people and comments, the questionnaires' wording in every language, laptops."""
    found: set[str] = {ORGANISATION, *LANGUAGE_NAMES.values()}
    for session in services.sessions.list():
        found |= {session.title, session.organisation, session.location, session.laptop}
        found |= {name.strip() for name in session.trainers.split(",")}
    found |= set(services.settings.organisations())
    for laptop in services.bundles.laptops():
        found |= {laptop.id, laptop.id[:8]}
    for value in vars(demo_texts).values():
        found |= _strings(value)
    for info in services.questionnaires.list():
        found |= _wording(services.questionnaires.get(info.id, info.version))
    return [t for t in found if t and len(t) > 1]


def _strings(value) -> set[str]:  # noqa: ANN001 - anything in a module
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values()), *(_strings(k) for k in value))
    if isinstance(value, list | tuple | set | frozenset):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()


def _wording(questionnaire: Questionnaire) -> set[str]:
    found = set(questionnaire.title.values())
    for section in questionnaire.sections:
        found |= set((section.title or {}).values())
    for question in questionnaire.questions:
        for part in ("text", "min_label", "max_label", "cannot_say"):
            found |= set((getattr(question, part, None) or {}).values())
        for option in question.options or ():
            found |= set(option.label.values())
    return found


def data_pattern(data: list[str]) -> re.Pattern:
    """Any of ``data`` as a whole (not a piece of a longer word), longest first."""
    ordered = sorted(set(data), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


def without_data(text: str, data: re.Pattern) -> str:
    text = COMMAND.sub(" ", FILE_NAME.sub(" ", UUID.sub(" ", text)))
    return data.sub(" ", text)


def offence(text: str, whole: set[str], patterns: list[re.Pattern]) -> str | None:
    """Why ``text`` (data taken out) looks English, or None."""
    for line in [text, *text.splitlines()]:
        line = line.strip()
        if line in whole:
            return "an English source text"
        if any(p.fullmatch(line) for p in patterns):
            return "an English source text with its blanks filled in"
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    if words & ENGLISH_WORDS:
        return "English words: " + ", ".join(sorted(words & ENGLISH_WORDS))
    if ISO_DATE.search(text):
        return "a date written 2026-12-01"
    return None


def welcome_english(translations: Translations) -> set[str]:
    """The welcome screen greets in every offered language at once, English included."""
    sources = ("Please tell us what you thought of the training.", "Your answers are anonymous.",
               "Start in English", "Larger text", "High contrast")  # fmt: skip
    return {translations.text("en", "WelcomePage", s) for s in sources}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_english_on_any_screen(qapp, tmp_path, language):
    whole, patterns = english_texts(language)
    offenders: list[str] = []
    with Walk(tmp_path, language) as walk:
        data = data_texts(walk.services)
        on_welcome = data_pattern(data + sorted(welcome_english(walk.controller.translations)))
        elsewhere = data_pattern(data)
        names = []
        for name, widget in walk.screens():
            names.append(name)
            known = on_welcome if name == "kiosk_welcome" else elsewhere
            for text in dict.fromkeys(shown_texts(widget)):
                why = offence(without_data(text, known), whole, patterns)
                if why:
                    offenders.append(f"{name}: {text!r} ({why})")
        offenders += pdf_offences(tmp_path / "report.pdf", language)
    assert len(names) > 40, names
    assert not offenders, f"{len(offenders)} English texts left:\n" + "\n".join(offenders)


def pdf_offences(path: Path, language: str) -> list[str]:
    """The PDF report written from the review window: its dates and decimals as the
    language writes them (its words are checked by tests/ui/test_pdf_report.py)."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    found = [
        f"report.pdf: {m.group(0)!r} (a date written 2026-12-01)" for m in ISO_DATE.finditer(text)
    ]
    today = format_day(date.today(), language)
    if today not in text:
        found.append(f"report.pdf: no {today!r} (the day it was made)")
    if not re.search(r"(?<![\d,])\d,\d\d(?![\d,])", text) or re.search(
        r"(?<![\d.])\d\.\d\d(?![\d.])", text
    ):
        found.append("report.pdf: the means are not written 4,25")
    return found


def test_the_walk_would_see_english(qapp):
    """What the walk above counts as English left, and what it lets be."""
    whole, patterns = english_texts("fi")
    data = data_pattern(["Lapin poliisilaitos", "Clear checklist for the first steps."])
    english = ["Save as…", "Training 1 Dec 2026", "Delete these responses for good?",
               "Tallenna ja close", "Koulutus 2026-12-01"]  # fmt: skip
    finnish = ["Tallenna nimellä…", "Koulutus 1.12.2026", "Lapin poliisilaitos", "Suomi",
               "Clear checklist for the first steps.", "Tiedosto: 2026-12-01-01-manual.db",
               "Komento 'feedback-app pin reset' poistaa sen.", "OK", "n = 504"]  # fmt: skip
    assert all(offence(without_data(t, data), whole, patterns) for t in english)
    assert not [t for t in finnish if offence(without_data(t, data), whole, patterns)]


# -- dates and decimals --------------------------------------------------------------------
@pytest.mark.parametrize(
    "language, day, moment, number, share, field",
    [
        ("fi", "1.12.2026", "1.12.2026 klo 9.05", "4,25", "91,3\u00a0%", "d.M.yyyy"),
        ("sv", "1.12.2026", "1.12.2026 kl. 9.05", "4,25", "91,3\u00a0%", "d.M.yyyy"),
        ("en", "1 Dec 2026", "1 Dec 2026 9:05", "4.25", "91.3\u00a0%", "d MMM yyyy"),
    ],
)
def test_dates_and_decimals_as_each_language_writes_them(
    qapp, language, day, moment, number, share, field
):
    assert format_day(date(2026, 12, 1), language) == day
    assert format_date("2026-12-01", language) == day
    assert format_date("2026-12-01T09:05:00+02:00", language) == day
    assert format_moment("2026-12-01T09:05:00+02:00", language) == moment
    assert decimal(4.25, 2, language) == number
    assert percent(91.25, language) == share  # rounded half up
    assert date_field_format(language) == field
    assert format_date("not a date", language) == "not a date"
    assert format_date("2026-12-01-01-manual.db", language) == "2026-12-01-01-manual.db"


def test_without_a_language_the_installed_one_writes_them(qapp):
    translations = Translations()
    try:
        for language, day, number in (("fi", "1.12.2026", "4,25"), ("en", "1 Dec 2026", "4.25")):
            translations.install(language)
            assert (format_date("2026-12-01"), decimal(4.25, 2)) == (day, number)
    finally:
        translations.uninstall()


# -- the interface language as a setting ---------------------------------------------------
def test_the_interface_language_is_a_setting_that_persists_and_applies(qtbot, data_dir):
    home = create_app_window(data_dir)  # no --language: the computer's, as nothing is set
    home.show()
    controller = home.controller
    home._edit_settings()
    dialog = home.dialog
    choice = dialog.language_group.choice
    assert choice.currentData() is None
    choice.setCurrentIndex(choice.findData("sv"))
    dialog._save()
    qtbot.waitUntil(lambda: controller.home is not home, timeout=5000)
    swedish = controller.home
    assert controller.services.settings.get("interface_language") == "sv"
    assert swedish.isVisible()
    assert swedish.windowTitle() == "Utbildningsrespons"
    assert swedish.start_button.accessibleName() == "Börja samla respons"
    qtbot.waitUntil(lambda: not shiboken_valid(home), timeout=5000)  # the English one is gone
    close(swedish)
    # The next start without --language is in Swedish; --language still wins.
    again = create_app_window(data_dir)
    assert again.controller.interface_language == "sv"
    assert again.windowTitle() == "Utbildningsrespons"
    close(again)
    finnish = create_app_window(data_dir, language="fi")
    assert finnish.windowTitle() == "Koulutuspalaute"
    close(finnish)


def shiboken_valid(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def close(window: QWidget) -> None:
    window.close()
    window.controller.services.close()
    window.controller.translations.uninstall()
