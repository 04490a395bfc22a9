"""Tables that leave no near-empty last page: the rows that run over go with company."""

from __future__ import annotations

from typing import Any

from buurtdesk.core.documents.accessible import TaggedTable
from buurtdesk.core.documents.base import FRAME_H

KEEP_LAST = 4  # rows that end a table together on its last page


class KeepLastRows(TaggedTable):
    """A table split over pages so that its last page holds at least :data:`KEEP_LAST` rows
    (a shorter table moves whole), unless those rows are too tall for any page together.
    Each part left to split keeps the same rule."""

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> Any:  # noqa: N802, N803
        heights = self._rowHeights
        repeat = int(self.repeatRows)
        last = max(repeat, len(heights) - KEEP_LAST)
        together = sum(heights[:repeat]) + sum(heights[last:])
        # ReportLab splits no later than row ``hi`` of ``rowSplitRange``.
        self._rowSplitRange = (0, last) if together <= FRAME_H else None
        return super()._splitRows(availHeight, doInRowSplit)
