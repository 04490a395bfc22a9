"""Counting the corpus: every corpus test records its kind and entry point, and the run ends
with the figures (tried and passed, per kind and per entry point) in the terminal summary and
in ``corpus-results.json`` beside pytest's temporary folders.  Run in parallel (xdist),
each worker's reports, with their ``user_properties``, come back to the controller's
``pytest_runtest_logreport``, so the controller counts every case once."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

_RESULTS: list[tuple[str, str, bool]] = []


def record(record_property: Any, kind: str, entry: str) -> None:
    """Mark the running test as one corpus case of ``kind`` at ``entry``."""
    record_property("corpus", f"{kind}|{entry}")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when != "call":
        return
    for name, value in report.user_properties:
        if name == "corpus":
            kind, entry = str(value).split("|", 1)
            _RESULTS.append((kind, entry, report.passed))


def figures() -> dict[str, Any]:
    def table(index: int) -> dict[str, dict[str, int]]:
        tried = Counter(r[index] for r in _RESULTS)
        passed = Counter(r[index] for r in _RESULTS if r[2])
        return {k: {"tried": tried[k], "passed": passed[k]} for k in sorted(tried)}

    return {
        "tried": len(_RESULTS),
        "passed": sum(1 for r in _RESULTS if r[2]),
        "per_kind": table(0),
        "per_entry_point": table(1),
    }


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return  # an xdist worker: its reports reach the controller, which counts them all
    if not _RESULTS:
        return
    found = figures()
    factory = getattr(config, "_tmp_path_factory", None)
    if factory is not None:
        target = Path(factory.getbasetemp()) / "corpus-results.json"
        target.write_text(json.dumps(found, indent=2), encoding="utf-8")
    write = terminalreporter.write_line
    write(f"hostile-input corpus: {found['passed']} of {found['tried']} cases passed")
    for title in ("per_kind", "per_entry_point"):
        parts = [f"{k} {v['passed']}/{v['tried']}" for k, v in found[title].items()]
        write(f"  {title.replace('_', ' ')}: " + ", ".join(parts))
