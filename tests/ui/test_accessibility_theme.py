"""The themes, read from their style sheets: text contrast (WCAG 1.4.3), a visible focus for
every kind of control (2.4.7) with enough contrast (1.4.11), and large text (1.4.4).

Every rule that gives text a colour or a background is paired with the background it is drawn
on: its own, else the one of the most specific rule for the same widget, else the one of the
area around it (the ancestor in its selector, else any page of the app), and the contrast
ratio of the pair is computed as WCAG defines it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from feedback_app.paths import resource
from feedback_app.ui.theme import apply_theme, high_contrast_palette, stylesheet

#: The kinds of control that take the keyboard, each of which must show where the focus is.
FOCUSABLE = (
    "QPushButton",
    "QToolButton",
    "QLineEdit",
    "QPlainTextEdit",
    "QComboBox",
    "QSpinBox",
    "QDateEdit",
    "QCheckBox",
    "QRadioButton",
    "QTableView",
    "QTreeView",
    "QListView",
    "QTableWidget",
    "QTreeWidget",
    "QListWidget",
)
#: Qt's base classes the style sheets name, and the classes of the app they apply to.
BASES = {
    "QAbstractItemView": {
        "QTableView", "QTreeView", "QListView", "QTableWidget", "QTreeWidget", "QListWidget",
    },
    "QAbstractSpinBox": {"QSpinBox", "QDoubleSpinBox", "QDateEdit"},
}  # fmt: skip
_COMPOUND = re.compile(r"([A-Za-z_*][\w-]*)?((?:#[\w-]+|\[[^\]]*\]|::?!?[\w-]+)*)")
_HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


@dataclass(frozen=True)
class Compound:
    """One part of a selector: ``QPushButton[role="option"]:checked`` and the like."""

    type: str = ""
    id: str = ""
    attributes: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    subcontrol: str = ""

    @classmethod
    def parse(cls, text: str) -> Compound:
        match = _COMPOUND.fullmatch(text)
        assert match, text
        parts = re.findall(r"#[\w-]+|\[[^\]]*\]|::[\w-]+|:!?[\w-]+", match.group(2) or "")
        return cls(
            type=match.group(1) or "",
            id=next((p[1:] for p in parts if p.startswith("#")), ""),
            attributes=frozenset(p for p in parts if p.startswith("[")),
            states=frozenset(p[1:] for p in parts if p.startswith(":") and p[1] != ":"),
            subcontrol=next((p[2:] for p in parts if p.startswith("::")), ""),
        )

    def covers(self, other: Compound) -> bool:
        """Every widget (in every state) ``other`` matches, this matches too."""
        return (
            self.type in ("", "QWidget", other.type) or other.type in BASES.get(self.type, ())
        ) and (
            self.id in ("", other.id)
            and self.attributes <= other.attributes
            and self.states <= other.states
            and self.subcontrol == other.subcontrol
        )

    def specificity(self) -> tuple[int, int, int]:
        typed = int(self.type not in ("", "*"))
        return int(bool(self.id)), len(self.attributes) + len(self.states), typed


@dataclass
class Rule:
    order: int
    ancestors: tuple[Compound, ...]
    subject: Compound
    declarations: dict[str, str] = field(default_factory=dict)
    text: str = ""

    def colour(self, prop: str) -> str | None:
        value = self.declarations.get(prop)
        shorthand = {"background-color": "background", "border-color": "border"}.get(prop)
        if value is None and shorthand:
            value = self.declarations.get(shorthand)
        match = _HEX.search(value or "")
        return _full_hex(match.group(0)) if match else None

    def specificity(self) -> tuple[int, int, int]:
        total = [0, 0, 0]
        for compound in (*self.ancestors, self.subject):
            for i, n in enumerate(compound.specificity()):
                total[i] += n
        return total[0], total[1], total[2]


def _full_hex(value: str) -> str:
    value = value.lower()
    return "#" + "".join(c * 2 for c in value[1:]) if len(value) == 4 else value


def parse(qss: str) -> list[Rule]:
    text = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    rules = []
    for order, match in enumerate(re.finditer(r"([^{}]+)\{([^{}]*)\}", text)):
        declarations = {}
        for item in match.group(2).split(";"):
            if ":" in item:
                key, value = item.split(":", 1)
                declarations[key.strip()] = value.strip()
        for selector in match.group(1).split(","):
            parts = selector.replace(">", " ").split()
            compounds = tuple(Compound.parse(p) for p in parts)
            rules.append(Rule(order, compounds[:-1], compounds[-1], declarations, selector.strip()))
    return rules


def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class Sheet:
    """A style sheet, asked what colours a widget in a state is drawn in."""

    def __init__(self, qss: str, window: str):
        self.rules = parse(qss)
        self.window = window

    def winner(self, rule: Rule, prop: str) -> Rule | None:
        """The rule whose ``prop`` colour ``rule``'s widget is drawn with (the most specific
        of those that cover it, the later of equals)."""
        found = [
            r
            for r in self.rules
            if r.colour(prop) is not None
            and r.subject.covers(rule.subject)
            and (not r.ancestors or r.ancestors == rule.ancestors)
        ]
        return max(found, key=lambda r: (r.specificity(), r.order), default=None)

    def pages(self) -> set[str]:
        """Backgrounds a widget with no background of its own may be drawn on: the window's,
        each page's (``#kiosk_window``) and each panel's (``QFrame[role="card"]``)."""
        pages = {self.window}
        for r in self.rules:
            container = r.subject.type in ("", "QWidget", "QFrame", "QDialog")
            if not r.ancestors and container and not r.subject.states:
                if (bg := r.colour("background-color")) is not None:
                    pages.add(bg)
        return pages

    def around(self, rule: Rule) -> set[str]:
        """The backgrounds next to ``rule``'s widget: of the area it sits in."""
        if rule.ancestors:
            return self.backgrounds(Rule(rule.order, rule.ancestors[:-1], rule.ancestors[-1]))
        return self.pages()

    def backgrounds(self, rule: Rule) -> set[str]:
        winner = self.winner(rule, "background-color")
        if winner is not None:
            return {winner.colour("background-color")}  # type: ignore[arg-type]
        return self.around(rule)

    def text_pairs(self) -> list[tuple[str, str, str, float]]:
        """(selector, text colour, background, contrast) for every rule that colours text."""
        pairs = []
        for rule in self.rules:
            colours = {rule.colour("color"), rule.colour("background-color")}
            if colours == {None} or (rule.subject.subcontrol and rule.colour("color") is None):
                continue
            winner = self.winner(rule, "color")
            text = winner.colour("color") if winner else "#000000"
            for background in self.backgrounds(rule):
                pairs.append((rule.text, text, background, contrast(text, background)))  # type: ignore[arg-type]
            selected = rule.colour("selection-color"), rule.colour("selection-background-color")
            if None not in selected:
                pairs.append((rule.text + " (selected)", *selected, contrast(*selected)))  # type: ignore[arg-type]
        return pairs


