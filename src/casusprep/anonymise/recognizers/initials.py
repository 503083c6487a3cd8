"""Initials standing for a person.

- Dotted initials anywhere: two or three capitals with dots (J.P., A.B.C.), or one capital with a dot
  mid-sentence before a lower-case word or a name (gezien door M. en ...).
- Capitals of two to four letters where staff sign: at the end of a line in brackets or after a dash or slash
  ("(KW)", "– AD", "/JT"), at the start of a line before a colon ("JT: ..."), in a legend ("KW = ...", "KW:
  Katrien"), or alone on a line; hyphenated ones too (P-J, M.-L.).
- Capitals at the end of a line after a finished sentence or a comma ("... goed gegeten. AV", "Groetjes, KW"),
  and lower-case initials in brackets closing a line or a news item ("(jvh)").
- Initials with the lower-case letters of a surname's particles (VdB, MVdB, KvdW) anywhere.
- Bare capitals of two or three letters mid-sentence only when Presidio's context step finds a word such as
  'door' or 'collega' before them (vocabulary, ``context.bare_initials``), and capitals listed with initials
  already found ("KD en MVdB", "HD, FM en JT": :func:`coordinated`).

Acronyms of services and terms (CLB, VK, KDV, OCMW ... in the vocabulary) are never initials.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache

import regex as re  # variable-width look-behind, as in Presidio's own patterns

from casusprep.anonymise.lexicon import lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Detection, Token, alternation, starts_sentence, tokens
from casusprep.anonymise.recognizers.patterns import CheckedPattern
from casusprep.anonymise.vocabulary import vocabulary

NAME = "initials"
INITIALS = (
    r"(?<![\w.])\p{Lu}{1,3}[vdt]{1,2}\p{Lu}{1,2}(?![\w])"  # VdB (Van den Bossche), MVdB, KvdW
    r"|(?<![\w.])\p{Lu}\.(?:\p{Lu}\.|[vdt]\.){1,3}\p{Lu}\."  # E.V.d.B.
    r"|(?<![\w.])(?:\p{Lu}\.){2,3}"  # J.P.  A.B.C.  Ö.K.
    r"|(?<![\w.])\p{Lu}\.(?:\p{Lu}[dhv]\p{Lu}?|\p{Lu}{2})\.?(?![\w.])"  # K.Vh.  S.DW.  G.VdM: a surname's particles
    r"|(?<![\w.])\p{Lu}\.[ ]?\p{Lu}(?:\.[ ]?\p{Lu}){0,2}\.?(?![\w.])"  # M.V.D  J. P.
    r"|(?<![\w.])\p{Lu}\p{Ll}\.[ ]?\p{Lu}\.(?![\w.])"  # Ch. V.  (a first name's first two letters)
    r"|(?<![\w.-])\p{Lu}\.?-\p{Lu}\.?(?![\w-])"  # P-J  M.-L.
    r"|(?<=[\p{Ll}(] )\p{Lu}\.(?=\s+[\p{Ll}(=]|\s+\p{Lu}\p{Ll})"  # gezien door M. en ...
)

# Two to four capitals, or capitals joined by dots or hyphens (P-J, M.-L., P.J.D.).
_CAPS = r"(?:\p{Lu}{2,4}|\p{Lu}\.?(?:-?\p{Lu}\.?){1,3}|\p{Lu}{0,3}[vdt]{1,2}\p{Lu}{1,2})"
# Every alternative starts at a capital, or at a lower-case letter after a bracket: the first check, so the
# expression gives up at once on the other positions of a long note.
_DATE = r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?"  # 5/11, 22.03.2025: a date after a signature ('(KW), 5/11:')
_SIGNATURE = re.compile(
    r"(?m)(?=\p{Lu}|(?<=\()[a-z])"
    # (KW)  [AD]  (KW, 14u)  (MS):  (KW), 5/11:
    # ... ruikt naar alcohol (LP); mama gebeld: the bracket closes a clause of the line, a semicolon after it
    rf"(?:(?<=[(\[])(?P<paren>{_CAPS})(?=(?:[ \t,]+[\w:.]+)?[)\]](?:[ \t.;]*$|[ \t]*:|,[ \t]*{_DATE}[ \t]*:|;[ \t]))"
    rf"|(?<=[–—-][ \t]|[–—-]|/|\S;)(?P<dash>{_CAPS})(?=[ \t.]*$)"  # ... – AD   ... /JT   a CSV row's last field ;AD
    # JT: ...  KW = Katrien ...  AD - belde  08u15 KW: ...  KW / nagelezen ... (no form label: 'DOB / GEBOORTE')
    # 'wo 19/3 – KW: ...': the weekday before the date of a log line too
    rf"|(?<=^[ \t]*(?:(?:\p{{L}}{{2,9}}\.?[ \t]+)?\d[\d:.u/h]*[ \t]+(?:[–—-][ \t]+)?)?)(?P<lead>{_CAPS})"
    r"(?=[ \t]*(?:[:=>]|[–—-][ \t])[ \t]*\S|[ \t]*/[ \t]*\p{Ll}|[ \t]+\d{1,2}[-/.]\d{1,2}(?![\d.]*\d{3}),)"
    rf"|^[ \t]*(?P<alone>{_CAPS})(?=[ \t.]*$)"  # a line that is only a signature
    rf"|(?<=(?:^|[:,;(][ \t]*|[ \t]))(?P<legend>{_CAPS})(?=[ \t]*=[ \t]*\S)"  # Legende: KW = Katrien, AD = ...
    # (kbeg. J. = Jolien)  Fa. = Fatiha: a name's first letters, the name after them
    r"|(?<=(?:^|[:,;(][ \t]*|[ \t]))(?P<letter>\p{Lu}\p{Ll}?\.)(?=[ \t]*=[ \t]*\p{Lu}\p{Ll})"
    # ... gegeten. AV   Groetjes, KW   ... 14u KW   [noot: ... KW]   '... AV.' closing the note
    rf"|(?<=[\w)][.!?,;:][ \t]+|\S[ \t]+)(?P<tail>{_CAPS})(?=[ \t]*$|[ \t]*\][ \t]*$|\.[ \t]*\Z)"
    rf"|(?<=(?:^|\|)[ \t]*)(?P<cell>{_CAPS})(?=[ \t]*\|)"  # a table cell: | 12/03 | KW |
    r"|(?<=\()(?P<lower>[a-z]{2,4})(?=\)[ \t.]*$))"  # ... aldus de school. (jvh)
)
_GROUPS = ("paren", "dash", "lead", "alone", "legend", "letter", "tail", "cell", "lower")


@cache
def _acronyms() -> frozenset[str]:
    voc = vocabulary()
    return frozenset(a.upper() for a in voc.acronyms) | frozenset(w.upper() for w in voc.never_personal)


@lru_cache(maxsize=20_000)
def is_acronym(value: str) -> bool:
    """A service, a term, a shorthand or a word in capitals (TIP, STOP): anything but initials."""
    from casusprep.nlp.frequency import zipf_frequency

    bare = value.replace(".", "").replace("-", "").upper()
    if bare in _acronyms() or value.upper() in _acronyms():
        return True
    if len(bare) < 3 or bare != value or zipf_frequency(bare.lower(), "nl") < 3.3:
        return False
    return not _first_name_in_capitals(bare.lower())


@lru_cache(maxsize=4096)
def _first_name_in_capitals(word: str) -> bool:
    """A first name written in capitals where staff sign ('ELS', 'INGE'): listed as a first name, no common word
    or place, and not very frequent as a word (wordfreq below 4: 'MAX' and 'TOM' stay words)."""
    from casusprep.anonymise.lexicon import lexicon
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    known = word in lex.first_names and word not in lex.common and word not in lex.never and word not in lex.places
    return known and zipf_frequency(word, "nl") < 4.0


@cache
def _after_role() -> re.Pattern[str]:
    """Capitals in brackets right after a role word: 'de coach (NR)', 'begeleidster (KW)'."""
    roles = alternation(vocabulary().role_words)
    return re.compile(rf"(?<=\()(?i:(?<=\b(?:{roles})[ \t]*\())(?P<role>{_CAPS})(?=\))")


@cache
def _before_verb() -> re.Pattern[str]:
    """Capitals as the subject of a verb a person does: 'KW belde mama', 'AD zei dat ...'."""
    verbs = alternation(vocabulary().subject_verbs)
    return re.compile(rf"(?P<verb>{_CAPS}|\p{{Lu}}\.(?!\w))[ \t]+(?:{verbs})\b")


# Where a capital stands after no word character: the cheap first step before the verb check.
_CAPITAL_START = re.compile(r"(?<![\w.&/@-])\p{Lu}")


def signatures(text: str, toks: list[Token] | None = None) -> list[Detection]:
    """Initials where staff sign their lines (the positions above), acronyms left alone."""
    toks = tokens(text) if toks is None else toks
    out = []
    verb = _before_verb()
    for start in _CAPITAL_START.finditer(text):
        m = verb.match(text, start.start())
        if m is None:
            continue
        value = m.group("verb")
        if not is_acronym(value) and not (value.isalpha() and len(value) == 4):
            out.append(Detection(m.start("verb"), m.end("verb"), "PERSON", 0.7, NAME, meta={"initials": True}))
    for m in _CAPS_WORD.finditer(text):
        value = m.group("caps")
        if not finite_verb(m.group("word")) or value.isalpha() and len(value) == 4:
            continue
        if (
            starts_sentence(text, m.start(), ends=".!?\n:;-–")
            and not _service(value)
            or (
                # 'EV maakt ze, NB vult aan', '(niet zeker, RC checkt)': the subject of a verb mid-sentence, not after
                # an article ('het RIZIV betaalt') and no service
                len(value.replace(".", "")) >= 2
                and not _service(value)
                and not _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())
            )
        ):
            meta = {"initials": True, "slot": True}
            out.append(Detection(m.start("caps"), m.end("caps"), "PERSON", 0.65, NAME, meta=meta))
    for m in _LOWER_SIGNATURE.finditer(text):
        group = "low" if m.group("low") else "low4"
        value = m.group(group)
        before = text[max(0, m.start() - 12) : m.start()]
        if _LOWER_BEFORE.search(before) and lower_initials(value):
            out.append(Detection(m.start(group), m.end(group), "PERSON", 0.7, NAME, meta={"initials": True}))
    for m in _LOWER_DATED.finditer(text):
        group = "lead" if m.group("lead") else "dated"
        if lower_initials(m.group(group)):
            out.append(Detection(m.start(group), m.end(group), "PERSON", 0.7, NAME, meta={"initials": True}))
    for m in _after_role().finditer(text):
        if not is_acronym(m.group("role")):
            out.append(Detection(m.start("role"), m.end("role"), "PERSON", 0.75, NAME, meta={"initials": True}))
    found = [(m, next(g for g in _GROUPS if m.group(g))) for m in _SIGNATURE.finditer(text)]
    signing = Counter(m.group(g) for m, g in found if g in _SIGNING)
    for m, group in found:
        start, end = m.span(group)
        value = text[start:end]
        if is_acronym(value) and not (
            (group in _SIGNING and signing[value] >= 2 or _closing(text, start, end, group)) and _shorthand_only(value)
        ):
            continue
        if value.isalpha() and len(value) == 4 and group in ("alone", "tail", "cell"):
            continue
        if group == "lower" and _is_word(value):
            continue
        if group == "letter" and len(value) == 3 and not _legend_name(text, end).startswith(value[:2].lower()):
            continue  # 'Nr. = ...', 'Bv. = ...': two letters stand for a name only when the name starts with them
        out.append(Detection(start, end, "PERSON", 0.75, NAME, meta={"initials": True}))
    for m in _before_role().finditer(text):
        if not _service(m.group("caps")):
            out.append(Detection(m.start("caps"), m.end("caps"), "PERSON", 0.75, NAME, meta={"initials": True}))
    for start, end in _after_person_word(text, toks):
        value = text[start:end]
        if value.islower() and lower_initials(value) or not value.islower() and not _service(value):
            out.append(Detection(start, end, "PERSON", 0.7, NAME, meta={"initials": True, "slot": True}))
    for m in _LETTER_SIGNATURE.finditer(text):
        group = next(g for g in ("one", "end", "line", "aged") if m.group(g))
        out.append(Detection(m.start(group), m.end(group), "PERSON", 0.7, NAME, meta={"initials": True}))
    for m in _BRACKET_LIST.finditer(text):
        for part in _LIST_PART.finditer(m.group(0)):
            value = part.group(0)
            if value.islower() and not lower_initials(value) or not value.islower() and is_acronym(value):
                continue
            start = m.start() + part.start()
            out.append(Detection(start, start + len(value), "PERSON", 0.7, NAME, meta={"initials": True}))
    out.extend(named(text))
    for d in out:
        if _SENTENCE_DOT.fullmatch(text, d.start, d.end):
            d.end -= 1  # 'nagelezen door TVB.': the full stop ends the sentence, it stays in the text
    return out


# A line that opens with a dash and the initials, then a comma or its end: '– NV, 0470 ...' signs a message.
_DASH_LINE = re.compile(rf"(?m)(?<=^[ \t]*[–—-][ \t]*)(?P<caps>{_CAPS})(?=[ \t]*(?:,|$))")


def signing_spans(text: str, toks: list[Token] | None = None) -> list[tuple[int, int]]:
    """Where only a person's initials stand, whatever the letters spell: signing a line ('– NV', 'EG / TV', '| TV |',
    'NV: belde'), a legend ('MVG = Marthe'), the subject of a verb a person does ('ID belde'), after a word that says a
    person follows ('gezien door MVG'). For the initials of a registered person that are also a word or an acronym
    (NV, ID): elsewhere they are that word."""
    toks = tokens(text) if toks is None else toks
    out = [m.span(g) for m in _SIGNATURE.finditer(text) for g in _GROUPS if g != "lower" and m.group(g)]
    out += [m.span("caps") for m in _DASH_LINE.finditer(text)]
    verb = _before_verb()
    for start in _CAPITAL_START.finditer(text):
        m = verb.match(text, start.start())
        if m is not None:
            out.append(m.span("verb"))
    out.extend(_after_person_word(text, toks))
    return out


_LEGEND_NAME = re.compile(r"[ \t]*=[ \t]*(\w+)")


def _legend_name(text: str, end: int) -> str:
    """The word after the '=' of a legend, lower case: 'Fa. = Fatiha' gives 'fatiha'."""
    m = _LEGEND_NAME.match(text, end)
    return m.group(1).lower() if m else ""


_SENTENCE_DOT = re.compile(r"\p{Lu}{2,4}\.")
# One capital with its dot alone on a line, as a signature: 'S.', 'H. (7/03/25)', 'W. / S.M.'.
_LETTER_SIGNATURE = re.compile(
    r"(?m)^[ \t]*(?P<one>\p{Lu}\.)(?=[ \t]*(?:$|\([\d/.\- ]+\)[ \t]*$|/[ \t]*\S{1,8}[ \t]*$))"
    # '... door. L.' closing the note, 'groetjes l.'
    r"|(?:(?<=[\w)][.!?][ \t]+(?:[–—-][ \t]*)?)|(?<=\b(?i:groetjes|groeten|groet|mvg|gr|dank|bedankt|merci)[ \t,]+))"
    r"(?P<end>[\p{Lu}\p{Ll}]\.)(?=[ \t]*\Z)"
    # '... mama gebeld. T.' closing a line of a log: a capital, after a sentence that ends on a word (a dash between)
    r"|(?<=\p{Ll}{2}[.!?][ \t]+(?:[–—][ \t]*)?)(?P<line>\p{Lu}\.)(?=[ \t]*$)"
    # 'betrokken: Y. (10j) en R. (9j)': a capital with its dot before an age in brackets is a child
    r"|(?<![\w.])(?P<aged>\p{Lu}\.)(?=[ \t]*\(\d{1,2}[ \t]?(?:j|jr|jaar|m|mnd|maanden|ans|yrs)\.?[),])"
)


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.upper() for a in vocabulary().abbreviations)


# Where staff sign a line at its start or end ('– HR', 'HR: belde', '| HR |'): a shorthand that signs two lines or
# more there is somebody's initials (a log kept by 'ID' and 'HR'), unless it is a word people write (OK, PS, NB).
_SIGNING = frozenset({"dash", "lead", "tail", "cell"})


def _closing(text: str, start: int, end: int, group: str) -> bool:
    """Where a shorthand once is still somebody's initials: on the note's last line alone or after its last sentence
    ('... doorgegeven. NV' closing the note), or in a table's cell ('| ma 5/5 | NV'), where no sentence stands."""
    if group in ("alone", "tail") and not text[end:].strip(" \t\n.!"):
        return True
    return group in ("tail", "cell") and text[max(0, start - 3) : start].rstrip(" \t").endswith("|")


