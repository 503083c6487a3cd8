"""Social media handles and user names: '@lotte.v', a name with underscores ('sien_x_19'), a word with a
year or a number ('kobe2014') when Presidio's context step finds a word such as 'instagram', 'account' or
'tiktok' before it (vocabulary, ``context.handle``), and the word right after 'gebruikersnaam', 'user' ...
(vocabulary ``account_words``: 'gebruikersnaam ShadowKing').

A name with underscores that starts with a word for what it is and ends in a file extension ('verslag_lien0312.docx',
'foto_lien_2.jpg'; vocabulary ``file_endings``, formats people attach to a note: a top-level domain or an extension
such as .pl, .tr or .me is no sign, 'sien_x.pl' can be a user name) is a file, not an account: it is not called
one. A registered name inside it still goes (the registered persons' recognizer reads the words between the
underscores), and so does a word of it that is a listed first name or surname and no everyday word, or a rare word
(:func:`names_in_file_names`)."""

from __future__ import annotations

from functools import cache

import regex as re

from casusprep.anonymise.recognizers.base import Detection, Token, alternation, tokens
from casusprep.anonymise.recognizers.patterns import CheckedPattern
from casusprep.anonymise.vocabulary import vocabulary

NAME = "handle"
AT = r"(?<![\w@.])@\w(?:[\w.\-]{0,28}\w)?"
# With an underscore somewhere: sien_x_19, lina.b_, _lente.ds_ (dots between the parts too).
UNDERSCORED = r"(?<![\w@./-])(?=[A-Za-z0-9._]*_)_*[A-Za-z][A-Za-z0-9]{0,30}(?:[._]+[A-Za-z0-9]{1,30}){0,5}_*(?![\w@])"
NUMBERED = r"(?<![\w@./-])[a-zA-Z]{3,30}[._]?\d{2,4}(?![\w@/-])"

# A first name, a dot and a few letters, as user names go (lotte.v, kobe.vdb); not a web address or a file.
DOTTED = r"(?<![\w@./-])[A-Za-z][a-z]{2,20}\.[a-z][a-z0-9]{0,19}(?![\w@/-]|\.\w)"
# Three or more parts joined by dots, as Facebook and Instagram names go (naam.familienaam.gemeente, naam.x.9000).
MULTI_DOTTED = r"(?<![\w@./-])[A-Za-z][a-z]{2,20}(?:\.[a-z0-9]{1,20}){2,4}(?![\w@/-]|\.\w)"


def _dotted_name(value: str) -> bool:
    from casusprep.anonymise.lexicon import lexicon

    name, _, tail = value.lower().partition(".")
    lex = lexicon()
    return tail not in vocabulary().not_user_name_endings and name in lex.first_names and name not in lex.common


def _name_parts(value: str) -> bool:
    """A user name of three parts or more that holds a first name or a surname, and is no web address or file."""
    from casusprep.anonymise.lexicon import lexicon

    parts = value.lower().split(".")
    lex = lexicon()
    if parts[0] == "www" or parts[-1] in vocabulary().not_user_name_endings:
        return False
    return any(p in lex.first_names or p in lex.surnames for p in parts if len(p) > 2 and p not in lex.common)


RECOGNIZER = CheckedPattern(NAME, "HANDLE", AT, 0.9, "[account]")
MULTI_DOTTED_NAME = CheckedPattern(
    "handle_dotted",
    "HANDLE",
    MULTI_DOTTED,
    0.75,
    "[account]",
    validate=lambda v: None if _name_parts(v) else False,
    trigger=r"[a-z]\.[a-z0-9]",
)
DOTTED_NAME = CheckedPattern(
    "handle_dotted",
    "HANDLE",
    DOTTED,
    0.75,
    "[account]",
    validate=lambda v: None if _dotted_name(v) else False,
    trigger=r"[a-z]\.[a-z]",
)


_UNDERSCORED = re.compile(UNDERSCORED)
_LETTERS = re.compile(r"[^\W\d_]+")


def _file_name(value: str) -> bool:
    """Whether ``value`` is a file name: it ends in a file extension (``.docx``, ``.jpg``) and starts with a word
    that says what the file is ('verslag', 'foto', 'IMG'), not with a name ('sien_x_19.jpg' is an account's)."""
    from casusprep.anonymise.lexicon import lexicon
    from casusprep.nlp.frequency import zipf_frequency

    stem, dot, ending = value.rstrip("_").rpartition(".")
    if not (dot and stem and ending.lower() in vocabulary().file_endings):
        return False
    first = _LETTERS.search(stem)
    if first is None:
        return True
    word = first.group(0).lower()
    lex = lexicon()
    if word in lex.first_names or word in lex.surnames:
        return False
    return max(zipf_frequency(word, "nl"), zipf_frequency(word, "en")) >= 2.5