def _theme(high_contrast: bool) -> Sheet:
    window = high_contrast_palette() if high_contrast else QApplication.palette()
    return Sheet(
        stylesheet(1.0, high_contrast), window.color(QPalette.ColorRole.Window).name().lower()
    )


def _report(pairs) -> str:
    return "\n".join(f"{ratio:5.2f}:1  {fg} on {bg}  {sel}" for sel, fg, bg, ratio in pairs)


@pytest.fixture
def app(qapp):
    apply_theme(qapp, 1.0, False)
    yield qapp
    apply_theme(qapp, 1.0, False)


def test_high_contrast_text_meets_4_5_to_1(app):
    pairs = _theme(True).text_pairs()
    assert len(pairs) > 40
    low = [p for p in pairs if p[3] < 4.5]
    assert low == [], _report(low)


def test_default_theme_text_meets_4_5_to_1(app):
    """Its lowest pairs are printed (``pytest -rP`` shows them)."""
    pairs = _theme(False).text_pairs()
    lowest = sorted(pairs, key=lambda p: p[3])[:12]
    print("The lowest text contrasts of the default theme:\n" + _report(lowest))
    # WCAG 1.4.3 leaves out the text of controls that are switched off; here it meets it too.
    low = [p for p in pairs if p[3] < 4.5]
    assert low == [], _report(low)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high contrast"])
