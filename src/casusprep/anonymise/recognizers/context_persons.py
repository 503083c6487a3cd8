"""Unregistered persons from context: a role word before a capitalised word (mama Sara, juf Els),
a known first name capitalised mid-sentence, neighbouring name tokens (first name + surname), and first names
typed in lower case where the context shows a name (lower_names)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

import regex

from casusprep.anonymise.lexicon import compound_of_words, fold, folded_words, lexicon, stop_words
from casusprep.anonymise.recognizers.base import PARTICLES, Detection, Token
from casusprep.anonymise.recognizers.lower_names import (
    abbreviated_titles,
    foreign_peak,
    listed_lower,
    lower_name,
    lower_person,
    role_in_brackets,
    short_name,
)
from casusprep.anonymise.recognizers.registered_persons import (
    DETERMINERS,
    age_in_brackets,
    is_word,
    lower_sentences,
    name_words,
    subject_verbs,
)
from casusprep.anonymise.vocabulary import vocabulary

# An abbreviation written with its dots right before a word: 'o.a. ', 'bv. ', 'i.p.v. '.
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])((?:[a-z]{1,4}\.){1,3})[ \t]+$")


def _after_abbreviation(text: str, start: int) -> bool:
    """Whether an abbreviation that runs on into the sentence (vocabulary ``running_abbreviations``: o.a., bv., zgn.)
    stands right before ``start``: the capital after its dot opens no sentence."""
    m = _ABBREVIATION_BEFORE.search(text, max(0, start - 14), start)
    return m is not None and m.group(1).replace(".", "") in folded_words("running_abbreviations")


def _nameish(t: Token) -> bool:
    lex = lexicon()
    return t.capitalised and not t.text.isupper() and t.folded not in lex.never and t.folded not in lex.roles


_WORDS = re.compile(r"[^\W\d_]+")
# Particles inside a name; 'in', 'op' and 'het' before a capital start a place ('dr. Claes in Gent').
# Spanish, Portuguese, Italian and Filipino particles too ('Jerome dela Cruz', 'Ana del Río').
_NAME_PARTICLES = PARTICLES - {"in", "op", "het", "t", "'t"} | {"dela", "del", "della", "delos", "das"}


def _after_title(prev: Token, t: Token, text: str) -> bool:
    """'dr. Lemmens', 'mevr. Peeters': a title written short, its dot then no sentence end (vocabulary
    ``abbreviated_titles``)."""
    return text[prev.end : t.start] in (". ", ".") and prev.folded in abbreviated_titles()


def _particle_joins(particle: str, nxt: str) -> bool:
    """Whether a particle and the capitalised word after it go on a name ('Van den Broeck', 'In 't Veld'), not a
    preposition before a place or an article before an ordinary compound ('dokter Wouters in Mechelen', 'Lies de
    Speelmat'): after 'in' or 'op' no listed place, after any particle no compound of two common words that no
    name list knows."""
    lex = lexicon()
    if particle in ("in", "op") and nxt in lex.places:
        return False
    if nxt in lex.surnames or nxt in lex.first_names or nxt in PARTICLES:
        return True
    return not compound_of_words(nxt)


# Two spaces or more or a tab between two words: the columns of a form, not one name.
_COLUMN_GAP = re.compile(r"[ \t]{2,}|\t")


def _extend(toks: list[Token], i: int, text: str) -> int:
    """Index after the name starting at i: following capitalised tokens and the particles between them."""
    lex = lexicon()
    j = i + 1
    while j < len(toks):
        gap = text[toks[j - 1].end : toks[j].start]
        if gap.strip() not in ("", "-") or _COLUMN_GAP.search(gap):
            break  # 'Naam: Marta   Geboortedatum: ...': a form's columns, the next one a field of its own
        if len(toks[j].text) == 1 and toks[j].text.isupper() and text[toks[j].end : toks[j].end + 1] == ".":
            return j + 1  # a surname's initial: 'Anouk D.'
        if toks[j].folded in _NAME_PARTICLES:
            k = j  # 'Emma Van den Broeck': a run of particles before the surname's capital
            while (
                k + 1 < len(toks)
                and toks[k + 1].folded in _NAME_PARTICLES
                and text[toks[k].end : toks[k + 1].start] == " "
            ):
                k += 1
            if k + 1 < len(toks) and toks[k + 1].capitalised and text[toks[k].end : toks[k + 1].start] == " ":
                if not _particle_joins(toks[k].folded, toks[k + 1].folded):
                    break
                j = k + 1
                continue
        if _nameish(toks[j]) and not toks[j].sentence_start and toks[j].folded not in lex.institution_types:
            j += 1
            continue
        break
    while j - 1 > i and toks[j - 1].folded in PARTICLES:
        j -= 1
    return j


def _particles_of_a_surname(toks: list[Token], i: int, text: str) -> bool:
    """'dokter Van den Bossche': a capitalised particle, maybe more particles, then the surname's capital."""
    t = toks[i]
    if not (t.capitalised and t.folded in _NAME_PARTICLES):
        return False
    k = i
    while k + 1 < len(toks) and toks[k + 1].folded in _NAME_PARTICLES and text[toks[k].end : toks[k + 1].start] == " ":
        k += 1
    if k + 1 >= len(toks) or text[toks[k].end : toks[k + 1].start] != " ":
        return False
    last = toks[k + 1]
    return _nameish(last) and not last.sentence_start and _particle_joins(toks[k].folded, last.folded)


def _role_word_as_name(toks: list[Token], i: int, text: str) -> bool:
    """'papa Peter Horváth': a role word that is also a first name, capitalised before a surname that is no first
    name, after a role word, is the first name."""
    lex = lexicon()
    t = toks[i]
    if not (t.capitalised and t.folded in lex.roles and t.folded in lex.first_names) or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (
        text[t.end : nxt.start] == " "
        and nxt.capitalised
        and nxt.folded in lex.surnames
        and nxt.folded not in lex.first_names
        and nxt.folded not in lex.common
        and nxt.folded not in lex.never
    )


def _in_brackets_after_role(toks: list[Token], i: int, text: str) -> bool:
    """'mama (Wenjun Xu)', 'papa (Oleg, 38)': a name in brackets right after a role word, the bracket closing or a comma
    following it; a listed name, or a word Dutch does not write that is no language, nationality or place
    ('mama (Peruaanse)', 'papa (Marokkaans)')."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    t = toks[i]
    if i == 0 or toks[i - 1].folded not in lex.roles or text[toks[i - 1].end : t.start] != " (" or not _nameish(t):
        return False
    folded = t.folded
    if folded in lex.places or folded in folded_words("demonyms") or language_word(folded):
        return False
    if folded in abbreviated_titles() or folded in folded_words("address_titles"):
        return False
    listed = (folded in lex.first_names or folded in lex.surnames) and folded not in lex.common
    if (
        not listed
        and (
            zipf_frequency(folded, "nl") >= 2.0
            or folded.endswith(tuple(vocabulary().nationality_endings))
            or compound_of_words(folded)  # 'tolk (Tolkendienst)': a service
            or not t.text[1:].islower()  # 'coach (KiMiWa)': a project's name
        )
    ):
        return False
    j = _extend(toks, i, text)
    return text[toks[j - 1].end : toks[j - 1].end + 1] in (")", ",")


def _possessive(t: Token) -> bool:
    """A first name with a possessive 's ('Hamza's', 'Lotte’s'), the name no word."""
    lex = lexicon()
    base = t.folded[:-2]
    return t.folded.endswith(("'s", "’s")) and base in lex.first_names and base not in lex.common and len(base) > 2


def _lower_surname_after(toks: list[Token], i: int, text: str) -> int:
    """Index after a lower-case first name and the surname typed after it with its particles ('lotte de wilde',
    'roos vd': the particles' initials), or i + 1."""
    lex = lexicon()
    k = i + 1
    while k < len(toks) and toks[k].folded in _NAME_PARTICLES and text[toks[k - 1].end : toks[k].start] == " ":
        k += 1
    if k == i + 1:
        if k < len(toks) and _PARTICLE_INITIALS.fullmatch(toks[k].text) and text[toks[i].end : toks[k].start] == " ":
            return k + 1
        return i + 1
    if k < len(toks) and text[toks[k - 1].end : toks[k].start] == " ":
        last = toks[k]
        if last.folded.startswith("".join(t.folded for t in toks[i + 1 : k])):
            return i + 1  # 'wout van de vandevelde': the family's name after 'van de', not a surname's particles
        whole = " ".join(t.folded for t in toks[i + 1 : k + 1])  # 'de roover': listed with its particles
        if (
            last.text.islower()
            and (last.folded in lex.surnames or whole in lex.surnames)
            and last.folded not in lex.never
            and len(last.folded) > 2
        ):
            return k + 1
    return i + 1


def _lower_full_name(toks: list[Token], i: int, text: str) -> float:
    """A first name and a surname both typed in lower case ('an verbruggen', 'kaat de roover', 'tuan nguyen'): the
    surname is listed (with its particles, or alone and no word Dutch writes), so the pair is a person's name
    where either word alone could be a word."""
    from casusprep.nlp.frequency import zipf_frequency

    lex, t = lexicon(), toks[i]
    if not (lower_name(t.folded, strict=False) and not _function_word(t.folded) or short_name(t.folded)):
        return 0.0
    if i + 1 >= len(toks):
        return 0.0
    if _lower_surname_after(toks, i, text) > i + 1 and toks[i + 1].folded in _NAME_PARTICLES:
        return 0.6
    nxt = toks[i + 1]
    if text[t.end : nxt.start] != " " or not nxt.text.islower() or len(nxt.folded) < 4:
        return 0.0
    listed = nxt.folded in lex.surnames and nxt.folded not in lex.common and nxt.folded not in lex.never
    listed = listed and nxt.folded not in lex.places  # a surname that is also a first name too ('ahmad zia')
    return 0.6 if listed and not is_word(nxt.folded) and zipf_frequency(nxt.folded, "nl") < 4.0 else 0.0


@lru_cache(maxsize=20_000)
def _function_word(folded: str) -> bool:
    """A word another language writes all the time ('des', 'que', 'mon'): no first name before a surname there."""
    from casusprep.nlp.frequency import zipf_frequency

    return any(zipf_frequency(folded, lang) >= 4.5 for lang in ("fr", "en", "de", "es", "pt", "it"))


_PARTICLE_INITIALS = re.compile(r"v[dh][a-z]?")  # 'roos vd', 'jan vdb': van de, van den Broeck, van het
_SPEAKER_INITIALS = re.compile(r"[ \t]+[a-z]{1,2}\.?[ \t]*:")
_INITIALS_AFTER = re.compile(r"[ \t]*\((?P<caps>[A-Z]{2,4})\)")


def _initials_after(t: Token, text: str) -> bool:
    """'Wendy (WV)': a first name before initials in brackets that start with its letter."""
    m = _INITIALS_AFTER.match(text, t.end)
    return m is not None and m.group("caps")[0] == t.text[0]


# An age written right after a name, as registers and news write it: 'Koopman 25 j.', 'Mertens, 34 jaar'.
_AGE_AFTER = re.compile(r"[ \t]*,?[ \t]+\d{1,3}[ \t]?(?:j\.|jr\.?|jaar)(?![\w])")


def _is_initial(t: Token, text: str) -> bool:
    return len(t.text) == 1 and t.text.isupper() and text[t.end : t.end + 1] == "."


@lru_cache(maxsize=20_000)
def _name_with_age_word(folded: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if len(folded) < 3 or folded in lex.common or folded in lex.places or folded in lex.never:
        return False
    if folded in lex.first_names or folded in lex.surnames:
        return not is_word(folded)
    return zipf_frequency(folded, "nl") < 3.0 and not compound_of_words(folded)


def _name_with_age(t: Token) -> bool:
    """A word before an age that is a name: a listed first name or surname that is no word, or a word Dutch does not
    write; no place ('Gent 25 jaar geleden'), month or common word."""
    return not t.text.isupper() and _name_with_age_word(t.folded)


def _surname_as_subject(toks: list[Token], i: int, text: str) -> bool:
    """A listed surname (no first name, place or word) opening a sentence right before a verb a person does, of the
    vocabulary or shaped as a past tense ('Jansen belichaamde', 'Peeters belde'): a Dutch sentence opens on a bare
    singular noun only in a headline, so there the capital is the name's. News writes persons so, by their surname."""
    from casusprep.anonymise.recognizers.initials import finite_verb

    lex = lexicon()
    t = toks[i]
    if i + 1 >= len(toks) or text[t.end : toks[i + 1].start] != " ":
        return False
    if t.folded not in lex.surnames or t.folded in lex.first_names or t.folded in lex.places:
        return False
    if t.folded in lex.common or t.folded in lex.institution_types or is_word(t.folded) or len(t.folded) < 3:
        return False
    verb = toks[i + 1]
    past = verb.folded.endswith(("de", "te", "den", "ten")) and finite_verb(verb.folded)
    return verb.text.islower() and (verb.folded in subject_verbs() or past)


def _surname_and_role_after(toks: list[Token], i: int, text: str) -> bool:
    """A capitalised surname of the lists (no word) right after toks[i], then a role in brackets."""
    lex = lexicon()
    if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start] != " ":
        return False
    nxt = toks[i + 1]
    surname = nxt.capitalised and nxt.folded in lex.surnames and nxt.folded not in lex.common
    return surname and not is_word(nxt.folded) and role_in_brackets(text, nxt.end)


def _listed_with_a_name(toks: list[Token], i: int, text: str) -> bool:
    """Whether toks[i] is followed by 'en' or a comma and another capitalised first name."""
    lex = lexicon()
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    gap = text[toks[i].end : nxt.start]
    other = toks[i + 2] if nxt.folded == "en" and gap == " " and i + 2 < len(toks) else nxt if gap == ", " else None
    return (
        other is not None
        and _nameish(other)
        and other.folded in lex.first_names
        and other.folded not in lex.common
        and text[toks[i + 1].end : other.start] in (" ", "")
    )


# A chat export's sender: a date or time opening the line (in brackets or before a dash), maybe a '~' (a contact not
# in the phone), the name, maybe an emoji, then the colon: '[12/03/25, 11:05] ~Greet 🌼: ...', '16:20 - Ann D.: ...'.
_CHAT_SENDER = regex.compile(
    r"(?m)^[ \t]*\[?[\d/.\-]*,?[ \t]*\d{1,2}[:.h]\d{2}(?::\d{2})?\]?[ \t]*(?:[-–—][ \t]*)?~?[ \t]?"
    r"(?P<name>\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}(?:[\p{Ll}'’-]+|\.))?)"
    r"(?=(?:[ \t]*[^\w\s:]{1,3})?(?:[ \t]*\([\w. ]{1,20}\))?[ \t]*:)"  # '16:20 - An (verantw.): ...'
)


def chat_senders(text: str) -> list[Detection]:
    """The sender of each line of a chat export, where the first word is a first name that is no word or role
    (a reader knows who writes there): '~Greet 🌼:', 'Ann D.:'. Cheap: most texts have no line opening on a time."""
    lex = lexicon()
    out = []
    for m in _CHAT_SENDER.finditer(text):
        first = fold(m.group("name").split()[0])
        if first in lex.first_names and first not in lex.common and first not in lex.never and first not in lex.roles:
            out.append(Detection(m.start("name"), m.end("name"), "PERSON", 0.7, "context_persons"))
    return out


# A child's group in brackets right after a name: '(de Vlinders)', '(Bijtjes)', '(groep Egels)'.
_GROUP_IN_BRACKETS = re.compile(r"[ \t]*\((?:de[ \t]+|groep[ \t]+)?[A-Z][a-z]+(?:s|en|jes)\)")


def _said_a_person_after(text: str, end: int) -> bool:
    """Brackets after a word that only a person has: an age, a role, a child's group ('Tijs (4j)', 'Mona (coach)',
    'Tijs (de Bijtjes)')."""
    return age_in_brackets(text, end) or role_in_brackets(text, end) or _GROUP_IN_BRACKETS.match(text, end) is not None


def find(toks: list[Token], text: str) -> list[Detection]:
    lex = lexicon()
    out: list[Detection] = chat_senders(text) if ":" in text else []
    lower = lower_sentences(toks)
    lower_hits: list[int] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        prev = toks[i - 1] if i else None
        score = 0.0
        if not t.capitalised and t.text.islower():
            score = lower_person(toks, i, text, lower[i]) or _lower_full_name(toks, i, text)
            if score:
                j = i + 1
                if (
                    j < len(toks)
                    and toks[j].folded in lex.surnames
                    and toks[j].folded not in lex.common
                    and (text[t.end : toks[j].start] == " " and not is_word(toks[j].folded))
                ):
                    j += 1
                elif j < len(toks) and _SPEAKER_INITIALS.match(text, t.end):
                    j += 1  # 'ellen vb: ...': a chat speaker with her surname's initials
                else:
                    j = _lower_surname_after(toks, i, text)
                out.append(Detection(t.start, toks[j - 1].end, "PERSON", score, "context_persons"))
                lower_hits.append(i)
                i = j
                continue
        elif (
            prev is not None
            and prev.folded in lex.roles
            and (_nameish(t) or _role_word_as_name(toks, i, text) or _particles_of_a_surname(toks, i, text))
            and "\n" not in text[prev.end : t.start]
            and (text[prev.end : t.start].strip() in ("", ",") or _after_title(prev, t, text))
            and not language_word(t.folded)  # 'Tolk Somalisch: ...' names the language
        ):
            score = 0.85
        elif _after_role_label(toks, i, text):
            score = 0.8  # 'Tolk Somalisch: Abdullahi', 'Coach: Dorien': a role's label, then who
        elif _in_brackets_after_role(toks, i, text):
            score = 0.7  # 'mama (Wenjun Xu)': a name in brackets after a role word
        elif _nameish(t) and t.folded not in lex.common and t.folded in lex.first_names:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if not t.sentence_start:
                score = 0.7
            elif nxt is not None and nxt.capitalised and (nxt.folded in lex.surnames or nxt.folded in PARTICLES):
                score = 0.6
            elif _listed_with_a_name(toks, i, text):
                score = 0.6  # 'Wout en Mila speelden': a first name listed with another at a sentence start
            elif (
                nxt is not None
                and nxt.folded in subject_verbs()
                and text[t.end : nxt.start] == " "
                and t.folded not in name_words()
            ):
                score = 0.6  # 'Tom lachte': a first name at a sentence start before a verb a person does
            elif "-" in t.folded or _initials_after(t, text):
                score = 0.6  # 'Afwezig: Pieter-Jan.' (a double first name is no word), 'Wendy (WV)'
            elif _said_a_person_after(text, t.end):
                score = 0.6  # 'Tijs (de Bijtjes) was bang': a group, an age or a role in brackets after it
            elif _after_abbreviation(text, t.start):
                score = 0.6  # 'o.a. Nour', 'bv. Rayan': the dot of an abbreviation ends no sentence
        elif _elided(t) is not None:
            cut = _elided(t) or 0  # "la maman d'Aïssatou", "chez l'Ilyas": the name after the French article
            out.append(Detection(t.start + cut, t.end, "PERSON", 0.7, "context_persons"))
            i += 1
            continue
        elif _nameish(t) and _AGE_AFTER.match(text, t.end) and _name_with_age(t):
            # 'Woolthuis 34 j.', 'J. Koopman 25 jaar': an age right after a word only a person has; initials before
            # it are the person's
            k = i
            while k >= 2 and _is_initial(toks[k - 1], text) and text[toks[k - 1].end : toks[k].start] in (". ", "."):
                k -= 1
            out.append(Detection(toks[k].start, t.end, "PERSON", 0.6, "context_persons"))
            i += 1
            continue
        elif t.sentence_start and _nameish(t) and _surname_as_subject(toks, i, text):
            score = 0.6  # 'Dekker probeerde het': a surname opening a sentence before a verb a person does
        elif _nameish(t) and _possessive(t) and not t.sentence_start:
            score = 0.7  # 'de tablet van Hamza's zus': the name without its 's
            out.append(Detection(t.start, t.end - 2, "PERSON", score, "context_persons"))
            i += 1
            continue
        elif _nameish(t) and t.folded in lex.first_names and _surname_and_role_after(toks, i, text):
            score = 0.6  # 'Elke Verhulst (verantwoordelijke)': a first name that is also a word, with both after it
        if score:
            j = _extend(toks, i, text)
            out.append(Detection(t.start, toks[j - 1].end, "PERSON", score, "context_persons"))
            lower_hits += [i, j - 1]  # a lower-case name listed with it: 'Noor, finn en lina'
            i = j
            continue
        i += 1
    taken = {d.start for d in out}
    for k in listed_lower(toks, text, lower_hits):
        if toks[k].start not in taken:
            out.append(Detection(toks[k].start, toks[k].end, "PERSON", 0.6, "context_persons"))
    return sorted(out, key=lambda d: d.start)


@lru_cache(maxsize=20_000)
def language_word(folded: str) -> bool:
    """A language's name (vocabulary ``languages``, or a word with the endings Dutch gives languages) that no name
    list holds: after 'tolk' it says which language, not who."""
    lex = lexicon()
    if folded in folded_words("languages"):
        return folded not in lex.first_names
    return (
        folded.endswith(tuple(vocabulary().language_endings))
        and folded not in lex.first_names
        and folded not in lex.surnames
    )


def _after_role_label(toks: list[Token], i: int, text: str) -> bool:
    """A name after a role written as a label ('Tolk: Abdullahi', 'Tolk Somalisch: Abdullahi'): a listed name or
    a word Dutch does not write, capitalised, after a role word (and a language) and a colon on the same line."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    t = toks[i]
    if i == 0 or not _nameish(t) or text[toks[i - 1].end : t.start] != ": ":
        return False
    if t.folded in lex.common and not _surname_next(toks, i, text, listed=True):
        return False  # 'Verantwoordelijke: Elke Dierckx' with its surname, not 'Coach: Morgen ...'
    k = i - 1
    if language_word(toks[k].folded) and k > 0 and text[toks[k - 1].end : toks[k].start] == " ":
        k -= 1
    if toks[k].folded not in lex.roles or k == i - 1 and not toks[k].sentence_start:
        return False
    listed = t.folded in lex.first_names or t.folded in lex.surnames or _surname_next(toks, i, text, listed=True)
    return listed or zipf_frequency(t.folded, "nl") < 2.0


_ELIDED = regex.compile(r"[dlDL]['’](\p{Lu}\p{Ll}+)")


def _elided(t: Token) -> int | None:
    """Where the name starts in a French elided article and a first name ("d'Aïssatou"), or None: the name listed,
    no common word."""
    m = _ELIDED.fullmatch(t.text)
    if m is None:
        return None
    lex = lexicon()
    name = fold(m.group(1))
    if name not in lex.first_names or name in lex.common or name in lex.never or name in lex.places:
        return None
    return m.start(1)


def _surname_next(toks: list[Token], i: int, text: str, listed: bool = False) -> bool:
    """Whether a capitalised surname follows toks[i] (its particles first): listed, or (unless ``listed``) no word
    Dutch writes."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    k = i + 1
    while k < len(toks) and toks[k].folded in _NAME_PARTICLES and text[toks[k - 1].end : toks[k].start] == " ":
        k += 1
    if k >= len(toks) or text[toks[k - 1].end : toks[k].start] != " " or not _nameish(toks[k]):
        return False
    f = toks[k].folded
    return f not in lex.common and (f in lex.surnames or not listed and zipf_frequency(f, "nl") < 2.0)


def _first_name_of(t: Token, surname: str) -> bool:
    """A capitalised word that is a listed first name, also one that is a word or a role as well ('Elke', 'Peter',
    'Roos'): mid-sentence Dutch writes those words in lower case, so the capital shows the name. At a sentence start a
    first name that is no common word ('Wout'), or one that is no very common word nor a function word before a
    ``surname`` that is only a surname ('Roos Vandersteen'; not 'Even Peeters bellen', 'Dan Peeters'). Never a greeting
    ('Beste Peeters') or a word that is never personal."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    folded = t.folded
    if not t.capitalised or t.text.isupper() or len(folded) < 2 or folded not in lex.first_names:
        return False
    if folded in lex.never or folded in folded_words("greetings") or folded in folded_words("greeting_fillers"):
        return False
    if t.text.lower() in vocabulary().opening_greetings:
        return False  # 'Olá Marta': the greeting, though folded it is the first name Ola
    if folded in lex.roles and folded in lex.common:
        return False  # 'Mama Peeters', 'Juf Janssens': the role word, written with a capital
    if not t.sentence_start or folded not in lex.common:
        return True
    pure = surname in lex.surnames and surname not in lex.first_names and surname not in lex.common
    return pure and folded not in stop_words() and zipf_frequency(folded, "nl") < 5.7


def first_names_before(text: str, toks: list[Token], found: list[Detection]) -> list[Detection]:
    """``found`` with a capitalised first name right before a person joined to that person: 'Roos Vandersteen' or
    'Peter Claessens' where only the surname was found (the first name is also a word or a role), 'Wout D.' where only
    the initial was. A reader takes a first name directly before a surname for one name. Registered persons are left
    as they are: their own index joins their names."""
    if not any(d.entity_type == "PERSON" for d in found):
        return found
    ends = {t.end: i for i, t in enumerate(toks)}
    spans = sorted((d.start, d.end) for d in found)
    out = []
    for d in found:
        i = ends.get(d.start - 1)
        if (
            d.entity_type == "PERSON"
            and d.recognizer != "registered_persons"
            and i is not None
            and text[d.start - 1] == " "
            and (
                (text[d.start : d.start + 1].isupper() or _opens_with_particles(text, d))
                and _first_name_of(toks[i], fold((_WORDS.findall(text, d.start, d.end) or [""])[-1]))
                # 'de tolk is daniel haile': in lower case a first name that is no word before the surname found
                or text[d.start : d.end].islower()
                and toks[i].text.islower()
                and lower_name(toks[i].folded, strict=False)
                and not foreign_peak(toks[i].folded)  # 'merci tinie': the French word
                and (i == 0 or toks[i - 1].folded not in DETERMINERS)
            )
            and not _covered(toks[i], spans)
        ):
            out.append(replace(d, start=toks[i].start))
        else:
            out.append(d)
    return out


def _opens_with_particles(text: str, d: Detection) -> bool:
    """A surname found with its particles in lower case ('van den Hoogenband'): the first name before it goes on it
    as before a capitalised surname ('Pieter van den Hoogenband')."""
    words = _WORDS.findall(text, d.start, d.end)
    return len(words) > 1 and fold(words[0]) in _NAME_PARTICLES and words[-1][:1].isupper()


def _covered(t: Token, spans: list[tuple[int, int]]) -> bool:
    """Whether a detection already holds the token (then it is another name or a place: 'Gent Peeters')."""
    k = bisect.bisect_right(spans, (t.start, len(spans) and spans[-1][1] + 1))
    return k > 0 and spans[k - 1][1] > t.start


_GAPS = (" ", " '", " ’")  # between a name's words: 'In 't Zandt' is 'In', 't', 'Zandt'
# Particles that open a surname after a first name: 'Greet Op de Weerdt', 'mieke de smedt', 'nora el amrani'.
_SURNAME_PARTICLES = _NAME_PARTICLES | {"op", "in", "t", "'t"}


def _surname_end(toks: list[Token], k: int, text: str, lower: bool) -> int:
    """Index after the surname that starts at toks[k], or k when none does: particles then a word, or (in lower
    case) one listed surname that is no word. After a capitalised name the word after the particles is capitalised,
    a listed surname or no word, and no place or group ('Greet Op de Weerdt', not 'Jan in Gent' or 'Mona van de
    Zeehondjes'); 'in' and 'op' open a surname only capitalised, as a surname writes them ('Tibo in de zandbak' is
    where Tibo is). In lower case only a listed surname that is no common word follows ('mieke de smedt', not 'jana
    van de peutergroep')."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if toks[k].folded in ("in", "op") and not toks[k].capitalised:
        return k
    j = k
    while j < len(toks) and toks[j].folded in _SURNAME_PARTICLES and text[toks[j - 1].end : toks[j].start] in _GAPS:
        j += 1
    if j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
        return k
    w = toks[j]
    if w.folded in lex.never or w.folded in lex.places or w.folded in lex.roles:
        return k
    if w.text.isupper() or len(w.folded) < 3:
        return k
    if j > k and w.folded.startswith("".join(t.folded for t in toks[k:j])):
        return k  # 'wout van de vandevelde': the family's name after 'van de', no particles of a surname
    if not lower:  # a listed surname, or a word Dutch does not write, no group's name ('van de Zeehondjes')
        unlisted = zipf_frequency(w.folded, "nl") < 3.0 and not w.folded.endswith(("jes", "tjes", "pjes", "ers"))
        unlisted = unlisted and not compound_of_words(w.folded)  # 'de Kerstmarkt' is a thing
        return j + 1 if j > k and w.capitalised and (w.folded in lex.surnames or unlisted) else k
    listed = w.folded in lex.surnames and w.folded not in lex.common and zipf_frequency(w.folded, "nl") < 3.5
    return j + 1 if w.text.islower() and listed else k


def surnames_after(text: str, toks: list[Token], found: list[Detection]) -> list[Detection]:
    """``found`` with the surname after a person's first name joined to it where only the first name was found:
    'Greet Op de Weerdt' (a particle that also opens a place), 'mieke de smedt' and 'minh tran' typed in lower
    case. A reader takes the particles and the word after a first name for its surname. Registered persons are left
    to their own index."""
    if not any(d.entity_type == "PERSON" for d in found):
        return found
    lex = lexicon()
    ends = {t.end: i for i, t in enumerate(toks)}
    taken = sorted((d.start, d.end) for d in found)
    out = []
    for d in found:
        last = ends.get(d.end)
        if d.entity_type != "PERSON" or d.recognizer == "registered_persons" or last is None or last + 1 >= len(toks):
            out.append(d)
            continue
        lower = text[d.start : d.end].islower()
        end = last + 1
        if not lower or toks[last].folded in lex.first_names:
            end = _surname_end(toks, last + 1, text, lower)
        if end > last + 1 and not _overlaps(toks[last + 1].start, toks[end - 1].end, taken):
            d = replace(d, end=toks[end - 1].end)
        out.append(d)
    return out


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_left(spans, (start, 0))
    return any(a < end and start < b for a, b in spans[max(0, k - 1) : k + 2])
