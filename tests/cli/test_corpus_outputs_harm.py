"""Nothing outside the paths given changes: special files as outputs, and slide folders.

A device, a named pipe, a socket or a symbolic link given as ``-o`` (or ``--report``,
``--csv``, a slide's name) is refused with one sentence and exit 1, and stays what it was;
``-o -`` is refused with its own sentence.  ``export slides`` never writes over a database and
removes only the slides its manifest lists with their bytes unchanged.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.documents.slide_files import MANIFEST, manifest_bytes
from tests.cli.test_corpus_cli import Cli, one_error
from tests.core.documents.test_corpus_outputs import OUTPUTS
from tests.corpus import make_file, snapshot
from tests.corpus.plugin import record

SPECIAL = "not a regular file"


def entries(folder: Path) -> dict[str, tuple[str, bytes | str]]:
    """Every entry below ``folder`` by its own type (links not followed): a file's bytes, a
    link's target, nothing for a pipe, socket or device."""
    found: dict[str, tuple[str, bytes | str]] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            mode = os.lstat(path).st_mode
            key = str(path.relative_to(folder))
            if stat.S_ISLNK(mode):
                found[key] = ("link", os.readlink(path))
            elif stat.S_ISREG(mode):
                found[key] = ("file", path.read_bytes())
            elif stat.S_ISDIR(mode):
                found[key] = ("folder", "")
            else:
                found[key] = (stat.filemode(mode)[0], "")
    return found


def _device(path: Path) -> Path:
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a null device, in tmp
    except PermissionError:
        pytest.skip("cannot make a device node here")
    return path


def _socket(path: Path) -> Path:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    here = Path.cwd()
    os.chdir(path.parent)  # bound by its short name: a socket's path may be 107 bytes at most
    try:
        server.bind(path.name)
    finally:
        os.chdir(here)
        server.close()
    return path


def _link(path: Path) -> Path:
    own = path.with_name("eigen.txt")
    own.write_bytes(b"the user's own notes")
    path.symlink_to(own.name)
    return path


def _dangling(path: Path) -> Path:
    path.symlink_to("nergens.txt")
    return path


SPECIALS: dict[str, Callable[[Path], Path]] = {
    "device": _device,
    "named pipe": lambda p: (os.mkfifo(p), p)[1],
    "socket": _socket,
    "link to a file": _link,
    "dangling link": _dangling,
}


@pytest.fixture
def cli(tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:
    monkeypatch.chdir(tmp_path)
    path, _hood, meeting = make_file(tmp_path / "cli.buurtdesk")
    yield Cli(path, meeting, snapshot(path), capsys)


def _without_wal(found: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in found.items() if not k.endswith(("-wal", "-shm"))}


@pytest.mark.parametrize("special", sorted(SPECIALS))
@pytest.mark.parametrize("entry", sorted(OUTPUTS))
def test_a_special_file_as_output_is_refused(
    cli: Cli, tmp_path: Path, entry: str, special: str, record_property: Any
) -> None:
    record(record_property, "special_file", f"outputs {entry}")
    target = SPECIALS[special](tmp_path / "uit.x")
    argv = OUTPUTS[entry](cli, target)
    before = _without_wal(entries(tmp_path))
    code, _out, err = cli(*argv)
    assert code == 1
    one_error(err, str(target), SPECIAL)
    assert _without_wal(entries(tmp_path)) == before  # the pipe a pipe, the link a link
    assert cli.unchanged()


@pytest.mark.parametrize("entry", sorted(OUTPUTS))
def test_standard_output_is_not_an_output(
    cli: Cli, tmp_path: Path, entry: str, record_property: Any
) -> None:
    record(record_property, "special_file", f"outputs {entry}")
    argv = OUTPUTS[entry](cli, Path("-"))
    before = _without_wal(entries(tmp_path))
    code, _out, err = cli(*argv)
    assert code == 1
    one_error(err, "standard output (-) is not supported")
    assert _without_wal(entries(tmp_path)) == before
    assert cli.unchanged()


# -- slides ------------------------------------------------------------------------------------


def _slides(cli: Cli, folder: Path, db: Path | None = None, meeting: int = 0) -> Any:
    db = db or cli.path
    return cli("export", "slides", "--db", db, "--meeting", meeting or cli.meeting, "-o", folder)


@pytest.mark.parametrize("special", sorted(SPECIALS))
def test_a_special_file_named_like_a_slide_is_refused(
    cli: Cli, tmp_path: Path, special: str, record_property: Any
) -> None:
    record(record_property, "special_file", "outputs export slides")
    folder = tmp_path / "dia"
    folder.mkdir()
    target = SPECIALS[special](folder / "02-acties.png")
    before = _without_wal(entries(tmp_path))
    code, _out, err = _slides(cli, folder)
    assert code == 1
    one_error(err, str(target), SPECIAL)
    assert _without_wal(entries(tmp_path)) == before


def test_the_open_database_named_like_a_slide_is_kept(
    tmp_path: Path, capsys: Any, record_property: Any
) -> None:
    """The case as reported: the database, named 01-titel.png, was overwritten by a PNG."""
    record(record_property, "database", "outputs export slides")
    folder = tmp_path / "dia"
    folder.mkdir()
    path, _hood, meeting = make_file(folder / "01-titel.png")
    cli = Cli(path, meeting, snapshot(path), capsys)
    data = path.read_bytes()
    code, _out, err = _slides(cli, folder)
    assert code == 1
    one_error(err, str(path), "open database")
    assert path.read_bytes() == data
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "01-titel.png"
    ]


