"""Entities from the project's spaCy model (PER, LOC, ORG) when it is installed."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import compound_of_words, fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection, starts_sentence
from casusprep.anonymise.recognizers.initials import is_acronym
from casusprep.anonymise.vocabulary import vocabulary

_TYPES = {"PER": ("PERSON", ""), "LOC": ("LOCATION", "[plaats]"), "ORG": ("ORGANIZATION", "[organisatie]")}


# A word of a name as one token: letters, also with a particle and an apostrophe before a capital ("D'Hooge",
# "d'Arnhem") or as capitalised parts joined by hyphens ('Jean-Baptiste', 'Sint-Agatha-Berchem'). A lower-case part
# makes a compound noun or a contraction ('Bumba-boekje', 'CLB-medewerker', "It's"); a number, an initial with its
# dot or a code is no word ('J.', 'B12'), nor are capitals joined by a hyphen (a test's or a form's code, 'WISC-V',
# or initials, 'B-J', which the initials rules read).
_SEPARATORS = re.compile(r"['’-]")


def _is_word(token: str) -> bool:
    if token.isalpha():
        return True
    if "-" in token and token.isupper():
        return False
    parts = _SEPARATORS.split(token)
    return all(p.isalpha() for p in parts) and all(p[:1].isupper() for p in parts[1:])


def _name_words(span) -> list[str]:
    """The tokens of ``span`` that are words, as written."""
    return [t.text for t in span if _is_word(t.text)]


def _listed(word: str, lex) -> bool:
    return word in lex.first_names or word in lex.surnames


def _capital_initials(ent) -> bool:
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
    from casusprep.nlp.frequency import zipf_frequency

    if ent.label_ != "PER" or any(w in lex.common or w in lex.never or w in lex.roles for w in words):
        return False
    limit = _ZIPF_NO_CAPITALS if no_capitals else _ZIPF_LOWER_NAME
    if any(zipf_frequency(w, "nl") >= limit for w in words):
        return False
    return no_capitals or any(_listed(w, lex) for w in words)


# For the model's hits a capital after a colon, a semicolon or a dash says as little as at a sentence start.
_ENDS = ".!?:;\n"
# Where an ordinary first word may be dropped from a span: also after a table's bar ('| Rode vlek'). Not where a
# single unknown word is taken for a sentence's first: a name in a cell ('| Wiebeke kwam') is written mid-line.
_CELL_ENDS = _ENDS + "|"
_OPENERS = " \t\"'“‘(-–•*"
_OPEN_QUOTES = "\"“„‘'«"
_CLOSE_QUOTES = "\"”’'»"


def _starts_quotation(text: str, start: int, end: int) -> bool:
    """The first word of a quotation that goes on after it (a title, a line of speech): its capital is a
    sentence start's. A word quoted on its own ("Kiki") is not: that is how nicknames are written."""
    before = text[max(0, start - 40) : start].rstrip(" \t")
    after = text[end : end + 1]
    return bool(before) and before[-1] in _OPEN_QUOTES and after not in _CLOSE_QUOTES


# Endings of adjectives of nationality and language (Syrische, Peruaans, Hongaarse, Maltees, Guinese).
_ADJECTIVE_ENDINGS = ("isch", "ische", "aans", "aanse", "aaks", "aakse", "ees", "ese", "ense", "se")


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(vocabulary().acronyms)


@lru_cache(maxsize=20_000)
def _ordinary(word: str, written_lower: bool) -> bool:
    """A word of Dutch, English or French that is not a name: the model's span took it along ('Marjolein huilde',
    'Korte notities', 'Some news', 'La maman'). Written in lower case a common word that the lists do not know as
    a name is; capitalised at a sentence start only a Dutch word the lists do not know as a name, or a very common
    English or French one, or a compound of two Dutch words ('Slaapritueel Noor')."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    named = word in lex.first_names or word in lex.surnames or word in lex.places
    # The English and French lists load only for a word that Dutch does not settle (each list is tens of MB).
    dutch = zipf_frequency(word, "nl")
    if written_lower:  # an unknown word in lower case may be a name typed so ('amira en zuzka')
        return word in lex.common or not named and (dutch >= 2.5 or _foreign(word) >= 2.5)
    if (word in lex.common or word in lex.never) and word not in folded_words("name_words"):
        return True
    if named:
        return False
    return dutch >= 3.3 or compound_of_words(word) or _foreign(word) >= 5.0


def _foreign(word: str) -> float:
    """How common ``word`` is in English or French (Zipf scale), whichever is higher."""
    from casusprep.nlp.frequency import zipf_frequency

    return max(zipf_frequency(word, "en"), zipf_frequency(word, "fr"))


def _word(token: str) -> str:
    """The word of a token, also of an abbreviation the tokenizer kept with its dot ('Betr.'); '' for anything else."""
    word = token[:-1] if token.endswith(".") else token
    return word if word.isalpha() else ""


def _trimmed(ent, text: str):
    """A person ``ent`` without the ordinary words at its edges, or None when nothing is left. A capitalised word is
    dropped only as a sentence's first word (one inside may be a surname). A place or an organisation is dropped
    when it is all ordinary words ('La famille') and else stays whole ('Rue Royale 12')."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (
        doc[start].is_punct
        or _word(doc[start].text)
        and _ordinary(fold(_word(doc[start].text)), doc[start].text.islower())
        and (
            doc[start].text.islower()
            or start == ent.start
            and not doc[start].text.isupper()  # AD, TVG: initials
            and starts_sentence(text, doc[start].idx, _CELL_ENDS, _OPENERS)
        )
    ):
        start += 1
    while (
        end > start
        and doc[end - 1].is_alpha
        and doc[end - 1].text.islower()
        and _ordinary(fold(doc[end - 1].text), True)
    ):
        end -= 1
    if not any(c.isalpha() for t in doc[start:end] for c in t.text):
        return None
    if ent.label_ != "PER":
        return ent  # a place or an organisation that is not all ordinary words stays whole
    return ent if (start, end) == (ent.start, ent.end) else doc[start:end]