def _shorthand_only(value: str) -> bool:
    lex = lexicon()
    folded = value.replace(".", "").lower()
    return value.replace(".", "").upper() in _abbreviations() and folded not in lex.common and folded not in lex.never


def _service(value: str) -> bool:
    """An acronym that names a service or a term, not a shorthand that is also someone's initials (NB, OK, IVM:
    vocabulary ``abbreviations``): where only a person can stand, only these stay."""
    return is_acronym(value) and value.replace(".", "").upper() not in _abbreviations()


_ONE = r"\p{Lu}\.(?!\w)"  # one capital with a dot: 'door M.', '(E.)'


@cache
def _before_role() -> re.Pattern[str]:
    """Initials before a role in brackets: 'MVD (zorgcoördinator)', 'OK (coach)', 'M.D.B. (onthaalouder)'."""
    roles = alternation([*vocabulary().role_words, "verantw"])
    return re.compile(rf"(?<![\w.])(?P<caps>{_CAPS}|{_ONE})[ \t]*\((?i:{roles})\b")


# Right after a word that says a person follows: the initials, before the end of the clause, a capital after their
# dot ('haar vriend D. Hij ...') or a date ('aangevuld PKT 14/2').
_PERSON_SLOT = re.compile(
    rf":?[ \t]+(?P<caps>{_CAPS}|{_ONE}|[a-z]{{2,3}}(?=[;:.,)]|[ \t]*$))(?![\w])"
    r"(?=[ \t]*(?:[):;,\]]|$|\(|op\b|en\b|\.[ \t]*$)|(?<=\.)[ \t]+\p{Lu}|(?<=\.)\.|[ \t]+\d{1,2}[/.-]\d{1,2}\b"
    r"|[ \t]+[–—-][ \t])",  # '(memo KW – opgenomen ...)'
    re.M,
)
_ONE_IN_BRACKETS = re.compile(rf"(?<=\()(?P<one>{_ONE})(?=\))")  # '(E.)'
# Initials in brackets right after a date: who wrote or updated the line ('bijgewerkt 11/04/2025 (KW)').
_DATED_BRACKET = re.compile(rf"(?<=\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?[ \t]*\()(?P<caps>{_CAPS})(?=\))")


