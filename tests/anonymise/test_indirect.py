"""Indirect identifiers on invented notes: the detector finds each kind with its Dutch explanation and a
proposal, leaves ordinary details alone, and never changes a text by itself; the coach's two answers are kept
in the case, and a generalised detail is replaced in the anonymised copy and in the rendered .docx."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document

from casusprep.anonymise import anonymise_case
from casusprep.anonymise.indirect import find_indirect
from casusprep.case import Case, Person, Role, Signal
from casusprep.documents import DocKind, render_document
from casusprep.guard import check_export
from casusprep.review import IndirectState, generalise, leave_as_is, reopen, review_case

# Invented notes; no real person or family.
CHILD = Person(name="Jonas Wuyts", role=Role.CHILD)


def found(text: str, **context: bool) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in find_indirect(text, **context)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Papa werkt als beiaardier in de stad.", [("beroep", "beiaardier")]),
        ("Mama is imker en verkoopt honing.", [("beroep", "imker")]),
        # not in the lists: a rare word ending like a profession, after 'werkt als'
        ("Mama werkt als glasblazer sinds vorig jaar.", [("beroep", "glasblazer")]),
        ("Hij heeft 3 broers van 2, 5 en 9 jaar.", [("broers_zussen", "3 broers van 2, 5 en 9 jaar")]),
        ("Ze is de oudste van vier kinderen.", [("broers_zussen", "de oudste van vier kinderen")]),
        ("Hij is het derde van zes kinderen.", [("broers_zussen", "het derde van zes kinderen")]),
        ("Na de brand in hun huis sliep hij slecht.", [("gebeurtenis", "de brand")]),
        ("Het ongeval stond in de krant.", [("gebeurtenis", "Het ongeval"), ("gebeurtenis", "in de krant")]),
        ("Opa is vorige week overleden.", [("gebeurtenis", "overleden")]),
        ("Ze is 2 jaar en 3 maanden en zit in de peutergroep.", [("leeftijd", "2 jaar en 3 maanden")]),
        (
            "De Eritrese mama brengt de broer naar basisschool De Kastanje.",
            [("nationaliteit", "Eritrese")],
        ),
    ],
)
def test_each_kind_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mama werkt als poetsvrouw en papa als chauffeur.",  # common professions
        "Mama werkt als verpleegkundige.",
        "De Eritrese mama brengt hem elke ochtend.",  # a nationality without a place or school
        "Sinds 3 maanden komt ze naar de groep.",  # a duration, not an age
        "Ze is 2 jaar en 3 maanden.",  # an exact age without the group
        "Hij zwemt graag in de pool en rust daarna uit.",  # 'Pool' and 'Rus' only as capitalised words
        "Ze speelde met de blokken en at haar fruit op.",
    ],
)
def test_ordinary_details_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_the_case_context_makes_a_nationality_or_an_age_count_anywhere() -> None:
    assert found("De Eritrese mama brengt hem.", place_named=True) == [("nationaliteit", "Eritrese")]
    assert found("Ze is 2 jaar en 3 maanden.", group_named=True) == [("leeftijd", "2 jaar en 3 maanden")]


def test_every_span_has_a_dutch_explanation_and_a_proposal_where_one_fits() -> None:
    text = (
        "Papa werkt als notaris. Ze is 22 maanden oud in de babygroep. Hij heeft 2 zussen van 4 en 6 jaar. "
        "Na de rechtszaak verhuisden ze."
    )
    spans = {s.kind: s for s in find_indirect(text)}
    assert set(spans) == {"beroep", "leeftijd", "broers_zussen", "gebeurtenis"}
    assert all(s.explanation and s.explanation[0].isupper() for s in spans.values())
    assert spans["beroep"].suggestion == "werkt in een vrij beroep"
    assert spans["leeftijd"].suggestion == "ongeveer 1 jaar"
    assert spans["broers_zussen"].suggestion == "broers of zussen"
    assert spans["gebeurtenis"].text == "de rechtszaak" and spans["gebeurtenis"].suggestion
    assert all(text[s.start : s.end] == s.text for s in spans.values())


def case() -> Case:
    return Case(
        persons=[CHILD],
        setting_detail="Kinderdagverblijf in Dendermonde.",
        signals=[
            Signal(
                date=dt.date(2026, 5, 4),
                observation="Jonas vertelde over de brand bij hen thuis. Papa werkt als beiaardier.",
            ),
            Signal(date=dt.date(2026, 5, 11), observation="Jonas is de jongste van 5 kinderen."),
        ],
    )


def test_the_review_asks_and_removes_nothing_by_itself() -> None:
    c = case()
    review = review_case(c)
    assert review is not None
    questions = {q.text: q for q in review.indirect}
    assert set(questions) == {"de brand", "beiaardier", "de jongste van 5 kinderen"}
    assert all(q.state is IndirectState.OPEN for q in questions.values())
    assert questions["beiaardier"].fields == ["signals[0].observation"]
    anonymised = anonymise_case(c).case.signals[0].observation
    assert "de brand" in anonymised and "beiaardier" in anonymised


def test_both_answers_are_kept_in_the_case_and_the_generalised_wording_reaches_the_documents() -> None:
    c = case()
    assert generalise(c, "beiaardier", "muzikant")
    leave_as_is(c, "de brand")
    assert not generalise(c, "de jongste van 5 kinderen", "  ")  # no wording: nothing recorded
    assert not generalise(c, "de jongste van 5 kinderen", "de jongste van 5 kinderen of zo")  # still the detail
    stored = Case.model_validate_json(c.model_dump_json())  # as the store keeps it
    assert stored.anonymisation.generalised == {"beiaardier": "muzikant"}
    assert stored.anonymisation.left_as_is == ["de brand"]

    review = review_case(stored)
    assert review is not None
    states = {q.text: (q.state, q.suggestion) for q in review.indirect}
    assert states["beiaardier"] == (IndirectState.GENERALISED, "muzikant")
    assert states["de brand"][0] is IndirectState.LEFT
    assert states["de jongste van 5 kinderen"][0] is IndirectState.OPEN
    assert review.indirect[0].text == "de jongste van 5 kinderen"  # the open question first

    anonymised = anonymise_case(stored)
    text = anonymised.case.signals[0].observation
    assert "muzikant" in text and "beiaardier" not in text and "de brand" in text
    data = render_document(stored, DocKind.VK, today=dt.date(2026, 6, 1), anonymised=anonymised)
    body = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    body += "\n".join(c.text for t in Document(io.BytesIO(data)).tables for r in t.rows for c in r.cells)
    assert "muzikant" in body and "beiaardier" not in body
    assert check_export(data, stored, kind=DocKind.VK, anonymised=anonymised) == []
    # a document still holding the generalised detail is refused by the gate
    before = c.model_copy(deep=True)
    before.anonymisation.generalised = {}
    stale = render_document(before, DocKind.VK, today=dt.date(2026, 6, 1), anonymised=anonymise_case(before))
    leaks = check_export(stale, stored, kind=DocKind.VK)
    assert leaks and all(leak.fields == ("signals[0].observation",) for leak in leaks)

    reopen(stored, "beiaardier")
    assert stored.anonymisation.generalised == {}
    assert "beiaardier" in anonymise_case(stored).case.signals[0].observation
