"""Places: street + number (also a street of belgian-deduce's street list without a type word: 'Leerwijk 3',
'Lange Kouter 28 bus 5'), postcode + municipality, Belgian municipalities and sub-municipalities (capitalised; a name
that is also a common word or first name only after a place preposition), a part of a town after 'wijk', a place
after a form's label or in brackets after its country, a place name with digits for letters, a hashtag."""

from __future__ import annotations

import dataclasses
import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection, Token, alternation
from casusprep.anonymise.vocabulary import vocabulary

_STREET_SUFFIX = (
    r"(?:straat|laan|weg|plein|dreef|steenweg|lei|kaai|baan|dijk|pad|hof|markt|singel|vest|berg|veld|dorp|kouter|"
    r"wegel|gracht|park|plaats|ring|hoek|akker|meers|heide|bos|beek|straten|hoeve)"
)
# A box or flat after the house number, on its line: 'bus 3', '/2', 'app. 2', French 'bte 4' or 'bt 4'.
_BOX = r"(?:[ \t]*(?i:bus|/|app\.?|appartement|apt\.?|bte|bt|boîte)[ \t]*\d+[a-zA-Z]?)?"
# A house number in words, as dictated or typed out ('Kapellestraat negen', 'Steenweg driehonderd vierenveertig').
_UNITS = "een|twee|drie|vier|vijf|zes|zeven|acht|negen"
_TEENS = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
_TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_NUMBER_WORD = (
    rf"(?:(?:{_UNITS})?honderd(?:en)?)?(?:(?:{_UNITS})(?:en|ën)(?:{_TENS})|{_TENS}|{_TEENS}|{_UNITS})"
    rf"|(?:{_UNITS})?honderd"
)
_NUMBER_WORDS = rf"(?:{_NUMBER_WORD})(?:[ \t]+(?:{_NUMBER_WORD})){{0,2}}(?![\w'’-])"
# The type of street glued to its name ('Molenstraat 3', abbreviated 'Molenstr. 3', 'Gentsestwg. 80'; in a form's
# capitals 'MOLENSTRAAT 3 BUS 2') or as a word of its own after a capitalised word ('Oude Baan 12', 'Lange Kouter 28');
# a street named after two people joins them with 'en' ('Peeters en Janssenslei 4'), a name keeps its articles
# ('Jan de Brabantlaan 3'; not 'van', a sentence's: 'buurvrouw X van Kerkstraat 3').
STREET_NUMBER = re.compile(
    rf"(?<!\w)(?:(?:[A-Z][\w'’-]{{0,30}}[ \t]+(?:(?:en|de|der|den)[ \t]+(?=[A-Z]))?){{0,4}}[A-Z]?[\w'’-]{{0,30}}"
    rf"{_STREET_SUFFIX}"
    rf"|(?:[A-Z][A-Z'’-]{{0,30}}\s+){{0,4}}[A-Z][A-Z'’-]{{0,30}}{_STREET_SUFFIX.upper()}"
    rf"|(?:[A-Z][\w'’-]{{0,30}}\s+){{0,4}}[A-Z][\w'’-]{{1,30}}(?:str|stwg|stw)\."
    rf"|(?:(?!(?:De|Het|Een|Den|Der|Op|In|Aan|Naar|Bij|Van)\s)[A-Z][\w'’-]{{0,30}}\s+){{1,4}}(?=[A-Z])(?i:{_STREET_SUFFIX}))"
    rf"[ \t]+(?:(?:nr\.?|nummer|n°)[ \t]*)?\d{{1,4}}[a-zA-Z]?{_BOX}(?!\w)"  # the number on the street's line
)
# A street (with its type glued on, or after an adjective of a town: 'Brugse Baan') and its number in words.
STREET_NUMBER_WORDS = re.compile(
    rf"(?<!\w)((?:[A-Z][\w'’-]{{0,30}}\s+){{0,3}}[A-Z][\w'’-]{{0,30}}{_STREET_SUFFIX}"
    rf"|[A-Z][\w'’-]{{1,30}}(?:se|sche)[ \t]+(?i:{_STREET_SUFFIX}))"
    rf"[ \t]+({_NUMBER_WORDS})(?:[ \t]+bus[ \t]+{_NUMBER_WORDS})?"
)
# What a number in words after a street counts instead of the house: 'de Kerkstraat twee keer op en af'.
_COUNTED = re.compile(
    r"[ \t]+(?:keer|maal|jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|uren|minuten|meter|km|kilometer|"
    r"huizen|kinderen|kindjes|kids|mensen|personen|ouders|straten|kwartier|nachten|euro|stuks|[a-z]+jes)(?![\w'’-])"
)
# A street named by the adjective of a town, without a number ('de Moerkerkse Steenweg', 'aan de Gentse Baan').
TOWN_ROAD = re.compile(
    r"(?<!\w)[A-Z][\w'’-]{1,30}(?:se|sche)[ \t]+(?:Steenweg|Heirweg|Baan|Weg|Straat|Laan|Dreef|Vest|Kaai|Dijk|"
    r"Steenstraat|Heerweg)(?![\w'’-])"
)
# A street as the street list has it (belgian-deduce: 'Leerwijk', 'Vijfwegen', 'Lange Kouter') and its house
# number, before what ends an address: a comma, a bracket, the line's end, a postcode ('Leerwijk 3 bus 2, 9260').
STREET_LISTED = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’-]*|d'|de|der|den|van|la|le|du|des|ten|ter|het|'t)"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|d'|de|der|den|van|la|le|du|des|ten|ter|het|'t)){0,4})"
    r"[ \t]+\d{1,3}[a-zA-Z]?(?:\s*(?i:bus|/|app\.?|appartement|apt\.?)\s*\d+[a-zA-Z]?(?!\w)"
    r"|(?=[ \t]*(?:[,;:)(\n|]|$|[.!?](?!\d)|[-–—](?!\d)|te\b|in\b|\d{4}\b)))"
)
# A capitalised preposition and an article that open a sentence before a street ('Van de Kerkstraat 3?'); 'De' alone
# may open the street's own name ('De Coninckplein 3').
_LEADING_SMALL_WORD = re.compile(r"(?:Van|In|Op|Aan|Naar|Bij|Uit|Vanuit)[ \t]+(?:de|het|den|der)[ \t]+(?=[A-Z])")
_POSTCODE_AFTER = re.compile(r"[ \t]*,?[ \t]*[1-9]\d{3}[ \t]+[A-Z]")
# A French street as Brussels notes write it: 'rue Haute 12', 'avenue de la Couronne', 'chaussée de Gand 80'; a
# person's name in it keeps its particles and accents ('Avenue Jean de Brabant', 'Rue Émile Vandervelde').
_FRENCH_CAPITAL = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
FRENCH_STREET = re.compile(
    r"(?<!\w)(?i:rue|avenue|av\.|boulevard|bd|chaussée|place|square|chemin|allée|quai|impasse|clos|drève)[ \t]+"
    rf"(?:(?:de la|de l'|de|des|du|d'|la|le)[ \t]*)?{_FRENCH_CAPITAL}"
    rf"(?:[ \t]+(?:(?:de|du|des|d'|van|der|den)[ \t]+){{0,2}}{_FRENCH_CAPITAL}){{0,3}}"
    rf"(?:[ \t]+\d{{1,4}}[a-zA-Z]?{_BOX})?(?!\w)"
)
# A house number before a French street, as France writes it ('14 rue des Prés', '3bis, avenue Foch').
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s(,:]))(\d{1,4}(?:bis|ter|[a-zA-Z])?),?[ \t]+$")
# A French street typed in lower case, with its number: 'rue de la station 14', 'avenue louise 54 bte 2'.
FRENCH_LOWER_STREET = re.compile(
    r"(?<!\w)(?:rue|avenue|boulevard|chaussée|chemin|quai|drève|allée|impasse)[ \t]+"
    r"(?:(?:de la|de l'|de|des|du|d'|la|le)[ \t]*)?[a-zà-ÿ][\w'’-]+(?:[ \t]+[a-zà-ÿ][\w'’-]+){0,2}"
    rf"[ \t]+\d{{1,4}}[a-zA-Z]?{_BOX}(?!\w)"
)
# A French street typed in lower case without its number, its name after 'de', 'du', 'des' and ending a clause
# ('de bushalte rue de genève.'); a French sentence's own 'dans la rue du village' is told by the word before it.
FRENCH_LOWER_NAMED_STREET = re.compile(
    r"(?<![\w'’-])(?:rue|avenue|boulevard|chaussée|place)[ \t]+(?:de la|de l'|de|du|des|d')[ \t]*[a-zà-ÿ][\w'’-]{2,}"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$))"
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]+$")
_FRENCH_SMALL_WORDS = frozenset(
    {"la", "une", "dans", "du", "des", "en", "sur", "a", "par", "cette", "notre", "votre", "leur", "grande",
     "petite", "meme", "the", "l", "d", "pour", "vers", "chez"}
)  # fmt: skip
# A street typed in lower case with its number: 'diestsesteenweg 212', also after a title that is part of its name
# ('kardinaal mercierlaan 7'; vocabulary street_titles).
# A king's or a pope's number before the street word belongs to the name ('albert i-laan 22', 'leopold ii laan 3').
LOWER_STREET_NUMBER = re.compile(
    rf"(?<![\w-])(?:[a-z][\w'’-]{{2,30}}|[a-z][\w'’-]{{2,30}}[ \t]+(?P<numeral>i|ii|iii|iv|v|vi)[ \t-]?)"
    rf"{_STREET_SUFFIX}[ \t]+\d{{1,4}}[a-zA-Z]?{_BOX}(?!\w)"
)
_LOWER_TITLE_BEFORE = re.compile(r"([a-z][\w-]*\.?)[ \t]+$")
# Where a place typed in lower case stands alone: in brackets '(ninove)', closing a phrase after a comma
# ('..., leuven?'), or after a word that names a place's service ('politie dendermonde').
# Also after a word in the brackets that says when the place was or is the address: '(was ninove)', '(nu lokeren)'.
_LOWER_ALONE_AFTER = re.compile(r"(?:\([ \t]*(?:(?:was|nu|vroeger|voorheen|eerst|toen|ex)[ \t]+)?|,[ \t]+)$")
_LOWER_ALONE_BEFORE = re.compile(r"[ \t]*(?:[)?!.;:–—-]|\n|$)")
# A municipality's own services are named after it: 'ocmw temse', 'cpas anderlecht', 'politie zele'.
_PLACE_SERVICES = frozenset(
    {"politie", "politiezone", "stad", "gemeente", "zone", "provincie", "deelgemeente", "ocmw", "cpas", "ville",
     "commune", "gemeentehuis", "stadhuis", "gemeentebestuur", "stadsbestuur", "bib", "bibliotheek"}
)  # fmt: skip
# 'die van leut', 'degene van ninove': the one from a place; after a name 'van' opens a surname ('jan van damme').
_ONE_FROM = frozenset({"die", "dien", "diene", "deze", "degene", "diegene", "dieje"})
POSTCODE = re.compile(r"(?<![\d/.-])[1-9]\d{3}[ \t]+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*")
_PREPOSITIONS = frozenset({"in", "uit", "te", "naar", "van", "vanuit", "richting", "bij", "rond", "nabij", "omgeving"})
POSTCODE_LOWER = re.compile(r"(?<![\d/.-])[1-9]\d{3}[ \t]+([a-z][\w'’-]+)")
# Also English 'from' (moved from gent) and, as written (folded it is the article 'a'), French 'à' (à anderlecht).
_LOWER_PREPOSITIONS = frozenset(
    {"in", "uit", "naar", "vanuit", "richting", "nabij", "omgeving", "rond", "bij", "from", "via"}
)
_STREET_WORD = re.compile(rf"^[A-Z][\w'’-]*{_STREET_SUFFIX}$")
_PLACE_AFTER_ADDRESS = re.compile(r"[ \t]*,?[ \t]*([a-z][\w'’-]+)(?![\w'’-])")


