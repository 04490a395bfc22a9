"""What the reminders and the handover dossier share: their words (nl and en), the marks of a
stalled or overdue action, and the footnote with the definitions of
:mod:`buurtdesk.core.actions.follow_through`."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from buurtdesk.core.actions.follow_through import FollowThrough
from buurtdesk.core.documents.base import Heading, made_today
from buurtdesk.core.documents.labels import Texts

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "title_reminder": "Herinnering",
        "title_dossier": "Overdrachtsdossier",
        "stalled": "VASTGELOPEN",
        "overdue": "TE\u00a0LAAT",
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
        "dossier_as_of": "Stand van {date}",
        "dossier_lead": (
            "Voor wie het bewonersoverleg van {hood} overneemt: wat er is gebeurd, wat nog open"
            " staat en wat eerst moet. Zonder persoonsgegevens van bewoners."
        ),
        "first": "Wat eerst",
        "next_meeting": "Volgende bijeenkomst: {date}.",
        "no_next_meeting": "Er is nog geen volgende bijeenkomst gepland: plan die eerst.",
        "todo_stalled": (
            "Vraag {partner} naar de stand van {n} vastgelopen actie(s), te beginnen met"
            " “{what}” (open sinds {m} bijeenkomsten)."
        ),
        "todo_overdue": (
            "Spreek een nieuwe termijn af of laat vallen met een reden: {n} actie(s) over hun"
            " termijn, de oudste “{what}” ({partner}, uiterlijk {due})."
        ),
        "todo_contact": (
            "Zoek een contactpersoon bij {partner}: {n} open actie(s) en nog niemand om te mailen."
        ),
        "todo_remind": (
            "Stuur de herinneringen aan de partners vóór de bijeenkomst (Acties ›"
            " Herinneringen voorbereiden…): {n} actie(s) staan open."
        ),
        "todo_review": ("Loop de {n} open actie(s) op de bijeenkomst langs, de vastgelopen eerst."),
        "todo_plan": "Kies een datum en plek voor de volgende bijeenkomst.",
        "todo_top": "Bereid de keuze van een nieuwe top 3 voor: {n} knelpunt(en) wachten.",
        "open_now": "Wat nu open staat",
        "none_open": "Er staan geen acties open.",
        "since": "Sinds",
        "meetings_open_short": "Bijeenk.",
        "partner": "Partner",
        "meetings_held": "Gehouden bijeenkomsten ({n})",
        "date": "Datum",
        "residents": "Bewoners",
        "partners_present": "Partners aanwezig",
        "raised": "Knelpunten",
        "chosen": "Gekozen",
        "priorities_all": "Alle gekozen prioriteiten en hoe hun acties afliepen",
        "priority": "Prioriteit",
        "actions_end": "Acties en afloop",
        "end_on_time": "op tijd",
        "end_late": "te laat",
        "end_no_due": "zonder termijn",
        "no_actions_agreed": "geen acties afgesproken",
        "backlog": "Nooit gekozen, het vaakst genoemd eerst",
        "backlog_meetings": "Keer genoemd",
        "backlog_reports": "Meldingen",
        "backlog_first_last": "Eerst / laatst",
        "backlog_more": "En nog {n} knelpunt(en) die nooit gekozen zijn, minder vaak genoemd.",
        "partners_section": "Partners en hun contactpersonen",
        "contacts_roles": "Contact (functie)",
        "follow_through": "Afgesproken / klaar (op tijd, zonder termijn) / open (vastgelopen)",
        "no_contacts": "geen contactpersoon",
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
        "dossier_as_of": "As of {date}",
        "dossier_lead": (
            "For whoever takes over the residents' meeting of {hood}: what happened, what is"
            " still open and what comes first. Without residents' personal data."
        ),
        "first": "What comes first",
        "next_meeting": "Next meeting: {date}.",
        "no_next_meeting": "No next meeting is planned yet: plan one first.",
        "todo_stalled": (
            "Ask {partner} how {n} stalled action(s) stand, starting with “{what}”"
            " (open for {m} meetings)."
        ),
        "todo_overdue": (
            "Agree a new due date or drop with a reason: {n} action(s) past their due date, the"
            " oldest “{what}” ({partner}, due {due})."
        ),
        "todo_contact": (
            "Find a contact at {partner}: {n} open action(s) and nobody to write to yet."
        ),
        "todo_remind": (
            "Send the partners their reminders before the meeting (Acties › Herinneringen"
            " voorbereiden…): {n} action(s) are open."
        ),
        "todo_review": "Go through the {n} open action(s) at the meeting, the stalled first.",
        "todo_plan": "Choose a date and place for the next meeting.",
        "todo_top": "Prepare the choice of a new top 3: {n} concern(s) are waiting.",
        "open_now": "What is open now",
        "none_open": "No actions are open.",
        "since": "Since",
        "meetings_open_short": "Meetings",
        "partner": "Partner",
        "meetings_held": "Meetings held ({n})",
        "date": "Date",
        "residents": "Residents",
        "partners_present": "Partners present",
        "raised": "Concerns",
        "chosen": "Chosen",
        "priorities_all": "Every priority chosen and how its actions ended",
        "priority": "Priority",
        "actions_end": "Actions and how they ended",
        "end_on_time": "on time",
        "end_late": "late",
        "end_no_due": "no due date",
        "no_actions_agreed": "no actions agreed",
        "backlog": "Never chosen, the most often raised first",
        "backlog_meetings": "Times raised",
        "backlog_reports": "Reports",
        "backlog_first_last": "First / last",
        "backlog_more": "And {n} more concern(s) never chosen, raised less often.",
        "partners_section": "Partners and their contacts",
        "contacts_roles": "Contact (role)",
        "follow_through": "Agreed / done (on time, no due date) / open (stalled)",
        "no_contacts": "no contact",
    },
}


class KeepTexts(Texts):
    """The documents' words, with those of the reminders and the dossier."""

    def __call__(self, key: str, **values: object) -> str:
        text = WORDS[self.lang].get(key)
        if text is None:
            return super().__call__(key, **values)
        return text.format(**values) if values else text


def marks(row: FollowThrough | None, texts: Texts, *, since: bool = True) -> str:
    """ "VASTGELOPEN · open sinds 3 bijeenkomst(en)", "TE LAAT", or ""; ``since=False``
    leaves out how long it has been open."""
    if row is None:
        return ""
    parts = [texts("stalled")] if row.stalled else []
    if row.overdue:
        parts.append(texts("overdue"))
    if since and row.is_open and row.meetings_open:
        parts.append(texts("open_meetings", n=row.meetings_open))
    return " · ".join(parts)


def slug(name: str) -> str:
    """A partner's name as part of a file name: "Gemeente Rotterdam" -> "gemeente-rotterdam"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-") or "partner"


def heading(texts: Texts, hood: str, title_key: str, subtitle_key: str, day: dt.date) -> Heading:
    """The header of every page: the neighbourhood, the document and its day."""
    when = texts.date(day)
    return Heading(hood, texts(subtitle_key, date=when), texts(title_key), made_today(texts), when)
