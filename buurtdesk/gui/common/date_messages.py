"""Why a typed date cannot be, from the core's ``DateError`` code, in Dutch."""

from __future__ import annotations

import calendar
import re

from buurtdesk.gui.common.texts import arg, translate

_NUMBERS = re.compile(r"\d+")


def date_message(code: str, text: str) -> str:
    """Why a typed date cannot be, in words a volunteer understands."""
    if code == "day":
        numbers = [int(n) for n in _NUMBERS.findall(text)]
        if len(numbers) == 3:
            day, month, year = numbers if numbers[0] < 1000 else numbers[::-1]
            if 1 <= month <= 12:
                days = calendar.monthrange(year, month)[1]
                return arg(
                    translate("Invoer", "Dag %1 bestaat niet: deze maand heeft %2 dagen."),
                    day,
                    days,
                )
        return translate("Invoer", "Die dag bestaat niet in deze maand.")
    if code == "month":
        return translate("Invoer", "Die maand bestaat niet: een maand loopt van 1 tot en met 12.")
    if code == "year":
        return translate(
            "Invoer", "Het jaartal klopt niet: typ vier cijfers, bijvoorbeeld 08-09-2026."
        )
    return translate("Invoer", "Dit is geen datum. Typ dd-mm-jjjj, bijvoorbeeld 08-09-2026.")