@cache
def _person_words() -> frozenset[str]:
    """Words after which only a person stands ('nagelezen door NB', 'noot IVM:', 'vaste begeleider HD;'): the
    vocabulary's person words and role words, folded as the tokens are."""
    from casusprep.anonymise.lexicon import fold

    return frozenset(fold(w) for w in [*vocabulary().person_words, *vocabulary().role_words])


def _after_person_word(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Initials where only a person stands; one capital with a dot too ('tegen D.', '(E.)')."""
    words = _person_words()
    out = [m.span("one") for m in _ONE_IN_BRACKETS.finditer(text)]
    out += [m.span("caps") for m in _DATED_BRACKET.finditer(text)]
    for t in toks:
        if t.folded in words:
            m = _PERSON_SLOT.match(text, t.end)
            if m is not None:
                out.append(m.span("caps"))
    return out


# A bracket that holds only initials: '(JVL, KM en pv)', '(IJ, BR)'.
_LIST_PART = re.compile(rf"(?<![\w.])(?:{_CAPS}|[a-z]{{2,3}})(?![\w])")
# '(KD, MV)', '(kd/mv)', and a handover between shifts '(AL -> JV)'.
_BRACKET_LIST = re.compile(
    rf"\((?:{_CAPS}|[a-z]{{2,3}})"
    rf"(?:(?:[ \t]*(?:[,/&+]|->|→|>)[ \t]*|[ \t]+(?:en|of|naar)[ \t]+)(?:{_CAPS}|[a-z]{{2,3}})){{1,5}}\)"
)


# Capitals opening a sentence before a lower-case word: 'KP noteert ...', '- KP contacteert de school'.
_CAPS_WORD = re.compile(rf"(?<![\w.&/@-])(?P<caps>{_CAPS}|\p{{Lu}}\.(?!\w))[ \t]+(?P<word>\p{{Ll}}{{3,}})\b")
# Lower-case initials closing a line ('... tot morgen. x kp', 'groetjes kp', '– kp'), or opening a note ('kp: ...').
# Four letters only after a dash closing the line ('– mvdb'): a particle surname's initials.
_LOWER_SIGNATURE = re.compile(
    r"(?m)(?<=[ \t/–—-]|^)(?P<low>[a-z]{2,3})(?:(?=[ \t.!]*(?:[^\w\s]{1,3}[ \t]*)?$)|(?<=^[a-z]{2,3})(?=:[ \t]))"
    r"|(?<=[–—-][ \t])(?P<low4>[a-z]{4})(?=[ \t.]*$)"
)
# Lower-case initials after the date that opens a log line ('12/4 tbv: ...', '08u15 kp: ...'), or alone on a line
# with a date ('wd, 14.05'): where staff sign, as capitals would.
_LOWER_DATED = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[/.:uh]\d{1,2}(?:[/.]\d{2,4})?[ \t]+(?P<lead>[a-z]{2,3})(?=:[ \t])"
    r"|(?P<dated>[a-z]{2,3}),?[ \t]+\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?[ \t]*$)"
)
_LOWER_BEFORE = re.compile(
    r"(?:^|\n|[–—/-]|[.!?)][ \t]|\bx|\bxx|\bgroetjes|\bgroeten|\bmvg|\bgr|\bdank|\bthx|\btnx|\bthanks|\bmerci"
    r"|\bbedankt)[ \t,]*$"
)


@lru_cache(maxsize=4096)
def finite_verb(word: str) -> bool:
    """A lower-case word shaped like a verb a person does now or did ('noteert', 'belde', 'contacteert'): ends as
    one, is Dutch (wordfreq) and not one of the common words."""
    from casusprep.anonymise.lexicon import lexicon
    from casusprep.nlp.frequency import zipf_frequency

    return (
        word.endswith(("t", "de", "te", "den", "ten"))
        and word not in lexicon().common
        and zipf_frequency(word, "nl") >= 2.0
    )


@lru_cache(maxsize=4096)
def lower_initials(value: str) -> bool:
    """Whether two or three lower-case letters can be someone's initials ('kp', 'lvh'), not a word ('ok', 'bv',
    'ja', 'dag'): no shorthand the vocabulary lists, no acronym, and rare in Dutch (wordfreq). Lower case alone
    does not tell initials from a word, so every recognizer that takes lower-case initials (a signature, a list,
    a registered person's initials typed without capitals) asks this one test."""
    from casusprep.nlp.frequency import zipf_frequency

    if value in vocabulary().lower_brackets or value.upper() in _acronyms():
        return False
    return zipf_frequency(value, "nl") < (4.5 if len(value) == 2 else 3.0)


# A name as staff write it beside their initials: capitalised words, hyphenated parts, particles between.
_WORD = r"\p{Lu}[\p{Ll}’']+(?:-\p{Lu}[\p{Ll}’']+)?"
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:van|de|der|den|le|la|du|el|ten|ter|d’|d')[ \t]+)*{_WORD}){{0,2}}"
_ANY_CAPS = rf"(?:{_CAPS}|\p{{Lu}}\p{{Ll}}\.[ ]?\p{{Lu}}\.|(?:\p{{Lu}}\.|[vdt]\.){{2,4}})"
# Initials beside the name they stand for: 'Kelly Peeters (KP)', 'Eva (EM, coach)', 'KP (Kelly Peeters)', a legend
# 'KP Kelly Peeters · JT Jan Tas', 'KP – Kelly Peeters' or 'KP = stagiaire Kelly Peeters'; lower-case ones too
# ('kp (Kelly Peeters)').
# ... (KP, ...): the name is before it; also after what else the bracket says of her ('(IBO De Vlinder, KP)')
_NAMED_AFTER = re.compile(rf"\((?:[^()\n,]{{1,40}},[ \t]*)?(?P<c1>{_ANY_CAPS})(?=[ \t]*[,;)])")
_NAME_BEFORE = re.compile(rf"(?P<n1>{_NAME})[ \t]*$")
_NAMED_BEFORE = re.compile(
    rf"(?<![\w.])(?P<c2>{_ANY_CAPS})(?:[ \t]*\(|[ \t]*[=:][ \t]*(?:\p{{Ll}}+[ \t]+){{0,2}}|[ \t]+[–—-][ \t]+|[ \t]+)"
    rf"(?P<n2>{_NAME})"
)
_NAME_IN_BRACKETS = re.compile(rf"\((?P<n3>{_NAME})")  # kp (Kelly Peeters): the initials are before it
_LOWER_BEFORE_BRACKET = re.compile(r"(?<![\w.])(?P<c3>[a-z]{2,3})[ \t]*$")


def _letters(words: list[str]) -> list[str]:
    """The first letter of every part of a name (Bart-Jan Van den Berg: B J V D B), in capitals."""
    return [part[0].upper() for word in words for part in word.split("-") if part[:1].isalpha()]


def _abbreviates(value: str, words: list[str], *, whole: bool) -> bool:
    """Whether initials abbreviate a name: their letters are the name's first letters in order, starting with the
    first; the name may have more ('Elke Smet (ES)', 'Elke (ES)' when Elke is a first name), unless ``whole``
    (a legend 'KP Kelly Peeters': every letter, particles written or not)."""
    letters = [c.upper() for c in value if c.isalpha()]
    parts = _letters(words)
    if len(letters) < 2 or not parts or letters[0] != parts[0]:
        return False
    if whole:
        capital = [p[0] for w in words for p in w.split("-") if p[:1].isupper()]
        return letters in (parts, capital)
    rest = iter(parts[1:])
    return all(any(c == p for p in rest) for c in letters[1:]) or len(words) == 1  # 'Elke (ES)': a first name


@lru_cache(maxsize=4096)
def _first_name(word: str) -> bool:
    from casusprep.anonymise.lexicon import fold, lexicon

    return fold(word) in lexicon().first_names


def _stands_for(value: str, name: str, *, before: bool, bracketed: bool = True) -> bool:
    """Whether ``value`` abbreviates ``name`` or, for a name before the initials, the name's last words (the name
    pattern may have taken a word before it: 'Notitie van Dorien Jacobs (DJ)'); an acronym only for a person's name
    ('Veerle Kaya (VK)', never 'Centrum Algemeen Welzijnswerk (CAW)')."""
    words = name.split()
    lower = value.islower()  # lower-case initials only for the whole name: 'kp (Kelly Peeters)'
    options = [words[k:] for k in range(len(words)) if words[k][:1].isupper()] if before else [words]
    if not before and len(words) > 1:
        options += [words[:k] for k in range(len(words) - 1, 0, -1)]
    for option in options:
        if _abbreviates(value, option, whole=lower or not bracketed):
            return not is_acronym(value) or _first_name(option[0].split("-")[0])
    return False


def named(text: str) -> list[Detection]:
    """Initials beside the name they abbreviate: 'Kelly Peeters (KP)', 'Eva (EM, coach)', 'KP (Kelly Peeters)', a
    legend 'KP Kelly Peeters · JT Jan Tas' or 'KP = stagiaire Kelly Peeters', lower-case ones before the name in
    brackets ('kp (Kelly Peeters)'). Initials even when they spell an acronym, and found again wherever the note
    uses them (the engine). Each expression starts at a bracket or a capital, so a long note is read fast."""
    found: list[tuple[int, int]] = []
    for m in _NAMED_AFTER.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name and _stands_for(m.group("c1"), name.group("n1"), before=True):
            found.append(m.span("c1"))
    for m in _NAMED_BEFORE.finditer(text):
        bracketed = "(" in text[m.end("c2") : m.start("n2")]
        if _stands_for(m.group("c2"), m.group("n2"), before=False, bracketed=bracketed):
            found.append(m.span("c2"))
    for m in _NAME_IN_BRACKETS.finditer(text):
        lower = _LOWER_BEFORE_BRACKET.search(text, max(0, m.start() - 6), m.start())
        if lower and _stands_for(lower.group("c3"), m.group("n3"), before=False):
            found.append(lower.span("c3"))
    meta = {"initials": True, "named": True}
    return [Detection(a, b, "PERSON", 0.8, "named_initials", meta=dict(meta)) for a, b in dict.fromkeys(found)]


def _not_initials(value: str) -> bool:
    return is_acronym(value)


@lru_cache(maxsize=4096)
def _is_word(value: str) -> bool:
    """A lower-case word in brackets that is no one's initials: '(sic)', '(red)', '(bis)'."""
    from casusprep.nlp.frequency import zipf_frequency

    voc = vocabulary()
    return value.upper() in _acronyms() or value in voc.lower_brackets or zipf_frequency(value, "nl") >= 2.5


# What joins initials in a list: 'KD en MVdB', 'HD, FM', 'KW/AD', 'JT & EB', 'KW + stagiaire'.
_JOIN = r"(?:[ \t]*[,/&+→][ \t]*|[ \t]+(?:en|of|and|et|naar)[ \t]+)"
_LISTED = rf"(?:{_CAPS}|[a-z]{{2,3}})"  # lower-case ones too, when no word: 'KM en pv', 'van sp naar jl'
_NEXT = re.compile(rf"{_JOIN}(?P<caps>{_LISTED})(?![\w.])")
_PREVIOUS = re.compile(rf"(?<![\w.])(?P<caps>{_LISTED}){_JOIN}$")


_CAPS_ONLY = re.compile(_CAPS)  # compiled once: the module's cache lookup per call cost more than the match


def is_initials(value: str) -> bool:
    """Shaped like initials: two to four capitals, dotted or hyphenated capitals, capitals with particles."""
    return bool(_CAPS_ONLY.fullmatch(value)) and not is_acronym(value)


def coordinated(text: str, persons: list[Detection]) -> list[Detection]:
    """Capitals listed next to initials already found as a person ('KD en MVdB', 'HD, FM en JT'): initials too.

    ``persons`` are the detections so far; only those shaped like initials are followed, both ways, until the
    list ends."""
    out: list[Detection] = []
    todo = [
        d
        for d in persons
        if d.entity_type == "PERSON" and (d.meta.get("initials") or is_initials(text[d.start : d.end]))
    ]
    seen = {(d.start, d.end) for d in persons}
    while todo:
        d = todo.pop()
        after = _NEXT.match(text, d.end, min(len(text), d.end + 12))
        before = _PREVIOUS.search(text, max(0, d.start - 12), d.start)
        for m in (after, before):
            if m is None or is_acronym(m.group("caps")):
                continue
            if m.group("caps").islower() and not lower_initials(m.group("caps")):
                continue
            span = m.span("caps")
            if span in seen:
                continue
            seen.add(span)
            found = Detection(span[0], span[1], "PERSON", 0.7, "coordinated_initials", meta={"initials": True})
            out.append(found)
            todo.append(found)
    return out


RECOGNIZER = CheckedPattern(NAME, "PERSON", INITIALS, 0.6, "")
BARE = CheckedPattern(
    "bare_initials",
    "PERSON",
    r"(?<![\w.&/@-])[A-Z]{2,3}(?![\w&/@-])(?!\.\w)",
    0.3,
    "",
    invalidate=_not_initials,
    score_threshold=0.5,
)


def find(text: str) -> list[Detection]:
    """Every initials detection once (several positions can find the same span)."""
    spans = {(d.start, d.end): d for d in [*RECOGNIZER.find(text), *signatures(text)]}
    return sorted(spans.values(), key=lambda d: d.start)


_DETERMINER_BEFORE = re.compile(r"(?i)(?:\b(?:het|de|een|dat|die|deze)|'t)[ \t]+$")


def again(text: str, found: list[Detection]) -> list[Detection]:
    """Initials found once as a person ('Kelly Peeters (KP)', '(KP)' closing a line) are that person wherever the
    note uses them: 'KP belde', 'met KP'. Initials that also spell an acronym ('Veerle Kaya (VK)') only when
    found beside the name, and never after an article ('het VK')."""
    values: dict[str, bool] = {}  # value -> found beside its name
    for d in found:
        if d.entity_type != "PERSON" or not d.meta.get("initials"):
            continue
        value = text[d.start : d.end]
        if len(value.replace(".", "").replace("-", "").strip()) < 2:
            continue
        # Found where only a person stands ('Verslag: TV', 'NB vult aan'): that person wherever it is used again.
        values[value] = values.get(value, False) or bool(d.meta.get("named") or d.meta.get("slot"))
    if not values:
        return []
    taken = {(d.start, d.end) for d in found}
    pattern = re.compile(rf"(?<![\w.])(?:{alternation(values)})(?![\w])")
    out = []
    for m in pattern.finditer(text):
        value = m.group(0)
        if m.span() in taken:
            continue
        if is_acronym(value) and (
            not values.get(value) or _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())
        ):
            continue
        out.append(Detection(m.start(), m.end(), "PERSON", 0.7, "initials_again", meta={"initials": True}))
    return out


