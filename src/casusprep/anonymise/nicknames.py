"""Pet forms of a first name in the languages of Flemish families, derived by rule from the registered name.

No list of examples: each language's way of making a pet form is a suffix on a stem of the name (its first
three to five letters, or the name without its last vowels), so 'Wojciech' gives 'Wojtek', 'Tomasz' 'Tomek',
'Ayşe' 'Ayşecim', 'Peter' 'Peťko', 'Olena' 'Olenka', 'Louise' 'Loulou', 'Bram' 'Brampje'. Forms are folded
(lower case, accents dropped, dotless ı as i), as the engine's lookups are; Romanian -uța/-ica as well. A derived
form that is a common Dutch word (wordfreq) is left out unless it is itself a first name: a guess must not remove
ordinary words.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path

_VOWELS = "aeiouy"
_DATA = Path(__file__).parent / "data" / "pet_forms.toml"
# A name's last syllable closed by a consonant: its first sound, its vowels, its end ('nard' of Bernard).
_LAST_SYLLABLE = re.compile(r"([^aeiouy])([aeiouy]+)[^aeiouy]+$")


@cache
def _suffix_table() -> dict[str, tuple[str, ...]]:
    """The suffixes per language (data/pet_forms.toml): on a consonant-final stem (Tom-, Bart-, Woj-, Olen-, Pet-)."""
    with _DATA.open("rb") as fh:
        return {lang: tuple(group) for lang, group in tomllib.load(fh)["suffixes"].items()}


@lru_cache(maxsize=1)
def _folded_suffixes() -> tuple[str, ...]:
    """The suffixes as the lookups compare them: 'uś' is 'us' (the engine folds the text's words the same way)."""
    every = (s for group in _suffix_table().values() for s in group)
    return tuple(dict.fromkeys(_fold(s) for s in every))


@cache
def _whole_suffixes() -> tuple[str, ...]:
    """The suffixes put on the whole name (data/pet_forms.toml ``whole``): Aysecim, Harukachan."""
    with _DATA.open("rb") as fh:
        return tuple(dict.fromkeys(_fold(s) for s in tomllib.load(fh)["whole"]["suffixes"]))


def _fold(word: str) -> str:
    from casusprep.anonymise.lexicon import fold

    return fold(word).replace("ı", "i")


def stems(name: str) -> set[str]:
    """The stems pet forms grow from: the name without its final vowels, its first three to five letters, a name
    that starts with a vowel also without it (Anastasia: Nast-, as in Nastya), a name without its first syllable."""
    part = _fold(name)
    out: set[str] = set()
    if len(part) > 5 and part[0] in _VOWELS and part[1] not in _VOWELS:
        out.update(part[1:n] for n in (4, 5))
    if len(part) >= 5 and part[0] not in _VOWELS and part[1] in _VOWELS and part[2] not in _VOWELS:
        out.add(part[2:5])  # the name without its first syllable: Jakub, Kub- (Kuba, Kubuś)
    bare = part
    while len(bare) > 2 and bare[-1] in _VOWELS:
        bare = bare[:-1]
    if len(bare) >= 2:
        out.add(bare)
    for n in (3, 4, 5):
        if len(part) > n:
            out.add(part[:n])
    return out


def _open_syllable(part: str) -> str:
    """The first vowel doubled when one consonant follows it, as Dutch spells it said (Nora: Noora)."""
    for i in range(1, len(part) - 2):
        open_syllable = part[i - 1] not in _VOWELS and part[i + 1] not in _VOWELS and part[i + 2] in _VOWELS
        if part[i] in "aeou" and open_syllable:
            return part[: i + 1] + part[i:]
    return part


@lru_cache(maxsize=4096)
def pet_forms(name: str) -> frozenset[str]:
    """Folded pet forms of a first name by the rules above, and the doubled first syllable (Mimi, Loulou, Yoyo)."""
    from casusprep.anonymise.lexicon import lexicon
    from casusprep.nlp.frequency import zipf_frequency

    part = _fold(name)
    if len(part) < 3:
        return frozenset()
    forms = {
        stem + suffix
        for stem in stems(part)
        for suffix in _folded_suffixes()
        if not (stem[-1] in _VOWELS and suffix[0] in _VOWELS)  # 'Toma' + 'a' is no form in any language
    }
    forms.update(part + s for s in _whole_suffixes())
    forms.update(part + s for s in ("jan", "jaan", "joon", "jon", "el", "pie", "utz"))  # Omidjan, Sorinel, Jenspie
    if part[-1] not in _VOWELS:
        forms.update(part + s for s in ("im", "um"))  # Selinim, Keremim: Turkish 'my ...' on a consonant
    # A short name or a name's last syllable said twice (Lan: Lanlan; Haoran: Ranran), as Chinese families do.
    forms.update(t * 2 for t in {part, *(part[-n:] for n in (3, 4) if len(part) - n >= 2)} if 3 <= len(t) <= 4)
    # French: the last syllable with its first sound said before it (Bernard: Nanard, Agnès: Nènès); only a syllable
    # closed by a consonant, so no 'mama' or 'papa' from a name.
    last = _LAST_SYLLABLE.search(part.replace("th", "t").replace("ph", "f"))
    if last is not None and len(part) >= 4:
        forms.add(last.group(1) + last.group(2) + last.group(0))
    # Dutch: a name on a vowel takes -atje, spelled as said too (Nora: Noraatje, Nooraatje; Mila: Milaatje).
    if part[-1] in "aoiu":
        spoken = {part, _open_syllable(part)}
        forms.update(f + part[-1] + "tje" for f in spoken)
    # A doubled consonant before -i/-y/-ie: Yassi for Yasmina, Tommy for Tom, Kassie for Kasia.
    forms.update(s + s[-1] + end for s in stems(part) if s[-1] not in _VOWELS for end in ("i", "y", "ie"))
    forms.update(s + s[-1] + end for s in stems(part) if s[-1] not in _VOWELS for end in ("eman", "emans"))
    if part[0] in _VOWELS and part[1] not in "aeiou":
        # A name on a vowel keeps its first syllable before -ou, -ouch, -ouna (Imane: Imou, Aya: Ayouch).
        forms.update(part[:2] + end for end in ("ou", "ouch", "ouna", "ouche"))
    if part[-1] in _VOWELS and len(part) >= 4:
        forms.add(part[:-1] + "ja")  # Albanian -ja for the final vowel: Klea, Kleja
    # The end of a long name, when that is a first name itself: Sander for Aleksander, Mina for Yasmina.
    forms.update(part[-n:] for n in (4, 5, 6) if len(part) - n >= 3 and part[-n] not in _VOWELS)
    syllable = next((part[: i + 1] for i in range(1, len(part)) if part[i] in _VOWELS and part[i - 1] not in _VOWELS),
                    "")  # fmt: skip
    if syllable:
        forms.add(syllable * 2)
        # The first syllable with its whole vowel, doubled (Lou: Loulou), also as Dutch spells 'ou' (Loeloe).
        full = syllable + "".join(c for c in part[len(syllable) : len(syllable) + 2] if c in _VOWELS)[:1]
        if full != syllable:
            forms.update({full * 2, (full * 2).replace("ou", "oe")})
    # The name's first closed syllable said twice, as a toddler says it, also with a hyphen (Gabriel: Gabgab,
    # Gab-Gab; Jonas: Jonjon).
    if len(part) >= 4 and part[0] not in _VOWELS and part[1] in _VOWELS and part[2] not in _VOWELS:
        forms.update({part[:3] * 2, f"{part[:3]}-{part[:3]}"})
    # Portuguese and Spanish write the c and g of a stem as qu and gu before the e or i of a suffix (Lucas:
    # Luquinha, Luquita; Diego: Dieguito).
    forms.update(
        stem[:-1] + ("qu" if stem[-1] == "c" else "gu") + suffix
        for stem in stems(part)
        if stem[-1] in "cg"
        for suffix in ("inho", "inha", "ito", "ita", "inhas", "inhos")
    )
    # A French pet form on -ou takes the Dutch -tje as well (Maya: Mayou, Mayoutje).
    forms.update(f + "tje" for f in list(forms) if f.endswith("ou"))
    lex = lexicon()
    forms.discard(part)
    tails = {part[-n:] for n in (4, 5, 6)}
    if len(part) >= 5 and part[0] in _VOWELS and part[1] not in _VOWELS:
        tails.discard(part[1:])  # the name without its first vowel is a pet form of it: Amara, Mara; Elena, Lena
        forms.add(part[1:])
    return frozenset(
        f
        for f in forms
        if len(f) >= 4
        and f not in lex.never
        and f not in lex.places
        and (f in lex.first_names or f not in tails and f not in lex.common and zipf_frequency(f, "nl") < 3.0)
    )


@lru_cache(maxsize=4096)
def second_forms(name: str, short_forms: tuple[str, ...]) -> frozenset[str]:
    """Pet forms of the name's known short forms too: Kasiunia from Kasia (Katarzyna), Sashenka from Sasha."""
    out: set[str] = set(pet_forms(name))
    for short in short_forms:
        out.update(pet_forms(short))
    return frozenset(out)


def suffixes() -> tuple[str, ...]:
    """Every pet-form suffix of every language, folded: also what :mod:`.recognizers.pet_names` takes off a word."""
    return _folded_suffixes()
