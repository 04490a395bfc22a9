"""A tie at the cut, as the documents print it: who tied, how the room decided, and why.

The verslag says it under the ranking and lists the chosen concern above the ones it beat;
each feedback sheet says it for a concern that was part of the tie.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core import text as public_text
from buurtdesk.core.enums import TieResolution
from buurtdesk.core.store.models import Concern


@dataclass(frozen=True)
class TieInfo:
    group: tuple[str, ...]  # the codes that tied, by number
    chosen: tuple[str, ...]
    how: TieResolution
    note: str  # public text
    ids: frozenset[int]  # the concern ids of the group


def tie_info(s: Session, meeting_id: int) -> TieInfo | None:
    """The meeting's stored tie resolution, or None when the room had no tie to settle."""
    from buurtdesk.core.voting.tie_record import load_tie

    tie = load_tie(s, meeting_id)
    if tie is None or not tie.group or tie.how == TieResolution.NONE:
        return None
    found = s.execute(select(Concern.id, Concern.number).where(Concern.id.in_(tie.group)))
    numbers: dict[int, int] = {cid: number for cid, number in found}
    ordered = sorted(numbers, key=numbers.__getitem__)
    code = {cid: f"K{numbers[cid]}" for cid in ordered}
    return TieInfo(
        tuple(code[c] for c in ordered),
        tuple(code[c] for c in ordered if c in tie.chosen),
        tie.how,
        public_text.clean(tie.note),
        frozenset(ordered),
    )


def _codes(codes: tuple[str, ...], lang: str) -> str:
    if len(codes) <= 1:
        return "".join(codes)
    joiner = " en " if lang == "nl" else " and "
    return ", ".join(codes[:-1]) + joiner + codes[-1]


def sentence(tie: TieInfo, lang: str) -> str:
    """One sentence for the verslag and the feedback sheets."""
    group, chosen = _codes(tie.group, lang), _codes(tie.chosen, lang)
    if lang == "nl":
        how = "na een herstemming" if tie.how == TieResolution.REVOTE else "in overleg"
        text = f"{group} eindigden gelijk op de grens van de top; {how} is gekozen voor {chosen}."
        return text + (f" Toelichting: {tie.note}" if tie.note else "")
    how = "after a revote" if tie.how == TieResolution.REVOTE else "by agreement"
    text = f"{group} tied at the edge of the top; {how} the room chose {chosen}."
    return text + (f" Note: {tie.note}" if tie.note else "")


def chosen_first(
    scores: list[tuple[str, str, float]], tie: TieInfo | None
) -> list[tuple[str, str, float]]:
    """The ranking with, among equal scores, the concerns the tie chose above those it beat."""
    if tie is None:
        return scores
    chosen = set(tie.chosen)
    return sorted(scores, key=lambda row: (-row[2], row[0] not in chosen))