@lru_cache(maxsize=20_000)
@cache
def _short_saint_places() -> frozenset[str]:
    """The short names a municipality called after its saint goes by ('Sint-Jans-Molenbeek' is Molenbeek,
    'Sint-Lambrechts-Woluwe' Woluwe): the last part of a listed 'Sint-X-Y', when it is no word of Dutch or English
    (not 'Rode' of Sint-Genesius-Rode) and no place list holds it already; so too the name before '-de-Stad'."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    out = set()
    for place in lex.places:
        parts = place.split("-")
        if len(parts) == 3 and parts[1:] == ["de", "stad"] and parts[0] not in lex.places:
            out.add(parts[0])  # a town called after its status goes by its name alone ('Herk-de-Stad' is Herk)
            continue
        if len(parts) < 3 or parts[0] not in ("sint", "saint", "sainte", "st"):
            continue
        short = parts[-1]
        if parts[-2] in ("sur", "sous", "lez", "en", "aan", "op", "bij"):
            continue  # '...-sur-Meuse', '...-en-Condroz': a river or a region, no short name of the town
        if len(short) < 5 or short in lex.places or short in lex.common or short in lex.never:
            continue
        if zipf_frequency(short, "nl") < 3.5 and zipf_frequency(short, "en") < 3.0:
            out.add(short)
    return frozenset(out)


def _place(folded: str) -> bool:
    return folded in lexicon().places or folded in _short_saint_places()


def lower_place(folded: str) -> bool:
    """A place name typed in lower case that is not also an ordinary word ('in bergen', 'in laken')."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if folded in lex.common or folded in place_words() or folded in lex.roles:
        return False
    return zipf_frequency(folded, "nl") < 5.0


