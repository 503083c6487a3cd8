"""Pydantic models of the procedure data files, and their loader.

Why separate files in TOML: the Flemish procedures (meldplicht, information sharing, nazorg) change with
regulation and with each organisation's own procedure. Whoever maintains them reads and edits plain Dutch
text in ``data/*.toml``; the models here only check that the structure is complete, so a broken edit
fails loudly at load time (and in the tests) instead of showing an empty screen to a coach in a crisis.
"""

from __future__ import annotations

import tomllib
from enum import StrEnum
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, model_validator

from casusprep.case import Confidentiality, GogDirection


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- meldplicht


class Hours(_Data):
    van: int = Field(ge=0, le=24)
    tot: int = Field(ge=0, le=24)


class CrisisData(_Data):
    definitie: str
    reden: str
    voorbeelden: list[str]


class GogData(_Data):
    definitie: str
    zonder_richting: str
    richting: dict[GogDirection, str]

    @model_validator(mode="after")
    def _every_direction(self) -> GogData:
        missing = [d.value for d in GogDirection if d not in self.richting]
        if missing:
            raise ValueError(f"gog.richting mist: {', '.join(missing)}")
        return self


class OtherEvents(_Data):
    inleiding: str
    gebeurtenissen: list[str]


class DraftSections(_Data):
    """The headings of the draft report, in the order of Opgroeien's form."""

    organisator: str
    soort_opvang: str
    soort_melding: str
    aard: str
    wanneer: str
    feiten: str
    betrokkenen: str
    gedaan: str
    op_de_hoogte: str
    opvolging: str
    contactpersoon: str


class DraftMissing(_Data):
    """What goes between ``[in te vullen: ...]`` when the case does not say it yet."""

    organisator: str
    soort_opvang: str
    richting: str
    soort_melding: str
    aard: str
    wanneer: str
    feiten: str
    betrokkenen: str
    gedaan: str
    aangesproken: str
    opvolging: str
    contactpersoon: str


class DraftLines(_Data):
    """The lines the draft fills from the case ({placeholders})."""

    crisis: str
    gog: str
    periode: str
    aangesproken: str
    aangesproken_op: str
    niet_aangesproken: str
    besproken_met: str
    tegen: str
    volgende_opvolging: str


class DraftData(_Data):
    titel: str
    opmerking: str
    ontbreekt: str
    rubriek: DraftSections
    nog_in_te_vullen: DraftMissing
    regel: DraftLines


class MeldplichtData(_Data):
    titel: str
    kern: str
    twijfel: str
    hoe_titel: str
    hoe: list[str]
    waarom: list[str]
    opgroeipunt_nooduren: list[Hours]
    crisis: CrisisData
    gog: GogData
    andere: OtherEvents
    ontwerp: DraftData


# --------------------------------------------------------------------------- information sharing


class Requester(StrEnum):
    """Who asks for information (or: the childcare itself takes the initiative)."""

    OWN_INITIATIVE = "eigen_initiatief"
    HELPER_WITH_SECRECY = "hulpverlener_met_beroepsgeheim"
    HELPER_WITHOUT_SECRECY = "hulpverlener_zonder_beroepsgeheim"
    POLICE = "politie"
    PARKET = "parket"
    JUSTICE_ASSISTANT = "justitieassistent"
    YOUTH_JUDGE = "jeugdrechter"


class Decision(StrEnum):
    REPORT = "melden"  # noodtoestand: report to police / Procureur des Konings
    MUST = "moet"  # you must cooperate
    MAY = "mag"
    MAY_NOT = "mag_niet"


class ConfidentialityData(_Data):
    wie: str
    uitleg: str
    noodtoestand_bij: str
    voluit: str  # with its article, as in a sentence: "het beroepsgeheim"


