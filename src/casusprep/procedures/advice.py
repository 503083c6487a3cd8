"""The procedures applied to a case: meldplicht, information sharing, the child-in-danger text, nazorg.

Why functions over data: the app, the documents and the tests must reach the same decision from the same
text. The decisions are small and spelled out in the data files; these functions only pick the text that
applies and fill in what the case already knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from casusprep.case import Case, Confidentiality, SharingChecks, SituationKind
from casusprep.procedures.data_models import (
    Decision,
    NazorgSection,
    Requester,
    ShareWithCareData,
    contact_data,
    meldplicht_data,
    nazorg_data,
    sharing_data,
)

# --------------------------------------------------------------------------- meldplicht


@dataclass(frozen=True)
class MeldplichtAdvice:
    """What the app shows when a case must be reported to Opgroeien."""

    title: str
    summary: str
    reasons: list[str]
    in_doubt: str
    how: list[str]
    why: list[str]
    other_events_intro: str
    other_events: list[str]

    def as_text(self) -> str:
        lines = [self.title, self.summary, "", *self.reasons, "", meldplicht_data().hoe_titel]
        lines += [f"- {h}" for h in self.how]
        lines += ["", self.in_doubt]
        return "\n".join(lines)


def meldplicht_for(case: Case) -> MeldplichtAdvice | None:
    """The reporting duty for this case, or ``None`` when the case is not GOG and not a crisis.

    Plain verontrusting (worry about the home situation) without a crisis in the childcare is not
    reportable to Opgroeien; the VK is the place to ask advice then.
    """
    data = meldplicht_data()
    reasons: list[str] = []
    if case.crisis:
        reasons.append(data.crisis.reden)
    if case.situation_kind is SituationKind.GOG:
        if case.gog_direction is None:
            reasons.append(data.gog.zonder_richting)
        else:
            reasons.append(data.gog.richting[case.gog_direction])
    if not reasons:
        return None
    return MeldplichtAdvice(
        title=data.titel,
        summary=data.kern,
        reasons=reasons,
        in_doubt=data.twijfel,
        how=list(data.hoe),
        why=list(data.waarom),
        other_events_intro=data.andere.inleiding,
        other_events=list(data.andere.gebeurtenissen),
    )


def other_reportable_events() -> list[str]:
    """Events the organiser reports to Opgroeien apart from a case (investigation, conviction, ...)."""
    return list(meldplicht_data().andere.gebeurtenissen)


def crisis_examples() -> list[str]:
    return list(meldplicht_data().crisis.voorbeelden)


def opgroeipunt_emergency_line_open(moment: datetime) -> bool:
    """Whether Opgroeipunt takes emergency reports at ``moment`` (weekdays 8-9 h and 16-20 h, local time)."""
    if moment.weekday() >= 5:
        return False
    hour = moment.hour + moment.minute / 60
    return any(h.van <= hour < h.tot for h in meldplicht_data().opgroeipunt_nooduren)


def _date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _missing(what: str) -> str:
    return meldplicht_data().ontwerp.ontbreekt.format(wat=what)


def meldplicht_draft(case: Case) -> str:
    """Draft content of the report to Opgroeien, from what the case holds; gaps are marked ``[in te vullen: ...]``.

    Persons appear by role only: the coach adds names on Opgroeien's own form. The observations are
    taken as written, so the coach reads the draft before sending it.
    """
    from casusprep.labels import label

    draft = meldplicht_data().ontwerp
    head, ask, line = draft.rubriek, draft.nog_in_te_vullen, draft.regel
    out: list[str] = [draft.titel, draft.opmerking, ""]

    def section(title: str, body: list[str] | str) -> None:
        out.append(title)
        out.extend(body if isinstance(body, list) else [body])
        out.append("")

    section(head.organisator, _missing(ask.organisator))
    setting = label(case.setting, empty="") if case.setting else _missing(ask.soort_opvang)
    if case.setting_detail.strip():
        setting = f"{setting} ({case.setting_detail.strip()})"
    section(head.soort_opvang, setting)

    kinds = []
    if case.crisis:
        kinds.append(line.crisis)
    if case.situation_kind is SituationKind.GOG:
        direction = label(case.gog_direction, empty="") if case.gog_direction else _missing(ask.richting)
        kinds.append(line.gog.format(richting=direction))
    elif case.situation_kind is SituationKind.VERONTRUSTING:
        kinds.append(label(case.situation_kind))
    section(head.soort_melding, kinds or [_missing(ask.soort_melding)])

    nature = [label(n) for n in case.nature] + [label(f) for f in case.form]
    section(head.aard, ", ".join(nature) if nature else _missing(ask.aard))

    dates = sorted(s.date for s in case.signals if s.date)
    if dates:
        when = dates[0].strftime("%d/%m/%Y")
        if dates[-1] != dates[0]:
            when = line.periode.format(van=when, tot=dates[-1].strftime("%d/%m/%Y"))
        section(head.wanneer, when)
    else:
        section(head.wanneer, _missing(ask.wanneer))

    facts = []
    for signal in case.signals_in_order():
        if signal.observation.strip():
            prefix = f"{signal.date.strftime('%d/%m/%Y')}: " if signal.date else ""
            facts.append(f"- {prefix}{signal.observation.strip()}")
    section(head.feiten, facts or [_missing(ask.feiten)])

    roles = []
    for person in case.persons:
        role = label(person.role)
        roles.append(f"- {role} ({person.role_detail.strip()})" if person.role_detail.strip() else f"- {role}")
    section(head.betrokkenen, roles or [_missing(ask.betrokkenen)])

    section(head.gedaan, case.actions_taken.strip() or _missing(ask.gedaan))

    informed = []
    if case.parents.spoken_to is True:
        on = line.aangesproken_op.format(datum=_date(case.parents.spoken_to_on)) if case.parents.spoken_to_on else ""
        informed.append(line.aangesproken.format(op=on))
    elif case.parents.spoken_to is False:
        informed.append(line.niet_aangesproken)
    else:
        informed.append(f"- {_missing(ask.aangesproken)}")
    for signal in case.signals_in_order():
        if signal.discussed_with.strip():
            informed.append(line.besproken_met.format(wie=signal.discussed_with.strip()))
    section(head.op_de_hoogte, informed)

    follow = [
        f"- {a.description}" + (line.tegen.format(datum=_date(a.due)) if a.due else "") for a in case.open_actions()
    ]
    if case.next_follow_up:
        follow.append(line.volgende_opvolging.format(datum=_date(case.next_follow_up)))
    section(head.opvolging, follow or [_missing(ask.opvolging)])

    section(head.contactpersoon, _missing(ask.contactpersoon))
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- information sharing


@dataclass(frozen=True)
class SharingAdvice:
    """The answer to "mag ik dit delen?": the decision, what to do, and why (all Dutch)."""

    decision: Decision
    requester: str
    advice: str
    reason: str
    notes: list[str] = field(default_factory=list)

    @property
    def may_share(self) -> bool:
        return self.decision is not Decision.MAY_NOT


def sharing_advice(
    confidentiality: Confidentiality | str,
    requester: Requester | str,
    parents_consent: bool,
    noodtoestand: bool,
    parents_informed: bool | None = None,
) -> SharingAdvice:
    """What may be shared, for this organiser type, this requester, consent and emergency.

    ``parents_informed`` matters only when the childcare itself takes the initiative with discretieplicht;
    consent implies that the parents were informed.
    """
    data = sharing_data()
    conf = Confidentiality(confidentiality)
    who = Requester(requester)
    informed = bool(parents_informed) or parents_consent
    for rule in data.regel:
        if rule.applies(conf, who, parents_consent, informed, noodtoestand):
            notes = []
            if rule.toestemming is not None:
                notes.append(data.beide_ouders)
            if rule.besluit in (Decision.MAY_NOT, Decision.REPORT):
                notes.append(data.vk)
            return SharingAdvice(rule.besluit, data.vrager[who], rule.advies, rule.reden, notes)
    raise LookupError(f"geen regel voor {conf.value}/{who.value}")  # the tests keep the table complete


def requester_labels() -> dict[Requester, str]:
    return dict(sharing_data().vrager)


def share_with_care() -> ShareWithCareData:
    """The "Share with care" conditions and tips for a cross-team child discussion."""
    return sharing_data().share_with_care


def share_with_care_unmet(checks: SharingChecks) -> list[str]:
    """The conditions of "Share with care" that the case has not ticked yet, in Dutch."""
    conditions = sharing_data().share_with_care.voorwaarden
    return [text for key, text in conditions.items() if not getattr(checks, key)]


@dataclass(frozen=True)
class CaseSharing:
    """ "Wat mag ik delen, en met wie?" for one case: the answer that applies first, then per requester.

    ``first`` is the emergency answer when the child is in danger now, otherwise what the coach may share on
    her own initiative given what the case says the parents know and agreed to. ``missing`` says which
    answers in the case are still open (the advice then assumes the careful answer: not informed, no consent).
    """

    basis: str
    first: SharingAdvice | None
    others: list[SharingAdvice]
    consent_line: str
    missing: list[str]


def sharing_for_case(case: Case) -> CaseSharing:
    data = sharing_data()
    texts = data.casus
    conf = case.confidentiality
    if conf is None:
        return CaseSharing("", None, [], "", [texts.ontbreekt_organisator])
    parents = case.parents
    missing = []
    informed = parents.informed_about_consultation
    if informed is None and parents.spoken_to is not True:
        missing.append(texts.ontbreekt_geinformeerd)
    consent = parents.consent_to_share
    if consent is None:
        missing.append(texts.ontbreekt_toestemming)
    knows = bool(informed) or parents.spoken_to is True
    danger = bool(case.child_in_danger_now)
    first = sharing_advice(conf, Requester.OWN_INITIATIVE, bool(consent), danger, parents_informed=knows)
    others = [
        sharing_advice(conf, who, bool(consent), False, parents_informed=knows)
        for who in Requester
        if who is not Requester.OWN_INITIATIVE
    ]
    basis = texts.basis.format(wie=data.geheimhouding[conf].wie, geheimhouding=data.geheimhouding[conf].uitleg)
    consent_line = texts.met_toestemming if consent else texts.zonder_toestemming
    return CaseSharing(basis, first, others, consent_line, missing)


def contacts_text() -> str:
    """Who to call: 1712 and the organisation's own VK (from contacten.toml), with what is still missing."""
    data = contact_data()
    lines = [data.hulplijn]
    vk = data.vk
    details = [part for part in (vk.telefoon, vk.mail, vk.adres) if part.strip()]
    lines.append(f"{vk.naam}: {', '.join(details)}" if details else vk.naam)
    if not details:
        lines.append(data.ontbreekt.vk)
    if data.organisatie.contactpersoon.strip():
        lines.append(data.organisatie.contactpersoon)
    else:
        lines.append(data.ontbreekt.contactpersoon)
    return "\n".join(lines)


