"""Counting in the database: settings, tallies, ballots, corrections, ties and priorities."""

from __future__ import annotations

import pytest

from buurtdesk.core.enums import ConcernStatus, TieResolution
from buurtdesk.core.errors import VoteRefused
from buurtdesk.core.voting import counting as v
from tests.voting_helpers import Setup, audit_entries, build, status_of


@pytest.fixture
def setup(store_target: str):
    su = build(store_target)
    yield su
    su.lib.close()


def refused(code: str, func, *args, **kwargs) -> VoteRefused:
    with pytest.raises(VoteRefused) as info:
        func(*args, **kwargs)
    assert info.value.code == code, str(info.value)
    assert info.value.code in v.REFUSAL_CODES
    return info.value


def scores(su: Setup) -> dict[str, float]:
    return {r.code: r.score for r in v.meeting_ranking(su.lib, su.meeting).rows if r.score}


def test_the_ballot_holds_open_concerns_of_this_meeting_and_the_backlog(setup: Setup) -> None:
    codes = [c.code for c in v.voting_concerns(setup.lib, setup.meeting)]
    assert codes == [f"K{n}" for n in range(1, 13)]
    earlier = [c.code for c in v.voting_concerns(setup.lib, setup.earlier)]
    assert earlier == [f"K{n}" for n in range(1, 13, 2)]
    refused("unknown_meeting", v.voting_concerns, setup.lib, 999)
    for meeting in (setup.earlier, setup.meeting, setup.later):
        on_ballot = {c.id for c in v.voting_concerns(setup.lib, meeting)}
        assert {r.concern_id for r in v.meeting_ranking(setup.lib, meeting).rows} == on_ballot
    assert "K90" in {c.code for c in v.voting_concerns(setup.lib, setup.later)}


