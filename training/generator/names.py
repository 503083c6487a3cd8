# ruff: noqa: SIM905  (name lists read best as space-separated strings)
"""Name, place and institution sources for the case-note generator.

Flemish first names, surnames, municipalities and streets are read at build time from the Statbel-based lists
shipped in the installed ``belgian-deduce`` package (data CC BY 4.0); nothing is copied into this repository.
The deduce lists are alphabetical without frequencies, so uniform sampling over-represents rare names: we mix
them with a short list of common Flemish names and with name *patterns* of newer Flemish families (Moroccan,
Turkish, Polish, Romanian, Congolese, Syrian, Afghan, Ukrainian, Eritrean ...) so the model sees the diversity
of Flanders.
"""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path


def _deduce_src() -> Path:
    import belgian_deduce

    return Path(belgian_deduce.__file__).parent / "data" / "lookup" / "src"


def _read(rel: str) -> list[str]:
    path = _deduce_src() / rel / "items.txt"
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


# Common Flemish given names (a few dozen of our own, so that frequent names are not drowned by rare ones).
COMMON_FIRST = (
    "Lotte Noor Lina Olivia Nora Evi Lies Tine Leen Eline Febe Jana Amber Julie Kato Lucas Arthur Louis Jules Finn "
    "Lars Kobe Daan Bram Seppe Tibo Warre Lander Vic Ferre Mathis Robbe Wannes Koen Dirk Luc Sven Jonas Thomas "
    "Aline Brent Cas Dries Fleur Gilles Hasse Ines Jarne Jorre Kaat Lowie Marthe Nand Oona Pieterjan Quinten Rune "
    "Siebe Toon Ulrike Vince Wiebe Xander Yente Zita Bavo Cato Evert Floor Gust Klaas Machteld Roel Saskia Tijs Wim "
    "Yannick Babette Cedric Delphine Eveline Filip"
).split()
COMMON_SURNAME = [
    "Jacobs",
    "Willems",
    "Dubois",
    "Lambert",
    "Dupont",
    "Martens",
    "Van de Velde",
    "Hermans",
    "Pauwels",
    "Verhoeven",
    "De Cock",
    "Desmet",
    "Vandenberghe",
    "Declercq",
    "De Backer",
    "Coppens",
    "Smets",
    "Michiels",
    "Verstraete",
    "Lemmens",
    "Aerts",
    "Segers",
    "Devos",
    "Cools",
    "Bogaert",
    "Vermeersch",
    "Desmedt",
    "Baert",
    "Vervaet",
    "Dewulf",
    "Debruyne",
    "Beckers",
    "Vandewalle",
    "Van Hoecke",
    "Lauwers",
    "Verschueren",
    "Van Hove",
    "De Meyer",
    "Dierickx",
    "Deprez",
    "Van Gestel",
    "Vervoort",
    "Somers",
    "Geerts",
    "Tack",
    "Van Landeghem",
    "Moens",
    "Verlinden",
    "Boeckx",
    "Ceulemans",
]

# Names that are also ordinary Dutch words: the model must use context, not the word itself.
WORD_FIRST = [
    "Roos",
    "Storm",
    "Daan",
    "Hoop",
    "Zomer",
    "Merel",
    "Iris",
    "Bo",
    "Noor",
    "Hazel",
    "Mus",
    "Dirk",
    "Berk",
    "Linde",
    "Sam",
    "Ever",
    "Lef",
]
WORD_SURNAME = [
    "De Vos",
    "Bakker",
    "Koning",
    "Smit",
    "Visser",
    "Brouwer",
    "Winter",
    "Zomer",
    "Hoorn",
    "Van Dam",
    "De Kok",
    "Schepers",
    "Molenaar",
    "De Leeuw",
    "Storm",
    "Den Haan",
    "Mulder",
    "Boer",
    "De Boer",
    "Kuipers",
    "Koster",
    "Bos",
    "Vink",
    "Haas",
]

