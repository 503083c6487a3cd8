"""Each recognizer on its own, one class per module: what it finds, what it must leave alone, and the
span, type and replacement it reports. Invented sentences only."""

from __future__ import annotations

import datetime as dt

import pytest

from casusprep.anonymise.recognizers import (
    context_persons,
    dates,
    dossier,
    email,
    iban,
    initials,
    institutions,
    national_number,
    phones,
    places,
    plates,
    reference_codes,
    urls,
)
from casusprep.anonymise.recognizers.base import tokens
from casusprep.anonymise.recognizers.registered_persons import RegisteredPersons


def found(module, text: str) -> list[str]:
    return [text[s.start : s.end] for s in module.find(text)]


def found_tok(module, text: str) -> list[str]:
    return [text[s.start : s.end] for s in module.find(tokens(text), text)]


class TestDates:
    @pytest.mark.parametrize(
        ("text", "expected", "date"),
        [
            ("Gezien op 14/02/2024 in de gang.", "14/02/2024", dt.date(2024, 2, 14)),
            ("Gezien op 14-2-24 in de gang.", "14-2-24", dt.date(2024, 2, 14)),
            ("Gezien op 2024-02-14 in de gang.", "2024-02-14", dt.date(2024, 2, 14)),
            ("Gezien op 14 februari 2024 in de gang.", "14 februari 2024", dt.date(2024, 2, 14)),
            ("Gezien woensdag 14 februari in de gang.", "14 februari", None),
            ("Gezien op 14 feb. in de gang.", "14 feb.", None),
            ("Gezien op 3de maart '23 in de gang.", "3de maart '23", dt.date(2023, 3, 3)),
        ],
    )
    def test_belgian_writings_with_the_parsed_date(self, text: str, expected: str, date: dt.date | None) -> None:
        spans = dates.find(text)
        assert [text[s.start : s.end] for s in spans] == [expected]
        assert spans[0].entity_type == "DATE" and spans[0].recognizer == "date"
        assert spans[0].meta["date"] == date and spans[0].meta["month"] in (2, 3)

    @pytest.mark.parametrize(
        "text", ["Ze slaapt om 7.30 al.", "Score 45/12 in de test.", "Versie 3.14.2 geïnstalleerd."]
    )
    def test_times_and_impossible_dates_are_not_dates(self, text: str) -> None:
        assert found(dates, text) == []

    def test_a_dotted_date_heading_a_log_line_is_a_date(self) -> None:
        assert found(dates, "09.07: mama belt af.\nOm 9.07 belt ze terug.") == ["09.07"]

    def test_an_impossible_day_keeps_the_month_without_a_date(self) -> None:
        (span,) = dates.find("Op 31 februari 2024 niets gemeld.")
        assert span.meta == {"date": None, "month": 2, "day": 31}

    def test_is_date_is_whole_string_only(self) -> None:
        assert dates.is_date("12/03/2024") and dates.is_date("2024-03-12")
        assert not dates.is_date("VK/2024/0331")


class TestPhones:
    @pytest.mark.parametrize(
        "number", ["0472 18 44 90", "0472/18.44.90", "09 233 41 20", "+32 9 233 41 20", "0032 472 18 44 90",
                   "+31 6 12345678", "+32 (0)472 18 44 90"],
    )  # fmt: skip
    def test_belgian_and_dutch_numbers(self, number: str) -> None:
        spans = phones.find(f"Bel op {number} na vijf uur.")
        assert [s.replacement for s in spans] == ["[telefoonnummer]"]
        assert f"Bel op {number} na vijf uur."[spans[0].start : spans[0].end] == number

    @pytest.mark.parametrize("text", ["Ze weegt 12 kg en is 0 jaar.", "Code 1234 5678.", "Om 08 15 uur."])
    def test_short_digit_runs_are_not_phones(self, text: str) -> None:
        assert phones.find(text) == []

    @pytest.mark.parametrize(
        "text", ["Gesprek 17.11.2023 11.45 met papa.", "Gesprek 14.08.2025 16.20.", "Op 06.3.2026 8.15 kwam ze.",
                 "Overleg 21/11 15.40 gepland.", "Op 05/12/2025 13.20 afgesproken.",
                 "Op 07-01-2026 9.30-10.45 in de zaal.", "Op 08.01.26 om 9h30."],
    )  # fmt: skip
    def test_a_date_with_a_clock_time_is_no_phone(self, text: str) -> None:
        assert phones.find(text) == []

    @pytest.mark.parametrize(
        "number",
        ["0486 71 22 09", "0486/71.22.09", "+32 486 71 22 09", "09 217 45 83", "03/281.46.90", "02/511.73.28"],
    )  # fmt: skip
    def test_every_belgian_layout_is_still_a_phone(self, number: str) -> None:
        text = f"Bel {number} na een afspraak op 17.11.2023 11.45."
        assert found(phones, text) == [number]


