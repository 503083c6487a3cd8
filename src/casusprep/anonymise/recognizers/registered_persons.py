"""Registered persons: full names and parts, diminutives, short forms, possessives, any case,
diacritics dropped or added, and a one-letter typo for names of five letters or more."""

from __future__ import annotations

import re
from functools import cache, cached_property, lru_cache

import regex
from rapidfuzz import process
from rapidfuzz.distance import OSA

from casusprep.anonymise.lexicon import fold, folded_map, folded_words, lexicon
from casusprep.anonymise.nicknames import pet_forms, second_forms, suffixes
from casusprep.anonymise.recognizers import joined_names
from casusprep.anonymise.recognizers.base import PARTICLES, Detection, Token, alternation
from casusprep.anonymise.vocabulary import vocabulary

_DIMINUTIVE = ("tje", "je", "ke", "eke", "ie", "tjes", "ske", "ken", "kie", "ootje", "aatje", "ietje", "uutje", "y")
_VOWELS = "aeiouy"
# The words of a name: "Anne-Marie", "Jos.", "(Mieke)" or a name typed with stray signs still give its words.
_NAME_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _stems(part: str) -> set[str]:
    stems = {part}
    s = part
    while s and s[-1] in _VOWELS and len(s) > 2:
        s = s[:-1]
        stems.add(s)
    if len(s) > 2 and s[-1] == s[-2]:
        stems.add(s[:-1])
    return stems


_OPEN_E = re.compile(r"(.*[^aeiouy])([aeiou])([^aeiouy])e")


def _spoken_diminutives(part: str) -> set[str]:
    """The Dutch diminutive of a first name spelled as it is said: the open vowel doubled (Bo: Bootje; Lore:
    Loortje, Tine: Tientje). Only capitalised: 'bootje' and 'tientje' are ordinary words."""
    out: set[str] = set()
    if len(part) == 2 and part[0] not in _VOWELS and part[1] in "aou":
        out.add(part + part[1] + "tje")
    m = _OPEN_E.fullmatch(part)
    if m:
        head, vowel, consonant = m.groups()
        long_vowel = "ie" if vowel == "i" else vowel * 2
        out.add(head + long_vowel + consonant + "tje")
    return out


@cache
def short_forms() -> dict[str, tuple[str, ...]]:
    """Known nicknames per first name (vocabulary); other short forms are not guessed."""
    return folded_map(vocabulary().short_forms)


@cache
def name_words() -> frozenset[str]:
    return folded_words("name_words")


@lru_cache(maxsize=4096)
def variants(name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(forms in any case, forms only when capitalised (short forms), parts eligible for a typo)."""
    exact: set[str] = {fold(name)}
    capital_only: set[str] = set()
    fuzzy: set[str] = set()
    parts = [fold(p) for p in _NAME_WORD.findall(name)]
    for i, part in enumerate(parts):
        if len(part) < 2 or (part in PARTICLES and i > 0):
            continue  # a particle is a name only as the first word: Ben, Al, El (not 'Ilias Ben Haddou')
        exact.add(part)
        for stem in _stems(part):
            if len(stem) >= 2:
                exact.update(stem + suffix for suffix in _DIMINUTIVE)
                if stem[-1] not in _VOWELS:  # Rubenneke, Bennetje: doubled last consonant
                    exact.update(stem + stem[-1] + suffix for suffix in ("eke", "etje", "ie", "ke"))
                if stem[-1] == "m":  # Dutch writes -pje after an m: Brampje, Kimpje
                    exact.update(stem + suffix for suffix in ("pje", "pjes"))
        if len(part) >= 5:
            fuzzy.add(part)
        if i > 0 and len(part) >= 4:
            # A given name written after the family name ('Chen Yuxuan': Xuanxuan) has its pet forms too.
            capital_only.update(pet_forms(part))
        if i == 0:
            first_word = fold(name.split()[0]) if name.split() else part
            shorts = short_forms().get(part, ()) + short_forms().get(first_word, ()) * (first_word != part)
            capital_only.update(shorts)
            capital_only.update(_spoken_diminutives(part))
            # Wojtek for Wojciech, Ayşecim for Ayşe, Olenka for Olena; Kasiunia from the short form Kasia.
            capital_only.update(second_forms(part, shorts))
            if len(part) >= 5:
                # A clipped form that is a first name of its own is one too: Jay for Jayden, Joos for Joost.
                capital_only.update(f for f in _clipped(part) if _no_word(f) or _own_name(f))
    exact.discard("")
    return frozenset(exact), frozenset(capital_only), frozenset(fuzzy)


def _own_name(form: str) -> bool:
    """A form the first-name lists hold that is no word, place or role of the vocabulary."""
    lex = lexicon()
    return (
        form in lex.first_names
        and form not in lex.common
        and form not in lex.never
        and form not in lex.places
        and form not in lex.roles
    )


def clipped_forms(first_name: str) -> frozenset[str]:
    """The name's first three letters when those are no word (Kev for Kevin, Nat for Natasha): how a name found
    in a note is clipped later in it."""
    clip = first_name[:3]
    return frozenset({clip}) if len(first_name) >= 5 and _no_word(clip) else frozenset()


def _clipped(part: str) -> set[str]:
    """A first name cut short, as families and colleagues call someone: its first three letters ('Eth' for Ethan,
    'Kel' for Kelly), its first four of a longer name ('Nata'), and the first three with a pet vowel ('Ishu' for
    Ishaan, 'Roxi' for Roxana)."""
    out = {part[:3]} | ({part[:4]} if len(part) >= 6 else set())
    if part[-1] not in _VOWELS and part[-2] not in _VOWELS:
        out.add(part[:-1])  # the last of two consonants dropped, as said: Joos for Joost, Bern for Bernd
    out.update(part[:3] + v for v in ("i", "u", "y", "ie") if part[:4] != part[:3] + v or len(part) > 4)
    out.discard(part)
    return out


@lru_cache(maxsize=20_000)
def _no_word(form: str) -> bool:
    """A clipped name that no list knows as a word or place and that Dutch and English hardly write (wordfreq)."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if form in lex.common or form in lex.never or form in lex.places or form in lex.roles:
        return False
    return zipf_frequency(form, "nl") < 3.0 and zipf_frequency(form, "en") < 4.0


# A comma after a name, a group in brackets allowed before it, then a role word with its article or possessive:
# 'roos, de zus van noor', 'storm (3j), haar broer'.
_APPOSITION = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?,[ \t]*(?:(?:de|het|haar|zijn|z'n|d'r|ons|onze)[ \t]+)?(\w+)"
)
# An age in brackets right after a word: '(3j)', '(4 jaar)', '(2j3m)', '(18 mnd)', '(5 ans)', '(3 yrs)'.
_AGE = re.compile(
    r"[ \t]*\((?:\d{1,2}[ \t]?(?:j|jr|jaar|m|mnd|maanden|ans|an|yrs|years|y)\.?(?:[ \t]?\d{1,2}[ \t]?m\.?)?)[),;]"
)