# A person's name as found: capitalised words with the particles between ('Hanne Robberechts', 'Bart De Wever').
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Ll]e|[Ll]a|[Dd]u|[Tt]en|[Tt]er)"
_FOUND_NAME = re.compile(rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD})+")


@lru_cache(maxsize=4096)
def initials_of(name: str) -> frozenset[str]:
    """How a name is written as initials, with and without dots, hyphens and particles (a registered person's,
    and one the note names in full)."""
    # A plain form can be an acronym or a word (AL, CLB); with dots or a hyphen (A-L, C.L.B.) it is initials.
    return frozenset(f for f in _initial_forms(name) if not (f.isalpha() and is_acronym(f)))


def word_initials_of(name: str) -> frozenset[str]:
    """The plain forms of a name's initials that are also an acronym or a word (NV, TV, ID, MVG): initials only
    where staff sign (:func:`signing_spans`)."""
    return frozenset(f for f in _initial_forms(name) if f.isalpha() and is_acronym(f))


def _initial_forms(name: str) -> frozenset[str]:
    words = name.split()
    if not words:
        return frozenset()
    first_parts = [p for p in words[0].split("-") if p[:1].isalpha()]
    rest = [w for w in words[1:] if w[:1].isalpha()]
    firsts = [p[0].upper() for p in first_parts]
    with_particles = [w[0].upper() for w in rest]
    without = [w[0].upper() for w in rest if w.lower() not in PARTICLES]
    mixed = [w[0].lower() if w.lower() in PARTICLES else w[0].upper() for w in rest]
    forms: set[str] = set()
    if len(firsts) >= 2:
        forms.update({"".join(firsts), ".".join(firsts) + ".", ".-".join(firsts) + ".", "-".join(firsts)})
    for tail in {tuple(with_particles), tuple(without), tuple(mixed)}:
        if not tail:
            continue
        letters = [*firsts, *tail]
        forms.update({"".join(letters), ".".join(letters) + "."})
        if len(firsts) >= 2:
            forms.add("-".join(firsts) + "".join(tail))
            forms.add("-".join(firsts) + "." + ".".join(tail) + ".")  # A-M.P. for Anne-Marie Peeters
        if len(tail) >= 2 and len(letters) >= 3:
            # The surname alone as initials (VdB for Van den Bossche), first and last initials (FB for Fatima
            # Zahra Bakkali).
            forms.update({"".join(tail), ".".join(tail) + ".", firsts[0] + tail[-1]})
            forms.add(tail[0].upper() + "".join(tail[1:]))  # VdB: the surname's first particle capitalised
    return frozenset(f for f in forms if sum(c.isalpha() for c in f) >= 2)