@lru_cache(maxsize=20_000)
def _french_word(folded: str) -> bool:
    """A word French writes often ('à son père', 'à la maison'): after 'à' it is no place."""
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(folded, "fr") >= 5.0


_LOWER_STREET_WORD = re.compile(rf"^[a-z][\w'’-]*{_STREET_SUFFIX}$")


def _alone(text: str, t: Token) -> bool:
    """A lower-case word standing alone as a place: '(ninove)', '(was ninove)', '..., leuven?' (not 'kwam, gent en
    ...')."""
    return bool(
        _LOWER_ALONE_AFTER.search(text, max(0, t.start - 10), t.start) and _LOWER_ALONE_BEFORE.match(text, t.end)
    )


@lru_cache(maxsize=20_000)
def _place_compound(folded: str) -> bool:
    """A hyphenated word whose first part is a municipality that is no name or word ('mechelen-noord')."""
    lex = lexicon()
    first = folded.split("-")[0]
    return (
        first in lex.places
        and first not in lex.first_names
        and first not in lex.common
        and first not in place_words()
        and folded not in lex.first_names
        and folded not in lex.surnames
    )


_SUFFIX_END = re.compile(_STREET_SUFFIX + "$")


@lru_cache(maxsize=20_000)
def _ordinary_word_with_street_ending(folded: str) -> bool:
    """A word that ends like a street but is an ordinary one: common in Dutch ('Verzekering'), or ending in a common
    word longer than the street word ('Personeelsvergadering': -vergadering, not -ring); 'Kerkstraat' ends in
    'straat' itself."""
    from casusprep.nlp.frequency import zipf_frequency

    if zipf_frequency(folded, "nl") >= 3.5:
        return True
    if folded.endswith("ering") and len(folded) >= 9:
        return True  # a noun made of a verb ('Domiciliëring', 'Herinnering'), not a street's 'ring'
    m = _SUFFIX_END.search(folded)
    suffix = len(m.group(0)) if m else 0
    return any(zipf_frequency(folded[cut:], "nl") >= 3.0 for cut in range(3, len(folded) - suffix - 1))


_WORD_BEFORE_NUMBER = re.compile(r"([^\W\d_][\w'’-]*)\s+\d")
_MONTH_AFTER = re.compile(r"\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\b", re.IGNORECASE)


_HOUR_END = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])u$")


def _no_street(found: str, text: str, end: int) -> bool:
    """A street with its number that is an ordinary word and a day: 'Slotvergadering 14 juni'; or a word that no
    street list knows before an hour ('Speelhoek 15u–17u', 'Knutselhoek 9u'): the number is a time."""
    m = _WORD_BEFORE_NUMBER.search(found)
    if m is None:
        return False
    word = fold(m.group(1))
    if _HOUR_END.search(found) and word not in lexicon().streets:
        return True
    return (
        word not in lexicon().streets
        and _ordinary_word_with_street_ending(word)
        or _MONTH_AFTER.match(text, end) is not None
        and word not in lexicon().streets
    )


def _ordinary_street_word(folded: str, text: str, end: int) -> bool:
    """A capitalised word with a street's ending that no street list knows and that is an ordinary word, or a form's
    label before its colon ('Werkplaats: ...')."""
    if folded in lexicon().streets:
        return False
    return text[end : end + 1] == ":" or _ordinary_word_with_street_ending(folded)


# A date after a place opens a letter or a news item: 'Lokeren, 4 februari', 'Gent, den 3 juni'.
_DATELINE_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:heden\b|(?:den[ \t]+)?\d{1,2}(?:ste|de|e)?[ \t]+"
    r"(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec))",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:en|of))[ \t]+")
_HEADING_ZIPF = 4.5