def age_in_brackets(text: str, end: int) -> bool:
    """Whether an age in brackets follows ``end``: only a person has one ('roos (3j) kreeg ...', 'storm (4 jaar)')."""
    return _AGE.match(text, end) is not None


# Words after which a registered name that is also a word is the person ('met merel', 'van mees').
_WITH_NAME = frozenset({"met", "naast", "bij", "aan", "van", "voor", "tegen", "zonder", "mee"})
# Words before which a name-word is the word: 'een roos', 'de storm', 'mijn merel'.
DETERMINERS = frozenset(
    [
        "een",
        "de",
        "het",
        "die",
        "deze",
        "dat",
        "dit",
        "mijn",
        "zijn",
        "haar",
        "onze",
        "ons",
        "jouw",
        "uw",
        "hun",
        "geen",
        "elke",
        "iedere",
        "welke",
        "veel",
        "weinig",
    ]
)


@cache
def endearments() -> frozenset[str]:
    return folded_words("name_endearments")


@cache
def name_possessives() -> frozenset[str]:
    return folded_words("name_possessives")


@cache
def name_prefixes() -> frozenset[str]:
    return folded_words("name_prefixes")


@cache
def kunya_words() -> frozenset[str]:
    return folded_words("kunya_words")


@cache
def possessives() -> frozenset[str]:
    return folded_words("possessives")


@cache
def inverted_verbs() -> frozenset[str]:
    return folded_words("inverted_verbs")


@cache
def subject_verbs() -> frozenset[str]:
    return folded_words("subject_verbs")


@cache
def _gendered_titles() -> dict[str, str]:
    """Folded formal titles without their dot -> 'f' or 'm' (vocabulary ``female_titles``, ``male_titles``)."""
    out = {fold(t).rstrip("."): "m" for t in vocabulary().male_titles}
    out.update({fold(t).rstrip("."): "f" for t in vocabulary().female_titles})
    return out


_TITLE_BEFORE = re.compile(r"([^\W\d_]+)(\.?)[ \t]+$")


def formal_title_before(text: str, start: int, floor: int = 0) -> tuple[int, str] | None:
    """(start of the title, 'f' or 'm') when a formal title of address stands right before ``start``: 'mevrouw',
    'mevr.', 'dhr', 'Madame'. The title reads as part of the mention: a pseudonym after it ('mevrouw moeder',
    'meneer begeleider A') is no Dutch, and the title says whose the shared surname is."""
    m = _TITLE_BEFORE.search(text, max(floor, start - 20), start)
    if m is None:
        return None
    gender = _gendered_titles().get(fold(m.group(1)))
    if gender is None:
        return None
    before = text[m.start(1) - 1 : m.start(1)]
    if before and (before.isalnum() or before in "-_"):
        return None
    return m.start(1), gender


_ADULT_ROLES = {"f": ("moeder",), "m": ("vader",)}
_CHILD_ROLES = frozenset({"kind", "broer", "zus"})


@lru_cache(maxsize=20_000)
def is_word(folded: str) -> bool:
    """A name that is also an ordinary Dutch word: listed in the vocabulary, or very frequent (wordfreq)."""
    from casusprep.nlp.frequency import zipf_frequency

    return folded in name_words() or zipf_frequency(folded, "nl") >= 5.0


_last_lower: tuple[list[Token], list[bool]] | None = None


def lower_sentences(toks: list[Token]) -> list[bool]:
    """Per token: whether its sentence has no capital at all (a quick message typed in lower case); the last
    answer is kept, as two recognizers ask for the same tokens."""
    global _last_lower
    last = _last_lower
    if last is not None and last[0] is toks:
        return last[1]
    out = [False] * len(toks)
    start = 0
    for i in range(1, len(toks) + 1):
        if i == len(toks) or toks[i].sentence_start:
            lower = not any(toks[k].capitalised for k in range(start, i))
            for k in range(start, i):
                out[k] = lower
            start = i
    _last_lower = (toks, out)
    return out


