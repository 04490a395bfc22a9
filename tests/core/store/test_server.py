"""BuurtDesk on a PostgreSQL server: its own schema and marks, what it refuses, the one
sentence per failure, and the store's work on a file and a server alike (``store_target``)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import psycopg
import pytest

from buurtdesk.core.store import server
from buurtdesk.core.store.db import APPLICATION_ID, SCHEMA_VERSION, DatabaseFileError, Problem
from buurtdesk.core.store.library import Library
from tests.pg_plugin import with_database


def admin(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True)


def test_the_store_on_file_and_server(store_target: str) -> None:
    lib = Library(store_target)
    try:
        hood = lib.add_neighbourhood("Bloemhof", "Rotterdam")
        first = lib.add_meeting(hood, dt.date(2026, 9, 10), location="Buurthuis")
        lib.add_meeting(hood, dt.date(2026, 3, 1))
        assert [m.date for m in lib.meetings()] == [dt.date(2026, 3, 1), dt.date(2026, 9, 10)]
        assert lib.meetings()[1].id == first and lib.meetings()[1].location == "Buurthuis"
        with pytest.raises(ValueError, match="already exists"):
            lib.add_neighbourhood("Bloemhof")
        counts = lib.counts()
        assert counts["meetings"] == 2 and counts["partners"] > 0 and counts["themes"] > 0
        assert lib.integrity() == "ok" and lib.schema_version == SCHEMA_VERSION
        assert lib.unknown_tables() == ()
    finally:
        lib.close()
    again = Library(store_target, create=False, read_only=True)
    try:
        assert len(again.meetings()) == 2
        with pytest.raises(Exception):  # noqa: B017 - whichever the database's own refusal
            again.add_neighbourhood("Tarwewijk")
    finally:
        again.close()


def test_tables_live_in_their_own_schema_with_the_marks(pg_url: str) -> None:
    Library(pg_url).close()
    with admin(pg_url) as con:
        schemas = {r[0] for r in con.execute("SELECT DISTINCT schemaname FROM pg_tables")}
        assert "buurtdesk" in schemas
        assert con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
        assert con.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone() == (0,)
        marks = dict(con.execute("SELECT key, value FROM buurtdesk.buurtdesk_meta").fetchall())
    assert marks == {"application_id": str(APPLICATION_ID), "user_version": str(SCHEMA_VERSION)}


def test_the_migrations_make_the_models_tables(pg_url: str) -> None:
    """The same Alembic migrations as a file's give every table and column the models name."""
    from sqlalchemy import inspect

    from buurtdesk.core.store.models import Base

    lib = Library(pg_url)
    try:
        found = inspect(lib.engine)
        assert set(Base.metadata.tables) <= set(found.get_table_names(schema="buurtdesk"))
        for name, table in Base.metadata.tables.items():
            columns = {c["name"] for c in found.get_columns(name, schema="buurtdesk")}
            assert columns == {c.name for c in table.columns}, name
    finally:
        lib.close()


def test_another_schema_by_search_path(pg_url: str) -> None:
    url = f"{pg_url}?options=-csearch_path%3Dwijk_oost"
    Library(url).close()
    with admin(pg_url) as con:
        found = "SELECT count(*) FROM pg_tables WHERE schemaname = 'wijk_oost' AND tablename = %s"
        assert con.execute(found, ("meeting",)).fetchone() == (1,)
        assert con.execute("SELECT to_regnamespace('buurtdesk')").fetchone() == (None,)


def test_a_schema_of_another_program_is_refused_untouched(pg_url: str) -> None:
    with admin(pg_url) as con:
        con.execute("CREATE SCHEMA buurtdesk")
        con.execute("CREATE TABLE buurtdesk.meeting (id int, secret text)")
    with pytest.raises(DatabaseFileError) as caught:
        Library(pg_url)
    assert caught.value.problem == Problem.FOREIGN
    assert "belongs to another program" in str(caught.value)
    with admin(pg_url) as con:
        tables = con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'buurtdesk'")
        assert [r[0] for r in tables] == ["meeting"]


