"""Paragraphs whose lines break where a reader expects them (:mod:`breaking`): at spaces,
after a word's own hyphen, or with a visible hyphen when one word is wider than its column."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle

from buurtdesk.core.documents.accessible import TaggedParagraph
from buurtdesk.core.documents.base import WordParagraph, clean, para, styles
from buurtdesk.core.documents.breaking import NBSP, lines_within, wrap_words
from buurtdesk.core.documents.text_shaping import has_rtl

__all__ = ["NBSP", "WordParagraph", "lines_within", "word_para", "wrap_words"]


def word_para(text: object, style: ParagraphStyle | None = None) -> TaggedParagraph:
    """Like :func:`base.para`, with words broken by :func:`wrap_words` (right-to-left text
    keeps its own breaking)."""
    style = style or styles().body
    value = clean(text)
    if has_rtl(value) or style.firstLineIndent:
        return para(text, style)
    made = WordParagraph(escape(value).replace("\n", "<br/>"), style)
    made.logical = value
    return made
