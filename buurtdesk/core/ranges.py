"""The ranges numbers typed by a person must fall in, each refused with one sentence.

Hours (planned, spent, offered) are 0 to :data:`MAX_HOURS` with at most two decimals: ``inf``,
``nan`` and ``1e308`` are refused.  Ids and counts are whole numbers from 1 (or 0 where zero
means "none") to :data:`MAX_ID`, the largest SQLite can store; a larger one would otherwise
fail deep inside with an OverflowError.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation

__all__ = ["MAX_HOURS", "MAX_ID", "check_hours", "parse_hours", "parse_whole"]

MAX_HOURS = 10_000
MAX_ID = 2**63 - 1


def check_hours(value: float | None, what: str = "hours") -> float | None:
    """``value`` when it is a number of hours BuurtDesk keeps; ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, bool) or not math.isfinite(value) or not 0 <= value <= MAX_HOURS:
        raise ValueError(f"{what} must be from 0 to {MAX_HOURS:,}, not {value!r}")
    if round(value, 2) != value:
        raise ValueError(f"{what} can have at most two decimals, not {value!r}")
    return float(value)


def parse_hours(text: str, what: str = "hours") -> float:
    """Hours as typed ("2,5", "12.25"); ValueError with one sentence when not in range."""
    try:
        number = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"{what} must be a number from 0 to {MAX_HOURS:,}, not {text!r}") from None
    if not number.is_finite() or not 0 <= number <= MAX_HOURS:
        raise ValueError(f"{what} must be from 0 to {MAX_HOURS:,}, not {text!r}")
    if number != number.quantize(Decimal("0.01")):
        raise ValueError(f"{what} can have at most two decimals, not {text!r}")
    return float(number)


def parse_whole(text: str, what: str, low: int = 1, high: int = MAX_ID) -> int:
    """A whole number from ``low`` to ``high`` as typed; ValueError with one sentence."""
    cleaned = text.strip()
    if not (cleaned.isascii() and cleaned.lstrip("+-").isdigit()) or len(cleaned) > 25:
        raise ValueError(f"{what} must be a whole number from {low} to {high:,}, not {text!r}")
    value = int(cleaned)
    if not low <= value <= high:
        raise ValueError(f"{what} must be from {low} to {high:,}, not {text!r}")
    return value
