"""Dutch wording shared by the views: dates, statuses and why a file could not be opened.

Dutch is the source language.  Every visible text goes through ``translate("Context", "...")``
with literal arguments, so ``pyside6-lupdate`` finds it.  Nothing here imports the database
layer: statuses are looked up by their stored value, which the core's ``StrEnum``s equal.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def arg(text: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2`` placeholders (highest number first, so %1 never eats %10)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def plural(n: float, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, otherwise ``many``; both already translated, ``%1`` is ``n``."""
    return arg(one if n == 1 else many, n)


# -- dates ----------------------------------------------------------------------------------


def format_date(day: dt.date | None) -> str:
    """dd-mm-jjjj, the way Dutch paperwork writes a date."""
    if day is None:
        return translate("Datum", "geen datum")
    return day.strftime("%d-%m-%Y")


def format_time(moment: dt.time | None) -> str:
    return "" if moment is None else moment.strftime("%H:%M")


def weekday(day: dt.date) -> str:
    names = (
        translate("Datum", "maandag"),
        translate("Datum", "dinsdag"),
        translate("Datum", "woensdag"),
        translate("Datum", "donderdag"),
        translate("Datum", "vrijdag"),
        translate("Datum", "zaterdag"),
        translate("Datum", "zondag"),
    )
    return names[day.weekday()]


# -- statuses -------------------------------------------------------------------------------


def meeting_status(value: str) -> str:
    labels = {
        "planned": translate("Status", "gepland"),
        "in_progress": translate("Status", "bezig"),
        "closed": translate("Status", "afgesloten"),
    }
    return labels.get(str(value), str(value))


def action_status(value: str) -> str:
    labels = {
        "open": translate("Status", "open"),
        "in_progress": translate("Status", "loopt"),
        "done": translate("Status", "klaar"),
        "dropped": translate("Status", "vervallen"),
    }
    return labels.get(str(value), str(value))


def concern_status(value: str) -> str:
    labels = {
        "open": translate("Status", "open"),
        "chosen": translate("Status", "gekozen"),
        "resolved": translate("Status", "opgelost"),
        "merged": translate("Status", "samengevoegd"),
    }
    return labels.get(str(value), str(value))


# -- files that cannot be opened ------------------------------------------------------------


class FileProblem(Protocol):
    """What the window needs of ``buurtdesk.core.store.db.DatabaseFileError``."""

    problem: str
    version: int


def file_problem_text(error: FileProblem) -> str:
    """A clear Dutch sentence or two per ``Problem``: what is wrong and what to do."""
    problem = str(error.problem)
    if problem == "missing":
        return translate(
            "Bestandsfout",
            "Dit bestand bestaat niet (meer). Misschien is het verplaatst of hernoemd, "
            "of staat het op een USB-stick die niet is aangesloten.",
        )
    if problem == "not_a_file":
        return translate(
            "Bestandsfout",
            "Dit is een map, geen BuurtDesk-bestand. Kies een bestand dat eindigt op .buurtdesk.",
        )
    if problem == "disk_full":
        return translate(
            "Bestandsfout",
            "De schijf is vol, daardoor kan BuurtDesk dit bestand nu niet openen. Er is "
            "niets aan veranderd. Maak ruimte vrij en probeer het opnieuw.",
        )
    if problem == "special":
        return translate(
            "Bestandsfout",
            "Dit is geen gewoon bestand maar een apparaat, pijp of socket. Kies een "
            "BuurtDesk-bestand dat eindigt op .buurtdesk.",
        )
    if problem == "foreign":
        return translate(
            "Bestandsfout",
            "Dit is geen BuurtDesk-bestand. Kies een bestand dat met BuurtDesk is gemaakt; "
            "de naam eindigt meestal op .buurtdesk.",
        )
    if problem == "corrupt":
        return translate(
            "Bestandsfout",
            "Dit bestand is beschadigd of onvolledig en kan niet worden geopend. "
            "Er is niets aan veranderd. Open zo nodig een reservekopie.",
        )
    if problem == "newer":
        text = translate(
            "Bestandsfout",
            "Dit bestand is gemaakt met een nieuwere versie van BuurtDesk (schema %1). "
            "Werk BuurtDesk bij om het te openen.",
        )
        return arg(text, error.version)
    if problem == "unreadable":
        return translate(
            "Bestandsfout",
            "BuurtDesk mag dit bestand niet lezen. Controleer of u er toegang toe hebt, "
            "of kopieer het naar uw eigen map.",
        )
    if problem == "unwritable":
        return translate(
            "Bestandsfout",
            "BuurtDesk kan niet in dit bestand of in deze map schrijven, bijvoorbeeld omdat "
            "het alleen-lezen is. Kopieer het bestand naar uw eigen map en open het daar.",
        )
    return translate("Bestandsfout", "Dit bestand kan niet worden geopend.")


def file_filter() -> str:
    """The filter of every open and save dialog."""
    return translate("Bestanden", "BuurtDesk-bestanden (*.buurtdesk);;Alle bestanden (*)")


# -- the meeting header ---------------------------------------------------------------------


def meeting_label(meeting: Any) -> str:
    """``12-12-2026 · gepland``: the text of the meeting selector."""
    return f"{format_date(meeting.date)} · {meeting_status(meeting.status)}"


def meeting_header(meeting: Any) -> str:
    """``Vrijdag 04-12-2026 · 19:30 uur``: when the meeting is."""
    day = weekday(meeting.date)
    header = f"{day[:1].upper()}{day[1:]} {format_date(meeting.date)}"
    if meeting.start_time is not None:
        when = arg(translate("Bijeenkomst", "%1 uur"), format_time(meeting.start_time))
        header = f"{header} · {when}"
    return header


def meeting_details(meeting: Any) -> str:
    """Where, and who chairs it; says so when that is not filled in yet."""
    location = meeting.location or translate("Bijeenkomst", "Locatie nog niet ingevuld")
    chair = (
        arg(translate("Bijeenkomst", "voorzitter: %1"), meeting.chair)
        if meeting.chair
        else translate("Bijeenkomst", "voorzitter nog niet ingevuld")
    )
    return f"{location} · {chair}"


def summary_line(summary: Any) -> str:
    """``46 knelpunten · 71 meldingen · …``: what a meeting holds, counted as the areas count
    it (the points are the Stemmen area's total)."""
    total = float(getattr(summary, "points", summary.votes))
    points = int(total) if total.is_integer() else total
    return " · ".join(
        [
            plural(
                summary.concerns,
                translate("Bijeenkomst", "1 knelpunt"),
                translate("Bijeenkomst", "%1 knelpunten"),
            ),
            plural(
                summary.reports,
                translate("Bijeenkomst", "1 melding"),
                translate("Bijeenkomst", "%1 meldingen"),
            ),
            plural(
                points,
                translate("Bijeenkomst", "1 punt"),
                translate("Bijeenkomst", "%1 punten"),
            ),
            plural(
                summary.priorities,
                translate("Bijeenkomst", "1 prioriteit"),
                translate("Bijeenkomst", "%1 prioriteiten"),
            ),
            plural(
                getattr(summary, "agreed", 0),
                translate("Bijeenkomst", "1 actie afgesproken"),
                translate("Bijeenkomst", "%1 acties afgesproken"),
            ),
            plural(
                summary.open_actions,
                translate("Bijeenkomst", "1 open actie van eerder"),
                translate("Bijeenkomst", "%1 open acties van eerder"),
            ),
        ]
    )