UNDERSCORE = CheckedPattern(
    "handle_underscore", "HANDLE", UNDERSCORED, 0.7, "[account]", invalidate=_file_name, trigger="_"
)
NUMBERED_NAME = CheckedPattern("handle_numbered", "HANDLE", NUMBERED, 0.3, "[account]", score_threshold=0.5)


@cache
def _after_account_word() -> re.Pattern[str]:
    words = alternation(vocabulary().account_words)
    return re.compile(
        rf"(?i:(?<![\w-])(?:{words})(?:[ \t]+(?:is|was|heet|als))?[ \t]*[:=]?[ \t]*[\"“'‘]?)"
        r"(?P<name>[\w.\-]*\w)"
    )


@cache
def _account_words() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary().account_words)


def after_account_word(text: str, toks: list[Token] | None = None) -> list[Detection]:
    """The user name right after a word that introduces one, unless it is an ordinary word ('account is weg')."""
    from casusprep.nlp.frequency import zipf_frequency

    words = _account_words()
    starts = [t.start for t in (toks if toks is not None else tokens(text)) if t.text.lower() in words]
    out = []
    pattern = _after_account_word()
    for m in (pattern.match(text, start) for start in starts):
        if m is None:
            continue
        name = m.group("name")
        plain = name.isalpha() and name.islower() or name.isalpha() and name[:1].isupper() and name[1:].islower()
        if len(name) < 3 or plain and zipf_frequency(name.lower(), "nl") >= 2.5:
            continue
        out.append(Detection(m.start("name"), m.end("name"), "HANDLE", 0.8, "handle", replacement="[account]"))
    return out


def names_in_file_names(text: str) -> list[Detection]:
    """The words of a file name with underscores ('verslag_lien0312.docx'), after the first, that are a first name
    or a surname in the name lists and no everyday word (wordfreq), or rare words: the file name stays, the name in
    it goes. Words that are never personal data (mama, juni) stay."""
    from casusprep.anonymise.lexicon import lexicon
    from casusprep.anonymise.recognizers.email import never_personal
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    out = []
    for m in _UNDERSCORED.finditer(text):
        if not _file_name(m.group(0)):
            continue
        stem_end = m.start() + m.group(0).rstrip("_").rindex(".")
        for w in list(_LETTERS.finditer(text, m.start(), stem_end))[1:]:  # the first says what the file is
            word = w.group(0).lower()
            if len(word) < 3 or word in lex.common or word in never_personal():
                continue
            frequency = max(zipf_frequency(word, "nl"), zipf_frequency(word, "en"))
            listed = word in lex.first_names or word in lex.surnames
            rare = frequency < (3.0 if w.group(0)[:1].isupper() else 2.0)
            if listed and frequency < 4.5 or rare:
                out.append(Detection(w.start(), w.end(), "PERSON", 0.6, "file_names"))
    return out


def find(text: str) -> list:
    return sorted(RECOGNIZER.find(text) + UNDERSCORE.find(text) + after_account_word(text), key=lambda d: d.start)


@cache
def _mail_header() -> re.Pattern[str]:
    words = alternation(vocabulary().mail_header_words)
    return re.compile(rf"(?im)^[ \t>]*(?:{words})[ \t]*:[^\n]*")


# An account as a mail program shows it beside the name: '(n.peeters)', '(zorg.sintjozef)', '(j_claes)'.
_BRACKETED_ACCOUNT = re.compile(r"\((?P<account>[A-Za-z0-9][\w-]*(?:[._][\w-]+)+)\)")


def mail_header_accounts(text: str) -> list[Detection]:
    """Accounts in brackets on a mail's header lines ('Van: Nele Peeters (n.peeters)', 'Aan: zorg (zorg.sintjozef)'):
    the header says an address is meant, though its domain is not shown."""
    out = []
    for line in _mail_header().finditer(text):
        for m in _BRACKETED_ACCOUNT.finditer(line.group(0)):
            start = line.start() + m.start("account")
            out.append(
                Detection(start, start + len(m.group("account")), "HANDLE", 0.8, "handle", replacement="[account]")
            )
    return out
