"""Schools named after a saint, found by what the sentence says of them: right after a word of school ('School:
Sint-X', 'het CLB van Sint-X', 'zit op Sint-X'), or alone in brackets a few words after one ('de school van Lien
(sint-x)'). Many such saints are also a hamlet's or a quarter's name, which the place recognizers then leave alone
as too uncertain; after such a word it is the school. A feast the text keeps (Sint-Maarten) stays.

The words are data (vocabulary ``school_saint_cues`` and ``school_saint_bracket_cues``).
"""

from __future__ import annotations

from functools import cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection, Token

NAME = "school_saints"
_PREFIX = "sint-"
_LOOK_BACK = 6


@cache
def _cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cue phrases by their last word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in folded_words("school_saint_cues"):
        words = tuple(phrase.split())
        out.setdefault(words[-1], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def _saint(t: Token) -> bool:
    """A saint's name: 'Sint-' (any case) and a name of letters after it, no feast or phrase the text keeps and
    no thing made on one ('Sint-Maarten-lampion')."""
    if not t.folded.startswith(_PREFIX) or len(t.folded) < len(_PREFIX) + 3:
        return False
    rest = t.text[len(_PREFIX) :]
    if not rest.replace("-", "").isalpha():
        return False
    name, _, tail = rest.partition("-")
    if tail and tail.islower() and name[:1].isupper():
        return False  # 'Sint-Maarten-liedje': a thing of the feast
    keep = folded_words("keep")
    return t.folded not in keep and fold(_PREFIX + name) not in keep


def _after_cue(toks: list[Token], i: int, text: str) -> bool:
    """Whether a cue phrase ends right before toks[i], with a space or a colon between."""
    if i < 1 or text[toks[i - 1].end : toks[i].start].strip() not in ("", ":"):
        return False
    for phrase in _cues().get(toks[i - 1].folded, ()):
        n = len(phrase)
        if i < n or any(toks[i - n + k].folded != w for k, w in enumerate(phrase)):
            continue
        if all(text[toks[k].end : toks[k + 1].start] == " " for k in range(i - n, i - 1)):
            return True
    return False


def _bracketed_after_cue(toks: list[Token], i: int, text: str) -> bool:
    """Whether toks[i] stands alone in brackets with a school word a few words before on the same clause."""
    t = toks[i]
    if text[t.start - 1 : t.start] != "(" or text[t.end : t.end + 1] != ")":
        return False
    words = folded_words("school_saint_bracket_cues")
    for k in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        gap = text[toks[k].end : toks[k + 1].start]
        if k < i - 1 and any(c in gap for c in "\n.;:!?"):
            return False
        if toks[k].folded in words:
            return True
    return False


def _second_name(toks: list[Token], i: int, text: str) -> int:
    """The end of the saint's name with a second name after it ('Sint-Jan Berchmans'): a capitalised word that is
    no everyday word and no place."""
    t = toks[i]
    if i + 1 >= len(toks) or not t.capitalised:
        return t.end
    nxt = toks[i + 1]
    lex = lexicon()
    if text[t.end : nxt.start] != " " or not nxt.capitalised or nxt.folded in lex.common or nxt.folded in lex.places:
        return t.end
    return nxt.end if nxt.folded in lex.surnames else t.end


def find(toks: list[Token], text: str) -> list[Detection]:
    out: list[Detection] = []
    for i, t in enumerate(toks):
        if not _saint(t):
            continue
        if not (_after_cue(toks, i, text) or _bracketed_after_cue(toks, i, text)):
            continue
        end = _second_name(toks, i, text)
        out.append(Detection(t.start, end, "ORGANIZATION", 0.75, NAME, replacement="[school]"))
    return out
