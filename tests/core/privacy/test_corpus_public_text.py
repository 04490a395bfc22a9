"""Public text: every title, action text and note that goes public is cleaned of names,
house numbers, postcodes, phone numbers, e-mail addresses and bank accounts, without broken
leftovers; ordinary text stays as it is.  Each case is one corpus case of kind "public-text"."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.core.concerns import intake as concerns
from buurtdesk.core.privacy import personal as privacy
from buurtdesk.core.text import clean, looks_personal
from tests.corpus.plugin import record

# (raw text, what must be gone, the cleaned text)
PATTERNS = [
    ("Overlast van buurman Jansen", "Jansen", "Overlast van buurman"),
    ("Hond van buurvrouw De Groot blaft", "Groot", "Hond van buurvrouw blaft"),
    ("Klacht over mevr. de Vries en haar katten", "Vries", "Klacht over mevrouw en haar katten"),
    ("Ruzie met dhr. van der Berg over de heg", "Berg", "Ruzie met meneer over de heg"),
    ("Brief aan de heer Pietersen gestuurd", "Pietersen", "Brief aan meneer gestuurd"),
    ("Mw. Öztürk valt over losse tegels", "Öztürk", "Mevrouw valt over losse tegels"),
    ("Meneer Bakker parkeert op de stoep", "Bakker", "Meneer parkeert op de stoep"),
    ("Ik ben Piet Jansen en de lamp is kapot", "Piet", "De lamp is kapot"),
    ("Mijn naam is Els de Boer. Ratten bij de school", "Boer", "Ratten bij de school"),
    ("Hondenpoep bij nr 14b", "14b", "Hondenpoep"),
    ("In onze portiek (nr. 14) wordt gedeald", "14", "In onze portiek wordt gedeald"),
    ("Lekkage naast nummer 14b", "14b", "Lekkage"),
    ("Stank bij huisnummer 3, al weken", "3", "Stank, al weken"),
    (
        "Ratten bij Tweebosstraat 14-3 en Putselaan 7b",
        "14",
        "Ratten bij Tweebosstraat en Putselaan",
    ),
    ("Afval bij 3072 AB Rotterdam", "3072", "Afval bij Rotterdam"),
    ("Afval bij postcode 3072AB", "3072AB", "Afval"),
    ("Lantaarn kapot, bel 06 - 55443322", "55443322", "Lantaarn kapot"),
    ("Lantaarn kapot, tel: 06-12 34 56 78", "12 34 56 78", "Lantaarn kapot"),
    ("Overlast, bereikbaar op +31 (0)6 1234 5678", "1234 5678", "Overlast"),
    ("Lekkage, mijn nummer is 010-4123456 graag", "4123456", "Lekkage, graag"),
    ("Graffiti, mail x[at]voorbeeld.nl", "voorbeeld", "Graffiti"),
    ("Graffiti, mail mij op x (at) voorbeeld.nl", "voorbeeld", "Graffiti"),
    ("Graffiti: x at voorbeeld dot nl weet meer", "voorbeeld", "Graffiti: weet meer"),
    ("Graffiti, e-mail: jan.smit@voorbeeld.nl", "jan.smit", "Graffiti"),
    (
        "Geld voor de buurtbarbecue naar NL91 ABNA 0417 1643 00",
        "0417",
        "Geld voor de buurtbarbecue",
    ),
    ("Geld naar NL91ABNA0417164300 graag", "NL91ABNA", "Geld graag"),
    ("bel mij op 06-12345678 of mail a@b.nl", "12345678", ""),
    (
        "Kapotte bank bij het plein. Bel mij op 06-12345678 of mail a@b.nl.",
        "a@b.nl",
        "Kapotte bank bij het plein.",
    ),
]


@pytest.mark.parametrize(("raw", "secret", "expected"), PATTERNS, ids=[p[0] for p in PATTERNS])
def test_the_cleaner_removes_the_personal_part(
    record_property: Any, raw: str, secret: str, expected: str
) -> None:
    record(record_property, "public-text", "title")
    cleaned = clean(raw)
    assert secret not in cleaned
    assert cleaned == expected
    assert looks_personal(raw), raw
    title = concerns.default_title(raw)
    assert secret not in title
    assert title == expected[:1].upper() + expected[1:]


LEFTOVERS = ["bel mij op of mail", " of ", "()", "tel:", "mail mij", "bereikbaar", " ,", ",,"]


@pytest.mark.parametrize("raw", [p[0] for p in PATTERNS])
def test_no_broken_leftovers(record_property: Any, raw: str) -> None:
    record(record_property, "public-text", "title")
    cleaned = f" {clean(raw)} "
    assert not [x for x in LEFTOVERS if x in cleaned and x not in f" {raw} "]


ORDINARY = [
    "Te hard rijden op 05-03-2026 en 2026-03-05 om 19:30",
    "Maak er een 30-km-zone van",
    "Bus lijn 14 rijdt te hard",
    "Zie K12 en K3 voor hetzelfde",
    "Er staan 14 auto's en 3 bestelbussen op de stoep",
    "Knelpunt nummer 3 in de Dorpsstraat",
    "Handhaving: 14 containers, 6 boetes.",
    "Voorzitter opent om 19:30.",
    "De buurt telt 1.250.000 euro aan schade",
    "Afval naast de containers in de Gerststraat",
    "Onveilige oversteek bij basisschool De Kiem in de Haverstraat",
    "Wietlucht in trappenhuis Lange Zuid-dwarsstraat",
    "Vergadering in 2026 en 2027",
    "Snelheid 50 km/u, 1000km weg, 2500 kg",
    "Agent at the corner",
    "Bijeenkomst in Buurthuis De Ster",
    "Ik ben blij met de nieuwe bankjes",
    "Bus 40 rijdt om 06.15 uur; noodnummer 112",
    "Budget van 12.500 euro, 1,5 uur, 1234 handtekeningen",
    "Postcodegebied 3072 is groot, sinds 12-2025 kapot",
    "Nummer 1 van de lijst: afval",
    "Scooter 50cc op de stoep bij de huisnummers aan de oneven kant",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_is_kept(record_property: Any, text: str) -> None:
    record(record_property, "public-text", "title")
    assert clean(text) == text
    assert concerns.default_title(text) == text
    assert looks_personal(text) == []


def test_demo_titles_and_actions_are_not_flagged(record_property: Any) -> None:
    """The fictional demo neighbourhood holds no personal data: nothing is flagged or cut."""
    from buurtdesk.core.demo import action_texts
    from buurtdesk.core.demo import texts as demo_data

    record(record_property, "public-text", "title")
    titles = [
        line.split("|")[3].strip()
        for block in (
            demo_data.MEETING_1_CONCERNS,
            demo_data.MEETING_2_CONCERNS,
            demo_data.CURRENT_CONCERNS,
        )
        for line in block.splitlines()
        if line.strip() and not line.startswith(" ")
    ]
    actions = [
        line.strip()
        for line in action_texts.ACTIONS.splitlines()
        if line.strip() and not line.startswith(("@", "-"))
    ]
    assert len(titles) > 50 and len(actions) > 20
    for text in titles + actions:
        assert clean(text) == text, text
        assert looks_personal(text) == [], text


def test_the_own_street_loses_its_number(record_property: Any) -> None:
    record(record_property, "public-text", "title")
    assert clean("rommel bij Station Zuid 3", street="Station Zuid") == "rommel bij Station Zuid"


def test_looks_personal_reasons() -> None:
    assert looks_personal("bel 06-12345678") == ["phone number"]
    assert looks_personal("mail a@b.nl") == ["e-mail address"]
    assert looks_personal("NL91ABNA0417164300") == ["bank account"]
    assert looks_personal("3072 AB") == ["postcode"]
    assert looks_personal("Tarwestraat 12") == ["house number"]
    assert "name" in looks_personal("buurman Jansen")
    assert looks_personal("Overlast door Piet de Vries") == ["possible name"]
    assert looks_personal("Brief van R. de Vries") == ["possible name"]
    assert looks_personal("Overlast van de buurman") == ["refers to a neighbour"]


def test_privacy_scrub_uses_the_cleaner() -> None:
    assert privacy._scrub("Buurman Jansen, nr 14b, bel 06-12345678") == "Buurman"
    assert privacy._scrub(None) is None


def test_old_entry_points_use_the_cleaner() -> None:
    assert concerns.strip_contact_details("mail x [at] y.nl") == ""
    assert concerns.strip_house_numbers("Lekkage bij nr 14b") == "Lekkage"


# -- property: titles never hold contact details -----------------------------------------

_words = st.lists(
    st.sampled_from(["afval", "bij", "de", "school", "kapot", "lamp", "te", "hard", "graag"]),
    max_size=6,
).map(" ".join)
_phone = (
    st.builds(
        lambda sep, rest: "06" + sep + sep.join(rest[i : i + 2] for i in range(0, 8, 2)),
        st.sampled_from(["", "-", " ", " - ", ".", "/"]),
        st.text("0123456789", min_size=8, max_size=8),
    )
    | st.builds(
        lambda area, rest, sep: f"0{area}{sep}{rest}",
        st.sampled_from(["10", "20", "30", "70"]),
        st.text("0123456789", min_size=7, max_size=7),
        st.sampled_from(["-", " ", ""]),
    )
    | st.builds(
        lambda rest: f"+31 (0)6 {rest[:4]} {rest[4:]}",
        st.text("0123456789", min_size=8, max_size=8),
    )
)
_email = st.builds(
    lambda user, host, at, tld: f"{user}{at}{host}.{tld}",
    st.text("abcdefghij.", min_size=1, max_size=8).filter(lambda u: u.strip(".") == u),
    st.text("abcdefghij", min_size=2, max_size=8),
    st.sampled_from(["@", "[at]", " (at) ", "(at)"]),
    st.sampled_from(["nl", "com", "org"]),
)
_iban = st.builds(
    lambda bank, digits, spaced: (
        f"NL91 {bank} {digits[:4]} {digits[4:8]} {digits[8:]}" if spaced else f"NL91{bank}{digits}"
    ),
    st.sampled_from(["ABNA", "INGB", "RABO", "TRIO"]),
    st.text("0123456789", min_size=10, max_size=10),
    st.booleans(),
)
_postcode = st.builds(
    lambda digits, letters, space: f"{digits}{' ' if space else ''}{letters}",
    st.integers(1000, 9999).map(str),
    st.sampled_from(["AB", "XY", "GH", "KL"]),
    st.booleans(),
)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@settings(max_examples=300, deadline=None)
@given(_words, st.one_of(_phone, _email, _iban, _postcode), _words)
def test_titles_never_hold_contact_details(before: str, detail: str, after: str) -> None:
    title = concerns.default_title(f"{before} {detail} {after}")
    assert detail not in title
    assert detail.strip() not in title
    digits = _digits(detail)
    if len(digits) >= 4:
        assert digits not in _digits(title)
    assert "@" not in title and "[at]" not in title and "(at)" not in title
