"""Adversarial properties of what a reader sees: an invented registered person's name and an invented number,
disguised the ways copy-paste, keyboards and people disguise them, never survive anonymisation, and the
replacement covers exactly the disguised mention (no stray format character, nothing else touched).

Tricks: zero-width and bidi format characters and soft hyphens inside, NFD accents, stray combining marks, a
hyphen over a line break, full-width letters, Cyrillic and Greek lookalikes (one letter or all of them), Turkish
dotless ı / dotted İ, upper, lower and mixed case, letters spelled out with spaces or dots, the name run together
in a hashtag or a user name; numbers with a
space, dot or dash between every digit, O for 0 and l for 1, odd groups, full-width or Arabic-Indic digits.
The export gate must block the same disguises when they reach a document.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import phonenumbers
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum.be import nn

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers import joined_names
from casusprep.case import Case, Person, Role, Signal
from casusprep.guard import check_text
from casusprep.textnorm import fold, identifier_text, letters_as_digits

# Invented names (none of the dev or blind notes), some with an i for the dotless ı.
FIRSTS = ["Jorinde", "Lieselot", "Kasimir", "Odile", "Marit", "Bavo", "Ilona", "Nilay", "Sibylle", "Quirine", "Wietske",
          "Idalie", "Mirthe", "Ilvy"]  # fmt: skip
SURNAMES = ["Opdebeeck", "Haesendonck", "Kielemoes", "Timmerije", "Vanoverberghe", "Dewindt", "Yilmazer", "Moerkerke",
            "Verfaillie", "Oosterlinck", "Pollefliet"]  # fmt: skip
# Invented sentence frames around the mention.
BEFORE = ["Vandaag speelde ", "In de namiddag zat ", "Bij het onthaal huilde ", "Na het middagdutje sliep ", ""]
AFTER = [" rustig met de blokken.", " lang alleen in de hoek.", " goed van de soep.", " bij het afscheid."]

# Zero-width space, non-joiner, joiner, word joiner, soft hyphen, BOM, LRM, RLM, ALM, Mongolian vowel separator.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f", "\u061c", "\u180e"]
ISOLATES = [("\u2066", "\u2069"), ("\u2067", "\u2069"), ("\u2068", "\u2069")]  # LRI, RLI, FSI ... PDI
LOOKALIKE = {"a": "аɑα", "c": "сϲ", "d": "ԁ", "e": "еҽ", "h": "һ", "i": "іι", "j": "ј", "k": "κ", "n": "ո",
             "o": "оοσ", "p": "рρ", "r": "г", "s": "ѕ", "t": "τ", "u": "υ", "v": "νѵ", "x": "хχ", "y": "уγ",
             "A": "АΑ", "B": "ВΒ", "C": "С", "D": "Ꭰ", "E": "ЕΕ", "H": "НΗ", "I": "ІΙ", "J": "Ј", "K": "КΚ",
             "M": "МΜ", "N": "Ν", "O": "ОΟ", "P": "РΡ", "Q": "Ԛ", "S": "Ѕ", "T": "ТΤ", "W": "Ԝ", "X": "ХΧ",
             "Y": "ΥҮ", "Z": "Ζ"}  # fmt: skip
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
LIGHT = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def squash(text: str) -> str:
    """The text as the leak check reads it: folded (lookalikes, accents, case) and only letters and digits."""
    return re.sub(r"[\W_]", "", fold(text))


# --------------------------------------------------------------------------------------------- disguising names


@st.composite
def disguised(draw: st.DrawFn, word: str) -> str:
    """One name word with one to three tricks applied (in the order a text goes through them)."""
    tricks = set(draw(st.lists(st.sampled_from(WORD_TRICKS), min_size=1, max_size=3)))
    if "upper" in tricks:
        word = word.upper()
    elif "lower" in tricks:
        word = word.lower()
    elif "mixed" in tricks:
        word = "".join(c.upper() if draw(st.booleans()) else c.lower() for c in word)
    if "dotless" in tricks:
        word = word.replace("i", "ı").replace("I", "İ")
    if "lookalike_all" in tricks:
        word = "".join(draw(st.sampled_from(LOOKALIKE[c])) if c in LOOKALIKE else c for c in word)
    elif "lookalike" in tricks:
        word = "".join(
            draw(st.sampled_from(LOOKALIKE[c])) if c in LOOKALIKE and draw(st.booleans()) else c for c in word
        )
    if "fullwidth" in tricks:
        word = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and draw(st.booleans()) else c for c in word)
    if "nfd" in tricks:
        word = unicodedata.normalize("NFD", word.replace("e", "é", 1) if word.count("e") else word)
    if "spaced" in tricks or "dotted" in tricks:
        sep = " " if "spaced" in tricks else "."
        word = sep.join(_clusters(word)) + ("." if sep == "." else "")
    if "invisible" in tricks:
        chars = list(word)
        for _ in range(draw(st.integers(1, 3))):
            at = draw(st.integers(1, max(1, len(chars) - 1)))
            chars.insert(at, draw(st.sampled_from(INVISIBLE)))
        word = "".join(chars)
    if "marks" in tricks:  # a combining accent or stroke on a letter that has none
        at = draw(st.integers(1, len(word)))
        word = word[:at] + draw(st.sampled_from(["\u0301", "\u0308", "\u0336", "\u0323"])) + word[at:]
    if "line_break" in tricks and len(word) >= 4:  # hyphenated over a line in a word processor
        at = draw(st.integers(2, len(word) - 2))
        if word[at - 1].isalpha() and word[at].isalpha():
            word = word[:at] + "-\n" + word[at:]
    if "isolate" in tricks:
        opening, closing = draw(st.sampled_from(ISOLATES))
        at = draw(st.integers(1, len(word) - 1))
        word = word[:at] + opening + word[at:] + closing
    return word


def _clusters(word: str) -> list[str]:
    """The letters of a word with their combining marks: what spelling it out separates."""
    out: list[str] = []
    for ch in word:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


WORD_TRICKS = ["upper", "lower", "mixed", "dotless", "lookalike", "lookalike_all", "fullwidth", "nfd", "spaced",
               "dotted", "invisible", "isolate", "marks", "line_break"]  # fmt: skip


@st.composite
def joined(draw: st.DrawFn, first: str, last: str) -> str:
    """The name run together with other text: a hashtag, a user name, camel case, the surname first."""
    f, s = first.lower(), last.lower()
    year = str(draw(st.integers(1990, 2024)))
    form = draw(st.sampled_from([f"#{first}{last}", f"{f}{s}{year}", f"{f}_{s}", f"{first}{last}", f"@{f}.{s}",
                                 f"{s}{f}", f"#team{f}", f"{f}_x_{year[2:]}", f"{first}_{last}_{year[2:]}",
                                 f"#{first}{year}", f"{f}{year}", f"xX{f}Xx"]))  # fmt: skip
    if draw(st.booleans()):
        at = draw(st.integers(2, len(form) - 1))
        form = form[:at] + draw(st.sampled_from(INVISIBLE)) + form[at:]
    return form


@st.composite
def notes_with_a_name(draw: st.DrawFn) -> tuple[str, str, str, str, str]:
    """(first name, surname, text before, the disguised mention, text after)."""
    first, last = draw(st.sampled_from(FIRSTS)), draw(st.sampled_from(SURNAMES))
    which = draw(st.sampled_from(["first", "surname", "full", "joined"]))
    if which == "joined":
        mention = draw(joined(first, last))
    elif which == "full":
        mention = draw(disguised(first)) + " " + draw(disguised(last))
    else:
        mention = draw(disguised(first if which == "first" else last))
    return first, last, draw(st.sampled_from(BEFORE)), mention, draw(st.sampled_from(AFTER))


REPLACED = re.compile(r"(?:[Hh]et kind|\[account\])(?:[ .]+(?:het kind|\[account\]))*")


@given(notes_with_a_name())
@LIGHT
def test_a_disguised_registered_name_never_survives_and_only_it_is_replaced(
    note: tuple[str, str, str, str, str],
) -> None:
    first, last, before, mention, after = note
    text = before + mention + after
    done = anonymise_text(text, [Person(name=f"{first} {last}", role=Role.CHILD)])
    out = done.text
    assert squash(first) not in squash(out) and squash(last) not in squash(out), ascii((text, out))
    # Nothing around the mention is touched, and what stands in its place is the replacement alone.
    assert out.startswith(before) and out.endswith(after), ascii((text, out))
    middle = out[len(before) : len(out) - len(after)]
    assert REPLACED.fullmatch(middle), ascii((text, out))
    # Every detection is a span of the original text, inside the mention, and together they cover all of it.
    start, end = len(before), len(before) + len(mention)
    covered: set[int] = set()
    for d in done.detections:
        assert text[d.start : d.end] == d.text
        assert start <= d.start < d.end <= end, ascii((text, d.start, d.end))
        covered.update(range(d.start, d.end))
    assert {i for i in range(start, end) if not text[i].isspace()} <= covered, ascii(text)


def test_a_user_name_goes_whole_and_a_file_name_keeps_what_is_not_the_name() -> None:
    persons = [Person(name="Ilona Opdebeeck", role=Role.CHILD)]
    text = "Ze post als ilona_opdebeeck en @ilona.o.91; bijlage verslag_ilona0312.docx."
    out = anonymise_text(text, persons, use_model=False).text
    assert out.startswith("Ze post als [account] en [account]; bijlage ") and "ilona" not in out.lower(), out
    # A file name is no account for the names run together in it (the name in it is found as a word).
    assert joined_names.find("bijlage verslag_ilona0312.docx", {"ilona": "p1"}) == []
    assert [(d.start, d.end) for d in joined_names.find("tag ilona_0312 ok", {"ilona": "p1"})] == [(4, 14)]


def test_a_typo_match_never_takes_a_frequent_word() -> None:
    # 'Tijdens' is one letter from a child called Tijmen, and one of the most frequent words of Dutch.
    out = anonymise_text("Tijdens het eten zat Tijmen stil.", [Person(name="Tijmen Dewindt", role=Role.CHILD)])
    assert out.text == "Tijdens het eten zat het kind stil."


def test_spelled_out_names_keep_the_full_stop_that_ends_a_sentence() -> None:
    persons = [Person(name="Ilona Opdebeeck", role=Role.CHILD)]
    assert anonymise_text("Vandaag huilde I.l.o.n.a.", persons).text == "Vandaag huilde het kind."
    assert anonymise_text("Vandaag huilde I.l.o.n.a. O.p.d.e.b.e.e.c.k. niet.", persons).text == (
        "Vandaag huilde het kind niet."
    )
    assert anonymise_text("Vandaag huilde I l o n a bij het afscheid.", persons).text == (
        "Vandaag huilde het kind bij het afscheid."
    )


def test_initials_and_letters_that_spell_no_registered_name_stay() -> None:
    persons = [Person(name="Ilona Opdebeeck", role=Role.CHILD)]
    text = "We oefenden a b c d e en de klanken k l m; zie ook punt a. b. c. van het plan."
    assert anonymise_text(text, persons, use_model=False).text == text


def test_a_word_of_lookalike_letters_is_read_as_the_name_it_shows() -> None:
    # Every letter Cyrillic or Greek, none of them Latin: transliterated it reads 'Magit', shown it reads Marit.
    persons = [Person(name="Marit Pollefliet", role=Role.CHILD)]
    text = "In de namiddag zat \u041c\u0430\u0433\u0456\u03c4 alleen."
    assert anonymise_text(text, persons, use_model=False).text == "In de namiddag zat het kind alleen."


# ------------------------------------------------------------------------------------------- disguising numbers


def _mobile(draw: st.DrawFn) -> tuple[str, list[int]]:
    return "04" + draw(st.sampled_from("6789")) + draw(st.text("0123456789", min_size=7, max_size=7)), [4, 2, 2, 2]


def _landline(draw: st.DrawFn) -> tuple[str, list[int]]:
    area = draw(st.sampled_from(["2", "3", "9"]))
    return "0" + area + draw(st.text("0123456789", min_size=7, max_size=7)), [2, 3, 2, 2]


def _national(draw: st.DrawFn) -> tuple[str, list[int]]:
    born = draw(st.dates(dt.date(1950, 1, 1), dt.date(1999, 12, 31)))
    base = born.strftime("%y%m%d") + f"{draw(st.integers(1, 997)):03d}"
    return base + f"{97 - int(base) % 97:02d}", [2, 2, 2, 3, 2]


def _account(draw: st.DrawFn) -> tuple[str, list[int]]:
    bban = draw(st.text("0123456789", min_size=10, max_size=10))
    bban += f"{int(bban) % 97 or 97:02d}"
    return "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban, [4, 4, 4, 4]


def _valid(kind: str, number: str) -> bool:
    if kind == "account":
        return stdnum_iban.is_valid(number)
    if kind == "national":
        return nn.is_valid(number)
    return phonenumbers.is_valid_number(phonenumbers.parse(number, "BE"))


def _groups(number: str, sizes: list[int]) -> list[str]:
    out, at = [], 0
    for size in sizes:
        out.append(number[at : at + size])
        at += size
    return out


@st.composite
def disguised_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """(the number's digits, the number as written): spaced out, letters for digits, other digit forms."""
    kind = draw(st.sampled_from(["mobile", "landline", "national", "account"]))
    number, sizes = {"mobile": _mobile, "landline": _landline, "national": _national, "account": _account}[kind](draw)
    assume(_valid(kind, number))
    # Real digits enough to be read as a number once every 0 is an O and every 1 an l ('O 9 O O O O O O O' is not).
    assume(sum(c in "23456789" for c in number) >= 5)
    layout = draw(st.sampled_from(["groups", "every_digit", "odd_groups"]))
    # A slash only in a phone number's usual place (09/233.41.20), never inside other numbers.
    sep = draw(st.sampled_from([" ", ".", "-"] if layout != "groups" else [" ", ".", ""]))
    if layout == "groups":
        groups = _groups(number, sizes)
        written = sep.join(groups)
        if kind in ("mobile", "landline") and draw(st.booleans()):
            written = groups[0] + "/" + ".".join(groups[1:])
    elif layout == "every_digit":
        written = sep.join(number)
    else:  # groups of one to three digits, at least one of them a single digit
        head, tail = (number[:2], number[2:]) if kind == "account" else ("", number)  # the country code stays whole
        cuts = draw(st.lists(st.integers(1, 3), min_size=len(tail), max_size=len(tail)))
        parts, at = [], 0
        for size in cuts:
            if at < len(tail):
                parts.append(tail[at : at + size])
                at += size
        assume(any(len(p) == 1 for p in parts))
        written = head + sep * bool(head) + sep.join(parts)
    # Letters for digits in the usual groups or spelled out; in odd groups as well they leave no number to read.
    letters = draw(st.sampled_from(["none", "O", "l", "both"] if layout != "odd_groups" else ["none"]))
    if letters in ("O", "both"):
        written = written.replace("0", "O")
    if letters in ("l", "both"):
        written = written.replace("1", "l")
    digits = draw(st.sampled_from(["ascii", "ascii", "fullwidth", "arabic"]))
    if digits == "fullwidth":
        written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written)
    elif digits == "arabic":
        written = "".join(ARABIC_INDIC[int(c)] if c.isdigit() else c for c in written)
    if draw(st.booleans()):
        chars = list(written)
        for _ in range(draw(st.integers(1, 3))):
            chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(INVISIBLE)))
        written = "".join(chars)
    return number, written


