"""Names a note says are what someone is called: 'thuis noemen wij haar Roro', 'X (zo noemt oma haar)',
'roepnaam: X / Y', 'thuis zeggen ze "X" of "Y"', 'we call her X'. No list of pet names: the construction says a
name follows (or comes before), in any language, also one that no name list holds and one typed in lower case.

The naming verbs, the objects they name and the labels are data (vocabulary ``naming_verbs``, ``naming_objects``,
``nickname_labels``). What a note quotes after a naming verb goes when it holds a word that is no ordinary word
(wordfreq), or a capital; an ordinary word written bare ('noemt haar lief') stays.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex as re

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import WORD, Detection, alternation
from casusprep.anonymise.vocabulary import vocabulary

NAME = "called_names"
_QUOTED = r"[\"“”„«»]\s*(?P<q>[^\"“”„«»\n]{1,40}?)\s*[\"“”„«»]"
_BARE = r"(?P<b>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
_ITEM = rf"(?:{_QUOTED}|{_BARE})"
# What lists the names: 'X of Y', '"X", "Y"', 'X / Y', 'X en Y', 'X or Y'.
_JOIN = re.compile(r"[ \t]*(?:,(?:[ \t]*(?:of|en|or|and|ou|et)\b)?|/|\bof\b|\ben\b|\bor\b|\band\b|\bou\b|\bet\b)[ \t]*")
_ITEM_AT = re.compile(_ITEM)
_PAIR = re.compile(rf"[ \t]+{_QUOTED}")  # a quoted name right after the one it names
# After a French naming verb only a word joins a list: a comma goes on in prose the word lists do not read
# ('on l'appelle Cécé, personne ne ...').
_JOIN_WORD = re.compile(r"[ \t]*(?:/|\bou\b|\bet\b|\bof\b|\ben\b)[ \t]*")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    voc = vocabulary()
    verbs = alternation(voc.naming_verbs)
    objects = alternation([*voc.naming_objects, *voc.role_words])
    labels = alternation(voc.nickname_labels)
    home = r"(?:zeggen|zegt|noemen|noemt)"
    # '... noemen wij haar X', 'we call her X', 'ze noemt mama "X"', 'thuis zeggen ze "X"', 'zegt thuis "X"'
    adverbs = alternation(voc.naming_adverbs)
    # The one named may be a name itself, an adverb after it: 'ze noemt Lotte altijd X'.
    named = rf"(?:(?i:{objects})(?:[ \t]+(?i:thuis|{adverbs}))?|(?-i:\p{{Lu}}\p{{Ll}}+)(?:[ \t]+(?i:{adverbs}))?)"
    after = re.compile(
        rf"(?<!\w)(?i:(?:{verbs})(?:[ \t]+[\w'’]+){{0,2}}?)[ \t]+{named}[ \t]+(?={_ITEM})"
        rf"|(?<!\w)(?i:thuis[ \t]+{home}(?:[ \t]+[\w'’]+){{0,2}}?|{home}[ \t]+thuis)[ \t]+(?={_QUOTED})"
        # French puts the one named before the verb: 'on l'appelle X', 'ils les appellent X'.
        rf"|(?<![\w'’])(?P<fr>(?i:(?:l['’]|les[ \t]+)(?:{verbs})(?:[ \t]+(?:{adverbs}))?))[ \t]+(?={_ITEM})"
        # 'zus zegt "X" tegen mama': what someone says to a person is what she calls her.
        rf"|(?<!\w)(?i:{home}|zei|zeiden)(?:[ \t]+(?i:thuis|{adverbs}))?[ \t]+(?={_ITEM}[ \t]+(?i:tegen)\b)"
    )
    # 'X (zo noemt mama haar)', 'X (= Arben, zo noemen ze hem thuis)'
    before = re.compile(rf"[ \t]*\((?:=[^(),\n]{{1,30}},[ \t]*)?(?i:zo[ \t]+(?:{verbs}))\b")
    label = re.compile(rf"(?<!\w)(?i:{labels})[ \t]*[:=]?[ \t]*(?={_ITEM})")
    return after, before, label


@lru_cache(maxsize=20_000)
def _ordinary(word: str) -> bool:
    """A word Dutch or English writes at all (wordfreq), or one the vocabulary never takes: 'vriendinnetjes' and
    'schatje' are words, 'nainai' and 'kutty' are not."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    if folded in lex.never or folded in lex.common:
        return True
    return zipf_frequency(folded, "nl") >= 2.0 or zipf_frequency(folded, "en") >= 3.0


@lru_cache(maxsize=4096)
def _said_name(word: str) -> bool:
    """A lower-case word a bracket says is what someone is called ('mara (zo noemt mama haar)'): a name there unless
    it is a common word of the vocabulary or one Dutch writes often (wordfreq: 'lief', 'schat')."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    return (
        len(folded) >= 3
        and folded not in lex.common
        and folded not in lex.never
        and folded not in lex.roles
        and zipf_frequency(folded, "nl") < 4.0
    )


def _names_in(text: str, start: int, end: int, quoted: bool, sure: bool = False) -> list[tuple[int, int]]:
    """The words of one named item that are a name: in quotes all when one is, bare only a capital or no word;
    ``sure`` (a label or an alias says it is a name): a capitalised role word too ('roepnaam: Mama', '("Abi")')."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(text[start:end])]
    if not words:
        return []
    if quoted:
        if len(words) > 3 or all(_ordinary(w) and not w[:1].isupper() for _, _, w in words):
            return []
        roles = folded_words("role_words")
        named = [(a, b) for a, b, w in words if w[:1].isupper() and fold(w) not in roles or not _ordinary(w)]
        if sure:  # '("zeg maar Tunde")': the name in it; '("Abi")': a capitalised role word alone is one too
            if not named and len(words) == 1 and words[0][2][:1].isupper():
                named = [words[0][:2]]
            return [(named[0][0], named[-1][1])] if named else []
        return [(words[0][0], words[-1][1])] if named else []
    ((_, _, word),) = words[:1]
    if word[:1].isupper() or not _ordinary(word):
        return [(words[0][0], words[0][1])]
    return []


