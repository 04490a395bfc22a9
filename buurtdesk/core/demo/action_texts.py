"""The demo's agreed actions and their dated updates, as literal text.  All fictional.

One action per block: ``@ meeting | concern key | partner | role | due day | planned hours``,
its text, then one line per update: ``day | status | note | hours spent``.
"""

from __future__ import annotations

ACTIONS = """
@ 0 | containers_gerst | Handhaving | teamleider handhaving | -270 | 24
Handhavingsweek bij de containers in de Gerststraat: controleren op bijplaatsingen en zo nodig
beboeten.
= 14 containers met bijplaatsingen aangetroffen, 6 boetes. Duidelijk minder afval ernaast.
-300 | in_progress | Handhavingsweek ingepland, bewoners krijgen vooraf een brief.
-285 | done | 14 containers met bijgeplaatst afval, 6 boetes uitgeschreven. | 26
-150 | done | Besproken: bewoners zien verbetering, rond de feestdagen wel terugval.
@ 0 | containers_gerst | Gemeente | gebiedsnetwerker | -240 | 8
Container in de Gerststraat twee keer per week legen en een kartoncontainer bijplaatsen.
= Kartoncontainer geplaatst; legen gaat nu twee keer per week.
-280 | in_progress | Aanvraag kartoncontainer ingediend bij de afvaldienst. | 3
-150 | done | Kartoncontainer staat er sinds vorige maand. | 5
@ 0 | containers_gerst | Bewoners | Ans | -300
Opschoonochtend rond de containers; grijpers en zakken te leen via het buurthuis.
= 12 bewoners deden mee, 30 zakken zwerfvuil opgehaald.
-304 | done | Opschoonochtend gehouden met 12 bewoners. | 3
@ 0 | drugs_rogge | Politie | wijkagent | -240 | 40
Extra surveillance in de avonduren bij de portieken in de Roggestraat.
= Twee aanhoudingen; bewoners melden minder aanloop.
-290 | in_progress | Twee avonden per week gesurveilleerd, contact met portiekbewoners. | 14
-150 | done | Twee aanhoudingen voor handel. Minder aanloop volgens bewoners. | 30
@ 0 | drugs_rogge | Woningcorporatie | wijkbeheerder | -200
Portiekdeuren in de Roggestraat vervangen door deuren die vanzelf in het slot vallen, met een
sensorlamp.
-260 | in_progress | Offertes opgevraagd voor nieuwe portiekdeuren.
-150 | in_progress | Corporatie niet aanwezig. Per mail: aanbesteding loopt nog.
-45 | in_progress | Deuren besteld; plaatsing verwacht binnen twee maanden.
@ 0 | drugs_rogge | Bewoners | Karim | -300
Flyer in de portieken: verdachte situaties melden bij de politie of anoniem.
= Flyers hangen in alle portieken van de Roggestraat.
-310 | done | Flyers opgehangen in alle portieken. | 2
@ 0 | school_kiem | Gemeente | verkeerskundige | -180 | 16
Onderzoek naar een zebrapad en een verkeersdrempel bij basisschool De Kiem.
-280 | in_progress | Verkeerstelling gedaan: ruim driekwart rijdt harder dan 30. | 6
-150 | in_progress | Ontwerp klaar, uitvoering gepland voor het voorjaar. | 10
-40 | in_progress | Aanleg uitgesteld door de planning van de aannemer; nieuwe datum volgt. | 2
@ 0 | school_kiem | Politie | wijkagent | -240 | 12
Snelheidscontroles bij de school rond begin- en eindtijd.
= Drie controles, 23 bekeuringen.
-270 | done | Drie controles gehouden, 23 bekeuringen. | 10
-150 | done | Besproken: het effect houdt maar kort aan.
@ 0 | school_kiem | Bewoners | Ellen | -240
Klaar-overs werven onder ouders om kinderen 's ochtends over te zetten.
= Gestopt: te weinig vrijwilligers (2 van de 8 nodig). De school pakt het op via de ouderraad.
-260 | in_progress | Oproep in de nieuwsbrief van de school; 2 aanmeldingen. | 2
-150 | dropped | Te weinig aanmeldingen; de school neemt het mee in de ouderraad.
@ 1 | hangjongeren_gierst | Opbouwwerk | jongerenwerker | 30
Jongerenwerk gaat in gesprek met de groep op het plein en start een vrijdagavond-activiteit in
het buurthuis.
-120 | in_progress | Kennismaking met de groep op het plein, ongeveer 8 jongeren.
-60 | in_progress | Vrijdagavond zaalvoetbal loopt, gemiddeld 12 jongeren.
@ 1 | hangjongeren_gierst | Politie | wijkagent | -30 | 30
Surveillance op vrijdag- en zaterdagavond samen met handhaving; lachgas in beslag nemen.
-100 | in_progress | Zes avonden gesurveilleerd, twee keer lachgas in beslag genomen. | 12
-20 | in_progress | Minder meldingen, surveillance loopt door tot de zomer. | 8
@ 1 | hangjongeren_gierst | Gemeente | gebiedsnetwerker | 60 | 6
Extra afvalbakken en betere verlichting op het Gierstplein.
-100 | open | Aangevraagd bij beheer openbare ruimte, nog geen reactie. | 1
@ 1 | lantaarns_spelt | Gemeente | gebiedsnetwerker | -120 | 4
Kapotte lantaarns aan de Speltlaan laten vervangen.
= 7 lampen vervangen en 2 masten rechtgezet.
-130 | done | 7 lampen vervangen, 2 masten rechtgezet. | 4
@ 1 | lantaarns_spelt | Bewoners | Joop | -135
Avondwandeling met bewoners om donkere plekken in kaart te brengen.
= 9 kapotte lampen en 3 donkere plekken doorgegeven aan de gemeente.
-138 | done | Rondgang met 6 bewoners gelopen. | 2
@ 1 | ratten_kzd | Gemeente | gebiedsnetwerker | -100 | 8
Ongediertebestrijding inschakelen en voerplekken opsporen.
= Lokdozen geplaatst; duidelijk minder meldingen.
-125 | in_progress | Bestrijder twee keer geweest, lokdozen geplaatst. | 4
-70 | done | Minder meldingen; lokdozen blijven tot het voorjaar. | 2
@ 1 | ratten_kzd | Woningcorporatie | wijkbeheerder | -30
Gaten in de kruipruimtes onder de woningen in de Korte Zuid-dwarsstraat dichten.
-140 | open | Corporatie was afwezig; actie per mail doorgegeven.
-50 | open | Nog geen planning ontvangen van de corporatie.
@ 1 | ratten_kzd | Bewoners | Samira | -110
Flyer 'Voer geen ratten': buren aanspreken op brood voeren aan de vogels.
-120 | in_progress | Flyer gemaakt, nog niet overal verspreid. | 1
"""
