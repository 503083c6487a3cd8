"""The anonymised summary as plain text: for a mail to the VK or to read from during a call.

It is built from the anonymised copy of the case (:func:`casusprep.anonymise.anonymise_case`), never
from the case itself, and goes through the same leak check as the Word documents before it leaves
the app (see :mod:`casusprep.guard`). Which fields it holds comes from the case model's metadata
(fields whose ``docs`` name the summary). A multi-line text keeps its lines, each indented under its
heading, so a list the coach typed stays a list.
"""

from __future__ import annotations

from casusprep.anonymise import AnonymisedCase
from casusprep.case import Case, Signal, SituationKind, Use, field_specs
from casusprep.documents.texts import DOC
from casusprep.labels import field_label, label, mark_look, place_label

_INDENT = "   "


def _heading(title: str) -> str:
    """A label as a heading: 'Buikgevoel:' but 'Wat is al gedaan?' (no colon after a question)."""
    title = title.strip()
    return title if title.endswith(("?", ":")) else f"{title}:"


def _lines(text: str) -> list[str]:
    """The text's lines without trailing blanks; blank lines inside stay (one), indentation stays."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return out


def _block(title: str, text: str) -> list[str]:
    lines = _lines(text)
    if not any(line.strip() for line in lines):
        return []
    return [_heading(title), *lines, ""]


def _field(title: str, text: str, indent: str) -> list[str]:
    """'   Heading: first line' with further lines indented under the text."""
    lines = _lines(text)
    if not any(line.strip() for line in lines):
        return []
    head = f"{indent}{_heading(title)} "
    return [head + lines[0].strip()] + [(indent + _INDENT + line) if line else "" for line in lines[1:]]


def _group_blocks(c: Case, group: str) -> list[str]:
    out: list[str] = []
    for spec in field_specs(Use.SUMMARY, f"{group}.", free_text=True):
        out += _block(field_label(spec), getattr(getattr(c, group), spec.split(".", 1)[1]))
    return out


def _marks(anonymised: AnonymisedCase, s: Signal) -> list[str]:
    """The signal's body map in words: per mark its place, look, when and by whom, then its free texts."""
    out: list[str] = []
    texts = [spec.rsplit(".", 1)[1] for spec in field_specs(Use.SUMMARY, "signals[].marks[].", free_text=True)]
    for n, m in enumerate(s.marks, 1):
        at = m.seen_at.strftime("%H:%M") if m.seen_at else ""
        when = ", ".join(v for v in (anonymised.date_label(m.id), at) if v)
        seen = " ".join(v for v in (when, DOC.SUMMARY_SEEN_BY.format(who=label(m.seen_by)) if m.seen_by else "") if v)
        facts = [place_label(m.side, m.part, m.laterality), mark_look(m.colour, m.size_cm, m.shape)]
        facts.append(DOC.SUMMARY_SEEN.format(when=seen) if seen else "")
        lines = _field(DOC.SUMMARY_MARK.format(number=n), "; ".join(v for v in facts if v), _INDENT)
        for attr in texts:
            lines += _field(field_label(f"signals[].marks[].{attr}"), getattr(m, attr), _INDENT + _INDENT)
        out += lines
    return out


def summary_text(anonymised: AnonymisedCase) -> str:
    """Plain-text summary of an already anonymised case, in the order a VK consultant asks."""
    c = anonymised.case
    lines: list[str] = [DOC.SUMMARY_TITLE, ""]
    lines += _block(DOC.SUMMARY_QUESTION, c.question)
    situation = [label(c.situation_kind)]
    if c.situation_kind is SituationKind.GOG and c.gog_direction:
        situation.append(label(c.gog_direction))
    if c.nature:
        situation.append(DOC.SUMMARY_NATURE.format(values=", ".join(label(n) for n in c.nature)))
    if c.form:
        situation.append(DOC.SUMMARY_FORM.format(values=", ".join(label(f) for f in c.form)))
    if c.child_in_danger_now is not None:
        lines += [f"{_heading(field_label('child_in_danger_now'))} {DOC.YES if c.child_in_danger_now else DOC.NO}"]
    lines += [DOC.SUMMARY_SITUATION.format(situation="; ".join(situation))]
    who = label(c.asker, "")
    asked = DOC.SUMMARY_ASKED_BY.format(who=who) if who else ""
    lines += [f"{_heading(field_label('setting'))} {label(c.setting)}" + asked]
    lines += [f"{_heading(field_label('urgency'))} {label(c.urgency)}" + (DOC.SUMMARY_CRISIS if c.crisis else ""), ""]
    if c.persons:
        lines += [f"{_heading(field_label('persons'))} " + ", ".join(p.name for p in c.persons), ""]
    signals = c.signals_in_order()
    details = [s.split(".", 1)[1] for s in field_specs(Use.SUMMARY, "signals[].", free_text=True)]
    if signals:
        lines += [DOC.SUMMARY_SIGNALS.format(signals=field_label("signals"))]
        for i, s in enumerate(signals, 1):
            when = anonymised.date_label(s.id)
            head = f"{i}. {when}:" if when else f"{i}."
            situation_lines = _lines(s.situation)
            lines.append(head + (f" {situation_lines[0].strip()}" if situation_lines else ""))
            lines += [(_INDENT + line) if line else "" for line in situation_lines[1:]]
            for attr in details:
                if attr != "situation":
                    lines += _field(field_label("signals[]." + attr), getattr(s, attr), _INDENT)
            lines += _marks(anonymised, s)
        lines.append("")
    lines += _group_blocks(c, "strengths")
    lines += _group_blocks(c, "needs")
    lines += _block(field_label("actions_taken"), c.actions_taken)
    parents = []
    if c.parents.spoken_to is not None:
        parents.append(DOC.SUMMARY_SPOKEN_TO if c.parents.spoken_to else DOC.SUMMARY_NOT_SPOKEN_TO)
    if c.parents.their_meaning.strip():
        parents.append(c.parents.their_meaning.strip())
    if c.parents.informed_about_consultation is not None:
        parents.append(DOC.SUMMARY_INFORMED if c.parents.informed_about_consultation else DOC.SUMMARY_NOT_INFORMED)
    lines += _block(DOC.SUMMARY_PARENTS, "\n".join(parents))
    lines += _group_blocks(c, "overview")
    if c.overview.scale is not None:
        lines += [DOC.SUMMARY_SCALE.format(scale=c.overview.scale), ""]
    return "\n".join(lines).rstrip() + "\n"
