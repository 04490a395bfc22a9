"""Dutch wording for the Stemmen area: refusals by code, methods and ballot reasons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from buurtdesk.gui.common.texts import arg, translate


def method_label(method: str) -> str:
    labels = {
        "dots": translate("Stemmen", "Stippen plakken"),
        "ranked": translate("Stemmen", "Stembriefjes met volgorde"),
        "approval": translate("Stemmen", "Handopsteken of aankruisen"),
    }
    return labels.get(str(method), str(method))


def refusal(code: str, detail: Sequence[object] = ()) -> str:
    """The Dutch sentence for a ``VoteRefused`` code (or an invalid ballot's reason code)."""
    first = str(detail[0]) if detail else ""
    texts = {
        "unknown_concern": arg(
            translate("Stemmen", "Knelpunt %1 staat niet op de lijst van deze bijeenkomst."),
            first,
        )
        if first
        else translate("Stemmen", "Dit knelpunt staat niet op de lijst van deze bijeenkomst."),
        "duplicate_choice": arg(translate("Stemmen", "Knelpunt %1 staat er twee keer op."), first)
        if first
        else translate("Stemmen", "Hetzelfde knelpunt staat er twee keer op."),
        "too_many_choices": translate("Stemmen", "Meer keuzes dan toegestaan."),
        "empty": translate("Stemmen", "Er staat geen knelpunt op."),
        "too_many_dots": translate("Stemmen", "Meer stippen op één knelpunt dan toegestaan."),
        "negative": translate("Stemmen", "Een aantal kan niet negatief zijn."),
        "too_many": translate("Stemmen", "Zo'n groot aantal kan niet kloppen."),
        "over_attendance": translate(
            "Stemmen", "Meer stemmen dan de aanwezige bewoners samen kunnen geven."
        ),
        "method_locked": translate(
            "Stemmen", "Er zijn al stemmen geteld met een andere methode. Verwijder die eerst."
        ),
        "wrong_method": translate("Stemmen", "Dit past niet bij de gekozen stemmethode."),
        "mixed_counting": translate(
            "Stemmen", "Tel aankruisen óf met briefjes óf met handen, niet allebei."
        ),
        "ballot_present": arg(translate("Stemmen", "Briefje %1 is al geteld."), first)
        if first
        else translate("Stemmen", "Dit briefje is al geteld."),
        "unknown_ballot": translate("Stemmen", "Dit briefje bestaat niet."),
        "no_ballot_number": translate(
            "Stemmen", "Geef het briefje een nummer (hoogstens 30 tekens)."
        ),
        "bad_setting": translate("Stemmen", "Deze instelling kan niet."),
        "no_tie": translate("Stemmen", "Er is geen gelijke stand op de grens."),
        "bad_resolution": translate(
            "Stemmen", "Kies precies zoveel knelpunten als er plaatsen over zijn."
        ),
        "note_required": translate("Stemmen", "Een afgesproken keuze heeft een reden nodig."),
        "unresolved_tie": translate(
            "Stemmen", "Beslis eerst over de gelijke stand op de grens van de top."
        ),
        "no_votes": translate("Stemmen", "Er zijn nog geen stemmen geteld."),
        "has_actions": translate("Stemmen", "Een prioriteit heeft al acties; die blijft staan."),
        "not_printed": translate("Stemmen", "Dit briefjesnummer is nooit afgedrukt."),
        "not_on_batch": translate(
            "Stemmen", "Een keuze staat niet op de afgedrukte briefjes van deze reeks."
        ),
        "meeting_closed": translate("Stemmen", "Deze bijeenkomst is gesloten."),
        "invalid": translate("Stemmen", "Ongeldig briefje."),
    }
    return texts.get(code, translate("Stemmen", "Dit kan niet."))


def ballot_reason(code: str, choices: Sequence[object], known: set[int]) -> str:
    """Why a stored ballot is invalid, naming the concern number when it can."""
    if code == "unknown_concern":
        bad = next((c for c in choices if not isinstance(c, int) or c not in known), "")
        return refusal(code, [f"K{bad}" if isinstance(bad, int) else bad])
    if code == "duplicate_choice":
        seen: set[object] = set()
        twice = next((c for c in choices if c in seen or seen.add(c)), "")  # type: ignore[func-returns-value]
        return refusal(code, [f"K{twice}"] if twice != "" else [])
    return refusal(code)


def choices_text(choices: Sequence[object]) -> str:
    return " ".join(f"K{c}" if isinstance(c, int) else str(c) for c in choices)


def scan_summary(f: Any) -> str:
    """How far the scanned ballots can be trusted, in one line (``ScanFigures``)."""
    reasons = {
        "unreadable": translate("Stemmen", "onleesbaar bestand"),
        "no_markers": translate("Stemmen", "hoekmerken niet gevonden"),
        "no_code": translate("Stemmen", "geen leesbare code"),
        "other_meeting": translate("Stemmen", "andere bijeenkomst"),
        "unknown_batch": translate("Stemmen", "onbekende reeks"),
        "never_printed": translate("Stemmen", "nummer nooit gedrukt"),
        "unknown_layout": translate("Stemmen", "andere opmaak"),
    }
    why = ", ".join(f"{reasons.get(code, code)} {n}" for code, n in sorted(f.refused.items()))
    text = arg(
        translate(
            "Stemmen",
            "Gescand: %1 pagina's gelezen, %2 geteld, %3 wachten, %4 met de hand bevestigd, "
            "%5 dubbel, %6 geweigerd",
        ),
        f.pages,
        f.counted + f.invalid,
        f.waiting,
        f.confirmed,
        f.duplicate,
        f.refused_total,
    )
    return f"{text} ({why})" if why else text
