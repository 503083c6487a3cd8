"""Meldplicht for every GOG direction and for a crisis, the draft report, nazorg and evaluation loading."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from casusprep.case import Action, Case, GogDirection, ParentsView, Person, Role, Signal, SituationKind
from casusprep.example import example_case
from casusprep.procedures import (
    evaluation_questions,
    meldplicht_data,
    meldplicht_draft,
    meldplicht_for,
    nazorg,
    opgroeipunt_emergency_line_open,
    other_reportable_events,
)
from casusprep.procedures.data_models import GogData, NazorgData


@pytest.mark.parametrize("direction", list(GogDirection))
def test_every_gog_direction_must_be_reported(direction):
    advice = meldplicht_for(Case(situation_kind=SituationKind.GOG, gog_direction=direction))
    assert advice is not None
    assert advice.reasons == [meldplicht_data().gog.richting[direction]]
    text = advice.as_text()
    assert "klantenbeheerder" in text and "Opgroeipunt" in text
    assert "tussen 8 en 9 uur en van 16 tot 20 uur" in text
    assert "twijfel" in advice.in_doubt


def test_directions_have_distinct_reasons():
    reasons = {meldplicht_for(Case(situation_kind=SituationKind.GOG, gog_direction=d)).reasons[0] for d in GogDirection}
    assert len(reasons) == len(GogDirection)


def test_gog_without_direction_and_crisis():
    gog = meldplicht_for(Case(situation_kind=SituationKind.GOG))
    assert gog is not None and "richting" in gog.reasons[0]
    crisis = meldplicht_for(Case(situation_kind=SituationKind.VERONTRUSTING, crisis=True))
    assert crisis is not None and crisis.reasons == [meldplicht_data().crisis.reden]
    both = meldplicht_for(
        Case(situation_kind=SituationKind.GOG, gog_direction=GogDirection.STAFF_TO_CHILD, crisis=True)
    )
    assert len(both.reasons) == 2


def test_no_meldplicht_for_plain_verontrusting_or_unknown():
    assert meldplicht_for(Case(situation_kind=SituationKind.VERONTRUSTING)) is None
    assert meldplicht_for(Case()) is None


def test_other_reportable_events_from_the_brief():
    events = " ".join(other_reportable_events())
    for needle in ("strafonderzoek", "veroordeeld", "klacht over een crisis", "continuïteit", "bestuur"):
        assert needle in events


@pytest.mark.parametrize(
    ("moment", "open_"),
    [
        (dt.datetime(2026, 11, 23, 8, 30), True),  # Monday
        (dt.datetime(2026, 11, 23, 9, 0), False),
        (dt.datetime(2026, 11, 27, 16, 0), True),  # Friday
        (dt.datetime(2026, 11, 27, 19, 59), True),
        (dt.datetime(2026, 11, 27, 20, 0), False),
        (dt.datetime(2026, 11, 28, 8, 30), False),  # Saturday
    ],
)
def test_opgroeipunt_emergency_hours(moment, open_):
    assert opgroeipunt_emergency_line_open(moment) is open_


def test_draft_of_an_empty_gog_case_marks_every_gap():
    draft = meldplicht_draft(Case(situation_kind=SituationKind.GOG, gog_direction=GogDirection.CHILD_TO_CHILD))
    assert "Grensoverschrijdend gedrag: kind t.a.v. kind(eren)" in draft
    for gap in ("datum en uur", "wat werd gezien", "wie betrokken is", "welke maatregelen", "naam, functie"):
        assert f"[in te vullen: {gap}" in draft


def test_draft_from_a_case_carries_its_facts_but_no_names():
    case = Case(
        situation_kind=SituationKind.VERONTRUSTING,
        crisis=True,
        persons=[Person(name="Wendelien Okkerse", role=Role.CHILD), Person(name="Brecht Vos", role=Role.CAREGIVER)],
        signals=[
            Signal(date=dt.date(2026, 3, 2), observation="Had een blauwe plek van 3 cm op de linkerarm."),
            Signal(date=dt.date(2026, 2, 27), observation="Huilde toen papa binnenkwam.", discussed_with="de collega"),
        ],
        actions_taken="Verantwoordelijke verwittigd.",
        actions=[Action(description="VK bellen", due=dt.date(2026, 3, 4)), Action(description="klaar", done=True)],
        parents=ParentsView(spoken_to=False),
    )
    draft = meldplicht_draft(case)
    assert "Crisissituatie" in draft
    assert "27/02/2026 tot 02/03/2026" in draft
    assert draft.index("Huilde toen papa") < draft.index("blauwe plek")  # chronological
    assert "- kind" in draft and "- begeleider" in draft
    assert "Wendelien" not in draft and "Okkerse" not in draft and "Vos" not in draft
    assert "VK bellen (tegen 04/03/2026)" in draft and "klaar" not in draft
    assert "nog niet aangesproken" in draft and "Besproken met: de collega" in draft
    assert "Verantwoordelijke verwittigd." in draft


def test_draft_of_the_example_case():
    case = example_case()
    draft = meldplicht_draft(case)
    assert meldplicht_for(case) is not None
    for person in case.persons:
        section = draft.split("Betrokkenen (zonder namen)")[1].split("Wat is al gedaan")[0]
        assert person.name not in section


def test_nazorg_sections_and_evaluation_questions():
    sections = nazorg()
    assert [s.sleutel for s in sections] == ["kind", "andere_kinderen", "ouders", "team_bestuur", "extern", "jezelf"]
    assert all(s.titel and s.punten for s in sections)
    assert any("emoties" in p for p in sections[0].punten)
    questions = evaluation_questions()
    assert len(questions) >= 6
    assert any("vermijden" in q for q in questions) and any("stagiairs" in q for q in questions)


def test_broken_data_is_refused():
    with pytest.raises(ValidationError):
        GogData(definitie="x", zonder_richting="y", richting={GogDirection.CHILD_TO_CHILD: "z"})
    with pytest.raises(ValidationError):
        NazorgData(titel="x", inleiding="y", onderdeel=[], evaluatie={"titel": "t", "vragen": ["v"]})