def _items(text: str, pos: int, sure: bool = False, joins: re.Pattern[str] = _JOIN) -> list[tuple[int, int]]:
    """The names listed from ``pos`` on: one item, then more after 'of', 'en', a comma or a slash."""
    out: list[tuple[int, int]] = []
    while True:
        m = _ITEM_AT.match(text, pos)
        if m is None:
            break
        quoted = m.group("q") is not None
        group = "q" if quoted else "b"
        found = _names_in(text, m.start(group), m.end(group), quoted, sure)
        if not found:
            break
        out += found
        pair = _PAIR.match(text, m.end()) if not quoted else None
        if pair is not None:  # 'noemt Hana "Hanu", Yonas "Abi"': each one named, then what she calls them
            out += _names_in(text, pair.start("q"), pair.end("q"), quoted=True, sure=True)
            m = pair
        join = joins.match(text, m.end())
        if join is None or join.end() == m.end():
            break
        pos = join.end()
    return out


def find(text: str) -> list[Detection]:
    after, before, label = _patterns()
    spans: list[tuple[int, int]] = []
    for m in after.finditer(text):
        if not m.group("fr"):
            spans += _items(text, m.end())
            continue
        # 'je l'appelle demain': French also calls on the phone; a name there is capitalised or quoted.
        spans += [
            (a, b)
            for a, b in _items(text, m.end(), joins=_JOIN_WORD)
            if text[a].isupper() or text[a - 1 : a] in '"“”„«»'
        ]
    for m in label.finditer(text):
        spans += _items(text, m.end(), sure=True)
    for m in before.finditer(text):
        head = text[max(0, m.start() - 60) : m.start()]
        quoted = re.search(rf"{_QUOTED}$", head)
        if quoted is not None:  # '"Fiffie toren" (zo noemt hij zichzelf)': the name opens the quote
            offset = m.start() - len(head)
            spans += _names_in(text, offset + quoted.start("q"), offset + quoted.end("q"), quoted=False)
            continue
        word = re.search(rf"{_BARE}$", head)
        if word is not None:
            offset = m.start() - len(head)
            a, b = offset + word.start("b"), offset + word.end("b")
            # The bracket says the word before it is a name: in lower case too, unless Dutch writes it often.
            spans += _names_in(text, a, b, quoted=False) or ([(a, b)] if _said_name(text[a:b]) else [])
    for m in _NAME_FIRST.finditer(text):  # 'Adilson heet hij': the name before the verb that says it is one
        word = fold(m.group("n"))
        if word not in lexicon().common and (word in lexicon().first_names or not _ordinary(word)):
            spans.append(m.span("n"))  # not 'Zo heet hij', 'Dat noemen ze haar
    for m in _ALIAS.finditer(text):  # 'Abel ("Abi")', 'Sterre (ook "Stertje")': another name for the name before
        spans += _items(text, m.end(), sure=True)
    for m in _NAMED_IN_BRACKETS.finditer(text):  # 'Sonechka (Sofiia Shevchenko, 2j)': what the person is called
        alias = fold(m.group("alias"))
        if _person_name(m.group("first"), m.group("last")) and alias not in folded_words("role_words"):
            spans += _names_in(text, m.start("alias"), m.end("alias"), quoted=False)
    # The note says it is a name: also a role word ('roepnaam: Mama') is one here.
    return [Detection(a, b, "PERSON", 0.8, NAME, meta={"called": True}) for a, b in dict.fromkeys(spans)]


# 'Abel ("Abi")', 'Papa ("Gust" voor zijn collega's)': the quoted name, maybe said for whom it is that name.
# The name first, then the verb of naming and its subject: 'Adilson heet hij', 'Kasia heet ze', 'Moesje noemen ze haar'.
_NAME_FIRST = re.compile(
    r"(?<![\w-])(?P<n>\p{Lu}\p{Ll}+)[ \t]+(?:heet[ \t]+(?:hij|zij|ze|die)|noem(?:t|en)[ \t]+(?:hij|zij|ze|we|wij)[ \t]+"
    r"(?:hem|haar))\b"
)
_ALIAS = re.compile(
    rf"(?<=\p{{Lu}}\p{{Ll}}+)[ \t]*\((?:(?i:ook|alias|aka|of)[ \t]+)?(?={_QUOTED}[ \t]*(?:[,)]|(?i:voor|for|pour)\b))"
)
_NAMED_IN_BRACKETS = re.compile(
    r"(?<![\w-])(?P<alias>\p{Lu}[\p{Ll}’']+)[ \t]+\((?P<first>\p{Lu}\p{Ll}+)[ \t]+(?P<last>\p{Lu}[\p{Ll}’'-]+)[,)]"
)


def _person_name(first: str, last: str) -> bool:
    """A first name of the lists and a capitalised word after it that is no ordinary word: someone's full name."""
    lex = lexicon()
    return fold(first) in lex.first_names and fold(first) not in lex.common and not _ordinary(last)
