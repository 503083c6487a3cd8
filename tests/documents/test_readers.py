"""Each document as its reader needs it: rendered from real cases and read back from the .docx.

The VK counsellor gets the question, the danger and the kind of situation first; the school gets only
what the coach chose per signal; the parents' plan follows the conversation and protects sources.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from docx import Document
from docx_text import body, flat

from casusprep.anonymise import anonymise_case
from casusprep.case import (
    Case,
    DateMode,
    Person,
    Role,
    Signal,
    SituationKind,
)
from casusprep.documents import DocKind, read_docx_text, render_document
from casusprep.documents.context import age_at, without_contact_details
from casusprep.example import example_case
from casusprep.labels import FIELD_LABELS as F
from casusprep.procedures import nazorg_data
from casusprep.summary import summary_text

TODAY = dt.date(2026, 11, 20)
NEIGHBOUR = "Marleen Desmet"
NEIGHBOUR_PHONE = "0471 23 45 67"
NEIGHBOUR_MAIL = "marleen.desmet@voorbeeld.be"
HEARSAY = "De buurvrouw vertelde dat ze het kind 's avonds vaak hoort roepen."


def paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style, text) of every body paragraph, in order."""
    return [(p.style.name, p.text) for p in Document(io.BytesIO(data)).paragraphs]


def headings(data: bytes, level: int = 1) -> list[str]:
    return [t for style, t in paragraphs(data) if style == f"Heading {level}"]


def rows(data: bytes) -> dict[str, str]:
    """Caption -> value of every two-column row (the last one wins)."""
    doc = Document(io.BytesIO(data))
    return {
        row.cells[0].text: flat(row.cells[1].text) for table in doc.tables for row in table.rows if len(row.cells) == 2
    }


def all_rows(data: bytes) -> list[tuple[str, str]]:
    doc = Document(io.BytesIO(data))
    return [
        (row.cells[0].text, flat(row.cells[1].text))
        for table in doc.tables
        for row in table.rows
        if len(row.cells) == 2
    ]


def with_neighbour(case: Case) -> Case:
    """The example plus a neighbour who told something, with her phone number and e-mail in her role."""
    neighbour = Person(
        name=NEIGHBOUR,
        role=Role.OTHER,
        role_detail=f"buurvrouw van het gezin, tel. {NEIGHBOUR_PHONE}, {NEIGHBOUR_MAIL}",
    )
    case.persons.append(neighbour)
    case.signals.append(
        Signal(
            date=dt.date(2026, 11, 6), situation="Telefoon van de buurvrouw.", observation=HEARSAY, told_by=neighbour.id
        )
    )
    return case


# ----------------------------------------------------------------- VK-consult


def test_vk_leads_with_what_the_counsellor_needs_first() -> None:
    data = render_document(example_case(), DocKind.VK, today=TODAY)
    assert headings(data)[:3] == ["De vraag", "In het kort", "Chronologie in het kort"]
    assert headings(data).index("De signalen") > headings(data).index("Chronologie in het kort")
    doc = Document(io.BytesIO(data))
    short = doc.tables[1]  # the first table is the title block's
    captions = [r.cells[0].text for r in short.rows]
    assert captions[:3] == [F["child_in_danger_now"], F["urgency"], F["situation_kind"]]
    values = rows(data)
    assert values[F["child_in_danger_now"]] == "nee"
    assert values[F["urgency"]] == "chronisch"
    assert values[F["asker"]] == "pedagogisch coach"  # a role, never a name
    assert values[F["setting"]] == "Kinderdagverblijf (discretieplicht)"
    assert (
        values["Sinds wanneer is er zorg?"]
        == "Het eerste signaal is ongeveer 8 weken geleden; 3 signalen over 43 dagen."
    )


