"""Wordings side by side, a column per language, with every missing translation highlighted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .labels import language_name
from .question_draft import Texts, missing_languages

TextField = QLineEdit | QPlainTextEdit


class TextGrid(QWidget):
    """Edits the given ``Texts`` dicts in place; ``changed`` follows every keystroke.

    A field is marked ``missing`` (a dynamic property the theme colours) when its language is
    empty in a wording that is required, or that is given in another language.
    """

    changed = Signal()

    def __init__(self, languages: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("text_grid")
        self._languages = list(languages)
        self._rows: dict[str, tuple[Texts, bool, dict[str, TextField]]] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnMinimumWidth(0, 150)
        for column, lang in enumerate(self._languages, start=1):
            header = QLabel(language_name(lang), self)
            header.setProperty("role", "column")
            self._grid.addWidget(header, 0, column)
            self._grid.setColumnStretch(column, 1)

    def add_row(
        self,
        key: str,
        label: str,
        texts: Texts,
        required: bool,
        *,
        long: bool = False,
        lead: QWidget | None = None,
        tail: QWidget | None = None,
    ) -> None:
        """One wording: a heading (with ``lead`` under it), a field per language, ``tail``."""
        row = self._grid.rowCount()
        head = QWidget(self)
        box = QVBoxLayout(head)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        caption = QLabel(label + (" *" if required else ""), head)
        caption.setWordWrap(True)
        box.addWidget(caption)
        if lead is not None:
            lead.setParent(head)
            box.addWidget(lead)
        box.addStretch(1)
        self._grid.addWidget(head, row, 0)
        fields: dict[str, TextField] = {}
        for column, lang in enumerate(self._languages, start=1):
            field = self._field(key, label, lang, long)
            field_text = texts.get(lang, "")
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(field_text)
                field.textChanged.connect(lambda k=key, lg=lang, f=field: self._edited(k, lg, f))
            else:
                field.setText(field_text)
                field.setCursorPosition(0)  # show the beginning of a long text
                field.textChanged.connect(
                    lambda _t, k=key, lg=lang, f=field: self._edited(k, lg, f)
                )
            self._grid.addWidget(field, row, column)
            fields[lang] = field
        if tail is not None:
            tail.setParent(self)
            self._grid.addWidget(tail, row, len(self._languages) + 1)
        self._rows[key] = (texts, required, fields)
        self._mark(key)

    def field(self, key: str, language: str) -> TextField:
        return self._rows[key][2][language]

    def missing_fields(self) -> list[tuple[str, str]]:
        """(row key, language) of every field highlighted as missing."""
        return [
            (key, lang)
            for key, (_texts, _required, fields) in self._rows.items()
            for lang, field in fields.items()
            if field.property("missing")
        ]

    def _field(self, key: str, label: str, lang: str, long: bool) -> TextField:
        if long:
            field: TextField = QPlainTextEdit(self)
            field.setTabChangesFocus(True)
            field.setFixedHeight(68)
        else:
            field = QLineEdit(self)
            field.setMinimumHeight(44)
        field.setObjectName(f"text_{key}_{lang}")
        field.setAccessibleName(f"{label} – {language_name(lang)}")
        field.setProperty("missing", False)
        return field

    def _edited(self, key: str, lang: str, field: TextField) -> None:
        texts = self._rows[key][0]
        texts[lang] = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
        self._mark(key)
        self.changed.emit()

    def _mark(self, key: str) -> None:
        texts, required, fields = self._rows[key]
        missing = set(missing_languages(texts, required, self._languages))
        for lang, field in fields.items():
            flag = lang in missing
            if bool(field.property("missing")) == flag:
                continue
            field.setProperty("missing", flag)
            field.setToolTip(self.tr("Missing translation") if flag else "")
            field.style().unpolish(field)
            field.style().polish(field)
