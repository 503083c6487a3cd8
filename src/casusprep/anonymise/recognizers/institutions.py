"""Named institutions after a type word (kinderdagverblijf 't Kabouterhuis, basisschool De Linde,
voetbalclub X): the name becomes a typed placeholder. Generic services (het CLB ...) stay."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Detection, Token
from casusprep.anonymise.vocabulary import vocabulary

_ARTICLES = frozenset({"de", "het", "t", "'t", "den", "sint", "ons", "onze", "lieve"})
# 'en' joins two capitalised words of a name begun ('Ziekenhuis Maas en Kempen', 'Bakkerij Peeters en Zonen')
_INNER = frozenset({"van", "voor", "der", "des", "du", "la", "le", "for", "en"})  # not 'of': Dutch 'or' too
# French type words whose name may open with 'des', 'du', 'de la' ("l'Hôpital des Enfants", 'École du Parc').
_FRENCH_TYPES = frozenset({"hopital", "ecole", "clinique", "creche", "institut", "centre", "maison"})
_FRENCH_INNER = frozenset({"des", "du", "la", "le"})
_SUFFIX_TYPES = frozenset({"vzw", "bv", "nv", "bvba", "cvba", "vof"})
# Type words that are other words in lower case: a kind of place only as an acronym in capitals ('CAR X').
_CAPITALS_ONLY = frozenset({"bv", "nv", "car", "umc"})
# Generic nouns that precede any word in a sentence ('op school Sinterklaas gevierd'): a kept phrase after them is
# that phrase, not the place's name. After the others a kept phrase is a name ('kdv Dikkie Dik, Zele').
_COMMON_TYPES = frozenset({"school", "opvang", "kinderopvang", "club", "vereniging", "winkel", "supermarkt",
                           "restaurant", "cafe", "bedrijf", "firma", "praktijk", "campus", "academie",
                           "bureau", "centrum", "kerk", "bouw"})  # fmt: skip
_QUOTES = "'’\"“”‘"
# Of those, the ones a sentence goes on after with a kept phrase and a town ('op school Sinterklaas, Gent ...').
_PLAIN_TYPES = frozenset({"school", "club", "vereniging", "winkel", "supermarkt", "restaurant", "cafe"})


@lru_cache(maxsize=50_000)
def type_placeholder(word: str) -> str | None:
    """The placeholder when a (folded) word is an institution type word, or a compound ending in one
    (Fruitbedrijf X, Tennisclub X); cached per word, as every token of every text asks."""
    types = lexicon().institution_types
    placeholder = types.get(word)
    if placeholder is None:
        placeholder = next((v for k, v in types.items() if len(k) >= 5 and word.endswith(k) and len(word) > len(k) + 2),
                           None)  # fmt: skip
    if placeholder is None and len(word) >= 7 and word.isalpha():
        placeholder = _misspelt_type(word)
    return placeholder


def _misspelt_type(word: str) -> str | None:
    """The placeholder of a trade or an institution type written as said or misspelt ('bakkerie', 'apoteek'): one
    letter from a type word of seven letters or more, with its first three, and no Dutch word (wordfreq)."""
    from rapidfuzz.distance import Levenshtein

    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if word in lex.common or word in lex.never or word in lex.first_names or word in lex.surnames:
        return None
    close = [
        v
        for k, v in lex.institution_types.items()
        if len(k) >= 7 and k[:3] == word[:3] and Levenshtein.distance(k, word, score_cutoff=1) <= 1
    ]
    return close[0] if close and zipf_frequency(word, "nl") < 1.0 else None


# A compound ending in one of these names an institution by itself: Klimopschool, Sint-Ursulacollege, a town's
# pool (Zuiderbad).
_NAME_SUFFIXES = {"school": "[school]", "college": "[school]", "instituut": "[school]", "atheneum": "[school]",
                  "lyceum": "[school]", "kliniek": "[ziekenhuis]", "ziekenhuis": "[ziekenhuis]",
                  "bad": "[organisatie]"}  # fmt: skip


@lru_cache(maxsize=20_000)
def _named_compound(word: str) -> str | None:
    """The placeholder when a capitalised word is itself a named institution (Klimopschool, Sint-Jozefscollege):
    a compound on a name suffix that is not an ordinary word (Hogeschool and Basisschool are; wordfreq)."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = fold(word)
    for suffix, placeholder in _NAME_SUFFIXES.items():
        compound = folded.endswith(suffix) and len(folded) > len(suffix) + 2
        if compound and suffix in _HEADED_SUFFIXES:
            # 'Rooigembad', not 'Babybad' or 'Voetbad'; nor a city abroad that English writes (Islamabad, Ahmedabad)
            compound = _named_head(folded[: -len(suffix)]) and zipf_frequency(folded, "en") < 1.0
        if (
            compound
            and folded not in lexicon().institution_types
            and (
                folded.startswith("sint-")
                or zipf_frequency(folded, "nl") < 1.5
                and zipf_frequency(folded.replace("-", ""), "nl") < 1.5
                or _named_head(folded[: -len(suffix)])
            )
        ):
            return placeholder
    return None


# Short suffixes that make everyday compounds as well: only a name before them makes a place's name.
_HEADED_SUFFIXES = frozenset({"bad"})
_KINDS_OF_SCHOOL = ("hoge", "basis", "kleuter", "lagere", "middelbare", "secundaire", "muziek", "kunst", "dans")


def _named_head(head: str) -> bool:
    """Whether what stands before a name suffix is a name, not a word ('Arteveldehogeschool': 'artevelde'; not
    'Basisschool', 'Zondagsschool'): a kind of school taken off, four letters or more that Dutch hardly knows."""
    from casusprep.nlp.frequency import zipf_frequency

    for kind in _KINDS_OF_SCHOOL:
        if head.endswith(kind) and len(head) > len(kind):
            head = head[: -len(kind)]
            break
    head = head.rstrip("-")
    lex = lexicon()
    return len(head) >= 4 and head.isalpha() and head not in lex.common and zipf_frequency(head, "nl") < 2.0