def test_vk_gives_the_age_at_the_first_signal_in_months_under_three() -> None:
    case = example_case()
    data = render_document(case, DocKind.VK, today=TODAY)
    assert rows(data)["Leeftijd van het kind"] == "27 maanden bij het eerste signaal"
    assert age_at(dt.date(2020, 3, 1), dt.date(2026, 2, 28)) == "5 jaar"
    assert age_at(dt.date(2026, 1, 15), dt.date(2026, 2, 15)) == "1 maand"
    assert "dag -" not in "\n".join(read_docx_text(data).values())


def test_vk_chronology_has_one_line_per_signal() -> None:
    case = example_case()
    anon = anonymise_case(case)
    data = render_document(case, DocKind.VK, today=TODAY, anonymised=anon)
    doc = Document(io.BytesIO(data))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Wanneer")
    lines = [(r.cells[0].text, r.cells[2].text) for r in table.rows[1:] if r.cells[1].text == "signaal"]
    assert [when for when, _ in lines] == ["dag 1", "dag 17", "dag 43"]
    first_sentence = anon.case.signals[0].observation.split(". ")[0] + "."
    assert lines[0][1] == first_sentence
    assert all(len(what) <= 140 and "\n" not in what for _, what in lines)


def test_vk_holds_needs_and_what_the_opvang_can_and_cannot_offer() -> None:
    case = example_case()
    copy = anonymise_case(case).case
    values = rows(render_document(case, DocKind.VK, today=TODAY))
    for spec in ("needs.behind_behaviour", "needs.childcare_can_offer", "needs.childcare_cannot_offer"):
        group, attr = spec.split(".")
        assert values[F[spec]] == flat(getattr(getattr(copy, group), attr))


def test_vk_leaves_out_what_does_not_apply() -> None:
    case = example_case()
    case.gog_direction = None
    case.situation_kind = SituationKind.VERONTRUSTING
    case.nature, case.form = [], []
    case.signals[0].present = case.signals[0].trigger = ""
    data = render_document(case, DocKind.VK, today=TODAY)
    text = body(data)
    assert F["gog_direction"] not in text and "niet van toepassing" not in text
    assert F["nature"] not in rows(data) and F["form"] not in rows(data)
    first_signal = [k for k, _ in all_rows(data)]
    assert first_signal.count(F["signals[].present"]) == 2  # the empty one of signal 1 is left out
    assert "Meldplicht" not in headings(data)  # no GOG, no crisis


def test_month_year_dates_read_naturally_and_relative_ones_as_days() -> None:
    case = example_case()
    case.signals[2].observation += " Gesprek met mama op 27/11."
    case.persons[0].role_detail = "geboren op 14/06/2024"
    relative = anonymise_case(case)
    text = relative.case.signals[2].observation
    assert text.endswith("Gesprek met mama op dag 67.")
    assert relative.case.persons[0].role_detail == "geboren 2 jaar voor het eerste signaal"
    case.anonymisation.date_mode = DateMode.MONTH_YEAR
    month = anonymise_case(case)
    assert month.case.signals[2].observation.endswith("Gesprek met mama op een dag eind november.")
    assert [month.date_label(s.id) for s in month.case.signals] == [
        "eind september 2026",
        "begin oktober 2026",
        "begin november 2026",
    ]
    data = render_document(case, DocKind.VK, today=TODAY, anonymised=month)
    assert "Signaal 1 · eind september 2026" in headings(data, 2)
    assert "op november" not in body(data)


# ----------------------------------------------------------------- kindbespreking


def test_kindbespreking_shares_per_signal_what_the_coach_chose() -> None:
    case = example_case()
    copy = anonymise_case(case).case
    data = render_document(case, DocKind.KINDBESPREKING, today=TODAY)
    text = body(data)
    for s in copy.signals:
        assert flat(s.observation) in text
        assert flat(s.interpretation) not in text and flat(s.gut_feeling) not in text

    case.signals[1].share_school_interpretation = True
    case.signals[2].share_school = False
    copy = anonymise_case(case).case
    data = render_document(case, DocKind.KINDBESPREKING, today=TODAY)
    text = body(data)
    assert flat(copy.signals[1].interpretation) in text
    assert flat(copy.signals[0].interpretation) not in text
    assert flat(copy.signals[2].observation) not in text
    assert "1 signaal of signalen niet gedeeld" in text
    assert headings(data, 2) == ["Vragen aan het andere team", "Signaal 1 · dag 1", "Signaal 2 · dag 17"]


