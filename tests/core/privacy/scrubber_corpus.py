"""The scrubber's two corpora, as data: what must go (LEAKS) and what must stay (KEEP).

LEAKS holds (text, secret): the secret must not survive :func:`clean` (or, for a possible
name, :func:`scrub`), and the text must be flagged.  KEEP holds public text that must come out
of :func:`clean` unchanged and unflagged: street names holding numbers, dates and times,
concern and form numbers, amounts and counts, organisations' web addresses.
"""

from __future__ import annotations

NBH = "\u2011"  # non-breaking hyphen
NBSP = "\u00a0"

LEAKS: list[tuple[str, str]] = [
    # phone numbers, whatever the dash or space
    (f"Lantaarn kapot, bel 06{NBH}12345678", "12345678"),
    (f"Bel 06{NBSP}12345678 na zessen", "12345678"),
    ("Lekkage, 06\u201312345678", "12345678"),
    ("Lekkage, 06\u201412 34 56 78", "12 34 56 78"),
    ("Lekkage, 06\u221212345678", "12345678"),
    ("Lekkage, tel. 010\u2010412\u20103456", "412"),
    ("Overlast, ０６-１２３４５６７８", "12345678"),
    (f"Overlast, +31{NBSP}6{NBSP}1234{NBSP}5678", "1234"),
    ("Stank, bel 06\u200b12345678", "12345678"),
    # e-mail addresses, whatever the at-sign
    ("Graffiti, mail jan\uff20voorbeeld.nl", "voorbeeld"),
    ("Graffiti, mail jan\ufe6bvoorbeeld.nl", "voorbeeld"),
    ("Graffiti, ｊａｎ＠ｖｏｏｒｂｅｅｌｄ．ｎｌ", "voorbeeld"),
    ("Graffiti, jan @ voorbeeld.nl", "voorbeeld"),
    # dates of birth
    ("Overlast door jongen, geb. 12-03-2008", "12-03-2008"),
    ("Geboren op 3 maart 1980, woont hier al lang", "1980"),
    ("Geboortedatum: 03/04/1975 staat op het briefje", "1975"),
    ("Hangjongere (geboren 2009-05-01) rijdt op de stoep", "2009"),
    ("Buurman, born 12.11.1962, klaagt", "1962"),
    # licence plates (sidecodes) and the word that offers them
    ("Auto met kenteken AB-123-C staat op de stoep", "AB-123-C"),
    ("Busje 12-ABC-3 staat fout", "12-ABC-3"),
    ("Scooter 1-ABC-23 rijdt over de stoep", "1-ABC-23"),
    ("Wagen XX-99-99 staat al weken", "XX-99-99"),
    ("Auto 99-XX-99 op het gras", "99-XX-99"),
    ("Bestelbus GH-567-K blokkeert de uitrit", "GH-567-K"),
    ("Kenteken 12abc3 staat fout", "12abc3"),
    (f"Auto met kenteken AB{NBH}123{NBH}C lekt olie", "123"),
    # social-media handles and profile links
    ("Volg @jansen_010 voor de filmpjes", "jansen_010"),
    ("Zie facebook.com/jan.jansen.123", "jan.jansen"),
    ("Zie https://www.instagram.com/janjansen/ voor foto's", "janjansen"),
    ("Filmpje op x.com/janjansen", "janjansen"),
    ("tiktok.com/@janjansen heeft het gefilmd", "janjansen"),
    ("Mijn profiel: https://twitter.com/pietp", "pietp"),
    ("Stuur een appje via wa.me/31612345678", "612345678"),
    ("Volg mij op insta @buurman.piet", "buurman.piet"),
    ("Profiel nl-nl.facebook.com/ans.devries", "devries"),
    ("Zie m.facebook.com/profile.php?id=1000123", "1000123"),
    # a third party's full name: warned everywhere, removed from the anonymised copy
    ("Jan Jansen van nummer 14 zet afval buiten", "Jansen"),
    ("Overlast door Piet de Vries elke nacht", "Vries"),
    ("Ans Bakker laat de hond poepen op de stoep", "Bakker"),
    ("Brief van R. de Vries over de heg", "Vries"),
    # invisible controls do not hide a detail
    ("Bel 06\u202e12345678\u202c", "12345678"),
    ("Mail jan\u200d@voorbeeld.nl", "voorbeeld"),
    ("Ratten bij Tarwe\u00adstraat 12", "12"),
]

KEEP: list[str] = [
    # street names holding numbers
    "Park 1943",
    "Laan 1940-1945",
    "Laan 1940\u20131945 heeft losse tegels",
    "2e Middellandstraat",
    "2e Middellandstraat: afval naast de containers",
    "Oversteek bij de 1e Pijnackerstraat",
    "Plein 1953 is donker",
    "Straat van 1813",
    # meeting dates and times
    "14-12-2026 om 19:30",
    "Volgende bijeenkomst 14-12-2026 om 19:30 in het buurthuis",
    "Sinds 2015 kapot",
    "Op 05-03-2026 en 2026-03-05 om 19.30 uur",
    "Bijeenkomst @ 19:30",
    "Maandag 7 december 2026, 20:00-21:30",
    # concern and form numbers
    "K12",
    "2026-013",
    "Formulier 2026-013 gaat over K12",
    "Zie K3, K12 en K14",
    "Actie 4 van prioriteit 2",
    # amounts and counts
    "3 containers",
    "€ 50",
    f"Kosten €{NBSP}50 per container",
    "14 containers, 6 boetes",
    "200 uur capaciteit, 12,5 uur besteed",
    "De buurt telt 1.250 woningen",
    "30-km-zone",
    "Snelheid 50 km/u op de Dorpsstraat",
    "½ uur wachten, 3 m² groen",
    # organisations' web addresses
    "www.rotterdam.nl",
    "Meld het op www.rotterdam.nl of bel 14 010",
    "Zie https://www.rotterdam.nl/afval",
    "Meer op rotterdam.nl/buurtbestuurt",
    "Info: https://www.politie.nl/mijn-buurt",
    "Vragen? info@ is niet bereikbaar",
    # everyday words that look like a detector's trigger
    "Geboren in de buurt en nooit weg",
    "Kenteken onleesbaar, auto staat al weken",
    "Bus 40 rijdt om 06.15 uur; noodnummer 112",
    "Buurthuis De Ster, 3 containers, € 50",
    "Volg de omleiding via de Dorpsstraat",
    "A-B-C-route voor de school",
    "Verkeersbord C-22 ontbreekt",
    # real right-to-left text stays
    "ضوضاء في الشارع ليلا",
    "می\u200cخواهم",  # Persian with its zero-width non-joiner
    "רעש ברחוב",
]