def crisis_now(confidentiality: Confidentiality | str | None) -> str:
    """The text for "Is een kind nu in gevaar?": who to call, by organiser type."""
    data = sharing_data()
    lines = [data.kind_in_gevaar.titel, data.kind_in_gevaar.acuut]
    if confidentiality is None:
        lines.append(data.kind_in_gevaar.onbekend)
    else:
        conf = data.geheimhouding[Confidentiality(confidentiality)]
        lines.append(data.kind_in_gevaar.noodtoestand.format(bij=conf.noodtoestand_bij, geheimhouding=conf.voluit))
    lines += [data.kind_in_gevaar.opvang, data.kind_in_gevaar.niet_alleen, "", contacts_text()]
    return "\n".join(lines)


# --------------------------------------------------------------------------- nazorg


def nazorg() -> list[NazorgSection]:
    """Nazorg for the child, the other children, the parents, team and board, external help, the coach."""
    return list(nazorg_data().onderdeel)


def nazorg_for(kind: SituationKind | None) -> list[tuple[str, list[str]]]:
    """(title, points) of the nazorg that applies to the kind of situation: after grensoverschrijdend
    gedrag in the opvang everything, for a worry about the home situation only what concerns it."""
    gog = kind is SituationKind.GOG
    out = []
    for section in nazorg_data().onderdeel:
        if section.enkel_gog and not gog:
            continue
        out.append((section.titel, list(section.punten) + (list(section.punten_gog) if gog else [])))
    return out


def share_with_care_missing(checks: SharingChecks) -> list[tuple[str, str]]:
    """(condition key, what to tell the coach) for every "Share with care" condition not ticked yet."""
    missing = sharing_data().share_with_care.ontbreekt
    return [(key, text) for key, text in missing.items() if not getattr(checks, key)]


def evaluation_questions() -> list[str]:
    """The questions to evaluate the approach afterwards."""
    return list(nazorg_data().evaluatie.vragen)