def test_kindbespreking_marks_hearsay_with_the_role_of_its_source_never_the_name() -> None:
    case = with_neighbour(example_case())
    data = render_document(case, DocKind.KINDBESPREKING, today=TODAY)
    notes = [t for style, t in paragraphs(data) if t.startswith("Horen zeggen")]
    assert notes == ["Horen zeggen: verteld door buurvrouw van het gezin."]
    everything = "\n".join(read_docx_text(data).values())
    assert "Desmet" not in everything and "Marleen" not in everything
    assert NEIGHBOUR_PHONE not in everything and "voorbeeld.be" not in everything
    assert "[telefoonnummer]" not in everything  # not even the placeholder of a contact detail
    vk = render_document(case, DocKind.VK, today=TODAY)
    chronology = next(t for t in Document(io.BytesIO(vk)).tables if t.rows[0].cells[0].text == "Wanneer")
    last_signal = [r for r in chronology.rows if r.cells[1].text == "signaal"][-1]
    assert last_signal.cells[2].text.startswith("(horen zeggen) De buurvrouw vertelde")


def test_kindbespreking_holds_the_question_the_parents_view_and_what_was_done() -> None:
    case = example_case()
    copy = anonymise_case(case).case
    data = render_document(case, DocKind.KINDBESPREKING, today=TODAY)
    text = body(data)
    for value in (copy.question, copy.parents.their_meaning, copy.actions_taken, copy.sharing.questions_for_other_team):
        assert flat(value) in text
    assert rows(data)[F["parents.informed_about_consultation"]] == "Ja."


def test_kindbespreking_lists_in_plain_dutch_what_share_with_care_still_misses() -> None:
    case = example_case()
    case.sharing.parents_informed = False
    data = render_document(case, DocKind.KINDBESPREKING, today=TODAY)
    bullets = [t for style, t in paragraphs(data) if style == "List Bullet"]
    assert bullets == ["De ouders weten nog niet van dit overleg: deel nog niets."]


# ----------------------------------------------------------------- plan for the parent conversation


def test_parent_plan_follows_the_conversation() -> None:
    case = example_case()
    data = render_document(case, DocKind.OUDERGESPREK, today=TODAY)
    order = headings(data)
    assert order[2:9] == [
        "1. Wat goed gaat",
        "2. Wat we zagen",
        "3. Hun verhaal en wat het voor hen betekent",
        "4. Onze zorg",
        "5. Wat de opvang kan bieden en wat niet",
        "6. Wie doet wat, tegen wanneer",
        "7. Opvolging",
    ]
    values = rows(data)
    assert values[F["strengths.child"]] == flat(case.strengths.child)
    assert values[F["strengths.parents"]] == flat(case.strengths.parents)
    assert values["Wat de ouders er eerder over zeiden"] == flat(case.parents.their_meaning)
    assert flat(case.overview.worries) in body(data)
    assert values[F["next_follow_up"]] == "07/12/2026"
    doc = Document(io.BytesIO(data))
    actions = next(t for t in doc.tables if t.rows[0].cells[0].text == F["actions[].description"])
    assert [r.cells[1].text for r in actions.rows[1:]] == ["12/11/2026", "19/11/2026", "09/10/2026"]


