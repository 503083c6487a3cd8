"""What must stay, by the mechanism that keeps it, with invented examples: a service with the province it serves, a
service of several words with the town of its branch (the town goes), a kept phrase written twice before a branch's
name, an event named by its kind ('Herfstkamp', 'Grote Dag Feest'), a heading in capitals an organisation guess
took, a group in brackets, what a person guess of the model took along (a number, an acronym's compound, a heading,
a language), a toy's name beside its kind, Flemish diminutives of groups, and the classes of the vocabulary. And
the other side of each: a name, a town or an employer in the same place still goes."""

from __future__ import annotations

from casusprep.anonymise.detection import Detection
from casusprep.anonymise.keep import acronym_words, drop_kept, keep_spans
from casusprep.anonymise.recognizers.base import tokens

from .test_keep import guesses_left


def kept(text: str) -> list[str]:
    return [text[a:b] for a, b in keep_spans(text, tokens(text))]


def left(text: str, guess: str, entity_type: str, recognizer: str, **meta: object) -> list[tuple[str, str]]:
    """drop_kept over one guess with its meta: what is left of it, with its type."""
    start = text.index(guess)
    found = [Detection(start, start + len(guess), entity_type, 0.8, recognizer, meta=dict(meta))]
    return [(text[d.start : d.end], d.entity_type) for d in drop_kept(found, text, tokens(text))]


class TestServiceWithItsProvince:
    def test_a_service_with_a_province_stays(self) -> None:
        text = "De consulente van Pleegzorg West-Vlaanderen komt dinsdag langs."
        assert "Pleegzorg West-Vlaanderen" in kept(text)
        assert guesses_left(text, "Pleegzorg West-Vlaanderen") == []

    def test_the_word_provincie_makes_a_city_the_province(self) -> None:
        text = "Ze kreeg een brief van Pleegzorg Provincie Antwerpen."
        assert "Pleegzorg Provincie Antwerpen" in kept(text)

    def test_a_town_after_a_service_still_goes(self) -> None:
        text = "Mama had een afspraak bij het CAW Brugge."
        assert guesses_left(text, "CAW Brugge", "ORGANIZATION") == ["CAW Brugge"]

    def test_a_province_named_like_its_city_is_the_city(self) -> None:
        text = "Ze gaat naar het CAW Antwerpen op maandag."
        assert guesses_left(text, "CAW Antwerpen", "ORGANIZATION") == ["CAW Antwerpen"]


class TestOrganisationBesideAKeptService:
    def test_a_service_of_several_words_stays_and_its_town_goes(self) -> None:
        text = "De aanvraag liep via het Lokaal Loket Kinderopvang Lier vorige week."
        assert left(text, "Kinderopvang Lier", "ORGANIZATION", "institution") == [("Lier", "LOCATION")]

    def test_a_chain_with_its_branch_goes_whole(self) -> None:
        text = "Papa werkt 's nachts bij Lidl Mortsel in de winkel."
        assert left(text, "Lidl Mortsel", "ORGANIZATION", "institution", named=True) == [
            ("Lidl Mortsel", "ORGANIZATION")
        ]

    def test_a_kept_word_written_twice_keeps_the_first(self) -> None:
        text = "Op zaterdag gaat ze naar de Chiro Chiro Sint-Jozef Wetteren."
        found = left(text, "Chiro Chiro Sint-Jozef Wetteren", "ORGANIZATION", "institution")
        assert found == [("Chiro Sint-Jozef Wetteren", "ORGANIZATION")]

    def test_a_kept_name_after_a_word_of_working_stays_a_guess(self) -> None:
        text = "Bereikbaar op het werk (werk, Ryanair) tot vijf uur."
        assert guesses_left(text, "Ryanair", "ORGANIZATION") == ["Ryanair"]

    def test_a_kept_name_of_a_trip_stays(self) -> None:
        text = "Ze vliegen met Ryanair naar oma."
        assert guesses_left(text, "Ryanair", "ORGANIZATION") == []


class TestEventsNamedByTheirKind:
    def test_a_camp_of_a_season_stays(self) -> None:
        assert guesses_left("Ze is ingeschreven voor Herfstkamp in de sporthal.", "Herfstkamp") == []

    def test_a_day_of_common_words_stays_when_the_model_took_its_last_word(self) -> None:
        assert guesses_left("Volgende week is het Grote Dag Feest op school.", "Feest") == []

    def test_a_compound_day_with_an_adjective_stays(self) -> None:
        text = "- Vlaamse Peuterdag: we openen de deuren."
        assert guesses_left(text, "Vlaamse Peuterdag", "ORGANIZATION", "institution") == []

    def test_a_surname_ending_like_a_camp_stays_a_guess(self) -> None:
        assert guesses_left("Gisteren belde Veldkamp over de factuur.", "Veldkamp") == ["Veldkamp"]

    def test_a_person_after_a_title_stays_a_guess(self) -> None:
        assert guesses_left("Gisteren belde meneer Hofdag terug.", "Hofdag") == ["Hofdag"]

    def test_an_institution_a_type_word_vouches_for_stays(self) -> None:
        text = "Hij gaat naar kinderopvang Zonnedag in de straat."
        assert left(text, "Zonnedag", "ORGANIZATION", "institution", named=True) == [("Zonnedag", "ORGANIZATION")]


