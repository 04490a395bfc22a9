"""The words of drafts and letters, in Dutch and English; merged into ``labels.LABELS``.

Written by hand in both languages (no machine translation).
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "concept_stamp": "CONCEPT",
        "chart_left_out_many": "Niet in de grafiek: {n} knelpunten, die minder stemmen kregen "
        "of geen (ze staan in de tabel hierboven). Ze blijven op de lijst voor een volgende "
        "keer.",
        "concept_note": "Concept: de bijeenkomst van {date} moet nog plaatsvinden. Wat hier "
        "staat, is hoe het er nu voor staat.",
        "letter_subject_to_come": "Betreft: uw melding voor de bijeenkomst van {date}",
        "letter_intro_to_come": "U heeft een knelpunt gemeld voor onze bijeenkomst van {date} "
        "en gevraagd te horen wat ermee gebeurt. Die bijeenkomst moet nog plaatsvinden. "
        "Hieronder leest u per melding wat u schreef en hoe het er nu voor staat.",
        "feedback_intro_to_come": "Hieronder leest u hoe alle ingebrachte knelpunten er nu "
        "voor staan.",
        "feedback_outcome_to_come": "Hoe het er nu voor staat:",
        "feedback_to_come": "Komt aan bod op de bijeenkomst van {date}.",
        "feedback_by_email": "Bewoners die alleen een e-mailadres gaven ({n}), krijgen hun "
        "terugkoppeling per e-mail via de mailinglijst, niet op papier.",
        "letter_help_contact": "Hulp nodig bij het lezen van deze brief? Neem contact op met "
        "{name}: {contact}.",
        "letter_help_place": "Hulp nodig bij het lezen van deze brief? Vraag het in {place}.",
        "letter_help_plain": "Hulp nodig bij het lezen van deze brief? Vraag het op de "
        "volgende bijeenkomst van {name}.",
        "letter_other_language": "Brief liever in het Engels. (Letter in English, please.)",
        "privacy_holder_committee": "Wie bewaart uw gegevens: {name}{address}.",
        "privacy_ask_contact": "Wilt u ze inzien, verbeteren of laten wissen, of hebt u een "
        "vraag? Neem contact op via {contact}.",
        "invite_questions_contact": "Vragen? Neem contact op met {name}: {contact}.",
        "invite_span": "van {start} tot {end} uur",
        "invite_access": "Hulp nodig om te komen of mee te doen, bijvoorbeeld vervoer of een "
        "tolk? Laat het ons van tevoren weten.",
    },
    "en": {
        "concept_stamp": "DRAFT",
        "chart_left_out_many": "Not in the chart: {n} concerns that received fewer votes or "
        "none (they are in the table above). They stay on the list for a later meeting.",
        "concept_note": "Draft: the meeting of {date} has not taken place yet. What follows "
        "is how things stand now.",
        "letter_subject_to_come": "Subject: your concern for the meeting of {date}",
        "letter_intro_to_come": "You raised a concern for our meeting of {date} and asked to "
        "hear what becomes of it. That meeting has not taken place yet. Below, for each "
        "concern, is what you wrote and where it stands now.",
        "feedback_intro_to_come": "Below is where every concern raised stands now.",
        "feedback_outcome_to_come": "Where it stands now:",
        "feedback_to_come": "To be discussed at the meeting of {date}.",
        "feedback_by_email": "Residents who gave only an e-mail address ({n}) get their "
        "feedback by e-mail through the mail-merge list, not on paper.",
        "letter_help_contact": "Need help reading this letter? Contact {name}: {contact}.",
        "letter_help_place": "Need help reading this letter? Ask at {place}.",
        "letter_help_plain": "Need help reading this letter? Ask at the next meeting of {name}.",
        "letter_other_language": "Letter in Dutch, please. (Brief liever in het Nederlands.)",
        "privacy_holder_committee": "Who keeps your details: {name}{address}.",
        "privacy_ask_contact": "To see, correct or delete them, or with any question, "
        "contact {contact}.",
        "invite_questions_contact": "Questions? Contact {name}: {contact}.",
        "invite_span": "from {start} to {end}",
        "invite_access": "Need help to come or to take part, such as transport or an "
        "interpreter? Let us know beforehand.",
    },
}
