"""The pure ranking engine: scoring, shared ranks, ties at the cut, ballot checks."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.core.voting.ranking import (
    Candidate,
    check_ballot,
    parse_number,
    rank,
    ranked_points,
    score_approval,
    score_dots,
    score_ranked,
)

IDS = list(range(100, 112))
CANDIDATES = [Candidate(cid, cid - 99, f"concern {cid}") for cid in IDS]


def ranked(ballots: list[list[int]], k: int = 3, n: int = 3):
    return rank(
        CANDIDATES,
        score_ranked(ballots, k),
        n,
        expected_total=sum(ranked_points(k, len(b)) for b in ballots),
        valid_ballots=len(ballots),
    )


# -- examples -------------------------------------------------------------------------------


def test_ranked_points_first_place_scores_k_even_on_a_short_ballot() -> None:
    scores = score_ranked([[100, 101, 102], [101]], 3)
    assert scores == {100: 3.0, 101: 2.0 + 3.0, 102: 1.0}
    assert ranked_points(3, 1) == 3 and ranked_points(3, 3) == 6 and ranked_points(3, 5) == 6


def test_approval_and_dots_scores() -> None:
    assert score_approval([[100, 101], [101], []]) == {100: 1.0, 101: 2.0}
    assert score_dots({100: 4, 101: 0, 102: 2}) == {100: 4.0, 102: 2.0}


def test_equal_scores_share_a_rank_1_2_2_4() -> None:
    scores = {100: 9, 101: 5, 102: 5, 103: 2}
    r = rank(CANDIDATES[:4], scores, 3)
    assert [(row.concern_id, row.rank, row.tied) for row in r.rows] == [
        (100, 1, False),
        (101, 2, True),
        (102, 2, True),
        (103, 4, False),
    ]
    assert [row.chosen for row in r.rows] == ["yes", "yes", "yes", "no"]
    assert r.tie_at_cut == ()


def test_tie_inside_the_cut_is_flagged_not_broken_by_id_or_order() -> None:
    scores = {100: 9, 101: 7, 102: 5, 103: 5, 104: 5, 105: 1}
    for order in (CANDIDATES[:6], list(reversed(CANDIDATES[:6]))):
        r = rank(order, scores, 3)
        chosen = {row.concern_id: row.chosen for row in r.rows}
        assert chosen == {100: "yes", 101: "yes", 102: "tie", 103: "tie", 104: "tie", 105: "no"}
        assert set(r.tie_at_cut) == {102, 103, 104}
        assert r.cut_seats == 1 and set(r.cut_group) == {102, 103, 104}


def test_a_resolution_settles_the_tie_and_an_incomplete_one_does_not() -> None:
    scores = {100: 9, 101: 7, 102: 5, 103: 5, 104: 5}
    r = rank(CANDIDATES[:5], scores, 3, {102: False, 103: True, 104: False})
    assert [row.concern_id for row in r.rows if row.chosen == "yes"] == [100, 101, 103]
    assert r.tie_at_cut == () and r.cut_group
    assert [row.concern_id for row in r.rows] == [100, 101, 103, 102, 104]  # chosen above
    assert [row.rank for row in r.rows] == [1, 2, 3, 3, 3]
    partial = rank(CANDIDATES[:5], scores, 3, {103: True})
    assert set(partial.tie_at_cut) == {102, 103, 104}


def test_rows_follow_rank_then_number_and_zero_never_is_chosen() -> None:
    r = rank(CANDIDATES[:5], {104: 2}, 3)
    assert [row.concern_id for row in r.rows] == [104, 100, 101, 102, 103]
    assert [row.chosen for row in r.rows] == ["yes", "no", "no", "no", "no"]
    assert r.tie_at_cut == ()


def test_totals_mismatch_is_detected() -> None:
    r = rank(CANDIDATES[:3], {100: 3, 999: 2}, 3, expected_total=5)
    assert r.total == 3 and not r.totals_ok
    assert rank(CANDIDATES[:3], {100: 3}, 3, expected_total=3).totals_ok


def test_parse_number() -> None:
    assert [parse_number(x) for x in ("K12", "k 7", " 12 ", "012", 5)] == [12, 7, 12, 12, 5]
    assert [parse_number(x) for x in ("", "K", "12a", "K-3", "0", 0, -1)] == [None] * 7


def test_check_ballot_reasons() -> None:
    known = {1: 100, 2: 101, 3: 102, 4: 103}
    ok = check_ballot(["K2", "1", ""], known, 3)
    assert ok.valid and ok.concern_ids == (101, 100) and ok.numbers == (2, 1)
    assert check_ballot(["K9"], known, 3).reason_code == "unknown_concern"
    assert check_ballot(["x1"], known, 3).reason_code == "unknown_concern"
    assert check_ballot(["K2", "2"], known, 3).reason_code == "duplicate_choice"
    assert check_ballot(["1", "2", "3", "4"], known, 3).reason_code == "too_many_choices"
    assert check_ballot(["", " "], known, 3).reason_code == "empty"
    assert check_ballot(["1", "2", "3", "4"], known, 4).valid


# -- properties -----------------------------------------------------------------------------

ballot = st.lists(st.sampled_from(IDS), min_size=0, max_size=4, unique=True)
ballots = st.lists(ballot, max_size=40)
ks = st.integers(min_value=1, max_value=4)
ns = st.integers(min_value=1, max_value=5)


@settings(max_examples=150, deadline=None)
@given(ballots, ks, ns, st.randoms(use_true_random=False))
def test_reordering_ballots_and_candidates_changes_nothing(bs, k, n, rnd: random.Random) -> None:
    shuffled = [list(b) for b in bs]
    rnd.shuffle(shuffled)
    candidates = list(CANDIDATES)
    rnd.shuffle(candidates)
    a = ranked(bs, k, n)
    b = rank(candidates, score_ranked(shuffled, k), n, expected_total=a.expected_total)
    assert a.rows == b.rows and a.tie_at_cut == b.tie_at_cut


@settings(max_examples=150, deadline=None)
@given(ballots, ks, ns, ballot, st.sampled_from(IDS))
def test_adding_support_never_lowers_a_place(bs, k, n, extra, favourite) -> None:
    before = ranked(bs, k, n).row(favourite)
    new_ballot = [favourite] + [c for c in extra if c != favourite]
    after = ranked([*bs, new_ballot], k, n).row(favourite)
    assert before is not None and after is not None
    assert after.rank <= before.rank
    assert after.score > before.score
    # the same for dots and approval
    dots = {c: sum(1 for b in bs if c in b) for c in IDS}
    d0 = rank(CANDIDATES, score_dots(dots), n).row(favourite)
    d1 = rank(CANDIDATES, score_dots({**dots, favourite: dots[favourite] + 2}), n).row(favourite)
    assert d0 is not None and d1 is not None and d1.rank <= d0.rank
    a0 = rank(CANDIDATES, score_approval(bs), n).row(favourite)
    a1 = rank(CANDIDATES, score_approval([*bs, new_ballot]), n).row(favourite)
    assert a0 is not None and a1 is not None and a1.rank <= a0.rank


@settings(max_examples=150, deadline=None)
@given(ballots, ks, ns)
def test_tied_scores_share_a_rank_and_rank_counts_those_above(bs, k, n) -> None:
    r = ranked(bs, k, n)
    for row in r.rows:
        above = sum(1 for other in r.rows if other.score > row.score)
        same = [other for other in r.rows if other.score == row.score]
        assert row.rank == above + 1
        assert row.tied == (len(same) > 1)
        assert {o.rank for o in same} == {row.rank}
        assert {o.chosen for o in same} in ({"yes"}, {"no"}, {"tie"})
    yes = [row for row in r.rows if row.chosen == "yes"]
    tie = [row for row in r.rows if row.chosen == "tie"]
    assert len(yes) <= n
    positive = sum(1 for row in r.rows if row.score > 0)
    if tie:
        assert len(yes) < n < len(yes) + len(tie)
    else:
        assert len(yes) == min(n, positive)
    assert [row.score for row in r.rows] == sorted((row.score for row in r.rows), reverse=True)


@settings(max_examples=150, deadline=None)
@given(ballots, ks, ns)
def test_score_total_matches_the_ballots(bs, k, n) -> None:
    r = ranked(bs, k, n)
    assert r.total == sum(ranked_points(k, len(b)) for b in bs)
    assert r.totals_ok
    approval = rank(CANDIDATES, score_approval(bs), n, expected_total=sum(len(b) for b in bs))
    assert approval.totals_ok
