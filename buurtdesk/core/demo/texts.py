"""Literal texts for the demo neighbourhood.  Everything here is fictional.

Days count from the ``today`` given to :func:`buurtdesk.core.demo.neighbourhood.populate_demo`.
Concerns are named by a short key.  Titles are public: a street at most, never a name or a
house number.
Residents' own wordings are kept as written, typos and all.

Block formats, parsed by :mod:`buurtdesk.core.demo.neighbourhood`:

- concerns: ``key | theme | street | title``, then one indented line per report's wording;
- raised again: ``key of an earlier concern | wording``;
- actions: ``@ meeting index | concern key | partner | person | due day | hours``, then the
  description, ``= result`` lines, and updates as ``day | status | note | hours``.
"""

from __future__ import annotations

from typing import NamedTuple

NEIGHBOURHOOD = "Boekweitbuurt-Zuid"
MUNICIPALITY = "Rotterdam"
LOCATION = "Buurthuis De Zaaier, Zaaiersplein"
SEED = 20090415

FIRST_NAMES = (
    "Henk", "Fatima", "Mohamed", "Anja", "Jeroen", "Priya", "Kees", "Sevda", "Dewi", "Rachid",
    "Ingrid", "Marco", "Yvonne", "Bram", "Naima", "Gerard", "Lotte", "Emre", "Wilma", "Stefan",
    "Chantal", "Orlando", "Ria", "Tim", "Shirley", "Hamza", "Els", "Ruud",
)  # fmt: skip
LAST_NAMES = (
    "de Boer", "Bakker", "el Idrissi", "Kaya", "Visser", "Kramer", "van Dijk", "Doorson",
    "Ramdin", "de Graaf", "Peeters", "Öztürk", "Vermeulen", "Hoekstra", "Martina", "Schouten",
    "Benali", "van Leeuwen", "Brouwer", "Sedney", "Kok", "Verbeek",
)  # fmt: skip
READS_ENGLISH = ("Priya", "Shirley")  # their letters come in English
# The committee as the sender of letters (name, postal address, contact): fictional.
COMMITTEE = (
    "Bewonersoverleg Boekweitbuurt-Zuid",
    "p/a Buurthuis De Zaaier\nZaaiersplein 2\n3073 AB Rotterdam",
    "overleg@boekweitbuurt.example",
)
ADDRESS_STREETS = (
    "Boekweitstraat", "Gerststraat", "Haverstraat", "Roggestraat", "Speltlaan",
    "Korte Zuid-dwarsstraat", "Lange Zuid-dwarsstraat", "Graanhof", "Molenkade",
)  # fmt: skip

# (partner, present, attendees, hours offered); present None = not known yet
PartnerAtMeeting = tuple[str, bool | None, str, float | None]


class MeetingText(NamedTuple):
    day: int
    chair: str
    residents_present: int | None
    partners: tuple[PartnerAtMeeting, ...]
    notes: tuple[str, ...]  # per default agenda item; {concerns} {reports} {dots} ... filled in
    concerns: str
    again: str
    tallies: dict[str, int]
    priorities: tuple[str, ...]


MEETING_1_CONCERNS = """
containers_gerst | Schoon | Gerststraat | Afval naast de containers in de Gerststraat
    Afval naast de containers gerststraat, het is een zwijnenstal!!
    Altijd vuilniszakken naast de container in de Gerststraat. Ratten komen erop af.
    containers gerststraat vol en overal troep ernaast
drugs_rogge | Veiligheid | Roggestraat | Drugshandel in de portiek in de Roggestraat
    In onze portiek (nr 31) wordt elke avond gedeald. Ik durf niet meer naar beneden.
    drugsdealers roggestraat portiek, steeds auto's met draaiende motor
school_kiem | Verkeer | Haverstraat | Onveilige oversteek bij basisschool De Kiem in de Haverstraat
    Oversteken bij school De Kiem is levensgevaarlijk, geen zebrapad!
    Mijn dochter is bijna aangereden bij de school in de haverstraat. Doe er wat aan.
    onveilig oversteken haverstraat bij de kiem 's ochtends
hondenpoep_park | Schoon | Gerstparkje | Hondenpoep in het Gerstparkje
    Hondenpoep overal in het gerstparkje, kinderen kunnen niet spelen
    Baasjes ruimen niet op in het parkje. Bordjes ophangen?
horeca_mouterij | Overlast | Mouterijweg | Geluidsoverlast van café aan de Mouterijweg
    Cafe op de mouterijweg tot 3 uur 's nachts herrie, elk weekend!!!
lantaarns_spelt | Openbare ruimte | Speltlaan | Kapotte straatverlichting aan de Speltlaan
    Lantaarnpalen speltlaan al weken kapot, stikdonker
fietsen_zaaiers | Veiligheid | Zaaiersplein | Fietsendiefstal bij het Zaaiersplein
    Weer mijn fiets gejat bij het zaaiersplein, de 3e dit jaar
graffiti_tunnel | Openbare ruimte | Mouterijweg | Graffiti in de tunnel onder de Mouterijweg
    tunnel mouterijweg helemaal beklad
speelplekken | Jeugd |  | Te weinig speelplekken voor kleine kinderen
    Er is bijna niks voor kleine kinderen om te spelen in de buurt.
schuren | Veiligheid | Korte Zuid-dwarsstraat | Inbraken in schuurtjes in de Korte Zuid-dwarsstraat
    Bij ons en de buren is ingebroken in de schuur, achterom via de brandgang.
"""

MEETING_2_CONCERNS = """
hangjongeren_gierst | Jeugd | Gierstplein | Hangjongeren en lachgas op het Gierstplein
    Hangjongeren gierstplein tot diep in de nacht, overal lachgas patronen
    Groep jongens op het Gierstplein, ze schreeuwen en gooien met flessen.
    lachgas gierstplein!! en ze rijden met scooters door de speeltuin
ratten_kzd | Schoon | Korte Zuid-dwarsstraat | Ratten in de Korte Zuid-dwarsstraat
    Ratten in de tuin en onder de schuur, korte zuid-dwarsstr.
    Ik zie 's avonds ratten over de stoep rennen in de Korte Zuid-dwarsstraat. Smerig.
stoep_haver | Verkeer | Haverstraat | Foutparkeren op de stoep in de Haverstraat
    Auto's op de stoep in de Haverstraat, ik kan er met mijn rollator niet langs
    haverstraat stoep staat vol met auto's, kinderwagen moet de weg op
snelheid_spelt | Verkeer | Speltlaan | Te hard rijden op de Speltlaan
    Er wordt veel te hard gereden op de speltlaan
tegels_rogge | Openbare ruimte | Roggestraat | Losliggende tegels in de Roggestraat
    Losse stoeptegels roggestraat, mijn moeder is gevallen
zwerfvuil_molen | Schoon | Molenkade | Zwerfvuil langs de Molenkade
    Molenkade ligt vol met blikjes en zakjes van de snackbar
ouderen_activiteiten | Sociaal |  | Weinig activiteiten voor ouderen in de buurt
    Voor ouderen is er niks meer sinds de soos dicht is.
autoinbraak | Veiligheid | Lange Zuid-dwarsstraat | Inbraken in auto's in de Lange Zuid-dwarsstraat
    Autoruit ingeslagen lange zuid-dwarsstraat, al de tweede keer
bankjes_park | Openbare ruimte | Gerstparkje | Kapotte bankjes in het Gerstparkje
    bankjes in het parkje zijn kapot, kan nergens zitten
bestelbussen_mouterij | Verkeer | Mouterijweg | Bestelbussen geparkeerd op de Mouterijweg
    Bestelbusjes van bedrijven nemen alle plekken in op de Mouterijweg
brommers_fietspad | Verkeer | Speltlaan | Brommers op het fietspad langs de Speltlaan
    Brommers razen over het fietspad speltlaan, ik schrik me rot
"""

