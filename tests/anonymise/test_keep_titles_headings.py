"""What must stay, by class, with invented examples: the title of a song, a story, a show or a game and whoever sings
it (after a title word or a singing verb), a heading in capitals made of a Dutch word and an inflected or less common
one, a French label of a bilingual form in capitals, a game's currency. And the other side of each rule: a name in
the same place still goes."""

from __future__ import annotations

import pytest

from .test_keep import guesses_left


class TestTitlesOfSongsStoriesAndShows:
    @pytest.mark.parametrize(
        ("text", "guess", "recognizer"),
        [
            ("In de BSO zingt ze liedjes van Meneer Zonnestraal met de groep.", "Zonnestraal", "context_persons"),
            ("Mama zingt Vogeltje Blauwbek. Daarna slaapt ze.", "Vogeltje Blauwbek", "spacy_model"),
            ("Bij het slapengaan zingt hij Tiko Tralala, heel zacht.", "Tiko Tralala", "spacy_model"),
            ("Haar lievelingsverhaal is De Verdwaalde Wolk; ze roept dan mee.", "De Verdwaalde Wolk", "spacy_model"),
            ("Ze kijkt thuis de tekenfilm Kleine Wolkie op de tablet.", "Kleine Wolkie", "spacy_model"),
            ("Oma zingt canciones de Pinpón voor het slapen.", "Pinpón", "spacy_model"),
        ],
    )
    def test_a_title_or_its_singer_after_a_title_word_or_a_singing_verb_stays(
        self, text: str, guess: str, recognizer: str
    ) -> None:
        assert guesses_left(text, guess, recognizer=recognizer) == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Dan zingt Noor mee met de groep.", "Noor"),  # an inverted subject: a name
            ("We zingen liedjes van juf Sara.", "Sara"),  # a listed first name
            ("Het verhaal van Meneer Vermeulen, de buurman, klopt niet.", "Vermeulen"),  # a listed surname
            ("Het verhaal van Ahmadzai klopt niet met wat mama zegt.", "Ahmadzai"),  # what he told: no title word
            ("Ze zingt Mila een liedje voor.", "Mila"),  # someone sung to, not the clause's end
        ],
    )
    def test_a_person_in_the_same_places_still_goes(self, text: str, name: str) -> None:
        assert guesses_left(text, name) == [name]


class TestHeadingsInCapitals:
    @pytest.mark.parametrize(
        ("text", "heading"),
        [
            ("OPHAALLIJST – groep de Egels", "OPHAALLIJST"),  # a less common first part
            ("GROEPSOVERSCHRIJDENDE WERKING – verslag", "GROEPSOVERSCHRIJDENDE WERKING"),  # an inflected participle
            ("INSCHRIJVING GARDERIE / OPVANG: JA", "GARDERIE"),  # a French label of a bilingual form
        ],
    )
    def test_a_heading_of_a_compound_or_a_french_label_stays(self, text: str, heading: str) -> None:
        assert guesses_left(text, heading) == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("KIND: NOOR VERMEULEN", "NOOR VERMEULEN"),
        ],
    )
    def test_a_name_in_capitals_still_goes(self, text: str, name: str) -> None:
        assert guesses_left(text, name) == [name]


def test_a_games_currency_stays() -> None:
    assert guesses_left("Hij krijgt Robux van een jongen online.", "Robux") == []


class TestServicesToysAndPlacesOfADayOut:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Slaapt met haar Doudou (beer) na de middag.", "Doudou"),  # the toy's word in French
            ("Morgen uitstap naar Bobbejaanland met de groep.", "Bobbejaanland"),
            ("Welbevinden (schaal Laevers): 3, betrokkenheid 4.", "Laevers"),
        ],
    )
    def test_a_toy_word_a_park_or_an_instrument_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Doudou Diallo komt morgen.", "Doudou Diallo"),  # a toy's word as someone's name: no possessive
            ("De consulent van Pleegzorg Aalst belde.", "Pleegzorg Aalst"),  # a service's town says where
        ],
    )
    def test_a_toy_word_as_a_name_still_goes(self, text: str, name: str) -> None:
        assert guesses_left(text, name) == [name]


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("Schram op de linkerwang, 2 cm, vers.", "Schram"),  # a surname list holds it too
        ("AVH ma 3/2 – Fruitpap niet gegeten.", "Fruitpap"),
        ("4. Zindelijkheid: ouders willen starten na de vakantie.", "Zindelijkheid"),
        ("kwam binnen met een kneuzing aan de pols.", "kneuzing"),
    ],
)
def test_an_injury_or_a_word_of_the_day_in_childcare_stays(text: str, guess: str) -> None:
    assert guesses_left(text, guess) == []


def test_a_longer_name_with_such_a_word_in_it_still_goes() -> None:
    assert guesses_left("Mevrouw Ilse Schram belde.", "Ilse Schram") == ["Ilse Schram"]


class TestFromAKeptWork:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Ze wilde Hakuna Matata uit The Lion King niet zingen.", "Hakuna Matata"),
            ("Hij speelde Stille Nacht Heilige Nacht uit Frozen op de piano.", "Stille Nacht Heilige Nacht"),
            ("Ze tekende Grote Draak from Shrek op het bord.", "Grote Draak"),
        ],
    )
    def test_a_song_or_a_character_from_a_kept_work_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    def test_a_child_from_a_kept_work_is_still_a_person(self) -> None:
        assert guesses_left("Sara uit Frozen kwam verkleed.", "Sara") == ["Sara"]

    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Sofiia speelt met Myszka Miki, lacht.", "Myszka Miki"),  # a character as another language names it
            ("Advies gevraagd bij Veilig Thuis in Breda.", "Veilig Thuis"),  # a neighbouring country's service
            ("Body map (eigen waarneming): schram links.", "Body map"),
        ],
    )
    def test_characters_services_and_instruments_of_more_languages_stay(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []
