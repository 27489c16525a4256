"""The headline figures above the review (responses, sessions, organisations, period, response
rate) and the headline sentences under its chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...services.types import Headline, Overview
from ..widgets.dates import format_date
from ..widgets.flow import FlowLayout
from ..widgets.numbers import MISSING, count, percent
from .sentences import headline_sentences


class HeadlineFigures(QWidget):
    """One figure per box: a big number over its caption."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("headline_figures")
        layout = FlowLayout(self, spacing=10, justify=True)
        captions = {
            "responses": self.tr("Responses"),
            "sessions": self.tr("Sessions"),
            "organisations": self.tr("Organisations"),
            "period": self.tr("Period"),
            "response_rate": self.tr("Response rate"),
        }
        self.values: dict[str, QLabel] = {}
        self._boxes: dict[str, QWidget] = {}
        for key, caption in captions.items():
            box = QFrame(self)
            box.setObjectName(f"figure_{key}")
            box.setProperty("role", "figure")
            column = QVBoxLayout(box)
            column.setContentsMargins(14, 6, 14, 6)
            column.setSpacing(0)
            value = QLabel(MISSING, box)
            value.setObjectName(f"figure_{key}_value")
            value.setProperty("role", "figure_value")
            value.setTextFormat(Qt.TextFormat.PlainText)
            label = QLabel(caption, box)
            label.setProperty("role", "figure_caption")
            column.addWidget(value)
            column.addWidget(label)
            layout.addWidget(box)
            self.values[key] = value
            self._boxes[key] = box

    def set_headline(self, headline: Headline, language: str) -> None:
        values = self.values
        values["responses"].setText(count(headline.responses))
        values["sessions"].setText(count(headline.sessions))
        values["organisations"].setText(count(headline.organisations))
        if headline.first_date and headline.last_date:
            first = format_date(headline.first_date, language)
            last = format_date(headline.last_date, language)
            values["period"].setText(first if first == last else f"{first}–{last}")
        else:
            values["period"].setText(MISSING)
        rate = headline.response_rate
        box = self._boxes["response_rate"]
        values["response_rate"].setText(percent(rate, language, places=0))
        if rate is None:
            box.setToolTip(
                self.tr("None of the selected sessions says how many participants it expected.")
            )
        else:
            box.setToolTip(
                self.tr(
                    "%1 responses from %2 expected participants, in the selected sessions that "
                    "say how many they expected"
                )
                .replace("%1", count(headline.responses_where_expected))
                .replace("%2", count(headline.expected))
            )

    def text(self, key: str) -> str:
        return self.values[key].text()


class HeadlineSentences(QLabel):
    """One sentence per agreement item that is not withheld."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("headline_sentences")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentences: list[str] = []

    def set_overview(self, overview: Overview, language: str) -> None:
        self.sentences = headline_sentences(overview, language)
        self.setText("\n".join(f"• {sentence}" for sentence in self.sentences))
        self.setVisible(bool(self.sentences))