def _soft_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a dash, a colon or a line break (not a full stop, not the text's start)."""
    before = text[max(0, start - 20) : start].rstrip(" \t")
    return bool(before) and before[-1] in "–—-:\n"


@lru_cache(maxsize=20_000)
def _rare_word(folded: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(folded, "nl") < _HEADING_ZIPF


_TOWN_PARTS = frozenset({"noord", "zuid", "oost", "west", "centrum", "dorp", "station", "haven", "kaai", "linkeroever"})


def _place_part(folded: str) -> bool:
    """A municipality and a part of it by the compass or its centre ('gent-zuid', 'wichelen-centrum'), also when the
    municipality is a first name too."""
    first, _, rest = folded.partition("-")
    return first in lexicon().places and first not in place_words() and rest in _TOWN_PARTS


@cache
def _chains() -> frozenset[str]:
    """The one-word names of shop chains: a place typed after one is its branch's ('colruyt genk')."""
    return frozenset(fold(w) for w in vocabulary().chains if " " not in w)


def _lower_places_joined(folded: str) -> bool:
    """'mechelen-willebroek', 'genk-zuid': municipalities (or a compass part) joined by hyphens, none a word."""
    parts = folded.split("-")
    return all(p in _TOWN_PARTS or p in lexicon().places and lower_place(p) for p in parts) and any(
        p not in _TOWN_PARTS for p in parts
    )


@cache
def place_words() -> frozenset[str]:
    return folded_words("place_words")


@cache
def _address_words() -> frozenset[str]:
    return folded_words("address_words")


@cache
def _street_titles() -> frozenset[str]:
    return folded_words("street_titles")


@cache
def _neighbourhood() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(vocabulary().neighbourhood_words, key=len, reverse=True))
    return re.compile(
        rf"(?i:(?<!\w)(?:{words}))[ \t]+((?:Sint|Sinte|Onze)?[- ]?[A-Z][\w'’-]+(?:[ \t-][A-Z][\w'’-]+){{0,2}})"
    )


@cache
def _place_label() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(vocabulary().place_labels, key=len, reverse=True))
    return re.compile(rf"(?i:(?<!\w)(?:{words}))[ \t]*:?[ \t]*([A-Z][\w'’-]+(?:[ \t-][A-Z][\w'’-]+){{0,2}})")


# A postcode after its label ('Postcode 9260, ...'): it names the municipality.
_POSTCODE_LABELLED = re.compile(
    r"(?i)(?<!\w)(?:postcode|postnummer|code postal|postal code)[ \t]*:?[ \t]*([1-9]\d{3})(?!\d)"
)
# A city in brackets after its country ('uit Marokko (Tiznit)').
_CITY_AFTER_COUNTRY = re.compile(r"([A-Z][\w'’-]+)[ \t]*\([ \t]*([A-Z][\w'’-]+(?:[ \t-][A-Z][\w'’-]+)?)[ \t]*\)")
# A place name with digits for letters to slip past a filter: 0 for o, 1 for l or i, 3 for e, 4 for a, 5 for s.
_DIGITS_IN_WORD = re.compile(r"(?<![\w])[^\W\d_]+(?:[01345][^\W\d_]*)+(?![\w])")
_DIGIT_LETTERS = (str.maketrans("01345", "oleas"), str.maketrans("01345", "oieas"))
_STREET_ZIPF = 3.5
_LEADING_ARTICLE = re.compile(r"^(?:de|het|den|der|t|'t|la|le|les|l')\s+")


