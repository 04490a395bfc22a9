"""Text that goes public — titles, action texts, notes — cleaned of personal data: the one
scrubber every public output uses (the PDFs, the slides, the CSV exports, the anonymised copy).

The text is first read as :func:`text_normal.normalise` gives it (NFKC, one kind of dash and
space, no invisible controls), so ``06‑12345678`` with a non-breaking hyphen or ``a＠b.nl``
with a fullwidth at-sign is found like its plain form.

:func:`clean` takes out names after a form of address ("buurman Jansen", "mevr. de Vries"),
introductions ("ik ben Piet", "mijn naam is ..."), house numbers, postcodes, phone numbers,
e-mail addresses (also written as "x [at] y.nl"), bank accounts, dates of birth ("geb.
12-03-1980"), Dutch licence plates ("AB-123-C"), social-media handles and profile links
("@naam", "instagram.com/naam"), together with the phrase that offered them ("bel mij op",
"mail", "tel:", "kenteken"), and tidies the spaces and punctuation left.  Text without any of
these comes back unchanged (only invisible controls are taken out); an organisation's web
address ("www.rotterdam.nl") stays.

:func:`findings` is the scrubber's answer for one text: every :class:`Finding` with its reason
(:data:`REASONS`) and whether :func:`clean` removes it.  A full name without a form of address
("Jan Jansen van nummer 14") is a ``possible name``: :func:`clean` keeps it, every public
output warns about it (:func:`looks_personal`), and :func:`scrub` — for a copy handed on
without being read first — removes it as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from buurtdesk.core.text_normal import normalise, strip_invisible

__all__ = ["REASONS", "Finding", "clean", "findings", "looks_personal", "scrub"]

PHONE = "phone number"
EMAIL = "e-mail address"
IBAN = "bank account"
POSTCODE = "postcode"
BIRTH_DATE = "date of birth"
PLATE = "licence plate"
SOCIAL = "social media"
HOUSE_NUMBER = "house number"
NAME = "name"
POSSIBLE_NAME = "possible name"
NEIGHBOUR = "refers to a neighbour"
REASONS = (
    PHONE,
    EMAIL,
    IBAN,
    POSTCODE,
    BIRTH_DATE,
    PLATE,
    SOCIAL,
    HOUSE_NUMBER,
    NAME,
    POSSIBLE_NAME,
    NEIGHBOUR,
)

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
    r"\s+(?!(?:1[89]|20)\d\d\b)\d{1,4}(?:\s?[a-z](?![a-z]))?(?:\s?-\s?\d+)?(?:\s?(?:hs|bis))?\b"
)  # a year after a street word is part of its name: "Park 1943", "Laan 1940-1945"
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
_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"january|february|march|may|june|july|august|october|"
    r"jan|feb|mrt|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec"
)
_ANY_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}})"
)
# A date (or a year) after a word that says it is a birthday: "geb. 12-03-1980".
_BIRTH = re.compile(
    r"(?i)\b(?:geboren|geb\.?|geboortedatum|geb\.?\s?datum|date\s+of\s+birth|dob|born)"
    rf"\s*(?:\b(?:op|in|on)\b)?\s*:?\s*(?:{_ANY_DATE}|\d{{4}})(?!\w)"
)
# Dutch licence plates as written on the plate (sidecodes 1 to 14), or after "kenteken".
_SIDECODES = "LL-DD-DD DD-DD-LL DD-LL-DD LL-DD-LL LL-LL-DD DD-LL-LL DD-LLL-D D-LLL-DD LL-DDD-L"
_SIDECODES += " L-DDD-LL LLL-DD-L L-DD-LLL D-LL-DDD DDD-LL-D"
_PLATE_SHAPE = "|".join(c.replace("L", "[A-Z]").replace("D", r"\d") for c in _SIDECODES.split())
_PLATE = re.compile(
    r"(?:\b(?i:met\s+)?(?:(?i:het)\s+)?(?i:kenteken(?:nummer)?)\s*:?\s*)?"
    rf"(?<![\w-])(?:{_PLATE_SHAPE})(?![\w-])"
    r"|\b(?i:met\s+)?(?:(?i:het)\s+)?(?i:kenteken(?:nummer)?)\s*:?\s*"
    r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{6}(?![\w-])"
)
_SOCIAL_SITES = (
    r"facebook\.com|fb\.com|fb\.me|instagram\.com|instagr\.am|x\.com|twitter\.com|"
    r"tiktok\.com|linkedin\.com|youtube\.com|snapchat\.com|threads\.net|t\.me|wa\.me|"
    r"bsky\.app|mastodon\.social|pinterest\.com"
)
_PROFILE = re.compile(
    rf"(?i)(?<![\w.@/-])(?:https?://)?(?:(?:www|m|mobile|nl-nl)\.)?(?:{_SOCIAL_SITES})"
    r"/[^\s,;()<>\[\]]+"
)
_HANDLE = re.compile(r"(?<![\w@.+-])@(?=[\w.]*[^\W\d_])[\w.]{2,30}(?<!\.)(?![\w@])")
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
    r"|(?:volg|follow)(?:\s+(?:mij|me|ons))?(?:\s+op)?|insta(?:gram)?|facebook|tiktok|twitter|snapchat"
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
    r"\d|@|(?i:\bat\b|facebook|fb\.|instagr|x\.com|twitter|tiktok|linkedin|youtube|snapchat|"
    r"threads\.net|t\.me|wa\.me|bsky|mastodon|pinterest|buur(?:man|vrouw)|meneer|mevrouw|famil|\bfam\.|\bdhr\b|\bmevr\b|"
    r"\bmw\.|\bde\s+heer\b|\bik\s+(?:ben|heet)\b|\bnaam\b)"
)


def _contact_details(text: str) -> str:
    work = _PROFILE.sub(_CUT, text)
    work = _EMAIL.sub(_CUT, work)
    work = _HANDLE.sub(_CUT, work)
    work = _IBAN.sub(_CUT, work)
    work = _BIRTH.sub(_CUT, work)
    work = _PLATE.sub(_CUT, work)
    work = _PHONE.sub(_phone, work)
    work = _POSTCODE_CITY.sub("", work)
    return _POSTCODE.sub(_CUT, work)


@lru_cache(maxsize=16_384)  # the projector cleans every title again at each count
def clean(text: str, street: str = "") -> str:
    """``text`` without personal details, ready to go public; unchanged when it has none
    (apart from invisible controls, which never go public)."""
    visible = strip_invisible(text)
    read = normalise(visible)
    if not read or not _MAYBE.search(read):
        return visible
    work = _house_numbers(_contact_details(read), street)
    work = _INTRO.sub(_CUT, work)
    work = _ADDRESS.sub(_address, work)
    if work == read:
        return visible
    return _tidy(work, capital=read.lstrip()[:1].isupper())


def strip_contact_details(text: str) -> str:
    """Phone numbers, e-mail addresses, bank accounts, postcodes, dates of birth, licence
    plates and social-media handles out, with their phrase."""
    read = normalise(strip_invisible(text))
    work = _contact_details(read)
    return text if work == read else _tidy(work, capital=read.lstrip()[:1].isupper())


def strip_house_numbers(text: str, street: str = "") -> str:
    """House numbers out: after a street name, the own street, and "nr 14b"."""
    read = normalise(strip_invisible(text))
    work = _house_numbers(read, street)
    return text if work == read else _tidy(work, capital=read.lstrip()[:1].isupper())


@dataclass(frozen=True)
class Finding:
    """One thing in a text that points at a person."""

    reason: str  # one of REASONS
    text: str  # as found, in the normalised text
    removed: bool  # True: clean() takes it out; False: only warned about (and scrub() removes
    # a possible name)


def _possible_names(text: str) -> list[str]:
    found = [
        f"{first} {second}"
        for first, second in _CAP_PAIR.findall(text)
        if first.lower() not in _NOT_A_NAME and second.lower() not in _NOT_A_NAME
    ]
    return found + [m.group() for m in _NAME_WITH_PARTICLE.finditer(text)]


def _spans(pattern: re.Pattern[str], text: str) -> list[str]:
    return [m.group() for m in pattern.finditer(text)]


def _removed(text: str, street: str) -> list[Finding]:
    without_iban = _IBAN.sub(" ", _BIRTH.sub(" ", text))
    phones = [m.group() for m in _PHONE.finditer(without_iban) if _phone(m) == _CUT]
    numbers = [m.group() for m in _STREET_NUMBER.finditer(text)] + _spans(_NUMBER_WORD, text)
    if street.strip() and _house_numbers(text, street) != _house_numbers(text, ""):
        numbers.append(" ".join(street.split()))
    emails = _spans(_EMAIL, text)
    social = _spans(_PROFILE, text) + _spans(_HANDLE, _EMAIL.sub(" ", _PROFILE.sub(" ", text)))
    kinds = (
        (PHONE, phones),
        (EMAIL, emails),
        (IBAN, _spans(_IBAN, text)),
        (POSTCODE, _spans(_POSTCODE, text)),
        (BIRTH_DATE, _spans(_BIRTH, text)),
        (PLATE, _spans(_PLATE, text)),
        (SOCIAL, social),
        (HOUSE_NUMBER, numbers),
        (NAME, _spans(_ADDRESS, text) + _spans(_INTRO, text)),
    )
    return [Finding(reason, hit, True) for reason, hits in kinds for hit in hits]


def findings(text: str, street: str = "") -> list[Finding]:
    """Everything in ``text`` that points at a person, in the order of :data:`REASONS`:
    what :func:`clean` removes, then possible names and references to a neighbour, which it
    keeps.  ``street`` is the concern's own street, whose house numbers count too.  Empty when
    nothing shows; other checks (names stored in the file) can add their own findings."""
    read = normalise(strip_invisible(text or ""))
    if not read:
        return []
    found = _removed(read, street) if _MAYBE.search(read) else []
    if not any(f.reason == NAME for f in found):
        found += [Finding(POSSIBLE_NAME, name, False) for name in _possible_names(read)]
    found += [Finding(NEIGHBOUR, m, False) for m in _spans(_NEIGHBOUR, read)]
    return found


def looks_personal(text: str) -> list[str]:
    """Why ``text`` may hold personal data (see :data:`REASONS`); empty when nothing shows."""
    reasons = {f.reason for f in findings(text)}
    return [reason for reason in REASONS if reason in reasons]


def scrub(text: str, street: str = "") -> str:
    """:func:`clean`, and every possible name taken out as well: for a copy of the file that is
    handed on without being read first."""
    work = clean(text, street)
    names = sorted(
        {f.text for f in findings(work, street) if f.reason == POSSIBLE_NAME}, key=len, reverse=True
    )
    if not names:
        return work
    cut = re.sub("|".join(re.escape(n) for n in names), _CUT, work)
    return _tidy(cut, capital=work.lstrip()[:1].isupper())


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
