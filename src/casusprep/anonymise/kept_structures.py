"""What the structure of a sentence says must stay although the model took it for a name: a language in a list of
the languages a family speaks, a word beside a kept phrase in a coordination, the title of an English work in
title case, a story character's title before an unknown word, a word typed in capitals for emphasis or as a form's
bilingual answer, and a lower-case guess made of abbreviations and ordinary words.

Each rule reads the words around a guess, not a list of the things themselves: the notes that matter are notes
nobody here has read. A registered person and what the coach marked never come here (keep.py sorts them out).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.detection import Detection
from casusprep.anonymise.lexicon import fold, lexicon
from casusprep.anonymise.recognizers.base import alternation
from casusprep.anonymise.vocabulary import vocabulary

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# The model alone and the names it taught the rest of the note: no role word, title or list vouched for these.
_MODEL_ONLY = frozenset({"spacy_model", "known_names", "pet_names"})
# A first name a name list holds, found mid-sentence by the context rules: a language after a word of speaking
# ('oma spreekt Frans met hem') is that language all the same.
_LANGUAGE_GUESSES = _MODEL_ONLY | {"context_persons"}


def _listed(folded: str) -> bool:
    lex = lexicon()
    return folded in lex.first_names or folded in lex.surnames


@lru_cache(maxsize=20_000)
def language_word(word: str) -> bool:
    """A word that names a language by its form: listed among the languages families speak (vocabulary
    ``languages``), or a Dutch name of a language or a nationality, whose adjective Dutch writes with an -e ('Frans'
    and 'Franse', 'Portugees' and 'Portugese', 'Koerdisch' and 'Koerdische')."""
    from casusprep.nlp.frequency import zipf_frequency

    if not word[:1].isupper() or not word.isalpha():
        return False
    folded = fold(word)
    if folded in _languages():
        return True
    if folded.endswith("ees"):
        adjective = folded[:-3] + "ese"
    elif folded.endswith(("s", "isch")) and len(folded) >= 4:
        adjective = folded + "e"
    else:
        return False
    return zipf_frequency(adjective, "nl") >= 2.5


@cache
def _languages() -> frozenset[str]:
    return frozenset(fold(w) for w in vocabulary().languages)


# Words of speaking, labels of the language and 'in het' ('spreekt', 'Thuistaal', 'Taal:', 'in het'), with an adverb
# of where or how much between ('praat thuis', 'spreekt vooral', 'spreekt een beetje').
_ADVERBS = r"thuis|ook|vooral|enkel|alleen|nog|wat|een\s+beetje|goed|vloeiend|meestal|soms|vaak|liefst|graag"


@cache
def _language_cue() -> re.Pattern[str]:
    cues = alternation([c for c in vocabulary().language_cues if c not in ("in", "en", "of")])
    return re.compile(rf"(?i)(?<!\w)(?:{cues})[ \t]*:?(?:[ \t]+(?:{_ADVERBS}))*[ \t]+$")


# What may stand between two languages of one list, and what may end a list.
_LINK = r"[ \t]*(?:,|/|\ben\b|\bof\b|\band\b|\bet\b)[ \t]*|[ \t]*\([ \t]*"
_LIST_LINK = re.compile(_LINK, re.IGNORECASE)
_ITEM = r"[A-ZÀ-Ý][a-zà-ÿ][^\W\d_]*(?:-[^\W\d_]+)?"  # no acronym: 'in het UZA (Edegem)' lists no languages
_ITEM_BEFORE = re.compile(rf"({_ITEM})({_LINK})$")
_LIST_END = re.compile(
    r"[ \t]*(?:[.,;:!?)\n]|$|(?:thuis|door\s+elkaar|en|of|met|als|sprekend\w*|talig\w*|gesproken|spoken|parlé)\b)"
)
_SPEAKING_AFTER = re.compile(r"[ \t]+(?:sprekend|sprekende|talig|talige|speaking)\b", re.IGNORECASE)
_LIST_ITEM = re.compile(_ITEM)


def _list_around(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The capitalised one-word items of the list the word at ``start:end`` stands in, joined by commas, slashes,
    'en', 'of' or a bracket ('Portugees en Crioulo', 'Koerdisch (Kurmanji)'), itself included, left to right."""
    items = [(start, end)]
    at = start
    while True:  # to the left
        window = text[max(0, at - 40) : at]
        m = _ITEM_BEFORE.search(window)
        if m is None or m.group(2).strip() == "":
            break
        a = at - len(window) + m.start(1)
        items.insert(0, (a, a + len(m.group(1))))
        at = a
    at = end
    while True:  # to the right
        link = _LIST_LINK.match(text, at)
        if link is None or link.end() == at:
            break
        item = _LIST_ITEM.match(text, link.end())
        if item is None:
            break
        items.append((item.start(), item.end()))
        at = item.end()
    return items


