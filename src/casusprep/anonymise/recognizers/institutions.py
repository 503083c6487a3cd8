"""Named institutions after a type word (kinderdagverblijf 't Kabouterhuis, basisschool De Linde,
voetbalclub X): the name becomes a typed placeholder. Generic services (het CLB ...) stay."""

from __future__ import annotations

from functools import lru_cache

from casusprep.anonymise.lexicon import lexicon
from casusprep.anonymise.recognizers.base import Detection, Token

_ARTICLES = frozenset({"de", "het", "t", "'t", "den", "sint", "onze", "lieve"})
_SUFFIX_TYPES = frozenset({"vzw", "bv", "nv", "bvba", "cvba", "vof"})
_QUOTES = "'’\"“”‘"


@lru_cache(maxsize=50_000)
def type_placeholder(word: str) -> str | None:
    """The placeholder when a (folded) word is an institution type word, or a compound ending in one
    (Fruitbedrijf X, Tennisclub X); cached per word, as every token of every text asks."""
    types = lexicon().institution_types
    placeholder = types.get(word)
    if placeholder is None:
        placeholder = next((v for k, v in types.items() if len(k) >= 5 and word.endswith(k) and len(word) > len(k) + 2),
                           None)  # fmt: skip
    return placeholder


def find(toks: list[Token], text: str) -> list[Detection]:
    lex = lexicon()
    out: list[Detection] = []
    for i, t in enumerate(toks):
        placeholder = type_placeholder(t.folded)
        if placeholder is None:
            continue
        if t.folded in _SUFFIX_TYPES and i > 0:
            # 'Het Nestje vzw': the name stands before the legal form.
            k = i - 1
            while k >= 0 and toks[k].capitalised and toks[k].folded not in lex.never | lex.roles | {"het", "de"} - {""}:
                k -= 1
            while k >= 0 and toks[k].folded in _ARTICLES and toks[k].capitalised:
                k -= 1
            if k < i - 1 and not all(toks[m].folded in _ARTICLES for m in range(k + 1, i)):
                out.append(
                    Detection(toks[k + 1].start, t.end, "ORGANIZATION", 0.85, "institution", replacement=placeholder)
                )
            continue
        j, start = i + 1, None
        while j < len(toks):
            nt = toks[j]
            gap = text[toks[j - 1].end : nt.start]
            if len(gap) > 3 or any(c in gap for c in ",.;:!?()\n"):
                break
            article = nt.folded in _ARTICLES or nt.text.startswith(("'", "’"))
            if article or (nt.capitalised and nt.folded not in lex.never):
                if start is None:
                    if not (nt.capitalised or article or gap.strip() in _QUOTES and gap.strip()):
                        break
                    start = nt.start
                    while start > 0 and text[start - 1] in _QUOTES:
                        start -= 1
                j += 1
                continue
            break
        if start is None or all(toks[k].folded in _ARTICLES for k in range(i + 1, j)):
            continue
        end = toks[j - 1].end
        while end < len(text) and text[end] in _QUOTES:
            end += 1
        if text[start:end].casefold() in lex.services:
            continue
        if t.capitalised and not t.sentence_start or t.text.isupper():
            start = t.start  # 'Bakkerij De Wolf', 'KFC X': the capitalised type word is part of the name
        out.append(Detection(start, end, "ORGANIZATION", 0.85, "institution", replacement=placeholder))
    return out
