"""The PostgreSQL side of the tests: a server for the run, a fresh database per test, and the
count of tests that ran on it in the summary.

``make test`` starts one cluster (tests/pg_server.py) and passes its URL in
BUURTDESK_TEST_PG; without it the first test that needs a server starts one for this process
(each xdist worker its own).  A server that cannot be started fails the test, never skips it.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest

from tests.pg_server import URL_ENV, Cluster

_ON_SERVER: list[bool] = []


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of an administrator's login to the run's server (its database ``postgres``)."""
    import os

    given = os.environ.get(URL_ENV)
    if given:
        yield given
        return
    cluster = Cluster().start()
    try:
        yield cluster.url
    finally:
        cluster.stop()


def _admin(server: str) -> Any:
    import psycopg

    return psycopg.connect(server, autocommit=True)


def with_database(server: str, name: str) -> str:
    return server.rsplit("/", 1)[0] + "/" + name


def _copy(server: str, template: str) -> Iterator[str]:
    name = f"t_{secrets.token_hex(6)}"
    with _admin(server) as con:
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield with_database(server, name)
    finally:
        with _admin(server) as con:  # FORCE ends connections a test left open
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_server: str, record_property: Any) -> Iterator[str]:
    """A new, empty database on the run's server for this test, dropped afterwards."""
    record_property("postgresql", "1")
    yield from _copy(pg_server, "template0")


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A database with BuurtDesk's schema made the real way (migrated and seeded), once per
    process: a copy of it is the same database for a tenth of the time."""
    from buurtdesk.core.store.library import Library

    name = f"tmpl_{secrets.token_hex(6)}"
    with _admin(pg_server) as con:
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    Library(with_database(pg_server, name)).close()
    yield name
    with _admin(pg_server) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_store(pg_server: str, pg_template: str, record_property: Any) -> Iterator[str]:
    """A new database on the run's server holding a new BuurtDesk schema, dropped afterwards."""
    record_property("postgresql", "1")
    yield from _copy(pg_server, pg_template)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    """Where a store test keeps its data: a new file, or a new database on the run's server."""
    if request.param == "sqlite":
        return str(tmp_path / "test.buurtdesk")
    return str(request.getfixturevalue("pg_store"))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and any(n == "postgresql" for n, _ in report.user_properties):
        _ON_SERVER.append(report.passed)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    if hasattr(config, "workerinput") or not _ON_SERVER:
        return  # an xdist worker: the controller counts its reports
    passed = sum(_ON_SERVER)
    terminalreporter.write_line(
        f"PostgreSQL: {len(_ON_SERVER)} tests ran on a server, {passed} passed"
    )
