"""Invented notes for each failure class of notes written elsewhere: (class, text, registered names, what must go,
what must stay). Used by test_failure_classes.py and benchmarks/failure_classes.py (caught per class)."""

from __future__ import annotations

ROSTER = [
    "Wendelien Achterberg",
    "Gülsüm Yıldırım",
    "Wojciech Nowakowski",
    "Mira Van Dijck",
    "Pieter-Jan Cnudde",
    "Roos Verbiest",
    "Merel Vanhoorebeke",
    "Mees Vanhoutte",
    "Olena Kovalenko",
    "Ayten Kaya",
    "Mia-Lou Gobert",
    "Katarzyna Wiśniewska",
    "Maud-Lise Van den Bossche",
    "Sven Verstraelen",
    "Yasemin El Idrissi",
    "Mehmet Karakuş",
    "Hiba Bakkali",
]

CASES: list[tuple[str, str, list[str], list[str]]] = [
    # 1 initials
    ("initials", "09.10: rustige dag, goed gegeten. (KW)\n10.10: huilde bij het brengen – AD", ["KW", "AD"], []),
    ("initials", "JT: mama belde om 16u.\nEB: papa haalt op.", ["JT", "EB"], ["mama"]),
    ("initials", "Legende: KW = Klaartje, AD = stagiaire\nOverleg met het CLB en het VK.", ["KW", "AD"], ["CLB", "VK"]),
    ("initials", "MVD speelde met P.-J. in de zandbak; later kwam M-L erbij.", ["MVD", "P.-J.", "M-L"], []),
    ("initials", "Gezien door SD en besproken met de verantwoordelijke.", ["SD"], []),
    ("initials", "Het OCMW en het CAW zijn verwittigd, de BKO ook.\n/HV", ["HV"], ["OCMW", "CAW", "BKO"]),
    ("initials", "Het kind zat de hele voormiddag stil in de hoek.\nGroet,\nLVB", ["LVB"], []),
    # 2 lower case
    ("lower", "juf roos zegt dat het goed gaat met wendelien", ["roos", "wendelien"], []),
    ("lower", "we hebben vandaag een roos getekend en een merel gezien", [], ["roos", "merel"]),
    ("lower", "merel huilde toen mama vertrok, mees ook", ["merel", "mees"], []),
    ("lower", "mama belde: noor heeft koorts en blijft thuis", ["noor"], []),
    ("lower", "gisteren met kobe gespeeld in de tuin", ["kobe"], []),
    ("lower", "papa van roos verbiest komt om 5u", ["roos verbiest"], []),
    # 3 foreign pet forms
    ("pet_forms", "Wojtek wou niet slapen, papa noemt hem zo.", ["Wojtek"], []),
    ("pet_forms", "Mama roept haar Aytencim als ze komt.", ["Aytencim"], []),
    ("pet_forms", "Olenka tekende een huis.", ["Olenka"], []),
    ("pet_forms", "Wendelientje lachte.", ["Wendelientje"], []),
    # 4 dates
    ("dates", "Gesprekken op 8, 10 en 15 januari met mama.", ["8,", "10 en", "15 januari"], []),
    ("dates", "Afspraak op 10.10 en de controle op 25.09.2024.", ["10.10", "25.09.2024"], []),
    ("dates", "Le 12 mars elle est venue. On March 3rd she called again.", ["12 mars", "March 3rd"], []),
    ("dates", "Ze belde de twintigste, daarna op de vijftiende van de maand.", ["twintigste", "vijftiende"], []),
    ("dates", "Om 7.30 komt ze binnen; de tweede keer ging het beter.", [], ["7.30", "tweede keer"]),
    # 5 institutions
    ("institutions", "Ze zit in de Sint-Ursulaschool, haar broer gaat naar Sint-Lodewijk.", ["Ursula", "Lodewijk"], []),
    ("institutions", "Opgenomen in UZ Leuven en later in ZNA Middelheim.", ["Leuven", "Middelheim"], []),
    ("institutions", "Papa werkt bij Bouwwerken Verhelst.", ["Verhelst"], []),
    ("institutions", "Inschrijving bij GO! De Krekelhoeve en in de Klimopschool.", ["Krekelhoeve", "Klimop"], []),
    # 6 handles
    ("handles", "Ze volgt @lotte.v_2012 op tiktok en chat met ylva_x_19.", ["lotte.v", "ylva_x_19"], []),
    ("handles", "Zijn instagram account is kobe2014.", ["kobe2014"], []),
    # 1 initials: more signature positions, particle letters, lists, registered persons' surname initials
    ("initials", "Flesje om 10u, slaapje om 11u. AV\nMiddageten goed. AV", ["AV"], []),
    ("initials", "Groetjes, KW", ["KW"], []),
    ("initials", "Luier vervangen om 14u30 TD", ["TD"], []),
    ("initials", "| 03/02 | RS | rustige dag |", ["RS"], []),
    ("initials", "Opmerking (MS): mama lijkt moe.\nBZ - papa belde terug", ["MS", "BZ"], []),
    ("initials", "Overleg tussen JT en AD, later ook met EH.", ["JT", "AD", "EH"], []),
    ("initials", "KD en MVdB voerden het gesprek; KvdW schreef het verslag.", ["KD", "MVdB", "KvdW"], []),
    ("initials", "GS belde mama over de koorts.", ["GS"], []),
    ("initials", "Ingevuld door M.V.D en J. P. samen.", ["M.V.D", "J. P."], []),
    ("initials", "Het kind werd opgehaald door VdB, ML bleef.", ["VdB", "ML"], []),
    ("initials", "Nieuws uit de gemeente: de speeltuin gaat weer open. (jvh)", ["jvh"], []),
    ("initials", "Verwezen naar het MDO, de BSO en de KDV. (sic)", [], ["MDO", "BSO", "KDV", "sic"]),
    ("initials", "08u15 KW: mama belde.\n12/03 - AD: papa haalt op.", ["KW", "AD"], ["mama", "papa"]),
    # 2 lower case: contexts that show a name
    ("lower", "Vandaag heeft roos goed gegeten. Ze heeft een roos getekend.", ["heeft roos goed"], ["een roos"]),
    ("lower", "noor en lina hebben ruzie gemaakt", ["noor", "lina"], []),
    ("lower", "kan iemand anders haar ophalen? oom jeroen komt om 5u. dank u, godelieve", ["jeroen", "godelieve"], []),
    (
        "unregistered",
        "Rayan's mama vertelde dat Rayan nachtmerries heeft. Joost lachte, Evi niet.",
        ["Rayan", "Joost", "Evi"],
        ["'s mama"],
    ),
    ("lower", "ik denk dat amira slecht slaapt, juf", ["amira"], []),
    ("lower", "wiebke zei dat tibo veel weende", ["wiebke", "tibo"], []),
    ("lower", "ik sprak met burak zijn papa", ["burak"], []),
    ("lower", "groetjes, kaat", ["kaat"], []),
    ("lower", "mvg, wendy (mama van lotte)", ["wendy", "lotte"], []),
    ("lower", "de kinesist (meneer verhaeghe) komt dinsdag", ["verhaeghe"], []),
    ("lower", "vandaag sven opgehaald door oma, mehmet blijft tot 6u", ["sven", "mehmet"], []),
    ("lower", "de lente komt eraan en het water is koud", [], ["lente", "water"]),
    # 3 pet forms of registered names and of their short forms
    ("pet_forms", "Kasia en Kasiunia zijn dezelfde: Kasiek huilde.", ["Kasia", "Kasiunia", "Kasiek"], []),
    ("pet_forms", "Maudje wou niet slapen, Yassi wel.", ["Maudje", "Yassi"], []),
    ("pet_forms", "Memocan at goed, Hibaatje ook.", ["Memocan", "Hibaatje"], []),
    ("pet_forms", "Piet-Jan speelde met Svenneke.", ["Piet-Jan", "Svenneke"], []),
    # 4 dates
    (
        "dates",
        "Afspraken: le 3, 4 et 5 mars; daarna 2024.03.14 en 14 03 2024.",
        ["3,", "4 et", "5 mars", "2024.03.14", "14 03 2024"],
        [],
    ),
    (
        "dates",
        "Geboren op 21/O3/2O19, gezien op 14/3/'24 en op de eenendertigste van december.",
        ["21/O3/2O19", "14/3", "eenendertigste"],
        [],
    ),
    ("dates", "Geboortedatum: 03 . 05 . 2019", ["03 . 05 . 2019"], []),
    (
        "dates",
        "Afwezig op 10 en 11/03, van 3 tot 7/4 weg; on Feb 3 she called.",
        ["10 en", "11/03", "3 tot", "7/4", "Feb 3"],
        [],
    ),
    ("dates", "Ze kreeg 2 of 3 stukjes taart.", [], ["2 of 3 stukjes"]),
    # 5 institutions by what the sentence says
    ("institutions", "Papa werkt bij Schrijnwerkerij Dewulf, mama werkt voor Deprez.", ["Dewulf", "Deprez"], []),
    ("institutions", "Ze gaat naar De Regenboog, hij zit op Het Anker.", ["Regenboog", "Anker"], []),
    ("institutions", "Mama werkt als poetsvrouw bij Cleanpro; schoenen kocht ze bij Torfs.", ["Cleanpro"], ["Torfs"]),
    (
        "institutions",
        "Hij is lid van Sparta Zwevegem en speelt bij Racing Loppem.",
        ["Sparta", "Zwevegem", "Racing", "Loppem"],
        [],
    ),
    (
        "institutions",
        "Ze neemt de bus van De Lijn naar Marokko? Nee, naar de Chiro.",
        [],
        ["De Lijn", "Marokko", "Chiro"],
    ),
    # 6 handles and user names
    ("handles", "Hij chat als xXsvenXx en als SvenG_07.", ["xXsvenXx", "SvenG_07"], []),
    ("handles", "Zijn gebruikersnaam is ShadowKing; volgt @kübra-x.", ["ShadowKing", "kübra-x"], []),
    ("handles", "Haar account is verwijderd.", [], ["account is verwijderd"]),
    (
        "handles",
        "Ze chat met lotte.v en kobe.vdb; zie verslag.pdf op www.kind.be.",
        ["lotte.v", "kobe.vdb"],
        ["verslag.pdf"],
    ),
    # identifiers a reader reads as numbers
    ("identifiers", "GSM: O476/12.34.56, rekening be68539007547034.", ["O476", "12.34.56", "be68539007547034"], []),
    # 7 places
    ("places", "De vader werkt in Brussel, de moeder in Herentals.", ["Brussel", "Herentals"], []),
    ("places", "ze woont nu in merksem, vroeger in 8500 kortrijk", ["merksem", "kortrijk"], []),
    ("places", "Oma woont in West-Vlaanderen, opa in Marokko.", [], ["West-Vlaanderen", "Marokko"]),
    ("places", "Ze verhuizen naar Wilrijk.", ["Wilrijk"], []),
    # 8 what must stay
    ("keep", "Ze speelt met Peppa Pig en Kabouter Plop, en met Lego.", [], ["Peppa Pig", "Kabouter Plop", "Lego"]),
    ("keep", "Onze hond Max blaft. Zijn knuffel Bobbie is kwijt.", [], ["Max", "Bobbie"]),
    ("keep", "DRINGEND: kwam HUILEND binnen.", [], ["DRINGEND", "HUILEND"]),
    ("keep", "Hij zit bij de Vlinders, zijn zus bij de Rupsjes.", [], ["Vlinders", "Rupsjes"]),
    (
        "keep",
        "Hulp via Child Focus, de Tolkendienst en het Groeipakket.",
        [],
        ["Child Focus", "Tolkendienst", "Groeipakket"],
    ),  # fmt: skip
    ("keep", "Met Valentijn en Hemelvaart is de opvang dicht.", [], ["Valentijn", "Hemelvaart"]),
    ("keep", "Begeleiding door het Agentschap Integratie en Inburgering.", [], ["Integratie en Inburgering"]),
    ("keep", "Na Divali en Chanoeka vieren ze ook Nowruz.", [], ["Divali", "Chanoeka", "Nowruz"]),
    ("keep", "Mama zegt habibi en ma puce; teta haalt hem op.", [], ["habibi", "ma puce", "teta"]),
    ("keep", "Bel 112 of de brandweer. De Lijn rijdt niet.", [], ["112", "brandweer", "De Lijn"]),
    ("keep", "VERSLAG VAN HET OUDERGESPREK\nBesproken met het CPAS.", [], ["VERSLAG VAN HET OUDERGESPREK", "CPAS"]),
    # 9 what a reader sees
    ("reading", "Wende\u200blien huilde, Wende\u00adlien lachte.", ["Wende\u200blien", "Wende\u00adlien"], []),
    ("reading", "Вендэлиен en Gulsum Yildirim kwamen.", ["Вендэлиен", "Gulsum", "Yildirim"], []),
    ("reading", "Ze post als #WendelienAchterberg en wendelienachterberg2021.", ["Wendelien", "wendelien"], []),
]