def test_wrong_marks_are_refused(pg_url: str) -> None:
    Library(pg_url).close()
    with admin(pg_url) as con:
        con.execute("UPDATE buurtdesk.buurtdesk_meta SET value = '1' WHERE key = 'application_id'")
    with pytest.raises(DatabaseFileError, match="belongs to another program"):
        Library(pg_url)
    with admin(pg_url) as con:
        con.execute(
            f"UPDATE buurtdesk.buurtdesk_meta SET value = '{APPLICATION_ID}' "
            "WHERE key = 'application_id'"
        )
        con.execute("UPDATE buurtdesk.buurtdesk_meta SET value = '99' WHERE key = 'user_version'")
    with pytest.raises(DatabaseFileError, match="newer BuurtDesk") as caught:
        Library(pg_url)
    assert caught.value.problem == Problem.NEWER


def test_unknown_tables_are_named_and_kept(pg_url: str) -> None:
    Library(pg_url).close()
    with admin(pg_url) as con:
        con.execute("CREATE TABLE buurtdesk.eigen_lijst (x int)")
    lib = Library(pg_url)
    try:
        assert lib.unknown_tables() == ("eigen_lijst",)
    finally:
        lib.close()


def test_an_older_schema_opens_read_only_until_db_upgrade(pg_url: str) -> None:
    lib = Library(pg_url)
    hood = lib.add_neighbourhood("Bloemhof")
    lib.close()
    with admin(pg_url) as con:
        con.execute(
            f"UPDATE buurtdesk.buurtdesk_meta SET value = '{SCHEMA_VERSION - 1}' "
            "WHERE key = 'user_version'"
        )
    old = Library(pg_url)
    try:
        assert old.read_only and old.neighbourhoods()[0].id == hood
        with pytest.raises(DatabaseFileError) as caught:
            old.add_meeting(hood, dt.date(2026, 9, 10))
        assert str(caught.value).endswith(
            "the schema is older than this BuurtDesk: ask your administrator to run "
            "`buurtdesk db upgrade`"
        )
    finally:
        old.close()
    assert server.upgrade(pg_url) == (SCHEMA_VERSION - 1, SCHEMA_VERSION)
    lib = Library(pg_url)
    try:
        assert not lib.read_only and lib.add_meeting(hood, dt.date(2026, 9, 10))
    finally:
        lib.close()


def _one_sentence(url: str) -> DatabaseFileError:
    with pytest.raises(DatabaseFileError) as caught:
        Library(url)
    text = str(caught.value)
    assert "\n" not in text and "Traceback" not in text and "secret-pw" not in text
    return caught.value


def test_every_failure_in_one_sentence(pg_server: str) -> None:
    from tests.pg_server import free_port

    unreachable = _one_sentence(f"postgresql://someone:secret-pw@127.0.0.1:{free_port()}/x")
    assert "the server cannot be reached (check the address and port)" in str(unreachable)
    user = pg_server.split("//")[1].split(":")[0]
    wrong = pg_server.replace(pg_server.split(":")[2].split("@")[0], "secret-pw")
    refused = _one_sentence(wrong)
    assert str(refused).endswith("the server refused the login (wrong user name or password)")
    assert user in str(refused) and ":***@" in str(refused)
    missing = _one_sentence(with_database(pg_server, "no_such_db"))
    assert str(missing).endswith("no such database on the server (ask your administrator)")
    assert missing.problem == Problem.MISSING


def test_missing_privileges_in_one_sentence(pg_server: str, pg_url: str) -> None:
    name = pg_url.rsplit("/", 1)[1]
    with admin(pg_url) as con:
        con.execute("CREATE ROLE kijker LOGIN PASSWORD 'kijk'")
        con.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    try:
        host = pg_server.split("@")[1].rsplit("/", 1)[0]
        error = _one_sentence(f"postgresql://kijker:kijk@{host}/{name}")
        assert str(error).endswith("this login lacks the rights BuurtDesk needs there")
    finally:
        with admin(pg_url) as con:
            con.execute("DROP OWNED BY kijker")
        with admin(pg_server) as con:
            con.execute("DROP ROLE kijker")