def test_parent_plan_protects_sources() -> None:
    case = with_neighbour(example_case())
    data = render_document(case, DocKind.OUDERGESPREK, today=TODAY)
    text = body(data)
    assert flat(HEARSAY) not in text  # hearsay is not put forward by default
    assert "1 signaal of signalen niet voorgelegd" in text
    everything = "\n".join(read_docx_text(data).values())
    assert NEIGHBOUR_PHONE not in everything and NEIGHBOUR_MAIL not in everything  # no contact details
    assert NEIGHBOUR in text  # the plan is for the coach's team: names stay, contact details go

    case.signals[-1].share_parents = True  # she chooses to bring it up
    text = body(render_document(case, DocKind.OUDERGESPREK, today=TODAY))
    assert flat(HEARSAY) in text and "Verteld door buurvrouw van het gezin." in text
    case.signals[0].share_parents = False  # and to keep one of her own observations for later
    text = body(render_document(case, DocKind.OUDERGESPREK, today=TODAY))
    assert flat(case.signals[0].observation) not in text


def test_contact_details_are_taken_out_of_a_role_description() -> None:
    assert without_contact_details("buurvrouw, tel. 0471 23 45 67, x.y@voorbeeld.be") == "buurvrouw"
    assert without_contact_details("buurman (gsm: 0471 23 45 67; e-mail: x@voorbeeld.be) woont ernaast") == (
        "buurman woont ernaast"
    )
    assert without_contact_details("buurvrouw (0471/23.45.67)") == "buurvrouw"
    assert without_contact_details("juf van de eerste kleuterklas") == "juf van de eerste kleuterklas"


def test_parent_plan_holds_only_the_nazorg_for_the_kind_of_situation() -> None:
    gog_only = [p for section in nazorg_data().onderdeel for p in section.punten_gog]
    other_children = next(s for s in nazorg_data().onderdeel if s.enkel_gog)
    assert gog_only and other_children.titel == "De andere kinderen"

    case = example_case()  # GOG
    gog = body(render_document(case, DocKind.OUDERGESPREK, today=TODAY))
    assert all(flat(p) in gog for p in gog_only) and other_children.titel in headings(
        render_document(case, DocKind.OUDERGESPREK, today=TODAY), 3
    )

    case.gog_direction = None
    case.situation_kind = SituationKind.VERONTRUSTING
    data = render_document(case, DocKind.OUDERGESPREK, today=TODAY)
    home = body(data)
    assert not any(flat(p) in home for p in gog_only)
    assert other_children.titel not in headings(data, 3)
    assert "Het kind" in headings(data, 3) and "Jezelf" in headings(data, 3)


# ----------------------------------------------------------------- summary


def test_the_summary_keeps_the_indentation_of_multi_line_fields() -> None:
    case = example_case()
    case.signals[0].observation = "Bij het onthaal:\n  - ze at twee boterhammen\n  - ze speelde alleen"
    case.question = "Twee vragen:\n1. Is dit zorgwekkend?\n2. Hoe spreken we de ouders aan?"
    text = summary_text(anonymise_case(case))
    assert "Vraag:\nTwee vragen:\n1. Is dit zorgwekkend?\n2. Hoe spreken we de ouders aan?\n" in text
    lines = text.splitlines()
    start = lines.index("   Wat heb ik gezien en gehoord? Bij het onthaal:")
    assert lines[start + 1 : start + 3] == ["        - ze at twee boterhammen", "        - ze speelde alleen"]


def test_no_document_shows_a_negative_day_or_a_bare_month_after_op() -> None:
    case = example_case()
    case.signals[0].observation += " Op 27/11 belde mama. Ze is geboren op 03/02/1994."
    for mode in DateMode:
        case.anonymisation.date_mode = mode
        for kind in (DocKind.VK, DocKind.KINDBESPREKING):
            text = body(render_document(case, kind, today=TODAY))
            assert not re.search(r"dag -\d", text)
            assert not re.search(r"\b[Oo]p (januari|februari|november|oktober)\b", text)


@pytest.mark.parametrize("kind", list(DocKind))
def test_every_document_renders_the_example_with_every_share_choice(kind: DocKind) -> None:
    case = with_neighbour(example_case())
    for s in case.signals:
        s.share_school_interpretation = s.share_school_gut_feeling = True
        s.share_parents = True
    assert "{{" not in body(render_document(case, kind, today=TODAY))
