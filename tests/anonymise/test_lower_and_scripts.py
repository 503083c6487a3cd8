"""First names typed in lower case where the context shows a name (a line signed after a dash, a first name and a
surname together, a name after 'door' or listed with '&'), and names written wholly in another script (a
registered name in Tamil or Arabic letters, an unregistered one where the sentence says a name is written there).
Invented examples."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.case import Person, Role


def clean(text: str, persons: list[str] | None = None) -> str:
    roster = [Person(name=n, role=Role.OTHER) for n in persons or []]
    return anonymise_text(text, roster, use_model=False).text


class TestLowerCaseNames:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("ouders gebeld over het slapen, morgen opnieuw.\n– an", "an"),
            ("afspraak staat in de agenda. — wieke", "wieke"),
            ("extra luiers mee volgende week – gonda (stagiaire)", "gonda"),
            ("hoi jo, lukt het om morgen te bellen?", "jo"),
            ("vraag het morgen aan juf an", "an"),
        ],
    )
    def test_a_short_or_lower_case_first_name_signing_or_addressed_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out.split() and f" {name}" not in out, out

    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("overleg gepland met an verhaegen en de coach", ["an", "verhaegen"]),
            ("de chat van wieke de roover staat op de server", ["wieke", "roover"]),
            ("bericht ingesproken door jorik om zeven uur", ["jorik"]),
            ("tel 9u – mama van noah (sandy claes) belt vanuit de auto", ["sandy", "claes"]),
            ("mama bo verstraete belt: bo heeft koorts. overgang bo naar 1e lj.", ["bo", "verstraete"]),
            ("nieuwe kindjes: ilona & mirthe vanaf maart", ["ilona", "mirthe"]),
        ],
    )
    def test_lower_case_names_in_a_name_slot_go(self, text: str, gone: list[str]) -> None:
        out = clean(text).lower().split()
        assert not any(w.strip(",.") in gone for w in out), out

    @pytest.mark.parametrize(
        "text",
        [
            "de roos staat in de vaas en het boek ligt op tafel. – dank",
            "we tekenden een bakker en de wilde dieren van het bos.",
            "het boek ging door de handen van alle kinderen",
            "speelgoed: blokken & puzzels, alles opgeruimd",
            "vroege dienst -> late dienst, alles rustig",
            'Elle dit: "mon frère vient", il explique que la mère est malade.',
            "la section des moyens est fermée aujourd'hui",
        ],
    )
    def test_ordinary_lower_case_words_stay(self, text: str) -> None:
        assert clean(text) == text


class TestNamesInAnotherScript:
    def test_a_registered_name_in_tamil_letters_goes_whole(self) -> None:
        out = clean("Haar naam in het Tamil (சுமித்ரா) hangt aan haar kapstok.", ["Sumitra Raman"])
        assert "(" in out and not any("\u0b80" <= ch <= "\u0bff" for ch in out), out

    def test_a_registered_name_in_arabic_letters_with_the_article_goes_whole(self) -> None:
        out = clean("Op het formulier staat ook سمير الزين. Verder niets.", ["Samir Al-Zein"])
        assert not any("\u0600" <= ch <= "\u06ff" for ch in out), out

    def test_a_short_registered_first_name_alone_in_arabic_letters_goes(self) -> None:
        out = clean("Dina schrijft haar naam zelf: دينا.", ["Dina Mansour"])
        assert not any("\u0600" <= ch <= "\u06ff" for ch in out), out

    @pytest.mark.parametrize(
        "text",
        [
            "De naam van de oma in het Arabisch op het formulier: سلمى ناصر. Verder geen opmerkingen.",
            "Haar naam in het Georgisch: თამარ ქავთარაძე.",
            "Papa schreef zijn naam als Богдан Ковальчук op het blad.",
        ],
    )
    def test_an_unregistered_name_in_another_script_goes_where_the_sentence_says_a_name(self, text: str) -> None:
        out = clean(text)
        assert "persoon" in out and all(ch.isascii() or ch in "ëéï" for ch in out), out

    def test_a_person_found_in_part_of_a_run_takes_the_whole_run(self) -> None:
        out = clean("Op de documenten staat Лукашенко Оксана. Verder niets.", ["Oksana Melnyk"])
        assert not any("\u0400" <= ch <= "\u04ff" for ch in out), out

    @pytest.mark.parametrize(
        "text",
        [
            'Tijdens het slapen riep ze "мама" en sliep weer in.',
            "Papa stuurde: شكرا 🙏 en kwam om vijf uur.",
            'Ze zegt als het stil wordt: "Мама не прийде" (mama komt niet).',
            "Haar naam op het blad, met een Cyrillische Л, werd verbeterd.",
        ],
    )
    def test_an_ordinary_word_or_a_message_in_another_script_stays(self, text: str) -> None:
        assert clean(text) == text


class TestPetFormsOfNamesFound:
    def test_a_pet_form_of_a_name_found_in_the_text_goes_with_the_same_placeholder(self) -> None:
        out = anonymise_text("Storm Verbist speelde buiten. Mama noemt hem Stormpje, soms stormpje.", []).text
        assert "storm" not in out.lower() and out.lower().count("persoon a") == 3, out

    def test_a_pet_form_that_is_a_word_stays_when_the_name_was_found(self) -> None:
        out = anonymise_text("Julia Verbeke speelde buiten. Ik bel jullie allebei apart.", []).text
        assert "jullie allebei" in out, out

    def test_a_diminutive_of_a_word_stays_when_no_such_name_was_found(self) -> None:
        text = "We hebben een storm gehad en de kinderen maakten een stormpje in een glas."
        assert anonymise_text(text, []).text == text


class TestNumbersAfterMoreLabels:
    @pytest.mark.parametrize(
        ("text", "numbers"),
        [
            ("Statuut: tijdelijke bescherming, A-kaart nr. K 4410 2297\nMoeder: onbekend", ["K 4410 2297"]),
            ("verblijft in het centrum, dossiernummer Fedasil QT 3.118.502. Mama spreekt Dari.", ["QT 3.118.502"]),
            ("Dossiers GH-PL-24-07 en GH-PL-24-08.", ["GH-PL-24-07", "GH-PL-24-08"]),
            ("Logopedist: RIZIV 3-55120-71-409\nNaam: onbekend", ["3-55120-71-409"]),
            ("TICKET #2024-00917 – status: open", ["2024-00917"]),
        ],
    )
    def test_a_number_after_its_label_goes(self, text: str, numbers: list[str]) -> None:
        out = clean(text)
        assert not any(n in out for n in numbers) and "[dossiernummer]" in out, out


class TestChatSenders:
    def test_a_sender_with_a_role_in_brackets_goes_and_the_role_stays(self) -> None:
        out = clean("08:31 - Els (verantw.): niet via whatsapp aub.\n08:40 - Tom: ok")
        assert "Els" not in out and "(verantw.)" in out, out


class TestRegisteredNamesCutShort:
    def test_a_registered_first_name_cut_to_three_letters_goes_as_that_person(self) -> None:
        roster = [Person(name="Ethan Brooks", role=Role.CHILD), Person(name="Kelly Vermaut", role=Role.OTHER)]
        out = anonymise_text('- Eth speelt alleen. Mauro zegt: "Kel doet pijn."', roster, use_model=False).text
        assert "Eth " not in out and "Kel " not in out and "het kind" in out.lower(), out

    def test_a_clipped_form_that_is_a_word_stays(self) -> None:
        roster = [Person(name="Marieke Goris", role=Role.OTHER)]
        text = "Mar is Spaans voor zee, zei de juf."
        assert anonymise_text(text, roster, use_model=False).text == text


class TestOneLetterInitials:
    def test_a_letter_signing_the_note_after_a_dash_goes(self) -> None:
        out = clean("Vragen? Bel mij gerust op het nummer van de opvang. – T.")
        assert not out.rstrip(".").endswith("T"), out

    def test_a_letter_before_an_age_in_brackets_goes(self) -> None:
        out = clean("– betrokken: W. (8j) en S. (6j), namen enkel in het dossier")
        assert "W." not in out and "S." not in out and "(8j)" in out, out
