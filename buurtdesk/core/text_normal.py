"""Text as the scrubber reads it, and text without invisible controls.

:func:`normalise` folds what looks alike into one form before any pattern is matched: Unicode
NFKC (a fullwidth ``＠`` becomes ``@``, fullwidth digits become digits), every dash and minus
becomes ``-`` (a non-breaking hyphen in ``06‑12345678`` too) and every space becomes a plain
space.  :func:`strip_invisible` takes out the controls a reader cannot see but that change
what is shown or found: bidirectional overrides, embeddings, isolates and marks, zero-width
spaces, the word joiner and the byte-order mark, and the zero-width (non-)joiner except
between letters of a script that needs them (Arabic, Persian, Hebrew, the Indic scripts).
Right-to-left text itself stays.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise", "strip_invisible"]

# Bidi embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI), the marks
# (LRM RLM ALM), zero-width space, word joiner, invisible operators, byte-order mark,
# Mongolian vowel separator, soft hyphen.
_INVISIBLE = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060-\u2064\ufeff\u180e\u00ad]"
)
# Scripts that join or break letters with ZWJ/ZWNJ: Hebrew, Arabic, Syriac, Thaana, N'Ko and
# the Indic scripts up to Sinhala (U+0590-U+0DFF), plus Arabic presentation forms.
_JOINING = "\u0590-\u0dff\ufb1d-\ufdff\ufe70-\ufeff"
_JOINER = re.compile(f"(?<![{_JOINING}])[\u200c\u200d]|[\u200c\u200d](?![{_JOINING}])")
_DASHES = re.compile("[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]")
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def strip_invisible(text: str) -> str:
    """``text`` without invisible controls; the same object when it has none."""
    if not text or text.isascii():
        return text
    stripped = _JOINER.sub("", _INVISIBLE.sub("", text))
    return text if stripped == text else stripped


def normalise(text: str) -> str:
    """``text`` as the scrubber matches it: NFKC, one dash, one space, nothing invisible."""
    if not text or text.isascii():
        return text
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    return _SPACES.sub(" ", _DASHES.sub("-", text))
