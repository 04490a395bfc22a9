"""``publish`` and ``city import``: three demo neighbourhoods in a new city file, imports that
change nothing, newer packages that replace, and files that are refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.city.cityfile import SNAPSHOTS
from tests.city_helpers import EMAILS, NAMES, PHONES, STREETS, demo_city, planted_fragments


def _snapshot_bytes(city: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(city)
    try:
        tables = ["city_header", "city_neighbourhood", *SNAPSHOTS]
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        con.close()


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], list[Path]]:
    folder = tmp_path_factory.mktemp("stad")
    packages, files = [], []
    for path, name in demo_city(folder):
        out = folder / f"{name}.buurtpakket"
        assert run(["publish", "--db", str(path), "--neighbourhood", name, "-o", str(out)]) == 0
        packages.append(out)
        files.append(path)
    return folder, packages, files


def test_three_neighbourhoods_published_and_imported_are_all_there(
    city: tuple[Path, list[Path], list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, packages, _files = city
    target = folder / "stad.buurtstad"
    capsys.readouterr()
    assert run(["city", "import", *map(str, packages), "--db", str(target), "--create"]) == 0
    assert capsys.readouterr().out.count("\timported") == 3
    con = sqlite3.connect(target)
    names = sorted(r[0] for r in con.execute("SELECT name FROM city_neighbourhood"))
    per_hood = con.execute(
        "SELECT count(DISTINCT neighbourhood_uuid) FROM snap_concern"
    ).fetchone()[0]
    themes = {r[0] for r in con.execute("SELECT city_theme FROM snap_concern")}
    con.close()
    assert names == ["Bloemhof", "Boekweitbuurt-Zuid", "Tarwewijk"]
    assert per_hood == 3
    assert {"afval", "verkeer", "veiligheid"} <= themes

    before, whole = _snapshot_bytes(target), target.read_bytes()
    assert run(["city", "import", *map(str, packages), "--db", str(target)]) == 0
    assert capsys.readouterr().out.count("already up to date") == 3
    assert _snapshot_bytes(target) == before
    assert target.read_bytes() == whole

    data = target.read_bytes()
    assert [f for f in planted_fragments() if f in data] == []


def test_the_planted_data_was_really_in_the_neighbourhood_files(
    city: tuple[Path, list[Path], list[Path]],
) -> None:
    _folder, _packages, files = city
    for index, path in enumerate(files):
        con = sqlite3.connect(path)
        dump = "\n".join(con.iterdump())
        con.close()
        for planted in (NAMES, PHONES, EMAILS, STREETS):
            assert planted[index] in dump


def test_a_newer_package_replaces_only_its_neighbourhood(
    city: tuple[Path, list[Path], list[Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, packages, files = city
    target = tmp_path / "stad.buurtstad"
    assert run(["city", "import", *map(str, packages), "--db", str(target), "--create"]) == 0
    older = tmp_path / "oud.buurtpakket"
    older.write_bytes(packages[1].read_bytes())
    newer = tmp_path / "nieuw.buurtpakket"
    assert run(["publish", "--db", str(files[1]), "--neighbourhood", "Tarwewijk",
                "-o", str(newer)]) == 0  # fmt: skip
    before = _snapshot_bytes(target)
    capsys.readouterr()
    assert run(["city", "import", str(newer), "--db", str(target)]) == 0
    assert "sequence 2\timported" in capsys.readouterr().out
    after = _snapshot_bytes(target)
    assert after != before
    assert sorted(r[2] for r in after["city_neighbourhood"]) == [1, 1, 2]
    assert len(after["snap_concern"]) == len(before["snap_concern"])
    assert run(["city", "import", str(older), "--db", str(target)]) == 0
    assert "already up to date" in capsys.readouterr().out
    assert _snapshot_bytes(target) == after
    con = sqlite3.connect(target)
    with pytest.raises(sqlite3.IntegrityError, match="only replaced"):
        con.execute("UPDATE snap_concern SET title = 'x'")
    con.close()


def _own_list(folder: Path) -> Path:
    path = folder / "eigen.json"
    path.write_text(
        json.dumps({"format": "buurtdesk-city-themes", "id": "schiedam", "version": "2",
                    "themes": [{"code": "overig", "nl": "Overig", "en": "Other"}]}),
        encoding="utf-8",
    )  # fmt: skip
    return path


def test_refused_files_change_nothing(
    city: tuple[Path, list[Path], list[Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _folder, packages, files = city
    other = tmp_path / "andere-lijst.buurtstad"
    args = ["--create", "--theme-list", str(_own_list(tmp_path))]
    assert run(["city", "import", str(packages[0]), "--db", str(other), *args]) == 1
    assert "made with the city theme list buurtdesk-standaard@" in capsys.readouterr().err
    assert run(["city", "import", str(packages[0]), "--db", str(files[0])]) == 1
    assert "neighbourhood's BuurtDesk file, not a city file" in capsys.readouterr().err
    target = tmp_path / "stad.buurtstad"
    assert run(["city", "import", str(files[0]), "--db", str(target), "--create"]) == 1
    assert "not a BuurtDesk package" in capsys.readouterr().err
    assert run(["city", "import", str(packages[0]), "--db", str(tmp_path / "nee.db")]) == 1
    assert "use --create" in capsys.readouterr().err
    assert not (tmp_path / "nee.db").exists()

    newer = tmp_path / "v2.buurtpakket"
    newer.write_bytes(packages[0].read_bytes())
    con = sqlite3.connect(newer)
    con.execute("UPDATE header SET format_version = 2")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    before = _snapshot_bytes(target)
    assert run(["city", "import", str(newer), "--db", str(target)]) == 1
    assert "package format 2" in capsys.readouterr().err
    assert _snapshot_bytes(target) == before


def test_publish_refuses_a_database_as_output(
    city: tuple[Path, list[Path], list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    _folder, _packages, files = city
    argv = ["publish", "--db", str(files[0]), "--neighbourhood", "Boekweitbuurt-Zuid"]
    assert run([*argv, "-o", str(files[1])]) == 1
    assert "it is a database file" in capsys.readouterr().err
    assert run([*argv, "-o", str(files[0])]) == 1
    assert "it is the open database" in capsys.readouterr().err


def test_themes_map_and_list(
    city: tuple[Path, list[Path], list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(city[2][2])
    assert run(["themes", "map", "--db", path, "Jeugd", "sociaal.jeugdvoorzieningen"]) == 0
    assert run(["themes", "map", "--db", path, "Jeugd", "geen-thema"]) == 1
    capsys.readouterr()
    assert run(["themes", "list", "--db", path]) == 0
    out = capsys.readouterr().out
    assert "Jeugd\tsociaal.jeugdvoorzieningen\tset" in out
    assert "Verkeer\tverkeer\tdefault" in out
    assert run(["themes", "map", "--db", path, "Jeugd", "default"]) == 0
    assert run(["themes", "list"]) == 0
    assert "afval.zwerfvuil" in capsys.readouterr().out


def test_a_file_can_use_the_municipalitys_own_list(
    city: tuple[Path, list[Path], list[Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "eigen.buurtdesk"
    path.write_bytes(city[2][0].read_bytes())
    bad = tmp_path / "kapot.json"
    bad.write_text("{", encoding="utf-8")
    assert run(["themes", "use", "--db", str(path), str(bad)]) == 1
    assert "not a readable JSON file" in capsys.readouterr().err
    assert run(["themes", "use", "--db", str(path), str(_own_list(tmp_path))]) == 0
    capsys.readouterr()
    assert run(["themes", "list", "--db", str(path)]) == 0
    assert "Verkeer\toverig\tdefault" in capsys.readouterr().out
    package = tmp_path / "eigen.buurtpakket"
    argv = ["publish", "--db", str(path), "--neighbourhood", "Boekweitbuurt-Zuid"]
    assert run([*argv, "-o", str(package)]) == 0
    assert "schiedam@2" in capsys.readouterr().out
    default_city = tmp_path / "stad.buurtstad"
    assert run(["city", "import", str(package), "--db", str(default_city), "--create"]) == 1
    assert "made with the city theme list schiedam@2" in capsys.readouterr().err
    assert run(["themes", "use", "--db", str(path), "default"]) == 0
    assert "buurtdesk-standaard@" in capsys.readouterr().out
