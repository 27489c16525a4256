"""The choice of laptop on the trainer's home, once bundles have brought other laptops' sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ...services.types import Laptop, Session

#: How many organisations a laptop's entry names before "…".
SHOWN_ORGANISATIONS = 2


class LaptopFilter(QComboBox):
    """All laptops, this laptop, or one other laptop; hidden while only this laptop is known."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("laptop_filter")
        self.setAccessibleName(self.tr("Sessions from"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(420)
        self.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.hide()

    def set_laptops(self, laptops: list[Laptop]) -> None:
        """Offer ``laptops`` (this one first), keeping the current choice when it is there;
        emits nothing (the caller is refreshing anyway)."""
        current = self.currentData()
        several = len(laptops) > 1
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All laptops"), None)
        for laptop in laptops:
            self.addItem(self.label(laptop), laptop.id)
            self.setItemData(self.count() - 1, laptop.id, Qt.ItemDataRole.ToolTipRole)
        index = self.findData(current) if current is not None and several else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.setVisible(several)  # a chosen laptop that is gone means all laptops again

    def label(self, laptop: Laptop) -> str:
        if laptop.this_laptop:
            return self.tr("This laptop")
        text = self.tr("Laptop %1").replace("%1", laptop.short)
        names = list(laptop.organisations[:SHOWN_ORGANISATIONS])
        if len(laptop.organisations) > SHOWN_ORGANISATIONS:
            names.append("…")
        return f"{text} ({', '.join(names)})" if names else text

    def chosen(self) -> str | None:
        """The id of the chosen laptop, None for all of them."""
        return self.currentData()

    def choose(self, laptop_id: str | None) -> None:
        self.setCurrentIndex(max(self.findData(laptop_id), 0) if laptop_id else 0)

    def shows(self, session: Session) -> bool:
        chosen = self.chosen()
        return chosen is None or session.laptop == chosen
