"""Capitalising Dutch text: the digraph IJ is one letter, so "ijzeren" becomes "IJzeren"."""

from __future__ import annotations


def capitalise_first(text: str) -> str:
    """``text`` with its first letter a capital; a leading "ij" becomes "IJ"."""
    if text[:2] in ("ij", "Ij"):
        return "IJ" + text[2:]
    return text[:1].upper() + text[1:]
