"""The application's look: one style sheet, at a text size and in a contrast of the user's.

``resources/theme/app.qss`` is the calm default; ``high_contrast.qss`` is laid over it for the
high-contrast theme (black on white, thick focus rings), which also sets a black-on-white
palette for what no style sheet rule reaches. Large text scales every ``font-size`` and the
sizes that must grow with the text (minimum heights, paddings) by the chosen factor, so that a
screen at 200 % is the same screen with larger type, not a different one.

Two views are kept apart: the trainer's (a setting, applied at every start: ``apply_theme``)
and a participant's own choice on the kiosk's welcome screen, which lasts one respondent
(``set_participant_view``; the kiosk calls ``reset_participant_view`` for the next one).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ..paths import resource

#: The text sizes offered, as factors of the default.
TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
_PIXELS = re.compile(r"\b(font-size|min-height|min-width|padding|padding-[a-z]+):\s*([^;]+);")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)px")
_PICTURE = re.compile(r"url\(@theme/([^)]+)\)")
# Application properties: the view on screen, and the trainer's view it returns to.
_SCALE, _CONTRAST = "feedback_text_scale", "feedback_high_contrast"
_TRAINER_SCALE, _TRAINER_CONTRAST = "feedback_trainer_text_scale", "feedback_trainer_high_contrast"
_APPLIED = "feedback_theme_applied"
#: The palette the platform gave, restored when high contrast is turned off.
_platform_palette: QPalette | None = None


def stylesheet(text_scale: float = 1.0, high_contrast: bool = False) -> str:
    """The style sheet for a text size (1.0 to 2.0) and contrast."""
    folder = resource("theme")
    text = (folder / "app.qss").read_text(encoding="utf-8")
    if high_contrast:
        text += "\n" + (folder / "high_contrast.qss").read_text(encoding="utf-8")
    # Pictures (arrows, check marks) are named from the theme's folder wherever it is installed.
    text = _PICTURE.sub(lambda m: f'url("{folder.as_posix()}/{m.group(1)}")', text)
    text_scale = valid_scale(text_scale)
    if text_scale != 1.0:
        text = _scaled(text, text_scale)
    return text


def valid_scale(text_scale: object) -> float:
    """``text_scale`` when it is one of ``TEXT_SCALES``, else 1.0 (a damaged setting)."""
    try:
        value = float(text_scale)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1.0
    return value if value in TEXT_SCALES else 1.0


def _scaled(text: str, factor: float) -> str:
    def scale_value(match: re.Match[str]) -> str:
        values = _NUMBER.sub(lambda m: f"{round(float(m.group(1)) * factor)}px", match.group(2))
        return f"{match.group(1)}: {values};"

    return _PIXELS.sub(scale_value, text)


def apply_theme(app: QApplication, text_scale: float = 1.0, high_contrast: bool = False) -> None:
    """Make (text_scale, high_contrast) the trainer's view and show it: every open window
    follows at once. A participant's own view ends here too."""
    app.setProperty(_TRAINER_SCALE, valid_scale(text_scale))
    app.setProperty(_TRAINER_CONTRAST, bool(high_contrast))
    _show(app, valid_scale(text_scale), bool(high_contrast))


def set_participant_view(
    app: QApplication, text_scale: float | None = None, high_contrast: bool | None = None
) -> None:
    """A participant's own text size and/or contrast (None keeps what is on screen), for one
    respondent: the trainer's setting is untouched and comes back with
    ``reset_participant_view``."""
    scale, contrast = current_view(app)
    _show(
        app,
        scale if text_scale is None else valid_scale(text_scale),
        contrast if high_contrast is None else bool(high_contrast),
    )


def reset_participant_view(app: QApplication) -> None:
    """Back to the trainer's view (nothing is redrawn when it is already on screen)."""
    _show(app, *trainer_view(app))


def current_view(app: QApplication) -> tuple[float, bool]:
    """(text scale, high contrast) on screen now."""
    scale = app.property(_SCALE)
    return valid_scale(1.0 if scale is None else scale), bool(app.property(_CONTRAST))


def trainer_view(app: QApplication) -> tuple[float, bool]:
    """(text scale, high contrast) of the trainer's setting, as last applied."""
    scale = app.property(_TRAINER_SCALE)
    return valid_scale(1.0 if scale is None else scale), bool(app.property(_TRAINER_CONTRAST))


def _show(app: QApplication, text_scale: float, high_contrast: bool) -> None:
    if app.property(_APPLIED) and current_view(app) == (text_scale, high_contrast):
        return  # restyling every widget costs time, and the kiosk resets at every respondent
    _set_palette(app, high_contrast)
    app.setStyleSheet(stylesheet(text_scale, high_contrast))
    app.setProperty(_SCALE, float(text_scale))
    app.setProperty(_CONTRAST, bool(high_contrast))
    app.setProperty(_APPLIED, True)


def _set_palette(app: QApplication, high_contrast: bool) -> None:
    global _platform_palette
    if high_contrast:
        if _platform_palette is None:
            _platform_palette = QPalette(app.palette())
        app.setPalette(high_contrast_palette())
    elif _platform_palette is not None:
        app.setPalette(_platform_palette)
        _platform_palette = None


def high_contrast_palette() -> QPalette:
    """Black on white, selections white on black: for tables, menus and whatever else paints
    from the palette rather than from a style sheet rule."""
    black, white = QColor("#000000"), QColor("#ffffff")
    grey = QColor("#4d4d4d")  # disabled text: 8.4:1 on white
    palette = QPalette(black, white)
    roles = QPalette.ColorRole
    for role in (roles.Window, roles.Base, roles.AlternateBase, roles.Button, roles.ToolTipBase):
        palette.setColor(role, white)
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.ToolTipText):
        palette.setColor(role, black)
    palette.setColor(roles.Highlight, black)
    palette.setColor(roles.HighlightedText, white)
    palette.setColor(roles.PlaceholderText, grey)
    palette.setColor(roles.Link, QColor("#00007a"))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette
