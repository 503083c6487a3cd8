"""Persons found by the signal a reader uses, in layouts and languages the dev notes lack: initials where staff
sign, a first name before a surname found already, a character's name used for a person, diminutives derived
from a registered name by rule. Invented examples only."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers.initials import lower_initials
from casusprep.case import Person, Role


def clean(text: str, *names: str) -> str:
    persons = [Person(name=n, role=Role.OTHER) for n in names]
    return anonymise_text(text, persons, use_model=False).text


class TestLowerInitials:
    @pytest.mark.parametrize("value", ["kp", "lvh", "jvd", "tq"])
    def test_rare_letters_can_be_initials(self, value: str) -> None:
        assert lower_initials(value)

    @pytest.mark.parametrize("value", ["ok", "ja", "dag", "bv", "nee"])
    def test_words_and_shorthands_are_not(self, value: str) -> None:
        assert not lower_initials(value)


class TestPetFormsByRule:
    """Pet forms derived from the registered first name, in languages the Dutch rules did not cover."""

    @pytest.mark.parametrize(
        ("name", "text", "form"),
        [
            ("Selin Aydın", 'Oma zegt thuis "Selinim" tegen haar.', "Selinim"),  # Turkish 'my Selin'
            ("Kerem Doğan", "Papa roept Keremim als hij binnenkomt.", "Keremim"),
            ("Sorin Popa", 'Mama schreef "Sorinel komt later".', "Sorinel"),  # Romanian -el
            ("Matei Rusu", "De zus noemt hem Mateiutz.", "Mateiutz"),  # -uț written -utz
            ("Jens Maes", "Jenspie wou niet slapen.", "Jenspie"),  # Flemish/Afrikaans -pie
            ("Omid Rahimi", "Oma noemt hem Omidjan, papa Omid.", "Omidjan"),  # Persian -jan joined
            ("Lan Tran", "Thuis heet ze Lanlan.", "Lanlan"),  # a short name said twice
            ("Haoran Li", "Mama zegt Ranran tegen hem.", "Ranran"),  # the last syllable said twice
            ("Lou De Pauw", "Oma zegt Loeloe tegen haar.", "Loeloe"),  # 'ou' as Dutch spells it, doubled
        ],
    )
    def test_the_pet_form_of_a_registered_name_is_that_person(self, name: str, text: str, form: str) -> None:
        persons = [Person(name=name, role=Role.CHILD)]
        done = anonymise_text(text, persons, use_model=False)
        assert form not in done.text, done.text
        assert any(d.recognizer == "registered_persons" for d in done.detections), done.detections


def with_model(text: str) -> str:
    return anonymise_text(text, [], use_model=True).text


class TestFirstNameBeforeAPerson:
    """A capitalised first name right before a surname or an initial found as a person is part of that name, also
    when the first name is a word or a role as well (Peter is a godfather, Roos a rose)."""

    @pytest.mark.parametrize(
        ("text", "first"),
        [
            ("Wie de sleutel heeft, weet Peter Goossens van de technische dienst.", "Peter"),
            ("Op de speelplaats duwde Wout D. een kleuter van de glijbaan.", "Wout"),
            ("We spraken af met Peter Claessens en de juf.", "Peter"),
            ("De afspraak met Roos Vandersteen van het CAW gaat door.", "Roos"),
        ],
    )
    def test_the_first_name_goes_with_the_surname(self, text: str, first: str) -> None:
        out = with_model(text)
        assert first not in out, out

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("Beste Verstraeten, dank voor uw mail.", "Beste"),
            ("Mama Verstraeten belde om tien uur.", "Mama"),
            ("Dan Verstraeten gebeld over de factuur.", "Dan"),
        ],
    )
    def test_a_greeting_a_role_or_a_function_word_stays(self, text: str, word: str) -> None:
        out = with_model(text)
        assert out.startswith(word), out

    def test_a_greeting_that_folds_to_a_first_name_is_read_as_written(self) -> None:
        from casusprep.anonymise.recognizers.base import Detection, tokens
        from casusprep.anonymise.recognizers.context_persons import first_names_before

        text = "Olá Verstraeten, hier is alles goed."
        surname = Detection(4, 15, "PERSON", 0.8, "spacy_model")
        assert first_names_before(text, tokens(text), [surname])[0].start == 4
        text = "Ola Verstraeten belde."  # the Polish first name
        surname = Detection(4, 15, "PERSON", 0.8, "spacy_model")
        assert first_names_before(text, tokens(text), [surname])[0].start == 0


class TestACharactersNameUsedForAPerson:
    """A cartoon or fairy-tale name that is also a first name stays as the character, but a role word before it or
    opening the brackets after it says it names a person."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Hij logeert deze week bij zijn broer Mario in de stad.", "Mario"),
            ("Ze gaat na school naar 'Mario' (de buurman) tot mama thuis is.", "Mario"),
            ("Juf Elsa las het verhaal voor aan de groep.", "Elsa"),
            ("De verantwoordelijke Gert neemt de opvolging over.", "Gert"),
            ("Tante Belle komt haar vrijdag halen.", "Belle"),
        ],
    )
    def test_the_person_goes(self, text: str, name: str) -> None:
        out = with_model(text)
        assert name not in out, out

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Ze was verkleed als Elsa en zong het hele lied.", "Elsa"),
            ("Hij speelt de hele dag Mario op de tablet.", "Mario"),
            ("Ze zingt graag de liedjes van Samson en Gert.", "Gert"),
            ("Ze wil Elsa (de prinses van Frozen) zijn.", "Elsa"),
        ],
    )
    def test_the_character_stays(self, text: str, name: str) -> None:
        out = with_model(text)
        assert name in out, out


