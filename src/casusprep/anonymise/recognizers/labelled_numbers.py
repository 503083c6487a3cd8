"""A number a label word names, in any shape a file number takes: 'patiëntnummer UZA 7712-094-3', 'leerlingnummer
LLN 20210344', 'dossiernummer bij de dienst: AB/25/017', 'Dossiernr. OCMW: SD/ 2024 / 88 · 13', 'RRN 25021433107'.

The label says what follows is someone's number, so the value needs no checksum and no fixed layout: capitals and
digit groups joined by slashes, dots, dashes or single spaces, with at least three digits. A few words may stand
between the label and a colon ('pv-nummer van de politie: ...'). The labels are data (vocabulary ``id_labels``;
those of a national number, ``national_labels``, give its placeholder). Only the value is replaced; the label stays.
"""

from __future__ import annotations

from functools import cache

import regex as re

from casusprep.anonymise.lexicon import fold
from casusprep.anonymise.recognizers import phones
from casusprep.anonymise.recognizers.base import Detection, alternation
from casusprep.anonymise.recognizers.dates import is_date
from casusprep.anonymise.vocabulary import vocabulary

NAME = "labelled_number"
# One piece of a number: a run of capitals or of digits; pieces joined by a separator, spaces around / · allowed.
# Capitals and digits may also be glued in one piece, as passports and court rolls write them ('EJ4471902', '24B2231').
_PIECE = r"(?:\p{Lu}{1,6}\d+(?:\p{Lu}{1,3}\d*)?|\d+\p{Lu}{1,3}\d*|\p{Lu}{1,6}|\d+)"
_SEP = r"(?:[ \t]?[/·][ \t]?|[.‐‑–-]|[ \t])"
# At least three digits among the value's own characters: a label before a word ('dossier VK: ...') reads on.
_VALUE = (
    rf"(?P<value>(?=[\p{{Lu}}\d])(?=(?:[\p{{Lu}}/·.‐‑– \t-]*\d){{3}}){_PIECE}(?:{_SEP}{_PIECE}){{0,8}})(?![\w/‐‑-])"
)
# Between the label and the value: an optional dot, then either nothing but a colon, bracket or hash, or a few
# words before a colon ('bij de crèche:', 'van de politie:', 'VK:'), or a verb or a noun that says what follows is the
# number ('BSN is ...', 'KvK number ...').
_BRIDGE = (
    r"\.?(?:[ \t]*[:#(][ \t]*|[ \t]+|[ \t]+(?:[\w.'’-]+[ \t]+){0,3}[\w.'’-]+[ \t]*:[ \t]*"
    r"|[ \t]+(?:is|was|luidt|number|nummer|nr\.?|no\.?|n°)[ \t]*:?[ \t]*"
    # the service that keeps the file, named between the label and the number ('dossiernummer Fedasil OV 9.204.117')
    r"|[ \t]+\p{Lu}\p{Ll}+[ \t]+"
    # what was done with the paper, the number in brackets after it ('paspoort nagekeken (EK4417702)'): a long one
    r"|[ \t]+\p{Ll}{3,20}[ \t]*\([ \t]*(?=[\p{Lu}\d]*\d{6}))"
)
# A second number listed after the first ('Dossiers AB-12-01 en AB-12-02'): the label names both.
_NEXT = re.compile(rf"[ \t]*(?:,|en|and|et|&)[ \t]*{_VALUE}")


@cache
def _labels() -> tuple[re.Pattern[str], frozenset[str]]:
    voc = vocabulary()
    words = [*voc.id_labels, *voc.national_labels]
    # After the listed labels, any compound on 'nummer' or 'nr' names a number ('kindnr.', 'contractnummer').
    label = rf"{alternation(words)}|(?P<compound>[^\W\d_][\w-]{{1,24}}?(?:nummer|nr))"
    pattern = re.compile(rf"(?i)(?<!\w)(?P<label>{label})(?![\w])(?-i:{_BRIDGE}{_VALUE})")
    return pattern, frozenset(fold(w) for w in voc.national_labels)


# Digits a number needs after a label that is only a compound on 'nummer' when it has no letters.
_COMPOUND_DIGITS = 5
_LEAD = re.compile(r"(\p{Lu}{2,6})[ \t]+(?=\d)")


@cache
def _label_words() -> frozenset[str]:
    """Label words a value may open with: a second label ('ID', 'RRN') between the first one and the number."""
    voc = vocabulary()
    return frozenset(fold(w) for w in [*voc.id_labels, *voc.national_labels, "id", "eid", "nr", "no"])


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def find(text: str) -> list[Detection]:
    pattern, national = _labels()
    label_words = _label_words()
    out = []
    for m in pattern.finditer(text, overlapped=True):
        value = m.group("value").rstrip(" \t.·/-")
        start = m.start("value")
        lead = _LEAD.match(value)
        if lead and fold(lead.group(1)) in label_words:
            # a second label before the number ('kaartnr. ID 592-...'): the label stays, the number goes
            value, start = value[lead.end() :], start + lead.end()
        if _digits(value) < 3 or is_date(value) or value.isdigit() and len(value) < 4:
            continue  # 'nr. 12' is a house number, a date after 'ref.' is a date
        if m.group("compound") and _digits(value) < _COMPOUND_DIGITS and not any(c.isalpha() for c in value):
            continue  # 'kamernummer 1204', 'lijnnummer 2024': a room, a line, a year more often than a file
        if any(p.start == 0 and p.end == len(value) for p in phones.find(value)):
            continue  # a phone number after 'klantnummer' is the phone recognizer's
        if fold(m.group("label")) in national:
            if _digits(value) != 11:
                continue
            out.append(Detection(start, start + len(value), "RRN", 0.9, NAME, replacement="[rijksregisternummer]"))
        else:
            out.append(Detection(start, start + len(value), "ID", 0.85, NAME, replacement="[dossiernummer]"))
            end = start + len(value)
            while (listed := _NEXT.match(text, end)) is not None:
                more = listed.group("value").rstrip(" \t.·/-")
                if _digits(more) < 3 or is_date(more):
                    break
                at = listed.start("value")
                out.append(Detection(at, at + len(more), "ID", 0.85, NAME, replacement="[dossiernummer]"))
                end = at + len(more)
    return out
