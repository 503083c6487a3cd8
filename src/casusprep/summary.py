"""The anonymised summary as plain text: for a mail to the VK or to read from during a call.

It is built from the anonymised copy of the case (:func:`casusprep.anonymise.anonymise_case`), never
from the case itself, and goes through the same leak check as the Word documents before it leaves
the app (see :mod:`casusprep.guard`).
"""

from __future__ import annotations

from casusprep.anonymise import AnonymisedCase
from casusprep.case import SituationKind
from casusprep.labels import field_label, label


def _heading(title: str) -> str:
    """A label as a heading: 'Buikgevoel:' but 'Wat is al gedaan?' (no colon after a question)."""
    title = title.strip()
    return title if title.endswith(("?", ":")) else f"{title}:"


def _block(title: str, text: str) -> list[str]:
    text = text.strip()
    return [_heading(title), text, ""] if text else []


def summary_text(anonymised: AnonymisedCase) -> str:
    """Plain-text summary of an already anonymised case, in the order a VK consultant asks."""
    c = anonymised.case
    lines: list[str] = ["Casusoverleg - geanonimiseerde samenvatting", ""]
    lines += _block("Vraag", c.question)
    situation = [label(c.situation_kind)]
    if c.situation_kind is SituationKind.GOG and c.gog_direction:
        situation.append(label(c.gog_direction))
    if c.nature:
        situation.append("aard: " + ", ".join(label(n) for n in c.nature))
    if c.form:
        situation.append("vorm: " + ", ".join(label(f) for f in c.form))
    lines += [f"Situatie: {'; '.join(situation)}"]
    lines += [f"Soort opvang: {label(c.setting)}"]
    lines += [f"Urgentie: {label(c.urgency)}" + (" - crisissituatie" if c.crisis else ""), ""]
    if c.persons:
        lines += ["Betrokkenen: " + ", ".join(p.name for p in c.persons), ""]
    signals = c.signals_in_order()
    if signals:
        lines += ["Signalen (chronologisch):"]
        for i, s in enumerate(signals, 1):
            when = anonymised.date_label(s.id)
            head = f"{i}. {when}:" if when else f"{i}."
            lines.append(head + (f" {s.situation.strip()}" if s.situation.strip() else ""))
            for attr in ("observation", "interpretation", "gut_feeling", "consequences", "parents_reaction"):
                value = getattr(s, attr).strip()
                if value:
                    lines.append(f"   {_heading(field_label('signals[].' + attr))} {value}")
        lines.append("")
    lines += _block(field_label("strengths.child"), c.strengths.child)
    lines += _block(field_label("strengths.parents"), c.strengths.parents)
    lines += _block(field_label("strengths.context"), c.strengths.context)
    for name in ("behind_behaviour", "child", "parents", "childcare_can_offer", "childcare_cannot_offer"):
        lines += _block(field_label(f"needs.{name}"), getattr(c.needs, name))
    lines += _block(field_label("actions_taken"), c.actions_taken)
    parents = []
    if c.parents.spoken_to is not None:
        parents.append(
            "De ouders zijn al aangesproken." if c.parents.spoken_to else "De ouders zijn nog niet aangesproken."
        )
    if c.parents.their_meaning.strip():
        parents.append(c.parents.their_meaning.strip())
    if c.parents.informed_about_consultation is not None:
        parents.append(
            "De ouders weten van dit overleg."
            if c.parents.informed_about_consultation
            else "De ouders weten nog niet van dit overleg."
        )
    lines += _block("Perspectief van de ouders", " ".join(parents))
    lines += _block(field_label("overview.worries"), c.overview.worries)
    lines += _block(field_label("overview.going_well"), c.overview.going_well)
    lines += _block(field_label("overview.must_happen"), c.overview.must_happen)
    if c.overview.scale is not None:
        lines += [f"Schaal: {c.overview.scale}/10", ""]
    return "\n".join(lines).rstrip() + "\n"
