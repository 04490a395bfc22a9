"""The free texts of an anonymised copy, scrubbed with the one scrubber.

An anonymised copy is handed on without being read first, so every free text in it loses what
:func:`buurtdesk.core.text.scrub` finds: what :func:`~buurtdesk.core.text.clean` removes from
public text, and possible names as well.  Each text that lost a possible name, or still looks
personal after scrubbing (a mere "de buurman" aside), gives one line for the chair to check.
"""

from __future__ import annotations

import sqlite3

from buurtdesk.core.text import NEIGHBOUR, POSSIBLE_NAME, clean, findings, looks_personal, scrub

# (table, column, how a row is named in a line)
FREE_TEXTS = (
    ("concern", "title", "'K' || number"),
    ("report", "wording", "'report ' || id"),
    ("action", "description", "'action ' || id"),
    ("action", "result", "'action ' || id"),
    ("action_update", "note", "'action update ' || id"),
    ("agenda_item", "title", "'agenda item ' || id"),
    ("agenda_item", "notes", "'agenda item ' || id"),
    ("priority", "tie_note", "'priority ' || id"),
)


def _scrubbed(text: str, street: str) -> str:
    lines = (" ".join(scrub(line, street).split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def scrub_free_texts(con: sqlite3.Connection) -> list[str]:
    """Scrub every free text in ``con`` (a copy); the lines for the chair to check."""
    notes: list[str] = []
    for table, column, label in FREE_TEXTS:
        street = "street" if table == "concern" else "''"
        rows = con.execute(
            f"SELECT id, {label}, {column}, {street} FROM {table} "  # noqa: S608 - fixed names
            f"WHERE {column} IS NOT NULL AND {column} != '' ORDER BY id"
        ).fetchall()
        changed: list[tuple[str, int]] = []
        for rid, name, text, own_street in rows:
            new = _scrubbed(text, own_street or "")
            if new != text:
                changed.append((new, rid))
            if any(f.reason == POSSIBLE_NAME for f in findings(clean(text, own_street or ""))):
                notes.append(f"{name} {column}: a possible name was removed")
            if reasons := [r for r in looks_personal(new) if r != NEIGHBOUR]:
                notes.append(f"{name} {column} still looks personal ({', '.join(reasons)})")
        con.executemany(f"UPDATE {table} SET {column} = ? WHERE id = ?", changed)  # noqa: S608
    return notes