def spoken_language(d: Detection, mention: str, text: str) -> bool:
    """A one-word guess that is a language a family speaks: a Dutch language word itself that is no listed name
    ('Somalisch'), before 'sprekende' ('Somalisch sprekende medewerker'), in a list after a word of speaking or a
    language label ('praat thuis Sranantongo', 'Taal: Malinké en Soussou', 'in het Portugees en Crioulo'), or in a
    list beside a language the form of the word shows ('Koerdisch (Kurmanji)', 'thuis Bamiléké en Frans'). A listed
    name stays a guess unless its form is a language's ('Thuis spreekt Sara Arabisch' names Sara)."""
    if d.recognizer not in _LANGUAGE_GUESSES or " " in mention or not mention[:1].isupper() or mention.isupper():
        return False
    if d.meta.get("initials"):
        return False
    folded = fold(mention)
    own = language_word(mention)
    if own and not _listed(folded):
        return True
    if (_listed(folded) or folded in lexicon().places) and not own:
        return False  # a listed name or a town ('in het UZA (Edegem)') stays a guess
    if _SPEAKING_AFTER.match(text, d.end):
        return True
    items = _list_around(text, d.start, d.end)
    first = items[0][0]
    if _LIST_END.match(text, d.end) is None and _LIST_LINK.match(text, d.end) is None:
        return False  # 'spreekt Yonas Tigrinya': a capitalised word after the item, so the item is the subject
    cue = _language_cue().search(text, max(0, first - 50), first)
    if cue is None and (m := re.search(r"(?i)(?<!\w)in[ \t]+het[ \t]+$", text[max(0, first - 10) : first])):
        cue = m
    if cue is not None:
        return True
    others = [text[a:b] for a, b in items if (a, b) != (d.start, d.end)]
    anchors = [w for w in others if language_word(w)]
    if not anchors:
        return False
    # a language that is also a first name ('Frans') vouches for the list only after 'thuis' ('thuis Ewe en Frans')
    if all(_listed(fold(w)) for w in anchors):
        return re.search(r"(?i)(?<!\w)thuis[ \t]*:?[ \t]+$", text[max(0, first - 12) : first]) is not None
    return True


_COUNTRY_PREPOSITIONS = re.compile(r"(?i)(?<!\w)(?:naar|uit|in|van|vanuit|over|door|richting|terug\s+naar)[ \t]+$")


def country_form(d: Detection, mention: str, text: str) -> bool:
    """One word ending in '-ië' after a preposition of place ('terug naar Kaapverdië', 'uit Catalonië'): Dutch
    names countries and regions so, which stay; a first name rarely ends so (a listed one stays a guess)."""
    if " " in mention or not mention.endswith("ië") or len(mention) < 6 or not mention[:1].isupper():
        return False
    if _listed(fold(mention)):
        return False
    return _COUNTRY_PREPOSITIONS.search(text, max(0, d.start - 15), d.start) is not None


# Only a conjunction joins two things of one kind; a comma also ends a clause ('sinds de herfstvakantie, Zomer nog').
_AND = re.compile(r"[ \t]+(?:en|and|et|of|&)[ \t]+")
_AND_BEFORE = re.compile(r"[ \t]+(?:en|and|et|of|&)[ \t]+$")


_NEXT_CAPITAL = re.compile(r"[ \t]+([A-ZÀ-Ý][a-zà-ÿ]+)(?![\w-])")