def test_psycopg_is_imported_only_for_a_server(tmp_path: object) -> None:
    code = (
        "import sys; from buurtdesk.cli.main import run; "
        f"run(['demo', '--db', {str(tmp_path)!r} + '/x.buurtdesk']); "
        "run(['check', '--db', " + repr(str(tmp_path)) + " + '/x.buurtdesk']); "
        "print('psycopg' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_a_real_older_schema_upgrades_with_its_data(pg_url: str) -> None:
    """Schema 3 on the server (the migrations taken back), two ballots whose numbers are one
    number: ``db upgrade`` runs 0004's data migration there as on a file."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from buurtdesk.core.enums import VotingMethod
    from buurtdesk.core.store.db import MIGRATIONS
    from buurtdesk.core.store.models import Ballot

    lib = Library(pg_url)
    meeting = lib.add_meeting(lib.add_neighbourhood("Bloemhof"), dt.date(2026, 9, 10))
    with lib.session() as s, s.begin():
        for no in ("7", "007"):
            s.add(Ballot(meeting_id=meeting, ballot_no=no, method=VotingMethod.DOTS, choices=[1]))
    lib.close()
    engine = server.make_server_engine(pg_url)
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS))
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
            conn.execute(text("UPDATE buurtdesk_meta SET value = '3' WHERE key = 'user_version'"))
    finally:
        engine.dispose()
    assert server.upgrade(pg_url) == (3, SCHEMA_VERSION)
    with admin(pg_url) as con:
        rows = con.execute("SELECT ballot_no, valid FROM buurtdesk.ballot ORDER BY id").fetchall()
    assert rows == [("7", True), ("007", False)]


def test_a_connection_lost_mid_edit_saves_nothing(pg_url: str) -> None:
    from buurtdesk.core.store.models import Neighbourhood

    lib = Library(pg_url)
    try:
        with pytest.raises(DatabaseFileError) as caught, lib.session() as s, s.begin():
            s.add(Neighbourhood(name="Bloemhof", municipality=""))
            s.flush()
            pid = s.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with admin(pg_url) as con:
                con.execute("SELECT pg_terminate_backend(%s)", (pid,))
        assert str(caught.value).endswith(
            "the connection to the server was lost; nothing was saved"
        )
        assert lib.neighbourhoods() == []  # and the next statement connects again
    finally:
        lib.close()


def test_concurrent_edits_fail_whole_in_one_sentence(pg_url: str) -> None:
    """Two sessions that change the same row at SERIALIZABLE: the second fails whole."""
    from sqlalchemy import select

    from buurtdesk.core.store.models import Neighbourhood

    lib = Library(pg_url)
    try:
        lib.add_neighbourhood("Bloemhof")
        with lib.session() as first, lib.session() as second:
            for s in (first, second):
                s.connection(execution_options={"isolation_level": "SERIALIZABLE"})
                s.scalars(select(Neighbourhood)).one()
            first.scalars(select(Neighbourhood)).one().municipality = "Rotterdam"
            first.commit()
            with pytest.raises(DatabaseFileError) as caught:
                second.scalars(select(Neighbourhood)).one().municipality = "Schiedam"
                second.commit()
        assert str(caught.value).endswith(
            "someone else changed the same data; nothing was saved, try again"
        )
        assert [n.municipality for n in lib.neighbourhoods()] == ["Rotterdam"]
    finally:
        lib.close()


def test_the_test_cluster_is_durable_and_local(pg_server: str) -> None:
    with admin(pg_server) as con:
        assert con.execute("SHOW fsync").fetchone() == ("on",)
        assert con.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
        assert con.execute("SELECT current_setting('server_version_num')::int").fetchone()[0] >= 13


def test_two_clients_setting_up_a_new_database_at_once(pg_url: str) -> None:
    import threading

    start, errors = threading.Barrier(3), []

    def open_it() -> None:
        start.wait()
        try:
            Library(pg_url).close()
        except Exception as exc:  # noqa: BLE001 - collected and shown by the assertion
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    lib = Library(pg_url)
    try:
        from buurtdesk.core.store.defaults import DEFAULT_PARTNERS

        assert lib.counts()["partners"] == len(DEFAULT_PARTNERS)  # seeded once
    finally:
        lib.close()
