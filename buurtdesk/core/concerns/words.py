"""The words residents use for the same neighbourhood problem, grouped by what they mean.

"Herrie", "lawaai" and "geluidsoverlast" are one complaint; so are "bekladde muren" and
"graffiti", or "de schommel is stuk" and "speeltoestellen kapot".  Each group is a concept;
a word that starts with (or, for longer roots, holds) one of its roots also stands for the
concept, so two wordings of one problem share it even when they share no word.  The groups
follow the concerns the method lists as typical; they are no list of particular sentences.
"""

from __future__ import annotations

from functools import lru_cache

CONCEPTS: dict[str, tuple[str, ...]] = {
    "jeugd": ("jongere", "jongen", "jeugd", "tiener", "hangjonger", "pubers"),
    "geluid": ("geluid", "herrie", "lawaai", "schreeuw", "muziek", "toeter", "knall", "feest"),
    "horeca": ("horeca", "terras", "cafe", "kroeg", "restaurant", "shisha"),
    "graffiti": ("graffiti", "beklad", "klad", "tags", "tagg", "bespuit"),
    "afval": (
        "afval",
        "vuilnis",
        "vuil",
        "rommel",
        "zwerfvuil",
        "vuilniszak",
        "zakken",
        "bijplaats",
        "grofvuil",
        "troep",
        "dump",
    ),
    "container": ("container", "prullenbak", "afvalbak", "vuilnisbak"),
    "parkeren": ("parkeer", "parkeren", "geparkeerd", "foutparkeer", "dubbel"),
    "voertuig": ("auto", "busje", "bestelbus", "vrachtwagen", "bestelwagen"),
    "speeltuin": ("speeltuin", "speeltoestel", "speelplaats", "schommel", "glijbaan", "klimrek"),
    "kapot": ("kapot", "stuk", "defect", "beschadig", "vernield", "gebroken", "losligg", "los"),
    "licht": ("lantaarn", "verlichting", "straatlicht", "licht", "lamp", "donker"),
    "snelheid": ("hardrijd", "te hard", "racen", "race", "scheur", "snelheid", "snel"),
    "ongedierte": ("rat", "ratten", "muis", "muizen", "ongedierte", "kakkerlak"),
    "hondenpoep": ("hondenpoep", "poep", "uitwerpsel", "drol", "hond"),
    "stoep": ("stoep", "trottoir", "voetpad"),
    "oversteek": ("oversteek", "zebrapad", "zebra", "klaar over", "klaarover", "drempel"),
    "activiteit": ("activiteit", "te doen", "niets", "verveel", "buurthuis", "clubhuis"),
    "inbraak": ("inbraak", "inbrek", "ingebroken", "diefstal", "gestolen", "steel"),
    "drugs": ("drugs", "dealer", "dealen", "lachgas", "blowen", "wiet"),
}

_MIN_INSIDE = 6  # a root this long also counts inside a compound ("geluidsoverlast")


_ROOTS: tuple[tuple[str, str], ...] = tuple(
    (root.replace("-", ""), name)
    for name, roots in CONCEPTS.items()
    for root in roots
    if " " not in root
)
_PHRASES: tuple[tuple[str, str], ...] = tuple(
    (root, name) for name, roots in CONCEPTS.items() for root in roots if " " in root
)


@lru_cache(maxsize=65_536)
def concepts_of(word: str) -> tuple[str, ...]:
    """The concepts a normalised word stands for, as index tokens ("~geluid")."""
    found: list[str] = []
    for root, name in _ROOTS:
        if word.startswith(root) or (len(root) >= _MIN_INSIDE and root in word):
            token = "~" + name
            if token not in found:
                found.append(token)
    return tuple(found)


def text_concepts(text: str) -> tuple[str, ...]:
    """Concepts of a normalised text: of each word, and of the two-word roots ("te doen")."""
    found: dict[str, None] = {}
    for word in text.split():
        found.update(dict.fromkeys(concepts_of(word)))
    padded = f" {text} "
    for root, name in _PHRASES:
        if f" {root} " in padded:
            found["~" + name] = None
    return tuple(found)