class SharingRule(_Data):
    geheimhouding: Confidentiality | None = None
    vrager: list[Requester] | None = None
    toestemming: bool | None = None
    geinformeerd: bool | None = None
    noodtoestand: bool | None = None
    besluit: Decision
    advies: str
    reden: str

    def applies(
        self, confidentiality: Confidentiality, requester: Requester, consent: bool, informed: bool, emergency: bool
    ) -> bool:
        return (
            (self.geheimhouding is None or self.geheimhouding is confidentiality)
            and (self.vrager is None or requester in self.vrager)
            and (self.toestemming is None or self.toestemming == consent)
            and (self.geinformeerd is None or self.geinformeerd == informed)
            and (self.noodtoestand is None or self.noodtoestand == emergency)
        )


class ShareWithCareData(_Data):
    titel: str
    inleiding: str
    denk_na: str
    nooit_alleen: str
    anonimiseren: str
    ouders_betrekken: str
    voorwaarden: dict[str, str]
    # What to tell the coach when a condition is not met yet, before a kindbespreking is written.
    ontbreekt: dict[str, str]

    @model_validator(mode="after")
    def _matches_case_checks(self) -> ShareWithCareData:
        from casusprep.case import SharingChecks

        expected = {name for name, f in SharingChecks.model_fields.items() if f.annotation is bool}
        for name, table in (("voorwaarden", self.voorwaarden), ("ontbreekt", self.ontbreekt)):
            if set(table) != expected:
                raise ValueError(f"share_with_care.{name} moet precies deze sleutels hebben: {sorted(expected)}")
        return self


class ChildInDangerData(_Data):
    titel: str
    acuut: str
    noodtoestand: str
    opvang: str
    niet_alleen: str
    onbekend: str


class EmergencyData(_Data):
    uitleg: str


class CaseSharingTexts(_Data):
    basis: str
    nu: str
    anderen: str
    met_toestemming: str
    zonder_toestemming: str
    ontbreekt_organisator: str
    ontbreekt_geinformeerd: str
    ontbreekt_toestemming: str


class SharingData(_Data):
    titel: str
    vk: str
    beide_ouders: str
    geheimhouding: dict[Confidentiality, ConfidentialityData]
    noodtoestand: EmergencyData
    vrager: dict[Requester, str]
    regel: list[SharingRule]
    share_with_care: ShareWithCareData
    kind_in_gevaar: ChildInDangerData
    casus: CaseSharingTexts

    @model_validator(mode="after")
    def _complete(self) -> SharingData:
        if set(self.geheimhouding) != set(Confidentiality):
            raise ValueError("geheimhouding moet discretieplicht en beroepsgeheim beschrijven")
        if set(self.vrager) != set(Requester):
            raise ValueError("vrager moet elke vrager een naam geven")
        return self


# --------------------------------------------------------------------------- nazorg


class NazorgSection(_Data):
    sleutel: str
    titel: str
    punten: list[str] = Field(min_length=1)
    # Points that only make sense after grensoverschrijdend gedrag in the opvang (other children saw it,
    # staff were involved); a home situation (verontrusting) leaves them out.
    punten_gog: list[str] = Field(default_factory=list)
    enkel_gog: bool = False


class EvaluationData(_Data):
    titel: str
    vragen: list[str] = Field(min_length=1)


class NazorgData(_Data):
    titel: str
    inleiding: str
    onderdeel: list[NazorgSection] = Field(min_length=1)
    evaluatie: EvaluationData


# --------------------------------------------------------------------------- loading


def _read(name: str) -> dict:
    text = resources.files("casusprep.procedures").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def meldplicht_data() -> MeldplichtData:
    return MeldplichtData.model_validate(_read("meldplicht.toml"))


@cache
def sharing_data() -> SharingData:
    return SharingData.model_validate(_read("informatiedeling.toml"))


@cache
def nazorg_data() -> NazorgData:
    return NazorgData.model_validate(_read("nazorg.toml"))


# --------------------------------------------------------------------------- contacts


class VkContact(_Data):
    naam: str
    telefoon: str = ""
    mail: str = ""
    adres: str = ""


class OrganisationContact(_Data):
    contactpersoon: str = ""


class ContactMissing(_Data):
    vk: str
    contactpersoon: str


class ContactData(_Data):
    hulplijn: str
    vk: VkContact
    organisatie: OrganisationContact
    ontbreekt: ContactMissing


@cache
def contact_data() -> ContactData:
    return ContactData.model_validate(_read("contacten.toml"))
