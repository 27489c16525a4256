"""The legend of the diverging chart: the scale's labels in the interface language with their
colours, and "cannot say" in the questionnaire's own words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ..widgets.fit import scaled
from ..widgets.flow import FlowLayout


class ChartLegend(QWidget):
    """Every point with its label; compact, one line: the two ends around the colours."""

    def __init__(self, parent: QWidget, *, compact: bool):
        super().__init__(parent)
        self.setObjectName("diverging_chart_legend")
        self._compact = compact
        self._grid = FlowLayout(self, spacing=4 if compact else 14)  # wraps when narrow
        self._grid.setContentsMargins(4, 0, 4, 0)

    def set_entries(self, scale: list[tuple[str, str]], cannot_say: tuple[str, str]) -> None:
        """(colour, label) of each scale point, lowest first, and of "cannot say"."""
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if not scale:
            return
        if self._compact:
            row = [_label(scale[0][1], self)]
            row += [_swatch(colour, self) for colour, _text in scale]
            row.append(_label(scale[-1][1], self))
            for widget in row:
                widget.setToolTip("\n".join(text for _colour, text in scale))
            row.append(_Entry(*cannot_say, self))
        else:
            row = [_Entry(colour, text, self) for colour, text in [*scale, cannot_say]]
        for widget in row:
            self._grid.addWidget(widget, Qt.AlignmentFlag.AlignVCenter)

    def texts(self) -> list[str]:
        labels = self.findChildren(QLabel)
        return [label.text() for label in labels if label.text()]


class _Entry(QWidget):
    def __init__(self, colour: str, text: str, parent: QWidget):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.addWidget(_swatch(colour, self), 0, 0)
        layout.addWidget(_label(text, self), 0, 1)
        layout.setColumnStretch(1, 1)


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "legend")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _swatch(colour: str, parent: QWidget) -> QLabel:
    swatch = QLabel(parent)
    swatch.setFixedSize(scaled(14), scaled(14))
    swatch.setStyleSheet(f"background: {colour}; border-radius: 2px;")
    return swatch