def _saints_and_networks(toks: list[Token], text: str) -> list[Detection]:
    """Schools and hospitals named after a saint without a type word ('naar Sint-Lodewijk', 'AZ Sint-Jan' is found
    by its type word), named compounds (Klimopschool) and network prefixes ('GO! De Kleine Prins')."""
    lex = lexicon()
    out: list[Detection] = []
    for n, t in enumerate(toks):
        placeholder = _named_compound(t.text) if t.capitalised else None
        if placeholder:
            # a saint's name on it vouches for it also in capitals ('SINT-JORISCOLLEGE')
            meta = {"named": True} if t.folded.startswith("sint-") else {}
            start = t.start
            prev = toks[n - 1] if n > 0 else None
            if prev and prev.text.startswith("Sint-") and len(prev.text) > 6 and text[prev.end : t.start] == " ":
                start = prev.start  # 'Sint-Jan Berchmanscollege': the saint's first name opens the compound's name
            out.append(Detection(start, t.end, "ORGANIZATION", 0.8, "institution", replacement=placeholder, meta=meta))
            continue
        saint = t.text.startswith(("Sint-", "Sint ")) and len(t.text) > 5 and t.text[5:6].isupper()
        if saint and _saint_and_town(toks, n, text):
            # 'op school (Sint-Maarten Aalst)': a saint with a town right after it is that town's school, also when
            # the saint is a feast the text keeps
            town = toks[n + 1]
            out.append(Detection(t.start, town.end, "ORGANIZATION", 0.75, "institution", replacement="[school]",
                                 meta={"named": True}))  # fmt: skip
            continue
        if saint and t.folded not in keep_words() and t.folded not in lex.places and not _kept_compound(t):
            end = t.end
            nxt = toks[n + 1] if n + 1 < len(toks) else None
            if nxt and nxt.capitalised and nxt.folded in _SCHOOL_LEVELS and text[t.end : nxt.start] == " ":
                end = nxt.end  # 'Sint-Jozef Basis, Geel': the school's level after the saint is part of its name
            out.append(Detection(t.start, end, "ORGANIZATION", 0.7, "institution", replacement="[school]"))
    out += _lower_saints(toks, text)
    out += _devotional(toks, text)
    for m in _NETWORK.finditer(text):
        kind = m.group(1).split()[0]
        if kind.islower() and fold(kind) in _KEPT_KINDS:
            continue  # 'GO! basisschool De Linde': the kind stays in lower case, the type word recognizer names it
        if fold(kind) in _network_services():
            # 'GO! CLB Leuven': the network's service, whose branch the service recognizer names
            out.append(Detection(m.start(1), m.end(1), "ORGANIZATION", 0.85, "institution", replacement="[school]"))
            continue
        # 'GO! Basisschool De Linde', 'het GO! atheneum Lier': the network's prefix names the school as much as the
        # name after it, and goes with it (a kind in lower case between them too)
        out.append(Detection(m.start(), m.end(1), "ORGANIZATION", 0.85, "institution", replacement="[school]"))
    named = vocabulary().named_acronyms
    for n, t in enumerate(toks):
        if t.text in named:  # 'werkt in het ZOL': one hospital, one region (as written, in capitals)
            end = t.end
            nxt = toks[n + 1] if n + 1 < len(toks) else None
            if nxt and nxt.capitalised and text[t.end : nxt.start] == " " and _ward(nxt, named[t.text]):
                end = nxt.end  # 'ZNA Kinderpsychiatrie': the hospital's ward goes with its name
            out.append(Detection(t.start, end, "ORGANIZATION", 0.75, "institution", replacement=named[t.text]))
    return out


@cache
def _devotional_names() -> re.Pattern[str]:
    names = sorted(vocabulary().devotional_names, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])", re.IGNORECASE)


_DEVOTIONAL_CUES = frozenset({"in", "op", "naar", "bij", "van", "uit"})
_DEVOTION_OF = re.compile(r"[ \t]+van[ \t]+")  # 'het Heilig Hart van Jezus': the devotion, not a house of it


def _devotional(toks: list[Token], text: str) -> list[Detection]:
    """A hospital or a school named after a devotion without a type word ('bevallen in Heilig Hart Leuven', 'dr. X
    (Heilig Hart)'): capitalised as a name, or in lower case after a preposition or an article ('werken in heilig
    hart'); a town right after it, where a clause ends, is part of the name ('Heilig Hart Leuven'); not the devotion
    itself ('het Heilig Hart van Jezus')."""
    lex = lexicon()
    out: list[Detection] = []
    by_start = {t.start: n for n, t in enumerate(toks)}
    for m in _devotional_names().finditer(text):
        n = by_start.get(m.start())
        if n is None:
            continue
        written = m.group(0)
        before = toks[n - 1].folded if n > 0 else ""
        if not written[0].isupper() and (before not in _DEVOTIONAL_CUES or not written.islower()):
            continue
        end = m.end()
        if _DEVOTION_OF.match(text, end):
            continue
        k = next((x for x in range(n, len(toks)) if toks[x].start >= end), None)
        if k is not None and text[end : toks[k].start] == " " and toks[k].capitalised:
            town = toks[k]
            if town.folded in lex.places and _TOWN_CLOSES.match(text, town.end) is not None:
                end = town.end
        out.append(Detection(m.start(), end, "ORGANIZATION", 0.75, "institution", replacement="[organisatie]",
                             meta={"named": True}))  # fmt: skip
    return out


def _ward(t: Token, placeholder: str) -> bool:
    """Whether a capitalised word after a hospital's acronym is one of its wards or campuses ('ZNA
    Kinderpsychiatrie', 'UZA Revalidatiecentrum'): a type word of a hospital's kind."""
    return placeholder == "[ziekenhuis]" and type_placeholder(t.folded) == "[ziekenhuis]"


def _saint_and_town(toks: list[Token], n: int, text: str) -> bool:
    """Whether a saint's name is followed by a town and then a clause's end ('Sint-Jozef Aalst,', '(Sint-Maarten
    Geel)'): a school or a club named after its parish, not a feast ('Sint-Maarten in Aalst')."""
    lex = lexicon()
    if n + 1 >= len(toks) or toks[n].folded in lex.places:
        return False
    town = toks[n + 1]
    if text[toks[n].end : town.start] != " " or not town.capitalised:
        return False
    if town.folded not in lex.places and not _quarter(town.folded):
        return False
    return town.folded not in lex.first_names and _TOWN_CLOSES.match(text, town.end) is not None