# Name patterns of newer Flemish families, our own short lists (the deduce lists hold many more; these make sure
# each origin is present with its typical shapes: prefixes, particles, diacritics, compound names).
ORIGIN_FIRST = {
    "maroc": (
        "Mohammed Mohamed Ibrahim Anass Ouassim Siham Hafsa Driss Mounir Latifa Zineb Ikram Youssef Ayoub "
        "Bilal Hamza Ilyas Imran Rayan Adam Nassim Soufiane Salma Imane Hiba Aya Karim Said Mustafa Zakaria "
        "Amira Loubna Naima"
    ).split(),
    "turk": (
        "Mehmet Ahmet Ecem Merve Burak Hatice Ayse Emir Eymen Asya Defne Hüseyin Gülsüm Serkan Tuğba Ömer Şeyma Çağla"
    ).split(),
    "pol": (
        "Kacper Jakub Wojciech Zuzanna Małgorzata Katarzyna Piotr Paweł Łukasz Oliwia Szymon Maja Krzysztof "
        "Joanna Bartosz"
    ).split(),
    "rom": ("Ionuț Alexandru Andreea Gabriela Bogdan Cristina Răzvan Ștefan Daria Vasile Irina").split(),
    "congo": (
        "Merveille Exaucé Glodi Christelle Patience Dieumerci Benedicte Jonathan Prince Gloria Divine Blessing Plamedi"
    ).split(),
    "syria": ("Omar Ahmad Rama Lujain Hala Tarek Bashar Yara Ghazal Mahmoud Ranim Jouri Sidra Moaz").split(),
    "afghan": ("Ahmad Sohrab Shabnam Mursal Parwana Bilal Nasrin Rahimullah Wahid Sahar Mariam").split(),
    "ukr": ("Oleksandr Mykola Yulia Daryna Bohdan Anastasiia Viktoriia Taras Dmytro Solomiia").split(),
    "eritrea": ("Yonas Semhar Helen Robel Meron Abrehet Dawit Luwam Kidane Natnael").split(),
}
ORIGIN_SURNAME = {
    "maroc": [
        "El Idrissi",
        "Benali",
        "El Khattabi",
        "Ouahabi",
        "Azzouzi",
        "Boukhari",
        "Chaouki",
        "El Hamdaoui",
        "Belhaj",
        "Tahiri",
        "Ben Salah",
        "Ait Lahcen",
        "Bakkali",
        "Haddouchi",
    ],
    "turk": [
        "Yılmaz",
        "Kaya",
        "Çelik",
        "Şahin",
        "Öztürk",
        "Aydın",
        "Arslan",
        "Doğan",
        "Kılıç",
        "Yıldız",
        "Koç",
        "Polat",
        "Erdoğan",
        "Gül",
        "Kaplan",
    ],
    "pol": [
        "Kowalski",
        "Nowak",
        "Wiśniewska",
        "Wójcik",
        "Kamiński",
        "Lewandowska",
        "Zieliński",
        "Szymańska",
        "Dąbrowski",
        "Kozłowska",
        "Jankowski",
        "Mazur",
    ],
    "rom": [
        "Ionescu",
        "Dumitru",
        "Stoica",
        "Constantinescu",
        "Munteanu",
        "Ciobanu",
        "Rusu",
        "Marinescu",
        "Lungu",
        "Stan",
        "Moldovan",
    ],
    "congo": [
        "Kabila",
        "Tshibangu",
        "Lukusa",
        "Mukendi",
        "Kalonji",
        "Mwamba",
        "Ngoy",
        "Nzuzi",
        "Makiese",
        "Tshimanga",
        "Kasongo",
    ],
    "syria": ["Al-Hassan", "Haddad", "Hamwi", "Al-Ahmad", "Kassab", "Darwish", "Al Masri", "Sabbagh"],
    "afghan": ["Ahmadi", "Karimi", "Hakimi", "Sultani", "Noori", "Habibi", "Popal", "Safi", "Azizi"],
    "ukr": [
        "Kovalenko",
        "Shevchenko",
        "Bondarenko",
        "Tkachenko",
        "Kravchenko",
        "Boyko",
        "Lysenko",
        "Marchenko",
        "Savchuk",
    ],
    "eritrea": ["Tesfaye", "Gebremedhin", "Haile", "Kidane", "Tekle", "Ghebreyesus", "Woldu", "Mehari", "Asfaha"],
}

