"""Every Dutch word the user reads for a model value or field: one place, Flemish register.

The app, the documents and the command line's error messages take their wording from here, so a
change of phrasing is made once.
"""

from __future__ import annotations

from enum import StrEnum

from casusprep.case import (
    Confidentiality,
    DateMode,
    Form,
    GogDirection,
    Nature,
    OrganiserType,
    Role,
    Setting,
    SituationKind,
    Status,
    Urgency,
)

# Pairs, not a dict literal: different enums share values (Setting.OTHER and Role.OTHER are both "andere").
_ENUM_LABEL_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Setting.KINDERDAGVERBLIJF, "Kinderdagverblijf"),
    (Setting.ONTHAALOUDER, "Onthaalouder"),
    (Setting.KLEUTEROPVANG, "Kleuteropvang"),
    (Setting.BUITENSCHOOLSE_OPVANG, "Buitenschoolse opvang / IBO"),
    (Setting.OTHER, "Andere opvang"),
    (OrganiserType.OCMW, "Georganiseerd door een OCMW (beroepsgeheim)"),
    (OrganiserType.NOT_OCMW, "Niet door een OCMW georganiseerd (discretieplicht)"),
    (Confidentiality.BEROEPSGEHEIM, "beroepsgeheim"),
    (Confidentiality.DISCRETIEPLICHT, "discretieplicht"),
    (SituationKind.VERONTRUSTING, "Verontrusting in de thuissituatie"),
    (SituationKind.GOG, "Grensoverschrijdend gedrag (GOG) in de opvang"),
    (GogDirection.CHILD_TO_CHILD, "kind t.a.v. kind(eren)"),
    (GogDirection.STAFF_TO_CHILD, "medewerker t.a.v. kind"),
    (GogDirection.EXTERNAL_TO_CHILD, "externe t.a.v. kind"),
    (GogDirection.CHILD_TO_STAFF, "kind t.a.v. medewerker"),
    (GogDirection.STAFF_TO_STAFF, "medewerker t.a.v. medewerker in aanwezigheid van kinderen"),
    (GogDirection.EXTERNAL_TO_STAFF, "externe t.a.v. medewerker"),
    (Nature.PHYSICAL, "fysiek / lichamelijk"),
    (Nature.EMOTIONAL, "emotioneel"),
    (Nature.SEXUAL, "seksueel"),
    (Form.ACTIVE, "actief (mishandeling)"),
    (Form.PASSIVE, "passief (verwaarlozing)"),
    (Urgency.ACUTE, "acuut"),
    (Urgency.CHRONIC, "chronisch"),
    (Urgency.UNCLEAR, "onduidelijk"),
    (Role.CHILD, "kind"),
    (Role.MOTHER, "moeder"),
    (Role.FATHER, "vader"),
    (Role.STEP_PARENT, "plusouder"),
    (Role.BROTHER, "broer"),
    (Role.SISTER, "zus"),
    (Role.GRANDPARENT, "grootouder"),
    (Role.CAREGIVER, "begeleider"),
    (Role.MANAGER, "verantwoordelijke"),
    (Role.TEACHER, "leerkracht"),
    (Role.CLB, "CLB-medewerker"),
    (Role.OTHER, "andere"),
    (Status.OPEN, "open"),
    (Status.FOLLOW_UP, "in opvolging"),
    (Status.CLOSED, "afgesloten"),
    (DateMode.RELATIVE, "relatief (dag 1, dag 8 ...)"),
    (DateMode.MONTH_YEAR, "maand en jaar"),
)
ENUM_LABELS: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _ENUM_LABEL_PAIRS}


def label(value: StrEnum | None, empty: str = "niet ingevuld") -> str:
    """The Dutch label of an enum value, or ``empty`` for a missing one."""
    if value is None:
        return empty
    return ENUM_LABELS.get((type(value), value.value), str(value))