def test_method_is_locked_once_votes_of_another_method_are_stored(setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    v.set_method(lib, m, method="ranked", choices=4)
    v.set_method(lib, m, method="dots")  # nothing stored yet: free to change
    v.set_tally(lib, m, "K3", 2)
    refused("method_locked", v.set_method, lib, m, method="ranked")
    assert v.voting_settings(lib, m).method.value == "dots"
    assert v.set_method(lib, m, method="dots", dots=5).dots == 5
    v.set_tally(lib, m, "K3", 0)
    v.set_method(lib, m, method="ranked")
    v.add_ballot(lib, m, "1", ["K1"])
    refused("method_locked", v.set_method, lib, m, choices=2)
    refused("method_locked", v.set_method, lib, m, method="approval")
    refused("bad_setting", v.set_method, lib, m, method="lottery")
    refused("bad_setting", v.set_method, lib, m, priorities=0)


def test_tally_refusals_change_nothing(setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    v.set_method(lib, m, method="dots", dots=3, max_per_concern=2, residents_present=4)
    refused("unknown_concern", v.set_tally, lib, m, "K90", 1)
    refused("unknown_concern", v.set_tally, lib, m, "K91", 1)
    refused("unknown_concern", v.set_tally, lib, m, "nonsense", 1)
    refused("negative", v.set_tally, lib, m, "K1", -1)
    # 4 residents x at most 2 dots each on one concern = 8
    assert v.set_tally(lib, m, "K1", 8).after == 8
    refused("too_many_dots", v.set_tally, lib, m, "K2", 9)
    # 4 residents x 3 dots = 12 in all
    v.set_tally(lib, m, "12", 4)
    refused("over_attendance", v.set_tally, lib, m, "K5", 1)
    assert v.tallies_by_code(lib, m) == {"K1": 8, "K12": 4}
    refused("over_attendance", v.set_method, lib, m, dots=2)  # 4 x 2 = 8 < 12
    refused("too_many_dots", v.set_method, lib, m, residents_present=3)  # K1: 8 > 3 x 2
    refused("too_many_dots", v.set_method, lib, m, max_per_concern=1)
    assert v.voting_settings(lib, m).residents_present == 4
    refused("wrong_method", v.add_ballot, lib, m, "1", ["K1"])


def test_tally_by_id_and_corrections_in_the_audit_log(setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    first = v.set_tally(lib, m, setup.ids[4], 3)
    assert (first.code, first.before, first.after) == ("K4", None, 3)
    assert audit_entries(lib, "tally") == []
    v.set_tally(lib, m, "K4", 5)
    v.set_tally(lib, m, "K4", 0)
    log = audit_entries(lib, "tally")
    assert [(e.operation, e.before["count"], e.after) for e in log] == [
        ("correct", 3, {"meeting_id": m, "concern": "K4", "count": 5}),
        ("delete", 5, None),
    ]
    assert v.tallies(lib, m) == {}


def test_approval_counts_by_hands_or_by_ballots_not_both(setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    v.set_method(lib, m, method="approval", residents_present=6)
    v.set_tally(lib, m, "K2", 6)
    refused("over_attendance", v.set_tally, lib, m, "K3", 7)
    refused("mixed_counting", v.add_ballot, lib, m, "1", ["K1"])
    v.set_tally(lib, m, "K2", 0)
    v.add_ballot(lib, m, "1", ["K1", "K2", "K3", "K4"])
    v.add_ballot(lib, m, "2", ["K2"])
    refused("mixed_counting", v.set_tally, lib, m, "K2", 1)
    r = v.meeting_ranking(lib, m)
    assert scores(setup) == {"K1": 1, "K2": 2, "K3": 1, "K4": 1}
    assert r.total == r.expected_total == 5 and r.valid_ballots == 2


@pytest.mark.parametrize(
    ("choices", "code"),
    [
        (["K99"], "unknown_concern"),
        (["K90"], "unknown_concern"),  # raised at a later meeting
        (["K1", "abc"], "unknown_concern"),
        (["K1", "1"], "duplicate_choice"),
        (["K1", "K2", "K3", "K4"], "too_many_choices"),
        ([], "empty"),
    ],
)
def test_invalid_ballots_are_stored_as_invalid_with_the_reason(setup: Setup, choices, code) -> None:
    lib, m = setup.lib, setup.meeting
    v.set_method(lib, m, method="ranked", choices=3)
    result = v.add_ballot(lib, m, "7", choices)
    assert not result.valid and result.reason_code == code and result.reason
    stored = v.ballots(lib, m)
    assert [(b.ballot_no, b.valid, b.reason_code) for b in stored] == [("7", False, code)]
    r = v.meeting_ranking(lib, m)
    assert (r.valid_ballots, r.invalid_ballots, r.total) == (0, 1, 0)


def test_duplicate_ballot_number_is_refused_as_present(setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    v.set_method(lib, m, method="ranked")
    v.add_ballot(lib, m, "12", ["K1", "K2"])
    refused("ballot_present", v.add_ballot, lib, m, " 12 ", ["K3"])
    refused("no_ballot_number", v.add_ballot, lib, m, "  ", ["K3"])
    assert scores(setup) == {"K1": 3, "K2": 2}


def test_ballot_corrections_and_deletions_are_logged_and_followed(setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    v.set_method(lib, m, method="ranked", choices=3)
    v.add_ballot(lib, m, "1", ["K1", "K2", "K3"])
    v.add_ballot(lib, m, "2", ["K1", "K1"])
    assert scores(setup) == {"K1": 3, "K2": 2, "K3": 1}
    fixed = v.correct_ballot(lib, m, "2", ["K3", "K1"])
    assert fixed.valid
    assert scores(setup) == {"K1": 5, "K2": 2, "K3": 4}
    v.correct_ballot(lib, m, "1", ["K1", "K2", "K3"], new_ballot_no="1a")
    refused("ballot_present", v.correct_ballot, lib, m, "1a", ["K1"], new_ballot_no="2")
    gone = v.delete_ballot(lib, m, "1a")
    assert gone.choices == (1, 2, 3)
    refused("unknown_ballot", v.delete_ballot, lib, m, "1a")
    assert scores(setup) == {"K1": 2, "K3": 3}
    log = audit_entries(lib, "ballot")
    assert [e.operation for e in log] == ["correct", "correct", "delete"]
    assert log[0].before["choices"] == [1, 1] and not log[0].before["valid"]
    assert log[0].after["choices"] == [3, 1] and log[0].after["valid"]
    assert (log[1].before["ballot_no"], log[1].after["ballot_no"]) == ("1", "1a")
    assert log[2].before["ballot_no"] == "1a" and log[2].after is None


def test_ranked_totals_match_the_ballots(setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    v.set_method(lib, m, method="ranked", choices=3)
    for no, choices in enumerate([["K1", "K2", "K3"], ["K4"], ["K4", "K1"], ["K9", "K9"]]):
        v.add_ballot(lib, m, str(no), choices)
    r = v.meeting_ranking(lib, m)
    assert (r.total, r.expected_total, r.valid_ballots, r.invalid_ballots) == (14, 14, 3, 1)
    assert r.totals_ok


def tie_setup(su: Setup) -> None:
    """K1 9 dots, K2 7, and K3, K4, K5 5 each: the cut at 3 falls inside a three-way tie."""
    for code, n in (("K1", 9), ("K2", 7), ("K3", 5), ("K4", 5), ("K5", 5), ("K6", 1)):
        v.set_tally(su.lib, su.meeting, code, n)


def test_tie_at_the_cut_is_flagged_and_blocks_choosing(setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    tie_setup(setup)
    r = v.meeting_ranking(lib, m)
    assert {r_.code for r_ in r.rows if r_.chosen == "tie"} == {"K3", "K4", "K5"}
    refused("unresolved_tie", v.choose_priorities, lib, m)
    tied = [setup.ids[3], setup.ids[4], setup.ids[5]]
    refused("bad_resolution", v.resolve_tie, lib, m, tied[:2], "revote")
    refused("bad_resolution", v.resolve_tie, lib, m, [setup.ids[1]], "revote")
    refused("note_required", v.resolve_tie, lib, m, tied[1:2], TieResolution.AGREED, "  ")
    refused("bad_resolution", v.resolve_tie, lib, m, tied[1:2], "none")
    assert v.tie_resolution(lib, m) is None


def test_agreed_tie_resolution_is_kept_with_its_reason(setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    tie_setup(setup)
    k4 = setup.ids[4]
    v.resolve_tie(lib, m, [k4], TieResolution.AGREED, "K4 raakt de school")
    r = v.meeting_ranking(lib, m)
    assert [row.code for row in r.rows if row.chosen == "yes"] == ["K1", "K2", "K4"]
    assert r.tie_at_cut == ()
    chosen = v.choose_priorities(lib, m)
    assert chosen == [setup.ids[1], setup.ids[2], k4]
    rows = {p.code: p for p in v.priorities(lib, m)}
    assert rows["K4"].tie_resolution == TieResolution.AGREED
    assert rows["K4"].tie_note == "K4 raakt de school" and rows["K4"].rank == 3
    assert rows["K1"].tie_resolution == TieResolution.NONE and rows["K1"].score == 9
    assert status_of(lib, k4) == ConcernStatus.CHOSEN
    assert status_of(lib, setup.ids[3]) == ConcernStatus.OPEN
    assert [e.operation for e in audit_entries(lib, "tie")] == ["resolve"]
    # undo: priorities removed, concerns open again, still on the ballot
    assert set(v.clear_priorities(lib, m)) == set(chosen)
    assert status_of(lib, k4) == ConcernStatus.OPEN and v.priorities(lib, m) == []


def test_revote_resolution_and_a_correction_that_changes_the_tie(setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    tie_setup(setup)
    v.resolve_tie(lib, m, [setup.ids[5]], "revote", "7 tegen 4 tegen 2")
    assert v.tie_resolution(lib, m).how == TieResolution.REVOTE  # type: ignore[union-attr]
    v.choose_priorities(lib, m)
    assert {p.code: p.tie_resolution for p in v.priorities(lib, m)}["K5"] == "revote"
    # a recount makes K6 join the tie: the old resolution no longer fits
    v.set_tally(lib, m, "K6", 5)
    r = v.meeting_ranking(lib, m)
    assert {row.code for row in r.rows if row.chosen == "tie"} == {"K3", "K4", "K5", "K6"}
    refused("unresolved_tie", v.choose_priorities, lib, m)
    # a recount that breaks the tie: no tie, resolving is refused, choosing works again
    v.set_tally(lib, m, "K3", 6)
    refused("no_tie", v.resolve_tie, lib, m, [setup.ids[3]], "revote")
    assert v.choose_priorities(lib, m) == [setup.ids[n] for n in (1, 2, 3)]
    assert status_of(lib, setup.ids[5]) == ConcernStatus.OPEN
    assert v.clear_tie(lib, m) is not None and v.tie_resolution(lib, m) is None


def test_choosing_without_votes_is_refused(setup: Setup) -> None:
    refused("no_votes", v.choose_priorities, setup.lib, setup.meeting)
    refused("no_tie", v.resolve_tie, setup.lib, setup.meeting, [], "revote")


def test_finding_one_concern_agrees_with_the_whole_ballot(setup: Setup) -> None:
    from buurtdesk.core.store.models import Concern
    from buurtdesk.core.voting import _db as d

    with setup.lib.session() as s:
        for meeting in (setup.earlier, setup.meeting, setup.later):
            m = d.meeting(s, meeting)
            ballot = d.concerns_on_ballot(s, m)
            assert ballot
            for concern in ballot:
                assert d.find_concern(s, m, concern.id) == concern
                assert d.find_concern(s, m, concern.code) == concern
                assert d.find_concern(s, m, str(concern.number)) == concern
            others = set(setup.ids.values()) - {c.id for c in ballot}
            for cid in others:
                with pytest.raises(VoteRefused):
                    d.find_concern(s, m, cid)
                assert not d.concerns_on_ballot(s, m, Concern.id == cid)