def _ambiguous_street(folded: str) -> bool:
    """A street name that is also a word, a name or a place ('pas', 'markt', 'kerk', 'jan'): then an address only
    with more to show it (an address word before, a postcode after)."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    folded = _LEADING_ARTICLE.sub("", folded)  # 'De Regenboog' is as ambiguous as 'Regenboog'
    if " " in folded or "-" in folded:
        return False
    return (
        folded in lex.common
        or folded in lex.first_names
        or folded in lex.surnames
        or folded in lex.places
        or zipf_frequency(folded, "nl") >= _STREET_ZIPF
    )


def _worded_numbers(text: str) -> list[Detection]:
    """Streets with their house number in words ('Kapellestraat negen', 'Brugse Baan honderd twaalf'): not 'een'
    alone (an article as often), nor a number that counts what follows it ('de Kerkstraat twee keer')."""
    out = []
    for m in STREET_NUMBER_WORDS.finditer(text):
        number = m.group(2)
        if number == "een" or _COUNTED.match(text, m.end(2)) or _no_street(m.group(1) + " 1", text, m.end()):
            continue
        if fold(m.group(1).split()[-1]) in lexicon().places:
            continue  # 'in Itterbeek vier ...': a town with a street's ending, then a number that counts
        out.append(Detection(m.start(), m.end(), "ADDRESS", 0.85, "address", replacement="[adres]"))
    return out


def _listed_streets(text: str) -> list[Detection]:
    """Streets of the street list with their house number ('Leerwijk 3', 'Lange Kouter 28 bus 5')."""
    lex = lexicon()
    out = []
    for m in STREET_LISTED.finditer(text):
        words = m.group(1).split()
        # The longest tail of the capitalised words that the street list knows: 'Adres Leerwijk' is Leerwijk.
        for k in range(len(words)):
            name = " ".join(words[k:])
            folded = fold(name)
            if not name[:1].isupper() or folded not in lex.streets:
                continue
            start = m.start(1) + m.group(1).index(name) if k else m.start(1)
            if _ambiguous_street(folded):
                before = fold(text[max(0, start - 30) : start]).split()
                cue = any(w.strip(":.,") in _address_words() for w in before[-3:])
                if not cue and not _POSTCODE_AFTER.match(text, m.end()) and not _town_after(text, m.end()):
                    break
            out.append(Detection(start, m.end(), "ADDRESS", 0.8, "address", replacement="[adres]"))
            break
        else:
            unlisted = _unlisted_street(m, text)
            if unlisted is not None:
                out.append(unlisted)
    return out


_TOWN_AFTER = re.compile(r"[ \t]*[,|][ \t]*([A-Z][\w'’-]+)(?![\w'’-])")  # a comma, or a table's next cell


def _town_after(text: str, end: int) -> bool:
    """Whether a town follows the house number after a comma, as an address is written without its postcode
    ('Markt 14, Oudenaarde', 'Kassei 3, Vilvoorde'), or in the next cell of a table ('| Dorp 2 | Terhagen |')."""
    m = _TOWN_AFTER.match(text, end)
    return m is not None and fold(m.group(1)) in lexicon().places


def _subject_of_verb(toks: list[Token], i: int, text: str) -> bool:
    """A town opening a sentence as the subject of a verb ('Heerenveen heeft gewonnen', 'Zwalm investeert'): a bare
    noun opens a Dutch sentence so only as a name. Not a very common word (wordfreq) of that form."""
    from casusprep.anonymise.recognizers.registered_persons import subject_verbs

    if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start] != " " or not toks[i + 1].text.islower():
        return False
    from casusprep.anonymise.recognizers.initials import finite_verb

    verb = toks[i + 1].folded
    past = verb.endswith(("de", "te", "den", "ten")) and finite_verb(verb)  # 'Zwalm investeerde'
    return (verb in subject_verbs() or past) and _not_everyday(toks[i].folded)


@lru_cache(maxsize=20_000)
def _not_everyday(folded: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(folded, "nl") < _EVERYDAY_ZIPF


_EVERYDAY_ZIPF = 5.0


def listed_places(toks: list[Token], text: str, found: list[Detection]) -> list[Detection]:
    """Capitalised places of the lists that a list of places shows ('Drunen, Nieuwkuik, Vlijmen en Heusden' where
    only some were found: one that opens a sentence, or is ambiguous as a word): a Belgian or a foreign town listed
    right before or after a place found by any recognizer or the model, by a comma, 'en' or 'of'. Not a first name
    ('Gent en Sofie') nor a common word. The engine asks once every recognizer has answered."""
    from casusprep.anonymise.recognizers.foreign_places import town_names

    lex = lexicon()
    places = [d for d in found if d.entity_type == "LOCATION"]
    if not places:
        return []
    starts = {d.start for d in places}
    ends = {d.end for d in places}
    taken = {(d.start, d.end) for d in found}
    candidates = []
    for t in toks:
        f = t.folded
        if (t.start, t.end) in taken or not t.capitalised or t.text.isupper() and len(t.text) < 4:
            continue
        if f not in lex.places and f not in town_names():
            continue
        if f in lex.first_names or f in lex.common or f in lex.never or f in lex.countries:
            continue
        candidates.append(t)
    out: list[Detection] = []
    changed = bool(candidates)
    while changed:  # a place found so can show the next one of the list ('Drunen, Nieuwkuik, Vlijmen')
        changed = False
        for t in candidates:
            if (t.start, t.end) in taken:
                continue
            after = any(e in ends and _LIST_GAP.fullmatch(text, e, t.start) for e in range(t.start - 5, t.start))
            before = any(b in starts and _LIST_GAP.fullmatch(text, t.end, b) for b in range(t.end + 1, t.end + 6))
            if after or before:
                out.append(Detection(t.start, t.end, "LOCATION", 0.7, "municipality", replacement="[gemeente]"))
                taken.add((t.start, t.end))
                starts.add(t.start)
                ends.add(t.end)
                changed = True
    return out


def _unlisted_street(m: re.Match[str], text: str) -> Detection | None:
    """A street no list knows with its number before a postcode and its town, or its town alone after a comma
    ('Kassei 14, 1800 Vilvoorde', 'Paalse Plas 1, 3583 Beringen', 'Molenweide 18, Lanaken'): an address by its
    shape. Its last capitalised words, without an address word before them ('Adres Kassei 14')."""
    postcode = _POSTCODE_AFTER.match(text, m.end()) is not None
    if not postcode and not _town_after(text, m.end()):
        return None
    words = m.group(1).split()
    k = 0
    while k < len(words) - 1 and (fold(words[k]) in _address_words() or not words[k][:1].isupper()):
        k += 1
    words = words[k:][-3:]
    if not words[0][:1].isupper() or fold(words[0]) in _address_words():
        return None
    name = " ".join(words)
    if not postcode and (_ambiguous_street(fold(words[-1])) or _ordinary_word_with_street_ending(fold(words[-1]))):
        return None  # 'Groep 2, Gent', 'Oefening 3, Brugge': without a postcode a word of the sentence is no street
    start = m.start(1) + m.group(1).rindex(name)
    return Detection(start, m.end(), "ADDRESS", 0.8, "address", replacement="[adres]")


# A capitalised word no list knows and its house number after a preposition and an article, as a sentence names where
# something happened or someone lives ('stond aan de school op de Kloosterrij 41 om ...', 'woont in de Hoogbrug 7').
_ARTICLED_STREET = re.compile(
    r"(?<![\w'’-])(?i:op|in|aan|naar|uit|van)[ \t]+(?:de|het)[ \t]+([A-Z][a-zà-ÿ'’-]{3,30})[ \t]+"
    rf"(\d{{1,3}}[a-zA-Z]?{_BOX})(?![\w'’/:-]|[.,]\d)"
)


def _articled_streets(text: str) -> list[Detection]:
    """Streets by their shape in a sentence: a rare word (wordfreq) that is no person, place or ordinary compound
    ('Leefgroep 2' ends in a common word), with a house number that counts no time or amount ('de Speelhoek 3 keer',
    '14u')."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    out: list[Detection] = []
    for m in _ARTICLED_STREET.finditer(text):
        word = fold(m.group(1))
        if word in lex.common or word in lex.never or word in lex.first_names or word in lex.surnames:
            continue
        if word in lex.places or word in lex.institution_types or zipf_frequency(word, "nl") >= 2.5:
            continue
        if any(zipf_frequency(word[cut:], "nl") >= 3.0 for cut in range(2, len(word) - 3)):
            continue  # 'Leefgroep', 'Turnzaal': a compound on an everyday word is a room or a group, no street
        if _COUNTED.match(text, m.end()) or text[m.end() : m.end() + 1] == "u":
            continue
        out.append(Detection(m.start(1), m.end(), "ADDRESS", 0.75, "address", replacement="[adres]"))
    return out


def _sub_municipality(outer: str, inner: str) -> bool:
    """'Hoogstraten (Meer)', 'Genk (Zwartberg)': two places of the list, the second in brackets after the first."""
    lex = lexicon()
    first, second = fold(outer), fold(inner)
    return (
        first in lex.places
        and second in lex.places
        and first not in lex.common
        and first not in place_words()
        and second not in lex.never
        and second not in lex.countries
    )