def beside_kept(d: Detection, mention: str, text: str, kept: list[tuple[int, int]]) -> bool:
    """A model's guess of words no name list holds, joined by 'en' or a comma to a kept phrase that is no name
    ('Befana en Sinterklaas', 'Galinha Pintadinha en Frozen'): a list of the same kind of thing, a feast, a
    character, a song. A listed name there is a child playing along ('Sara en Nijntje'): it stays a guess."""
    if d.recognizer not in _MODEL_ONLY or d.entity_type != "PERSON" or d.meta.get("initials"):
        return False
    words = [fold(w) for w in _WORD.findall(mention)]
    if not words or len(words) > 3 or any(_listed(w) for w in words) or mention.isupper():
        return False
    lex = lexicon()
    ends = {b: a for a, b in kept}
    starts = {a: b for a, b in kept}
    end = d.end  # the whole capitalised run the guess opens ('Galinha' of 'Galinha Pintadinha en Frozen')
    while (more := _NEXT_CAPITAL.match(text, end)) is not None and not _listed(fold(more.group(1))):
        end = more.end()
    after = _AND.match(text, end)
    if after is not None and after.end() in starts and text[after.end()].isupper():
        phrase = fold(text[after.end() : starts[after.end()]])
        if phrase not in lex.first_names and phrase not in lex.surnames:
            return True
    before = _AND_BEFORE.search(text, max(0, d.start - 8), d.start)
    if before is not None and before.start() in ends and text[ends[before.start()]].isupper():
        phrase = fold(text[ends[before.start()] : before.start()])
        return phrase not in lex.first_names and phrase not in lex.surnames
    return False


@cache
def _singing() -> re.Pattern[str]:
    """A verb of singing or playing, perhaps with its subject and an adverb after it ('zingt', 'zingt hij graag')."""
    verbs = alternation([*vocabulary().singing_verbs, *vocabulary().playing_words])
    return re.compile(rf"(?i)(?<!\w)(?:{verbs})(?:[ \t]+(?:hij|ze|zij|we|wij|graag|altijd|vaak|nog|ook|mee))*[ \t]+$")


_CLAUSE_END = re.compile(r"[ \t]*(?:[\"”’'»)]|[.,;:!?\n]|$|(?:met|voor|samen|mee|en|als|tijdens|bij)\b)")


def sung_with_kept(d: Detection, text: str, kept: list[tuple[int, int]]) -> bool:
    """A one-word guess that ends a list of kept songs or shows after a verb of singing or playing, with the clause
    ending after it ('zingt K3 en Samson en Marie, lacht'): the last words of a show's title, whatever names it
    holds. 'zingt K3 en Lotte danst' goes on after the word: Lotte is a child."""
    if d.entity_type != "PERSON" or " " in text[d.start : d.end] or d.meta.get("initials"):
        return False
    if _CLAUSE_END.match(text, d.end) is None:
        return False
    ends = {b: a for a, b in kept}
    at, seen = d.start, 0
    while (m := _AND_BEFORE.search(text, max(0, at - 8), at)) is not None and m.start() in ends:
        at = ends[m.start()]
        seen += 1
    if not seen:
        return False
    return _singing().search(text, max(0, at - 40), at) is not None


# Small words of an English title ('The Wheels on the Bus', 'Masha and the Bear'); 'the' must be among them.
_ENGLISH_LINKS = frozenset({"the", "on", "of", "and", "in", "a", "to", "with", "for", "at", "from", "my", "your"})
_LINKS = "|".join(sorted(_ENGLISH_LINKS, key=len, reverse=True))
_RUN_BEFORE = re.compile(rf"(?<![\w-])(?:(?:[A-Z][^\W\d_]*|(?:{_LINKS})(?!\w))[ \t]+)+$")
_TITLE_RUN = re.compile(rf"[A-Z][^\W\d_]*(?:[ \t]+(?:[A-Z][^\W\d_]*|(?:{_LINKS})(?!\w)))*")


