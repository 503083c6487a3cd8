"""Invented notes for the speed benchmarks: several different ones, so that a figure never depends on one note
being repeated (every name, place, number and institution below is made up).

``NOTES[0]`` is the note the benchmarks repeated before (``engine_speed.NOTE``); :func:`varied` cycles through all
of them, and through small variations of each (another day, another house number), so that no two neighbouring
texts of a batch are the same.
"""

from __future__ import annotations

NOTES = (
    "Op 12/03/2024 bracht mama Sofie Lambrechts haar zoontje Wout naar kinderdagverblijf 't Rupsje in Aalter. "
    'Wout huilde bij het afscheid en had een blauwe plek op de linkerarm. Mama zei: "Gevallen van de trap." '
    "Juf Ines belde later papa op 0475 11 22 33. Het CLB en Kind en Gezin werden nog niet gecontacteerd. "
    "Adres: Molenstraat 7, 9880 Aalter. Wout zong de hele dag liedjes van K3 en speelde met zijn knuffel.\n",
    "Maandag 4 november kwam Lotte Vermeiren (3 jaar) binnen zonder jas en met natte schoenen. Ze at gretig bij het "
    "ontbijt en vroeg twee keer om meer boterhammen. Begeleidster Hanne zag dat haar broekje vuil was. Papa Kristof "
    "haalde haar om 18u40 op, na sluitingstijd. Hij zei dat hij lang moest werken bij Vandewalle Logistics in "
    "Zele. Zijn gsm: 0486/55.12.09. Afspraak met de verantwoordelijke, mevrouw De Clercq, op 8 november.\n",
    "Noah Ben Salah speelt meestal alleen in de bouwhoek. Vandaag sloeg hij twee keer een ander kind toen dat een "
    "blokje nam. Kinderverzorger Yasmina troostte hem; hij liet zich niet aanraken en kroop onder de tafel. "
    "Mama Samira vertelde bij het ophalen dat er thuis veel ruzie is sinds de verhuis naar de Kerkstraat 112 in "
    "Hamme. Ze vroeg of wij haar e-mail samira.bensalah@mailbox.be wilden gebruiken voor berichten.\n",
    "Tijdens het verschonen zag juf Leen rode striemen op de rug van Mila Goossens (18 maanden). Mila kromp ineen "
    "bij aanraking. Oma Rita, die Mila meestal brengt, wist er niets van. We belden de moeder, Evelien Goossens, "
    "op 0471 98 76 54 maar kregen geen antwoord. Op 21/10 werd het Vertrouwenscentrum Kindermishandeling Gent "
    "gebeld voor advies. Dossiernummer bij de stad: KDV-2024-0457.\n",
    "Sinds de herfstvakantie komt Jules Peeters elke dag later: vaak pas om 10u30 in plaats van 8u. Hij is moe, "
    "valt in slaap tijdens het vrij spel en eet weinig. Opa Marcel zegt dat mama ziek is. De kinderbegeleider, "
    "meneer Tom Verstraete, noteerde op 15 oktober en 22 oktober dezelfde signalen. De huisarts, dokter An "
    "Claeys uit Lokeren, volgt het gezin op. Contact huisarts: 09 348 21 17.\n",
    "Amira El Idrissi (2 jaar) praat sinds enkele weken bijna niet meer. Ze wijst wat ze wil en huilt als papa "
    "Youssef vertrekt. Bij het buitenspelen in de tuin van opvang De Kleine Reus in Sint-Niklaas bleef ze bij de "
    "poort staan. Logopediste Fien Maes van het CAR in Dendermonde komt op 3 december observeren. Papa gaf als "
    "tweede nummer 0032 477 30 40 50 en het rijksregisternummer 22.04.15-123.45 voor de inschrijving.\n",
    "Op dinsdag 9 januari bracht een buurvrouw, Greet Van Damme, de kleine Finn Willems naar het IBO in "
    "Berlare. Mama Charlotte was niet bereikbaar. Finn vertelde spontaan dat papa Bart gisteren 'heel boos' was "
    "en met de deur sloeg. Hij had een schram op de wang. Coördinator Jeroen Smet maakte een verslag en liet het "
    "nalezen door collega Els. Rekeningnummer voor de ouderbijdrage: BE68 5390 0754 7034.\n",
    "Emma en Lars De Smet, een tweeling van 4, komen samen naar de opvang in Wetteren. Emma is de laatste weken "
    "erg teruggetrokken en wil niet meer naar het toilet. Lars is druk en bijt andere kinderen. Moeder Katrien "
    "werkt in ploegen bij het AZ Sint-Blasius; vader Pieter woont sinds september in Aalst, Stationsplein 3. "
    "Juf Sien stuurde op 30/09 een mail naar k.desmet@telenet.be met de vraag om een gesprek.\n",
)


def varied(words: int) -> list[str]:
    """About ``words`` words of notes, cycling through :data:`NOTES`; every round of the cycle changes one digit
    in each (a day, a house number), so that even far apart no text of the list repeats another exactly."""
    out: list[str] = []
    total = round_ = 0
    while total < words:
        for note in NOTES:
            text = note if round_ == 0 else _vary(note, round_)
            out.append(text)
            total += len(text.split())
            if total >= words:
                break
        round_ += 1
    return out


def _vary(note: str, round_: int) -> str:
    """The note with its first house number or day moved on by ``round_`` (a digit stays a digit)."""
    for i, c in enumerate(note):
        if c.isdigit() and (i + 1 == len(note) or not note[i + 1].isdigit()) and note[i - 1] == " ":
            return note[:i] + str((int(c) + round_) % 10) + note[i + 1 :] + "Notitie " + str(round_) + ".\n"
    return note + f"Notitie {round_}.\n"
