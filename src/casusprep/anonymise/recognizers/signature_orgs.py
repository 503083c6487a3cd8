"""The employer in an e-mail signature of parts between bars ('Dr. A. Name | Senior Researcher | Firm | Street 1,
Town'): the part right after a job title is the organisation the writer works for, whatever its words, as a reader
of any signature knows. The job words are data (vocabulary ``job_titles``, with the role words); a part that is a
place, a service or a kept phrase, or holds digits, an address or an e-mail address, is no employer."""

from __future__ import annotations

import re
from functools import cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection
from casusprep.anonymise.recognizers.institutions import type_placeholder

NAME = "institution"
_BAR = re.compile(r"[ \t]+[|¦][ \t]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’.\-&][^\W\d_]+)*")
_MAX_WORDS = 5


@cache
def _titles() -> frozenset[str]:
    """Job words and the role words, without the titles before a name ('Dr. A. Name' is a name, not a job): no
    part of an employer's name."""
    titles = folded_words("address_titles") | folded_words("abbreviated_titles")
    return folded_words("job_titles") | lexicon().roles - titles


@cache
def _stays() -> frozenset[str]:
    return folded_words("keep") | folded_words("generic_services") | folded_words("regions")


def _titled(part: str) -> bool:
    """Whether a part of a signature is a job title: a few words, one a job word ('Senior Scientist', 'Policy
    Officer', 'Trajectbegeleider', 'Conseiller juridique'); a family role is no job ('| mama | genoteerd')."""
    words = _WORD.findall(part)
    jobs = folded_words("job_titles")
    return 0 < len(words) <= _MAX_WORDS and any(fold(w) in jobs for w in words)


@cache
def _services() -> frozenset[str]:
    """Single words of public services ('CLB', 'CAW'): a part holding one is a service's branch, which stays."""
    words = folded_words("generic_services") | folded_words("branch_services")
    return frozenset(w for phrase in words for w in phrase.split() if len(w) >= 2 and w not in ("het", "van", "de"))


def _employer(part: str, strict: bool = False) -> bool:
    """Whether a part of a signature can be the employer: a few words without digits or an address, no place, no
    service, no title; ``strict`` (parts between commas or dashes, as a sentence has them too) asks a capital and
    no word of a role or a person's name alone."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    found = _WORD.findall(part)
    words = [fold(w) for w in found]
    if not words or len(words) > _MAX_WORDS or any(c.isdigit() or c in "@/:()" for c in part):
        return False
    if all(len(w) < 3 for w in words):
        return False  # initials ('– G.M.'): a person's
    if fold(part.strip()) in _stays() or all(w in lex.places or w in lex.streets for w in words):
        return False
    if any(w in _services() or w in _titles() or type_placeholder(w) for w in words):
        return False  # a service, a title, or a kind of place with its name ('KDV X': the type word recognizer's)
    if not found[0][:1].isupper() and zipf_frequency(words[0], "nl") >= 2.5:
        return False  # a word of a sentence in a table's cell ('| zie verslag'), not a firm in lower case (imec)
    if strict:
        names = all(w in lex.first_names or w in lex.surnames for w in words)
        if not found[0][:1].isupper() or names or _shouted(part):
            return False
    return True


def _shouted(part: str) -> bool:
    """Ordinary words in capitals ('– DRINGEND', '– VERTROUWELIJK'): a heading's remark, no employer."""
    from casusprep.nlp.frequency import zipf_frequency

    words = _WORD.findall(part)
    return part.isupper() and all(zipf_frequency(fold(w), "nl") >= 3.0 for w in words)


# Parts of a signature on one line between commas or dashes ('Technicien, Firm, Town'), after a job title proper
# (not a family role: 'mama, papa, ...' is a list of people).
_COMMA = re.compile(r",[ \t]+|[ \t]+[–—-][ \t]+")
_SHORT_LINE = 120