NUMBER_BEFORE = ["Mama belde vanaf ", "Het nummer van papa is ", "Overschrijven op ", "Genoteerd: "]
NUMBER_AFTER = [" na vijf uur.", ".", " (gsm).", " voor de opvang."]


@given(disguised_numbers(), st.sampled_from(NUMBER_BEFORE), st.sampled_from(NUMBER_AFTER))
@LIGHT
def test_a_disguised_number_never_survives_and_only_it_is_replaced(
    number_and_written: tuple[str, str], before: str, after: str
) -> None:
    number, written = number_and_written
    text = before + written + after
    out = anonymise_text(text, []).text
    left = re.sub(r"\D", "", identifier_text(out))
    assert number[-7:] not in left, ascii((text, out))
    assert out.startswith(before) and out.endswith(after), ascii((text, out))
    middle = out[len(before) : len(out) - len(after)]
    assert re.fullmatch(r"\[[\w -]+\]", middle), ascii((text, out))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rijksregister 910223 418 07 genoteerd.", "[rijksregisternummer]"),  # its layout, a wrong check
        ("Nummer 01 12 05 - 377 - 52 genoteerd.", "[rijksregisternummer]"),  # spaces around the dashes
        ("Rekening BE 65 3120 5678 9096 genoteerd.", "[IBAN]"),  # a space after the country code
        ("Rekening BE65.3120.5678.9096 genoteerd.", "[IBAN]"),  # dots between the groups
        ("Gsm O49B 21 43 65 genoteerd.", "[telefoonnummer]"),  # B for 8, O for 0
        ("Gsm 0498 21 ll 65 genoteerd.", "[telefoonnummer]"),  # a whole group of l for 1
        ("Gsm O 4 9 8 . 2 1 . 4 3 . 6 5 genoteerd.", "[telefoonnummer]"),  # spaces around the dots, O for 0
    ],
)
def test_numbers_in_the_layouts_people_type(text: str, label: str) -> None:
    out = anonymise_text(text, [], use_model=False).text
    assert out == text.split(" ", 1)[0] + " " + label + " genoteerd.", out
    assert check_text(text, _case("Ilona Opdebeeck", text), sources={"signals[0].observation": text})


def test_letters_next_to_short_numbers_stay_letters() -> None:
    text = "Ze zit in 3B en 1S, lokaal B12, map BKO-2024, hoofdstuk 2024 I; tabel: 03/02/2025 | PD | lol 12 lol"
    assert letters_as_digits(text) == text
    assert (
        anonymise_text("Ze zit in 3B en 1S, lokaal B12.", [], use_model=False).text == "Ze zit in 3B en 1S, lokaal B12."
    )


def test_dates_times_and_counts_are_no_spaced_out_number() -> None:
    text = "Op 3.4.2024 om 10.30 telde ze 1 2 3 4 5 6 7 8 9 tot de kinderen om 9.15 10.45 11.30 12.15 kwamen."
    out = anonymise_text(text, [], use_model=False).text
    assert "10.30" in out and "1 2 3 4 5 6 7 8 9" in out and "9.15 10.45 11.30 12.15" in out, out


# ----------------------------------------------------------------------------------------------------- the gate


def _case(name: str, text: str) -> Case:
    return Case(
        persons=[Person(name=name, role=Role.CHILD)],
        signals=[Signal(date=dt.date(2026, 3, 2), situation="In de groep.", observation=text)],
        question="Hoe gaan we verder?",
    )


@given(notes_with_a_name())
@LIGHT
def test_the_gate_blocks_every_disguise_of_a_registered_name(note: tuple[str, str, str, str, str]) -> None:
    first, last, before, mention, after = note
    text = before + mention + after
    leaks = check_text(text, _case(f"{first} {last}", text), sources={"signals[0].observation": text})
    assert leaks, ascii(text)
    assert "signals[0].observation" in {f for leak in leaks for f in leak.fields}