# Diminutive and nickname rules (Flemish: -ke, -tje, -je, -ie; short forms).
NICKNAMES = {
    "Mohammed": ["Mo", "Momo"],
    "Mohamed": ["Mo"],
    "Alexander": ["Alex", "Lex"],
    "Elisabeth": ["Lies", "Liesje"],
    "Catharina": ["Trien"],
    "Johannes": ["Hannes"],
    "Maximiliaan": ["Max"],
    "Oleksandr": ["Sasha"],
    "Joris": ["Jo"],
    "Lotte": ["Lo", "Lotje", "Lotteke"],
    "Mustafa": ["Musti"],
    "Wilhelmina": ["Mien"],
    "Frederik": ["Fre", "Freddy"],
    "Christophe": ["Chris"],
    "Nicolas": ["Nico"],
    "Jonathan": ["Jonny"],
    "Abdelkarim": ["Karim"],
    "Gabriela": ["Gabi"],
    "Zuzanna": ["Zuza"],
    "Anastasiia": ["Nastia"],
    "Merveille": ["Merv"],
    "Thomas": ["Tommy"],
    "Abdelilah": ["Ilah"],
    "Ibrahim": ["Ibo", "Brahim"],
    "Emmanuel": ["Manu"],
    "Leontien": ["Tien"],
    "Bartholomeus": ["Mies"],
    "Francesca": ["Cesca"],
    "Mikołaj": ["Mikuś"],
    "Dmytro": ["Dima"],
    "Volodymyr": ["Vova"],
}


@lru_cache(maxsize=1)
def sources() -> dict[str, list]:
    """Load every list once (deduce lists, filtered for things that look like names)."""
    first = [w for w in _read("names/lst_first_name") if w[:1].isupper() and len(w) >= 2 and " " not in w]
    surname = [w for w in _read("names/lst_surname") if w[:1].isupper() and len(w) >= 3]
    interfix_sn = [w for w in _read("names/lst_interfix_surname") if w[:1].isupper() and len(w) >= 3]
    munis = _read("locations/lst_placename/lst_municipality")
    localities = _read("locations/lst_placename/lst_postal_locality")
    postal = []
    for ln in _read("locations/lst_postal_code_locality"):
        code, _, place = ln.partition("\t")
        if code.isdigit() and place and "(" not in place and len(place) < 30 and int(code) >= 1000:
            postal.append((code, place))
    streets = [s for s in _read("locations/lst_street") if 5 <= len(s) <= 32 and s[:1].isupper()]
    hospitals = [h for h in _read("institutions/lst_hospital") if 6 <= len(h) <= 40]
    return {
        "first": first,
        "first_short": [w for w in first if 3 <= len(w) <= 6 and w.isalpha()],
        "surname": surname,
        "interfix_sn": interfix_sn,
        "munis": munis,
        "localities": localities,
        "postal": postal,
        "streets": streets,
        "hospitals": hospitals,
    }


def first_name(rng: random.Random, gender_hint: str | None = None) -> str:
    """A given name: common Flemish, deduce list, word-names, or a name of a newer Flemish family."""
    r = rng.random()
    if r < 0.30:
        return rng.choice(COMMON_FIRST)
    if r < 0.62:
        # the deduce list has no frequencies; everyday Flemish given names are mostly short, so favour those
        pool = sources()["first_short"] if rng.random() < 0.6 else sources()["first"]
        return rng.choice(pool)
    if r < 0.70:
        return rng.choice(WORD_FIRST)
    if r < 0.75:
        a, b = rng.choice(COMMON_FIRST), rng.choice(COMMON_FIRST)
        return f"{a}-{b}" if a != b else a
    return rng.choice(ORIGIN_FIRST[rng.choice(list(ORIGIN_FIRST))])


