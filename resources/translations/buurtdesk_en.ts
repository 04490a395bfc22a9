<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>Acties</name>
    <message>
        <source>Deze stap kon niet ongedaan of opnieuw worden gedaan: de actie is intussen veranderd of verwijderd. Er is niets gewijzigd.</source>
        <translation>This step could not be undone or redone: the action has been changed or deleted in the meantime. Nothing was changed.</translation>
    </message>
    <message>
        <source>actie toevoegen</source>
        <translation>add action</translation>
    </message>
    <message>
        <source>actie verplaatsen</source>
        <translation>move action</translation>
    </message>
    <message>
        <source>actie bewerken</source>
        <translation>edit action</translation>
    </message>
    <message>
        <source>actie verwijderen</source>
        <translation>delete action</translation>
    </message>
    <message>
        <source>actie bijwerken</source>
        <translation>update action</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Actie bewerken</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>(nog niemand)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>Vul in wat er gedaan wordt.</source>
        <translation>Fill in what will be done.</translation>
    </message>
    <message>
        <source>Een vervallen actie heeft een reden nodig: vul die in bij Resultaat.</source>
        <translation>A dropped action needs a reason: fill it in under Result.</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Bij prioriteit:</source>
        <translation>For pr&amp;iority:</translation>
    </message>
    <message>
        <source>&amp;Wat wordt er gedaan:</source>
        <translation>&amp;What will be done:</translation>
    </message>
    <message>
        <source>bijvoorbeeld: snelheidscontroles bij de school, twee keer per week</source>
        <translation>for example: speed checks near the school, twice a week</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Ver&amp;antwoordelijke:</source>
        <translation>Respo&amp;nsible:</translation>
    </message>
    <message>
        <source>wie het oppakt, bijvoorbeeld de wijkagent of een bewoner</source>
        <translation>who takes it on, for example the neighbourhood police officer or a resident</translation>
    </message>
    <message>
        <source>&amp;Klaar op:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>&amp;Uren gepland:</source>
        <translation>&amp;Hours planned:</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Resultaat:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>wat het heeft opgeleverd; bij vervallen: de reden</source>
        <translation>what it achieved; if dropped: the reason</translation>
    </message>
    <message>
        <source>&amp;Naam mag op de actielijst (bij een bewoner)</source>
        <translation>Name may go on the action &amp;list (for a resident)</translation>
    </message>
    <message>
        <source>Een bewoner staat alleen met naam op de gedrukte actielijst als dit is aangevinkt. Bij een organisatie staat de verantwoordelijke er altijd op.</source>
        <translation>A resident is named on the printed action list only when this is ticked. For an organisation the responsible person is always on it.</translation>
    </message>
</context>
<context>
    <name>ActionEditing</name>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Deze wijziging kon niet worden opgeslagen; er is niets veranderd. Controleer de invoer en probeer het opnieuw.</source>
        <translation>This change could not be saved; nothing was changed. Check what you entered and try again.</translation>
    </message>
    <message>
        <source>Actie verwijderen</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Actie ‘%1’ verwijderen, met alle updates? Dit kan ongedaan worden gemaakt. Is de actie niet doorgegaan, laat haar dan liever vervallen met een reden.</source>
        <translation>Delete action ‘%1’ with all its updates? This can be undone. If the action did not go ahead, it is better to drop it with a reason.</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update vastleggen</source>
        <translation>Record update</translation>
    </message>
    <message>
        <source>nog niemand</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>waarom vervalt deze actie? (verplicht)</source>
        <translation>why is this action dropped? (required)</translation>
    </message>
    <message>
        <source>Een actie laten vervallen kan alleen met een reden: vul die in.</source>
        <translation>An action can only be dropped with a reason: please fill it in.</translation>
    </message>
    <message>
        <source>Actie bijwerken</source>
        <translation>Update action</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>wat is er gebeurd? Bij vervallen: waarom</source>
        <translation>what happened? If dropped: why</translation>
    </message>
    <message>
        <source>&amp;Uren besteed:</source>
        <translation>&amp;Hours spent:</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source> uur</source>
        <translation> hours</translation>
    </message>
</context>
<context>
    <name>ActionsArea</name>
    <message>
        <source>&amp;Herinneringen voorbereiden…</source>
        <translation>Prepare &amp;reminders…</translation>
    </message>
    <message>
        <source>Een brief per partner met open acties, en een CSV voor een mailing</source>
        <translation>A letter to each partner with open actions, and a CSV for a mailing</translation>
    </message>
    <message>
        <source>nog niemand</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>%1. %2 %3 (score %4)</source>
        <translation>%1. %2 %3 (score %4)</translation>
    </message>
    <message>
        <source>nog geen acties afgesproken</source>
        <translation>no actions agreed yet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Terugblik</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>vastgelopen</source>
        <translation>stalled</translation>
    </message>
    <message>
        <source>%1 bijeenkomst(en) open</source>
        <translation>open for %1 meeting(s)</translation>
    </message>
    <message>
        <source>geen aanbod</source>
        <translation>nothing offered</translation>
    </message>
    <message>
        <source>meer dan aangeboden</source>
        <translation>more than offered</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Let op: meer uren gepland of besteed dan aangeboden bij %1.</source>
        <translation>Note: more hours planned or spent than offered by %1.</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Per gekozen prioriteit: wat wordt er gedaan, door wie, wanneer en met hoeveel uur. Acties van bewoners zelf horen bij de partner “Bewoners”.</source>
        <translation>For each chosen priority: what will be done, by whom, when and with how many hours. Actions by residents themselves belong to the partner “Bewoners” (residents).</translation>
    </message>
    <message>
        <source>Prioriteiten en acties</source>
        <translation>Priorities and actions</translation>
    </message>
    <message>
        <source>Prioriteit / actie</source>
        <translation>Priority / action</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Klaar op</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deze bijeenkomst heeft nog geen prioriteiten. Kies eerst de top 3 bij Stemmen; daarna spreekt u hier per prioriteit de acties af.</source>
        <translation>This meeting has no priorities yet. First choose the top 3 under Voting; then agree the actions for each priority here.</translation>
    </message>
    <message>
        <source>Actie &amp;toevoegen…</source>
        <translation>&amp;Add action…</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Geschiedenis…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Acties van eerdere bijeenkomsten die nog open stonden. Loop ze samen langs en leg per actie vast wat er is gebeurd.</source>
        <translation>Actions from earlier meetings that were still open. Go through them together and record for each action what has happened.</translation>
    </message>
    <message>
        <source>Acties om terug te blikken</source>
        <translation>Actions to review</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Er staan geen acties van eerdere bijeenkomsten open.</source>
        <translation>There are no open actions from earlier meetings.</translation>
    </message>
    <message>
        <source>Bij&amp;werken…</source>
        <translation>&amp;Update…</translation>
    </message>
    <message>
        <source>Ge&amp;schiedenis…</source>
        <translation>Hi&amp;story…</translation>
    </message>
    <message>
        <source>De uren die de partners voor deze periode aanbieden, naast de uren die voor de acties van deze bijeenkomst zijn gepland en besteed.</source>
        <translation>The hours the partners offer for this period, next to the hours planned and spent on the actions of this meeting.</translation>
    </message>
    <message>
        <source>Uren per partner</source>
        <translation>Hours per partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Aangeboden</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Besteed</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Nog geen uren: er zijn geen uren aangeboden of gepland.</source>
        <translation>No hours yet: no hours have been offered or planned.</translation>
    </message>
    <message>
        <source>Achterstand</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Knelpunten die (nog) niet gekozen zijn. Wat op meer bijeenkomsten en door meer bewoners is genoemd, staat bovenaan.</source>
        <translation>Concerns that have not been chosen (yet). Those raised at more meetings and by more residents are at the top.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Bijeenkomsten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Bewoners</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Geen knelpunten op de achterstand.</source>
        <translation>No concerns on the backlog.</translation>
    </message>
</context>
<context>
    <name>Afdrukken</name>
    <message>
        <source>Afdrukken niet gelukt</source>
        <translation>Printing did not work</translation>
    </message>
    <message>
        <source>Er is geen programma gevonden om de PDF te openen. De PDF staat hier:
%1</source>
        <translation>No program was found to open the PDF. The PDF is here:
%1</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>De PDF is geopend in uw PDF-programma. Kies daar ‘Afdrukken’ om hem te printen.</source>
        <translation>The PDF has been opened in your PDF program. Choose ‘Print’ there to print it.</translation>
    </message>
    <message>
        <source>De PDF kon niet worden gelezen.</source>
        <translation>The PDF could not be read.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Dit bestand is alleen om te lezen geopend (een ander BuurtDesk-venster bewerkt het), of kan niet worden beschreven. Er is niets gewijzigd.</source>
        <translation>This file has been opened read-only (another BuurtDesk window is editing it), or cannot be written to. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Deze wijziging is niet opgeslagen: het bestand kan niet worden geschreven (is de schijf vol?). Wat eerder was opgeslagen, is bewaard.</source>
        <translation>This change has not been saved: the file cannot be written (is the disk full?). What was saved before has been kept.</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er ging iets mis in BuurtDesk. Wat u had opgeslagen, is bewaard. Probeer het nog eens; gebeurt het opnieuw, sluit BuurtDesk dan af en start het opnieuw.</source>
        <translation>Something went wrong in BuurtDesk. What you had saved has been kept. Please try again; if it happens again, close BuurtDesk and start it again.</translation>
    </message>
</context>
<context>
    <name>Back-up</name>
    <message>
        <source>dagelijks</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>handmatig</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>bijeenkomst gesloten</source>
        <translation>meeting closed</translation>
    </message>
    <message>
        <source>vóór herstellen</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>BuurtDesk maakt zelf een back-up van dit bestand: elke dag bij het eerste openen, als een bijeenkomst wordt afgesloten, vóór het terugzetten van een back-up en vóór een bijwerking van het bestand.</source>
        <translation>BuurtDesk backs up this file by itself: every day when it is first opened, when a meeting is closed, before a backup is restored and before the file is upgraded.</translation>
    </message>
    <message>
        <source>De laatste automatische back-up is niet gelukt. Maak hieronder nu een back-up, of maak eerst ruimte vrij op de schijf.</source>
        <translation>The last automatic backup failed. Make a backup now below, or free some space on the disk first.</translation>
    </message>
    <message>
        <source>Map &amp;openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Nu een &amp;back-up maken</source>
        <translation>Make a &amp;backup now</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Bewaar de laatste</source>
        <translation>&amp;Keep the last</translation>
    </message>
    <message>
        <source>Instellen</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>back-ups</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Geen back-up gemaakt</source>
        <translation>No backup made</translation>
    </message>
    <message>
        <source>Back-ups opruimen</source>
        <translation>Clean up backups</translation>
    </message>
    <message>
        <source>De oudste back-up wordt verwijderd. Doorgaan?</source>
        <translation>The oldest backup will be deleted. Continue?</translation>
    </message>
    <message>
        <source>De oudste %1 back-ups worden verwijderd. Doorgaan?</source>
        <translation>The oldest %1 backups will be deleted. Continue?</translation>
    </message>
    <message>
        <source>Niet opgeruimd</source>
        <translation>Not cleaned up</translation>
    </message>
    <message>
        <source>Deze back-up bevat 1 persoon die sindsdien is verwijderd: terugzetten haalt diens gegevens terug.</source>
        <translation>This backup holds 1 person deleted since: restoring it brings their data back.</translation>
    </message>
    <message>
        <source>Deze back-up bevat %1 mensen die sindsdien zijn verwijderd: terugzetten haalt hun gegevens terug.</source>
        <translation>This backup holds %1 people deleted since: restoring it brings their data back.</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>De stand van %1 terugzetten? Alles wat daarna is ingevoerd verdwijnt uit het bestand. De huidige stand wordt eerst zelf als back-up bewaard, dus u kunt altijd terug.</source>
        <translation>Restore the state of %1? Everything entered after that disappears from the file. The current state is first kept as a backup itself, so you can always go back.</translation>
    </message>
    <message>
        <source>Dat lukte niet: %1</source>
        <translation>That did not work: %1</translation>
    </message>
