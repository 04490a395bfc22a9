"""The names of the residents in the file, looked for in text that goes public.

A chair who types "Emma de Vries belt de gemeente" into an action puts a resident's name on the
verslag, the actielijst and other residents' letters.  The generic scrubber cannot know that
"Vries" is a name; this check can, because the file holds the names of everyone who reported
a concern.  It only warns: whether a word is the person or, say, a street stays the chair's
call.

>>> names = KnownNames(["Emma de Vries", "Ali"])
>>> names.find("Afspraak met Emma de Vries over de stoep")
['Emma de Vries']
>>> names.find("Vries belt de gemeente")
['Emma de Vries']
>>> names.find("Nieuwe bank in het park")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.concerns.words import normalise
from buurtdesk.core.store.models import Submitter

# Words of a name that say little on their own ("de" in "Emma de Vries", a form of address).
_SMALL = frozenset(
    re.findall(
        r"\w+",
        "de der den van ten ter het te la le el al von vd v d dhr mevr mw meneer mevrouw "
        "fam familie buurman buurvrouw bewoner bewoners buurtbewoner anoniem onbekend",
    )
)
LEAST = 3  # a name part shorter than this is never looked for on its own


def _parts(name: str) -> tuple[str, ...]:
    return tuple(w for w in normalise(name).split() if w not in _SMALL and len(w) >= LEAST)


@dataclass(frozen=True)
class KnownNames:
    """The names to look for, as stored; :meth:`find` says which of them a text holds."""

    names: tuple[str, ...]

    def __init__(self, names: Iterable[str]) -> None:
        unique = dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip())
        object.__setattr__(self, "names", tuple(unique))

    def find(self, text: str) -> list[str]:
        """The known names ``text`` holds: the whole name, or its family name (the last
        part that is no particle) as a word of its own."""
        if not text or not self.names:
            return []
        words = f" {normalise(text)} "
        found: list[str] = []
        for name in self.names:
            parts = _parts(name)
            if not parts:
                continue
            whole = " ".join(normalise(name).split())
            if f" {whole} " in words or f" {parts[-1]} " in words:
                found.append(name)
        return found


def resident_names(s: Session) -> KnownNames:
    """The names of every resident in the file who gave one."""
    return KnownNames(s.scalars(select(Submitter.name).where(Submitter.name != "")))
