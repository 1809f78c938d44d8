"""Translations through Qt: Qt's own words (OK/Cancel, file dialogs, context menus) from Qt's
qtbase_<locale>.qm, and ours from resources/translations/townshipdesk_<lang>.qm, which every message of
townshipdesk.i18n is then looked up in."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from townshipdesk import i18n
from townshipdesk.resources import resources_dir

CONTEXT = "townshipdesk"  # the one context of tools/extract_translations.py
_installed: list[QTranslator] = []  # kept alive: Qt does not own translators installed from Python
_ours: list[QTranslator] = []
log = logging.getLogger(__name__)


def messages_file(language: str) -> Path:
    return resources_dir() / "translations" / f"townshipdesk_{language}.qm"


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


def install_message_translations(app: QApplication, language: str, qm: Path | None = None) -> bool:
    """Show our messages from the compiled Qt translation of `language` (Chinese is the source language and
    needs none). Without the file the texts written in the code are shown, and the gap is logged."""
    for translator in _ours:
        app.removeTranslator(translator)
    _ours.clear()
    i18n.set_lookup(None)
    if language == "zh":
        return False
    path = qm or messages_file(language)
    translator = QTranslator(app)
    if not translator.load(str(path)):
        log.warning("translation file missing or unreadable: %s", path)
        return False
    app.installTranslator(translator)
    _ours.append(translator)
    cache: dict[tuple[str, str], str] = {}

    def lookup(source: str, fallback: str) -> str:
        # The English of the code is also the disambiguation of a Chinese text said two ways; Qt tries the
        # message without it when there is no such comment.
        key = (source, fallback)
        text = cache.get(key)
        if text is None:
            text = QCoreApplication.translate(CONTEXT, source, fallback)
            if text == source:  # not in the catalog: a message newer than the shipped .qm
                text = fallback
            cache[key] = text
        return text

    i18n.set_lookup(lookup)
    return True
