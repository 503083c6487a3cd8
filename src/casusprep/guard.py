"""The export gate: read a finished document back and stop it if anything identifying is left.

The anonymiser is never the last word. Before a VK-consult, a kindbespreking or the anonymised
summary leaves the app, this check reads the *finished* output and searches it for every
registered name and its parts, every detection the anonymiser replaced, and phone, e-mail, IBAN
and rijksregisternummer patterns. A hit blocks the export; the message names the field it came
from but never repeats the value itself.

What counts is what a reader sees:

- The text is compared after :func:`casusprep.textnorm.fold` (in displayed order, format characters
  removed, NFKC, lookalike letters folded to Latin, accents and case folded, hyphenation over lines
  joined); a text with a bidi override is also read in stored order, so a name hidden either way is
  found. Identifiers are read on :func:`casusprep.textnorm.identifier_text` (full-width and other
  scripts' digits, lookalike letters, O for 0, l for 1, other dashes as hyphens, numbers read out in
  words, single digits spaced out joined); e-mail addresses also when written as
  ``naam [at] domein [dot] be``.
- A name of four letters or more is also found inside a longer token (``#LotteVermeulen``,
  ``lottevermeulen2022``) and in its forms (``Lotteke``, a typo), unless that token is an
  ordinary Dutch word (``noord`` is not a form of Noor).
- Only the parts of a .docx a reader can see are read: the text of the body, headers, footers,
  comments, notes and the properties that hold text; not the font table, styles, theme or
  settings, whose values ("Times New Roman") are no one's name.
- A registered name that is also an everyday word (Kind, Dag, Mei, April) counts only where it is
  written as a name (with a capital) and is not explained by the document's own wording: the
  template's labels, the date labels and role pseudonyms ("Kind A") that the same document shows
  for a case without any free text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from casusprep.case import Case, Person, iter_text_fields, set_path
from casusprep.data import GATE
from casusprep.labels import field_location
from casusprep.textnorm import fold as reader_fold
from casusprep.textnorm import fold_with_map, has_override, identifier_text, logical_text

if TYPE_CHECKING:
    from casusprep.anonymise import AnonymisedCase
    from casusprep.documents import DocKind

_PARTICLES = {"van", "de", "der", "den", "het", "t", "el", "ben", "le", "la", "du", "von", "ter", "ten", "d", "da"}
# Names shorter than this are matched as whole words only: "Eva" inside "evalueren" is no leak.
MIN_INSIDE = 4

# Identifier patterns, applied to the reader text as identifier_text gives it; e-mail addresses together with
# the anonymiser's own e-mail expression (which also reads "[at]" and "punt").
# Keyed by the kind as the coach reads it (data/gate.toml).
PATTERNS: dict[str, re.Pattern[str]] = {
    # Belgian and Dutch numbers, and any country's after + or 00 (phonenumbers confirms those: see _foreign_phone).
    GATE.KIND_PHONE: re.compile(
        r"(?<![\w+])(?:(?:\+|00)[1-9]\d{0,2}[\s./-]?(?:\(0\)[\s./-]?)?|0)\(?\d{1,3}\)?(?:[\s./-]?\d{2,3}){2,4}(?!\d)"
    ),
    # What is left of an address when only its domain was replaced ("kvdw.1988@[e-mail]").
    GATE.KIND_EMAIL: re.compile(r"(?<![\w.+-])[\w.+-]*\w@\s?(?=\[)"),
    GATE.KIND_IBAN: re.compile(
        r"(?i)(?<![a-z0-9])[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){2,7}(?:\s?[a-z0-9]{1,3})?(?![a-z0-9])"
    ),
    GATE.KIND_NATIONAL_NUMBER: re.compile(r"(?<!\d)\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s.]?\d{3}[.\s-]?\d{2}(?!\d)"),
}

# .docx parts whose text no reader sees: fonts, styles, theme, settings, numbering formats, the
# package's content types. Everything else (body, headers, footers, comments, notes, properties,
# custom XML, relationship targets such as mailto: links) is read.
_NOT_READ = re.compile(
    r"(?:^|!)(?:\[Content_Types\]\.xml|word/(?:fontTable|styles|stylesWithEffects|settings|webSettings|numbering)\.xml"
    r"|word/theme/[^!]*|word/glossary/(?:fontTable|styles|settings|webSettings)\.xml)$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W_]+")
# Four or more single letters with a space or a dot between them: read as one word.
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W\d_][ .]\s?){3,}[^\W\d_](?![^\W_])")
# Digits written for letters inside a word ("N00r", "L0tt3"); 1 can stand for i or l.
_LEET = (str.maketrans("013457@8", "oieastab"), str.maketrans("013457@8", "oleastab"))


@dataclass(frozen=True)
class Leak:
    """One thing found: what kind, which case field it comes from (a path, or None), and where in the output."""

    kind: str
    fields: tuple[str, ...]
    part: str

    @property
    def field(self) -> str | None:
        return self.fields[0] if self.fields else None

    def describe(self) -> str:
        if not self.fields:
            return GATE.LEAK_FIELD_UNKNOWN.format(kind=self.kind)
        names = [f"'{field_location(f)}'" for f in self.fields[:3]]
        more = GATE.LEAK_MORE_FIELDS.format(count=len(self.fields) - 3) if len(self.fields) > 3 else ""
        return GATE.LEAK_IN.format(kind=self.kind, fields=", ".join(names), more=more)


def fold(text: str) -> str:
    """Casefold and drop diacritics, keeping the string's length so offsets stay comparable.

    Kept for callers that index the original text with offsets found in the folded one; the gate
    itself matches on :func:`casusprep.textnorm.fold`, which also removes invisible characters.
    """
    out = []
    for ch in text.casefold():
        base = unicodedata.normalize("NFKD", ch)
        kept = "".join(c for c in base if not unicodedata.combining(c))
        out.append(kept[:1] if kept else ch)
    return "".join(out)


# ------------------------------------------------------------------------------ words and names


@cache
def _lexicon_words() -> frozenset[str]:
    from casusprep.anonymise.lexicon import lexicon
    from casusprep.anonymise.recognizers.dates import MONTH_NAMES
    from casusprep.anonymise.vocabulary import vocabulary

    lex = lexicon()
    days = set(vocabulary().weekdays)
    return frozenset(lex.common | lex.never | lex.roles | set(MONTH_NAMES) | days | _ROLE_WORDS)


_ROLE_WORDS = frozenset(
    {
        *("kind", "moeder", "mama", "vader", "papa", "plusouder", "broer", "zus", "grootouder", "oma", "opa"),
        *("begeleider", "kinderbegeleider", "verantwoordelijke", "leerkracht", "juf", "meester", "betrokkene"),
        *("persoon", "clb", "medewerker", "coach"),
    }
)


@lru_cache(maxsize=65536)
def is_dutch_word(token: str) -> bool:
    """Whether a folded token is an ordinary Dutch word, not a name or a run-together string.

    Used so that "noord" is not a form of Noor and "kinderen" no hit for a person named Kind; a
    token only counts as a word when a word list knows it, so "lotteke" or "noorvanhoutte2022"
    never do.
    """
    if token in _lexicon_words():
        return True
    if any(c.isdigit() for c in token):
        return False
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(token, "nl") >= 3.0


@lru_cache(maxsize=4096)
def is_wordlike_name(folded_name: str) -> bool:
    """A registered name that is also an everyday word (Kind, Dag, Mei, April): such a name counts
    only where it is written with a capital and the document's own wording does not explain it."""
    if folded_name in _lexicon_words():
        return True
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(folded_name, "nl") >= 5.0


