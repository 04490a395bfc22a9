"""Ballot and tally files are read by the one CSV reader of the concern import."""

from __future__ import annotations

from pathlib import Path

import pytest

from buurtdesk.core.errors import VoteFileError
from buurtdesk.core.voting.counting import tallies
from buurtdesk.core.voting.files import import_votes, read_rows
from tests.voting_helpers import build

TALLY = "knelpunt;stippen\nK1;5\n\nK2;3\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "windows-1252"])
def test_a_tally_file_reads_alike_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    setup = build(tmp_path / "f.buurtdesk")
    try:
        path = tmp_path / "stippen.csv"
        path.write_bytes(TALLY.encode(encoding))
        report = import_votes(setup.lib, setup.meeting, path, method="dots")
        assert report.counted == 2 and report.all_counted
        counts = tallies(setup.lib, setup.meeting)
        assert counts == {setup.ids[1]: 5, setup.ids[2]: 3}
    finally:
        setup.lib.close()


def test_blank_lines_keep_each_row_on_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "stippen.csv"
    path.write_text(TALLY, encoding="utf-8")
    rows = read_rows(path)
    assert rows[0] == ["knelpunt", "stippen"] and rows[2] == [] and rows[3] == ["K2", "3"]


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00", "not a text"), (b"\n\n  \n", "empty")],
)
def test_an_unusable_file_is_one_clear_refusal(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "stemmen.csv"
    path.write_bytes(content)
    with pytest.raises(VoteFileError, match=words):
        read_rows(path)
