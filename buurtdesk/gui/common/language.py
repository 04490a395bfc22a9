"""Which language the window speaks, and the translators that make it do so.

Dutch is the source language and the product's first language; English is complete.  The
choice, first match wins:

1. ``BUURTDESK_LANG=nl|en`` in the environment (tests, screenshots, a one-off start);
2. the choice made under Beeld › Taal, stored in ``QSettings`` as ``language``;
3. the system: the first of the user's preferred languages that is Dutch or English;
   when it lists neither, Dutch (the meetings, forms and partners are Dutch).

Dates stay dd-mm-jjjj in both languages (the paperwork is Dutch, and dd-mm-yyyy cannot be
misread as a US date).  Numbers follow the language: a decimal comma in Dutch, a point in
English (``QLocale.setDefault``).  A new choice takes effect at the next start.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from buurtdesk.core.store.paths import resources_dir

LANGUAGES = ("nl", "en")
SOURCE = "nl"
ENV = "BUURTDESK_LANG"
SETTING = "language"
LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_current = SOURCE


def _known(value: object) -> str | None:
    text = str(value or "").strip().lower().replace("-", "_")
    code = text.split("_", 1)[0]
    return code if code in LANGUAGES else None


def system_language(preferred: list[str] | None = None) -> str:
    """The first Dutch or English entry in the user's preferred UI languages, else Dutch."""
    for name in QLocale.system().uiLanguages() if preferred is None else preferred:
        found = _known(name)
        if found:
            return found
    return SOURCE


def stored_language() -> str | None:
    return _known(QSettings().value(SETTING))


def store_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    QSettings().setValue(SETTING, lang)


def chosen_language() -> str:
    """The environment, else the stored choice, else the system (see the module text)."""
    return _known(os.environ.get(ENV)) or stored_language() or system_language()


def current_language() -> str:
    """The language the running window was started in (``nl`` until translators load)."""
    return _current


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install(
    app: QCoreApplication, lang: str, extra: Sequence[QTranslator] = ()
) -> list[QTranslator]:
    """Install BuurtDesk's catalogue and Qt's own for ``lang``; ``extra`` are installed after
    them (so they are asked first).  Returns what was installed, to keep or remove later."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(lang)
    locale = LOCALES[lang]
    QLocale.setDefault(locale)
    loaded: list[QTranslator] = []
    qtbase = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qtbase.load(locale, "qtbase", "_", qt_folder):  # qtbase_en may be absent: Qt is English
        loaded.append(qtbase)
    if lang != SOURCE:  # Dutch is the source text: nothing to look up
        own = QTranslator(app)
        if own.load(f"buurtdesk_{lang}", translations_dir()):
            loaded.append(own)
    loaded.extend(extra)
    for translator in loaded:
        app.installTranslator(translator)
    _current = lang
    return loaded


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Remove translators installed by ``install`` (tests switch languages back and forth)."""
    global _current
    for translator in translators:
        app.removeTranslator(translator)
        translator.setParent(None)  # no longer one of the application's translators
    QLocale.setDefault(LOCALES[SOURCE])
    _current = SOURCE


def number_locale() -> QLocale:
    """The locale numbers are shown and typed in: a decimal comma in Dutch, a point in English."""
    return LOCALES[_current]


def decimal(text: str) -> str:
    """``22.5`` as the current language writes it (``22,5`` in Dutch)."""
    return text.replace(".", ",") if _current == "nl" else text
