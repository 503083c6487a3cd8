"""Firms, branches and addresses the engine left partly in the text, with invented examples: a firm's family name
opened by its particle after its trade, a childcare place named after a kept character and its town, a chain typed
in lower case with its town, a house number in words after a street in lower case, a five-digit postcode after an
address abroad, a house number before a French street, and streets abroad after their word for street. Each class
also says what must stay."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.case import Person, Role

ROSTER = [Person(name="Wannes Oosterlinck", role=Role.CHILD), Person(name="Dorota Zielińska", role=Role.MOTHER)]


def clean(text: str) -> str:
    return anonymise_text(text, ROSTER, use_model=False).text


class TestFirmWithParticle:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("Papa werkt in een garage (Garage Van Meulebroeck), mama volgt les.", ("Garage", "Meulebroeck")),
            ("Juridisch: Advocatenkantoor Van Tieghem in Zottegem, pro-deo.", ("Advocatenkantoor", "Tieghem")),
            ("Ze kocht taart bij Bakkerij El Ouariachi.", ("Bakkerij", "Ouariachi")),
        ],
    )
    def test_the_trade_and_the_family_name_go_as_one_firm(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone) and "[bedrijf]" in out, out

    def test_a_trade_in_lower_case_before_a_sentence_stays(self) -> None:
        out = clean("Hij werkt in een garage van de buurt.")
        assert out == "Hij werkt in een garage van de buurt.", out


class TestKeptCharacterAndTown:
    def test_a_kdv_named_after_a_character_and_its_town_goes_whole(self) -> None:
        out = clean("Verslag oudergesprek – kdv Nijntje Zwijndrecht")
        assert "Nijntje" not in out and "Zwijndrecht" not in out and "kdv [kinderdagverblijf]" in out, out

    def test_the_character_alone_in_a_sentence_stays(self) -> None:
        out = clean("We lazen een boekje van Nijntje in Zwijndrecht.")
        assert "Nijntje" in out, out


class TestLowerCaseChainBranch:
    @pytest.mark.parametrize(
        "text",
        [
            "papa werkt 's nachts bij de ikea hasselt, zegt mama",
            "ik zag hem op de parking van de aldi lebbeke, hij sliep",
        ],
    )
    def test_the_chain_and_its_town_go_as_one_shop(self, text: str) -> None:
        out = clean(text)
        assert "ikea" not in out and "aldi" not in out and "[organisatie]" in out, out

    def test_a_chain_without_a_town_stays(self) -> None:
        out = clean("we kochten koekjes bij de aldi en gingen naar huis")
        assert "aldi" in out, out


class TestWordedNumberAfterLowerStreet:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("ze wonen nu aan de kapellestraat honderdveertien dat is vlakbij", "honderdveertien"),
            ("hij is bij mij in de stationsstraat honderd twaalf dus bel maar", "twaalf"),
            ("van in de kerkstraat driehonderd en vijf appartement boven", "vijf"),
        ],
    )
    def test_the_number_in_words_goes_with_the_street(self, text: str, gone: str) -> None:
        out = clean(text)
        assert gone not in out and "[adres]" in out, out

    def test_a_number_that_counts_stays(self) -> None:
        out = clean("we liepen de kapellestraat twee keer op en af")
        assert "twee keer" in out, out


class TestPostcodesAndNumbersAbroad:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("Elle habite rue des Glycines 17, 59290 Wasquehal, son portable suit.", ("59290", "Wasquehal")),
            ("chez moi (8 rue des Peupliers, 62100 Calais).", ("8 rue", "62100", "Calais")),
            ("Adres opa: Lindenweg 4, 47533 Kleve", ("47533", "Kleve")),
        ],
    )
    def test_the_postcode_and_the_number_go_with_the_address(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone), out

    def test_an_amount_after_a_count_stays(self) -> None:
        out = clean("Er waren 12 kinderen, 45000 Euro kost de verbouwing.")
        assert "45000 Euro" in out, out


class TestStreetsAbroad:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("vroeger Strada Trandafirilor 9, Craiova", "Trandafirilor"),
            ("Tweede adres: ul. Kwiatowa 27, Poznań", "Kwiatowa"),
            ("Oma woont in Calle Olivo 3, Sevilla.", "Olivo"),
            ("Vorige adressen: Dorpsstraat 8, Lier en Dlhá 14, Prešov (tot 2022).", "Dlhá"),
        ],
    )
    def test_the_street_and_its_number_go(self, text: str, gone: str) -> None:
        out = clean(text)
        assert gone not in out and "[adres]" in out, out

    def test_via_in_a_forms_capitals_before_a_date_stays(self) -> None:
        out = clean("STATUUT: IN AANVRAAG, OPVANG VIA Fedasil TOT DECEMBER 2024")
        assert "[adres]" not in out and "DECEMBER 2024" in out, out

    @pytest.mark.parametrize(
        "text", ["Ze gaat via Facebook 3 keer per dag online.", "Het kwam via Brugge 2 dagen later."]
    )
    def test_dutch_via_stays(self, text: str) -> None:
        assert "via" in clean(text)


class TestSaintAndTown:
    def test_a_saint_with_a_town_after_it_is_that_towns_school(self) -> None:
        out = clean("Hij komt vaak te laat op zijn school (Sint-Maarten Erembodegem, 2e middelbaar).")
        assert "Sint-Maarten" not in out and "Erembodegem" not in out and "[school]" in out, out

    def test_the_feast_in_a_town_stays(self) -> None:
        out = clean("Op 11 november vieren we Sint-Maarten in Erembodegem.")
        assert "Sint-Maarten" in out, out

    def test_a_service_opening_a_field_stays(self) -> None:
        out = clean("Aan: Vertrouwenscentrum Kindermishandeling Vlaams-Brabant")
        assert out.startswith("Aan: Vertrouwenscentrum"), out

    def test_a_club_opening_a_field_goes_whole_with_its_name(self) -> None:
        out = clean("Vrije tijd: Chiro Sint-Rita Kontich, zwemmen op zaterdag.")
        assert "Chiro" not in out and "Kontich" not in out and "[vereniging]" in out, out


class TestPracticeShortForm:
    def test_kine_before_a_name_is_the_practice(self) -> None:
        out = clean("Kinesitherapie: Kine Kapelle-op-den-Bos, Dorpsstraat 3")
        assert "Kapelle" not in out and ": [praktijk]," in out, out

    def test_a_practices_kind_opening_its_letterhead_stays(self) -> None:
        out = clean("--- brief ---\nLogopediepraktijk Klankkast\nDorpsstraat 3, Gent")
        assert "Logopediepraktijk [praktijk]" in out and "Klankkast" not in out, out

    @pytest.mark.parametrize("text", ["Hij gaat naar de kine op woensdag.", "Kine gaat goed vooruit."])
    def test_the_therapy_stays(self, text: str) -> None:
        assert clean(text) == text


class TestTownThatIsAWord:
    @pytest.mark.parametrize(
        "text",
        [
            "Doorverwijzing naar Huis van het Kind Geel (opvoedingsondersteuning).",
            "Adres gezin: Kleinhoefstraat 9 Geel (vroeger elders).",
        ],
    )
    def test_after_a_branch_service_or_a_house_number_it_is_the_town(self, text: str) -> None:
        out = clean(text)
        assert "Geel" not in out and "[gemeente]" in out, out

    def test_a_province_after_a_service_stays(self) -> None:
        assert "CAW Limburg" in clean("Verwezen naar CAW Limburg (kantoor in de stad).")

    def test_the_colour_stays(self) -> None:
        assert "Geel" in clean("Geel en blauw zijn haar lievelingskleuren.")


class TestNonProfitsLegalName:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("Organisator: Vzw Speelwolk, ondernemingsnummer volgt.", ("Vzw", "Speelwolk")),
            ("Overleg met de directeur van vzw Kinderopvang Zilveren Maan). Daarna koffie.", ("vzw", "Zilveren")),
            ("ORGANISATOR: VZW KINDEROPVANG DE KREKEL – DOSSIER VOLGT", ("VZW", "KREKEL")),
        ],
    )
    def test_the_legal_form_and_the_kind_go_with_the_name(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone) and "[organisatie]" in out, out

    def test_a_bare_opvang_after_vzw_is_the_names_own_word(self) -> None:
        out = clean("Kinderdagverblijf De Zon – vzw Opvang Noordkant")
        assert out.endswith("– vzw [organisatie]"), out

    def test_the_legal_form_in_lower_case_before_a_name_stays(self) -> None:
        out = clean("Organisator: vzw Speelwolk, ondernemingsnummer volgt.")
        assert "vzw [organisatie]," in out and "Speelwolk" not in out, out

    def test_a_kind_before_the_name_and_its_legal_form_stays(self) -> None:
        out = clean("Kinderdagverblijf De Bijenkorf vzw, Dorp 2")
        assert out.startswith("Kinderdagverblijf [") and "Bijenkorf" not in out, out

    def test_the_vzw_as_a_word_stays(self) -> None:
        assert clean("de vzw betaalt dat terug.") == "de vzw betaalt dat terug."


class TestChildcareOrganiser:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("Ik ben aangesloten bij Dienst Onthaalouders Houtland sinds januari.", ("Dienst", "Houtland")),
            ("Gemeld aan dienst Onthaalouders Kortrijk Noord, coach volgt.", ("Onthaalouders", "Noord")),
            ("Gemeld aan mijn dienst: Samenwerkende Onthaalouders Leiestreek, coach volgt.", ("Samenwerkende",)),
            ("Gebeld met mijn dienst Kinderopvang Kleine Nete, coach komt.", ("Kinderopvang", "Nete")),
        ],
    )
    def test_the_organisers_name_goes_whole(self, text: str, gone: tuple[str, ...]) -> None:
        out = clean(text)
        assert all(w not in out for w in gone) and "[organisatie]" in out, out

    @pytest.mark.parametrize("text", ["De dienst onthaalouders belde.", "Ik bel de Dienst Onthaalouders morgen."])
    def test_the_service_alone_stays(self, text: str) -> None:
        assert clean(text) == text


class TestTownThatIsAWordInLowerCase:
    @pytest.mark.parametrize(
        "text",
        [
            "we gaan om 14u naar het zwembad in lier",
            "de opvang in lede ik bel je straks terug",
            "hij zit op school de klimop in haren",
        ],
    )
    def test_after_in_closing_the_clause_it_is_the_town(self, text: str) -> None:
        out = clean(text)
        assert "[gemeente]" in out, out

    @pytest.mark.parametrize("text", ["hij had zand in haren en kleren", "ze speelt mooi in geel en blauw"])
    def test_the_word_joined_to_another_stays(self, text: str) -> None:
        assert clean(text) == text
