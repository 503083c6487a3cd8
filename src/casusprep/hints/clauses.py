"""Which part of a sentence carries the interpretation the classifier found: the clause a coach should rewrite.

Why heuristics on the surface: the model says *that* a sentence is an interpretation and of which kind, not
*where*. Dutch marks most of these kinds with a clause of its own, introduced by a word that says what it does:
a cause after "omdat", "want", "doordat", "door"; an inference after ", wat ..." or ", dus"; hearsay around
"hoorde", "weet dat", "het schijnt"; a claim about the home around "thuis". For labels and opinions, which sit in
the main clause's predicate, the clause the classifier itself scores highest is taken. The cue words are
listed here per kind of interpretation, not per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]

# A log prefix such as "08u40:", "Ma 3/10:" or "Overdracht:" is no part of the clause.
# Up to three words before the colon, each at most 30 characters: unbounded, nested repeats backtrack
# cubically on a long run of letters without a colon.
_PREFIX = re.compile(r"^\s*[\w/.\-]{1,30}(?:\s[\w/.\-]{1,30}){0,2}:\s+(?=\S)")
_SPEECH = re.compile(r"\b(?:zei|zegt|riep|vroeg|vertelde|antwoordde|schreef|sms'te|mailde)\b", re.IGNORECASE)
# Where a clause ends: punctuation that separates clauses.
_CLAUSE_END = re.compile(r"\s*(?:[,;:()\u2013\u2014]|\s-\s)\s*")
# Words that open a new clause inside a sentence without a comma before them.
_OPENERS = (
    r"omdat|want|doordat|aangezien|vermits|zodat|terwijl|maar|dus|waardoor|daardoor|daarom|nadat|toen|"
    r"voordat|zodra|hoewel|ofschoon|alsof|wat|waaruit|en"
)
_OPENER = re.compile(rf"\s(?=(?:{_OPENERS})\b)", re.IGNORECASE)

# Cues per kind: where the clause that carries this kind starts. Whole clause from the cue to its end.
_FROM_CUE = {
    "cause": (
        # strong cues first: "door de gang" or "komt binnen" must not win over an "omdat" later in the sentence
        re.compile(
            r"\b(?:omdat|want|doordat|aangezien|vermits|daardoor|daarom|waardoor|uit\s+(?:jaloezie|frustratie|angst|"
            r"schaamte|verveling|wraak|onmacht|onzekerheid|koppigheid|boosheid)|het\s+gevolg|te\s+wijten|"
            r"veroorzaakt|de\s+oorzaak|(?:is|was)\s+(?:zijn|haar|hun)\s+manier)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:door|uit\s+\w+|om\s+(?:\w+\s+){0,6}te\s+\w+|komt|kwam|komen|kwamen|ligt\s+aan|lag\s+aan)\b",
            re.IGNORECASE,
        ),
    ),
    "inference": (
        re.compile(
            r"(?<=[,;:]\s)(?:wat|hetgeen|waaruit|waarmee|dus|een\s+teken|een\s+bewijs|dat\s+bewijst|dat\s+toont)\b|"
            r"\b(?:wat|waaruit)\s+(?:toont|bewijst|bevestigt|blijkt|aantoont|aangeeft|betekent|wijst)\b|\bdus\b",
            re.IGNORECASE,
        ),
    ),
}
# Cues per kind: the clause that holds this word is the one to mark (the cue may sit in its middle).
_IN_CLAUSE = {
    "hearsay": re.compile(
        r"\b(?:hoorde|hoorden|gehoord|vernam|vernomen|weet|weten|wist|wisten|schijnt|scheen|verluidt|"
        r"zou|zouden|geheim|verhaal|verhalen|naar\s+het\s+schijnt|bij\s+de\s+vorige|vorige)\b",
        re.IGNORECASE,
    ),
    "home_claim": re.compile(
        r"\b(?:thuis|in\s+het\s+gezin|bij\s+de\s+ouders|'s\s+avonds|'s\s+nachts|weekend)\b", re.IGNORECASE
    ),
    "accusation": re.compile(
        r"\b(?:lieg\w*|loog|logen|gelogen|verzin\w*|verzon\w*|uitgelokt|uitlokt|lokte|zogezegd|beweert|beweerde|"
        r"doet\s+alsof|deed\s+alsof|geloof\w*|klopt|klopte|waar\s+te\s+zijn|achter|schuld\w*|onschuld|"
        r"speelt|speelde|smoes\w*|excuus|uitvlucht\w*)\b",
        re.IGNORECASE,
    ),
    "mental_state": re.compile(
        r"\b(?:voelt|voelde|voelen|voelden|mist|miste|missen|misten|schaamt|schaamde|wil|wilt|wilde|wou|willen|"
        r"vindt|vond|moeilijk|zorgen|hekel|slag|gemak|geniet|genoot|houdt|hield|durft|durfde|verlangt|denkt|dacht|"
        r"interesse|zin|jaloers|zwaar|aan|ontspannen|opgelucht|gerustgesteld|gelukkig|ongerust|rustig|veilig|"
        r"verveelt|verveelde|begrijpt|begreep|snapt|snapte|weet|wist)\b",
        re.IGNORECASE,
    ),
}


# Reported speech with its source: someone of the family (or "hij"/"ze", the person the note is about) said or
# asked something, rendered with "dat" or "of". That records what was heard and from whom.
_SPEAKER = (
    r"mama|papa|moeder|vader|ouder|ouders|oma|opa|grootouder|grootouders|grootmoeder|grootvader|meter|peter|"
    r"plus\w*|stief\w*|broer|broertje|zus|zusje|tante|oom|hij|ze|zij"
)
_SAID = (
    r"zei|zegt|vertelde|vertelt|vroeg|vraagt|meldde|meldt|liet\s+weten|laat\s+weten|gaf\s+aan|geeft\s+aan|"
    r"legde\s+uit|antwoordde|antwoordt|belde|sms'te|mailde|schreef"
)
_FREE = r"(?!(?:omdat|want|doordat|dat|is|was|zijn|waren|heeft|had|wordt|werd)\b)"  # a word that is no verb of its own
_REPORTED = re.compile(
    rf"^(?:{_FREE}[\w'-]+\s+){{0,4}}?(?:(?:{_SPEAKER})\b(?:\s+van\s+\w+)?\s+(?:{_FREE}[\w'-]+\s+){{0,5}}?(?:{_SAID})|"
    rf"(?:{_SAID})\s+(?:de\s+|het\s+|haar\s+|zijn\s+)?(?:{_SPEAKER}))\b[^,;:]*?\b(?:dat|of)\b",
    re.IGNORECASE,
)
_CONTRAST = re.compile(
    r"\bmaar\b|\bgeloof\w*\b|\bzogezegd\b|\bklopt\b|\bbeweer\w*\b|[,;:]\s*(?:wat|hetgeen|waaruit)\b|\bdus\b",
    re.IGNORECASE,
)
_OTHER_SPEAKER = re.compile(rf"\b(?:een|andere|iemand)\s+(?:andere\s+)?(?:{_SPEAKER})\b", re.IGNORECASE)


def reported_speech(sentence: str) -> bool:
    """True for "Mama zei dat ...", "Bij het onthaal vroeg papa of ...": what was said, with its source."""
    body = sentence[strip_prefix(sentence) :]
    return bool(_REPORTED.match(body)) and not _CONTRAST.search(body) and not _OTHER_SPEAKER.search(body)


def strip_prefix(sentence: str) -> int:
    """Offset where the sentence's own words start, after a short log prefix ("08u40:", "Overdracht:")."""
    m = _PREFIX.match(sentence)
    if m and not _SPEECH.search(m.group(0)):
        return m.end()
    return 0


