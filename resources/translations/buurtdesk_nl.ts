<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>Acties</name>
    <message>
        <source>Deze stap kon niet ongedaan of opnieuw worden gedaan: de actie is intussen veranderd of verwijderd. Er is niets gewijzigd.</source>
        <translation>Deze stap kon niet ongedaan of opnieuw worden gedaan: de actie is intussen veranderd of verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>actie toevoegen</source>
        <translation>actie toevoegen</translation>
    </message>
    <message>
        <source>actie verplaatsen</source>
        <translation>actie verplaatsen</translation>
    </message>
    <message>
        <source>actie bewerken</source>
        <translation>actie bewerken</translation>
    </message>
    <message>
        <source>actie verwijderen</source>
        <translation>actie verwijderen</translation>
    </message>
    <message>
        <source>actie bijwerken</source>
        <translation>actie bijwerken</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Actie bewerken</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>(nog niemand)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>Vul in wat er gedaan wordt.</source>
        <translation>Vul in wat er gedaan wordt.</translation>
    </message>
    <message>
        <source>Een vervallen actie heeft een reden nodig: vul die in bij Resultaat.</source>
        <translation>Een vervallen actie heeft een reden nodig: vul die in bij Resultaat.</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>&amp;Bij prioriteit:</source>
        <translation>&amp;Bij prioriteit:</translation>
    </message>
    <message>
        <source>&amp;Wat wordt er gedaan:</source>
        <translation>&amp;Wat wordt er gedaan:</translation>
    </message>
    <message>
        <source>bijvoorbeeld: snelheidscontroles bij de school, twee keer per week</source>
        <translation>bijvoorbeeld: snelheidscontroles bij de school, twee keer per week</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Ver&amp;antwoordelijke:</source>
        <translation>Ver&amp;antwoordelijke:</translation>
    </message>
    <message>
        <source>wie het oppakt, bijvoorbeeld de wijkagent of een bewoner</source>
        <translation>wie het oppakt, bijvoorbeeld de wijkagent of een bewoner</translation>
    </message>
    <message>
        <source>&amp;Klaar op:</source>
        <translation>&amp;Klaar op:</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>&amp;Uren gepland:</source>
        <translation>&amp;Uren gepland:</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>geen</translation>
    </message>
    <message>
        <source> uur</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Resultaat:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <source>wat het heeft opgeleverd; bij vervallen: de reden</source>
        <translation>wat het heeft opgeleverd; bij vervallen: de reden</translation>
    </message>
    <message>
        <source>&amp;Naam mag op de actielijst (bij een bewoner)</source>
        <translation>&amp;Naam mag op de actielijst (bij een bewoner)</translation>
    </message>
    <message>
        <source>Een bewoner staat alleen met naam op de gedrukte actielijst als dit is aangevinkt. Bij een organisatie staat de verantwoordelijke er altijd op.</source>
        <translation>Een bewoner staat alleen met naam op de gedrukte actielijst als dit is aangevinkt. Bij een organisatie staat de verantwoordelijke er altijd op.</translation>
    </message>
</context>
<context>
    <name>ActionEditing</name>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Deze wijziging kon niet worden opgeslagen; er is niets veranderd. Controleer de invoer en probeer het opnieuw.</source>
        <translation>Deze wijziging kon niet worden opgeslagen; er is niets veranderd. Controleer de invoer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Actie verwijderen</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Actie ‘%1’ verwijderen, met alle updates? Dit kan ongedaan worden gemaakt. Is de actie niet doorgegaan, laat haar dan liever vervallen met een reden.</source>
        <translation>Actie ‘%1’ verwijderen, met alle updates? Dit kan ongedaan worden gemaakt. Is de actie niet doorgegaan, laat haar dan liever vervallen met een reden.</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update vastleggen</source>
        <translation>Update vastleggen</translation>
    </message>
    <message>
        <source>nog niemand</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>waarom vervalt deze actie? (verplicht)</source>
        <translation>waarom vervalt deze actie? (verplicht)</translation>
    </message>
    <message>
        <source>Een actie laten vervallen kan alleen met een reden: vul die in.</source>
        <translation>Een actie laten vervallen kan alleen met een reden: vul die in.</translation>
    </message>
    <message>
        <source>Actie bijwerken</source>
        <translation>Actie bijwerken</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>wat is er gebeurd? Bij vervallen: waarom</source>
        <translation>wat is er gebeurd? Bij vervallen: waarom</translation>
    </message>
    <message>
        <source>&amp;Uren besteed:</source>
        <translation>&amp;Uren besteed:</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>geen</translation>
    </message>
    <message>
        <source> uur</source>
        <translation> uur</translation>
    </message>
</context>
<context>
    <name>ActionsArea</name>
    <message>
        <source>&amp;Herinneringen voorbereiden…</source>
        <translation>&amp;Herinneringen voorbereiden…</translation>
    </message>
    <message>
        <source>Een brief per partner met open acties, en een CSV voor een mailing</source>
        <translation>Een brief per partner met open acties, en een CSV voor een mailing</translation>
    </message>
    <message>
        <source>nog niemand</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>%1. %2 %3 (score %4)</source>
        <translation>%1. %2 %3 (score %4)</translation>
    </message>
    <message>
        <source>nog geen acties afgesproken</source>
        <translation>nog geen acties afgesproken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Terugblik</source>
        <translation>Terugblik</translation>
    </message>
    <message>
        <source>vastgelopen</source>
        <translation>vastgelopen</translation>
    </message>
    <message>
        <source>%1 bijeenkomst(en) open</source>
        <translation>%1 bijeenkomst(en) open</translation>
    </message>
    <message>
        <source>geen aanbod</source>
        <translation>geen aanbod</translation>
    </message>
    <message>
        <source>meer dan aangeboden</source>
        <translation>meer dan aangeboden</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Let op: meer uren gepland of besteed dan aangeboden bij %1.</source>
        <translation>Let op: meer uren gepland of besteed dan aangeboden bij %1.</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Per gekozen prioriteit: wat wordt er gedaan, door wie, wanneer en met hoeveel uur. Acties van bewoners zelf horen bij de partner “Bewoners”.</source>
        <translation>Per gekozen prioriteit: wat wordt er gedaan, door wie, wanneer en met hoeveel uur. Acties van bewoners zelf horen bij de partner “Bewoners”.</translation>
    </message>
    <message>
        <source>Prioriteiten en acties</source>
        <translation>Prioriteiten en acties</translation>
    </message>
    <message>
        <source>Prioriteit / actie</source>
        <translation>Prioriteit / actie</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Klaar op</source>
        <translation>Klaar op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deze bijeenkomst heeft nog geen prioriteiten. Kies eerst de top 3 bij Stemmen; daarna spreekt u hier per prioriteit de acties af.</source>
        <translation>Deze bijeenkomst heeft nog geen prioriteiten. Kies eerst de top 3 bij Stemmen; daarna spreekt u hier per prioriteit de acties af.</translation>
    </message>
    <message>
        <source>Actie &amp;toevoegen…</source>
        <translation>Actie &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Geschiedenis…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Acties van eerdere bijeenkomsten die nog open stonden. Loop ze samen langs en leg per actie vast wat er is gebeurd.</source>
        <translation>Acties van eerdere bijeenkomsten die nog open stonden. Loop ze samen langs en leg per actie vast wat er is gebeurd.</translation>
    </message>
    <message>
        <source>Acties om terug te blikken</source>
        <translation>Acties om terug te blikken</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Er staan geen acties van eerdere bijeenkomsten open.</source>
        <translation>Er staan geen acties van eerdere bijeenkomsten open.</translation>
    </message>
    <message>
        <source>Bij&amp;werken…</source>
        <translation>Bij&amp;werken…</translation>
    </message>
    <message>
        <source>Ge&amp;schiedenis…</source>
        <translation>Ge&amp;schiedenis…</translation>
    </message>
    <message>
        <source>De uren die de partners voor deze periode aanbieden, naast de uren die voor de acties van deze bijeenkomst zijn gepland en besteed.</source>
        <translation>De uren die de partners voor deze periode aanbieden, naast de uren die voor de acties van deze bijeenkomst zijn gepland en besteed.</translation>
    </message>
    <message>
        <source>Uren per partner</source>
        <translation>Uren per partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Aangeboden</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Besteed</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Nog geen uren: er zijn geen uren aangeboden of gepland.</source>
        <translation>Nog geen uren: er zijn geen uren aangeboden of gepland.</translation>
    </message>
    <message>
        <source>Achterstand</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <source>Knelpunten die (nog) niet gekozen zijn. Wat op meer bijeenkomsten en door meer bewoners is genoemd, staat bovenaan.</source>
        <translation>Knelpunten die (nog) niet gekozen zijn. Wat op meer bijeenkomsten en door meer bewoners is genoemd, staat bovenaan.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Bijeenkomsten</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Bewoners</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>Geen knelpunten op de achterstand.</source>
        <translation>Geen knelpunten op de achterstand.</translation>
    </message>
</context>
<context>
    <name>Afdrukken</name>
    <message>
        <source>Afdrukken niet gelukt</source>
        <translation>Afdrukken niet gelukt</translation>
    </message>
    <message>
        <source>Er is geen programma gevonden om de PDF te openen. De PDF staat hier:
%1</source>
        <translation>Er is geen programma gevonden om de PDF te openen. De PDF staat hier:
%1</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>De PDF is geopend in uw PDF-programma. Kies daar ‘Afdrukken’ om hem te printen.</source>
        <translation>De PDF is geopend in uw PDF-programma. Kies daar ‘Afdrukken’ om hem te printen.</translation>
    </message>
    <message>
        <source>De PDF kon niet worden gelezen.</source>
        <translation>De PDF kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Dit bestand is alleen om te lezen geopend (een ander BuurtDesk-venster bewerkt het), of kan niet worden beschreven. Er is niets gewijzigd.</source>
        <translation>Dit bestand is alleen om te lezen geopend (een ander BuurtDesk-venster bewerkt het), of kan niet worden beschreven. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Deze wijziging is niet opgeslagen: het bestand kan niet worden geschreven (is de schijf vol?). Wat eerder was opgeslagen, is bewaard.</source>
        <translation>Deze wijziging is niet opgeslagen: het bestand kan niet worden geschreven (is de schijf vol?). Wat eerder was opgeslagen, is bewaard.</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Er ging iets mis in BuurtDesk. Wat u had opgeslagen, is bewaard. Probeer het nog eens; gebeurt het opnieuw, sluit BuurtDesk dan af en start het opnieuw.</source>
        <translation>Er ging iets mis in BuurtDesk. Wat u had opgeslagen, is bewaard. Probeer het nog eens; gebeurt het opnieuw, sluit BuurtDesk dan af en start het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Back-up</name>
    <message>
        <source>dagelijks</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>handmatig</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <source>bijeenkomst gesloten</source>
        <translation>bijeenkomst gesloten</translation>
    </message>
    <message>
        <source>vóór herstellen</source>
        <translation>vóór herstellen</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>onbekend</translation>
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
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>BuurtDesk maakt zelf een back-up van dit bestand: elke dag bij het eerste openen, als een bijeenkomst wordt afgesloten, vóór het terugzetten van een back-up en vóór een bijwerking van het bestand.</source>
        <translation>BuurtDesk maakt zelf een back-up van dit bestand: elke dag bij het eerste openen, als een bijeenkomst wordt afgesloten, vóór het terugzetten van een back-up en vóór een bijwerking van het bestand.</translation>
    </message>
    <message>
        <source>Map &amp;openen</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Nu een &amp;back-up maken</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Bewaar de laatste</source>
        <translation>&amp;Bewaar de laatste</translation>
    </message>
    <message>
        <source>Instellen</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <source>back-ups</source>
        <translation>back-ups</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <source>Geen back-up gemaakt</source>
        <translation>Geen back-up gemaakt</translation>
    </message>
    <message>
        <source>Back-ups opruimen</source>
        <translation>Back-ups opruimen</translation>
    </message>
    <message>
        <source>De oudste back-up wordt verwijderd. Doorgaan?</source>
        <translation>De oudste back-up wordt verwijderd. Doorgaan?</translation>
    </message>
    <message>
        <source>De oudste %1 back-ups worden verwijderd. Doorgaan?</source>
        <translation>De oudste %1 back-ups worden verwijderd. Doorgaan?</translation>
    </message>
    <message>
        <source>Niet opgeruimd</source>
        <translation>Niet opgeruimd</translation>
    </message>
    <message>
        <source>Deze back-up bevat 1 persoon die sindsdien is verwijderd: terugzetten haalt diens gegevens terug.</source>
        <translation>Deze back-up bevat 1 persoon die sindsdien is verwijderd: terugzetten haalt diens gegevens terug.</translation>
    </message>
    <message>
        <source>Deze back-up bevat %1 mensen die sindsdien zijn verwijderd: terugzetten haalt hun gegevens terug.</source>
        <translation>Deze back-up bevat %1 mensen die sindsdien zijn verwijderd: terugzetten haalt hun gegevens terug.</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>De stand van %1 terugzetten? Alles wat daarna is ingevoerd verdwijnt uit het bestand. De huidige stand wordt eerst zelf als back-up bewaard, dus u kunt altijd terug.</source>
        <translation>De stand van %1 terugzetten? Alles wat daarna is ingevoerd verdwijnt uit het bestand. De huidige stand wordt eerst zelf als back-up bewaard, dus u kunt altijd terug.</translation>
    </message>
    <message>
        <source>De laatste automatische back-up is niet gelukt. Maak hieronder nu een back-up, of maak eerst ruimte vrij op de schijf.</source>
        <translation>De laatste automatische back-up is niet gelukt. Maak hieronder nu een back-up, of maak eerst ruimte vrij op de schijf.</translation>
    </message>
    <message>
        <source>Dat lukte niet: %1</source>
        <translation>Dat lukte niet: %1</translation>
    </message>