class TestEmail:
    def test_addresses_with_dots_plus_and_subdomains(self) -> None:
        text = "Mail juf.an+klas@school.voorbeeld.be of an_v@telenet.be."
        assert found(email, text) == ["juf.an+klas@school.voorbeeld.be", "an_v@telenet.be"]
        assert {s.replacement for s in email.find(text)} == {"[e-mail]"}

    def test_an_at_sign_alone_is_not_an_address(self) -> None:
        assert found(email, "Afspraak @ 10u in de zaal.") == []

    @pytest.mark.parametrize(
        "text",
        ["Ze at pap.nl en daarna niets.", "hij at rijst.be met saus", "Het kind at fruit.nl.", "Mama at kip.be."],
    )  # fmt: skip
    def test_the_verb_at_is_no_at_sign(self, text: str) -> None:
        assert found(email, text) == [] and email.addresses(text) == []

    @pytest.mark.parametrize(
        "address", ["ysolde at brandhof punt be", "ysolde(at)brandhof.be", "ysolde [at] brandhof.be",
                    "Ysolde at brandhof punt be", "y.brandhof at telenet.be", "ysolde at telenet.be"],
    )  # fmt: skip
    def test_written_out_addresses_are_still_found(self, address: str) -> None:
        text = f"Mail naar {address} voor vrijdag."
        assert found(email, text) == [address] and email.addresses(text) == [(10, 10 + len(address))]


class TestUrls:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Zie https://voorbeeld.be/foto?id=3 voor meer.", "https://voorbeeld.be/foto?id=3"),
            ("Zie www.onzekrabbels.be.", "www.onzekrabbels.be"),
            ("Foto's op krabbeltjes.be/album, vraag het wachtwoord.", "krabbeltjes.be/album"),
        ],
    )
    def test_addresses_without_trailing_punctuation(self, text: str, expected: str) -> None:
        assert found(urls, text) == [expected]

    def test_an_email_domain_is_not_a_separate_url_and_ordinary_dots_stay(self) -> None:
        assert found(urls, "Mail an@voorbeeld.be. Het was 3.5 kg.") == []


class TestIban:
    def test_valid_belgian_iban_with_and_without_spaces(self) -> None:
        for value in ("BE71 0961 2345 6769", "BE71096123456769"):
            (span,) = iban.find(f"Rekening {value} voor de opvang.")
            assert span.score == 1.0 and span.replacement == "[IBAN]"

    def test_belgian_shape_with_a_wrong_checksum_is_still_removed_at_lower_score(self) -> None:
        (span,) = iban.find("Rekening BE72 0961 2345 6769 voor de opvang.")
        assert span.score < 1.0

    def test_foreign_shape_with_a_wrong_checksum_is_not_an_iban(self) -> None:
        assert iban.find("Code DE12 3456 7890 1234 5678 00 in de brochure.") == []

    def test_checksum(self) -> None:
        assert iban.checksum_ok("BE71096123456769") and iban.checksum_ok("NL91ABNA0417164300")
        assert not iban.checksum_ok("BE71096123456768")


class TestNationalNumber:
    def test_valid_numbers_in_several_layouts(self) -> None:
        for value in ("85.07.30-033.28", "85073003328", "85 07 30 033 28"):
            assert found(national_number, f"RRN {value} op het attest.") == [value]

    def test_born_after_2000_checksum(self) -> None:
        base = "170315123"
        check = 97 - int("2" + base) % 97
        assert national_number.checksum_ok(f"{base}{check:02d}")

    def test_clear_layout_with_a_wrong_checksum_is_still_removed(self) -> None:
        assert found(national_number, "Nummer 85.07.30-033.29 op het attest.") == ["85.07.30-033.29"]

    def test_eleven_random_digits_without_layout_and_bad_checksum_stay(self) -> None:
        assert found(national_number, "Referentie 85073003329 in de brief.") == []


