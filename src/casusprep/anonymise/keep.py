"""What must stay although a recognizer or the model takes it for a name: children's culture, toys, brands,
games, feast days and public services (vocabulary ``keep``), a pet's or a cuddly toy's name ('onze hond Max'),
a word in capitals (DRINGEND) and the name of a group in the opvang ('bij de Vlinders').

A registered person's name and what the coach marked are never kept here: only guesses are dropped.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import replace
from functools import cache, lru_cache

from casusprep.anonymise import kept_structures as structures
from casusprep.anonymise.detection import Detection
from casusprep.anonymise.lexicon import compound_of_common, compound_of_words, fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Token, alternation, starts_sentence
from casusprep.anonymise.vocabulary import vocabulary

_SURE = frozenset({"registered_persons", "extra", "indirect", "email", "url", "iban", "rijksregisternummer", "phone",
                   "date", "address", "postcode_place", "dossier_number", "labelled_number", "identity_card",
                   "licence_plate",
                   "licence_plate_foreign", "handle", "handle_underscore", "handle_numbered",
                   "handle_dotted"})  # fmt: skip
_GUESSES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "ADDRESS"})


_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@cache
def _phrases(section: str = "keep") -> tuple[dict[str, list[tuple[str, ...]]], re.Pattern[str] | None]:
    """Phrases to keep (vocabulary ``keep``, or another section) by their first folded word, as word tuples; the
    few that words alone do not spell (K3, Disney+, Bol.com) go into one small expression instead."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    irregular = []
    for phrase in {p.strip() for p in getattr(vocabulary(), section) if p.strip()}:
        words = tuple(fold(w) for w in _WORD.findall(phrase))
        if not words or any(not (c.isalpha() or c in " -'’") for c in phrase):
            irregular.append(phrase)
            continue
        by_first.setdefault(words[0], []).append(words)
    for phrases in by_first.values():
        phrases.sort(key=len, reverse=True)
    pattern = re.compile(r"(?i)(?<![\w-])(?:" + alternation(irregular) + r")(?![\w-])") if irregular else None
    return by_first, pattern


def _glued_end(tok: Token, word: str) -> int | None:
    """The end of a token that glues lower-case words to a phrase's last word with a hyphen ('Bij-dvd' of 'Maya de
    Bij-dvd', 'Sint-Maarten-lampion'): the phrase is the first part of a compound, and the compound stays whole."""
    pieces = tok.text.split("-")
    n = word.count("-") + 1
    if len(pieces) <= n or fold("-".join(pieces[:n])) != word:
        return None
    if not all(p.isalpha() and p.islower() for p in pieces[n:]):
        return None
    return tok.end