class TestInitialsWhereStaffSign:
    """Initials in positions where only a signature stands, in layouts of logs, notes and legends."""

    @pytest.mark.parametrize(
        ("text", "initials"),
        [
            ("Koorts gemeten om 9u, 38,1. Mama gebeld. T.\nVolgende dag: koortsvrij.", "T."),  # a line's closing letter
            ("[nota begeleiding: mama belt morgen terug. RDW]", "RDW"),  # closing a note in square brackets
            ("- gezien door SV 12/2, aangevuld PKT 14/2", "PKT"),  # after a word that says who, before a date
            ("Planning nagekeken HVD. Volgende week verder.", "HVD"),
            ("12/4 tbv: speelt rustig in de zandbak.", "tbv"),  # lower case after the date opening a log line
            ("08u30 ksm: mama bracht hem later.", "ksm"),
            ("eet goed, slaapt goed\nwd, 14.05", "wd"),  # lower case alone on a line with a date
            ("Tolken: Fa. = Fatiha (Arabisch); Ro. = Roksana (Pools).", "Fa."),  # a legend of two letters
            ("Griet (G.VdM) neemt contact op met de school.", "G.VdM"),  # dotted, with a surname's particles
            ("Verslag (S.DW. – Saar De Wolf), 3 juni:", "S.DW."),
            ("Na het middagdutje wou hij niet eten. – K.Vh.", "K.Vh."),
            ("TW / nagelezen door de coach", "TW"),  # the line's writer before a slash
        ],
    )
    def test_the_initials_go(self, text: str, initials: str) -> None:
        out = clean(text)
        assert initials not in out, out

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Nr. = het nummer van het dossier", "Nr."),  # two letters, the word after does not start with them
            ("Bv. = bijvoorbeeld, zoals in de vorige nota.", "Bv."),
            ("Aangevuld door het CLB 14/2.", "CLB"),  # a service where a person could stand
            ("ok, 12.03\nalles goed", "ok"),  # a word, not lower-case initials
            ("DOB / GEBOORTEDATUM: onbekend", "DOB"),  # a bilingual form's label in capitals
            ("De vitamine D. Hij nam ze niet.", "vitamine"),
        ],
    )
    def test_words_and_services_stay(self, text: str, kept: str) -> None:
        assert kept in clean(text)


class TestInitialsOfAPersonNamedInFull:
    def test_the_initials_of_a_name_in_the_note_are_that_person_also_when_they_spell_a_shorthand(self) -> None:
        out = with_model("Opgesteld door Hanne Robberechts samen met Bart De Wever.\nNagelezen: HR en BDW, 3 maart.")
        assert "HR" not in out and "BDW" not in out, out

    def test_elsewhere_in_the_note_too(self) -> None:
        out = with_model("Gesprek met Pieter Segers over de wenperiode.\nVraag doorgegeven aan PS, zij belt terug.")
        assert "PS" not in out, out

    def test_a_service_or_a_shorthand_after_an_article_stays(self) -> None:
        out = with_model("Gesprek met Carla Lemmens en Vera Kaya.\nHet VK volgt op; het CL-team is verwittigd.")
        assert "Het VK" in out, out


class TestSurnameAfterAFirstName:
    @pytest.mark.parametrize(
        ("text", "surname"),
        [
            ("We bespreken het met Greet Op de Weerdt (coördinator) en de juf.", "Weerdt"),
            ("Morgen belt Sanne In 't Zandt van het CAW terug.", "Zandt"),
        ],
    )
    def test_particles_that_also_open_a_place_open_the_surname(self, text: str, surname: str) -> None:
        out = with_model(text)
        assert surname not in out, out

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Ze speelde met Tibo in de zandbak en daarna binnen.", "in de zandbak"),
            ("Mona van de Zeehondjes heeft het ook gezien.", "Zeehondjes"),
            ("Jan in Gent belde ons gisteren op.", "Jan in"),
        ],
    )
    def test_a_place_a_group_or_a_thing_after_a_name_stays(self, text: str, kept: str) -> None:
        assert kept in with_model(text)