</context>
<context>
    <name>BallotEntry</name>
    <message>
        <source>Briefje nr.</source>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <source>Keuzes, bijv. 12 7 3</source>
        <translation>Choices, e.g. 12 7 3</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Scans inlezen…</source>
        <translation>Read scans…</translation>
    </message>
    <message>
        <source>Gedrukte stembriefjes inlezen van een scan of foto</source>
        <translation>Read printed ballots from a scan or photo</translation>
    </message>
    <message>
        <source>%1 briefjes: %2 geldig, %3 ongeldig</source>
        <translation>%1 ballots: %2 valid, %3 invalid</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Bestanden</name>
    <message>
        <source>BuurtDesk-bestanden (*.buurtdesk);;Alle bestanden (*)</source>
        <translation>BuurtDesk files (*.buurtdesk);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Bestandsfout</name>
    <message>
        <source>Dit bestand bestaat niet (meer). Misschien is het verplaatst of hernoemd, of staat het op een USB-stick die niet is aangesloten.</source>
        <translation>This file does not exist (any more). Perhaps it was moved or renamed, or it is on a USB stick that is not plugged in.</translation>
    </message>
    <message>
        <source>Dit is een map, geen BuurtDesk-bestand. Kies een bestand dat eindigt op .buurtdesk.</source>
        <translation>This is a folder, not a BuurtDesk file. Choose a file whose name ends in .buurtdesk.</translation>
    </message>
    <message>
        <source>De schijf is vol, daardoor kan BuurtDesk dit bestand nu niet openen. Er is niets aan veranderd. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full, so BuurtDesk cannot open this file now. Nothing in it was changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>Dit is geen gewoon bestand maar een apparaat, pijp of socket. Kies een BuurtDesk-bestand dat eindigt op .buurtdesk.</source>
        <translation>This is not an ordinary file but a device, a pipe or a socket. Choose a BuurtDesk file whose name ends in .buurtdesk.</translation>
    </message>
    <message>
        <source>Dit is geen BuurtDesk-bestand. Kies een bestand dat met BuurtDesk is gemaakt; de naam eindigt meestal op .buurtdesk.</source>
        <translation>This is not a BuurtDesk file. Choose a file made with BuurtDesk; its name usually ends in .buurtdesk.</translation>
    </message>
    <message>
        <source>Dit bestand is beschadigd of onvolledig en kan niet worden geopend. Er is niets aan veranderd. Open zo nodig een reservekopie.</source>
        <translation>This file is damaged or incomplete and cannot be opened. Nothing in it has been changed. If needed, open a backup.</translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van BuurtDesk (schema %1). Werk BuurtDesk bij om het te openen.</source>
        <translation>This file was made with a newer version of BuurtDesk (schema %1). Update BuurtDesk to open it.</translation>
    </message>
    <message>
        <source>BuurtDesk mag dit bestand niet lezen. Controleer of u er toegang toe hebt, of kopieer het naar uw eigen map.</source>
        <translation>BuurtDesk is not allowed to read this file. Check that you have access to it, or copy it to your own folder.</translation>
    </message>
    <message>
        <source>BuurtDesk kan niet in dit bestand of in deze map schrijven, bijvoorbeeld omdat het alleen-lezen is. Kopieer het bestand naar uw eigen map en open het daar.</source>
        <translation>BuurtDesk cannot write to this file or folder, for example because it is read-only. Copy the file to your own folder and open it there.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden geopend.</source>
        <translation>This file cannot be opened.</translation>
    </message>
</context>
<context>
    <name>Bijeenkomst</name>
    <message>
        <source>%1 uur</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Locatie nog niet ingevuld</source>
        <translation>Location not filled in yet</translation>
    </message>
    <message>
        <source>voorzitter: %1</source>
        <translation>chair: %1</translation>
    </message>
    <message>
        <source>voorzitter nog niet ingevuld</source>
        <translation>chair not filled in yet</translation>
    </message>
    <message>
        <source>1 knelpunt</source>
        <translation>1 concern</translation>
    </message>
    <message>
        <source>%1 knelpunten</source>
        <translation>%1 concerns</translation>
    </message>
    <message>
        <source>1 melding</source>
        <translation>1 report</translation>
    </message>
    <message>
        <source>%1 meldingen</source>
        <translation>%1 reports</translation>
    </message>
    <message>
        <source>1 punt</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%1 punten</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>1 prioriteit</source>
        <translation>1 Priority</translation>
    </message>
    <message>
        <source>%1 prioriteiten</source>
        <translation>%1 priorities</translation>
    </message>
    <message>
        <source>1 actie afgesproken</source>
        <translation>1 action agreed</translation>
    </message>
    <message>
        <source>%1 acties afgesproken</source>
        <translation>%1 actions agreed</translation>
    </message>
    <message>
        <source>1 open actie van eerder</source>
        <translation>1 open action from before</translation>
    </message>
    <message>
        <source>%1 open acties van eerder</source>
        <translation>%1 open actions from before</translation>
    </message>
    <message>
        <source>gegevens van de bijeenkomst</source>
        <translation>meeting details</translation>
    </message>
</context>
<context>
    <name>Bijhouden</name>
    <message>
        <source>De bijeenkomst van %1 is al gehouden.</source>
        <translation>The meeting of %1 has already been held.</translation>
    </message>
    <message>
        <source>Plan eerst de volgende bijeenkomst.</source>
        <translation>Plan the next meeting first.</translation>
    </message>
    <message>
        <source>Herinneringen gaan vóór een bijeenkomst: kies die van %1.</source>
        <translation>Reminders go out before a meeting: choose the one of %1.</translation>
    </message>
    <message>
        <source>Herinneringen voorbereiden</source>
        <translation>Prepare reminders</translation>
    </message>
    <message>
        <source>Map voor de herinneringen</source>
        <translation>Folder for the reminders</translation>
    </message>
    <message>
        <source>Niet gelukt: %1</source>
        <translation>That did not work: %1</translation>
    </message>
    <message>
        <source>%1 brief(en) en herinneringen.csv staan in %2.</source>
        <translation>%1 letter(s) and herinneringen.csv are in %2.</translation>
    </message>
    <message>
        <source>Overdrachtsdossier</source>
        <translation>Handover dossier</translation>
    </message>
    <message>
        <source>Voor een nieuwe voorzitter of wie waarneemt: de bijeenkomsten, alle prioriteiten en hoe hun acties afliepen, wat open staat, de achterstand, de partners en wat eerst moet. Zonder persoonsgegevens van bewoners.</source>
        <translation>For a new chair or whoever stands in: the meetings, every priority and how its actions ended, what is open, the backlog, the partners and what comes first. Without residents&apos; personal data.</translation>
    </message>
    <message>
        <source>Dossier maken…</source>
        <translation>Make dossier…</translation>
    </message>
    <message>
        <source>PDF openen</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Gemaakt: %1</source>
        <translation>Made: %1</translation>
    </message>
</context>
<context>
    <name>Bron</name>
    <message>
        <source>formulier</source>
        <translation>form</translation>
    </message>
    <message>
        <source>bijeenkomst</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>enquête</source>
        <translation>survey</translation>
    </message>
</context>
<context>
    <name>CheckedDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <source>Gegevens van het overleg</source>
        <translation>Committee details</translation>
    </message>
    <message>
        <source>Het overleg van %1 als afzender. Deze gegevens worden afgedrukt: op elke terugkoppelingsbrief, op de uitnodiging en in de privacytekst van de meldformulieren. Gebruik het adres van het overleg of het buurthuis, nooit uw eigen huisadres.</source>
        <translation>The committee of %1 as the sender. These details are printed: on every feedback letter, on the invitation and in the privacy notice of the concern forms. Use the address of the committee or the community centre, never your own home address.</translation>
    </message>
    <message>
        <source>bijv. Bewonersoverleg %1</source>
        <translation>e.g. Residents&apos; committee %1</translation>
    </message>
    <message>
        <source>p/a Buurthuis De Zaaier
Zaaierstraat 1
1234 AB Plaats</source>
        <translation>c/o Community centre De Zaaier
Zaaierstraat 1
1234 AB Town</translation>
    </message>
    <message>
        <source>e-mailadres of telefoonnummer van het overleg</source>
        <translation>the committee&apos;s e-mail address or phone number</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Postadres:</source>
        <translation>&amp;Postal address:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Naam van het overleg</source>
        <translation>Name of the committee</translation>
    </message>
    <message>
        <source>Postadres van het overleg</source>
        <translation>Postal address of the committee</translation>
    </message>
    <message>
        <source>Contact van het overleg</source>
        <translation>Contact of the committee</translation>
    </message>
    <message>
        <source>Het postadres is te lang: hoogstens %1 tekens.</source>
        <translation>The postal address is too long: %1 characters at most.</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Knelpunt %1</source>
        <translation>Concern %1</translation>
    </message>
    <message>
        <source>geen thema</source>
        <translation>no theme</translation>
    </message>
    <message>
        <source>geen straat</source>
        <translation>no street</translation>
    </message>
    <message>
        <source>1 melding</source>
        <translation>1 report</translation>
    </message>
    <message>
        <source>%1 meldingen</source>
        <translation>%1 reports</translation>
    </message>
    <message>
        <source>1 bijeenkomst</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <source>%1 bijeenkomsten</source>
        <translation>%1 meetings</translation>
    </message>
    <message>
        <source>Logboek (wat er met dit knelpunt is gebeurd):</source>
        <translation>Log (what has happened to this concern):</translation>
    </message>
    <message>
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Persoonsgegevens zijn verborgen (schakelaar in de lijst).</source>
        <translation>Personal data is hidden (switch in the list).</translation>
    </message>
    <message>
        <source>Persoonsgegevens zichtbaar: niet op de beamer tonen.</source>
        <translation>Personal data visible: do not show on the projector.</translation>
    </message>
    <message>
        <source>Een knelpunt heeft een titel nodig.</source>
        <translation>A concern needs a title.</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Publieke &amp;titel (wat de zaal en de buurt zien):</source>
        <translation>Public &amp;title (what the room and the neighbourhood see):</translation>
    </message>
    <message>
        <source>Meldingen, in de woorden van de bewoners:</source>
        <translation>Reports, in the residents&apos; own words:</translation>
    </message>
</context>
<context>
    <name>ConcernListModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Bijeenkomsten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Eerst gemeld</source>
        <translation>First reported</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Melders</source>
        <translation>Reporters</translation>
    </message>
