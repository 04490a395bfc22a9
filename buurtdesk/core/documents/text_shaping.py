"""Text the embedded DejaVu Sans can print as written: emoji left out, Arabic and Hebrew shaped.

ReportLab draws characters left to right, one glyph each.  Arabic needs its joined letter forms
(``arabic_reshaper``) and right-to-left order (``python-bidi``) before it is drawn; the PDF then
holds the text in visual order.  DejaVu has some emoji and lacks most: every emoji is left out
the same way, with the joiners and variation selectors that belong to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

_EMOJI_CHARS = (
    "\U0001f000-\U0001faff"  # pictographs, emoticons, transport, flags, skin tones
    "\U0001fb00-\U0001fbff"
    "\U000e0020-\U000e007f"  # tag sequences of subdivision flags
    "\u20e3"  # keycap
)
_JOINERS = "\u200d\ufe0e\ufe0f"
_EMOJI = re.compile(f"[{_JOINERS}]*(?:[{_EMOJI_CHARS}][{_JOINERS}]*)+")
_SELECTOR = re.compile("[\ufe0e\ufe0f]")
_SPACES = re.compile(r"[ \t]{2,}")
_LEFT_BEFORE = re.compile(r"[ \t]+\x00+(?=[ \t]*[,.;:!?)\]]|$)")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_STRONG = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u04ff\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def drop_emoji(text: str) -> str:
    """``text`` without emoji; the spaces around a removed emoji become one."""
    if not _EMOJI.search(text) and not _SELECTOR.search(text):
        return text
    value = _SELECTOR.sub("", _EMOJI.sub("\x00", text))
    value = _LEFT_BEFORE.sub("", value).replace("\x00", "")  # "Ali 😀," -> "Ali,"
    value = _SPACES.sub(" ", value)
    return value.strip(" \t") if value != value.strip() and text == text.strip() else value


def is_rtl(text: str) -> bool:
    """Whether the paragraph ``text`` runs right to left: most of its letters are Arabic or
    Hebrew.  One Arabic title in a Dutch sentence keeps the sentence left to right; the title
    itself still reads right to left within it."""
    letters = _STRONG.findall(text)
    rtl = sum(bool(_RTL.match(ch)) for ch in letters)
    return rtl > len(letters) - rtl


@cache
def _shapers() -> tuple[Any, Any]:
    import arabic_reshaper
    from bidi import get_display

    return arabic_reshaper.reshape, get_display


def _visual(line: str, base: str) -> str:
    """One line shaped and in visual order, runs of either direction within a paragraph of
    direction ``base`` ("L" or "R")."""
    reshape, display = _shapers()
    return str(display(reshape(line), base_dir=base)) if _RTL.search(line) else line


def shape_rtl(text: str) -> str:
    """Each line holding Arabic or Hebrew with joined letter forms, in visual order."""
    if not _RTL.search(text):
        return text
    base = "R" if is_rtl(text) else "L"
    return "\n".join(_visual(line, base) for line in text.split("\n"))


def shape_lines(lines: list[str], whole: str) -> list[str]:
    """Lines broken in reading order, each shaped in the direction of the paragraph ``whole``."""
    base = "R" if is_rtl(whole) else "L"
    return [_visual(line, base) for line in lines]


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def wrap_rtl(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` (in reading order) broken into lines that fit ``width`` once shaped, each line
    then shaped and put in visual order, so a long Arabic paragraph starts on the top line."""
    reshape, _display = _shapers()
    lines: list[str] = []
    for hard in text.split("\n"):
        current: list[str] = []
        for word in hard.split(" "):
            if current and measure(reshape(" ".join([*current, word]))) > width:
                lines.append(" ".join(current))
                current = []
            current.append(word)
        lines.append(" ".join(current))
    base = "R" if is_rtl(text) else "L"
    return [_visual(line, base) for line in lines]