class TestHeadingsAndGroups:
    def test_a_heading_in_capitals_taken_for_an_organisation_stays(self) -> None:
        text = "AFSPRAKEN VERVOER & OPHALEN – IBO De Speelbal"
        assert left(text, "AFSPRAKEN VERVOER & OPHALEN", "ORGANIZATION", "institution", named=True) == []

    def test_a_name_in_capitals_after_its_type_word_stays_a_guess(self) -> None:
        text = "AANVRAAG – KINDERDAGVERBLIJF DE ZANDBAK – 2000 ANTWERPEN"
        assert left(text, "DE ZANDBAK", "ORGANIZATION", "institution", named=True) == [("DE ZANDBAK", "ORGANIZATION")]
        text = "WERK: POETSHULP KUISWERK PROPER – maandag"
        assert left(text, "KUISWERK PROPER", "ORGANIZATION", "institution", named=True) == [
            ("KUISWERK PROPER", "ORGANIZATION")
        ]

    def test_a_plural_of_a_word_in_brackets_is_a_group(self) -> None:
        assert guesses_left("Lotte (Kikkers) speelde buiten.", "Kikkers", "LOCATION") == []

    def test_a_surname_in_brackets_stays_a_guess(self) -> None:
        assert guesses_left("Lotte (Janssens) speelde buiten.", "Janssens", "LOCATION") == ["Janssens"]

    def test_a_flemish_diminutive_names_a_group(self) -> None:
        text = "Vandaag observeerden we in de Zonnebloemkes."
        assert guesses_left(text, "de Zonnebloemkes", "LOCATION") == []


class TestWhatAPersonGuessTookAlong:
    def test_an_amount_after_a_word_is_no_name(self) -> None:
        assert guesses_left("Goed gegeten. Melkfles 200 ml om tien uur.", "Melkfles 200") == []

    def test_a_number_after_a_name_goes_and_the_name_stays(self) -> None:
        assert guesses_left("In de kring zat Emiel 2 keer naast haar.", "Emiel 2") == ["Emiel"]

    def test_an_acronyms_compound_at_the_end_goes(self) -> None:
        text = "di 4/2 10:00  Teamoverleg CLB-team, Stationsstraat 4"
        assert guesses_left(text, "Teamoverleg CLB-team") == []

    def test_a_heading_in_capitals_and_a_word_before_a_name_go(self) -> None:
        text = "OVERZICHT dossier Vermeersch – opgemaakt door de coach"
        assert guesses_left(text, "OVERZICHT dossier Vermeersch") == ["Vermeersch"]

    def test_a_language_before_an_interpreters_name_goes(self) -> None:
        assert guesses_left("Aanwezig: mama, tolk Tigrinya Selam en de coach.", "Tigrinya Selam") == ["Selam"]


class TestToysBesideTheirKind:
    def test_a_toys_name_before_its_kind_without_a_comma(self) -> None:
        assert guesses_left("Ze was (met Pluimpje de knuffel) vergeten.", "Pluimpje") == []

    def test_a_toys_name_with_its_kind_in_brackets(self) -> None:
        assert guesses_left("Wiebel (konijn) ligt in haar kastje.", "Wiebel") == []

    def test_a_first_name_before_a_toy_word_stays_a_guess(self) -> None:
        assert guesses_left("Ze speelde met Sara de knuffel na.", "Sara") == ["Sara"]

    def test_the_toy_word_opening_a_sentence(self) -> None:
        assert guesses_left("Goed geslapen. Knuffel vergeten, reserve gegeven.", "Knuffel") == []


