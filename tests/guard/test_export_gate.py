"""The export gate reads the finished document back and blocks anything identifying."""

from __future__ import annotations

import io

import pytest

from casusprep.cli import main
from casusprep.example import CHILD, MOTHER, example_case
from casusprep.guard import check_docx, check_text, find_leaks, leak_message, reader_parts


def _docx(body: str, footer: str, author: str) -> bytes:
    """A real .docx made with python-docx, with text in the body, the footer and the core properties."""
    from docx import Document

    document = Document()
    document.add_paragraph(body)
    document.sections[0].footer.paragraphs[0].text = footer
    document.core_properties.author = author
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_names_found_in_every_part_of_a_docx_with_possessives_and_any_case():
    case = example_case()
    first = CHILD.split()[0]
    data = _docx("niets bijzonders", f"{first.upper()}'s map", MOTHER)
    leaks = check_docx(data, case)
    parts = {leak.part for leak in leaks if leak.kind == "naam van een betrokkene"}
    assert any("footer" in part for part in parts)
    assert "docProps/core.xml" in parts
    assert not any("document.xml" in part for part in parts)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("bel haar op 0471 23 45 67", "telefoonnummer"),
        ("of via +32 9 234 56 78", "telefoonnummer"),
        ("mail naar iemand.anders@voorbeeld.be", "e-mailadres"),
        ("storting op BE68 5390 0754 7034", "rekeningnummer (IBAN)"),
        ("nummer 85.07.30-033.28 op de kaart", "rijksregisternummer"),
        # The layouts the anonymiser reads, read by the gate as well.
        ("bel haar op nul vier zeven een, drieëntwintig, vijfenveertig, zevenenzestig", "telefoonnummer"),
        ("appel au zéro quatre sept un, vingt-trois, quarante-cinq, soixante-sept", "telefoonnummer"),
        ("call zero four seven one, twenty-three, forty-five, sixty-seven", "telefoonnummer"),
        ("bel haar op 0471\u201023\u201045\u201067", "telefoonnummer"),
        ("bel haar op 0032 (0) 471 23 45 67", "telefoonnummer"),
        ("oma belt vanaf +48 512 345 678", "telefoonnummer"),
        ("bel haar op (+32) 471 23 45 67", "telefoonnummer"),
        ("bel haar op (0471) 23.45.67", "telefoonnummer"),
        ("mail naar iemand (a) voorbeeld.be", "e-mailadres"),
        ("mail naar iemand [punt] anders [at] voorbeeld [punt] be", "e-mailadres"),
        ("mail naar iemand.anders @ voorbeeld . be", "e-mailadres"),
        ("mail naar iemand.anders arobase voorbeeld point be", "e-mailadres"),
        ("nummer 85.07.30\u2011033.28 op de kaart", "rijksregisternummer"),
    ],
)
def test_identifier_patterns_block(text: str, kind: str):
    leaks = check_text(text, example_case())
    assert [leak.kind for leak in leaks] == [kind]


def test_clean_text_passes_and_dates_are_not_phone_numbers():
    text = "Op dag 8 huilde het kind bij het afscheid van moeder (12.03.2024); schaal 4/10."
    assert check_text(text, example_case()) == []


def test_counting_in_words_times_and_ranges_are_no_identifier():
    text = (
        "We telden een twee drie vier vijf zes zeven acht negen tien; nul komma vijf liter; plus vier graden.\n"
        "07 – 14/2/2026 – open van 7–18 uur; +5 graden; 2026; score 3-1; om 14:05."
    )
    assert check_text(text, example_case()) == []


def test_replaced_mentions_are_searched_too():
    leaks = find_leaks({"tekst": "buurman Gerolf kwam langs"}, example_case(), detections=["Gerolf"])
    assert [leak.kind for leak in leaks] == ["herkend persoonsgegeven"]


def test_message_names_the_field_but_not_the_value():
    case = example_case()
    case.question = f"Wat moeten we doen met {CHILD.split()[0]}?"
    leaks = check_text(case.question, case, sources={"question": case.question})
    message = leak_message(leaks, "VK-consult")
    assert "De vraag voor het overleg" in message
    assert CHILD.split()[0] not in message
    assert "niets weggeschreven" in message


def test_export_blocked_when_a_registered_name_is_kept_after_review(tmp_path, capsys):
    """The coach rejected the detection of a registered name (kept it): the gate still stops the export."""
    case = example_case()
    first = CHILD.split()[0]
    case.overview.worries = f"{first} komt de laatste weken vaak hongerig binnen."
    case.anonymisation.rejected.append(first)
    source = tmp_path / "casus.json"
    source.write_text(case.model_dump_json(), encoding="utf-8")
    target = tmp_path / "vk.docx"
    code = main(["export", str(source), "--doc", "vk", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert "niets weggeschreven" in err
    assert "Zorgen" in err or "andere velden" in err  # the fields where the name is
    assert first not in err
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [source]  # no partial or temporary file either


def test_clean_case_exports(tmp_path):
    case = example_case()
    source = tmp_path / "casus.json"
    source.write_text(case.model_dump_json(), encoding="utf-8")
    target = tmp_path / "kb.docx"
    assert main(["export", str(source), "--doc", "kindbespreking", "-o", str(target)]) == 0
    assert target.exists()


def test_a_replaced_mention_inside_one_the_coach_kept_is_her_choice():
    """'3 maart' was replaced in one field, the coach kept 'Maandag 3 maart' in another: that one shows it."""
    case = example_case()
    case.anonymisation.rejected.append("Maandag 3 maart")
    kept = find_leaks({"tekst": "Maandag 3 maart was ze moe."}, case, detections=["3 maart"])
    assert kept == []
    elsewhere = find_leaks({"tekst": "Maandag 3 maart was ze moe; op 3 maart ook."}, case, detections=["3 maart"])
    assert [leak.kind for leak in elsewhere] == ["herkend persoonsgegeven"]


def test_a_case_with_a_kept_date_around_a_replaced_one_exports(tmp_path):
    case = example_case()
    case.overview.worries = "Maandag 3 maart kwam ze huilend binnen."
    case.signals[0].observation = "Op 3 maart belde de grootmoeder naar de opvang."
    case.anonymisation.rejected.append("Maandag 3 maart")
    source = tmp_path / "casus.json"
    source.write_text(case.model_dump_json(), encoding="utf-8")
    target = tmp_path / "vk.docx"
    assert main(["export", str(source), "--doc", "vk", "-o", str(target)]) == 0
    text = "\n".join(reader_parts(target.read_bytes()).values())
    assert "Maandag 3 maart kwam ze huilend binnen" in text, text