def _context_places(text: str) -> list[Detection]:
    """Places that their context names: a part of a town after 'wijk' ('wijk Muide'), a place after a form's
    label ('Geboorteplaats: Lubumbashi'), a city in brackets after its country ('Marokko (Tiznit)'), a place name
    with a zero for an o ('Z0ersel'), a hashtag that is a municipality ('#zwalm')."""
    lex = lexicon()
    out = []

    def no_country(name: str) -> bool:
        folded = fold(name)
        return folded not in lex.countries and folded not in lex.never and folded.split()[0] not in lex.never

    for pattern in (_neighbourhood(), _place_label()):
        for m in pattern.finditer(text):
            if no_country(m.group(1)):
                out.append(Detection(m.start(1), m.end(1), "LOCATION", 0.75, "municipality", replacement="[plaats]"))
    for m in _POSTCODE_LABELLED.finditer(text):
        out.append(Detection(m.start(1), m.end(1), "LOCATION", 0.8, "postcode_place", replacement="[gemeente]"))
    for m in _CITY_AFTER_COUNTRY.finditer(text):
        if fold(m.group(1)) in lex.countries and no_country(m.group(2)):
            out.append(Detection(m.start(2), m.end(2), "LOCATION", 0.75, "municipality", replacement="[plaats]"))
        elif _sub_municipality(m.group(1), m.group(2)):
            # 'Hoogstraten (Meer)': the part of the municipality in brackets after it, also one that is a word
            out.append(Detection(m.start(2), m.end(2), "LOCATION", 0.75, "municipality", replacement="[gemeente]"))
    for m in _DIGITS_IN_WORD.finditer(text):
        word = m.group(0)
        for letters in _DIGIT_LETTERS:
            read = fold(word.translate(letters))
            if read in lex.places and read not in lex.common and read not in place_words():
                out.append(Detection(m.start(), m.end(), "LOCATION", 0.75, "municipality", replacement="[gemeente]"))
                break
    return out


@cache
def _month_before() -> re.Pattern[str]:
    """A month's name right before a number (Dutch, and the foreign names the dates recognizer reads)."""
    voc = vocabulary()
    months = alternation([*voc.month_names, *voc.foreign_months])
    return re.compile(rf"(?i)(?<!\w)(?:{months})\.?[ \t]+$")


def _after_month(text: str, start: int) -> bool:
    return _month_before().search(text, max(0, start - 16), start) is not None


# A capitalised word glued to a word in lower case by a hyphen, before the street's capitalised name
# ('Groeipakket-overzicht Kerkstraat 3'): a street's name writes its parts with capitals ('Jan-Baptist Davidlaan').
_GLUED_LEAD = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*-[a-zà-ÿ][^\W\d_]*[ \t]+(?=[A-ZÀ-Ý])")