def named_forms(text: str, found: list[Detection]) -> dict[str, str]:
    """The initials of each person the note names in full ('Hanne Robberechts': HR, H.R.), each with that name:
    her initials then get her placeholder. Also initials that spell a shorthand (HR, BV), never a service's."""
    forms: dict[str, str] = {}
    for d in found:
        if d.entity_type != "PERSON" or d.meta.get("initials"):
            continue
        name = text[d.start : d.end]
        if not _FOUND_NAME.fullmatch(name):
            continue
        words = name.split()
        plain = "".join(_letters(words))
        capital = "".join(w[0] for w in words if w[:1].isupper())
        for form in [*initials_of(name), *(f for f in (plain, capital) if 2 <= len(f) <= 4 and not _service(f))]:
            forms.setdefault(form, name)
    return forms


def _own_after(text: str, found: list[Detection]) -> list[Detection]:
    """Initials right after a person found that start with her first letter: 'griet (gd)', 'Lore (LVH)', 'lore lvh
    24/06'. A writer adds her initials to the name, as a legend does."""
    from casusprep.anonymise.lexicon import fold

    out = []
    for d in found:
        if d.entity_type != "PERSON" or d.meta.get("initials"):
            continue
        first = fold(text[d.start : d.end].split()[0]) if text[d.start : d.end].split() else ""
        span = own_initials_after(text, d.end, first, text[d.start : d.end]) if len(first) >= 2 else None
        if span is not None:
            meta = {"initials": True, "slot": True}  # beside the name: hers wherever the note uses them again
            out.append(Detection(span[0], span[1], "PERSON", 0.7, "initials_again", meta=meta))
        m = _SURNAME_LETTER.match(text, d.end)
        if m is not None:  # 'bram van l.': the initial of his surname
            out.append(Detection(m.start(1), m.end(1), "PERSON", 0.7, "initials_again", meta={"initials": True}))
    return out