# Field labels, keyed by the field spec of casusprep.case.TEXT_FIELDS (and other fields).
FIELD_LABELS: dict[str, str] = {
    "title": "Werktitel (enkel voor jezelf)",
    "child_in_danger_now": "Is een kind nu in gevaar?",
    "setting": "Soort opvang",
    "setting_detail": "Toelichting bij de opvang",
    "organiser_type": "Organisator",
    "situation_kind": "Soort situatie",
    "gog_direction": "Richting van het grensoverschrijdend gedrag",
    "nature": "Aard",
    "form": "Vorm",
    "urgency": "Urgentie",
    "crisis": "Crisissituatie",
    "persons": "Betrokkenen",
    "persons[].name": "Naam",
    "persons[].role": "Rol",
    "persons[].role_detail": "Toelichting bij de rol",
    "persons[].birth_date": "Geboortedatum",
    "persons[].pseudonym": "Schuilnaam in geanonimiseerde documenten",
    "signals": "Signalen",
    "signals[].date": "Datum",
    "signals[].situation": "Situatie / details",
    "signals[].observation": "Wat heb ik gezien en gehoord?",
    "signals[].present": "Wie was erbij?",
    "signals[].trigger": "Wat was de aanleiding?",
    "signals[].consequences": "Wat waren de gevolgen?",
    "signals[].discussed_with": "Met wie heb ik erover gesproken?",
    "signals[].parents_reaction": "Hoe reageerden de ouders toen ik hen erover aansprak?",
    "signals[].follow_up": "Verder op te volgen?",
    "signals[].follow_up_note": "Hoe opvolgen?",
    "signals[].interpretation": "Wat denk ik?",
    "signals[].gut_feeling": "Buikgevoel",
    "strengths.child": "Krachten en inzet van het kind",
    "strengths.parents": "Krachten en inzet van de ouders",
    "strengths.context": "Krachten in de omgeving",
    "needs.behind_behaviour": "Welke noden zitten achter het gedrag?",
    "needs.child": "Wat heeft het kind nodig om zich goed te voelen?",
    "needs.parents": "Wat hebben de ouders nodig om goed te kunnen zorgen?",
    "needs.childcare_can_offer": "Wat kan de opvang wel bieden?",
    "needs.childcare_cannot_offer": "Wat kan de opvang niet bieden?",
    "parents.spoken_to": "Zijn de ouders al aangesproken?",
    "parents.spoken_to_on": "Wanneer?",
    "parents.their_meaning": "Wat betekent de observatie volgens de ouders?",
    "parents.informed_about_consultation": "Weten de ouders van het overleg?",
    "parents.consent_to_share": "Gaven de ouders toestemming om informatie te delen?",
    "parents.notes": "Andere opmerkingen over het gesprek met de ouders",
    "overview.worries": "Zorgen",
    "overview.going_well": "Wat goed gaat",
    "overview.must_happen": "Wat moet er gebeuren",
    "overview.scale": "Schaal 0-10 (0 = grote zorg, 10 = geen zorg)",
    "question": "De vraag voor het overleg",
    "actions_taken": "Wat is al gedaan?",
    "actions": "Acties",
    "actions[].description": "Actie",
    "actions[].due": "Tegen wanneer?",
    "actions[].done": "Gedaan",
    "next_follow_up": "Volgende opvolgdatum",
    "status": "Status",
    "sharing.purpose": "Doel van de kindbespreking",
    "sharing.same_purpose": "De informatie wordt voor hetzelfde doel gebruikt",
    "sharing.necessary_and_relevant": "De informatie is noodzakelijk en relevant voor de andere professional",
    "sharing.need_to_know": "Beperkt tot need-to-know",
    "sharing.parents_informed": "De ouders zijn vooraf geïnformeerd over wat we delen en hoelang we het bijhouden",
    "sharing.supervisor_approved": "De leidinggevende gaf vooraf toestemming",
    "sharing.questions_for_other_team": "Vragen aan het andere team",
    "parent_meeting.goal": "Doel van het gesprek",
    "parent_meeting.attendees": "Wie is erbij?",
    "parent_meeting.both_parents_invited": "Beide ouders uitgenodigd",
    "parent_meeting.place": "Waar?",
    "parent_meeting.when": "Wanneer?",
    "parent_meeting.questions_for_parents": "Vragen aan de ouders",
    "parent_meeting.referrals": "Mogelijke doorverwijzingen",
    "parent_meeting.agreements": "Afspraken",
    "anonymisation.date_mode": "Datums in geanonimiseerde documenten",
}


def field_label(spec: str) -> str:
    """Dutch label for a field spec or a concrete path like ``signals[2].observation``."""
    from casusprep.case import spec_of

    key = spec_of(spec)
    return FIELD_LABELS.get(key, key)


def field_location(path: str) -> str:
    """Where a concrete path lives, in words: "Signaal 3 - Wat heb ik gezien en gehoord?"."""
    from casusprep.case import spec_of

    head = path.split(".")[0]
    prefix = ""
    if head.endswith("]"):
        name, index = head[:-1].split("[")
        noun = {"signals": "Signaal", "persons": "Betrokkene", "actions": "Actie"}.get(name, name)
        prefix = f"{noun} {int(index) + 1} - "
    return prefix + FIELD_LABELS.get(spec_of(path), spec_of(path))


def age_text(birth_date, today=None) -> str:
    """A child's age as a coach says it: in months under three years ("18 maanden"), else in years."""
    import datetime as dt

    today = today or dt.date.today()
    if birth_date is None or birth_date > today:
        return ""
    months = (today.year - birth_date.year) * 12 + today.month - birth_date.month - (today.day < birth_date.day)
    if months < 36:
        return "1 maand" if months == 1 else f"{months} maanden"
    years = months // 12
    return f"{years} jaar"
