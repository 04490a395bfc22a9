"""The words residents use for the same neighbourhood problem, grouped by what they mean.

"Herrie", "lawaai" and "geluidsoverlast" are one complaint; so are "bekladde muren" and
"graffiti", or "de schommel is stuk" and "speeltoestellen kapot".  Each group is a concept;
a word that starts with (or, for longer roots, holds) one of its roots also stands for the
concept, so two wordings of one problem share it even when they share no word.  The groups
follow the concerns the method lists as typical; they are no list of particular sentences.

Below them, the plain-text side of comparing: :func:`normalise`, :func:`stem` and
:func:`content_words`, and :class:`IndexEntry`, one wording the duplicate index reads.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
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
    "kapot": ("kapot", "stuk", "defect", "beschadig", "vernield", "losligg", "los"),
    "licht": ("lantaarn", "verlichting", "straatlicht", "licht", "lamp", "donker"),
    "snelheid": ("hardrijd", "te hard", "racen", "race", "scheur", "snelheid", "snel"),
    "ongedierte": ("rat", "ratten", "muis", "muizen", "ongedierte", "kakkerlak"),
    "hondenpoep": ("hondenpoep", "poep", "uitwerpsel", "drol", "hond"),
    "stoep": ("stoep", "trottoir", "voetpad"),
    "oversteek": ("oversteek", "zebrapad", "zebra", "klaar over", "klaarover"),
    "activiteit": ("activiteit", "te doen", "niets", "verveel", "buurthuis", "clubhuis"),
    "inbraak": ("inbraak", "inbrak", "inbrek", "ingebroken"),
    "diefstal": ("diefstal", "gestolen", "steel", "stelen", "gejat"),
    "bezorging": ("bezorg", "flitsbezorg", "dark store", "darkstore"),
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


# Texts compared as words: normalised, stemmed, function words left out.
_EXTRA = str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d"})
_NON_WORD = re.compile(r"[^0-9a-z]+")

# Function words that say nothing about which problem a text describes.
STOP_WORDS = frozenset(
    " ".join(
        (
            "aan al alle alles als altijd ander andere ben bij daar dan dat de der deze die dit",
            "doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het",
            "hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met mij",
            "mijn moet na naar niet niets nog nu of om omdat ons onze ook op over reeds s t te",
            "tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie",
            "wil worden wordt zal ze zelf zich zij zijn zo zonder zou zeer erg heel echt weer",
            "steeds elke elk iedere ieder even graag hele helemaal langs naast achter tussen rond",
            "rondom sinds tijdens vanaf via binnen buiten boven onder per zoals alleen gewoon",
            "vaak soms nooit waar waarom wanneer daardoor hierdoor",
            # words every neighbourhood concern may use, whatever its problem
            "straat buurt wijk",
        )
    ).split()
)

_SUFFIXES = ("heden", "ingen", "eren", "ing", "en", "es", "s", "e")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lowercase, accents stripped (ë→e), anything but letters and digits turned into a space."""
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_EXTRA))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.split(text)).strip()


def matches(query: str, text: str) -> bool:
    """Search as a person expects: case, accents and spaces ignored, every query word found."""
    compact = normalise(text).replace(" ", "")
    words = normalise(query).split()
    return all(w in compact for w in words)


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """A light Dutch stem: a common plural or inflection ending off a longer word."""
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if len(word) >= 5 and word[-1] == word[-2]:
        word = word[:-1]  # "bussen"→"buss"→"bus", "straatt" never happens but is harmless
    return word


@lru_cache(maxsize=4096)
def content_words(text: str) -> tuple[str, ...]:
    """The stems of the words that carry meaning, each once, in order (interned: an index of
    many concerns keeps one copy of each stem)."""
    plain = normalise(text)
    stems = [
        stem(w) for w in plain.split() if w not in STOP_WORDS and len(w) > 1 and not w.isdigit()
    ]
    return tuple(map(sys.intern, dict.fromkeys([*stems, *text_concepts(plain)])))


@dataclass(frozen=True)
class IndexEntry:
    concern_id: int
    code: str
    title: str
    text: str
    street: str = ""
    theme: str = ""
