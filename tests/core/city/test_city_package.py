"""The package holds exactly the allow-list, and no planted personal data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from buurtdesk.core.city.package import ALLOWED, PublishError, publish
from buurtdesk.core.city.themes import load
from buurtdesk.core.store.library import Library
from tests.city_helpers import demo_city, planted_fragments


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, list[str]]]:
    folder = tmp_path_factory.mktemp("city")
    made = []
    for path, name in demo_city(folder):
        lib = Library(path, daily_backup=False)
        try:
            with lib.session() as s:
                package = publish(s, name, load(), folder / f"{name}.buurtpakket")
        finally:
            lib.close()
        made.append((folder / f"{name}.buurtpakket", [w.text for w in package.warnings]))
    return made


def test_the_packages_tables_and_columns_are_exactly_the_allow_list(
    published: list[tuple[Path, list[str]]],
) -> None:
    for path, _warnings in published:
        con = sqlite3.connect(path)
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master")]
        assert sorted(tables) == sorted(ALLOWED)  # no index, view or trigger either
        for table, columns in ALLOWED.items():
            assert tuple(r[1] for r in con.execute(f"PRAGMA table_info({table})")) == columns
        assert con.execute("SELECT count(*) FROM concern").fetchone()[0] > 50
        assert con.execute("SELECT count(*) FROM action_update").fetchone()[0] > 10
        con.close()


def test_planted_personal_data_is_nowhere_in_a_package(
    published: list[tuple[Path, list[str]]],
) -> None:
    for path, _warnings in published:
        data = path.read_bytes()
        leaked = [f.decode("utf-8", "replace") for f in planted_fragments() if f in data]
        assert leaked == [], path.name


def test_what_the_scrubber_changed_is_reported(published: list[tuple[Path, list[str]]]) -> None:
    for _path, warnings in published:
        assert any(w.startswith("concern K1 title:") for w in warnings)
        assert any(w.startswith("action 1 description:") for w in warnings)


def test_the_sequence_rises_with_each_publish(tmp_path: Path) -> None:
    path, name = demo_city(tmp_path)[1]
    lib = Library(path, daily_backup=False)
    try:
        with lib.session() as s:
            first = publish(s, name, load(), tmp_path / "a.buurtpakket")
        with lib.session() as s:
            second = publish(s, name, load(), tmp_path / "a.buurtpakket")  # its own file: replaced
        with lib.session() as s, pytest.raises(PublishError, match="no neighbourhood named"):
            publish(s, "Nergens", load(), tmp_path / "b.buurtpakket")
    finally:
        lib.close()
    assert (first.sequence, second.sequence) == (1, 2)
    assert first.uuid == second.uuid and len(first.uuid) == 36
    assert not (tmp_path / "b.buurtpakket").exists()
