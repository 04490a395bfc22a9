"""The risky writes into a folder that holds decoys: every ``export`` kind (read from the
parser), ``backup -o``, the feedback CSV and the slides.  Each writes its own new file, and
every decoy (a BuurtDesk database, a user's file named like a slide, a symbolic link, a named
pipe) keeps its type and its bytes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.commands import argv_for, every_command
from tests.cli.test_corpus_cli import Cli
from tests.cli.test_corpus_outputs_harm import entries
from tests.corpus import make_file, snapshot
from tests.corpus.plugin import record

RISKY = [c for c in every_command() if c.startswith("export ")] + ["backup", "feedback csv"]


@pytest.fixture
def cli(tmp_path: Path, capsys: Any) -> Iterator[Cli]:
    path, _hood, meeting = make_file(tmp_path / "cli.buurtdesk")
    yield Cli(path, meeting, snapshot(path), capsys)


def _decoys(cli: Cli, folder: Path) -> None:
    folder.mkdir()
    shutil.copy(cli.path, folder / "ander.buurtdesk")
    (folder / "03-knelpunten-9.png").write_bytes(b"\x89PNG a photo of the street")
    (folder.parent / "eigen.txt").write_bytes(b"the user's own notes")
    (folder / "notities.pdf").symlink_to(folder.parent / "eigen.txt")
    os.mkfifo(folder / "pijp")


def _argv(cli: Cli, command: str, folder: Path) -> list[str]:
    if command in ("export slides", "export reminders"):  # these write into a folder
        return argv_for(command, cli.path, folder, cli.meeting)[:-1] + [str(folder)]
    if command == "backup":
        return ["backup", "--db", str(cli.path), "-o", str(folder / "kopie.buurtdesk")]
    if command == "feedback csv":
        argv = argv_for("export feedback", cli.path, folder, cli.meeting)
        return [*argv, "--csv", str(folder / "adressen.csv")]
    return argv_for(command, cli.path, folder, cli.meeting, "Oud-Charlois")


@pytest.mark.parametrize("command", RISKY)
def test_decoys_beside_an_export_stay_as_they_were(
    cli: Cli, tmp_path: Path, command: str, record_property: Any
) -> None:
    record(record_property, "decoy", f"outputs {command}")
    folder = tmp_path / "uit"
    _decoys(cli, folder)
    before = entries(folder)
    outside = (tmp_path / "eigen.txt").read_bytes()
    code, out, err = cli(*_argv(cli, command, folder))
    assert code == 0, err
    after = entries(folder)
    for name, value in before.items():
        assert after[name] == value, name  # each decoy keeps its type and bytes
    assert (tmp_path / "eigen.txt").read_bytes() == outside
    made = set(after) - set(before)
    assert made, out  # the export wrote its own file(s), beside the decoys
    assert all(after[name][0] == "file" for name in made)
    assert not [n for n in made if n.startswith(".~")]  # no temporary file left