CURRENT_CONCERNS = """
hardrijden_boekweit | Verkeer | Boekweitstraat | Te hard rijden in de Boekweitstraat
    te hard rijden boekweitstraat!!
    Er wordt in de Boekweitstraat keihard gereden, het is toch 30??
    auto's racen 's avonds door de boekweitstr. levensgevaarlijk voor de kids
    Hardrijders Boekweitstraat. Drempels graag!!!
    Snelheid boekweitstraat. Ik durf mijn kleinzoon niet alleen te laten oversteken.
    scooters en autos veel te hard over boekweitstraat, vooral na 22u
racen_boekweit | Verkeer | Boekweitstraat | Racende auto's in de Boekweitstraat
    Elke nacht racen ze hier door de boekweit straat, wanneer komt er een flitspaal?
afval_spelt | Schoon | Speltlaan | Afval naast de containers aan de Speltlaan
    Vuilniszakken naast de container speltlaan, stinkt!
    Bij de ondergrondse containers op de Speltlaan staat altijd troep, zelfs een bankstel
    afval naast containers speltlaan. meeuwen trekken alles open
    container speltlaan zit vol en mensen zetten het er gewoon naast
vuilniszakken_spelt | Schoon | Speltlaan | Vuilniszakken bij de container Speltlaan
    Wanneer wordt die container op de speltlaan eens geleegd, de zakken staan ernaast
oversteek_spelt | Verkeer | Speltlaan | Onveilige oversteek bij de supermarkt aan de Speltlaan
    Oversteken bij de supermarkt op de Speltlaan is gevaarlijk, auto's stoppen niet
    zebrapad bij de supermarkt speltlaan is weggesleten, niemand stopt
parkeerdruk_gerst | Verkeer | Gerststraat | Parkeerdruk in de Gerststraat door de nieuwbouw
    Sinds de nieuwbouw kan ik nergens meer parkeren in de gerststraat
    Parkeerdruk Gerststraat! bouwvakkers staan de hele dag op onze plekken
poep_lzd | Schoon | Lange Zuid-dwarsstraat | Hondenpoep op de stoep in de Lange Zuid-dwarsstraat
    Hondenpoep lange zuid-dwarsstraat, elke dag weer
    Stoep ligt vol hondenpoep in de Lange Zuid-dwarsstraat. Boetes uitdelen!
    hondepoep voor mijn deur (nr 8), steeds dezelfde hond
graffiti_akkerpad | Openbare ruimte | Akkerpad | Graffiti op de muren langs het Akkerpad
    graffiti akkerpad, alles is beklad
    Muren langs het Akkerpad zitten onder de tags. Kan de gemeente dat weghalen?
ratten_rogge | Schoon | Roggestraat | Ratten bij de containers in de Roggestraat
    ratten bij de containers roggestraat!!
    Gisteren een rat gezien zo groot als een kat bij de containers in de Roggestraat
lantaarns_akkerpad | Openbare ruimte | Akkerpad | Kapotte straatverlichting in het Akkerpad
    Akkerpad is 's avonds pikdonker, lampen doen het niet
    Verlichting akkerpad kapot, ik loop er niet meer in het donker
tegels_graanhof | Openbare ruimte | Graanhof | Losliggende tegels op de stoep bij de Graanhof
    Losse tegels bij de graanhof, de bewoners met rollators vallen er bijna over
    Stoeptegels liggen los voor de seniorenflat Graanhof. Al 2x gemeld bij de gemeente!!
schommel_gierst | Jeugd | Gierstplein | Kapotte schommel in de speeltuin op het Gierstplein
    Schommel in de speeltuin gierstplein is kapot, kettingen los
    speeltoestel gierstplein kapot en gevaarlijk, kinderen spelen er toch op
hangjongeren_zaaiers | Jeugd | Zaaiersplein | Hangjongeren bij het winkelcentrum Zaaiersplein
    Jongeren hangen rond bij de ingang van het winkelcentrum, ouderen durven er niet langs
    hangjeugd zaaiersplein, schreeuwen en spugen
lachgas_molen | Overlast | Molenkade | Lachgasgebruik op de Molenkade
    Lachgas op de molenkade, overal die blauwe flessen
    Auto's met jongeren die lachgas gebruiken op de Molenkade, muziek keihard
dealen | Veiligheid | Lange Zuid-dwarsstraat | Drugshandel in portiek in de Lange Zuid-dwarsstraat
    In het portiek van nr 23 staan ze elke avond te dealen. Politie doet niks!
inbraak_gerst | Veiligheid | Gerststraat | Woninginbraken in de Gerststraat
    Bij de buren op 17 is ingebroken en vorige maand ook al twee huizen verderop.
scooterdiefstal | Veiligheid | Gerststraat | Scooterdiefstal in de Gerststraat
    Scooter van mijn zoon gestolen voor de deur, gerststraat
buren_rogge | Overlast | Roggestraat | Geluidsoverlast van buren in de Roggestraat
    De familie boven mij maakt elke nacht herrie, ik slaap al weken niet.
flitsbezorgers | Overlast | Zaaiersplein | Overlast van flitsbezorgers bij het Zaaiersplein
    Flitsbezorgers scheuren over de stoep bij het zaaiersplein
    Die bezorgscooters van de flitsbezorger staan met z'n tienen te toeteren om 23u
    flitsbezorgers zaaiersplein!!! lawaai en ze rijden tegen het verkeer in
jongeren_activiteiten | Jeugd |  | Te weinig te doen voor jongeren in de buurt
    Er is niks voor de jeugd, geen wonder dat ze op straat hangen
    Sinds het jongerencentrum dicht is hebben tieners geen plek meer
eenzaamheid_graanhof | Sociaal | Graanhof | Eenzaamheid onder ouderen in de Graanhof
    Veel ouderen in de Graanhof zitten de hele dag alleen. Kan er een koffieochtend komen?
    mijn buurvrouw (89) ziet niemand meer, er moet iets voor ouderen komen
grofvuil_akkerpad | Schoon | Akkerpad | Grofvuil gedumpt in het Akkerpad
    Matrassen en een kast gedumpt in het akkerpad
    Grofvuil in de brandgang (Akkerpad), al 2 weken!!
zwerfvuil_school | Schoon | Haverstraat | Zwerfvuil rond de basisschool in de Haverstraat
    rond de school ligt veel zwerfvuil, snoeppapiertjes en blikjes
bouwoverlast_gerst | Overlast | Gerststraat | Bouwoverlast van de nieuwbouw in de Gerststraat
    Ze beginnen op zaterdag om 7 uur met heien in de gerststraat
verward_zaaiers | Veiligheid | Zaaiersplein | Overlast door een verward persoon bij het Zaaiersplein
    Er loopt een verwarde man rond bij het plein die mensen aanspreekt en schreeuwt.
struiken_spelt | Groen | Speltlaan | Overhangende struiken op het trottoir van de Speltlaan
    Struiken hangen over de stoep op de speltlaan, je moet de weg op
bankjes_molen | Openbare ruimte | Molenkade | Bankjes weggehaald op de Molenkade
    Waarom zijn de bankjes op de Molenkade weggehaald? Ouderen kunnen nergens zitten.
fietswrakken | Openbare ruimte | Zaaiersplein | Fietswrakken in de rekken bij het Zaaiersplein
    fietsenrekken zaaiersplein vol met wrakken, geen plek voor je eigen fiets
vrachtwagens | Verkeer | Mouterijweg | Vrachtwagens die 's nachts parkeren op de Mouterijweg
    Vrachtwagens staan 's nachts met draaiende koelmotor op de mouterijweg
drempel_rogge | Verkeer | Roggestraat | Verzakte verkeersdrempel in de Roggestraat
    de drempel in de roggestraat is verzakt, auto's knallen erover heen
meeuwen | Schoon | Korte Zuid-dwarsstraat | Meeuwen en vuilniszakken in de Korte Zuid-dwarsstraat
    Meeuwen trekken alle zakken open, de straat ligt bezaaid
portieklicht_rogge | Veiligheid | Roggestraat | Portiekverlichting werkt niet in de Roggestraat
    licht in het portiek doet het al een maand niet, eng om thuis te komen
honden_speeltuin | Overlast | Gierstplein | Loslopende honden in de speeltuin op het Gierstplein
    Honden lopen los in de speeltuin gierstplein, mijn zoontje werd besprongen
vuurwerk_haver | Overlast | Haverstraat | Vuurwerk afsteken in de Haverstraat
    Al weken vuurwerk in de haverstraat, mijn hond is doodsbang
wiet | Overlast | Lange Zuid-dwarsstraat | Wietlucht in trappenhuis Lange Zuid-dwarsstraat
    het stinkt naar wiet in ons trappenhuis, volgens mij wordt er gekweekt
invalidenplek_graanhof | Verkeer | Graanhof | Invalidenparkeerplaats bezet bij de Graanhof
    De gehandicaptenplek bij de graanhof staat steeds vol met gewone auto's
prullenbakken_molen | Schoon | Molenkade | Te weinig prullenbakken op de Molenkade
    Meer prullenbakken op de molenkade aub
verkeerslicht_mouterij | Verkeer | Mouterijweg | Voetgangerslicht op de Mouterijweg te kort groen
    Het voetgangerslicht op de mouterijweg is veel te kort groen, met de rollator haal ik het niet
boomwortels_haver | Groen | Haverstraat | Boomwortels drukken de stoep omhoog in de Haverstraat
    Boomwortels haverstraat drukken de tegels omhoog, struikelgevaar
winkelwagens | Openbare ruimte |  | Achtergelaten winkelwagentjes in de buurt
    overal winkelwagentjes van de supermarkt in de buurt
scooters_park | Overlast | Gerstparkje | Scooters rijden door het Gerstparkje
    Scooters rijden dwars door het parkje, ook over het gras
"""

