"""First names typed in lower case (quick messages, notes without capitals): a word is a name only where the
context shows one, since many first names are also words.

The contexts, strongest first: after a role word (juf sara, mama fatma); before a possessive and a role word
(noah zijn mama); as the subject of a verb (en noor huilde) or of a clause (dat lars ziek is: vocabulary
``subject_openers``); after 'met', 'naast' ... (met kobe gespeeld); and in a sentence without any capital, a
first name that is rare as a Dutch and as an English word (wordfreq). A word that the lists or wordfreq know as
ordinary Dutch is never taken for a name.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Token
from casusprep.anonymise.recognizers.initials import finite_verb, own_initials_after
from casusprep.anonymise.recognizers.registered_persons import (
    DETERMINERS,
    age_in_brackets,
    inverted_verbs,
    name_words,
    subject_verbs,
)
from casusprep.anonymise.vocabulary import vocabulary

_WITH = frozenset({"met", "naast", "tegen", "bij", "en", "zonder", "mee", "aan"})
# A chat export's speaker: '08:33 - ruth: ...', '[18/02/2025 08:04] ellen: ...', 'ruth: ...' opening a line.
# 'kim 🌸: ...' (an emoji in the name), 'ellen vb: ...' (a surname's initials after it)
# 'an 09:13: ...' (the time after the speaker).
# After a first name: whose or where from ('hilde van de overkant', 'greet van het CAW', "lien van 't onthaal").
_OF_THE = re.compile(r"[ \t]+van[ \t]+(?:de|het|den|der|'t|’t)[ \t]")
# A word closing its line, maybe an emoji or punctuation after it: 'goed gedaan tineke 🙏', 'dank je mieke!'.
_LINE_END = re.compile(r"[ \t!.?]*(?:[^\w\s]{1,3}[ \t]*)?(?:\n|\Z)")
# 'jeroen d.b. 09:14:' (the surname's initials with their dots)
_SPEAKER_AFTER = re.compile(
    r"(?:[ \t]+(?:[a-z]{1,2}\.?|(?:[a-z]\.){2,3}))?(?:[ \t]*[^\w\s:]{1,3})?"
    r"(?:[ \t]+[\[(]?\d{1,2}[:.h]\d{2}(?::\d{2})?[\])]?)?[ \t]*:"
)
_SPEAKER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[\[(]?[\d/.:, \t-]*\d[\])]?[ \t]*[-–—]?[ \t]*)?$")


# Flemish 'our' before a first name ('onzen robbe', 'ons evy'); 'onze' is also 'our' before a noun.
_OUR = frozenset({"ons", "onzen"})
# A role word after a comma with its article: ', de vader', ', haar mama'.
_ROLE_AFTER_COMMA = re.compile(r",[ \t]+(?:de|het|haar|zijn|z'n|d'r)[ \t]+(\w+)")
# A name's own initials right after it: in brackets ('griet (gd)'), or bare before a date or the line's end
# ('lore lvh 24/06'); two to four letters, the first the name's own.
# A surname's initial after its particle: 'bram van l.', 'lotte de w.'.
_SURNAME_INITIAL = re.compile(r"[ \t]+(?:van|de|vd|v\.d\.)[ \t]+[a-z]\.(?![\w.])")


@cache
def subject_openers() -> frozenset[str]:
    return folded_words("subject_openers")


@cache
def greetings() -> frozenset[str]:
    return folded_words("greetings")


@cache
def abbreviated_titles() -> frozenset[str]:
    return folded_words("abbreviated_titles")


@cache
def address_titles() -> frozenset[str]:
    return folded_words("address_titles")


# After a title of address also the particles of Arabic and Berber surnames: 'mevr. el haddad', 'dhr. ben salah'.
_SURNAME_PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "vanden",
        "vander",
        "le",
        "la",
        "du",
        "ten",
        "ter",
        "di",
        "da",
        "el",
        "al",
        "ben",
        "ait",
    }
)


def _after_title_particles(toks: list[Token], i: int, text: str) -> bool:
    """'mevrouw van acker', 'dr. de smet': particles of a surname right after a title of address; what follows
    them is the surname, also when it is a word ('mr. de wilde')."""
    k = i - 1
    while k >= 0 and toks[k].folded in _SURNAME_PARTICLES and text[toks[k].end : toks[k + 1].start] == " ":
        k -= 1
    if k == i - 1 or k < 0 or toks[k].folded not in address_titles():
        return False
    return text[toks[k].end : toks[k + 1].start] in (" ", ". ")


@cache
def _short_first_names() -> frozenset[str]:
    return folded_words("short_first_names")


def short_name(folded: str) -> bool:
    """A first name of two letters that notes use ('an', 'bo'): a name only where the context asks for a name,
    since lower_name takes no word that short."""
    return folded in _short_first_names() and folded in lexicon().first_names


# A line signed with a first name after a dash: '– an' alone on the last line, '... gebeld. — ilse (stagiaire)'.
_DASH_BEFORE = re.compile(r"(?:^|\n|[.!?)\w][ \t]+)[–—-][ \t]*$")
_SIGN_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\))?[ \t.!]*(?:[^\w\s]{1,3}[ \t]*)?(?:\n|\Z)")


def dash_signed(text: str, start: int, end: int) -> bool:
    """Whether the word signs its line after a dash: a dash before it (at the line's start or after a sentence
    or a word) and nothing after it but a remark in brackets or an emoji before the line ends."""
    return _DASH_BEFORE.search(text, max(0, start - 6), start) is not None and _SIGN_AFTER.match(text, end) is not None


@cache
def possessives() -> frozenset[str]:
    return folded_words("possessives")


@lru_cache(maxsize=50_000)
def lower_name(folded: str, strict: bool) -> bool:
    """Whether a word typed in lower case can be a first name: listed as one, not a word the lists or wordfreq
    know as ordinary Dutch (strict: also not a moderately frequent word, for the weaker verb context)."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if len(folded) < 3 or folded not in lex.first_names:
        return False
    if folded in lex.common or folded in lex.never or folded in lex.roles or folded in lex.institution_types:
        return False  # a place's name is no bar: 'veerle belde' (the place recognizer reads 'in veerle')
    if folded in name_words() or folded in subject_verbs() or folded in subject_openers():
        return False
    return zipf_frequency(folded, "nl") < (4.4 if strict else 4.8)


