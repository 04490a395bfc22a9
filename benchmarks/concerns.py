"""Concern intake: duplicate suggestions per keystroke, and a bulk CSV import.

Synthetic, deterministic data from a seed: concern texts are built from a vocabulary of
neighbourhood problems, places and filler words, so the index sees realistic overlap.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

SEED = 20260908


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SUBJECTS = _words(
    "hondenpoep zwerfvuil grofvuil vuilniszakken graffiti ratten hangjongeren lachgas "
    "drugshandel inbraken fietsendiefstal scooters hardrijders foutparkeerders bestelbusjes "
    "bezorgers lantaarnpalen stoeptegels speeltoestellen prullenbakken containers bomen "
    "onkruid geluidsoverlast vuurwerk terrassen bouwverkeer trillingen verkeersdrempels"
)
PROBLEMS = _words(
    "overal kapot gevaarlijk vies luid donker stuk verdwenen vol onveilig losliggend "
    "dagelijks 's nachts weekend middag avond blokkeren stoep rijden parkeren toeteren "
    "achterlaten schreeuwen dumpen slopen rommel stank intimideren"
)
PLACES = _words(
    "Dordtselaan Putselaan Hillevliet Hilledijk Pretorialaan Slaghekstraat Riederstraat "
    "Afrikaanderplein Beijerlandselaan Mijnsherenlaan Tweebosstraat Moerkerkestraat "
    "Brabantsestraat Zuiderpark Zuidplein Tarwewijk Katendrecht Bloemhof Vreewijk Hillesluis"
)
FILLER = _words("de het een op bij in van naar met en al weer heel veel te niet er is")
THEMES = ("Verkeer", "Schoon", "Overlast", "Veiligheid", "Jeugd", "Openbare ruimte", "")
TYPED = (
    "Veel hondenpoep op de stoep bij de Hillevliet",
    "hardrijders op de dordtselaan 's nachts",
    "Vuilniszakken naast de containers Putselaan",
    "jongeren met scooters maken herrie op het plein",
    "Lantaarnpaal kapot in de brandgang achter de Riederstraat",
    "fietsen gestolen bij het station zuid",
)


_SYLLABLES = _words("ka ri bo lem ster vin daal hoek ge berg ma tu plo sen dr ijk oor wa")


def _long_tail(rng: random.Random, size: int = 6000) -> list[str]:
    """Made-up words standing in for the many rarer words real forms use."""
    return ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)]


TAIL = _long_tail(random.Random(SEED - 1))


def sentence(rng: random.Random) -> tuple[str, str, str]:
    place = rng.choice(PLACES)
    words = [rng.choice(SUBJECTS)]
    words += [rng.choice(TAIL) for _ in range(rng.randint(1, 3))]
    for _ in range(rng.randint(3, 9)):
        pool = rng.choice((PROBLEMS, FILLER, FILLER, SUBJECTS))
        words.append(rng.choice(pool))
    if rng.random() < 0.6:
        words += ["op", "de", place]
    return " ".join(words).capitalize(), place if rng.random() < 0.7 else "", rng.choice(THEMES)


def suggest_p95_ms(concerns: int) -> float:
    from buurtdesk.core.concerns.duplicates import DuplicateIndex
    from buurtdesk.core.concerns.words import IndexEntry

    rng = random.Random(SEED)
    index = DuplicateIndex()
    for cid in range(1, concerns + 1):
        text, street, theme = sentence(rng)
        index.add(IndexEntry(cid, f"K{cid}", text, text, street, theme))
    times: list[float] = []
    for typed in TYPED:
        for end in range(1, len(typed) + 1):
            start = time.perf_counter()
            index.suggest(typed[:end], limit=5)
            times.append((time.perf_counter() - start) * 1000)
    return round(statistics.quantiles(times, n=20)[18], 2)


def write_forms(path: Path, rows: int, rng: random.Random) -> None:
    """A forms CSV as a survey export gives it: ``rows`` generated forms, numbered from 5000."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Formuliernummer", "Datum", "Straat", "Thema", "Omschrijving"])
        day = dt.date(2026, 9, 8)
        for n in range(rows):
            text, street, theme = sentence(rng)
            writer.writerow([5000 + n, f"{day.day}-{day.month}-{day.year}", street, theme, text])


def import_seconds(rows: int) -> tuple[float, float]:
    """Importing ``rows`` forms, and taking the import back (Bewerken › Ongedaan maken)."""
    from buurtdesk.core.concerns.delete import remove_import
    from buurtdesk.core.concerns.import_forms import guess_mapping, import_rows
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.tables import read_table

    rng = random.Random(SEED + 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "forms.csv"
        write_forms(path, rows, rng)
        lib = Library(Path(tmp) / "bench.buurtdesk")
        try:
            hood = lib.add_neighbourhood("Benchmarkbuurt")
            meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
            start = time.perf_counter()
            table = read_table(path)
            report = import_rows(lib, meeting, table, guess_mapping(table.headers))
            elapsed = time.perf_counter() - start
            start = time.perf_counter()
            remove_import(lib, report.report_ids)
            undo = time.perf_counter() - start
        finally:
            lib.close()
        if report.count("imported") != rows:
            raise RuntimeError(f"import benchmark: {report.summary()}")
    return round(elapsed, 2), round(undo, 2)


def measure(tiny: bool = False) -> dict[str, float]:
    imported, undone = import_seconds(200 if tiny else 10_000)
    return {
        "suggest_p95_ms": suggest_p95_ms(500 if tiny else 20_000),
        "import_10k_s": imported,
        "import_undo_10k_s": undone,
    }
