"""Help › Handleiding (F1): the meeting cycle in one page, step by step, with the keys to use.

Short on purpose: a facilitator reads it once before the first meeting.  It speaks the
window's language like every other text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.resize(680, 500)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.text())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        steps = [
            self.tr(
                "<b>Een bestand en een buurt.</b> Bestand › Nieuw bestand (Ctrl+N) maakt het "
                "bestand van uw overleg; Bestand › Nieuwe buurt zet de buurt erin. Dit ene "
                "bestand is het geheugen van de commissie: geef het door aan wie u opvolgt."
            ),
            self.tr(
                "<b>Een bijeenkomst.</b> Bijeenkomst › Nieuwe bijeenkomst (Ctrl+Shift+N): datum "
                "(dd-mm-jjjj), begintijd, locatie en voorzitter."
            ),
            self.tr(
                "<b>Knelpunten verzamelen</b> (Ctrl+1). Ctrl+E opent het invoerformulier: Tab "
                "of Enter gaat naar het volgende veld, Ctrl+Enter slaat op en opent een leeg "
                "formulier. Lijkt een formulier op een bestaand knelpunt, dan maakt Alt+1 … "
                "Alt+5 het een melding daarvan. Een lijst uit een spreadsheet haalt u binnen "
                "met Knelpunten › Importeren (Ctrl+I). Voeg daarna samen wat hetzelfde probleem is."
            ),
            self.tr(
                "<b>Stemmen</b> (Ctrl+2). Kies stippen, handen of stembriefjes en tel: de "
                "ranglijst beweegt mee op de beamer (F5 start de beamer op het tweede scherm). Bij "
                "gelijke stemmen beslist de zaal met een herstemming of een afspraak. Leg "
                "daarna de top 3 vast."
            ),
            self.tr(
                "<b>Afspraken</b> (Ctrl+3). Geef elke prioriteit acties: wat er gebeurt, welke "
                "partner het doet, wanneer het klaar is en hoeveel uur het kost."
            ),
            self.tr(
                "<b>Documenten</b> (Ctrl+4). Druk de actielijst, het verslag en de "
                "terugkoppeling voor bewoners af. Ze tonen nooit namen, telefoonnummers of "
                "adressen van bewoners."
            ),
            self.tr(
                "<b>De volgende keer.</b> Elke open actie komt terug onder Terugblik, tot ze "
                "klaar is of met een reden vervalt."
            ),
        ]
        items = "".join(f"<li style='margin-bottom:8px'>{step}</li>" for step in steps)
        intro = self.tr(
            "BuurtDesk volgt de werkwijze van De Buurt Bestuurt: bewoners, politie en gemeente "
            "kiezen samen wat de buurt eerst aanpakt, en houden bij wie wat doet."
        )
        tail = self.tr(
            "Ctrl+Z maakt elke wijziging ongedaan. Persoonsgegevens blijven op deze computer; "
            "Knelpunten › Persoonsgegevens verbergen houdt ze ook hier uit beeld."
        )
        return f"<p>{intro}</p><ol>{items}</ol><p>{tail}</p>"
