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
    "Manon Lefèvre",
    "Radu Ionescu",
    "Anatoliy Bondar",
    "Sona Aliyeva",
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
    # 4 dates copied from a parent's message or a passport: month names of other languages, Cyrillic too
    ("dates", "Mama schreef 14 października, papa 3 Şubat en oma 21 травня.", ["14 paź", "3 Şubat", "21 трав"], []),
    ("dates", "Geboren 4. júla 2021, ingeschreven 9 mai en 2 septiembre.", ["4. júla", "9 mai", "2 sept"], []),
    # 4 dates with a Roman month, a range of days, a weekday opening a log line, minutes no clock shows
    ("dates", "3.IV – mama belt.\n22.XI – eet goed.", ["3.IV", "22.XI"], ["mama belt"]),
    ("dates", "In de papa-weken (4-8/11, 18/11) slaapt hij slecht.", ["4-8/11", "18/11"], ["papa-weken"]),
    ("dates", "Donderdag 16: gebeld.\nle 7 – omkleden.", ["16", "7 –"], ["gebeld", "omkleden"]),
    (
        "dates",
        "Ik zag de papa op 18.02 en 19.03.\n02 – eerste punt. Om 10.05 en om 9.07 belde ze.",
        ["18.02", "19.03"],
        ["02 –", "10.05", "9.07"],
    ),
    ("dates", "2/3 08.12 – ik: oké, geen probleem.", ["2/3"], ["08.12"]),
    ("dates", "Ze belde de twintigste, daarna op de vijftiende van de maand.", ["twintigste", "vijftiende"], []),
    ("dates", "Om 7.30 komt ze binnen; de tweede keer ging het beter.", [], ["7.30", "tweede keer"]),
    # 5 institutions
    ("institutions", "Ze zit in de Sint-Ursulaschool, haar broer gaat naar Sint-Lodewijk.", ["Ursula", "Lodewijk"], []),
    ("institutions", "Opgenomen in UZ Leuven en later in ZNA Middelheim.", ["Leuven", "Middelheim"], []),
    ("institutions", "Papa werkt bij Bouwwerken Verhelst.", ["Verhelst"], []),
    ("institutions", "Inschrijving bij GO! De Krekelhoeve en in de Klimopschool.", ["Krekelhoeve", "Klimop"], []),
    # 5 a firm as workplace typed in lower case, after 'werkgever:', after 'doorverwezen naar', 'ondersteuning via'
    ("institutions", "mama werkt toch bij zwartix? hij heeft geen werk meer bij tromko.", ["zwartix", "tromko"], []),
    (
        "institutions",
        "Werkgever: Delvano. Ondersteuning via Welzijnshuis Noord.",
        ["Delvano", "Welzijnshuis Noord"],
        [],
    ),
    ("institutions", "papa werkt bij de gemeente; ze werkt bij mensen thuis.", [], ["gemeente", "mensen"]),
    # 5 an acronym that names one hospital or school (data), not a service every town has
    (
        "institutions",
        "Ze werkt in het UZG en studeert aan de UCLL; het OCMW en het CLB zijn verwittigd.",
        ["UZG", "UCLL"],
        ["OCMW", "CLB"],
    ),
    # 6 handles
    ("handles", "Ze volgt @lotte.v_2012 op tiktok en chat met ylva_x_19.", ["lotte.v", "ylva_x_19"], []),
    ("handles", "Zijn instagram account is kobe2014.", ["kobe2014"], []),
    # 6 a registered name split into parts as a display name ('Vers Traelen' for Verstraelen)
    ("handles", "Papa zet op Facebook berichten als Sven Vers Traelen.", ["Vers", "Traelen"], []),
    # 6 handles: an account name holding a registered name goes whole; names of three parts with a name in them
    ("handles", "Mama post als @roos.verbiest.wvl en als roos.verbiest_bxl.", ["verbiest", "wvl", "bxl"], []),
    ("handles", "Papa stuurt naar jarno.dewulf.9000 en zijn zus volgt ines.vdb.brugge.", ["jarno", "9000", "ines"], []),
    ("handles", "Zie www.kindengezin.be, o.a. de brochure verslag.v2.docx.", [], ["o.a.", "verslag.v2.docx"]),
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
    # 1 initials beside the name they stand for, and the same initials again anywhere in the note
    (
        "initials",
        "Aanwezig: Gitte Rombouts (GR, verantwoordelijke), Wanda Claus (WC) en Ode (OT).\n"
        "Op maandag zag WC de plek. GR belde mama; OT schreef het op. Het WC was vuil.",
        ["GR", "zag WC", "OT", "Gitte", "Wanda"],
        ["Het WC", "mama"],
    ),
    (
        "initials",
        "Legende: TVB Tine Van Baelen · F-X Frans-Xavier Lot · L.V.d.W. Luc Van de Wal",
        ["TVB", "F-X", "L.V.d.W."],
        [],
    ),
    ("initials", "Correctie door GH (Gust Hollants): bij regel 4.\nx zk (Zita Kools)", ["GH", "zk"], []),
    ("initials", "Legende: LT = Lode Tas, MDO = stagiaire Mona De Ooms.\nMDO tekende mee.", ["LT", "MDO"], []),
    ("initials", "Het Centrum Algemeen Welzijnswerk (CAW) en het OCMW zijn verwittigd.", [], ["CAW", "OCMW"]),
    # 1 initials with dots, hyphens and letters outside ASCII where the old patterns stopped
    ("initials", "Voorbereid door GDB en H.-P. op dinsdag; opgelost door Ü.T. vandaag.", ["H.-P.", "Ü.T."], []),
    ("initials", "Geschreven door Th. B. (begeleider) en nagelezen door NB.", ["Th. B.", " NB"], []),
    # 1 initials as the subject of a verb, before a role, after a person word, in a bracket of initials
    ("initials", "- PW contacteert de school.\nVN noteert wie ophaalt.", ["PW", "VN"], []),
    ("initials", "Aanwezig: ZT (zorgcoördinator), K.D.M. (onthaalouder), OK (coach).", ["ZT", "K.D.M.", "OK"], []),
    ("initials", "noot IVM: mama belde. Vaste begeleider hdm; verslag: wvd.", ["IVM", "hdm", "wvd"], ["mama"]),
    ("initials", "Drie begeleiders (ZJV, QM en pw) zagen het; zeg niks tegen T.", ["ZJV", "QM", "pw", " T."], []),
    (
        "initials",
        "ik ben morgen vrij, tg of HW doen de vroege. x rs (Rita Sels)\noverdracht (rs → tg)",
        ["tg", "HW", "x rs", "(rs"],
        [],
    ),
    ("initials", "foto niet genomen. gv\ngroetjes jvd\n– pdm", ["gv", "jvd", "pdm"], []),
    # 1 a first name in capitals where staff sign, one capital with a dot as the subject, after 'Afwezig:'
    (
        "initials",
        "BKO (INGE): hij speelt graag.\nINGE bespreekt het met mama. DRINGEND: bel mama.",
        ["(INGE)", "INGE bespreekt"],
        ["DRINGEND"],
    ),
    (
        "initials",
        "Ze verwittigde de verantwoordelijke. T. werd naar huis gebracht.\nAfwezig: R. (ziek)",
        [" T.", " R."],
        [],
    ),
    (
        "initials",
        "NB: geen opvang op vrijdag. Het is OK. Ze gaat na school naar huis; tegen de muur.",
        [],
        ["NB", "OK", "na school", "tegen de muur"],
    ),
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
    # 2 lower case: a chat export's speaker, a list with a capitalised name, after 'met', 'bij', 'aan', a greeting
    ("lower", "09:12 - tamsin: ok, ik kom\n[03/04/2025 08:10] ottilie: noteer het", ["tamsin", "ottilie"], ["noteer"]),
    ("lower", "08:15 - femke 🌸: mama komt straks", ["femke"], ["mama komt"]),
    ("lower", "foto's van fenne, jorun en Ilka gezien. ouders van jorun en fenne ingelicht", ["fenne", "jorun"], []),
    ("lower", "zat bij margot op schoot en speelde met jasna en liv", ["margot", "jasna", "liv"], []),
    ("lower", "goeiemorgen hilke, alles goed?", ["hilke"], ["alles goed"]),
    ("lower", "ik weet nie, zen broek was nat en gin ontbijt", [], ["nie", "zen broek", "gin"]),
    # 2 lower case: a first name opening a sentence before a verb; a name found capitalised, again in lower case
    ("lower", 'sorry voor gisteren. jorrit slaapt nu bij zijn broer. Fenna zegt "moe is ze".', ["jorrit"], ["moe is"]),
    (
        "lower",
        "Juf Lente en Hazel waren weg. ze zei: lente heeft hazel geduwd. De lente komt, een lente vol zon.",
        ["lente heeft", "hazel geduwd"],
        ["De lente komt", "een lente vol"],
    ),
    ("lower", "Onze oma, babaanne Zehra, en nani Amrit kwamen mee.", ["Zehra", "Amrit"], ["babaanne", "nani"]),
    # 2 registered names that are words: after 'met', 'van', before a verb by its ending; the word stays
    (
        "lower",
        "Soraya tekent met mees. De mama van merel belde. roos tekende een roos.",
        ["met mees", "van merel", "roos tekende"],
        ["een roos"],
    ),
    ("lower", "ik zag een merel en een mees in de tuin", [], ["een merel", "een mees"]),
    (
        "lower",
        "Andere kinderen: jorun, fenne (zagen het). ik kocht appels, peren en kiwi.",
        ["jorun", "fenne"],
        ["appels, peren en kiwi"],
    ),
    # 3 pet forms of registered names and of their short forms
    ("pet_forms", "Kasia en Kasiunia zijn dezelfde: Kasiek huilde.", ["Kasia", "Kasiunia", "Kasiek"], []),
    ("pet_forms", "Maudje wou niet slapen, Yassi wel.", ["Maudje", "Yassi"], []),
    ("pet_forms", "Memocan at goed, Hibaatje ook.", ["Memocan", "Hibaatje"], []),
    ("pet_forms", "Piet-Jan speelde met Svenneke.", ["Piet-Jan", "Svenneke"], []),
    # 3 pet forms: Polish -tuś, French -chou, Romanian -uț on the whole name, Ukrainian without the first vowel,
    # Persian -jan after a hyphen, Dutch -aatje on a name spelled as said
    ("pet_forms", "Wojtuś huilde, Manchou lachte en Raduț sliep.", ["Wojtuś", "Manchou", "Raduț"], []),
    ("pet_forms", "Mama zegt Natusya, de zus zegt Hiba-jan.", ["Natusya", "Hiba-jan"], []),
    ("pet_forms", "Soonaatje at goed.", ["Soonaatje"], []),
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
    # 7 places typed in lower case alone, after a service word, a municipality with its part, French streets
    (
        "places",
        "onthaal bij de kdv (zottegem), overgetypt. adres: zwevegemsestraat 14, kortrijk?",
        ["zottegem", "zwevegemsestraat", "kortrijk"],
        [],
    ),
    (
        "places",
        "eventueel politie oudenaarde bellen; verhuisd naar kruishoutemsesteenweg ergens",
        ["oudenaarde", "kruishoutemsesteenweg"],
        [],
    ),
    ("places", "BKO De Vlieger, Genk-Zuid. Mama bij de stad Hasselt.", ["Genk-Zuid", "Hasselt"], []),
    (
        "places",
        "Ze wonen bij een tante, rue Haute 212, en daarvoor avenue de la Couronne 8.",
        ["Haute", "Couronne"],
        [],
    ),
    ("places", "Adres: Achtstraten 12, later Kapelhoeve 3.", ["Achtstraten", "Kapelhoeve"], []),
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
    ("keep", "Besproken met de SAJ en de ONE.", [], ["SAJ", "ONE"]),
    # 8 headings in capitals of ordinary words stay (names in capitals do not); things to keep side by side
    (
        "keep",
        "VERSLAG VAN HET OUDERGESPREK\nMELDING HUISBEZOEK\nDe mama belde.",
        [],
        ["VERSLAG VAN HET OUDERGESPREK", "MELDING HUISBEZOEK"],
    ),
    ("keep", "Hij bouwt met Lego Duplo en kijkt Masha en de Beer.", [], ["Lego Duplo", "Masha en de Beer"]),
    # 9 what a reader sees
    ("reading", "Wende\u200blien huilde, Wende\u00adlien lachte.", ["Wende\u200blien", "Wende\u00adlien"], []),
    ("reading", "Вендэлиен en Gulsum Yildirim kwamen.", ["Вендэлиен", "Gulsum", "Yildirim"], []),
    ("reading", "Ze post als #WendelienAchterberg en wendelienachterberg2021.", ["Wendelien", "wendelien"], []),
]
