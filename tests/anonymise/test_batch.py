"""Batch mode (anonymise_texts, used by ``casusprep anonymise --batch``): shared over two processes, each
text's result is exactly what one call of anonymise_text gives, in the input order."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text, anonymise_texts, api
from casusprep.case import Person, Role

NOTES = [
    ("Op 4/11/2024 bracht mama Els haar zoon Rubenneke naar kinderdagverblijf De Pagadder in Wetteren.", "Ruben"),
    ("Juf Marleen belde papa op 0472 18 44 90; het CLB weet het nog niet.", "Jonas"),
    ("Lotje zong K3 en speelde met buurjongen Kobe Wouters in de Kerkstraat 12.", "Lotte"),
    ('Mama zegt: "Hij is gevallen." De grootouders wonen nog in Marokko.', "Amine"),
]


def _items(n: int) -> list[tuple[str, list[Person]]]:
    return [(NOTES[i % 4][0] + f" Notitie {i}.", [Person(name=NOTES[i % 4][1] + " Peeters", role=Role.CHILD)])
            for i in range(n)]  # fmt: skip


@pytest.mark.parametrize("use_model", [True, False])
def test_two_processes_give_each_text_what_a_single_call_gives(use_model: bool) -> None:
    items = _items(3 * api.PART_TEXTS + 5)  # parts of PART_TEXTS texts, taken in turn by both processes
    parallel = anonymise_texts(items, use_model=use_model, n_process=2)
    assert api._pool, "the second half went to a helper process"
    assert len(parallel) == len(items)
    for (text, persons), done in zip(items, parallel, strict=True):
        assert done == anonymise_text(text, persons, use_model=use_model)
    assert parallel == anonymise_texts(items, use_model=use_model, n_process=1)
    assert "Rubenneke" not in parallel[0].text and "Notitie 0." in parallel[0].text
    assert f"Notitie {len(items) - 1}." in parallel[-1].text


def test_large_batches_use_a_helper_process_and_small_ones_do_not(monkeypatch) -> None:
    api.close_helpers()
    anonymise_texts(_items(3), use_model=False)
    assert api._pool == {}
    monkeypatch.setattr(api, "PARALLEL_MIN_WORDS", 100)
    if api._cores() > 1:
        anonymise_texts(_items(2 * api.PART_TEXTS), use_model=False)
        assert len(api._pool) == 1
    api.close_helpers()
    assert api._pool == {}


def _loaded_here() -> tuple[int, int]:
    """In a helper process: how many word frequency lists and lookalike tables it holds before any text of its
    own."""
    from casusprep import textnorm
    from casusprep.nlp import frequency

    return frequency.index.cache_info().currsize, textnorm._confusables.cache_info().currsize


def test_helpers_start_with_what_the_first_texts_load_already_loaded() -> None:
    # Loaded once before the fork and shared, not read and built again in every helper on its first texts.
    api.close_helpers()
    pool = api._helpers(1, True)
    assert pool is not None
    lists, lookalikes = pool.apply(_loaded_here)
    assert lists >= 1 and lookalikes == 1  # Dutch; the table of letters that look alike
    api.close_helpers()


def test_the_parts_hold_every_text_in_order_and_end_small() -> None:
    for n in (1, 7, 2 * api.PART_TEXTS, 27 * api.PART_TEXTS + 17):
        items = _items(n)
        parts = api._parts(items, 2)
        assert [item for part in parts for item in part] == items
        assert all(len(part) <= api.PART_TEXTS for part in parts)
        if n > 4 * api.LAST_PART_TEXTS:  # the last four parts (two per process) are the small ones
            assert [len(part) for part in parts[-4:]] == [api.LAST_PART_TEXTS] * 4
            assert len(parts[0]) == api.PART_TEXTS