class TestAnAgeInBracketsNamesAPerson:
    @pytest.mark.parametrize(
        "text",
        [
            "post-it: merel (3j) kreeg van Sinterklaas niets volgens de juf.",
            "Op de speelplaats: merel (2j3m) wou niet naar binnen.",
            "Ophalen: merel (4 jaar) en haar broer.",
        ],
    )
    def test_a_registered_name_that_is_a_word_goes_before_an_age(self, text: str) -> None:
        out = clean(text, "Merel Claes")
        assert "merel" not in out, out

    def test_the_word_without_an_age_stays(self) -> None:
        out = clean("Er zat een merel op het dak van de tuin.", "Merel Claes")
        assert "merel" in out, out


class TestRegisteredNamesInForms:
    def test_surname_first_in_capitals_goes_whole_for_the_member_the_surname_is_indexed_under(self) -> None:
        text = "NAAM KIND: DUMITRU SORIN           ROEPNAAM: SORI"
        out = clean(text, "Sorin Dumitru", "Elena Dumitru", "Vasile Dumitru")
        assert "DUMITRU" not in out and "SORIN" not in out and "ROEPNAAM" in out, out

    @pytest.mark.parametrize("written", ["Ö ztürk", "Öz türk", "Özt ürk"])
    def test_a_surname_cut_after_its_capital_by_a_scan_is_still_the_name(self, written: str) -> None:
        out = clean(f"Ouder 1 : Hatice {written}     Tel : onbekend", "Hatice Öztürk", "Emre Öztürk")
        assert written.split()[-1] not in out, out

    def test_a_name_followed_by_a_word_is_not_joined(self) -> None:
        out = clean("Jan sen de brief.", "Marie Jansen")
        assert "sen de brief" in out, out


class TestWhoWritesAndWhoIsMeant:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("[04/02/25, 09:14:02] ~Greet 🌼: de mama belt straks", "Greet"),  # a contact not in the phone
            ("[04/02/25, 09:14:02] ~Greet: de mama belt straks", "Greet"),
            ("04/02/25, 09:14 - Ann D.: de mama belt straks", "Ann"),
        ],
    )
    def test_the_sender_of_a_chat_line_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    def test_a_label_after_a_time_stays(self) -> None:
        assert "Opmerking" in clean("10:30 Opmerking: alles ok")

    @pytest.mark.parametrize(
        "text",
        [
            "Na de uitstap. Mathis (de Vlinders) had het koud.",
            "Na de uitstap. Mathis (4j) had het koud.",
        ],
    )
    def test_a_first_name_opening_a_sentence_before_a_group_or_an_age_goes(self, text: str) -> None:
        out = clean(text)
        assert "Mathis" not in out, out


class TestNamesListedInPairs:
    @pytest.mark.parametrize(
        ("text", "nickname"),
        [
            ('Oma noemt Hana "Hanu", Yonas "Abi" en Sara "Sasa".', "Abi"),  # a role word, in quotes, as a name
            ('Oma noemt Hana "Hanu", Yonas "Abi" en Sara "Sasa".', "Sasa"),
            ("Thuis zeggen ze Hana 'Hanu' en Yonas 'Yoyo'.", "Yoyo"),
        ],
    )
    def test_each_name_after_the_one_it_names_goes(self, text: str, nickname: str) -> None:
        out = clean(text)
        assert nickname not in out, out


class TestARoleOpeningTheBrackets:
    def test_a_lower_case_name_before_brackets_that_open_with_its_role_goes(self) -> None:
        out = clean("- jonas (broer, 6j, zit in de lagere school) moet ook opgehaald worden")
        assert "jonas" not in out, out

    def test_a_word_before_such_brackets_stays(self) -> None:
        out = clean("- thuis (mama, papa en de baby) spreken ze Turks")
        assert "thuis" in out, out


class TestLowerCaseNamesByTheirPlace:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("- de auto stond weer voor de deur, hilde van de overkant heeft hem gezien", "hilde"),
            ("ik bel morgen greet van het CAW over de opvang", "greet"),
            ("12:31 - Sien_KDV: oef 🙏 goed gedaan tineke\n12:32 - ok", "tineke"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("le soir il regarde la télé\nvolgende dag beter", "télé"),  # a French word closing a line
            ("we gaan naar de markt van de stad", "markt van de stad"),
            ("ophalen: wout van de vandevelde, hij kwam met de fiets", "van de vandevelde"),  # the family's name
        ],
    )
    def test_words_and_a_familys_name_stay(self, text: str, kept: str) -> None:
        assert kept in clean(text)


class TestPetFormsOfAGivenNameAfterTheFamilyName:
    def test_the_given_name_written_second_has_its_pet_forms(self) -> None:
        done = anonymise_text(
            "Thuis heet hij Ranran, zegt oma.", [Person(name="Liu Haoran", role=Role.CHILD)], use_model=False
        )
        assert "Ranran" not in done.text, done.text
        assert any(d.recognizer == "registered_persons" for d in done.detections), done.detections


def test_the_initials_of_a_person_named_in_full_take_her_placeholder() -> None:
    out = with_model("Opvolging door Hanne Robberechts.\nHR / nagelezen door de coach")
    first, second = out.splitlines()
    label = first.removeprefix("Opvolging door ").rstrip(".")
    assert label.startswith("persoon ") and second.lower().startswith(label.lower()), out
