"""Note styles: each builds one whole note (a list of segments) from a Builder's cast and the frame pools."""

from __future__ import annotations

import random

from . import frames as F
from . import names as N
from .core import Builder, Segment, _capitalise, _date


def _lines(b: Builder, n: int, pools: list[str], prefix_date: bool, sep: str = " – ") -> list[Segment]:
    out: list[Segment] = []
    for _ in range(n):
        pool = b.rng.choice(pools)
        if prefix_date:
            out += [("DATE", _date(b.rng)), sep]
            out += _capitalise(b.sentence(pool, opener=b.rng.random() < 0.3))
        else:
            out += b.sentence(pool)
        out.append("\n")
    return out


def logboek(b: Builder) -> list[Segment]:
    rng = b.rng
    head = b.pick(
        "HEAD",
        [
            "Dagverslag {KFULL}, geboren {DATE} | groep {GROUP} | opvang {KDV} te {PLACE}\n\n",
            "Logboek {GROUP} – {KFULL}\n\n",
            "LOGBOEK – {K} ({AGE})\nKDV {KDV}\n\n",
            "Observaties {K} – {GROUP}\n",
            "Dagboek opvang {KDV} ({PLACE}) – kind: {KFULL}\n\n",
            "Registratie signalen {KFULL}, geboren {DATE}\n",
            "Vakantieopvang {KDV}: notities over {K}\n\n",
        ],
    )
    return b.render(head) + _lines(
        b,
        rng.randint(5, 10),
        ["OBS", "OBS", "ADULT", "STAFF", "NEGATIVE", "CHILD_SPEECH"],
        True,
        rng.choice([" – ", ": ", " - ", "  "]),
    )


def narrative(b: Builder) -> list[Segment]:
    rng = b.rng
    out: list[Segment] = b.render(
        b.pick(
            "HEAD",
            [
                "Observatie {K} – {DATE}\n\n",
                "Observatie buitenschoolse opvang {KDV}\n\n",
                "Observatieverslag ({DATE})\n\n",
                "Wat heb ik gezien?\n",
                "Notitie {COL}, {DATE}\n\n",
                "",
            ],
        )
    )
    for _ in range(rng.randint(2, 4)):
        for _ in range(rng.randint(2, 4)):
            out += b.sentence(rng.choice(["OBS", "OBS", "ADULT", "NEGATIVE", "STAFF", "CHILD_SPEECH"])) + [" "]
        out.append("\n\n")
    return out


def summary(b: Builder) -> list[Segment]:
    rng = b.rng
    out: list[Segment] = b.render(
        b.pick(
            "HEAD",
            [
                "Voorbereiding anoniem telefoongesprek met het VK\n\n",
                "Voorbereiding telefoon VK ({DATE})\n\n",
                "Casus voor kindbespreking – {KDV}\n\n",
                "Vraag aan het Vertrouwenscentrum\n\n",
                "VK-consult: samenvatting\n",
            ],
        )
    )
    for sec in rng.sample(
        ["Situatie", "Wat zien we", "Krachten", "Zorgen", "Onze vraag", "Betrokkenen", "Tijdlijn"], 4
    ):
        out.append(f"{sec}:\n")
        for _ in range(rng.randint(1, 3)):
            out += b.sentence(rng.choice(["SUMMARY", "SUMMARY", "OBS", "ADULT"]), opener=False, tail=False) + ["\n"]
        out.append("\n")
    return out