def _initials(text: str) -> bool:
    """Capitals with dots or hyphens ('R.VdV.', 'M.-L.'), not a number or a clitic ('2e', "'s")."""
    return any(c.isupper() for c in text) and not any(c.isdigit() for c in text)


def _spoken_word(words: list[str], lex) -> bool:
    """One word that names a language, a nationality or a dialect (Peruaans, Hongaarse), not a listed name."""
    return len(words) == 1 and words[0].endswith(_ADJECTIVE_ENDINGS) and not _listed(words[0], lex)


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
        written = _name_words(ent)
        if not written or all(w in _acronyms() for w in written):
            continue  # VDAB, OKAN: acronyms of services and terms; 'J.', 'p. 27': no word at all
        trimmed = _trimmed(ent, text)
        if trimmed is None:
            continue
        opened = trimmed.start != ent.start
        if trimmed is not ent and not any(t.is_alpha for t in trimmed) and _initials(trimmed.text):
            # What the model took along is gone and initials are left ('Getekend K.VdB.'): the model's person.
            out.append(Detection(trimmed.start_char, trimmed.end_char, "PERSON", 0.8, "spacy_model"))
            continue
        ent = trimmed
        words = [fold(w) for w in _name_words(ent)]
        folded = fold(ent.text)
        if not words or all(w in lex.never or w in lex.roles for w in words) or folded in lex.services:
            continue
        if folded in lex.countries:
            continue  # countries are never personal data (one-word ones are in ``never`` already)
        if not ent.text[:1].isupper():
            if not _lower_case_name(ent, words, lex, _line_without_capitals(text, ent.start_char, ent.end_char)):
                continue  # names are written with a capital; most lower-case hits are ordinary words
        elif ent.text.isupper() and len(ent.text) <= 3 and not opened and not _capital_initials(ent):
            continue  # capitals that are no one's initials (a service, a term)
        if len(ent) == 1 and (words[0].endswith(("isch", "ische", "se")) and ent.label_ != "PER"):
            continue  # nationality adjectives (Syrische, Marokkaanse) are not places
        if ent.label_ == "PER" and _spoken_word(words, lex):
            continue
        # After a dropped first word ('Notitie Veerle') the name's capital is no sentence start's.
        opening = not opened and (
            starts_sentence(text, ent.start_char, _ENDS, _OPENERS)
            or _starts_quotation(text, ent.start_char, ent.end_char)
        )
        if (
            len(ent) == 1
            and ent.label_ == "PER"
            and opening
            and words[0] in lex.common
            and words[0] not in folded_words("name_words")
        ):
            continue  # 'Jullie vroegen', 'Zou jij': a common word opens the sentence
        if (
            len(ent) == 1
            and ent.label_ == "PER"
            and opening
            and not _listed(words[0], lex)
            and not _capital_initials(ent)
        ):
            # A capital at the start of a sentence or of a quotation says nothing; an unknown word there is rarely
            # a name. A name the note also writes mid-sentence is still found everywhere through the engine's known
            # names.
            continue
        start, end = ent.start_char, ent.end_char
        if len(ent) > 1 and fold(ent[0].text) in lex.roles:  # "mama Sara" -> "Sara"
            start = ent[1].idx
        if ent[-1].text.endswith(("'s", "’s")) and len(ent[-1].text) > 2:
            end -= 2  # "Lina's knuffel": the possessive stays in the text
        out.append(Detection(start, end, kind[0], 0.8, "spacy_model", replacement=kind[1]))
    return out
