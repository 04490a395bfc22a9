"""The catalogues: complete, placeholders that match, compiled files that are current, and
English documents without Dutch labels."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader

from buurtdesk.core.documents import KINDS, make_document
from buurtdesk.core.documents.labels import LABELS
from buurtdesk.core.store.paths import resources_dir

ROOT = Path(__file__).resolve().parents[1]
FOLDER = resources_dir() / "translations"
PLACEHOLDER = re.compile(r"%(\d+|n)")


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bd_translations", ROOT / "tools/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def messages(lang: str) -> dict[tuple[str, str], tuple[str, str | None]]:
    """``(context, source) -> (translation, type)`` for every message of a catalogue."""
    root = ET.parse(FOLDER / f"buurtdesk_{lang}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            text = "" if node is None else node.text or ""
            kind = None if node is None else node.get("type")
            found[(name, message.findtext("source") or "")] = (text, kind)
    return found


def test_both_catalogues_hold_the_same_messages_all_finished() -> None:
    english, dutch = messages("en"), messages("nl")
    assert len(english) > 500
    assert english.keys() == dutch.keys()
    unfinished = [key for key, (text, kind) in english.items() if kind or not text.strip()]
    assert unfinished == []
    assert all(text == source and not kind for (_c, source), (text, kind) in dutch.items())


def test_placeholders_match_across_the_languages() -> None:
    wrong = []
    for (context, source), (text, _kind) in messages("en").items():
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == []


def test_english_really_is_english() -> None:
    english = messages("en")
    assert english[("MainWindow", "&Bestand")][0] == "&File"
    assert english[("Bijeenkomst", "%1 knelpunten")][0] == "%1 concerns"
    same = [s for (_c, s), (t, _k) in english.items() if s == t and len(s) > 12]
    assert len(same) < 10, same  # only names, file filters and formats may stay as they are


def test_compiled_files_match_the_catalogues(tmp_path: Path) -> None:
    """The committed .qm files are what lrelease makes of the committed .ts files."""
    built = tool().build(tmp_path)
    for path in built:
        committed = FOLDER / path.name
        assert committed.is_file(), f"{path.name} missing: run python tools/translations.py"
        assert committed.read_bytes() == path.read_bytes(), (
            f"{path.name} is out of date: run python tools/translations.py build"
        )


def test_catalogue_lists_every_text_of_the_sources(tmp_path: Path) -> None:
    """A text added to the window or a form is in the catalogue (and so, translated)."""
    translations = tool()
    fresh = tmp_path / "fresh.ts"
    import subprocess

    subprocess.run(
        [translations._tool("pyside6-lupdate"), *translations.sources(), "-no-obsolete"]
        + ["-locations", "none", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    root = ET.parse(fresh).getroot()
    wanted = {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    }
    missing = sorted(wanted - messages("en").keys())
    assert missing == [], "run python tools/translations.py and translate: " + repr(missing[:5])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from buurtdesk.core.demo.create import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.buurtdesk"
    create_demo(path, today=dt.date(2026, 11, 20))
    return path


# Printed in Dutch and English on every letter, whatever its language: whom to ask for help.
BOTH_LANGUAGES = ("letter_help_contact", "letter_help_place", "letter_help_plain")


def dutch_fragments(data: set[str]) -> list[str]:
    """The literal pieces of every Dutch label whose English differs (data words excepted)."""
    english = LABELS["en"]
    pieces = set()
    for key, dutch in LABELS["nl"].items():
        if dutch == english.get(key) or key in BOTH_LANGUAGES:
            continue
        for piece in re.split(r"\{[^}]*\}", dutch):
            piece = piece.strip(" .:,()")
            if len(piece) >= 4 and piece not in data and piece not in english.values():
                pieces.add(piece)
    return sorted(pieces)


@pytest.mark.parametrize("kind", KINDS)
def test_english_documents_carry_no_dutch_labels(demo: Path, tmp_path: Path, kind: str) -> None:
    from buurtdesk.core.store.library import Library
    from tests.doc_helpers import invitable
    from tests.gui.visible_text import file_data

    lib = Library(demo)
    try:
        meetings = lib.meetings(lib.neighbourhoods()[0].id)
        chosen = min(meetings, key=lambda m: m.date)  # the oldest has votes and actions
        meeting_id = invitable(lib, kind, chosen.id)  # an invitation: the next meeting
        path = make_document(lib, kind, meeting_id, tmp_path / f"{kind}.pdf", lang="en")
    finally:
        lib.close()
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    text = " ".join(text.split())
    for value in sorted(file_data(demo), key=len, reverse=True):  # titles, agenda: data
        value = " ".join(value.split())
        text = text.replace(value, " ").replace(value.rstrip("."), " ")  # "... (partner)"
    if kind in ("forms", "ballots"):  # a sheet of one page, or counted per ballot
        assert "Made on" in text, text[:300]
    elif kind != "invitation":  # a flyer has its own top and foot, no page number
        assert re.search(r"\bpage 1 of \d+\b", text), text[:300]
    left = [
        piece
        for piece in dutch_fragments(set())
        if re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", text)
    ]
    assert left == [], f"{kind}: Dutch labels in the English PDF: {left}"


def _calls(path: Path) -> list[tuple[int, str | None, str | None]]:
    """``(line, context, source)`` of every tr()/translate() call; None where not literal."""
    import ast

    found: list[tuple[int, str | None, str | None]] = []

    def literal(node: ast.expr) -> str | None:
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        return node.value if is_text else None

    def visit(node: ast.AST, klass: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            klass = node.name
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            args = node.args
            if name == "tr":
                owner = func.value if isinstance(func, ast.Attribute) else None
                context = klass if isinstance(owner, ast.Name) and owner.id == "self" else None
                found.append((node.lineno, context, literal(args[0]) if args else None))
            elif name == "translate" and len(args) >= 2:
                found.append((node.lineno, literal(args[0]), literal(args[1])))
        for child in ast.iter_child_nodes(node):
            visit(child, klass)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def test_every_translated_call_is_literal_and_catalogued() -> None:
    """lupdate reads only ``self.tr("...")`` and ``translate("Context", "...")`` with
    double-quoted literals; a wrapper, a variable or single quotes would go untranslated."""
    catalogue = messages("en").keys()
    wrong = []
    for path in sorted((ROOT / "buurtdesk" / "gui").rglob("*.py")):
        for line, context, source in _calls(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if context is None or source is None:
                wrong.append(f"{where}: not a literal self.tr()/translate() call")
            elif (context, source) not in catalogue:
                wrong.append(f"{where}: {context} {source!r} is not in the catalogue")
    assert wrong == []
