"""Named institutions without a type word, found by what the sentence says of them: a workplace ('werkt bij
Deprez', 'in dienst bij Van Hool'), a club ('lid van Sparta', 'speelt bij Racing Mechelen'), a shop ('bij
Bolle gekocht') or a school or opvang ('zit op De Wingerd', 'gaat naar Het Anker').

The phrases are data (vocabulary ``institution_contexts``: strong ones take any capitalised name after them;
``institution_prepositions``: after a bare 'naar', 'bij', 'op' only a name opened by a capitalised article, De
Regenboog). What the text keeps (brands, services, countries, regions) stays; a place or a first name is left to
the place and person recognizers.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection, Token
from casusprep.anonymise.vocabulary import vocabulary

NAME = "institution"
_ARTICLES = frozenset({"De", "Het", "'t", "’t", "Den", "Ter", "Ten"})
# Small words inside a name: Van Hool, Maison de la Presse (not 'in' or 'op': 'De Wingerd in Brugge').
_INNER = frozenset({"van", "de", "der", "den", "het", "t", "'t", "ter", "ten", "la", "le", "du", "des", "d", "en",
                    "of", "and", "for"})  # fmt: skip
_LOWER_ARTICLES = frozenset({"de", "het", "t", "'t", "den"})
_MAX_WORDS = 4


@cache
def _contexts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The strong phrases by their last word (every capitalised token asks: one lookup, mostly a miss)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in vocabulary().institution_contexts:
        words = tuple(fold(w) for w in p.split())
        out.setdefault(words[-1], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _prepositions() -> frozenset[str]:
    return folded_words("institution_prepositions")


@cache
def _openers() -> frozenset[str]:
    return folded_words("institution_openers")


@cache
def _keep() -> frozenset[str]:
    voc = vocabulary()
    return frozenset(fold(w) for w in [*voc.keep, *voc.generic_services, *voc.regions, *voc.countries])


@cache
def _verbs() -> frozenset[str]:
    return folded_words("institution_verbs")


@lru_cache(maxsize=20_000)
def _unknown_word(folded: str) -> bool:
    """A lower-case word no list knows and wordfreq hardly: a firm's name typed without capitals ('bij plastix')."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    known = (lex.common, lex.never, lex.roles, lex.places, lex.first_names, lex.countries, _keep())
    return len(folded) >= 4 and not any(folded in words for words in known) and zipf_frequency(folded, "nl") < 1.5