AGAIN_2 = """
lantaarns_spelt | Nog steeds kapotte lampen op de speltlaan!! al maanden
lantaarns_spelt | Speltlaan donker, ik fiets er 's avonds niet meer
hondenpoep_park | Gerstparkje nog steeds vol hondenpoep
"""

AGAIN_3 = """
hondenpoep_park | Alweer hondenpoep in het Gerstparkje, is hier niet al eerder over geklaagd??
horeca_mouterij | cafe mouterijweg weer elk weekend tot laat open, muziek op straat
stoep_haver | Haverstraat: stoep weer vol auto's, niemand die er wat aan doet
stoep_haver | auto's op de stoep haverstraat. ik moet met de buggy de weg op!
fietsen_zaaiers | fietsendiefstal zaaiersplein, nu mijn e-bike
school_kiem | Het zebrapad bij De Kiem is er nog steeds niet! Wat is er gebeurd?
"""

MEETINGS = (
    MeetingText(
        day=-330,
        chair="S. Yilmaz (gemeente)",
        residents_present=11,
        partners=(
            ("Bewoners", True, "", None),
            ("Politie", True, "wijkagent R. de Vries", 80),
            ("Gemeente", True, "gebiedsnetwerker S. Yilmaz", 80),
            ("Woningcorporatie", True, "wijkbeheerder T. Bakker", None),
            ("Handhaving", True, "BOA M. Jansen", 40),
            ("Opbouwwerk", True, "opbouwwerker N. Haddou", None),
        ),
        notes=(
            "Eerste bijeenkomst van De Buurt Bestuurt in de Boekweitbuurt-Zuid. "
            "De gebiedsnetwerker legt de werkwijze uit.",
            "Eerste bijeenkomst: nog geen actielijst.",
            "Politie: afgelopen halfjaar 4 woninginbraken en 11 gestolen fietsen in de buurt. "
            "Gemeente: herinrichting Speltlaan uitgesteld naar volgend jaar.",
            "{concerns} knelpunten uit {reports} meldingen (formulier, mail, telefoon, tafel).",
            "Stippen geplakt, {dots_each} per bewoner ({dots} stippen). Top 3: {top3}.",
            "Afspraken per prioriteit staan in de actielijst. Politie biedt 80 uur, gemeente 80 "
            "uur en handhaving 40 uur voor de komende periode.",
            "Verslag komt in het buurthuis en de buurtapp. Volgende bijeenkomst over vijf maanden.",
        ),
        concerns=MEETING_1_CONCERNS,
        again="",
        tallies={
            "containers_gerst": 9,
            "drugs_rogge": 8,
            "school_kiem": 7,
            "hondenpoep_park": 4,
            "horeca_mouterij": 2,
            "lantaarns_spelt": 2,
            "fietsen_zaaiers": 1,
        },
        priorities=("containers_gerst", "drugs_rogge", "school_kiem"),
    ),
    MeetingText(
        day=-150,
        chair="Marieke Verhoeven",
        residents_present=9,
        partners=(
            ("Bewoners", True, "", None),
            ("Politie", True, "wijkagent R. de Vries, agent J. Pinas", 90),
            ("Gemeente", True, "gebiedsnetwerker S. Yilmaz", 70),
            ("Woningcorporatie", False, "", None),
            ("Handhaving", True, "BOA M. Jansen, BOA K. Lodewijks", 40),
            ("Opbouwwerk", True, "opbouwwerker N. Haddou, jongerenwerker D. Mahabier", None),
        ),
        notes=(
            "Voortaan zit een bewoner de bijeenkomst voor; het secretariaat ligt bij bewoners.",
            "Actielijst doorgelopen. Afval containers Gerststraat: afgerond. Portiekdeuren "
            "Roggestraat: corporatie niet aanwezig, loopt nog. Klaar-overs: gestopt.",
            "Handhavingsweek: 14 containers met bijgeplaatst afval, 6 boetes uitgeschreven. "
            "Politie: 2 aanhoudingen voor drugshandel in de Roggestraat, 3 woninginbraken sinds "
            "de vorige bijeenkomst.",
            "{concerns} nieuwe knelpunten; {reports} meldingen, ook over oude knelpunten.",
            "Stippen geplakt, {dots_each} per bewoner ({dots} stippen). Top 3: {top3}.",
            "Woningcorporatie niet aanwezig en niet afgemeld; actie ratten per mail doorgegeven.",
            "Rondvraag: vraag naar activiteiten voor ouderen, genoteerd als knelpunt.",
        ),
        concerns=MEETING_2_CONCERNS,
        again=AGAIN_2,
        tallies={
            "hangjongeren_gierst": 7,
            "lantaarns_spelt": 6,
            "ratten_kzd": 5,
            "stoep_haver": 3,
            "hondenpoep_park": 2,
            "snelheid_spelt": 2,
            "tegels_rogge": 1,
            "zwerfvuil_molen": 1,
        },
        priorities=("hangjongeren_gierst", "lantaarns_spelt", "ratten_kzd"),
    ),
    MeetingText(
        day=7,
        chair="Marieke Verhoeven",
        residents_present=None,
        partners=(
            ("Bewoners", None, "", None),
            ("Politie", None, "wijkagent R. de Vries", 80),
            ("Gemeente", None, "gebiedsnetwerker S. Yilmaz", 80),
            ("Woningcorporatie", None, "wijkbeheerder T. Bakker", None),
            ("Handhaving", None, "BOA M. Jansen", 40),
            ("Opbouwwerk", None, "opbouwwerker N. Haddou", None),
        ),
        notes=(),
        concerns=CURRENT_CONCERNS,
        again=AGAIN_3,
        tallies={},
        priorities=(),
    ),
)