def test_every_kind_of_control_shows_its_focus(app, high_contrast):
    sheet = _theme(high_contrast)
    for kind in FOCUSABLE:
        widget = Compound(type=kind, states=frozenset({"focus"}))
        rules = [
            r
            for r in sheet.rules
            if "focus" in r.subject.states and not r.ancestors and r.subject.covers(widget)
            and any(k.startswith("border") for k in r.declarations)
        ]  # fmt: skip
        assert rules, f"no :focus rule with a border for {kind}"


def _border(rule: Rule) -> tuple[int, str | None]:
    value = rule.declarations.get("border", "") or rule.declarations.get("border-width", "")
    width = re.search(r"(\d+)px", value)
    colour = _HEX.search(value) or _HEX.search(rule.declarations.get("border-color", ""))
    return (int(width.group(1)) if width else 0), (_full_hex(colour.group(0)) if colour else None)


def test_high_contrast_focus_rings_are_at_least_3px(app):
    sheet = Sheet(resource("theme", "high_contrast.qss").read_text(encoding="utf-8"), "#ffffff")
    focus = [r for r in sheet.rules if "focus" in r.subject.states and "border" in r.declarations]
    assert len(focus) > 10
    thin = [r.text for r in focus if _border(r)[0] < 3]
    assert thin == []


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high contrast"])
def test_focus_rings_stand_out_3_to_1(app, high_contrast):
    """WCAG 1.4.11: a focus ring differs 3:1 from the control it is drawn on, or from the area
    around the control (a white ring inside a black button, a dark ring round a blue one)."""
    sheet = _theme(high_contrast)
    weak = []
    for rule in sheet.rules:
        if "focus" not in rule.subject.states or rule.subject.subcontrol:
            continue
        if any(a.type == "QComboBox" for a in rule.ancestors):
            continue  # an open list always has the focus: its highlighted row shows where
        winner = sheet.winner(rule, "border-color")
        if winner is None:
            continue
        ring = winner.colour("border-color")
        inside, outside = sheet.backgrounds(rule), sheet.around(rule)
        against_inside = min(contrast(ring, b) for b in inside)
        against_outside = min(contrast(ring, b) for b in outside)
        if max(against_inside, against_outside) < 3:
            weak.append(f"{rule.text}: {ring} on {inside} within {outside}")
    assert weak == []


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high contrast"])
@pytest.mark.parametrize("kind", ["QLineEdit", "QPlainTextEdit", "QComboBox", "QSpinBox"])
def test_fields_show_where_they_are_3_to_1(app, high_contrast, kind):
    """WCAG 1.4.11: a field's border is what shows where to type."""
    sheet = _theme(high_contrast)
    field = Rule(10_000, (), Compound(type=kind))
    border = sheet.winner(field, "border-color").colour("border-color")
    for background in sheet.backgrounds(field) | sheet.pages():
        assert contrast(border, background) >= 3, (border, background)


def test_high_contrast_uses_black_and_white_only(app):
    """Grey is left for controls that are switched off."""
    qss = resource("theme", "high_contrast.qss").read_text(encoding="utf-8")
    colours = {_full_hex(m.group(0)) for m in _HEX.finditer(qss)}
    assert colours <= {"#000000", "#ffffff", "#4d4d4d"}
    grey_rules = [r.text for r in parse(qss) if "#4d4d4d" in str(r.declarations)]
    assert all(":disabled" in text for text in grey_rules), grey_rules


def test_theme_pictures_are_shipped(app):
    for sheet in (stylesheet(1.0, False), stylesheet(1.0, True)):
        pictures = re.findall(r'url\("([^"]+)"\)', sheet)
        assert pictures
        assert all(Path(p).is_file() for p in pictures), pictures
        assert "url(@theme" not in sheet


@pytest.mark.parametrize("scale", [1.25, 1.5, 1.75, 2.0])
def test_large_text_scales_every_font_size(app, scale):
    plain = re.findall(r"font-size:\s*(\d+)px", stylesheet(1.0))
    scaled = re.findall(r"font-size:\s*(\d+)px", stylesheet(scale))
    assert len(plain) == len(scaled) > 20
    assert [int(s) for s in scaled] == [round(int(p) * scale) for p in plain]