</context>
<context>
    <name>BallotEntry</name>
    <message>
        <source>Briefje nr.</source>
        <translation>Briefje nr.</translation>
    </message>
    <message>
        <source>Keuzes, bijv. 12 7 3</source>
        <translation>Keuzes, bijv. 12 7 3</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Corrigeren</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Scans inlezen…</source>
        <translation>Scans inlezen…</translation>
    </message>
    <message>
        <source>Gedrukte stembriefjes inlezen van een scan of foto</source>
        <translation>Gedrukte stembriefjes inlezen van een scan of foto</translation>
    </message>
    <message>
        <source>%1 briefjes: %2 geldig, %3 ongeldig</source>
        <translation>%1 briefjes: %2 geldig, %3 ongeldig</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>Bestanden</name>
    <message>
        <source>BuurtDesk-bestanden (*.buurtdesk);;Alle bestanden (*)</source>
        <translation>BuurtDesk-bestanden (*.buurtdesk);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>Bestandsfout</name>
    <message>
        <source>Dit bestand bestaat niet (meer). Misschien is het verplaatst of hernoemd, of staat het op een USB-stick die niet is aangesloten.</source>
        <translation>Dit bestand bestaat niet (meer). Misschien is het verplaatst of hernoemd, of staat het op een USB-stick die niet is aangesloten.</translation>
    </message>
    <message>
        <source>Dit is een map, geen BuurtDesk-bestand. Kies een bestand dat eindigt op .buurtdesk.</source>
        <translation>Dit is een map, geen BuurtDesk-bestand. Kies een bestand dat eindigt op .buurtdesk.</translation>
    </message>
    <message>
        <source>De schijf is vol, daardoor kan BuurtDesk dit bestand nu niet openen. Er is niets aan veranderd. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>De schijf is vol, daardoor kan BuurtDesk dit bestand nu niet openen. Er is niets aan veranderd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Dit is geen gewoon bestand maar een apparaat, pijp of socket. Kies een BuurtDesk-bestand dat eindigt op .buurtdesk.</source>
        <translation>Dit is geen gewoon bestand maar een apparaat, pijp of socket. Kies een BuurtDesk-bestand dat eindigt op .buurtdesk.</translation>
    </message>
    <message>
        <source>Dit is geen BuurtDesk-bestand. Kies een bestand dat met BuurtDesk is gemaakt; de naam eindigt meestal op .buurtdesk.</source>
        <translation>Dit is geen BuurtDesk-bestand. Kies een bestand dat met BuurtDesk is gemaakt; de naam eindigt meestal op .buurtdesk.</translation>
    </message>
    <message>
        <source>Dit bestand is beschadigd of onvolledig en kan niet worden geopend. Er is niets aan veranderd. Open zo nodig een reservekopie.</source>
        <translation>Dit bestand is beschadigd of onvolledig en kan niet worden geopend. Er is niets aan veranderd. Open zo nodig een reservekopie.</translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van BuurtDesk (schema %1). Werk BuurtDesk bij om het te openen.</source>
        <translation>Dit bestand is gemaakt met een nieuwere versie van BuurtDesk (schema %1). Werk BuurtDesk bij om het te openen.</translation>
    </message>
    <message>
        <source>BuurtDesk mag dit bestand niet lezen. Controleer of u er toegang toe hebt, of kopieer het naar uw eigen map.</source>
        <translation>BuurtDesk mag dit bestand niet lezen. Controleer of u er toegang toe hebt, of kopieer het naar uw eigen map.</translation>
    </message>
    <message>
        <source>BuurtDesk kan niet in dit bestand of in deze map schrijven, bijvoorbeeld omdat het alleen-lezen is. Kopieer het bestand naar uw eigen map en open het daar.</source>
        <translation>BuurtDesk kan niet in dit bestand of in deze map schrijven, bijvoorbeeld omdat het alleen-lezen is. Kopieer het bestand naar uw eigen map en open het daar.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden geopend.</source>
        <translation>Dit bestand kan niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>Bijeenkomst</name>
    <message>
        <source>%1 uur</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>Locatie nog niet ingevuld</source>
        <translation>Locatie nog niet ingevuld</translation>
    </message>
    <message>
        <source>voorzitter: %1</source>
        <translation>voorzitter: %1</translation>
    </message>
    <message>
        <source>voorzitter nog niet ingevuld</source>
        <translation>voorzitter nog niet ingevuld</translation>
    </message>
    <message>
        <source>1 knelpunt</source>
        <translation>1 knelpunt</translation>
    </message>
    <message>
        <source>%1 knelpunten</source>
        <translation>%1 knelpunten</translation>
    </message>
    <message>
        <source>1 melding</source>
        <translation>1 melding</translation>
    </message>
    <message>
        <source>%1 meldingen</source>
        <translation>%1 meldingen</translation>
    </message>
    <message>
        <source>1 punt</source>
        <translation>1 punt</translation>
    </message>
    <message>
        <source>%1 punten</source>
        <translation>%1 punten</translation>
    </message>
    <message>
        <source>1 prioriteit</source>
        <translation>1 prioriteit</translation>
    </message>
    <message>
        <source>%1 prioriteiten</source>
        <translation>%1 prioriteiten</translation>
    </message>
    <message>
        <source>1 actie afgesproken</source>
        <translation>1 actie afgesproken</translation>
    </message>
    <message>
        <source>%1 acties afgesproken</source>
        <translation>%1 acties afgesproken</translation>
    </message>
    <message>
        <source>1 open actie van eerder</source>
        <translation>1 open actie van eerder</translation>
    </message>
    <message>
        <source>%1 open acties van eerder</source>
        <translation>%1 open acties van eerder</translation>
    </message>
    <message>
        <source>gegevens van de bijeenkomst</source>
        <translation>gegevens van de bijeenkomst</translation>
    </message>
</context>
<context>
    <name>Bijhouden</name>
    <message>
        <source>De bijeenkomst van %1 is al gehouden.</source>
        <translation>De bijeenkomst van %1 is al gehouden.</translation>
    </message>
    <message>
        <source>Plan eerst de volgende bijeenkomst.</source>
        <translation>Plan eerst de volgende bijeenkomst.</translation>
    </message>
    <message>
        <source>Herinneringen gaan vóór een bijeenkomst: kies die van %1.</source>
        <translation>Herinneringen gaan vóór een bijeenkomst: kies die van %1.</translation>
    </message>
    <message>
        <source>Herinneringen voorbereiden</source>
        <translation>Herinneringen voorbereiden</translation>
    </message>
    <message>
        <source>Map voor de herinneringen</source>
        <translation>Map voor de herinneringen</translation>
    </message>
    <message>
        <source>Niet gelukt: %1</source>
        <translation>Niet gelukt: %1</translation>
    </message>
    <message>
        <source>%1 brief(en) en herinneringen.csv staan in %2.</source>
        <translation>%1 brief(en) en herinneringen.csv staan in %2.</translation>
    </message>
    <message>
        <source>Overdrachtsdossier</source>
        <translation>Overdrachtsdossier</translation>
    </message>
    <message>
        <source>Voor een nieuwe voorzitter of wie waarneemt: de bijeenkomsten, alle prioriteiten en hoe hun acties afliepen, wat open staat, de achterstand, de partners en wat eerst moet. Zonder persoonsgegevens van bewoners.</source>
        <translation>Voor een nieuwe voorzitter of wie waarneemt: de bijeenkomsten, alle prioriteiten en hoe hun acties afliepen, wat open staat, de achterstand, de partners en wat eerst moet. Zonder persoonsgegevens van bewoners.</translation>
    </message>
    <message>
        <source>Dossier maken…</source>
        <translation>Dossier maken…</translation>
    </message>
    <message>
        <source>PDF openen</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <source>Gemaakt: %1</source>
        <translation>Gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>Bron</name>
    <message>
        <source>formulier</source>
        <translation>formulier</translation>
    </message>
    <message>
        <source>bijeenkomst</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>enquête</source>
        <translation>enquête</translation>
    </message>
</context>
<context>
    <name>CheckedDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <source>Gegevens van het overleg</source>
        <translation>Gegevens van het overleg</translation>
    </message>
    <message>
        <source>Het overleg van %1 als afzender. Deze gegevens worden afgedrukt: op elke terugkoppelingsbrief, op de uitnodiging en in de privacytekst van de meldformulieren. Gebruik het adres van het overleg of het buurthuis, nooit uw eigen huisadres.</source>
        <translation>Het overleg van %1 als afzender. Deze gegevens worden afgedrukt: op elke terugkoppelingsbrief, op de uitnodiging en in de privacytekst van de meldformulieren. Gebruik het adres van het overleg of het buurthuis, nooit uw eigen huisadres.</translation>
    </message>
    <message>
        <source>bijv. Bewonersoverleg %1</source>
        <translation>bijv. Bewonersoverleg %1</translation>
    </message>
    <message>
        <source>p/a Buurthuis De Zaaier
Zaaierstraat 1
1234 AB Plaats</source>
        <translation>p/a Buurthuis De Zaaier
Zaaierstraat 1
1234 AB Plaats</translation>
    </message>
    <message>
        <source>e-mailadres of telefoonnummer van het overleg</source>
        <translation>e-mailadres of telefoonnummer van het overleg</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Postadres:</source>
        <translation>&amp;Postadres:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Naam van het overleg</source>
        <translation>Naam van het overleg</translation>
    </message>
    <message>
        <source>Postadres van het overleg</source>
        <translation>Postadres van het overleg</translation>
    </message>
    <message>
        <source>Contact van het overleg</source>
        <translation>Contact van het overleg</translation>
    </message>
    <message>
        <source>Het postadres is te lang: hoogstens %1 tekens.</source>
        <translation>Het postadres is te lang: hoogstens %1 tekens.</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Knelpunt %1</source>
        <translation>Knelpunt %1</translation>
    </message>
    <message>
        <source>geen thema</source>
        <translation>geen thema</translation>
    </message>
    <message>
        <source>geen straat</source>
        <translation>geen straat</translation>
    </message>
    <message>
        <source>1 melding</source>
        <translation>1 melding</translation>
    </message>
    <message>
        <source>%1 meldingen</source>
        <translation>%1 meldingen</translation>
    </message>
    <message>
        <source>1 bijeenkomst</source>
        <translation>1 bijeenkomst</translation>
    </message>
    <message>
        <source>%1 bijeenkomsten</source>
        <translation>%1 bijeenkomsten</translation>
    </message>
    <message>
        <source>Logboek (wat er met dit knelpunt is gebeurd):</source>
        <translation>Logboek (wat er met dit knelpunt is gebeurd):</translation>
    </message>
    <message>
        <source>Formulier</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Persoonsgegevens zijn verborgen (schakelaar in de lijst).</source>
        <translation>Persoonsgegevens zijn verborgen (schakelaar in de lijst).</translation>
    </message>
    <message>
        <source>Persoonsgegevens zichtbaar: niet op de beamer tonen.</source>
        <translation>Persoonsgegevens zichtbaar: niet op de beamer tonen.</translation>
    </message>
    <message>
        <source>Een knelpunt heeft een titel nodig.</source>
        <translation>Een knelpunt heeft een titel nodig.</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Publieke &amp;titel (wat de zaal en de buurt zien):</source>
        <translation>Publieke &amp;titel (wat de zaal en de buurt zien):</translation>
    </message>
    <message>
        <source>Meldingen, in de woorden van de bewoners:</source>
        <translation>Meldingen, in de woorden van de bewoners:</translation>
    </message>
</context>
<context>
    <name>ConcernListModel</name>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Bijeenkomsten</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Eerst gemeld</source>
        <translation>Eerst gemeld</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Melders</source>
        <translation>Melders</translation>
    </message>
