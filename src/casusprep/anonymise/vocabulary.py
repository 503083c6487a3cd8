"""The anonymiser's vocabulary (``data/vocabulary.toml``), read once and checked against its schema.

One file instead of a list per purpose in its own syntax: a typo in a section name, an empty list or a role
title for a pseudonym that does not exist fails at start-up with the reason, never silently.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

PATH = Path(__file__).parent / "data" / "vocabulary.toml"

Words = list[str]


class Vocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    never_personal: Words = Field(min_length=1)
    countries: Words = Field(min_length=1)
    role_words: Words = Field(min_length=1)
    generic_services: Words = Field(min_length=1)
    name_words: Words = Field(min_length=1)
    acronyms: Words = Field(min_length=1)
    abbreviations: Words = Field(min_length=1)
    person_words: Words = Field(min_length=1)
    lower_brackets: Words = Field(min_length=1)
    regions: Words = Field(min_length=1)
    place_words: Words = Field(min_length=1)
    address_words: Words = Field(min_length=1)
    street_titles: Words = Field(min_length=1)
    foreign_street_words: Words = Field(min_length=1)
    bare_word_towns: Words = Field(min_length=1)
    legal_name_kinds: Words = Field(min_length=1)
    neighbourhood_words: Words = Field(min_length=1)
    place_labels: Words = Field(min_length=1)
    pet_words: Words = Field(min_length=1)
    title_words: Words = Field(min_length=1)
    song_words: Words = Field(min_length=1)
    singing_verbs: Words = Field(min_length=1)
    celebrating_verbs: Words = Field(min_length=1)
    feast_prepositions: Words = Field(min_length=1)
    celebrating_subjects: Words = Field(min_length=1)
    celebrating_adverbs: Words = Field(min_length=1)
    playing_words: Words = Field(min_length=1)
    playing_adverbs: Words = Field(min_length=1)
    camp_heads: Words = Field(min_length=1)
    languages: Words = Field(min_length=1)
    character_titles: Words = Field(min_length=1)
    language_cues: Words = Field(min_length=1)
    subject_verbs: Words = Field(min_length=1)
    subject_openers: Words = Field(min_length=1)
    account_words: Words = Field(min_length=1)
    inverted_verbs: Words = Field(min_length=1)
    copula_inverted: Words = Field(min_length=1)
    running_abbreviations: Words = Field(min_length=1)
    subject_pronouns: Words = Field(min_length=1)
    phrase_prepositions: Words = Field(min_length=1)
    not_user_name_endings: Words = Field(min_length=1)
    file_endings: Words = Field(min_length=1)
    institution_contexts: Words = Field(min_length=1)
    institution_prepositions: Words = Field(min_length=1)
    institution_openers: Words = Field(min_length=1)
    school_saint_cues: Words = Field(min_length=1)
    school_saint_bracket_cues: Words = Field(min_length=1)
    institution_verbs: Words = Field(min_length=1)
    employer_words: Words = Field(min_length=1)
    branch_services: Words = Field(min_length=1)
    chains: Words = Field(min_length=1)
    job_titles: Words = Field(min_length=1)
    provinces: Words = Field(min_length=1)
    service_kinds: Words = Field(min_length=1)
    whole_regions: Words = Field(min_length=1)
    service_kinds_for: Words = Field(min_length=1)
    possessives: Words = Field(min_length=1)
    name_endearments: Words = Field(min_length=1)
    name_possessives: Words = Field(min_length=1)
    name_prefixes: Words = Field(min_length=1)
    kunya_words: Words = Field(min_length=1)
    greetings: Words = Field(min_length=1)
    chat_labels: Words = Field(min_length=1)
    family_words: Words = Field(min_length=1)
    role_of_words: Words = Field(min_length=1)
    role_copulas: Words = Field(min_length=1)
    short_first_names: Words = Field(min_length=1)
    script_name_cues: Words = Field(min_length=1)
    opening_greetings: Words = Field(min_length=1)
    abbreviated_titles: Words = Field(min_length=1)
    address_titles: Words = Field(min_length=1)
    female_titles: Words = Field(min_length=1)
    male_titles: Words = Field(min_length=1)
    office_titles: Words = Field(min_length=1)
    demonyms: Words = Field(min_length=1)
    nationality_endings: Words = Field(min_length=1)
    language_endings: Words = Field(min_length=1)
    plural_titles: Words = Field(min_length=1)
    addressing_titles: Words = Field(min_length=1)
    addressed_words: Words = Field(min_length=1)
    self_introductions: Words = Field(min_length=1)
    vocative_openers: Words = Field(min_length=1)
    greeting_fillers: Words = Field(min_length=1)
    mail_header_words: Words = Field(min_length=1)
    role_abbreviations: Words = Field(min_length=1)
    endearments: Words = Field(min_length=1)
    naming_verbs: Words = Field(min_length=1)
    naming_objects: Words = Field(min_length=1)
    naming_adverbs: Words = Field(min_length=1)
    nickname_labels: Words = Field(min_length=1)
    id_labels: Words = Field(min_length=1)
    national_labels: Words = Field(min_length=1)
    ordinals: Words = Field(min_length=31, max_length=31)
    keep: Words = Field(min_length=1)
    field_labels: Words = Field(min_length=1)
    foreign_months: dict[str, int] = Field(min_length=1)
    month_names: Words = Field(min_length=12, max_length=12)
    weekdays: Words = Field(min_length=7, max_length=7)
    context_window: int = Field(ge=1, le=10)
    role_titles: dict[str, Words] = Field(min_length=1)
    short_forms: dict[str, Words] = Field(min_length=1)
    institution_types: dict[str, str] = Field(min_length=1)
    named_acronyms: dict[str, str] = Field(min_length=1)
    devotional_names: Words = Field(min_length=1)
    name_heads: dict[str, str] = Field(min_length=1)
    context: dict[str, Words] = Field(default_factory=dict)

    @field_validator("role_titles")
    @classmethod
    def _titles_name_pseudonyms(cls, value: dict[str, Words]) -> dict[str, Words]:
        from casusprep.pseudonyms import role_words

        unknown = set(value) - role_words()
        if unknown:
            raise ValueError(f"role_titles for words no pseudonym uses: {sorted(unknown)}")
        return value

    @field_validator("foreign_months")
    @classmethod
    def _months(cls, value: dict[str, int]) -> dict[str, int]:
        wrong = [k for k, v in value.items() if not 1 <= v <= 12]
        if wrong:
            raise ValueError(f"month numbers must be 1-12: {wrong}")
        return value

    @field_validator("institution_types", "named_acronyms", "name_heads")
    @classmethod
    def _placeholders(cls, value: dict[str, str]) -> dict[str, str]:
        wrong = [k for k, v in value.items() if not (v.startswith("[") and v.endswith("]"))]
        if wrong:
            raise ValueError(f"institution placeholders must be written [like this]: {wrong}")
        return value


@cache
def vocabulary() -> Vocabulary:
    with PATH.open("rb") as fh:
        return Vocabulary.model_validate(tomllib.load(fh))
