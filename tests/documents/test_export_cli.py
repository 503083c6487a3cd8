"""``casusprep export`` through ``main(argv)``: from a JSON file and from the encrypted store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document

from casusprep.cli import main
from casusprep.documents import read_docx_text
from casusprep.example import CHILD, FATHER, example_case, example_json
from casusprep.store import Store

PASS = "export wachtwoord 123"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def heading1(path: Path) -> list[str]:
    doc = Document(io.BytesIO(path.read_bytes()))
    return [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]


@pytest.mark.parametrize(
    ("doc", "first_heading"),
    [("vk", "De vraag"), ("kindbespreking", "Doel van de kindbespreking"), ("oudergesprek", "Voorbereiding")],
)
def test_export_from_json(capsys, tmp_path: Path, doc: str, first_heading: str) -> None:
    source = tmp_path / "casus.json"
    source.write_text(example_json(), encoding="utf-8")
    target = tmp_path / f"{doc}.docx"
    code, out, err = run(capsys, "export", str(source), "--doc", doc, "-o", str(target))
    assert code == 0, err
    assert "weggeschreven" in out
    assert target.stat().st_mode & 0o777 == 0o600
    assert heading1(target)[0] == first_heading
    everything = "\n".join(read_docx_text(target).values())
    assert (CHILD in everything) is (doc == "oudergesprek")


def test_export_from_the_store_records_an_audit_entry(capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _ = Store.create(PASS)
    case = example_case()
    store.save(case)
    store.close()
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", PASS)
    target = tmp_path / "vk.docx"
    code, _out, err = run(capsys, "export", case.id, "--doc", "vk", "-o", str(target))
    assert code == 0, err
    assert heading1(target)[0] == "De vraag"
    with Store.open(PASS) as store:
        audit = store.audit(case.id)
    assert [(a.document, a.recipient_kind) for a in audit] == [("vk", "VK")]

    code, _out, err = run(capsys, "export", "0123456789ab", "--doc", "vk", "-o", str(tmp_path / "x.docx"))
    assert code == 2 and "casus" in err.lower() and not (tmp_path / "x.docx").exists()


def test_a_registered_name_left_in_the_document_blocks_the_export(capsys, tmp_path: Path) -> None:
    data = json.loads(example_json())
    data["persons"][2]["pseudonym"] = FATHER.split()[0]  # a pseudonym that is the father's own first name
    source = tmp_path / "casus.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "vk.docx"
    code, _out, err = run(capsys, "export", str(source), "--doc", "vk", "-o", str(target))
    assert code == 2
    assert "Betrokkene 3" in err and "niets weggeschreven" in err
    assert FATHER.split()[0] not in err  # the message names the field, never the name
    assert list(tmp_path.iterdir()) == [source]


def test_clear_dutch_errors(capsys, tmp_path: Path) -> None:
    source = tmp_path / "casus.json"
    source.write_text(example_json(), encoding="utf-8")
    cases = [
        (["export", str(source), "--doc", "vk", "-o", str(tmp_path / "vk.pdf")], "moet eindigen op .docx"),
        (["export", str(source), "--doc", "vk", "-o", str(tmp_path / "nee" / "vk.docx")], "map"),
        (["export", str(tmp_path / "ontbreekt.json"), "--doc", "vk", "-o", str(tmp_path / "a.docx")], "bestaat niet"),
        (["export", "Noor", "--doc", "vk", "-o", str(tmp_path / "a.docx")], "JSON-bestand of het nummer"),
    ]
    for argv, expected in cases:
        code, _out, err = run(capsys, *argv)
        assert code == 2 and expected in err, (argv, err)
    bad = tmp_path / "fout.json"
    bad.write_text(json.dumps({"signals": [{"date": "gisteren"}]}), encoding="utf-8")
    code, _out, err = run(capsys, "export", str(bad), "--doc", "oudergesprek", "-o", str(tmp_path / "a.docx"))
    assert code == 2 and "Signaal 1 - Datum" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["casus.json", "fout.json"]