def _max_distance(needle: str) -> int:
    return 0 if len(needle) < MIN_INSIDE else 1 if len(needle) <= 6 else 2


def is_form_of(token: str, needle: str) -> bool:
    """Whether a folded token reads as the folded name ``needle``: the name itself, the name inside
    a longer token, a diminutive or possessive ("lotteke", "lottje", "lottes") or a typo."""
    if token == needle or token in (needle + "s", needle + "'s"):
        return True
    if len(needle) < MIN_INSIDE or len(token) < MIN_INSIDE:
        return False
    if needle in token:
        return True
    stem = needle[:-1] if len(needle) >= 5 and needle[-1] in "aeiouy" else needle
    if token.startswith(stem) and len(token) - len(stem) <= 4:
        return True
    limit = _max_distance(needle)
    if abs(len(token) - len(needle)) > limit:
        return False
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(token, needle, score_cutoff=_max_distance(needle)) <= _max_distance(needle)


def name_needles(case: Case) -> list[tuple[str, str]]:
    """(needle, field path) for every registered name and each meaningful part of it."""
    needles = []
    for i, person in enumerate(case.persons):
        path = f"persons[{i}].name"
        for part in _name_parts(person.name):
            needles.append((part, path))
    return needles


def _name_parts(name: str) -> list[str]:
    parts = re.split(r"[\s-]+", name)
    out = []
    for part in dict.fromkeys([name, *parts]):
        part = part.strip(" .,'’")
        if len(part) >= 2 and reader_fold(part) not in _PARTICLES:
            out.append(part)
    return out