class TestPlates:
    @pytest.mark.parametrize("plate", ["1-ABC-123", "1ABC123", "ABC-123"])
    def test_belgian_plates(self, plate: str) -> None:
        assert found(plates, f"De wagen {plate} stond voor de deur.") == [plate]

    def test_words_and_codes_are_not_plates(self) -> None:
        assert found(plates, "Het CLB en VK-123-4 en X-ABC-1234.") == []


class TestDossier:
    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("Dossiernummer 2024-7781 bij de dienst.", "2024-7781"),
            ("Ref.: VK/2024/12 opvolgen.", "VK/2024/12"),
            ("INSZ 85073003328 gevraagd.", "85073003328"),
            ("kenmerk #A77B2 in de mail", "A77B2"),
            ("Cliëntnummer:\t44120 is nieuw.", "44120"),
            ("ondernemingsnummer BE0123.456.749 en btw", "BE0123.456.749"),
            ("dossiernr2024-12 lag klaar", "nr2024-12"),  # the label "dossier" already ends before "nr"
        ],
    )
    def test_only_the_number_after_the_label_is_replaced(self, text: str, number: str) -> None:
        (span,) = dossier.find(text)
        assert text[span.start : span.end] == number and span.replacement == "[dossiernummer]"

    def test_a_label_inside_a_number_starts_another_number(self) -> None:
        text = "nr 12-nr 13"
        assert [text[d.start : d.end] for d in dossier.find(text)] == ["12-nr", "13"]

    def test_a_label_word_without_digits_after_it_is_nothing(self) -> None:
        assert dossier.find("Het nummer van de klas is onbekend.") == []


class TestReferenceCodes:
    def test_codes_mixing_letters_and_a_long_digit_run(self) -> None:
        assert found(reference_codes, "Zie VK/2024/0331 en AB.12.C3.4567 hierover.") == [
            "VK/2024/0331",
            "AB.12.C3.4567",
        ]

    def test_dates_and_lower_case_words_are_not_codes(self) -> None:
        assert found(reference_codes, "Op 12/03/2024 en 2024-03-12, bestand versie-2024.") == []


class TestInitials:
    def test_dotted_initials_and_a_single_initial_mid_sentence(self) -> None:
        assert found(initials, "Gezien door J.P. en door M. zelf.") == ["J.P.", "M."]
        assert {s.entity_type for s in initials.find("Gezien door J.P. vandaag.")} == {"PERSON"}

    def test_a_letter_ending_the_text_or_after_a_capital_is_not_an_initial(self) -> None:
        assert found(initials, "Ze zit in groep B.") == []
        assert found(initials, "Vitamine D3 en KLAS B. ok") == []


class TestRegisteredPersons:
    INDEX = RegisteredPersons([("k", "Femke Verhaegen"), ("m", "Nadia Bouzidi"), ("p", "Mohammed Verhaegen")])

    def spans(self, text: str) -> list[tuple[str, str]]:
        return [(text[s.start : s.end], s.key) for s in self.INDEX.find(tokens(text))]

    def test_forms_of_a_registered_name(self) -> None:
        text = "Femkes jas, FEMKE, femketje, Fëmke's boek en Femkje (typo) en Mo en Bouzidi."
        assert self.spans(text) == [("Femkes", "k"), ("FEMKE", "k"), ("femketje", "k"), ("Fëmke", "k"),
                                    ("Femkje", "k"), ("Mo", "p"), ("Bouzidi", "m")]  # fmt: skip

    def test_a_shared_surname_alone_is_weak_evidence(self) -> None:
        (span,) = self.INDEX.find(tokens("Familie Verhaegen belde."))
        assert span.meta["surname_only"] is True

    def test_another_first_name_before_a_registered_surname_is_another_person(self) -> None:
        text = "Nonkel Idriss Bouzidi en Nadia Bouzidi kwamen. Gisteren Bouzidi gezien."
        found = [(text[s.start : s.end], s.key, s.recognizer) for s in self.INDEX.find(tokens(text))]
        assert found == [("Idriss Bouzidi", "", "relatives"), ("Nadia Bouzidi", "m", "registered_persons"),
                         ("Bouzidi", "m", "registered_persons")]  # fmt: skip

    def test_a_name_that_is_an_ordinary_word_stays_in_lower_case(self) -> None:
        index = RegisteredPersons([("r", "Roos Peeters")])
        assert [s.key for s in index.find(tokens("Ze tekende een roos. Roos lachte."))] == ["r"]