def keep_spans(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Where the text names something to keep (vocabulary ``keep``), whatever its capitals, also as the first part
    of a compound ('de Maya de Bij-dvd'); a service with the province or the region it serves ('Pleegzorg
    Oost-Vlaanderen') and a service's name of ordinary words after its kind ('Dienst Spoedgevallen')."""
    spans = _listed_phrases(text, toks, "keep")
    spans += _served_areas(text, toks, spans)
    spans += _service_names(text, toks)
    spans += _departments(text)
    return spans


# A department of a university or a firm as an English signature writes it ('Dept. of Chemistry', 'Faculty of
# Medicine and Health Sciences').
_DEPARTMENT = re.compile(
    r"(?<![\w.])(?:Dept\.|Department|Faculty|Division|Laboratory|Lab|School|Institute)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"[A-Z][a-z]+(?:[ \t]+(?:and|&|of)?[ \t]*[A-Z][a-z]+){0,3}"
)


def _departments(text: str) -> list[tuple[int, int]]:
    """A department named by its field after 'Dept. of', 'Faculty of' ('Dept. of Chemistry'): every capitalised word
    of the field a common English word and no listed name or place, so it says what is studied, not who."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    out = []
    for m in _DEPARTMENT.finditer(text):
        field = re.split(r"[ \t]+of[ \t]+(?:the[ \t]+)?", m.group(0), maxsplit=1)[1]
        words = [w for w in _WORD.findall(field) if w[:1].isupper()]
        if all(
            zipf_frequency(w.lower(), "en") >= 3.0 and fold(w) not in lex.first_names and fold(w) not in lex.places
            for w in words
        ):
            out.append(m.span())
    return out


def country_spans(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Where the text names a country or a region (vocabulary ``countries``): a person guess that took one along
    ('Herat Afghanistan') leaves it in the text. Not kept phrases: 'Mariela ... from Peru' is no song from a film."""
    return _listed_phrases(text, toks, "countries")


def _listed_phrases(text: str, toks: list[Token], section: str) -> list[tuple[int, int]]:
    by_first, irregular = _phrases(section)
    spans = []
    for i, t in enumerate(toks):
        for words in by_first.get(t.folded, ()):
            end = i + len(words)
            if end > len(toks) or not all(toks[i + k].folded == w for k, w in enumerate(words[:-1])):
                continue
            last = toks[end - 1]
            stop = last.end if last.folded == words[-1] else _glued_end(last, words[-1])
            if stop is not None:
                spans.append((t.start, stop))
                break
    if irregular is not None:
        spans += [(m.start(), m.end()) for m in irregular.finditer(text)]
    return spans


# Provinces named like their capital: only with the word 'Provincie' before them are they the province.
_PROVINCES_AS_CITIES = ("Antwerpen", "Luik", "Namen", "Luxemburg")


@cache
def _whole_regions() -> dict[str, list[tuple[str, ...]]]:
    """The communities, regions, provinces and countries a service may serve whole (vocabulary ``whole_regions`` and
    ``provinces``), as folded word tuples by their first word. A province of a million people says no more of where
    a family lives than the region does ('Pleegzorg Limburg', 'Vertrouwenscentrum Kindermishandeling
    Oost-Vlaanderen'); a province named like its capital ('Antwerpen') is not in the list, as 'CAW Antwerpen' is the
    city's branch."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    voc = vocabulary()
    for name in [*voc.whole_regions, *voc.provinces, *(f"Provincie {p}" for p in _PROVINCES_AS_CITIES)]:
        words = tuple(fold(w) for w in _WORD.findall(name))
        by_first.setdefault(words[0], []).append(words)
    return by_first


def _served_areas(text: str, toks: list[Token], kept: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A kept service or a generic one right before the whole community, province or country it serves ('Pleegzorg
    Vlaanderen', 'Kind en Gezin Vlaanderen', 'Pleegzorg Limburg'): that says nothing of where a family lives, so the
    two stay together. A town ('CAW Gent') after a service names the branch and goes."""
    regions = _whole_regions()
    services = lexicon().services
    ends = {b for _, b in kept}
    out = []
    for i, t in enumerate(toks):
        if i == 0 or not t.capitalised or t.folded not in regions or text[toks[i - 1].end : t.start] != " ":
            continue
        for words in regions[t.folded]:
            end = i + len(words)
            if end > len(toks) or any(toks[i + k].folded != w for k, w in enumerate(words)):
                continue
            prev = toks[i - 1]
            start = next((a for a, b in kept if b == prev.end), None) if prev.end in ends else None
            for n in (1, 2, 3, 4):  # a generic service of up to four words before it ('kind en gezin')
                if start is None and i - n >= 0 and " ".join(x.folded for x in toks[i - n : i]) in services:
                    start = toks[i - n].start
            if start is not None:
                out.append((start, toks[end - 1].end))
            break
    return out


@cache
def _service_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """The words of a service's kind (vocabulary ``service_kinds``) and those that need 'voor' after them
    (``service_kinds_for``)."""
    kinds = frozenset(fold(w) for w in vocabulary().service_kinds)
    return kinds, frozenset(fold(w) for w in vocabulary().service_kinds_for)


_FOR = frozenset({"voor", "for", "pour"})
_NAME_LINKS = frozenset({"en", "voor", "van", "de", "het", "der", "of", "and", "for", "et", "pour", "la", "le"})


@lru_cache(maxsize=20_000)
def _service_word(word: str) -> bool:
    """A capitalised word that can be part of a service's name of ordinary words: a Dutch word (as common as a
    word, not as a name, is) or a compound of two, that no name or place list knows."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    if len(folded) < 3 or not folded.isalpha() or folded in lex.first_names or folded in lex.places:
        return False
    if folded in lex.countries or _AREA_END.search(folded):
        return False  # an area ('Waasland', 'Leiestreek', 'Dijleland') names a branch or an organisation's own name
    if folded in lex.surnames:  # a surname list holds many words ('Werken'); only a very common one is the word
        return zipf_frequency(folded, "nl") >= 4.5
    if zipf_frequency(folded, "en") > zipf_frequency(folded, "nl"):
        return False  # an English or a foreign word ('Midwest') is a name's part in a Dutch service's name
    if zipf_frequency(folded, "nl") >= 3.0:
        return True
    return compound_of_common(folded) and zipf_frequency(folded, "nl") >= 2.0 and not _place_compound(folded)


def _place_compound(folded: str) -> bool:
    """A compound with a listed place in it ('Duinbergen' holds Bergen): a sub-municipality's or a hamlet's name
    that no place list holds whole."""
    places = lexicon().places
    return any(folded[:cut] in places or folded[cut:] in places for cut in range(4, len(folded) - 3))


# How the names of Flemish areas end ('Leiestreek', 'Meetjesland', 'Haspengouw', 'Noorderkempen', 'Kempen').
_AREA_END = re.compile(r"(?:land|streek|gouw|rand|kempen|hoek|kant|vallei|regio|zone)$")


def _service_names(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """A service named by its kind and ordinary words ('Dienst Spoedgevallen', 'Agentschap Zorg en Gezondheid',
    'zorgteam Vroege Hulp', 'Centrum voor Ontwikkelingsstoornissen'): every capitalised word after the kind is an
    ordinary word, so the name says what the service does, not who or where it is. A name or a place in it ends
    the phrase before it ('Dienst Welzijn Peeters' keeps 'Dienst Welzijn')."""
    kinds, needing_for = _service_kinds()
    out = []
    for i, t in enumerate(toks):
        kind = t.folded in kinds
        if t.capitalised and t.folded in needing_for and i + 1 < len(toks) and toks[i + 1].folded in _FOR:
            kind = True  # 'Centrum voor ...', 'Fonds voor ...'; not 'vanuit huis voor Rabobank'

        if not kind:
            continue
        j, last = i + 1, None
        while j < len(toks) and text[toks[j - 1].end : toks[j].start] == " ":
            nt = toks[j]
            if nt.folded in _NAME_LINKS and not nt.capitalised or nt.folded in _FOR:
                j += 1
                continue
            if not nt.capitalised or nt.text.isupper() or not _service_word(nt.text):
                break
            last = j
            j += 1
        if last is not None:
            out.append((t.start, toks[last].end))
    return out


@cache
def _pet_before() -> re.Pattern[str]:
    """A pet or toy word, also at the end of a compound in lower case ('knuffelhond', 'speelgoedkonijn'; not a
    name such as 'De Speelvogel'), right before a name."""
    words = alternation(vocabulary().pet_words)
    return re.compile(
        rf"(?i)(?<!\w)(?-i:[a-zà-öø-ÿ]{{3,}})?(?:{words})(?:\s+(?:genaamd|heet|heette|noemt|die|met\s+de\s+naam|van\s+\w+))?"
        r"\s*[,:]?\s*[\"“'‘]?$"
    )


@cache
def _pet_apposition() -> re.Pattern[str]:
    """A pet or toy word in lower case, perhaps with adjectives, in an apposition right after a name ('Wiebel, het
    grijze konijn'; 'Wiebel, je was de beste' is none), in brackets ('Wiebel (konijn)', 'Wiebel (de knuffel)') or
    after the article alone ('met Wiebel de knuffel')."""
    words = alternation(vocabulary().pet_words)
    owners = r"het|de|een|ons|onze|zijn|haar|z'n|m'n|mijn|le|la|un|une|son|sa|mon|ma|the|a|his|her|my"
    opening = rf"[ \t]*,[ \t]+(?:{owners})[ \t]+|[ \t]*\([ \t]*(?:(?:{owners})[ \t]+)?|[ \t]+(?:de|het|the|le|la)[ \t]+"
    return re.compile(rf"(?:{opening})(?:[a-zà-öø-ÿ]+[ \t]+){{0,2}}(?:{words})(?![\w-])")


def _pet_apposed(d: Detection, text: str) -> bool:
    """One word, no listed first name, with a pet or toy word in the apposition after it (:func:`_pet_apposition`):
    the animal's or the toy's name ('zijn doudou (Wiebel, het grijze konijn)')."""
    mention = text[d.start : d.end]
    if " " in mention or not mention.isalpha() or fold(mention) in lexicon().first_names:
        return False
    return _pet_apposition().match(text, d.end) is not None


@cache
def _pet_words_ascii() -> tuple[str, ...]:
    return tuple(w.lower() for w in vocabulary().pet_words if w.isascii())


def _after_pet_word(text: str, start: int) -> bool:
    """Whether a pet or toy word stands right before ``start`` (:func:`_pet_before`). Most names have none in
    their window: a plain substring test rules that out first, where it is exact (an ASCII window can only match
    the ASCII words, case-insensitively), as the regex costs more than all the rest of this check."""
    window = text[max(0, start - 60) : start]
    if window.isascii():
        low = window.lower()
        if not any(w in low for w in _pet_words_ascii()):
            return False
    return _pet_before().search(text, max(0, start - 60), start) is not None


@cache
def _title_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title word right before a phrase ('de tekenfilm', 'lievelingsverhaal is', 'de liedjes van'), or a singing
    verb with perhaps its subject between ('zingt', 'zingt hij', 'zingt mama graag')."""
    voc = vocabulary()
    titles = alternation(voc.title_words)
    songs = alternation(voc.song_words)
    verbs = alternation(voc.singing_verbs)
    subjects = r"hij|ze|zij|we|wij|jullie|mama|papa|oma|opa|de\s+kinderen|il|elle|she|he"
    naming = r"\s+(?:is|was|heet|heette|called|named|s'appelle)|\s*:"
    noun = re.compile(
        rf"(?i)(?<!\w)(?:(?P<title>{titles})(?:{naming})?|(?:{songs})(?:{naming}|\s+(?:van|van\s+de|from|by|de|of))?)"
        r"\s*[\"“'‘„«(]?\s*$"
    )
    adverbs = r"graag|altijd|vaak|nog|ook"
    # 'zingt mee met ...', 'sings along with ...': the object of the singing all the same
    along = r"mee\s+met|along\s+with|along\s+to"
    verb = re.compile(
        rf"(?i)(?<!\w)(?:{verbs})(?:\s+(?:{subjects}))?(?:\s+(?:{adverbs}))?(?:\s+(?:{along}))?\s+[\"“'‘„«]?$"
    )
    return noun, verb


_CLAUSE_END = re.compile(r"[ \t]*(?:[\"”’'»()]|[.,;:!?\n]|$|(?:met|voor|samen|mee|en|als|tijdens|bij)\b)")


def _capitalised_run(d: Detection, text: str) -> tuple[int, int]:
    """The whole run of capitalised words around a guess: a recognizer may have taken one word of a title
    ('Meneer [Zonnestraal]')."""
    start, end = d.start, d.end
    while (m := _CAPITAL_BEFORE.search(text, max(0, start - 30), start)) and start - m.start() < 30:
        start = m.start()
    while m := _CAPITAL_AFTER.match(text, end):
        end = m.end()
    return start, end


def _title(d: Detection, text: str) -> bool:
    """A guess that is the title of a song, a story, a show or a game, or its maker, after a title word or a singing
    verb ('liedjes van Meneer Zonnestraal', 'zingt Vogeltje Blauw.'). After a word for a story, a film or a show
    ('haar lievelingsverhaal is Reinaert de Vos') a title of two words or more may hold names; after a word for a
    song one of its words at least is no listed name ('liedjes van Simbang Gabi'; 'liedjes van juf Sara' names
    Sara); after a singing verb none is, and the clause ends with it ('dan zingt Noor mee' names Noor)."""
    if d.recognizer == "known_names" or d.meta.get("initials"):
        return False
    start, end = _capitalised_run(d, text)
    lex = lexicon()
    # A title a role word opens ('Kapitein ...', 'Meneer ...') holds no listed name: 'Meneer Vermeulen' is a person.
    words = [w for w in (fold(w) for w in _WORD.findall(text[start:end])) if w not in lex.roles and w not in PARTICLES]
    if not words or len(words) > 6:
        return False
    listed = [w in lex.first_names or w in lex.surnames for w in words]
    noun, verb = _title_before()
    window = max(0, start - 50)
    before = noun.search(text, window, start)
    if before is not None and before.group("title") and len(_WORD.findall(text[start:end])) >= 2:
        return True
    if before is not None and not all(listed):
        return True
    if any(listed):
        return False
    return verb.search(text, window, start) is not None and _CLAUSE_END.match(text, end) is not None


_FROM_WORK = re.compile(r"[ \t]+(?:uit|from|van|de|du|aus|z|iz)[ \t]+(?:de[ \t]+|het[ \t]+|the[ \t]+)?")


def _from_kept_work(d: Detection, text: str, keep: _Spans) -> bool:
    """A song, a scene or a character from a kept film, series or book ('Let It Go uit Frozen', 'Hakuna Matata from
    The Lion King'): the phrase before 'uit' and a kept title is part of that work, not a person, unless it is a
    name ('Sara uit Frozen' may be a child dressed up)."""
    m = _FROM_WORK.match(text, d.end)
    if m is None or not any(a == m.end() for a, _ in keep.from_(m.end())):
        return False
    lex = lexicon()
    words = [w for w in (fold(w) for w in _WORD.findall(text[d.start : d.end])) if w not in PARTICLES]
    listed = [w in lex.first_names or w in lex.surnames for w in words]
    # a song's title holds words that are no names ('Let It Go'); a name of one or two words whose first is a first
    # name is a person ('Sara uit Frozen', 'Sara Peeters uit Frozen')
    return bool(words) and not all(listed) and not (len(words) <= 2 and words[0] in lex.first_names)


_CAPITAL_BEFORE = re.compile(r"(?<![\w-])[A-Z][^\W\d_]+[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][^\W\d_]+")


@cache
def _possessive_pet() -> re.Pattern[str]:
    return re.compile(r"(?i)(?<!\w)(?:haar|zijn|z'n|zn|mijn|m'n|je|jouw|ons|onze|de|het|een|sa|son|mon|ma)\s+$")


def _pet_word_itself(d: Detection, mention: str, text: str) -> bool:
    """A guess that is itself a pet or toy word after a possessive or an article ('met haar Doudou (konijn)', 'zijn
    Knuffel'): the word for the toy, written with a capital, not its name."""
    if " " in mention or fold(mention) not in _pet_words_folded():
        return False
    if d.recognizer == "spacy_model" and starts_sentence(text, d.start):
        return True  # 'Doudou vergeten.', 'Knuffel mee in de tas': the word opens the sentence
    return _possessive_pet().search(text, max(0, d.start - 12), d.start) is not None


@cache
def _pet_words_folded() -> frozenset[str]:
    return frozenset(fold(w) for w in vocabulary().pet_words)


_GROUP_BEFORE = re.compile(r"(?i)(?:\bde|\bgroep|\bleefgroep|\bafdeling|\bklas|\bklasje|\bbij\s+de|\bin\s+de)\s+$")


@lru_cache(maxsize=20_000)
def _group_name(word: str) -> bool:
    """A capitalised plural or diminutive of an ordinary word names a group: de Vlinders, de Rupsjes, de Kikkers."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    if folded in lex.first_names or folded in lex.surnames or not folded.endswith(("s", "en", "jes", "tjes")):
        return False
    stem = folded[:-2] if folded.endswith("en") else folded[:-1]
    if zipf_frequency(folded, "nl") >= 2.5 or zipf_frequency(stem, "nl") >= 2.5:
        return True
    # A diminutive of a compound ('Zonnestraaltjes', 'Bosmuisjes'): its root is two common words. Flemish writes the
    # diminutive with -ke(s) ('Kabouterkes', 'Bolleboskes', 'Mannekes').
    root = re.sub(r"(?:etjes|tjes|pjes|jes|ies|skes|ekes|kes|kens)$", "", folded)
    if root != folded and len(root) >= 3 and zipf_frequency(root, "nl") >= 3.0:
        return True  # a diminutive plural of a common word: 'Rupsjes', 'Egeltjes', 'Uiltjes'
    if root != folded and len(root) >= 6 and compound_of_common(root, shortest=3):
        return True
    # A plural of a compound of common words ('Zeesterren', 'Bosuilen'): no list of names holds it, but a hamlet's
    # name can be one, with a listed place in it ('Duinbergen').
    return len(stem) >= 7 and compound_of_common(stem, shortest=3) and not _place_compound(folded)


# An article or a group word before a group's name, also of the French and English a bilingual form or a parent
# writes ('les ...', 'the ...', 'groupe ...'), with perhaps a colon between ('section : ...').
_GROUP_OPENER = re.compile(
    r"(?i)(?<![\w-])(?:de|les|the|groep|leefgroep|afdeling|klas|klasje|groupe|section|group)[ \t]*:?[ \t]+$"
)
_GROUP_ADJECTIVE = re.compile(r"(?<![\w-])([A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+$")
_PLURAL_LANGUAGES = ("en", "fr")


@lru_cache(maxsize=20_000)
def _foreign_group_name(word: str) -> bool:
    """A capitalised English or French plural of a common word ('Bees', 'Papillons', 'Hérissons'), as a
    bilingual form or an English-speaking parent names the group; no listed name, in either form."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    stem = folded[:-3] + "y" if folded.endswith("ies") else folded[:-1]
    if not folded.endswith("s") or len(stem) < 3:
        return False
    if any(w in lex.first_names or w in lex.surnames or w in lex.places for w in (folded, stem)):
        return False
    return any(zipf_frequency(stem, lang) >= 3.0 for lang in _PLURAL_LANGUAGES)


@lru_cache(maxsize=20_000)
def _group_adjective(word: str) -> bool:
    """A common adjective or word that opens a group's name ('Grote', 'Kleine', 'Little', 'Petits'): no listed
    name."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    if folded in lex.first_names or folded in lex.surnames or folded in lex.places:
        return False
    return max(zipf_frequency(word.lower(), lang) for lang in ("nl", *_PLURAL_LANGUAGES)) >= 4.0


def _singulars(folded: str) -> tuple[str, ...]:
    """What a plural's singular can be: without '-en' (with its vowel doubled back: 'bomen', 'boom'), '-s' or '-ies'."""
    if folded.endswith("ies"):
        return (folded[:-3] + "y", folded[:-1])
    if folded.endswith("en") and len(folded) >= 5:
        stem = folded[:-2]
        doubled = stem[:-1] + stem[-2] + stem[-1] if stem[-2] in "aeou" and stem[-3] not in "aeiou" else ""
        return (stem, doubled) if doubled else (stem,)
    return (folded[:-1],) if folded.endswith("s") else ()


@lru_cache(maxsize=20_000)
def _character(word: str) -> bool:
    """A common noun that a character's name of an adjective and a noun ends with ('Heks', 'Reus'): no listed
    first name ('de Kleine Sara' is a child), a very common word when a surname list holds it, and no street."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    if folded in lex.places or folded in lex.first_names or _STREET_END.search(folded) or len(folded) < 3:
        return False
    return zipf_frequency(folded, "nl") >= (4.0 if folded in lex.surnames else 3.5)


@lru_cache(maxsize=20_000)
def _bracketed_group(word: str) -> bool:
    """One capitalised plural of a common Dutch word alone in brackets ('Ionut (Tieners)', 'Sara (Vlinders)'): the
    group a child is in, as a place or a name in brackets is no plural of a word; a listed name or place stays."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    if not word.isalpha() or word.isupper() or not word[:1].isupper():
        return False
    if folded in lex.first_names or folded in lex.surnames or folded in lex.places or folded in lex.countries:
        return False
    return any(zipf_frequency(w, "nl") >= 3.5 for w in _singulars(folded) if len(w) >= 3)


def _group_phrase(d: Detection, mention: str, text: str) -> bool:
    """A guess that is a group's name of one to three capitalised words after an article or a group word: a plural
    of a common word, perhaps after common adjectives ('in de groep de Kleine Uilen', 'join the Busy Bees',
    'groupe : les Papillons', 'zit bij de Zeesterren'). The model took all or the last of it. A family is named
    by a plural too ('de Peeters', 'the Johnsons'): a listed name, in the plural or the singular, keeps it a guess,
    unless an adjective opens the group and the singular is a common word ('de Kleine Beren'); after 'the' only a
    phrase with an adjective is a group. A place only when its singular is itself a word: a region is named by a
    plural too (de Ardennen)."""
    from casusprep.nlp.frequency import zipf_frequency

    if d.entity_type not in ("PERSON", "LOCATION") or d.meta.get("initials") or mention.isupper():
        return False
    words = _WORD.findall(mention)
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    start = d.start
    for _ in range(3 - len(words)):  # the adjectives the guess left out ('de Kleine [Uilen]')
        m = _GROUP_ADJECTIVE.search(text, max(0, start - 20), start)
        if m is None or not _group_adjective(m.group(1)):
            break
        words.insert(0, m.group(1))
        start = m.start()
    opener = _GROUP_OPENER.search(text, max(0, start - 16), start)
    if opener is None:
        return False
    *adjectives, last = words
    if not all(_group_adjective(w) for w in adjectives):
        return False
    article = opener.group(0).strip(" \t:")
    if not adjectives and fold(article) == "the":
        return False
    if adjectives and article in ("de", "het", "the") and d.entity_type == "PERSON" and _character(last):
        return True  # a story's character by its adjective and its noun ('voorlezen over de Boze Heks')
    lex = lexicon()
    folded = fold(last)
    singulars = _singulars(folded)
    if not singulars or folded in lex.surnames or any(w in lex.surnames for w in singulars):
        return False
    first_name = folded in lex.first_names or any(w in lex.first_names for w in singulars)
    if first_name and (not adjectives or not any(zipf_frequency(w, "nl") >= 3.5 for w in singulars)):
        return False
    if d.entity_type == "LOCATION":
        if fold(article) == "afdeling" or _place_compound(folded):
            return False  # a town's part ('afdeling Duinbergen', where Bergen is a listed place)
        if folded in lex.places or folded in lex.countries or _AREA_END.search(folded):
            return False
        if not any(zipf_frequency(w, "nl") >= 3.0 or compound_of_common(w, shortest=3) for w in singulars):
            return False
    dutch = _group_name(last) or any(
        zipf_frequency(w, "nl") >= 3.5 for w in singulars
    )  # 'Beren' is listed as a first name: _group_name refuses it
    return dutch or _foreign_group_name(last)


@lru_cache(maxsize=20_000)
def _ordinary_capitals(word: str) -> bool:
    """One word in capitals that is an ordinary word (DRINGEND, AFSPRAKEN), a compound of two (OUDERGESPREK,
    VEILIGHEIDSPLAN) or a common French or English word of a bilingual form (PRÉNOM, REPAS), never a listed first
    name or place, and a listed surname only when it is a very common French word: names in capitals stay names."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    folded, lower = fold(word), word.lower()
    if folded in lex.first_names or folded in lex.places:
        return False
    if folded in lex.surnames:  # a bilingual form's French label a surname list also holds (MAISON, LANGUE)
        return zipf_frequency(lower, "fr") >= 5.0
    if folded in lex.never or folded in lex.common or word in acronym_words() or zipf_frequency(folded, "nl") >= 3.0:
        return True
    if zipf_frequency(lower, "nl") >= 3.0 or max(zipf_frequency(lower, "fr"), zipf_frequency(lower, "en")) >= 4.0:
        return True  # with its accents (ALLERGIEËN), or the label of a French or English form (PRÉNOM, ADRESSE)
    if len(folded) >= 9 and folded.endswith(("iseren", "iseert", "isering", "isatie")):
        return True  # a verb or a noun Dutch makes with -iseren (ANONIMISEREN, REORGANISATIE): no name ends so
    french = zipf_frequency(lower, "fr")
    if len(folded) >= 6 and french >= 3.0 and french > zipf_frequency(lower, "nl"):
        return True  # a less common French label of a bilingual form (GARDERIE, CRÈCHE): no name list knows it
    # A long compound a heading uses that wordfreq hardly knows ('zorgafstemming'), or one of two common words.
    return (
        len(folded) >= 10
        and zipf_frequency(folded, "nl") >= 1.5
        or compound_of_common(folded)
        or compound_of_words(folded)
        or _heading_compound(folded)
    )


_STREET_END = re.compile(r"(?:straat|laan|weg|plein|dreef|lei|kaai|baan|dijk|markt|singel|vest|steenweg)$")
# What Dutch adds to a word's stem: the participle's and the adjective's endings ('overschrijdende', 'gemelde').
_INFLECTIONS = ("ende", "end", "en", "e", "s")


def _known(part: str, least: float) -> bool:
    """A Dutch word as it stands or without an inflection ('overschrijdende' is 'overschrijden' + 'de')."""
    from casusprep.nlp.frequency import zipf_frequency

    if zipf_frequency(part, "nl") >= least:
        return True
    return any(
        part.endswith(end) and len(part) - len(end) >= 4 and zipf_frequency(part[: -len(end)] + "en", "nl") >= least
        for end in _INFLECTIONS
    )


@lru_cache(maxsize=20_000)
def _heading_compound(folded: str) -> bool:
    """A long word of a heading in capitals made of a Dutch word and a known one, either inflected or less common
    ('OPHAALLIJST', 'TEAMOVERSCHRIJDENDE'): no name list knows it (the caller checked), and its parts are no first
    names. Only in capitals: written so, a name is as often a compound of words (Wittebrood)."""
    from casusprep.nlp.frequency import zipf_frequency

    if len(folded) < 10 or not folded.isalpha():
        return False
    lex = lexicon()
    if folded in lex.streets or _STREET_END.search(folded):
        return False  # a street in capitals is the address recognizers' ('ZONNEBLOEMSTRAAT')
    for cut in range(4, len(folded) - 3):
        head, tail = folded[:cut], folded[cut:]
        if head in lex.first_names or tail in lex.first_names or tail in lex.surnames:
            continue
        head_ok = zipf_frequency(head, "nl") >= 2.5 or head[-1] in "se" and zipf_frequency(head[:-1], "nl") >= 3.0
        if head_ok and _known(tail, 3.0) or zipf_frequency(head, "nl") >= 4.0 and _known(tail, 2.0):
            return True
    return False


@cache
def acronym_words() -> frozenset[str]:
    """The vocabulary's acronyms as written (VDAB, OKAN): in capitals they are never someone's name."""
    return frozenset(vocabulary().acronyms)


_CAPITAL_WORD = re.compile(r"[^\W\d_]+")


def _capitals(text: str) -> bool:
    """Words in capitals that are ordinary words (DRINGEND, HUILEND, VERSLAG VAN HET OVERLEG, AFSPRAKEN THUIS), not
    a name written in capitals: every word is an ordinary word, and one of them is longer than a short particle."""
    words = _CAPITAL_WORD.findall(text)
    if not words or not text.isupper() or not any(len(w) > 4 for w in words):
        return False
    if len(words) == 1:
        return len(words[0]) > 4 and _ordinary_capitals(words[0])
    return all(_ordinary_capitals(w) or fold(w) in PARTICLES for w in words)


def _group_names(text: str, toks: list[Token]) -> frozenset[str]:
    """The groups the text names somewhere ('leefgroep Zeepaardjes', 'bij de Vlinders'): the same word elsewhere in
    the text ('begeleidster Zeepaardjes') is that group too."""
    names = set()
    for t in toks:
        if t.capitalised and _GROUP_BEFORE.search(text, max(0, t.start - 12), t.start) and _group_name(t.text):
            names.add(t.folded)
    return frozenset(names)


def _outside(d: Detection, keep: list[tuple[int, int]], text: str) -> Detection | None:
    """``d`` without the parts the keep spans cover ('Tuur Paw' of 'Tuur Paw Patrol' is 'Tuur'); None when nothing
    that could be a name is left ('Playmobil Duplo', 'Dag Nijntje')."""
    covered = [(max(a, d.start), min(b, d.end)) for a, b in keep if a < d.end and d.start < b]
    if not covered:
        return d
    pieces, at = [], d.start
    for a, b in sorted(covered):
        if a > at:
            pieces.append((at, a))
        at = max(at, b)
    if at < d.end:
        pieces.append((at, d.end))
    lex = lexicon()
    named = []
    for a, b in pieces:
        words = [
            m for m in _WORD.finditer(text, a, b) if (w := fold(m.group(0))) not in lex.never and w not in _greetings()
        ]
        if words:
            named.append((words[0].start(), words[-1].end()))
    if not named:
        return None
    start, end = max(named, key=lambda p: p[1] - p[0])
    return replace(d, start=start, end=end)


# A role word right before a name, a possessive or a quote between: 'haar broer Mario', 'juf Elsa', 'tante "Belle"'.
_ROLE_BEFORE = re.compile(r"(?P<role>[^\W\d_]+)[ \t]+[\"“'‘]?$")
# Brackets right after a name that open with a role, a few words before it: 'Mario (de buurman)'.
_ROLE_AFTER = re.compile(r"[\"”'’]?[ \t]*\((?P<words>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})")


def _named_person(d: Detection, text: str) -> bool:
    """Whether a kept character's name that is also a first name (Elsa, Mario, Belle) is used for a person here: a
    role word before it or opening the brackets after it says whose name it is ('haar broer Mario', 'juf Elsa',
    '"Belle" (de buurvrouw)'); 'verkleed als Elsa' and 'kijkt Mario' stay."""
    if d.entity_type != "PERSON" or not _a_name(text[d.start : d.end]):
        return False
    roles = lexicon().roles
    before = _ROLE_BEFORE.search(text, max(0, d.start - 30), d.start)
    if before is not None and fold(before.group("role")) in roles:
        return True
    after = _ROLE_AFTER.match(text, d.end)
    return after is not None and any(fold(w) in roles for w in after.group("words").split())


def _a_name(phrase: str) -> bool:
    """A kept word that is also someone's name (Kenny, Mario): it stays on its own, but never cut off a longer
    name ('Kenny Peeters')."""
    lex = lexicon()
    folded = fold(phrase)
    return " " not in folded and (folded in lex.first_names or folded in lex.surnames)


@cache
def _greetings() -> frozenset[str]:
    return frozenset(fold(w) for w in vocabulary().greetings) | {"dag", "hallo", "hoi", "dikke"}


@cache
def _greeting() -> re.Pattern[str]:
    """A greeting or a closing word that opens a guess, any of the vocabulary's (``greetings``: 'Merci, Ine',
    'Groetjes Tom'), the salutations before a name, and the English sign-off 'Best,' (only before its comma: 'Best'
    is also a Dutch word)."""
    salutations = ["beste", "geachte", "liefste", "dear", "cher", "chère", "chers", "chères"]
    words = alternation([*vocabulary().greetings, *salutations])
    return re.compile(rf"(?i)(?:(?:{words})(?!\w)|best(?=\s*,))[\s,]*")


def _without_greeting(d: Detection, text: str) -> Detection | None:
    """A guess without the greeting it opens with ('Dag Hilde' is 'Hilde', 'Merci, Ine' is 'Ine'); None when the
    greeting is all there is."""
    m = _greeting().match(text, d.start)  # no end bound: 'Best' needs the comma after it
    if m is None or m.end() == d.start:
        return d
    word = m.group(0).rstrip(" \t\n,")
    if word.isupper() and len(word) <= 3:
        return d  # a short greeting in capitals is somebody's initials ('GR belde', 'VG')
    return replace(d, start=m.end()) if m.end() < d.end else None


@cache
def _kept_words() -> tuple[str, ...]:
    """The one-word kept phrases of five letters or more that are no one's name, longest first."""
    lex = lexicon()
    words = {fold(p) for p in vocabulary().keep if p.isalpha() and len(p) >= 5}
    return tuple(
        sorted((w for w in words if w not in lex.first_names and w not in lex.surnames), key=len, reverse=True)
    )


@cache
def _kept_numbers() -> frozenset[str]:
    """The kept phrases that are numbers: emergency and help lines (112, 1712)."""
    return frozenset(p for p in vocabulary().keep if p.isdigit())


@cache
def _kept_folded() -> frozenset[str]:
    """Every kept phrase folded ('sint-maarten', 'paw patrol')."""
    return frozenset(fold(p.strip()) for p in vocabulary().keep)


@lru_cache(maxsize=20_000)
def _kept_compound(mention: str) -> bool:
    """One word made of a kept word and a common Dutch word ('Instagrampagina', 'Legoblokken', 'Kerstontbijt'), also
    with a hyphen between them ('Sinterklaas-liedje')."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(mention)
    head, hyphen, tail = folded.rpartition("-")
    if hyphen and len(tail) >= 5 and tail in _kept_folded() and not _a_name(tail) and head.replace("-", "").isalpha():
        return True  # a feast with its saint or patron before it ('Maria-Hemelvaart'): the feast's own name
    head, hyphen, tail = folded.partition("-")
    if hyphen and len(head) >= 5 and head in _kept_folded() and tail.isalpha():
        # 'Sinterklaas-liedje', 'Pokémon-kaart'; not 'Sint-Niklaas': a short kept word before a name or a place
        from casusprep.nlp.frequency import zipf_frequency

        lex = lexicon()
        listed = tail in lex.first_names or tail in lex.surnames or tail in lex.places or folded in lex.places
        return not listed and zipf_frequency(tail, "nl") >= 3.0
    if not folded.isalpha() or len(folded) < 8:
        return False
    lex = lexicon()
    if folded in lex.first_names or folded in lex.surnames or folded in lex.places:
        return False
    for word in _kept_words():
        if folded.startswith(word) and len(folded) - len(word) >= 3:
            rest = folded[len(word) :]
            if zipf_frequency(rest, "nl") >= 3.0 or rest[0] == "s" and zipf_frequency(rest[1:], "nl") >= 3.0:
                return True
    return False


@cache
def _field_labels() -> frozenset[str]:
    """The labels of forms and messages, and the words after which only a person stands ('Nagelezen: ...',
    'Notulist: ...'): before a colon each is a label, not a name."""
    return frozenset(fold(w) for w in [*vocabulary().field_labels, *vocabulary().person_words])


_LABEL_AT = re.compile(r"[ \t]*:(?!\d)")


def _label_cut(d: Detection, text: str) -> Detection | None:
    """A guess that is a form's or a message's field label ('Uur: 15u', 'Link: https://...') is none; one that
    took the label along ('Organisator: vzw De Kleine Reus') loses it. A name before a colon (a chat's speaker,
    'Sanne: ok') stays: only listed labels and ordinary words are labels."""
    mention = text[d.start : d.end]
    head, colon, rest = mention.partition(":")
    if colon and rest.strip() and " " not in head.strip() and not rest[:1].isdigit():
        word = fold(head.strip())
        if word in _field_labels() or word in lexicon().roles or _ordinary_word(word):
            skip = len(head) + 1 + len(rest) - len(rest.lstrip())
            lex = lexicon()
            left = [fold(w) for w in _WORD.findall(rest)]
            if all(w in lex.institution_types or w in PARTICLES for w in left):
                return None  # only the type word is left ('Organisator: vzw'): no name was found
            return replace(d, start=d.start + skip)
    if not colon and _LABEL_AT.match(text, d.end):
        if mention.isupper() and _capitals(mention):
            return None  # a form's heading in capitals, label and all ('SAMENVATTING VAN HET VERSLAG:'): no name
        words = list(_WORD.finditer(text, d.start, d.end))
        if words and fold(words[-1].group(0)) in _field_labels():
            if len(words) == 1:
                return None
            # the next cell's label glued to a name ('Ellen Maes   Nagelezen: ...'): the name without it
            return replace(d, end=words[-2].end())
    return d


@lru_cache(maxsize=20_000)
def _ordinary_word(folded: str) -> bool:
    """A common Dutch word or a compound of two (Speelmoment, Draaiboek, Handpalm) of four letters or more that no
    name or place list knows."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if len(folded) < 4 or not folded.isalpha():
        return False
    if folded in lex.first_names or folded in lex.surnames or folded in lex.places:
        return False
    return folded in lex.common or zipf_frequency(folded, "nl") >= 3.3 or compound_of_words(folded)


# Where a capital says nothing: a sentence's or a line's start, after a colon, a dash, a bar, a bullet or the dot
# between the buttons of a post ('Vind ik leuk · Antwoorden').
_OPENING_ENDS = ".!?:;\n|–—•*·"
_OPENING_OPENERS = " \t\"'“‘„«(-"
# A cell's start in a table typed with spaces: a tab or two spaces or more after what went before ('9u00–10u00
# Teamoverleg').
_CELL_GAP = re.compile(r"(?:\t|[ ]{2,})[\"'“‘„«(]?$")
# The Unicode categories of emoji and of the joiners and selectors between their parts.
_SYMBOLS = frozenset({"So", "Sk", "Cf", "Mn", "Cs"})


def _opening(text: str, start: int) -> bool:
    """Whether the word at ``start`` stands where a capital says nothing (:data:`_OPENING_ENDS`), also after the
    emoji that open a message's line ('📌 Weekverslag ...') or at a cell's start."""
    if starts_sentence(text, start, _OPENING_ENDS, _OPENING_OPENERS):
        return True
    at = start
    while at > max(0, start - 12) and (
        text[at - 1] in _OPENING_OPENERS or unicodedata.category(text[at - 1]) in _SYMBOLS
    ):
        at -= 1
    if text[at:start].strip(_OPENING_OPENERS):  # an emoji or a symbol before the word: where does it stand?
        return starts_sentence(text, at, _OPENING_ENDS, _OPENING_OPENERS)
    return _CELL_GAP.search(text, max(0, start - 6), start) is not None


_DUTCH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzáéíóúàèìòùäëïöüâêîôûç")


def _rare_word(folded: str) -> bool:
    """A Dutch word, if a less common one ('Grensoverschrijdende'), that no name or place list knows."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    listed = folded in lex.first_names or folded in lex.surnames or folded in lex.places
    return len(folded) >= 4 and not listed and zipf_frequency(folded, "nl") >= 2.5


def _ordinary_place_guess(d: Detection, mention: str, text: str) -> bool:
    """A model's place of two or more ordinary words opening a line or a cell and ending in lower case ('Lichte
    koorts', 'Grensoverschrijdende aanraking'): a place's name has no lower-case word at its end. One common word
    there that no place list knows is a word too ('Antwoorden')."""
    words = _WORD.findall(mention)
    if d.recognizer != "spacy_model":
        return False
    lex = lexicon()
    if len(words) == 1 and mention.isalpha() and not mention.isupper():
        # one word: a common word no place list knows, where a capital says nothing ('leuk · Antwoorden · Delen')
        folded = fold(mention)
        return _opening(text, d.start) and _ordinary_word(folded) and folded not in lex.streets
    if len(words) < 2 or not words[-1].islower():
        return False
    if not _opening(text, d.start):
        return False
    first, *rest = (fold(w) for w in words)
    opening_word = _ordinary_word(first) or _rare_word(first)
    return opening_word and first not in lex.streets and all(_ordinary_word(w) and w not in lex.streets for w in rest)


def _phrase_guess(d: Detection, mention: str) -> bool:
    """A model's person of three words or more with a lower-case word in it that is no particle, all of them common
    Dutch, English or French words ('Care with love', 'Samen sterk voor kinderen'): a name's lower-case words are
    its particles only, so this is a phrase, a slogan or a programme's title."""
    from casusprep.nlp.frequency import zipf_frequency

    if d.recognizer != "spacy_model" or d.entity_type != "PERSON" or mention.islower() or mention.isupper():
        return False
    words = _WORD.findall(mention)
    if len(words) < 3 or not any(w.islower() and fold(w) not in PARTICLES for w in words[1:]):
        return False
    lex = lexicon()
    for w in words:
        folded = fold(w)
        if folded in PARTICLES:
            continue
        if folded in lex.first_names and w[:1].isupper():
            return False
        common = max(zipf_frequency(folded, "nl"), zipf_frequency(folded, "en"), zipf_frequency(folded, "fr"))
        if common < 4.0:
            return False
    return True


def _ordinary_guess(d: Detection, mention: str, text: str) -> bool:
    """A person guess that is one ordinary word where a capital says nothing: a heading, a label, a sentence's first
    word ('Slaapritueel Noor: ...' gives 'Slaapritueel'; 'Speelmoment: ...'), or a compound typed in lower case.
    Mid-sentence a capitalised word may be a name that is also a word (Winter, het Bloemenhuisje): it stays."""
    if d.entity_type == "LOCATION":
        return _ordinary_place_guess(d, mention, text)
    if d.entity_type != "PERSON" or not mention.isalpha() or mention.isupper() or d.meta.get("initials"):
        return False
    if not _DUTCH_LETTERS.issuperset(mention.lower()):
        return False  # a letter Dutch does not write ('Kubuś', 'Ayşe'): no Dutch word, whatever its folded form
    if d.recognizer == "known_names":
        return False  # a name found mid-sentence elsewhere in the note is that name at a sentence's start too
    folded = fold(mention)
    if mention.islower():  # typed in lower case: a compound of two words is that word anywhere ('handpalm');
        # a plain common word may be a surname typed so after a title ('mr. de smet'): the recognizers decide that
        return _ordinary_word(folded) and compound_of_words(folded)
    opening = _opening(text, d.start) or _LABEL_AT.match(text, d.end)
    return bool(opening) and _ordinary_word(folded)


def _english(word: str, least: float) -> bool:
    """A word English writes much more than Dutch does ('can', 'come', 'the'; not 'is' or 'baby')."""
    from casusprep.nlp.frequency import zipf_frequency

    english = zipf_frequency(word, "en")
    return english >= least and english - zipf_frequency(word, "nl") >= 1.0


def _english_word(d: Detection, mention: str, text: str) -> bool:
    """A person guess typed in lower case that is a common English word among English words ('grandma can bring
    her', 'she can come at 11'): English writes a name with its capital, so in an English sentence this is the word.
    In a Dutch sentence a lower-case name stays a guess ('vandaag was will er niet')."""
    if d.entity_type != "PERSON" or not mention.isalpha() or not mention.islower() or not _english(mention, 5.0):
        return False
    before = _WORD.findall(text, max(0, d.start - 40), d.start)[-2:]
    after = _WORD.findall(text, d.end, d.end + 40)[:2]
    return sum(_english(w.lower(), 4.0) for w in before + after) >= 3


def _foreign(word: str, lang: str, least: float) -> bool:
    """A word the language ``lang`` writes much more than Dutch does ('ainda', 'muito', 'amanhã' in Portuguese)."""
    from casusprep.nlp.frequency import zipf_frequency

    own = zipf_frequency(word, lang)
    return own >= least and own - zipf_frequency(word, "nl") >= 1.0


def _foreign_word(d: Detection, mention: str, text: str) -> bool:
    """A person guess that is a common word of a family's language other than Dutch, among words of that language:
    typed in lower case anywhere ('ainda está muito cansado'; English is :func:`_english_word`'s), or with its
    capital where a capital says nothing, also after the slash of a bilingual form ('Woonplaats / Domicile de ...',
    'Thanks for the call'). A listed surname or place stays a guess, and so does a listed first name
    unless it is one of the language's commonest words, in lower case among three words of that language."""
    if d.entity_type != "PERSON" or not mention.isalpha() or mention.isupper() or d.meta.get("initials"):
        return False
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    word, folded = mention.lower(), fold(mention)
    if folded in lex.surnames or folded in lex.places:
        return False
    listed = folded in lex.first_names  # only one of a language's commonest words, in lower case ('ela')
    if listed and not mention.islower():
        return False
    least = 5.5 if listed else 5.0 if len(word) <= 3 else 4.0
    if not mention.islower():
        before = text[max(0, d.start - 4) : d.start].rstrip(" \t")
        if not (_opening(text, d.start) or before.endswith("/")):
            return False
    around = [w.lower() for w in _WORD.findall(text, max(0, d.start - 40), d.start)[-2:]]
    around += [w.lower() for w in _WORD.findall(text, d.end, d.end + 40)[:2]]
    for lang in _LANGUAGES:
        if lang == "nl" or lang == "en" and mention.islower() or not _foreign(word, lang, least):
            continue  # English in lower case is _english_word's
        own = sum(_foreign(w, lang, 3.5) for w in around)  # words of that language and not of Dutch
        shared = sum(zipf_frequency(w, lang) >= 4.0 for w in around)  # 'de', 'en' that both write
        if own >= (3 if listed else 1) and shared >= 2:
            return True
    return False


def _english_phrase_start(d: Detection, mention: str, text: str) -> bool:
    """A one-word person guess that opens a short English phrase in a Dutch sentence ('(Share with care)', 'volgens
    Stay and play mag ...'): a common English word no name list knows, two more in lower case, and no English word
    after them. In an English sentence a capitalised word may be a name ('Will that he was tired'): it stays."""
    organisation = d.entity_type == "ORGANIZATION" and d.recognizer == "spacy_model"
    if d.entity_type != "PERSON" and not organisation:
        return False  # the model's organisation too: 'kindbespreking – Share with care'
    if not mention.isalpha() or not mention[:1].isupper() or mention.isupper():
        return False
    lex = lexicon()
    folded = fold(mention)
    if folded in lex.first_names or folded in lex.surnames or not _english(mention.lower(), 5.0):
        return False
    clause = re.split(r"[.,;:!?()\[\]\n\"“”]", text[d.end : d.end + 40], maxsplit=1)[0]
    after = _WORD.findall(clause)[:3]
    if len(after) < 2 or not all(w.islower() and _english(w, 4.5) for w in after[:2]):
        return False
    if len(after) == 2:
        return True
    from casusprep.nlp.frequency import zipf_frequency

    nxt = after[2].lower()  # a Dutch word after the phrase: an English island in a Dutch sentence
    return zipf_frequency(nxt, "nl") > zipf_frequency(nxt, "en")


_TOY_OWNER = re.compile(
    r"(?i)(?<!\w)(?:haar|zijn|z'n|mijn|m'n|je|jouw|ons|onze|de|het|een|her|his|my|your|their|the|a|sa|son|mon|ma)"
    r"[ \t]+$"
)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _toy_kind(d: Detection, mention: str, text: str) -> bool:
    """One capitalised word between a possessive or an article and a pet or toy word in lower case, also a compound
    of one ('haar Koala knuffeldoek', 'zijn Dino knuffel', 'de Lego pop'): the word says which toy it is, as a
    character's or an animal's name, not whose."""
    if d.entity_type != "PERSON" or " " in mention or not mention.isalpha() or not mention[:1].isupper():
        return False
    lex = lexicon()
    if fold(mention) in lex.first_names or fold(mention) in lex.surnames:
        return False  # 'haar Sara knuffel' may be whose it is; a kept character's name is kept as it is
    m = _NEXT_WORD.match(text, d.end)
    if m is None or not m.group(1).islower():
        return False
    nxt = fold(m.group(1))
    toys = _pet_words_folded()
    if nxt not in toys and not any(len(w) >= 5 and (nxt.startswith(w) or nxt.endswith(w)) for w in toys):
        return False
    return _TOY_OWNER.search(text, max(0, d.start - 12), d.start) is not None


def _code_prefix(mention: str, text: str) -> bool:
    """A word in capitals of four letters or more that opens a file or reference number elsewhere in the text ('via
    FONS, dossier FONS-2024-118'): the code of the organisation that numbers its files, not a name. Two or three
    capitals can be a child's initials in a file number, so they are not taken so."""
    if not (mention.isalpha() and mention.isupper() and 4 <= len(mention) <= 8):
        return False
    return re.search(rf"(?<![\w-]){re.escape(mention)}[-/]?\d{{2,}}", text) is not None


def _ordinary_words(d: Detection, mention: str, text: str) -> bool:
    """A person guess of two words or more, each a common Dutch word or a compound of two that no name or place
    list knows, one of them a very common word ('Stop Cyberpesten', 'Samen Spelen'): a slogan, a campaign or a
    heading, not a name. An organisation's own name is often made of words too ('Tolkpunt Schelde', 'Kinderrijk
    Dijleland', 'Het Klavertje'), but of nouns less common than that, and after a preposition ('via', 'bij')."""
    from casusprep.nlp.frequency import zipf_frequency

    if d.entity_type != "PERSON" or d.meta.get("initials") or d.recognizer == "known_names":
        return False
    words = [w for w in _WORD.findall(mention) if fold(w) not in PARTICLES]
    if len(words) < 2 or any(w.isupper() or not w.isalpha() for w in words) or len(words) < len(mention.split()):
        return False
    if _PREPOSITION_BEFORE.search(text, max(0, d.start - 12), d.start):
        return False
    if not any(zipf_frequency(fold(w), "nl") >= 4.5 for w in words):
        return False
    return all(_ordinary_word(fold(w)) and not _AREA_END.search(fold(w)) for w in words)


_PREPOSITION_BEFORE = re.compile(r"(?i)(?<!\w)(?:via|bij|van|voor|naar|met|aan|in|op|door|vanuit)[ \t]+$")

_OUTLINE_LETTER = re.compile(r"[A-Z]\.[ \t]+([^\W\d_]+)")


def _outline_heading(d: Detection, mention: str, text: str) -> bool:
    """A person guess of a letter and a dot and one ordinary word opening a line ('C. Afspraken en opvolging'): an
    outline's item and its heading, not an initial and a surname; a listed surname stays a guess ('J. Peeters')."""
    if d.entity_type != "PERSON":
        return False
    m = _OUTLINE_LETTER.fullmatch(mention)
    if m is None or m.group(1).isupper():
        return False
    line_start = d.start == 0 or text[: d.start].rstrip(" \t").endswith("\n") or not text[: d.start].strip()
    return line_start and _ordinary_word(fold(m.group(1)))


_CAPITAL_RUN = re.compile(r"[A-ZÀ-Ý]+(?:[ \t]+[A-ZÀ-Ý]+)*")


def _word_in_capital_heading(d: Detection, mention: str, text: str) -> bool:
    """Two or three capitals taken for initials that are one of the commonest Dutch words, with a vowel, inside a
    heading of three ordinary words or more in capitals ('NOG TE REGELEN:'): the word, not someone's
    initials."""
    from casusprep.nlp.frequency import zipf_frequency

    if d.entity_type != "PERSON" or not (mention.isalpha() and mention.isupper() and 2 <= len(mention) <= 3):
        return False
    if zipf_frequency(mention.lower(), "nl") < 5.0 or not any(c in "AEIOU" for c in mention):
        return False  # 'KM' has no vowel: initials, whatever a word list says of 'km'
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    for m in _CAPITAL_RUN.finditer(text, line_start, line_end if line_end >= 0 else len(text)):
        if m.start() <= d.start and d.end <= m.end():
            run = m.group(0)
            return len(run.split()) >= 3 and _capitals(run)
    return False


_PROVINCE_BEFORE = re.compile(r"(?i)(?<!\w)(?:provincie|province|prov\.)[ \t]+$")


@cache
def _provinces() -> frozenset[str]:
    return frozenset(fold(w) for w in (*vocabulary().provinces, "Antwerpen", "Luik", "Namen", "Luxemburg"))


def _province(d: Detection, mention: str, text: str) -> bool:
    """A province after the word 'provincie' ('in de hele provincie Luik'): the province, which says nothing of
    where a family lives, not the town of the same name."""
    if d.entity_type != "LOCATION" or fold(mention) not in _provinces():
        return False
    return _PROVINCE_BEFORE.search(text, max(0, d.start - 12), d.start) is not None


_NUMBERED = re.compile(r"([^\W\d_]+)[ \t]*(?:#|nr\.?[ \t]*)?\d{1,3}")


def _numbered_label(d: Detection, mention: str, text: str) -> bool:
    """A person guess of one common word and a number, or of the word before one ('Spreker 1', 'Deelnemer 3',
    'Participant 2'): the label a transcript or a form gives someone it does not name. A name holds no number; a
    listed name with one stays a guess ('Noor 2' in a list of children)."""
    if d.entity_type != "PERSON" or d.meta.get("initials"):
        return False
    if mention.isalpha() and (after := _NUMBERED.match(text, d.start)) is not None and after.start(1) == d.start:
        mention = after.group(0) if after.end(1) == d.end else mention
    m = _NUMBERED.fullmatch(mention)
    if m is None or m.group(1).isupper():
        return False
    word = m.group(1)
    folded = fold(word)
    lex = lexicon()
    if folded in lex.first_names or folded in lex.surnames or folded in lex.places:
        return False
    return _common_word(word)


# The languages of the families the notes meet, for a phrase of common words in one of them.
_LANGUAGES = ("nl", "en", "fr", "de", "es", "it", "pt", "pl", "tr", "ru", "uk", "ar", "ro", "cs", "sk", "hu")


def _foreign_phrase(d: Detection, mention: str, text: str) -> bool:
    """A person guess that opens a phrase ending in lower case, every word of it a common word of one language a
    family speaks other than Dutch, and none a Dutch word ('Wszystkiego najlepszego', 'Buon compleanno'): a greeting
    or a phrase, as a name's last word is written with a capital. Names of people and places are in wordfreq too,
    so a listed name or place keeps it a guess, and a Dutch word after a foreign name ends the phrase ('Kraków
    volgende week')."""
    from casusprep.nlp.frequency import zipf_frequency

    if d.entity_type != "PERSON" or mention.isupper() or d.meta.get("initials"):
        return False
    words = _WORD.findall(mention)
    end = d.end
    if len(words) == 1 and (m := _NEXT_WORD.match(text, d.end)) is not None:
        words.append(m.group(1))  # the model took the phrase's first word only ('Wszystkiego' najlepszego)
        end = m.end()
    if len(words) < 2 or not words[-1].islower() or any(len(w) < 3 or not w.isalpha() for w in words):
        return False
    lex = lexicon()
    if any(zipf_frequency(w.lower(), "nl") >= 3.0 or fold(w) in PARTICLES for w in words):
        return False
    listed = any(fold(w) in lex.first_names or fold(w) in lex.surnames or fold(w) in lex.places for w in words)
    # A listed name among them only in a greeting of two of that language's most common words that ends its
    # sentence ('Bună ziua.'); 'Maria disse que ...' goes on.
    if listed and (len(words) != 2 or not re.match(r"[ \t]*[.!?,]", text[end : end + 3])):
        return False
    least = 5.0 if listed else 4.0
    return any(all(zipf_frequency(w.lower(), lang) >= least for w in words) for lang in _LANGUAGES if lang != "nl")


@lru_cache(maxsize=20_000)
def _common_word(word: str) -> bool:
    """A common word of Dutch, English or French (Zipf 3.5 or more in one of them): the languages a note mixes."""
    from casusprep.nlp.frequency import zipf_frequency

    return max(zipf_frequency(word.lower(), lang) for lang in ("nl", "en", "fr")) >= 3.5


@lru_cache(maxsize=20_000)
def _common_rest(word: str) -> bool:
    """What is left of a guess beside a kept phrase, as one common word of Dutch, English or French and no listed
    name ('Orthodox' of 'Orthodox Easter'; not 'Peeters' of 'Kenny Peeters'): no name."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    if not word.isalpha() or folded in lex.first_names or folded in lex.surnames:
        return False
    if word.isupper():  # a medium or a format in capitals ('Tik Tak DVD'); initials are no common word
        return len(word) >= 3 and zipf_frequency(folded, "nl") >= 4.0
    return _common_word(word)


@cache
def _playing_before() -> re.Pattern[str]:
    words = alternation(vocabulary().playing_words)
    return re.compile(rf"(?i)(?<!\w)(?:{words})(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]*:?[ \t]*$")


_OPEN_QUOTES = "“„«‘"
_CLOSE_QUOTES = "”»’"


def _quoted_title(d: Detection, text: str) -> bool:
    """A guess inside quotes after a verb or a noun of playing, watching, reading or singing ('speelt graag "Wolf,
    hoe laat is het?"', 'kijkt naar "Tom en de Draak"'): the quotes hold a title, whatever names it has."""
    line = text.rfind("\n", 0, d.start) + 1
    before = text[line : d.start]
    straight = before.count('"') % 2 == 1
    curly = max(before.rfind(c) for c in _OPEN_QUOTES)
    if straight:
        opening = before.rfind('"')
    elif curly >= 0 and not any(c in before[curly:] for c in _CLOSE_QUOTES):
        opening = curly
    else:
        return False
    end_line = text.find("\n", d.end)
    after = text[d.end : end_line if end_line >= 0 else len(text)]
    if not any(c in after for c in ('"' if straight else _CLOSE_QUOTES)):
        return False
    return _playing_before().search(before, 0, opening) is not None


@cache
def _watching_before() -> re.Pattern[str]:
    """A verb of playing, watching, reading or singing (vocabulary ``playing_words``) with perhaps an adverb, right
    before a phrase ('kijkt thuis naar', 'leest graag')."""
    adverbs = alternation(vocabulary().playing_adverbs)
    # the adverb may stand inside the verb's phrase too ('kijkt thuis naar')
    words = alternation(vocabulary().playing_words).replace(r"\ ", rf"(?:[ \t]+(?:{adverbs}))*[ \t]+")
    return re.compile(rf"(?i)(?<!\w)(?:{words})(?:[ \t]+(?:{adverbs}))*[ \t]+$")


def _common_words_title(d: Detection, text: str) -> bool:
    """Two to four capitalised words after a verb of watching, reading or playing, each a common word of Dutch,
    English or French and not all listed names ('kijkt naar Happy Forest Friends', 'leest Groen Konijn'): a show's,
    a book's or a game's title, even when one of its words is a first name too. Names of persons are no run of
    common words ('kijkt naar Roos Vos': both listed, a person; 'Emma Peeters': no common word)."""
    if d.recognizer not in ("spacy_model", "context_persons", "known_names") or d.meta.get("initials"):
        return False
    start, end = _capitalised_run(d, text)
    words = _WORD.findall(text[start:end])
    if not 2 <= len(words) <= 4 or any(w.isupper() for w in words):
        return False

    lex = lexicon()
    if all(fold(w) in lex.first_names or fold(w) in lex.surnames for w in words):
        return False
    if not all(_common_word(w) for w in words):
        return False
    return _watching_before().search(text, max(0, start - 50), start) is not None


@cache
def _languages() -> tuple[frozenset[str], re.Pattern[str]]:
    """The languages (vocabulary ``languages``) folded, and the cue before one (``language_cues``)."""
    voc = vocabulary()
    cues = alternation(voc.language_cues)
    return frozenset(fold(w) for w in voc.languages), re.compile(rf"(?i)(?<!\w)(?:{cues})[ \t]+$")


def _language(d: Detection, mention: str, text: str) -> bool:
    """One word that is a language, after a word of speaking or translating or after 'in' ('small and big in Akan',
    'spreekt thuis Twi'): the language, not a person or a place, although a name list may hold the word. Without
    the cue it stays a guess (Akan is also a first name). 'en'/'of' count only after another language ('Twi en
    Ga')."""
    languages, cue = _languages()
    if " " in mention or fold(mention) not in languages:
        return False
    m = cue.search(text, max(0, d.start - 20), d.start)
    if m is None:
        return False
    if fold(m.group(0).strip()) in ("en", "of"):
        before = _WORD.findall(text, max(0, m.start() - 30), m.start())
        return bool(before) and fold(before[-1]) in languages | lexicon().never
    return True


@cache
def _chains() -> frozenset[str]:
    return frozenset(fold(w) for w in vocabulary().chains)


# Three words or more, capitalised or a small word in lower case, the last glued to a lower-case word by a hyphen.
_GLUED_RUN = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:[ \t]+(?:[A-ZÀ-Ý][^\W\d_]*|[a-zà-ÿ]{1,4})){2,5}-([a-zà-ÿ]{3,})(?![\w-])")


_ARTICLE_BEFORE = re.compile(r"(?i)(?<!\w)(?:het|de|een|'t|haar|zijn|z'n|onze|ons|mijn|m'n|the|a|la|le|el)[ \t]+$")
# The small words inside a title of several languages ('Día de los Muertos', 'Maya de Bij', 'Kodomo no Hi').
_TITLE_LINKS = frozenset(
    {"de", "het", "van", "der", "den", "en", "in", "op", "met", "los", "las", "la", "le", "les", "el", "del", "di",
     "da", "do", "dos", "of", "the", "and", "no", "et", "und", "von"}
)  # fmt: skip


def _glued_title(d: Detection, text: str) -> bool:
    """A guess that opens a phrase of three words or more after an article, with only a title's small words in lower
    case, glued as a whole to a common word by a hyphen ('het Día de los Muertos-hoekje', 'de Kapitein van
    Zee-dvd'): a feast's, a book's or a show's name made the first part of a compound; a person's name is not so
    used. When every capitalised word is a listed name it may be one ('de Jan Van Damme-zaak'): it stays a guess."""
    from casusprep.nlp.frequency import zipf_frequency

    m = _GLUED_RUN.match(text, d.start)
    if m is None or m.end() < d.end or zipf_frequency(m.group(1), "nl") < 3.0:
        return False
    if _ARTICLE_BEFORE.search(text, max(0, d.start - 8), d.start) is None:
        return False  # 'doña Carmen van de Latino-vereniging': a person of a club; 'het ...-hoekje' is a thing
    words = _WORD.findall(text, m.start(), m.start(1) - 1)
    small = [w for w in words if w.islower()]
    if not small or any(w not in _TITLE_LINKS for w in small):
        return False  # 'Bilal ee mij Fortnite-kaart': a sentence, no title
    lex = lexicon()
    capitals = [fold(w) for w in words if not w.islower()]
    return not all(w in lex.first_names or w in lex.surnames for w in capitals)


_GROUP_AFTER = re.compile(r"(?i)[ \t]+(?:group|groep|class|klas|room)\b")


@lru_cache(maxsize=20_000)
def _english_group(word: str) -> bool:
    """A capitalised English plural of a common word before 'group' ('the Acorns group', 'Butterflies room'), as
    an English-speaking parent writes the group's name."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    if folded in lex.first_names or folded in lex.surnames or not folded.endswith("s"):
        return False
    stem = folded[:-3] + "y" if folded.endswith("ies") else folded[:-1]
    return zipf_frequency(folded, "en") >= 2.5 or zipf_frequency(stem, "en") >= 3.0


_TAG_IN = re.compile(r"(?:^|[ \t])#([^\W\d_]+)\d*$")


def _without_tags(d: Detection, text: str) -> Detection | None:
    """A guess without the hashtag of ordinary words at its end ('Leuven #stagedag4' is 'Leuven'); None when the
    tag was all there is. A tag that reads as a name is the hashtag recognizer's."""
    from casusprep.anonymise.recognizers.hashtag_names import names_a_person

    mention = text[d.start : d.end]
    m = _TAG_IN.search(mention)
    if m is None or names_a_person(m.group(1)):
        return d
    body = fold(m.group(1))
    if not (_ordinary_word(body) or _tag_word(body)):
        return d
    rest = mention[: m.start()].rstrip(" \t,")
    return replace(d, end=d.start + len(rest)) if rest.strip() else None


@lru_cache(maxsize=20_000)
def _tag_word(folded: str) -> bool:
    """A hashtag's word that is a compound of Dutch words (stagedag, herfstwandeling), no listed name or place."""
    lex = lexicon()
    if folded in lex.first_names or folded in lex.surnames or folded in lex.places:
        return False
    return compound_of_words(folded) or compound_of_common(folded, shortest=3)


class _Spans:
    """Spans to keep in order, so that each detection looks only at the ones that can reach it (a long text has
    thousands of both)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def from_(self, start: int) -> list[tuple[int, int]]:
        """The spans from the first that can end at or after ``start`` on (those before end before it)."""
        return self.spans[bisect.bisect_left(self.starts, start - self.longest) :]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap ``start``-``end``."""
        out = []
        for i in range(bisect.bisect_left(self.starts, start - self.longest), len(self.spans)):
            a, b = self.spans[i]
            if a >= end:
                break
            if start < b:
                out.append((a, b))
        return out


def _covered(d: Detection, text: str, keep: _Spans) -> bool:
    """Whether things to keep cover the detection, one or several side by side ('Lego Duplo'), also as a hashtag
    ('#Nijntje')."""
    pos = d.start + (text[d.start : d.start + 1] == "#")
    for a, b in keep.from_(d.start):
        if a > pos:
            return False  # the spans start later still: none can cover what is left
        if a <= pos < b or a == pos:
            pos = max(pos, b)
            while pos < d.end and text[pos] in " -":
                pos += 1
        if pos >= d.end:
            return True
    return False


def _kept_amid_capitals(d: Detection, text: str, keep: _Spans) -> bool:
    """A guess of a kept phrase with ordinary words in capitals around it, as a form in capitals takes it ('HULP
    VIA Awel SINDS MEI' gives 'VIA Awel SINDS'): the kept thing and the form's words, no name."""
    inside = [(max(a, d.start), min(b, d.end)) for a, b in keep.from_(d.start) if a < d.end and d.start < b]
    if not inside:
        return False
    rest = [
        m.group(0)
        for m in _WORD.finditer(text, d.start, d.end)
        if not any(a <= m.start() and m.end() <= b for a, b in inside)
    ]
    return bool(rest) and all(w.isupper() and (fold(w) in PARTICLES or _ordinary_capitals(w)) for w in rest)


def _without_acronyms(d: Detection, text: str) -> Detection | None:
    """A one-word name with the acronyms of services and terms at its edges ('Sanne BKO' is 'Sanne', 'Maes NKO'
    is 'Maes'); None when nothing else is left. A longer name keeps them: 'Haddad Bouw BV' is a firm."""
    words = list(_WORD.finditer(text, d.start, d.end))
    if sum(w.group(0) not in acronym_words() for w in words) > 1:
        return d
    start, end = d.start, d.end
    while words and words[-1].group(0) in acronym_words():
        words.pop()
        end = words[-1].end() if words else end
    while words and words[0].group(0) in acronym_words():
        words.pop(0)
        start = words[0].start() if words else start
    return replace(d, start=start, end=end) if words else None


def _person_part(d: Detection, keep: list[tuple[int, int]], text: str) -> Detection | None:
    """What of a person guess can be a name: without the kept phrases glued to it, the acronyms at its edges and an
    opening greeting. ``keep``: the kept phrases that overlap it (:meth:`_Spans.overlapping`; no other one can cut
    it)."""
    if keep:
        rest = _outside(d, keep, text)
        cut = rest is not None and (rest.start, rest.end) != (d.start, d.end)
        if cut and rest is not None and _common_rest(text[rest.start : rest.end]):
            return None  # 'Orthodox' of 'Orthodox Easter': a common word beside a kept phrase, no name
        outside = _outside(d, [(a, b) for a, b in keep if not _a_name(text[a:b])], text)
        if outside is None:
            return None
        d = outside
    d = structures.without_acronym_compound(d, text)
    mention = text[d.start : d.end]
    if " " in mention and not mention.isupper() and not d.meta.get("initials"):  # all capitals: their own rule
        trimmed = _without_acronyms(d, text)
        if trimmed is None:
            return None
        d = trimmed
    return _without_greeting(d, text)


def _without_kept_start(d: Detection, keep: list[tuple[int, int]], text: str) -> Detection:
    """A place guess without a kept name of five letters or more that opens it, a space before the rest
    ('Bellewaerde Ieper' is 'Ieper'); 'Sint-Truiden' stays whole."""
    for a, b in keep:
        if a == d.start and b - a >= 5 and b < d.end and text[b : b + 1] == " " and text[b + 1 : d.end].strip():
            return replace(d, start=b + 1)
    return d


def _without_kept_end(d: Detection, keep: _Spans, text: str) -> Detection | None:
    """A place guess without the first words of a longer kept phrase at its end ('Daniel Dept' of 'Daniel Dept. of
    Chemistry'): the place or the name ends before it; None when nothing is left before it."""
    for a, b in keep.overlapping(d.start, d.end):
        if d.start < a and b > d.end:
            words = list(_WORD.finditer(text, d.start, a))
            return replace(d, end=words[-1].end()) if words else None
    return d


_SPACED_DASH = re.compile(r"[ \t]+[–—-][ \t]+")


def _without_heading(d: Detection, text: str) -> Detection:
    """A guess without a heading in capitals of ordinary words that a spaced dash joins to it ('kdv Het Zonnetje
    – AANWEZIGHEDEN MAART' is 'kdv Het Zonnetje'): the name of the place or the person ends at the dash."""
    mention = text[d.start : d.end]
    dashes = list(_SPACED_DASH.finditer(mention))
    if not dashes:
        return d
    last = dashes[-1]
    tail = mention[last.end() :]
    if last.start() > 0 and tail.isupper() and not mention[: last.start()].isupper() and _capitals(tail):
        return replace(d, end=d.start + last.start())
    return d


_UNIT_AFTER = re.compile(r"[ \t]*(?:ml|cl|dl|l|g|gr|gram|kg|cm|mm|min|minuten|°c?|%)(?![\w])", re.IGNORECASE)
_NUMBER_TAIL = re.compile(r"[ \t]+\d+(?:[.,]\d+)?$")
_ACRONYM_TAIL = re.compile(r"[ \t]+[A-Z]{2,5}-[a-zà-ÿ]{3,}$")


def _person_words(d: Detection, text: str) -> Detection | None:
    """What of a person guess of the model can be a name, without what no name holds: a number at its end ('Papfles
    180', where a unit after it makes the word an amount of something: None), an acronym's compound at its end
    ('Intervisie CLB-team'), a heading of ordinary words in capitals and the lower-case words after it at its start
    ('CHRONOLOGIE casus Nowak' is 'Nowak') and a language before an interpreter's name ('tolk Pasjtoe Zarmina')."""
    if d.entity_type != "PERSON" or d.recognizer in _SURE or d.meta.get("initials"):
        return d
    lex = lexicon()
    mention = text[d.start : d.end]
    if d.recognizer == "spacy_model" and (m := _NUMBER_TAIL.search(mention)) and m.start() > 0:
        head = mention[: m.start()]
        if " " not in head and fold(head) not in lex.first_names and _UNIT_AFTER.match(text, d.end):
            return None  # '180 ml' after it: a bottle, a meal, not a person
        d = replace(d, end=d.start + m.start())
        mention = head
    if (m := _ACRONYM_TAIL.search(mention)) and m.start() > 0:
        d = replace(d, end=d.start + m.start())
        mention = mention[: m.start()]
    words = list(_WORD.finditer(text, d.start, d.end))
    heading = 0
    while heading < len(words) and (
        words[heading].group(0).isupper()
        and _capitals(words[heading].group(0))
        or heading
        and words[heading].group(0) in acronym_words()  # 'NOTULEN MDO – ...'
    ):
        heading += 1
    if 0 < heading < len(words) and not mention.isupper():  # all in capitals: the rules for capitals weigh it whole
        rest = heading
        while rest < len(words) and words[rest].group(0).islower() and fold(words[rest].group(0)) not in PARTICLES:
            rest += 1
        if rest == len(words):
            return None
        d = replace(d, start=words[rest].start())
        words = words[rest:]
    if len(words) >= 2 and structures.language_word(words[0].group(0)):
        first = fold(words[0].group(0))
        if first not in lex.first_names and first not in lex.surnames:
            d = replace(d, start=words[1].start())
    return d


# What names an event, a day or a camp as the last word or as the end of a compound ('Zomerkamp', 'Kattenstoet',
# 'Dikke Dag Feest', 'Vlaamse Kinderopvangdag').
_EVENT_ENDS = ("feestdag", "feest", "dag", "stoet", "kamp", "week", "processie", "kermis", "festival", "markt")


_PLACE_PREPOSITION = re.compile(r"(?i)(?<!\w)(?:in|naar|uit|te|vanuit|richting)[ \t]+$")


def _event_name(d: Detection, text: str) -> bool:
    """A guess of one to four capitalised ordinary words whose last word is a word for an event, or a compound of a
    common word and one ('Zomerkamp', 'Kattenstoet', 'Vlaamse Kinderopvangdag', 'Dikke Dag Feest'): a feast, a
    campaign day or a holiday camp, named by what it is. A listed name, surname or place in it keeps it a guess
    ('Veldkamp', 'Jan Dag'), and so does an institution's name a type word vouches for ('kinderopvang Zonnedag')."""
    if d.meta.get("named") or d.meta.get("initials") or d.recognizer == "known_names":
        return False
    start, end = _capitalised_run(d, text)  # the model may have taken the last word only ('Dikke Dag [Feest]')
    words = _WORD.findall(text, start, end)
    if not 1 <= len(words) <= 4 or any(not w[:1].isupper() or w.isupper() for w in words):
        return False
    lex = lexicon()
    folded = [fold(w) for w in words]
    from casusprep.nlp.frequency import zipf_frequency

    for i, w in enumerate(folded):  # a name list holds 'Dag' too: before the event's word only the very commonest
        listed = w in lex.first_names or w in lex.surnames or w in lex.places
        if listed and (i == len(folded) - 1 or w in lex.places or zipf_frequency(w, "nl") < 5.5):
            return False
    last = folded[-1]
    # the ending as written: folded, a Turkish mountain town ('Emirdağ') would end like a day
    ending = next((e for e in _EVENT_ENDS if words[-1].lower().endswith(e)), None)
    if ending is None:
        return False
    if d.entity_type == "LOCATION" and _PLACE_PREPOSITION.search(text, max(0, start - 12), start):
        return False  # 'bij oma in ...': where someone is, a place
    head = last[: -len(ending)].rstrip("-")
    if ending == "kamp" and head not in folded_words("camp_heads"):
        return False  # 'Veldkamp', 'Nijkamp': a surname's end as often as a camp's
    before = _WORD.findall(text, max(0, start - 20), start)
    if before and fold(before[-1]) in lex.roles | folded_words("address_titles"):
        return False  # 'meneer Hofdag', 'juf Zomerfeest': a person after a title or a role
    if head:
        common = zipf_frequency(head, "nl") >= 3.0 or head[-1] in "se" and zipf_frequency(head[:-1], "nl") >= 3.0
        if len(head) < 3 or head in lex.places or not (common or compound_of_common(head, shortest=3)):
            return False
    elif len(words) < 2:
        return False  # 'Dag' alone is a greeting or a word, no event's name
    return all(_common_word(w) for w in words[:-1])


def _capital_organisation(d: Detection, text: str) -> bool:
    """An organisation guess of two words or more in capitals that opens a line, every one an ordinary word and none
    an institution's type word ('TOESTEMMING UITSTAPPEN & BEELDMATERIAAL'): a form's heading. A name in capitals after
    its type word ('IBO 'T SPEELKASTEEL', 'GEZINSOPVANG DE BOOMHUT') or opened by an article is the institution's."""
    mention = text[d.start : d.end]
    words = _WORD.findall(mention)
    if d.entity_type != "ORGANIZATION" or len(words) < 2 or not mention.isupper() or not _capitals(mention):
        return False
    if text[text.rfind("\n", 0, d.start) + 1 : d.start].strip() or fold(words[0]) in ("de", "het", "t", "le", "la"):
        return False
    types = lexicon().institution_types
    return not any(fold(w) in types for w in words)


_PLACE_LINK = re.compile(r"[ \t]+(?:in|te|uit|van|à|de)?[ \t]*")


_CHILDCARE_ACRONYM = re.compile(r"([A-Z]{2,4})[ \t]+(?=(?:De|Het|'t|Den|[A-Z][a-z]))")
_CHILDCARE_KINDS = frozenset({"[kinderopvang]", "[kinderdagverblijf]"})


def _organisation_beside_kept(d: Detection, text: str, keep: _Spans) -> Detection:
    """An organisation guess that took a kept service of several words along with the town after it ('Lokaal Loket
    Kinderopvang Vilvoorde', of which a recognizer took 'Kinderopvang Vilvoorde'; 'Brede School Vilvoorde'): the
    service, named by what it does, stays and the town, where its branch is, goes as a place. A kept phrase written
    twice takes a branch's own name after it ('de Chiro Chiro Sint-Jan'): the first stays, the name goes. A brand,
    a chain or an agency of one word with a town ('Bpost Haren', 'VDAB Vilvoorde') is someone's workplace or office
    and goes whole, as does anything else after a kept phrase ('Chiro Sint-Jan'). The kind of childcare in capitals
    that opens a guess stays before the name it took along ('Stage BKO De Krekel' keeps 'BKO')."""
    if d.entity_type != "ORGANIZATION" or d.recognizer in _SURE:
        return d
    lex = lexicon()
    opening = _CHILDCARE_ACRONYM.match(text, d.start, d.end)
    if opening is not None and lex.institution_types.get(fold(opening.group(1))) in _CHILDCARE_KINDS:
        # 'Stage BKO De Krekel': the kind of childcare in capitals stays, as it does before a name anywhere else
        return replace(d, start=opening.end(), replacement=lex.institution_types[fold(opening.group(1))])
    for a, b in keep.overlapping(d.start, d.end):
        if a > d.start or b >= d.end:
            continue
        phrase = fold(text[a:b])
        rest = text[b : d.end]
        link = _PLACE_LINK.match(rest)
        if link is None or not rest[:1].isspace():
            continue
        body = rest[link.end() :]
        start = d.end - len(body)
        # a listed service only: 'dienst Kinderopvang Lokeren' is an organiser named by its area, whole
        several = " " in phrase and phrase not in _chains() and phrase in _kept_folded()
        if several and fold(body) in lex.places and body[:1].isupper():
            return replace(d, start=start, entity_type="LOCATION", replacement="[gemeente]", meta={})
        if fold(body).startswith(phrase + " ") and len(body) > len(phrase) + 1:
            return replace(d, start=start)
    return d


_EMPLOYER_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?P<word>[^\W\d_]+)[ \t]*[,:]?[ \t]+(?:(?:bij|voor|at|for|chez|de|het|in)[ \t]+)?$"
)


def _employer(d: Detection, text: str) -> bool:
    """An organisation guess right after a word of working ('werkt bij Brussels Airlines', '(werk, Bpost)'): a kept
    brand or agency that is someone's employer stays the guess it is, as where someone works says who they are."""
    if d.entity_type != "ORGANIZATION":
        return False
    m = _EMPLOYER_BEFORE.search(text, max(0, d.start - 30), d.start)
    return m is not None and fold(m.group("word")) in folded_words("employer_words")


def _kept_phrases(text: str, toks: list[Token]) -> tuple[_Spans, _Spans]:
    """The kept phrases of a text, and those of them that are no one's name: a name the note uses for a person
    elsewhere is that person also where it is a kept word (Kenny), so the name recognizers look at the second."""
    keep = _Spans(keep_spans(text, toks))
    return keep, _Spans([(a, b) for a, b in keep.spans if not _a_name(text[a:b])])


def drop_kept(found: list[Detection], text: str, toks: list[Token]) -> list[Detection]:
    """``found`` without the guesses that are in fact things to keep."""
    keep: _Spans | None = None  # looked for once a guess needs it
    known_keep = _Spans([])
    groups: frozenset[str] | None = None
    person_keep: _Spans | None = None  # the kept phrases and the countries, for the person guesses
    out = []
    for d in found:
        if d.recognizer == "dossier_number" and text[d.start : d.end] in _kept_numbers():
            continue  # 'het nummer 1712': a helpline, no file number
        if d.recognizer not in _SURE and d.entity_type in _GUESSES:
            d = _without_heading(d, text)
            if _event_name(d, text) or _capital_organisation(d, text):
                continue
        if d.entity_type == "ORGANIZATION" and d.recognizer not in _SURE:
            if keep is None:
                keep, known_keep = _kept_phrases(text, toks)
            d = _organisation_beside_kept(d, text, keep)
        if d.recognizer in _SURE or d.entity_type not in _GUESSES or d.meta.get("named"):
            out.append(d)  # 'named': an institution's name its type word or context vouches for ('kdv Dikkie Dik')
            continue
        if keep is None:
            keep, known_keep = _kept_phrases(text, toks)
        covered = _covered(d, text, known_keep if d.recognizer == "known_names" else keep)
        if covered and not _named_person(d, text) and not _employer(d, text):
            continue
        if d.recognizer != "known_names" and _kept_amid_capitals(d, text, keep):
            continue
        if _title(d, text) or _from_kept_work(d, text, keep) or _quoted_title(d, text):
            continue  # a title whole, before a kept word or a greeting is cut out of it ('Jan de Kikker', 'Hey ...')
        asked = d  # the guess these three were asked of: cut down below, it is asked again
        if structures.english_title(d, text) or structures.story_character(d, text):
            continue
        if _common_words_title(d, text):
            continue
        if structures.sung_with_kept(d, text, keep.spans):
            continue
        if d.recognizer == "foreign_place":
            out.append(d)  # the town list and its context rules weighed the word already ('in Nice', 'Varna')
            continue
        if d.entity_type == "PERSON":  # an institution's or a place's name stays whole ('AZ Sint-Jan')
            bare = structures.without_abbreviations(d, text)
            if bare is None:
                continue
            if bare is not d:  # a lower-case phrase after a service's abbreviation names its branch ('hvhk ...')
                out.append(bare)
                continue
            worded = _person_words(d, text)
            if worded is None:
                continue
            d = worded
            if person_keep is None:
                person_keep = _Spans(keep.spans + country_spans(text, toks))
            part = _person_part(d, person_keep.overlapping(d.start, d.end), text)
            if part is None:
                continue
            d = part
        elif d.entity_type == "ORGANIZATION" and d.recognizer == "spacy_model":
            # 'Rode Kruis Nieuwe Heide': the kept service stays, its branch's name goes; a chain goes with its
            # branch's place ('Colruyt Wilrijk' is where someone works)
            d = _without_kept_start(d, [(a, b) for a, b in keep.spans if fold(text[a:b]) not in _chains()], text)
        elif d.entity_type == "LOCATION":
            ended = _without_kept_end(_without_kept_start(d, keep.spans, text), keep, text)
            located = None if ended is None else _without_greeting(ended, text)
            if located is None:
                continue  # a sign-off the model took for a place ('Regards,')
            d = located
        if _after_pet_word(text, d.start) or _pet_apposed(d, text):
            continue
        if d is not asked and (_title(d, text) or _from_kept_work(d, text, keep) or _quoted_title(d, text)):
            continue
        if _glued_title(d, text):
            continue
        tagless = _without_tags(d, text)
        if tagless is None:
            continue
        d = tagless
        labelled = _label_cut(d, text)
        if labelled is None:
            continue
        d = labelled
        mention = text[d.start : d.end]
        if _ordinary_guess(d, mention, text) or _phrase_guess(d, mention) or _english_word(d, mention, text):
            continue
        if _foreign_word(d, mention, text):
            continue
        if _english_phrase_start(d, mention, text):
            continue
        if _ordinary_words(d, mention, text) or _foreign_phrase(d, mention, text) or _toy_kind(d, mention, text):
            continue
        if _code_prefix(mention, text) or _language(d, mention, text) or _numbered_label(d, mention, text):
            continue
        if _province(d, mention, text) or _outline_heading(d, mention, text):
            continue
        if _word_in_capital_heading(d, mention, text):
            continue
        if _capitals(mention) or _kept_compound(mention):
            continue
        if _pet_word_itself(d, mention, text):
            continue
        if structures.spoken_language(d, mention, text) or structures.country_form(d, mention, text):
            continue
        if structures.celebrated_feast(d, mention, text):
            continue
        if structures.beside_kept(d, mention, text, keep.spans) or structures.platform(d, mention, text):
            continue
        if structures.emphasis(d, mention, text) or structures.bilingual_answer(d, text):
            continue
        if structures.syllable_acronym(mention) or _group_phrase(d, mention, text):
            continue
        article, _, group = mention.partition(" ")
        # A group with its article ('de opvang de Vlinders', 'coach De Rupsjes'; no surname: De Smet, nor a listed
        # surname that ends like a plural, De Vries); written with a capital after a type word it is the place's name
        # ('kinderdagverblijf De Vlinders').
        grouped = article == "de" or article == "De" and d.entity_type == "PERSON"
        if grouped and group.isalpha() and _group_name(group) and fold(mention) not in lexicon().surnames:
            continue
        head, _, tail = mention.rpartition(" ")
        if head and " " not in head and fold(tail) in ("group", "groep") and _english_group(head):
            continue  # 'Acorns group' taken whole
        if " " not in mention:
            if text[d.start - 1 : d.start] == "(" and text[d.end : d.end + 1] == ")" and _bracketed_group(mention):
                continue
            if _GROUP_BEFORE.search(text, max(0, d.start - 12), d.start) and _group_name(mention):
                continue
            if _GROUP_AFTER.match(text, d.end) and (_group_name(mention) or _english_group(mention)):
                continue
            if groups is None:
                groups = _group_names(text, toks)
            if fold(mention) in groups:
                continue
        out.append(d)
    return out
