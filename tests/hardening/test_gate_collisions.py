"""The gate does not block what is not there: persons named like words of the template, the
font table or the calendar export normally, while the same name in a case text is still caught.
Real documents rendered from the templates and read back."""

from __future__ import annotations

import datetime as dt

import pytest

from casusprep.anonymise import anonymise_case
from casusprep.case import Case, Person, Role, Signal
from casusprep.documents import DocKind, read_docx_text, render_document
from casusprep.guard import check_export, check_summary
from casusprep.summary import summary_text

COLLIDING = ["Roman", "April", "Mei", "Dag", "Kind", "Datum", "Times", "Juni", "Maandag", "Vraag"]
KINDS = [DocKind.VK, DocKind.KINDBESPREKING]


def _case(first: str, text: str) -> Case:
    return Case(
        persons=[
            Person(name="Noor Vanhoutte", role=Role.CHILD),
            Person(name=f"{first} Claes", role=Role.BROTHER),
            Person(name="Lindsey Bauwens", role=Role.MOTHER),
        ],
        signals=[
            Signal(date=dt.date(2026, 4, 14), situation="In de groep.", observation=text),
            Signal(date=dt.date(2026, 5, 4), situation="Bij het ophalen.", observation="Het kind huilde kort."),
        ],
        question="Wat kunnen we doen?",
        actions_taken="Het kind krijgt een vaste plek aan tafel.",
    )


def test_the_font_table_really_holds_times_new_roman() -> None:
    # Otherwise the Roman case below would prove nothing.
    parts = read_docx_text(render_document(_case("Roman", "Het kind speelde."), DocKind.VK))
    assert any("Roman" in text for name, text in parts.items() if "fontTable" in name)


@pytest.mark.parametrize("first", COLLIDING)
@pytest.mark.parametrize("kind", KINDS)
def test_colliding_names_export_normally(first: str, kind: DocKind) -> None:
    case = _case(first, "Het kind speelde rustig met de blokken op dag 3 van de maand.")
    assert check_export(render_document(case, kind), case, kind=kind) == []


@pytest.mark.parametrize("first", COLLIDING)
def test_colliding_names_pass_in_the_summary(first: str) -> None:
    case = _case(first, "Het kind speelde rustig met de blokken.")
    assert check_summary(summary_text(anonymise_case(case)), case) == []


def test_without_the_kind_the_gate_tries_every_template() -> None:
    case = _case("Datum", "Het kind speelde rustig.")
    assert check_export(render_document(case, DocKind.VK), case) == []


@pytest.mark.parametrize("first", COLLIDING)
def test_the_same_name_in_a_case_text_is_still_caught(first: str) -> None:
    """The anonymiser replaces the name or, if the coach keeps it, the gate blocks it."""
    case = _case(first, f"Toen {first} binnenkwam, begon het kind te huilen.")
    case.anonymisation.rejected = [first]  # the coach chose to keep it
    for kind in KINDS:
        leaks = check_export(render_document(case, kind), case, kind=kind)
        assert any("signals[0].observation" in leak.fields for leak in leaks), (first, kind)
    leaks = check_summary(summary_text(anonymise_case(case)), case)
    assert leaks


def test_the_full_name_in_a_hashtag_is_caught_even_for_a_word_name() -> None:
    case = _case("Kind", "Ze schreef #KindClaes op het bord.")
    case.anonymisation.rejected = ["KindClaes", "#KindClaes"]
    leaks = check_export(render_document(case, DocKind.VK), case, kind=DocKind.VK)
    assert leaks