</context>
<context>
    <name>ConcernsArea</name>
    <message>
        <source>1 knelpunt</source>
        <translation>1 knelpunt</translation>
    </message>
    <message>
        <source>%1 knelpunten</source>
        <translation>%1 knelpunten</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Geïmporteerd. %1 groepen lijken op elkaar: Knelpunten › Mogelijke dubbelen (Ctrl+D).</source>
        <translation>Geïmporteerd. %1 groepen lijken op elkaar: Knelpunten › Mogelijke dubbelen (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>ConcernsToolbar</name>
    <message>
        <source>Zoeken in nummer, titel, thema, straat en meldingen…</source>
        <translation>Zoeken in nummer, titel, thema, straat en meldingen…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle behalve samengevoegd</source>
        <translation>Alle behalve samengevoegd</translation>
    </message>
    <message>
        <source>Alleen deze bijeenkomst</source>
        <translation>Alleen deze bijeenkomst</translation>
    </message>
    <message>
        <source>Persoonsgegevens verbergen</source>
        <translation>Persoonsgegevens verbergen</translation>
    </message>
    <message>
        <source>Formulieren invoeren (Ctrl+E)</source>
        <translation>Formulieren invoeren (Ctrl+E)</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Splitsen</source>
        <translation>Splitsen</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Alle thema's</source>
        <translation>Alle thema's</translation>
    </message>
    <message>
        <source>Zonder thema</source>
        <translation>Zonder thema</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contactpersoon</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>bijv. wijkagent, gebiedsmanager</source>
        <translation>bijv. wijkagent, gebiedsmanager</translation>
    </message>
    <message>
        <source>Naam mag op openbare stukken</source>
        <translation>Naam mag op openbare stukken</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Functie:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;E-mail (werk):</source>
        <translation>&amp;E-mail (werk):</translation>
    </message>
    <message>
        <source>&amp;Telefoon (werk):</source>
        <translation>&amp;Telefoon (werk):</translation>
    </message>
    <message>
        <source>Vul een naam of een functie in.</source>
        <translation>Vul een naam of een functie in.</translation>
    </message>
    <message>
        <source>Dat is geen e-mailadres.</source>
        <translation>Dat is geen e-mailadres.</translation>
    </message>
</context>
<context>
    <name>Datum</name>
    <message>
        <source>geen datum</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>zondag</translation>
    </message>
</context>
<context>
    <name>Dia</name>
    <message>
        <source>januari</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>maart</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>april</source>
        <translation>april</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>augustus</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>september</source>
        <translation>september</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>november</source>
        <translation>november</translation>
    </message>
    <message>
        <source>december</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>%1 knelpunten, %2 keer ingebracht door bewoners</source>
        <translation>%1 knelpunten, %2 keer ingebracht door bewoners</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Ingebrachte knelpunten</source>
        <translation>Ingebrachte knelpunten</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Op de beamer</source>
        <translation>Op de beamer</translation>
    </message>
    <message>
        <source>Dia %1 van %2: %3</source>
        <translation>Dia %1 van %2: %3</translation>
    </message>
    <message>
        <source>pagina %1 van %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>beamer op zwart</source>
        <translation>beamer op zwart</translation>
    </message>
    <message>
        <source>Er zijn nog geen knelpunten ingebracht.</source>
        <translation>Er zijn nog geen knelpunten ingebracht.</translation>
    </message>
    <message>
        <source>%1 (vervolg)</source>
        <translation>%1 (vervolg)</translation>
    </message>
    <message>
        <source>1 bewoner</source>
        <translation>1 bewoner</translation>
    </message>
    <message>
        <source>%1 bewoners</source>
        <translation>%1 bewoners</translation>
    </message>
    <message>
        <source>Gelijke stand: %1</source>
        <translation>Gelijke stand: %1</translation>
    </message>
    <message>
        <source>Voorlopig: nog niet vastgelegd</source>
        <translation>Voorlopig: nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Gekozen prioriteiten</source>
        <translation>Gekozen prioriteiten</translation>
    </message>
    <message>
        <source>De prioriteiten zijn nog niet gekozen.</source>
        <translation>De prioriteiten zijn nog niet gekozen.</translation>
    </message>
    <message>
        <source>en nog 1 actie</source>
        <translation>en nog 1 actie</translation>
    </message>
    <message>
        <source>en nog %1 acties</source>
        <translation>en nog %1 acties</translation>
    </message>
    <message>
        <source>stippen</source>
        <translation>stippen</translation>
    </message>
    <message>
        <source>stembriefjes met volgorde</source>
        <translation>stembriefjes met volgorde</translation>
    </message>
    <message>
        <source>handopsteken of aankruisen</source>
        <translation>handopsteken of aankruisen</translation>
    </message>
    <message>
        <source>Top %1 in blauw</source>
        <translation>Top %1 in blauw</translation>
    </message>
    <message>
        <source>geteld: %1</source>
        <translation>geteld: %1</translation>
    </message>
    <message>
        <source>Ranglijst</source>
        <translation>Ranglijst</translation>
    </message>
    <message>
        <source>Er zijn nog geen stemmen geteld.</source>
        <translation>Er zijn nog geen stemmen geteld.</translation>
    </message>
    <message>
        <source>gelijk</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <source>+ %1 meer</source>
        <translation>+ %1 meer</translation>
    </message>
    <message>
        <source>Gelijke stand om plaats %1: de zaal beslist</source>
        <translation>Gelijke stand om plaats %1: de zaal beslist</translation>
    </message>
    <message>
        <source>%1 uur</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Acties van de vorige keer</source>
        <translation>Acties van de vorige keer</translation>
    </message>
    <message>
        <source>Wat is er gedaan?</source>
        <translation>Wat is er gedaan?</translation>
    </message>
    <message>
        <source>Er staan geen acties meer open.</source>
        <translation>Er staan geen acties meer open.</translation>
    </message>
    <message>
        <source>nog geen eigenaar</source>
        <translation>nog geen eigenaar</translation>
    </message>
    <message>
        <source>klaar op %1</source>
        <translation>klaar op %1</translation>
    </message>
    <message>
        <source>%1 bijeenkomst(en) open</source>
        <translation>%1 bijeenkomst(en) open</translation>
    </message>
    <message>
        <source>Vastgelopen</source>
        <translation>Vastgelopen</translation>
    </message>
    <message>
        <source>Bedankt voor uw komst!</source>
        <translation>Bedankt voor uw komst!</translation>
    </message>
    <message>
        <source>Volgende bijeenkomst: %1</source>
        <translation>Volgende bijeenkomst: %1</translation>
    </message>
    <message>
        <source>De actielijst en het verslag krijgt u na afloop.</source>
        <translation>De actielijst en het verslag krijgt u na afloop.</translation>
    </message>
    <message>
        <source>Nieuwe knelpunten? Vul een meldformulier in.</source>
        <translation>Nieuwe knelpunten? Vul een meldformulier in.</translation>
    </message>
</context>
<context>
    <name>Documenten</name>
    <message>
        <source>De bijeenkomst van %1 is al geweest en er is nog geen volgende bijeenkomst gepland. Plan eerst de volgende bijeenkomst en maak daar de uitnodiging voor.</source>
        <translation>De bijeenkomst van %1 is al geweest en er is nog geen volgende bijeenkomst gepland. Plan eerst de volgende bijeenkomst en maak daar de uitnodiging voor.</translation>
    </message>
    <message>
        <source>De bijeenkomst van %1 is al geweest. Een uitnodiging is voor een bijeenkomst die nog komt: kies de volgende bijeenkomst, van %2, en maak de uitnodiging daar.</source>
        <translation>De bijeenkomst van %1 is al geweest. Een uitnodiging is voor een bijeenkomst die nog komt: kies de volgende bijeenkomst, van %2, en maak de uitnodiging daar.</translation>
    </message>
    <message>
        <source>Bijeenkomst al geweest</source>
        <translation>Bijeenkomst al geweest</translation>
    </message>
</context>
<context>
    <name>DocumentsArea</name>
    <message>
        <source>Taal van de documenten:</source>
        <translation>Taal van de documenten:</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Aantal formulieren</source>
        <translation>Aantal formulieren</translation>
    </message>
    <message>
        <source>volgend vrij nummer</source>
        <translation>volgend vrij nummer</translation>
    </message>
    <message>
        <source>Eerste formuliernummer</source>
        <translation>Eerste formuliernummer</translation>
    </message>
    <message>
        <source>Aantal stembriefjes</source>
        <translation>Aantal stembriefjes</translation>
    </message>
    <message>
        <source>CSV voor mailing…</source>
        <translation>CSV voor mailing…</translation>
    </message>
    <message>
        <source>Bewoners die een e-mailadres gaven en terugkoppeling wilden, voor een mailing</source>
        <translation>Bewoners die een e-mailadres gaven en terugkoppeling wilden, voor een mailing</translation>
    </message>
    <message>
        <source>Voor spreadsheets</source>
        <translation>Voor spreadsheets</translation>
    </message>
    <message>
        <source>De acties en knelpunten als CSV-bestand, zonder namen of adressen.</source>
        <translation>De acties en knelpunten als CSV-bestand, zonder namen of adressen.</translation>
    </message>
    <message>
        <source>Acties als CSV…</source>
        <translation>Acties als CSV…</translation>
    </message>
    <message>
        <source>Knelpunten als CSV…</source>
        <translation>Knelpunten als CSV…</translation>
    </message>
    <message>
        <source>Actielijst</source>
        <translation>Actielijst</translation>
    </message>
    <message>
        <source>De prioriteiten met hun acties (wie, wat, wanneer) en de stand van eerdere acties. Om aan het eind van de bijeenkomst mee te geven.</source>
        <translation>De prioriteiten met hun acties (wie, wat, wanneer) en de stand van eerdere acties. Om aan het eind van de bijeenkomst mee te geven.</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Voor de hele buurt: aanwezigen, agenda en notities, alle knelpunten, de ranglijst en de afspraken. Zonder persoonsgegevens.</source>
        <translation>Voor de hele buurt: aanwezigen, agenda en notities, alle knelpunten, de ranglijst en de afspraken. Zonder persoonsgegevens.</translation>
    </message>
    <message>
        <source>Meldformulieren</source>
        <translation>Meldformulieren</translation>
    </message>
    <message>
        <source>Lege formulieren met voorgedrukt nummer en privacyverklaring, om vooraf of bij de deur uit te delen.</source>
        <translation>Lege formulieren met voorgedrukt nummer en privacyverklaring, om vooraf of bij de deur uit te delen.</translation>
    </message>
    <message>
        <source>Stembriefjes</source>
        <translation>Stembriefjes</translation>
    </message>
    <message>
        <source>De knelpunten van deze bijeenkomst met vakjes, volgens de gekozen manier van stemmen.</source>
        <translation>De knelpunten van deze bijeenkomst met vakjes, volgens de gekozen manier van stemmen.</translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>Wat er van elk knelpunt is geworden, met een blad per bewoner die om terugkoppeling vroeg. Bevat namen en adressen: niet ophangen.</source>
        <translation>Wat er van elk knelpunt is geworden, met een blad per bewoner die om terugkoppeling vroeg. Bevat namen en adressen: niet ophangen.</translation>
    </message>
    <message>
        <source>Uitnodiging</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Eén pagina voor de volgende bijeenkomst: datum, plaats, agenda, de top 3 en hoe je een knelpunt meldt.</source>
        <translation>Eén pagina voor de volgende bijeenkomst: datum, plaats, agenda, de top 3 en hoe je een knelpunt meldt.</translation>
    </message>
    <message>
        <source>Aantal:</source>
        <translation>Aantal:</translation>
    </message>
    <message>
        <source>Eerste nummer:</source>
        <translation>Eerste nummer:</translation>
    </message>
    <message>
        <source>Aantal (elk met een eigen nummer):</source>
        <translation>Aantal (elk met een eigen nummer):</translation>
    </message>
    <message>
        <source>PDF maken…</source>
        <translation>PDF maken…</translation>
    </message>
    <message>
        <source>PDF openen</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Opslaan als</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gemaakt. Kies een andere map of naam, en sluit het bestand als het open staat in een ander programma.

Reden: %1</source>
        <translation>Het bestand kon niet worden gemaakt. Kies een andere map of naam, en sluit het bestand als het open staat in een ander programma.

Reden: %1</translation>
    </message>
    <message>
        <source>Nummers al gedrukt</source>
        <translation>Nummers al gedrukt</translation>
    </message>
    <message>
        <source>Formuliernummers %1 zijn al eens gedrukt. Twee formulieren met hetzelfde nummer zijn later niet uit elkaar te houden. Toch maken?</source>
        <translation>Formuliernummers %1 zijn al eens gedrukt. Twee formulieren met hetzelfde nummer zijn later niet uit elkaar te houden. Toch maken?</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Gemaakt: %1</source>
        <translation>Gemaakt: %1</translation>
    </message>
    <message>
        <source>Nog geen PDF</source>
        <translation>Nog geen PDF</translation>
    </message>
    <message>
        <source>Maak eerst de PDF met ‘PDF maken…’.</source>
        <translation>Maak eerst de PDF met ‘PDF maken…’.</translation>
    </message>
    <message>
        <source>er is geen programma om PDF's te openen</source>
        <translation>er is geen programma om PDF's te openen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mailing: %1 bewoners in %2</source>
        <translation>Mailing: %1 bewoners in %2</translation>
    </message>
</context>
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <source>Mogelijke dubbelen</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>S: samenvoegen · N: niet samenvoegen · 1–9: aan- of uitvinken · ↑↓ en D: doel maken · A: apart zetten · Esc: stoppen</source>
        <translation>S: samenvoegen · N: niet samenvoegen · 1–9: aan- of uitvinken · ↑↓ en D: doel maken · A: apart zetten · Esc: stoppen</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen (S)</source>
        <translation>&amp;Samenvoegen (S)</translation>
    </message>
    <message>
        <source>&amp;Niet samenvoegen (N)</source>
        <translation>&amp;Niet samenvoegen (N)</translation>
    </message>
    <message>
        <source>&amp;Doel maken (D)</source>
        <translation>&amp;Doel maken (D)</translation>
    </message>
    <message>
        <source>&amp;Apart zetten (A)</source>
        <translation>&amp;Apart zetten (A)</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Beschrijven deze knelpunten hetzelfde probleem? De aangevinkte komen onder %1 (vet).</source>
        <translation>Beschrijven deze knelpunten hetzelfde probleem? De aangevinkte komen onder %1 (vet).</translation>
    </message>
    <message>
        <source>geen straat</source>
        <translation>geen straat</translation>
    </message>
    <message>
        <source>geen thema</source>
        <translation>geen thema</translation>
    </message>
    <message>
        <source>%1 · doel, blijft</source>
        <translation>%1 · doel, blijft</translation>
    </message>
    <message>
        <source>%1 · lijkt %2%</source>
        <translation>%1 · lijkt %2%</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>%1 samengevoegd, %2 apart gehouden. Ctrl+Z zet een samenvoeging terug.</source>
        <translation>%1 samengevoegd, %2 apart gehouden. Ctrl+Z zet een samenvoeging terug.</translation>
    </message>
    <message>
        <source>1 groep</source>
        <translation>1 groep</translation>
    </message>
    <message>
        <source>%1 groepen</source>
        <translation>%1 groepen</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Groep %1 van %2</source>
        <translation>Groep %1 van %2</translation>
    </message>
    <message>
        <source>1 melding</source>
        <translation>1 melding</translation>
    </message>
    <message>
        <source>%1 meldingen</source>
        <translation>%1 meldingen</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>geen thema</source>
        <translation>geen thema</translation>
    </message>
    <message>
        <source>0 geen</source>
        <translation>0 geen</translation>
    </message>
    <message>
        <source>Privé: nooit op de beamer of in een verslag</source>
        <translation>Privé: nooit op de beamer of in een verslag</translation>
    </message>
    <message>
        <source>Typ eerst de omschrijving: wat is het probleem?</source>
        <translation>Typ eerst de omschrijving: wat is het probleem?</translation>
    </message>
    <message>
        <source>Formulier %1 in deze reeks</source>
        <translation>Formulier %1 in deze reeks</translation>
    </message>
    <message>
        <source>Niet opgeslagen: de datum klopt niet.</source>
        <translation>Niet opgeslagen: de datum klopt niet.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: dat knelpunt bestaat niet meer. Kies opnieuw.</source>
        <translation>Niet opgeslagen: dat knelpunt bestaat niet meer. Kies opnieuw.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: het bestand kan niet worden bijgewerkt (de schijf is vol of het bestand is alleen-lezen). Wat u typte, staat er nog.</source>
        <translation>Niet opgeslagen: het bestand kan niet worden bijgewerkt (de schijf is vol of het bestand is alleen-lezen). Wat u typte, staat er nog.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: zie de melding bij het veld.</source>
        <translation>Niet opgeslagen: zie de melding bij het veld.</translation>
    </message>
    <message>
        <source>taal van de documenten</source>
        <translation>taal van de documenten</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>zonder nummer</source>
        <translation>zonder nummer</translation>
    </message>
    <message>
        <source>Formulier %1 opgeslagen als nieuw knelpunt %2.</source>
        <translation>Formulier %1 opgeslagen als nieuw knelpunt %2.</translation>
    </message>
    <message>
        <source>Formulier %1 opgeslagen als melding bij %2.</source>
        <translation>Formulier %1 opgeslagen als melding bij %2.</translation>
    </message>
    <message>
        <source>Let op:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <source>Meldformulier invoeren</source>
        <translation>Meldformulier invoeren</translation>
    </message>
    <message>
        <source>Formulier 1 in deze reeks</source>
        <translation>Formulier 1 in deze reeks</translation>
    </message>
    <message>
        <source>Formulier&amp;nummer:</source>
        <translation>Formulier&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Straat of plek:</source>
        <translation>&amp;Straat of plek:</translation>
    </message>
    <message>
        <source>bijvoorbeeld Dordtselaan</source>
        <translation>bijvoorbeeld Dordtselaan</translation>
    </message>
    <message>
        <source>&amp;Thema:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Het knelpunt in de woorden van de bewoner</source>
        <translation>Het knelpunt in de woorden van de bewoner</translation>
    </message>
    <message>
        <source>Na&amp;am:</source>
        <translation>Na&amp;am:</translation>
    </message>
    <message>
        <source>Tele&amp;foon:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Postadres:</source>
        <translation>&amp;Postadres:</translation>
    </message>
    <message>
        <source>Postcode en p&amp;laats:</source>
        <translation>Postcode en p&amp;laats:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Wil terugkoppelin&amp;g</source>
        <translation>Wil terugkoppelin&amp;g</translation>
    </message>
    <message>
        <source>Toestemming voor &amp;contact</source>
        <translation>Toestemming voor &amp;contact</translation>
    </message>
    <message>
        <source>Brief &amp;in:</source>
        <translation>Brief &amp;in:</translation>
    </message>
    <message>
        <source>Sluiten (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Opslaan, volgend formulier (Ctrl+Enter)</source>
        <translation>Opslaan, volgend formulier (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Lijkt op</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <source>Typ de omschrijving: hier verschijnen knelpunten die erop lijken. Alt+1 tot en met Alt+5 voegt dit formulier als melding bij dat knelpunt; Alt+0 maakt er weer een nieuw knelpunt van.</source>
        <translation>Typ de omschrijving: hier verschijnen knelpunten die erop lijken. Alt+1 tot en met Alt+5 voegt dit formulier als melding bij dat knelpunt; Alt+0 maakt er weer een nieuw knelpunt van.</translation>
    </message>
    <message>
        <source>Vergelijkbare knelpunten</source>
        <translation>Vergelijkbare knelpunten</translation>
    </message>
</context>
<context>
    <name>ErasureNotes</name>
    <message>
        <source>De gegevens zijn gewist. Oudere back-ups: %1 herschreven, %2 verwijderd.</source>
        <translation>De gegevens zijn gewist. Oudere back-ups: %1 herschreven, %2 verwijderd.</translation>
    </message>
    <message>
        <source>Een ander programma leest het bestand nog; het wissen wordt in het bestand afgemaakt als dat programma het sluit, of anders bij de volgende keer openen.</source>
        <translation>Een ander programma leest het bestand nog; het wissen wordt in het bestand afgemaakt als dat programma het sluit, of anders bij de volgende keer openen.</translation>
    </message>
    <message>
        <source>Tabellen die niet van BuurtDesk zijn (%1) zijn niet doorzocht.</source>
        <translation>Tabellen die niet van BuurtDesk zijn (%1) zijn niet doorzocht.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>1 tijdelijk bestand van een afgebroken export of back-up opgeruimd.</source>
        <translation>1 tijdelijk bestand van een afgebroken export of back-up opgeruimd.</translation>
    </message>
    <message>
        <source>%1 tijdelijke bestanden van een afgebroken export of back-up opgeruimd.</source>
        <translation>%1 tijdelijke bestanden van een afgebroken export of back-up opgeruimd.</translation>
    </message>
    <message>
        <source>Bestand is al geopend</source>
        <translation>Bestand is al geopend</translation>
    </message>
    <message>
        <source>Dit bestand is al geopend in een ander BuurtDesk-venster (computer %1, gebruiker %2, sinds %3). Als twee vensters tegelijk wijzigen, kan werk verloren gaan.</source>
        <translation>Dit bestand is al geopend in een ander BuurtDesk-venster (computer %1, gebruiker %2, sinds %3). Als twee vensters tegelijk wijzigen, kan werk verloren gaan.</translation>
    </message>
    <message>
        <source>Open het alleen om te lezen, of neem het over als dat andere venster niet meer open is (bijvoorbeeld na een storing).</source>
        <translation>Open het alleen om te lezen, of neem het over als dat andere venster niet meer open is (bijvoorbeeld na een storing).</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Alleen lezen</translation>
    </message>
    <message>
        <source>Toch bewerken</source>
        <translation>Toch bewerken</translation>
    </message>
    <message>
        <source>Bestand niet geopend</source>
        <translation>Bestand niet geopend</translation>
    </message>
    <message>
        <source>Bestand: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Dit bestand bevatte verborgen opdrachten die niet van BuurtDesk zijn; BuurtDesk heeft ze verwijderd voordat er iets werd opgeslagen.</source>
        <translation>Dit bestand bevatte verborgen opdrachten die niet van BuurtDesk zijn; BuurtDesk heeft ze verwijderd voordat er iets werd opgeslagen.</translation>
    </message>
    <message>
        <source>Tabellen die niet van BuurtDesk zijn (%1): blijven staan, niet doorzocht bij wissen, niet in een anonieme kopie.</source>
        <translation>Tabellen die niet van BuurtDesk zijn (%1): blijven staan, niet doorzocht bij wissen, niet in een anonieme kopie.</translation>
    </message>
    <message>
        <source>BuurtDesk-bestand openen</source>
        <translation>BuurtDesk-bestand openen</translation>
    </message>
    <message>
        <source>Nieuw BuurtDesk-bestand</source>
        <translation>Nieuw BuurtDesk-bestand</translation>
    </message>
    <message>
        <source>Bestand bestaat al</source>
        <translation>Bestand bestaat al</translation>
    </message>
    <message>
        <source>Er is al een bestand met deze naam. Kies een andere naam, of open het bestaande bestand met Openen…</source>
        <translation>Er is al een bestand met deze naam. Kies een andere naam, of open het bestaande bestand met Openen…</translation>
    </message>
    <message>
        <source>Over BuurtDesk</source>
        <translation>Over BuurtDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BuurtDesk %1&lt;/h3&gt;&lt;p&gt;Voor buurtbijeenkomsten volgens De Buurt Bestuurt: bewoners, politie en gemeente kiezen samen wat de buurt eerst aanpakt, en houden bij wie wat doet.&lt;/p&gt;&lt;p&gt;Alles staat in één bestand op deze computer. Vrije software (GPL-3.0 of later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BuurtDesk %1&lt;/h3&gt;&lt;p&gt;Voor buurtbijeenkomsten volgens De Buurt Bestuurt: bewoners, politie en gemeente kiezen samen wat de buurt eerst aanpakt, en houden bij wie wat doet.&lt;/p&gt;&lt;p&gt;Alles staat in één bestand op deze computer. Vrije software (GPL-3.0 of later).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>BuurtDesk-bestand openen</source>
        <translation>BuurtDesk-bestand openen</translation>
    </message>
    <message>
        <source>Welkom bij BuurtDesk</source>
        <translation>Welkom bij BuurtDesk</translation>
    </message>
    <message>
        <source>BuurtDesk helpt u bij bijeenkomsten volgens De Buurt Bestuurt: knelpunten verzamelen, samen een top 3 kiezen en afspraken bijhouden tot ze klaar zijn. Alles staat in één bestand op deze computer; internet of een account is niet nodig.</source>
        <translation>BuurtDesk helpt u bij bijeenkomsten volgens De Buurt Bestuurt: knelpunten verzamelen, samen een top 3 kiezen en afspraken bijhouden tot ze klaar zijn. Alles staat in één bestand op deze computer; internet of een account is niet nodig.</translation>
    </message>
    <message>
        <source>Nieuwe buurt starten</source>
        <translation>Nieuwe buurt starten</translation>
    </message>
    <message>
        <source>Begin met een leeg bestand voor uw eigen buurt. U vult alleen de naam van de buurt en de gemeente in.</source>
        <translation>Begin met een leeg bestand voor uw eigen buurt. U vult alleen de naam van de buurt en de gemeente in.</translation>
    </message>
    <message>
        <source>Demo openen</source>
        <translation>Demo openen</translation>
    </message>
    <message>
        <source>Bekijk een voorbeeldbuurt met bijeenkomsten, knelpunten en acties. Proberen kan geen kwaad: uw eigen gegevens staan apart.</source>
        <translation>Bekijk een voorbeeldbuurt met bijeenkomsten, knelpunten en acties. Proberen kan geen kwaad: uw eigen gegevens staan apart.</translation>
    </message>
    <message>
        <source>Bestand openen…</source>
        <translation>Bestand openen…</translation>
    </message>
    <message>
        <source>Neem het werk over met een BuurtDesk-bestand dat u al hebt, bijvoorbeeld van een USB-stick of van de vorige secretaris.</source>
        <translation>Neem het werk over met een BuurtDesk-bestand dat u al hebt, bijvoorbeeld van een USB-stick of van de vorige secretaris.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Handleiding</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Een bestand en een buurt.&lt;/b&gt; Bestand › Nieuw bestand (Ctrl+N) maakt het bestand van uw overleg; Bestand › Nieuwe buurt zet de buurt erin. Dit ene bestand is het geheugen van de commissie: geef het door aan wie u opvolgt.</source>
        <translation>&lt;b&gt;Een bestand en een buurt.&lt;/b&gt; Bestand › Nieuw bestand (Ctrl+N) maakt het bestand van uw overleg; Bestand › Nieuwe buurt zet de buurt erin. Dit ene bestand is het geheugen van de commissie: geef het door aan wie u opvolgt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Een bijeenkomst.&lt;/b&gt; Bijeenkomst › Nieuwe bijeenkomst (Ctrl+Shift+N): datum (dd-mm-jjjj), begintijd, locatie en voorzitter.</source>
        <translation>&lt;b&gt;Een bijeenkomst.&lt;/b&gt; Bijeenkomst › Nieuwe bijeenkomst (Ctrl+Shift+N): datum (dd-mm-jjjj), begintijd, locatie en voorzitter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Knelpunten verzamelen&lt;/b&gt; (Ctrl+1). Ctrl+E opent het invoerformulier: Tab of Enter gaat naar het volgende veld, Ctrl+Enter slaat op en opent een leeg formulier. Lijkt een formulier op een bestaand knelpunt, dan maakt Alt+1 … Alt+5 het een melding daarvan. Een lijst uit een spreadsheet haalt u binnen met Knelpunten › Importeren (Ctrl+I). Voeg daarna samen wat hetzelfde probleem is.</source>
        <translation>&lt;b&gt;Knelpunten verzamelen&lt;/b&gt; (Ctrl+1). Ctrl+E opent het invoerformulier: Tab of Enter gaat naar het volgende veld, Ctrl+Enter slaat op en opent een leeg formulier. Lijkt een formulier op een bestaand knelpunt, dan maakt Alt+1 … Alt+5 het een melding daarvan. Een lijst uit een spreadsheet haalt u binnen met Knelpunten › Importeren (Ctrl+I). Voeg daarna samen wat hetzelfde probleem is.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stemmen&lt;/b&gt; (Ctrl+2). Kies stippen, handen of stembriefjes en tel: de ranglijst beweegt mee op de beamer (F5 start de beamer op het tweede scherm). Bij gelijke stemmen beslist de zaal met een herstemming of een afspraak. Leg daarna de top 3 vast.</source>
        <translation>&lt;b&gt;Stemmen&lt;/b&gt; (Ctrl+2). Kies stippen, handen of stembriefjes en tel: de ranglijst beweegt mee op de beamer (F5 start de beamer op het tweede scherm). Bij gelijke stemmen beslist de zaal met een herstemming of een afspraak. Leg daarna de top 3 vast.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Afspraken&lt;/b&gt; (Ctrl+3). Geef elke prioriteit acties: wat er gebeurt, welke partner het doet, wanneer het klaar is en hoeveel uur het kost.</source>
        <translation>&lt;b&gt;Afspraken&lt;/b&gt; (Ctrl+3). Geef elke prioriteit acties: wat er gebeurt, welke partner het doet, wanneer het klaar is en hoeveel uur het kost.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documenten&lt;/b&gt; (Ctrl+4). Druk de actielijst, het verslag en de terugkoppeling voor bewoners af. Ze tonen nooit namen, telefoonnummers of adressen van bewoners.</source>
        <translation>&lt;b&gt;Documenten&lt;/b&gt; (Ctrl+4). Druk de actielijst, het verslag en de terugkoppeling voor bewoners af. Ze tonen nooit namen, telefoonnummers of adressen van bewoners.</translation>
    </message>
    <message>
        <source>&lt;b&gt;De volgende keer.&lt;/b&gt; Elke open actie komt terug onder Terugblik, tot ze klaar is of met een reden vervalt.</source>
        <translation>&lt;b&gt;De volgende keer.&lt;/b&gt; Elke open actie komt terug onder Terugblik, tot ze klaar is of met een reden vervalt.</translation>
    </message>
    <message>
        <source>BuurtDesk volgt de werkwijze van De Buurt Bestuurt: bewoners, politie en gemeente kiezen samen wat de buurt eerst aanpakt, en houden bij wie wat doet.</source>
        <translation>BuurtDesk volgt de werkwijze van De Buurt Bestuurt: bewoners, politie en gemeente kiezen samen wat de buurt eerst aanpakt, en houden bij wie wat doet.</translation>
    </message>
    <message>
        <source>Ctrl+Z maakt elke wijziging ongedaan. Persoonsgegevens blijven op deze computer; Knelpunten › Persoonsgegevens verbergen houdt ze ook hier uit beeld.</source>
        <translation>Ctrl+Z maakt elke wijziging ongedaan. Persoonsgegevens blijven op deze computer; Knelpunten › Persoonsgegevens verbergen houdt ze ook hier uit beeld.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Geschiedenis van de actie</source>
        <translation>Geschiedenis van de actie</translation>
    </message>
    <message>
        <source>nog niemand</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>%1
Afgesproken op %2 · %3 · klaar op %4 · nu: %5</source>
        <translation>%1
Afgesproken op %2 · %3 · klaar op %4 · nu: %5</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Nog geen updates.</source>
        <translation>Nog geen updates.</translation>
    </message>
    <message>
        <source>Logboek (wijzigingen en verwijderingen):</source>
        <translation>Logboek (wijzigingen en verwijderingen):</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Formuliernummer</source>
        <translation>Formuliernummer</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Straat of plek</source>
        <translation>Straat of plek</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Omschrijving (nodig)</source>
        <translation>Omschrijving (nodig)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postadres</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Taal van de brief</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <source>Wil terugkoppeling</source>
        <translation>Wil terugkoppeling</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>ingevoerd</source>
        <translation>ingevoerd</translation>
    </message>
    <message>
        <source>bij bestaand knelpunt</source>
        <translation>bij bestaand knelpunt</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>was er al</source>
        <translation>was er al</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Bestand om te importeren</source>
        <translation>Bestand om te importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden ingelezen: %1</source>
        <translation>Dit bestand kan niet worden ingelezen: %1</translation>
    </message>
    <message>
        <source>%1 regels gelezen.</source>
        <translation>%1 regels gelezen.</translation>
    </message>
    <message>
        <source>Deze kolommen lijken persoonsgegevens, maar worden niet ingelezen: %1. Kies er zo nodig een veld voor.</source>
        <translation>Deze kolommen lijken persoonsgegevens, maar worden niet ingelezen: %1. Kies er zo nodig een veld voor.</translation>
    </message>
    <message>
        <source>(niet gebruiken)</source>
        <translation>(niet gebruiken)</translation>
    </message>
    <message>
        <source>Kies eerst welke kolom de omschrijving bevat.</source>
        <translation>Kies eerst welke kolom de omschrijving bevat.</translation>
    </message>
    <message>
        <source>Niet geïmporteerd: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Formulier</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Lijkt op</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>%1 ingevoerd als nieuw knelpunt, %2 bij een bestaand knelpunt gevoegd, %3 waren er al, %4 geweigerd.</source>
        <translation>%1 ingevoerd als nieuw knelpunt, %2 bij een bestaand knelpunt gevoegd, %3 waren er al, %4 geweigerd.</translation>
    </message>
    <message>
        <source>De lijst toont %1 van de %2 regels.</source>
        <translation>De lijst toont %1 van de %2 regels.</translation>
    </message>
    <message>
        <source>Knelpunten importeren</source>
        <translation>Knelpunten importeren</translation>
    </message>
    <message>
        <source>Formulieren uit een spreadsheet of enquête-export. Elke regel wordt een melding; regels die er al zijn worden overgeslagen, foute regels komen met hun regelnummer in het verslag en de goede gaan er gewoon in.</source>
        <translation>Formulieren uit een spreadsheet of enquête-export. Elke regel wordt een melding; regels die er al zijn worden overgeslagen, foute regels komen met hun regelnummer in het verslag en de goede gaan er gewoon in.</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>CSV of Excel (.xlsx): één formulier per regel</source>
        <translation>CSV of Excel (.xlsx): één formulier per regel</translation>
    </message>
    <message>
        <source>Bestand &amp;kiezen…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Welke kolom is wat? Verbeter het waar nodig.</source>
        <translation>Welke kolom is wat? Verbeter het waar nodig.</translation>
    </message>
    <message>
        <source>&amp;Gelijke meldingen samenvoegen met een bestaand knelpunt</source>
        <translation>&amp;Gelijke meldingen samenvoegen met een bestaand knelpunt</translation>
    </message>
    <message>
        <source>Een regel die duidelijk hetzelfde probleem noemt als een knelpunt van deze buurt (of een eerdere regel van dit bestand), komt als melding onder dat knelpunt.</source>
        <translation>Een regel die duidelijk hetzelfde probleem noemt als een knelpunt van deze buurt (of een eerdere regel van dit bestand), komt als melding onder dat knelpunt.</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Voorbeeld van het bestand</source>
        <translation>Voorbeeld van het bestand</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Verslag van de import</source>
        <translation>Verslag van de import</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Importeren</translation>
    </message>
</context>
<context>
    <name>Invoer</name>
    <message>
        <source>Dag %1 bestaat niet: deze maand heeft %2 dagen.</source>
        <translation>Dag %1 bestaat niet: deze maand heeft %2 dagen.</translation>
    </message>
    <message>
        <source>Die dag bestaat niet in deze maand.</source>
        <translation>Die dag bestaat niet in deze maand.</translation>
    </message>
    <message>
        <source>Die maand bestaat niet: een maand loopt van 1 tot en met 12.</source>
        <translation>Die maand bestaat niet: een maand loopt van 1 tot en met 12.</translation>
    </message>
    <message>
        <source>Het jaartal klopt niet: typ vier cijfers, bijvoorbeeld 08-09-2026.</source>
        <translation>Het jaartal klopt niet: typ vier cijfers, bijvoorbeeld 08-09-2026.</translation>
    </message>
    <message>
        <source>Dit is geen datum. Typ dd-mm-jjjj, bijvoorbeeld 08-09-2026.</source>
        <translation>Dit is geen datum. Typ dd-mm-jjjj, bijvoorbeeld 08-09-2026.</translation>
    </message>
    <message>
        <source>Vul de omschrijving in: zonder omschrijving wordt niets opgeslagen.</source>
        <translation>Vul de omschrijving in: zonder omschrijving wordt niets opgeslagen.</translation>
    </message>
    <message>
        <source>De omschrijving heeft %1 tekens; er passen er %2. Kort haar in of verdeel haar over twee formulieren. Er is niets afgeknipt.</source>
        <translation>De omschrijving heeft %1 tekens; er passen er %2. Kort haar in of verdeel haar over twee formulieren. Er is niets afgeknipt.</translation>
    </message>
    <message>
        <source>Te lang: hier passen hoogstens %1 tekens.</source>
        <translation>Te lang: hier passen hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Dit e-mailadres ziet er vreemd uit. Het wordt wel opgeslagen.</source>
        <translation>Dit e-mailadres ziet er vreemd uit. Het wordt wel opgeslagen.</translation>
    </message>
    <message>
        <source>Dit e-mailadres bevat een regeleinde en is niet opgeslagen; de rest wel.</source>
        <translation>Dit e-mailadres bevat een regeleinde en is niet opgeslagen; de rest wel.</translation>
    </message>
    <message>
        <source>Dit telefoonnummer ziet er vreemd uit. Het wordt wel opgeslagen.</source>
        <translation>Dit telefoonnummer ziet er vreemd uit. Het wordt wel opgeslagen.</translation>
    </message>
    <message>
        <source>Formuliernummer %1 is al gebruikt in deze buurt. Het wordt wel opgeslagen.</source>
        <translation>Formuliernummer %1 is al gebruikt in deze buurt. Het wordt wel opgeslagen.</translation>
    </message>
    <message>
        <source>Hier staat een onzichtbaar stuurteken (zoals NUL); haal het weg.</source>
        <translation>Hier staat een onzichtbaar stuurteken (zoals NUL); haal het weg.</translation>
    </message>
    <message>
        <source>Onbekend thema: het knelpunt krijgt geen thema.</source>
        <translation>Onbekend thema: het knelpunt krijgt geen thema.</translation>
    </message>
    <message>
        <source>“%1” is geen Nederlands of Engels: de brief komt in de taal van de documenten.</source>
        <translation>“%1” is geen Nederlands of Engels: de brief komt in de taal van de documenten.</translation>
    </message>
    <message>
        <source>Let op: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>Deze regel heeft een ander aantal cellen dan de kopregel. Staat er een scheidingsteken in de tekst zonder aanhalingstekens eromheen?</source>
        <translation>Deze regel heeft een ander aantal cellen dan de kopregel. Staat er een scheidingsteken in de tekst zonder aanhalingstekens eromheen?</translation>
    </message>
    <message>
        <source>“%1” is geen ja of nee.</source>
        <translation>“%1” is geen ja of nee.</translation>
    </message>
    <message>
        <source>Formuliernummer %1 is al gebruikt voor een ander formulier.</source>
        <translation>Formuliernummer %1 is al gebruikt voor een ander formulier.</translation>
    </message>
    <message>
        <source>Formulier niet opgeslagen</source>
        <translation>Formulier niet opgeslagen</translation>
    </message>
    <message>
        <source>Dit formulier is nog niet opgeslagen.</source>
        <translation>Dit formulier is nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Wat u typte, gaat verloren als u het weggooit.</source>
        <translation>Wat u typte, gaat verloren als u het weggooit.</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Weggooien</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>Verder &amp;typen</source>
        <translation>Verder &amp;typen</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Vul een datum in: dd-mm-jjjj.</source>
        <translation>Vul een datum in: dd-mm-jjjj.</translation>
    </message>
</context>
<context>
    <name>Knelpunt</name>
    <message>
        <source>een huisnummer na een straatnaam</source>
        <translation>een huisnummer na een straatnaam</translation>
    </message>
    <message>
        <source>een telefoonnummer</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <source>een e-mailadres</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <source>de naam van een melder</source>
        <translation>de naam van een melder</translation>
    </message>
    <message>
        <source>Let op: deze titel lijkt %1 te bevatten. De zaal en de buurt zien de titel; haal persoonsgegevens eruit.</source>
        <translation>Let op: deze titel lijkt %1 te bevatten. De zaal en de buurt zien de titel; haal persoonsgegevens eruit.</translation>
    </message>
</context>
<context>
    <name>Knelpunten</name>
    <message>
        <source>%1 en %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 formulieren opgeslagen. Ctrl+Z maakt het laatste ongedaan.</source>
        <translation>%1 formulieren opgeslagen. Ctrl+Z maakt het laatste ongedaan.</translation>
    </message>
    <message>
        <source>Titel van %1 aangepast.</source>
        <translation>Titel van %1 aangepast.</translation>
    </message>
    <message>
        <source>Kies eerst twee of meer knelpunten om samen te voegen.</source>
        <translation>Kies eerst twee of meer knelpunten om samen te voegen.</translation>
    </message>
    <message>
        <source>%1 samenvoegen in %2? De meldingen komen onder %2; splitsen of Ctrl+Z zet ze precies terug.</source>
        <translation>%1 samenvoegen in %2? De meldingen komen onder %2; splitsen of Ctrl+Z zet ze precies terug.</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>%1 samengevoegd in %2.</source>
        <translation>%1 samengevoegd in %2.</translation>
    </message>
    <message>
        <source>Niets om te splitsen: deze knelpunten zijn niet samengevoegd.</source>
        <translation>Niets om te splitsen: deze knelpunten zijn niet samengevoegd.</translation>
    </message>
    <message>
        <source>%1 splitsen</source>
        <translation>%1 splitsen</translation>
    </message>
    <message>
        <source>%1 weer apart.</source>
        <translation>%1 weer apart.</translation>
    </message>
    <message>
        <source>%1 verwijderen, met %2 meldingen en de persoonsgegevens daarvan? Ctrl+Z zet ze terug zolang BuurtDesk open is.</source>
        <translation>%1 verwijderen, met %2 meldingen en de persoonsgegevens daarvan? Ctrl+Z zet ze terug zolang BuurtDesk open is.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>%1 verwijderen</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>%1 verwijderd.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <source>Geen mogelijke dubbelen gevonden.</source>
        <translation>Geen mogelijke dubbelen gevonden.</translation>
    </message>
    <message>
        <source>formulier bij %1</source>
        <translation>formulier bij %1</translation>
    </message>
    <message>
        <source>titel van %1</source>
        <translation>titel van %1</translation>
    </message>
    <message>
        <source>samenvoegen in %1</source>
        <translation>samenvoegen in %1</translation>
    </message>
    <message>
        <source>import van %1 formulieren</source>
        <translation>import van %1 formulieren</translation>
    </message>
    <message>
        <source>Deze import kan niet meer ongedaan worden gemaakt: de knelpunten ervan zijn sindsdien bewerkt. Er is niets gewijzigd.</source>
        <translation>Deze import kan niet meer ongedaan worden gemaakt: de knelpunten ervan zijn sindsdien bewerkt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 knelpunten samenvoegen</source>
        <translation>%1 knelpunten samenvoegen</translation>
    </message>
    <message>
        <source>&amp;Knelpunten</source>
        <translation>&amp;Knelpunten</translation>
    </message>
    <message>
        <source>&amp;Formulieren invoeren…</source>
        <translation>&amp;Formulieren invoeren…</translation>
    </message>
    <message>
        <source>Knelpunt &amp;openen…</source>
        <translation>Knelpunt &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen…</source>
        <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
        <source>S&amp;plitsen</source>
        <translation>S&amp;plitsen</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Persoonsgegevens ver&amp;bergen</source>
        <translation>Persoonsgegevens ver&amp;bergen</translation>
    </message>
    <message>
        <source>&amp;Mogelijke dubbelen…</source>
        <translation>&amp;Mogelijke dubbelen…</translation>
    </message>
    <message>
        <source>Geen knelpunten gevonden. Pas de zoektekst of de filters aan.</source>
        <translation>Geen knelpunten gevonden. Pas de zoektekst of de filters aan.</translation>
    </message>
    <message>
        <source>Niet samengevoegd: deze knelpunten zijn intussen veranderd. Er is niets gewijzigd.</source>
        <translation>Niet samengevoegd: deze knelpunten zijn intussen veranderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 samengevoegd. Ctrl+Z zet ze terug.</source>
        <translation>%1 samengevoegd. Ctrl+Z zet ze terug.</translation>
    </message>
    <message>
        <source>1 knelpunt</source>
        <translation>1 knelpunt</translation>
    </message>
    <message>
        <source>%1 knelpunten</source>
        <translation>%1 knelpunten</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>BuurtDesk gebruikt de nieuwe taal zodra u het programma opnieuw start. De taal van de documenten kiest u apart, bij Documenten.</source>
        <translation>BuurtDesk gebruikt de nieuwe taal zodra u het programma opnieuw start. De taal van de documenten kiest u apart, bij Documenten.</translation>
    </message>
</context>
<context>
    <name>Logboek</name>
    <message>
        <source>Samengevoegd met %1</source>
        <translation>Samengevoegd met %1</translation>
    </message>
    <message>
        <source>%1 hierin samengevoegd</source>
        <translation>%1 hierin samengevoegd</translation>
    </message>
    <message>
        <source>Samenvoeging met %1 ongedaan gemaakt</source>
        <translation>Samenvoeging met %1 ongedaan gemaakt</translation>
    </message>
    <message>
        <source>%1 weer losgemaakt</source>
        <translation>%1 weer losgemaakt</translation>
    </message>
    <message>
        <source>Titel gewijzigd</source>
        <translation>Titel gewijzigd</translation>
    </message>
    <message>
        <source>Status gewijzigd</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Teruggezet</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>Update verwijderd</source>
        <translation>Update verwijderd</translation>
    </message>
    <message>
        <source>Telling gecorrigeerd</source>
        <translation>Telling gecorrigeerd</translation>
    </message>
    <message>
        <source>Naar een andere prioriteit verplaatst</source>
        <translation>Naar een andere prioriteit verplaatst</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Voor → na</source>
        <translation>Voor → na</translation>
    </message>
    <message>
        <source>Nog geen wijzigingen gelogd.</source>
        <translation>Nog geen wijzigingen gelogd.</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <source>De dagelijkse back-up is niet gelukt (zie Bestand → Back-ups…); u kunt gewoon doorwerken.</source>
        <translation>De dagelijkse back-up is niet gelukt (zie Bestand → Back-ups…); u kunt gewoon doorwerken.</translation>
    </message>
    <message>
        <source>Deze buurt heeft nog geen bijeenkomsten. Plan de eerste: daarna kunt u knelpunten invoeren, stemmen tellen en acties bijhouden.</source>
        <translation>Deze buurt heeft nog geen bijeenkomsten. Plan de eerste: daarna kunt u knelpunten invoeren, stemmen tellen en acties bijhouden.</translation>
    </message>
    <message>
        <source>Dit bestand heeft nog geen buurt. Voeg de buurt toe waarvoor u de bijeenkomsten bijhoudt.</source>
        <translation>Dit bestand heeft nog geen buurt. Voeg de buurt toe waarvoor u de bijeenkomsten bijhoudt.</translation>
    </message>
    <message>
        <source>Kies eerst een bijeenkomst.</source>
        <translation>Kies eerst een bijeenkomst.</translation>
    </message>
    <message>
        <source>Buurt niet toegevoegd</source>
        <translation>Buurt niet toegevoegd</translation>
    </message>
    <message>
        <source>Er is al een buurt met deze naam in dit bestand.</source>
        <translation>Er is al een buurt met deze naam in dit bestand.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Nieuw bestand…</source>
        <translation>&amp;Nieuw bestand…</translation>
    </message>
    <message>
        <source>Nieuwe &amp;buurt…</source>
        <translation>Nieuwe &amp;buurt…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Demo openen</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <source>Back-&amp;ups…</source>
        <translation>Back-&amp;ups…</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Privacy…</translation>
    </message>
    <message>
        <source>&amp;Gegevens van het overleg…</source>
        <translation>&amp;Gegevens van het overleg…</translation>
    </message>
    <message>
        <source>Publiceren voor de &amp;stad…</source>
        <translation>Publiceren voor de &amp;stad…</translation>
    </message>
    <message>
        <source>Stadst&amp;hema's koppelen…</source>
        <translation>Stadst&amp;hema's koppelen…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>B&amp;ijeenkomst</source>
        <translation>B&amp;ijeenkomst</translation>
    </message>
    <message>
        <source>&amp;Nieuwe bijeenkomst…</source>
        <translation>&amp;Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <source>&amp;Gegevens van de bijeenkomst…</source>
        <translation>&amp;Gegevens van de bijeenkomst…</translation>
    </message>
    <message>
        <source>Bijeenkomst &amp;starten</source>
        <translation>Bijeenkomst &amp;starten</translation>
    </message>
    <message>
        <source>Bijeenkomst &amp;afsluiten</source>
        <translation>Bijeenkomst &amp;afsluiten</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;Over BuurtDesk…</source>
        <translation>&amp;Over BuurtDesk…</translation>
    </message>
    <message>
        <source>Geen bestand geopend</source>
        <translation>Geen bestand geopend</translation>
    </message>
    <message>
        <source>Bestand: %1 (alleen lezen)</source>
        <translation>Bestand: %1 (alleen lezen)</translation>
    </message>
    <message>
        <source>Bestand: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>BuurtDesk — %1</source>
        <translation>BuurtDesk — %1</translation>
    </message>
    <message>
        <source>%1 (alleen lezen)</source>
        <translation>%1 (alleen lezen)</translation>
    </message>
    <message>
        <source>Het bestand wordt geopend…</source>
        <translation>Het bestand wordt geopend…</translation>
    </message>
    <message>
        <source>BuurtDesk</source>
        <translation>BuurtDesk</translation>
    </message>
    <message>
        <source>B&amp;uurt:</source>
        <translation>B&amp;uurt:</translation>
    </message>
    <message>
        <source>De buurt waarvan u de bijeenkomsten ziet</source>
        <translation>De buurt waarvan u de bijeenkomsten ziet</translation>
    </message>
    <message>
        <source>Bijeen&amp;komst:</source>
        <translation>Bijeen&amp;komst:</translation>
    </message>
    <message>
        <source>Kies de bijeenkomst waaraan u werkt; de nieuwste staat bovenaan</source>
        <translation>Kies de bijeenkomst waaraan u werkt; de nieuwste staat bovenaan</translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst…</source>
        <translation>Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <source>Er is nog geen bestand geopend. Start een nieuwe buurt, open de demo of open een bestand dat u al hebt.</source>
        <translation>Er is nog geen bestand geopend. Start een nieuwe buurt, open de demo of open een bestand dat u al hebt.</translation>
    </message>
    <message>
        <source>Beginnen…</source>
        <translation>Beginnen…</translation>
    </message>
    <message>
        <source>Deze buurt heeft nog geen bijeenkomsten. Plan de eerste: daarna kunt u knelpunten invoeren, stemmen tellen en acties bijhouden.</source>
        <translation>Deze buurt heeft nog geen bijeenkomsten. Plan de eerste: daarna kunt u knelpunten invoeren, stemmen tellen en acties bijhouden.</translation>
    </message>
    <message>
        <source>Eerste bijeenkomst plannen…</source>
        <translation>Eerste bijeenkomst plannen…</translation>
    </message>
    <message>
        <source>Buurt toevoegen…</source>
        <translation>Buurt toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <source>(nog geen bestanden geopend)</source>
        <translation>(nog geen bestanden geopend)</translation>
    </message>
    <message>
        <source>Lijst &amp;wissen</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsDialog</name>
    <message>
        <source>Gegevens van de bijeenkomst</source>
        <translation>Gegevens van de bijeenkomst</translation>
    </message>
    <message>
        <source>&amp;Algemeen</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>niet geteld</source>
        <translation>niet geteld</translation>
    </message>
    <message>
        <source>&amp;Begintijd:</source>
        <translation>&amp;Begintijd:</translation>
    </message>
    <message>
        <source>&amp;Locatie:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>&amp;Voorzitter:</source>
        <translation>&amp;Voorzitter:</translation>
    </message>
    <message>
        <source>Bewoners &amp;aanwezig:</source>
        <translation>Bewoners &amp;aanwezig:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Wie kwamen</source>
        <translation>Wie kwamen</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>niet vastgelegd</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen…</source>
        <translation>&amp;Contactpersonen…</translation>
    </message>
    <message>
        <source>Werkcontacten en een notitie per partner</source>
        <translation>Werkcontacten en een notitie per partner</translation>
    </message>
    <message>
        <source>Agendapunt</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Aantekening</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Nieuw agendapunt</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <source>&amp;Weghalen</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <source>Om&amp;hoog</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Om&amp;laag</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Elk agendapunt heeft een titel nodig.</source>
        <translation>Elk agendapunt heeft een titel nodig.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Bijeenkomst</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Knelpunten</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Wat bewoners voor deze bijeenkomst hebben gemeld. Hetzelfde probleem in andere woorden telt als één knelpunt met meer meldingen.</source>
        <translation>Wat bewoners voor deze bijeenkomst hebben gemeld. Hetzelfde probleem in andere woorden telt als één knelpunt met meer meldingen.</translation>
    </message>
    <message>
        <source>Nog geen knelpunten voor deze bijeenkomst. Typ de meldformulieren in of importeer een spreadsheet; elk knelpunt krijgt een nummer (K1, K2, …) waarmee bewoners het terugvinden.</source>
        <translation>Nog geen knelpunten voor deze bijeenkomst. Typ de meldformulieren in of importeer een spreadsheet; elk knelpunt krijgt een nummer (K1, K2, …) waarmee bewoners het terugvinden.</translation>
    </message>
    <message>
        <source>De zaal kiest samen een top 3: met stippen op een groot vel, handopsteken of stembriefjes.</source>
        <translation>De zaal kiest samen een top 3: met stippen op een groot vel, handopsteken of stembriefjes.</translation>
    </message>
    <message>
        <source>Er is nog niet gestemd. Het tellen gebeurt tijdens de bijeenkomst: u voert hier de stippen, handen of stembriefjes in, en BuurtDesk laat zien welke drie knelpunten de buurt kiest.</source>
        <translation>Er is nog niet gestemd. Het tellen gebeurt tijdens de bijeenkomst: u voert hier de stippen, handen of stembriefjes in, en BuurtDesk laat zien welke drie knelpunten de buurt kiest.</translation>
    </message>
    <message>
        <source>Beginnen met tellen</source>
        <translation>Beginnen met tellen</translation>
    </message>
    <message>
        <source>Wie doet wat voor elke gekozen prioriteit, en wat is er geworden van de afspraken van eerdere bijeenkomsten?</source>
        <translation>Wie doet wat voor elke gekozen prioriteit, en wat is er geworden van de afspraken van eerdere bijeenkomsten?</translation>
    </message>
    <message>
        <source>Papier om te printen, op te hangen en uit te delen, zodat ook wie er niet bij was weet wat er is afgesproken.</source>
        <translation>Papier om te printen, op te hangen en uit te delen, zodat ook wie er niet bij was weet wat er is afgesproken.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Bijeenkomst toevoegen</source>
        <translation>Bijeenkomst toevoegen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>Wanneer en waar komt de buurt bij elkaar? De agenda en de vaste partners worden vast klaargezet.</source>
        <translation>Wanneer en waar komt de buurt bij elkaar? De agenda en de vaste partners worden vast klaargezet.</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Begintijd:</source>
        <translation>&amp;Begintijd:</translation>
    </message>
    <message>
        <source>&amp;Locatie:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>bijvoorbeeld buurthuis De Ster</source>
        <translation>bijvoorbeeld buurthuis De Ster</translation>
    </message>
    <message>
        <source>&amp;Voorzitter:</source>
        <translation>&amp;Voorzitter:</translation>
    </message>
    <message>
        <source>wie leidt de bijeenkomst</source>
        <translation>wie leidt de bijeenkomst</translation>
    </message>
</context>
<context>
    <name>NewNeighbourhoodDialog</name>
    <message>
        <source>Buurt aanmaken</source>
        <translation>Buurt aanmaken</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Vul de naam van de buurt in.</source>
        <translation>Vul de naam van de buurt in.</translation>
    </message>
    <message>
        <source>Er is al een buurt met de naam ‘%1’. Kies een andere naam.</source>
        <translation>Er is al een buurt met de naam ‘%1’. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Nieuwe buurt</source>
        <translation>Nieuwe buurt</translation>
    </message>
    <message>
        <source>Voor welke buurt houdt u de bijeenkomsten bij? U kunt later meer buurten toevoegen.</source>
        <translation>Voor welke buurt houdt u de bijeenkomsten bij? U kunt later meer buurten toevoegen.</translation>
    </message>
    <message>
        <source>&amp;Naam van de buurt:</source>
        <translation>&amp;Naam van de buurt:</translation>
    </message>
    <message>
        <source>bijvoorbeeld Oud-Charlois</source>
        <translation>bijvoorbeeld Oud-Charlois</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>bijvoorbeeld Rotterdam</source>
        <translation>bijvoorbeeld Rotterdam</translation>
    </message>
</context>
<context>
    <name>Ongedaan</name>
    <message>
        <source>Deze stap kon niet ongedaan of opnieuw worden gedaan: het bestand kan niet worden bijgewerkt (het is alleen-lezen, in gebruik of de schijf is vol). Er is niets gewijzigd.</source>
        <translation>Deze stap kon niet ongedaan of opnieuw worden gedaan: het bestand kan niet worden bijgewerkt (het is alleen-lezen, in gebruik of de schijf is vol). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Deze stap kon niet ongedaan of opnieuw worden gedaan: de gegevens zijn intussen veranderd (bijvoorbeeld samengevoegd of verwijderd). Er is niets gewijzigd.</source>
        <translation>Deze stap kon niet ongedaan of opnieuw worden gedaan: de gegevens zijn intussen veranderd (bijvoorbeeld samengevoegd of verwijderd). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Niet gelukt</translation>
    </message>
</context>
<context>
    <name>Overleg</name>
    <message>
        <source>gegevens van het overleg</source>
        <translation>gegevens van het overleg</translation>
    </message>
    <message>
        <source>Kies eerst een buurt.</source>
        <translation>Kies eerst een buurt.</translation>
    </message>
</context>
<context>
    <name>PaperChecks</name>
    <message>
        <source>Deze bijeenkomst is nog niet gehouden: op elke pagina staat CONCEPT.</source>
        <translation>Deze bijeenkomst is nog niet gehouden: op elke pagina staat CONCEPT.</translation>
    </message>
    <message>
        <source>%1 bewoners gaven alleen een e-mailadres: zij staan in de CSV voor mailing, niet in de PDF.</source>
        <translation>%1 bewoners gaven alleen een e-mailadres: zij staan in de CSV voor mailing, niet in de PDF.</translation>
    </message>
    <message>
        <source>Het overleg heeft nog geen postadres: vul het in via Bestand › Gegevens van het overleg, dan krijgen de brieven een afzender.</source>
        <translation>Het overleg heeft nog geen postadres: vul het in via Bestand › Gegevens van het overleg, dan krijgen de brieven een afzender.</translation>
    </message>
    <message>
        <source>en nog %1</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>Naam van een bewoner</source>
        <translation>Naam van een bewoner</translation>
    </message>
    <message>
        <source>Deze teksten noemen de naam van een bewoner uit het bestand. Pas ze aan voordat u dit document uitdeelt, of maak het toch als de naam hier niet om die bewoner gaat.</source>
        <translation>Deze teksten noemen de naam van een bewoner uit het bestand. Pas ze aan voordat u dit document uitdeelt, of maak het toch als de naam hier niet om die bewoner gaat.</translation>
    </message>
    <message>
        <source>Toch maken</source>
        <translation>Toch maken</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PartnerContactsDialog</name>
    <message>
        <source>Contactpersonen van partners</source>
        <translation>Contactpersonen van partners</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Werkgegevens van professionals. Op openbare stukken staat alleen de functie, en de naam als dat is aangevinkt.</source>
        <translation>Werkgegevens van professionals. Op openbare stukken staat alleen de functie, en de naam als dat is aangevinkt.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Naam openbaar</source>
        <translation>Naam openbaar</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Notitie bij deze partner:</source>
        <translation>&amp;Notitie bij deze partner:</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Contactpersoon verwijderen</source>
        <translation>Contactpersoon verwijderen</translation>
    </message>
    <message>
        <source>%1 definitief verwijderen, ook uit de oudere back-ups? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>%1 definitief verwijderen, ook uit de oudere back-ups? Dit kan niet ongedaan worden gemaakt.</translation>
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
        <translation>Dit venster toont persoonsgegevens: niet op de beamer laten zien.</translation>
    </message>
    <message>
        <source>&amp;Inzage en verwijderen</source>
        <translation>&amp;Inzage en verwijderen</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn</source>
        <translation>&amp;Bewaartermijn</translation>
    </message>
    <message>
        <source>&amp;Geanonimiseerde kopie opslaan…</source>
        <translation>&amp;Geanonimiseerde kopie opslaan…</translation>
    </message>
    <message>
        <source>Een kopie van het hele bestand zonder persoonsgegevens, voor een nieuwe voorzitter of de gemeente.</source>
        <translation>Een kopie van het hele bestand zonder persoonsgegevens, voor een nieuwe voorzitter of de gemeente.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Zoek op naam, telefoon, e-mail of adres:</source>
        <translation>&amp;Zoek op naam, telefoon, e-mail of adres:</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Meldingen van deze persoon:</source>
        <translation>Meldingen van deze persoon:</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Eigen woorden</source>
        <translation>Eigen woorden</translation>
    </message>
    <message>
        <source>Inzage &amp;opslaan (JSON of CSV)…</source>
        <translation>Inzage &amp;opslaan (JSON of CSV)…</translation>
    </message>
    <message>
        <source>Persoon &amp;verwijderen…</source>
        <translation>Persoon &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Verwijderen wist de gegevens van de persoon, ook uit vrije tekst en uit de oudere back-ups (die worden herschreven); de meldingen en knelpunten blijven, zonder naam. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Verwijderen wist de gegevens van de persoon, ook uit vrije tekst en uit de oudere back-ups (die worden herschreven); de meldingen en knelpunten blijven, zonder naam. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Inzage opslaan</source>
        <translation>Inzage opslaan</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Inzage niet opgeslagen</source>
        <translation>Inzage niet opgeslagen</translation>
    </message>
    <message>
        <source>Persoon verwijderen</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>Alle gegevens van %1 verwijderen? De meldingen (%2) en de knelpunten blijven bestaan, zonder naam. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Alle gegevens van %1 verwijderen? De meldingen (%2) en de knelpunten blijven bestaan, zonder naam. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>deze persoon</source>
        <translation>deze persoon</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn:</source>
        <translation>&amp;Bewaartermijn:</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Ingevoerd op</source>
        <translation>Ingevoerd op</translation>
    </message>
    <message>
        <source>&amp;Anonimiseren</source>
        <translation>&amp;Anonimiseren</translation>
    </message>
    <message>
        <source> maand</source>
        <translation> maand</translation>
    </message>
    <message>
        <source>Knelpunten zonder open actie en zonder activiteit in de laatste %1 maanden zijn afgehandeld. Anonimiseren wist naam, telefoon, e-mail en adres van deze %2 mensen; hun meldingen en de knelpunten blijven. Back-ups ouder dan %1 maanden worden ook verwijderd, zodat gewiste gegevens daar niet in blijven staan.</source>
        <translation>Knelpunten zonder open actie en zonder activiteit in de laatste %1 maanden zijn afgehandeld. Anonimiseren wist naam, telefoon, e-mail en adres van deze %2 mensen; hun meldingen en de knelpunten blijven. Back-ups ouder dan %1 maanden worden ook verwijderd, zodat gewiste gegevens daar niet in blijven staan.</translation>
    </message>
    <message>
        <source>Anonimiseren</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <source>De gegevens van 1 persoon wissen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>De gegevens van 1 persoon wissen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>De gegevens van %1 mensen wissen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>De gegevens van %1 mensen wissen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Oude back-ups niet verwijderd</source>
        <translation>Oude back-ups niet verwijderd</translation>
    </message>
    <message>
        <source>Geanonimiseerde kopie opslaan</source>
        <translation>Geanonimiseerde kopie opslaan</translation>
    </message>
    <message>
        <source>Kopie niet opgeslagen</source>
        <translation>Kopie niet opgeslagen</translation>
    </message>
    <message>
        <source>Er staat al een bestand met die naam. Kies een nieuwe naam.</source>
        <translation>Er staat al een bestand met die naam. Kies een nieuwe naam.</translation>
    </message>
    <message>
        <source>Kopie opgeslagen</source>
        <translation>Kopie opgeslagen</translation>
    </message>
    <message>
        <source>De kopie zonder persoonsgegevens staat in %1.</source>
        <translation>De kopie zonder persoonsgegevens staat in %1.</translation>
    </message>
    <message>
        <source>Controleer de kopie: in %1 tekst(en) is een mogelijke naam weggehaald of staat nog iets persoonlijks.</source>
        <translation>Controleer de kopie: in %1 tekst(en) is een mogelijke naam weggehaald of staat nog iets persoonlijks.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gewijzigd; er is niets veranderd. %1</source>
        <translation>Het bestand kon niet worden gewijzigd; er is niets veranderd. %1</translation>
    </message>
    <message>
        <source>Gegevens gewist</source>
        <translation>Gegevens gewist</translation>
    </message>
    <message>
        <source>Dat lukte niet: %1</source>
        <translation>Dat lukte niet: %1</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <source>&amp;Beamer…</source>
        <translation>&amp;Beamer…</translation>
    </message>
    <message>
        <source>Beamer &amp;starten</source>
        <translation>Beamer &amp;starten</translation>
    </message>
    <message>
        <source>Volgende dia</source>
        <translation>Volgende dia</translation>
    </message>
    <message>
        <source>Vorige dia</source>
        <translation>Vorige dia</translation>
    </message>
    <message>
        <source>Beamer op zwart</source>
        <translation>Beamer op zwart</translation>
    </message>
    <message>
        <source>Beamer sluiten</source>
        <translation>Beamer sluiten</translation>
    </message>
    <message>
        <source>Scherm %1: %2 (%3×%4)</source>
        <translation>Scherm %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>%1 — dit scherm</source>
        <translation>%1 — dit scherm</translation>
    </message>
    <message>
        <source>Beamer</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Op welk scherm komen de dia's?</source>
        <translation>Op welk scherm komen de dia's?</translation>
    </message>
    <message>
        <source>Kies eerst een bijeenkomst.</source>
        <translation>Kies eerst een bijeenkomst.</translation>
    </message>
    <message>
        <source>op de beamer</source>
        <translation>op de beamer</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>BuurtDesk — beamer</source>
        <translation>BuurtDesk — beamer</translation>
    </message>
</context>
<context>
    <name>PublicReview</name>
    <message>
        <source>telefoonnummer</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>e-mailadres</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>rekeningnummer</source>
        <translation>rekeningnummer</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>geboortedatum</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>kenteken</source>
        <translation>kenteken</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>huisnummer</source>
        <translation>huisnummer</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>lijkt een naam</source>
        <translation>lijkt een naam</translation>
    </message>
    <message>
        <source>wijst naar een buur of persoon</source>
        <translation>wijst naar een buur of persoon</translation>
    </message>
    <message>
        <source>naam van een melder van dit knelpunt</source>
        <translation>naam van een melder van dit knelpunt</translation>
    </message>
    <message>
        <source>in het verslag</source>
        <translation>in het verslag</translation>
    </message>
    <message>
        <source>in de actielijst</source>
        <translation>in de actielijst</translation>
    </message>
    <message>
        <source>op de stembiljetten</source>
        <translation>op de stembiljetten</translation>
    </message>
    <message>
        <source>in de uitnodiging</source>
        <translation>in de uitnodiging</translation>
    </message>
    <message>
        <source>in de knelpuntenlijst</source>
        <translation>in de knelpuntenlijst</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>actie</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>voortgang</source>
        <translation>voortgang</translation>
    </message>
    <message>
        <source>resultaat</source>
        <translation>resultaat</translation>
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
        <translation>Nog persoonlijk?</translation>
    </message>
    <message>
        <source>Deze teksten komen zo %1 en lijken nog iets persoonlijks te bevatten. Pas een titel aan, of ga toch door als het zo mag.</source>
        <translation>Deze teksten komen zo %1 en lijken nog iets persoonlijks te bevatten. Pas een titel aan, of ga toch door als het zo mag.</translation>
    </message>
    <message>
        <source>naar buiten</source>
        <translation>naar buiten</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Tekst zoals gedrukt</source>
        <translation>Tekst zoals gedrukt</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Titel aanpassen…</source>
        <translation>Titel aanpassen…</translation>
    </message>
    <message>
        <source>Toch doorgaan</source>
        <translation>Toch doorgaan</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Niets persoonlijks meer gevonden.</source>
        <translation>Niets persoonlijks meer gevonden.</translation>
    </message>
    <message>
        <source>Doorgaan</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Titel aanpassen</source>
        <translation>Titel aanpassen</translation>
    </message>
    <message>
        <source>Nieuwe openbare titel van %1:</source>
        <translation>Nieuwe openbare titel van %1:</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Bijeenkomst starten</source>
        <translation>Bijeenkomst starten</translation>
    </message>
    <message>
        <source>Bijeenkomst afsluiten</source>
        <translation>Bijeenkomst afsluiten</translation>
    </message>
    <message>
        <source>Status niet gewijzigd</source>
        <translation>Status niet gewijzigd</translation>
    </message>
    <message>
        <source>De status kon niet in het bestand worden opgeslagen; er is niets veranderd. Is het bestand alleen-lezen of de schijf vol?</source>
        <translation>De status kon niet in het bestand worden opgeslagen; er is niets veranderd. Is het bestand alleen-lezen of de schijf vol?</translation>
    </message>
    <message>
        <source>De bijeenkomst is afgesloten, maar de back-up lukte niet: %1</source>
        <translation>De bijeenkomst is afgesloten, maar de back-up lukte niet: %1</translation>
    </message>
    <message>
        <source>Bijeenkomst afgesloten; er is een back-up gemaakt.</source>
        <translation>Bijeenkomst afgesloten; er is een back-up gemaakt.</translation>
    </message>
    <message>
        <source>Niet teruggezet</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>Deze back-up kon niet worden teruggezet; er is niets veranderd.

%1</source>
        <translation>Deze back-up kon niet worden teruggezet; er is niets veranderd.

%1</translation>
    </message>
    <message>
        <source>Teruggezet</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>De back-up is teruggezet en het bestand is weer geopend.

De stand van vlak daarvoor is ook bewaard, als back-up ‘%1’: zo kunt u altijd terug.</source>
        <translation>De back-up is teruggezet en het bestand is weer geopend.

De stand van vlak daarvoor is ook bewaard, als back-up ‘%1’: zo kunt u altijd terug.</translation>
    </message>
</context>
<context>
    <name>SettingsRow</name>
    <message>
        <source>= stippen</source>
        <translation>= stippen</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Stippen per bewoner</source>
        <translation>Stippen per bewoner</translation>
    </message>
    <message>
        <source>Hoogstens per knelpunt</source>
        <translation>Hoogstens per knelpunt</translation>
    </message>
    <message>
        <source>Keuzes per briefje</source>
        <translation>Keuzes per briefje</translation>
    </message>
    <message>
        <source>Prioriteiten</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Bewoners aanwezig</source>
        <translation>Bewoners aanwezig</translation>
    </message>
    <message>
        <source>Vast zolang er stemmen geteld zijn</source>
        <translation>Vast zolang er stemmen geteld zijn</translation>
    </message>
</context>
<context>
    <name>Stad</name>
    <message>
        <source>Knelpunt K%1</source>
        <translation>Knelpunt K%1</translation>
    </message>
    <message>
        <source>Actie %1</source>
        <translation>Actie %1</translation>
    </message>
    <message>
        <source>%1: tekst achtergehouden, hij lijkt nog persoonsgegevens te bevatten</source>
        <translation>%1: tekst achtergehouden, hij lijkt nog persoonsgegevens te bevatten</translation>
    </message>
    <message>
        <source>%1: persoonsgegevens uit de tekst gehaald</source>
        <translation>%1: persoonsgegevens uit de tekst gehaald</translation>
    </message>
    <message>
        <source>Publiceren voor de stad</source>
        <translation>Publiceren voor de stad</translation>
    </message>
    <message>
        <source>BuurtDesk-pakket (*.buurtpakket);;Alle bestanden (*)</source>
        <translation>BuurtDesk-pakket (*.buurtpakket);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Niet gepubliceerd</source>
        <translation>Niet gepubliceerd</translation>
    </message>
    <message>
        <source>Het pakket is niet gemaakt; er is niets veranderd. %1</source>
        <translation>Het pakket is niet gemaakt; er is niets veranderd. %1</translation>
    </message>
    <message>
        <source>Gepubliceerd voor de stad</source>
        <translation>Gepubliceerd voor de stad</translation>
    </message>
    <message>
        <source>Het pakket van %1 (publicatie %2) staat in %3. Het bevat geen persoonsgegevens.</source>
        <translation>Het pakket van %1 (publicatie %2) staat in %3. Het bevat geen persoonsgegevens.</translation>
    </message>
    <message>
        <source>%1 teksten zijn aangepast of achtergehouden; zie de details.</source>
        <translation>%1 teksten zijn aangepast of achtergehouden; zie de details.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>gepland</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>bezig</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>loopt</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>gekozen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>opgelost</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <source>samengevoegd</source>
        <translation>samengevoegd</translation>
    </message>
</context>
<context>
    <name>Stemmen</name>
    <message>
        <source>%1 geteld: %2</source>
        <translation>%1 geteld: %2</translation>
    </message>
    <message>
        <source>Briefje %1</source>
        <translation>Briefje %1</translation>
    </message>
    <message>
        <source>Briefje %1 gecorrigeerd</source>
        <translation>Briefje %1 gecorrigeerd</translation>
    </message>
    <message>
        <source>Briefje %1 verwijderd</source>
        <translation>Briefje %1 verwijderd</translation>
    </message>
    <message>
        <source>Stemmethode ingesteld</source>
        <translation>Stemmethode ingesteld</translation>
    </message>
    <message>
        <source>Gelijke stand beslist</source>
        <translation>Gelijke stand beslist</translation>
    </message>
    <message>
        <source>Prioriteiten vastgelegd</source>
        <translation>Prioriteiten vastgelegd</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Briefje</source>
        <translation>Briefje</translation>
    </message>
    <message>
        <source>Keuzes</source>
        <translation>Keuzes</translation>
    </message>
    <message>
        <source>Geldig</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>geldig</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>ongeldig</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
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
        <translation>gekozen</translation>
    </message>
    <message>
        <source>gelijk op de grens</source>
        <translation>gelijk op de grens</translation>
    </message>
    <message>
        <source>Stippen plakken</source>
        <translation>Stippen plakken</translation>
    </message>
    <message>
        <source>Stembriefjes met volgorde</source>
        <translation>Stembriefjes met volgorde</translation>
    </message>
    <message>
        <source>Handopsteken of aankruisen</source>
        <translation>Handopsteken of aankruisen</translation>
    </message>
    <message>
        <source>Knelpunt %1 staat niet op de lijst van deze bijeenkomst.</source>
        <translation>Knelpunt %1 staat niet op de lijst van deze bijeenkomst.</translation>
    </message>
    <message>
        <source>Dit knelpunt staat niet op de lijst van deze bijeenkomst.</source>
        <translation>Dit knelpunt staat niet op de lijst van deze bijeenkomst.</translation>
    </message>
    <message>
        <source>Knelpunt %1 staat er twee keer op.</source>
        <translation>Knelpunt %1 staat er twee keer op.</translation>
    </message>
    <message>
        <source>Hetzelfde knelpunt staat er twee keer op.</source>
        <translation>Hetzelfde knelpunt staat er twee keer op.</translation>
    </message>
    <message>
        <source>Meer keuzes dan toegestaan.</source>
        <translation>Meer keuzes dan toegestaan.</translation>
    </message>
    <message>
        <source>Er staat geen knelpunt op.</source>
        <translation>Er staat geen knelpunt op.</translation>
    </message>
    <message>
        <source>Meer stippen op één knelpunt dan toegestaan.</source>
        <translation>Meer stippen op één knelpunt dan toegestaan.</translation>
    </message>
    <message>
        <source>Een aantal kan niet negatief zijn.</source>
        <translation>Een aantal kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Zo'n groot aantal kan niet kloppen.</source>
        <translation>Zo'n groot aantal kan niet kloppen.</translation>
    </message>
    <message>
        <source>Meer stemmen dan de aanwezige bewoners samen kunnen geven.</source>
        <translation>Meer stemmen dan de aanwezige bewoners samen kunnen geven.</translation>
    </message>
    <message>
        <source>Er zijn al stemmen geteld met een andere methode. Verwijder die eerst.</source>
        <translation>Er zijn al stemmen geteld met een andere methode. Verwijder die eerst.</translation>
    </message>
    <message>
        <source>Dit past niet bij de gekozen stemmethode.</source>
        <translation>Dit past niet bij de gekozen stemmethode.</translation>
    </message>
    <message>
        <source>Tel aankruisen óf met briefjes óf met handen, niet allebei.</source>
        <translation>Tel aankruisen óf met briefjes óf met handen, niet allebei.</translation>
    </message>
    <message>
        <source>Briefje %1 is al geteld.</source>
        <translation>Briefje %1 is al geteld.</translation>
    </message>
    <message>
        <source>Dit briefje is al geteld.</source>
        <translation>Dit briefje is al geteld.</translation>
    </message>
    <message>
        <source>Dit briefje bestaat niet.</source>
        <translation>Dit briefje bestaat niet.</translation>
    </message>
    <message>
        <source>Geef het briefje een nummer (hoogstens 30 tekens).</source>
        <translation>Geef het briefje een nummer (hoogstens 30 tekens).</translation>
    </message>
    <message>
        <source>Deze instelling kan niet.</source>
        <translation>Deze instelling kan niet.</translation>
    </message>
    <message>
        <source>Er is geen gelijke stand op de grens.</source>
        <translation>Er is geen gelijke stand op de grens.</translation>
    </message>
    <message>
        <source>Kies precies zoveel knelpunten als er plaatsen over zijn.</source>
        <translation>Kies precies zoveel knelpunten als er plaatsen over zijn.</translation>
    </message>
    <message>
        <source>Een afgesproken keuze heeft een reden nodig.</source>
        <translation>Een afgesproken keuze heeft een reden nodig.</translation>
    </message>
    <message>
        <source>Beslis eerst over de gelijke stand op de grens van de top.</source>
        <translation>Beslis eerst over de gelijke stand op de grens van de top.</translation>
    </message>
    <message>
        <source>Er zijn nog geen stemmen geteld.</source>
        <translation>Er zijn nog geen stemmen geteld.</translation>
    </message>
    <message>
        <source>Een prioriteit heeft al acties; die blijft staan.</source>
        <translation>Een prioriteit heeft al acties; die blijft staan.</translation>
    </message>
    <message>
        <source>Dit briefjesnummer is nooit afgedrukt.</source>
        <translation>Dit briefjesnummer is nooit afgedrukt.</translation>
    </message>
    <message>
        <source>Een keuze staat niet op de afgedrukte briefjes van deze reeks.</source>
        <translation>Een keuze staat niet op de afgedrukte briefjes van deze reeks.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst is gesloten.</source>
        <translation>Deze bijeenkomst is gesloten.</translation>
    </message>
    <message>
        <source>Ongeldig briefje.</source>
        <translation>Ongeldig briefje.</translation>
    </message>
    <message>
        <source>Dit kan niet.</source>
        <translation>Dit kan niet.</translation>
    </message>
    <message>
        <source>onleesbaar bestand</source>
        <translation>onleesbaar bestand</translation>
    </message>
    <message>
        <source>hoekmerken niet gevonden</source>
        <translation>hoekmerken niet gevonden</translation>
    </message>
    <message>
        <source>geen leesbare code</source>
        <translation>geen leesbare code</translation>
    </message>
    <message>
        <source>andere bijeenkomst</source>
        <translation>andere bijeenkomst</translation>
    </message>
    <message>
        <source>onbekende reeks</source>
        <translation>onbekende reeks</translation>
    </message>
    <message>
        <source>nummer nooit gedrukt</source>
        <translation>nummer nooit gedrukt</translation>
    </message>
    <message>
        <source>andere opmaak</source>
        <translation>andere opmaak</translation>
    </message>
    <message>
        <source>Gescand: %1 pagina's gelezen, %2 geteld, %3 wachten, %4 met de hand bevestigd, %5 dubbel, %6 geweigerd</source>
        <translation>Gescand: %1 pagina's gelezen, %2 geteld, %3 wachten, %4 met de hand bevestigd, %5 dubbel, %6 geweigerd</translation>
    </message>
    <message>
        <source>Bijeenkomst starten</source>
        <translation>Bijeenkomst starten</translation>
    </message>
    <message>
        <source>Deze bijeenkomst staat nog op ‘gepland’, maar er wordt nu geteld. De bijeenkomst starten?</source>
        <translation>Deze bijeenkomst staat nog op ‘gepland’, maar er wordt nu geteld. De bijeenkomst starten?</translation>
    </message>
    <message>
        <source>Scans van stembriefjes inlezen</source>
        <translation>Scans van stembriefjes inlezen</translation>
    </message>
    <message>
        <source>Scans en foto's (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic)</source>
        <translation>Scans en foto's (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic)</translation>
    </message>
    <message>
        <source>Stembriefjes lezen…</source>
        <translation>Stembriefjes lezen…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Scans inlezen</source>
        <translation>Scans inlezen</translation>
    </message>
    <message>
        <source>%1 van %2 pagina's gelezen (%3)</source>
        <translation>%1 van %2 pagina's gelezen (%3)</translation>
    </message>
    <message>
        <source>Afgebroken na %1 pagina's.</source>
        <translation>Afgebroken na %1 pagina's.</translation>
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
        <translation>Nog niets dat erop lijkt.</translation>
    </message>
    <message>
        <source>Dit formulier wordt een nieuw knelpunt.</source>
        <translation>Dit formulier wordt een nieuw knelpunt.</translation>
    </message>
    <message>
        <source>Dit formulier wordt een melding bij %1: %2  (Alt+0: toch nieuw)</source>
        <translation>Dit formulier wordt een melding bij %1: %2  (Alt+0: toch nieuw)</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Lijken op een bestaand knelpunt</source>
        <translation>Lijken op een bestaand knelpunt</translation>
    </message>
    <message>
        <source>1 nieuw knelpunt lijkt op een knelpunt dat er al was.</source>
        <translation>1 nieuw knelpunt lijkt op een knelpunt dat er al was.</translation>
    </message>
    <message>
        <source>%1 nieuwe knelpunten lijken op een knelpunt dat er al was.</source>
        <translation>%1 nieuwe knelpunten lijken op een knelpunt dat er al was.</translation>
    </message>
    <message>
        <source>Niet zo sterk dat ze er vanzelf bij zijn gevoegd: vink uit wat een ander probleem is en voeg de rest samen. Wat u niet samenvoegt, komt terug bij Knelpunten › Mogelijke dubbelen.</source>
        <translation>Niet zo sterk dat ze er vanzelf bij zijn gevoegd: vink uit wat een ander probleem is en voeg de rest samen. Wat u niet samenvoegt, komt terug bij Knelpunten › Mogelijke dubbelen.</translation>
    </message>
    <message>
        <source>Nieuw knelpunt</source>
        <translation>Nieuw knelpunt</translation>
    </message>
    <message>
        <source>Lijkt op</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Nieuwe knelpunten die op een bestaand lijken</source>
        <translation>Nieuwe knelpunten die op een bestaand lijken</translation>
    </message>
    <message>
        <source>A: alle aangevinkte samenvoegen · spatie: aan- of uitvinken · Esc: later</source>
        <translation>A: alle aangevinkte samenvoegen · spatie: aan- of uitvinken · Esc: later</translation>
    </message>
    <message>
        <source>&amp;Alles samenvoegen (A)</source>
        <translation>&amp;Alles samenvoegen (A)</translation>
    </message>
    <message>
        <source>Later bekijken</source>
        <translation>Later bekijken</translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Typ het nummer, dan het aantal, dan Enter.</source>
        <translation>Typ het nummer, dan het aantal, dan Enter.</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>Geen knelpunt met dit nummer</source>
        <translation>Geen knelpunt met dit nummer</translation>
    </message>
</context>
<context>
    <name>ThemeMappingDialog</name>
    <message>
        <source>Stadsthema's koppelen</source>
        <translation>Stadsthema's koppelen</translation>
    </message>
    <message>
        <source>Elk thema van deze buurt telt voor de stad onder één stadsthema (lijst %1). Zonder keuze geldt het stadsthema met dezelfde naam.</source>
        <translation>Elk thema van deze buurt telt voor de stad onder één stadsthema (lijst %1). Zonder keuze geldt het stadsthema met dezelfde naam.</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Stadsthema</source>
        <translation>Stadsthema</translation>
    </message>
    <message>
        <source>Stadsthema van %1</source>
        <translation>Stadsthema van %1</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>De koppeling is niet opgeslagen. %1</source>
        <translation>De koppeling is niet opgeslagen. %1</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <source>Herstemming</source>
        <translation>Herstemming</translation>
    </message>
    <message>
        <source>Afgesproken keuze</source>
        <translation>Afgesproken keuze</translation>
    </message>
    <message>
        <source>Er is opnieuw gestemd tussen de gelijk geëindigde knelpunten. Vink aan welk knelpunt de top in gaat.</source>
        <translation>Er is opnieuw gestemd tussen de gelijk geëindigde knelpunten. Vink aan welk knelpunt de top in gaat.</translation>
    </message>
    <message>
        <source>Er is opnieuw gestemd tussen de gelijk geëindigde knelpunten. Vink aan welke %1 knelpunten de top in gaan.</source>
        <translation>Er is opnieuw gestemd tussen de gelijk geëindigde knelpunten. Vink aan welke %1 knelpunten de top in gaan.</translation>
    </message>
    <message>
        <source>De zaal spreekt af welk knelpunt de top in gaat. Vink het aan en schrijf de reden op.</source>
        <translation>De zaal spreekt af welk knelpunt de top in gaat. Vink het aan en schrijf de reden op.</translation>
    </message>
    <message>
        <source>De zaal spreekt af welke %1 knelpunten de top in gaan. Vink ze aan en schrijf de reden op.</source>
        <translation>De zaal spreekt af welke %1 knelpunten de top in gaan. Vink ze aan en schrijf de reden op.</translation>
    </message>
    <message>
        <source>Uitslag van de herstemming (mag leeg)</source>
        <translation>Uitslag van de herstemming (mag leeg)</translation>
    </message>
    <message>
        <source>Reden van de afspraak</source>
        <translation>Reden van de afspraak</translation>
    </message>
</context>
<context>
    <name>Uitvoer</name>
    <message>
        <source>%1 is geen gewoon bestand maar een apparaat, pijp, socket of snelkoppeling. Kies een andere naam; er is niets opgeslagen.</source>
        <translation>%1 is geen gewoon bestand maar een apparaat, pijp, socket of snelkoppeling. Kies een andere naam; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>%1 is een databasebestand of hoort bij een database. BuurtDesk schrijft daar geen export overheen. Kies een andere naam; er is niets opgeslagen.</source>
        <translation>%1 is een databasebestand of hoort bij een database. BuurtDesk schrijft daar geen export overheen. Kies een andere naam; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>VotingArea</name>
    <message>
        <source>Telling per knelpunt</source>
        <translation>Telling per knelpunt</translation>
    </message>
    <message>
        <source>Stembriefjes</source>
        <translation>Stembriefjes</translation>
    </message>
    <message>
        <source>Herstemming…</source>
        <translation>Herstemming…</translation>
    </message>
    <message>
        <source>Afgesproken keuze…</source>
        <translation>Afgesproken keuze…</translation>
    </message>
    <message>
        <source>Prioriteiten vastleggen</source>
        <translation>Prioriteiten vastleggen</translation>
    </message>
    <message>
        <source>Ranglijst</source>
        <translation>Ranglijst</translation>
    </message>
    <message>
        <source>Op de &amp;beamer</source>
        <translation>Op de &amp;beamer</translation>
    </message>
    <message>
        <source>De ranglijst op de beamer; die volgt de telling en toont daarna de prioriteiten.</source>
        <translation>De ranglijst op de beamer; die volgt de telling en toont daarna de prioriteiten.</translation>
    </message>
    <message>
        <source>Vastgelegd: %1</source>
        <translation>Vastgelegd: %1</translation>
    </message>
    <message>
        <source>Nog niet vastgelegd.</source>
        <translation>Nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>Totaal %1 punten</source>
        <translation>Totaal %1 punten</translation>
    </message>
    <message>
        <source>%1 geldige en %2 ongeldige briefjes</source>
        <translation>%1 geldige en %2 ongeldige briefjes</translation>
    </message>
    <message>
        <source>LET OP: het totaal klopt niet met de stemmen</source>
        <translation>LET OP: het totaal klopt niet met de stemmen</translation>
    </message>
    <message>
        <source>Gelijke stand op de grens van de top: %1 strijden om 1 plaats.</source>
        <translation>Gelijke stand op de grens van de top: %1 strijden om 1 plaats.</translation>
    </message>
    <message>
        <source>Gelijke stand op de grens van de top: %1 strijden om %2 plaatsen.</source>
        <translation>Gelijke stand op de grens van de top: %1 strijden om %2 plaatsen.</translation>
    </message>
    <message>
        <source>%1: %2 geteld.</source>
        <translation>%1: %2 geteld.</translation>
    </message>
    <message>
        <source>Briefje %1 geteld.</source>
        <translation>Briefje %1 geteld.</translation>
    </message>
    <message>
        <source>Briefje %1 is ongeldig: %2 Het telt mee als ongeldig.</source>
        <translation>Briefje %1 is ongeldig: %2 Het telt mee als ongeldig.</translation>
    </message>
    <message>
        <source>Briefje %1 gecorrigeerd.</source>
        <translation>Briefje %1 gecorrigeerd.</translation>
    </message>
    <message>
        <source>Briefje %1 verwijderd.</source>
        <translation>Briefje %1 verwijderd.</translation>
    </message>
    <message>
        <source>De gelijke stand is beslist.</source>
        <translation>De gelijke stand is beslist.</translation>
    </message>
    <message>
        <source>De prioriteiten zijn vastgelegd.</source>
        <translation>De prioriteiten zijn vastgelegd.</translation>
    </message>
</context>
</TS>