@lru_cache(maxsize=5_000)
def _quarter(folded: str) -> bool:
    """Whether a capitalised word after a saint may be a quarter or a hamlet the place lists lack ('Sint-Jozef
    Heikant,'): letters no list knows, that Dutch and English hardly use."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    known = (lex.common, lex.never, lex.first_names, lex.surnames, lex.roles, keep_words())
    if len(folded) < 5 or not folded.replace("-", "").isalpha() or any(folded in words for words in known):
        return False
    return zipf_frequency(folded, "nl") < 3.0 and zipf_frequency(folded, "en") < 3.0


_TOWN_CLOSES = re.compile(r"[ \t]*(?:$|[,;:)\]\n]|[.!?](?!\w)| [–—-] )")


# Levels of a school written after its name in short ('Sint-Jozef Basis', 'Sint-Ursula Lager', 'Sint-Jan Secundair').
_SCHOOL_LEVELS = frozenset({"basis", "lager", "kleuter", "secundair", "middelbaar", "humaniora"})


def _kept_compound(t: Token) -> bool:
    """A kept phrase with a hyphen and lower-case words glued to it ('Sint-Maarten-lampion', 'Sint-Niklaas-feest'):
    a feast's thing, not a school; a school's kind after the saint ('Sint-Jozef-instituut') is no such word."""
    head, _, tail = t.text.rpartition("-")
    return (
        bool(head)
        and tail.isalpha()
        and tail.islower()
        and fold(head) in keep_words()
        and not type_placeholder(fold(tail))
    )


def _lower_saints(toks: list[Token], text: str) -> list[Detection]:
    """A school named after a saint in a line typed without capitals, after 'op', 'naar', 'in' or 'van' ('zit op
    sint-jan berchmans in geel'): the saint with a surname after it; not a place (sint-niklaas) or a feast."""
    lex = lexicon()
    out: list[Detection] = []
    for i, t in enumerate(toks):
        saint = t.text.startswith("sint-") and len(t.text) > 6 and t.text[5:].isalpha()
        if not saint or i == 0 or toks[i - 1].folded not in ("op", "naar", "in", "van"):
            continue
        if t.folded in keep_words() or t.folded in lex.places or not _line_in_lower_case(text, t):
            continue
        end = t.end
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt and text[t.end : nxt.start] == " " and _saints_second_name(nxt.folded):
            end = nxt.end  # 'sint-jan berchmans'
        out.append(Detection(t.start, end, "ORGANIZATION", 0.7, "institution", replacement="[school]"))
    return out


def _saints_second_name(folded: str) -> bool:
    """Whether the word after a saint in lower case is the saint's second name ('sint-jan berchmans'): a listed
    surname or a word wordfreq hardly knows, no everyday word ('sint-jan in geel', 'sint-jozef gaat ...')."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if folded in lex.common or folded in lex.never or folded in lex.places or not folded.isalpha():
        return False
    return folded in lex.surnames or len(folded) >= 5 and zipf_frequency(folded, "nl") < 1.5


_NETWORK = re.compile(r"(?<!\w)GO!\s+((?:[a-zé]+\s+)?(?:(?:De|Het|'t|Den)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


# Kinds of school that stay in lower case before a name ('basisschool [school]'), also after a network's prefix.
_KEPT_KINDS = frozenset({"basisschool", "kleuterschool", "school", "lagere", "middelbare", "secundaire"})


@cache
def _network_services() -> frozenset[str]:
    """First words after 'GO!' that name a public service of the network, not a school ('GO! CLB ...')."""
    return frozenset(w for phrase in folded_words("branch_services") for w in phrase.split() if len(w) >= 3)


@cache
def _whole_regions() -> frozenset[str]:
    """The communities and countries a service may serve whole (vocabulary ``whole_regions``), folded: a service
    named by one says nothing of where a family lives."""
    return folded_words("whole_regions")


@cache
def keep_words() -> frozenset[str]:
    return folded_words("keep")


# Kinds of childcare and schools: 'BKO De Kikkers', 'KDV X', 'Basisschool Y' name the kind of place in front of
# its name; the kind stays in the text, as it does in lower case ('basisschool [school]').
_GENERIC_TYPES = frozenset({"[kinderdagverblijf]", "[kinderopvang]", "[school]"})


_ELIDED = ("l'", "l’", "d'", "d’")


def _unelided(t: Token) -> Token:
    """A type word with a French article elided onto it ("l'Hôpital", "d'École", "l'école") read without the
    article: the word tokens keep the apostrophe's parts together."""
    if t.text[:2].lower() not in _ELIDED or len(t.text) < 5 or not t.text[2].isalpha():
        return t
    rest = t.text[2:]
    if type_placeholder(fold(rest)) is None:
        return t
    return Token(rest, t.start + 2, t.end, fold(rest), False)


def find(toks: list[Token], text: str) -> list[Detection]:
    lex = lexicon()
    toks = [_unelided(t) for t in toks]
    out: list[Detection] = _saints_and_networks(toks, text)
    for i, t in enumerate(toks):
        placeholder = type_placeholder(t.folded)
        if placeholder is None:
            continue
        if t.folded in _CAPITALS_ONLY and not t.text.isupper():
            continue  # 'bv' in lower case is 'bijvoorbeeld', 'car' English
        if t.folded in _SUFFIX_TYPES and i > 0:
            # 'Het Nestje vzw': the name stands before the legal form.
            k = i - 1
            while (
                k >= 0
                and toks[k].capitalised
                and toks[k].folded not in lex.never
                and toks[k].folded not in lex.roles
                and toks[k].folded not in ("het", "de")
                and text[toks[k].end : toks[k + 1].start] in (" ", " & ")
            ):
                k -= 1
            while k >= 0 and toks[k].folded in _ARTICLES and toks[k].capitalised:
                k -= 1
            if k < i - 1 and (_own_name(toks[k + 1 : i]) or _opened_name(toks[k + 1 : i])):
                out.append(
                    Detection(
                        toks[k + 1].start,
                        t.end,
                        "ORGANIZATION",
                        0.85,
                        "institution",
                        replacement=placeholder,
                        meta=_holding_name(toks[k + 1 : i]),
                    )  # fmt: skip
                )
                continue
            legal = _legal_name_after(toks, i, text) if t.folded == "vzw" else None
            if legal is not None:
                # 'vzw Kinderopvang Zonnestraal': a non-profit whose legal name opens with its kind; all of it goes
                out.append(Detection(t.start, toks[legal - 1].end, "ORGANIZATION", 0.85, "institution",
                                     replacement="[organisatie]", meta={"named": True}))  # fmt: skip
                continue
            if t.folded != "vzw" or i + 1 < len(toks) and type_placeholder(toks[i + 1].folded):
                continue  # 'vzw Kinderkansen': the legal form of a non-profit also opens its name (not its kind's)
        if _surname_firm(toks, i, text, placeholder):
            # 'Vanhout Transport', 'bij peeters dakwerken': a surname before a trade names the firm
            firm_end = _with_company_form(toks, i + 1, text, t.end)
            out.append(
                Detection(toks[i - 1].start, firm_end, "ORGANIZATION", 0.8, "institution", replacement=placeholder,
                          meta={"holds_name": True})
            )  # fmt: skip
            continue
        if t.text.islower():
            # after 'school' or 'opvang' a sentence goes on with any word: only a name opened by an article, ended
            # where a name ends ('zit op school de zonnebloem in merelbeke', 'van de opvang de blauwe walvis.')
            common = t.folded in _COMMON_TYPES
            lower_end = _lower_name(toks, i, text, opened_only=common)
            if lower_end is None and not common:
                lower_end = _lower_placed_name(toks, i, text)
            if lower_end is not None:
                # 'mama ligt in az monica deurne', 'naar bko 't kasteeltje.' in a line typed without capitals
                name_start, name_end = toks[i + 1].start, toks[lower_end - 1].end
                if len(t.folded) <= 3 and placeholder not in _GENERIC_TYPES:
                    name_start = t.start  # 'az monica': as in capitals, the acronym is part of the hospital's name
                while name_start > 0 and text[name_start - 1] in _QUOTES:
                    name_start -= 1
                out.append(Detection(name_start, name_end, "ORGANIZATION", 0.7, "institution", replacement=placeholder))
                continue
        j, start, loose, bracket, apposed = i + 1, None, False, False, False
        while j < len(toks):
            nt = toks[j]
            gap = text[toks[j - 1].end : nt.start]
            if j == i + 1 and gap == " " and t.folded in _FRENCH_TYPES and _french_adjective(toks, j):
                j += 1  # 'la crèche néerlandophone Het X', "l'école communale Les Y": the kind's adjective
                continue
            if j == i + 1 and _OPEN_BRACKET.fullmatch(gap) and _bracketed_name(toks, j):
                bracket = True  # 'de opvang ('t Kabouterhuis)': the name in brackets after its kind
            elif j == i + 1 and gap == ": " and _label_at_line_start(toks, i, text) and _apposed(toks[j]):
                apposed = True  # 'Kinderdagverblijf: Bollebozen, Hoevenstraat 3': a form's field and its name
            elif j == i + 1 and gap == ", " and t.text.islower() and _apposed(toks[j]):
                apposed = True  # 'een bloemenzaak, Bloem & Zo, aan de markt': the name set off by commas
            elif len(gap) > 3 or any(c in gap for c in ",.;:!?()|\n"):
                break
            dash = any(c in gap for c in "–—") or gap.strip() == "-"
            if start is not None and dash and (not nt.capitalised or _address_after(nt, text)):
                break  # a dash after the name parts it from an address, a place or a group ('X – de Kikkers')
            going_on = j + 1 < len(toks) and text[nt.end : toks[j + 1].start] == " " and toks[j + 1].text.islower()
            if start is not None and dash and going_on:
                break  # 'IBO X Mol - Nieuws uit ...': a heading goes on after the dash, not the name
            if "/" in gap and (start is None or not nt.capitalised or type_placeholder(nt.folded)):
                break  # 'ÉCOLE X / GEMEENTESCHOOL Y': two kinds; 'Les Petits Pas / De Kleine Stapjes' goes on
            if apposed and start is not None and nt.capitalised and gap in (" ", " & "):
                j += 1  # set off by commas, every capitalised word up to the comma is the name's ('Bloem & Zo')
                continue
            article = nt.folded in _ARTICLES or nt.text.startswith(("'", "’"))
            # 'Garage Van Gorp', 'Advocatenkantoor Van Hecke': a firm's family name opened by its particle
            article = article or start is None and gap == " " and _family_particle(toks, j, text, placeholder)
            # 'Hôpital Universitaire des Enfants', 'Instituut voor Tropische Geneeskunde': a small word between two
            # capitalised words of a name begun goes on it
            article = article or (
                (start is not None or t.folded in _FRENCH_TYPES and nt.folded in _FRENCH_INNER)
                and nt.folded in _INNER
                and gap == " "
                and j + 1 < len(toks)
                and toks[j + 1].capitalised
                and text[nt.end : toks[j + 1].start] == " "
                and (nt.folded != "en" or _joined_by_and(toks[j + 1]))
            )
            # A word the lists call never personal opens a name only after a specific type word and where a name
            # ends ('interimkantoor Randstad in Gent'), or goes on one already begun ('De Kleine Kapoen').
            opens = (
                start is None
                and t.folded not in _COMMON_TYPES
                and nt.folded not in lex.common
                and type_placeholder(nt.folded) is None  # 'KDV – KLEUTERSCHOOL': two kinds, no name
            )
            # a capitalised word that ends a name begun is its last word, ordinary or not ('De Kleine Mijn, Genk')
            last = start is not None and gap == " " and _NAME_END.match(text, nt.end) is not None
            named = nt.folded not in lex.never or opens or _inner_word(toks, j, start, text) or last
            if article or nt.capitalised and named:
                loose = loose or start is None and not article and nt.folded in lex.never
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
        end = _with_company_form(toks, j, text, end)
        if bracket and text[end : end + 1] != ")" or apposed and not _APPOSITION_END.match(text, end):
            continue
        names = lex.first_names, lex.surnames
        if apposed and all(any(toks[k].folded in n for n in names) for k in range(i + 1, j)):
            continue  # 'in de opvang, Sara, ...': a person addressed or named
        service_named = text[t.start : end].casefold() in lex.services  # 'Centrum Geestelijke Gezondheidszorg'
        ends = _name_ends(text, end) or t.folded not in _PLAIN_TYPES and _place_after(text, end)
        if text[start:end].casefold() in lex.services or service_named or loose and not ends:
            continue
        if fold(text[t.start : end]) in keep_words():
            continue  # 'Vluchtelingenwerk Vlaanderen': a kept phrase whole
        if fold(text[start:end]) in _whole_regions() and t.folded in lex.services:
            continue  # 'Pleegzorg Vlaanderen': a public service of all of Flanders
        meta = _holding_name(toks[i + 1 : j])
        if all(type_placeholder(toks[k].folded) for k in range(i + 1, j)):
            continue  # 'KDV – KLEUTERSCHOOL': kinds, no name
        words = [toks[k].folded for k in range(i + 1, j) if toks[k].folded not in _ARTICLES]
        kept_town = len(words) >= 2 and words[0] in keep_words() and all(w in lex.places for w in words[1:])
        if kept_town and placeholder not in _GENERIC_TYPES:
            continue  # 'opvangcentrum Fedasil Lommel': a kept agency and its branch's town (the place goes alone)
        agency = _kept_opening(toks, i + 1, j)
        if agency is not None:
            # 'opvangcentrum Rode Kruis Ter Heide': a kept agency runs the place, whose own name follows it
            out.append(Detection(toks[agency].start, toks[j - 1].end, "ORGANIZATION", 0.85, "institution",
                                 replacement=placeholder, meta={"named": True}))  # fmt: skip
            continue
        kept_name = " ".join(toks[k].folded for k in range(i + 1, j)) in keep_words()
        # A kept phrase after a kind of place, then its town ('kinderopvang Roodkapje, Gentbrugge', 'crèche Nijntje
        # op de Kouterstraat'): the place's name, however ordinary the phrase is elsewhere.
        # Only a childcare place or a school is named after a kept character; after another kind a kept phrase is
        # the agency that runs it ('opvangcentrum Rode Kruis in Lint').
        kept_name = kept_name and placeholder in _GENERIC_TYPES
        placed = kept_name and t.folded not in _PLAIN_TYPES and _place_after(text, end)
        if t.folded in _SUFFIX_TYPES or kept_name and t.folded not in _COMMON_TYPES and _name_ends(text, end) or placed:
            meta["named"] = True  # 'kdv Klein Duimpje, Mechelen': a kept phrase is this place's name here
        if apposed:
            meta["named"] = True  # set off after its kind by commas or a form's colon: the kind vouches for it
        if placeholder in _GENERIC_TYPES and _kept_then_town(toks, i + 1, j):
            meta["named"] = True  # 'kdv Nijntje Temse': a kept character and its town name this place
        one = j == i + 2 and toks[i + 1].capitalised and toks[i + 1].folded not in lex.never
        if one and t.folded not in _COMMON_TYPES and _name_ends(text, end):
            meta["named"] = True  # 'KDV Kinderhof, Genk': one word right after a kind of place, where a name ends
        header = (
            t.text.isupper()
            and (t.folded not in _COMMON_TYPES or _place_after(text, end))  # 'KINDEROPVANG DE X – LIER' too
            and text[t.end : toks[i + 1].start].rstrip(_QUOTES) == " "
        )
        if header and text[start:end].isupper():
            # 'KDV HET ROZENHOF – LOKEREN': a header in capitals; the type word vouches for its name, ordinary words
            # in capitals or not
            meta["named"] = True
        # 'Dienst Onthaalouders Westhoek', 'mijn dienst Kinderopvang Zennevallei': after 'dienst' a capitalised kind
        # of childcare and its name are the organiser's whole name, 'Dienst' too when capitalised
        service = i > 0 and toks[i - 1].folded == "dienst" and text[toks[i - 1].end : t.start] == " "
        organiser = service and t.capitalised and placeholder in ("[organisatie]", "[kinderopvang]")
        if organiser:
            start = toks[i - 1].start if toks[i - 1].capitalised else t.start
            placeholder = "[organisatie]"
            meta["named"] = True  # the service's word vouches for the kind in capitals as part of a name
        elif service and placeholder == "[organisatie]":
            pass
        elif (
            t.capitalised
            and (not t.sentence_start or _opens_its_name(t, toks[i + 1], text, placeholder))
            or t.text.isupper()
        ) and placeholder not in _GENERIC_TYPES:
            start = t.start  # 'Bakkerij De Wolf', 'KFC X': the capitalised type word is part of the name
            if i > 0 and t.capitalised and _qualifier(toks[i - 1], text[toks[i - 1].end : t.start]):
                start = toks[i - 1].start  # 'Medisch Centrum X', 'Universitair Ziekenhuis X': its adjective too
        elif t.capitalised and not t.text.isupper() and _area(toks[i + 1]):
            # 'Kinderopvang Zuidrand', 'Basisschool Ekeren': named by its area, the kind is part of the name; a
            # childcare one so named is the organiser of many (its dienst voor onthaalouders), an organisation
            start = t.start
            placeholder = "[organisatie]" if placeholder == "[kinderopvang]" else placeholder
        out.append(Detection(start, end, "ORGANIZATION", 0.85, "institution", replacement=placeholder, meta=meta))
    return out


# Legal forms of a company: after a firm's name they are part of it ('Transport X bv', 'Bakkerij Y BVBA'); a
# non-profit's 'vzw' is written inside its name as often as after it, and stays with the rule above.
_COMPANY_FORMS = frozenset({"bv", "nv", "bvba", "cvba", "vof", "srl", "sprl"})


def _with_company_form(toks: list[Token], j: int, text: str, end: int) -> int:
    """The end of a firm's name with the legal form written right after it ('chauffeur bij Transport X bv in Y'):
    the form goes with the name, as a register writes it; ``end`` when none follows."""
    if j >= len(toks) or text[end : toks[j].start] != " " or toks[j].folded not in _COMPANY_FORMS:
        return end
    form = toks[j]
    closes = _NAME_END.match(text, form.end) is not None or form.end == len(text)
    return form.end if (form.text.islower() or form.text.isupper()) and closes else end


_FRENCH_ADJECTIVE_ENDINGS = ("phone", "ale", "elle", "aire", "ique", "ienne", "ise")


def _french_adjective(toks: list[Token], j: int) -> bool:
    """Whether toks[j] is a French adjective in lower case after a French type word, a capitalised name after it
    ('crèche néerlandophone Het Molentje', 'école communale Les Tilleuls', 'clinique pédiatrique Sainte-Anne')."""
    nt = toks[j]
    after = toks[j + 1] if j + 1 < len(toks) else None
    adjective = nt.text.islower() and nt.folded.endswith(_FRENCH_ADJECTIVE_ENDINGS)
    return adjective and after is not None and after.capitalised


_APPOSITION_END = re.compile(r",\s|\)| \(|\s*$|\s*\n| – ")


_QUALIFIER_ENDINGS = ("isch", "ische", "air", "aire", "eel", "ele", "ief", "ieve", "aal", "ale", "lijk", "lijke",
                      "se", "sche", "ende")  # fmt: skip


def _qualifier(before: Token, gap: str) -> bool:
    """Whether a capitalised adjective stands right before a capitalised type word as the first word of the name
    ('Medisch Centrum', 'Psychiatrisch Centrum', 'Universitair Ziekenhuis', a town's 'Brugse Bouw')."""
    word = before.folded
    # a town's adjective in -s ('Brussels Onthaalbureau'), as 'Brugse' is in -se
    town = word.endswith("s") and word[:-1] in lexicon().places
    adjective = len(word) >= 5 and word.endswith(_QUALIFIER_ENDINGS) or town
    return gap == " " and before.capitalised and adjective


def _kept_opening(toks: list[Token], first: int, end: int) -> int | None:
    """The index after a kept phrase of two words or more that opens a longer name ('Rode Kruis Ter Heide'), when
    a capitalised word follows it; None when the name does not open so."""
    keep = keep_words()
    for k in range(end - 1, first + 1, -1):
        if " ".join(toks[m].folded for m in range(first, k)) in keep and toks[k].capitalised:
            return k
    return None


def _opens_its_name(t: Token, first: Token, text: str, placeholder: str) -> bool:
    """Whether a trade, a club or a hospital opening a sentence or a form's field, its name right after it, is its
    name's first word too ('Juridisch: Advocatenkantoor X', 'Vrije tijd: Chiro X'); a practice's kind opening a
    letterhead's line stays ('Logopediepraktijk X'), as a practice's letterhead writes its kind."""
    letterhead = placeholder == "[praktijk]" and not text[text.rfind("\n", 0, t.start) + 1 : t.start].strip()
    # 'Aan: Vertrouwenscentrum X': a public service's word stays
    kept = t.folded in lexicon().services or t.folded in folded_words("branch_services")
    return not letterhead and not kept and text[t.end : first.start] == " "


def _kind_in_legal_name(kind: Token, gap: str) -> bool:
    """Whether a capitalised kind of childcare or school right after 'vzw' opens its legal name ('vzw Kinderopvang
    X'); before a name and 'vzw' the kind stays ('KDV De X vzw'), as the name's own kind."""
    return gap == " " and (kind.capitalised or kind.text.isupper()) and kind.folded in folded_words("legal_name_kinds")


def _legal_name_after(toks: list[Token], i: int, text: str) -> int | None:
    """The index after a non-profit's legal name that opens with a kind of childcare or school right after 'vzw'
    ('vzw Kinderopvang Zonnestraal', 'VZW KINDEROPVANG DE X'): the kind capitalised, then up to four capitalised
    words or articles; None when no name follows the kind."""
    if i + 2 >= len(toks) or not _kind_in_legal_name(toks[i + 1], text[toks[i].end : toks[i + 1].start]):
        return None
    lex = lexicon()
    j = i + 2
    while j < len(toks) and j < i + 6 and text[toks[j - 1].end : toks[j].start] == " ":
        w = toks[j]
        if not (w.capitalised or w.text.isupper()) or w.folded in lex.roles or type_placeholder(w.folded):
            break
        j += 1
    named = [toks[k] for k in range(i + 2, j) if toks[k].folded not in _ARTICLES]
    return j if named else None


def _kept_then_town(toks: list[Token], first: int, end: int) -> bool:
    """Whether the capitalised words of a name are a kept phrase and then a town ('Nijntje Temse', 'Bumba
    Sint-Amands'): a childcare place named after a character, told from others of that name by its town."""
    keep = keep_words()
    places = lexicon().places
    for k in range(first + 1, end):
        if " ".join(toks[m].folded for m in range(first, k)) not in keep:
            continue
        return all(toks[m].capitalised and toks[m].folded in places for m in range(k, end))
    return False


def _family_particle(toks: list[Token], j: int, text: str, placeholder: str) -> bool:
    """Whether a capitalised particle right after a trade opens the family name of the firm ('Garage Van Gorp',
    'Bakkerij El Amrani'): a capitalised word no list calls common follows it, within the name."""
    if placeholder != "[bedrijf]" or toks[j].folded not in _NAME_PARTICLES or not toks[j].text[:1].isupper():
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or text[toks[j].end : nxt.start] != " " or not nxt.capitalised:
        return False
    lex = lexicon()
    return nxt.folded not in lex.common and nxt.folded not in lex.never


def _label_at_line_start(toks: list[Token], i: int, text: str) -> bool:
    """Whether the type word at toks[i] opens its line as a form's label ('School: X', 'Kinderdagverblijf: X')."""
    t = toks[i]
    line_start = text.rfind("\n", 0, t.start) + 1
    return t.capitalised and not text[line_start : t.start].strip(" \t-•*")


def _apposed(first: Token) -> bool:
    """Whether a capitalised word after a type word and a comma can open the place's name: no place, role or word
    the lists call never personal ('de school, Gent ...', 'de opvang, Mama zei ...'); a person's name alone is
    weighed once the name is read."""
    lex = lexicon()
    f = first.folded
    if f in ("de", "het", "den", "t"):
        return first.capitalised  # 'School: De Wegwijzer'
    return first.capitalised and not any(f in words for words in (lex.places, lex.roles, lex.never))


def _surname_firm(toks: list[Token], i: int, text: str, placeholder: str) -> bool:
    """Whether a listed surname stands right before a trade ('Vanhout Transport', 'Dewulf Dakwerken'), both
    capitalised or both in lower case, and the trade ends the name (not 'Vanhout Transport De Wolf')."""
    if placeholder != "[bedrijf]" or i == 0 or toks[i].folded in _COMMON_TYPES:
        return False
    prev, t = toks[i - 1], toks[i]
    if text[prev.end : t.start] != " " or prev.capitalised != t.capitalised or t.text.isupper():
        return False
    lex = lexicon()
    surname = prev.folded in lex.surnames and prev.folded not in lex.common and prev.folded not in lex.never
    # the name goes on after the trade ('Vanhout Transport De Wolf', 'Verstraete Bouw & Co': the firm's own name)
    following = i + 1 < len(toks) and text[t.end : toks[i + 1].start] in (" ", " & ", "&") and toks[i + 1].capitalised
    return surname and not following and (t.capitalised or t.text.islower() and _line_in_lower_case(text, t))


_LOWER_REACH = 120  # characters on either side of a word in a long line typed or transcribed without capitals
_TITLE_CASE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")


def _line_in_lower_case(text: str, t: Token) -> bool:
    """Whether the word stands where the writer typed without capitals: its whole line, or, in a long line (a
    dictated transcript of a whole page), every word within reach of it; an acronym in capitals is no capital of a
    sentence ('... met SP gesproken ...')."""
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    line_end = line_end if line_end >= 0 else len(text)
    if not any(c.isupper() for c in text[line_start:line_end]):
        return True
    if line_end - line_start < 3 * _LOWER_REACH:
        return False
    window = text[max(line_start, t.start - _LOWER_REACH) : min(line_end, t.end + _LOWER_REACH)]
    return _TITLE_CASE.search(window) is None


_LOWER_ARTICLES = frozenset({"de", "het", "t", "den"})
_LOWER_END = re.compile(r"\s*(?:$|[,.;:!?)\n]|(?:in|te|uit|sinds|op)\s)")
# Where a name opened by an article ends for sure: the sentence's end, or a place after 'in' ('... in merelbeke').
_LOWER_STRONG_END = re.compile(r"\s*(?:$|[.;:!?)\n]|,\s|(?:in|te)\s+[a-zà-ÿ])")
# Firms named after a family go on with their sons or partners ('garage peeters en zonen', 'maes & co').
_FAMILY_TAILS = frozenset({"zonen", "zoon", "dochters", "co", "partners"})
# Particles inside a family's name ('el amrani', 'van damme'); not 'in', 'op' or an article, which go on the sentence.
_NAME_PARTICLES = PARTICLES - {"in", "op", "de", "het", "t", "'t"}
_FREQUENT = 5.0  # zipf of the words a sentence goes on with after a name ('is', 'dat', 'heeft', 'geweest')


def _lower_name(toks: list[Token], i: int, text: str, opened_only: bool = False) -> int | None:
    """The index after a name typed in lower case right after a type word typed so, in a line without any capital
    (a hurried message): up to three words closed where a name ends, its last word a name, a place or a word
    wordfreq hardly knows ('az monica deurne', "bko 't kasteeltje", 'kdv de kleine olifant,'); None when not.

    A name ends before a word a sentence goes on with ('in az klina is geweest'), a role ('basisschool sint-jan
    berchmans juf els') or the line's end. A saint's or a double name keeps its hyphen ('az sint-augustinus'), a
    family's name its particle ('garage el amrani') and its sons ('en zonen'). Opened by an article (``opened_only``
    asks one), the name may hold everyday words ('de blauwe walvis') when its last word is rarer and it ends for sure.
    """
    from casusprep.nlp.frequency import zipf_frequency

    if not _line_in_lower_case(text, toks[i]):
        return None
    lex = lexicon()

    def named(w: str) -> bool:  # a name that is no everyday word ('monica', not 'dag')
        listed = w in lex.first_names or w in lex.surnames or w in lex.places
        return listed and w not in lex.common and zipf_frequency(w, "nl") < 4.5

    def rare(w: str, limit: float = 3.0) -> bool:
        if "-" in w:  # 'sint-augustinus', 'halle-vilvoorde': a saint's or a place's double name
            parts = w.split("-")
            return all(parts) and (parts[0] == "sint" or all(named(p) or rare(p, limit) for p in parts))
        return w not in lex.common and w not in lex.never and zipf_frequency(w, "nl") < limit

    def ends(j: int) -> bool:  # the sentence goes on after toks[j] as it does after a name
        if _LOWER_END.match(text, toks[j].end):
            return True
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is None or text[toks[j].end : nxt.start] != " " or nxt.folded in _FAMILY_TAILS:
            return False
        frequent = nxt.folded not in _NAME_PARTICLES and zipf_frequency(nxt.folded, "nl") >= _FREQUENT
        return nxt.folded in lex.roles or frequent

    opened = i + 1 < len(toks) and toks[i + 1].folded in _LOWER_ARTICLES
    if opened_only and not opened:
        return None
    best = None
    everyday = False
    for j in range(i + 1, min(i + 5, len(toks))):
        word = toks[j]
        alpha = word.text.replace("-", "").isalpha()
        if not alpha and word.folded != "t" or text[toks[j - 1].end : word.start].strip(" '’&"):
            break
        if word.folded in lex.roles or type_placeholder(word.folded):
            break
        if j == i + 1 and word.folded in _LOWER_ARTICLES:
            continue
        if best is not None and (word.folded == "en" or word.folded in _FAMILY_TAILS):
            if word.folded in _FAMILY_TAILS:
                best = j + 1  # 'ribeiro en zonen'
            continue
        if word.folded in _NAME_PARTICLES and j + 1 < len(toks):
            continue  # 'garage el amrani', 'bakkerij van damme'
        if named(word.folded) or rare(word.folded):
            if ends(j):
                best = j + 1
            continue
        if opened and rare(word.folded, 4.0):
            if _LOWER_STRONG_END.match(text, word.end) and (best is None or everyday):
                best = j + 1  # 'bko de vlieger in borght', 'de opvang de kleine reus.'
            continue
        if opened and best is None and j + 1 < len(toks) and (not opened_only or j == i + 2):
            everyday = True  # 'de kleine ...': an everyday word of the name before a rarer one
            continue
        break  # 'transport in genk': the name stops at a word of the sentence
    if opened_only and best is not None and not _LOWER_STRONG_END.match(text, toks[best - 1].end):
        return None
    return best


_LOWER_OPENERS = frozenset({"de", "het", "t", "den", "ter", "ten", "les", "la", "le", "l"})
_LOWER_PLACE_AFTER = re.compile(
    r"[ \t]*\([ \t]*([^\W\d_][\w'’-]+)|,[ \t]*[1-9]\d{3}[ \t]+([^\W\d_][\w'’-]+)"
    r"|[ \t]+(?:à|in|te)[ \t]+([^\W\d_][\w'’-]+)"
)


def _lower_placed_name(toks: list[Token], i: int, text: str) -> int | None:
    """The index after a name in lower case opened by an article, right after a type word in lower case and
    before its town ('vbs ter duinen (koksijde)', 'kdv les petits pingouins, 1080 molenbeek', "l'école les
    tournesols à schaerbeek"), in a line that has capitals elsewhere; None when not."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if i + 2 >= len(toks) or toks[i + 1].folded not in _LOWER_OPENERS or not toks[i + 1].text.islower():
        return None
    for j in range(i + 2, min(i + 5, len(toks))):
        word = toks[j]
        gap = text[toks[j - 1].end : word.start]
        if gap.strip(" '’") or not word.text.islower() or not word.text.isalpha():
            return None
        if word.folded in lex.roles or type_placeholder(word.folded):
            return None
        m = _LOWER_PLACE_AFTER.match(text, word.end)
        if m is None:
            continue
        # a name's words, not a sentence's ('kdv de hele dag, 9000 gent'): one of them hardly an everyday word
        rare = any(zipf_frequency(toks[k].folded, "nl") < 4.0 for k in range(i + 2, j + 1))
        town = m.group(2) is not None or fold(next(g for g in m.groups() if g)) in lex.places
        return j + 1 if rare and town else None
    return None


_COMPASS = re.compile(r"(?:noord|zuid|oost|west|midden|mid)[a-z-]{3,}|stad|regio")


def _area(first: Token) -> bool:
    """Whether a name after a kind of childcare or school starts with the area it serves ('Kinderopvang Zuidrand',
    'Kinderopvang Stad Gent', 'Basisschool Ekeren'): then the kind is part of the organiser's name."""
    lex = lexicon()
    regions = folded_words("regions")
    area = first.folded in lex.places or first.folded in regions or _COMPASS.fullmatch(first.folded) is not None
    return first.capitalised and area


_OPEN_BRACKET = re.compile(r" ?\([\"“'’‘]?")


def _bracketed_name(toks: list[Token], j: int) -> bool:
    """Whether a name in brackets starts at toks[j] with a capitalised article ('(De Linde)', "('t Nest)"): a word
    in brackets after a type word is as often the group, the town or a remark ('(de Vlinders)', '(Gent)')."""
    return toks[j].text in ("De", "Het", "Den", "t", "T") and j + 1 < len(toks) and toks[j + 1].capitalised


_CLAUSE_END = re.compile(r"[,;\n(–—]| - ")


def _address_after(nt: Token, text: str) -> bool:
    """Whether what follows a dash after a name is an address or a place ('– Kouterstraat 8', '– Gent'), not the
    name going on in another language ('Little Stars – Kleine Sterren')."""
    m = _CLAUSE_END.search(text, nt.start, nt.start + 80)
    clause = text[nt.start : m.start() if m else nt.start + 80]
    lex = lexicon()
    one_place = nt.folded in lex.places and clause.strip() == nt.text  # '– Gent', not '– Blije Voetjes'
    return any(c.isdigit() for c in clause) or one_place or nt.folded in lex.streets


def _own_name(name: list[Token]) -> bool:
    """Whether the capitalised words before a legal form are a name ('Benali Bouw BV', 'Het Nestje vzw'), not
    articles or ordinary words that end up before initials in capitals ('Opmerking NV:', 'Actie BV')."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    words = [t.folded for t in name if t.folded not in _ARTICLES]
    listed = (lex.places, lex.surnames, lex.first_names)
    return any(
        w not in lex.common and (zipf_frequency(w, "nl") < 4.0 or any(w in names for names in listed)) for w in words
    )


def _joined_by_and(after: Token) -> bool:
    """Whether the capitalised word after 'en' in a name goes on that name ('Maas en Kempen', 'Peeters en Zonen'),
    not another name or another kind of place ('BKO X en KDV Y', 'De Linde en Het Anker')."""
    return after.folded not in _ARTICLES and type_placeholder(after.folded) is None and not after.text.isupper()


def _opened_name(name: list[Token]) -> bool:
    """Whether the words before a legal form are a name opened by a capitalised article and a capitalised word
    ('De Schakel vzw', "'t Hofke vzw"): ordinary words so opened before 'vzw' are a non-profit's own name."""
    return len(name) >= 2 and name[0].text in ("De", "Het", "t", "Den") and name[1].capitalised


def _inner_word(toks: list[Token], j: int, start: int | None, text: str) -> bool:
    """A capitalised word the lists call never personal that goes on a name already begun ('De Kleine Kapoen'):
    not a function word, right after the name's previous word."""
    nt = toks[j]
    return start is not None and nt.folded not in lexicon().common and text[toks[j - 1].end : nt.start] in (" ", " & ")


_PLACE_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+(?:in|te)[ \t]+|[ \t]*\([ \t]*|[ \t]+[–—-][ \t]+)([A-Z][\w'’-]+)")
_STREET_AFTER = re.compile(
    r"[ \t]+(?:op|in|aan)[ \t]+(?:de|het)[ \t]+[A-Z][\w'’-]*(?:straat|laan|weg|baan|plein|lei)\b"
)


def _place_after(text: str, end: int) -> bool:
    """Whether a town follows a name ('..., Gentbrugge', '... in Lier', '... (Zele)', '... – Lier') or its street
    does ('... op de Kouterstraat'): then what stands before it after a kind of place is that place's own name."""
    m = _PLACE_AFTER.match(text, end)
    if m and fold(m.group(1)) in lexicon().places:
        return True
    return _STREET_AFTER.match(text, end) is not None


_NAME_END = re.compile(r"\s*(?:$|[,.;:)\]\n]|(?:in|te|uit|aan)\s+[A-Z])")


def _name_ends(text: str, end: int) -> bool:
    """Whether the sentence goes on after ``end`` as it does after a name ('kdv Dikkie Dik, Zele', '... in Geel'),
    not with a verb or an object ('op school Sinterklaas gevierd')."""
    return _NAME_END.match(text, end) is not None


def _holding_name(name: list[Token]) -> dict:
    """Whether an institution's name of more than one word holds a person's name with a word that is no name
    ('kapsalon Ayşe Style', 'Benali Bouw BV'): then the whole name is the institution, not the person in it."""
    lex = lexicon()
    words = [t.folded for t in name if t.folded not in _ARTICLES]
    if not 2 <= len(words) <= 4 or any(w in lex.streets or w in lex.places for w in words):
        return {}
    names = [w for w in words if w in lex.first_names or w in lex.surnames]
    other = [w for w in words if w not in lex.first_names and w not in lex.surnames]
    return {"holds_name": True} if names and other else {}


_OPENING_ARTICLES = ("De ", "Het ", "'t ", "’t ", "Den ", "DE ", "HET ", "'T ", "’T ", "DEN ")


def again(text: str, found: list[Detection]) -> list[Detection]:
    """A place's name its type word vouched for, elsewhere in the same note without it ('kdv Het Rozenhof' ... a
    signature 'Het Rozenhof, Dorpsstraat 3', a list 'Casus X (Het Rozenhof)'): the same name, the same place. Only
    names opened by a capitalised article and a capitalised word (not 'de Vlinders', a group) or written so in
    capitals, and none in the plural; a brand or a service kept in ordinary use is never taken from where it was
    someone's workplace."""
    keep = keep_words()
    names: dict[str, str] = {}
    owned: dict[str, str] = {}
    for d in found:
        if d.recognizer != "institution" or d.entity_type != "ORGANIZATION" or not d.replacement:
            continue
        own = d.meta.get("own_name", "")
        if len(own.split()) >= 2 and fold(own) not in keep:
            owned[own] = d.replacement  # 'Kids Planet Mechelen' found: 'Kids Planet' alone is that organisation
        name = text[d.start : d.end].strip(_QUOTES)
        words = name.split()
        if not name.startswith(_OPENING_ARTICLES) or not 2 <= len(words) <= 4 or not words[1][:1].isupper():
            continue
        if fold(words[-1]).endswith("s"):
            continue  # 'De Vlinders': as often the name of a group as of the place
        if fold(name) in keep or fold(" ".join(words[1:])) in keep:
            continue
        if names.get(name) in (None, "[organisatie]"):
            names[name] = d.replacement  # a mention after its type word says the kind ('[kinderdagverblijf]')
        names.setdefault(name.upper(), d.replacement)
    out: list[Detection] = []
    for name, placeholder in names.items():
        for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w'’-])", text):
            # a context's guess at the same span ('(Het Rozenhof)' as an organisation) takes the type word's kind
            taken = [d for d in found if d.start < m.end() and m.start() < d.end]
            guess = all((d.start, d.end) == m.span() and d.recognizer == "institution" for d in taken)
            if not taken or guess and all(d.replacement != placeholder for d in taken):
                out.append(Detection(m.start(), m.end(), "ORGANIZATION", 0.9, "institution", replacement=placeholder))
    for name, placeholder in owned.items():
        for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w'’-])", text):
            # a guess at a person inside it gives way ('Kids [persoon]'), a registered name or a wider span not
            inside = all(
                m.start() <= d.start and d.end <= m.end() and d.recognizer != "registered_persons"
                for d in found
                if d.start < m.end() and m.start() < d.end
            )
            if inside:
                out.append(Detection(m.start(), m.end(), "ORGANIZATION", 0.8, "institution", replacement=placeholder))
    return out