def find(toks: list[Token], text: str) -> list[Detection]:
    lex = lexicon()
    out: list[Detection] = []
    for m in STREET_NUMBER.finditer(text):
        start = m.start()
        if not text[start].isupper() or _no_street(m.group(0), text, m.end()):
            continue
        while (lead := _LEADING_SMALL_WORD.match(text, start, m.end())) is not None:
            start = lead.end()  # 'Van de Mechelsebaan 12?': a sentence's preposition or article, no part of it
        while (glued := _GLUED_LEAD.match(text, start, m.end())) is not None:
            start = glued.end()  # 'het Groeipakket-overzicht Kerkstraat 3': a compound of the sentence before it
        out.append(Detection(start, m.end(), "ADDRESS", 0.9, "address", replacement="[adres]"))
    for m in FRENCH_STREET.finditer(text):
        # the French order, the house number before its street ('14 rue des Prés'): the number goes with it
        number = None if m.group(0)[-1:].isdigit() else _NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start())
        start = number.start(1) if number else m.start()
        out.append(Detection(start, m.end(), "ADDRESS", 0.8, "address", replacement="[adres]"))
    for m in FRENCH_LOWER_STREET.finditer(text):
        out.append(Detection(m.start(), m.end(), "ADDRESS", 0.8, "address", replacement="[adres]"))
    for m in FRENCH_LOWER_NAMED_STREET.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is None or fold(before.group(1)) not in _FRENCH_SMALL_WORDS:
            # 'aan de bushalte rue de genève.': a Dutch sentence naming a French street, no French 'dans la rue de'
            out.append(Detection(m.start(), m.end(), "ADDRESS", 0.75, "address", replacement="[adres]"))
    for m in LOWER_STREET_NUMBER.finditer(text):
        if m.group("numeral") is not None:
            if fold(m.group(0).split()[0]) not in lex.first_names or _COUNTED.match(text, m.end()):
                continue  # a king's or a pope's name goes before the numeral ('albert i-laan')
        elif _no_street(m.group(0), text, m.end()):
            continue
        start = m.start()
        while (title := _LOWER_TITLE_BEFORE.search(text, max(0, start - 40), start)) and fold(
            title.group(1).rstrip(".")
        ) in _street_titles():
            start = title.start(1)
        out.append(Detection(start, m.end(), "ADDRESS", 0.8, "address", replacement="[adres]"))
    out += _worded_numbers(text)
    for m in TOWN_ROAD.finditer(text):
        out.append(Detection(m.start(), m.end(), "ADDRESS", 0.75, "address", replacement="[adres]"))
    out += _listed_streets(text)
    out += _articled_streets(text)
    out += _context_places(text)
    for d in [d for d in out if d.entity_type == "ADDRESS"]:
        # A place typed in lower case right after the address's number ('menenstraatweg 120 ledegem').
        after = _PLACE_AFTER_ADDRESS.match(text, d.end)
        if after and fold(after.group(1)) in lex.places and lower_place(fold(after.group(1))):
            out.append(
                Detection(after.start(1), after.end(1), "LOCATION", 0.75, "municipality", replacement="[gemeente]")
            )
        # A town that is also a word, capitalised after the house number ('Kerkstraat 9 Geel', 'Markt 2, Zele'), or
        # a part of a town that no list knows ('Kerkstraat 9, Zuidwijk –').
        after = (
            _TOWN_AFTER_NUMBER.match(text, d.end) if d.recognizer == "address" and text[d.end - 1].isdigit() else None
        )
        town = fold(after.group(1)) if after else ""
        if after and (town in lex.places or unknown_place_word(town)) and town not in lex.first_names:
            out.append(
                Detection(after.start(1), after.end(1), "LOCATION", 0.75, "municipality", replacement="[gemeente]")
            )
    out += _towns_after_branch_services(toks, text)
    for m in POSTCODE.finditer(text):
        if _after_month(text, m.start()):
            continue  # '20 maart 2026  Suikerfeest': the year of a date, no postcode
        out.append(Detection(m.start(), m.end(), "ADDRESS", 0.85, "postcode_place", replacement="[gemeente]"))
    out += _foreign_postcodes(text)
    for m in POSTCODE_LOWER.finditer(text):
        if fold(m.group(1)) in lex.places:
            out.append(Detection(m.start(), m.end(), "ADDRESS", 0.85, "postcode_place", replacement="[gemeente]"))
    for i, t in enumerate(toks):
        if t.folded in lex.never or t.folded in lex.countries:
            continue
        prev = toks[i - 1].folded if i else ""
        if t.start and text[t.start - 1] == "#" and t.folded in lex.places and lower_place(t.folded):
            # '#zwalm': a hashtag that is a municipality and no word
            out.append(Detection(t.start - 1, t.end, "LOCATION", 0.7, "municipality", replacement="[gemeente]"))
            continue
        if not t.capitalised and _word_town_after_preposition(toks, i, text):
            # 'het zwembad in lier', 'de opvang in lede ik bel ...': a town that is also a word, rarely a bare noun
            out.append(Detection(t.start, t.end, "LOCATION", 0.7, "municipality", replacement="[gemeente]"))
            continue
        if not t.capitalised:
            # 'we gaan naar gent', 'woont in borgerhout': a place typed in lower case, after a place preposition
            # ... or after an institution's short type word and name ('kdv de zonnebloem wichelen –', 'az sint-jan
            # zwalm'): where it is. Not after 'school' or 'opvang', which a sentence goes on after ('met de school
            # mee wil voeren'). ... or listed after one ('naar brussel, antwerpen en luik'). The context is looked at
            # only for a listed place: most words typed in lower case are none.
            if (
                _place(t.folded)
                and lower_place(t.folded)
                and (
                    prev in _LOWER_PREPOSITIONS
                    or (prev == "van" and i >= 2 and toks[i - 2].folded in _ONE_FROM)
                    or i
                    and toks[i - 1].text.lower() == "à"
                    and not _french_word(t.folded)
                    or prev in _PLACE_SERVICES
                    or prev in _chains()
                    or _alone(text, t)
                    or any(len(w.folded) <= 4 and w.folded in lex.institution_types for w in toks[max(0, i - 4) : i])
                    or (
                        bool(out)
                        and out[-1].recognizer == "municipality"
                        and bool(_LIST_GAP.fullmatch(text, out[-1].end, t.start))
                    )
                )
            ):
                out.append(Detection(t.start, t.end, "LOCATION", 0.7, "municipality", replacement="[gemeente]"))
            elif "-" in t.folded and _lower_places_joined(t.folded) and (prev in _PLACE_SERVICES or prev in _chains()):
                # 'politie mechelen-willebroek', 'colruyt genk-zuid': a zone or a branch named after its places
                out.append(Detection(t.start, t.end, "LOCATION", 0.7, "municipality", replacement="[gemeente]"))
            elif len(t.text) > 8 and t.folded in lex.streets and _LOWER_STREET_WORD.match(t.text):
                out.append(Detection(t.start, t.end, "ADDRESS", 0.7, "street", replacement="[adres]"))
            continue
        if (
            "-" in t.text
            and t.folded not in lex.places
            and t.text.rsplit("-", 1)[1][:1].isupper()  # 'Leuven-schaal', 'Gent-stijl': a term with a place in it
            and (_place_compound(t.folded) or _place_part(t.folded))
        ):
            # 'Beringen-Mijn', 'Mechelen-Noord': a municipality with the part of it
            out.append(Detection(t.start, t.end, "LOCATION", 0.7, "municipality", replacement="[gemeente]"))
            continue
        if _place(t.folded):
            # In quotes a word opens no sentence ('"Wichelen" en de initialen eruit').
            quoted = t.start and text[t.start - 1] in "\"“‘'" and text[t.end : t.end + 1] in ('"', "”", "’", "'")
            # Nor does a heading's dash, a colon or a line break before a place that is no everyday word ('BKO ... –
            # Kortenaken', 'Zwalm, 4 februari' opening a letter): only a full stop starts a sentence that a place
            # name as its first word might be a word in.
            ambiguous = (
                t.folded in lex.common
                or t.folded in lex.first_names
                or t.sentence_start
                and not quoted
                and not (_soft_start(text, t.start) and _rare_word(t.folded))
            )
            if (
                not ambiguous
                or prev in _PREPOSITIONS
                or prev in _PLACE_SERVICES
                # A dateline: 'Zwolle, 4 februari', 'ARNHEM, den 3 juni' (a town's name is as frequent in Dutch as
                # a word, so its frequency says nothing here; the place words are the ambiguous names)
                or t.folded not in lex.common
                and t.folded not in lex.first_names
                and t.folded not in place_words()
                and (_DATELINE_AFTER.match(text, t.end) or t.sentence_start and _subject_of_verb(toks, i, text))
            ):
                out.append(Detection(t.start, t.end, "LOCATION", 0.75, "municipality", replacement="[gemeente]"))
                continue
        if len(t.text) > 7 and _STREET_WORD.match(t.text) and not _ordinary_street_word(t.folded, text, t.end):
            # Also a street that is a hamlet's name as well ('Adres: Molenstraat nr. 14')
            out.append(Detection(t.start, t.end, "ADDRESS", 0.7, "street", replacement="[adres]"))
    return [_with_worded_number(d, text) for d in out]