@lru_cache(maxsize=4096)
def _handle_word(folded: str) -> bool:
    """A name word distinctive enough to look for inside a user name: four letters or more, not a word."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    return (
        len(folded) >= 4
        and folded not in PARTICLES
        and folded not in lex.common
        and folded not in lex.never
        and folded not in name_words()
        and zipf_frequency(folded, "nl") < 4.6
    )


def skeleton(folded: str) -> str:
    """A name word as transliterations agree on it: no soft signs (Mel'nyk, Mel'nik), i for y (Ukrainian и is y in
    the official spelling, i in anyascii's: Kobylnyk, Kobil'nik), and an umlaut written out as German does it
    folded like the letter with its dots (Oeztuerk for Öztürk)."""
    return folded.replace("'", "").replace("y", "i").replace("oe", "o").replace("ue", "u").replace("ae", "a")


@lru_cache(maxsize=20_000)
def _rare(folded: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(folded, "nl") < 3.0


_ROLE_IN_BRACKETS = re.compile(r"[ \t]*\(([^\W\d_]+)\.?[),]")
# One capital with its dot before a lower-case word ('L. moe', "A. 's middags"): an initial, not an abbreviation.
_ONE_INITIAL = re.compile(r"(?<![\w.-])(?<!\b\w\. )([A-ZÀ-Ý])\.(?=[ \t]+(?:[a-zß-ÿ]{2,}|'s\b))")
# Where lower-case initials sign: a line's first word before a date or alone on its line, or after a dash closing it.
_SIGNATURE = re.compile(r"(?m)^[ \t]*(?P<a>[a-z]{2,4})(?=[ \t]*(?:$|\d))|(?<=[-–—/] )(?P<b>[a-z]{2,4})(?=[ \t]*$)")
# Lower-case initials where only a signature stands: in brackets closing a line or before a role ('(kb)', '(fw,
# hoofdanimator)'), after a slash or a dash closing a line ('eg/kb', '-kb'), in a legend ('kb = ...', ', nv = ...'),
# after an emoji or a sign closing a line ('👍 jv').
_SIGNED_LOWER = regex.compile(
    r"(?m)(?<=\()(?P<br>[a-z]{2,4})(?=\)[ \t.]*$|,[ \t]+[^\W\d_]+\))"
    r"|(?<=[\w)][ \t]?[/–—-])(?P<sl>[a-z]{2,4})(?=[ \t.]*$)"
    r"|(?:(?<=^[ \t]*)|(?<=[,;][ \t]*))(?P<lg>[a-z]{2,4})(?=[ \t]*=[ \t]*[^\W\d_])"
    r"|(?<=[^\w\s.,;:!?'\"()][ \t]+)(?P<em>[a-z]{2,4})(?=[ \t]*$)"
)
# Two lower-case initials joined by 'en', 'of' or a slash ('kd en mv', 'kd/mv'): each one a registered person's.
_LOWER_PAIR = re.compile(r"(?<![\w.@/-])(?P<a>[a-z]{2,4})(?:[ \t]+(?:en|of|&)[ \t]+|/)(?P<b>[a-z]{2,4})(?![\w@/-])")


@cache
def _closing_greeting() -> re.Pattern[str]:
    """Lower-case initials after a closing greeting at the end of a line ('tnx kd', 'groetjes, kd')."""
    words = alternation(vocabulary().greetings)
    return re.compile(rf"(?mi)(?<!\w)(?:{words})[ \t,]+(?P<low>[a-z]{{2,4}})(?=[ \t.!]*$)")


# A word in a script that leaves short vowels unwritten: Arabic (with its Persian and Urdu letters) or Hebrew.
_ABJAD_WORD = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]+")


def consonants(latin: str) -> str:
    """The consonants a name keeps in Arabic or Hebrew letters, as both spellings agree on them: vowels dropped
    (long ones are written with letters anyascii reads y, w or v: يوسف 'ywsf' for Youssef), French 'ch' and 'dj' as
    'sh' and 'j', Kurdish and Persian 'zh' (ژ) as the 'j' Latin spellings write ('Rojda'), a doubled letter once,
    the final h of a feminine ending dropped (فاطمة 'ftmh' for Fatima)."""
    s = re.sub(r"[^a-z]", "", fold(latin)).replace("ch", "sh").replace("dj", "j").replace("zh", "j")
    s = s[:1] + re.sub(r"[aeiouywv]", "", s[1:]) if s[:1] in ("y", "w", "v") else re.sub(r"[aeiouywv]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s[:-1] if len(s) > 2 and s.endswith("h") else s


def _skeletons(word: str) -> tuple[str, ...]:
    """The consonants of an Arabic or Hebrew word, and without the article joined to its front ('الحموي' is
    al-Hamwi, which a Latin spelling writes 'Al-Hamwi' or 'Hamwi')."""
    from anyascii import anyascii

    whole = consonants(anyascii(word))
    if word.startswith("\u0627\u0644") and len(word) > 3:
        return (whole, consonants(anyascii(word[2:])))
    return (whole,)


def _isolated(runs: list[tuple[int, int, tuple[str, ...]]], k: int, text: str) -> bool:
    """Whether the Arabic or Hebrew word runs[k] stands alone among Latin words: no other such word on its line."""
    start, end, _ = runs[k]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not any(a < line_end and line_start <= a for i, (a, _, _) in enumerate(runs) if i != k)


def one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one insertion, deletion, substitution or swap of neighbours (OSA distance 1)."""
    return a != b and OSA.distance(a, b, score_cutoff=1) <= 1