class TestVocabularyClasses:
    def test_feasts_of_the_spanish_speaking_world_and_the_balkans(self) -> None:
        assert guesses_left("Ze vieren Semana Santa bij de grootouders.", "Semana Santa") == []
        assert guesses_left("Ze brengt iets mee voor Baba Marta op school.", "Baba Marta") == []

    def test_a_holy_day_in_its_abbreviation(self) -> None:
        text = "Gesloten op O.L.H.-Hemelvaart en de brugdag."
        assert "O.L.H.-Hemelvaart" in kept(text)

    def test_diagnoses_and_agencies_by_their_acronym(self) -> None:
        assert {"PTSS", "EMDR", "NATO", "FAMIWAL"} <= acronym_words()

    def test_a_mail_programs_line(self) -> None:
        assert guesses_left("Groetjes\nSent from Outlook for Android", "Outlook for Android", "LOCATION") == []

    def test_a_river_stays_and_a_town_named_after_it_goes(self) -> None:
        assert guesses_left("We wandelden langs de Dijle tot aan de brug.", "Dijle", "LOCATION", "foreign_place") == []
        text = "Ze woont in Beveren-Leie sinds de zomer."
        assert guesses_left(text, "Beveren-Leie", "LOCATION", "municipality") == ["Beveren-Leie"]

    def test_a_country_in_french_is_no_place_of_a_family(self) -> None:
        from casusprep.anonymise.lexicon import lexicon

        assert {"maroc", "roumanie", "cote d'ivoire"} <= lexicon().countries


class TestPlatformBeforeAHandle:
    def test_a_platform_and_a_dotted_handle_are_no_address(self) -> None:
        from casusprep.anonymise.recognizers import email

        assert email.addresses("ze zit op Instagram @lena.v.be met foto's") == []
        assert email.addresses("mail naar jan @skynet.be aub") != []

    def test_the_platform_stays_and_the_handle_goes(self) -> None:
        from casusprep.anonymise import anonymise_text

        out = anonymise_text("Papa zegt: mijn TikTok @tom.de.be mag je niet taggen.", [], use_model=False).text
        assert "TikTok" in out and "tom.de.be" not in out, out


class TestDepartmentsAndTitlesInQuotes:
    def test_an_english_department_stays_and_the_name_before_it_goes(self) -> None:
        text = "Kind regards, Tom Faculty of Medicine, Ghent"
        assert "Faculty of Medicine" in kept(text)
        assert guesses_left(text, "Tom Faculty", "LOCATION") == ["Tom"]

    def test_a_name_after_of_is_no_department(self) -> None:
        assert kept("Best, Sarah Department of Vandeputte") == []

    def test_a_title_in_quotes_after_a_word_for_a_film(self) -> None:
        assert guesses_left('vr 8/3: film "Ronja" met popcorn', "Ronja") == []


class TestAddressAfterAGluedCompound:
    def test_a_compound_with_a_lower_case_part_is_no_part_of_the_street(self) -> None:
        from casusprep.anonymise.recognizers import places

        text = "Ik zag in het Groeipakket-overzicht Kerkstraat 12, klopt dat?"
        found = {text[d.start : d.end] for d in places.find(tokens(text), text) if d.entity_type == "ADDRESS"}
        assert "Kerkstraat 12" in found and not any("Groeipakket" in f for f in found)

    def test_a_street_of_a_hyphenated_name_stays_whole(self) -> None:
        from casusprep.anonymise.recognizers import places

        text = "Ze woont Jan-Baptist Davidlaan 4 in Gent."
        found = {text[d.start : d.end] for d in places.find(tokens(text), text) if d.entity_type == "ADDRESS"}
        assert "Jan-Baptist Davidlaan 4" in found


class TestEventsAreNoPlaces:
    def test_a_town_ending_like_a_day_in_its_own_letters_stays_a_guess(self) -> None:
        text = "Hij vertelt over het feest bij oma in Kaleboğdağ vorig jaar."
        assert guesses_left(text, "Kaleboğdağ", "LOCATION") == ["Kaleboğdağ"]

    def test_a_place_after_in_stays_a_guess(self) -> None:
        assert guesses_left("Ze woont nu in Heidestoet bij haar tante.", "Heidestoet", "LOCATION") == ["Heidestoet"]


class TestKindOfChildcareBeforeItsName:
    def test_the_acronym_of_the_kind_stays(self) -> None:
        text = "Stage IBO Het Vlot – week 3"
        assert left(text, "IBO Het Vlot", "ORGANIZATION", "institution_context") == [("Het Vlot", "ORGANIZATION")]

    def test_another_acronym_is_part_of_the_name(self) -> None:
        text = "Ze werkt bij AZ Sint-Lucas in de keuken."
        assert left(text, "AZ Sint-Lucas", "ORGANIZATION", "institution") == [("AZ Sint-Lucas", "ORGANIZATION")]


class TestHeadingCutOnlyBeforeAName:
    def test_a_line_all_in_capitals_is_weighed_whole(self) -> None:
        text = "REKENING: BE00 0000 0000 0000 TOESTEMMING FILMPJES: JA / NEE"
        assert guesses_left(text, "TOESTEMMING FILMPJES") == []
        text = "KINDEREN AANWEZIG, OPGEVANGEN DOOR COLLEGA JORIS. OUDERS VERWITTIGD."
        assert guesses_left(text, "OPGEVANGEN DOOR COLLEGA JORIS") != ["DOOR COLLEGA JORIS"]
