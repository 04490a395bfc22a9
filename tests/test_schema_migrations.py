"""The migrations build exactly the schema the models describe, from nothing or from any
released schema, and every foreign key has an index (a delete looks each one up)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from buurtdesk.core.library import Library
from buurtdesk.core.models import Base

pytestmark = pytest.mark.real_migration  # creating and migrating files is the subject

FIXTURES = Path(__file__).with_name("fixtures")


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