class RegisteredPersons:
    """Index of a case's registered persons, (person id, full name) pairs; earlier persons win a shared form."""

    name = "registered_persons"

    def __init__(self, persons: list[tuple[str, str]]):
        self.exact: dict[str, str] = {}
        self.capital: dict[str, str] = {}
        self.fuzzy: dict[str, str] = {}
        self.firsts: set[str] = set()  # forms that name a person by first name (not a shared surname)
        self.first_forms: set[str] = set()  # short and pet forms of the first names
        # Particles written before a surname part: 'El Amrani', 'Van den Broeck' (person id -> part -> particles).
        self.particles: dict[str, dict[str, tuple[str, ...]]] = {}
        self.words: dict[str, frozenset[str]] = {}  # person id -> the words of the registered name
        self.spellings: set[str] = set()  # the name words exactly as registered (any odd capitalisation)
        self._names = persons
        self.joined: dict[str, str] = {}  # name words written together, without spaces
        self.handle_words: dict[str, str] = {}  # name words looked for inside user names (joined_names)
        self.surnames: dict[str, tuple[str, ...]] = {}  # person id -> the words after the first name, no particles
        self.first_letters: dict[str, str] = {}  # person id -> the first name's first letter, folded
        self.surname_initials: dict[str, frozenset[str]] = {}  # person id -> 'vd', 'vdb' for Van den Broeck
        self.surname_letters: dict[str, frozenset[str]] = {}  # person id -> 'v', 'g' for Van Gils
        # First names before surnames: a shared surname must not hide whose first name it is.
        for pid, name in persons:
            exact, capital, fuzzy = variants(name)
            first = fold(name.split()[0]) if name.split() else ""
            for v in sorted(exact, key=lambda v: v != first):
                self.exact.setdefault(v, pid)
            self.firsts.update(v for v in exact if v.startswith(first[:2]))
            self.firsts.add(fold(name))
            for v in capital:
                self.capital.setdefault(v, pid)
            # The short and pet forms of the first name alone (not a surname's: Georgieva is no pet form of a name).
            lex = lexicon()
            for k, word in enumerate(name.split()):
                given = fold(word)
                if k == 0 or given in lex.first_names and given not in lex.surnames:  # Ana Paula: Paula is given
                    self.first_forms.update(variants(word)[1])
            for v in fuzzy:
                self.fuzzy.setdefault(v, pid)
            written = _NAME_WORD.findall(name)
            self.spellings.update(written)
            words = [fold(w) for w in written]
            # Names run together in a hashtag or a user name: #LotteVermeulen, lottevermeulen2022, vermeulenlotte.
            for a in range(len(words)):
                for b in range(a + 2, len(words) + 1):
                    self.joined.setdefault("".join(words[a:b]), pid)
            if len(words) >= 2:
                self.joined.setdefault(words[-1] + words[0], pid)
            # A surname with particles is often written as one word: De Vos as Devos, Van Damme as Vandamme.
            for k in range(1, len(words) - 1):
                if words[k] in PARTICLES and words[k - 1] not in PARTICLES:
                    end = k
                    while end < len(words) and words[end] in PARTICLES:
                        end += 1
                    together = "".join(words[k : end + 1])
                    if end < len(words) and len(together) >= 5 and not is_word(together):
                        self.exact.setdefault(together, pid)
                        self.fuzzy.setdefault(together, pid)  # and with a typo: Alhasan for Al-Hassan
            self.words[pid] = frozenset(words)
            self.first_letters[pid] = words[0][:1] if words else ""
            after_first = [w for w in fold(name).split()[1:]]
            self.surnames[pid] = tuple(w for w in _NAME_WORD.findall(" ".join(after_first)) if w not in PARTICLES)
            letters = [w[0] for w in _NAME_WORD.findall(" ".join(after_first))]
            self.surname_initials[pid] = frozenset(
                {"".join(letters)} if len(letters) >= 2 else set()
            )  # 'roos vd' for Roos Van Damme; one letter alone is left to the initials recognizers
            self.surname_letters[pid] = frozenset(letters)  # 'Marthe V.', 'Marthe G.' for Marthe Van Gils
            for word in words:
                if _handle_word(word):
                    self.handle_words.setdefault(word, pid)
            run: list[str] = []
            for word in words[1:]:
                if word in PARTICLES:
                    run.append(word)
                    continue
                if run:
                    self.particles.setdefault(pid, {})[word] = tuple(run)
                    self.exact.setdefault(" ".join((*run, word)), pid)  # lets a model hit 'El Amrani' map back
                run = []

        self._fuzzy_names = list(self.fuzzy)
        self.skeletons: dict[str, str] = {}  # transliteration skeletons of the name words of five letters or more
        for v, pid in self.fuzzy.items():
            self.skeletons.setdefault(skeleton(v), pid)
        self._skeleton_names = list(self.skeletons)
        self.short_skeletons: dict[str, str] = {}  # and of every name word, matched exactly (Joerg for Jörg)
        for pid, own in self.words.items():
            for w in own:
                if len(w) >= 3 and w not in PARTICLES:
                    self.short_skeletons.setdefault(skeleton(w), pid)
        from casusprep.anonymise.recognizers.initials import initials_of

        forms: dict[str, str] = {}
        for pid, name in persons:
            for form in initials_of(name):
                forms.setdefault(form, pid)
        self.initials = forms
        from casusprep.anonymise.recognizers.initials import word_initials_of

        self.word_initials: dict[str, str] = {}  # NV, ID, MVG: initials that also spell a word or an acronym
        for pid, name in persons:
            for form in word_initials_of(name):
                if form not in forms:
                    self.word_initials.setdefault(form, pid)
        self._initials_re = re.compile(r"(?<![\w.])(?:" + alternation(forms) + r")(?!\w)") if forms else None
        # In lower case only where a signature stands, a line's first word before a date or alone on its line
        # ('kd 12/4'), or after a dash closing a line ('... gebeld – kd'): elsewhere 'kd' could be anything.
        from casusprep.anonymise.recognizers.initials import lower_initials

        self.lower_initials = {f.lower(): pid for f, pid in forms.items() if f.isalpha() and lower_initials(f.lower())}
        # Where only a signature stands ('... wou niet slapen. (kb)', 'eg/kb', 'kb = ...') also the forms that spell a
        # word or a shorthand in lower case (kb, nv, ev).
        self.signed_lower = {
            f.lower(): pid
            for f, pid in (*forms.items(), *self.word_initials.items())
            if f.isalpha() and 2 <= len(f) <= 4 and f.lower() not in vocabulary().lower_brackets
        }
        # A first name's letter with its dot stands for the one registered person whose first name starts with it.
        letters = [fold(w[0]) for _, name in persons for w in name.split()[:1] if w[:1].isalpha()]
        self.single_letters = {
            fold(name.split()[0][0]): pid
            for pid, name in persons
            if name.split() and name[:1].isalpha() and letters.count(fold(name.split()[0][0])) == 1
        }

    def find_initials(self, text: str, toks: list[Token] | None = None) -> list[Detection]:
        """The initials of registered persons as staff write them: MVD, M.V.D., MD, P.-J., PJ, M-L, and a
        signature in lower case ('kd 12/4')."""
        found: list[tuple[int, int, str]] = []
        if self._initials_re is not None:
            found += [(m.start(), m.end(), self.initials[m.group(0)]) for m in self._initials_re.finditer(text)]
        for m in _ONE_INITIAL.finditer(text):
            pid = self.single_letters.get(m.group(1).lower())
            if pid is not None:  # 'L. moe, sliep al om 9u30': the one registered person whose name starts so
                found.append((m.start(), m.end(), pid))
        if self.word_initials:
            from casusprep.anonymise.recognizers.initials import signing_spans

            for start, end in signing_spans(text, toks):
                pid = self.word_initials.get(text[start:end])
                if pid is not None:  # '– NV' for Noortje Vanlaere: where staff sign, not the company form
                    found.append((start, end, pid))
        if self.lower_initials:
            for m in _SIGNATURE.finditer(text):
                pid = self.lower_initials.get(m.group("a") or m.group("b"))
                if pid is not None:
                    found.append((*m.span("a" if m.group("a") else "b"), pid))
            for m in _closing_greeting().finditer(text):
                pid = self.lower_initials.get(m.group("low"))
                if pid is not None:  # '... ik sluit af. tnx eg': the greeting that closes the message, then who signs
                    found.append((*m.span("low"), pid))
        if self.signed_lower:
            for m in _SIGNED_LOWER.finditer(text):
                pid = self.signed_lower.get(m.group(m.lastgroup or "")) if m.lastgroup else None
                if pid is not None:
                    found.append((*m.span(m.lastgroup), pid))
            for m in _LOWER_PAIR.finditer(text):
                a, b = self.signed_lower.get(m.group("a")), self.signed_lower.get(m.group("b"))
                if a is not None and b is not None:  # 'kd en mv schrijven het uit': two of them named together
                    found += [(*m.span("a"), a), (*m.span("b"), b)]
        # Lower-case initials that are no word, found once where she signs, are she wherever they stand alone
        # ('(rk)' closing one line, '– rk/lm' on another).
        signed = {text[a:b] for a, b, _ in found if text[a:b].islower() and text[a:b] in self.lower_initials}
        if signed:
            taken = {(a, b) for a, b, _ in found}
            pattern = re.compile(r"(?<![\w@.&])(?:" + alternation(signed) + r")(?![\w@&])")
            found += [
                (*m.span(), self.lower_initials[m.group(0)]) for m in pattern.finditer(text) if m.span() not in taken
            ]
        # Marked as initials, so the letters listed with them are followed too ('van kd naar jl': coordinated).
        meta = {"surname_only": False, "initials": True}
        return [Detection(start, end, "PERSON", 0.9, self.name, key=pid, meta=dict(meta)) for start, end, pid in found]

    @cached_property
    def _abjad(self) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
        """Consonant skeletons of the name words (three consonants or more alone), and of first name + surname."""
        words: dict[str, str] = {}
        pairs: dict[tuple[str, str], str] = {}
        for pid, name in self._names:
            parts = [consonants(w) for w in _NAME_WORD.findall(name) if fold(w) not in PARTICLES]
            for part in parts:
                if len(part) >= 3:
                    words.setdefault(part, pid)
            for later in parts[1:]:
                if parts and len(parts[0]) >= 2 and len(later) >= 2:
                    pairs.setdefault((parts[0], later), pid)
        return words, pairs

    def find_abjad(self, text: str) -> list[Detection]:
        """Registered names written in Arabic or Hebrew letters ('يارا حداد' for Yara Haddad): a word whose consonants
        are those of a name word, or two words those of a first name and a surname."""
        if text.isascii():
            return []

        words, pairs = self._abjad
        runs = [(m.start(), m.end(), _skeletons(m.group(0))) for m in _ABJAD_WORD.finditer(text)]
        out: list[Detection] = []
        k = 0
        while k < len(runs):
            start, end, skels = runs[k]
            nxt = runs[k + 1] if k + 1 < len(runs) and not text[end : runs[k + 1][0]].strip() else None
            pid = next((pairs[(a, b)] for a in skels for b in nxt[2] if (a, b) in pairs), None) if nxt else None
            if pid is not None and nxt is not None:
                out.append(Detection(start, nxt[1], "PERSON", 0.9, self.name, key=pid, meta={"surname_only": False}))
                k += 2
                continue
            pid = next((words[a] for a in skels if a in words), None)
            if pid is None and _isolated(runs, k, text):
                # A word alone among Latin ones ('schrijft haar naam in het Arabisch: يارا'): a short name too.
                pid = next((short[a] for a in skels if a in (short := self._abjad_short)), None)
            if pid is not None:
                out.append(Detection(start, end, "PERSON", 0.9, self.name, key=pid, meta={"surname_only": False}))
            k += 1
        return out

    @cached_property
    def _abjad_short(self) -> dict[str, str]:
        """Consonant skeletons of two letters of first names ('yr' for Yara, 'nr' for Nour)."""
        out: dict[str, str] = {}
        for pid, name in self._names:
            parts = [consonants(w) for w in _NAME_WORD.findall(name) if fold(w) not in PARTICLES]
            if parts and len(parts[0]) == 2:
                out.setdefault(parts[0], pid)
        return out

    def find_joined(self, text: str) -> list[Detection]:
        """User names and tags with a registered name inside: xXsvenXx, svenG_07 (recognizers/joined_names)."""
        return joined_names.find(text, self.handle_words)

    def is_name_of(self, pid: str, mention: str) -> bool:
        """Whether every word of ``mention`` is a word of this person's registered name (or one with a typo,
        as the lookup finds it: Mel'nik for Melnyk)."""
        words = _NAME_WORD.findall(fold(mention))
        own = self.words.get(pid, frozenset())

        def of_name(w: str) -> bool:
            if w in own:
                return True
            w = skeleton(w)
            return len(w) >= 5 and any(len(x) >= 5 and OSA.distance(w, skeleton(x)) <= 1 for x in own)

        return bool(words) and all(of_name(w) for w in words)

    def adult_of(self, mention: str, gender: str, roles: dict[str, str]) -> str | None:
        """The registered adult a formal title names by a family's shared surname ('mevrouw Vos' in a case of Tijs
        and Bianca Vos): the parent of the title's gender, else the one adult of that name; None when no adult or
        more than one fits."""
        owners = [pid for pid, _ in self._names if self.is_name_of(pid, mention)]
        adults = [pid for pid in owners if roles.get(pid, "andere") not in _CHILD_ROLES]
        parents = [pid for pid in adults if roles.get(pid) in _ADULT_ROLES.get(gender, ())]
        other = {"f": "vader", "m": "moeder"}.get(gender)
        for group in (parents, [pid for pid in adults if roles.get(pid) != other]):
            if len(group) == 1:
                return group[0]
        return None

    def lookup(self, tok: Token, word_ok: bool = False) -> str | None:
        f = tok.folded
        if not word_ok and not tok.capitalised and is_word(f) and tok.text not in self.spellings:
            return None  # 'een roos getekend': the word, not the child called Roos (unless the context says so)
        candidates = [f]
        if f.endswith(("'s", "'")):
            candidates.append(f.rsplit("'", 1)[0])
        elif f.endswith("s") and len(f) > 3:
            candidates.append(f[:-1])

        head, dash, tail = f.partition("-")
        if dash and 2 <= len(tail) <= 4 and head in self.firsts:
            candidates.append(head)  # a pet ending after a hyphen: 'Zahra-jan', 'Ali-can'
        head, apostrophe, tail = f.replace("’", "'").partition("'")
        if apostrophe and 2 <= len(tail) <= 6 and head in self.firsts and tail in suffixes():
            candidates.append(head)  # a pet ending after an apostrophe: 'Melis'cik', 'Lotte'tje'
        for c in candidates:
            if c in self.exact:
                return self.exact[c]
        joined = f.replace("-", "").replace("'", "")
        if len(joined) >= 7 and joined in self.joined:
            return self.joined[joined]
        if "-" in f and tok.capitalised:
            # A double first name with a short form in it: Piet-Jan for Pieter-Jan, Marie-Lou for Marie-Louise.
            parts = f.split("-")
            for pid in {self.exact[p] for p in parts if p in self.exact}:
                words = self.words.get(pid, frozenset())
                if all(p in words or len(p) >= 3 and any(w.startswith(p) for w in words) for p in parts):
                    return pid
        if tok.capitalised:
            for c in candidates:
                if c in self.capital:
                    return self.capital[c]
        # A typo of a name, unless the token is a frequent word itself ('Tijdens' is not a typo of Tijmen).
        # A word never personal that is longer than the name (a language, a country: 'Armeens' for Armen, 'romanes'
        # for Roman) is no typo of it; a shorter one may be its short form ('Dari' for Daria).
        never = f in lexicon().never
        if (len(f) >= 4 if tok.capitalised else len(f) >= 6) and f not in lexicon().common and not is_word(f):
            for c in candidates:
                hit = process.extractOne(c, self._fuzzy_names, scorer=OSA.distance, score_cutoff=1)
                if hit is not None and not (never and len(hit[0]) < len(f)):
                    return self.fuzzy[hit[0]]
            bare = skeleton(f)
            if tok.capitalised and len(f) >= 5:  # a transliterated spelling: Kobil'nik for Kobylnyk
                hit = process.extractOne(bare, self._skeleton_names, scorer=OSA.distance, score_cutoff=1)
                if hit is not None:
                    return self.skeletons[hit[0]]
            if tok.capitalised and bare != f and bare in self.short_skeletons and _rare(f):
                return self.short_skeletons[bare]  # Joerg for Jörg, not Boek for a Bok
        return None

    def _name_context(self, toks: list[Token], i: int, pid: str, lower: list[bool], text: str = "") -> bool:
        """Whether a registered name written in lower case that is also a word ('roos', 'merel') is the name here:
        after a role word (juf roos), next to another word of the same name (roos peeters), before a verb it is
        the subject of (merel huilde), or in a sentence without capitals, unless a determiner makes it a word."""
        lex = lexicon()
        prev = toks[i - 1] if i and not toks[i].sentence_start else None
        nxt = toks[i + 1] if i + 1 < len(toks) and not toks[i + 1].sentence_start else None
        if prev is not None and prev.folded in DETERMINERS:
            return False
        if prev is not None and prev.folded in lex.roles:
            return True
        words = self.words.get(pid, frozenset())
        if any(n is not None and n.folded in words and n.folded != toks[i].folded for n in (prev, nxt)):
            return True
        if nxt is not None and nxt.folded in self.surname_initials.get(pid, ()):
            return True  # 'roos vd': the surname's initials after the first name
        apposition = _APPOSITION.match(text, toks[i].end) if text else None
        if apposition is not None and fold(apposition.group(1)) in lex.roles:
            return True  # 'roos (Vlinders), de zus van noor': a role word in apposition names a person
        if text and age_in_brackets(text, toks[i].end):
            return True  # 'merel (3j) huilde': an age in brackets
        if text and _ROLE_IN_BRACKETS.match(text, toks[i].end) is not None:
            m = _ROLE_IN_BRACKETS.match(text, toks[i].end)
            if m is not None and fold(m.group(1)) in lex.roles:
                return True  # 'zomer (papa) wil dat ...': a role in brackets says who
        if nxt is not None and nxt.folded in subject_verbs():
            return True
        after = toks[i + 2] if i + 2 < len(toks) and not toks[i + 2].sentence_start else None
        if nxt is not None and after is not None and nxt.folded in possessives() and nxt.folded not in ("der", "ze"):
            return True  # 'storm zijn jas', 'roos haar mama': the Flemish possessive follows a person
        if prev is not None and prev.folded in inverted_verbs() and not prev.sentence_start and nxt is not None:
            return True  # 'vandaag heeft lente goed gegeten': the subject after an auxiliary
        from casusprep.anonymise.recognizers.initials import finite_verb

        t = toks[i]
        if nxt is not None and t.end + 1 == nxt.start and finite_verb(nxt.folded):
            return True  # 'roos tekende een bloem'
        if prev is not None and prev.folded in _WITH_NAME and prev.end + 1 == t.start:
            return True  # 'speelt met merel', 'de mama van mees': a registered child, not the word
        return lower[i]

    def find(self, toks: list[Token], text: str = "") -> list[Detection]:
        """The registered persons' mentions in ``toks`` (``text``, when given, is read for an apposition)."""
        out: list[Detection] = []
        lower = lower_sentences(toks)
        for i, t in enumerate(toks):
            pid = self.lookup(t)
            if pid is None and not t.capitalised:
                pid = self.lookup(t, word_ok=True)
                if pid is not None and not self._name_context(toks, i, pid, lower, text):
                    pid = None
                if pid is None:
                    pid = self._lower_short_form(toks, i)
            if pid is None:
                pid, end = self._split_name(toks, i)
                if pid is not None:  # 'Tes Fay' on a profile for Tesfay: the whole split name
                    out.append(Detection(t.start, end, "PERSON", 0.9, self.name, key=pid, meta={"surname_only": False}))
                continue
            end = t.end
            cut = max(t.text.rfind("'"), t.text.rfind("’"))
            if cut > 0 and t.folded[cut + 1 :] in ("s", ""):
                end = t.start + cut
            base = t.folded[: end - t.start]
            # Weak: a shared surname alone, or a typo match; a longer name found around it wins.
            strong = base in self.firsts or base in self.first_forms  # a pet form names by first name too
            start = self._particle_start(toks, i, self.particles.get(pid, {}).get(base, ()))
            while out and out[-1].start >= start:  # 'Ben' in 'Ilias Ben Haddou' is a particle here, not Ben
                out.pop()
            out.append(Detection(start, end, "PERSON", 1.0, self.name, key=pid, meta={"surname_only": not strong}))
        found = self._edges(toks, self._relatives(toks, out))
        at = {t.start: i for i, t in enumerate(toks)}
        return [
            (self._initial_before(toks, at[d.start], d) if d.meta.get("surname_only") and at.get(d.start) else None)
            or d
            for d in found
        ]

    def _initial_before(self, toks: list[Token], i: int, d: Detection) -> Detection | None:
        """An initial right before a registered surname ('L. Peeters', 'J Van Damme'): the registered person of
        that surname whose first name it begins, else another member of the family."""
        before = toks[i - 1]
        if not (len(before.text) == 1 and before.text.isupper() and 1 <= d.start - before.end <= 2):
            return None
        k = i - 1  # the first of a run of initials: 'F.B. Diallo' (Fatoumata Binta)
        while k > 0 and k > i - 4 and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper():
            if toks[k].start - toks[k - 1].end not in (1, 2):
                break
            k -= 1
        before = toks[k]
        words = {t.folded for t in toks[i:] if t.start < d.end and t.folded not in PARTICLES}
        letter = before.folded
        owners = [pid for pid, own in self.words.items() if words <= own and self.first_letters.get(pid) == letter]
        if owners:
            return Detection(before.start, d.end, "PERSON", 1.0, self.name, key=owners[0], meta={"surname_only": False})
        return Detection(before.start, d.end, "PERSON", 0.85, "relatives")

    def _relatives(self, toks: list[Token], found: list[Detection]) -> list[Detection]:
        """A first name nobody registered right before a registered surname ('nonkel Idriss Tahiri' in a case of
        Noor Tahiri) names another member of the family: the whole name is that person, not the registered one
        with a first name left in the text. A registered first name is merged with the surname elsewhere."""
        from casusprep.nlp.frequency import zipf_frequency

        lex = lexicon()
        at = {t.start: i for i, t in enumerate(toks)}
        covered = {t for d in found for t in range(d.start, d.end)}
        out = []
        for d in found:
            i = at.get(d.start, 0)
            if not d.meta.get("surname_only") or i == 0 or toks[i].sentence_start:
                out.append(d)
                continue
            before = toks[i - 1]
            word = before.folded
            name_like = (
                before.capitalised
                and before.end + 1 == d.start
                and before.start not in covered
                and len(word) > 2
                and word not in PARTICLES
                and word not in lex.never
                and word not in lex.roles
                and word not in lex.common
                and word not in self.exact
                and (word in lex.first_names or zipf_frequency(word, "nl") < 2.5)
                and not is_word(word)
            )
            if name_like:
                out.append(Detection(before.start, d.end, "PERSON", 0.85, "relatives"))
            else:
                out.append(d)
        return out

    def _lower_short_form(self, toks: list[Token], i: int) -> str | None:
        """A short or pet form typed in lower case ('soph', 'stormpje', 'wojtus'): the name when it is no word (rare
        in Dutch), or when the context shows a person; three-letter forms ('tom', 'val') never on their own."""
        f = toks[i].folded
        pid = self.capital.get(f)
        if pid is None or len(f) < 4 or f in lexicon().common:
            return None
        from casusprep.nlp.frequency import zipf_frequency

        if not is_word(f) and zipf_frequency(f, "nl") < 2.5:
            return pid
        return pid if self._name_context(toks, i, pid, [False] * len(toks)) else None

    def _edges(self, toks: list[Token], found: list[Detection]) -> list[Detection]:
        """What belongs to a registered name around it. Before it: 'ons' ('ons Sterre'), a Chinese 'Xiao' or 'Lao'
        ('Xiao Ming': vocabulary name_prefixes), or a parent named after
        the child ('Oum Layla', a kunya: another person). Right after a first name: the surname cut short ('Dirk
        Verh', 'roos vd'), a word of endearment ('Zahra jan'), or a surname nobody registered: another person
        with the same first name ('Roos Maes'), or a second surname after a whole name ('Rosa Quispe Mamani')."""
        at_start = {t.start: i for i, t in enumerate(toks)}
        at_end = {t.end: i for i, t in enumerate(toks)}
        out: list[Detection] = []
        for k, d in enumerate(found):
            i, j = at_start.get(d.start), at_end.get(d.end)
            if i is None or j is None:
                out.append(d)
                continue
            prev = toks[i - 1] if i and not toks[i].sentence_start else None
            if (
                d.key
                and prev is not None
                and (prev.folded in name_possessives() or prev.folded in name_prefixes() and prev.capitalised)
                and prev.end + 1 == d.start
                and (not out or out[-1].end <= prev.start)
            ):
                d.start = prev.start
            elif (
                d.key
                and prev is not None
                and prev.folded in kunya_words()
                and prev.end + 1 == d.start
                and (not out or out[-1].end <= prev.start)
                and not any(t.folded in self.surnames.get(d.key, ()) for t in toks[i : j + 1])
            ):
                out.append(Detection(prev.start, d.end, "PERSON", 0.85, "relatives"))  # 'Oum Layla': her mother
                continue
            # 'Florin' + 'Stan': the surname after a first name (its key may be another member's, who shares it)
            # is one mention from here on, as the engine would merge them.
            if (
                out
                and out[-1].key
                and out[-1].end + 1 == d.start
                and not toks[i].sentence_start
                and (out[-1].key == d.key or self.is_name_of(out[-1].key, " ".join(t.text for t in toks[i : j + 1])))
            ):
                merged = out.pop()
                merged.end = d.end
                if not d.meta.get("surname_only"):  # 'DUMITRU Sorin': with the first name no surname alone
                    merged.meta = {**merged.meta, "surname_only": False}
                d, i = merged, at_start.get(merged.start, i)
            nxt = toks[j + 1] if j + 1 < len(toks) and not toks[j + 1].sentence_start else None
            free = nxt is not None and nxt.start == toks[j].end + 1
            if nxt is not None and free and k + 1 < len(found) and found[k + 1].start < nxt.end:
                free = False  # the next word is a mention of its own
            if nxt is not None and free and (not d.meta.get("surname_only") or nxt.folded in endearments()):
                d = self._tail(toks, i, j, d)
            out.append(d)
        return out

    def _tail(self, toks: list[Token], i: int, j: int, d: Detection) -> Detection:
        """The mention ``d`` (tokens i..j) with the word after it (:meth:`_edges`)."""
        from casusprep.nlp.frequency import zipf_frequency

        lex = lexicon()
        nxt = toks[j + 1]
        f = nxt.folded
        if d.key and f in endearments() and nxt.text.islower():
            d.end = nxt.end
            return d
        surnames = self.surnames.get(d.key, ())
        first_only = bool(d.key) and not any(t.folded in surnames for t in toks[i : j + 1])
        if first_only:
            joined = "".join(surnames)
            mid_phrase = j + 2 < len(toks) and toks[j + 2].start == nxt.end + 1 and not toks[j + 2].sentence_start
            cut = (
                len(f) >= 3
                and f not in PARTICLES
                and nxt.capitalised == toks[i].capitalised
                and any(w.startswith(f) and w != f for w in (*surnames, joined))
                and (nxt.capitalised or not mid_phrase or not is_word(f) and zipf_frequency(f, "nl") < 4.0)
            )
            if cut or f in self.surname_initials.get(d.key, ()) and len(nxt.text) <= 3:
                d.end = nxt.end
                return d
            if len(nxt.text) == 1 and nxt.text.isupper() and f in self.surname_letters.get(d.key, ()):
                d.end = nxt.end  # 'Zofia K.' for Zofia Kubiak: her surname's letter, the dot a full stop
                return d
        surname_like = (
            nxt.capitalised
            and nxt.text[1:].islower()
            and len(f) >= 3
            and f not in PARTICLES
            and f not in lex.common
            and f not in lex.never
            and f not in lex.roles
            and f not in lex.places
            and f not in lex.institution_types
            and f not in self.exact
            and (f in lex.surnames or f not in lex.first_names and zipf_frequency(f, "nl") < 2.5)
            and not is_word(f)
        )
        if not surname_like:
            return d
        if first_only and surnames:
            return Detection(d.start, nxt.end, "PERSON", 0.85, "relatives")  # another Roos: Roos Maes
        d.end = nxt.end
        return d

    def _split_name(self, toks: list[Token], i: int) -> tuple[str | None, int]:
        """A registered name word written in two or three capitalised parts, as display names go ('Senait Tes Fay'
        for Tesfay), or cut by a scan or a copy after its capital ('Ö ztürk', 'Öz türk' for Öztürk): the parts run
        together are the word (five letters or more); a lower-case part is no Dutch word ('Jan sen' stays)."""
        from casusprep.nlp.frequency import zipf_frequency

        t = toks[i]
        if not t.capitalised or len(t.text) > 6:
            return None, 0
        joined = t.folded
        for k in range(i + 1, min(i + 3, len(toks))):
            nxt = toks[k]
            cut = nxt.text.islower() and zipf_frequency(nxt.text, "nl") < 3.0
            if not (nxt.capitalised or cut) or toks[k - 1].end + 1 != nxt.start or nxt.text[0] == " ":
                break
            joined += nxt.folded
            pid = self.exact.get(joined) if len(joined) >= 5 else None
            if pid is not None:
                return pid, nxt.end
        return None, 0

    @staticmethod
    def _particle_start(toks: list[Token], i: int, particles: tuple[str, ...]) -> int:
        """Start of the mention including the name's own particles right before the surname part."""
        n = len(particles)
        if not n or i < n:
            return toks[i].start
        before = toks[i - n : i]
        if tuple(t.folded for t in before) != particles:
            return toks[i].start
        return before[0].start
