"""A listed surname written with its particles capitalised, without a first name or a title before it: 'zei De
Vries', 'belde Van Dijck terug'. Inside a sentence Dutch writes 'de' and 'van' with a capital only in a name (or the
name of a thing: 'De Lijn', 'De Standaard', a group's 'De Kikkers', which the surname list does not hold), so a
capital particle before a word, together a surname of the lists and no place ('De Haan', 'De Panne' are towns), is a
person. At a sentence start the capital says nothing, and only a surname whose last word is rare in Dutch counts
('De Coster', not 'De Groot').

The old articles after 'van' ('van der', 'van den', 'van 't', joined 'vander', 'vanden') are no phrase of today's
written Dutch outside a name, so before a capitalised word that is no place they open a surname whatever the lists
hold ('Van der Schans hield stand', 'sloeg Van 't Klooster', 'de minister van der Brugghen'): capitalised, or in lower
case 'van der'. Flemish speech still says 'van den Boomhut' and 'van 't Stad' for the Boomhut and the city, so 'van
den' and 'van 't' in lower case open a surname only when it is listed. Where another recognizer or the model found
only the surname, ``particles_before`` joins the particles before it to that person."""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import lru_cache

from casusprep.anonymise.lexicon import compound_of_words, lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Detection, Token

NAME = "particle_surnames"
_SCORE = 0.7
_NAME_PARTICLES = PARTICLES - {"in", "op", "het", "t", "'t"}
# Between particles: a space, or a space and the apostrophe of 't ('Van 't Hof' is 'Van', 't', 'Hof').
_GAPS = (" ", " '", " ’")
# The old articles that only a name still writes after 'van'.
_OLD_ARTICLES = frozenset({"der", "den", "t", "'t"})
_JOINED = frozenset({"vander", "vanden"})
# Below this a word after the old articles is rare enough in Dutch to be a surname though no list holds it.
_UNLISTED_ZIPF = 4.0


def _old_run(toks: list[Token], i: int, text: str) -> int:
    """Index after 'van der', 'van den', "van 't", 'vander' or 'vanden' starting at toks[i], or -1."""
    t = toks[i]
    if t.folded in _JOINED:
        return i + 1
    if t.folded != "van" or i + 1 >= len(toks):
        return -1
    nxt = toks[i + 1]
    if nxt.folded in _OLD_ARTICLES and not nxt.capitalised and text[t.end : nxt.start] in _GAPS:
        return i + 2
    return -1


@lru_cache(maxsize=20_000)
def _surname_after_old_article(folded: str, whole: str) -> bool:
    """A word that goes on a surname after 'van der': listed with its particles, or no place, common word or
    compound of words, and rare in Dutch ('Brugghen', 'Schans'; not 'van den Haag' nor 'van der Kerstmarkt')."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if whole in lex.surnames:
        return True
    if len(folded) < 3 or folded in lex.places or folded in lex.never or folded in lex.roles or folded in lex.common:
        return False
    return zipf_frequency(folded, "nl") < _UNLISTED_ZIPF and not compound_of_words(folded)


def _old_article_name(toks: list[Token], i: int, text: str) -> int:
    """Index after a surname opened by the old articles at toks[i] ('van der Brugghen'), or -1."""
    j = _old_run(toks, i, text)
    if j < 0 or j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
        return -1
    w = toks[j]
    if not w.capitalised or w.sentence_start or (w.text.isupper() and len(w.text) < 3):
        return -1
    whole = " ".join(x.folded for x in toks[i : j + 1])
    if not toks[i].capitalised and toks[j - 1].folded != "der" and whole not in lexicon().surnames:
        return -1  # Flemish speech writes 'den' and 't' as articles ('van den Boomhut', "van 't Stad")
    return j + 1 if _surname_after_old_article(w.folded, whole) else -1


@lru_cache(maxsize=20_000)
def _listed(whole: str, last: str, at_start: bool) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if whole not in lex.surnames or whole in lex.places or last in lex.never:
        return False
    return not at_start or zipf_frequency(last, "nl") < 4.0


def find(toks: list[Token], text: str) -> list[Detection]:
    out: list[Detection] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        end = _old_article_name(toks, i, text) if t.folded in ("van", "vander", "vanden") else -1
        if end > 0:
            out.append(Detection(t.start, toks[end - 1].end, "PERSON", _SCORE, NAME))
            i = end
            continue
        if not (t.capitalised and t.folded in _NAME_PARTICLES and not t.text.isupper()):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].folded in _NAME_PARTICLES and text[toks[j - 1].end : toks[j].start] == " ":
            j += 1
        if j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
            i = j
            continue
        w = toks[j]
        whole = " ".join(x.folded for x in toks[i : j + 1])
        if w.capitalised and not w.text.isupper() and _listed(whole, w.folded, t.sentence_start):
            out.append(Detection(t.start, w.end, "PERSON", _SCORE, NAME))
            i = j + 1
            continue
        i = j
    return out


def particles_before(text: str, toks: list[Token], found: list[Detection]) -> list[Detection]:
    """``found`` with the particles right before a person joined to it where only the surname was found ('Van der' in
    'Van der Schans', 'van den' in 'minister van den Bossche'): capitalised particles (a single one not as a
    sentence's first word, where 'De' and 'Van' are an article and a preposition), or the old articles after 'van' in
    lower case. Registered persons are left to their own index."""
    if not any(d.entity_type == "PERSON" for d in found):
        return found
    ends = {t.end: k for k, t in enumerate(toks)}
    spans = sorted((d.start, d.end) for d in found)
    out = []
    for d in found:
        k = ends.get(d.start - 1)
        if d.entity_type != "PERSON" or d.recognizer == "registered_persons" or k is None or text[d.start - 1] != " ":
            out.append(d)
            continue
        first = k
        while first >= 0 and toks[first].folded in _NAME_PARTICLES | _OLD_ARTICLES | _JOINED:
            if first < k and text[toks[first].end : toks[first + 1].start] not in _GAPS:
                break
            first -= 1
        first += 1
        if first > k or _taken(toks[first].start, d.start, spans):
            out.append(d)
            continue
        run = toks[first : k + 1]
        if run[0].capitalised:
            opens = len(run) == 1 and run[0].sentence_start
            joined = not opens and all(t.capitalised or t.folded in _OLD_ARTICLES for t in run)
        else:  # in lower case only 'van der': 'van den' and "van 't" are articles in Flemish speech too
            joined = _old_run(toks, first, text) == k + 1 and toks[k].folded == "der"
        out.append(replace(d, start=run[0].start) if joined else d)
    return out


def _taken(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_left(spans, (start, 0))
    return any(a < end and start < b for a, b in spans[max(0, k - 1) : k + 2])
