"""Entities from the project's spaCy model (PER, LOC, ORG) when it is installed."""

from __future__ import annotations

from casusprep.anonymise.lexicon import fold, lexicon
from casusprep.anonymise.recognizers.base import Detection, starts_sentence
from casusprep.anonymise.recognizers.initials import is_acronym

_TYPES = {"PER": ("PERSON", ""), "LOC": ("LOCATION", "[plaats]"), "ORG": ("ORGANIZATION", "[organisatie]")}


def _listed(word: str, lex) -> bool:
    return word in lex.first_names or word in lex.surnames


def _initials(ent) -> bool:
    """A person the model found written as capitals of 2-4 letters, with or without dots or a hyphen (KW, M.V.D.,
    P-J): initials, unless the capitals are a service, a term or a word typed in capitals (CLB, TIP, STOP)."""
    bare = ent.text.replace(".", "").replace("-", "")
    return (
        ent.label_ == "PER" and 2 <= len(bare) <= 4 and bare.isalpha() and bare.isupper() and not is_acronym(ent.text)
    )


def _line_without_capitals(text: str, start: int, end: int) -> bool:
    """The line around a hit has no capital at all: a message typed in lower case, where a name looks like a word."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not any(c.isupper() for c in text[line_start : line_end if line_end >= 0 else len(text)])


# How common (wordfreq's Zipf scale) a lower-case word may be and still be taken as the name the model says it
# is: in a line without any capital everything is lower case, so the model's context is all there is; elsewhere a
# lower-case name must also be a listed first name or surname and rare as a word.
_ZIPF_NO_CAPITALS = 4.0
_ZIPF_LOWER_NAME = 3.5


def _lower_case_name(ent, words: list[str], lex, no_capitals: bool) -> bool:
    """A person the model found in lower case (a hurried note, a phone message): kept when no word of it is a
    common word, a role or a service, and the word is rare in Dutch (and a listed name outside lower-case lines)."""
    from wordfreq import zipf_frequency

    if ent.label_ != "PER" or any(w in lex.common or w in lex.never or w in lex.roles for w in words):
        return False
    limit = _ZIPF_NO_CAPITALS if no_capitals else _ZIPF_LOWER_NAME
    if any(zipf_frequency(w, "nl") >= limit for w in words):
        return False
    return no_capitals or any(_listed(w, lex) for w in words)


# For the model's hits a capital after a colon, a semicolon or a dash says as little as at a sentence start.
_ENDS = ".!?:;\n"
_OPENERS = " \t\"'“‘(-–•*"
_OPEN_QUOTES = "\"“„‘'«"
_CLOSE_QUOTES = "\"”’'»"


def _starts_quotation(text: str, start: int, end: int) -> bool:
    """The first word of a quotation that goes on after it (a title, a line of speech): its capital is a
    sentence start's. A word quoted on its own ("Kiki") is not: that is how nicknames are written."""
    before = text[max(0, start - 40) : start].rstrip(" \t")
    after = text[end : end + 1]
    return bool(before) and before[-1] in _OPEN_QUOTES and after not in _CLOSE_QUOTES


def find(doc, text: str | None = None) -> list[Detection]:
    """Spans for the model's entities in ``doc``; ``text`` is the doc's text when the caller has it (spaCy
    rebuilds ``doc.text`` from the tokens on every access)."""
    lex = lexicon()
    out: list[Detection] = []
    if text is None:
        text = doc.text
    for ent in doc.ents:
        kind = _TYPES.get(ent.label_)
        if kind is None:
            continue
        words = [fold(t.text) for t in ent if t.is_alpha]
        folded = fold(ent.text)
        if not words or all(w in lex.never or w in lex.roles for w in words) or folded in lex.services:
            continue
        if folded in lex.countries:
            continue  # countries are never personal data (one-word ones are in ``never`` already)
        if not ent.text[:1].isupper():
            if not _lower_case_name(ent, words, lex, _line_without_capitals(text, ent.start_char, ent.end_char)):
                continue  # names are written with a capital; most lower-case hits are ordinary words
        elif ent.text.isupper() and len(ent.text) <= 3 and not _initials(ent):
            continue  # capitals that are no one's initials (a service, a term)
        if len(ent) == 1 and (words[0].endswith(("isch", "ische", "se")) and ent.label_ != "PER"):
            continue  # nationality adjectives (Syrische, Marokkaanse) are not places
        if len(ent) == 1 and ent.label_ == "PER" and ent[0].is_sent_start and words[0] in lex.common:
            continue
        opening = starts_sentence(text, ent.start_char, _ENDS, _OPENERS) or _starts_quotation(
            text, ent.start_char, ent.end_char
        )
        if len(ent) == 1 and ent.label_ == "PER" and opening and not _listed(words[0], lex) and not _initials(ent):
            # A capital at the start of a sentence or of a quotation says nothing; an unknown word there is rarely
            # a name. A name the note also writes mid-sentence is still found everywhere through the engine's known
            # names.
            continue
        start = ent.start_char
        if len(ent) > 1 and fold(ent[0].text) in lex.roles:  # "mama Sara" -> "Sara"
            start = ent[1].idx
        out.append(Detection(start, ent.end_char, kind[0], 0.8, "spacy_model", replacement=kind[1]))
    return out
