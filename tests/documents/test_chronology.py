"""The chronology: every dated item of a case in date order (signals, the conversation with the parents,
actions, the next follow-up), as a domain list and as the table near the top of the VK-consult and the
kindbespreking, read back from the rendered .docx with no exact date and no name in it."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document

from casusprep.anonymise import anonymise_case
from casusprep.case import Action, Asker, Case, CaseStep, ParentsView, Person, Role, Signal
from casusprep.chronology import ChronologyKind, chronology
from casusprep.documents import DocKind, render_document
from casusprep.example import example_case
from casusprep.labels import label

TODAY = dt.date(2026, 11, 20)
# Invented for this test.
CHILD = "Mila Goossens"


def case() -> Case:
    return Case(
        persons=[Person(name=CHILD, role=Role.CHILD)],
        signals=[
            Signal(id="s3", date=dt.date(2026, 3, 20), observation="Mila had een schram op de wang."),
            Signal(id="s1", date=dt.date(2026, 3, 1), observation="Mila at haar boterhammen niet op."),
            Signal(id="s0", observation="Mila huilde bij het afscheid."),  # no date: last
            Signal(id="s2", date=dt.date(2026, 3, 8), observation="Mila sliep twee uur langer.", share_school=False),
        ],
        parents=ParentsView(spoken_to=True, spoken_to_on=dt.date(2026, 3, 8), their_meaning="Mila slaapt slecht."),
        actions=[
            Action(id="a1", description="Advies vragen aan het VK", due=dt.date(2026, 3, 25)),
            Action(id="a0", description="Logboek bijhouden", due=dt.date(2026, 3, 2), done=True),
            Action(id="a2", description="Afspraak met de CLB-medewerker"),
        ],
        next_follow_up=dt.date(2026, 4, 1),
    )


def table(data: bytes) -> list[list[str]]:
    doc = Document(io.BytesIO(data))
    found = next(t for t in doc.tables if t.rows[0].cells[0].text == "Wanneer")
    return [[c.text for c in r.cells] for r in found.rows]


def test_items_come_in_date_order_with_their_kind_path_and_step() -> None:
    items = chronology(case())
    assert [(it.kind, it.ref or it.path) for it in items] == [
        (ChronologyKind.SIGNAL, "s1"),
        (ChronologyKind.ACTION, "a0"),
        (ChronologyKind.SIGNAL, "s2"),  # the same day: the signal, then the conversation about it
        (ChronologyKind.PARENTS, "parents.spoken_to_on"),
        (ChronologyKind.SIGNAL, "s3"),
        (ChronologyKind.CONSULTATION, "a1"),  # advice from the VK: a consultation, not a plain action
        (ChronologyKind.FOLLOW_UP, "next_follow_up"),
        (ChronologyKind.SIGNAL, "s0"),  # undated last, in the order entered
        (ChronologyKind.CONSULTATION, "a2"),
    ]
    by_ref = {it.ref: it for it in items if it.ref}
    assert by_ref["s3"].path == "signals[0]" and by_ref["s3"].step is CaseStep.SIGNALS
    assert by_ref["a0"].path == "actions[1]" and by_ref["a0"].done is True
    assert by_ref["a2"].date is None and by_ref["a2"].step is CaseStep.QUESTION_OVERVIEW


def test_vk_table_has_every_item_dated_relatively_and_no_name() -> None:
    c = case()
    data = render_document(c, DocKind.VK, today=TODAY, anonymised=anonymise_case(c))
    rows = table(data)
    assert rows[0] == ["Wanneer", "Soort", "Wat"]
    assert [r[:2] for r in rows[1:]] == [
        ["dag 1", "signaal"],
        ["dag 2", "actie"],
        ["dag 8", "signaal"],
        ["dag 8", "gesprek met de ouders"],
        ["dag 20", "signaal"],
        ["dag 25", "overleg"],
        ["dag 32", "opvolging"],
        ["(datum niet ingevuld)", "signaal"],
        ["(datum niet ingevuld)", "overleg"],
    ]
    assert rows[2][2] == "Logboek bijhouden (gedaan)"
    assert rows[6][2] == "Advies vragen aan het VK (nog te doen)"
    assert rows[4][2].startswith("De ouders werden aangesproken.")
    text = " ".join(" ".join(r) for r in rows)
    assert "Mila" not in text and "Goossens" not in text
    assert "/03/2026" not in text and "2026" not in text


def test_kindbespreking_table_leaves_out_the_signals_not_shared_with_the_school() -> None:
    c = case()
    data = render_document(c, DocKind.KINDBESPREKING, today=TODAY, anonymised=anonymise_case(c))
    rows = table(data)
    signals = [r for r in rows[1:] if r[1] == "signaal"]
    assert [r[0] for r in signals] == ["dag 1", "dag 20", "(datum niet ingevuld)"]
    assert not any("langer" in r[2] for r in rows)
    assert any(r[1] == "gesprek met de ouders" for r in rows)
    assert "Mila" not in " ".join(" ".join(r) for r in rows)


def test_the_chronology_stands_before_the_signals_in_both_documents() -> None:
    c = example_case()
    anonymised = anonymise_case(c)
    for kind, later in ((DocKind.VK, "De signalen"), (DocKind.KINDBESPREKING, "Observaties")):
        doc = Document(io.BytesIO(render_document(c, kind, today=TODAY, anonymised=anonymised)))
        titles = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
        assert titles.index("Chronologie in het kort") < titles.index(later), titles
        kinds = {r[1] for r in table(render_document(c, kind, today=TODAY, anonymised=anonymised))[1:]}
        assert kinds == {label(k) for k in ChronologyKind}


def test_consultations_and_reports_are_told_apart_from_plain_actions() -> None:
    c = Case(
        actions=[
            Action(id="r", description="Melding aan Opgroeien na het overleg met het VK", due=dt.date(2026, 3, 3)),
            Action(id="c", description="Kindbespreking met de school van de broer", due=dt.date(2026, 3, 4)),
            Action(id="p", description="Logboek bijhouden", due=dt.date(2026, 3, 5)),
        ]
    )
    kinds = {it.ref: it.kind for it in chronology(c)}
    assert kinds == {"r": ChronologyKind.REPORT, "c": ChronologyKind.CONSULTATION, "p": ChronologyKind.ACTION}


def test_each_item_says_what_it_is_who_registered_it_and_which_field_opens_it() -> None:
    c = case()
    c.asker = Asker.MANAGER
    c.persons.append(Person(id="m", name="Ilse Peeters", role=Role.MOTHER))
    c.signals[0].told_by = "m"
    c.signals[0].observation = "Mila had een schram op de wang. Ze zei niets."
    items = {it.ref or it.path: it for it in chronology(c)}
    assert items["s3"].text == "Mila had een schram op de wang."
    assert items["s3"].by == "verantwoordelijke" and items["s3"].told_by == "moeder"
    assert items["s3"].open_path == "signals[0].observation"
    assert items["a0"].open_path == "actions[1].description" and items["a0"].text == "Logboek bijhouden"
    assert items["parents.spoken_to_on"].open_path == "parents.spoken_to_on"
    assert items["next_follow_up"].text and items["next_follow_up"].by == "verantwoordelijke"


def test_a_gap_of_weeks_between_signals_is_marked_on_the_later_signal() -> None:
    gaps = {it.ref: it.gap_days for it in chronology(case()) if it.kind is ChronologyKind.SIGNAL}
    # 1 March, 8 March (7 days: no gap), 20 March (12 days: no gap), undated
    assert gaps == {"s1": None, "s2": None, "s3": None, "s0": None}
    c = case()
    c.signals[0].date = dt.date(2026, 4, 12)  # five weeks after 8 March
    gaps = {it.ref: it.gap_days for it in chronology(c) if it.kind is ChronologyKind.SIGNAL}
    assert gaps == {"s1": None, "s2": None, "s3": 35, "s0": None}


def test_signals_sharing_a_theme_are_numbered_as_one_series() -> None:
    c = Case(
        signals=[
            Signal(id="b", date=dt.date(2026, 2, 9), observation="Een blauwe plek op de rug, zo groot als een munt."),
            Signal(id="a", date=dt.date(2026, 2, 2), observation="Een schram op de kin."),
            Signal(id="x", date=dt.date(2026, 2, 5), observation="Speelde rustig met de blokken."),
        ]
    )
    marks = {it.ref: (it.series, it.series_no, it.series_len) for it in chronology(c)}
    assert marks == {"a": ("letsel", 1, 2), "x": ("", 0, 0), "b": ("letsel", 2, 2)}
