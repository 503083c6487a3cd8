"""Unregistered persons from context: a role word before a capitalised word (mama Sara, juf Els),
a known first name capitalised mid-sentence, and neighbouring name tokens (first name + surname)."""

from __future__ import annotations

from functools import lru_cache

from casusprep.anonymise.lexicon import lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Detection, Token
from casusprep.anonymise.recognizers.registered_persons import DETERMINERS, is_word, name_words, subject_verbs


def _nameish(t: Token) -> bool:
    lex = lexicon()
    return t.capitalised and not t.text.isupper() and t.folded not in lex.never and t.folded not in lex.roles


def _extend(toks: list[Token], i: int, text: str) -> int:
    """Index after the name starting at i: following capitalised tokens and the particles between them."""
    lex = lexicon()
    j = i + 1
    while j < len(toks):
        if text[toks[j - 1].end : toks[j].start].strip() not in ("", "-"):
            break
        if toks[j].folded in PARTICLES and j + 1 < len(toks) and toks[j + 1].capitalised:
            j += 1
            continue
        if _nameish(toks[j]) and not toks[j].sentence_start and toks[j].folded not in lex.institution_types:
            j += 1
            continue
        break
    while j - 1 > i and toks[j - 1].folded in PARTICLES:
        j -= 1
    return j


@lru_cache(maxsize=50_000)
def _lower_name(folded: str, strict: bool) -> bool:
    """Whether a word typed in lower case can be a first name: listed as one, not a word the lists or wordfreq
    know as ordinary Dutch (strict: also not a moderately frequent word, for the weaker verb context)."""
    from wordfreq import zipf_frequency

    lex = lexicon()
    if len(folded) < 3 or folded not in lex.first_names:
        return False
    if folded in lex.common or folded in lex.never or folded in lex.roles or folded in lex.places:
        return False
    if folded in name_words() or folded in subject_verbs():
        return False
    return zipf_frequency(folded, "nl") < (4.4 if strict else 4.8)


def _lower_person(toks: list[Token], i: int, text: str) -> float:
    """A first name typed in lower case: after a role word (juf sara, mama fatma), or as the subject of a verb
    (en noor huilde) when it is not an ordinary word."""
    t, lex = toks[i], lexicon()
    prev = toks[i - 1] if i and "\n" not in text[toks[i - 1].end : t.start] else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and prev.folded in lex.roles and text[prev.end : t.start].strip() in ("", ","):
        return 0.75 if _lower_name(t.folded, strict=False) else 0.0
    if prev is not None and prev.folded in DETERMINERS:
        return 0.0
    if nxt is not None and nxt.folded in subject_verbs() and text[t.end : nxt.start].strip() == "":
        return 0.65 if _lower_name(t.folded, strict=True) else 0.0
    if prev is not None and prev.folded in _WITH and text[prev.end : t.start] == " " and _rare_name(t.folded):
        return 0.6  # 'met kobe gespeeld', 'naast lotte gezeten'
    return 0.0


_WITH = frozenset({"met", "naast", "tegen", "bij", "en", "zonder"})


@lru_cache(maxsize=50_000)
def _rare_name(folded: str) -> bool:
    from wordfreq import zipf_frequency

    return _lower_name(folded, strict=True) and zipf_frequency(folded, "nl") < 3.6


def find(toks: list[Token], text: str) -> list[Detection]:
    lex = lexicon()
    out: list[Detection] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        prev = toks[i - 1] if i else None
        score = 0.0
        if not t.capitalised and t.text.islower():
            score = _lower_person(toks, i, text)
            if score:
                j = i + 1
                if (
                    j < len(toks)
                    and toks[j].folded in lex.surnames
                    and toks[j].folded not in lex.common
                    and (text[t.end : toks[j].start] == " " and not is_word(toks[j].folded))
                ):
                    j += 1
                out.append(Detection(t.start, toks[j - 1].end, "PERSON", score, "context_persons"))
                i = j
                continue
        elif (
            prev is not None
            and prev.folded in lex.roles
            and _nameish(t)
            and "\n" not in text[prev.end : t.start]
            and text[prev.end : t.start].strip() in ("", ",")
        ):
            score = 0.85
        elif _nameish(t) and t.folded not in lex.common and t.folded in lex.first_names:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if not t.sentence_start:
                score = 0.7
            elif nxt is not None and nxt.capitalised and (nxt.folded in lex.surnames or nxt.folded in PARTICLES):
                score = 0.6
        if score:
            j = _extend(toks, i, text)
            out.append(Detection(t.start, toks[j - 1].end, "PERSON", score, "context_persons"))
            i = j
            continue
        i += 1
    return out