def parent_talk(b: Builder) -> list[Segment]:
    rng = b.rng
    out: list[Segment] = b.render(
        b.pick(
            "HEAD",
            [
                "Verslag oudergesprek {DATE}\nAanwezig: {MA}, {PA}, {COACH} (coach), {COL} (kindbegeleider)\n\n",
                "Gesprek met mama {MA} – {DATE}\n\n",
                "Oudergesprek ivm {K}\nWie: {COACH} en {MA}\n\n",
                "Plan voor gesprek met ouders – IBO {KDV}\nDoel: onze observaties delen\n\n",
            ],
        )
    )
    for _ in range(rng.randint(4, 8)):
        r = rng.random()
        if r < 0.5:
            who = rng.choice(["Mama", "Papa", "Moeder", "Vader", "{MA}", "{PA}", "{PARTNER}", "Oma"])
            speech = b.pick("SPEECH", F.SPEECH_NL)
            out += b.render(f'{who}: "{speech}"\n')
        elif r < 0.6:
            out += b.render(f'{rng.choice(["Maman", "Papa", "Moeder"])}: "{b.pick("SPEECHFR", F.SPEECH_FR)}"\n')
        else:
            out += b.sentence(rng.choice(["OBS", "ADULT", "SUMMARY", "CHILD_SPEECH", "NEGATIVE"])) + ["\n"]
    out += b.render(
        b.pick(
            "AFSPRAAK",
            [
                "Afspraken: opvolggesprek op {DATE}, {COACH} neemt contact op met het {SVC}.\n",
                "Afspraak: {MA} brengt een reservepak mee. Nieuw gesprek over twee weken.\n",
                "Volgende stap: overleg met het VK, daarna terugkoppeling aan {MA} en {PA}.\n",
            ],
        )
    )
    return out


def email(b: Builder) -> list[Segment]:
    rng = b.rng
    cf, cl = b.coach.first.lower(), b.coach.last.lower().replace(" ", "").replace("'", "")
    jf = b.juf.first.lower()
    out: list[Segment] = [
        "Van: ",
        ("EMAIL", f"{cf}.{cl}@{rng.choice(['kdv', 'bko', 'opvang'])}-{rng.choice(['zon', 'regenboog', 'molen'])}.be"),
        "\nAan: ",
        ("EMAIL", f"{jf}@{rng.choice(['sintjozef', 'deklimop', 'school'])}.be"),
        "\n",
    ]
    out += b.render(
        b.pick(
            "SUBJ",
            [
                "Onderwerp: {K}: korte vraag\n",
                "Onderwerp: kindbespreking {K}\n",
                "Onderwerp: vraag ivm {K} ({AGE})\n",
                "Onderwerp: RE: afstemming opvang/school\n",
            ],
        )
    )
    out += ["Datum: ", ("DATE", _date(rng)), "\n\n"]
    out += b.render(
        b.pick(
            "GREET",
            [
                "Dag juf {JUF},\n\n",
                "Beste {JUF},\n\n",
                "Dag meester {JUF},\n\n",
                "Hallo {JUF},\n\n",
                "Beste,\n\n",
                "Dag {JUF}\n\n",
            ],
        )
    )
    for _ in range(rng.randint(3, 6)):
        out += b.sentence(rng.choice(["EMAIL_BODY", "EMAIL_BODY", "OBS", "SUMMARY"]), opener=False, tail=False) + [" "]
        if rng.random() < 0.4:
            out.append("\n\n")
    out += b.render(
        b.pick(
            "SIGN",
            [
                "\n\nMet vriendelijke groeten,\n{COACH}\npedagogisch coach, kinderdagverblijf {KDV}\n",
                "\n\nGroetjes,\n{COACH}\n",
                "\n\nVriendelijke groet\n{COACH} – BKO {KDV}, {PLACE}\n{PHONE}\n",
                "\n\nMvg,\n{JUF}\nbasisschool {SCHOOL}\n",
                "\n\nHartelijke groeten\n{COACH}\n\n{COACH} | coach | {KDV} – {ADDR}\n",
                "\n\nTot dan,\n{COACH}\n{COACH} · verantwoordelijke {KDV} · {PHONE}\n",
                "\n\nGroeten uit {PLACE},\n{JUF} (klastitularis)\n",
            ],
        )
    )
    return out


