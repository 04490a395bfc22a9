"""Every module stays small enough to read in one sitting: under 400 lines."""

from __future__ import annotations

from tests.locations import ROOT

LIMIT = 400
FOLDERS = ("buurtdesk", "tests", "benchmarks", "tools", "installer")


def test_every_module_is_under_400_lines() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for folder in FOLDERS
        for path in (ROOT / folder).rglob("*.py")
    }
    assert len(sizes) > 200  # the walk found the code
    too_long = sorted(f"{name}: {lines}" for name, lines in sizes.items() if lines >= LIMIT)
    assert too_long == []
