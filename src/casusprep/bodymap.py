"""The body map's places and their fixed geometry, shared by the figure in the documents and the one in the app.

Why one geometry: the coach picks a place on a figure in the terminal and the reader of the VK-consult sees
the number on the same spot of the printed figure. Every place (side, body part, the child's left or right)
has one box in a figure space of ``WIDTH`` x ``HEIGHT`` units; the document draws it in pixels, the app in
character cells. The figures face the reader: on the front the child's right is on the reader's left, on the
back it is on the reader's right.
"""

from __future__ import annotations

from dataclasses import dataclass

from casusprep.case import BODY_PARTS, BodyPart, BodySide, Laterality
from casusprep.labels import place_label

WIDTH, HEIGHT = 100, 200


@dataclass(frozen=True)
class Place:
    side: BodySide
    part: BodyPart
    laterality: Laterality
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in figure units

    @property
    def key(self) -> tuple[BodySide, BodyPart, Laterality]:
        return (self.side, self.part, self.laterality)

    @property
    def label(self) -> str:
        return place_label(self.side, self.part, self.laterality)

    @property
    def centre(self) -> tuple[float, float]:
        """Where a mark on this place is drawn: the middle of its box, or above the face for the head."""
        if self.side is BodySide.FRONT and self.part is BodyPart.HEAD:
            return (50, 7)
        x0, y0, x1, y1 = self.box
        return ((x0 + x1) / 2, (y0 + y1) / 2)

    @property
    def area(self) -> int:
        x0, y0, x1, y1 = self.box
        return (x1 - x0) * (y1 - y0)


# Boxes of the parts on the reader's left half of the figure (mirrored for the other half), or centred ones.
_BOXES: dict[tuple[BodyPart, BodySide | None], tuple[int, int, int, int]] = {
    (BodyPart.HEAD, None): (33, 2, 67, 40),
    (BodyPart.FACE, BodySide.FRONT): (39, 12, 61, 36),
    (BodyPart.EAR, None): (25, 14, 33, 30),
    (BodyPart.NECK, BodySide.FRONT): (42, 40, 58, 48),
    (BodyPart.NAPE, BodySide.BACK): (42, 40, 58, 48),
    (BodyPart.SHOULDER, None): (20, 48, 36, 58),
    (BodyPart.CHEST, BodySide.FRONT): (36, 48, 64, 72),
    (BodyPart.BELLY, BodySide.FRONT): (36, 72, 64, 92),
    (BodyPart.GENITALS, BodySide.FRONT): (41, 92, 59, 104),
    (BodyPart.BACK, BodySide.BACK): (36, 48, 64, 76),
    (BodyPart.LOWER_BACK, BodySide.BACK): (36, 76, 64, 92),
    (BodyPart.BUTTOCKS, BodySide.BACK): (36, 92, 64, 108),
    (BodyPart.UPPER_ARM, None): (18, 58, 32, 82),
    (BodyPart.FOREARM, None): (12, 82, 27, 106),
    (BodyPart.HAND, None): (8, 106, 26, 122),
    (BodyPart.THIGH, None): (36, 108, 50, 142),
    (BodyPart.KNEE, BodySide.FRONT): (36, 142, 50, 154),
    (BodyPart.LOWER_LEG, None): (37, 154, 49, 182),
    (BodyPart.FOOT, None): (33, 182, 50, 196),
}
# Behind the knee there is no separate part: the lower leg reaches up to the thigh.
_BACK_LOWER_LEG = (37, 142, 49, 182)


def _mirror(box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = box
    return (WIDTH - x1, y0, WIDTH - x0, y1)


def _box(part: BodyPart, side: BodySide) -> tuple[int, int, int, int]:
    box = _BOXES.get((part, side)) or _BOXES[(part, None)]
    if part is BodyPart.LOWER_LEG and side is BodySide.BACK:
        box = _BACK_LOWER_LEG
    return box


def _build() -> tuple[Place, ...]:
    places = []
    for side in BodySide:
        for part, (sides, paired) in BODY_PARTS.items():
            if side not in sides:
                continue
            box = _box(part, side)
            if not paired:
                places.append(Place(side, part, Laterality.MIDDLE, box))
                continue
            # The box is drawn on the reader's left: the child's right on the front, the child's left on the back.
            near = Laterality.RIGHT if side is BodySide.FRONT else Laterality.LEFT
            far = Laterality.LEFT if near is Laterality.RIGHT else Laterality.RIGHT
            places.append(Place(side, part, near, box))
            places.append(Place(side, part, far, _mirror(box)))
    return tuple(places)


PLACES: tuple[Place, ...] = _build()
_BY_KEY = {p.key: p for p in PLACES}


def place_of(side: BodySide, part: BodyPart, laterality: Laterality) -> Place:
    """The place with its box; a left or right on a part in the middle (a bruise left on the chest) is drawn
    on that half of the part's box."""
    found = _BY_KEY.get((side, part, laterality))
    if found is not None:
        return found
    middle = _BY_KEY[(side, part, Laterality.MIDDLE)]
    x0, y0, x1, y1 = middle.box
    half = (x0 + x1) // 2
    reader_left = (laterality is Laterality.RIGHT) == (side is BodySide.FRONT)
    return Place(side, part, laterality, (x0, y0, half, y1) if reader_left else (half, y0, x1, y1))