def chat(b: Builder) -> list[Segment]:
    rng = b.rng
    out: list[Segment] = b.render(
        b.pick(
            "HEAD", ["Gesprek uit de teamchat, bewaard op {DATE}\n\n", "WhatsApp {GROUP}\n", "chat team {KDV}\n\n", ""]
        )
    )
    speakers = [b.col, b.coach, b.col2]
    for _ in range(rng.randint(6, 12)):
        sp = rng.choice(speakers)
        t = f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
        name = sp.first if rng.random() < 0.8 else sp.first.lower()
        role = rng.choice(["", "", " (opvang)", " - coach", " [team]"])
        line = b.pick("CHAT", F.CHAT)
        if rng.random() < 0.5:
            out += [f"{t} ", ("PER", name), f"{role}: "]
        else:
            out += [f"[{t}] ", ("PER", name), ": "]
        out += b.render(line) + ["\n"]
    return out


def hurried(b: Builder) -> list[Segment]:
    rng = b.rng
    out: list[Segment] = b.render(b.pick("HEAD", ["notities {DATE}\n", "TODO teamoverleg\n", "nota's {K}\n", ""]))
    for _ in range(rng.randint(5, 10)):
        if rng.random() < 0.6:
            out += ["- "] + b.render(b.pick("HURRIED", F.HURRIED)) + ["\n"]
        else:
            out += ["- "] + b.sentence(rng.choice(["OBS", "ADULT"]), opener=False, tail=rng.random() < 0.3) + ["\n"]
    return out


def french_mix(b: Builder) -> list[Segment]:
    rng = b.rng
    out: list[Segment] = b.render(
        b.pick(
            "HEAD", ["Observation du {DATE} – {K} – crèche {KDV} ({PLACE})\n\n", "Crèche {KDV} – observation {K}\n\n"]
        )
    )
    for _ in range(rng.randint(4, 7)):
        r = rng.random()
        if r < 0.35:
            out += b.render(
                rng.choice(
                    [
                        "Maman {MA} dépose {K} à {TIME} sans dire bonjour. ",
                        "Papa {PA} vient chercher {K} à {TIME}. ",
                        "{K} pleure beaucoup aujourd'hui. ",
                        "Madame {SW} du {SVC} a téléphoné. ",
                        "{K} joue avec {K2}, ça va mieux. ",
                        "On a parlé avec la maman de {K}. ",
                    ]
                )
            )
            out += b.sentence("OBS", opener=False, tail=rng.random() < 0.5) + ["\n"]
        elif r < 0.6:
            out += b.render(f'Maman: "{b.pick("SPEECHFR", F.SPEECH_FR)}" ') + ["\n"]
        else:
            out += b.sentence(rng.choice(["OBS", "ADULT"])) + ["\n"]
    return out


def form(b: Builder) -> list[Segment]:
    rng = b.rng
    out: list[Segment] = b.render(
        b.pick(
            "HEAD", ["Registratie signaal – {KFULL}\n", "Observatieformulier {KDV}\n", "Incidentverslag ({GROUP})\n"]
        )
    )
    for label, fixed in F.FORM_FIELDS:
        out.append(f"{label}: ")
        if fixed:
            out += b.render(fixed)
        else:
            out += b.sentence(rng.choice(["OBS", "ADULT", "STAFF"]), opener=False, tail=rng.random() < 0.4)
        out.append("\n")
    return out


def timeline(b: Builder) -> list[Segment]:
    rng = b.rng
    out: list[Segment] = b.render(
        b.pick(
            "HEAD",
            ["Opvolging na contact met het VK\n\nVerloop:\n", "Tijdlijn {K} ({GROUP})\n", "Opvolging – {KFULL}\n\n"],
        )
    )
    out += _lines(b, rng.randint(4, 8), ["OBS", "ADULT", "STAFF", "SUMMARY"], True, rng.choice([": ", " – ", " | "]))
    return out


STYLES = {
    "logboek": (logboek, 3),
    "narrative": (narrative, 3),
    "summary": (summary, 2),
    "parent_talk": (parent_talk, 2),
    "email": (email, 2),
    "chat": (chat, 2),
    "hurried": (hurried, 2),
    "french_mix": (french_mix, 1),
    "form": (form, 1),
    "timeline": (timeline, 1),
}


def pick_style(rng: random.Random) -> str:
    names = list(STYLES)
    return rng.choices(names, weights=[STYLES[n][1] for n in names])[0]


__all__ = ["STYLES", "pick_style", "N"]
