"""Finding the concern a new report most likely repeats, fast enough to run per keystroke.

Texts are normalised (case, accents and punctuation ignored), Dutch stop words are dropped
and words are lightly stemmed.  An inverted index of the stems and their first and last four
letters shortlists candidates; each is then scored word by word: a word counts by its rarity
(idf) and is covered by its most similar counterpart (equal, inside a compound, the same head,
or a typo by rapidfuzz's ratio), both ways.  Words residents use for the same problem
("herrie", "lawaai", "geluidsoverlast") also stand for one concept (``concern_words``), so two
wordings meet when they share no word.  The same street adds a fifth of the score, the same
theme a little; a suggestion under ``WEAK`` is left out.
"""

from __future__ import annotations

import heapq
import math
import sys
from array import array
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from os.path import commonprefix
from typing import TYPE_CHECKING

from buurtdesk.core.concerns.words import IndexEntry, content_words, normalise

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

SHORTLIST = 60
EXPAND_MIN = 50  # candidates gathered (at least) before commoner keys only re-rank them
OURS = 0.6  # the share of the score for how much of the typed text a concern covers
STREET_BONUS = 20.0
THEME_BONUS = 5.0
WEAK = 15  # a suggestion scoring less than this is noise, not a likely duplicate


@lru_cache(maxsize=65_536)
def _word_keys(word: str) -> tuple[str, ...]:
    """The index keys of one stem: itself, and its first and last four letters."""
    if len(word) < 4 or word[0] == "~":  # a concept ("~geluid") meets only itself
        return (word,)
    return (word, sys.intern("#" + word[:4]), sys.intern("#" + word[-4:]))


def _keys(words: Iterable[str]) -> set[str]:
    """Index keys: each stem, and its first and last four letters, so compounds
    ("hondenpoep", "poep") and words with a typo at one end still meet."""
    keys: set[str] = set()
    for w in words:
        keys.update(_word_keys(w))
    return keys


@dataclass(frozen=True)
class Suggestion:
    concern_id: int
    code: str
    title: str
    score: int  # 0..100


# A concern's index entry and the postings are kept small: a file of 200,000 concerns is
# indexed within a few hundred MB (slots, a tuple of keys, postings as sorted arrays of ids).
@dataclass(slots=True)
class _Concern:
    code: str
    title: str
    street: str
    theme: str
    texts: list[tuple[str, ...]] = field(default_factory=list)  # stems of each wording
    keys: tuple[str, ...] = ()
    compact: str = ""  # every wording, normalised, without spaces
    street_key: str = ""  # the street, normalised, without spaces
    theme_key: str = ""


@lru_cache(maxsize=262_144)
def word_similarity(a: str, b: str) -> float:
    """How alike two word stems are: equal, one inside the other (compounds), or a typo."""
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4:
        return 0.0
    if short in long_:
        return 0.5 + 0.4 * len(short) / len(long_)
    if a[:5] == b[:5]:  # compounds with the same head: "geluidsoverlast", "geluidshinder"
        prefix = len(commonprefix((a, b)))
        head = 0.3 + 0.4 * prefix / len(short)
    else:
        head = 0.0
    if 3 * len(long_) > 5 * len(short):  # too different in length to be a typo
        return head
    from rapidfuzz.fuzz import ratio as fuzz_ratio  # imported on use: the window starts sooner

    ratio = fuzz_ratio(a, b, score_cutoff=75) / 100.0
    return max(ratio, head)


def _by_key(words: tuple[str, ...]) -> dict[str, list[str]]:
    """The words under each of their index keys."""
    found: dict[str, list[str]] = defaultdict(list)
    for w in words:
        for key in _word_keys(w):
            found[key].append(w)
    return found


def _has(posting: array[int], concern_id: int) -> bool:
    """Whether the sorted ``posting`` holds ``concern_id``."""
    i = bisect_left(posting, concern_id)
    return i < len(posting) and posting[i] == concern_id


def _set_bit(bits: bytearray, concern_id: int, on: bool) -> None:
    byte = concern_id >> 3
    if byte >= len(bits):
        if not on:
            return
        bits.extend(bytes(byte - len(bits) + 1024))
    if on:
        bits[byte] |= 1 << (concern_id & 7)
    else:
        bits[byte] &= ~(1 << (concern_id & 7)) & 0xFF


def _street_keys(street: str) -> set[str]:
    """Index keys for a street: its words, so "Brandgang achter de Riederstraat" meets both."""
    words = [w for w in content_words(street) if len(w) >= 4]
    return {"@" + w for w in words} | set(words)


