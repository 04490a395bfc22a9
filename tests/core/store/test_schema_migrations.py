"""The migrations build exactly the schema the models describe, from nothing or from any
released schema, and every foreign key has an index (a delete looks each one up)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Base
from tests.locations import TESTS

pytestmark = pytest.mark.real_migration  # creating and migrating files is the subject

FIXTURES = TESTS / "fixtures"


def _differences(path: Path) -> list[object]:
    lib = Library(path)
    try:
        with lib.engine.connect() as conn:
            return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))
    finally:
        lib.close()


def test_a_new_file_matches_the_models(tmp_path: Path) -> None:
    assert _differences(tmp_path / "new.buurtdesk") == []


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.buurtdesk")), ids=str)
def test_a_migrated_file_matches_the_models(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    assert _differences(path) == []


def _unindexed_foreign_keys(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        missing = []
        for table in tables:
            leading = set()
            for index in con.execute(f'PRAGMA index_list("{table}")').fetchall():
                columns = con.execute(f'PRAGMA index_info("{index[1]}")').fetchall()
                leading.add(min(columns)[2])  # the first column of the index
            for fk in con.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
                if fk[3] not in leading:
                    missing.append(f"{table}.{fk[3]}")
        return missing
    finally:
        con.close()


def test_every_foreign_key_has_an_index(tmp_path: Path) -> None:
    old = tmp_path / "old.buurtdesk"
    shutil.copy(FIXTURES / "schema-0001.buurtdesk", old)
    assert "concern.merged_into_id" in _unindexed_foreign_keys(old)  # the check can fail
    Library(old).close()
    assert _unindexed_foreign_keys(old) == []
    new = tmp_path / "new.buurtdesk"
    Library(new).close()
    assert _unindexed_foreign_keys(new) == []


def test_downgrading_to_base_leaves_no_table_behind(tmp_path: Path) -> None:
    import sqlite3

    from alembic import command
    from alembic.config import Config

    from buurtdesk.core.store.db import MIGRATIONS, make_engine
    from buurtdesk.core.store.library import Library

    path = tmp_path / "down.buurtdesk"
    Library(path, daily_backup=False).close()
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as con:
        names = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
    assert names <= {"alembic_version", "sqlite_autoindex_alembic_version_1"}, names
