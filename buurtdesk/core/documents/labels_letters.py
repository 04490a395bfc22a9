"""The words of drafts and letters, in Dutch and English; merged into ``labels.LABELS``.

Written by hand in both languages (no machine translation).
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "concept_stamp": "CONCEPT",
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
    },
    "en": {
        "concept_stamp": "DRAFT",
        "concept_note": "Draft: the meeting of {date} has not taken place yet. What follows "
        "is how things stand now.",
        "letter_subject_to_come": "Subject: your concern for the meeting of {date}",
        "letter_intro_to_come": "You raised a concern for our meeting of {date} and asked to "
        "hear what becomes of it. That meeting has not taken place yet. Below, for each "
        "concern, is what you wrote and where it stands now.",
        "feedback_intro_to_come": "Below is where every concern raised stands now.",
        "feedback_outcome_to_come": "Where it stands now:",
        "feedback_to_come": "To be discussed at the meeting of {date}.",
    },
}