class TestContextPersons:
    def test_role_word_before_a_capitalised_word(self) -> None:
        assert found_tok(context_persons, "Daarna belde juf Marleen en buurvrouw Hilde Smets.") == [
            "Marleen",
            "Hilde Smets",
        ]

    def test_services_roles_and_lower_case_words_after_a_role_stay(self) -> None:
        assert found_tok(context_persons, "De juf belde het CLB en mama kwam.") == []


class TestPlaces:
    def test_address_postcode_municipality_and_street(self) -> None:
        text = "Ze woont in de Lindenlaan 14 bus 3, 9880 Aalter; eerder in Zottegem, nu aan de Kerkhofdreef."
        spans = places.find(tokens(text), text)
        got = {(text[s.start : s.end], s.recognizer) for s in spans}
        assert ("Lindenlaan 14 bus 3", "address") in got
        assert ("9880 Aalter", "postcode_place") in got
        assert ("Zottegem", "municipality") in got
        assert ("Kerkhofdreef", "street") in got

    def test_a_place_that_is_also_an_ordinary_word_needs_a_preposition(self) -> None:
        text = "Boom staat in de tuin."
        assert found_tok(places, text) == []
        assert found_tok(places, "Ze verhuist naar Boom.") == ["Boom"]


class TestInstitutions:
    def test_named_institution_after_its_type_word(self) -> None:
        text = "Ze gaat naar kinderdagverblijf 't Zonnebloempje en basisschool De Klimop."
        spans = institutions.find(tokens(text), text)
        assert [(text[s.start : s.end], s.replacement) for s in spans] == [
            ("'t Zonnebloempje", "[kinderdagverblijf]"),
            ("De Klimop", "[school]"),
        ]

    def test_generic_services_and_type_words_alone_stay(self) -> None:
        assert found_tok(institutions, "Het CLB en de school en het kinderdagverblijf werken samen.") == []


class TestNewRecognizers:
    def test_a_registered_name_inside_an_account_shaped_run(self) -> None:
        from casusprep.anonymise.recognizers import joined_names

        words = {"sven": "p1"}
        assert [d.text or "x" for d in joined_names.find("user xXsvenXx", words)] == ["x"]
        assert joined_names.find("Sven en svenska", words) == []  # no account shape: left to the name rules

    def test_the_name_after_an_account_word_unless_it_is_a_word(self) -> None:
        from casusprep.anonymise.recognizers import handles

        text = "Zijn gebruikersnaam is ShadowKing. Haar account is verwijderd."
        assert [text[d.start : d.end] for d in handles.after_account_word(text)] == ["ShadowKing"]

    @pytest.mark.parametrize("name", ["verslag_Tjorven0312.docx", "foto_Tjorven_2.jpg", "scan_tjorven_b.PDF"])
    def test_a_file_name_with_underscores_is_no_account(self, name: str) -> None:
        from casusprep.anonymise.recognizers import handles

        assert handles.find(f"In bijlage {name} meegestuurd.") == []

    def test_user_names_with_underscores_still_go_whole(self) -> None:
        from casusprep.anonymise.recognizers import handles

        text = "Op instagram als @ysolde_v en op tiktok als ysolde_v_19, ook ysolde_x.pl en ysolde_v_19.jpg."
        found = [text[d.start : d.end] for d in handles.find(text)]
        assert found == ["@ysolde_v", "ysolde_v_19", "ysolde_x.pl", "ysolde_v_19.jpg"]

    def test_the_names_in_a_file_name_but_not_its_words(self) -> None:
        from casusprep.anonymise.recognizers import handles

        text = "Bijlagen: verslag_Tjorven0312.docx, foto_kerstfeest_mama_2.jpg, IMG_2041.jpg, scan_Brandhof.pdf."
        assert [text[d.start : d.end] for d in handles.names_in_file_names(text)] == ["Tjorven", "Brandhof"]

    def test_an_institution_by_what_the_sentence_says(self) -> None:
        from casusprep.anonymise.recognizers import institution_context
        from casusprep.anonymise.recognizers.base import tokens

        text = "Papa werkt bij Van Hool en zij gaat naar De Regenboog in Gent, met De Lijn."
        found = [text[d.start : d.end] for d in institution_context.find(tokens(text), text)]
        assert found == ["Van Hool", "De Regenboog"]

    def test_capitals_listed_with_initials_are_initials(self) -> None:
        from casusprep.anonymise.detection import Detection

        text = "KD, TS en MVdB spraken met het CLB."
        first = Detection(0, 2, "PERSON", 0.7, "initials")
        listed = sorted(text[d.start : d.end] for d in initials.coordinated(text, [first]))
        assert listed == ["MVdB", "TS"]