_SURNAME_LETTER = re.compile(r"[ \t]+(?:van|de|vd)[ \t]+([A-Za-z]\.)(?![\w.])")


def of_named(text: str, found: list[Detection]) -> list[Detection]:
    """The initials of a person the note names in full, wherever it uses them: 'door Hanne Robberechts ... HR'.
    A reader who has just read the name reads its initials as that person, also when they spell a shorthand (HR,
    BV); never a service (CLB, VK) and never after an article ('het HR')."""
    out = _own_after(text, found)
    forms = named_forms(text, found)
    if not forms:
        return out
    taken = {(d.start, d.end) for d in found} | {(d.start, d.end) for d in out}
    pattern = re.compile(rf"(?<![\w.])(?:{alternation(forms)})(?![\w])")
    for m in pattern.finditer(text):
        if m.span() in taken or _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        out.append(Detection(m.start(), m.end(), "PERSON", 0.7, "initials_again", meta={"initials": True}))
    return out


# A first name's own initials right after it: in brackets, or before a date or the line's end.
_OWN_INITIALS = re.compile(r"[ \t]+(?:\((?P<b>[A-Za-z]{2,4})\)|(?P<a>[a-z]{2,4})(?=[ \t]*(?:\d|\n|\Z)))")


def own_initials_after(text: str, end: int, folded: str, name: str = "") -> tuple[int, int] | None:
    """The span of a first name's own initials right after ``end`` ('griet (gd)', 'lore lvh 24/06'): letters that
    start with the name's first letter and are no word or service, or None. After a whole ``name`` in brackets, its
    initials letter for letter also when they spell a word ('Zoë Oosterlinck (ZO)')."""
    from casusprep.anonymise.lexicon import fold
    from casusprep.nlp.frequency import zipf_frequency

    m = _OWN_INITIALS.match(text, end)
    if m is None:
        return None
    group = "b" if m.group("b") else "a"
    letters = m.group(group)
    words = name.split()
    if (
        group == "b"
        and len(words) >= 2
        and fold(letters) == "".join(fold(w[0]) for w in words)
        and not _service(letters)
    ):
        return m.span(group)
    if fold(letters[0]) != folded[:1] or is_acronym(letters.upper()) or letters.lower() in lexicon().common:
        return None
    if zipf_frequency(letters.lower(), "nl") >= (3.5 if group == "b" else 3.0):
        return None  # in brackets right after the name a shorthand Dutch writes now and then too ('gd')
    return m.span(group)