</context>
<context>
    <name>ConcernsArea</name>
    <message>
        <source>1 knelpunt</source>
        <translation>1 concern</translation>
    </message>
    <message>
        <source>%1 knelpunten</source>
        <translation>%1 concerns</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Geïmporteerd. %1 groepen lijken op elkaar: Knelpunten › Mogelijke dubbelen (Ctrl+D).</source>
        <translation>Imported. %1 groups look alike: Concerns › Possible duplicates (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>ConcernsToolbar</name>
    <message>
        <source>Zoeken in nummer, titel, thema, straat en meldingen…</source>
        <translation>Search number, title, theme, street and reports…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle behalve samengevoegd</source>
        <translation>All except merged</translation>
    </message>
    <message>
        <source>Alleen deze bijeenkomst</source>
        <translation>This meeting only</translation>
    </message>
    <message>
        <source>Persoonsgegevens verbergen</source>
        <translation>Hide personal data</translation>
    </message>
    <message>
        <source>Formulieren invoeren (Ctrl+E)</source>
        <translation>Enter forms (Ctrl+E)</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Splitsen</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Zonder thema</source>
        <translation>No theme</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>bijv. wijkagent, gebiedsmanager</source>
        <translation>e.g. neighbourhood officer, area manager</translation>
    </message>
    <message>
        <source>Naam mag op openbare stukken</source>
        <translation>Name may appear on public documents</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Functie:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;E-mail (werk):</source>
        <translation>&amp;E-mail (work):</translation>
    </message>
    <message>
        <source>&amp;Telefoon (werk):</source>
        <translation>&amp;Phone (work):</translation>
    </message>
    <message>
        <source>Vul een naam of een functie in.</source>
        <translation>Fill in a name or a role.</translation>
    </message>
    <message>
        <source>Dat is geen e-mailadres.</source>
        <translation>That is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>Datum</name>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>Dia</name>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 knelpunten, %2 keer ingebracht door bewoners</source>
        <translation>%1 concerns, raised %2 times by residents</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Ingebrachte knelpunten</source>
        <translation>Concerns raised</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Op de beamer</source>
        <translation>On the projector</translation>
    </message>
    <message>
        <source>Dia %1 van %2: %3</source>
        <translation>Slide %1 of %2: %3</translation>
    </message>
    <message>
        <source>pagina %1 van %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>beamer op zwart</source>
        <translation>projector blanked</translation>
    </message>
    <message>
        <source>Er zijn nog geen knelpunten ingebracht.</source>
        <translation>No concerns have been raised yet.</translation>
    </message>
    <message>
        <source>%1 (vervolg)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>1 bewoner</source>
        <translation>1 resident</translation>
    </message>
    <message>
        <source>%1 bewoners</source>
        <translation>%1 residents</translation>
    </message>
    <message>
        <source>Gelijke stand: %1</source>
        <translation>Tie: %1</translation>
    </message>
    <message>
        <source>Voorlopig: nog niet vastgelegd</source>
        <translation>Provisional: not yet confirmed</translation>
    </message>
    <message>
        <source>Gekozen prioriteiten</source>
        <translation>Chosen priorities</translation>
    </message>
    <message>
        <source>De prioriteiten zijn nog niet gekozen.</source>
        <translation>The priorities have not been chosen yet.</translation>
    </message>
    <message>
        <source>en nog 1 actie</source>
        <translation>and 1 more action</translation>
    </message>
    <message>
        <source>en nog %1 acties</source>
        <translation>and %1 more actions</translation>
    </message>
    <message>
        <source>stippen</source>
        <translation>dots</translation>
    </message>
    <message>
        <source>stembriefjes met volgorde</source>
        <translation>ranked ballots</translation>
    </message>
    <message>
        <source>handopsteken of aankruisen</source>
        <translation>show of hands or ticking</translation>
    </message>
    <message>
        <source>Top %1 in blauw</source>
        <translation>Top %1 in blue</translation>
    </message>
    <message>
        <source>geteld: %1</source>
        <translation>counted: %1</translation>
    </message>
    <message>
        <source>Ranglijst</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Er zijn nog geen stemmen geteld.</source>
        <translation>No votes have been counted yet.</translation>
    </message>
    <message>
        <source>gelijk</source>
        <translation>tied</translation>
    </message>
    <message>
        <source>+ %1 meer</source>
        <translation>+ %1 more</translation>
    </message>
    <message>
        <source>Gelijke stand om plaats %1: de zaal beslist</source>
        <translation>Tie for place %1: the room decides</translation>
    </message>
    <message>
        <source>%1 uur</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Acties van de vorige keer</source>
        <translation>Actions from last time</translation>
    </message>
    <message>
        <source>Wat is er gedaan?</source>
        <translation>What has been done?</translation>
    </message>
    <message>
        <source>Er staan geen acties meer open.</source>
        <translation>There are no open actions left.</translation>
    </message>
    <message>
        <source>nog geen eigenaar</source>
        <translation>no owner yet</translation>
    </message>
    <message>
        <source>klaar op %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>%1 bijeenkomst(en) open</source>
        <translation>open for %1 meeting(s)</translation>
    </message>
    <message>
        <source>Vastgelopen</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Bedankt voor uw komst!</source>
        <translation>Thank you for coming!</translation>
    </message>
    <message>
        <source>Volgende bijeenkomst: %1</source>
        <translation>Next meeting: %1</translation>
    </message>
    <message>
        <source>De actielijst en het verslag krijgt u na afloop.</source>
        <translation>You will receive the action list and the report afterwards.</translation>
    </message>
    <message>
        <source>Nieuwe knelpunten? Vul een meldformulier in.</source>
        <translation>New concerns? Fill in a concern form.</translation>
    </message>
</context>
<context>
    <name>Documenten</name>
    <message>
        <source>De bijeenkomst van %1 is al geweest en er is nog geen volgende bijeenkomst gepland. Plan eerst de volgende bijeenkomst en maak daar de uitnodiging voor.</source>
        <translation>The meeting of %1 has already been held and no next meeting is planned yet. Plan the next meeting first and make the invitation for it.</translation>
    </message>
    <message>
        <source>De bijeenkomst van %1 is al geweest. Een uitnodiging is voor een bijeenkomst die nog komt: kies de volgende bijeenkomst, van %2, en maak de uitnodiging daar.</source>
        <translation>The meeting of %1 has already been held. An invitation is for a meeting still to come: choose the next meeting, of %2, and make the invitation there.</translation>
    </message>
    <message>
        <source>Bijeenkomst al geweest</source>
        <translation>Meeting already held</translation>
    </message>
</context>
<context>
    <name>DocumentsArea</name>
    <message>
        <source>Taal van de documenten:</source>
        <translation>Language of the documents:</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Aantal formulieren</source>
        <translation>Number of forms</translation>
    </message>
    <message>
        <source>volgend vrij nummer</source>
        <translation>next free number</translation>
    </message>
    <message>
        <source>Eerste formuliernummer</source>
        <translation>First form number</translation>
    </message>
    <message>
        <source>Aantal stembriefjes</source>
        <translation>Number of ballots</translation>
    </message>
    <message>
        <source>CSV voor mailing…</source>
        <translation>CSV for mailing…</translation>
    </message>
    <message>
        <source>Bewoners die een e-mailadres gaven en terugkoppeling wilden, voor een mailing</source>
        <translation>Residents who gave an e-mail address and asked for feedback, for a mailing</translation>
    </message>
    <message>
        <source>Voor spreadsheets</source>
        <translation>For spreadsheets</translation>
    </message>
    <message>
        <source>De acties en knelpunten als CSV-bestand, zonder namen of adressen.</source>
        <translation>The actions and concerns as a CSV file, without names or addresses.</translation>
    </message>
    <message>
        <source>Acties als CSV…</source>
        <translation>Actions as CSV…</translation>
    </message>
    <message>
        <source>Knelpunten als CSV…</source>
        <translation>Concerns as CSV…</translation>
    </message>
    <message>
        <source>Actielijst</source>
        <translation>Action list</translation>
    </message>
    <message>
        <source>De prioriteiten met hun acties (wie, wat, wanneer) en de stand van eerdere acties. Om aan het eind van de bijeenkomst mee te geven.</source>
        <translation>The priorities with their actions (who, what, when) and the state of earlier actions. To hand out at the end of the meeting.</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Voor de hele buurt: aanwezigen, agenda en notities, alle knelpunten, de ranglijst en de afspraken. Zonder persoonsgegevens.</source>
        <translation>For the whole neighbourhood: who attended, agenda and notes, all concerns, the ranking and the agreements. Without personal data.</translation>
    </message>
    <message>
        <source>Meldformulieren</source>
        <translation>Concern forms</translation>
    </message>
    <message>
        <source>Lege formulieren met voorgedrukt nummer en privacyverklaring, om vooraf of bij de deur uit te delen.</source>
        <translation>Blank forms with a pre-printed number and privacy notice, to hand out beforehand or at the door.</translation>
    </message>
    <message>
        <source>Stembriefjes</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>De knelpunten van deze bijeenkomst met vakjes, volgens de gekozen manier van stemmen.</source>
        <translation>The concerns of this meeting with boxes, for the chosen way of voting.</translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation>Feedback sheets</translation>
    </message>
    <message>
        <source>Wat er van elk knelpunt is geworden, met een blad per bewoner die om terugkoppeling vroeg. Bevat namen en adressen: niet ophangen.</source>
        <translation>What became of each concern, with a sheet for each resident who asked for feedback. Contains names and addresses: do not post it up.</translation>
    </message>
    <message>
        <source>Uitnodiging</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Eén pagina voor de volgende bijeenkomst: datum, plaats, agenda, de top 3 en hoe je een knelpunt meldt.</source>
        <translation>One page for the next meeting: date, place, agenda, the top 3 and how to raise a concern.</translation>
    </message>
    <message>
        <source>Aantal:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Eerste nummer:</source>
        <translation>First number:</translation>
    </message>
    <message>
        <source>Aantal (elk met een eigen nummer):</source>
        <translation>Number (each with its own number):</translation>
    </message>
    <message>
        <source>PDF maken…</source>
        <translation>Make PDF…</translation>
    </message>
    <message>
        <source>PDF openen</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gemaakt. Kies een andere map of naam, en sluit het bestand als het open staat in een ander programma.

Reden: %1</source>
        <translation>The file could not be made. Choose another folder or name, and close the file if it is open in another program.

Reason: %1</translation>
    </message>
    <message>
        <source>Nummers al gedrukt</source>
        <translation>Numbers already printed</translation>
    </message>
    <message>
        <source>Formuliernummers %1 zijn al eens gedrukt. Twee formulieren met hetzelfde nummer zijn later niet uit elkaar te houden. Toch maken?</source>
        <translation>Form numbers %1 have been printed before. Two forms with the same number cannot be told apart later. Make them anyway?</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Gemaakt: %1</source>
        <translation>Made: %1</translation>
    </message>
    <message>
        <source>Nog geen PDF</source>
        <translation>No PDF yet</translation>
    </message>
    <message>
        <source>Maak eerst de PDF met ‘PDF maken…’.</source>
        <translation>First make the PDF with ‘Make PDF…’.</translation>
    </message>
    <message>
        <source>er is geen programma om PDF&apos;s te openen</source>
        <translation>there is no program to open PDFs</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mailing: %1 bewoners in %2</source>
        <translation>Mailing: %1 residents in %2</translation>
    </message>
</context>
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <source>Mogelijke dubbelen</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>S: samenvoegen · N: niet samenvoegen · 1–9: aan- of uitvinken · ↑↓ en D: doel maken · A: apart zetten · Esc: stoppen</source>
        <translation>S: merge · N: do not merge · 1–9: tick or untick · ↑↓ and D: make the target · A: set apart · Esc: stop</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen (S)</source>
        <translation>&amp;Same: merge (S)</translation>
    </message>
    <message>
        <source>&amp;Niet samenvoegen (N)</source>
        <translation>&amp;Not the same (N)</translation>
    </message>
    <message>
        <source>&amp;Doel maken (D)</source>
        <translation>Make the &amp;target (D)</translation>
    </message>
    <message>
        <source>&amp;Apart zetten (A)</source>
        <translation>Set &amp;apart (A)</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Beschrijven deze knelpunten hetzelfde probleem? De aangevinkte komen onder %1 (vet).</source>
        <translation>Do these concerns describe the same problem? The ticked ones go under %1 (bold).</translation>
    </message>
    <message>
        <source>geen straat</source>
        <translation>no street</translation>
    </message>
    <message>
        <source>geen thema</source>
        <translation>no theme</translation>
    </message>
    <message>
        <source>%1 · doel, blijft</source>
        <translation>%1 · target, stays</translation>
    </message>
    <message>
        <source>%1 · lijkt %2%</source>
        <translation>%1 · %2% alike</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 samengevoegd, %2 apart gehouden. Ctrl+Z zet een samenvoeging terug.</source>
        <translation>%1 merged, %2 kept apart. Ctrl+Z takes a merge back.</translation>
    </message>
    <message>
        <source>1 groep</source>
        <translation>1 group</translation>
    </message>
    <message>
        <source>%1 groepen</source>
        <translation>%1 groups</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Groep %1 van %2</source>
        <translation>Group %1 of %2</translation>
    </message>
    <message>
        <source>1 melding</source>
        <translation>1 report</translation>
    </message>
    <message>
        <source>%1 meldingen</source>
        <translation>%1 reports</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>geen thema</source>
        <translation>no theme</translation>
    </message>
    <message>
        <source>0 geen</source>
        <translation>0 none</translation>
    </message>
    <message>
        <source>Privé: nooit op de beamer of in een verslag</source>
        <translation>Private: never on the projector or in a report</translation>
    </message>
    <message>
        <source>Typ eerst de omschrijving: wat is het probleem?</source>
        <translation>Type the description first: what is the problem?</translation>
    </message>
    <message>
        <source>Formulier %1 in deze reeks</source>
        <translation>Form %1 in this batch</translation>
    </message>
    <message>
        <source>Niet opgeslagen: de datum klopt niet.</source>
        <translation>Not saved: the date is not right.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: dat knelpunt bestaat niet meer. Kies opnieuw.</source>
        <translation>Not saved: that concern no longer exists. Choose again.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: het bestand kan niet worden bijgewerkt (de schijf is vol of het bestand is alleen-lezen). Wat u typte, staat er nog.</source>
        <translation>Not saved: the file cannot be updated (the disk is full or the file is read-only). What you typed is still there.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: zie de melding bij het veld.</source>
        <translation>Not saved: see the message at the field.</translation>
    </message>
    <message>
        <source>taal van de documenten</source>
        <translation>language of the documents</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>zonder nummer</source>
        <translation>without a number</translation>
    </message>
    <message>
        <source>Formulier %1 opgeslagen als nieuw knelpunt %2.</source>
        <translation>Form %1 saved as new concern %2.</translation>
    </message>
    <message>
        <source>Formulier %1 opgeslagen als melding bij %2.</source>
        <translation>Form %1 saved as a report under %2.</translation>
    </message>
    <message>
        <source>Let op:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Meldformulier invoeren</source>
        <translation>Enter concern form</translation>
    </message>
    <message>
        <source>Formulier 1 in deze reeks</source>
        <translation>Form 1 in this batch</translation>
    </message>
    <message>
        <source>Formulier&amp;nummer:</source>
        <translation>Form &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Straat of plek:</source>
        <translation>&amp;Street or place:</translation>
    </message>
    <message>
        <source>bijvoorbeeld Dordtselaan</source>
        <translation>for example Dordtselaan</translation>
    </message>
    <message>
        <source>&amp;Thema:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Het knelpunt in de woorden van de bewoner</source>
        <translation>The concern in the resident&apos;s own words</translation>
    </message>
    <message>
        <source>Na&amp;am:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Tele&amp;foon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Postadres:</source>
        <translation>&amp;Postal address:</translation>
    </message>
    <message>
        <source>Postcode en p&amp;laats:</source>
        <translation>Postcode and t&amp;own:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Wil terugkoppelin&amp;g</source>
        <translation>Wants feedbac&amp;k</translation>
    </message>
    <message>
        <source>Toestemming voor &amp;contact</source>
        <translation>Consent to &amp;contact</translation>
    </message>
    <message>
        <source>Brief &amp;in:</source>
        <translation>Letter &amp;in:</translation>
    </message>
    <message>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Opslaan, volgend formulier (Ctrl+Enter)</source>
        <translation>Save, next form (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Lijkt op</source>
        <translation>Similar to</translation>
    </message>
    <message>
        <source>Typ de omschrijving: hier verschijnen knelpunten die erop lijken. Alt+1 tot en met Alt+5 voegt dit formulier als melding bij dat knelpunt; Alt+0 maakt er weer een nieuw knelpunt van.</source>
        <translation>Type the description: similar concerns appear here. Alt+1 to Alt+5 adds this form as a report under that concern; Alt+0 makes it a new concern again.</translation>
    </message>
    <message>
        <source>Vergelijkbare knelpunten</source>
        <translation>Similar concerns</translation>
    </message>
</context>
<context>
    <name>ErasureNotes</name>
    <message>
        <source>De gegevens zijn gewist. Oudere back-ups: %1 herschreven, %2 verwijderd.</source>
        <translation>The data has been erased. Older backups: %1 rewritten, %2 removed.</translation>
    </message>
    <message>
        <source>Een ander programma leest het bestand nog; het wissen wordt in het bestand afgemaakt als dat programma het sluit, of anders bij de volgende keer openen.</source>
        <translation>Another program is still reading the file; the erasure is completed in the file when that program closes it, or else the next time the file is opened.</translation>
    </message>
    <message>
        <source>Tabellen die niet van BuurtDesk zijn (%1) zijn niet doorzocht.</source>
        <translation>Tables that are not BuurtDesk&apos;s (%1) were not searched.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>1 tijdelijk bestand van een afgebroken export of back-up opgeruimd.</source>
        <translation>Removed 1 temporary file left by an interrupted export or backup.</translation>
    </message>
    <message>
        <source>%1 tijdelijke bestanden van een afgebroken export of back-up opgeruimd.</source>
        <translation>Removed %1 temporary files left by an interrupted export or backup.</translation>
    </message>
    <message>
        <source>Bestand is al geopend</source>
        <translation>File is already open</translation>
    </message>
    <message>
        <source>Dit bestand is al geopend in een ander BuurtDesk-venster (computer %1, gebruiker %2, sinds %3). Als twee vensters tegelijk wijzigen, kan werk verloren gaan.</source>
        <translation>This file is already open in another BuurtDesk window (computer %1, user %2, since %3). If two windows make changes at the same time, work can be lost.</translation>
    </message>
    <message>
        <source>Open het alleen om te lezen, of neem het over als dat andere venster niet meer open is (bijvoorbeeld na een storing).</source>
        <translation>Open it read-only, or take it over if that other window is no longer open (for example after a crash).</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Toch bewerken</source>
        <translation>Edit anyway</translation>
    </message>
    <message>
        <source>Bestand niet geopend</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <source>Bestand: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Dit bestand bevatte verborgen opdrachten die niet van BuurtDesk zijn; BuurtDesk heeft ze verwijderd voordat er iets werd opgeslagen.</source>
        <translation>This file contained hidden commands that are not BuurtDesk&apos;s; BuurtDesk removed them before anything was saved.</translation>
    </message>
    <message>
        <source>Tabellen die niet van BuurtDesk zijn (%1): blijven staan, niet doorzocht bij wissen, niet in een anonieme kopie.</source>
        <translation>Tables that are not BuurtDesk&apos;s (%1): kept as they are, not searched when erasing, not in an anonymised copy.</translation>
    </message>
    <message>
        <source>BuurtDesk-bestand openen</source>
        <translation>Open BuurtDesk file</translation>
    </message>
    <message>
        <source>Nieuw BuurtDesk-bestand</source>
        <translation>New BuurtDesk file</translation>
    </message>
    <message>
        <source>Bestand bestaat al</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <source>Er is al een bestand met deze naam. Kies een andere naam, of open het bestaande bestand met Openen…</source>
        <translation>There is already a file with this name. Choose another name, or open the existing file with Open…</translation>
    </message>
    <message>
        <source>Over BuurtDesk</source>
        <translation>About BuurtDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BuurtDesk %1&lt;/h3&gt;&lt;p&gt;Voor buurtbijeenkomsten volgens De Buurt Bestuurt: bewoners, politie en gemeente kiezen samen wat de buurt eerst aanpakt, en houden bij wie wat doet.&lt;/p&gt;&lt;p&gt;Alles staat in één bestand op deze computer. Vrije software (GPL-3.0 of later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BuurtDesk %1&lt;/h3&gt;&lt;p&gt;For neighbourhood meetings the De Buurt Bestuurt way: residents, police and municipality choose together what the neighbourhood tackles first, and keep track of who does what.&lt;/p&gt;&lt;p&gt;Everything is kept in one file on this computer. Free software (GPL-3.0 or later).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>BuurtDesk-bestand openen</source>
        <translation>Open BuurtDesk file</translation>
    </message>
    <message>
        <source>Welkom bij BuurtDesk</source>
        <translation>Welcome to BuurtDesk</translation>
    </message>
    <message>
        <source>BuurtDesk helpt u bij bijeenkomsten volgens De Buurt Bestuurt: knelpunten verzamelen, samen een top 3 kiezen en afspraken bijhouden tot ze klaar zijn. Alles staat in één bestand op deze computer; internet of een account is niet nodig.</source>
        <translation>BuurtDesk helps you with meetings the De Buurt Bestuurt way: collecting concerns, choosing a top 3 together and keeping track of agreements until they are done. Everything is kept in one file on this computer; no internet or account is needed.</translation>
    </message>
    <message>
        <source>Nieuwe buurt starten</source>
        <translation>Start a new neighbourhood</translation>
    </message>
    <message>
        <source>Begin met een leeg bestand voor uw eigen buurt. U vult alleen de naam van de buurt en de gemeente in.</source>
        <translation>Begin with an empty file for your own neighbourhood. You only fill in the name of the neighbourhood and the municipality.</translation>
    </message>
    <message>
        <source>Demo openen</source>
        <translation>Open demo</translation>
    </message>
    <message>
        <source>Bekijk een voorbeeldbuurt met bijeenkomsten, knelpunten en acties. Proberen kan geen kwaad: uw eigen gegevens staan apart.</source>
        <translation>Look at an example neighbourhood with meetings, concerns and actions. Trying things out does no harm: your own data is kept separately.</translation>
    </message>
    <message>
        <source>Bestand openen…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>Neem het werk over met een BuurtDesk-bestand dat u al hebt, bijvoorbeeld van een USB-stick of van de vorige secretaris.</source>
        <translation>Take over the work with a BuurtDesk file you already have, for example from a USB stick or from the previous secretary.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Handleiding</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;Een bestand en een buurt.&lt;/b&gt; Bestand › Nieuw bestand (Ctrl+N) maakt het bestand van uw overleg; Bestand › Nieuwe buurt zet de buurt erin. Dit ene bestand is het geheugen van de commissie: geef het door aan wie u opvolgt.</source>
        <translation>&lt;b&gt;A file and a neighbourhood.&lt;/b&gt; File › New file (Ctrl+N) makes the file of your committee; File › New neighbourhood puts the neighbourhood in it. This one file is the committee&apos;s memory: hand it to whoever takes over from you.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Een bijeenkomst.&lt;/b&gt; Bijeenkomst › Nieuwe bijeenkomst (Ctrl+Shift+N): datum (dd-mm-jjjj), begintijd, locatie en voorzitter.</source>
        <translation>&lt;b&gt;A meeting.&lt;/b&gt; Meeting › New meeting (Ctrl+Shift+N): date (dd-mm-yyyy), start time, location and chair.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Knelpunten verzamelen&lt;/b&gt; (Ctrl+1). Ctrl+E opent het invoerformulier: Tab of Enter gaat naar het volgende veld, Ctrl+Enter slaat op en opent een leeg formulier. Lijkt een formulier op een bestaand knelpunt, dan maakt Alt+1 … Alt+5 het een melding daarvan. Een lijst uit een spreadsheet haalt u binnen met Knelpunten › Importeren (Ctrl+I). Voeg daarna samen wat hetzelfde probleem is.</source>
        <translation>&lt;b&gt;Collecting concerns&lt;/b&gt; (Ctrl+1). Ctrl+E opens the entry form: Tab or Enter goes to the next field, Ctrl+Enter saves and opens a blank form. When a form looks like an existing concern, Alt+1 … Alt+5 makes it a report of that concern. A list from a spreadsheet comes in with Concerns › Import (Ctrl+I). Then merge what is the same problem.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stemmen&lt;/b&gt; (Ctrl+2). Kies stippen, handen of stembriefjes en tel: de ranglijst beweegt mee op de beamer (F5 start de beamer op het tweede scherm). Bij gelijke stemmen beslist de zaal met een herstemming of een afspraak. Leg daarna de top 3 vast.</source>
        <translation>&lt;b&gt;Voting&lt;/b&gt; (Ctrl+2). Choose dots, hands or ballots and count: the ranking moves along on the projector (F5 starts the projector on the second screen). On a tie the room decides by a revote or an agreement. Then record the top 3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Afspraken&lt;/b&gt; (Ctrl+3). Geef elke prioriteit acties: wat er gebeurt, welke partner het doet, wanneer het klaar is en hoeveel uur het kost.</source>
        <translation>&lt;b&gt;Agreements&lt;/b&gt; (Ctrl+3). Give each priority its actions: what happens, which partner does it, when it is done and how many hours it takes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documenten&lt;/b&gt; (Ctrl+4). Druk de actielijst, het verslag en de terugkoppeling voor bewoners af. Ze tonen nooit namen, telefoonnummers of adressen van bewoners.</source>
        <translation>&lt;b&gt;Documents&lt;/b&gt; (Ctrl+4). Print the action list, the report and the feedback for residents. They never show residents&apos; names, phone numbers or addresses.</translation>
    </message>
    <message>
        <source>&lt;b&gt;De volgende keer.&lt;/b&gt; Elke open actie komt terug onder Terugblik, tot ze klaar is of met een reden vervalt.</source>
        <translation>&lt;b&gt;Next time.&lt;/b&gt; Every open action comes back under Review until it is done or dropped with a reason.</translation>
    </message>
    <message>
        <source>BuurtDesk volgt de werkwijze van De Buurt Bestuurt: bewoners, politie en gemeente kiezen samen wat de buurt eerst aanpakt, en houden bij wie wat doet.</source>
        <translation>BuurtDesk follows the De Buurt Bestuurt way of working: residents, police and municipality choose together what the neighbourhood tackles first, and keep track of who does what.</translation>
    </message>
    <message>
        <source>Ctrl+Z maakt elke wijziging ongedaan. Persoonsgegevens blijven op deze computer; Knelpunten › Persoonsgegevens verbergen houdt ze ook hier uit beeld.</source>
        <translation>Ctrl+Z undoes every change. Personal data stays on this computer; Concerns › Hide personal data keeps it out of sight here too.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Geschiedenis van de actie</source>
        <translation>History of the action</translation>
    </message>
    <message>
        <source>nog niemand</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>%1
Afgesproken op %2 · %3 · klaar op %4 · nu: %5</source>
        <translation>%1
Agreed on %2 · %3 · due %4 · now: %5</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nog geen updates.</source>
        <translation>No updates yet.</translation>
    </message>
    <message>
        <source>Logboek (wijzigingen en verwijderingen):</source>
        <translation>Log (changes and deletions):</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Formuliernummer</source>
        <translation>Form number</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Straat of plek</source>
        <translation>Street or place</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Omschrijving (nodig)</source>
        <translation>Description (required)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Taal van de brief</source>
        <translation>Language of the letter</translation>
    </message>
    <message>
        <source>Wil terugkoppeling</source>
        <translation>Wants feedback</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>ingevoerd</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>bij bestaand knelpunt</source>
        <translation>added to an existing concern</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>was er al</source>
        <translation>already present</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Bestand om te importeren</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden ingelezen: %1</source>
        <translation>This file cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 regels gelezen.</source>
        <translation>%1 lines read.</translation>
    </message>
    <message>
        <source>Deze kolommen lijken persoonsgegevens, maar worden niet ingelezen: %1. Kies er zo nodig een veld voor.</source>
        <translation>These columns look like personal data but are not imported: %1. Choose a field for them if needed.</translation>
    </message>
    <message>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <source>Kies eerst welke kolom de omschrijving bevat.</source>
        <translation>First choose which column holds the description.</translation>
    </message>
    <message>
        <source>Niet geïmporteerd: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Lijkt op</source>
        <translation>Similar to</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 ingevoerd als nieuw knelpunt, %2 bij een bestaand knelpunt gevoegd, %3 waren er al, %4 geweigerd.</source>
        <translation>%1 entered as a new concern, %2 added to an existing concern, %3 were already there, %4 refused.</translation>
    </message>
    <message>
        <source>De lijst toont %1 van de %2 regels.</source>
        <translation>The list shows %1 of the %2 lines.</translation>
    </message>
    <message>
        <source>Knelpunten importeren</source>
        <translation>Import concerns</translation>
    </message>
    <message>
        <source>Formulieren uit een spreadsheet of enquête-export. Elke regel wordt een melding; regels die er al zijn worden overgeslagen, foute regels komen met hun regelnummer in het verslag en de goede gaan er gewoon in.</source>
        <translation>Forms from a spreadsheet or a survey export. Each line becomes a report; lines already present are skipped, faulty lines are listed with their line number in the import report and the good ones go in as usual.</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>CSV of Excel (.xlsx): één formulier per regel</source>
        <translation>CSV or Excel (.xlsx): one form per line</translation>
    </message>
    <message>
        <source>Bestand &amp;kiezen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Welke kolom is wat? Verbeter het waar nodig.</source>
        <translation>Which column is what? Correct it where needed.</translation>
    </message>
    <message>
        <source>&amp;Gelijke meldingen samenvoegen met een bestaand knelpunt</source>
        <translation>&amp;Merge matching reports with an existing concern</translation>
    </message>
    <message>
        <source>Een regel die duidelijk hetzelfde probleem noemt als een knelpunt van deze buurt (of een eerdere regel van dit bestand), komt als melding onder dat knelpunt.</source>
        <translation>A row that clearly names the same problem as a concern of this neighbourhood (or an earlier row of this file) becomes a report of that concern.</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Voorbeeld van het bestand</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Verslag van de import</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>Invoer</name>
    <message>
        <source>Dag %1 bestaat niet: deze maand heeft %2 dagen.</source>
        <translation>Day %1 does not exist: this month has %2 days.</translation>
    </message>
    <message>
        <source>Die dag bestaat niet in deze maand.</source>
        <translation>That day does not exist in this month.</translation>
    </message>
    <message>
        <source>Die maand bestaat niet: een maand loopt van 1 tot en met 12.</source>
        <translation>That month does not exist: months run from 1 to 12.</translation>
    </message>
    <message>
        <source>Het jaartal klopt niet: typ vier cijfers, bijvoorbeeld 08-09-2026.</source>
        <translation>The year is not right: type four digits, for example 08-09-2026.</translation>
    </message>
    <message>
        <source>Dit is geen datum. Typ dd-mm-jjjj, bijvoorbeeld 08-09-2026.</source>
        <translation>This is not a date. Type dd-mm-yyyy, for example 08-09-2026.</translation>
    </message>
    <message>
        <source>Vul de omschrijving in: zonder omschrijving wordt niets opgeslagen.</source>
        <translation>Fill in the description: without a description nothing is saved.</translation>
    </message>
    <message>
        <source>De omschrijving heeft %1 tekens; er passen er %2. Kort haar in of verdeel haar over twee formulieren. Er is niets afgeknipt.</source>
        <translation>The description has %1 characters; %2 fit. Shorten it or split it over two forms. Nothing has been cut off.</translation>
    </message>
    <message>
        <source>Te lang: hier passen hoogstens %1 tekens.</source>
        <translation>Too long: at most %1 characters fit here.</translation>
    </message>
    <message>
        <source>Dit e-mailadres ziet er vreemd uit. Het wordt wel opgeslagen.</source>
        <translation>This e-mail address looks odd. It will be saved anyway.</translation>
    </message>
    <message>
        <source>Dit e-mailadres bevat een regeleinde en is niet opgeslagen; de rest wel.</source>
        <translation>This e-mail address contains a line break and was not saved; the rest was.</translation>
    </message>
    <message>
        <source>Dit telefoonnummer ziet er vreemd uit. Het wordt wel opgeslagen.</source>
        <translation>This phone number looks odd. It will be saved anyway.</translation>
    </message>
    <message>
        <source>Formuliernummer %1 is al gebruikt in deze buurt. Het wordt wel opgeslagen.</source>
        <translation>Form number %1 is already used in this neighbourhood. It will be saved anyway.</translation>
    </message>
    <message>
        <source>Hier staat een onzichtbaar stuurteken (zoals NUL); haal het weg.</source>
        <translation>There is an invisible control character here (such as NUL); please remove it.</translation>
    </message>
    <message>
        <source>Onbekend thema: het knelpunt krijgt geen thema.</source>
        <translation>Unknown theme: the concern gets no theme.</translation>
    </message>
    <message>
        <source>“%1” is geen Nederlands of Engels: de brief komt in de taal van de documenten.</source>
        <translation>“%1” is not Dutch or English: the letter comes in the language of the documents.</translation>
    </message>
    <message>
        <source>Let op: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Deze regel heeft een ander aantal cellen dan de kopregel. Staat er een scheidingsteken in de tekst zonder aanhalingstekens eromheen?</source>
        <translation>This line has a different number of cells than the header line. Is there a separator in the text without quotation marks around it?</translation>
    </message>
    <message>
        <source>“%1” is geen ja of nee.</source>
        <translation>“%1” is neither yes nor no.</translation>
    </message>
    <message>
        <source>Formuliernummer %1 is al gebruikt voor een ander formulier.</source>
        <translation>Form number %1 is already used for another form.</translation>
    </message>
    <message>
        <source>Formulier niet opgeslagen</source>
        <translation>Form not saved</translation>
    </message>
    <message>
        <source>Dit formulier is nog niet opgeslagen.</source>
        <translation>This form has not been saved yet.</translation>
    </message>
    <message>
        <source>Wat u typte, gaat verloren als u het weggooit.</source>
        <translation>What you typed is lost if you discard it.</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Verder &amp;typen</source>
        <translation>&amp;Keep typing</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Vul een datum in: dd-mm-jjjj.</source>
        <translation>Fill in a date: dd-mm-yyyy.</translation>
    </message>
</context>
<context>
    <name>Knelpunt</name>
    <message>
        <source>een huisnummer na een straatnaam</source>
        <translation>a house number after a street name</translation>
    </message>
    <message>
        <source>een telefoonnummer</source>
        <translation>a phone number</translation>
    </message>
    <message>
        <source>een e-mailadres</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <source>de naam van een melder</source>
        <translation>the name of a reporter</translation>
    </message>
    <message>
        <source>Let op: deze titel lijkt %1 te bevatten. De zaal en de buurt zien de titel; haal persoonsgegevens eruit.</source>
        <translation>Note: this title seems to contain %1. The room and the neighbourhood see the title; take personal data out of it.</translation>
    </message>
</context>
<context>
    <name>Knelpunten</name>
    <message>
        <source>%1 en %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 formulieren opgeslagen. Ctrl+Z maakt het laatste ongedaan.</source>
        <translation>%1 forms saved. Ctrl+Z undoes the last one.</translation>
    </message>
    <message>
        <source>Titel van %1 aangepast.</source>
        <translation>Title of %1 changed.</translation>
    </message>
    <message>
        <source>Kies eerst twee of meer knelpunten om samen te voegen.</source>
        <translation>First select two or more concerns to merge.</translation>
    </message>
    <message>
        <source>%1 samenvoegen in %2? De meldingen komen onder %2; splitsen of Ctrl+Z zet ze precies terug.</source>
        <translation>Merge %1 into %2? The reports move under %2; splitting or Ctrl+Z puts them back exactly.</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>%1 samengevoegd in %2.</source>
        <translation>%1 merged into %2.</translation>
    </message>
    <message>
        <source>Niets om te splitsen: deze knelpunten zijn niet samengevoegd.</source>
        <translation>Nothing to split: these concerns have not been merged.</translation>
    </message>
    <message>
        <source>%1 splitsen</source>
        <translation>split %1</translation>
    </message>
    <message>
        <source>%1 weer apart.</source>
        <translation>%1 separate again.</translation>
    </message>
    <message>
        <source>%1 verwijderen, met %2 meldingen en de persoonsgegevens daarvan? Ctrl+Z zet ze terug zolang BuurtDesk open is.</source>
        <translation>Delete %1, with %2 reports and their personal data? Ctrl+Z brings them back as long as BuurtDesk is open.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 verwijderen</source>
        <translation>delete %1</translation>
    </message>
    <message>
        <source>%1 verwijderd.</source>
        <translation>%1 deleted.</translation>
    </message>
    <message>
        <source>Geen mogelijke dubbelen gevonden.</source>
        <translation>No possible duplicates found.</translation>
    </message>
    <message>
        <source>formulier bij %1</source>
        <translation>form under %1</translation>
    </message>
    <message>
        <source>titel van %1</source>
        <translation>title of %1</translation>
    </message>
    <message>
        <source>samenvoegen in %1</source>
        <translation>merge into %1</translation>
    </message>
    <message>
        <source>import van %1 formulieren</source>
        <translation>import of %1 forms</translation>
    </message>
    <message>
        <source>Deze import kan niet meer ongedaan worden gemaakt: de knelpunten ervan zijn sindsdien bewerkt. Er is niets gewijzigd.</source>
        <translation>This import can no longer be undone: its concerns have been worked on since. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 knelpunten samenvoegen</source>
        <translation>merge %1 concerns</translation>
    </message>
    <message>
        <source>&amp;Knelpunten</source>
        <translation>&amp;Concerns</translation>
    </message>
    <message>
        <source>&amp;Formulieren invoeren…</source>
        <translation>&amp;Enter forms…</translation>
    </message>
    <message>
        <source>Knelpunt &amp;openen…</source>
        <translation>&amp;Open concern…</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>S&amp;plitsen</source>
        <translation>S&amp;plit</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Persoonsgegevens ver&amp;bergen</source>
        <translation>&amp;Hide personal data</translation>
    </message>
    <message>
        <source>&amp;Mogelijke dubbelen…</source>
        <translation>Possible d&amp;uplicates…</translation>
    </message>
    <message>
        <source>Geen knelpunten gevonden. Pas de zoektekst of de filters aan.</source>
        <translation>No concerns found. Change the search text or the filters.</translation>
    </message>
    <message>
        <source>Niet samengevoegd: deze knelpunten zijn intussen veranderd. Er is niets gewijzigd.</source>
        <translation>Not merged: these concerns have changed in the meantime. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 samengevoegd. Ctrl+Z zet ze terug.</source>
        <translation>%1 merged. Ctrl+Z puts them back.</translation>
    </message>
    <message>
        <source>1 knelpunt</source>
        <translation>1 concern</translation>
    </message>
    <message>
        <source>%1 knelpunten</source>
        <translation>%1 concerns</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>BuurtDesk gebruikt de nieuwe taal zodra u het programma opnieuw start. De taal van de documenten kiest u apart, bij Documenten.</source>
        <translation>BuurtDesk will use the new language when you start it again. You choose the language of the documents separately, under Documents.</translation>
    </message>
</context>
<context>
    <name>Logboek</name>
    <message>
        <source>Samengevoegd met %1</source>
        <translation>Merged with %1</translation>
    </message>
    <message>
        <source>%1 hierin samengevoegd</source>
        <translation>%1 merged into this one</translation>
    </message>
    <message>
        <source>Samenvoeging met %1 ongedaan gemaakt</source>
        <translation>Merge with %1 undone</translation>
    </message>
    <message>
        <source>%1 weer losgemaakt</source>
        <translation>%1 separated again</translation>
    </message>
    <message>
        <source>Titel gewijzigd</source>
        <translation>Title changed</translation>
    </message>
    <message>
        <source>Status gewijzigd</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Teruggezet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Update verwijderd</source>
        <translation>Update deleted</translation>
    </message>
    <message>
        <source>Telling gecorrigeerd</source>
        <translation>Count corrected</translation>
    </message>
    <message>
        <source>Naar een andere prioriteit verplaatst</source>
        <translation>Moved to another priority</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Voor → na</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Nog geen wijzigingen gelogd.</source>
        <translation>No changes logged yet.</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <source>De dagelijkse back-up is niet gelukt (zie Bestand → Back-ups…); u kunt gewoon doorwerken.</source>
        <translation>The daily backup did not work (see File → Backups…); you can simply carry on working.</translation>
    </message>
    <message>
        <source>Deze buurt heeft nog geen bijeenkomsten. Plan de eerste: daarna kunt u knelpunten invoeren, stemmen tellen en acties bijhouden.</source>
        <translation>This neighbourhood has no meetings yet. Plan the first one: then you can enter concerns, count votes and keep track of actions.</translation>
    </message>
    <message>
        <source>Dit bestand heeft nog geen buurt. Voeg de buurt toe waarvoor u de bijeenkomsten bijhoudt.</source>
        <translation>This file has no neighbourhood yet. Add the neighbourhood whose meetings you keep track of.</translation>
    </message>
    <message>
        <source>Kies eerst een bijeenkomst.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>Buurt niet toegevoegd</source>
        <translation>Neighbourhood not added</translation>
    </message>
    <message>
        <source>Er is al een buurt met deze naam in dit bestand.</source>
        <translation>There is already a neighbourhood with this name in this file.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw bestand…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <source>Nieuwe &amp;buurt…</source>
        <translation>New neigh&amp;bourhood…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Demo openen</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <source>Back-&amp;ups…</source>
        <translation>Back&amp;ups…</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Privacy…</translation>
    </message>
    <message>
        <source>&amp;Gegevens van het overleg…</source>
        <translation>&amp;Committee details…</translation>
    </message>
    <message>
        <source>Publiceren voor de &amp;stad…</source>
        <translation>Publ&amp;ish for the city…</translation>
    </message>
    <message>
        <source>Stadst&amp;hema&apos;s koppelen…</source>
        <translation>&amp;Map city themes…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>B&amp;ijeenkomst</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Nieuwe bijeenkomst…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>&amp;Gegevens van de bijeenkomst…</source>
        <translation>Meeting &amp;details…</translation>
    </message>
    <message>
        <source>Bijeenkomst &amp;starten</source>
        <translation>&amp;Start meeting</translation>
    </message>
    <message>
        <source>Bijeenkomst &amp;afsluiten</source>
        <translation>&amp;Close meeting</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Over BuurtDesk…</source>
        <translation>&amp;About BuurtDesk…</translation>
    </message>
    <message>
        <source>Geen bestand geopend</source>
        <translation>No file open</translation>
    </message>
    <message>
        <source>Bestand: %1 (alleen lezen)</source>
        <translation>File: %1 (read only)</translation>
    </message>
    <message>
        <source>Bestand: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>BuurtDesk — %1</source>
        <translation>BuurtDesk — %1</translation>
    </message>
    <message>
        <source>%1 (alleen lezen)</source>
        <translation>%1 (read only)</translation>
    </message>
    <message>
        <source>Het bestand wordt geopend…</source>
        <translation>Opening the file…</translation>
    </message>
    <message>
        <source>BuurtDesk</source>
        <translation>BuurtDesk</translation>
    </message>
    <message>
        <source>B&amp;uurt:</source>
        <translation>Neigh&amp;bourhood:</translation>
    </message>
    <message>
        <source>De buurt waarvan u de bijeenkomsten ziet</source>
        <translation>The neighbourhood whose meetings you see</translation>
    </message>
    <message>
        <source>Bijeen&amp;komst:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Kies de bijeenkomst waaraan u werkt; de nieuwste staat bovenaan</source>
        <translation>Choose the meeting you are working on; the newest is at the top</translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Er is nog geen bestand geopend. Start een nieuwe buurt, open de demo of open een bestand dat u al hebt.</source>
        <translation>No file is open yet. Start a new neighbourhood, open the demo or open a file you already have.</translation>
    </message>
    <message>
        <source>Beginnen…</source>
        <translation>Get started…</translation>
    </message>
    <message>
        <source>Deze buurt heeft nog geen bijeenkomsten. Plan de eerste: daarna kunt u knelpunten invoeren, stemmen tellen en acties bijhouden.</source>
        <translation>This neighbourhood has no meetings yet. Plan the first one: then you can enter concerns, count votes and keep track of actions.</translation>
    </message>
    <message>
        <source>Eerste bijeenkomst plannen…</source>
        <translation>Plan the first meeting…</translation>
    </message>
    <message>
        <source>Buurt toevoegen…</source>
        <translation>Add neighbourhood…</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>Recen&amp;t files</translation>
    </message>
    <message>
        <source>(nog geen bestanden geopend)</source>
        <translation>(no files opened yet)</translation>
    </message>
    <message>
        <source>Lijst &amp;wissen</source>
        <translation>&amp;Clear list</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsDialog</name>
    <message>
        <source>Gegevens van de bijeenkomst</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <source>&amp;Algemeen</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>niet geteld</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>&amp;Begintijd:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <source>&amp;Locatie:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Voorzitter:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>Bewoners &amp;aanwezig:</source>
        <translation>&amp;Residents present:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Wie kwamen</source>
        <translation>Who came</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>niet vastgelegd</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <source>Werkcontacten en een notitie per partner</source>
        <translation>Work contacts and a note per partner</translation>
    </message>
    <message>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Aantekening</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Nieuw agendapunt</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>&amp;Weghalen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Om&amp;hoog</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>Om&amp;laag</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <source>Elk agendapunt heeft een titel nodig.</source>
        <translation>Every agenda item needs a title.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Knelpunten</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Wat bewoners voor deze bijeenkomst hebben gemeld. Hetzelfde probleem in andere woorden telt als één knelpunt met meer meldingen.</source>
        <translation>What residents have reported for this meeting. The same problem in other words counts as one concern with more reports.</translation>
    </message>
    <message>
        <source>Nog geen knelpunten voor deze bijeenkomst. Typ de meldformulieren in of importeer een spreadsheet; elk knelpunt krijgt een nummer (K1, K2, …) waarmee bewoners het terugvinden.</source>
        <translation>No concerns for this meeting yet. Type in the concern forms or import a spreadsheet; each concern gets a number (K1, K2, …) by which residents can find it again.</translation>
    </message>
    <message>
        <source>De zaal kiest samen een top 3: met stippen op een groot vel, handopsteken of stembriefjes.</source>
        <translation>The room chooses a top 3 together: with dots on a big sheet, a show of hands or ballots.</translation>
    </message>
    <message>
        <source>Er is nog niet gestemd. Het tellen gebeurt tijdens de bijeenkomst: u voert hier de stippen, handen of stembriefjes in, en BuurtDesk laat zien welke drie knelpunten de buurt kiest.</source>
        <translation>No votes yet. Counting happens during the meeting: you enter the dots, hands or ballots here, and BuurtDesk shows which three concerns the neighbourhood chooses.</translation>
    </message>
    <message>
        <source>Beginnen met tellen</source>
        <translation>Start counting</translation>
    </message>
    <message>
        <source>Wie doet wat voor elke gekozen prioriteit, en wat is er geworden van de afspraken van eerdere bijeenkomsten?</source>
        <translation>Who does what for each chosen priority, and what became of the agreements of earlier meetings?</translation>
    </message>
    <message>
        <source>Papier om te printen, op te hangen en uit te delen, zodat ook wie er niet bij was weet wat er is afgesproken.</source>
        <translation>Paper to print, post up and hand out, so that those who were not there also know what was agreed.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Bijeenkomst toevoegen</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Wanneer en waar komt de buurt bij elkaar? De agenda en de vaste partners worden vast klaargezet.</source>
        <translation>When and where does the neighbourhood meet? The agenda and the regular partners are set up in advance.</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Begintijd:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <source>&amp;Locatie:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>bijvoorbeeld buurthuis De Ster</source>
        <translation>for example community centre De Ster</translation>
    </message>
    <message>
        <source>&amp;Voorzitter:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>wie leidt de bijeenkomst</source>
        <translation>who chairs the meeting</translation>
    </message>
</context>
<context>
    <name>NewNeighbourhoodDialog</name>
    <message>
        <source>Buurt aanmaken</source>
        <translation>Create neighbourhood</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul de naam van de buurt in.</source>
        <translation>Fill in the name of the neighbourhood.</translation>
    </message>
    <message>
        <source>Er is al een buurt met de naam ‘%1’. Kies een andere naam.</source>
        <translation>There is already a neighbourhood called ‘%1’. Choose another name.</translation>
    </message>
    <message>
        <source>Nieuwe buurt</source>
        <translation>New neighbourhood</translation>
    </message>
    <message>
        <source>Voor welke buurt houdt u de bijeenkomsten bij? U kunt later meer buurten toevoegen.</source>
        <translation>Which neighbourhood do you keep the meetings for? You can add more neighbourhoods later.</translation>
    </message>
    <message>
        <source>&amp;Naam van de buurt:</source>
        <translation>&amp;Name of the neighbourhood:</translation>
    </message>
    <message>
        <source>bijvoorbeeld Oud-Charlois</source>
        <translation>for example Oud-Charlois</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>bijvoorbeeld Rotterdam</source>
        <translation>for example Rotterdam</translation>
    </message>
</context>
<context>
    <name>Ongedaan</name>
    <message>
        <source>Deze stap kon niet ongedaan of opnieuw worden gedaan: het bestand kan niet worden bijgewerkt (het is alleen-lezen, in gebruik of de schijf is vol). Er is niets gewijzigd.</source>
        <translation>This step could not be undone or redone: the file cannot be updated (it is read-only, in use, or the disk is full). Nothing was changed.</translation>
    </message>
    <message>
        <source>Deze stap kon niet ongedaan of opnieuw worden gedaan: de gegevens zijn intussen veranderd (bijvoorbeeld samengevoegd of verwijderd). Er is niets gewijzigd.</source>
        <translation>This step could not be undone or redone: the data has changed in the meantime (merged or deleted, for example). Nothing was changed.</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
</context>
<context>
    <name>Overleg</name>
    <message>
        <source>gegevens van het overleg</source>
        <translation>committee details</translation>
    </message>
    <message>
        <source>Kies eerst een buurt.</source>
        <translation>Choose a neighbourhood first.</translation>
    </message>
</context>
<context>
    <name>PaperChecks</name>
    <message>
        <source>Deze bijeenkomst is nog niet gehouden: op elke pagina staat CONCEPT.</source>
        <translation>This meeting has not been held yet: every page says DRAFT.</translation>
    </message>
    <message>
        <source>%1 bewoners gaven alleen een e-mailadres: zij staan in de CSV voor mailing, niet in de PDF.</source>
        <translation>%1 residents gave only an e-mail address: they are in the CSV for the mailing, not in the PDF.</translation>
    </message>
    <message>
        <source>Het overleg heeft nog geen postadres: vul het in via Bestand › Gegevens van het overleg, dan krijgen de brieven een afzender.</source>
        <translation>The committee has no postal address yet: fill it in under File › Committee details, and the letters get a sender.</translation>
    </message>
    <message>
        <source>en nog %1</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Naam van een bewoner</source>
        <translation>A resident&apos;s name</translation>
    </message>
    <message>
        <source>Deze teksten noemen de naam van een bewoner uit het bestand. Pas ze aan voordat u dit document uitdeelt, of maak het toch als de naam hier niet om die bewoner gaat.</source>
        <translation>These texts give the name of a resident in the file. Change them before you hand this document out, or make it anyway if the name here is not about that resident.</translation>
    </message>
    <message>
        <source>Toch maken</source>
        <translation>Make it anyway</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PartnerContactsDialog</name>
    <message>
        <source>Contactpersonen van partners</source>
        <translation>Partners&apos; contacts</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Werkgegevens van professionals. Op openbare stukken staat alleen de functie, en de naam als dat is aangevinkt.</source>
        <translation>Work details of professionals. Public documents show only the role, and the name where ticked.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Naam openbaar</source>
        <translation>Name public</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Notitie bij deze partner:</source>
        <translation>&amp;Note on this partner:</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Contactpersoon verwijderen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>%1 definitief verwijderen, ook uit de oudere back-ups? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete %1 for good, also from the older backups? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Dit venster toont persoonsgegevens: niet op de beamer laten zien.</source>
        <translation>This window shows personal data: do not show it on the projector.</translation>
    </message>
    <message>
        <source>&amp;Inzage en verwijderen</source>
        <translation>&amp;Inspect and delete</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn</source>
        <translation>&amp;Retention period</translation>
    </message>
    <message>
        <source>&amp;Geanonimiseerde kopie opslaan…</source>
        <translation>Save an &amp;anonymised copy…</translation>
    </message>
    <message>
        <source>Een kopie van het hele bestand zonder persoonsgegevens, voor een nieuwe voorzitter of de gemeente.</source>
        <translation>A copy of the whole file without personal data, for a new chair or the municipality.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Zoek op naam, telefoon, e-mail of adres:</source>
        <translation>&amp;Search by name, phone, e-mail or address:</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Meldingen van deze persoon:</source>
        <translation>Reports by this person:</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Eigen woorden</source>
        <translation>Own words</translation>
    </message>
    <message>
        <source>Inzage &amp;opslaan (JSON of CSV)…</source>
        <translation>&amp;Save for inspection (JSON or CSV)…</translation>
    </message>
    <message>
        <source>Persoon &amp;verwijderen…</source>
        <translation>&amp;Delete person…</translation>
    </message>
    <message>
        <source>Verwijderen wist de gegevens van de persoon, ook uit vrije tekst en uit de oudere back-ups (die worden herschreven); de meldingen en knelpunten blijven, zonder naam. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Deleting erases the person&apos;s data, from free text and from the older backups too (which are rewritten); the reports and concerns stay, without a name. This cannot be undone.</translation>
    </message>
    <message>
        <source>Inzage opslaan</source>
        <translation>Save for inspection</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Inzage niet opgeslagen</source>
        <translation>Inspection file not saved</translation>
    </message>
    <message>
        <source>Persoon verwijderen</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Alle gegevens van %1 verwijderen? De meldingen (%2) en de knelpunten blijven bestaan, zonder naam. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete all data of %1? The reports (%2) and the concerns remain, without a name. This cannot be undone.</translation>
    </message>
    <message>
        <source>deze persoon</source>
        <translation>this person</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Ingevoerd op</source>
        <translation>Entered on</translation>
    </message>
    <message>
        <source>&amp;Anonimiseren</source>
        <translation>&amp;Anonymise</translation>
    </message>
    <message>
        <source> maand</source>
        <translation> month</translation>
    </message>
    <message>
        <source>Knelpunten zonder open actie en zonder activiteit in de laatste %1 maanden zijn afgehandeld. Anonimiseren wist naam, telefoon, e-mail en adres van deze %2 mensen; hun meldingen en de knelpunten blijven. Back-ups ouder dan %1 maanden worden ook verwijderd, zodat gewiste gegevens daar niet in blijven staan.</source>
        <translation>Concerns without an open action and without activity in the last %1 months are settled. Anonymising erases the name, phone, e-mail and address of these %2 people; their reports and the concerns stay. Backups older than %1 months are deleted too, so that erased data does not linger in them.</translation>
    </message>
    <message>
        <source>Anonimiseren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>De gegevens van 1 persoon wissen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Erase the data of 1 person? This cannot be undone.</translation>
    </message>
    <message>
        <source>De gegevens van %1 mensen wissen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Erase the data of %1 people? This cannot be undone.</translation>
    </message>
    <message>
        <source>Oude back-ups niet verwijderd</source>
        <translation>Old backups not deleted</translation>
    </message>
    <message>
        <source>Geanonimiseerde kopie opslaan</source>
        <translation>Save anonymised copy</translation>
    </message>
    <message>
        <source>Kopie niet opgeslagen</source>
        <translation>Copy not saved</translation>
    </message>
    <message>
        <source>Er staat al een bestand met die naam. Kies een nieuwe naam.</source>
        <translation>There is already a file with that name. Choose a new name.</translation>
    </message>
    <message>
        <source>Controleer de kopie: in %1 tekst(en) is een mogelijke naam weggehaald of staat nog iets persoonlijks.</source>
        <translation>Check the copy: in %1 text(s) a possible name was removed, or something personal remains.</translation>
    </message>
    <message>
        <source>Kopie opgeslagen</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <source>De kopie zonder persoonsgegevens staat in %1.</source>
        <translation>The copy without personal data is in %1.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gewijzigd; er is niets veranderd. %1</source>
        <translation>The file could not be changed; nothing has been changed. %1</translation>
    </message>
    <message>
        <source>Gegevens gewist</source>
        <translation>Data erased</translation>
    </message>
    <message>
        <source>Dat lukte niet: %1</source>
        <translation>That did not work: %1</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <source>&amp;Beamer…</source>
        <translation>&amp;Projector…</translation>
    </message>
    <message>
        <source>Beamer &amp;starten</source>
        <translation>&amp;Start projector</translation>
    </message>
    <message>
        <source>Volgende dia</source>
        <translation>Next slide</translation>
    </message>
    <message>
        <source>Vorige dia</source>
        <translation>Previous slide</translation>
    </message>
    <message>
        <source>Beamer op zwart</source>
        <translation>Blank the projector</translation>
    </message>
    <message>
        <source>Beamer sluiten</source>
        <translation>Close projector</translation>
    </message>
    <message>
        <source>Scherm %1: %2 (%3×%4)</source>
        <translation>Screen %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>%1 — dit scherm</source>
        <translation>%1 — this screen</translation>
    </message>
    <message>
        <source>Beamer</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Op welk scherm komen de dia&apos;s?</source>
        <translation>Which screen shows the slides?</translation>
    </message>
    <message>
        <source>Kies eerst een bijeenkomst.</source>
        <translation>First choose a meeting.</translation>
    </message>
    <message>
        <source>op de beamer</source>
        <translation>onto the projector</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>BuurtDesk — beamer</source>
        <translation>BuurtDesk — projector</translation>
    </message>
</context>
<context>
    <name>PublicReview</name>
    <message>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mailadres</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>rekeningnummer</source>
        <translation>bank account</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>kenteken</source>
        <translation>licence plate</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>huisnummer</source>
        <translation>house number</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>lijkt een naam</source>
        <translation>looks like a name</translation>
    </message>
    <message>
        <source>wijst naar een buur of persoon</source>
        <translation>points at a neighbour or person</translation>
    </message>
    <message>
        <source>naam van een melder van dit knelpunt</source>
        <translation>name of a resident who reported this concern</translation>
    </message>
    <message>
        <source>in het verslag</source>
        <translation>in the report</translation>
    </message>
    <message>
        <source>in de actielijst</source>
        <translation>in the action list</translation>
    </message>
    <message>
        <source>op de stembiljetten</source>
        <translation>on the ballots</translation>
    </message>
    <message>
        <source>in de uitnodiging</source>
        <translation>in the invitation</translation>
    </message>
    <message>
        <source>in de knelpuntenlijst</source>
        <translation>in the list of concerns</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>actie</source>
        <translation>action</translation>
    </message>
    <message>
        <source>voortgang</source>
        <translation>progress</translation>
    </message>
    <message>
        <source>resultaat</source>
        <translation>result</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
</context>
<context>
    <name>PublicReviewDialog</name>
    <message>
        <source>Nog persoonlijk?</source>
        <translation>Still personal?</translation>
    </message>
    <message>
        <source>Deze teksten komen zo %1 en lijken nog iets persoonlijks te bevatten. Pas een titel aan, of ga toch door als het zo mag.</source>
        <translation>These texts are about to go %1 and still seem to hold something personal. Change a title, or go on anyway if it may stay as it is.</translation>
    </message>
    <message>
        <source>naar buiten</source>
        <translation>public</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Tekst zoals gedrukt</source>
        <translation>Text as printed</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Titel aanpassen…</source>
        <translation>Change title…</translation>
    </message>
    <message>
        <source>Toch doorgaan</source>
        <translation>Go on anyway</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niets persoonlijks meer gevonden.</source>
        <translation>Nothing personal found any more.</translation>
    </message>
    <message>
        <source>Doorgaan</source>
        <translation>Go on</translation>
    </message>
    <message>
        <source>Titel aanpassen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <source>Nieuwe openbare titel van %1:</source>
        <translation>New public title of %1:</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Bijeenkomst starten</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <source>Bijeenkomst afsluiten</source>
        <translation>Close meeting</translation>
    </message>
    <message>
        <source>Status niet gewijzigd</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <source>De status kon niet in het bestand worden opgeslagen; er is niets veranderd. Is het bestand alleen-lezen of de schijf vol?</source>
        <translation>The status could not be saved in the file; nothing has been changed. Is the file read-only or the disk full?</translation>
    </message>
    <message>
        <source>De bijeenkomst is afgesloten, maar de back-up lukte niet: %1</source>
        <translation>The meeting has been closed, but the backup did not work: %1</translation>
    </message>
    <message>
        <source>Bijeenkomst afgesloten; er is een back-up gemaakt.</source>
        <translation>Meeting closed; a backup has been made.</translation>
    </message>
    <message>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>Deze back-up kon niet worden teruggezet; er is niets veranderd.

%1</source>
        <translation>This backup could not be restored; nothing has been changed.

%1</translation>
    </message>
    <message>
        <source>Teruggezet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>De back-up is teruggezet en het bestand is weer geopend.

De stand van vlak daarvoor is ook bewaard, als back-up ‘%1’: zo kunt u altijd terug.</source>
        <translation>The backup has been restored and the file has been opened again.

The state from just before is also kept, as backup ‘%1’: so you can always go back.</translation>
    </message>
</context>
<context>
    <name>SettingsRow</name>
    <message>
        <source>= stippen</source>
        <translation>= dots</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Stippen per bewoner</source>
        <translation>Dots per resident</translation>
    </message>
    <message>
        <source>Hoogstens per knelpunt</source>
        <translation>At most per concern</translation>
    </message>
    <message>
        <source>Keuzes per briefje</source>
        <translation>Choices per ballot</translation>
    </message>
    <message>
        <source>Prioriteiten</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <source>Bewoners aanwezig</source>
        <translation>Residents present</translation>
    </message>
    <message>
        <source>Vast zolang er stemmen geteld zijn</source>
        <translation>Fixed while votes are counted</translation>
    </message>
</context>
<context>
    <name>Stad</name>
    <message>
        <source>Knelpunt K%1</source>
        <translation>Concern K%1</translation>
    </message>
    <message>
        <source>Actie %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>%1: tekst achtergehouden, hij lijkt nog persoonsgegevens te bevatten</source>
        <translation>%1: text withheld, it still seems to hold personal data</translation>
    </message>
    <message>
        <source>%1: persoonsgegevens uit de tekst gehaald</source>
        <translation>%1: personal details taken out of the text</translation>
    </message>
    <message>
        <source>Publiceren voor de stad</source>
        <translation>Publish for the city</translation>
    </message>
    <message>
        <source>BuurtDesk-pakket (*.buurtpakket);;Alle bestanden (*)</source>
        <translation>BuurtDesk package (*.buurtpakket);;All files (*)</translation>
    </message>
    <message>
        <source>Niet gepubliceerd</source>
        <translation>Not published</translation>
    </message>
    <message>
        <source>Het pakket is niet gemaakt; er is niets veranderd. %1</source>
        <translation>The package was not made; nothing was changed. %1</translation>
    </message>
    <message>
        <source>Gepubliceerd voor de stad</source>
        <translation>Published for the city</translation>
    </message>
    <message>
        <source>Het pakket van %1 (publicatie %2) staat in %3. Het bevat geen persoonsgegevens.</source>
        <translation>The package of %1 (publication %2) is in %3. It holds no personal data.</translation>
    </message>
    <message>
        <source>%1 teksten zijn aangepast of achtergehouden; zie de details.</source>
        <translation>%1 texts were changed or withheld; see the details.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>loopt</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>done</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>gekozen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>opgelost</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>samengevoegd</source>
        <translation>merged</translation>
    </message>
</context>
<context>
    <name>Stemmen</name>
    <message>
        <source>%1 geteld: %2</source>
        <translation>%1 counted: %2</translation>
    </message>
    <message>
        <source>Briefje %1</source>
        <translation>Ballot %1</translation>
    </message>
    <message>
        <source>Briefje %1 gecorrigeerd</source>
        <translation>Ballot %1 corrected</translation>
    </message>
    <message>
        <source>Briefje %1 verwijderd</source>
        <translation>Ballot %1 deleted</translation>
    </message>
    <message>
        <source>Stemmethode ingesteld</source>
        <translation>Voting method set</translation>
    </message>
    <message>
        <source>Gelijke stand beslist</source>
        <translation>Tie decided</translation>
    </message>
    <message>
        <source>Prioriteiten vastgelegd</source>
        <translation>Priorities confirmed</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Briefje</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <source>Keuzes</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>geldig</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>ongeldig</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>gekozen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>gelijk op de grens</source>
        <translation>tied at the cut</translation>
    </message>
    <message>
        <source>Stippen plakken</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Stembriefjes met volgorde</source>
        <translation>Ranked ballots</translation>
    </message>
    <message>
        <source>Handopsteken of aankruisen</source>
        <translation>Show of hands or ticking</translation>
    </message>
    <message>
        <source>Knelpunt %1 staat niet op de lijst van deze bijeenkomst.</source>
        <translation>Concern %1 is not on the list of this meeting.</translation>
    </message>
    <message>
        <source>Dit knelpunt staat niet op de lijst van deze bijeenkomst.</source>
        <translation>This concern is not on the list of this meeting.</translation>
    </message>
    <message>
        <source>Knelpunt %1 staat er twee keer op.</source>
        <translation>Concern %1 is on it twice.</translation>
    </message>
    <message>
        <source>Hetzelfde knelpunt staat er twee keer op.</source>
        <translation>The same concern is on it twice.</translation>
    </message>
    <message>
        <source>Meer keuzes dan toegestaan.</source>
        <translation>More choices than allowed.</translation>
    </message>
    <message>
        <source>Er staat geen knelpunt op.</source>
        <translation>There is no concern on it.</translation>
    </message>
    <message>
        <source>Meer stippen op één knelpunt dan toegestaan.</source>
        <translation>More dots on one concern than allowed.</translation>
    </message>
    <message>
        <source>Een aantal kan niet negatief zijn.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>Zo&apos;n groot aantal kan niet kloppen.</source>
        <translation>Such a large number cannot be right.</translation>
    </message>
    <message>
        <source>Meer stemmen dan de aanwezige bewoners samen kunnen geven.</source>
        <translation>More votes than the residents present can give together.</translation>
    </message>
    <message>
        <source>Er zijn al stemmen geteld met een andere methode. Verwijder die eerst.</source>
        <translation>Votes have already been counted with another method. Delete those first.</translation>
    </message>
    <message>
        <source>Dit past niet bij de gekozen stemmethode.</source>
        <translation>This does not fit the chosen voting method.</translation>
    </message>
    <message>
        <source>Tel aankruisen óf met briefjes óf met handen, niet allebei.</source>
        <translation>Count ticks either with ballots or with hands, not both.</translation>
    </message>
    <message>
        <source>Briefje %1 is al geteld.</source>
        <translation>Ballot %1 has already been counted.</translation>
    </message>
    <message>
        <source>Dit briefje is al geteld.</source>
        <translation>This ballot has already been counted.</translation>
    </message>
    <message>
        <source>Dit briefje bestaat niet.</source>
        <translation>This ballot does not exist.</translation>
    </message>
    <message>
        <source>Geef het briefje een nummer (hoogstens 30 tekens).</source>
        <translation>Give the ballot a number (at most 30 characters).</translation>
    </message>
    <message>
        <source>Deze instelling kan niet.</source>
        <translation>This setting is not possible.</translation>
    </message>
    <message>
        <source>Er is geen gelijke stand op de grens.</source>
        <translation>There is no tie at the cut.</translation>
    </message>
    <message>
        <source>Kies precies zoveel knelpunten als er plaatsen over zijn.</source>
        <translation>Choose exactly as many concerns as there are places left.</translation>
    </message>
    <message>
        <source>Een afgesproken keuze heeft een reden nodig.</source>
        <translation>An agreed choice needs a reason.</translation>
    </message>
    <message>
        <source>Beslis eerst over de gelijke stand op de grens van de top.</source>
        <translation>First decide the tie at the cut of the top.</translation>
    </message>
    <message>
        <source>Er zijn nog geen stemmen geteld.</source>
        <translation>No votes have been counted yet.</translation>
    </message>
    <message>
        <source>Een prioriteit heeft al acties; die blijft staan.</source>
        <translation>A Priority already has actions; it stays.</translation>
    </message>
    <message>
        <source>Dit briefjesnummer is nooit afgedrukt.</source>
        <translation>This ballot number was never printed.</translation>
    </message>
    <message>
        <source>Een keuze staat niet op de afgedrukte briefjes van deze reeks.</source>
        <translation>A choice is not on the printed ballots of this batch.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst is gesloten.</source>
        <translation>This meeting is closed.</translation>
    </message>
    <message>
        <source>Ongeldig briefje.</source>
        <translation>Invalid ballot.</translation>
    </message>
    <message>
        <source>Dit kan niet.</source>
        <translation>This is not possible.</translation>
    </message>
    <message>
        <source>onleesbaar bestand</source>
        <translation>unreadable file</translation>
    </message>
    <message>
        <source>hoekmerken niet gevonden</source>
        <translation>corner markers not found</translation>
    </message>
    <message>
        <source>geen leesbare code</source>
        <translation>no readable code</translation>
    </message>
    <message>
        <source>andere bijeenkomst</source>
        <translation>another meeting</translation>
    </message>
    <message>
        <source>onbekende reeks</source>
        <translation>unknown batch</translation>
    </message>
    <message>
        <source>nummer nooit gedrukt</source>
        <translation>number never printed</translation>
    </message>
    <message>
        <source>andere opmaak</source>
        <translation>another layout</translation>
    </message>
    <message>
        <source>Gescand: %1 pagina&apos;s gelezen, %2 geteld, %3 wachten, %4 met de hand bevestigd, %5 dubbel, %6 geweigerd</source>
        <translation>Scanned: %1 pages read, %2 counted, %3 waiting, %4 confirmed by hand, %5 duplicate, %6 refused</translation>
    </message>
    <message>
        <source>Bijeenkomst starten</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <source>Deze bijeenkomst staat nog op ‘gepland’, maar er wordt nu geteld. De bijeenkomst starten?</source>
        <translation>This meeting is still ‘planned’, but votes are being counted now. Start the meeting?</translation>
    </message>
    <message>
        <source>Scans van stembriefjes inlezen</source>
        <translation>Read scans of ballots</translation>
    </message>
    <message>
        <source>Scans en foto&apos;s (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic)</source>
        <translation>Scans and photos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic)</translation>
    </message>
    <message>
        <source>Stembriefjes lezen…</source>
        <translation>Reading ballots…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Scans inlezen</source>
        <translation>Read scans</translation>
    </message>
    <message>
        <source>%1 van %2 pagina&apos;s gelezen (%3)</source>
        <translation>%1 of %2 pages read (%3)</translation>
    </message>
    <message>
        <source>Afgebroken na %1 pagina&apos;s.</source>
        <translation>Stopped after %1 pages.</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Alt+%1  ·  %2  ·  %3%</source>
        <translation>Alt+%1  ·  %2  ·  %3%</translation>
    </message>
    <message>
        <source>Nog niets dat erop lijkt.</source>
        <translation>Nothing similar yet.</translation>
    </message>
    <message>
        <source>Dit formulier wordt een nieuw knelpunt.</source>
        <translation>This form becomes a new concern.</translation>
    </message>
    <message>
        <source>Dit formulier wordt een melding bij %1: %2  (Alt+0: toch nieuw)</source>
        <translation>This form becomes a report under %1: %2  (Alt+0: new after all)</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Lijken op een bestaand knelpunt</source>
        <translation>Look like an existing concern</translation>
    </message>
    <message>
        <source>1 nieuw knelpunt lijkt op een knelpunt dat er al was.</source>
        <translation>1 new concern looks like a concern that was already there.</translation>
    </message>
    <message>
        <source>%1 nieuwe knelpunten lijken op een knelpunt dat er al was.</source>
        <translation>%1 new concerns look like a concern that was already there.</translation>
    </message>
    <message>
        <source>Niet zo sterk dat ze er vanzelf bij zijn gevoegd: vink uit wat een ander probleem is en voeg de rest samen. Wat u niet samenvoegt, komt terug bij Knelpunten › Mogelijke dubbelen.</source>
        <translation>Not so strongly that they were added to it by themselves: untick what is a different problem and merge the rest. What you do not merge comes back under Concerns › Possible duplicates.</translation>
    </message>
    <message>
        <source>Nieuw knelpunt</source>
        <translation>New concern</translation>
    </message>
    <message>
        <source>Lijkt op</source>
        <translation>Similar to</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Nieuwe knelpunten die op een bestaand lijken</source>
        <translation>New concerns that look like an existing one</translation>
    </message>
    <message>
        <source>A: alle aangevinkte samenvoegen · spatie: aan- of uitvinken · Esc: later</source>
        <translation>A: merge every ticked one · space: tick or untick · Esc: later</translation>
    </message>
    <message>
        <source>&amp;Alles samenvoegen (A)</source>
        <translation>Merge &amp;all (A)</translation>
    </message>
    <message>
        <source>Later bekijken</source>
        <translation>Look at them later</translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Typ het nummer, dan het aantal, dan Enter.</source>
        <translation>Type the number, then the count, then Enter.</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Geen knelpunt met dit nummer</source>
        <translation>No concern with this number</translation>
    </message>
</context>
<context>
    <name>ThemeMappingDialog</name>
    <message>
        <source>Stadsthema&apos;s koppelen</source>
        <translation>Map city themes</translation>
    </message>
    <message>
        <source>Elk thema van deze buurt telt voor de stad onder één stadsthema (lijst %1). Zonder keuze geldt het stadsthema met dezelfde naam.</source>
        <translation>For the city, each theme of this neighbourhood counts under one city theme (list %1). Without a choice, the city theme of the same name applies.</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Stadsthema</source>
        <translation>City theme</translation>
    </message>
    <message>
        <source>Stadsthema van %1</source>
        <translation>City theme of %1</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>De koppeling is niet opgeslagen. %1</source>
        <translation>The mapping was not saved. %1</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <source>Herstemming</source>
        <translation>Revote</translation>
    </message>
    <message>
        <source>Afgesproken keuze</source>
        <translation>Agreed choice</translation>
    </message>
    <message>
        <source>Er is opnieuw gestemd tussen de gelijk geëindigde knelpunten. Vink aan welk knelpunt de top in gaat.</source>
        <translation>The room voted again between the tied concerns. Tick the concern that goes into the top.</translation>
    </message>
    <message>
        <source>Er is opnieuw gestemd tussen de gelijk geëindigde knelpunten. Vink aan welke %1 knelpunten de top in gaan.</source>
        <translation>The room voted again between the tied concerns. Tick the %1 concerns that go into the top.</translation>
    </message>
    <message>
        <source>De zaal spreekt af welk knelpunt de top in gaat. Vink het aan en schrijf de reden op.</source>
        <translation>The room agrees which concern goes into the top. Tick it and write down the reason.</translation>
    </message>
    <message>
        <source>De zaal spreekt af welke %1 knelpunten de top in gaan. Vink ze aan en schrijf de reden op.</source>
        <translation>The room agrees which %1 concerns go into the top. Tick them and write down the reason.</translation>
    </message>
    <message>
        <source>Uitslag van de herstemming (mag leeg)</source>
        <translation>Result of the revote (may be empty)</translation>
    </message>
    <message>
        <source>Reden van de afspraak</source>
        <translation>Reason for the agreement</translation>
    </message>
</context>
<context>
    <name>Uitvoer</name>
    <message>
        <source>%1 is geen gewoon bestand maar een apparaat, pijp, socket of snelkoppeling. Kies een andere naam; er is niets opgeslagen.</source>
        <translation>%1 is not an ordinary file but a device, a pipe, a socket or a link. Choose another name; nothing was saved.</translation>
    </message>
    <message>
        <source>%1 is een databasebestand of hoort bij een database. BuurtDesk schrijft daar geen export overheen. Kies een andere naam; er is niets opgeslagen.</source>
        <translation>%1 is a database file or belongs to a database. BuurtDesk does not write an export over it. Choose another name; nothing was saved.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>VotingArea</name>
    <message>
        <source>Telling per knelpunt</source>
        <translation>Count per concern</translation>
    </message>
    <message>
        <source>Stembriefjes</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>Herstemming…</source>
        <translation>Revote…</translation>
    </message>
    <message>
        <source>Afgesproken keuze…</source>
        <translation>Agreed choice…</translation>
    </message>
    <message>
        <source>Prioriteiten vastleggen</source>
        <translation>Confirm priorities</translation>
    </message>
    <message>
        <source>Ranglijst</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Op de &amp;beamer</source>
        <translation>On the &amp;beamer</translation>
    </message>
    <message>
        <source>De ranglijst op de beamer; die volgt de telling en toont daarna de prioriteiten.</source>
        <translation>The ranking on the beamer; it follows the counting and then shows the priorities.</translation>
    </message>
    <message>
        <source>Vastgelegd: %1</source>
        <translation>Confirmed: %1</translation>
    </message>
    <message>
        <source>Nog niet vastgelegd.</source>
        <translation>Not confirmed yet.</translation>
    </message>
    <message>
        <source>Totaal %1 punten</source>
        <translation>Total %1 points</translation>
    </message>
    <message>
        <source>%1 geldige en %2 ongeldige briefjes</source>
        <translation>%1 valid and %2 invalid ballots</translation>
    </message>
    <message>
        <source>LET OP: het totaal klopt niet met de stemmen</source>
        <translation>NOTE: the total does not match the votes</translation>
    </message>
    <message>
        <source>Gelijke stand op de grens van de top: %1 strijden om 1 plaats.</source>
        <translation>Tie at the cut of the top: %1 compete for 1 place.</translation>
    </message>
    <message>
        <source>Gelijke stand op de grens van de top: %1 strijden om %2 plaatsen.</source>
        <translation>Tie at the cut of the top: %1 compete for %2 places.</translation>
    </message>
    <message>
        <source>%1: %2 geteld.</source>
        <translation>%1: %2 counted.</translation>
    </message>
    <message>
        <source>Briefje %1 geteld.</source>
        <translation>Ballot %1 counted.</translation>
    </message>
    <message>
        <source>Briefje %1 is ongeldig: %2 Het telt mee als ongeldig.</source>
        <translation>Ballot %1 is invalid: %2 It counts as invalid.</translation>
    </message>
    <message>
        <source>Briefje %1 gecorrigeerd.</source>
        <translation>Ballot %1 corrected.</translation>
    </message>
    <message>
        <source>Briefje %1 verwijderd.</source>
        <translation>Ballot %1 deleted.</translation>
    </message>
    <message>
        <source>De gelijke stand is beslist.</source>
        <translation>The tie has been decided.</translation>
    </message>
    <message>
        <source>De prioriteiten zijn vastgelegd.</source>
        <translation>The priorities have been confirmed.</translation>
    </message>
</context>
</TS>
