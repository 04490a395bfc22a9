"""requirements.lock: every dependency pinned with hashes, and the bundle builds install from it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
BUILDS = (ROOT / "installer" / "build-linux.sh", ROOT / ".github" / "workflows" / "windows.yml")
PLATFORMS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
}
PYTHON = {"python_version": "3.11", "python_full_version": "3.11.9"}


class Pin:
    def __init__(self, name: str, version: str, marker: str, hashes: list[str]) -> None:
        self.name, self.version, self.hashes = name, Version(version), hashes
        self.marker = Marker(marker) if marker else None

    def applies(self, platform: str) -> bool:
        return self.marker is None or self.marker.evaluate({**PLATFORMS[platform], **PYTHON})


def parse_lock(text: str) -> dict[str, Pin]:
    """The lock's entries by canonical name: ``name==version [; marker] \\`` and hash lines."""
    pins: dict[str, Pin] = {}
    for entry in re.split(r"\n(?=[^\s#])", text.replace("\\\n", " ")):
        line = entry.split("\n", 1)[0].split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        found = re.fullmatch(
            r"([A-Za-z0-9._-]+)==(\S+?)\s*(?:;\s*(.*?))?\s*((?:--hash=sha256:[0-9a-f]{64}\s*)*)",
            line,
        )
        assert found, f"not a hashed pin: {line!r}"
        name, version, marker, hashes = found.groups()
        pins[canonicalize_name(name)] = Pin(
            name, version, (marker or "").strip(), re.findall(r"[0-9a-f]{64}", hashes)
        )
    return pins


def wanted() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = project["dependencies"] + project["optional-dependencies"]["bundle"]
    return [Requirement(r) for r in names]


def test_parse_lock_reads_pins_markers_and_hashes() -> None:
    text = (
        "alpha==1.0 \\\n    --hash=sha256:" + "a" * 64 + " \\\n    --hash=sha256:" + "b" * 64 + "\n"
        "    # via buurtdesk\n"
        "beta==2.0 ; sys_platform == 'win32' \\\n    --hash=sha256:" + "c" * 64 + "\n"
        "gamma==3.0\n"
    )
    pins = parse_lock(text)
    assert pins["alpha"].hashes == ["a" * 64, "b" * 64]
    assert pins["beta"].applies("windows") and not pins["beta"].applies("linux")
    assert pins["gamma"].hashes == []


@pytest.mark.parametrize("requirement", wanted(), ids=str)
def test_every_dependency_is_pinned_with_hashes(requirement: Requirement) -> None:
    pins = parse_lock(LOCK.read_text("utf-8"))
    pin = pins.get(canonicalize_name(requirement.name))
    assert pin is not None, f"{requirement.name} is not in requirements.lock"
    assert pin.hashes, f"{requirement.name} has no --hash=sha256: in requirements.lock"
    assert requirement.specifier.contains(pin.version, prereleases=True), (
        f"{requirement.name}=={pin.version} does not fit {requirement}"
    )
    assert pin.applies("linux") and pin.applies("windows")


def test_every_pin_in_the_lock_has_a_hash() -> None:
    pins = parse_lock(LOCK.read_text("utf-8"))
    assert [name for name, pin in pins.items() if not pin.hashes] == []


def test_the_lock_holds_what_windows_alone_needs() -> None:
    """One resolution for both platforms: PyInstaller's Windows-only dependencies are pinned."""
    pins = parse_lock(LOCK.read_text("utf-8"))
    windows_only = [n for n, p in pins.items() if p.applies("windows") and not p.applies("linux")]
    assert "pefile" in windows_only
    assert "pywin32-ctypes" in windows_only
    # Qt's bindings come as one wheel per platform: each release's files are all hashed.
    assert len(pins["pyside6-essentials"].hashes) >= 3
    assert len(pins["shiboken6"].hashes) >= 3


@pytest.mark.parametrize("script", BUILDS, ids=lambda p: p.name)
def test_the_bundle_builds_install_from_the_lock(script: Path) -> None:
    lines = [ln.split("#", 1)[0] for ln in script.read_text("utf-8").splitlines()]
    installs = [ln for ln in lines if re.search(r"\bpip\b.*\binstall\b", ln)]
    assert any(
        "--require-hashes" in ln and re.search(r"-r\s+requirements\.lock\b", ln) for ln in installs
    ), f"{script.name}: no pip install --require-hashes -r requirements.lock"
    own = [ln for ln in installs if re.search(r"\s(?:-e\s+)?\.(?:\s|$|\[)", ln)]
    assert own, f"{script.name}: BuurtDesk itself is not installed"
    assert all("--no-deps" in ln for ln in own), f"{script.name}: {own}"
    assert not [ln for ln in installs if ".[" in ln], "an extra pulls unhashed dependencies"


def test_make_lock_regenerates_the_lock() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert re.search(r"^lock:\n\ttools/lock\.sh$", makefile, re.M)
    script = (ROOT / "tools" / "lock.sh").read_text("utf-8")
    assert "--generate-hashes" in script and "--universal" in script
    assert "-o requirements.lock" in script
