"""Every word the printed documents use, in Dutch and English.  Plain data, no Qt."""

from __future__ import annotations

import datetime as dt

from buurtdesk.core.documents import labels_letters, stored_words

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "page": "pagina {page} van {total}",
        "made": "Gemaakt op {date}",
        "meeting": "Bijeenkomst van {date}",
        "title_actions": "Actielijst",
        "title_report": "Verslag",
        "title_forms": "Meldformulier",
        "title_ballots": "Stembriefje",
        "title_feedback": "Terugkoppeling",
        "title_invitation": "Uitnodiging",
        "nothing_yet": "Er is voor deze bijeenkomst nog niets vastgelegd.",
        "priorities": "Prioriteiten",
        "rank": "Plaats",
        "score_points": "{n} punten",
        "score_dots": "{n} stippen",
        "concern": "Knelpunt",
        "what": "Wat",
        "who": "Wie",
        "deadline": "Uiterlijk",
        "hours": "Uren besteed / gepland",
        "late": "te laat",
        "continued": "vervolg",
        "no_priorities": "Er zijn nog geen prioriteiten gekozen.",
        "status": "Status",
        "no_actions": "Nog geen acties afgesproken.",
        "earlier_actions": "Acties van eerdere bijeenkomsten",
        "no_earlier": "Geen openstaande acties van eerdere bijeenkomsten.",
        "agreed_on": "Afgesproken",
        "last_update": "Laatste stand",
        "attendance": "Aanwezig",
        "residents_present": "Bewoners aanwezig: {count}",
        "residents_unknown": "Aantal aanwezige bewoners niet vastgelegd.",
        "partners_present": "Partners aanwezig: {names}",
        "partners_absent": "Partners afwezig: {names}",
        "partners_unknown": "Welke partners er waren, is niet vastgelegd.",
        "none": "geen",
        "agenda": "Agenda",
        "concerns_raised": "Ingebrachte knelpunten",
        "number": "Nr.",
        "theme": "Thema",
        "street": "Straat",
        "residents": "Bewoners",
        "no_concerns": "Nog geen knelpunten ingebracht.",
        "ranking": "Uitslag van de stemming",
        "no_ranking": "Er is nog niet gestemd.",
        "chart_left_out": "Niet in de grafiek: {n} knelpunten ({codes}). Deze kregen minder "
        "stemmen of geen; ze blijven op de lijst voor een volgende keer.",
        "next_meeting": "Volgende bijeenkomst",
        "contact_line": "Vragen, of zelf een knelpunt inbrengen? Neem contact op met het "
        "buurtcomité van {hood}",
        "contact_chair": ", voorzitter {chair}",
        "contact_place": ", of kom langs in {place}",
        "status_open": "open",
        "status_in_progress": "loopt",
        "status_done": "klaar",
        "status_dropped": "vervallen",
        "form_no": "Formuliernummer",
        "form_intro": "Wat speelt er in uw buurt? Vul dit formulier in en geef het af bij de "
        "bijeenkomst of in het buurthuis.",
        "field_problem": "Wat is het probleem?",
        "field_where": "Waar (straat)?",
        "field_theme": "Thema (mag leeg blijven)",
        "contact": "Uw gegevens (niet verplicht)",
        "field_name": "Naam",
        "field_phone": "Telefoon",
        "field_email": "E-mail",
        "field_address": "Adres, postcode en woonplaats (alleen voor terugkoppeling per post)",
        "wants_feedback": "Ik wil horen wat er met mijn melding gebeurt.",
        "consent": "Ik geef toestemming om mijn gegevens hiervoor te bewaren.",
        "privacy": "Privacy: uw naam en contactgegevens worden apart van uw melding bewaard, "
        "alleen gebruikt om u te laten weten wat er met uw melding gebeurt, en nooit "
        "getoond of gepubliceerd. Ze worden gewist na {months} maanden, of eerder als u "
        "daarom vraagt. Uw melding zelf wordt zonder uw naam besproken.",
        "ballot_no": "Stembriefje nr.",
        "ballot_dots": "Verdeel {dots} stippen over de knelpunten: kleur per knelpunt "
        "hoogstens zoveel rondjes als u stippen wilt geven.",
        "ballot_dots_max": " Hoogstens {max} stippen per knelpunt.",
        "ballot_ranked": "Zet een 1 bij het knelpunt dat u het belangrijkst vindt, een 2 bij "
        "het volgende, tot en met {choices}.",
        "ballot_approval": "Kruis elk knelpunt aan dat u belangrijk genoeg vindt om aan te pakken.",
        "ballot_ranked_grid": "Kies hoogstens {choices} knelpunten: zet in de kolom 1 een kruisje "
        "bij het belangrijkste, in kolom 2 bij het volgende. Eén kruisje per kolom.",
        "ballot_rule": "Zet een kruisje of vinkje in het vakje. Vergist? Kleur het vakje "
        "helemaal zwart.",
        "ballot_page": "pagina {page} van {pages}",
        "scan_figures": "Gescande stembriefjes: {pages} pagina's gelezen, {counted} geteld "
        "({invalid} als ongeldig), {waiting} wachten, {confirmed} met de hand bevestigd, "
        "{duplicate} dubbel (niet twee keer geteld), {refused} geweigerd{why}.",
        "scan_refused_unreadable": "onleesbaar bestand",
        "scan_refused_no_markers": "hoekmerken niet gevonden",
        "scan_refused_no_code": "geen leesbare code",
        "scan_refused_other_meeting": "andere bijeenkomst",
        "scan_refused_unknown_batch": "onbekende reeks",
        "scan_refused_never_printed": "nummer nooit gedrukt",
        "scan_refused_unknown_layout": "andere opmaak",
        "feedback_intro": "Hieronder leest u wat er met alle ingebrachte knelpunten is gebeurd.",
        "feedback_chosen": "Gekozen als prioriteit (plaats {rank}).",
        "feedback_merged": "Samengevoegd met {target}.",
        "feedback_backlog": "Deze keer niet gekozen; het blijft op de lijst voor de volgende "
        "bijeenkomst.",
        "feedback_resolved": "Opgelost.",
        "feedback_personal": "Terugkoppeling op uw melding",
        "feedback_your_words": "U schreef:",
        "feedback_outcome": "Wat ermee gebeurd is:",
        "feedback_to": "Aan:",
        "feedback_overview": "Alle knelpunten",
        "letter_committee": "Buurtcomité {hood}",
        "letter_care_of": "p/a {place}",
        "letter_chair": "Voorzitter: {chair}",
        "letter_date": "Datum: {date}",
        "letter_subject": "Betreft: uw melding bij de bijeenkomst van {date}",
        "letter_dear": "Beste {name},",
        "letter_dear_resident": "Beste bewoner,",
        "letter_intro": "U heeft bij onze bijeenkomst van {date} iets gemeld en gevraagd te "
        "horen wat ermee gebeurt. Hieronder leest u per melding wat u schreef en wat ermee "
        "gebeurd is.",
        "letter_closing": "Met vriendelijke groet,",
        "invite_heading": "Bewonersbijeenkomst {hood}",
        "invite_when": "Wanneer",
        "invite_where": "Waar",
        "invite_lead": "Kom ook! Bewoners, wijkagent en gemeente bepalen samen wat de buurt "
        "als eerste aanpakt.",
        "invite_top3": "De huidige top 3",
        "invite_no_top3": "Er is nog geen top 3 gekozen.",
        "invite_work": "de aanpak",
        "invite_by": " door {who}",
        "invite_state_open": "staat nog open",
        "invite_state_in_progress": "loopt",
        "invite_state_done": "is klaar",
        "invite_state_dropped": "is vervallen",
        "invite_no_actions": "er zijn nog geen afspraken gemaakt",
        "invite_questions": "Vragen? Neem contact op met het buurtcomité van {hood}.",
        "and": "en",
        "invite_how": "Zelf een knelpunt inbrengen?",
        "invite_how_text": "Vul een meldformulier in (te krijgen in het buurthuis) en geef het "
        "af bij de bijeenkomst of in het buurthuis, of vertel het ons op de avond zelf. "
        "Uw naam wordt nooit gepubliceerd.",
        "time_at": "om {time} uur",
        "to_be_announced": "nog niet bekend",
        "ballot_batch": "reeks {code}",
        "ballot_sheet": "Stembriefje nr. {no} · reeks {code}",
        "ballot_continued": "vervolg",
        "privacy_holder": "Wie bewaart uw gegevens: het bewonersoverleg {hood}. Wilt u ze "
        "inzien, verbeteren of laten wissen, of hebt u een vraag? Vraag het aan {who}.",
        "chair_named": "{name}, de voorzitter van het bewonersoverleg",
        "chair_generic": "de voorzitter van het bewonersoverleg",
    },
    "en": {
        "page": "page {page} of {total}",
        "made": "Made on {date}",
        "meeting": "Meeting of {date}",
        "title_actions": "Action list",
        "title_report": "Minutes",
        "title_forms": "Concern form",
        "title_ballots": "Ballot",
        "title_feedback": "Feedback",
        "title_invitation": "Invitation",
        "nothing_yet": "Nothing has been recorded for this meeting yet.",
        "priorities": "Priorities",
        "rank": "Rank",
        "score_points": "{n} points",
        "score_dots": "{n} dots",
        "concern": "Concern",
        "what": "What",
        "who": "Who",
        "deadline": "Due",
        "hours": "Hours spent / planned",
        "late": "late",
        "continued": "continued",
        "no_priorities": "No priorities have been chosen yet.",
        "status": "Status",
        "no_actions": "No actions agreed yet.",
        "earlier_actions": "Actions from earlier meetings",
        "no_earlier": "No open actions from earlier meetings.",
        "agreed_on": "Agreed",
        "last_update": "Latest",
        "attendance": "Attendance",
        "residents_present": "Residents present: {count}",
        "residents_unknown": "Number of residents present not recorded.",
        "partners_present": "Partners present: {names}",
        "partners_absent": "Partners absent: {names}",
        "partners_unknown": "Which partners attended was not recorded.",
        "none": "none",
        "agenda": "Agenda",
        "concerns_raised": "Concerns raised",
        "number": "No.",
        "theme": "Theme",
        "street": "Street",
        "residents": "Residents",
        "no_concerns": "No concerns raised yet.",
        "ranking": "Voting result",
        "no_ranking": "No votes yet.",
        "chart_left_out": "Not in the chart: {n} concerns ({codes}). These received fewer "
        "votes or none; they stay on the list for a later meeting.",
        "next_meeting": "Next meeting",
        "contact_line": "Questions, or a concern of your own? Contact the neighbourhood "
        "committee of {hood}",
        "contact_chair": ", chair {chair}",
        "contact_place": ", or drop in at {place}",
        "status_open": "open",
        "status_in_progress": "in progress",
        "status_done": "done",
        "status_dropped": "dropped",
        "form_no": "Form number",
        "form_intro": "What bothers you in your neighbourhood? Fill in this form and hand it in "
        "at the meeting or at the community centre.",
        "field_problem": "What is the problem?",
        "field_where": "Where (street)?",
        "field_theme": "Theme (may stay empty)",
        "contact": "Your details (optional)",
        "field_name": "Name",
        "field_phone": "Phone",
        "field_email": "E-mail",
        "field_address": "Address, postcode and town (only for feedback by post)",
        "wants_feedback": "I want to hear what happens with my concern.",
        "consent": "I agree that my details are kept for this purpose.",
        "privacy": "Privacy: your name and contact details are kept apart from your concern, "
        "used only to tell you what happens with it, and never shown or published. They "
        "are deleted after {months} months, or sooner if you ask. Your concern itself is "
        "discussed without your name.",
        "ballot_no": "Ballot no.",
        "ballot_dots": "Share at most {dots} dots among the concerns: per concern, fill in "
        "as many circles as dots you want to give it.",
        "ballot_dots_max": " At most {max} dots per concern.",
        "ballot_ranked": "Write 1 beside the concern you find most important, 2 beside the "
        "next, up to {choices}.",
        "ballot_approval": "Tick every concern you find important enough to tackle.",
        "ballot_ranked_grid": "Choose at most {choices} concerns: put a cross in column 1 beside "
        "the most important, in column 2 beside the next. One cross per column.",
        "ballot_rule": "Put a cross or tick in the box. Made a mistake? Colour the box in "
        "completely black.",
        "ballot_page": "page {page} of {pages}",
        "scan_figures": "Scanned ballots: {pages} pages read, {counted} counted ({invalid} as "
        "invalid), {waiting} waiting, {confirmed} confirmed by hand, {duplicate} duplicate (not "
        "counted twice), {refused} refused{why}.",
        "scan_refused_unreadable": "unreadable file",
        "scan_refused_no_markers": "corner markers not found",
        "scan_refused_no_code": "no readable code",
        "scan_refused_other_meeting": "another meeting",
        "scan_refused_unknown_batch": "unknown batch",
        "scan_refused_never_printed": "number never printed",
        "scan_refused_unknown_layout": "another layout",
        "feedback_intro": "Below is what became of every concern raised.",
        "feedback_chosen": "Chosen as a priority (rank {rank}).",
        "feedback_merged": "Merged into {target}.",
        "feedback_backlog": "Not chosen this time; it stays on the list for the next meeting.",
        "feedback_resolved": "Resolved.",
        "feedback_personal": "Feedback on your concern",
        "feedback_your_words": "You wrote:",
        "feedback_outcome": "What became of it:",
        "feedback_to": "To:",
        "feedback_overview": "All concerns",
        "letter_committee": "Neighbourhood committee {hood}",
        "letter_care_of": "c/o {place}",
        "letter_chair": "Chair: {chair}",
        "letter_date": "Date: {date}",
        "letter_subject": "Subject: your concern at the meeting of {date}",
        "letter_dear": "Dear {name},",
        "letter_dear_resident": "Dear resident,",
        "letter_intro": "At our meeting of {date} you raised a concern and asked to hear what "
        "happens with it. Below you find, for each concern, what you wrote and what became "
        "of it.",
        "letter_closing": "Kind regards,",
        "invite_heading": "Residents' meeting {hood}",
        "invite_when": "When",
        "invite_where": "Where",
        "invite_lead": "Join us! Residents, the police and the municipality decide together "
        "what the neighbourhood tackles first.",
        "invite_top3": "The current top 3",
        "invite_no_top3": "No top 3 has been chosen yet.",
        "invite_work": "action",
        "invite_by": " by {who}",
        "invite_state_open": "is still open",
        "invite_state_in_progress": "is in progress",
        "invite_state_done": "is done",
        "invite_state_dropped": "was dropped",
        "invite_no_actions": "no actions agreed yet",
        "invite_questions": "Questions? Contact the neighbourhood committee of {hood}.",
        "and": "and",
        "invite_how": "Want to raise a concern?",
        "invite_how_text": "Fill in a concern form (available at the community centre) and hand "
        "it in at the meeting or the community centre, or tell us on the evening itself. "
        "Your name is never published.",
        "time_at": "at {time}",
        "to_be_announced": "to be announced",
        "ballot_batch": "batch {code}",
        "ballot_sheet": "Ballot no. {no} · batch {code}",
        "ballot_continued": "continued",
        "privacy_holder": "Who keeps your details: the residents' meeting of {hood}. To see, "
        "correct or delete them, or with any question, ask {who}.",
        "chair_named": "{name}, the chair of the residents' meeting",
        "chair_generic": "the chair of the residents' meeting",
    },
}
for _lang, _more in labels_letters.LABELS.items():
    LABELS[_lang].update(_more)

MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


class Texts:
    """The labels of one language, with date formatting."""

    def __init__(self, lang: str) -> None:
        if lang not in LABELS:
            raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LABELS)}")
        self.lang = lang
        self._table = LABELS[lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self._table[key]
        return text.format(**values) if values else text

    def date(self, day: dt.date | None, *, weekday: bool = False) -> str:
        if day is None:
            return self("to_be_announced")
        month = MONTHS[self.lang][day.month - 1]
        text = f"{day.day} {month} {day.year}"
        if weekday:
            text = f"{WEEKDAYS[self.lang][day.weekday()]} {text}"
        return text

    def short_date(self, day: dt.date | None) -> str:
        if day is None:
            return "–"
        return f"{day.day:02d}-{day.month:02d}-{day.year}"

    def status(self, value: str) -> str:
        return self(f"status_{value}")

    def stored(self, value: str) -> str:
        """A default name a new file starts with, in this language; else as typed."""
        return stored_words.stored(value, self.lang)
