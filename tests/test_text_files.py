"""Each data file of texts and the code agree: every key in the file is used, every key used is in the file,
and a missing key fails loudly instead of showing nothing."""

from __future__ import annotations

import pytest
from tests.text_keys import accessors, imports, used_keys

from casusprep.data import TextFile

ACCESSORS = accessors()


def test_every_area_has_its_accessor() -> None:
    # guards the discovery itself: if the pattern stopped matching, the tests below would check nothing
    assert {"LABELS", "DOC", "EXPORT", "GATE"} <= set(ACCESSORS)
    assert all(isinstance(a, TextFile) for a in ACCESSORS.values())


@pytest.mark.parametrize("name", sorted(ACCESSORS))
def test_every_text_key_is_used_and_every_used_key_exists(name: str) -> None:
    texts = ACCESSORS[name]
    assert isinstance(texts, TextFile)
    keys = set(texts.texts())
    used = used_keys(name, imports(name))
    assert set(used) - keys == set(), f"used in the code, missing in {texts.path.name}"
    assert keys - set(used) == set(), f"in {texts.path.name}, used nowhere"


@pytest.mark.parametrize("name", sorted(ACCESSORS))
def test_a_missing_key_fails_loudly(name: str) -> None:
    texts = ACCESSORS[name]
    with pytest.raises(AttributeError, match="no_such_text"):
        texts.NO_SUCH_TEXT  # type: ignore[attr-defined]  # noqa: B018


def test_a_file_with_something_other_than_text_is_refused(tmp_path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('fine = "ja"\n[table]\ncount = 3\n', encoding="utf-8")
    with pytest.raises(ValueError, match="table.count"):
        TextFile(bad).texts()


def test_the_audit_texts_name_every_export_kind_and_nothing_else() -> None:
    from casusprep.data import EXPORT
    from casusprep.export_service import KINDS, TITLES

    for table in ("purpose", "recipient_kind", "audit_document"):
        assert set(EXPORT.table(table)) == set(KINDS), table
    assert TITLES["vk"] == "VK-consult" and all(TITLES[k] for k in KINDS)


def test_the_signal_captions_extend_fields_that_exist() -> None:
    from casusprep.case import FIELD_META
    from casusprep.documents.texts import DOC

    assert {f"signals[].{attr}" for attr in DOC.table("caption_suffix")} <= set(FIELD_META)