def english_title(d: Detection, text: str) -> bool:
    """A guess that opens or sits in a run of capitalised words with the small words of an English title, 'the'
    among them, ending in a capitalised word ('zong mee met The Wheels on the Bus'): a song's, a book's or a show's
    title. A run of names only ('John and Mary') or without 'the' stays a guess."""
    if d.entity_type != "PERSON" or d.meta.get("initials"):
        return False
    window = max(0, d.start - 60)
    back = _RUN_BEFORE.search(text, window, d.start)
    start = d.start
    if back is not None:
        for w in re.finditer(r"\S+", back.group(0)):
            if w.group(0)[:1].isupper():
                start = back.start() + w.start()
                break
    run = _TITLE_RUN.match(text, start)
    if run is None or run.end() < d.end:
        return False
    words = run.group(0).split()
    while words and words[-1].islower():
        words.pop()
    if words and words[0] != "The" and words[0].lower() in _ENGLISH_LINKS:
        return False  # 'With Hiro from the ...': a sentence that opens with a preposition, no title
    end = start + run.group(0).rfind(words[-1]) + len(words[-1]) if words else start
    after = re.compile(r"[ \t]+([a-z]+)").match(text, end)
    if after is not None and _english_more(after.group(1)):
        return False  # 'the Japanese playgroup': the sentence goes on in English after the capitals
    small = [w for w in words[1:-1] if w.islower()]
    if len(words) < 3 or "the" not in small and words[0] != "The" or any(w not in _ENGLISH_LINKS for w in small):
        return False
    capitals = [fold(w) for w in words if not w.islower() and w != "The"]
    return bool(capitals) and not all(_listed(w) for w in capitals)


def _english_more(word: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(word, "en") >= 3.0 and zipf_frequency(word, "en") > zipf_frequency(word, "nl")


@cache
def _character_titles() -> frozenset[str]:
    return frozenset(fold(w) for w in vocabulary().character_titles)


def story_character(d: Detection, text: str) -> bool:
    """A guess after a story character's title written with a capital mid-sentence ('van Kapitein Winokio', 'met
    Prinses Sofia' where Sofia is no listed name ...): a character's or a show's name. A title in lower case before
    a name ('kapitein De Smet') is a person's, and so is a listed name after it."""
    if d.entity_type != "PERSON" or d.meta.get("initials"):
        return False
    m = re.search(r"(?<![\w-])([A-Z][a-zà-ÿ]+)[ \t]+$", text[max(0, d.start - 20) : d.start])
    start = d.start
    words = _WORD.findall(text[d.start : d.end])
    if m is None:
        if not words or fold(words[0]) not in _character_titles():
            return False
        words = words[1:]
    elif fold(m.group(1)) not in _character_titles():
        return False
    else:
        start = d.start - len(m.group(0))
    if not words or any(_listed(fold(w)) for w in words):
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t\"“'‘")
    return bool(before) and before[-1] not in ".!?\n:"  # mid-sentence: a capital that says something


