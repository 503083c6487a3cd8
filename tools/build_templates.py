"""(Re)build the three Word templates in ``templates/`` with python-docx.

Why a script: the committed .docx files are what an organisation opens in Word to restyle (logo,
fonts, wording); this script is how the project itself makes them reproducibly, so a change of
layout or of a caption in :mod:`casusprep.labels` is one command away:

    python tools/build_templates.py            # writes templates/*.docx
    python tools/build_templates.py --check    # exit 1 when the committed files differ

The templates hold docxtpl (Jinja) tags such as ``{{ question }}``; the values come from
:mod:`casusprep.documents.context`. Captions are copied from ``labels.FIELD_LABELS`` at build time
so they can be re-worded in Word. The output is scrubbed of metadata and has fixed zip timestamps.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import Table, _Cell

from casusprep.documents.scrub import scrub_docx
from casusprep.labels import FIELD_LABELS

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"

FONT = "Arial"
DARK = RGBColor(0x1F, 0x3A, 0x5F)
MID = RGBColor(0x2E, 0x5E, 0x8C)
GREY = RGBColor(0x59, 0x59, 0x59)
LABEL_FILL = "EEF2F6"
OBSERVATION_FILL = "DDEBF7"  # facts: cool blue
INTERPRETATION_FILL = "FFF2CC"  # what I think / feel: warm amber
HEADER_FILL = "1F3A5F"
CONTENT_WIDTH = Cm(16.6)  # A4 minus 2 x 2.2 cm margins
LABEL_WIDTH = Cm(5.4)

F = FIELD_LABELS


# ------------------------------------------------------------------ styles and page

# Word refuses elements out of schema order; these are the siblings that must come after the ones we add.
_PPR_AFTER_PBDR = tuple(
    f"w:{n}"
    for n in [
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ]
)
_TBLPR_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
_TBLPR_AFTER_CELLMAR = ("w:tblLook", "w:tblCaption", "w:tblDescription")


def _plain_fonts(rpr_parent: object) -> None:
    """Drop theme-font references so the chosen font wins in Word and LibreOffice alike."""
    rfonts = rpr_parent.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if rfonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)


def _font(style, size: float, *, bold: bool = False, color: RGBColor | None = None, italic: bool = False) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color
    rpr = style.element.get_or_add_rPr()
    _plain_fonts(rpr)
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), FONT)
    rfonts.set(qn("w:cs"), FONT)


def _setup(doc: DocumentObject) -> None:
    styles = doc.styles
    # Document defaults without theme fonts.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        for rpr in defaults.iter(qn("w:rPr")):
            _plain_fonts(rpr)
    normal = styles["Normal"]
    _font(normal, 10)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.15

    title = styles["Title"]
    _font(title, 22, bold=True, color=DARK)
    title.paragraph_format.space_after = Pt(2)
    ppr = title.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)

    subtitle = styles["Subtitle"]
    _font(subtitle, 11, color=GREY, italic=True)
    subtitle.paragraph_format.space_after = Pt(10)

    headings = (("Heading 1", 14, DARK, 16), ("Heading 2", 11.5, MID, 12), ("Heading 3", 10.5, MID, 8))
    for name, size, color, before in headings:
        style = styles[name]
        _font(style, size, bold=True, color=color)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    h1 = styles["Heading 1"].element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "2"), ("w:color", "1F3A5F")):
        bottom.set(qn(key), value)
    bdr.append(bottom)
    h1.insert_element_before(bdr, *_PPR_AFTER_PBDR)

    note = styles.add_style("Toelichting", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    _font(note, 9, color=GREY, italic=True)
    note.paragraph_format.space_before = Pt(3)

    cell = styles.add_style("Tabeltekst", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    _font(cell, 9.5)
    cell.paragraph_format.space_after = Pt(1)
    cell.paragraph_format.space_before = Pt(1)

    label = styles.add_style("Tabellabel", WD_STYLE_TYPE.PARAGRAPH)
    label.base_style = cell
    _font(label, 9.5, bold=True, color=DARK)

    for style_name in ("Header", "Footer"):
        _font(styles[style_name], 8, color=GREY)
        ppr = styles[style_name].element.get_or_add_pPr()
        for tabs in ppr.findall(qn("w:tabs")):  # the default centre/right stops assume US Letter
            ppr.remove(tabs)

    stamp = styles.add_style("Vertrouwelijk", WD_STYLE_TYPE.PARAGRAPH)
    stamp.base_style = normal
    _font(stamp, 10, bold=True, color=RGBColor(0xA5, 0x1C, 0x1C))
    stamp.paragraph_format.space_after = Pt(2)

    for section in doc.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
        section.header_distance = section.footer_distance = Cm(1.0)


def _field(paragraph, instruction: str, placeholder: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice compute when the page is laid out."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _header_footer(doc: DocumentObject, header_text: str, footer_text: str) -> None:
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(CONTENT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    run = footer.add_run(footer_text)
    run.bold = True
    footer.add_run("\tPagina ")
    _field(footer, "PAGE", "1")
    footer.add_run(" van ")
    _field(footer, "NUMPAGES", "1")


# ------------------------------------------------------------------ building blocks


def _shade(cell: _Cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _borders(table: Table, color: str = "BFC8D2") -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblpr.insert_element_before(borders, *_TBLPR_AFTER_BORDERS)
    margins = OxmlElement("w:tblCellMar")
    for edge, width in (("top", "40"), ("left", "90"), ("bottom", "40"), ("right", "90")):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), width)
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tblpr.insert_element_before(margins, *_TBLPR_AFTER_CELLMAR)


def _table(doc: DocumentObject, widths: list) -> Table:
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _borders(table)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    return table


def _row(table: Table, texts: list[str], *, styles: list[str] | None = None, fills: list[str | None] | None = None):
    row = table.add_row()
    # Rows of a table must not split over pages in the middle of a line of text.
    trpr = row._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    trpr.append(cant)
    for i, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
        cell.width = table.columns[i].width
        paragraph = cell.paragraphs[0]
        paragraph.style = (styles or ["Tabeltekst"] * len(texts))[i]
        paragraph.add_run(text)
        fill = (fills or [None] * len(texts))[i]
        if fill:
            _shade(cell, fill)
    return row


def _header_row(table: Table, texts: list[str]) -> None:
    row = _row(table, texts, styles=["Tabellabel"] * len(texts), fills=[HEADER_FILL] * len(texts))
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))
    for cell in row.cells:
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _loop_row(table: Table, tag: str) -> None:
    """A docxtpl row tag (``{%tr for ... %}``): the row disappears when rendered."""
    row = table.add_row()
    for i, cell in enumerate(row.cells):
        cell.width = table.columns[i].width
    row.cells[0].paragraphs[0].add_run(tag)


def kv_table(doc: DocumentObject, rows: list, *, keep_together: bool = False) -> Table:
    """Caption | value rows; an optional third item is the caption cell's fill colour.

    ``keep_together`` asks Word and LibreOffice not to break the table (and its heading) over pages.
    """
    table = _table(doc, [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH])
    for n, item in enumerate(rows):
        caption, value = item[0], item[1]
        fill = item[2] if len(item) == 3 else LABEL_FILL
        row = _row(table, [caption, value], styles=["Tabellabel", "Tabeltekst"], fills=[fill, None])
        if keep_together and n < len(rows) - 1:
            for cell in row.cells:
                cell.paragraphs[0].paragraph_format.keep_with_next = True
    return table


def grid_table(doc: DocumentObject, headers: list[str], cells: list[str], widths: list, loop: str | None) -> Table:
    """A table with a header row and one data row, repeated by ``loop`` (``s in signals``) when given."""
    table = _table(doc, widths)
    _header_row(table, headers)
    if loop:
        _loop_row(table, f"{{%tr for {loop} %}}")
    _row(table, cells)
    if loop:
        _loop_row(table, "{%tr endfor %}")
    return table


def para(doc: DocumentObject, text: str, style: str | None = None, *, keep_with_next: bool = False):
    paragraph = doc.add_paragraph(text, style=style)
    if keep_with_next:  # an introduction must not stay behind at the bottom of a page
        paragraph.paragraph_format.keep_with_next = True
    return paragraph


def tag(doc: DocumentObject, text: str) -> None:
    """A docxtpl paragraph tag (``{%p if ... %}``): the paragraph disappears when rendered."""
    doc.add_paragraph(text)


def spacer(doc: DocumentObject) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)


def title_block(doc: DocumentObject, title: str, subtitle: str, extra_rows: list[tuple[str, str]]) -> None:
    para(doc, title, "Title")
    para(doc, subtitle, "Subtitle")
    kv_table(doc, extra_rows)


# ------------------------------------------------------------------ the three documents


def _signal_rows(observation_suffix: str = " (observatie)") -> list:
    return [
        (F["signals[].situation"], "{{ s.situation }}"),
        (F["signals[].present"], "{{ s.present }}"),
        (F["signals[].trigger"], "{{ s.trigger }}"),
        (F["signals[].observation"] + observation_suffix, "{{ s.observation }}", OBSERVATION_FILL),
        (F["signals[].interpretation"] + " (interpretatie)", "{{ s.interpretation }}", INTERPRETATION_FILL),
        (F["signals[].gut_feeling"], "{{ s.gut_feeling }}", INTERPRETATION_FILL),
        (F["signals[].consequences"], "{{ s.consequences }}"),
        (F["signals[].discussed_with"], "{{ s.discussed_with }}"),
        (F["signals[].parents_reaction"], "{{ s.parents_reaction }}"),
        (F["signals[].follow_up"], "{{ s.follow_up }}"),
    ]


def _persons_anonymous(doc: DocumentObject) -> None:
    doc.add_heading("Betrokkenen", 1)
    para(doc, "Iedereen heeft in dit document een schuilnaam.", "Toelichting", keep_with_next=True)
    w = [Cm(4.2), Cm(3.6), CONTENT_WIDTH - Cm(7.8)]
    grid_table(
        doc,
        ["Schuilnaam", F["persons[].role"], F["persons[].role_detail"]],
        ["{{ p.name }}", "{{ p.role }}", "{{ p.detail }}"],
        w,
        "p in persons",
    )


def _strengths(doc: DocumentObject) -> None:
    doc.add_heading("Krachten en inzet", 1)
    kv_table(
        doc,
        [
            (F["strengths.child"], "{{ strengths.child }}"),
            (F["strengths.parents"], "{{ strengths.parents }}"),
            (F["strengths.context"], "{{ strengths.context }}"),
        ],
    )


def build_vk(doc: DocumentObject) -> None:
    _header_footer(doc, "VK-consult · geanonimiseerd", "Vertrouwelijk")
    title_block(
        doc,
        "VK-consult",
        "Geanonimiseerde samenvatting voor een anoniem adviesgesprek of een mail aan het Vertrouwenscentrum "
        "Kindermishandeling (VK)",
        [("Opgemaakt op", "{{ today }}"), ("Datums", "{{ date_note }}")],
    )
    para(
        doc,
        "Personen hebben een schuilnaam en exacte datums zijn weggelaten. Lees het document toch na "
        "voor je het deelt: staat er nog iets in waaraan iemand het kind, het gezin of de opvang kan herkennen?",
        "Toelichting",
    )

    doc.add_heading("De vraag", 1)
    para(doc, "{{ question }}")

    doc.add_heading("De situatie", 1)
    kv_table(
        doc,
        [
            (F["setting"], "{{ setting }}"),
            ("Regel voor het delen van informatie", "{{ confidentiality }}"),
            (F["situation_kind"], "{{ situation_kind }}"),
            (F["gog_direction"], "{{ gog_direction }}"),
            (F["nature"], "{{ nature }}"),
            (F["form"], "{{ form }}"),
        ],
    )

    _persons_anonymous(doc)

    doc.add_heading("Chronologie van de signalen", 1)
    para(
        doc,
        "Wat ik gezien en gehoord heb (observatie, blauw) staat apart van wat ik denk en voel "
        "(interpretatie en buikgevoel, geel).",
        "Toelichting",
        keep_with_next=True,
    )
    tag(doc, "{%p for s in signals %}")
    doc.add_heading("Signaal {{ s.number }} · {{ s.when }}", 2)
    kv_table(doc, _signal_rows(), keep_together=True)
    spacer(doc)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if not signals %}")
    para(doc, "(nog geen signalen geregistreerd)")
    tag(doc, "{%p endif %}")

    _strengths(doc)

    doc.add_heading("Overzicht", 1)
    grid_table(
        doc,
        [F["overview.worries"], F["overview.going_well"], F["overview.must_happen"]],
        ["{{ overview.worries }}", "{{ overview.going_well }}", "{{ overview.must_happen }}"],
        [Emu(CONTENT_WIDTH // 3)] * 3,
        None,
    )

    doc.add_heading("Wat is al gedaan?", 1)
    para(doc, "{{ actions_taken }}")
    tag(doc, "{%p if actions %}")
    grid_table(
        doc,
        [F["actions[].description"], "Stand van zaken"],
        ["{{ a.description }}", "{{ a.state }}"],
        [CONTENT_WIDTH - Cm(4), Cm(4)],
        "a in actions",
    )
    tag(doc, "{%p endif %}")

    doc.add_heading("Het perspectief van de ouders", 1)
    kv_table(
        doc,
        [
            (F["parents.spoken_to"], "{{ parents.spoken_to }}"),
            (F["parents.their_meaning"], "{{ parents.their_meaning }}"),
            (F["parents.informed_about_consultation"], "{{ parents.informed }}"),
            (F["parents.notes"], "{{ parents.notes }}"),
        ],
    )

    doc.add_heading("Urgentie", 1)
    kv_table(
        doc,
        [
            (F["urgency"], "{{ urgency }}"),
            (F["crisis"], "{{ crisis }}"),
            (F["child_in_danger_now"], "{{ child_in_danger_now }}"),
            (F["overview.scale"], "{{ overview.scale }}"),
        ],
    )
    tag(doc, "{%p if meldplicht %}")
    doc.add_heading("Meldplicht", 1)
    para(doc, "{{ meldplicht.summary }}")
    tag(doc, "{%p for line in meldplicht.how %}")
    para(doc, "{{ line }}", "List Bullet")
    tag(doc, "{%p endfor %}")
    para(doc, "{{ meldplicht.in_doubt }}", "Toelichting")
    tag(doc, "{%p endif %}")


def build_kindbespreking(doc: DocumentObject) -> None:
    _header_footer(
        doc,
        "Teamoverschrijdende kindbespreking · geanonimiseerd",
        "Vertrouwelijk · enkel voor de deelnemers aan de kindbespreking",
    )
    title_block(
        doc,
        "Teamoverschrijdende kindbespreking",
        "Geanonimiseerde voorbereiding, volgens de afspraken van ‘Share with care’",
        [("Opgemaakt op", "{{ today }}"), ("Datums", "{{ date_note }}")],
    )

    doc.add_heading("Doel van de kindbespreking", 1)
    para(doc, "{{ sharing.purpose }}")

    doc.add_heading("Mogen we deze informatie delen?", 1)
    para(
        doc,
        "De voorwaarden van ‘Share with care’. Denk na over WAT je deelt, WAAROM, met WIE en HOE "
        "(via een veilig kanaal). Deel nooit alleen.",
        "Toelichting",
    )
    table = _table(doc, [CONTENT_WIDTH - Cm(3.2), Cm(3.2)])
    _header_row(table, ["Voorwaarde", "In orde?"])
    for key in ("same_purpose", "necessary_and_relevant", "need_to_know", "parents_informed", "supervisor_approved"):
        _row(table, [F[f"sharing.{key}"], f"{{{{ checks.{key} }}}}"])
    tag(doc, "{%p if sharing_all_met %}")
    para(doc, "Aan alle voorwaarden is voldaan.", "Toelichting")
    tag(doc, "{%p else %}")
    para(
        doc,
        "Let op: nog niet aan alle voorwaarden is voldaan. Deel pas informatie als alles in orde is, "
        "of bespreek de casus volledig anoniem als je enkel advies wilt.",
        "Toelichting",
    )
    tag(doc, "{%p endif %}")

    _persons_anonymous(doc)

    doc.add_heading("Observaties", 1)
    para(
        doc, "Objectieve observaties (blauw) staan apart van interpretaties (geel).", "Toelichting", keep_with_next=True
    )
    tag(doc, "{%p for s in signals %}")
    doc.add_heading("Signaal {{ s.number }} · {{ s.when }}", 2)
    kv_table(
        doc,
        [
            (F["signals[].situation"], "{{ s.situation }}"),
            (F["signals[].observation"] + " (observatie)", "{{ s.observation }}", OBSERVATION_FILL),
            (F["signals[].interpretation"] + " (interpretatie)", "{{ s.interpretation }}", INTERPRETATION_FILL),
        ],
        keep_together=True,
    )
    spacer(doc)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if not signals %}")
    para(doc, "(nog geen signalen geregistreerd)")
    tag(doc, "{%p endif %}")

    _strengths(doc)

    doc.add_heading("Noden", 1)
    kv_table(
        doc,
        [
            (F["needs.behind_behaviour"], "{{ needs.behind_behaviour }}"),
            (F["needs.child"], "{{ needs.child }}"),
            (F["needs.parents"], "{{ needs.parents }}"),
            (F["needs.childcare_can_offer"], "{{ needs.can_offer }}"),
            (F["needs.childcare_cannot_offer"], "{{ needs.cannot_offer }}"),
        ],
    )

    doc.add_heading("Vragen aan het andere team", 1)
    para(doc, "{{ sharing.questions }}")


def build_oudergesprek(doc: DocumentObject) -> None:
    _header_footer(
        doc, "VERTROUWELIJK · Plan van aanpak oudergesprek", "Vertrouwelijk · bevat persoonsgegevens · niet doorsturen"
    )
    para(doc, "VERTROUWELIJK", "Vertrouwelijk")
    title_block(
        doc,
        "Plan van aanpak oudergesprek",
        "Vertrouwelijk: dit plan gaat over dit gezin en is niet geanonimiseerd. Bewaar het veilig en "
        "vernietig het na gebruik.",
        [("Opgemaakt op", "{{ today }}"), (F["next_follow_up"], "{{ next_follow_up }}")],
    )

    doc.add_heading("Doel van het gesprek", 1)
    para(doc, "{{ meeting.goal }}")

    doc.add_heading("Wie, waar en wanneer", 1)
    kv_table(
        doc,
        [
            (F["parent_meeting.attendees"], "{{ meeting.attendees }}"),
            (F["parent_meeting.both_parents_invited"], "{{ meeting.both_invited }}"),
            (F["parent_meeting.place"], "{{ meeting.place }}"),
            (F["parent_meeting.when"], "{{ meeting.when }}"),
        ],
    )
    tag(doc, "{%p if not meeting.both_invited_yes %}")
    para(doc, "Nodig beide ouders uit, ook als ze gescheiden zijn.", "Toelichting")
    tag(doc, "{%p endif %}")
    para(
        doc,
        "Bereid het gesprek voor met het team, kies een rustige ruimte zonder kinderen en voorzie voldoende tijd.",
        "Toelichting",
    )

    doc.add_heading("Betrokkenen", 1)
    w = [Cm(4.6), Cm(3.4), CONTENT_WIDTH - Cm(8.0)]
    grid_table(
        doc,
        [F["persons[].name"], F["persons[].role"], F["persons[].role_detail"]],
        ["{{ p.name }}", "{{ p.role }}", "{{ p.detail }}"],
        w,
        "p in persons",
    )

    doc.add_heading("Observaties om te delen", 1)
    para(
        doc,
        "Vertel wat je gezien en gehoord hebt, zonder oordeel, en vraag wat het voor de ouders betekent.",
        "Toelichting",
        keep_with_next=True,
    )
    tag(doc, "{%p if signals %}")
    grid_table(
        doc,
        [F["signals[].date"], F["signals[].situation"], F["signals[].observation"]],
        ["{{ s.when }}", "{{ s.situation }}", "{{ s.observation }}"],
        [Cm(2.4), Cm(4.6), CONTENT_WIDTH - Cm(7.0)],
        "s in signals",
    )
    tag(doc, "{%p else %}")
    para(doc, "(nog geen signalen geregistreerd)")
    tag(doc, "{%p endif %}")

    doc.add_heading("Vragen aan de ouders", 1)
    para(doc, "{{ meeting.questions }}")
    kv_table(
        doc,
        [
            (F["parents.spoken_to"], "{{ parents.spoken_to }}"),
            (F["parents.spoken_to_on"], "{{ parents.spoken_to_on }}"),
            (F["parents.their_meaning"], "{{ parents.their_meaning }}"),
        ],
    )

    doc.add_heading("Wat de opvang kan bieden en wat niet", 1)
    grid_table(
        doc,
        [F["needs.childcare_can_offer"], F["needs.childcare_cannot_offer"]],
        ["{{ needs.can_offer }}", "{{ needs.cannot_offer }}"],
        [Emu(CONTENT_WIDTH // 2)] * 2,
        None,
    )

    doc.add_heading("Mogelijke doorverwijzingen", 1)
    para(doc, "{{ meeting.referrals }}")

    doc.add_heading("Afspraken", 1)
    para(doc, "{{ meeting.agreements }}")
    tag(doc, "{%p if actions %}")
    grid_table(
        doc,
        [F["actions[].description"], F["actions[].due"], "Stand van zaken"],
        ["{{ a.description }}", "{{ a.due }}", "{{ a.state }}"],
        [CONTENT_WIDTH - Cm(6.4), Cm(3.0), Cm(3.4)],
        "a in actions",
    )
    tag(doc, "{%p endif %}")

    doc.add_heading("Opvolging", 1)
    kv_table(doc, [(F["next_follow_up"], "{{ next_follow_up }}")])

    doc.add_heading("Nazorg", 1)
    tag(doc, "{%p for section in nazorg %}")
    para(doc, "{{ section.title }}", keep_with_next=True)
    tag(doc, "{%p for point in section.points %}")
    para(doc, "{{ point }}", "List Bullet")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")


BUILDERS: dict[str, Callable[[DocumentObject], None]] = {
    "vk": build_vk,
    "kindbespreking": build_kindbespreking,
    "oudergesprek": build_oudergesprek,
}


def build(name: str) -> bytes:
    """One template as scrubbed, reproducible .docx bytes."""
    doc = Document()
    _setup(doc)
    BUILDERS[name](doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return scrub_docx(buffer.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the committed templates")
    parser.add_argument("--out", type=Path, default=TEMPLATES, help="output directory (default: templates/)")
    args = parser.parse_args(argv)
    differ = []
    for name in BUILDERS:
        data = build(name)
        target = args.out / f"{name}.docx"
        if args.check:
            if not target.is_file() or target.read_bytes() != data:
                differ.append(target.name)
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"{target}: {len(data)} bytes")
    if differ:
        print("Out of date: " + ", ".join(differ) + " (run tools/build_templates.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
