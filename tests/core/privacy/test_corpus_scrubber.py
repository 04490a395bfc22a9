"""The one scrubber: the leak corpus (what must go) beside the false-positive corpus (what must
stay), and a property test for each.  Each case is one corpus case of kind "public-text"."""

from __future__ import annotations

import string
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.core.text import POSSIBLE_NAME, clean, findings, looks_personal, scrub
from buurtdesk.core.text_normal import normalise, strip_invisible
from tests.core.privacy.scrubber_corpus import KEEP, LEAKS
from tests.corpus.plugin import record


def _gone(secret: str, text: str) -> bool:
    return normalise(secret).casefold() not in normalise(text).casefold()


@pytest.mark.parametrize(("raw", "secret"), LEAKS, ids=[repr(c[0]) for c in LEAKS])
def test_leak_corpus(record_property: Any, raw: str, secret: str) -> None:
    record(record_property, "public-text", "scrubber-leak")
    assert looks_personal(raw), raw
    assert _gone(secret, scrub(raw))
    names = [f.text for f in findings(raw) if f.reason == POSSIBLE_NAME]
    if any(secret in name for name in names):  # warned about everywhere, kept by clean()
        assert looks_personal(clean(raw)) == [POSSIBLE_NAME]
    else:
        assert _gone(secret, clean(raw)), clean(raw)


@pytest.mark.parametrize("text", KEEP, ids=[repr(t) for t in KEEP])
def test_false_positive_corpus(record_property: Any, text: str) -> None:
    record(record_property, "public-text", "scrubber-keep")
    assert clean(text) == text
    assert scrub(text) == text
    assert looks_personal(text) == []
    assert findings(text) == []


def test_invisible_controls_go_and_right_to_left_text_stays() -> None:
    assert (
        strip_invisible("Lekkage\u202e bij \u2066de\u2069 school\u200b") == "Lekkage bij de school"
    )
    assert strip_invisible("a\u200db\ufeff") == "ab"
    persian = "می\u200cخواهم"
    assert strip_invisible(persian) == persian
    assert strip_invisible("רעש ברחוב") == "רעש ברחוב"
    assert clean("Lekkage\u202e bij de school") == "Lekkage bij de school"


def test_findings_name_what_and_why() -> None:
    found = findings("Jan Jansen van nummer 14, bel 06\u201112345678")
    assert [(f.reason, f.removed) for f in found] == [
        ("phone number", True),
        ("house number", True),
        ("possible name", False),
    ]
    assert found[0].text == "06-12345678"


# -- properties ---------------------------------------------------------------------------

_filler = st.lists(
    st.sampled_from(["afval", "bij", "de", "school", "kapot", "lamp", "te", "hard", "graag", "al"]),
    max_size=5,
).map(" ".join)
_dash = st.sampled_from(["-", "\u2011", "\u2010", "\u2013", "\u2212", "\uff0d"])
_space = st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"])
_digits = st.text("0123456789", min_size=8, max_size=8)
_phone = st.builds(
    lambda d, s, n: f"06{d}{n}" if s else f"06{d}{n[:4]}{d}{n[4:]}", _dash, st.booleans(), _digits
) | st.builds(lambda s, n: f"06{s}{n[:2]}{s}{n[2:4]}{s}{n[4:6]}{s}{n[6:]}", _space, _digits)
_user = st.text(string.ascii_lowercase, min_size=2, max_size=8)
_email = st.builds(
    lambda u, at, h: f"{u}{at}{h}.nl", _user, st.sampled_from(["@", "\uff20", "\ufe6b"]), _user
)
_birth = st.builds(
    lambda word, d, m, y, sep: f"{word} {d:02d}{sep}{m:02d}{sep}{y}",
    st.sampled_from(["geb.", "geboren", "geboren op", "geboortedatum:", "born"]),
    st.integers(1, 28),
    st.integers(1, 12),
    st.integers(1930, 2015),
    st.sampled_from(["-", "/", "."]),
)
_L = st.sampled_from("BDFGHJKLNPRSTVXZ")
_D = st.sampled_from("0123456789")


def _sidecode(code: str) -> st.SearchStrategy[str]:
    parts = [_L if ch == "L" else _D if ch == "D" else st.just("-") for ch in code]
    return st.tuples(*parts).map("".join)


_plate = st.sampled_from(
    ["LL-DD-DD", "DD-LL-DD", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL"]
).flatmap(_sidecode)
_social = st.builds(lambda u: f"@{u}", _user) | st.builds(
    lambda site, u: f"{site}/{u}",
    st.sampled_from(["facebook.com", "instagram.com", "x.com", "tiktok.com/@", "www.facebook.com"]),
    _user,
).map(lambda s: s.replace("@/", "@"))


@settings(max_examples=300, deadline=None)
@given(_filler, st.one_of(_phone, _email, _birth, _plate, _social), _filler)
def test_property_leaks_are_removed(before: str, detail: str, after: str) -> None:
    text = f"{before} {detail} {after}".strip()
    cleaned = clean(text)
    assert looks_personal(text)
    core = normalise(detail).split()[-1].lstrip("@")
    assert core not in normalise(cleaned), (text, cleaned)


_keep = st.one_of(
    st.builds(lambda y: f"Park {y}", st.integers(1900, 2030)),
    st.builds(lambda a, b: f"Laan {a}-{b}", st.integers(1900, 1960), st.integers(1961, 2030)),
    st.builds(lambda n: f"{n}e Middellandstraat", st.integers(1, 9)),
    st.builds(
        lambda d, m, h, mi: f"{d:02d}-{m:02d}-2026 om {h}:{mi:02d}",
        st.integers(1, 28),
        st.integers(1, 12),
        st.integers(9, 22),
        st.integers(0, 59),
    ),
    st.builds(lambda n: f"K{n}", st.integers(1, 999)),
    st.builds(lambda y, n: f"{y}-{n:03d}", st.integers(2020, 2030), st.integers(1, 999)),
    st.builds(lambda n: f"{n} containers", st.integers(1, 500)),
    st.builds(lambda n: f"€ {n}", st.integers(1, 10_000)),
    st.sampled_from(["www.rotterdam.nl", "https://www.rotterdam.nl/afval", "www.politie.nl"]),
)


@settings(max_examples=300, deadline=None)
@given(_filler, st.lists(_keep, min_size=1, max_size=3), _filler)
def test_property_public_text_is_kept(before: str, parts: list[str], after: str) -> None:
    text = " ".join(p for p in (before, ", ".join(parts), after) if p)
    assert clean(text) == text
    assert looks_personal(text) == []
