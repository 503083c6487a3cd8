"""The body map in the case model: a mark's place is one the body has, its size is a sane number, the JSON
schema describes it, a stored or imported case keeps its marks, and the marks' free texts are texts of the case
(the review, the anonymiser and the gate walk them)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from casusprep.bodymap import PLACES, place_of
from casusprep.case import (
    BODY_PARTS,
    BodyPart,
    BodySide,
    Case,
    Laterality,
    Mark,
    MarkColour,
    Signal,
    iter_text_fields,
)
from casusprep.example import example_case
from casusprep.labels import field_location, label
from casusprep.migrations import load_case


def test_a_part_only_on_its_side_and_a_pair_only_left_or_right() -> None:
    with pytest.raises(ValidationError, match="die kant"):
        Mark(side=BodySide.BACK, part=BodyPart.FACE)
    with pytest.raises(ValidationError, match="links of rechts"):
        Mark(side=BodySide.FRONT, part=BodyPart.UPPER_ARM)
    assert Mark(side=BodySide.FRONT, part=BodyPart.CHEST, laterality=Laterality.LEFT).laterality is Laterality.LEFT


@pytest.mark.parametrize("size", [0, -1, 201, float("nan")])
def test_a_size_must_be_a_sane_number_of_cm(size: float) -> None:
    with pytest.raises(ValidationError):
        Mark(side=BodySide.FRONT, part=BodyPart.BELLY, size_cm=size)
    mark = Mark(side=BodySide.FRONT, part=BodyPart.BELLY, size_cm=2.5)
    with pytest.raises(ValidationError):
        mark.size_cm = size  # also when edited later
    assert mark.size_cm == 2.5


def test_every_place_is_a_valid_mark_with_its_own_box_and_label() -> None:
    keys = [p.key for p in PLACES]
    assert len(keys) == len(set(keys))
    expected = sum(len(sides) * (2 if paired else 1) for sides, paired in BODY_PARTS.values())
    assert len(PLACES) == expected
    for place in PLACES:
        Mark(side=place.side, part=place.part, laterality=place.laterality)
        x0, y0, x1, y1 = place.box
        assert 0 <= x0 < x1 <= 100 and 0 <= y0 < y1 <= 200
        assert label(place.part) in place.label and label(place.side) in place.label
    # A left or right on a part in the middle is drawn on that half: the child's left is the reader's right.
    chest = place_of(BodySide.FRONT, BodyPart.CHEST, Laterality.MIDDLE)
    assert place_of(BodySide.FRONT, BodyPart.CHEST, Laterality.LEFT).centre[0] > chest.centre[0]
    assert place_of(BodySide.BACK, BodyPart.BACK, Laterality.LEFT).centre[0] < 50


def test_the_json_schema_describes_the_marks() -> None:
    schema = Case.model_json_schema()
    marks = schema["$defs"]["Signal"]["properties"]["marks"]
    assert marks["items"]["$ref"] == "#/$defs/Mark"
    props = schema["$defs"]["Mark"]["properties"]
    assert set(props) >= {"side", "part", "laterality", "colour", "size_cm", "shape", "seen_on", "seen_at", "seen_by"}
    assert set(props) >= {"child_said", "parents_said", "description"}
    assert set(schema["$defs"]["BodyPart"]["enum"]) == {p.value for p in BodyPart}
    assert schema["$defs"]["Mark"]["required"] == ["side", "part"]


def test_marks_survive_json_and_an_older_case_without_marks_opens() -> None:
    case = example_case()
    again = load_case(json.loads(case.model_dump_json()))
    assert again.signals[1].marks == case.signals[1].marks
    assert again.signals[1].marks[0].seen_at == dt.time(8, 15)
    old = json.loads(case.model_dump_json())
    for signal in old["signals"]:
        del signal["marks"]
    assert all(s.marks == [] for s in load_case(old).signals)


def test_the_marks_free_texts_are_texts_of_the_case() -> None:
    case = Case(signals=[Signal(), Signal(marks=[Mark(side=BodySide.FRONT, part=BodyPart.NECK, description="x")])])
    paths = dict(iter_text_fields(case))
    assert paths["signals[1].marks[0].description"] == "x"
    assert {"signals[1].marks[0].child_said", "signals[1].marks[0].parents_said"} <= set(paths)
    assert field_location("signals[1].marks[0].description") == "Signaal 2 - Letsel 1 - Beschrijving"


def test_the_review_finds_a_name_in_a_marks_text() -> None:
    """The anonymisation review walks the marks' texts like every other text of the case (real engine)."""
    from casusprep.review import review_case

    review = review_case(example_case())
    assert review is not None
    fields = {f.path: f for f in review.fields}
    said = fields["signals[1].marks[0].parents_said"]
    assert any("Jeroen" in f.text for f in said.found) and "Jeroen" not in said.anonymised
    father = next(m for m in review.mentions if "jeroen" in m.key)
    assert "signals[1].marks[0].parents_said" in father.fields and father.registered


def test_a_marks_change_is_part_of_its_signals_history() -> None:
    """A correction of a mark is a correction of its signal: the history lists it under that signal (and the
    reason given for correcting the signal goes with it)."""
    from casusprep.store.history import diff

    before = example_case()
    after = example_case()
    after.signals[1].marks[0].colour = MarkColour.PURPLE
    after.signals[1].marks.append(Mark(side=BodySide.BACK, part=BodyPart.BUTTOCKS))
    changes = diff(json.loads(before.model_dump_json()), json.loads(after.model_dump_json()))
    assert {c.item for c in changes} == {after.signals[1].id}
    colour = next(c for c in changes if c.path == "signals[1].marks[0].colour")
    assert (colour.old, colour.new) == ("blauw", "paars")
    assert any(c.path == "signals[1].marks[3].part" and c.new == "billen" for c in changes)
