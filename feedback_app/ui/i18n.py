"""Interface languages: Qt translators for fi/sv/en, switched at run time.

The trainer's screens use the interface language; the kiosk switches to the language a
participant picks and back. Texts are translated with Qt Linguist files
(``resources/translations/feedback_app_<lang>.ts`` compiled to ``.qm``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resource

LANGUAGES = ("fi", "sv", "en")
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def current_language() -> str:
    """The language whose translator is installed now (the default locale follows it)."""
    name = QLocale().name()[:2]
    return name if name in LANGUAGES else "en"


def application_name() -> str:
    """The app's name in the installed language; Qt adds it to every window's title."""
    return QCoreApplication.translate("Application", "Training feedback")


class Translations:
    """Loads one translator per language once and installs the one in use."""

    def __init__(self) -> None:
        self._app: dict[str, QTranslator] = {}
        self._qt: dict[str, QTranslator] = {}
        self.current: str | None = None
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for lang in LANGUAGES:
            app = QTranslator()
            app.load(str(resource("translations", f"feedback_app_{lang}.qm")))
            self._app[lang] = app
            qt = QTranslator()
            qt.load(f"qtbase_{lang}", qt_dir)
            self._qt[lang] = qt

    def install(self, language: str) -> None:
        """Make ``language`` the language of every ``tr()`` from now on."""
        language = language if language in LANGUAGES else "en"
        if language == self.current:
            return
        if self.current is not None:
            QCoreApplication.removeTranslator(self._app[self.current])
            QCoreApplication.removeTranslator(self._qt[self.current])
        QCoreApplication.installTranslator(self._qt[language])
        QCoreApplication.installTranslator(self._app[language])
        QLocale.setDefault(QLocale(language))
        self.current = language
        _name_application()

    def uninstall(self) -> None:
        if self.current is not None:
            QCoreApplication.removeTranslator(self._app[self.current])
            QCoreApplication.removeTranslator(self._qt[self.current])
            self.current = None
            _name_application()

    def text(self, language: str, context: str, source: str) -> str:
        """``source`` translated into ``language`` regardless of the installed language."""
        return self._app[language].translate(context, source) or source


def _name_application() -> None:
    from PySide6.QtWidgets import QApplication

    if isinstance(QCoreApplication.instance(), QApplication):
        QApplication.setApplicationDisplayName(application_name())
