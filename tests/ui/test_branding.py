"""The organisation's title and logo, chosen in the settings, on the kiosk's welcome screen; the
participant's own larger text and high contrast there; the app's icon on every window."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_helpers import click

from feedback_app.app import ICON_SIZES, create_app_window
from feedback_app.paths import resource
from feedback_app.store.settings import MAX_LOGO_CHARS
from feedback_app.ui.widgets import logo as logos

TITLE = "Poliisiammattikorkeakoulu"


def picture(path, width: int, height: int, noisy: bool = False):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5f99"))
    if noisy:  # a photograph compresses badly
        import random

        rng = random.Random(3)
        for y in range(height):
            for x in range(0, width, 2):
                image.setPixel(x, y, rng.getrandbits(24))
    assert image.save(str(path))
    return path


def stored_image(text: str) -> QImage:
    image = QImage.fromData(base64.b64decode(text), "PNG")
    assert not image.isNull()
    return image


@pytest.fixture
def open_kiosk(qtbot, data_dir):
    opened = []

    def start():
        window = create_app_window(data_dir, kiosk=True, language="fi")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: window._flow is not None, timeout=10000)
        opened.append(window)
        return window

    yield start
    for window in opened:
        window.close_unlocked()
        window.controller.services.close()


def set_branding(data_dir, title: str, logo: str) -> None:
    from feedback_app.services import Services

    with Services(data_dir) as services:
        services.settings.set("branding_title", title)
        services.settings.set("branding_logo", logo)


def test_the_welcome_screen_shows_the_organisations_title_and_logo(open_kiosk, data_dir):
    logo = logos.logo_from_file(resource("icons", "feedback-app.svg"))
    set_branding(data_dir, TITLE, logo)
    welcome = open_kiosk().welcome
    assert welcome.organisation.isVisible() and welcome.organisation.text() == TITLE
    assert welcome.logo.isVisible()
    pixmap = welcome.logo.pixmap()
    assert not pixmap.isNull() and pixmap.height() <= 120
    assert welcome.logo.accessibleName() == TITLE
    # above the welcome text: the logo, then the title, then the training and the greeting
    tops = [welcome.logo.y(), welcome.organisation.y(), welcome._title.y()]
    assert tops == sorted(tops) and tops[-1] < welcome._greetings[0].y()


def test_nothing_of_the_branding_shows_when_it_is_not_set(open_kiosk):
    welcome = open_kiosk().welcome
    assert not welcome.organisation.isVisible() and not welcome.logo.isVisible()


def test_the_settings_choose_a_logo_and_a_title_and_remove_the_logo(
    qtbot, home, tmp_path, monkeypatch
):
    big = picture(tmp_path / "logo.png", 2000, 1000)
    home._edit_settings()
    dialog = home.dialog
    branding = dialog.branding
    assert branding.preview.text() == "No logo" and not branding.remove_button.isEnabled()
    branding.title_edit.setText(f"  {TITLE} ")
    chosen = {}

    def get_open_file_name(parent, caption, folder, filters):
        chosen.update(caption=caption, filters=filters)
        return str(big), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    click(qtbot, branding.choose_button)
    assert chosen["filters"] == "Pictures (*.png *.jpg *.jpeg *.svg)"
    assert not branding.preview.pixmap().isNull() and branding.remove_button.isEnabled()
    dialog._save()
    settings = home.controller.services.settings
    assert settings.get("branding_title") == TITLE
    image = stored_image(settings.get("branding_logo"))
    assert (image.width(), image.height()) == (512, 256)  # the longer side at most 512 px
    home._edit_settings()
    branding = home.dialog.branding
    assert branding.title_edit.text() == TITLE and not branding.preview.pixmap().isNull()
    click(qtbot, branding.remove_button)
    assert branding.preview.text() == "No logo"
    home.dialog._save()
    assert settings.get("branding_logo") == ""


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("notes.png", b"this is text, not a picture", "notes.png is not a picture: choose a PNG, "
         "JPG or SVG file."),
        ("huge.png", None, "huge.png is too large for a logo: choose a picture file of at most "
         "10 MB."),
        ("gone.png", "missing", "gone.png cannot be read: check that the file is still there."),
    ],
)  # fmt: skip
def test_a_file_that_cannot_be_a_logo_is_refused_with_the_reason(home, tmp_path, name, content,
                                                                   message):  # fmt: skip
    path = tmp_path / name
    if content is None:
        with path.open("wb") as file:  # larger than any logo needs
            file.truncate(logos.MAX_FILE_BYTES + 1)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    home._edit_settings()
    branding = home.dialog.branding
    home.dialog.tabs.setCurrentIndex(home.dialog.tabs.indexOf(_tab_of(branding)))
    before = branding.logo()
    assert not branding.use_file(path)
    assert branding.message.isVisibleTo(home.dialog) and branding.message.text() == message
    assert branding.logo() == before


def test_a_detailed_picture_is_made_smaller_until_the_settings_keep_it(tmp_path):
    assert logos.MAX_LOGO_CHARS == MAX_LOGO_CHARS  # the settings' limit, known to the screens
    text = logos.logo_from_file(picture(tmp_path / "photo.png", 1600, 1600, noisy=True))
    assert len(text) <= MAX_LOGO_CHARS
    assert max(stored_image(text).width(), stored_image(text).height()) < 512


def test_the_participant_chooses_larger_text_and_high_contrast_for_themselves(qtbot, open_kiosk):
    kiosk = open_kiosk()
    app = QApplication.instance()
    welcome = kiosk.welcome
    before = app.styleSheet()
    for button, name in ((welcome.larger_text, "Suurempi teksti / Större text / Larger text"),
                         (welcome.high_contrast, "Suuri kontrasti / Hög kontrast / High "
                          "contrast")):  # fmt: skip
        assert button.accessibleName() == name
        assert button.minimumWidth() >= 44 and button.minimumHeight() >= 44
    click(qtbot, welcome.larger_text)
    assert app.property("feedback_text_scale") == 1.5
    assert app.styleSheet() != before
    # Still one screen of a laptop: the languages side by side, by their names only.
    assert welcome.layout().totalMinimumSize().height() <= 768
    assert [b.text() for b in welcome.buttons.values()] == ["Suomi", "Svenska", "English"]
    assert all(b.width() >= b.sizeHint().width() for b in welcome.buttons.values())
    assert welcome.buttons["fi"].accessibleName() == "Aloita suomeksi"
    welcome.high_contrast.setFocus()
    qtbot.keyClick(welcome.high_contrast, Qt.Key.Key_Space)
    assert app.property("feedback_high_contrast") is True
    click(qtbot, welcome.buttons["fi"])  # the view stays while this participant answers
    assert app.property("feedback_text_scale") == 1.5
    kiosk.reset()  # the next participant begins with the trainer's own
    assert app.property("feedback_text_scale") == 1.0
    assert app.property("feedback_high_contrast") is False
    assert app.styleSheet() == before
    assert not welcome.larger_text.isChecked() and not welcome.high_contrast.isChecked()
    assert welcome.buttons["fi"].text() == "Suomi\nAloita suomeksi"


def test_every_window_has_the_apps_icon(home):
    for size in ICON_SIZES:
        assert resource("icons", f"feedback-app-{size}.png").is_file()
    assert resource("icons", "feedback-app.svg").is_file()
    icon = QApplication.instance().windowIcon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    assert not home.windowIcon().isNull()
    home._edit_settings()
    assert not home.dialog.windowIcon().isNull()


def _tab_of(widget):
    """The settings tab (a scroll area) that holds ``widget``."""
    while widget.parentWidget() is not None and widget.objectName()[:14] != "settings_page_":
        widget = widget.parentWidget()
    return widget
