"""The Dutch names a new file starts with (see :mod:`buurtdesk.core.store.defaults`), as a document
prints them: in English in an English document, and with their article inside a sentence.
A name the committee typed or changed itself is printed as typed."""

from __future__ import annotations

ENGLISH = {
    # partners
    "Bewoners": "Residents",
    "Politie": "Police",
    "Gemeente": "Municipality",
    "Woningcorporatie": "Housing association",
    "Handhaving": "Enforcement",
    "Opbouwwerk": "Community work",
    # themes
    "Veiligheid": "Safety",
    "Verkeer": "Traffic",
    "Schoon": "Cleanliness",
    "Overlast": "Nuisance",
    "Jeugd": "Youth",
    "Openbare ruimte": "Public space",
    "Groen": "Greenery",
    "Sociaal": "Social",
    "Overig": "Other",
    # agenda
    "Welkom en agenda": "Welcome and agenda",
    "Actielijst vorige bijeenkomst": "Action list of the previous meeting",
    "Nieuws van politie, handhaving en gemeente": "News from the police, enforcement and the "
    "municipality",
    "Nieuwe knelpunten": "New concerns",
    "Prioriteiten kiezen": "Choosing the priorities",
    "Afspraken per prioriteit": "Actions per priority",
    "Rondvraag en sluiting": "Questions and close",
}

# A default partner inside a sentence: "de aanpak door de gemeente loopt".
IN_SENTENCE = {
    "nl": {
        "Bewoners": "de bewoners",
        "Politie": "de politie",
        "Gemeente": "de gemeente",
        "Woningcorporatie": "de woningcorporatie",
        "Handhaving": "handhaving",
        "Opbouwwerk": "het opbouwwerk",
    },
    "en": {
        "Bewoners": "the residents",
        "Politie": "the police",
        "Gemeente": "the municipality",
        "Woningcorporatie": "the housing association",
        "Handhaving": "enforcement",
        "Opbouwwerk": "community work",
    },
}


def stored(value: str, lang: str) -> str:
    """``value`` in ``lang`` when it is one of the defaults, else as stored."""
    if lang != "en":
        return value
    return ENGLISH.get(value.strip(), value)


def in_sentence(value: str, lang: str) -> str:
    """A partner's name as it reads inside a sentence of ``lang``."""
    return IN_SENTENCE.get(lang, {}).get(value.strip(), stored(value, lang))
