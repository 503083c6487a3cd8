"""Initials where staff sign that the rules missed: a legend with a dash, a log line that opens with a weekday and
a date, a bracket that says more about the person before her initials, a CSV row's last field, a bracket after
a date, a memo's author, a shorthand closing the note or standing in a table cell, lower-case initials after a
thanks with an emoji. Every name and letter here is invented."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text


def clean(text: str) -> str:
    return anonymise_text(text, [], use_model=False).text


class TestSigningPositions:
    def test_a_legend_with_a_dash_names_initials_that_spell_an_acronym(self) -> None:
        text = "Aanwezig:\n  PC – Pauline Coppens, zorgcoach\n\nPC: Ik bel de school.\n  verslag | PC | 3/2"
        out = clean(text)
        assert "PC" not in out and "Coppens" not in out, out

    def test_a_log_line_opening_with_a_weekday_and_a_date(self) -> None:
        out = clean("di 4/3 – RJ: namiddag rustig.\ndo 6/3 – RJ: gesprek met mama.")
        assert "RJ" not in out, out

    def test_a_two_letter_title_in_capitals_signing_a_line_is_initials(self) -> None:
        # The model takes 'MS' for a person too: written in capitals it is initials, not the title 'Ms.' alone.
        text = "ma 3/2 – MS: wennen ging goed.\nwo 5/2 – MS: huilde bij het afscheid."
        out = anonymise_text(text, [], use_model=True).text
        assert "MS" not in out, out

    def test_a_bracket_that_says_more_before_the_initials(self) -> None:
        out = clean("Aanwezig: Nadia El Ouali (BKO De Regenboog, NEO), papa.\nObservaties BKO (NEO): rustiger.")
        assert "NEO" not in out, out

    def test_the_last_field_of_a_csv_row(self) -> None:
        out = clean("Wout;Hilde;moeder;03/02/2026;17:10;RV\nLien;Stef;vader;03/02/2026;17:40;RV")
        assert "RV" not in out, out

    def test_a_bracket_closing_a_clause_before_a_semicolon(self) -> None:
        out = clean("papa was erg onrustig bij het halen (GT); mama gebeld, zij kwam.")
        assert "GT" not in out, out

    def test_a_bracket_after_a_date_says_who_updated(self) -> None:
        out = clean("Ophaallijst, bijgewerkt 12/05/2025 (VB)\n\nAls papa komt: VB bellen.")
        assert "VB" not in out, out

    def test_the_author_of_a_memo_before_a_dash(self) -> None:
        out = clean("(memo VB – ingesproken in de auto)\nverder niets bijzonders. dat was het. VB.")
        assert "VB" not in out, out

    def test_a_shorthand_alone_on_the_last_line_of_a_note(self) -> None:
        out = clean("Doorgegeven aan de verantwoordelijke op 3/1.\nNV")
        assert "NV" not in out, out

    def test_a_shorthand_in_a_table_cell(self) -> None:
        out = clean("ma 5/5 | Mona | ziek | NV\ndi 6/5 | Jules | ok | RT")
        assert "NV" not in out and "RT" not in out, out

    def test_lower_case_initials_after_thanks_and_an_emoji(self) -> None:
        out = clean("16:02 femke: de brief hangt aan de deur\n16:05 ilse: top, thx vd 💛")
        assert " vd " not in out + " ", out


class TestNoInitials:
    @pytest.mark.parametrize(
        "text, kept",
        [
            ("De factuur ging naar Bouwwerken Claes NV.\nZie ook de PC in de bureau.", "PC"),
            ("Het kind gaat naar het CLB.\nCLB", "CLB"),
            ("Gesprek met de school (CLB); mama was er ook.", "CLB"),
            ("Mevr. kwam niet. Ms. Jones was er wel.", "Ms."),
        ],
    )
    def test_services_and_titles_stay(self, text: str, kept: str) -> None:
        assert kept in clean(text)