@lru_cache(maxsize=50_000)
def role_name(folded: str) -> bool:
    """A first name typed in lower case where a role word says a person follows ('stagiaire jade', 'mama van
    mees'): also a name that is a word (vocabulary ``name_words``), unless Dutch writes it very often (wordfreq
    4.5: 'lief', 'zon', 'dag' stay words)."""
    from casusprep.nlp.frequency import zipf_frequency

    if lower_name(folded, strict=False):
        return True
    lex = lexicon()
    return (
        folded in name_words()
        and folded in lex.first_names
        and folded not in lex.never
        and folded not in lex.roles
        and zipf_frequency(folded, "nl") < 4.5
    )


@lru_cache(maxsize=20_000)
def foreign_word(folded: str) -> bool:
    """A word French or English writes often ('radio', 'ans', 'memo', 'elf'): notes switch language mid-line."""
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(folded, "fr") >= 3.0 or zipf_frequency(folded, "en") >= 3.0


@lru_cache(maxsize=50_000)
def rare_name(folded: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    return lower_name(folded, strict=True) and zipf_frequency(folded, "nl") < 3.6


@lru_cache(maxsize=50_000)
def _with_name(folded: str) -> bool:
    """A first name after 'met', 'bij', 'aan' ...: not a word a note writes there (wordfreq below 4)."""
    from casusprep.nlp.frequency import zipf_frequency

    return lower_name(folded, strict=True) and zipf_frequency(folded, "nl") < 4.0 and folded not in lexicon().places


def _rare_first_name(folded: str, nl_below: float, en_below: float) -> bool:
    """A listed first name of four letters or more, no place, that Dutch and English write as a word less often
    than the given Zipf frequencies."""
    from casusprep.nlp.frequency import zipf_frequency

    return (
        len(folded) >= 4
        and lower_name(folded, strict=True)
        and folded not in lexicon().places
        and zipf_frequency(folded, "nl") < nl_below
        and zipf_frequency(folded, "en") < en_below
    )


@lru_cache(maxsize=50_000)
def _unlike_a_word(folded: str) -> bool:
    """A first name that is rare as a word in Dutch and in English (tibo, amira, elif): in a text without any
    capital it is the name."""
    return _rare_first_name(folded, 3.0, 3.5)


@lru_cache(maxsize=50_000)
def _never_a_word(folded: str) -> bool:
    """A first name that Dutch and English hardly write as a word at all (selamawit, alireza): typed in lower case
    it is the name, in any sentence."""
    return _rare_first_name(folded, 1.0, 1.5)


@lru_cache(maxsize=50_000)
def _lower_surname(folded: str, limit: float = 3.0) -> bool:
    """A surname typed in lower case after a title (meneer verhaeghe): listed, and no ordinary word. After a title
    of address (``limit`` 4.0: 'meneer peeters') the common surnames too, which wordfreq counts often as names;
    an ordinary word stays ('meneer bakker' is the baker)."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    return (
        len(folded) >= 4
        and folded in lex.surnames
        and folded not in lex.common
        and folded not in lex.never
        and folded not in name_words()
        and zipf_frequency(folded, "nl") < limit
    )


def _short_speaker(toks: list[Token], i: int, text: str) -> bool:
    """A first name of two letters ('an', 'bo', 'jo') that speaks on two lines of a chat or more: too short to be
    told from a word anywhere else, but a word does not open line after line before a colon. Not a role word cut
    short ('ma', 'pa': mama, papa)."""
    lex, t = lexicon(), toks[i]
    if len(t.folded) != 2 or not t.text.isalpha() or t.folded in lex.common or t.folded in lex.never:
        return False
    if t.folded in lex.roles or t.folded * 2 in lex.roles or t.folded in name_words():
        return False
    lines = sum(
        1
        for u in toks
        if u.folded == t.folded
        and _SPEAKER_AFTER.match(text, u.end)
        and _SPEAKER_BEFORE.search(text, max(0, u.start - 30), u.start)
    )
    return lines >= 2


def _before_the_verb(toks: list[Token], i: int) -> bool:
    """Whether the words before a verb in second place (toks[i]) leave the subject to come: an adverb or a phrase
    with a preposition ('morgen is ...', 'in de klas is ...'), not a subject already ('ze was bie de meetje', 'het
    kind had henna', 'Roos had ...') nor a clause of its own ('het is ...', 'dat was ...')."""
    t = toks[i - 1]
    if t.folded in DETERMINERS or t.folded in ("dat", "wat", "dit", "het", "er", "hier", "daar", "wie"):
        return False
    if (
        t.folded in folded_words("subject_pronouns")
        or t.folded in lexicon().roles
        or t.capitalised
        and not t.sentence_start
    ):
        return False
    if i >= 2 and toks[i - 2].folded in DETERMINERS and not t.sentence_start:
        return i >= 3 and toks[i - 3].folded in folded_words("phrase_prepositions")  # 'het kind had', 'in de klas is'
    return True


def lower_person(toks: list[Token], i: int, text: str, lower_sentence: bool) -> float:
    """The score of toks[i] as a first name typed in lower case (0.0: not one here)."""
    t, lex = toks[i], lexicon()
    if (
        i
        and t.folded not in PARTICLES  # 'dokter Van den Bossche': 'den' is the name's particle, not its surname
        and toks[i - 1].folded in _SURNAME_PARTICLES
        and _after_title_particles(toks, i, text)
    ):
        never = t.folded in lex.never or t.folded in lex.roles or t.folded in lex.institution_types
        return 0.0 if never or len(t.folded) < 3 else 0.7
    if t.folded not in lex.first_names and t.folded not in lex.surnames:
        return 0.0  # most words: no context is asked for
    if (
        "-" in t.folded
        and t.folded in lex.first_names
        and all(lower_name(p, strict=False) for p in t.folded.split("-"))
    ):
        return 0.6  # 'gepest door lisa-marie': a double first name is no word
    prev = toks[i - 1] if i and "\n" not in text[toks[i - 1].end : t.start] else None
    nxt = toks[i + 1] if i + 1 < len(toks) and not toks[i + 1].sentence_start else None
    after = toks[i + 2] if nxt is not None and i + 2 < len(toks) else None
    if (
        _SPEAKER_AFTER.match(text, t.end)
        and _SPEAKER_BEFORE.search(text, max(0, t.start - 30), t.start)
        and (lower_name(t.folded, strict=False) or _short_speaker(toks, i, text))
    ):
        return 0.7
    gap = text[prev.end : t.start] if prev is not None else ""
    titled = gap in (". ", ".") and prev is not None and prev.folded in abbreviated_titles()  # 'dr. claes'
    if prev is not None and prev.folded in lex.roles and (gap.strip() in ("", ",", "(") or titled):
        if role_name(t.folded) or short_name(t.folded) and prev.folded not in address_titles():
            return 0.75
        limit = 4.0 if prev.folded in address_titles() else 3.0
        return 0.7 if _lower_surname(t.folded, limit) else 0.0  # 'meneer verhaeghe'
    if prev is not None and prev.folded in _OUR and gap == " " and lower_name(t.folded, strict=False):
        return 0.7  # 'onzen robbe moet vrijdag ...', 'ons evy kan da nie aan': Flemish 'our' before a name
    if _ROLE_AFTER_COMMA.match(text, t.end) and lower_name(t.folded, strict=False):
        m = _ROLE_AFTER_COMMA.match(text, t.end)
        if m is not None and fold(m.group(1)) in lex.roles:
            return 0.7  # 'ook nog: armen, de vader dus, ...': a name and what he is
    before = toks[i - 2] if prev is not None and i >= 2 else None
    if (
        prev is not None
        and prev.folded in folded_words("role_of_words")
        and before is not None
        and before.folded in lex.roles
    ):
        return 0.75 if role_name(t.folded) else 0.0  # 'mama van kobe'
    if role_in_brackets(text, t.end) and (lower_name(t.folded, strict=False) or short_name(t.folded)):
        return 0.75  # 'hilde (verantw.) bellen', 'met an (coach)': a name before its role in brackets
    if own_initials_after(text, t.end, t.folded) and lower_name(t.folded, strict=False):
        return 0.75  # 'eerst griet (gd) bellen', 'dat was het lore lvh 24/06': a name and its own initials
    if _SURNAME_INITIAL.match(text, t.end) and lower_name(t.folded, strict=True):
        return 0.65  # 'bram van l. bellen': a first name and the initial of a surname with its particle
    if gap.strip() == "=" and lower_name(t.folded, strict=False):
        return 0.6  # 'sint = kevin', 'kd = katrien': a legend or an alias says who
    if age_in_brackets(text, t.end) and lower_name(t.folded, strict=False):
        return 0.75  # 'jonas (4j) speelde ...': a name before an age in brackets
    if _OF_THE.match(text, t.end) and lower_name(t.folded, strict=True):
        return 0.65  # 'hilde van de overkant zag hem', 'ik bel greet van het CAW': whose or where from
    if _LINE_END.match(text, t.end) and prev is not None and rare_name(t.folded) and not foreign_word(t.folded):
        return 0.6  # 'oef, goed gedaan tineke': a name closing a chat line speaks to someone or signs it
    if _emoji_after(text, t.end) and lower_name(t.folded, strict=False):
        return 0.6  # 'wie is lotte 🤔', 'ok sorry ruth 🙏': a name that closes a chat message before an emoji
    if _alone_at_end(text, t) and lower_name(t.folded, strict=False):
        return 0.65  # a message signed with a first name on the last line
    if dash_signed(text, t.start, t.end) and (lower_name(t.folded, strict=False) or short_name(t.folded)):
        return 0.7  # '– an', '... bespreken. — ilse (stagiaire)': a line signed after a dash
    if prev is not None and prev.folded in greetings() and text[prev.end : t.start].strip() in ("", ","):
        gap = text[t.end : nxt.start] if nxt is not None else ""
        if nxt is None or gap.strip() or "\n" in gap or nxt.folded in lex.roles:
            named = lower_name(t.folded, strict=False) or short_name(t.folded)
            return 0.7 if named else 0.0  # 'groetjes, ilse' closing a message, 'hey an,' opening one
    if (
        prev is not None
        and prev.text.lower() in vocabulary().opening_greetings
        and text[prev.end : t.start] in (" ", ", ")
        and _GREETING_OPENS.search(text, max(0, prev.start - 40), prev.start)
        and lower_name(t.folded, strict=False)
    ):
        return 0.65  # 'hi marjolein sorry voor ...', '"sorry wendelien, ..."': the greeting that opens a message names
    if (
        prev is not None
        and prev.folded in subject_openers()
        and nxt is not None
        and nxt.text.islower()
        and text[prev.end : t.start] == " "
        and lower_name(t.folded, strict=True)
    ):
        return 0.6  # 'dat lars ziek is' ('dat' is also a determiner, hence first)
    after_name = text[t.end : t.end + 2]
    if after_name[:1] in ",." and lower_name(t.folded, strict=False):
        if _introduced(text, t.start):
            return 0.7  # "'t is bart.", 'hier is ilse,': who is writing
        if _vocative(text, t.start, t.end, prev):
            return 0.6  # 'oké evelien, geef maar ...', 'joris, lukt het?': whom a message speaks to
    if _OF_PLACE.match(text, t.end) and _introduced(text, t.start) and lower_name(t.folded, strict=False):
        return 0.7  # 'hier is ilse van de kinderopvang', 'hier is wendelien van de opvang': who speaks, and from where
    if (
        prev is not None
        and before is not None
        and prev.folded in folded_words("role_copulas")
        and before.folded in lex.roles
        and text[prev.end : t.start] == " "
        and lower_name(t.folded, strict=False)
    ):
        return 0.65  # 'papa is wendelin', 'mama heet wendelien': what a role is called
    if prev is not None and prev.folded in DETERMINERS:
        return 0.0
    if (
        prev is not None
        and not prev.sentence_start
        and i >= 2
        and (prev.folded in inverted_verbs() or prev.folded in folded_words("copula_inverted"))
        and _before_the_verb(toks, i - 1)
        and text[prev.end : t.start] == " "
        and nxt is not None
        and nxt.text.islower()
        and lower_name(t.folded, strict=True)
        and not foreign_word(t.folded)
    ):
        return 0.6  # 'morgen is bram bij zijn papa', 'vandaag heeft lisa goed gegeten': the subject after the verb
    if nxt is not None and after is not None and nxt.folded in possessives() and after.folded in lex.roles:
        return 0.75 if role_name(t.folded) else 0.0
    opens = t.sentence_start and text[t.start - 1 : t.start] not in _QUOTES  # not a quoted word: '"moe is'
    verb = (
        nxt is not None
        and text[t.end : nxt.start] == " "
        and (nxt.folded in subject_verbs() or finite_verb(nxt.folded))
    )
    if opens and verb and lower_name(t.folded, strict=False) and t.folded not in lex.places:
        return 0.6  # 'bart slaapt nu bij zijn broer': a first name opening a sentence before a verb
    if nxt is not None and nxt.folded in subject_verbs() and text[t.end : nxt.start].strip() == "":
        return 0.65 if lower_name(t.folded, strict=True) else 0.0
    if prev is not None and prev.folded in _WITH and text[prev.end : t.start] == " " and _with_name(t.folded):
        return 0.6  # 'met kobe gespeeld', 'naast lotte gezeten'
    if (
        prev is not None
        and prev.folded == "met"
        and text[prev.end : t.start] == " "
        and (nxt is None or text[t.end : nxt.start] != " " or nxt.folded in ("en", "of"))  # no noun after it
        and role_name(t.folded)
    ):
        return 0.6  # 'tekent met mees': a name that is a word, with no article where the word would need one
    if prev is not None and prev.folded == "van" and text[prev.end : t.start] == " " and _with_name(t.folded):
        return 0.6  # 'de verjaardag van jules'
    if prev is not None and prev.folded == "door" and text[prev.end : t.start] == " " and _with_name(t.folded):
        return 0.6  # 'ingesproken door ruben': who did it
    if _role_apposition().match(text, t.end) and role_name(t.folded):
        return 0.7  # '(roos, mama van mees)': a name and what she is
    end = nxt is None or "\n" in text[t.end : nxt.start]
    if end and prev is not None and text[prev.end : t.start] == ", " and lower_name(t.folded, strict=False):
        return 0.6  # 'dank u, katrien': a name closing a message after a comma
    if lower_sentence and _unlike_a_word(t.folded) or _never_a_word(t.folded):
        return 0.55
    if rare_name(t.folded) and _listed_with_lower_name(toks, i, text):
        return 0.6  # 'kinderen: wout, nina': first names listed together
    return 0.0


@cache
def _role_apposition() -> re.Pattern[str]:
    """', mama van ...' after a name: what the person is, said right after her."""
    from casusprep.anonymise.recognizers.base import alternation

    return re.compile(rf"(?i),[ \t]+(?:{alternation(folded_words('role_words'))})[ \t]+van\b")


@cache
def _introductions() -> re.Pattern[str]:
    """'t is', 'hier is', 'this is' ... right before a position (vocabulary ``self_introductions``)."""
    from casusprep.anonymise.recognizers.base import alternation

    return re.compile(rf"(?i)(?:^|(?<=[\s,.!?\"“]))(?:{alternation(vocabulary().self_introductions)})[ \t]+$")


def _introduced(text: str, start: int) -> bool:
    return _introductions().search(text, max(0, start - 20), start) is not None


# 'van' after a name: where the speaker is from ('hier is wendelien van de opvang', '... van het kdv').
_OF_PLACE = re.compile(r"[ \t]+van[ \t]")


# Where a greeting opens a message: a line's start, a sentence's end, a chat label, a quote, a dash ('– hey ...').
_GREETING_OPENS = re.compile(r"(?:^|\n|:[ \t]|[.!?][ \t]|[\"“'‘][ \t]*|[–—-][ \t])[ \t]*\Z")


# Where a message or a sentence starts: a line's start, a full stop, a chat speaker's label ('Greet Wuyts: ',
# '[14:02] Sien: ') or a quote opening a message.
_MESSAGE_START = re.compile(r"(?:^|\n|:[ \t]|[.!?][ \t]|[\"“][ \t]*)[ \t]*$")


def _vocative(text: str, start: int, end: int, prev: Token | None) -> bool:
    """Whether the word, before a comma, follows an interjection that opens a message ('oké evelien, ...'), or opens
    a message or sentence itself and what follows the comma speaks to someone ('joris, lukt het?', 'sara, kun je'):
    a list of words after a label ('Links: wang, neus en kin') is no one addressed."""
    if text[end : end + 1] != ",":
        return False
    head = text[max(0, start - 40) : start]
    if prev is not None and prev.folded in vocative_openers() and head.rstrip(" \t") != head:
        return _MESSAGE_START.search(head.rstrip(" \t")[: -len(prev.text)]) is not None
    if _MESSAGE_START.search(head) is None:
        return False
    m = _NEXT_WORD.match(text, end + 1)
    return m is not None and (fold(m.group(1)) in folded_words("addressed_words") or finite_verb(fold(m.group(1))))


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


@cache
def vocative_openers() -> frozenset[str]:
    return folded_words("vocative_openers") | greetings()


_ROLE_IN_BRACKETS = re.compile(r"[ \t]*\((?P<role>[^\W\d_]+)\.?[),;]")  # (verantw.)  (broer, 7j)


def role_in_brackets(text: str, end: int) -> bool:
    """Whether a role word (or its short form) in brackets follows: 'hilde (verantw.)', 'Elke Peeters (coach)'."""
    m = _ROLE_IN_BRACKETS.match(text, end)
    return m is not None and fold(m.group("role")) in role_words_short()


@cache
def role_words_short() -> frozenset[str]:
    """Role words and their short forms written in brackets after a name ('(verantw.)', '(stag.)')."""
    return folded_words("role_words") | folded_words("role_abbreviations")


def _emoji_after(text: str, end: int) -> bool:
    """Whether an emoji (a symbol, not a letter or punctuation) follows, then the end of the line."""
    import unicodedata

    rest = text[end : end + 8].lstrip(" \t")
    first = rest[:1]
    if not first or unicodedata.category(first) != "So":
        return False
    tail = rest[1:].lstrip("\ufe0f\u200d" + "".join(c for c in rest[1:] if unicodedata.category(c) == "So"))
    return not tail.strip(" \t") or tail.lstrip(" \t")[:1] == "\n"


def _alone_at_end(text: str, t: Token) -> bool:
    """Whether the word is alone on the text's last line (a signature), after a line with words."""
    line_start = text.rfind("\n", 0, t.start) + 1
    if text[line_start : t.start].strip() or text[t.end :].strip(" \t.!\n") or line_start == 0:
        return False
    return bool(text[:line_start].strip())


def _listed_with_lower_name(toks: list[Token], i: int, text: str) -> bool:
    """Whether toks[i] is listed (a comma or 'en') with a lower-case first name right before or after it."""
    for step in (-1, 1):
        k = i + step
        if not 0 <= k < len(toks):
            continue
        a, b = (toks[k], toks[i]) if step < 0 else (toks[i], toks[k])
        if text[a.end : b.start] == ", ":
            other = toks[k]
        elif toks[k].folded == "en" and 0 <= i + 2 * step < len(toks):
            other = toks[i + 2 * step]
            a, b = (other, toks[i]) if step < 0 else (toks[i], other)
            if text[a.end : b.start].count(" ") != 2:
                continue
        else:
            continue
        if other.text.islower() and lower_name(other.folded, strict=True):
            return True
    return False


_QUOTES = "\"'“‘„«"
_SLOT_BEFORE = frozenset({*_WITH, "van", "voor", "op", "naar", "zei", "zegt", "heeft", "en"})


def name_slot(toks: list[Token], i: int, text: str) -> bool:
    """Whether a lower-case word stands where a name does: opening a sentence, before a verb a person does, after
    'met', 'van', 'aan' ...; never after an article or a possessive ('een roos', 'mijn beer')."""
    t = toks[i]
    prev = toks[i - 1] if i and not t.sentence_start else None
    if prev is not None and (prev.folded in DETERMINERS or prev.folded in possessives()):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) and text[t.end : toks[i + 1].start] == " " else None
    before_verb = nxt is not None and (nxt.folded in subject_verbs() or finite_verb(nxt.folded))
    return prev is None or before_verb or prev.folded in _SLOT_BEFORE


@lru_cache(maxsize=20_000)
def _double_first(folded: str) -> bool:
    """A first name that may stand right before another one found in lower case: no word Dutch writes often."""
    from casusprep.nlp.frequency import zipf_frequency

    return (
        lower_name(folded, strict=True)
        and zipf_frequency(folded, "nl") < 4.0
        and folded not in lexicon().places
        and not _word_elsewhere(folded)  # 'il mio', 'mon frère', 'minha filha', 'doña Rosa': a word elsewhere
    )


@lru_cache(maxsize=20_000)
def foreign_peak(folded: str) -> bool:
    """A word one other language writes far more often than Dutch (wordfreq 1.5 higher: 'merci', 'obrigado',
    'thanks'): a word of that language quoted in the note. A first name is written about as often everywhere
    ('daniel')."""
    from casusprep.nlp.frequency import zipf_frequency

    nl = zipf_frequency(folded, "nl")
    return any(zipf_frequency(folded, lang) - nl >= 1.5 for lang in ("fr", "en", "de", "es", "pt", "it", "tr", "pl"))


@lru_cache(maxsize=20_000)
def _word_elsewhere(folded: str) -> bool:
    """A word one of the families' languages writes often (wordfreq 3.0): notes quote them mid-line."""
    from casusprep.nlp.frequency import zipf_frequency

    return any(zipf_frequency(folded, lang) >= 3.0 for lang in ("fr", "en", "de", "es", "pt", "it", "tr", "pl"))


def listed_lower(toks: list[Token], text: str, hits: list[int]) -> list[int]:
    """Lower-case first names listed with a name already found: 'noor en lina', 'lina, noor en bo', 'Noor, finn'."""
    out: list[int] = []
    for i in hits:
        for step in (-1, 1):
            k = i
            while True:
                near = k + step
                if not 0 <= near < len(toks):
                    break
                a, b = (toks[near], toks[k]) if step < 0 else (toks[k], toks[near])
                if text[a.end : b.start] in (", ", ",", " & ", " + "):
                    other = near  # 'nora, finn', 'mila & noor'
                elif text[a.end : b.start] == " " and step < 0 and _double_first(toks[near].folded):
                    other = near  # 'jules marie': a first name before another, a double first name or a list
                elif toks[near].folded == "en" and 0 <= k + 2 * step < len(toks):
                    other = k + 2 * step
                    a, b = (toks[other], toks[k]) if step < 0 else (toks[k], toks[other])
                    if text[a.end : b.start].count(" ") != 2 or "\n" in text[a.end : b.start]:
                        break
                else:
                    break
                if not (
                    toks[other].text.islower()
                    and (lower_name(toks[other].folded, strict=True) or role_name(toks[other].folded))
                ):
                    break
                out.append(other)
                k = other
    return out
