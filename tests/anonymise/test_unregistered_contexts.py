"""Persons nobody registered, from their context, with invented names: a chat's sender whose name is a word, a
lower-case name after a greeting that opens a message, a family named by its surname, a name after a role and 'of'
or a role and 'is', who speaks and from where, and a title alone that is no name."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text


def clean(text: str, use_model: bool = False) -> str:
    return anonymise_text(text, [], use_model=use_model).text


class TestChatSendersWhoseNameIsAWord:
    def test_a_sender_on_two_lines_among_named_senders(self) -> None:
        out = clean("[07:50] zomer: heeft iemand de jas gezien?\n[07:51] sanne: ligt in de gang\n[07:52] zomer: top")
        assert "zomer:" not in out and "sanne:" not in out, out

    def test_a_log_label_is_no_sender(self) -> None:
        out = clean("[07:50] sanne: gebracht\n[08:10] opmerking: niets\n[09:00] opmerking: rustig")
        assert out.count("opmerking:") == 2, out


class TestALowerCaseNameAfterAGreeting:
    @pytest.mark.parametrize(
        "text", ["hi marjolein sorry voor het late bericht", 'mama: "sorry wendelien, ik was het kwijt"']
    )
    def test_the_greeting_opens_the_message(self, text: str) -> None:
        out = clean(text)
        assert "marjolein" not in out and "wendelien" not in out, out


class TestAFamilyNamedBySurname:
    @pytest.mark.parametrize(
        "text, name",
        [
            ("Gesprek met de familie Okonjo-Bello op dinsdag.", "Okonjo"),
            ("Objet : famille EL OUARDI – les deux enfants.", "OUARDI"),
            ("De familie Van der Straeten komt morgen.", "Straeten"),
            ("Yesterday the Kowalik family moved.", "Kowalik"),
        ],
    )
    def test_the_surname_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    @pytest.mark.parametrize("text", ["Bij de familie thuis is het rustig.", "Een famille d'accueil helpt."])
    def test_no_surname_no_person(self, text: str) -> None:
        assert clean(text) == text


class TestALowerCaseNameAfterARoleAndOf:
    @pytest.mark.parametrize("text", ["je suis la maman de yannick et je serai en retard", "i am the mom of yannick"])
    def test_the_name_goes(self, text: str) -> None:
        out = clean(text)
        assert "yannick" not in out, out


class TestWhoSpeaksAndWhatARoleIsCalled:
    @pytest.mark.parametrize(
        "text, name",
        [
            ("ja hallo hier is wendelien van de opvang, ik bel voor", "wendelien"),
            ("haar papa is wendelin en hij werkt in de haven", "wendelin"),
        ],
    )
    def test_the_lower_case_name_goes(self, text: str, name: str) -> None:
        out = clean(text)
        assert name not in out, out

    def test_a_role_and_an_adjective_stay(self) -> None:
        text = "mama is lief en papa is boos"
        assert clean(text) == text


class TestATitleAloneIsNoName:
    def test_the_title_stays_before_the_name(self) -> None:
        out = clean("Mrs. Olabisi Adeyemi will pick him up on Friday.", use_model=True)
        assert "Mrs." in out and "Olabisi" not in out and "Adeyemi" not in out, out