def surname(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.22:
        return rng.choice(COMMON_SURNAME)
    if r < 0.58:
        return rng.choice(sources()["surname"])
    if r < 0.70:
        pre = rng.choice(["Van", "Van de", "Van den", "Van der", "De", "Vanden", "Vande", "Ver", "D'", "Van 't"])
        base = rng.choice(sources()["interfix_sn"])
        if pre in ("Vanden", "Vande", "Ver"):
            return pre + base.lower() if pre == "Ver" else pre + " " + base
        if pre == "D'":
            return pre + base
        return pre + " " + base
    if r < 0.78:
        return rng.choice(WORD_SURNAME)
    return rng.choice(ORIGIN_SURNAME[rng.choice(list(ORIGIN_SURNAME))])


def diminutive(name: str, rng: random.Random) -> str:
    """A Flemish pet form of a given name (Lotte -> Lotje/Lotteke, Wout -> Woutje, Mohammed -> Mo)."""
    if name in NICKNAMES:
        return rng.choice(NICKNAMES[name])
    base = name.split("-")[0]
    if len(base) <= 2:
        return base
    r = rng.random()
    if r < 0.3:
        return base + "ke" if base[-1] != "e" else base + "ke"
    if r < 0.65:
        if base.endswith("e") and len(base) > 3:
            stem = base[:-1]
            if len(stem) >= 2 and stem[-1] == stem[-2]:
                stem = stem[:-1]
            return stem + "je"
        if base[-1] in "aiouy":
            return base + "tje"
        return base + ("je" if base[-1] in "tdpkfs" else "tje")
    if r < 0.85 and len(base) >= 5:
        return base[: rng.choice([3, 4])]
    return base + "ie" if base[-1] not in "aeiouy" else base[:-1] + "ie"


def municipality(rng: random.Random) -> str:
    s = sources()
    return rng.choice(s["munis"]) if rng.random() < 0.6 else rng.choice(s["localities"])


_FLEMISH_STREET = (
    "straat",
    "laan",
    "weg",
    "plein",
    "dreef",
    "kouter",
    "veld",
    "hof",
    "baan",
    "steenweg",
    "dijk",
    "kaai",
    "markt",
    "wijk",
    "akker",
    "hoek",
    "gracht",
    "pad",
    "berg",
    "meers",
    "dries",
    "ven",
    "heide",
)


def postal(rng: random.Random) -> tuple[str, str]:
    """A postcode with its locality; mostly Flemish and Brussels codes, some Walloon ones."""
    allp = sources()["postal"]
    if rng.random() < 0.85:
        while True:
            code, place = rng.choice(allp)
            c = int(code)
            if 1000 <= c < 1300 or 1500 <= c < 4000 or 8000 <= c < 10000:
                return code, place
    return rng.choice(allp)


@lru_cache(maxsize=1)
def _flemish_streets() -> list[str]:
    return [s for s in sources()["streets"] if s.lower().endswith(_FLEMISH_STREET)]


def street(rng: random.Random) -> str:
    return rng.choice(_flemish_streets()) if rng.random() < 0.85 else rng.choice(sources()["streets"])


_KDV_A = ["'t", "De", "Het", "", "", "Kinderopvang", "Crèche", "KDV"]
_KDV_B = [
    "Zonne",
    "Vlinder",
    "Regenboog",
    "Speel",
    "Knuffel",
    "Bengel",
    "Hummel",
    "Pagadder",
    "Ukken",
    "Egel",
    "Boomhut",
    "Beren",
    "Sterren",
    "Molen",
    "Zeepbel",
    "Rakker",
    "Duimel",
    "Tuimel",
    "Kwetter",
    "Kriebel",
    "Wiegel",
    "Pluizen",
    "Appel",
    "Boeboe",
    "Madelief",
    "Ooievaar",
]
_KDV_C = [
    "huis",
    "huisje",
    "tje",
    "hof",
    "nest",
    "land",
    "wereld",
    "kasteel",
    "tuin",
    "paleis",
    "bende",
    "kes",
    "wiek",
    "dorp",
    "",
    "stek",
]
_SCHOOL = [
    "Sint-Maarten",
    "Sint-Lodewijk",
    "Sint-Vincentius",
    "Mariaburcht",
    "De Klimop",
    "De Wegwijzer",
    "De Regenboog",
    "De Horizon",
    "Het Kompas",
    "De Vlinderboom",
    "De Boomgaard",
    "Het Molenhuis",
    "De Zonnebloem",
    "De Sleutel",
    "Het Anker",
    "Sint-Ursula",
    "Heilig Hart",
    "De Brug",
    "De Pijl",
    "De Tandem",
    "Het Spoor",
    "De Kameleon",
    "Sint-Amandus",
    "De Toverberg",
]
_FRENCH_KDV = ["Le Petit", "La Maison des", "Les Petits", "Le Nid des", "Au Royaume des"]
_FRENCH_KDV2 = ["Lutins", "Bambins", "Poussins", "Câlins", "Moussaillons", "Oursons", "Soleil"]
_BUSINESS = [
    "Slagerij",
    "Garage",
    "Transport",
    "Schrijnwerkerij",
    "Frituur",
    "Kapsalon",
    "Café",
    "Brouwerij",
    "Drukkerij",
    "Tuinaanleg",
    "Schoonmaak",
    "Interieur",
    "Dakwerken",
    "Apotheek",
]
_CLUB = ["VC", "KSV", "SK", "FC", "KVC", "Sporting", "Racing", "Eendracht", "KSK"]


def kdv_name(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"{rng.choice(_FRENCH_KDV)} {rng.choice(_FRENCH_KDV2)}"
    a, b, c = rng.choice(_KDV_A), rng.choice(_KDV_B), rng.choice(_KDV_C)
    if not a and not c:
        a = rng.choice(["De", "'t", "KDV"])
    name = (b + c) if rng.random() < 0.7 else f"{b} {c.capitalize()}".strip()
    return f"{a} {name}".strip()


def school_name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return rng.choice(_SCHOOL)
    if r < 0.8:
        kind = rng.choice(["VBS", "GBS", "GO!", "BS", "Vrije Basisschool", "Stedelijke Basisschool"])
        return f"{kind} {rng.choice(_SCHOOL)}"
    return f"{rng.choice(_SCHOOL)} {municipality(rng)}"


def business_name(rng: random.Random) -> str:
    r = rng.random()
    sn = surname(rng)
    if r < 0.5:
        return f"{rng.choice(_BUSINESS)} {sn}"
    if r < 0.7:
        return f"{sn} {rng.choice(['NV', 'BV', 'bvba', '& Zonen', 'Logistics', 'Bouw', 'Motors'])}"
    if r < 0.85:
        return rng.choice(sources()["hospitals"])
    sign = rng.choice(["Het Hoekske", "De Gouden Leeuw", "De Zwaan", "Den Artist", "Sint-Arnold", "De Molen"])
    return f"{rng.choice(_BUSINESS)} {sign}"


def club_name(rng: random.Random) -> str:
    return (
        f"{rng.choice(_CLUB)} {municipality(rng)}"
        if rng.random() < 0.7
        else f"{rng.choice(['Scouts', 'Chiro', 'KSA'])} {rng.choice(_SCHOOL)}"
    )


_VZW_A = [
    "De Touter",
    "De Katrol",
    "De Schakel",
    "De Brug",
    "De Sloep",
    "Het Anker",
    "De Vlaspit",
    "Den Tube",
    "De Kaai",
    "Kind in Nood",
    "Het Open Huis",
    "De Overstap",
    "Het Balanske",
    "De Loper",
]


def vzw_name(rng: random.Random) -> str:
    """A named local organisation (vzw, welfare project): identifying, unlike the generic services."""
    a = rng.choice(_VZW_A) if rng.random() < 0.6 else f"{rng.choice(_KDV_B)}{rng.choice([c for c in _KDV_C if c])}"
    return rng.choice([f"{a} vzw", f"vzw {a}", a, f"Welzijnsschakel {a}", f"{a} {municipality(rng)}"])
