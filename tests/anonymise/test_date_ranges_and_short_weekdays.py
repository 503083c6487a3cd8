"""Dates that a note writes as a range of slashed days, after an abbreviated weekday before a word or a full stop,
before a capitalised word or initials, or after a word that only a date follows; what must stay stays: a Dutch month
before a count, the weekday before a date, amounts after a range (invented examples)."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers import dates


def found(text: str) -> list[str]:
    return sorted({text[d.start : d.end] for d in dates.find(text)})


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Juf Mieke vraagt vrij 12/5-16/5 voor een huwelijk.", ["12/5", "16/5"]),
        ("Kamp aan zee (4/8 - 8/8), daarna thuis.", ["4/8", "8/8"]),
        ("Ziekenhuis 30/9–3/10/2025, nu beter.", ["3/10/2025", "30/9"]),
        ("paasweek 14/4-18/4: open", ["14/4", "18/4"]),
    ],
)
def test_a_range_of_slashed_days_is_two_dates(text: str, spans: list[str]) -> None:
    assert found(text) == spans


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ze is er pas wo 23 opnieuw, de hele dag.", "23"),
        ("Ik breng de jas mee vr 19. Groetjes", "19"),
        ("Morgen do 27 vroeger ophalen.", "27"),
    ],
)
def test_an_abbreviated_weekday_and_a_day_is_a_date(text: str, day: str) -> None:
    assert found(text) == [day]


@pytest.mark.parametrize(
    "text", ["ma 3 keer gebeld vandaag", "za 2 kinderen minder", "wo 14 u: start", "di 2 dagen weg"]
)
def test_a_count_after_an_abbreviated_weekday_stays(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Weekplan\nvr 9/5  Dag van de buren – open", "9/5"),
        ("Logboek\n14/03 TV: papa brengt om 8u.", "14/03"),
        ("Observatie met de ontwikkelingsschaal tegen 21/2, daarna gesprek.", "21/2"),
    ],
)
def test_a_slashed_date_before_a_capital_or_after_a_deadline_word(text: str, date: str) -> None:
    assert date in found(text)


@pytest.mark.parametrize(
    "text", ["Een groep van 3-5 jaar.", "Wenen duurt 5-8 minuten.", "Welbevinden 3/5, betrokkenheid 4/5."]
)
def test_ages_fractions_and_scores_stay(text: str) -> None:
    assert found(text) == []


def test_a_dutch_month_before_a_count_is_no_english_date() -> None:
    assert found("In november 7 van de 20 dagen aanwezig.") == []
    assert found("Dear all, see you on November 7, thanks.") == ["November 7"]


def test_the_weekday_before_a_date_in_words_stays() -> None:
    out = anonymise_text("Gesprek met mama donderdag 13 maart om 9u.", []).text
    assert "donderdag" in out and "13" not in out


def test_a_vague_date_keeps_the_sentences_op() -> None:
    from casusprep.anonymise.api import DateMode

    done = anonymise_text("Gesprek met oma op 23/4 in de opvang.", [], use_model=False, date_mode=DateMode.MONTH_YEAR)
    assert done.text == "Gesprek met oma op een dag eind april in de opvang."


def test_a_coachs_decision_on_a_weekday_and_its_date_holds_for_the_date() -> None:
    from casusprep.anonymise.api import make_context

    ctx = make_context([], use_model=False)
    ctx.rejected.add("Dinsdag 4 maart")
    done = anonymise_text("Dinsdag 4 maart kwam hij te laat.", context=ctx)
    assert done.text == "Dinsdag 4 maart kwam hij te laat."


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Gesprek op 14-feb, daarna niets.", "14-feb"),
        ("Afspraak 3-okt-2025 bevestigd.", "3-okt-2025"),
        ("I'll bring the form on Thu 10/16 after work.", "10/16"),
    ],
)
def test_a_hyphenated_month_and_the_american_order_after_an_english_weekday(text: str, date: str) -> None:
    assert found(text) == [date]