@lru_cache(maxsize=20_000)
def _lower_firm(folded: str) -> bool:
    """A lower-case word after a word of working that names the firm: a chain the text keeps in ordinary use
    ('werkt bij bpost') or a word Dutch hardly knows ('werkt bij imec'), not a word of the sentence."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if folded in folded_words("chains"):
        return True
    known = (lex.common, lex.never, lex.roles, lex.places, lex.first_names, lex.countries, _keep())
    return len(folded) >= 3 and not any(folded in words for words in known) and zipf_frequency(folded, "nl") < 2.5


@cache
def _employer_words() -> frozenset[str]:
    return folded_words("employer_words")


@cache
def _services() -> frozenset[str]:
    voc = vocabulary()
    return frozenset(fold(w) for w in [*voc.generic_services, *voc.regions, *voc.countries])


def _bare(toks: list[Token], i: int, text: str) -> int:
    """The index of the word before toks[i] once a lower-case article is passed ('werkt bij de Slovak ...')."""
    k = i - 1
    if k > 0 and toks[k].text in _LOWER_ARTICLES and text[toks[k].end : toks[i].start] == " ":
        return k
    return i


def _label_before(toks: list[Token], i: int, text: str) -> int:
    """The index after a label word before a colon ('werkgever: X', 'werkgever papa: X', 'Werkgever van mama: X'),
    so that the phrase before the colon is read as the phrase before the name; ``i`` when there is none."""
    if text[toks[i - 1].end : toks[i].start].strip() != ":":
        return i
    k = i - 1
    lex = lexicon()
    for _ in range(2):
        if k > 0 and (toks[k].folded in lex.roles or toks[k].folded == "van"):
            k -= 1
    return k + 1 if k < i - 1 else i


def _employer(toks: list[Token], i: int, text: str) -> str:
    """The word before toks[i] when it names someone's workplace, '' when not: right after a word of working
    ('interimkantoor X', 'werkgever: X'), or after 'bij', 'voor', 'in' or 'via' a few words after one ('werkt sinds
    kort bij X', 'werkt bij de X', 'werkt in de X'), or 'van' after a workplace of the firm ('werkt in een
    magazijn van X')."""
    i = _label_before(toks, i, text)
    i = _bare(toks, i, text)
    if i < 1:
        return ""
    if toks[i - 1].folded in _employer_words():
        gap = text[toks[i - 1].end : toks[i].start]
        # right after it, not across a number ('werk" – 02 529 14 80 (X': a phone list, X its provider)
        return toks[i - 1].folded if len(gap) <= 3 and not any(c.isdigit() for c in gap) else ""
    word = toks[i - 1].folded
    if _part_of(toks, i, text):
        i -= 3  # 'werkt 's nachts in een magazijn van X': the firm a workplace is part of
    elif word not in ("bij", "voor", "in", "via"):
        return ""
    for k in range(i - 2, max(-1, i - 7), -1):
        gap = text[toks[k].end : toks[k + 1].start]
        if any(c in gap for c in "\n.;:"):
            return ""
        if toks[k].folded in _employer_words():
            return word
    return ""


def _part_of(toks: list[Token], i: int, text: str) -> bool:
    """Whether toks[i] follows 'in', 'bij' or 'voor', an article and a noun in lower case, and 'van' ('in de keuken van
    X', 'bij de poetsdienst van X'): then X is whom the place belongs to, someone's workplace after a word of
    working."""
    if i < 5 or toks[i - 1].folded != "van" or not toks[i - 2].text.islower():
        return False
    words = [toks[k].folded for k in range(i - 4, i - 1)]
    spaced = all(text[toks[k].end : toks[k + 1].start] == " " for k in range(i - 4, i))
    return spaced and words[0] in ("in", "bij", "voor") and words[1] in ("de", "het", "een", "t", "'t")


def _after_phrase(toks: list[Token], i: int, text: str) -> bool:
    """Whether toks[i] comes right after one of the strong phrases, or after 'bij'/'voor' a few words after a
    verb of working, sport or buying ('werkt als poetsvrouw bij X', 'speelt al twee jaar voor X'); a person's
    role may stand between a label and its colon ('werkgever papa: X')."""
    i = _label_before(toks, i, text)
    if i < 1:
        return False
    for phrase in _contexts().get(toks[i - 1].folded, ()):
        n = len(phrase)
        if i >= n and all(toks[i - n + k].folded == w for k, w in enumerate(phrase)):
            return True
    if toks[i - 1].folded not in ("bij", "voor"):
        return False
    for k in range(i - 2, max(-1, i - 7), -1):
        gap = text[toks[k].end : toks[k + 1].start]
        if any(c in gap for c in "\n.;:"):
            return False
        if toks[k].folded in _verbs():
            return True
    return False


def _name_end(toks: list[Token], i: int, text: str) -> int:
    """Index after the capitalised name starting at toks[i] (particles and '&' between its words)."""
    j = i + 1
    while j < len(toks) and j - i < _MAX_WORDS:
        gap = text[toks[j - 1].end : toks[j].start]
        if gap not in (" ", " & ", "-") or toks[j].sentence_start:
            break
        if toks[j].text[:1].isupper() or toks[j].folded in _INNER and j + 1 < len(toks) and toks[j + 1].capitalised:
            j += 1
            continue
        break
    while j - 1 > i and toks[j - 1].folded in _INNER:
        j -= 1
    return j


def _kept_employer(name: str, core: list[str]) -> bool:
    """A kept name that is a firm, a chain or an agency someone works for (Colruyt, De Lijn, a brand with its
    branch: 'Lidl Kontich'), not a public service every town has (het OCMW, Kind en Gezin) or a region."""
    keep = folded_words("keep")
    kept = name in keep or core[0] in keep or " ".join(core[:2]) in keep
    return kept and name not in _services() and core[0] not in _services()


@lru_cache(maxsize=20_000)
def _kept_compound(folded: str) -> bool:
    """A word made on a kept word ('Sinterklaasfeestje', 'Pokémonkaart'): a feast or a thing, not a place's name."""
    return any(len(k) >= 5 and folded.startswith(k) and folded != k for k in _kept_words())


@cache
def _kept_words() -> frozenset[str]:
    return frozenset(k for k in folded_words("keep") if " " not in k)


def _plural(folded: str) -> bool:
    """Whether a word looks like a plural, as a group's name is ('Kikkers', 'Egeltjes', "Koala's"): an -s after a
    consonant or an apostrophe, not after a vowel as in a place's own name ('Zonnehuis', 'Het Bos')."""
    return folded.endswith(("jes", "ies")) or len(folded) > 2 and folded.endswith("s") and folded[-2] not in "aeiouy"


def _own_bracket(toks: list[Token], i: int, j: int, text: str) -> bool:
    """Whether the name from toks[i] to toks[j] fills its brackets and is a place's own name: not a group (the
    plural 'De Vlinders'), a surname ('De Smet'), a place ('De Panne') or a kept phrase ('De Lijn')."""
    lex = lexicon()
    words = [toks[k].folded for k in range(i, j)]
    core = [w for w in words if w not in _INNER]
    if not core or text[toks[j - 1].end : toks[j - 1].end + 1] != ")" or _plural(core[-1]):
        return False
    name = " ".join(words)
    if name in lex.places or name in lex.surnames or name in _keep() or " ".join(core) in lex.surnames:
        return False
    return not any(w in lex.surnames or w in lex.first_names or w in lex.places for w in core)


_BRACKET_LABEL = re.compile(r"\([ \t]*[\w.'’-]+(?:[ \t]+[\w.'’-]+)?,[ \t]*$")


def _after_bracketed_label(toks: list[Token], i: int, text: str) -> bool:
    """Whether toks[i] follows an opening bracket, one or two words and a comma ('(IM, ', '(verantw., '): a list of
    those present gives each one's initials or role and then the place they come from."""
    start = toks[i].start - (text[toks[i].start - 1 : toks[i].start] in ("'", "’"))
    return _BRACKET_LABEL.search(text, max(0, start - 30), start) is not None


_ADDRESS_AFTER = re.compile(
    r",[ \t]*(?:(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z]?[\w'’-]*[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]*bus[ \t]*\d+)?[ \t]*,[ \t]*)?"
    r"(?:[1-9]\d{3}[ \t]+)?([A-Z][\w'’-]+)"
)
_LINE_OPENING = re.compile(r"(?:^|\n|[ \t][–—][ \t])[ \t]*$")


def _addressed(toks: list[Token], text: str) -> list[Detection]:
    """A name opened by a capitalised article that opens a line or follows a dash, with its address or town after
    a comma ('Het Klaverblad, Dorpsstraat 3, 8500 Kortrijk' under a signature, '– 't Nestje, Deurne'): a place's
    name as a letterhead writes it. Not a group (plural), a surname (De Smet) or a kept phrase."""
    lex = lexicon()
    out: list[Detection] = []
    for i, t in enumerate(toks):
        elided = t.folded == "t" and text[t.start - 1 : t.start] in ("'", "’")
        if not (t.text in _ARTICLES or elided) or i + 1 >= len(toks) or not toks[i + 1].capitalised:
            continue
        opening = t.start - elided
        if not _LINE_OPENING.search(text, max(0, opening - 4), opening):
            continue
        j = _name_end(toks, i, text)
        if j < i + 2 or text[toks[j - 1].end : toks[j - 1].end + 1] != ",":
            continue
        m = _ADDRESS_AFTER.match(text, toks[j - 1].end)
        if m is None or fold(m.group(1)) not in lex.places:
            continue
        words = [toks[k].folded for k in range(i, j)]
        core = [w for w in words if w not in _INNER]
        if not core or _plural(core[-1]) or " ".join(words) in lex.surnames or " ".join(core) in lex.surnames:
            continue
        if " ".join(words) in lex.places or " ".join(words) in _keep() or any(w in lex.first_names for w in core):
            continue
        out.append(Detection(opening, toks[j - 1].end, "ORGANIZATION", 0.7, NAME, replacement="[organisatie]",
                             meta={"named": True}))  # fmt: skip
    return out


# Where a clause ends after a town: the line's or the sentence's end, a comma, a bracket, a dash, a question.
_TOWN_CLOSES = re.compile(r"[ \t]*(?:$|[,;:)\]\n?]|[.!](?!\w)| [–—-] | \()")


def _named_before_town(toks: list[Token], text: str) -> list[Detection]:
    """A name opened by a capitalised article and its town right after it, where a clause ends ('– De Kolibrie
    Kuringen' in a heading, "nieuwe opvang: 't Roefeltje Linden.", 'of 't Vlindertje Ternat'): a place of care or
    school told from others of that name by its town, as a letterhead writes it; the two go as one, and the name
    alone elsewhere in the note goes too. Not a group (plural), a surname (De Smet), a place (De Panne), a street
    or a kept phrase (De Lijn)."""
    lex = lexicon()
    out: list[Detection] = []
    for i, t in enumerate(toks):
        elided = t.folded == "t" and text[t.start - 1 : t.start] in ("'", "’")
        if not (t.text in _ARTICLES or elided) or i + 2 >= len(toks) or not toks[i + 1].capitalised:
            continue
        j = _name_end(toks, i, text)
        town = toks[j - 1]
        if j < i + 3 or town.folded not in lex.places or town.folded in lex.first_names:
            continue
        if text[toks[j - 2].end : town.start] != " " or _TOWN_CLOSES.match(text, town.end) is None:
            continue
        words = [toks[k].folded for k in range(i, j - 1)]
        core = [w for w in words if w not in _INNER]
        name = " ".join(words)
        if not core or _plural(core[-1]) or name in lex.surnames or " ".join(core) in lex.surnames:
            continue
        if name in lex.places or name in _keep() or " ".join(core) in _keep() or name in lex.streets:
            continue
        if any(w in lex.first_names or w in lex.places or w in lex.roles or w in lex.streets for w in core):
            continue
        # the town goes with the name, as a branch's does; the name alone is looked for elsewhere in the note
        own = text[t.start - elided : toks[j - 2].end]
        out.append(Detection(t.start - elided, town.end, "ORGANIZATION", 0.75, NAME, replacement="[organisatie]",
                             meta={"named": True, "own_name": own}))  # fmt: skip
    return out


def _everyday(folded: str) -> bool:
    """Whether a cell holds only everyday words, as an answer does ('Ja', 'Nog niet', 'Onbekend'), not a name."""
    from casusprep.nlp.frequency import zipf_frequency

    words = [w for w in re.findall(r"[^\W\d_]+", folded) if w not in _LOWER_ARTICLES]
    return all(zipf_frequency(w, "nl") >= 4.5 for w in words)


_TABLE_RULE = re.compile(r"[\s|:+-]*")


def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    """A table row's cells between bars, each with its offset in the text, stripped of spaces."""
    out, start = [], 0
    for part in line.split("|"):
        stripped = part.strip()
        out.append((stripped, offset + start + (part.find(stripped) if stripped else 0)))
        start += len(part) + 1
    return out


def _column_of_places(text: str) -> list[Detection]:
    """The cells under a table's heading (its first row, labels without digits) that names a kind of place
    ('voorkeur opvang', 'school', 'kdv'): each capitalised cell in that column is a place's name, however ordinary
    or kept its words elsewhere ('Klein Duimpje' as a kdv on a waiting list). Not a public service, a region, a
    town or an answer, and no cell with digits."""
    from casusprep.anonymise.recognizers.institutions import type_placeholder

    lex = lexicon()
    out: list[Detection] = []
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((line, offset))
        offset += len(line) + 1
    n = 0
    while n < len(lines):
        line, off = lines[n]
        n += 1
        after_row = n >= 2 and lines[n - 2][0].count("|") >= 2
        if line.count("|") < 2 or after_row or any(ch.isdigit() for ch in line):
            continue  # a heading opens its table and holds labels, no numbers ('Sint-X basisschool | Straat 3')
        heading = _cells(line, off)
        columns = {}
        for c, (cell, _) in enumerate(heading):
            words = cell.split()
            placeholder = type_placeholder(fold(words[-1])) if words and len(words) <= 3 else None
            if placeholder and words[-1].isalpha() and fold(words[-1]) not in ("bv", "nv", "vzw"):
                columns[c] = placeholder
        while n < len(lines) and lines[n][0].count("|") == line.count("|"):
            row, row_off = lines[n]
            n += 1
            if not columns or _TABLE_RULE.fullmatch(row):
                continue
            cells = _cells(row, row_off)
            for c, placeholder in columns.items():
                cell, start = cells[c]
                folded = fold(cell)
                if not cell[:1].isupper() or any(ch.isdigit() for ch in cell) or len(cell.split()) > 5:
                    continue
                if folded in _services() or folded in lex.places or folded in lex.services or _everyday(folded):
                    continue  # 'CLB', 'Gent', 'Nog niet', 'Ja': a service, a town or an answer
                out.append(Detection(start, start + len(cell), "ORGANIZATION", 0.75, NAME, replacement=placeholder,
                                     meta={"named": True}))  # fmt: skip
    return out


def find(toks: list[Token], text: str) -> list[Detection]:
    lex = lexicon()
    out: list[Detection] = _addressed(toks, text) + _named_before_town(toks, text) + _column_of_places(text)
    for i, t in enumerate(toks):
        if i == 0 or "\n" in text[toks[i - 1].end : t.start]:
            continue
        # "bij 't Sloeberhuis": the apostrophe is no part of the token, so the article is read as 't' here
        elided = t.folded == "t" and text[t.start - 1 : t.start] in ("'", "’")
        if not t.capitalised and not elided:
            # right after 'bij', 'voor' or 'via' ('werkt bij imec'); after 'werkgever:' a word in lower case is as
            # often the job ('werkgever: heftruckchauffeur, X')
            after_at = toks[i - 1].folded in ("bij", "voor", "via")
            lower_firm = _unknown_word(t.folded) or after_at and _employer(toks, i, text) and _lower_firm(t.folded)
            if t.text.islower() and lower_firm and _after_phrase(toks, i, text):
                # 'werkt toch bij budgo': a name typed in lower case that no list or wordfreq knows
                chain = {"named": True} if t.folded in folded_words("chains") else {}  # kept elsewhere, not here
                out.append(
                    Detection(t.start, t.end, "ORGANIZATION", 0.65, NAME, replacement="[organisatie]", meta=chain)
                )
            continue
        after_colon = text[toks[i - 1].end : t.start].strip() == ":"  # 'werkgever: X'
        # A quotation mark opens no sentence after a word in lower case: 'onze locatie "Het Speelkasteel"'.
        quoted = text[toks[i - 1].end : t.start].strip() in ('"', "“", "'", "‘") and toks[i - 1].text.islower()
        opened = (t.text in _ARTICLES or elided) and i + 1 < len(toks) and toks[i + 1].capitalised
        if t.sentence_start and not (after_colon or quoted) or elided and not opened:
            continue
        strong = _after_phrase(toks, i, text)
        employer = _employer(toks, i, text)
        # 'pedagogisch coach De Bijenkorf', 'onze locatie "Het Speelkasteel"' (not 'coach De Smet': a surname)
        after_opener = (
            opened
            and toks[i - 1].folded in _openers()
            and toks[i + 1].folded not in lex.surnames
            and not _plural(toks[i + 1].folded)  # 'coach De Kikkers': a group of the opvang
        )
        preposition = opened and toks[i - 1].folded in _prepositions() and not after_colon
        # 'Casus Liam (De Pimpernel)': a name opened by an article alone in brackets after someone is where they go
        bracketed = opened and text[toks[i - 1].end : t.start].rstrip("'’").strip() == "("
        # 'Ingrid X (IX, Het Speelkasteel)': after someone's initials or role in brackets, where they work
        bracketed = bracketed or opened and _after_bracketed_label(toks, i, text)
        if not (strong or employer or preposition or after_opener or bracketed):
            continue
        j = _name_end(toks, i, text)
        if bracketed and not (strong or employer or preposition or after_opener) and not _own_bracket(toks, i, j, text):
            continue
        words = [toks[k].folded for k in range(i, j)]
        name = " ".join(words)
        core = [w for w in words if w not in _INNER]
        if employer == "van" and all(w in lex.surnames or w in lex.first_names or w in _INNER for w in words):
            continue  # 'werkt in de tuin van De Smet': whose garden, a person's
        # Right after a word of working ('interimkantoor X', 'werkgever: X') even a region's name is the firm's, and
        # after 'bij' or 'via' one: one works in a region, not at it ('werkt als uitzendkracht bij X').
        at = employer in _employer_words() or employer in ("bij", "via")
        direct = at and name in folded_words("regions")
        if core and employer and (_kept_employer(name, core) or direct):
            # 'werkt bij Colruyt in Wilsele', 'werkte bij Lidl Kontich': a brand is kept, someone's workplace not
            out.append(Detection(t.start - elided, toks[j - 1].end, "ORGANIZATION", 0.7, NAME,
                                 replacement="[organisatie]", meta={"named": True}))  # fmt: skip
            continue
        if not (strong or opened or employer and employer != "in"):
            continue  # 'werkt in X' is as often a place or a ward as a workplace
        # After a word of working a kept word further in the name is the firm's ('werkgever: X Cars Gent'); a kept
        # name itself or one opened by a kept word was weighed above.
        # A region opening a longer name is a firm's or a non-profit's name ('bij Kempen Groenten', 'via Waasland
        # Welzijn'), as a kept word further in it is after a word of working.
        regional = len(core) > 1 and core[0] in folded_words("regions")
        # after a strong phrase an everyday word may follow the region ('faillissement van Kempen Fruit')
        regional = regional and not any(
            w in _keep() or w in lex.places or w in lex.common and not strong for w in core[1:]
        )
        kept_core = any(w in _keep() for w in core[: 1 if employer else None])
        if not core or name in _keep() or kept_core and not regional or _kept_compound(core[0]):
            continue
        if name in lex.places or words[0] in _LOWER_ARTICLES and " ".join(words[1:]) in lex.places:
            continue  # 'op 't Kiel': a quarter's name with its article
        if len(words) == 1 and (core[0] in lex.places or core[0] in lex.never or core[0] in lex.first_names):
            continue  # 'werkt in Gent', 'lid van Chiro', 'bij Sara': another recognizer's, or nothing
        if all(w in lex.common or w in lex.roles for w in core):
            continue
        # 'WERK: X TRUCKS': right after a word of working a name in capitals is the firm's, ordinary words or not
        capitals = employer in _employer_words() and text[t.start : toks[j - 1].end].isupper()
        out.append(Detection(t.start - elided, toks[j - 1].end, "ORGANIZATION", 0.7, NAME, replacement="[organisatie]",
                             meta={"named": True} if capitals else {}))  # fmt: skip
    return out