def clauses(sentence: str) -> list[Span]:
    """The sentence cut into clauses: at separating punctuation and before words that open a clause."""
    start = strip_prefix(sentence)
    cuts = [start]
    for m in _CLAUSE_END.finditer(sentence, start):
        cuts.extend((m.start(), m.end()))
    for m in _OPENER.finditer(sentence, start):
        cuts.extend((m.start(), m.end()))
    cuts.append(len(sentence))
    cuts = sorted(set(cuts))
    spans: list[Span] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        a, b = _trim(sentence, a, b)
        if b - a >= 2 and any(c.isalnum() for c in sentence[a:b]):
            spans.append((a, b))
    return _merge_short(sentence, spans) or [_trim(sentence, start, len(sentence))]


def _trim(text: str, a: int, b: int) -> Span:
    while a < b and (text[a].isspace() or text[a] in ",;:()\u2013\u2014-\"'“”‘’"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!?…,;:()\u2013\u2014-\"'“”‘’"):
        b -= 1
    return a, b


def _merge_short(text: str, spans: list[Span]) -> list[Span]:
    """A one-word piece ("en", "maar") is no clause: join it to the next one."""
    out: list[Span] = []
    pending: int | None = None
    for a, b in spans:
        if pending is not None:
            a, pending = pending, None
        if len(text[a:b].split()) == 1 and (a, b) != spans[-1]:
            pending = a
            continue
        out.append((a, b))
    if pending is not None and out:
        out[-1] = (out[-1][0], spans[-1][1])
    return out


def _clause_at(pieces: list[Span], pos: int) -> Span | None:
    return next(((a, b) for a, b in pieces if a <= pos < b), None)


def interpretation_span(sentence: str, kind: str, score: Callable[[list[str]], list[float]]) -> Span:
    """Character span within ``sentence`` of the clause that carries an interpretation of this kind.

    ``score`` rates text pieces (the classifier's interpretation score); it decides between clauses when no
    cue word of the kind is present, and between several clauses that hold one.
    """
    pieces = clauses(sentence)
    base = strip_prefix(sentence)
    for cue in _FROM_CUE.get(kind, ()):
        for m in cue.finditer(sentence, base):
            clause = _clause_at(pieces, m.start())
            if clause is not None:
                return _trim(sentence, m.start(), clause[1])
    within = _IN_CLAUSE.get(kind)
    candidates = pieces
    if within is not None:
        holding = [p for p in pieces if within.search(sentence, p[0], p[1])]
        candidates = holding or pieces
    if len(candidates) == 1:
        return candidates[0]
    ratings = score([sentence[a:b] for a, b in candidates])
    best = max(range(len(candidates)), key=lambda i: (ratings[i], candidates[i][1] - candidates[i][0]))
    return candidates[best]
