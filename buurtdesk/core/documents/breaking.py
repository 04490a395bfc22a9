"""Lines broken where a reader expects them: at spaces, after a word's own hyphen, or with a
visible hyphen when one word is wider than its column ("Kartoncontai-" / "ner").

Names joined by non-breaking spaces (a street, a venue) stay on one line when they fit on one;
a name wider than the line breaks at its spaces first.  No character is added to the text but
the hyphen drawn at a cut word's end.  Plain functions of text and a measure: no ReportLab.
"""

from __future__ import annotations

from collections.abc import Callable

NBSP = "\u00a0"
_SLACK = 0.01  # points: rounding must not push a measured line over its width


def _cut(word: str, room: float, measure: Callable[[str], float]) -> tuple[str, str] | None:
    """The longest head of ``word`` that fits ``room``, with the rest: after one of the word's
    own hyphens, else between two letters with a hyphen added (two letters before, three after)."""
    for at in range(len(word) - 1, 0, -1):
        if word[at - 1] == "-" and measure(word[:at]) <= room:
            return word[:at], word[at:]
    for at in range(len(word) - 3, 1, -1):
        if word[at - 1].isalnum() and word[at].isalnum() and measure(word[:at] + "-") <= room:
            return word[:at] + "-", word[at:]
    return None


def _force(word: str, room: float, measure: Callable[[str], float]) -> tuple[str, str]:
    """A head of at least one character, when not even two letters and a hyphen fit."""
    if len(word) < 2:
        return word, ""
    at = 1
    while at < len(word) - 1 and measure(word[: at + 1] + "-") <= room:
        at += 1
    return word[:at] + "-", word[at:]


def wrap_words(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (its own line breaks kept)."""
    width -= _SLACK
    lines: list[str] = []
    for hard in text.split("\n"):
        words = [w for w in hard.split(" ") if w]
        start = len(lines)
        line = ""
        while words:
            word = words.pop(0)
            joined = f"{line} {word}" if line else word
            if measure(joined) <= width:
                line = joined
                continue
            if measure(word) <= width:
                lines.append(line)
                line = word
                continue
            if NBSP in word:  # a name wider than a line: its parts become ordinary words
                words[:0] = [part for part in word.split(NBSP) if part]
                continue
            prefix = f"{line} " if line else ""
            cut = _cut(word, width - measure(prefix), measure) if line else None
            if cut is None and line:
                lines.append(line)
                line = prefix = ""
            if cut is None:
                cut = _cut(word, width, measure) or _force(word, width, measure)
            lines.append(prefix + cut[0])
            line = ""
            if cut[1]:
                words.insert(0, cut[1])
        if line or len(lines) == start:
            lines.append(line)
    return lines


def lines_within(
    text: str, width: float, measure: Callable[[str], float], most: int = 3
) -> list[str]:
    """At most ``most`` lines of :func:`wrap_words`; a longer text ends its last line in "…"."""
    lines = wrap_words(text, width, measure)
    if len(lines) <= most:
        return lines
    last = lines[most - 1].rstrip(" -")
    while last and measure(last + "…") > width - _SLACK:
        last = last[:-1].rstrip(" -")
    return [*lines[: most - 1], last + "…"]
