"""Persons after a title of office or formal address, and places that formal writing marks with 'te', found
by the rules alone (no model): reports, letters and quoted press name people and places this way. Invented examples
only."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers.base import tokens
from casusprep.anonymise.recognizers.formal_places import find as find_places
from casusprep.anonymise.recognizers.particle_surnames import find as find_particles
from casusprep.anonymise.recognizers.titled_persons import find as find_persons


def persons(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_persons(tokens(text), text)]


def places(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_places(tokens(text), text)]


def clean(text: str) -> str:
    return anonymise_text(text, [], use_model=False).text


class TestTitledPersons:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Volgens burgemeester Wouvermans is de opvang veilig.", "Wouvermans"),
            ("De brief is ondertekend door notaris Ghysbrecht.", "Ghysbrecht"),
            ("Gisteren sprak kardinaal Obradovic in de kerk.", "Obradovic"),
            ("Het dossier ging naar onderzoeksrechter Vanmaercke.", "Vanmaercke"),
            ("De heer van Ostaeyen belde over de facturen.", "van Ostaeyen"),
            ("Het verslag van de heer Quintelier kwam gisteren.", "Quintelier"),
            ("Ze sprak met mevrouw de Coninck-Aerts.", "de Coninck-Aerts"),
            ("Volgens wed. Meulebrouck was het rustig.", "Meulebrouck"),
            ("Daarna kwam de heer VERSCHOOTEN binnen.", "VERSCHOOTEN"),
            ("De heer van Damme belde over de opvang.", "van Damme"),
        ],
    )
    def test_the_word_after_the_title_is_the_person(self, text: str, name: str) -> None:
        assert name in persons(text)
        assert name not in clean(text)

    def test_the_surnames_listed_after_a_title_for_several_are_persons(self) -> None:
        text = "Aanwezig waren de heren Wouvermans, Ghysbrecht, ter Meulen en Obradovic."
        assert persons(text) == ["Wouvermans", "Ghysbrecht", "ter Meulen", "Obradovic"]

    @pytest.mark.parametrize(
        "text",
        [
            "De minister van Onderwijs kwam langs.",  # an office, no name
            "De burgemeester van Lokeren opende het feest.",  # the place of the office (found as a place)
            "Ze speelt graag prinses Elsa en graaf Tel na.",  # children's culture: royals and nobility stay out
            "De heer des huizes was niet thuis.",
            "Ze woont in de Burgemeester Vandammestraat.",  # a street named after a title
            "De voorzitter CLB opende de vergadering.",  # a service in capitals
        ],
    )
    def test_no_name_after_the_title_is_left_alone(self, text: str) -> None:
        assert persons(text) == []


class TestFormalPlaces:
    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("Mama is geboren te Tetouan in 1990.", "Tetouan"),
            ("Het gezin woonde eerst te Oujda.", "Oujda"),
            ("Ze verbleven een jaar te 's-Hertogenbosch.", "'s-Hertogenbosch"),
            ("Ze verbleven een jaar te 's Hertogenbosch bij een tante.", "'s Hertogenbosch"),
            ("Opgemaakt te Afyon Karahisar op 4 mei.", "Afyon Karahisar"),
        ],
    )
    def test_the_place_formal_writing_marks_is_found(self, text: str, place: str) -> None:
        assert places(text) == [place]
        assert place not in clean(text)

    @pytest.mark.parametrize("text", ["Het gezin woonde eerst te Oostwinkel."])
    def test_a_listed_place_there_goes_too(self, text: str) -> None:
        assert places(text) == ["Oostwinkel"]
        assert "Oostwinkel" not in clean(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Hij kwam te laat op school.",  # 'te' before an adjective: lower case
            "Het was te Druk in de klas.",  # a common word with a mistyped capital
            "Ze verhuizen te Pasen naar een ander huis.",  # a feast day is a common word
            "Ze woonden vroeger te België.",  # countries stay
        ],
    )
    def test_what_is_no_place_stays(self, text: str) -> None:
        assert places(text) == []


class TestInitialsBeforeASurname:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Ondertekend: K. WOUVERMANS, maatschappelijk werker.", "K. WOUVERMANS"),
            ("Het verslag is van A. van Ostaeyen en collega's.", "A. van Ostaeyen"),
            ("Volgens de heer J. P. Quintelier is het dossier volledig.", "J. P. Quintelier"),
            ("Het verslag van de heer de Jonge kwam gisteren.", "de Jonge"),  # a listed surname with its particle
        ],
    )
    def test_initials_or_a_listed_particle_surname_make_the_person(self, text: str, name: str) -> None:
        assert name in persons(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Zie bijlage B. Verslag volgt later.",  # a label's letter before a common word
            "Groep A. CLB komt langs.",  # a service in capitals
            "Het kind zit in klas 3 A. DRINGEND bellen.",
        ],
    )
    def test_a_letter_with_a_dot_before_a_word_stays(self, text: str) -> None:
        assert persons(text) == []


class TestParticleSurnames:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Gisteren belde De Vries nog over de opvang.", "De Vries"),  # ends like a plural, yet a surname
            ("Het verslag ging naar Van den Broeck en haar team.", "Van den Broeck"),
            ("Daarna sprak De Coster met de school.", "De Coster"),
        ],
    )
    def test_a_listed_surname_with_capital_particles_is_a_person(self, text: str, name: str) -> None:
        assert [text[d.start : d.end] for d in find_particles(tokens(text), text)] == [name]
        assert name not in clean(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Het kind gaat met De Lijn naar school.",  # a company
            "Ze speelt graag in de groep bij De Kikkers.",  # a group
            "Op vakantie gingen ze naar De Haan.",  # a town, though a surname too
            "De Groot is een woord dat we vaak horen.",  # a sentence start and a common word
        ],
    )
    def test_names_of_things_and_towns_stay_out(self, text: str) -> None:
        assert find_particles(tokens(text), text) == []
