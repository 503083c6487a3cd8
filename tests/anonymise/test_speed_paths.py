"""Short cuts the engine takes for speed give what the long way gives: the town list made once, names learnt
elsewhere not weighed inside a stronger span, the short-year date pattern skipped when its trigger is absent."""

from __future__ import annotations

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.engine import _not_inside
from casusprep.anonymise.recognizers import dates
from casusprep.anonymise.recognizers.base import Detection
from casusprep.anonymise.recognizers.foreign_places import town_names


def test_town_names_is_made_once() -> None:
    assert town_names() is town_names()
    assert town_names()  # the file's names, not an empty set


def _d(start: int, end: int, recognizer: str) -> Detection:
    return Detection(start, end, "PERSON", 0.7, recognizer)


def test_learnt_name_inside_a_stronger_span_is_left_out() -> None:
    taken = [_d(0, 12, "context_persons"), _d(20, 25, "known_names")]
    inside, overlapping, free = _d(2, 6, "known_names"), _d(10, 15, "known_names"), _d(30, 34, "known_names")
    under_equal = _d(21, 24, "known_names")  # inside a span of its own priority: _resolve decides, not this
    assert _not_inside([inside, overlapping, free, under_equal], taken) == [overlapping, free, under_equal]


def test_learnt_names_all_kept_when_taken_spans_overlap() -> None:
    taken = [_d(0, 12, "context_persons"), _d(8, 14, "spacy_model")]
    extra = [_d(2, 6, "known_names")]
    assert _not_inside(extra, taken) == extra


def test_short_year_dates_with_and_without_their_trigger() -> None:
    found = dates.find("Het dossier loopt sinds maart '22 en de evaluatie volgt in okt-23.")
    years = sorted(d.meta.get("year") for d in found if d.meta.get("year"))
    assert years == [2022, 2023]
    assert not any(d.meta.get("year") for d in dates.find("Ze speelde in maart buiten met de bal."))


def test_a_name_learnt_once_is_found_again_later() -> None:
    done = anonymise_text("Juf Wendelien Oosterbroek belde. Later kwam Wendelien nog even langs.", [], use_model=False)
    assert "Wendelien" not in done.text
