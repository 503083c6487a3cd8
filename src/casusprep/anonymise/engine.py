"""The Dutch anonymisation engine: runs every recognizer, resolves overlaps, and picks one
replacement per mention that stays the same across all fields of a case."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from casusprep.anonymise.keep import drop_kept
from casusprep.anonymise.lexicon import fold, folded_map, lexicon
from casusprep.anonymise.nicknames import pet_forms
from casusprep.anonymise.presidio_bridge import analyse
from casusprep.anonymise.recognizers import iban, national_number, other_scripts, phones
from casusprep.anonymise.recognizers.base import PARTICLES, Detection, starts_sentence, tokens
from casusprep.anonymise.recognizers.context_persons import first_names_before, surnames_after
from casusprep.anonymise.recognizers.dates import MONTH_NAMES, weekday_start
from casusprep.anonymise.recognizers.initials import again as initials_again
from casusprep.anonymise.recognizers.initials import coordinated, named_forms, of_named
from casusprep.anonymise.recognizers.institutions import again as institutions_again
from casusprep.anonymise.recognizers.lower_names import lower_name, name_slot, short_name
from casusprep.anonymise.recognizers.particle_surnames import particles_before
from casusprep.anonymise.recognizers.places import listed_places
from casusprep.anonymise.recognizers.registered_persons import (
    RegisteredPersons,
    clipped_forms,
    formal_title_before,
)
from casusprep.anonymise.vocabulary import vocabulary
from casusprep.case import DateMode
from casusprep.pseudonyms import next_letter, own_letters
from casusprep.textnorm import (
    compose,
    dashes_as_hyphens,
    digits_as_letters,
    has_override,
    latin_with_map,
    letters_as_digits,
    needs_reading,
    original_span,
    spaced_digits_with_map,
    spaced_letters_with_map,
    spoken_digits_with_map,
)

# Higher wins an overlap before score and length: the coach's extras, registered names, exact formats. A user name
# with a registered name in it goes whole ('jorinde_opdebeeck' is one account, not two names and an underscore).
_PRIORITY = {
    "extra": 8,
    "indirect": 8,
    "email": 7,
    "url": 7,
    "iban": 7,
    "rijksregisternummer": 7,
    # An account name holds the name it is made of: the whole account goes, not only the name in it.
    "joined_names": 6,
    "handle": 6,
    "handle_underscore": 6,
    "handle_dotted": 6,
    "registered_persons": 5,
    "relatives": 5,  # another first name before a registered surname: another person of the family
    "phone": 3,
    "handle_numbered": 2,
    "date": 3,
    "address": 3,
    "postcode_place": 3,
    "dossier_number": 3,
    "labelled_number": 4,  # a label says whose number it is: above the date or phone read in its digits
    "identity_card": 3,  # below a label that says better what the number is ('aansluitingsnr. 310-5512984-03')
    "licence_plate": 3,
    "licence_plate_foreign": 2,
    "reference_code": 2,
    "institution": 2,
    "initials": 1,
    "signature_initials": 1,
    "bare_initials": 1,
    "coordinated_initials": 1,
    "named_initials": 2,
    "initials_again": 1,
    "context_persons": 1,
    "titled_persons": 1,
    "particle_surnames": 1,
    "called_names": 2,  # the note says this is what someone is called: above the model's guess at it
    "spelled_names": 2,  # letters that read a name whole: above the initials found in them
    "display_names": 2,  # the address spells the whole name: above a guess at a part of it
    "spacy_model": 1,
    "municipality": 1,
    "formal_place": 1,
    "foreign_place": 1,
    "route_place": 1,
    "street": 1,
    "known_names": 0,
}
_WORDS = re.compile(r"\w+")
_INITIALS = re.compile(r"[A-Za-z.\-]{1,12}")


def _initials(mention: str) -> bool:
    """Whether a mention is written as initials: 'J.M.', 'NVH', 'M.-L.', 'E.V.d.B.', 'VdB' (not 'Bo', not 'Jan')."""
    return (
        _INITIALS.fullmatch(mention) is not None
        and re.search(r"[a-z]{2}", mention) is None
        and ("." in mention or sum(c.isupper() for c in mention) >= 2)
    )


@dataclass
class CaseContext:
    """What stays the same across all fields of one case (never stored: it holds names)."""

    persons: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    roles: dict[str, str] = field(default_factory=dict)  # id -> role value ('kind', 'moeder' ...)
    pseudonyms: dict[str, str] = field(default_factory=dict)  # id -> pseudonym
    first_date: dt.date | None = None
    date_mode: DateMode = DateMode.RELATIVE
    rejected: set[str] = field(default_factory=set)
    extra: list[str] = field(default_factory=list)
    replacements: dict[str, str] = field(default_factory=dict)
    generalised: dict[str, str] = field(default_factory=dict)  # indirect identifier -> the coach's general wording
    use_model: bool = True
    unregistered: dict[str, str] = field(default_factory=dict)  # folded mention -> "persoon A"
    known_names: set[str] = field(default_factory=set)  # folded name words of unregistered persons found so far
    known_lower: set[str] = field(default_factory=set)  # of those, the ones found typed in lower case (no words)
    known_pets: dict[str, str] = field(default_factory=dict)  # pet form of a first name among them -> the name
    _index: RegisteredPersons | None = None

    def index(self) -> RegisteredPersons:
        if self._index is None:
            # Names are read as the texts are (reading): a MICRO SIGN or a Cyrillic letter in a registered
            # name is then the same letter in the name as in the text.
            self._index = _registered_index(tuple((pid, reading(name)[0]) for pid, name in self.persons))
        return self._index

    def person_label(self, mention: str, avoid: frozenset[str] = frozenset()) -> str:
        """'persoon A', 'persoon B' ... (never the person's own initial, nor a letter in ``avoid``); 'Sara' after
        'Sara Peeters' is the same person."""
        key = " ".join(fold(w) for w in _WORDS.findall(mention))
        if key in self.unregistered:
            return self.unregistered[key]
        words = _without_particles(key.split())
        for known, label in list(self.unregistered.items()):
            kw = _without_particles(known.split())
            if kw and words and (kw[0] == words[0] or set(words) <= set(kw) or set(kw) <= set(words)):
                self.unregistered[key] = label
                return label
        used = {label.rsplit(" ", 1)[-1] for label in self.unregistered.values()}
        label = "persoon " + next_letter(used, own_letters(mention) | avoid)
        self.unregistered[key] = label
        return label


# The particles of a surname that are Dutch articles and prepositions, never a name of their own (unlike Ben, Abu).
_ARTICLES = frozenset({"van", "den", "der", "ten", "ter", "het", "von", "vanden", "vander"})


def _without_particles(words: list[str]) -> list[str]:
    """A name's words without its particles: 'Van Heeswijk' and 'Van Bon' are two persons, not one 'Van'."""
    return [w for w in words if w not in PARTICLES] or words


@lru_cache(maxsize=16)
def _registered_index(persons: tuple[tuple[str, str], ...]) -> RegisteredPersons:
    """The index of a case's persons, built once for the same persons (each field of a case, each text of a
    batch with one roster): building it derives every variant of every name. Kept in memory only."""
    return RegisteredPersons(list(persons))


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _before_first(days: int) -> str:
    """A date before the first signal, as a distance: a negative day number means nothing to a reader."""
    if days < 14:
        amount = _count(days, "dag", "dagen")
    elif days < 61:
        amount = _count(days // 7, "week", "weken")
    elif days < 730:
        amount = _count(days // 30, "maand", "maanden")
    else:
        amount = _count(days // 365, "jaar", "jaar")
    return f"{amount} voor het eerste signaal"


def part_of_month(value: dt.date | None, month: int, day: int | None = None, year: int | None = None) -> str:
    """'begin november', 'half november 2026', 'eind november': vague enough to hide the day, and the
    order of events within a month stays readable."""
    day = value.day if value is not None else day
    name = MONTH_NAMES[month - 1]
    part = "" if day is None else "begin " if day <= 10 else "half " if day <= 20 else "eind "
    return f"{part}{name}" + (f" {year}" if year else "")


def date_label(value: dt.date, first: dt.date | None, mode: DateMode, *, with_year: bool = True) -> str:
    """A date as anonymised output shows it: relative to the first signal ('dag 8'), or a part of a month."""
    if mode is DateMode.RELATIVE and first is not None:
        days = (value - first).days
        return f"dag {days + 1}" if days >= 0 else _before_first(-days)
    return part_of_month(value, value.month, year=value.year if with_year else None)


def _infer_year(month: int, day: int, first: dt.date | None) -> dt.date | None:
    """'27/11' in a case whose first signal is in September 2026 is 27 November 2026: the year closest to it."""
    if first is None:
        return None
    candidates = []
    for year in (first.year - 1, first.year, first.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - first).days)) if candidates else None


def _date_label(span: Detection, ctx: CaseContext) -> str:
    value = span.meta.get("date")
    if isinstance(value, dt.date):
        return date_label(value, ctx.first_date, ctx.date_mode)
    month, day = span.meta.get("month"), span.meta.get("day")
    if month:
        inferred = _infer_year(month, day, ctx.first_date) if day else None
        if inferred is not None:
            return date_label(inferred, ctx.first_date, ctx.date_mode, with_year=False)
        year = span.meta.get("year")
        return part_of_month(None, month, day, year=year if isinstance(year, int) else None)
    return "[datum]"


def _priority(s: Detection) -> int:
    # A shared surname alone is weak evidence: a longer name found around it (papa Jan Peeters) wins.
    if s.recognizer == "registered_persons" and s.meta.get("surname_only"):
        return 1
    # An institution's name that holds a person's name ('kapsalon Ayşe Style', 'Benali Bouw BV') goes whole.
    if s.recognizer == "institution" and s.meta.get("holds_name"):
        return 6
    return _PRIORITY.get(s.recognizer, 0)


def _months_not_names(spans: list[Detection], text: str) -> list[Detection]:
    """A person called Mei or April is no reason to keep the day of '1 mei' or 'vrijdag 9 mei': a name that is
    only the month word of a date with its day number gives way to that date (a name outranks a date)."""
    dated = [s for s in spans if s.entity_type == "DATE" and s.meta.get("day") and s.meta.get("month")]
    if not dated:
        return spans
    out = []
    for s in spans:
        month_word = s.entity_type in ("PERSON", "PER") and text[s.start : s.end].strip().lower() in MONTH_NAMES
        if month_word and any(d.start <= s.start and s.end <= d.end for d in dated):
            continue
        out.append(s)
    return out


def _resolve(spans: list[Detection]) -> list[Detection]:
    """Overlaps go to the strongest, then longest span. The taken spans never overlap, so kept sorted by
    start only the neighbours of a candidate can collide (log n per span: a long note has thousands)."""
    spans.sort(key=lambda s: (-_priority(s), -(s.end - s.start), -s.score, s.start))
    starts: list[int] = []
    taken: list[Detection] = []
    for s in spans:
        if s.end <= s.start:
            continue
        i = bisect.bisect_left(starts, s.start)
        if i < len(taken) and taken[i].start < s.end:
            continue  # the next taken span starts inside this one
        if i > 0 and taken[i - 1].end > s.start:
            continue  # the previous taken span runs into this one
        starts.insert(i, s.start)
        taken.insert(i, s)
    return taken


def _not_inside(extra: list[Detection], taken: list[Detection]) -> list[Detection]:
    """The names learnt elsewhere (``extra``, of the lowest priority) that do not lie inside a taken span of a higher
    priority: one that does loses the overlap whatever :func:`drop_kept` makes of it (it only ever cuts a guess
    down), so it is not weighed there at all. Only when the taken spans do not overlap, as :func:`_resolve` leaves
    them: then each of those is taken again, and holds what lies inside it."""
    spans = sorted(taken, key=lambda s: s.start)
    if not extra or any(a.end > b.start for a, b in itertools.pairwise(spans)):
        return extra
    floor = _PRIORITY["known_names"]
    starts = [s.start for s in spans]
    out = []
    for d in extra:
        i = bisect.bisect_right(starts, d.start) - 1
        if i >= 0 and d.end <= spans[i].end and _priority(spans[i]) > floor:
            continue
        out.append(d)
    return out


def _merge_registered(spans: list[Detection], text: str, index: RegisteredPersons) -> list[Detection]:
    """Neighbouring name tokens of one registered person become one mention (first name + surname).

    A surname shared in the family is indexed under one of them; next to another member's first name
    ('papa Mohammed Verhaegen', 'VERHAEGEN Mohammed') it belongs to that member.
    """
    out: list[Detection] = []
    for s in spans:
        if out and not text[out[-1].end : s.start].strip(" -"):
            prev = out[-1]
            shared = s.meta.get("surname_only") and index.is_name_of(prev.key, text[s.start : s.end])
            if s.key == prev.key or shared:
                prev.end = s.end
                if not s.meta.get("surname_only"):  # 'DUMITRU Sorin': with the first name it is no surname alone
                    prev.meta = {**prev.meta, "surname_only": False}
                continue
            if prev.meta.get("surname_only") and index.is_name_of(s.key, text[prev.start : prev.end]):
                # The surname first, as forms and documents write it ('MELNYK Oksana'): the first name says whose.
                prev.end, prev.key, prev.meta = s.end, s.key, dict(s.meta)
                continue
        out.append(s)
    return out


def reading(text: str) -> tuple[str, list[int] | None]:
    """The text as a reader sees it, and the index back to ``text`` (None when it reads as written).

    Detection runs on what a reader sees: a name with a zero-width space or a soft hyphen inside, decomposed
    accents, a dotless ı or a Cyrillic spelling is still the name, and O476 a number (casusprep.textnorm)."""
    if not needs_reading(text):
        read, index = text, None
    else:
        read, index = latin_with_map(text)
        if read == text:
            read, index = text, None
    # A number typed with O for 0 or l for 1 (O476/12.34.56), or with a word processor's dashes in it, reads as the
    # number; the length stays the same.
    digits = dashes_as_hyphens(letters_as_digits(read))
    if digits != read and index is None:
        index = list(range(len(text) + 1))
    return digits, index


# spaCy refuses texts over a million characters; far below that a text is detected in parts, each ending at a line
# break (or a space) so that no name is cut.
PART_CHARS = 200_000


def parts(text: str, size: int = PART_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts of at most ``size`` characters, cut after a line break or a space."""
    out, start = [], 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start + size // 2, end)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, end)
        end = cut + 1 if cut >= 0 else end
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def model_docs(texts: list[str]) -> list | None:
    """The model's docs for many texts at once (batched: faster than one call per text), or None.
    Each doc is of the text as a reader sees it (:func:`reading`), which :func:`detect` expects; a text that
    :func:`detect` cuts into parts gets None (each part makes its own doc)."""
    from casusprep.anonymise.presidio_bridge import model_text
    from casusprep.nlp import get_nlp

    nlp = get_nlp(True)
    if "ner" not in nlp.pipe_names:
        return None
    short = [i for i, t in enumerate(texts) if len(t) <= PART_CHARS]
    docs: list = [None] * len(texts)
    for i, doc in zip(short, nlp.pipe((model_text(reading(texts[i])[0]) for i in short), batch_size=64), strict=True):
        docs[i] = doc
    return docs


def detect(text: str, ctx: CaseContext, doc=None) -> list[Detection]:
    """All personal data in one text, overlaps resolved, each detection with its replacement; what the coach
    keeps (``ctx.rejected``) is in the list too, flagged ``kept``, so a review needs only this one pass.

    Detection runs on the text as a reader sees it; the detections are mapped back to ``text``. A long text is
    detected in parts (:data:`PART_CHARS`), with one context, so a name gets one replacement throughout."""
    if len(text) > PART_CHARS:
        found: list[Detection] = []
        for start, end in parts(text):
            for d in detect(text[start:end], ctx):
                d.start, d.end = d.start + start, d.end + start
                found.append(d)
        return found
    read, index = reading(text)
    found = _detect(read, ctx, doc)
    if index is not None:
        rejected = {fold(r.strip()) for r in ctx.rejected}
        for d in found:
            d.start, d.end = original_span(text, index, d.start, d.end)
            d.text = text[d.start : d.end]
            # The coach decided on the mention as the review showed it, with its zero-width space and all.
            d.kept = d.kept or fold(d.text) in rejected
    if has_override(text):
        # A bidi override shows the text in another order than it is stored: a name is read in either order.
        stored, stored_index = latin_with_map(text, visual=False)
        for d in _detect(stored, ctx):
            d.start, d.end = original_span(text, stored_index, d.start, d.end)
            if not any(o.start < d.end and d.start < o.end for o in found):
                d.text = text[d.start : d.end]
                found.append(d)
        found.sort(key=lambda d: d.start)
    found = _other_readings(text, read, index, ctx, found)
    if not text.isascii():
        found = _other_scripts(text, ctx, found)
    return _literal_names(text, ctx, found)


def _other_scripts(text: str, ctx: CaseContext, found: list[Detection]) -> list[Detection]:
    """Names written wholly in another script (recognizers/other_scripts): a person found in part of such a run
    takes the whole run, and a run the sentence calls a name gets its own placeholder."""
    found, names = other_scripts.find(text, found)
    if not names:
        return found
    rejected = {fold(r.strip()) for r in ctx.rejected}
    for start, end in names:
        mention = text[start:end]
        d = Detection(start, end, "PERSON", 0.6, other_scripts.NAME)
        d.text = mention
        d.kept = fold(mention) in rejected
        d.replacement = ctx.replacements.get(mention) or ctx.person_label(mention)
        if starts_sentence(text, start) and d.replacement[:1].islower():
            d.replacement = d.replacement[0].upper() + d.replacement[1:]
        found.append(d)
    return sorted(found, key=lambda d: d.start)


def _other_readings(
    text: str, read: str, index: list[int] | None, ctx: CaseContext, found: list[Detection]
) -> list[Detection]:
    """What a reader also reads in ``text`` besides its reading (:func:`reading`): registered names in letters
    that imitate Latin ones ('Магіτ' for Marit), in Arabic or Hebrew letters (their consonants: 'يارا' for Yara)
    or spelled out letter by letter ('E m i e l', 'J.o.r.i.n.d.e.'), and
    phone, national and account numbers written digit by digit ('0 4 7 5 ...', 'B E 7 6 ...').

    Those readings would spoil what the other recognizers see (initials 'J.P.', a Cyrillic word), so only the
    registered names and the numbers are looked for in them; what they find is added where nothing was found."""
    base = index if index is not None else list(range(len(text)))
    added: list[Detection] = []
    names, names_index = read, base
    if not text.isascii():
        names, names_index = latin_with_map(text, homoglyphs=True)
        names = digits_as_letters(names)  # 'N0AH', 'Ev€lyne': the same length, the same index
    elif len(read) == len(text) and digits_as_letters(text) != text:
        names = digits_as_letters(text)  # as typed, not as a number reader reads it: 'Il0na' is no '110na'
    spelled = spaced_letters_with_map(names)
    if spelled is not None:
        names, names_index = spelled[0], compose(names_index, spelled[1])
    if names != read:
        added += _decided(_mapped(text, names, names_index, _registered_only(names, ctx)), ctx)
    if ctx.persons and not text.isascii():  # a registered name in Arabic or Hebrew letters: 'يارا' for Yara
        abjad = ctx.index().find_abjad(text)
        for d in abjad:
            d.text, d.replacement = text[d.start : d.end], ctx.pseudonyms.get(d.key, "[persoon]")
            if starts_sentence(text, d.start) and d.replacement[:1].islower():
                d.replacement = d.replacement[0].upper() + d.replacement[1:]
        added += _decided(abjad, ctx)
    digits = spaced_digits_with_map(read, loose=True)
    if digits is not None:
        joined = digits[0]
        # A phone number only when phonenumbers knows it: a joined run is no longer written as a phone number.
        numbers = [d for r in (national_number, iban) for d in r.find(joined)]
        numbers += [d for d in phones.find(joined) if d.score >= 1]
        added += _decided(_mapped(text, joined, compose(base, digits[1]), numbers), ctx)
        added += _decided(_mapped(text, read, base, _national_layouts(read)), ctx)
    spoken = spoken_digits_with_map(read)
    if spoken is not None:
        # Read out word by word and starting with zero or plus, a number of phone length is one ('nul vier ...').
        said = [i for i, ch in enumerate(spoken[0]) if ch.isdigit() and not read[spoken[1][i]].isdigit()]
        numbers = [
            d
            for r in (national_number, iban, phones)
            for d in r.find(spoken[0])
            if any(d.start <= i < d.end for i in said)
        ]
        added += _decided(_mapped(text, spoken[0], compose(base, spoken[1]), numbers), ctx)
    if not added:
        return found
    out = list(found)
    for d in sorted(added, key=lambda d: (-(d.end - d.start), d.start)):
        overlapping = [o for o in out if o.start < d.end and d.start < o.end]
        if all(d.start <= o.start and o.end <= d.end and _yields(o, d) or _model_guess(o, d) for o in overlapping):
            # Read whole, a name or a number replaces the pieces of it that were found: 'J O R' as initials in
            # 'J O R I N D E', a date in a national number written digit by digit.
            out = [o for o in out if not (o.start < d.end and d.start < o.end)] + [d]  # ``overlapping`` out
    out.sort(key=lambda d: d.start)
    merged: list[Detection] = []
    for d in out:  # 'I l o n a Opdebeeck': the spelled-out first name and the surname are one mention
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and d.key
            and prev.key == d.key
            and not text[prev.end : d.start].strip(" .-")
            and prev.recognizer == d.recognizer == "registered_persons"
            and not (prev.kept or d.kept)
        ):
            prev.end = d.end
            prev.text = text[prev.start : prev.end]
            continue
        merged.append(d)
    return merged


# Eleven digits in groups with spaces, dots or dashes between them (spaces around a dash too).
_DIGIT_RUN = re.compile(r"(?<![\w.,/-])\d+(?:(?: ?[./-] ?| )\d+)+(?![\w-]|[.,/]\d)")


def _national_layouts(read: str) -> list[Detection]:
    """Eleven digits cut where a national number is cut: birth date, serial number, check digits ('850412 273 19',
    '23 10 12 - 486 - 11'). A reader sees a rijksregisternummer in that layout also when the check digits are
    wrong (a typo still identifies), as the recognizer does for the official dotted layout."""
    out = []
    for m in _DIGIT_RUN.finditer(read):
        groups = re.findall(r"\d+", m.group(0))
        digits = "".join(groups)
        cuts = set(itertools.accumulate(len(g) for g in groups[:-1]))
        if len(digits) != 11 or not cuts <= {2, 4, 6, 9} or not cuts & {6, 9}:
            continue
        month, day = int(digits[2:4]), int(digits[4:6])
        if month % 20 <= 12 and month <= 52 and day <= 31:  # BIS numbers count 20 or 40 on the month
            label = national_number.RECOGNIZER.replacement
            out.append(Detection(m.start(), m.end(), "RRN", 0.95, "rijksregisternummer", replacement=label))
    return out


def _model_guess(found: Detection, read_whole: Detection) -> bool:
    """The model's guess at a stretch it cannot read (digits: 'BE.93.100.1.0 na vijf' as a place, letters spelled
    out: 'O p d e b e e c k rustig' as an organisation) gives way to the registered name or the checked number read
    in it, also where the guess runs on past it."""
    if found.recognizer != "spacy_model":
        return False
    if read_whole.recognizer in ("registered_persons", "joined_names"):
        return True
    return read_whole.entity_type != "PERSON" and read_whole.score >= 1


def _yields(found: Detection, read_whole: Detection) -> bool:
    """Whether a detection gives way to one that a second reading found around it."""
    if read_whole.recognizer in ("registered_persons", "joined_names"):
        # A shared surname alone gives way to the whole name read around it ('Il0na Verhulst' is Ilona).
        return (
            found.recognizer != "registered_persons"
            or found.key == read_whole.key
            or bool(found.meta.get("surname_only"))
        )
    if read_whole.entity_type == "PERSON":
        return False
    # Letters of a checked number are no initials ('B E 7 1 0 9 6 ...').
    return found.entity_type != "PERSON" or found.recognizer != "registered_persons" and read_whole.score >= 1


def _mapped(text: str, read: str, index: list[int], found: list[Detection]) -> list[Detection]:
    """Detections in a reading of ``text`` mapped back to ``text``; a character the reading left out right after
    a detection (the dot after 'J.o.r.i.n.d.e') belongs to it."""
    kept = set(index)
    out = []
    for d in found:
        d.start, d.end = original_span(text, index, d.start, d.end)
        while d.end < len(text) and d.end not in kept and not text[d.end].isspace():
            d.end += 1
        d.text = text[d.start : d.end]
        out.append(d)
    return out


def _registered_only(text: str, ctx: CaseContext) -> list[Detection]:
    """The registered persons' names in ``text``, each with its pseudonym (or the coach's decision)."""
    index = ctx.index()
    found: list[Detection] = []
    for d in _merge_registered(index.find(tokens(text), text), text, index):
        if found and found[-1].key == d.key and not text[found[-1].end : d.start].strip(" .-"):
            found[-1].end = d.end  # 'L.I.E.S.E.L.O.T. HAESENDONCK': the dot after a spelled-out name ends no sentence
        else:
            found.append(d)
    # Letters spelled out are written together here ('IlonaOpdebeeck'): a name, not a user name, where it is one.
    found += [j for j in index.find_joined(text) if not any(f.start < j.end and j.start < f.end for f in found)]
    out = []
    for d in _resolve(found):
        if d.recognizer == "registered_persons":
            d.replacement = ctx.pseudonyms.get(d.key, "[persoon]")
        if starts_sentence(text, d.start) and not _after_short_title(text, d.start) and d.replacement[:1].islower():
            d.replacement = d.replacement[0].upper() + d.replacement[1:]
        out.append(d)
    return out


def _decided(found: list[Detection], ctx: CaseContext) -> list[Detection]:
    """The coach's decisions on mentions as the text has them ('J.o.r.i.n.d.e.' kept stays kept): what she kept
    is flagged, what she gave her own replacement gets it."""
    rejected = {fold(r.strip()) for r in ctx.rejected}
    for d in found:
        d.kept = fold(d.text) in rejected
        d.replacement = ctx.replacements.get(d.text, d.replacement)
    return found


def _literal_names(text: str, ctx: CaseContext, found: list[Detection]) -> list[Detection]:
    """A registered name written exactly as registered is always removed, whatever the normalisation made of it.

    A safety net under the recognizers: a name whose letters change under NFKC (a ligature, a micro sign, an
    L with middle dot) could otherwise slip between the text's reading and the name's.
    """
    rejected = {fold(r.strip()) for r in ctx.rejected}
    added: list[Detection] = []
    lex = lexicon()
    for pid, name in ctx.persons:
        # The whole name in any case; a part only as registered (case and all), and never a word or particle.
        parts = [
            p
            for p in name.split()
            if p != name and len(p) > 1 and fold(p) not in lex.never and fold(p) not in lex.common
        ]
        for part, flags in [(name, "(?i)"), *((p, "") for p in parts)]:
            if len(part) < 2 or not any(c.isalpha() for c in part) or fold(part) in rejected:
                continue
            for m in re.finditer(rf"{flags}(?<!\w){re.escape(part)}(?!\w)", text):
                if any(o.start < m.end() and m.start() < o.end for o in found + added):
                    continue
                replacement = ctx.pseudonyms.get(pid, "[persoon]")
                added.append(
                    Detection(m.start(), m.end(), "PERSON", 0.6, "registered_persons", key=pid, replacement=replacement)
                )
                added[-1].text = m.group(0)
    if not added:
        return found
    return sorted(found + added, key=lambda d: d.start)


_CODES = frozenset({"labelled_number", "reference_code", "dossier_number", "identity_card"})


def _codes_whole(spans: list[Detection], text: str) -> list[Detection]:
    """A file code with a registered person's initials in it ('KD-2024-017', 'OCMW/2025/0412-LVH') goes whole: the
    initials are part of the number, and taken out alone they would leave its digits behind."""
    codes = [s for s in spans if s.recognizer in _CODES]
    if not codes:
        return spans
    return [
        s
        for s in spans
        if s.recognizer != "registered_persons"
        or not any(
            c.start <= s.start
            and s.end <= c.end
            and (c.start, c.end) != (s.start, s.end)
            and not text[c.start : c.end].count(" ")
            for c in codes
        )
    ]


def _streets_whole(spans: list[Detection]) -> list[Detection]:
    """A street named after a person, with its house number ('praktijk Jan Peeterslaan 12'), goes whole as an
    address: an institution's name that holds a person's name (above an address in :func:`_priority`) and lies
    inside the street gives way to it, or the house number would stay behind."""
    streets = [s for s in spans if s.recognizer == "address"]
    if not streets:
        return spans
    return [
        s
        for s in spans
        if not (s.recognizer == "institution" and s.meta.get("holds_name"))
        or not any(a.start <= s.start and s.end < a.end for a in streets)
    ]


def _detect(text: str, ctx: CaseContext, doc=None) -> list[Detection]:
    lex = lexicon()
    toks = tokens(text)
    index = ctx.index()
    # Presidio's AnalyzerEngine runs every recognizer (the case's persons as an ad-hoc one) over our pipeline.
    spans = analyse(
        text,
        (
            lambda text, toks, artifacts: (
                _merge_registered(index.find(toks, text), text, index)
                + index.find_initials(text, toks)
                + index.find_joined(text)
            )
        )
        if ctx.persons
        else None,  # no registered persons: nothing to look up for every word
        use_model=ctx.use_model,
        doc=doc,
        toks=toks,
    )
    for phrase in ctx.extra:
        if phrase.strip():
            for m in re.finditer(rf"(?i)(?<!\w){re.escape(phrase.strip())}(?!\w)", text):
                spans.append(Detection(m.start(), m.end(), "EXTRA", 1.0, "extra"))
    for phrase, wording in ctx.generalised.items():
        if phrase.strip():
            for m in re.finditer(rf"(?i)(?<!\w){re.escape(phrase.strip())}(?!\w)", text):
                spans.append(Detection(m.start(), m.end(), "INDIRECT", 1.0, "indirect", replacement=wording))
    resolved = _resolve(drop_kept(_streets_whole(_codes_whole(_months_not_names(spans, text), text)), text, toks))
    listed = coordinated(text, resolved)
    if listed:
        resolved = _resolve(resolved + drop_kept(listed, text, toks))
    named_initials = of_named(text, resolved)  # 'Hanne Robberechts' named in full: 'HR' is she
    if named_initials:
        resolved = _resolve(resolved + drop_kept(named_initials, text, toks))
    for _ in range(3):  # initials found again elsewhere can open a new list ('tg of HV'), and that list again
        more = initials_again(text, resolved)
        if more:
            resolved = _resolve(resolved + drop_kept(more, text, toks))
        more += coordinated(text, resolved)
        if not more:
            break
        resolved = _resolve(resolved + drop_kept(more, text, toks))
    more = institutions_again(text, resolved)
    if more:  # 'kdv Het Rozenhof' found: a later 'Het Rozenhof' alone is that place too
        resolved = _resolve(resolved + drop_kept(more, text, toks))
    more = listed_places(toks, text, resolved)
    if more:  # 'Drunen, Nieuwkuik en Vlijmen' where the last two were found: the first is listed with them
        resolved = _resolve(resolved + drop_kept(more, text, toks))
    resolved = particles_before(text, toks, resolved)  # 'Van der Schans' where the model found 'Schans'
    resolved = first_names_before(text, toks, resolved)  # 'Peter Claessens' where the model found 'Claessens'
    resolved = surnames_after(text, toks, resolved)  # 'mieke de smedt' where 'mieke' was found
    for s in resolved:
        if s.entity_type == "PERSON" and s.recognizer != "registered_persons":
            words = [fold(x) for x in _WORDS.findall(text[s.start : s.end])]
            # Not a name's particles: 'van den Bossche' found is no reason to take 'den' for a name elsewhere
            ctx.known_names.update(w for w in words if len(w) > 2 and w not in lex.never and w not in _ARTICLES)
            # Pet forms only of a name found capitalised, or in lower case of a long first name that is no word of
            # Dutch, English or French ('bronislawa'): a word taken for a name in lower case ('mama, sirene') must
            # not take its look-alikes with it.
            lowered = text[s.start : s.end].islower()
            for w in words:
                if lowered and not (len(w) >= 5 and lower_name(w, strict=True) and _no_language_word(w)):
                    continue
                if len(w) > 2 and w in lex.first_names and w not in lex.never and w not in ctx.known_pets.values():
                    # the forms no other name has taken yet (a thousand or more: a set difference, not a loop)
                    ctx.known_pets.update(dict.fromkeys(_pet_forms_no_word(w) - ctx.known_pets.keys(), w))
            # 'kevin' found: 'kev' is he too, as colleagues clip a name (registered_persons.clipped_forms).
            for w in words:
                if len(w) >= 5 and w in lex.first_names and w not in lex.never and w not in ctx.known_pets.values():
                    ctx.known_pets.update(dict.fromkeys(clipped_forms(w) - ctx.known_pets.keys(), w))
            if text[s.start : s.end].islower():
                ctx.known_lower.update(w for w in words if lower_name(w, strict=True) or short_name(w))
    if ctx.known_names:
        # Once 'Griet Peeters' is found, a later 'Griet' on its own (signature, sentence start) is her too, and so is a
        # pet form of her name; once 'juf hanne' is, a later 'hanne' typed in lower case.
        extra = [
            Detection(t.start, t.end - 2 * t.text.endswith(("'s", "’s")), "PERSON", 0.65, "known_names")  # no 's
            for i, t in enumerate(toks)
            if (
                t.capitalised
                and _base(t.folded) in ctx.known_names
                # 'Storm' found: 'Stormpje' and 'stormpje' are she too (the name's pet forms, nicknames.py)
                or t.folded in ctx.known_pets
                or t.text.islower()
                and (
                    t.folded in ctx.known_lower
                    # 'Marquinho está cansado' found: 'marquinho is papa' too, a word no language of the note writes
                    or t.folded in ctx.known_names
                    and _no_language_word(t.folded)
                    # 'Roos en Storm' found: 'storm heeft roos meegenomen' names them too, 'een roos' not
                    or t.folded in ctx.known_names
                    and t.folded in lex.first_names
                    and name_slot(toks, i, text)
                )
            )
            and t.folded not in index.exact
        ]
        extra = _not_inside(extra, resolved)
        resolved = _resolve(resolved + drop_kept(extra, text, toks))  # a name learnt elsewhere, here in a kept phrase
    rejected = {fold(r.strip()) for r in ctx.rejected}
    # The letters of initials in this text are no placeholder letters: in 'S.D. / N.B.' a 'persoon D' for N.B.
    # would be read as S.D.
    avoid = frozenset(
        c
        for s in resolved
        if s.entity_type == "PERSON" and _initials(text[s.start : s.end])
        for c in own_letters(text[s.start : s.end])
    )
    named = named_forms(text, resolved)  # initials of a name found in full take that name's placeholder
    out: list[Detection] = []
    floor = 0  # the end of the last replaced detection: a title before a name is never taken from it
    for s in resolved:
        mention = text[s.start : s.end]
        s.text = mention
        if fold(mention) in rejected or (
            rejected and s.entity_type == "DATE" and fold(text[weekday_start(text, s.start) : s.end]) in rejected
        ):
            s.kept = True  # the coach keeps it: reported, not replaced, and no placeholder letter is used up
            s.replacement = ctx.pseudonyms.get(s.key, "") if s.recognizer == "registered_persons" else s.replacement
            out.append(s)
            continue
        words = [fold(w) for w in _WORDS.findall(mention)]
        if s.entity_type == "PERSON" and s.recognizer not in ("registered_persons", "relatives"):
            whole = " ".join(words)
            pid = (
                index.exact.get(whole)
                or index.capital.get(whole)  # a short form typed in lower case: 'kasia' for Katarzyna
                or (index.exact.get(words[0]) if words and words[0] in index.firsts else None)
            )
            if pid is not None:  # a model/context person that is really a registered one keeps the pseudonym
                s.key, s.recognizer = pid, "registered_persons"
            elif (
                not (s.meta.get("initials") or s.meta.get("called") or s.recognizer == "known_names")
                and not (mention.isalpha() and mention.isupper() and len(mention) >= 2)  # 'MS: ...' signs as initials
                and all(w in lex.never or w in lex.roles or w in _address_titles() for w in words)
            ):
                continue  # a role or a title alone is no one's name ('Mrs.' before the name the model missed)
        if mention in ctx.replacements:
            s.replacement = ctx.replacements[mention]
        elif s.recognizer == "registered_persons":
            s.replacement = ctx.pseudonyms.get(s.key, "[persoon]")
        elif s.entity_type == "PERSON":
            # 'HR': Hanne Robberechts' letter; 'Stormpje': the letter of the Storm found
            s.replacement = ctx.person_label(named.get(mention, ctx.known_pets.get(fold(mention), mention)), avoid)
        elif s.entity_type == "DATE":
            s.replacement = _date_label(s, ctx)
        elif not s.replacement:
            s.replacement = "[verwijderd]"
        if s.recognizer == "registered_persons":
            titled = formal_title_before(text, s.start, floor)
            if titled is not None:
                # 'meneer Tamang' is the adult of that name, not the child who shares it; the title goes with the
                # name ('Dank je, vader!', not 'meneer vader').
                title_start, gender = titled
                if s.meta.get("surname_only"):
                    s.key = index.adult_of(mention, gender, ctx.roles) or s.key
                s.start = title_start
                s.replacement = ctx.replacements.get(mention) or ctx.pseudonyms.get(s.key, "[persoon]")
            else:
                _absorb_title(s, text, floor)
            s.text = text[s.start : s.end]
        if starts_sentence(text, s.start) and not _after_short_title(text, s.start) and s.replacement[:1].islower():
            s.replacement = s.replacement[0].upper() + s.replacement[1:]
        out.append(s)
        floor = s.end
    return out


@lru_cache(maxsize=4096)
def _pet_forms_no_word(name: str) -> frozenset[str]:
    """The pet forms of a first name that are no word (:func:`_no_word`): the same for every text, so worked out
    once per name rather than for each text that names it (a name has a thousand forms or more)."""
    return frozenset(pet for pet in pet_forms(name) if _no_word(pet))


_SHORT_TITLE = re.compile(r"(?<![\w.])([^\W\d_]{1,5})\.[ \t]*$")


def _after_short_title(text: str, start: int) -> bool:
    """Whether a title written short stands before ``start`` ('Mevr. Peeters'): its dot ends no sentence, so the
    placeholder stays in lower case ('Mevr. persoon A')."""
    m = _SHORT_TITLE.search(text, max(0, start - 8), start)
    return m is not None and fold(m.group(1)) in _abbreviated()


@cache
def _address_titles() -> frozenset[str]:
    from casusprep.anonymise.lexicon import folded_words

    return folded_words("address_titles")


@cache
def _abbreviated() -> frozenset[str]:
    from casusprep.anonymise.lexicon import folded_words

    return folded_words("abbreviated_titles") | frozenset(fold(t).rstrip(".") for t in vocabulary().female_titles)


@lru_cache(maxsize=20_000)
def _no_word(folded: str) -> bool:
    """A pet form that is no word a note writes ('jullie' is also a listed first name): no common word, rare in
    Dutch (wordfreq)."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    return folded not in lex.common and folded not in lex.never and zipf_frequency(folded, "nl") < 3.0


@lru_cache(maxsize=20_000)
def _no_language_word(folded: str) -> bool:
    """A name found elsewhere in the note that is no word of Dutch, English or French (wordfreq below 1.5): typed in
    lower case it is still that name."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if len(folded) < 4 or folded in lex.common or folded in lex.never or folded in lex.places or folded in lex.roles:
        return False  # a role word taken into a name ('plusmama Sarah') is still the role
    return all(zipf_frequency(folded, lang) < 1.5 for lang in ("nl", "en", "fr"))


def _base(folded: str) -> str:
    """A folded word without its possessive: rayan's, rayan’s."""
    return folded[:-2] if folded.endswith(("'s", "’s")) else folded


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _absorb_title(s: Detection, text: str, floor: int) -> None:
    """'papa Jeroen' with the pseudonym 'vader' becomes 'papa', not 'papa vader' ('haar broer Tibo': 'haar broer').

    Only when the title says the same as the pseudonym (vocabulary: role_titles): 'juf An' with the
    pseudonym 'begeleider A' keeps both, the letter tells the caregivers apart. The title stays as written. A title
    that is the pseudonym's own role word is said once: 'Begeleider Tineke' becomes 'Begeleider A', not
    'Begeleider begeleider A'.
    """
    m = _WORD_BEFORE.search(text, max(floor, s.start - 40), s.start)
    if m is None:
        return
    titles = role_titles().get(fold(s.replacement))
    if titles and fold(m.group(1)) in titles:
        s.start = m.start(1)
        s.replacement = m.group(1)
        return
    role, _, letter = s.replacement.partition(" ")
    if letter and fold(role) == fold(m.group(1)):
        s.start = m.start(1)
        s.replacement = f"{m.group(1)} {letter}"


@cache
def role_titles() -> dict[str, frozenset[str]]:
    return {role: frozenset(titles) for role, titles in folded_map(vocabulary().role_titles).items()}
