"""The pages of the main window and the four areas of a meeting, by index."""

from __future__ import annotations

NO_FILE_PAGE, NO_MEETING_PAGE, MEETING_PAGE = range(3)  # the pages of contentStack
AREA_ICONS = ("concerns", "voting", "actions", "documents")
CONCERNS, VOTING, ACTIONS, DOCUMENTS = range(4)