# ------------------------------------------------------------------------------ pseudonyms


def pseudonym_problem(case: Case, person: Person | None, value: str) -> str | None:
    """A Dutch sentence when a typed pseudonym would itself identify someone, else None.

    Refused: a pseudonym that is a form of any registered name (the name, a part of it, a
    diminutive, a typo, the name run together with other text) or the initials of one. Role
    words stay allowed even when someone is registered under that word (a child named Kind
    can still be "kind A"). The message never repeats the name.
    """
    value = value.strip()
    if not value:
        return None
    if len(value) > 200:
        return GATE.PSEUDONYM_TOO_LONG.format(limit=200)
    tokens = [t for t in _TOKEN.findall(reader_fold(value))]
    letters = "".join(t for t in tokens if len(t) == 1)
    for other in case.persons:
        whose = GATE.WHOSE_OWN_NAME if person is not None and other.id == person.id else GATE.WHOSE_NAME_OF_SOMEONE
        parts = [reader_fold(p) for p in _name_parts(other.name)]
        words = [w for p in parts for w in _TOKEN.findall(p)]
        for needle in words:
            for token in tokens:
                if token in _ROLE_WORDS or (token != needle and is_dutch_word(token)):
                    continue
                if is_form_of(token, needle):
                    return GATE.PSEUDONYM_LIKE_NAME.format(whose=whose)
        initials = "".join(w[0] for w in words if w not in _PARTICLES)
        if len(letters) >= 2 and letters in (initials, initials[:2]):
            return GATE.PSEUDONYM_INITIALS.format(whose=whose)
    return None


# ------------------------------------------------------------------------------ reading


@dataclass
class _Text:
    """One text (an output part or a source field) in the forms the gate compares."""

    original: str
    folded: str
    index: list[int]
    _tokens: dict[str, list[tuple[int, int]]] | None = field(default=None, repr=False)
    _digits: str | None = field(default=None, repr=False)

    @classmethod
    def of(cls, text: str) -> _Text:
        folded, index = fold_with_map(text)
        return cls(text, folded, index)

    @property
    def tokens(self) -> dict[str, list[tuple[int, int]]]:
        """Every token with its spans, plus what a reader also reads as a word: letters spaced out
        ("N o o r", "N.O.O.R.") joined, and digits standing in for letters ("N00r") as letters."""
        if self._tokens is None:
            out: dict[str, list[tuple[int, int]]] = {}
            for m in _TOKEN.finditer(self.folded):
                token = m.group(0)
                out.setdefault(token, []).append(m.span())
                if not token.isalpha() and not token.isdigit():
                    for table in _LEET:
                        variant = token.translate(table)
                        if variant != token:
                            out.setdefault(variant, []).append(m.span())
            for m in _SPACED.finditer(self.folded):
                out.setdefault(re.sub(r"[\s.]", "", m.group(0)), []).append(m.span())
            self._tokens = out
        return self._tokens

    @property
    def digits(self) -> str:
        if self._digits is None:
            self._digits = identifier_text(self.original)
        return self._digits

    def capitalised(self, start: int) -> bool:
        return start < len(self.index) and self.original[self.index[start]].isupper()


