"""More layouts of numbers and dates that identify someone: an identity card's number by its printed layout, a
passport's or a court roll's number after its label (capitals and digits glued), a number after a label and 'is',
a file code with a registered person's initials in it, a day and month as a log line's heading. And the other side:
amounts, scores and a feast's name stay.

Invented sentences, names and numbers only."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.case import Person, Role

FAMILY = [Person(name="Liesbeth Van Hoorebeke", role=Role.CHILD), Person(name="Koen Dierickx", role=Role.FATHER)]


def anon(text: str, persons: list[Person] | None = None) -> str:
    return anonymise_text(text, persons or [], use_model=False).text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Tante Rosa - identiteitskaart 591-2283411-07 - rijdt een grijze wagen.", "591-2283411-07"),
        ("| Rosa | tante | 0475 11 22 33 | 593-4412298-61 |", "593-4412298-61"),  # a table's cell, no label
        ("Opa, kaartnr. 590.7712044.93, mag ophalen.", "590.7712044.93"),
    ],
)
def test_an_identity_cards_number_goes_by_its_layout(text: str, number: str) -> None:
    out = anon(text)
    # without a label its layout names it; after a label the label's number is replaced as such
    assert number not in out and ("[kaartnummer]" in out or "[dossiernummer]" in out)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Oma Halina, paspoort KJ5521903, haalt op.", "KJ5521903"),
        ("Met een kopie van haar paspoort (P5521908) op de lijst.", "P5521908"),
        ("Vonnis van de familierechtbank, rolnummer 24B2231, ligt bij de verantwoordelijke.", "24B2231"),
        ("Schade aangegeven bij de verzekering, polis 33.271.804/11.", "33.271.804/11"),
        ("Haar BSN is 193847562; geldt dat hier ook?", "193847562"),
        ("The firm is registered under KvK number 41877265.", "41877265"),
    ],
)
def test_a_number_after_its_label_in_the_shapes_papers_write_it(text: str, number: str) -> None:
    out = anon(text)
    assert number not in out
    assert "BSN" in out or "KvK" in out or "[dossiernummer]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Ons kenmerk: OCMW/2025/0412-LVH. Liesbeth komt morgen.",
        "Papieren kopiëren voor dossier KD-2024-017 - papa vragen.",
    ],
)
def test_a_file_code_with_a_registered_persons_initials_in_it_goes_whole(text: str) -> None:
    out = anon(text, FAMILY)
    assert "2025" not in out and "0412" not in out and "2024" not in out and "017" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Ze scoorde 100 op de test en las 2345678 keer het woord.",
        "Eid is een mooi feest; de polis van de wagen is duur.",
        "Het paspoort is 10 jaar geldig.",
    ],
)
def test_amounts_and_words_near_the_labels_stay(text: str) -> None:
    assert anon(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Wenmoment 4 – 19-7: papa brengt, fles goed gedronken.", "19-7"),
        ("– KVE 05 – 14.2 – Overleg met de coach over de slaap.", "14.2"),
        ("da was op dinsdag den 6, nie bij u é", "6,"),
    ],
)
def test_dates_as_a_headings_day_or_spoken_with_den(text: str, gone: str) -> None:
    assert gone not in anon(text)


@pytest.mark.parametrize(
    "text",
    [
        "De score was 3-1: prima gespeeld.",
        "Gewicht 3.5 – goed, lengte 52 cm.",
        "Om 20.15 – mama komt binnen.",
        "We zagen 2.5 – 3 kinderen per begeleider.",
    ],
)
def test_scores_decimals_and_times_before_a_colon_or_a_dash_stay(text: str) -> None:
    assert anon(text) == text


def test_a_second_label_before_the_number_stays() -> None:
    assert anon("Opa, kaartnr. ID 5907712044, mag ophalen.") == "Opa, kaartnr. ID [dossiernummer], mag ophalen."


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ADRES: MOLENSTRAAT 118 BUS 3, 3582 KOERSEL", "118"),  # a form in capitals: the box too
        ("DOMICILIE: BIJ MOEDER, LANGE KOUTER 28 BUS 5, 9000 GENT", "BUS 5"),
        ("ADRES: OUDE BAAN 12 BUS 2", "BUS 2"),
        ("Adres: Lange Kouter 28 Bus 5, 9000 Gent", "Bus 5"),
    ],
)
def test_an_address_in_a_forms_capitals_goes_with_its_box(text: str, number: str) -> None:
    out = anon(text)
    assert number not in out and "[adres]" in out


@pytest.mark.parametrize("text", ["VERGADERING 3 – punten", "Groep 2 bus 3 vertrekt om 9u.", "PERSONEELSVERGADERING"])
def test_an_ordinary_word_in_capitals_before_a_number_stays(text: str) -> None:
    assert anon(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Papa Dev: +1 (415) 555 0198, ook op WhatsApp.", "555"),  # another country's area code in brackets
        ("Oma in Londen: +44 (20) 7946 0958.", "7946"),
        ("E-mail : jan.pieters@hotmai l.com Werkgever: bakkerij", "pieters"),  # a scan's space in the domain
        ("Mail: an.v@gmai l.com of bellen", "an.v"),
    ],
)
def test_a_phone_with_a_bracketed_area_code_or_an_address_a_scan_cut_goes_and_the_gate_reads_it(
    text: str, gone: str
) -> None:
    from .test_places_dates_numbers import gate_blocks

    assert gone not in anon(text)
    assert gate_blocks(text)


@pytest.mark.parametrize("text", ["Stuur het naar an@school of later.", "Om 14u (2) 555 kinderen in de zaal."])
def test_an_at_without_a_domain_or_a_bracketed_count_stays(text: str) -> None:
    assert anon(text) == text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("misschien kan ze naar het ocmw mechelen voor hulp?", "mechelen"),  # a municipality's own service
        ("bel het cpas anderlecht morgen", "anderlecht"),
        ("le secrétariat de l'école à anderlecht pour la maman", "anderlecht"),  # French 'à'
        ("we moved from gent last year, she said", "gent"),
    ],
)
def test_a_place_typed_in_lower_case_after_its_service_or_a_french_or_english_preposition(
    text: str, place: str
) -> None:
    assert place not in anon(text)


@pytest.mark.parametrize("text", ["à demain, à gauche, à bientôt", "ne la donnez pas à son père", "it's a lot of work"])
def test_french_and_english_words_after_those_prepositions_stay(text: str) -> None:
    assert anon(text) == text


@pytest.mark.parametrize("text", ["Domiciliëring factuur: via de bank.", "Herinnering: brooddoos meebrengen."])
def test_a_noun_ending_in_ering_is_no_street(text: str) -> None:
    assert anon(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("IBAN BE68 5390 0754 7034 KBO-nummer werkgever: volgt.", "KBO-nummer"),
        ("Rekening BE68 5390 0754 7034 BTW-plichtig: nee.", "BTW-plichtig"),
    ],
)
def test_a_label_after_an_iban_is_no_group_of_it(text: str, kept: str) -> None:
    out = anon(text)
    assert kept in out and "7034" not in out


@pytest.mark.parametrize(
    ("text", "short", "written"),
    [
        ("De familie verhuisde in oktober '19 naar Lokeren.", "'19", "oktober 2019"),
        ("Opvang gestopt sinds feb. ’23, daarna oma.", "’23", "februari 2023"),
        ("Start voorzien: nov-26, na de verlofperiode.", "nov-26", "november 2026"),
        ("Since April '21 the boy lives with his aunt.", "'21", "april 2021"),
    ],
)
def test_a_month_with_a_two_digit_year_gets_its_whole_year(text: str, short: str, written: str) -> None:
    out = anon(text)
    assert short not in out
    assert written in out


@pytest.mark.parametrize(
    "text",
    [
        "Ze zong 'Zomer '24' op het feest.",  # no month before the short year
        "Hij kreeg mei-bloemen en 12 stickers.",  # a month's word in a compound, no year
    ],
)
def test_a_short_year_without_a_month_stays(text: str) -> None:
    assert anon(text) == text
