"""Classes of hiding that a reader still reads: a name reversed under a right-to-left override, a
phone number with a space between every digit, an IBAN with a lookalike letter, an e-mail address
with a full-width or a spelled-out @. The anonymiser cleans them, and the gate blocks them when a
text still carries them. Ordinary text with the same shapes stays ordinary."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casusprep.anonymise import anonymise_text
from casusprep.case import Case, Person, Role, Signal
from casusprep.guard import check_text
from casusprep.textnorm import BIDI_CONTROLS, fold, fold_with_map, identifier_text, original_span, reader_text

CHILD = "Noor Vanhoutte"
MOTHER = "Lindsey Bauwens"
PERSONS = [Person(name=CHILD, role=Role.CHILD), Person(name=MOTHER, role=Role.MOTHER)]
PHONE = "0471234567"
IBAN = "BE68 5390 0754 7034"
LOCAL, DOMAIN = "kvdw.1988", "skynet.be"
RLO, LRO, PDF, RLI, PDI = "\u202e", "\u202d", "\u202c", "\u2067", "\u2069"
LOOKALIKE = {"B": "ВΒ", "E": "ЕΕ", "0": "ОΟо", "1": "l", "3": "З", "5": "Ƽ"}
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def _case(text: str) -> Case:
    return Case(
        persons=[p.model_copy() for p in PERSONS],
        signals=[Signal(date=dt.date(2026, 3, 2), situation="In de groep.", observation=text)],
        question="Hoe gaan we verder?",
    )


def _blocked(text: str) -> list[str]:
    return [leak.kind for leak in check_text(text, _case(text), sources={"signals[0].observation": text})]


def _cleaned(text: str) -> str:
    return anonymise_text(text, [p.model_copy() for p in PERSONS], use_model=False).text


# ------------------------------------------------------------------------------ bidi overrides


def test_an_override_is_read_in_displayed_order() -> None:
    assert reader_text(f"zei {RLO}ettuohnaV rooN{PDF} dat") == "zei Noor Vanhoutte dat"
    # Nested: an LRO inside the RLO is shown left to right, as a unit in reversed place.
    assert reader_text(f"a {RLO} fed {LRO}xyz{PDF} ihg {PDF} b") == "a  ghi xyz def  b"
    # An isolate inside an override keeps its own order; an unterminated override runs to the line end.
    assert reader_text(f"x {RLO}{RLI}abc{PDI} fed{PDF}") == "x def abc"
    assert reader_text(f"Casus {RLO}etuohnaV rooN\nVolgende") == "Casus Noor Vanhoute\nVolgende"
    # Embeddings and isolates do not reorder Latin text.
    assert reader_text("Noor \u202bVanhoutte\u202c en \u2068Lindsey\u2069") == "Noor Vanhoutte en Lindsey"


words = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz ÉéëçÀ"), min_size=1, max_size=30)


@FAST
@given(before=words, inner=words, after=words)
def test_displayed_order_maps_back_to_every_character(before: str, inner: str, after: str) -> None:
    text = f"{before}{RLO}{inner}{PDF}{after}"
    folded, index = fold_with_map(text)
    assert len(folded) == len(index)
    assert fold(text) == fold(before) + fold(inner[::-1]) + fold(after)
    assert all(0 <= i < len(text) for i in index)
    start, end = original_span(text, index, 0, len(folded))
    assert 0 <= start <= end <= len(text)


@FAST
@given(
    name=st.sampled_from([CHILD, MOTHER, "Vanhoutte", "Lindsey"]),
    before=st.sampled_from(["Ze zei ", "", "Toen "]),
    after=st.sampled_from([" dat het ging.", "", ". Daarna"]),
    close=st.sampled_from([PDF, "", PDI]),
    outer=st.sampled_from(["", "\u2066", "\u202a"]),
    reversed_=st.booleans(),
)
def test_a_name_under_an_override_is_cleaned_and_else_blocked(name, before, after, close, outer, reversed_) -> None:
    """Written reversed (shows the name) or as is (the stored order is the name): either way it is read."""
    inner = name[::-1] if reversed_ else name
    text = f"{before}{outer}{RLO}{inner}{close}{after}"
    assert "naam van een betrokkene" in _blocked(text)
    cleaned = _cleaned(text)
    for reading in (fold(cleaned), fold("".join(ch for ch in cleaned if ch not in BIDI_CONTROLS))):
        assert fold(name) not in reading and fold(name.split()[-1]) not in reading, cleaned


# ------------------------------------------------------------------------------ numbers


def _spaced(digits: str, seps: list[str]) -> str:
    return digits[0] + "".join(sep + d for sep, d in zip(seps, digits[1:], strict=False))


@FAST
@given(data=st.data(), number=st.sampled_from([PHONE, "0498765432", "092334120", "+32471234567"]))
def test_a_phone_number_with_a_separator_between_every_digit(data, number: str) -> None:
    lead = "+" if number.startswith("+") else ""
    digits = number.lstrip("+")
    sep = data.draw(st.sampled_from([" ", ".", "-"]))
    mixed = data.draw(st.booleans())
    seps = [data.draw(st.sampled_from([" ", ".", "-"])) if mixed else sep for _ in digits[1:]]
    text = f"Mama is bereikbaar via {lead}{_spaced(digits, seps)}."
    assert digits in identifier_text(text).replace(" ", "")
    # Eleven digits also fit a rijksregisternummer: either way the export is stopped.
    assert {"telefoonnummer", "rijksregisternummer"} & set(_blocked(text))
    assert digits[-6:] not in identifier_text(_cleaned(text)).replace(" ", "").replace(".", "").replace("-", "")


@pytest.mark.parametrize(
    "text",
    [
        "Ze telde tot 3 4 5 en stopte.",
        "Groep 3 speelde van 9.30 tot 11.45 buiten, 2 of 3 keer.",
        "Ze at 2 boterhammen en 1 appel om 10 u.",
        "Scores: 7 8 9 op 10.",
    ],
)
def test_short_runs_of_digits_stay_ordinary(text: str) -> None:
    assert _blocked(text) == []
    assert _cleaned(text) == text


# ------------------------------------------------------------------------------ IBAN with lookalikes


@FAST
@given(data=st.data())
def test_an_iban_with_lookalike_letters_or_digits_is_read(data) -> None:
    chars = []
    for ch in IBAN:
        if ch in LOOKALIKE and data.draw(st.booleans()):
            ch = data.draw(st.sampled_from(list(LOOKALIKE[ch])))
        chars.append(ch)
    text = f"Mama is bereikbaar via {''.join(chars)}."
    assert IBAN in identifier_text(text)
    assert "rekeningnummer (IBAN)" in _blocked(text)


def test_a_cyrillic_iban_is_cleaned() -> None:
    cleaned = _cleaned("Stort op ВE68 5390 0754 7034 aub.")
    assert "7034" not in cleaned and "5390" not in cleaned


# ------------------------------------------------------------------------------ e-mail addresses

AT_FORMS = ["@", "＠", "﹫", " [at] ", "(at)", " (at) ", " at ", " apenstaartje ", "[@]", " @ ", "{at}"]
DOT_FORMS = [".", " [dot] ", "(dot)", " dot ", " punt ", "[.]"]


@FAST
@given(at=st.sampled_from(AT_FORMS), dot=st.sampled_from(DOT_FORMS), upper=st.booleans())
def test_an_email_address_however_written_is_cleaned_and_else_blocked(at: str, dot: str, upper: bool) -> None:
    address = f"{LOCAL}{at}{DOMAIN.replace('.', dot)}"
    if upper and at.strip() not in ("at", "apenstaartje"):
        address = address.upper()
    text = f"Mama is bereikbaar via {address}."
    assert "e-mailadres" in _blocked(text), text
    cleaned = _cleaned(text)
    assert "kvdw" not in cleaned.casefold() and "skynet" not in cleaned.casefold(), cleaned


def test_what_is_left_of_an_address_still_blocks() -> None:
    assert "e-mailadres" in _blocked("Mama is bereikbaar via kvdw.1988@[e-mail].")


@pytest.mark.parametrize(
    "text",
    [
        "Ze at twee boterhammen en vroeg nog een derde.",
        "Ze at brood.De juf zag het.",
        "Hij at soep. Daarna speelde hij buiten.",
        "Het kind (at) niets, zei mama.",
        "Papa at snel en ging dan weg.",
    ],
)
def test_the_verb_at_is_no_address(text: str) -> None:
    assert _blocked(text) == []
    assert _cleaned(text) == text


# ------------------------------------------------------------------------------ MICRO SIGN and Greek mu

LETTERS = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll"), max_codepoint=0x17F), min_size=1, max_size=6
)


@FAST
@given(core=LETTERS, at=st.integers(min_value=0, max_value=6), mu=st.sampled_from(["\u00b5", "\u03bc"]))
def test_a_name_with_a_micro_sign_is_matched_the_same_way_everywhere(core: str, at: int, mu: str) -> None:
    name = core[:at] + mu + core[at:]
    text = f"Toen kwam {name} binnen."
    person = Person(name=name, role=Role.CHILD)
    cleaned = anonymise_text(text, [person], use_model=False).text
    assert fold(name) not in fold(cleaned).split(), cleaned
    case = Case(persons=[person], signals=[Signal(date=dt.date(2026, 3, 2), situation="x", observation=text)])
    assert check_text(text, case), name