@lru_cache(maxsize=20_000)
def _emphasis_word(word: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(word.lower(), "nl") >= 5.0 and fold(word) not in lexicon().first_names


def emphasis(d: Detection, mention: str, text: str) -> bool:
    """A short word in capitals among lower-case words ('dit hoort hier ECHT niet'): one of the most common Dutch
    words, typed so for emphasis; initials stand alone, in brackets, or beside other names."""
    if not (mention.isalpha() and mention.isupper() and len(mention) == 4) or not _emphasis_word(mention):
        return False
    before = _WORD.findall(text, max(0, d.start - 25), d.start)[-1:]
    after = _WORD.findall(text, d.end, d.end + 25)[:1]
    return bool(before and after) and before[0].islower() and after[0].islower()


_PAIR = re.compile(r"([A-ZÀ-Ý]{2,8})[ \t]*/[ \t]*([A-ZÀ-Ý]{2,8})")


def bilingual_answer(d: Detection, text: str) -> bool:
    """A form's answer in two languages in capitals ('NEE / NON', 'JA / OUI'): a Dutch word and its French or
    English equal, both very common words, not anyone's initials."""
    from casusprep.nlp.frequency import zipf_frequency

    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    for m in _PAIR.finditer(line):
        a, b = line_start + m.start(), line_start + m.end()
        if not (a <= d.start and d.end <= b):
            continue
        dutch, other = m.group(1).lower(), m.group(2).lower()
        common = max(zipf_frequency(other, "fr"), zipf_frequency(other, "en"))
        return zipf_frequency(dutch, "nl") >= 5.0 and common >= 5.0
    return False


_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")


_SYLLABLE_CAPITALS = re.compile(r"(?:[A-Z][a-z]{1,2}){3,4}")


def syllable_acronym(mention: str) -> bool:
    """One word of three or four short syllables each opened by a capital ('KiMiWa', 'VoKaNo'): a method's or a
    project's name made of the first syllables of its words. A name has one capital, or two ('McKenzie',
    'DeSmet'), and names run together have longer parts ('KofiEnAma')."""
    return _SYLLABLE_CAPITALS.fullmatch(mention) is not None


def without_abbreviations(d: Detection, text: str) -> Detection | None:
    """A guess typed in lower case without the abbreviations at its edges that have no vowel ('hvhk peutertuin' is
    'peutertuin'): a name always has a vowel, so such a word is a service's or a term's abbreviation and stays;
    None when nothing else is left."""
    from dataclasses import replace

    mention = text[d.start : d.end]
    if d.entity_type != "PERSON" or not mention.islower() or d.meta.get("initials"):
        return d
    words = list(_WORD.finditer(text, d.start, d.end))
    if len(words) < 2:
        return d

    def bare(m: re.Match[str]) -> bool:
        return len(m.group(0)) >= 3 and not set(m.group(0)) & _VOWELS

    while words and bare(words[0]):
        words.pop(0)
    while words and bare(words[-1]):
        words.pop()
    if not words:
        return None
    return replace(d, start=words[0].start(), end=words[-1].end())


_ACRONYM_COMPOUND = re.compile(r"[A-Z]{2,5}-[a-zà-ÿ]{3,}[ \t]+")


def without_acronym_compound(d: Detection, text: str) -> Detection:
    """A person guess without the job that opens it as an acronym's compound ('CLB-medewerker Wendy' is 'Wendy'):
    the service's acronym stays in the text, and a name never begins with one."""
    m = _ACRONYM_COMPOUND.match(text, d.start)
    if m is None or m.end() >= d.end:
        return d
    from dataclasses import replace

    return replace(d, start=m.end())


_PLATFORM_BEFORE = re.compile(r"(?i)(?<!\w)(?:op|via|on)[ \t]+$")


def platform(d: Detection, mention: str, text: str) -> bool:
    """One capitalised English word the model alone took after 'op' or 'via' in a Dutch sentence ('ping me op
    Slack', 'via Teams'): an app or a platform, a common English word that no name list holds."""
    from casusprep.nlp.frequency import zipf_frequency

    if d.recognizer not in _MODEL_ONLY or d.entity_type != "PERSON" or " " in mention or not mention.isalpha():
        return False
    if not mention[:1].isupper() or mention.isupper() or _listed(fold(mention)):
        return False
    word = mention.lower()
    if zipf_frequency(word, "en") < 3.5 or zipf_frequency(word, "en") <= zipf_frequency(word, "nl"):
        return False
    return _PLATFORM_BEFORE.search(text, max(0, d.start - 6), d.start) is not None


@cache
def _feast_cue() -> re.Pattern[str]:
    """A verb of celebrating with perhaps its subject and an adverb after it ('vieren wij', 'viert de familie
    ook'), or a preposition of time ('sinds', 'tijdens het'), right before a guess (vocabulary
    ``celebrating_verbs``, ``celebrating_subjects``, ``celebrating_adverbs`` and ``feast_prepositions``)."""
    voc = vocabulary()
    verbs = alternation(voc.celebrating_verbs)
    times = alternation(voc.feast_prepositions)
    # a phrase of the list ('de familie') may stand across any run of white space, as a note types it
    subject = alternation(voc.celebrating_subjects).replace(r"\ ", r"\s+")
    adverb = alternation(voc.celebrating_adverbs).replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?i)(?<!\w)(?:(?:{verbs})(?:[ \t]+(?:{subject}))?(?:[ \t]+(?:{adverb}))?"
        rf"|(?:{times})(?:[ \t]+(?:het|de|the))?)[ \t]+$"
    )


def celebrated_feast(d: Detection, mention: str, text: str) -> bool:
    """A guess of one to three capitalised words, none a listed name, after a verb of celebrating or a preposition
    of time ('we vieren Ashura', 'sinds Nyepi'): a feast day of a culture the keep list does not hold. A listed name
    stays a guess ('tijdens Sara haar dutje', 'ze vieren Noor haar verjaardag' name a child)."""
    if d.recognizer not in _MODEL_ONLY or d.meta.get("initials") or not mention[:1].isupper() or mention.isupper():
        return False
    words = _WORD.findall(mention)
    if not 1 <= len(words) <= 3 or any(_listed(fold(w)) for w in words):
        return False
    return _feast_cue().search(text, max(0, d.start - 40), d.start) is not None
