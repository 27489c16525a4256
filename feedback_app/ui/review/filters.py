"""The review's filters: period, organisations, audiences, sessions, questionnaire and version,
answer language and laptop. Nothing chosen in a list means no limit; ``changed`` is emitted on
every change (the window waits for a pause before it recomputes)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.questionnaire import Questionnaire
from ...services.types import FilterChoices, Filters, Laptop
from ..i18n import LANGUAGE_NAMES
from ..trainer.labels import audience_label
from ..widgets.dates import date_field_format, format_date
from ..widgets.flow import FlowLayout
from .multi_choice import MultiChoice


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_filters")
        self._first: QDate | None = None
        self._last: QDate | None = None
        self.date_from = self._date_edit("filter_date_from", self.tr("From"))
        self.date_to = self._date_edit("filter_date_to", self.tr("To"))
        every = self.tr("All", "a filter that limits nothing: every organisation, session, ...")
        self.organisations = MultiChoice("filter_organisations", every, self)
        self.audiences = MultiChoice("filter_audiences", every, self)
        self.sessions = MultiChoice("filter_sessions", every, self, searchable=True)
        self.questionnaire = QComboBox(self)
        self.questionnaire.setObjectName("filter_questionnaire")
        self.questionnaire.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.questionnaire.setMinimumContentsLength(14)
        self.languages = MultiChoice("filter_languages", every, self)
        self.laptops = MultiChoice("filter_laptops", every, self)
        self.reset = QPushButton(self.tr("Clear filters"), self)
        self.reset.setObjectName("filter_reset")
        self.reset.clicked.connect(self.clear)
        for choice in (self.organisations, self.audiences, self.sessions, self.languages):
            choice.changed.connect(self.changed.emit)
        self.laptops.changed.connect(self.changed.emit)
        self.questionnaire.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._lay_out()

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat(date_field_format())
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    def _lay_out(self) -> None:
        """A caption over each control; the columns wrap onto more lines when narrow."""
        row = FlowLayout(self, spacing=10)
        period = QHBoxLayout()
        period.setSpacing(4)
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.date_to)
        columns = [
            (self.tr("Period"), period, self.date_from),
            (self.tr("Organisation"), self.organisations, self.organisations),
            (self.tr("Audience"), self.audiences, self.audiences),
            (self.tr("Session"), self.sessions, self.sessions),
            (self.tr("Questionnaire"), self.questionnaire, self.questionnaire),
            (self.tr("Answer language"), self.languages, self.languages),
            (self.tr("Laptop"), self.laptops, self.laptops),
        ]
        self._captions: dict[QWidget, QLabel] = {}
        for caption, control, buddy in columns:
            column = QWidget(self)
            stack = QVBoxLayout(column)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(2)
            label = QLabel(caption, column)
            label.setProperty("role", "filter_caption")
            label.setBuddy(buddy)
            self._captions[buddy] = label
            stack.addWidget(label)
            if isinstance(control, QHBoxLayout):
                stack.addLayout(control)
            else:
                stack.addWidget(control)
            row.addWidget(column)
            if buddy is not self.date_from:
                buddy.setAccessibleName(caption)
            if isinstance(buddy, MultiChoice):
                buddy.list.setAccessibleName(caption)
        row.addWidget(self.reset, Qt.AlignmentFlag.AlignBottom)

    # -- choices ---------------------------------------------------------------------------
    def set_choices(
        self, choices: FilterChoices, questionnaires: list[Questionnaire], language: str
    ) -> None:
        """Offer what is stored (``questionnaires``: the latest version of each, titled in the
        interface language), keeping the current choices where they still exist; emits
        ``changed`` once at most."""
        previous = self.filters()
        self.blockSignals(True)
        first, last = _qdate(choices.first_date), _qdate(choices.last_date)
        self._first, self._last = first, last
        for edit, kept, default in ((self.date_from, previous.date_from, first),
                                    (self.date_to, previous.date_to, last)):  # fmt: skip
            edit.blockSignals(True)
            edit.setEnabled(default is not None)
            if first is not None and last is not None:
                edit.setDateRange(first, last)
            edit.setDate(_qdate(kept) or default or QDate.currentDate())
            edit.blockSignals(False)
        self.organisations.set_options([(o, o, o) for o in choices.organisations])
        self.audiences.set_options([(audience_label(a), a, "") for a in choices.audiences])
        self.sessions.set_options(
            [
                (f"{format_date(s.session_date, language)}  {s.title}", s.id, s.organisation)
                for s in sorted(choices.sessions, key=lambda s: s.session_date, reverse=True)
            ]
        )
        self.languages.set_options(
            [(LANGUAGE_NAMES.get(code, code), code, "") for code in choices.languages]
        )
        self.laptops.set_options([(self.laptop_label(lp), lp.id, lp.id) for lp in choices.laptops])
        self.laptops.setEnabled(len(choices.laptops) > 1)
        self._fill_questionnaires(choices, questionnaires, language)
        self.blockSignals(False)

    def _fill_questionnaires(
        self, choices: FilterChoices, latest: list[Questionnaire], language: str
    ) -> None:
        current = self.questionnaire.currentData()
        titles = {q.id: q.title_in(language) for q in latest}
        versions: dict[str, list[int]] = {}
        for info in choices.questionnaires:
            if info.responses:
                versions.setdefault(info.id, []).append(info.version)
        self.questionnaire.blockSignals(True)
        self.questionnaire.clear()
        self.questionnaire.addItem(
            self.tr("All", "a filter that limits nothing: every organisation, session, ..."), None
        )
        for qid in sorted(versions, key=lambda q: titles.get(q, q).casefold()):
            title = titles.get(qid, qid)
            self.questionnaire.addItem(title, (qid, None))
            if len(versions[qid]) > 1:
                for version in sorted(versions[qid]):
                    text = self.tr("%1, version %2").replace("%1", title)
                    self.questionnaire.addItem(text.replace("%2", str(version)), (qid, version))
        index = self.questionnaire.findData(current) if current is not None else 0
        self.questionnaire.setCurrentIndex(max(index, 0))
        self.questionnaire.blockSignals(False)

    def laptop_label(self, laptop: Laptop) -> str:
        if laptop.this_laptop:
            return self.tr("This laptop")
        return self.tr("Laptop %1").replace("%1", laptop.short)

    # -- the filters -----------------------------------------------------------------------
    def filters(self) -> Filters:
        """The chosen filters; a date at the end of the stored range means no limit."""
        chosen = self.questionnaire.currentData()
        qid, version = chosen if chosen is not None else (None, None)
        start, end = self.date_from.date(), self.date_to.date()
        if end < start:
            start, end = end, start
        return Filters(
            date_from=_iso(start, self._first),
            date_to=_iso(end, self._last),
            session_ids=self.sessions.chosen(),
            organisations=self.organisations.chosen(),
            audiences=self.audiences.chosen(),
            languages=self.languages.chosen(),
            questionnaire_id=qid,
            questionnaire_version=version,
            laptops=self.laptops.chosen(),
        )

    def set_period(self, first: str | None, last: str | None) -> None:
        """Choose the period (ISO dates; None: from the first or to the last stored date)."""
        for edit, value, default in ((self.date_from, first, self._first),
                                     (self.date_to, last, self._last)):  # fmt: skip
            date = _qdate(value) or default
            if date is not None:
                edit.setDate(date)

    def choose_questionnaire(self, qid: str | None, version: int | None = None) -> None:
        data = None if qid is None else (qid, version)
        self.questionnaire.setCurrentIndex(max(self.questionnaire.findData(data), 0))

    def clear(self) -> None:
        """No filter at all; emits ``changed`` once."""
        self.blockSignals(True)
        self.set_period(None, None)
        for choice in (self.organisations, self.audiences, self.sessions, self.languages,
                       self.laptops):  # fmt: skip
            choice.choose(())
        self.questionnaire.setCurrentIndex(0)
        self.blockSignals(False)
        self.changed.emit()


def _iso(date: QDate, bound: QDate | None) -> str | None:
    """A limit of the period, None at the end of the stored range (or with nothing stored)."""
    if bound is None or date == bound:
        return None
    return date.toString(Qt.DateFormat.ISODate)


def _qdate(iso: str | None) -> QDate | None:
    if not iso:
        return None
    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return date if date.isValid() else None
