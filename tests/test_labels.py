"""Every value a user can choose and every field of the case has its own Dutch label in data/labels.toml,
and the file labels nothing that does not exist."""

from __future__ import annotations

from enum import StrEnum

import casusprep.case as case_module
from casusprep.case import FIELD_META
from casusprep.chronology import ChronologyKind
from casusprep.data import LABELS
from casusprep.labels import enum_labels, field_label, field_location, label


def _enums() -> list[type[StrEnum]]:
    return [
        v for v in vars(case_module).values() if isinstance(v, type) and issubclass(v, StrEnum) and v is not StrEnum
    ]


def test_every_enum_member_has_a_label_and_every_label_is_a_member() -> None:
    enums = [*_enums(), ChronologyKind]
    assert {e.__name__ for e in enums} == set(LABELS.table("enum"))
    for enum in enums:
        assert set(enum_labels(enum)) == {m.value for m in enum}, enum.__name__
        assert all(enum_labels(enum).values())


def test_enums_sharing_a_value_keep_their_own_label() -> None:
    assert case_module.Setting.OTHER.value == case_module.Role.OTHER.value
    assert label(case_module.Setting.OTHER) == "Andere opvang"
    assert label(case_module.Role.OTHER) == "andere"
    assert label(None) == LABELS.NOT_FILLED and label(None, "") == ""


def test_every_field_of_the_model_has_a_label_and_every_label_is_a_field() -> None:
    shown = {spec for spec, meta in FIELD_META.items() if not meta.internal}
    assert set(LABELS.table("fields")) == shown
    assert all(FIELD_META[spec].label == LABELS.table("fields")[spec] != "" for spec in shown)


def test_every_list_item_has_its_noun_and_a_location_reads_as_words() -> None:
    lists = {part[:-2] for spec in FIELD_META for part in spec.split(".") if part.endswith("[]")}  # nested too
    assert set(LABELS.table("item")) == lists
    assert field_location("signals[2].observation") == "Signaal 3 - Wat heb ik gezien en gehoord?"
    assert field_location("signals[2].marks[0].description") == "Signaal 3 - Letsel 1 - Beschrijving"
    assert field_location("question") == field_label("question") == "De vraag voor het overleg"


def test_the_review_names_every_kind_the_engine_finds_with_a_marker_and_a_name() -> None:
    """Markers and legend names are two tables of one list; every detection of the example case has both."""
    from casusprep.example import example_case
    from casusprep.review import TYPES, review_case

    assert LABELS.table("review_marker").keys() == LABELS.table("review_kind").keys()
    assert all(marker and name for marker, name in TYPES.values())
    review = review_case(example_case())
    assert review is not None
    found = {d.entity_type for f in review.fields for d in f.found}
    assert {"PERSON", "DATE"} <= found
    assert found <= set(TYPES), found - set(TYPES)
