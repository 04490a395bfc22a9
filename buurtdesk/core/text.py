"""Text that goes public — titles, action texts, notes — cleaned of personal data.

:func:`clean` takes out names after a form of address ("buurman Jansen", "mevr. de Vries"),
introductions ("ik ben Piet", "mijn naam is ..."), house numbers, postcodes, phone numbers,
e-mail addresses (also written as "x [at] y.nl") and bank accounts, together with the phrase
that offered them ("bel mij op", "mail", "tel:"), and tidies the spaces and punctuation left.
Text without any of these comes back unchanged.  :func:`looks_personal` says why a text may
still point at a person, for the review before a report or the slides go public.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["REASONS", "clean", "looks_personal"]

PHONE = "phone number"
EMAIL = "e-mail address"
IBAN = "bank account"
POSTCODE = "postcode"
HOUSE_NUMBER = "house number"
NAME = "name"
POSSIBLE_NAME = "possible name"
NEIGHBOUR = "refers to a neighbour"
REASONS = (PHONE, EMAIL, IBAN, POSTCODE, HOUSE_NUMBER, NAME, POSSIBLE_NAME, NEIGHBOUR)

_CUT = "\x00"  # stands in for a removed detail until the phrase around it is tidied away
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_STREET_WORDS = (
    "straat|str|laan|weg|dijk|plein|kade|singel|gracht|hof|pad|dreef|steeg|markt|baan|park|"
    "parkje|plantsoen|boulevard|dam|haven|veld|erf|hoek|tuin|wal|rijn|buurt|wijk"
)
_CAP = rf"(?![{_UP}][{_LOW}'’-]*(?:{_STREET_WORDS})\b)[{_UP}][{_LOW}'’-]+"
_PARTICLE = r"(?:[Vv]an\s+(?:[Dd]e[nr]?|['’]t)|[Vv]an|[Dd]e[nr]?|[Tt]e[rn]?|[Ee]l|[Aa]l|['’]t)"
_INITIALS = rf"(?:[{_UP}]\.\s?){{1,3}}"
# A name as written with capitals: "Jansen", "Piet de Vries", "J. van der Berg", "De Groot".
_NAME = rf"(?:{_INITIALS})?(?:{_PARTICLE}\s+)?{_CAP}(?:[\s-]+(?:{_PARTICLE}\s+)?{_CAP}){{0,2}}"
# After a formal address any word is the name, capital or not: "dhr. jansen".
_ANY_NAME = rf"(?:{_INITIALS})?(?:{_PARTICLE}\s+)?[\w'’-]+(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,2}}"

_ADDRESS = re.compile(
    rf"\b(?P<word>(?i:(?:boven|onder|achter|over)?buur(?:man|vrouw)|meneer|mevrouw|familie|fam\.))"
    rf"\s+(?P<name>{_NAME})"
    rf"|\b(?P<formal>[Dd]hr\.?|[Mm]evr\.?|[Mm]w\.|[Dd]e\s+heer)\s+(?P<any>{_ANY_NAME})",
)
_FORMAL = {"dhr": "meneer", "de heer": "meneer", "mevr": "mevrouw", "mw": "mevrouw"}
_INTRO = re.compile(
    rf"\b(?:[Ii]k\s+ben|[Ii]k\s+heet)\s+{_NAME}\s*(?:[,.;]|\ben\b)?"
    rf"|\b[Mm]ijn\s+naam\s+is\s+{_ANY_NAME}\s*(?:[,.;]|\ben\b)?"
)

_EXCEPT_NUMBER = (
    r"(?<!knelpunt )(?<!formulier )(?<!melding )(?<!actie )(?<!punt )(?<!agendapunt )"
    r"(?<!lijn )(?<!bus )(?<!tram )(?<!pagina )(?<!week )(?<!prioriteit )(?<!plaats )"
)
_PLACE = r"(?:van|op|bij|naast|tegenover|voor|achter|aan|in|onder|boven)"
_NUMBER_WORD = re.compile(
    rf"(?i)(?:\b{_PLACE}\s+)?{_EXCEPT_NUMBER}\b(?:huis)?(?:nummer|nr\.?)\s*\d{{1,4}}"
    r"(?:\s?[a-z](?![a-z]))?(?:\s?-\s?\d+)?\b"
    r"(?!\s+(?:van|op|in)\s+de\s+(?:lijst|agenda|top|ranglijst|stemming))"  # a place in a list
)
_STREET_NUMBER = re.compile(
    rf"(?i)\b(\w*(?:{_STREET_WORDS.replace('|buurt|wijk', '')})\b)"
    r"\s+\d{1,4}(?:\s?[a-z](?![a-z]))?(?:\s?-\s?\d+)?(?:\s?(?:hs|bis))?\b"
)
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b(?!['’-])")
_POSTCODE_CITY = re.compile(rf"\b[1-9]\d{{3}}\s?[A-Z]{{2}}\s+(?=[{_UP}][{_LOW}])")
_IBAN = re.compile(
    r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{4}(?:\s?\d){10}\b|\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b"
)
_TLD = r"(?:nl|com|org|net|be|de|eu|info|nu|io|fr|uk)"
_AT = r"(?:\s*@\s*|\s*[\[({]\s*(?:at|apenstaartje)\s*[\])}]\s*)"
_DOT = r"(?:\.|\s*[\[({]\s*(?:dot|punt)\s*[\])}]\s*)"
_EMAIL = re.compile(
    rf"(?i)(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-z]{{2,}}\b"
    rf"|(?<![\w.+-])[\w.+-]+\s+at\s+[\w-]+(?:\s+(?:dot|punt)\s+[\w-]+)*\s+(?:dot|punt)\s+{_TLD}\b"
)
_PHONE = re.compile(
    r"(?<![\w@+])(?:(?:\+|00)\s?\d{2}\s?(?:\(0\)\s?)?|\(0\d{1,3}\)\s?)?"  # +31 (0), (020)
    r"\d(?:[ \-./]{0,3}\d)+(?![\w@])"
)
_DATE = re.compile(r"\d{1,2}([-/.])\d{1,2}\1\d{4}|\d{4}-\d{1,2}-\d{1,2}")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")

_OFFER = (
    r"(?:(?:je|u)\s+kunt\s+(?:mij|me|ons)\s+(?:bellen|mailen|appen|bereiken)"
    r"|(?:bel|app|mail|e-?mail|sms|whatsapp)(?:\s+(?:mij|me|ons|even))?"
    r"|stuur\s+(?:(?:mij|me|ons)\s+)?(?:een\s+)?(?:e-?mail(?:tje)?|mailtje|berichtje|appje|sms)"
    r"|(?:mijn|ons)\s+(?:tel(?:efoon)?(?:nummer|nr)?|06(?:-?nummer)?|mobiele?\s+nummer|nummer|"
    r"e-?mail(?:adres)?|mailadres|adres|iban|rekening(?:nummer)?|postcode)(?:\s+is)?"
    r"|tel(?:efoon)?(?:nummer|nr)?\.?|mob(?:iel)?\.?|gsm|e-?mail(?:adres)?|mailadres|iban"
    r"|rekeningnummer|rek\.?\s?nr\.?|postcode"
    r"|(?:ik\s+ben\s+)?(?:bereikbaar|te\s+bereiken))"
)
_OFFERED = re.compile(
    rf"(?i)(?:\b{_PLACE}\s+)?(?:\b{_OFFER}\s*(?:\b(?:op|via|naar|aan|onder)\b)?\s*:?\s*)?"
    rf"(?:\b(?:op|via|naar|aan)\s+)?{_CUT}"
)
_CHAIN = re.compile(rf"{_CUT}(?:\s*(?:,|;|/|\+|\bof\b|\ben\b|\bor\b)\s*{_CUT})+")

_NEIGHBOUR = re.compile(
    r"(?i)\b(?:(?:boven|onder|achter|over)?buur(?:man|vrouw|jongen|meisje)|meneer|mevrouw|"
    r"familie\s+[A-Z]|fam\.)"
)
_NOT_A_NAME = frozenset(
    re.findall(
        r"\w+",
        "de het een sint st den der van ter ten buurthuis basisschool school gemeente politie "
        "handhaving woningcorporatie opbouwwerk bewoners stichting winkelcentrum station "
        "zuid noord oost west",
    )
)
_CAP_PAIR = re.compile(rf"(?<![\w.])({_CAP})\s+({_CAP})(?![\w'’-])")
_NAME_WITH_PARTICLE = re.compile(
    rf"(?<![\w.])(?:{_INITIALS}\s?(?:{_PARTICLE}\s+)?{_CAP}"
    rf"|(?![Dd]e\b|[Hh]et\b|[Ee]en\b){_CAP}\s+(?:van\s+(?:de[nr]?|'t)|van|de|der|den|ter|ten)\s+"
    rf"{_CAP})"
)


def _phone(match: re.Match[str]) -> str:
    found = match.group()
    digits = sum(ch.isdigit() for ch in found)
    if digits < 9 or _DATE.search(found) or _THOUSANDS.fullmatch(found.strip()):
        return found
    return _CUT


def _address(match: re.Match[str]) -> str:
    word = match.group("word")
    if word is None:
        formal = " ".join(match.group("formal").lower().rstrip(".").split())
        word = _FORMAL[formal]
        if match.group("formal")[0].isupper():
            word = word.capitalize()
    return word


def _house_numbers(text: str, street: str) -> str:
    text = _STREET_NUMBER.sub(lambda m: m.group(1), text)
    own = " ".join(street.split())
    if own:
        number = re.compile(re.escape(own) + r"\s+\d{1,4}[a-zA-Z]?\b", re.IGNORECASE)
        text = number.sub(own, text)
    return _NUMBER_WORD.sub(_CUT, text)


# "ik woon op de Dorpsstraat 12, ..." / "wij wonen aan nr. 3": where the writer lives, with the
# number, goes as a whole (the street alone would still say who wrote it).
_RESIDENCE = re.compile(
    r"(?i)\b(?:ik|wij|we)\s+wo(?:on|nen)\s+(?:zelf\s+|hier\s+|sinds\s+\w+\s+)?"
    r"(?:op|aan|in|bij|naast|tegenover)\s+(?:nr\.|[^\d,.;:!?()\n]){0,60}?"
    r"\d{1,4}(?:\s?[a-z](?![a-z]))?(?:\s?-\s?\d+)?(?:\s?(?:hs|bis))?\b"
    r"(?:\s*[,;:]\s*|\s+(?:en|dus|maar)\s+)?"
    r"|\bI\s+live\s+(?:at|on|in)\s+[^\d,.;:!?()\n]{0,60}?\d{1,4}[a-z]?\b(?:\s*[,;:]\s*|\s+and\s+)?"
)


def drop_residence(text: str) -> str:
    """``text`` with "ik woon op <straat> <nummer>" marked for removal (see :func:`clean`)."""
    return _RESIDENCE.sub(_CUT, text)


def _tidy(text: str, capital: bool) -> str:
    text = _CHAIN.sub(_CUT, text)
    text = _OFFERED.sub(_CUT, text)
    text = _CHAIN.sub(_CUT, text)
    text = text.replace(_CUT, " ")
    text = re.sub(r"[(\[]\s*[)\]]", " ", text)  # brackets left empty
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([,.;:!?)\]])", r"\1", text)
    text = re.sub(r"([(\[]) +", r"\1", text)
    text = re.sub(r"[,;:]+(?=[.!?])|([,;:])[,;:]+", r"\1", text)
    text = re.sub(r"(?<!\.)([.!?])\.(?!\.)", r"\1", text)
    text = re.sub(r"(?m)^[ ,;:.]+|[ ,;:\-–]+$", "", text).strip()
    if capital and text[:1].islower():
        text = capitalise_first(text)
    return text


# Every detail clean() takes out needs one of these: a digit (phone, postcode, house number,
# bank account), an "@" or a written "at" (e-mail), or a word that introduces a name.  A text
# with none of them is returned at once: most titles, at a fraction of the cost.
_MAYBE = re.compile(
    r"\d|@|(?i:\bat\b|buur(?:man|vrouw)|meneer|mevrouw|famil|\bfam\.|\bdhr\b|\bmevr\b|"
    r"\bmw\.|\bde\s+heer\b|\bik\s+(?:ben|heet)\b|\bnaam\b)"
)


@lru_cache(maxsize=16_384)  # the projector cleans every title again at each count
def clean(text: str, street: str = "") -> str:
    """``text`` without personal details, ready to go public; unchanged when it has none."""
    if not text or not _MAYBE.search(text):
        return text
    work = _EMAIL.sub(_CUT, text)
    work = _IBAN.sub(_CUT, work)
    work = _PHONE.sub(_phone, work)
    work = _POSTCODE_CITY.sub("", work)
    work = _POSTCODE.sub(_CUT, work)
    work = _house_numbers(drop_residence(work), street)
    work = _INTRO.sub(_CUT, work)
    work = _ADDRESS.sub(_address, work)
    if work == text:
        return text
    return _tidy(work, capital=text.lstrip()[:1].isupper())


def strip_contact_details(text: str) -> str:
    """Phone numbers, e-mail addresses, bank accounts and postcodes out, with their phrase."""
    work = _EMAIL.sub(_CUT, text)
    work = _IBAN.sub(_CUT, work)
    work = _PHONE.sub(_phone, work)
    work = _POSTCODE_CITY.sub("", work)
    work = _POSTCODE.sub(_CUT, work)
    return text if work == text else _tidy(work, capital=text.lstrip()[:1].isupper())


def strip_house_numbers(text: str, street: str = "") -> str:
    """House numbers out: after a street name, the own street, and "nr 14b"."""
    work = _house_numbers(text, street)
    return text if work == text else _tidy(work, capital=text.lstrip()[:1].isupper())


def _has_name(text: str) -> bool:
    for first, second in _CAP_PAIR.findall(text):
        if first.lower() not in _NOT_A_NAME and second.lower() not in _NOT_A_NAME:
            return True
    return bool(_NAME_WITH_PARTICLE.search(text))


def looks_personal(text: str) -> list[str]:
    """Why ``text`` may hold personal data (see :data:`REASONS`); empty when nothing shows."""
    if not text:
        return []
    found: list[str] = []
    if _PHONE.sub(_phone, _IBAN.sub("", text)) != _IBAN.sub("", text):
        found.append(PHONE)
    checks = (
        (EMAIL, bool(_EMAIL.search(text))),
        (IBAN, bool(_IBAN.search(text))),
        (POSTCODE, bool(_POSTCODE.search(text))),
        (HOUSE_NUMBER, _house_numbers(text, "") != text),
        (NAME, bool(_ADDRESS.search(text) or _INTRO.search(text))),
    )
    found += [reason for reason, hit in checks if hit]
    if NAME not in found and _has_name(text):
        found.append(POSSIBLE_NAME)
    if _NEIGHBOUR.search(text):
        found.append(NEIGHBOUR)
    return found


# A house number (with letter, addition or floor) at the end of a street, and anything after a
# comma that starts with a digit ("12, 3072 AB Rotterdam").  A street whose name holds numbers
# ("2e Hugo de Grootstraat", "Laan 1940-1945") keeps them.
_AFTER_COMMA = re.compile(r"\s*,\s*\d.*$")
_HOUSE_NUMBER_AT_END = re.compile(
    r"(?i)\s+\d{1,3}[a-z]{0,3}(?:\s?[-/]\s?(?:\d{1,3}[a-z]?|[ivx]{1,4}))?(?:\s(?:hs|bis|huis))?$"
)


def public_street(street: str) -> str:
    """The street as the public sees it: ``"Tarwestraat 12a"`` -> ``"Tarwestraat"``."""
    text = _AFTER_COMMA.sub("", " ".join((street or "").split()))
    return _HOUSE_NUMBER_AT_END.sub("", text).strip(" ,")


def capitalise_first(text: str) -> str:
    """``text`` with its first letter a capital; a leading "ij" becomes "IJ"."""
    if text[:2] in ("ij", "Ij"):
        return "IJ" + text[2:]
    return text[:1].upper() + text[1:]
