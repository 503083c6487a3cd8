"""Towns and cities abroad where a family comes from, lives or works, in running text, in lower case, with their
accents, in several words and by their Dutch name; Belgian places in the layouts of quick notes (in brackets
after a word, after a shop chain, a zone of two municipalities, a part of a municipality in brackets after it).
What stays: countries and regions, ordinary words that are a town's name too, a word opening a sentence that
only an unknown small town shares.

Invented sentences and names only; the towns are real places of the derived GeoNames list.
"""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers import foreign_places
from casusprep.anonymise.recognizers.base import tokens
from casusprep.case import Person, Role

CHILD = [Person(name="Ilse Verwimp", role=Role.CHILD)]


def anon(text: str) -> str:
    return anonymise_text(text, CHILD, use_model=False).text


def anon_model(text: str) -> str:
    return anonymise_text(text, CHILD).text


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in foreign_places.find(tokens(text), text)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Opa woont nog altijd in Plovdiv en komt met Kerstmis.", "Plovdiv"),
        ("De ouders zijn afkomstig uit Agadir.", "Agadir"),
        ("Papa werkt sinds de zomer in Szczecin, op een scheepswerf.", "Szczecin"),
        ("Tante Mira belt vanuit Poznań, de verbinding is slecht.", "Poznań"),
        ("Mama is geboren in Konya en kwam op haar tiende naar hier.", "Konya"),
        ("Grootmoeder reist morgen via Calais terug.", "Calais"),
        ("Ze verhuizen in de zomer naar Rio de Janeiro.", "Rio de Janeiro"),
        ("Ze gingen een week naar Den Haag.", "Den Haag"),
        ("De familie bleef in Kharkiv tot de winter.", "Kharkiv"),
        ("Oom zit nu in Londen voor zijn werk.", "Londen"),
        ("De grootouders wonen in Iaşi, de moeder belt elke dag.", "Iaşi"),
        ("Zijn broer woont vlak bij Gdynia.", "Gdynia"),
        ("Zijn vader werkt in Lyon, zijn moeder in Nice.", "Nice"),
        ("Dad flew back to Reading on Sunday.", "Reading"),
        ("Papa woont in Sale (Marokko) bij zijn broer.", "Sale"),
        ("GEBOORTEPLAATS: TRABZON", "TRABZON"),
    ],
)
def test_a_town_abroad_in_running_text_goes(text: str, gone: str) -> None:
    out = anon(text)
    assert gone not in out and "[plaats]" in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("oma blijft nog twee weken in plovdiv", "plovdiv"),
        ("papa vertrekt vrijdag naar kayseri met de auto", "kayseri"),
        ("ze komen uit gdańsk, allebei", "gdańsk"),
        ("mama belt vanuit agadir", "agadir"),
    ],
)
def test_a_town_abroad_typed_in_lower_case_after_a_place_word_goes(text: str, gone: str) -> None:
    assert gone not in anon(text)


def test_a_town_after_another_place_in_a_list_goes() -> None:
    text = "De vrachtwagen rijdt over Antwerpen en Keulen naar Praag."
    out = anon(text)
    assert "Keulen" not in out and "Praag" not in out and "Antwerpen" not in out


def test_the_apostrophe_of_a_dutch_town_name_goes_with_it() -> None:
    out = anon("Ze wonen sinds maart in 's-Hertogenbosch.")
    assert "Hertogenbosch" not in out and "'[" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Het was een nice dag aan zee.",  # 'nice' an English word in a Dutch sentence
        "Reading is moeilijk voor hem, zegt de juf.",  # a word opening a sentence in an English note
        "Ze komt uit Marokko en haar man uit Turkije.",  # countries stay
        "De familie woonde eerst in Wallonië, dan in Vlaanderen.",  # regions stay
        "Hij speelt graag met Batman en met de blokken.",  # a character that is a town's name too
        "Mama zegt het in orde te brengen.",  # 'in' before a word
    ],
)
def test_words_countries_regions_and_characters_stay(text: str) -> None:
    assert anon(text) == text


def test_a_small_towns_name_opening_a_sentence_needs_a_place_to_go() -> None:
    # 'Wete' is a small town's name and a dialect verb: as a sentence's first word it stays, after 'in' it goes.
    assert found("'k Wete nie wa da is.") == []
    assert found("Ze mocht nie alleen. 'k Wete nie wa da is.") == []
    assert found("Hij woont nu in Wete.") == ["Wete"]


def test_a_town_that_is_a_first_name_too_needs_a_place_word() -> None:
    assert found("Sofia speelde met de blokken.") == []
    assert found("De familie komt uit Sofia.") == ["Sofia"]


def test_a_first_name_after_bij_is_a_person_and_a_found_town_that_is_a_name_yields_to_the_model() -> None:
    assert found("Navragen bij Sofia morgen.") == []
    assert [d.score for d in foreign_places.find(tokens("Ze komt uit Sofia."), "Ze komt uit Sofia.")] == [0.75]


def test_a_town_in_the_names_of_a_person_after_van_stays_a_name() -> None:
    # After a capitalised word 'van' is a surname's particle, not 'from'.
    assert found("Mevrouw Lotte van Nice belde.") == []
    assert found("De haven van Nice is groot.") == ["Nice"]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("nieuw adres: kerkstraat 4, 9300 aalst (was lokeren)", "lokeren"),
        ("mama werkt bij colruyt herentals aan de kassa", "herentals"),
        ("pv opgemaakt door politie ninove-geraardsbergen", "ninove-geraardsbergen"),
        ("Kinderdagverblijf Het Nestje – Hoogstraten (Meer)", "Meer"),
    ],
)
def test_belgian_places_in_the_layouts_of_quick_notes(text: str, gone: str) -> None:
    assert gone not in anon(text)


@pytest.mark.parametrize(
    "text", ["we spraken af (nu eerst rust) en dan verder", "hij speelt met Wout (andere kleuter) in de zandbak"]
)
def test_a_word_in_brackets_after_a_short_word_stays(text: str) -> None:
    assert "kleuter" in anon(text) or "rust" in anon(text)
    assert "[gemeente]" not in anon(text)


def test_the_model_does_not_take_a_town_with_its_country_for_a_person() -> None:
    out = anon_model("Papa komt uit Kayseri (Turkije), mama uit Samsun.")
    assert "Kayseri" not in out and "Samsun" not in out
    assert "(Turkije)" in out and "persoon" not in out.lower()


def test_a_place_with_a_date_after_it_opens_a_letter() -> None:
    assert "Lokeren" not in anon("Verslag. Lokeren, 4 februari 2025\nBeste ouders,")
    assert found("Verslag. Plovdiv, den 3 juni. Wij") == ["Plovdiv"]
    text = "Bon, 3 mei: de kinderen speelden buiten."
    assert anon(text).startswith("Bon, ")
