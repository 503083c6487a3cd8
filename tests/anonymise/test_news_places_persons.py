"""Persons and places as running news and older newspaper text write them, without a roster: a dateline, the old
genitive article of a place name, French 'd'' before a town, a list of places, a town or a surname opening a sentence
before its verb, and surnames opened by the old articles after 'van'. Invented examples only."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers.base import tokens
from casusprep.anonymise.recognizers.formal_places import find as find_formal
from casusprep.anonymise.recognizers.particle_surnames import find as find_particles


def removed(text: str, use_model: bool = False) -> list[str]:
    return [d.text for d in anonymise_text(text, [], use_model=use_model).detections if not d.kept]


def formal(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_formal(tokens(text), text)]


def particles(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_particles(tokens(text), text)]


class TestDatelines:
    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("KOPENHAGEN, 12 maart. De haven lag stil.", "KOPENHAGEN"),
            ("Wenen, den 4 juni. Het congres opende.", "Wenen"),
            ("HASSELT, 3 oktober. De markt was druk.", "HASSELT"),
        ],
    )
    def test_a_town_before_a_date_opens_the_item(self, text: str, place: str) -> None:
        assert place in removed(text)

    @pytest.mark.parametrize("text", ["Update, 3 mei: geen nieuws.", "Bon, 14 juni: we beginnen."])
    def test_a_word_before_a_date_stays(self, text: str) -> None:
        assert anonymise_text(text, [], use_model=False).text.startswith(text.split(",")[0])


class TestPlacesByTheirForm:
    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("De bode kwam uit 's Hertogenrade met een brief.", "'s Hertogenrade"),
            ("Hij vertrok naar 's-Gravenwezel.", "'s-Gravenwezel"),
            ("Het gezin woonde toen in 's BOSCH.", "'s BOSCH"),
        ],
    )
    def test_the_old_genitive_article_marks_a_place(self, text: str, place: str) -> None:
        assert place in formal(text)

    @pytest.mark.parametrize("text", ["'s Avonds belt mama.", "Hij werkt 's Zondags.", "Lotte's fiets staat daar."])
    def test_adverbs_of_time_and_possessives_stay(self, text: str) -> None:
        assert formal(text) == []

    def test_french_of_before_a_known_town(self) -> None:
        text = "La famille vient d'Anvers et part d'Arlon demain."
        assert formal(text) == ["Anvers", "Arlon"]

    def test_a_surname_with_a_capital_d_is_no_town(self) -> None:
        assert formal("Le dossier de madame D'Hondt.") == []


class TestListsAndSubjects:
    def test_a_place_listed_with_found_places(self) -> None:
        text = "Drunen, Vlijmen en Heusden vormen één dekenaat."
        assert {"Drunen", "Vlijmen", "Heusden"} <= set(removed(text))

    def test_a_first_name_in_the_list_is_not_taken_for_a_place(self) -> None:
        found = anonymise_text("Na de uitstap naar Tielt en Hanne kwamen ze terug.", [], use_model=False).detections
        assert all(d.entity_type != "LOCATION" for d in found if d.text == "Hanne")

    def test_a_town_opening_a_sentence_before_its_verb(self) -> None:
        assert "Zonhoven" in removed("Zonhoven heeft een nieuwe sporthal.")

    @pytest.mark.parametrize(
        ("text", "name"),
        [("Verhaegen probeerde het opnieuw.", "Verhaegen"), ("Mertens belde gisteren terug.", "Mertens")],
    )
    def test_a_surname_opening_a_sentence_before_its_verb(self, text: str, name: str) -> None:
        assert name in removed(text)

    def test_an_everyday_noun_opening_a_sentence_stays(self) -> None:
        assert removed("Water was koud en Koffie stond klaar.") == []


class TestOldArticles:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Volgens de kandidaat van der Weyden komt er geld.", "van der Weyden"),
            ("De schepen van den Eynde opende de zitting.", "van den Eynde"),
            ("Van der Straeten hield stand in de slotfase.", "Van der Straeten"),
            ("De bal ging naar Van 't Veldeke.", "Van 't Veldeke"),
        ],
    )
    def test_old_articles_open_a_surname(self, text: str, name: str) -> None:
        assert name in particles(text)

    @pytest.mark.parametrize(
        "text", ["Van der Kerstmarkt hoorde ik niets.", "Hij woont ver van Den Haag.", "Van de juf kreeg ze een kaart."]
    )
    def test_no_surname_after_a_place_a_compound_or_today_s_article(self, text: str) -> None:
        assert particles(text) == []

    def test_particles_join_the_surname_the_model_found(self) -> None:
        text = "In de slotfase wist Van der Schans het verschil te maken."
        assert "Van der Schans" in removed(text, use_model=True)

    def test_two_surnames_with_the_same_particle_are_two_persons(self) -> None:
        text = "Gisteren scoorden Van Heeswijk en Van Bon allebei."
        done = anonymise_text(text, [], use_model=True)
        labels = {d.text: d.replacement for d in done.detections}
        assert labels.get("Van Heeswijk") and labels.get("Van Bon")
        assert labels["Van Heeswijk"] != labels["Van Bon"]


class TestMoreNewsForms:
    def test_a_name_before_an_age(self) -> None:
        found = removed("GEHUWD: K. Verstrepen 31 j. en Mertens, 29 jaar.")
        assert "K. Verstrepen" in found and "Mertens" in found

    def test_a_place_or_a_word_before_an_age_is_no_person(self) -> None:
        done = anonymise_text("Sinds 25 jaar woont ze in Gent. Gent 25 jaar geleden.", [], use_model=False)
        assert all(d.entity_type != "PERSON" for d in done.detections)

    def test_a_town_in_capitals_before_a_date_after_a_heading(self) -> None:
        assert "KOPENHAGEN" in removed("DENEMARKEN KOPENHAGEN, 13 nov. De koning sprak.")

    def test_a_route_between_towns(self) -> None:
        found = removed("Le train de Tours à Nantes roule.")
        assert "Tours" in found and "Nantes" in found

    def test_a_saint_s_abbreviation_after_te(self) -> None:
        assert formal("Hij is gisteren te St. Truiden aangekomen.") == ["St. Truiden"]

    def test_a_former_title(self) -> None:
        assert "Verhaegen" in removed("Volgens oud-burgemeester Verhaegen was het rustig.")

    def test_flemish_speech_s_article_after_van_is_no_surname(self) -> None:
        text = "'t Is Mieke hier, van den Boomhut. 'k Heb het op den bureau gezegd."
        done = anonymise_text(text, [], use_model=True)
        assert "van den Boomhut" in done.text and "op den bureau" in done.text

    def test_a_nationality_before_a_name(self) -> None:
        found = removed("Net als de Belg Vanderhaeghe haalde de Keniaan Kiprotich het podium.")
        assert "Vanderhaeghe" in found and "Kiprotich" in found

    def test_a_nationality_alone_stays(self) -> None:
        assert removed("Ze is een Belg. De Belg was moe na de rit.") == []
