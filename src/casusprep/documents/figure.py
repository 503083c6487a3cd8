"""The body map figure of a document: a front and a back outline of a child with the marks numbered on them.

Why drawn at export time with Pillow from primitives: nothing is fetched or shipped as a picture, the figure
always matches the case's marks, and it carries no text from the case (only numbers and the sides' names),
so the export gate has nothing to find in it. The places come from :mod:`casusprep.bodymap`, the same boxes
the app's figure is drawn from.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

from casusprep.bodymap import HEIGHT, WIDTH, Place
from casusprep.case import BodyPart, BodySide, Laterality
from casusprep.labels import label

SCALE = 4  # pixels per figure unit: a sharp print at the width the templates show it
MARGIN, CAPTION = 12 * SCALE, 16 * SCALE
_OUTLINE, _FILL, _MARK, _TEXT = (90, 90, 90), (246, 240, 234), (192, 32, 32), (40, 40, 40)
WIDTH_MM = 120  # the width of the figure on the page


@dataclass(frozen=True)
class Figure:
    """A PNG for a template; :func:`casusprep.documents.render.render_context` turns it into a docxtpl image."""

    png: bytes
    width_mm: float = WIDTH_MM


def _font(size: int):
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


# The outline in figure units, for the reader's left half (mirrored for the right) and for the middle.
_HALF = (
    ("round", (37, 104, 50, 184)),  # leg
    ("ellipse", (33, 180, 52, 196)),  # foot
    ("round", (18, 50, 34, 84)),  # upper arm
    ("round", (12, 80, 28, 108)),  # forearm
    ("ellipse", (8, 104, 26, 122)),  # hand
)
_MIDDLE = (("round", (31, 48, 69, 108)), ("rect", (43, 36, 57, 50)))  # trunk, neck
_EARS = ("ellipse", (25, 14, 33, 30))
_HEAD = ("ellipse", (33, 2, 67, 40))


def _outline(draw, left: int, top: int, side: BodySide) -> None:
    """A simple child outline from rounded rectangles and ellipses, at fixed coordinates."""

    def px(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
        x0, y0, x1, y1 = box
        return (left + int(x0 * SCALE), top + int(y0 * SCALE), left + int(x1 * SCALE), top + int(y1 * SCALE))

    def shape(kind: str, box: tuple[float, float, float, float]) -> None:
        style = {"fill": _FILL, "outline": _OUTLINE, "width": SCALE}
        if kind == "ellipse":
            draw.ellipse(px(box), **style)
        elif kind == "round":
            draw.rounded_rectangle(px(box), radius=6 * SCALE, **style)
        else:
            draw.rectangle(px(box), fill=_FILL)

    def both(kind: str, box: tuple[float, float, float, float]) -> None:
        x0, y0, x1, y1 = box
        shape(kind, box)
        shape(kind, (WIDTH - x1, y0, WIDTH - x0, y1))

    for kind, box in _HALF:
        both(kind, box)
    for kind, box in _MIDDLE:
        shape(kind, box)
    both(*_EARS)
    shape(*_HEAD)
    line = {"fill": _OUTLINE, "width": SCALE}
    if side is BodySide.FRONT:  # a face and a navel say which side this is, without words
        for x in (44, 56):
            draw.ellipse(px((x - 1.5, 17, x + 1.5, 20)), fill=_OUTLINE)
        draw.arc(px((44, 24, 56, 32)), start=20, end=160, **line)
        draw.ellipse(px((49, 82, 51, 84)), fill=_OUTLINE)
    else:  # the spine and the line between the buttocks
        draw.line(px((50, 52, 50, 90)), fill=(200, 190, 180), width=SCALE)
        draw.line(px((50, 96, 50, 107)), **line)


def _spot(place: Place, n: int) -> tuple[float, float]:
    """Where the n-th mark on the same place goes: the centre, then around it, so numbers do not cover each other."""
    x, y = place.centre
    offsets = ((0, 0), (0, -9), (0, 9), (-7, 0), (7, 0), (-6, -8), (6, 8), (6, -8), (-6, 8))
    dx, dy = offsets[n % len(offsets)]
    return x + dx, y + dy


def body_map_png(marks: Iterable[tuple[int, Place]]) -> bytes:
    """The front and the back figure side by side, each mark a numbered red circle on its place."""
    from PIL import Image, ImageDraw

    figure_w, figure_h = WIDTH * SCALE, HEIGHT * SCALE
    image = Image.new("RGB", (2 * figure_w + 3 * MARGIN, figure_h + CAPTION + 2 * MARGIN), "white")
    draw = ImageDraw.Draw(image)
    caption, small, number = _font(9 * SCALE), _font(6 * SCALE), _font(6 * SCALE)
    lefts = {BodySide.FRONT: MARGIN, BodySide.BACK: 2 * MARGIN + figure_w}
    top = MARGIN + CAPTION
    for side, left in lefts.items():
        draw.text((left + figure_w // 2, MARGIN), label(side).capitalize(), fill=_TEXT, font=caption, anchor="mt")
        _outline(draw, left, top, side)
        # The child's right and left under the figure: on the front the child's right is the reader's left.
        near, far = (
            (Laterality.RIGHT, Laterality.LEFT) if side is BodySide.FRONT else (Laterality.LEFT, Laterality.RIGHT)
        )
        draw.text((left + 4 * SCALE, top + figure_h - 2 * SCALE), label(near), fill=_TEXT, font=small, anchor="lb")
        draw.text(
            (left + figure_w - 4 * SCALE, top + figure_h - 2 * SCALE), label(far), fill=_TEXT, font=small, anchor="rb"
        )
    seen: dict[tuple[BodySide, BodyPart, Laterality], int] = {}
    radius = 5 * SCALE
    for n, place in marks:
        count = seen.get(place.key, 0)
        seen[place.key] = count + 1
        x, y = _spot(place, count)
        cx, cy = lefts[place.side] + x * SCALE, top + y * SCALE
        draw.ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius), fill=_MARK, outline="white", width=SCALE // 2
        )
        draw.text((cx, cy), str(n), fill="white", font=number, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
