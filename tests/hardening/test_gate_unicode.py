"""The gate sees what a reader sees: names and identifiers disguised by format characters,
decomposed accents, lookalike letters, run-together tokens, full-width digits or kept variants
still block the export, naming the field and never the value. Real .docx documents read back."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casusprep.case import Case, Person, Role, Signal
from casusprep.documents import DocKind, render_document
from casusprep.guard import check_docx, check_export, check_text, leak_message, pseudonym_problem

CHILD = "Noor Vanhoutte"
MOTHER = "Lindsey Bauwens"
CAREGIVER = "Annelies Moerman"
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f", "\u2066", "\u034f"]
LOOKALIKE = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "i": "і", "s": "ѕ", "N": "Ν", "V": "V",
             "B": "В", "M": "М", "A": "А", "H": "Н", "T": "Т", "u": "υ", "n": "ո"}  # fmt: skip
MARKS = ["\u0301", "\u0308", "\u0336", "\u0323", "\u030a"]


def _case(text: str = "Het kind speelde.", **extra) -> Case:
    persons = [
        Person(name=CHILD, role=Role.CHILD),
        Person(name=MOTHER, role=Role.MOTHER),
        Person(name=CAREGIVER, role=Role.CAREGIVER),
    ]
    case = Case(
        persons=persons,
        signals=[Signal(date=dt.date(2026, 3, 2), situation="In de groep.", observation=text)],
        question="Hoe gaan we verder?",
    )
    for key, value in extra.items():
        setattr(case, key, value)
    return case


def _fields(leaks) -> set[str]:
    return {f for leak in leaks for f in leak.fields}


@pytest.mark.parametrize(
    "text",
    [
        "Noo\u200br Vanho\u200butte huilde.",
        "Noor Van\u2060houtte huilde.",
        "Noor Van\u00adhoutte huilde.",
        "Lind\u200dsey kwam.",
        "Bau\u200ewens kwam.",
        "Bau\ufeffwens kwam.",
        unicodedata.normalize("NFD", "Anne\u0301lies Moe\u0308rman was er."),
        "M\u0336o\u0336e\u0336rman was er.",
        "Annel\u0131es was er.",
        "N\u043e\u043er was stil.",
        "\u039d\u039f\u039fR was stil.",
        "\uff2e\uff4f\uff4f\uff52 was stil.",
        "Ze postte #NoorVanhoutte op de groep.",
        "Account lindseybauwens2022 stuurde dit.",
        "Gebruiker noor_vanhoutte meldde zich.",
        "Mevrouw Bau-\nwens kwam.",
        "vanhoutte zat alleen.",
        "MOERMAN zat alleen.",
        "Noortje zat alleen.",
        "Vanhoute zat alleen.",
        "Lindseyke lachte.",
        "Bauwens' tas lag er.",
    ],
)
def test_disguised_names_block_the_text_and_name_the_field(text: str) -> None:
    case = _case(text)
    leaks = check_text(text, case, sources={"signals[0].observation": text})
    assert leaks, text
    assert "signals[0].observation" in _fields(leaks)
    message = leak_message(leaks, "VK-consult")
    for part in (*CHILD.split(), *MOTHER.split(), *CAREGIVER.split()):
        assert part not in message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rekening be71 0961 2345 6769 gaf ze door.", "rekeningnummer (IBAN)"),
        ("Rekening be71096123456769.", "rekeningnummer (IBAN)"),
        ("Bel \uff10\uff14\uff17\uff15 \uff11\uff12 \uff13\uff14 \uff15\uff16.", "telefoonnummer"),
        ("Bel O475 12 34 56.", "telefoonnummer"),
        ("Bel 0475 l2 34 56.", "telefoonnummer"),
        ("Bel 0475\u200b12\u200b34\u200b56.", "telefoonnummer"),
        ("Bel \u0660\u0664\u0667\u0665 \u0661\u0662 \u0663\u0664 \u0665\u0666.", "telefoonnummer"),
        ("RRN \uff18\uff15.\uff10\uff17.\uff13\uff10-\uff10\uff13\uff13.\uff12\uff18.", "rijksregisternummer"),
        ("Mail iemand\u200b@voorbeeld.be.", "e-mailadres"),
    ],
)
def test_disguised_identifiers_block(text: str, kind: str) -> None:
    leaks = check_text(text, _case(), sources={"signals[0].observation": text})
    assert kind in [leak.kind for leak in leaks]
    assert "signals[0].observation" in _fields(leaks)


def test_ordinary_words_near_a_name_do_not_block() -> None:
    # "noord", "door", "voor" are a letter away from Noor; "evalueren" holds no registered name.
    text = "In het noorden, door de gang, voor de deur: we evalueren het morgen. Bel 112 bij nood."
    assert check_text(text, _case(), sources={"signals[0].observation": text}) == []


def _disguise(draw: st.DrawFn, word: str) -> str:
    out = []
    for ch in unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), word):
        if ch in LOOKALIKE and draw(st.booleans()):
            ch = LOOKALIKE[ch]
        out.append(ch)
        roll = draw(st.integers(0, 5))
        if roll == 0:
            out.append(draw(st.sampled_from(INVISIBLE)))
        elif roll == 1:
            out.append(draw(st.sampled_from(MARKS)))
    return "".join(out)


@st.composite
def disguised_texts(draw: st.DrawFn) -> str:
    word = draw(st.sampled_from(["Vanhoutte", "Bauwens", "Moerman", "Lindsey", "Annelies", "Noor"]))
    if draw(st.booleans()):  # case first: a lowercased Greek capital Nu reads as v, not as n
        word = word.upper() if draw(st.booleans()) else word.lower()
    disguised = _disguise(draw, word)
    before = draw(st.sampled_from(["", "Vandaag zag ik ", "#", "Mevrouw ", "(", "met "]))
    after = draw(st.sampled_from(["", " huilde.", "2022", "'s jas", ") kwam", "."]))
    return before + disguised + after


@given(disguised_texts())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_hypothesis_any_disguise_of_a_name_blocks(text: str) -> None:
    assert check_text(text, _case(text), sources={"signals[0].observation": text}), ascii(text)


def _docx_with(body: str, comment: str | None = None) -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph(body)
    if comment is not None:
        paragraph = document.add_paragraph("Opmerking hierbij.")
        document.add_comment(paragraph.runs, text=comment, author="Coach")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_comments_are_read_as_a_reader_reads_them() -> None:
    data = _docx_with("Niets bijzonders.", comment="Bel Lind\u200bsey terug.")
    assert check_docx(data, _case())


def test_a_kept_variant_blocks_the_real_export_naming_the_field() -> None:
    case = _case("Noortje zat alleen in de hoek.")
    case.anonymisation.rejected = ["Noortje"]
    data = render_document(case, DocKind.VK)
    leaks = check_export(data, case, kind=DocKind.VK)
    assert "signals[0].observation" in _fields(leaks)
    assert "Noortje" not in leak_message(leaks, "VK-consult")


def test_a_pseudonym_that_is_a_form_of_the_name_blocks_and_points_at_the_pseudonym() -> None:
    case = _case()
    case.persons[0].pseudonym = "Noortje"
    data = render_document(case, DocKind.KINDBESPREKING)
    leaks = check_export(data, case, kind=DocKind.KINDBESPREKING)
    assert "persons[0].pseudonym" in _fields(leaks)


@pytest.mark.parametrize(
    "typed",
    ["Noortje", "Noor", "N. Vanhoutte", "kind Vanhoutte", "Vanhoute", "NoorV", "Lindseyke", "N.V.", "Nооr"],
)
def test_pseudonym_problem_refuses_forms_of_registered_names(typed: str) -> None:
    case = _case()
    problem = pseudonym_problem(case, case.persons[0], typed)
    assert problem is not None
    assert "schuilnaam" in problem
    for part in (*CHILD.split(), *MOTHER.split()):
        assert part not in problem


@pytest.mark.parametrize("typed", ["", "het kind", "kind A", "moeder", "de peuter", "begeleider B", "Kiki", "jongen 1"])
def test_pseudonym_problem_accepts_role_and_unrelated_pseudonyms(typed: str) -> None:
    case = _case()
    assert pseudonym_problem(case, case.persons[0], typed) is None


def test_a_person_named_like_a_role_can_still_be_kind_a() -> None:
    case = _case()
    case.persons.append(Person(name="Kind Claes", role=Role.BROTHER))
    assert pseudonym_problem(case, case.persons[0], "kind A") is None
    assert pseudonym_problem(case, case.persons[-1], "Claesje") is not None


@pytest.mark.parametrize(
    "text", ["N o o r zat daar.", "V.A.N.H.O.U.T.T.E kwam.", "N00r zat daar.", "Vanh0utt3 kwam.", "B a u w e n s"]
)
def test_spaced_out_letters_and_digits_for_letters_are_read_as_the_name(text: str) -> None:
    assert check_text(text, _case(text), sources={"signals[0].observation": text})


def test_ordinary_numbers_and_letters_stay_ordinary() -> None:
    text = "Om 9u30 in groep 2b, op 3/4 en in 2024: a b c d e oefenen."
    assert check_text(text, _case(), sources={"signals[0].observation": text}) == []
