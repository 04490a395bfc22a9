"""The city theme list: the shipped default, a municipality's own file, and the mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from buurtdesk.core.city.themes import CityThemeError, load, mapped_themes, set_mapping
from buurtdesk.core.store.library import Library


def test_the_default_list_has_main_and_sub_themes_with_a_version() -> None:
    themes = load()
    assert themes.version and themes.list_id
    main = {t.code for t in themes.themes if t.parent is None}
    assert {"afval", "openbare-ruimte", "verkeer", "overlast-personen", "veiligheid"} <= main
    assert {"groen", "water"} <= main
    assert any(t.parent == "afval" for t in themes.themes)
    assert all(t.nl and t.en for t in themes.themes)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Verkeer", "verkeer"),
        ("VERKEER", "verkeer"),
        ("  groen ", "groen"),
        ("Schoon", "afval"),  # a synonym
        ("Overlast door personen", "overlast-personen"),
        ("Veiligheíd", "veiligheid"),  # accents do not matter
        ("Traffic", "verkeer"),  # the English label
        ("Hondenpoep", "afval.hondenpoep"),  # a sub-theme by name
        ("Iets heel anders", "overig"),
    ],
)
def test_a_theme_maps_by_name_case_accents_and_synonyms(name: str, code: str) -> None:
    assert load().guess(name) == code


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ({"format": "iets"}, "not a city theme list"),
        ({"format": "buurtdesk-city-themes", "id": "x", "version": "1", "themes": []}, "non-empty"),
        (
            {"format": "buurtdesk-city-themes", "id": "x", "version": "1",
             "themes": [{"code": "a", "nl": "A", "en": "A"}, {"code": "a", "nl": "B", "en": "B"}]},
            "used twice",
        ),
        (
            {"format": "buurtdesk-city-themes", "id": "x", "version": "1",
             "themes": [{"code": "a", "nl": "", "en": "A"}]},
            "'nl'",
        ),
        (
            {"format": "buurtdesk-city-themes", "version": "1",
             "themes": [{"code": "a", "nl": "A", "en": "A"}]},
            "'id'",
        ),
    ],
)  # fmt: skip
def test_a_bad_list_is_refused_with_one_clear_error(
    tmp_path: Path, content: object, reason: str
) -> None:
    with pytest.raises(CityThemeError, match=reason):
        load(_write(tmp_path / "lijst.json", content))


def test_a_file_that_is_not_json_or_missing_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "lijst.json"
    bad.write_bytes(b"\xff\xfe{")
    with pytest.raises(CityThemeError, match="not a readable JSON file"):
        load(bad)
    with pytest.raises(CityThemeError, match="no such file"):
        load(tmp_path / "weg.json")


def test_a_municipalitys_own_list_replaces_the_default(tmp_path: Path) -> None:
    own = {
        "format": "buurtdesk-city-themes", "id": "schiedam", "version": "3",
        "themes": [{"code": "schoon", "nl": "Schoon", "en": "Clean", "sub": []}],
    }  # fmt: skip
    themes = load(_write(tmp_path / "schiedam.json", own))
    assert themes.key == "schiedam@3"
    assert themes.guess("schoon") == "schoon"
    assert themes.guess("Verkeer") is None  # no fallback theme in this list


def test_the_mapping_is_stored_in_the_file(db_path: Path) -> None:
    themes = load()
    lib = Library(db_path, daily_backup=False)
    try:
        with lib.session() as s, s.begin():
            set_mapping(s, themes, "Jeugd", "sociaal.jeugdvoorzieningen")
        with lib.session() as s:
            rows = {r.name: r for r in mapped_themes(s, themes)}
            with pytest.raises(CityThemeError, match="has no theme 'nope'"):
                set_mapping(s, themes, "Jeugd", "nope")
            with pytest.raises(CityThemeError, match="no theme named"):
                set_mapping(s, themes, "Bestaat niet", "afval")
    finally:
        lib.close()
    assert rows["Jeugd"].city_theme == "sociaal.jeugdvoorzieningen" and rows["Jeugd"].stored
    assert rows["Verkeer"].city_theme == "verkeer" and not rows["Verkeer"].stored
    lib = Library(db_path, daily_backup=False)
    try:
        with lib.session() as s:
            again = {r.name: r.city_theme for r in mapped_themes(s, themes)}
    finally:
        lib.close()
    assert again["Jeugd"] == "sociaal.jeugdvoorzieningen"
