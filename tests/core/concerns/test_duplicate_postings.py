"""The look-alike index keeps its postings as sorted id arrays (and a long one also as a
bitmap): adding, looking up and removing give what sets of ids would give."""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.core.concerns.duplicates import DuplicateIndex
from buurtdesk.core.concerns.words import IndexEntry


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 5000), min_size=1, max_size=300, unique=True),
    st.lists(st.integers(0, 5100), max_size=80),
    st.integers(1, 10_000),
)
def test_members_are_the_ids_in_the_posting(ids: list[int], asked: list[int], total: int) -> None:
    index = DuplicateIndex()
    for cid in ids:  # in any order, as wording added later gives
        index._post("key", cid)
    posting = index._postings["key"]
    assert list(posting) == sorted(ids)
    assert index._members("key", posting, asked, total) == [c for c in asked if c in set(ids)]


def _entry(cid: int, text: str) -> IndexEntry:
    return IndexEntry(cid, f"K{cid}", text, text, "Dorpsstraat", "")


def test_removed_concerns_are_never_suggested_again() -> None:
    index = DuplicateIndex(
        _entry(cid, f"hondenpoep op de stoep bij de school nummer {cid}") for cid in range(1, 400)
    )
    index.add(_entry(400, "kapotte lantaarnpaal in de brandgang"))
    before = index.suggest("hondenpoep stoep school", "Dorpsstraat", limit=5, shortlist=20)
    assert before and all(s.concern_id < 400 for s in before)
    for key, posting in list(index._postings.items()):  # the bitmaps of the long postings
        index._members(key, posting, [1], len(index))
    assert index._bits
    for s in before:
        index.remove(s.concern_id)
    after = index.suggest("hondenpoep stoep school", "Dorpsstraat", limit=5, shortlist=20)
    assert after and not {s.concern_id for s in before} & {s.concern_id for s in after}
    assert all(isinstance(p, array) and list(p) == sorted(p) for p in index._postings.values())
    for key, bits in index._bits.items():
        held = {i for i in range(len(bits) * 8) if bits[i >> 3] >> (i & 7) & 1}
        assert held == set(index._postings[key])