def _needle_spans(text: _Text, needle: str, *, wordlike: bool) -> list[tuple[int, int]]:
    """Spans in ``text.folded`` where the folded name ``needle`` (one or more words) can be read."""
    words = _TOKEN.findall(needle)
    if not words:
        return []
    tokens = text.tokens
    if len(words) > 1:
        if not all(w in tokens for w in words):
            joined = "".join(words)  # run together: "noorvanhoutte"
            return [] if wordlike else [s for t, spans in tokens.items() if joined in t for s in spans]
        sep = r"[^\w]*"
        pattern = re.compile(r"(?<![^\W_])" + sep.join(re.escape(w) for w in words) + r"(?:'s|’s|s)?(?![^\W_])")
        return [m.span() for m in pattern.finditer(text.folded)]
    word = words[0]
    if wordlike:
        spans = [*tokens.get(word, []), *tokens.get(word + "s", [])]
        return [s for s in spans if text.capitalised(s[0])]
    found = []
    for token, spans in tokens.items():
        plain = token in (word, word + "s")
        if plain or (len(word) >= MIN_INSIDE and is_form_of(token, word) and not is_dutch_word(token)):
            found.extend(spans)
    return found


_STORED_ORDER = " (opgeslagen volgorde)"


def _views(parts: dict[str, str]) -> dict[str, str]:
    """Every part as displayed and, for a part with a bidi override, also in stored order (a copy of the
    text, a screen reader or a search reads that order)."""
    out = dict(parts)
    for name, text in parts.items():
        if text and has_override(text):
            out[name + _STORED_ORDER] = logical_text(text)
    return out


def reader_parts(data: bytes) -> dict[str, str]:
    """The text of every part of a .docx that a reader of the document can see."""
    from casusprep.documents import read_docx_text

    return {name: text for name, text in read_docx_text(data).items() if not _NOT_READ.search(name)}


# ------------------------------------------------------------------------------ the check


@dataclass
class _Context:
    case: Case
    raw_sources: dict[str, str]
    source_texts: dict[str, _Text] | None = None
    case_texts: dict[str, _Text] | None = None
    explained: dict[str, _Text] | None = None  # what the document shows without any free text
    explain: object = None  # callable producing the explained parts, lazily

    @property
    def sources(self) -> dict[str, _Text]:
        # Folded only when a hit has to be traced to its field: most exports have none.
        if self.source_texts is None:
            self.source_texts = {p: _Text.of(t) for p, t in self.raw_sources.items() if t}
        return self.source_texts

    def case_fields(self) -> dict[str, _Text]:
        if self.case_texts is None:
            self.case_texts = {path: _Text.of(t) for path, t in iter_text_fields(self.case) if t}
        return self.case_texts

    def explained_parts(self) -> dict[str, _Text]:
        if self.explained is None:
            produced = self.explain() if callable(self.explain) else {}
            self.explained = {name: _Text.of(t) for name, t in _views(produced).items()}
        return self.explained


def _fields_with(ctx: _Context, needle: str, wordlike: bool) -> tuple[str, ...]:
    """The fields whose (anonymised, else original) text holds the name: where the user should look."""
    for texts in (ctx.sources, ctx.case_fields()):
        found = tuple(path for path, t in texts.items() if _needle_spans(t, needle, wordlike=wordlike))
        if found:
            return found
    return ()


