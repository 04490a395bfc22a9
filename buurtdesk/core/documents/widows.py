"""Tables that leave no near-empty last page: the rows that run over go with company."""

from __future__ import annotations

from typing import Any

from buurtdesk.core.documents.accessible import TaggedTable

KEEP_LAST = 4  # rows that end a table together on its last page


class KeepLastRows(TaggedTable):
    """A table split over pages so that its last page holds at least :data:`KEEP_LAST` rows
    (a shorter table moves whole).  Each part left to split keeps the same rule."""

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> Any:  # noqa: N802, N803
        # ReportLab splits no later than row ``hi`` of ``rowSplitRange``.
        last = max(int(self.repeatRows), len(self._cellvalues) - KEEP_LAST)
        self._rowSplitRange = (0, last)
        return super()._splitRows(availHeight, doInRowSplit)