def _comma_parts(line: str) -> list[tuple[int, int]]:
    """The parts of a short line between commas or dashes, when one of them is a job title proper."""
    body = line.rstrip("\r\n")
    if len(body) > _SHORT_LINE:
        return []
    cuts = list(_COMMA.finditer(body))
    if not cuts:
        return []
    edges = [0, *(x for m in cuts for x in m.span()), len(body)]
    return [(edges[k], edges[k + 1]) for k in range(0, len(edges), 2)]


def _job_title(part: str) -> bool:
    words = _WORD.findall(part)
    jobs = folded_words("job_titles")
    return 0 < len(words) <= _MAX_WORDS and any(fold(w) in jobs for w in words)


def find(text: str) -> list[Detection]:
    out: list[Detection] = []
    at = 0
    lines = text.splitlines(keepends=True)
    for n, line in enumerate(lines):
        # a table's row ('| quote | who | what |', or rows of bars one under the other) is no signature
        row = line.lstrip().startswith(("|", "¦")) or any(
            len(_BAR.findall(lines[k])) >= 2 for k in (n - 1, n + 1) if 0 <= k < len(lines)
        )
        bars = [] if row else list(_BAR.finditer(line))
        if not bars:
            parts = _comma_parts(line)
            for (a, b), (c, d) in zip(parts, parts[1:], strict=False):
                part = line[c:d]
                title = line[a:b]
                if "(" not in title and ")" not in title and _job_title(title) and _employer(part, strict=True):
                    out.append(Detection(at + c, at + d, "ORGANIZATION", 0.7, NAME, replacement="[organisatie]",
                                         meta={"named": True}))  # fmt: skip
        if bars:
            edges = [0, *(x for m in bars for x in m.span()), len(line.rstrip("\r\n"))]
            parts = [(edges[k], edges[k + 1]) for k in range(0, len(edges), 2)]
            for (a, b), (c, d) in zip(parts, parts[1:], strict=False):
                part = line[c:d]
                if _titled(line[a:b]) and _employer(part):
                    lead = len(part) - len(part.lstrip())
                    out.append(Detection(at + c + lead, at + c + len(part.rstrip()), "ORGANIZATION", 0.75, NAME,
                                         replacement="[organisatie]", meta={"named": True}))  # fmt: skip
        if n > 0 and _signed_with_title(lines[n - 1]):
            # 'An Peeters, klinisch psycholoog' and under it 'Firm | 02 ...': the employer opens the next line
            m = _FIRST_PART.match(line)
            part = m.group(1) if m else ""
            # a part before a bar or a comma, or a whole line of capitalised words (a name, not a sentence)
            alone = part.strip() == line.strip() and all(w[:1].isupper() for w in _WORD.findall(part))
            shaped = alone or part.strip() != line.strip()
            if part and shaped and not _everyday(part) and _employer(part, strict=True):
                out.append(Detection(at, at + len(part), "ORGANIZATION", 0.7, NAME, replacement="[organisatie]",
                                     meta={"named": True}))  # fmt: skip
        at += len(line)
    return out


# The first part of a line before a bar, a comma or the line's end ('Firm | 02 ...', 'Firm, Town').
_FIRST_PART = re.compile(r"([^\W\d_][^|¦,\n\r]*?)[ \t]*(?:[|¦,]|\r?\n|$)")


def _everyday(part: str) -> bool:
    """Whether a part holds only everyday words ('Maandag', 'Ook morgen'), as a note's next line does."""
    from casusprep.nlp.frequency import zipf_frequency

    return all(zipf_frequency(fold(w), "nl") >= 3.0 for w in _WORD.findall(part))


def _signed_with_title(line: str) -> bool:
    """Whether a line is a signature's name and job title, the title last ('An Peeters, klinisch psycholoog')."""
    parts = _comma_parts(line)
    if len(parts) != 2:
        return False
    name, title = (line[a:b] for a, b in parts)
    return _job_title(title) and not _job_title(name) and name[:1].isupper()
