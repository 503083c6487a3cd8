"""The export gate: read a finished document back and stop it if anything identifying is left.

The anonymiser is never the last word. Before a VK-consult, a kindbespreking or the anonymised
summary leaves the app, this check reads the *finished* output (every part of a .docx, or the
plain text) and searches for every registered name and its parts, every detection the anonymiser
replaced, and phone, e-mail, IBAN and rijksregisternummer patterns. A hit blocks the export; the
message names the field it came from but never repeats the value itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from casusprep.case import Case, iter_text_fields
from casusprep.labels import field_location

_PARTICLES = {"van", "de", "der", "den", "het", "t", "el", "ben", "le", "la", "du", "von", "ter", "ten", "d", "da"}

PATTERNS: dict[str, re.Pattern[str]] = {
    "telefoonnummer": re.compile(r"(?<![\w+])(?:\+3[12]|003[12]|0)[\s./-]?\(?\d{1,3}\)?(?:[\s./-]?\d{2,3}){2,4}(?!\d)"),
    "e-mailadres": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "rekeningnummer (IBAN)": re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b"),
    "rijksregisternummer": re.compile(r"(?<!\d)\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s.]?\d{3}[.\s-]?\d{2}(?!\d)"),
}


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
            return f"{self.kind} (veld onbekend)"
        names = [f"'{field_location(f)}'" for f in self.fields[:3]]
        more = f" en {len(self.fields) - 3} andere velden" if len(self.fields) > 3 else ""
        return f"{self.kind} in {', '.join(names)}{more}"


def fold(text: str) -> str:
    """Casefold and drop diacritics, keeping the string's length so offsets stay comparable."""
    out = []
    for ch in text.casefold():
        base = unicodedata.normalize("NFKD", ch)
        kept = "".join(c for c in base if not unicodedata.combining(c))
        out.append(kept[:1] if kept else ch)
    return "".join(out)


def _word(needle: str) -> re.Pattern[str]:
    # A name also leaks as a possessive ("Lotte's", "Yusufs").
    return re.compile(rf"(?<!\w){re.escape(fold(needle))}(?:'s|’s|s)?(?!\w)")


def name_needles(case: Case) -> list[tuple[str, str]]:
    """(needle, field path) for every registered name and each meaningful part of it."""
    needles = []
    for i, person in enumerate(case.persons):
        path = f"persons[{i}].name"
        parts = re.split(r"[\s-]+", person.name)
        for part in {person.name, *parts}:
            part = part.strip(" .,'’")
            if len(part) >= 2 and fold(part) not in _PARTICLES:
                needles.append((part, path))
    return needles


def _source_fields(sources: dict[str, str], needle: str) -> tuple[str, ...]:
    """The fields whose (anonymised) text still holds the needle: where the user should look."""
    pattern = _word(needle)
    return tuple(path for path, text in sources.items() if text and pattern.search(fold(text)))


def _pseudonym_fields(case: Case, needle: str) -> tuple[str, ...]:
    """A pseudonym that is itself a registered name leaks everywhere it is used: point at the pseudonym."""
    return tuple(
        f"persons[{i}].pseudonym"
        for i, p in enumerate(case.persons)
        if p.pseudonym and fold(p.pseudonym) == fold(needle)
    )


def find_leaks(
    parts: dict[str, str],
    case: Case,
    detections: Iterable[str] = (),
    sources: dict[str, str] | None = None,
) -> list[Leak]:
    """Search every output part for registered names, replaced detections and identifier patterns.

    ``sources`` maps field paths to the text that went into the output (the anonymised texts), so a
    hit can be traced to its field; without it the case's own texts are used.
    """
    if sources is None:
        sources = dict(iter_text_fields(case))
    folded = {name: fold(text) for name, text in parts.items()}
    leaks: list[Leak] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()

    def hit(kind: str, needle: str, default_field: str | None) -> None:
        pattern = _word(needle)
        for part, text in folded.items():
            if pattern.search(text):
                fields = (
                    _pseudonym_fields(case, needle)
                    or _source_fields(sources, needle)
                    or _source_fields(dict(iter_text_fields(case)), needle)
                    or ((default_field,) if default_field else ())
                )
                key = (kind, fields or (needle,))
                if key not in seen:
                    seen.add(key)
                    leaks.append(Leak(kind, fields, part))
                return

    for needle, path in name_needles(case):
        hit("naam van een betrokkene", needle, path)
    for mention in detections:
        if len(mention.strip()) >= 2:
            hit("herkend persoonsgegeven", mention.strip(), None)
    taken: dict[str, list[tuple[int, int]]] = {}
    # Most specific first, so a rijksregisternummer is not also reported as a phone number.
    for kind in ("rijksregisternummer", "rekeningnummer (IBAN)", "e-mailadres", "telefoonnummer"):
        pattern = PATTERNS[kind]
        for part, text in parts.items():
            for m in pattern.finditer(text):
                spans = taken.setdefault(part, [])
                if any(a < m.end() and m.start() < b for a, b in spans):
                    continue
                digits = re.sub(r"\D", "", m.group(0))
                if kind == "telefoonnummer" and not 9 <= len(digits) <= 12:
                    continue
                if kind == "rijksregisternummer" and len(digits) != 11:
                    continue
                spans.append((m.start(), m.end()))
                fields = _source_fields(sources, m.group(0))
                key = (kind, fields or (m.group(0),))
                if key not in seen:
                    seen.add(key)
                    leaks.append(Leak(kind, fields, part))
    return leaks


def check_docx(
    data: bytes, case: Case, detections: Iterable[str] = (), sources: dict[str, str] | None = None
) -> list[Leak]:
    """Leaks in every part of a finished .docx (body, headers, footers, comments, properties, custom XML)."""
    from casusprep.documents import read_docx_text

    return find_leaks(read_docx_text(data), case, detections, sources)


def check_text(
    text: str, case: Case, detections: Iterable[str] = (), sources: dict[str, str] | None = None
) -> list[Leak]:
    return find_leaks({"tekst": text}, case, detections, sources)


def leak_message(leaks: list[Leak], what: str) -> str:
    """A Dutch message that says what blocked the export and where to look, without the value itself."""
    lines = [f"'{what}' bevat nog persoonsgegevens. Er is niets weggeschreven."]
    lines += [f"- {leak.describe()}" for leak in leaks[:8]]
    if len(leaks) > 8:
        lines.append(f"- en nog {len(leaks) - 8} andere")
    lines.append("Pas die velden aan of duid de tekst aan om te verwijderen, en probeer opnieuw.")
    return "\n".join(lines)


def _anonymised(case: Case) -> tuple[list[str], dict[str, str]]:
    """What the anonymiser replaced (plus the coach's extra removals), and the anonymised text per field."""
    from casusprep.anonymise import anonymise_case

    result = anonymise_case(case)
    mentions = [*result.mapping.keys(), *case.anonymisation.extra]
    return mentions, {path: done.text for path, done in result.fields.items()}


def check_export(data: bytes, case: Case) -> list[Leak]:
    """The gate for a rendered anonymised document: call it before anything is written."""
    mentions, sources = _anonymised(case)
    return check_docx(data, case, mentions, sources)


def check_summary(text: str, case: Case) -> list[Leak]:
    """The same gate for the plain-text summary."""
    mentions, sources = _anonymised(case)
    return check_text(text, case, mentions, sources)
