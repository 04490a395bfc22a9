"""What the reminders and the handover dossier share: their words (nl and en), the marks of a
stalled or overdue action, and the footnote with the definitions of
:mod:`buurtdesk.core.actions.follow_through`."""

from __future__ import annotations

import re
import unicodedata

from buurtdesk.core.actions.follow_through import FollowThrough
from buurtdesk.core.documents.labels import Texts

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "title_reminder": "Herinnering",
        "title_dossier": "Overdrachtsdossier",
        "stalled": "VASTGELOPEN",
        "overdue": "TE LAAT",
        "open_meetings": "open sinds {n} bijeenkomst(en)",
        "definitions": (
            "Te laat: open of loopt, en de termijn ligt vóór {date}. Vastgelopen: open of loopt,"
            " en op elk van de laatste twee gehouden bijeenkomsten na de afspraak veranderde"
            " geen update de status of de bestede uren (een actie van minder dan twee"
            " bijeenkomsten geleden loopt nooit vast). Op tijd klaar: klaar, met de datum van de"
            " update die haar klaar maakte op of vóór de termijn; acties zonder termijn tellen"
            " apart."
        ),
        "reminder_subject": "Herinnering: uw acties voor de bijeenkomst van {date} ({hood})",
        "reminder_to": "Aan: {who}",
        "reminder_chair": "de voorzitter van het bewonersoverleg {hood}",
        "reminder_dear": "Beste {name},",
        "reminder_dear_chair": "Beste voorzitter,",
        "reminder_dear_org": "Beste collega's van {partner},",
        "reminder_lead": (
            "Op de bijeenkomst van {hood} op {date} komen de afspraken van {partner} weer op"
            " tafel. Hieronder staan de acties die nog open staan."
        ),
        "reminder_lead_residents": (
            "Op de bijeenkomst van {hood} op {date} komen de afspraken van de bewoners weer op"
            " tafel. Hieronder staan hun acties die nog open staan; vraagt u de bewoners die ze"
            " op zich namen naar de stand?"
        ),
        "reminder_question": "Wat is de stand? Laat het ons graag weten vóór {date}.",
        "reminder_bye": "Met vriendelijke groet,",
        "reminder_from": "Bewonersoverleg {hood}",
        "action": "Actie",
        "due": "Uiterlijk",
        "none_due": "zonder termijn",
        "last_update": "Laatste update",
        "no_update": "nog geen update",
        "agreed": "Afgesproken",
        "mark": "Let op",
        "csv_header": "partner;contactpersoon;e-mail;onderwerp;tekst",
    },
    "en": {
        "title_reminder": "Reminder",
        "title_dossier": "Handover dossier",
        "stalled": "STALLED",
        "overdue": "OVERDUE",
        "open_meetings": "open for {n} meeting(s)",
        "definitions": (
            "Overdue: open or in progress, with a due date before {date}. Stalled: open or in"
            " progress, and at each of the last two held meetings after it was agreed no update"
            " changed its status or hours spent (an action agreed fewer than two meetings ago is"
            " never stalled). Done on time: done, with the date of the update that made it done"
            " on or before the due date; actions without a due date are counted apart."
        ),
        "reminder_subject": "Reminder: your actions for the meeting of {date} ({hood})",
        "reminder_to": "To: {who}",
        "reminder_chair": "the chair of the residents' meeting {hood}",
        "reminder_dear": "Dear {name},",
        "reminder_dear_chair": "Dear chair,",
        "reminder_dear_org": "Dear colleagues at {partner},",
        "reminder_lead": (
            "At the meeting of {hood} on {date} the agreements of {partner} come back to the"
            " table. These are the actions still open."
        ),
        "reminder_lead_residents": (
            "At the meeting of {hood} on {date} the residents' agreements come back to the"
            " table. These are their actions still open; would you ask the residents who took"
            " them on how they stand?"
        ),
        "reminder_question": "How do things stand? Please let us know before {date}.",
        "reminder_bye": "Kind regards,",
        "reminder_from": "Residents' meeting {hood}",
        "action": "Action",
        "due": "Due",
        "none_due": "no due date",
        "last_update": "Last update",
        "no_update": "no update yet",
        "agreed": "Agreed",
        "mark": "Note",
        "csv_header": "partner,contact,email,subject,body",
    },
}


class KeepTexts(Texts):
    """The documents' words, with those of the reminders and the dossier."""

    def __call__(self, key: str, **values: object) -> str:
        text = WORDS[self.lang].get(key)
        if text is None:
            return super().__call__(key, **values)
        return text.format(**values) if values else text


def marks(row: FollowThrough | None, texts: Texts) -> str:
    """ "VASTGELOPEN · open sinds 3 bijeenkomst(en)", "TE LAAT", or ""."""
    if row is None:
        return ""
    parts = [texts("stalled")] if row.stalled else []
    if row.overdue:
        parts.append(texts("overdue"))
    if row.is_open and row.meetings_open:
        parts.append(texts("open_meetings", n=row.meetings_open))
    return " · ".join(parts)


def slug(name: str) -> str:
    """A partner's name as part of a file name: "Gemeente Rotterdam" -> "gemeente-rotterdam"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-") or "partner"
