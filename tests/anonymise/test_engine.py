"""The anonymisation engine on invented Flemish sentences: every recognizer, consistency, the
coach's review decisions, offline behaviour and the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from casusprep.anonymise import anonymise_case, anonymise_text
from casusprep.case import AnonymisationReview, Case, DateMode, Person, Role, Signal
from casusprep.cli import main

KIND = Person(name="Femke Verhaegen", role=Role.CHILD)
MAMA = Person(name="Nadia Bouzidi", role=Role.MOTHER)
PAPA = Person(name="Mohammed Verhaegen", role=Role.FATHER)
PERSONS = [KIND, MAMA, PAPA]


def run(text: str, persons: list[Person] | None = None, **kw):
    return anonymise_text(text, PERSONS if persons is None else persons, use_model=kw.pop("use_model", False), **kw)


@pytest.mark.parametrize(
    "form",
    ["Femke", "FEMKE", "femke", "Femketje", "Femkes", "Femke's", "Femkje", "Femk", "Femkee", "Fëmke", "Verhaegen"],
)
def test_registered_child_in_every_form_becomes_the_pseudonym(form: str) -> None:
    done = run(f"Vandaag speelde {form} lang in de zandbak.")
    assert "het kind" in done.text
    assert form not in done.text.replace("het kind", "")


def test_short_form_and_full_name_and_titles() -> None:
    done = run("Mama Nadia en papa Mohammed Verhaegen kwamen samen. Mo bleef buiten wachten.")
    # 'papa Mohammed Verhaegen' is one mention of the father (the surname is shared with the child), and
    # the title says what the pseudonym would: 'Mama', not 'Mama moeder'.
    assert done.text == "Mama en papa kwamen samen. Vader bleef buiten wachten."
    for word in ("Nadia", "Mohammed", "Verhaegen", "Mo "):
        assert word not in done.text


def test_unregistered_persons_get_letters_consistently() -> None:
    done = run("Juf Marleen belde met buurvrouw Hilde Smets. Later zei Marleen dat Hilde boos was.")
    assert "Marleen" not in done.text and "Hilde" not in done.text and "Smets" not in done.text
    assert done.text.count("persoon A") == 2 and done.text.count("persoon B") == 2


def test_a_placeholder_letter_is_never_the_persons_own_initial() -> None:
    # A reader takes 'persoon A' for the initial of Anouk; the letters go on in order past her own.
    done = run("Anouk Dierckx belde. Daarna kwam Arno.")
    assert done.text == "Persoon B belde. Daarna kwam persoon C.", done.text


def test_the_letters_of_initials_in_a_text_are_no_placeholder_letters() -> None:
    # 'persoon D' for T.B. would be read as the R.D. beside it.
    done = run("Handtekeningen: R.D. / T.B. / Hilde")
    assert done.text == "Handtekeningen: persoon A / persoon C / persoon E", done.text
    done = run("Aanwezig: C.-A., F.V.d.M. en Greet.")  # with a hyphen, with a particle's lower-case letter
    assert done.text == "Aanwezig: persoon B, persoon E en persoon H.", done.text


def test_services_and_childrens_culture_stay() -> None:
    text = "Het CLB en Kind en Gezin kennen het gezin. Ze zong K3 en keek Bumba met Sinterklaas, op maandag."
    done = run(text)
    assert done.text == text


def test_institutions_are_replaced_by_type() -> None:
    done = run("Ze gaat naar kinderdagverblijf 't Zonnebloempje en later naar basisschool De Klimop.")
    assert "[kinderdagverblijf]" in done.text and "[school]" in done.text
    assert "Zonnebloempje" not in done.text and "Klimop" not in done.text
    assert "kinderdagverblijf" in done.text and "basisschool" in done.text


@pytest.mark.parametrize("date", ["14/02/2024", "14-2-24", "14 februari 2024", "woensdag 14 februari", "14 feb."])
def test_dates_in_belgian_writing(date: str) -> None:
    done = run(f"Op {date} zagen we een blauwe plek.")
    assert "14" not in done.text


def test_dates_relative_to_the_first_signal() -> None:
    done = run("Eerste melding 03/03/2024, opnieuw op 10/03/2024.", first_date=dt.date(2024, 3, 3),
               date_mode=DateMode.RELATIVE)  # fmt: skip
    assert "dag 1" in done.text and "dag 8" in done.text


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("Bel mama op 0472 18 44 90.", "[telefoonnummer]"),
        ("Bel op +32 9 233 41 20.", "[telefoonnummer]"),
        ("Mail naar juf.an@skynet.be graag.", "[e-mail]"),
        ("Zie www.onzekrabbels.be voor foto's.", "[website]"),
        ("Rekening BE71 0961 2345 6769 voor de opvang.", "[IBAN]"),
        ("Rijksregisternummer 85.07.30-033.28 op het attest.", "[rijksregisternummer]"),
        ("De wagen 1-ABC-123 stond voor de deur.", "[nummerplaat]"),
        ("Dossiernummer 2024-7781 bij de dienst.", "[dossiernummer]"),
        ("Ze woont in de Lindenlaan 14 bus 3.", "[adres]"),
        ("Verhuisd naar 8500 Kortrijk vorige week.", "[gemeente]"),
        ("Ze logeert soms in Zottegem bij een tante.", "[gemeente]"),
    ],
)
def test_identifiers_and_places_get_typed_placeholders(text: str, placeholder: str) -> None:
    assert placeholder in run(text, []).text


def test_iban_with_a_wrong_checksum_in_another_country_is_not_an_iban() -> None:
    assert "[IBAN]" not in run("Code DE12 3456 7890 1234 5678 00 in de brochure.", []).text


def test_case_is_consistent_across_fields_and_respects_the_review() -> None:
    case = Case(
        persons=[KIND, MAMA],
        signals=[
            Signal(date=dt.date(2024, 5, 6), observation="Femke huilde. Buurman Jozef Claeys bracht haar."),
            Signal(date=dt.date(2024, 5, 13), observation="Jozef was er weer, op 13/05/2024. Ze zong van Plop."),
        ],
        anonymisation=AnonymisationReview(
            date_mode=DateMode.RELATIVE, rejected=["Plop"], extra=["de rode fiets"], replacements={"Femke": "F."}
        ),  # fmt: skip
    )
    done = anonymise_case(case, use_model=False)
    texts = [f.text for f in done.fields.values()]
    joined = "\n".join(texts)
    assert "Jozef" not in joined and "Claeys" not in joined and "Femke" not in joined
    assert texts[0].lower().count("persoon a") == 1 and texts[1].lower().count("persoon a") == 1
    assert "F." in texts[0] and "dag 8" in texts[1]
    assert done.date_labels[case.signals[1].id] == "dag 8"


def test_extra_phrases_are_removed() -> None:
    case = Case(persons=[KIND], signals=[Signal(observation="Ze kwam met de rode fiets van de buren.")])
    case.anonymisation.extra.append("de rode fiets")
    done = anonymise_case(case, use_model=False)
    assert "rode fiets" not in next(iter(done.fields.values())).text


def test_detections_carry_span_type_score_and_replacement() -> None:
    text = "Femke belde op 0472 18 44 90."
    done = run(text)
    for d in done.detections:
        assert text[d.start : d.end] == d.text
        assert d.entity_type and d.recognizer and d.replacement and 0 < d.score <= 1


def test_every_path_works_offline_with_the_model(no_network) -> None:
    text = ("Op 3 maart 2024 belde mama Nadia (0472 18 44 90, nadia@voorbeeld.be, www.voorbeeld.be) over Femke. "
            "Buurman Ruben Wouters woont in de Kerkstraat 2, 9000 Gent. IBAN BE71 0961 2345 6769.")  # fmt: skip
    done = anonymise_text(text, PERSONS, use_model=True)
    assert "Nadia" not in done.text and "Ruben" not in done.text and "Gent" not in done.text
    assert no_network == []


def test_cli_text_json_and_batch(tmp_path, capsys) -> None:
    persons = tmp_path / "p.json"
    persons.write_text(json.dumps([{"name": "Femke Verhaegen", "role": "kind"}]), encoding="utf-8")
    note = tmp_path / "n.txt"
    note.write_text("Femke belde juf Sofie.", encoding="utf-8")
    assert main(["anonymise", str(note), "--persons", str(persons), "--no-model"]) == 0
    assert capsys.readouterr().out.strip() == "Het kind belde juf persoon A."
    assert main(["anonymise", str(note), "--format", "json", "--no-model"]) == 0
    assert json.loads(capsys.readouterr().out)["entities"]
    batch = tmp_path / "in.jsonl"
    lines = [{"id": "1", "text": "Femke lachte.", "persons": [{"name": "Femke Verhaegen", "role": "kind"}]},
             {"id": "2", "text": "Bel 0472 18 44 90."}]  # fmt: skip
    batch.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    assert main(["anonymise", "--batch", str(batch), "--no-model"]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["1", "2"] and out[0]["text"] == "Het kind lachte."
    assert out[1]["entities"][0]["type"] == "PHONE"


def test_cli_bad_batch_line_is_a_dutch_error(tmp_path, capsys) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text("{niet json", encoding="utf-8")
    assert main(["anonymise", "--batch", str(batch), "--no-model"]) == 2
    assert "regel 1" in capsys.readouterr().err


def test_surname_with_particles_is_one_mention_of_the_registered_person() -> None:
    persons = [Person(name="Ilias Ben Haddou", role=Role.CHILD), Person(name="Wout Van der Linden", role=Role.FATHER)]
    done = run("Ilias Ben Haddou kwam binnen met Wout Van der Linden. Later belde meneer Van der Linden.", persons)
    # The formal title goes with the name: 'meneer vader' is no Dutch.
    assert done.text == "Het kind kwam binnen met vader. Later belde vader."
    assert [d.text for d in done.detections] == ["Ilias Ben Haddou", "Wout Van der Linden", "meneer Van der Linden"]


def test_title_and_pseudonym_both_stay_unless_they_say_the_same() -> None:
    persons = [
        Person(name="Jana Claes", role=Role.MOTHER, pseudonym="Sofie"),
        Person(name="Lien Goossens", role=Role.CAREGIVER),
        Person(name="Tuur Claes", role=Role.BROTHER),
    ]
    done = run("Mama Jana bracht hem. Juf Lien zag het. Zijn broer Tuur wachtte.", persons)
    assert done.text == "Mama Sofie bracht hem. Juf begeleider A zag het. Zijn broer wachtte."


def test_a_title_that_is_the_pseudonyms_role_word_is_said_once() -> None:
    persons = [Person(name="Lien Goossens", role=Role.CAREGIVER), Person(name="Kato Claes", role=Role.TEACHER)]
    done = run("Begeleider Lien zag het en belde leerkracht Kato Claes.", persons)
    assert done.text == "Begeleider A zag het en belde leerkracht A.", done.text


def test_replacement_at_a_sentence_start_is_capitalised() -> None:
    done = run("Femke at niets.\n- Femke sliep. Toen riep ze: 'Femke!' en 'femke' in een zin.")
    assert done.text == "Het kind at niets.\n- Het kind sliep. Toen riep ze: 'het kind!' en 'het kind' in een zin."


def test_full_stop_after_a_written_month_stays_in_the_text() -> None:
    done = run("Het gebeurde op 9 oktober. Ook op 3 okt. en 4 sept. 2024 was er iets.", date_mode=DateMode.MONTH_YEAR)
    assert [d.text for d in done.detections] == ["9 oktober", "3 okt.", "4 sept. 2024"]
    # A vague date keeps the sentence's 'op' through 'een dag': 'op een dag begin oktober', not 'op begin oktober'.
    assert done.text.startswith("Het gebeurde op een dag begin oktober. Ook op een dag begin oktober en begin sept")


def test_registered_other_person_is_not_labelled_like_an_unregistered_one() -> None:
    persons = [Person(name="Karel Dewulf", role=Role.OTHER)]
    done = run("Karel Dewulf sprak met Hilde Smets.", persons)
    assert done.text == "Betrokkene A sprak met persoon A."


def test_a_first_name_that_is_also_a_particle_or_a_verb() -> None:
    persons = [Person(name="Ben Claes", role=Role.CHILD), Person(name="Ilias Ben Haddou", role=Role.BROTHER)]
    done = run("Ben at niets. Ik ben moe, zei mama. Ilias Ben Haddou kwam hem halen.", persons)
    assert done.text == "Het kind at niets. Ik ben moe, zei mama. Broer kwam hem halen."