# A postcode of five digits and its town after a street and its number ('rue de la Gare 12, 59200 Tourcoing', '14 rue
# des Roses, 59123 Bray-Dunes'): France, Germany, Spain, Italy write their postcodes so.
_FOREIGN_POSTCODE = re.compile(r",[ \t]*((?<![\d.])[0-9]{5}[ \t]+[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,3})")
_CLAUSE_START = re.compile(r"[\n;:()\[\]]|,[ \t]")
# The clause before the comma is an address: it ends with the house number ('rue des Roses 12', 'Hauptstraße 5 bus
# 2') or opens with it before the street ('14 rue des Prés', '3 Place du Marché').
_NUMBER_ENDS = re.compile(rf"[^\W\d_][\w'’.-]*[ \t]+\d{{1,4}}[a-zA-Z]?{_BOX}[ \t]*$")
_NUMBER_OPENS = re.compile(
    r"^[ \t]*\d{1,4}(?:[a-zA-Z]|bis|ter)?,?[ \t]+"
    r"(?i:rue|avenue|av\.|boulevard|bd|chaussée|place|chemin|allée|quai|impasse)\b"
)


def _foreign_postcodes(text: str) -> list[Detection]:
    """A five-digit postcode with its town after an address in the same clause (a house number before the comma)."""
    out = []
    for m in _FOREIGN_POSTCODE.finditer(text):
        starts = [c.end() for c in _CLAUSE_START.finditer(text, max(0, m.start() - 60), m.start())]
        clause = text[starts[-1] if starts else max(0, m.start() - 60) : m.start()]
        if _NUMBER_ENDS.search(clause) or _NUMBER_OPENS.match(clause):
            out.append(Detection(m.start(1), m.end(1), "ADDRESS", 0.85, "postcode_place", replacement="[gemeente]"))
    return out


_TOWN_AFTER_NUMBER = re.compile(r"[ \t]*,?[ \t]*([A-Z][a-zà-ÿ'’-]+)(?=[ \t]*(?:$|[,;:)(\n|]|[.!?](?!\w)| [–—-] |\())")
# How rare in Dutch, English and French a capitalised word no list knows must be to be taken for the part of a town
# an address or a service's branch names ('Kerkstraat 9, Zuidwijk –', 'Kind en Gezin Zuidwijk |').
_UNKNOWN_ZIPF = 2.0


@lru_cache(maxsize=20_000)
def unknown_place_word(folded: str) -> bool:
    """A word no list knows and no language writes (wordfreq): in a town's slot it names a part of a town, a hamlet
    or a district that no list of municipalities holds."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if len(folded) < 4 or "-" in folded:
        return False
    known = (lex.common, lex.never, lex.first_names, lex.surnames, lex.roles, lex.countries, lex.services)
    if any(folded in words for words in known) or folded in lex.institution_types or folded in place_words():
        return False
    return max(zipf_frequency(folded, lang) for lang in ("nl", "en", "fr")) < _UNKNOWN_ZIPF


@cache
def _branch_services() -> tuple[tuple[str, ...], ...]:
    """The services with local branches (vocabulary ``branch_services``), as folded words."""
    return tuple(tuple(p.split()) for p in folded_words("branch_services"))


def _towns_after_branch_services(toks: list[Token], text: str) -> list[Detection]:
    """A town that is also an everyday word, capitalised right after a public service with branches ('Huis van het
    Kind Geel', 'CLB Zele'), or a part of a town no list knows ('Kind en Gezin Zuidwijk'): the branch's town, which
    says where the family lives."""
    lex = lexicon()
    out = []
    services = _branch_services()
    wide = folded_words("provinces") | folded_words("whole_regions")  # 'CAW Limburg' says no town
    for i, t in enumerate(toks):
        if i == 0 or not t.capitalised or t.text.isupper() or t.folded in lex.first_names:
            continue
        if t.folded not in lex.places and not unknown_place_word(t.folded) or t.folded in wide:
            continue
        if text[toks[i - 1].end : t.start] != " ":
            continue
        before = tuple(x.folded for x in toks[max(0, i - 4) : i])
        if any(before[-len(s) :] == s for s in services) and _TOWN_AFTER_NUMBER.match(text, t.start):
            out.append(Detection(t.start, t.end, "LOCATION", 0.75, "municipality", replacement="[gemeente]"))
    return out


_CLAUSE_ENDS = re.compile(r"[ \t]*(?:$|[\n,.;:!?)]|[ \t][–—-][ \t])")


@cache
def _bare_word_towns() -> frozenset[str]:
    return folded_words("bare_word_towns")


def _word_town_after_preposition(toks: list[Token], i: int, text: str) -> bool:
    """Whether a town that is also a word rarely used as a bare noun (vocabulary ``bare_word_towns``: 'lier', 'lede')
    stands in lower case right after 'in', 'naar' or 'uit' and closes its clause or goes on with a function word
    ('in lier.', 'in lede ik bel'): as a word it would have an article ('in de lier')."""
    from casusprep.nlp.frequency import zipf_frequency

    t = toks[i]
    if i == 0 or not t.text.islower() or t.folded not in _bare_word_towns():
        return False
    prev = toks[i - 1]
    if prev.folded not in ("in", "naar", "uit", "vanuit", "richting") or text[prev.end : t.start] != " ":
        return False
    if _CLAUSE_ENDS.match(text, t.end):
        return True
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    # not 'en' or 'of', which join the word to another ('zand in haren en kleren')
    spaced = text[t.end : nxt.start] == " " and nxt.folded not in ("en", "of")
    return spaced and zipf_frequency(nxt.folded, "nl") >= 5.5


# A house number in words after a street found without one ('aan de kerkstraat honderdtwaalf', 'in de stationslaan
# vierhonderd en twee'), as a voice message's transcript writes it.
_WORDED_NUMBER_AFTER = re.compile(
    rf"[ \t]+((?:{_NUMBER_WORD})(?:[ \t]+(?:en[ \t]+)?(?:{_NUMBER_WORD})){{0,2}})(?![\w'’-])"
)


def _with_worded_number(d: Detection, text: str) -> Detection:
    """A street's detection with the house number in words right after it; not 'een' alone (an article as often),
    nor a number that counts what follows it ('de kerkstraat twee keer')."""
    if d.entity_type != "ADDRESS" or not _STREET_END.search(text, d.start, d.end):
        return d
    m = _WORDED_NUMBER_AFTER.match(text, d.end)
    if m is None or m.group(1) == "een" or _COUNTED.match(text, m.end()):
        return d
    return dataclasses.replace(d, end=m.end())


_STREET_END = re.compile(rf"(?i:{_STREET_SUFFIX})$")
