"""Persons found by what stands around them: a display name the mail address after it spells (in any case), and a
lower-case first name after a verb in second place ('morgen is wout bij zijn papa'). All names invented."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text


class TestDisplayNames:
    @pytest.mark.parametrize(
        "text, name",
        [
            ("Van: lies de wolf <liesdewolf@telenet.be>\nDatum: 3/2", "lies de wolf"),
            ('Cc: "JANSSENS Pieter-Jan" <pieterjan.janssens@school.be>', "JANSSENS"),
            ("Mail van mira sels <mira.sels@hotmail.com> gisteren", "mira sels"),
        ],
    )
    def test_a_display_name_the_address_spells(self, text: str, name: str) -> None:
        out = anonymise_text(text, [], use_model=False).text
        assert name not in out, out

    @pytest.mark.parametrize(
        "text", ["Van: directie <directie@school.be>", "Aan: onthaal <onthaal@kdv.be>", "Van: zorgteam <zorgteam@x.be>"]
    )
    def test_a_service_before_its_address_stays(self, text: str) -> None:
        out = anonymise_text(text, [], use_model=False).text
        assert out.split("<")[0] == text.split("<")[0], out


class TestSubjectAfterTheVerb:
    @pytest.mark.parametrize(
        "text, name",
        [("morgen is wout bij zijn papa", "wout"), ("in de turnzaal was jolien heel stil", "jolien")],
    )
    def test_a_lower_case_first_name_after_a_verb_in_second_place(self, text: str, name: str) -> None:
        out = anonymise_text(text, [], use_model=False).text
        assert name not in out, out

    @pytest.mark.parametrize("text", ["vandaag is het koud", "het is lente", "toen was roos de mooiste bloem"])
    def test_words_after_the_verb_stay(self, text: str) -> None:
        assert anonymise_text(text, [], use_model=False).text == text


class TestAFamilyByItsSurname:
    @pytest.mark.parametrize(
        "text", ["twee kinderen van het gezin Verbiest, en een baby", "het pleeggezin Van Dael belde"]
    )
    def test_the_surname_after_a_dutch_word_for_household(self, text: str) -> None:
        out = anonymise_text(text, [], use_model=False).text
        assert "Verbiest" not in out and "Dael" not in out, out

    def test_the_service_stays(self) -> None:
        text = "Kind en Gezin belde, het gezin Kind en Gezin kent ze al."
        assert anonymise_text(text, [], use_model=False).text == text


class TestAFirstNameAfterAnAbbreviation:
    @pytest.mark.parametrize(
        "text, name",
        [("duwt kinderen weg, o.a. Yentl\n- 4/2: rustiger", "Yentl"), ("speelt met i.p.v. Marthe.", "Marthe")],
    )
    def test_the_dot_of_an_abbreviation_opens_no_sentence(self, text: str, name: str) -> None:
        out = anonymise_text(text, [], use_model=False).text
        assert name not in out, out

    def test_a_word_after_an_abbreviation_stays(self) -> None:
        text = "Zie bv. Kind en Gezin, o.a. Opgroeien."
        assert anonymise_text(text, [], use_model=False).text == text
