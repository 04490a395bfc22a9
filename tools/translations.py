"""Update, fill in and compile BuurtDesk's translation catalogues (resources/translations).

    python tools/translations.py              lupdate + Dutch catalogue filled in + lrelease
    python tools/translations.py todo         the English messages still to translate, as JSON
    python tools/translations.py merge F.json fill in English translations from a JSON table
    python tools/translations.py build [DIR]  compile the .ts files into .qm files (in DIR)

Dutch is the source language, so ``buurtdesk_nl.ts`` only repeats each source text, marked
finished.  ``buurtdesk_en.ts`` is edited with Qt Linguist (``pyside6-linguist``) or through
``merge``: a JSON list of ``{"context": ..., "source": ..., "translation": ...}``, or an object
``{source: translation}`` that applies in every context.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}


def catalogue(lang: str) -> Path:
    return FOLDER / f"buurtdesk_{lang}.ts"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 into the virtual environment")
    return found


def sources() -> list[str]:
    """The files lupdate reads: every GUI module and every Designer form."""
    gui = [f for f in (ROOT / "buurtdesk" / "gui").rglob("*.py") if f.parent.name != "forms"]
    files = sorted(gui) + sorted((ROOT / "ui").glob("*.ui"))  # forms/: compiled from ui/
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for lang, locale in LANGUAGES.items():
        subprocess.run(
            [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none"]
            + ["-source-language", "nl_NL", "-target-language", locale, "-ts"]
            + [str(catalogue(lang).relative_to(ROOT))],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def messages(path: Path) -> tuple[ET.ElementTree, list[tuple[str, ET.Element]]]:
    """The parsed catalogue and its ``(context, message)`` pairs."""
    tree = ET.parse(path)
    pairs = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        pairs.extend((name, message) for message in context.iter("message"))
    return tree, pairs


def write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _set(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.text = text
    translation.attrib.pop("type", None)


def fill_dutch() -> None:
    """Dutch is the source: every translation is its source text, finished."""
    tree, pairs = messages(catalogue("nl"))
    for _context, message in pairs:
        _set(message, message.findtext("source") or "")
    write(tree, catalogue("nl"))


def todo() -> list[dict[str, str]]:
    _tree, pairs = messages(catalogue("en"))
    return [
        {"context": context, "source": message.findtext("source") or "", "translation": ""}
        for context, message in pairs
        if (t := message.find("translation")) is None or t.get("type") == "unfinished"
    ]


def merge(table_path: Path) -> int:
    table = json.loads(table_path.read_text(encoding="utf-8"))
    if isinstance(table, dict):
        everywhere: dict[str, str] = table
        exact: dict[tuple[str, str], str] = {}
    else:
        everywhere = {}
        exact = {(row["context"], row["source"]): row["translation"] for row in table}
    tree, pairs = messages(catalogue("en"))
    filled = 0
    for context, message in pairs:
        source = message.findtext("source") or ""
        text = exact.get((context, source)) or everywhere.get(source)
        if text:
            _set(message, text)
            filled += 1
    write(tree, catalogue("en"))
    return filled


def build(target: Path = FOLDER) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for lang in LANGUAGES:
        qm = target / f"buurtdesk_{lang}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(catalogue(lang)), "-qm", str(qm)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        lupdate()
        fill_dutch()
        build()
        left = todo()
        print(f"{len(left)} English messages to translate" if left else "English complete")
    elif command == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
    elif command == "merge" and len(argv) == 2:
        print(f"{merge(Path(argv[1]))} messages filled in")
    elif command == "build":
        for path in build(Path(argv[1]) if len(argv) > 1 else FOLDER):
            print(path)
    else:
        print(__doc__, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
