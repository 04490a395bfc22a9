"""Fixtures of the privacy tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from buurtdesk.core.store.library import Library
from tests.core.privacy.erasure_planting import _plant


@pytest.fixture
def planted(tmp_path: Path) -> Iterator[tuple[Library, int]]:
    lib = Library(tmp_path / "erasure.buurtdesk", daily_backup=False)
    sid = _plant(lib)
    yield lib, sid
    lib.close()