def _pseudonym_fields(case: Case, needle: str) -> tuple[str, ...]:
    """A pseudonym that is a form of a registered name leaks everywhere it is used: point at it."""
    out = []
    for i, p in enumerate(case.persons):
        if not p.pseudonym:
            continue
        tokens = _TOKEN.findall(reader_fold(p.pseudonym))
        if any(t not in _ROLE_WORDS and is_form_of(t, w) for w in _TOKEN.findall(needle) for t in tokens):
            out.append(f"persons[{i}].pseudonym")
    return tuple(out)


def _phrase_spans(text: _Text, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """Where the output shows one of the phrases as whole words (role pseudonyms, mentions the coach kept)."""
    spans = []
    for p in phrases:
        folded = reader_fold(p).strip()
        if folded:
            spans += [m.span() for m in re.finditer(r"(?<![^\W_])" + re.escape(folded) + r"(?![^\W_])", text.folded)]
    return spans


def _outside(spans: list[tuple[int, int]], covers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [s for s in spans if not any(a <= s[0] < b for a, b in covers)]


def _digits_key(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", value.casefold())


def find_leaks(
    parts: dict[str, str],
    case: Case,
    detections: Iterable[str] = (),
    sources: dict[str, str] | None = None,
    *,
    explain: object = None,
    pseudonyms: Iterable[str] = (),
) -> list[Leak]:
    """Search every output part for registered names, replaced detections and identifier patterns.

    ``sources`` maps field paths to the text that went into the output (the anonymised texts), so a
    hit can be traced to its field; without it the case's own texts are used. ``explain`` returns
    the parts of the same output made without any free text, and ``pseudonyms`` are the role
    pseudonyms in use: together they explain everyday-word names (Kind, Dag) the output shows by
    itself.
    """
    texts = {name: _Text.of(text) for name, text in _views(parts).items() if text}
    ctx = _Context(
        case,
        sources if sources is not None else dict(iter_text_fields(case)),
        explain=explain,
    )
    role_pseudonyms = [
        p
        for p in pseudonyms
        if all(t in _ROLE_WORDS or len(t) == 1 or t.isdigit() for t in _TOKEN.findall(reader_fold(p)))
    ]
    leaks: list[Leak] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()

    def report(kind: str, fields: tuple[str, ...], part: str, fallback: str) -> None:
        key = (kind, fields or (fallback,))
        if key not in seen:
            seen.add(key)
            leaks.append(Leak(kind, fields, part))

    def unexplained(part: str, text: _Text, needle: str, wordlike: bool, *, kept: bool = False) -> bool:
        """Whether the output shows the name more often than the document does by itself: outside
        role pseudonyms, and more often than in the same document made for the case without its
        free text and with placeholder names (template labels, date labels). With ``kept``, also outside
        what the coach chose to leave as written: a replaced '3 maart' inside her kept 'maandag 3 maart'."""
        spans = _needle_spans(text, needle, wordlike=wordlike)
        if not spans:
            return False
        spans = _outside(spans, _phrase_spans(text, role_pseudonyms))
        if kept:
            spans = _outside(spans, _phrase_spans(text, case.anonymisation.rejected))
        if not spans:
            return False
        shown = ctx.explained_parts().get(part)
        if shown is None:
            return True
        expected = _outside(_needle_spans(shown, needle, wordlike=wordlike), _phrase_spans(shown, role_pseudonyms))
        return len(spans) > len(expected)

    for needle_text, path in name_needles(case):
        needle = reader_fold(needle_text)
        wordlike = all(is_wordlike_name(w) for w in _TOKEN.findall(needle))
        for part, text in texts.items():
            if unexplained(part, text, needle, wordlike):
                fields = _pseudonym_fields(case, needle) or _fields_with(ctx, needle, wordlike) or (path,)
                report(GATE.KIND_NAME, fields, part, needle)
                break

    for mention in dict.fromkeys(m.strip() for m in detections):
        folded = reader_fold(mention)
        words = _TOKEN.findall(folded)
        if len(folded) < 2 or not words:
            continue
        wordlike = all(is_wordlike_name(w) for w in words)
        for part, text in texts.items():
            if all(w in text.tokens for w in words) and unexplained(part, text, folded, wordlike, kept=True):
                report(GATE.KIND_DETECTION, _fields_with(ctx, folded, wordlike), part, folded)
                break

    from casusprep.anonymise.recognizers.email import addresses as email_addresses

    # Most specific first, so a rijksregisternummer is not also reported as a phone number.
    for part, text in texts.items():
        taken: list[tuple[int, int]] = []
        digits = text.digits
        for kind in (GATE.KIND_NATIONAL_NUMBER, GATE.KIND_IBAN, GATE.KIND_EMAIL, GATE.KIND_PHONE):
            haystack = digits
            spans = [m.span() for m in PATTERNS[kind].finditer(haystack)]
            if kind == GATE.KIND_EMAIL:
                spans = sorted(email_addresses(haystack) + spans)
            for start, end in spans:
                if any(a < end and start < b for a, b in taken):
                    continue
                value = haystack[start:end]
                count = len(re.sub(r"\D", "", value))
                if kind == GATE.KIND_PHONE and not _phone_like(value):
                    continue
                if kind == GATE.KIND_NATIONAL_NUMBER and count != 11:
                    continue
                if kind == GATE.KIND_IBAN and not _iban_like(value):
                    continue
                taken.append((start, end))
                key = _digits_key(value)
                fields = tuple(path for path, t in ctx.sources.items() if key in _digits_key(t.digits))
                report(kind, fields, part, key)
    return leaks


_TRUNK = re.compile(r"\(0\)")


def _phone_like(value: str) -> bool:
    """A Belgian or Dutch number of phone length, or another country's number that phonenumbers knows (the
    '(0)' of '+32 (0)475 ...' and the '00' of an international prefix are not counted)."""
    digits = re.sub(r"\D", "", _TRUNK.sub("", value))
    if value.startswith("00"):
        digits = digits[2:]
    if not 9 <= len(digits) <= 12:
        return False
    if value[0] == "0" and not value.startswith("00") or digits[:2] in ("31", "32"):
        return True
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits))
    except phonenumbers.NumberParseException:
        return False


_BELGIAN_DIGITS = str.maketrans("OLI|", "0111")


def _iban_like(value: str) -> bool:
    """An IBAN (valid check digits), or a Belgian or Dutch account number with a typo in it."""
    from stdnum import iban

    groups = value.upper().split()
    # The pattern may have taken a following word as a last group ("... 6769 gaf"): try shorter.
    for end in range(len(groups), 0, -1):
        compact = "".join(groups[:end])
        if compact[:2] == "BE":  # a Belgian account is digits only: O for 0 and l/I for 1 (BE54 OOOO ...)
            compact = compact[:2] + compact[2:].translate(_BELGIAN_DIGITS)
        if iban.is_valid(compact) or re.fullmatch(r"BE\d{14}|NL\d{2}[A-Z]{4}\d{10}", compact):
            return True
    return False


def check_docx(
    data: bytes,
    case: Case,
    detections: Iterable[str] = (),
    sources: dict[str, str] | None = None,
    *,
    explain: object = None,
    pseudonyms: Iterable[str] = (),
) -> list[Leak]:
    """Leaks in every part of a finished .docx a reader can see (body, headers, footers, comments,
    notes, properties, custom XML), not in fonts, styles, theme or settings."""
    return find_leaks(reader_parts(data), case, detections, sources, explain=explain, pseudonyms=pseudonyms)


def check_text(
    text: str,
    case: Case,
    detections: Iterable[str] = (),
    sources: dict[str, str] | None = None,
    *,
    explain: object = None,
    pseudonyms: Iterable[str] = (),
) -> list[Leak]:
    return find_leaks({"tekst": text}, case, detections, sources, explain=explain, pseudonyms=pseudonyms)


def leak_message(leaks: list[Leak], what: str) -> str:
    """A Dutch message that says what blocked the export and where to look, without the value itself."""
    lines = [GATE.BLOCKED.format(what=what)]
    lines += [f"- {leak.describe()}" for leak in leaks[:8]]
    if len(leaks) > 8:
        lines.append(GATE.BLOCKED_MORE.format(count=len(leaks) - 8))
    lines.append(GATE.BLOCKED_WHAT_TO_DO)
    return "\n".join(lines)


def _anonymised(case: Case, anonymised: AnonymisedCase | None) -> tuple[AnonymisedCase, list[str], dict[str, str]]:
    """What the anonymiser replaced (plus the coach's extra removals), and the anonymised text per field."""
    if anonymised is None:
        from casusprep.anonymise import anonymise_case

        anonymised = anonymise_case(case)
    mentions = [*anonymised.mapping.keys(), *case.anonymisation.extra]
    return anonymised, mentions, {path: done.text for path, done in anonymised.fields.items()}


_FILLER = "zzz"


def _without_free_text(case: Case) -> Case:
    """The case with a filler in every free-text field (so conditional sections still show), a
    placeholder for every name and no chosen pseudonyms: what a document shows of its own accord.

    Names are replaced too, so a name that reaches the document some other way than through the
    free text is never explained away by this copy.
    """
    bare = case.model_copy(deep=True)
    for path, _ in list(iter_text_fields(bare)):
        set_path(bare, path, _FILLER)
    bare.title = _FILLER
    for i, person in enumerate(bare.persons):
        person.name = f"Zzz{i} Qqq{i}"
        person.pseudonym = ""
    bare.anonymisation = type(bare.anonymisation)()
    return bare


def _pseudonyms(case: Case) -> list[str]:
    from casusprep.pseudonyms import effective_pseudonyms, propose

    return [*effective_pseudonyms(case.persons).values(), *propose(case.persons).values()]


def check_export(
    data: bytes, case: Case, *, kind: DocKind | None = None, anonymised: AnonymisedCase | None = None
) -> list[Leak]:
    """The gate for a rendered anonymised document: call it before anything is written.

    ``kind`` is the document's kind (used to see what its template shows by itself); without it
    every anonymised kind is tried and the one explaining the document best is used. ``anonymised`` is the
    anonymised case the document was made from, when the caller has it (saves a second run).
    """
    anonymised, mentions, sources = _anonymised(case, anonymised)
    from casusprep.documents import DocKind, render_document

    def explain_for(k: DocKind):
        def explain() -> dict[str, str]:
            return reader_parts(render_document(_without_free_text(case), k))

        return explain

    kinds = [kind] if kind is not None else [k for k in DocKind if k.anonymised]
    pseudonyms = _pseudonyms(case)
    best: list[Leak] | None = None
    for k in kinds:
        # Without the kind, the template that explains the document best is the one it came from.
        leaks = check_docx(data, case, mentions, sources, explain=explain_for(k), pseudonyms=pseudonyms)
        if best is None or len(leaks) < len(best):
            best = leaks
        if not best:
            break
    return best or []


def check_summary(text: str, case: Case, *, anonymised: AnonymisedCase | None = None) -> list[Leak]:
    """The same gate for the plain-text summary."""
    anonymised, mentions, sources = _anonymised(case, anonymised)

    def explain() -> dict[str, str]:
        from casusprep.anonymise import anonymise_case
        from casusprep.summary import summary_text

        return {"tekst": summary_text(anonymise_case(_without_free_text(case)))}

    return check_text(text, case, mentions, sources, explain=explain, pseudonyms=_pseudonyms(case))
