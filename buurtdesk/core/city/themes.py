"""The municipality's city theme list, and how a neighbourhood's themes map to it.

BuurtDesk ships a default list (``resources/city/themes.json``, main themes with sub-themes,
modelled on the categories Dutch municipalities use for public-space and nuisance reports); a
municipality can give its own file of the same shape.  Each theme of a neighbourhood file maps
to one city theme code: the one stored in ``theme.city_theme``, otherwise a default found by
name (case, accents and synonyms do not matter).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.concerns.words import normalise
from buurtdesk.core.store.models import Setting, Theme
from buurtdesk.core.store.paths import resources_dir

FORMAT = "buurtdesk-city-themes"
FALLBACK = "overig"
SETTING = "city_theme_list"  # the path of the municipality's own list, when it has one


class CityThemeError(ValueError):
    """A city theme list that cannot be used, or a mapping to a theme it does not have."""


@dataclass(frozen=True)
class CityTheme:
    code: str
    nl: str
    en: str
    parent: str | None  # the main theme's code; None for a main theme
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class CityThemeList:
    list_id: str
    version: str
    name: str
    themes: tuple[CityTheme, ...]

    @property
    def key(self) -> str:
        """``id@version``: a package and a city file must agree on it."""
        return f"{self.list_id}@{self.version}"

    def get(self, code: str) -> CityTheme | None:
        return next((t for t in self.themes if t.code == code), None)

    def guess(self, name: str) -> str | None:
        """The city theme code a neighbourhood theme called ``name`` maps to by default."""
        wanted = normalise(name)
        if not wanted:
            return None
        for theme in self.themes:
            names = (theme.code, theme.nl, theme.en, *theme.synonyms)
            if wanted in {normalise(n) for n in names}:
                return theme.code
        return FALLBACK if self.get(FALLBACK) else None


def default_path() -> Path:
    return resources_dir() / "city" / "themes.json"


def _text(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CityThemeError(f"{where}: '{key}' must be a non-empty text")
    return value.strip()


def _theme(item: Any, parent: str | None, where: str) -> CityTheme:
    if not isinstance(item, dict):
        raise CityThemeError(f"{where}: a theme must be an object")
    synonyms = item.get("synonyms", [])
    if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
        raise CityThemeError(f"{where}: 'synonyms' must be a list of texts")
    code = _text(item, "code", where)
    return CityTheme(
        code, _text(item, "nl", where), _text(item, "en", where), parent, tuple(synonyms)
    )


def parse(data: Any) -> CityThemeList:
    """Check a decoded list; raise one ``CityThemeError`` naming what is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CityThemeError(f'not a city theme list (expected "format": "{FORMAT}")')
    main = data.get("themes")
    if not isinstance(main, list) or not main:
        raise CityThemeError("'themes' must be a non-empty list")
    themes: list[CityTheme] = []
    for number, item in enumerate(main, 1):
        theme = _theme(item, None, f"theme {number}")
        themes.append(theme)
        subs = item.get("sub", [])
        if not isinstance(subs, list):
            raise CityThemeError(f"theme {number}: 'sub' must be a list")
        themes += [
            _theme(s, theme.code, f"theme {number}, sub-theme {i}") for i, s in enumerate(subs, 1)
        ]
    codes = [t.code for t in themes]
    doubled = sorted({c for c in codes if codes.count(c) > 1})
    if doubled:
        raise CityThemeError(f"theme code used twice: {', '.join(doubled)}")
    return CityThemeList(
        _text(data, "id", "the list"), _text(data, "version", "the list"),
        str(data.get("name", "")), tuple(themes),
    )  # fmt: skip


def load(path: Path | str | None = None) -> CityThemeList:
    """The list in ``path``, or the default one shipped with BuurtDesk."""
    source = Path(path) if path is not None else default_path()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CityThemeError(f"{source}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CityThemeError(f"{source}: not a readable JSON file ({exc})") from None
    try:
        return parse(data)
    except CityThemeError as exc:
        raise CityThemeError(f"{source}: {exc}") from None


def mapping(session: Session, themes: CityThemeList) -> dict[int, str | None]:
    """Every theme id of the file with the city theme code it counts under."""
    result: dict[int, str | None] = {}
    for theme in session.scalars(select(Theme).order_by(Theme.position, Theme.id)):
        stored = theme.city_theme if theme.city_theme and themes.get(theme.city_theme) else None
        result[theme.id] = stored or themes.guess(theme.name)
    return result


@dataclass(frozen=True)
class MappedTheme:
    theme_id: int
    name: str
    city_theme: str | None
    stored: bool  # False: the default found by name


def mapped_themes(session: Session, themes: CityThemeList) -> list[MappedTheme]:
    found = mapping(session, themes)
    rows = session.scalars(select(Theme).order_by(Theme.position, Theme.id))
    return [
        MappedTheme(t.id, t.name, found[t.id], bool(t.city_theme and themes.get(t.city_theme)))
        for t in rows
    ]


def set_mapping(session: Session, themes: CityThemeList, theme_name: str, code: str | None) -> None:
    """Store that the theme ``theme_name`` counts under ``code`` (None: back to the default)."""
    theme = session.scalar(select(Theme).where(Theme.name == theme_name))
    if theme is None:
        raise CityThemeError(f"no theme named {theme_name!r} in this file")
    if code is not None and themes.get(code) is None:
        raise CityThemeError(f"the city theme list {themes.key} has no theme {code!r}")
    theme.city_theme = code


def for_file(session: Session, override: Path | str | None = None) -> CityThemeList:
    """``override``, else the list the file was set to use (``use_list``), else the default."""
    if override is not None:
        return load(override)
    stored = session.get(Setting, SETTING)
    return load(stored.value) if stored is not None and stored.value else load()


def use_list(session: Session, path: Path | str | None) -> CityThemeList:
    """Make the file use the list in ``path`` (checked first), or the default when None."""
    themes = load(path)
    stored = session.get(Setting, SETTING)
    value = str(Path(path).resolve()) if path is not None else ""
    if stored is None:
        session.add(Setting(key=SETTING, value=value))
    else:
        stored.value = value
    return themes