class DuplicateIndex:
    """The concerns of one neighbourhood, ready to be compared with a text being typed."""

    def __init__(self, entries: Iterable[IndexEntry] = ()) -> None:
        self._concerns: dict[int, _Concern] = {}
        self._postings: dict[str, array[int]] = {}  # key -> ids, sorted
        self._bits: dict[str, bytearray] = {}  # a long posting's ids as bits, to look up fast
        for entry in entries:
            self.add(entry)

    @classmethod
    def for_neighbourhood(cls, lib: Library, neighbourhood_id: int) -> DuplicateIndex:
        from buurtdesk.core.concerns.queries import index_entries

        return cls(index_entries(lib, neighbourhood_id))

    def __len__(self) -> int:
        return len(self._concerns)

    def __contains__(self, concern_id: object) -> bool:
        return concern_id in self._concerns

    def add(self, entry: IndexEntry) -> None:
        """A new concern, or more wording for a concern already in the index."""
        item = self._concerns.get(entry.concern_id)
        if item is None:
            street, theme = sys.intern(entry.street), sys.intern(entry.theme)
            item = _Concern(entry.code, entry.title, street, theme)
            self._concerns[entry.concern_id] = item
        else:
            item.code, item.title = entry.code or item.code, entry.title or item.title
            item.street, item.theme = entry.street or item.street, entry.theme or item.theme
        item.street_key = sys.intern(normalise(item.street).replace(" ", ""))
        item.theme_key = sys.intern(normalise(item.theme))
        item.compact += " " + normalise(entry.text).replace(" ", "")
        same = entry.title.casefold() == " ".join(entry.text.split()).casefold()
        keys = _street_keys(entry.street)
        for raw in (entry.text,) if same else (entry.title, entry.text):
            words = content_words(raw)
            if words and words not in item.texts:
                item.texts.append(words)
            keys |= _keys(words)
        new = keys.difference(item.keys)
        item.keys += tuple(new)
        for key in new:
            self._post(key, entry.concern_id)

    def _post(self, key: str, concern_id: int) -> None:
        bits = self._bits.get(key)
        if bits is not None:
            _set_bit(bits, concern_id, True)
        posting = self._postings.get(key)
        if posting is None:
            self._postings[key] = array("q", (concern_id,))
        elif posting[-1] < concern_id:
            posting.append(concern_id)
        elif not _has(posting, concern_id):
            insort(posting, concern_id)

    def remove(self, concern_id: int) -> None:
        item = self._concerns.pop(concern_id, None)
        if item is None:
            return
        for key in item.keys:
            if (bits := self._bits.get(key)) is not None:
                _set_bit(bits, concern_id, False)
            posting = self._postings.get(key)
            if posting is not None and _has(posting, concern_id):
                del posting[bisect_left(posting, concern_id)]
                if not posting:
                    del self._postings[key]
                    self._bits.pop(key, None)

    def _shortlist(self, keys: set[str], size: int) -> list[int]:
        """The concerns sharing the most (and the rarest) index keys with the query.

        Keys are taken rarest first.  Once enough candidates are found, the commoner keys
        only re-rank them, so the work stays bounded however large the index grows.
        """
        total = len(self._concerns) + 1
        expand = max(EXPAND_MIN, 8 * size)
        weights: dict[int, float] = defaultdict(float)
        get = self._postings.get
        postings = sorted([(k, p) for k in keys if (p := get(k))], key=lambda pair: len(pair[1]))
        log_total = math.log(total)
        for key, posting in postings:
            idf = log_total - math.log(len(posting)) + 0.1
            if key[0] == "#":
                idf *= 0.35
            if len(weights) < expand and len(posting) <= expand:
                for cid in posting:
                    weights[cid] += idf
            elif len(posting) * 8 > total:
                continue  # in one concern of eight or more: too common to re-rank by
            elif len(posting) < len(weights):
                for cid in posting:
                    if cid in weights:
                        weights[cid] += idf
            else:
                for cid in self._members(key, posting, weights, total):
                    weights[cid] += idf
        if not weights and postings:  # only very common keys: take some of the rarest
            key, posting = postings[0]
            weights.update((cid, 1.0) for cid in islice(posting, 4 * expand))
        if len(weights) <= size:
            return list(weights)
        return heapq.nlargest(size, weights, key=weights.__getitem__)

    def _members(self, key: str, posting: array[int], ids: Iterable[int], total: int) -> list[int]:
        """The ``ids`` in a long ``posting``: the import's hottest loop.  A posting of one
        concern in 64 or more is looked up in a bitmap (no larger than the posting itself),
        made once and kept up to date; a shorter one by bisection."""
        if len(posting) * 64 < total:
            return [cid for cid in ids if _has(posting, cid)]
        bits = self._bits.get(key)
        if bits is None:
            bits = self._bits[key] = bytearray(posting[-1] // 8 + 1)
            for cid in posting:
                bits[cid >> 3] |= 1 << (cid & 7)
        end = len(bits)
        return [cid for cid in ids if (cid >> 3) < end and bits[cid >> 3] >> (cid & 7) & 1]

    def idf(self, word: str) -> float:
        """Rarer words say more about which problem a text describes."""
        return math.log((len(self._concerns) + 1) / (len(self._postings.get(word, ())) + 1)) + 1

    def score(
        self,
        words: tuple[str, ...],
        concern_id: int,
        idf: dict[str, float] | None = None,
        by_key: dict[str, list[str]] | None = None,
    ) -> float:
        """0..1: how well the words and one of the concern's wordings cover each other.

        Each word counts by its rarity; a word is covered by its most similar counterpart.
        ``idf`` and ``by_key`` are caches a caller scoring many concerns passes along.
        """
        weights = {} if idf is None else idf
        for w in words:
            if w not in weights:
                weights[w] = self.idf(w)
        ours_total = sum(weights[w] for w in words)
        if by_key is None:
            by_key = _by_key(words)
        best = 0.0
        get, log_n = self._postings.get, math.log(len(self._concerns) + 1)
        for text in self._concerns[concern_id].texts:
            row = dict.fromkeys(words, 0.0)
            theirs_total = theirs_found = 0.0
            for o in text:
                weight = weights.get(o)
                if weight is None:  # idf, as self.idf(o) computes it
                    weight = weights[o] = log_n - math.log(len(get(o, ())) + 1) + 1
                col = 0.0
                # Only words that share a stem, a head or a tail can be alike.
                for key in _word_keys(o):
                    for w in by_key.get(key, ()):
                        sim = 1.0 if w == o else word_similarity(w, o)
                        if sim > row[w]:
                            row[w] = sim
                        if sim > col:
                            col = sim
                theirs_total += weight
                theirs_found += weight * col
            ours = sum(weights[w] * row[w] for w in words) / ours_total if ours_total else 0.0
            theirs = theirs_found / theirs_total if theirs_total else 0.0
            best = max(best, OURS * ours + (1 - OURS) * theirs)
        return best

    def suggest(
        self,
        text: str,
        street: str = "",
        theme: str = "",
        limit: int = 5,
        shortlist: int = SHORTLIST,
        weakest: int = WEAK,
    ) -> list[Suggestion]:
        """The concerns most like ``text``, best first, with a score from 0 to 100.

        ``shortlist`` is how many candidates of the index get scored in full; a concern
        scoring under ``weakest`` is left out.
        """
        words = content_words(text)
        if not words or limit <= 0:
            return []
        street_key = normalise(street).replace(" ", "")
        text_key = normalise(text).replace(" ", "")
        theme_key = normalise(theme)
        scored: list[tuple[float, int]] = []
        idf: dict[str, float] = {}
        by_key = _by_key(words)
        for cid in self._shortlist(_keys(words) | _street_keys(street), shortlist):
            item = self._concerns[cid]
            score = 100 * self.score(words, cid, idf, by_key)
            score += _street_bonus(street_key, text_key, item)
            if theme_key and theme_key == item.theme_key:
                score += THEME_BONUS
            scored.append((min(score, 100.0), cid))
        best = heapq.nlargest(limit, scored, key=lambda pair: (pair[0], -pair[1]))
        return [
            Suggestion(cid, self._concerns[cid].code, self._concerns[cid].title, round(score))
            for score, cid in best
            if score > 0 and round(score) >= weakest
        ]


def _street_bonus(street_key: str, text_key: str, item: _Concern) -> float:
    """Full bonus for the same street; half when one text names the other's street."""
    theirs = item.street_key
    if theirs and street_key and _same_street(street_key, theirs):
        return STREET_BONUS
    if len(theirs) >= 5 and theirs in text_key:
        return STREET_BONUS / 2
    if len(street_key) >= 5 and street_key in item.compact:
        return STREET_BONUS / 2
    return 0.0


def _same_street(a: str, b: str) -> bool:
    """Compact street names (spaces gone) that name the same street, typos and numbers aside."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if a == b or (len(short) >= 6 and short in long_):
        return True
    from rapidfuzz.fuzz import ratio as fuzz_ratio

    return fuzz_ratio(a, b) >= 85
