"""Pet forms of first names nobody registered: a diminutive suffix of any of the families' languages on a stem of a
first name ('Woutje', 'Keremcim', 'Anneciğim', 'tomik', 'Sofiyka', 'Kubuś', 'Loortje'), and an endearment joined to a
first name ('Zahra-jan', 'Aditi-ma', 'Zia jan').

The suffixes are those :mod:`casusprep.anonymise.nicknames` derives registered pet forms with; here they are taken
off a word to find the name under it: what is left, or that with a vowel back ('Kub-' + a: Kuba) or a doubled vowel
single again ('Loor-' : Lore), must be a first name of the lists. The word itself must be none that Dutch or English
writes (wordfreq, on the word as written: 'kubus' is a word, 'Kubuś' is not), so 'bootje' and 'huisje' stay.
The endearments are data (vocabulary ``endearments``).
"""

from __future__ import annotations

from functools import cache, lru_cache

from casusprep.anonymise.lexicon import folded_words, lexicon
from casusprep.anonymise.nicknames import suffixes
from casusprep.anonymise.recognizers.base import Detection, Token
from casusprep.anonymise.recognizers.registered_persons import name_words

NAME = "pet_names"
_VOWELS = "aeiouy"


@cache
def _suffixes() -> tuple[str, ...]:
    """Suffixes of two letters or more, longest first (one letter takes too many words apart)."""
    return tuple(sorted((s for s in suffixes() if len(s) >= 2), key=len, reverse=True))


def _bases(stem: str, vowel: bool) -> set[str]:
    """What a stem may be of the name: itself, with a doubled vowel single ('loor' -> 'lor', 'nooraa' -> 'noora'),
    and with ``vowel`` (a capitalised word) also a doubled consonant single ('tomm' -> 'tom') and a vowel back ('kub'
    -> 'kuba', 'lor' -> 'lore')."""
    singles = {stem}
    for i in range(len(stem) - 1, 0, -1):
        if stem[i] == stem[i - 1] and (vowel or stem[i] in _VOWELS):
            singles.add(stem[:i] + stem[i + 1 :])
    singles |= {s[:-1] for s in singles if s.endswith(("aa", "oo"))}
    return singles | {s + v for s in singles for v in "aeio"} if vowel else singles


@lru_cache(maxsize=50_000)
def pet_form(word: str, folded: str) -> bool:
    """Whether ``word`` is a suffix on a first name's stem and no word Dutch, English or French writes."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if len(folded) < 5 or not folded.endswith(_suffixes()):
        return False  # most words: no suffix, nothing else is asked
    if folded in lex.first_names or folded in lex.common or folded in lex.never or folded in lex.places:
        return False
    if folded in lex.roles or not _on_a_name(folded, vowel=word[:1].isupper()):
        return False
    lower = word.lower()
    # French too: notes quote parents' French ('je souhaite' is no first name Souha with a suffix)
    return zipf_frequency(lower, "nl") < 1.5 and zipf_frequency(lower, "en") < 2.0 and zipf_frequency(lower, "fr") < 2.5


def _on_a_name(folded: str, vowel: bool) -> bool:
    """Whether a suffix comes off ``folded`` to leave a first name's stem. A word written in lower case (no
    ``vowel``) is a pet form only of the name as it stands ('tomik', 'alitje'): with a vowel added, dialect and
    foreign words come apart into names too ('thuus', 'menino')."""
    lex = lexicon()
    for suffix in _suffixes():
        if not folded.endswith(suffix) or len(folded) - len(suffix) < 3:
            continue
        for base in _bases(folded[: -len(suffix)], vowel):
            short = len(base) < 4 and len(suffix) < 3  # 'thu' + 'us' in lower case is dialect ('thuus')
            if len(base) >= 3 and not (short and not vowel) and base in lex.first_names and _plain_name(base):
                return True
    return False


@lru_cache(maxsize=20_000)
def _plain_name(base: str) -> bool:
    """A first name that is no word, place or role as well ('bakker', 'mee' and 'men' are no stems of a name)."""
    lex = lexicon()
    return not (base in lex.common or base in lex.never or base in lex.places or base in lex.roles) and (
        base not in name_words()
    )


@cache
def _endearments() -> frozenset[str]:
    return folded_words("endearments")


def _joined_endearment(t: Token) -> bool:
    """'Zahra-jan', 'Aditi-ma': a first name and an endearment joined by a hyphen."""
    head, dash, tail = t.folded.rpartition("-")
    return bool(dash) and tail in _endearments() and head in lexicon().first_names and t.text[:1].isupper()


def find(toks: list[Token], text: str) -> list[Detection]:
    out = []
    for i, t in enumerate(toks):
        if _joined_endearment(t):
            out.append(Detection(t.start, t.end, "PERSON", 0.75, NAME))
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            nxt is not None
            and nxt.text.islower()
            and nxt.folded in _endearments()
            and len(nxt.folded) >= 3  # 'ma' written apart is the word
            and text[t.end : nxt.start] == " "
            and t.capitalised
            and t.folded in lexicon().first_names
            and t.folded not in lexicon().common
        ):
            out.append(Detection(t.start, nxt.end, "PERSON", 0.7, NAME))  # 'Zia jan': the endearment written apart
            continue
        if "-" not in t.text and pet_form(t.text, t.folded):
            out.append(Detection(t.start, t.end, "PERSON", 0.65, NAME))
    return out
