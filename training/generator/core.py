"""Compose generated case notes with gold spans.

A note is built as a list of segments: plain strings and ``(label, surface)`` tuples. Style transforms
(lower-casing, typos) act per segment, so span offsets are computed only at the end and are always exact.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import frames as F
from . import names as N

Segment = str | tuple[str, str]
SLOT = re.compile(r"\{([A-Z0-9]+)\}")
PERSON_SLOTS = {"K", "K2", "SIB", "MA", "PA", "PARTNER", "OMA", "COL", "COL2", "COACH", "JUF", "BUUR", "DOC", "SW", "X"}


@dataclass
class Person:
    first: str
    last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Note:
    text: str
    spans: list[dict]
    style: str
    frames: list[str] = field(default_factory=list)


def _person(rng: random.Random, last: str | None = None) -> Person:
    return Person(N.first_name(rng), last or N.surname(rng))


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.35:
        return word[:i] + word[i + 1 :]
    if op < 0.65:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op < 0.85:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeioulnrst") + word[i + 1 :]


def _date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025, 2026])
    wd = rng.choice(F.WEEKDAYS[:7])
    forms = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}",
        f"{d}-{m}-{y % 100:02d}",
        f"{d} {F.MONTHS[m - 1]} {y}",
        f"{d} {F.MONTHS[m - 1]}",
        f"{wd} {d} {F.MONTHS[m - 1]}",
        f"{d}.{m}.{y}",
        f"{d} {F.MONTHS[m - 1][:3]}.",
        f"{wd[:2]} {d:02d}/{m:02d}",
        f"{d:02d}/{m:02d}",
    ]
    return rng.choice(forms)


def _phone(rng: random.Random) -> str:
    r = rng.random()
    n = [rng.randint(0, 9) for _ in range(8)]
    if r < 0.4:
        return f"04{rng.randint(60, 99)} {n[0]}{n[1]} {n[2]}{n[3]} {n[4]}{n[5]}"
    if r < 0.7:
        return f"0{rng.choice([9, 3, 2, 50, 56, 11])}/{n[0]}{n[1]}{n[2]}.{n[3]}{n[4]}.{n[5]}{n[6]}"
    return f"+32 4{rng.randint(60, 99)} {n[0]}{n[1]} {n[2]}{n[3]} {n[4]}{n[5]}"


# Role words and titles written before a name (never part of the name span).
ROLE_TITLES = {
    "K": ["kindje", "peuter", "kleuter", "de kleine", "ons", "baby", "dochter", "zoon", "meisje", "jongen"],
    "K2": ["kindje", "vriendje", "vriendinnetje", "kleuter", "peuter", "klasgenoot"],
    "SIB": ["broer", "zus", "broertje", "zusje", "grote broer", "grote zus", "halfbroer", "stiefzus"],
    "MA": ["mama", "moeder", "maman", "mevrouw", "mevr.", "mama van de tweeling", "mams", "plusmama"],
    "PA": ["papa", "vader", "papa", "meneer", "dhr.", "stiefvader", "plusvader", "papa van"],
    "PARTNER": ["vriend", "partner", "nieuwe vriend", "de nieuwe partner", "stiefpapa", "vriendin", "lief"],
    "OMA": ["oma", "opa", "bomma", "bompa", "moemoe", "grootmoeder", "meme", "pepe"],
    "COL": [
        "collega",
        "kinderbegeleider",
        "begeleidster",
        "kbeg.",
        "juf",
        "stagiaire",
        "onthaalouder",
        "verantwoordelijke",
        "kinderverzorgster",
        "collega-begeleider",
        "nachtbegeleider",
        "animator",
        "monitor",
    ],
    "COL2": ["collega", "begeleider", "invalkracht", "kinderbegeleider", "stagiair", "jobstudent", "kookster"],
    "COACH": [
        "pedagogisch coach",
        "coach",
        "verantwoordelijke",
        "directeur",
        "teamleider",
        "zorgcoördinator",
        "pedagogisch medewerker",
        "locatieverantwoordelijke",
    ],
    "JUF": ["juf", "meester", "leerkracht", "kleuterjuf", "klastitularis", "zorgjuf", "directrice"],
    "BUUR": ["buurvrouw", "buurman", "de buurvrouw", "overbuur", "de buren,"],
    "X": [
        "tolk",
        "maatschappelijk werker",
        "tante",
        "nonkel",
        "neef",
        "nicht",
        "peter",
        "meter",
        "kennis",
        "vriendin van mama",
        "gezinsondersteuner",
        "thuisbegeleider",
        "politieagent",
        "wijkagent",
        "kinesist",
        "logopediste",
        "vroedvrouw",
        "verpleegster",
        "kinderarts",
        "huisarts dr.",
        "dokter",
        "dr.",
        "psycholoog",
    ],
}


class Builder:
    """Holds the cast of one note and turns frames with slots into segments."""

    def __init__(self, rng: random.Random, lower_names: float = 0.04) -> None:
        self.rng = rng
        self.lower_names = lower_names
        fam = N.surname(rng)
        self.child = _person(rng, fam)
        self.child2 = _person(rng)
        self.sib = _person(rng, fam)
        self.father = _person(rng, fam)
        self.mother = _person(rng) if rng.random() < 0.7 else _person(rng, fam)
        self.partner = _person(rng)
        self.oma = _person(rng)
        self.col = _person(rng)
        self.col2 = _person(rng)
        self.coach = _person(rng)
        self.juf = _person(rng)
        self.buur = _person(rng)
        self.doc = _person(rng)
        self.sw = _person(rng)
        self.place = N.municipality(rng)
        self.kdv = N.kdv_name(rng)
        self.frames: list[str] = []

    # ---- person mentions -------------------------------------------------
    def mention(self, slot: str) -> list[Segment]:
        rng = self.rng
        p = {
            "K": self.child,
            "K2": self.child2,
            "SIB": self.sib,
            "MA": self.mother,
            "PA": self.father,
            "PARTNER": self.partner,
            "OMA": self.oma,
            "COL": self.col,
            "COL2": self.col2,
            "COACH": self.coach,
            "JUF": self.juf,
            "BUUR": self.buur,
            "DOC": self.doc,
            "SW": self.sw,
        }.get(slot)
        if p is None:
            p = _person(rng)
        if slot == "DOC":
            return [("PER", p.last if rng.random() < 0.7 else p.full)]
        if slot == "SW":
            r = rng.random()
            if r < 0.5:
                return [rng.choice(["mevrouw ", "meneer ", "mv ", "mr. ", "dhr. ", "mevr. "]), ("PER", p.last)]
            return [("PER", p.full if r < 0.8 else p.first)]
        if slot == "COACH":
            return [("PER", p.full if rng.random() < 0.5 else p.first)]
        if slot == "BUUR":
            r = rng.random()
            if r < 0.4:
                return [
                    rng.choice(["buurvrouw ", "buurman ", "de buurvrouw, ", "buurvrouw mevrouw "]),
                    ("PER", p.first if r < 0.25 else p.last),
                ]
            return [("PER", p.first)]
        if slot == "OMA":
            r = rng.random()
            if r < 0.45:
                return [rng.choice(["oma ", "opa ", "bomma ", "bompa ", "moemoe ", "grootmoeder "]), ("PER", p.first)]
            if r < 0.6:
                return ["oma"]  # role word only, no name
            return [("PER", p.first)]
        r = rng.random()
        role = ""
        if rng.random() < 0.35:
            role = rng.choice(ROLE_TITLES.get(slot, ROLE_TITLES["X"])) + " "
        if r < 0.50:
            surf = p.first
        elif r < 0.58:
            surf = N.diminutive(p.first, rng)
        elif r < 0.70:
            surf = p.full
        elif r < 0.75:
            q = rng.random()
            initials = p.first[0] + "." + "".join(w[0] + "." for w in p.last.split() if w[:1].isupper())
            surf = p.first[0] + "." if q < 0.6 else (initials if q < 0.85 else initials.replace(".", ""))
        elif r < 0.79:
            surf = p.last.upper()
            role = role or rng.choice(["", "fam. ", "mevrouw ", "meneer "])
        elif r < 0.85:
            surf = p.last
            role = rng.choice(["mevrouw ", "meneer ", "mevr. ", "dhr. ", "familie ", "fam. ", "Mme ", "Madame "])
        elif r < 0.90:
            surf = p.first + ("'s" if p.first[-1] in "aeiouy" else "s")
        elif r < 0.945:
            surf = _typo(p.first, rng)
        else:
            surf = p.first.upper() if rng.random() < 0.3 else p.first
        if rng.random() < self.lower_names:
            surf = surf.lower()
        if rng.random() < 0.04:  # a name or nickname in quotes: 'noemt hem "Sami"'
            q = rng.choice(['"', "'", "“"])
            return ([role] if role else []) + [q, ("PER", surf), "”" if q == "“" else q]
        return ([role] if role else []) + [("PER", surf)]

    # ---- other slots -----------------------------------------------------
    def fill(self, slot: str) -> list[Segment]:
        rng = self.rng
        if slot in PERSON_SLOTS:
            return self.mention(slot)
        if slot == "KSN":
            return [("PER", self.child.last.upper() if rng.random() < 0.5 else self.child.last)]
        if slot == "KFULL":
            return [("PER", self.child.full)]
        if slot == "PLACE":
            return [("LOC", self.place if rng.random() < 0.6 else N.municipality(rng))]
        if slot == "STREET":
            return [("LOC", N.street(rng))]
        if slot == "ADDR":
            code, place = N.postal(rng)
            nr = f"{rng.randint(1, 220)}" + rng.choice(["", "", " bus 2", "A", "/3"])
            if rng.random() < 0.5:
                return [("LOC", f"{N.street(rng)} {nr}"), ", ", ("LOC", f"{code} {place}")]
            return [("LOC", f"{N.street(rng)} {nr}")]
        if slot == "PC":
            code, place = N.postal(rng)
            return [("LOC", f"{code} {place}")]
        if slot == "KDV":
            return [("ORG", self.kdv if rng.random() < 0.7 else N.kdv_name(rng))]
        if slot == "SCHOOL":
            return [("ORG", N.school_name(rng))]
        if slot == "BIZ":
            return [("ORG", N.business_name(rng))]
        if slot == "CLUB":
            return [("ORG", N.club_name(rng))]
        if slot == "DATE":
            return [("DATE", _date(rng))]
        if slot == "TIME":
            return [
                rng.choice(
                    [
                        f"{rng.randint(7, 18)}u{rng.choice(['', '05', '15', '30', '40', '50'])}",
                        f"{rng.randint(7, 18)}:{rng.choice(['00', '10', '25', '45'])}",
                    ]
                )
            ]
        if slot == "PHONE":
            return [("PHONE", _phone(rng))]
        if slot == "ORGV":
            return [("ORG", N.vzw_name(rng))]
        if slot == "AGE2":
            return [rng.choice(["5 j.", "3 j.", "2j", "4 jaar", "7 j", "9 mnd", "2,5 j.", "6j."])]
        if slot == "AGE":
            return [rng.choice(["2 jaar", "18 maanden", "3 jaar", "9 maanden", "4 jaar", "1j8m"])]
        simple = {
            "SVC": F.SERVICES,
            "CULT": F.CULTURE,
            "GROUP": F.GROUPS,
            "DAY": F.WEEKDAYS,
            "FEAST": F.FEASTS,
            "MONTH": F.MONTHS,
            "ROLE": F.ROLES,
            "WORDNEG": F.WORD_NEGATIVES,
            "LANG": F.LANGUAGES,
            "NAT": F.NATIONALITIES,
            "APP": F.APPS,
            "GAME": F.GAMES,
        }
        if slot in simple:
            return [rng.choice(simple[slot])]
        raise KeyError(slot)

    def render(self, template: str) -> list[Segment]:
        out: list[Segment] = []
        pos = 0
        for m in SLOT.finditer(template):
            if m.start() > pos:
                out.append(template[pos : m.start()])
            out.extend(self.fill(m.group(1)))
            pos = m.end()
        if pos < len(template):
            out.append(template[pos:])
        return out

    def pick(self, name: str, pool: list[str]) -> str:
        i = self.rng.randrange(len(pool))
        self.frames.append(f"{name}:{i}")
        return pool[i]

    def sentence(self, pool_name: str = "OBS", opener: bool = True, tail: bool = True) -> list[Segment]:
        """Opener + frame + tail; the frame id records all three (composition gives the diversity)."""
        if pool_name == "NEGATIVE" and self.rng.random() < 0.3:
            pool_name = "WORD_NEGATIVES"  # ordinary uses of name-like words (a roos, de storm, de bakker)
        pool = getattr(F, pool_name)
        i = self.rng.randrange(len(pool))
        o = self.rng.randrange(len(F.OPENERS)) if opener and self.rng.random() < 0.5 else 0
        t = self.rng.randrange(len(F.TAILS)) if tail else 0
        self.frames.append(f"{pool_name}:{i}:{o}:{t}")
        body = pool[i]
        op = F.OPENERS[o]
        if op and not op.endswith(": ") and not op.endswith(", "):
            # inversion is too costly to model; keep the opener as a loose prefix with a comma when needed
            op = op.rstrip() + ", " if self.rng.random() < 0.5 else op
        segs = self.render(op) if op else []
        body_segs = self.render(body)
        if not op or op.endswith(": "):
            body_segs = _capitalise(body_segs)
        elif isinstance(body_segs[0], str) and body_segs[0][:1].isupper() and body_segs[0][1:2].islower():
            body_segs = [body_segs[0][0].lower() + body_segs[0][1:]] + body_segs[1:]
        return segs + body_segs + self.render(F.TAILS[t])


def _capitalise(segs: list[Segment]) -> list[Segment]:
    if not segs:
        return segs
    first = segs[0]
    if isinstance(first, str):
        if first[:1].islower():
            return [first[0].upper() + first[1:]] + segs[1:]
        return segs
    label, surf = first
    if surf[:1].islower():
        return [(label, surf[0].upper() + surf[1:])] + segs[1:]
    return segs


def finish(segs: list[Segment], style: str, frames: list[str]) -> Note:
    text_parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    for s in segs:
        if isinstance(s, tuple):
            label, surf = s
            spans.append({"start": pos, "end": pos + len(surf), "label": label, "text": surf})
            text_parts.append(surf)
            pos += len(surf)
        else:
            text_parts.append(s)
            pos += len(s)
    return Note("".join(text_parts), spans, style, list(frames))
