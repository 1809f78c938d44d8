"""Qt's own words (OK/Cancel, file dialogs, context menus) in the user's language: Qt ships them as
qtbase_<locale>.qm; our own messages are translated by townshipdesk.i18n."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []  # kept alive: Qt does not own translators installed from Python


def install_qt_translations(app: QApplication, language: str) -> bool:
    """Load Qt's translation for zh_CN; English needs none. True when a translation was installed."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "zh":
        return False
    translator = QTranslator(app)
    if translator.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