@given(disguised_numbers(), st.sampled_from(NUMBER_BEFORE), st.sampled_from(NUMBER_AFTER))
@LIGHT
def test_the_gate_blocks_every_disguise_of_a_number(
    number_and_written: tuple[str, str], before: str, after: str
) -> None:
    _, written = number_and_written
    text = before + written + after
    assert check_text(text, _case("Ilona Opdebeeck", text), sources={"signals[0].observation": text}), ascii(text)


@pytest.mark.parametrize(
    "mention",
    ["J.o.r.i.n.d.e.", "J o r i n d e", "\u0408\u043e\u0433\u0456\u043f\u0501\u0435", "#JorindeOpdebeeck",
     "Jor\u200binde", "JOR\u00adINDE", "jorinde_opdebeeck_07"],
)  # fmt: skip
def test_a_kept_disguise_of_a_registered_name_is_stopped_by_the_gate_in_the_real_document(mention: str) -> None:
    from casusprep.documents import DocKind, render_document
    from casusprep.guard import check_export, leak_message

    text = f"Vandaag speelde {mention} rustig met de blokken."
    case = _case("Jorinde Opdebeeck", text)
    case.anonymisation.rejected = [mention]  # the coach chose to keep it: the anonymiser leaves it in
    data = render_document(case, DocKind.VK)
    leaks = check_export(data, case, kind=DocKind.VK)
    assert "signals[0].observation" in {f for leak in leaks for f in leak.fields}, ascii(mention)
    assert "orinde" not in leak_message(leaks, "VK-consult").lower()
