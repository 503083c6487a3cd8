"""Named institutions by mechanism, with invented examples: a company's legal form after its name, acronyms of a
kind of care centre in capitals, the private payers of the Groeipakket, hospitals and schools named after a
devotion, a name opened by an article with its town where a clause ends, a place of work after someone's initials
in brackets, a neighbourhood's house, a town hall, a partnership, a caterer and a cleaner before their names, and a
saint's first name before a compound that names the school. Each class also says what must stay."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.case import Person, Role

ROSTER = [Person(name="Kobe Verlinden", role=Role.CHILD), Person(name="Dounia Ait Lahcen", role=Role.MOTHER)]


def clean(text: str) -> str:
    return anonymise_text(text, ROSTER, use_model=False).text


CASES = [
    # a company's legal form goes with the firm's name
    ("Papa werkt als chauffeur bij Transport Kowalczyk bv in Lokeren.", ("Kowalczyk", " bv")),
    ("Vader heeft poetsbedrijf Dragomir Clean BV in Ninove.", ("Dragomir", "BV")),
    # acronyms of a care centre in capitals
    ("Doorverwijzing naar CAR Klimroos in Hasselt, wachtlijst tot juni.", ("CAR", "Klimroos")),
    ("Audiometrie bij UMC Sint-Rafaël: licht gehoorverlies.", ("UMC", "Rafaël")),
    # a private payer of the Groeipakket
    ("Groeipakket loopt via Kidslife, dossier in orde.", ("Kidslife",)),
    ("Groeipakket: MyFamily, alles in orde.", ("MyFamily",)),
    # devotional names of hospitals and schools
    ("Mama is bevallen in Heilig Hart Tienen. Alles goed.", ("Heilig", "Tienen")),
    ("afspraak kinderarts (Heilig-Hart) eind mei", ("Heilig",)),
    ("ik moet tot laat werken in heilig hart vandaag", ("heilig",)),
    # a name opened by an article with its town where a clause ends
    ("Weekverslag – De Zonnebloem Kessel-Lo\nAlgemeen: rustige week.", ("Zonnebloem",)),
    ("voorkeur: onthaalouder in Merchtem, of 't Speelhuisje Opwijk", ("Speelhuisje",)),
    # someone's place of work after their initials or role in brackets
    ("Aanwezig: Ingrid Maes (IM, Het Zonnehuisje), Lies (verantw., De Bremstruik).", ("Zonnehuisje", "Bremstruik")),
    # kinds before their own name
    ("Hij gaat naar de huiswerkklas in buurthuis De Brug nee buurthuis Het Anker.", ("Brug", "Anker")),
    ("Overleg: Gemeentehuis Kapelle-op-den-Bos, Dorpsstraat 3", ("Kapelle",)),
    ("Aanwezig: Bert (coach Samenwerkingsverband Kinderopvang Rivierenland)", ("Rivierenland",)),
    ("Maaltijden komen via Catering Yildiz, geen verandering.", ("Yildiz",)),
    ("Karim van Schoonmaak Peeters kwam de vloer doen.", ("Peeters",)),
    # a saint's first name before a compound that names the school
    ("Zus (6e lj. Sint-Jan Berchmanscollege) helpt thuis.", ("Sint-Jan", "Berchmans")),
    # a saint and a quarter the place lists lack, where a clause ends
    ("Broer zit op Sint-Cornelius Heikantwijk, 3de lj.", ("Cornelius", "Heikantwijk")),
    # 'en' between two capitalised words of a name begun
    ("Opa is vaak in Ziekenhuis Rivier en Heide in Maaseik.", ("Rivier", "Heide")),
    # ordinary words opened by a capitalised article before 'vzw'
    ("- De Bruggenbouwer vzw (opvoedingsondersteuning)", ("Bruggenbouwer", "vzw")),
    # an interpreters' bureau with its town's adjective
    ("Tolk via telefoon (Gentse Tolkenbureau, ref 12).", ("Gentse", "Tolkenbureau")),
    # a town's interpreters' service named after it, a hospital's ward after its acronym
    ("Tolk via telefoon (Brussels Tolkenbureau, ref 12).", ("Tolkenbureau",)),
    ("Verontschuldigd: dr. X (kinderpsychiater, ZNA Kinderpsychiatrie)", ("ZNA", "Kinderpsychiatrie")),
    # a social landlord after 'woning via'
    ("Ze verhuist (sociale woning via Thuis Wonen? nee).", ("Thuis Wonen",)),
]


@pytest.mark.parametrize(("text", "gone"), CASES)
def test_named_institution_goes(text: str, gone: tuple[str, ...]) -> None:
    out = clean(text)
    for word in gone:
        assert word not in out, out


STAYS = [
    ("We go by car to the sea.", ("car",)),
    ("We gingen naar Brussels Airport met de trein.", ("met de trein",)),
    ("De schoonmaak gebeurt op maandag.", ("schoonmaak",)),
    ("Ze gaan naar het gemeentehuis voor de papieren.", ("gemeentehuis",)),
    ("De kinderen zongen over het Heilig Hart van Jezus.", ("Heilig Hart",)),
    ("Sluit u aan bij het Groeipakket via de uitbetaler.", ("Groeipakket",)),
    ("Groep De Vlinders Gent ging naar buiten.", ("De Vlinders",)),
    ("Hij ging met De Lijn Gent naar huis.", ("De Lijn",)),
    ("Aanwezig: Ingrid Maes (IM, De Vlinders).", ("De Vlinders",)),
]


@pytest.mark.parametrize(("text", "kept"), STAYS)
def test_ordinary_word_or_service_stays(text: str, kept: tuple[str, ...]) -> None:
    out = clean(text)
    for word in kept:
        assert word in out, out


def test_name_and_town_then_the_name_alone() -> None:
    out = clean("voorkeur: onthaalouder in Merchtem, of 't Speelhuisje Opwijk\nvrije plaats 't Speelhuisje vanaf mei?")
    assert "Speelhuisje" not in out, out


def test_saint_and_an_ordinary_word_stays() -> None:
    out = clean("We vieren Sint-Maarten Zaterdag met lampionnen.")
    assert "Sint-Maarten" in out, out


def test_cells_under_a_heading_that_names_a_kind_of_place() -> None:
    table = (
        "gemeente | kind | voorkeur opvang | aanvraag\n"
        "Lokeren | Lotte | Roodkapje | 3/2\n"
        "Zele | Amir | De Zonnewijzer | 11/2\n"
        "Berlare | Finn | CLB | 12/2\n"
    )
    out = clean(table)
    assert "Roodkapje" not in out and "Zonnewijzer" not in out, out
    assert "| CLB |" in out and "voorkeur opvang" in out, out


def test_an_answer_in_a_school_column_stays() -> None:
    out = clean("| kind | school |\n|---|---|\n| Lotte | De Wilgenhoek |\n| Amir | Nog niet |\n| Noor | Ja |")
    assert "Wilgenhoek" not in out and "Nog niet" in out and "| Ja |" in out, out


def test_the_employer_under_a_signature_with_a_job_title() -> None:
    out = clean("Vriendelijke groet,\nLies Verbeke, klinisch psycholoog\nPsynergia | 02 411 22 33\n")
    assert "Psynergia" not in out, out


def test_an_everyday_line_under_a_signature_stays() -> None:
    out = clean("Lies Verbeke, logopediste\nMaandag, dinsdag niet.\nOok morgen")
    assert "Maandag, dinsdag niet." in out and "Ook morgen" in out, out
