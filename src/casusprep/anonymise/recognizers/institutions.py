"""Named institutions after a type word (kinderdagverblijf 't Kabouterhuis, basisschool De Linde,
voetbalclub X): the name becomes a typed placeholder. Generic services (het CLB ...) stay."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection, Token
from casusprep.anonymise.vocabulary import vocabulary

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


# A compound ending in one of these names an institution by itself: Klimopschool, Sint-Ursulacollege.
_NAME_SUFFIXES = {"school": "[school]", "college": "[school]", "instituut": "[school]", "atheneum": "[school]",
                  "lyceum": "[school]", "kliniek": "[ziekenhuis]", "ziekenhuis": "[ziekenhuis]"}  # fmt: skip


@lru_cache(maxsize=20_000)
def _named_compound(word: str) -> str | None:
    """The placeholder when a capitalised word is itself a named institution (Klimopschool, Sint-Jozefscollege):
    a compound on a name suffix that is not an ordinary word (Hogeschool and Basisschool are; wordfreq)."""
    from wordfreq import zipf_frequency

    folded = fold(word)
    for suffix, placeholder in _NAME_SUFFIXES.items():
        compound = folded.endswith(suffix) and len(folded) > len(suffix) + 2
        if (
            compound
            and folded not in lexicon().institution_types
            and (
                folded.startswith("sint-")
                or zipf_frequency(folded, "nl") < 1.5
                and zipf_frequency(folded.replace("-", ""), "nl") < 1.5
            )
        ):
            return placeholder
    return None


def _saints_and_networks(toks: list[Token], text: str) -> list[Detection]:
    """Schools and hospitals named after a saint without a type word ('naar Sint-Lodewijk', 'AZ Sint-Jan' is found
    by its type word), named compounds (Klimopschool) and network prefixes ('GO! De Kleine Prins')."""
    lex = lexicon()
    out: list[Detection] = []
    for t in toks:
        placeholder = _named_compound(t.text) if t.capitalised else None
        if placeholder:
            out.append(Detection(t.start, t.end, "ORGANIZATION", 0.8, "institution", replacement=placeholder))
            continue
        saint = t.text.startswith(("Sint-", "Sint ")) and len(t.text) > 5 and t.text[5:6].isupper()
        if saint and t.folded not in keep_words() and t.folded not in lex.places:
            out.append(Detection(t.start, t.end, "ORGANIZATION", 0.7, "institution", replacement="[school]"))
    for m in _NETWORK.finditer(text):
        out.append(Detection(m.start(1), m.end(1), "ORGANIZATION", 0.85, "institution", replacement="[school]"))
    named = vocabulary().named_acronyms
    for t in toks:
        if t.text in named:  # 'werkt in het ZOL': one hospital, one region (as written, in capitals)
            out.append(Detection(t.start, t.end, "ORGANIZATION", 0.75, "institution", replacement=named[t.text]))
    return out


_NETWORK = re.compile(r"(?<!\w)GO!\s+((?:(?:De|Het|'t|Den)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


@cache
def keep_words() -> frozenset[str]:
    return folded_words("keep")


# Kinds of childcare and schools: 'BKO De Kikkers', 'KDV X', 'Basisschool Y' name the kind of place in front of
# its name; the kind stays in the text, as it does in lower case ('basisschool [school]').
_GENERIC_TYPES = frozenset({"[kinderdagverblijf]", "[kinderopvang]", "[school]"})


def find(toks: list[Token], text: str) -> list[Detection]:
    lex = lexicon()
    out: list[Detection] = _saints_and_networks(toks, text)
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
        if (t.capitalised and not t.sentence_start or t.text.isupper()) and placeholder not in _GENERIC_TYPES:
            start = t.start  # 'Bakkerij De Wolf', 'KFC X': the capitalised type word is part of the name
        out.append(Detection(start, end, "ORGANIZATION", 0.85, "institution", replacement=placeholder))
    return out
