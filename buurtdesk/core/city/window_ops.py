"""What the window asks of city publishing, on an open :class:`Library` (the window never
touches the models or SQLAlchemy itself)."""

from __future__ import annotations

from pathlib import Path

from buurtdesk.core.city.package import Package, publish
from buurtdesk.core.city.themes import (
    CityThemeList,
    MappedTheme,
    for_file,
    mapped_themes,
    set_mapping,
)
from buurtdesk.core.store.library import Library


def publish_neighbourhood(lib: Library, neighbourhood_id: int, out: Path) -> Package:
    """Write the package of the neighbourhood ``neighbourhood_id`` to ``out``."""
    name = next(h.name for h in lib.neighbourhoods() if h.id == neighbourhood_id)
    with lib.session() as session:
        return publish(session, name, for_file(session), out)


def theme_mapping(lib: Library) -> tuple[CityThemeList, list[MappedTheme]]:
    with lib.session() as session:
        themes = for_file(session)
        return themes, mapped_themes(session, themes)


def store_theme_mapping(lib: Library, changes: dict[str, str | None]) -> None:
    """Store each theme's chosen city theme code (None: back to the default), in one go."""
    with lib.session() as session, session.begin():
        themes = for_file(session)
        for name, code in changes.items():
            set_mapping(session, themes, name, code)
