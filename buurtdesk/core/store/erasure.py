"""Erasing people everywhere they left a trace, on a plain sqlite3 connection.

The same steps run on the open file (inside the deletion's transaction), on an in-memory copy
for the anonymised export, and on copies of older backups.  A person's *traces* are their own
name, phone, e-mail and address: these are removed literally (any case) from every text in the
file.  The texts around the person's own reports (their wording, the concern's title, its
actions and their updates) and the audit log are also cleaned of any phone number, e-mail
address or house number.  A form number that holds an address is cleared.

The deletion log (the ``erasure_log`` setting) keeps, per erasure, the date and the ids of
the people, never their data, so that a restore can say it brings deleted people back.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOG_KEY = "erasure_log"
_WORD = re.compile(r"\w+")
_NOT_DIGIT = re.compile(r"\D")
PERSONAL_KEYS = frozenset(
    ("name", "phone", "email", "address", "responsible_person", "chair", "attendees", "wording")
) | frozenset(("postcode", "town", "language"))
# Keys of free text in the audit log and settings, where anyone's contact details may be typed.
FREE_TEXT_KEYS = frozenset(("title", "description", "result", "note", "notes", "tie_note"))
# Texts where someone may have written any person's name: only the literal traces go.
_ANY_TEXT = (
    ("report", "wording"),
    ("concern", "title"),
    ("concern", "street"),
    ("action", "description"),
    ("action", "result"),
    ("action", "responsible_person"),
    ("action_update", "note"),
    ("agenda_item", "title"),
    ("agenda_item", "notes"),
    ("meeting", "chair"),
    ("meeting", "location"),
    ("meeting_partner", "attendees"),
    ("priority", "tie_note"),
    ("ballot", "invalid_reason"),
)


@dataclass(frozen=True)
class Person:
    """Who is erased: the id and creation time (to recognise them in a copy) and traces."""

    id: int
    created_at: str
    traces: tuple[str, ...]


def _pattern(trace: str) -> str:
    digits = re.sub(r"\D", "", trace)
    if len(digits) >= 6 and len(digits) >= len(re.sub(r"[\s\-.()+/]", "", trace)):
        return r"(?<!\d)" + r"[\s\-.()/]{0,2}".join(digits) + r"(?!\d)"  # written any way
    words = r"\s+".join(re.escape(w) for w in trace.split())
    return rf"(?<!\w){words}(?!\w)"


def _traces(name: str, phone: str, email: str, address: str, postcode: str) -> tuple[str, ...]:
    found = [name, phone, email, address, postcode]
    if "," in address and re.search(r"\d", address.split(",")[0]):
        found.append(address.split(",")[0])  # "Dordtselaan 12, 3081 AB Rotterdam"
    return tuple(t.strip() for t in found if t and len(t.strip()) >= 3)


def read_people(con: sqlite3.Connection, ids: Iterable[int]) -> list[Person]:
    """The submitters with these ids as they are in ``con`` (missing ids are left out)."""
    wanted = sorted(set(ids))
    people = []
    postcode = "postcode" if "postcode" in _submitter_columns(con) else "''"  # an older backup
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        marks = ",".join("?" * len(part))
        rows = con.execute(
            f"SELECT id, created_at, name, phone, email, address, {postcode} FROM submitter "
            f"WHERE id IN ({marks}) ORDER BY id",
            part,
        )
        for sid, created, *fields in rows:
            people.append(Person(sid, str(created), _traces(*(f or "" for f in fields))))
    return people


def remover(people: Sequence[Person]) -> Callable[[str], str]:
    """A function that removes these people's traces from a text (any case).

    Each text is first matched against the traces' words and digits, so that erasing
    a thousand people at once costs one regular expression only for the few texts that may
    hold one of them."""
    phones: dict[str, str] = {}
    worded: list[tuple[frozenset[str], str]] = []
    for trace in {t for p in people for t in p.traces}:
        pattern = _pattern(trace)
        if pattern.startswith(r"(?<!\d)"):
            phones[_NOT_DIGIT.sub("", trace)] = pattern
        elif words := frozenset(_WORD.findall(trace.casefold())):
            worded.append((words, pattern))
    # Each trace is looked up by its rarest word (a street shared by many people is not).
    often = Counter(w for words, _p in worded for w in words)
    by_word: dict[str, list[tuple[frozenset[str], str]]] = {}
    for words, pattern in worded:
        key = min(words, key=lambda w: (often[w], -len(w), w))
        by_word.setdefault(key, []).append((words, pattern))
    compiled: dict[frozenset[str], re.Pattern[str]] = {}

    def remove(text: str) -> str:
        if not text:
            return text
        words = set(_WORD.findall(text.casefold()))
        wanted = {p for w in words & by_word.keys() for need, p in by_word[w] if need <= words}
        if phones and len(digits := _NOT_DIGIT.sub("", text)) >= 6:
            wanted |= {p for d, p in phones.items() if d in digits}
        if not wanted:
            return text
        key = frozenset(wanted)
        if key not in compiled:
            alternatives = "|".join(sorted(wanted, key=len, reverse=True))
            compiled[key] = re.compile(alternatives, re.IGNORECASE)
        found = compiled[key]
        if not found.search(text):
            return text
        text = found.sub("", text)
        return "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in text.splitlines())

    return remove


def generic_scrub(text: str) -> str:
    """Every personal detail :func:`public_text.clean` finds out of a text, spaces tidied."""
    from buurtdesk.core.text import clean

    return " ".join(clean(text).split())


def _same(text: str) -> str:
    return text


def scrub_values(value: Any, clean: Callable[[str], str] = _same, key: str = "") -> Any:
    """A JSON value (an audit entry's before/after, a setting) without personal data: the
    personal keys are dropped, ``clean`` is applied to every string, the free-text keys lose
    phone numbers, e-mail addresses and house numbers, and a form number that held an
    address is cleared."""
    if isinstance(value, str):
        return generic_scrub(clean(value)) if key in FREE_TEXT_KEYS else clean(value)
    if isinstance(value, list):
        return [scrub_values(v, clean, key) for v in value]
    if isinstance(value, dict):
        return {
            k: clean_form_no(v, clean) if k == "form_no" else scrub_values(v, clean, k)
            for k, v in value.items()
            if k not in PERSONAL_KEYS
        }
    return value


def clean_form_no(form_no: Any, clean: Callable[[str], str] = _same) -> Any:
    """A form number that holds an address (or a trace ``clean`` removes) becomes ``None``."""
    if not isinstance(form_no, str):
        return form_no
    return form_no if clean(form_no) == form_no and generic_scrub(form_no) == form_no else None


def _update_column(
    con: sqlite3.Connection, table: str, column: str, clean: Callable[[Any], Any], where: str = ""
) -> None:
    rows = con.execute(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL {where}")
    changed = [(new, rid) for rid, old in rows if (new := clean(old)) != old]
    con.executemany(f"UPDATE {table} SET {column} = ? WHERE id = ?", changed)


def _ids(con: sqlite3.Connection, sql: str, ids: Iterable[int]) -> set[int]:
    found: set[int] = set()
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        sql_part = sql.replace("?", ",".join("?" * len(part)))
        found |= {r[0] for r in con.execute(sql_part, part * sql.count("?"))}
    return found


def _within(ids: set[int]) -> str:
    return f"AND id IN ({','.join(str(int(i)) for i in ids)})" if ids else "AND 0"


def erase(con: sqlite3.Connection, people: Sequence[Person], *, delete: bool) -> None:
    """Remove (``delete``) or blank these submitters and their traces everywhere in ``con``.

    Runs inside the caller's transaction; commits nothing itself.
    """
    ids = [p.id for p in people]
    literal = remover(people)

    def full(text: str) -> str:
        return generic_scrub(literal(text))

    reports = _ids(con, "SELECT id FROM report WHERE submitter_id IN (?)", ids)
    concerns = _ids(con, "SELECT concern_id FROM report WHERE id IN (?)", reports) | _ids(
        con, "SELECT original_concern_id FROM report WHERE id IN (?)", reports
    )
    actions = _ids(
        con,
        "SELECT a.id FROM action a LEFT JOIN priority p ON a.priority_id = p.id "
        "WHERE a.concern_id IN (?) OR p.concern_id IN (?)",
        concerns,
    )
    updates = _ids(con, "SELECT id FROM action_update WHERE action_id IN (?)", actions)
    for table, column in _ANY_TEXT:
        _update_column(con, table, column, literal)
    _update_column(con, "report", "wording", full, _within(reports))
    _update_column(con, "report", "form_no", lambda f: f if literal(f) == f else None)
    _update_column(con, "report", "form_no", clean_form_no, _within(reports))
    rows = con.execute(f"SELECT id, number, title FROM concern WHERE 1 {_within(concerns)}")
    titles = [(new, cid) for cid, n, t in rows.fetchall() if (new := full(t) or f"K{n}") != t]
    con.executemany("UPDATE concern SET title = ? WHERE id = ?", titles)
    for table, column in (("action", "description"), ("action", "result")):
        _update_column(con, table, column, full, _within(actions))
    _update_column(con, "action_update", "note", full, _within(updates))
    _scrub_json(con, "audit_log", ("before", "after"), literal)
    _scrub_settings(con, literal)
    marks = ",".join("?" * len(ids))
    if delete:
        con.execute(f"UPDATE report SET submitter_id = NULL WHERE submitter_id IN ({marks})", ids)
        con.execute(f"DELETE FROM submitter WHERE id IN ({marks})", ids)
    else:
        blank = ", ".join(f"{c} = ''" for c in _submitter_columns(con) if c in SUBMITTER_DETAILS)
        con.execute(f"UPDATE submitter SET {blank}, wants_feedback = 0 WHERE id IN ({marks})", ids)


# A submitter's personal details; a backup of an older schema may lack the later ones.
SUBMITTER_DETAILS = ("name", "phone", "email", "address", "postcode", "town", "language")


def _submitter_columns(con: sqlite3.Connection) -> list[str]:
    return [str(row[1]) for row in con.execute("PRAGMA table_info(submitter)")]


def _scrub_json(
    con: sqlite3.Connection, table: str, columns: Sequence[str], clean: Callable[[str], str]
) -> None:
    for column in columns:

        def rewrite(raw: Any) -> Any:
            try:
                value = json.loads(raw)
            except (TypeError, ValueError):
                return generic_scrub(clean(str(raw)))
            return json.dumps(scrub_values(value, clean), ensure_ascii=False)

        _update_column(con, table, column, rewrite)


def _scrub_settings(con: sqlite3.Connection, clean: Callable[[str], str]) -> None:
    rows = con.execute("SELECT key, value FROM setting WHERE key != ?", (LOG_KEY,)).fetchall()
    for key, raw in rows:
        try:
            new = json.dumps(scrub_values(json.loads(raw), clean), ensure_ascii=False)
            if json.loads(new) == json.loads(raw):
                continue
        except (TypeError, ValueError):
            new = clean(raw or "")
        if new != raw:
            con.execute("UPDATE setting SET value = ? WHERE key = ?", (new, key))


# -- the deletion log -------------------------------------------------------------------------


def read_log(con: sqlite3.Connection) -> list[dict[str, Any]]:
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (LOG_KEY,)).fetchone()
        log = json.loads(row[0]) if row else []
    except (sqlite3.Error, ValueError, TypeError):
        return []
    return [e for e in log if isinstance(e, dict)] if isinstance(log, list) else []


def write_log(con: sqlite3.Connection, entries: list[dict[str, Any]]) -> None:
    con.execute(
        "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
        (LOG_KEY, json.dumps(entries, separators=(",", ":"))),
    )


def log_erasure(con: sqlite3.Connection, people: Sequence[Person], operation: str) -> None:
    """Add one entry: the date, what was done and to whom (ids and creation times only)."""
    entry = {
        "on": dt.date.today().isoformat(),
        "operation": operation,
        "people": [[p.id, p.created_at] for p in people],
    }
    write_log(con, [*read_log(con), entry])


def keep_log(con: sqlite3.Connection, earlier: list[dict[str, Any]]) -> None:
    """After a restore: the current file's log joins the restored one's, without the people
    the restore brought back (they are no longer deleted)."""
    merged = earlier + [e for e in read_log(con) if e not in earlier]
    back = {(p.id, p.created_at) for p in erased_present(con, logged_people(merged))}
    for entry in merged:
        entry["people"] = [p for p in entry.get("people") or [] if tuple(p) not in back]
    write_log(con, [e for e in merged if e["people"]])


def logged_people(entries: Iterable[dict[str, Any]]) -> set[tuple[int, str]]:
    found = set()
    for entry in entries:
        for pair in entry.get("people") or []:
            if isinstance(pair, list) and len(pair) == 2:
                found.add((int(pair[0]), str(pair[1])))
    return found


def erased_present(con: sqlite3.Connection, logged: set[tuple[int, str]]) -> list[Person]:
    """The logged people that ``con`` still holds with some personal data."""
    present = read_people(con, {sid for sid, _c in logged})
    return [p for p in present if (p.id, p.created_at) in logged and p.traces]


# -- copies -----------------------------------------------------------------------------------


def memory_copy(source: Path) -> sqlite3.Connection:
    """The whole file in memory: erasing there leaves nothing on disk until it is written."""
    from buurtdesk.core.store.db import connect_read_only

    src = connect_read_only(Path(source))  # also in a read-only folder, leaving nothing
    try:
        mem = sqlite3.connect(":memory:")
        src.backup(mem)
    finally:
        src.close()
    from buurtdesk.core.store.schema_guard import drop_foreign_here

    drop_foreign_here(mem)  # erasing writes: a sender's trigger must not run on the copy
    mem.commit()
    return mem


def write_vacuumed(con: sqlite3.Connection, target: Path) -> Path:
    """Write ``con`` compacted (no free pages with old contents) to a new file ``target``."""
    con.execute("VACUUM")
    dst = sqlite3.connect(target)
    try:
        con.backup(dst)
    finally:
        dst.close()
    return target