def test_another_database_named_like_a_slide_is_kept(
    cli: Cli, tmp_path: Path, record_property: Any
) -> None:
    record(record_property, "database", "outputs export slides")
    folder = tmp_path / "dia"
    folder.mkdir()
    other = Path(shutil.copy(cli.path, folder / "03-knelpunten.png"))
    data = other.read_bytes()
    code, _out, err = _slides(cli, folder)
    assert code == 1
    one_error(err, str(other), "database file")
    assert other.read_bytes() == data
    assert [p.name for p in folder.iterdir()] == ["03-knelpunten.png"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from buurtdesk.core.demo.create import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.buurtdesk"
    create_demo(path)
    return path


def test_first_export_without_manifest_removes_nothing(
    cli: Cli, tmp_path: Path, record_property: Any
) -> None:
    """Earlier slide-like files (another program's, or an export from before manifests)."""
    record(record_property, "decoy", "outputs export slides")
    folder = tmp_path / "dia"
    folder.mkdir()
    planted = {"03-knelpunten-2.png": b"user photo", "02-acties-9.png": b"mine"}
    planted |= {"04-ranglijst-3.png": b"a slide of 2025"}
    for name, data in planted.items():
        (folder / name).write_bytes(data)
    code, out, _err = _slides(cli, folder)
    assert code == 0
    for name, data in planted.items():
        assert (folder / name).read_bytes() == data
    made = {Path(line).name for line in out.splitlines()}
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["files"]) == made


def test_the_manifest_removes_only_unchanged_slides_it_lists(
    cli: Cli, tmp_path: Path, demo_file: Path, record_property: Any
) -> None:
    record(record_property, "decoy", "outputs export slides")
    db = Path(shutil.copy(demo_file, tmp_path / "demo.buurtdesk"))
    folder = tmp_path / "dia"
    code, out, _err = _slides(cli, folder, db, meeting=2)  # 05-prioriteiten-1 and -2
    assert code == 0
    first = {Path(line).name for line in out.splitlines()}
    assert {"05-prioriteiten-1.png", "05-prioriteiten-2.png"} <= first
    (folder / "05-prioriteiten-2.png").write_bytes(b"edited by hand since")
    code, out, _err = _slides(cli, folder, db, meeting=3)  # one 05-prioriteiten
    assert code == 0
    second = {Path(line).name for line in out.splitlines()}
    assert "05-prioriteiten-1.png" not in second and "05-prioriteiten.png" in second
    left = {p.name for p in folder.iterdir()}
    assert left == second | {MANIFEST, "05-prioriteiten-2.png"}  # the edited one stays
    assert (folder / "05-prioriteiten-2.png").read_bytes() == b"edited by hand since"


@pytest.mark.parametrize(
    "manifest",
    [b"{not json", b'{"files": ["01-titel.png"]}', b'{"files": {"../eigen.txt": "x"}}'],
    ids=["broken", "a list", "a path outside"],
)
def test_a_strange_manifest_removes_nothing(
    cli: Cli, tmp_path: Path, manifest: bytes, record_property: Any
) -> None:
    record(record_property, "decoy", "outputs export slides")
    folder = tmp_path / "dia"
    folder.mkdir()
    (folder / MANIFEST).write_bytes(manifest)
    (folder / "06-afsluiting-4.png").write_bytes(b"keep me")
    (tmp_path / "eigen.txt").write_bytes(b"keep me too")
    code, _out, _err = _slides(cli, folder)
    assert code == 0
    assert (folder / "06-afsluiting-4.png").read_bytes() == b"keep me"
    assert (tmp_path / "eigen.txt").read_bytes() == b"keep me too"


def test_slides_replace_the_listed_old_set_only(
    cli: Cli, tmp_path: Path, record_property: Any
) -> None:
    record(record_property, "decoy", "outputs export slides")
    old_set = ("01-titel.png", "03-knelpunten-1.png", "03-knelpunten-2.png", "03-knelpunten-3.png")
    others = ("notities.txt", "mijn-01-titel.png", "01-titel.png.bak", "99-foto.png")
    folder = tmp_path / "dia"
    folder.mkdir()
    planted = [(name, f"an earlier {name}".encode()) for name in old_set + others]
    for name, data in planted:
        (folder / name).write_bytes(data)
    (folder / MANIFEST).write_bytes(manifest_bytes(planted[: len(old_set)]))  # what it wrote
    code, out, _err = _slides(cli, folder)
    assert code == 0
    made = {Path(line).name for line in out.splitlines()}
    assert "03-knelpunten.png" in made  # one page of concerns now: the three listed pages go
    assert {p.name for p in folder.iterdir()} == made | set(others) | {MANIFEST}
    assert all((folder / name).read_bytes().startswith(b"\x89PNG") for name in made)
    for name, data in planted[len(old_set) :]:
        assert (folder / name).read_bytes() == data
