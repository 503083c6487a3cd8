"""The compact frequency index answers as wordfreq does: the same Zipf value for every word, also for words it
tokenizes (capitals, apostrophes, digits, two words), and the same whether the index was just written, read back
from the cache folder, or built in memory because the folder cannot be written."""

from __future__ import annotations

import random

import pytest
import wordfreq

from casusprep.nlp import frequency

ODD = ["", " ", "Kind", "KIND", "l'enfant", "aujourd'hui", "2024", "3/11", "0475 11 22 33", "rock'n'roll", "Zoë",
       "straße", "e-mail", "co-ouder", "jan-peter", "’s", "x", "ﬁne", "a\u0308", "\ud800", "mama belde", "12abc",
       "1.000,50", "🙂", "...", "İstanbul", "ıi", "qwxzvb"]  # fmt: skip


def _sample(lang: str, n: int) -> list[str]:
    words = [w for bucket in wordfreq.get_frequency_list(lang) for w in bucket]
    rnd = random.Random(7)
    picked = words[:300] + rnd.sample(words, n)  # the most frequent words and any others
    return picked + [w.capitalize() for w in picked[::3]] + [w + "x" for w in picked[::5]] + ODD


@pytest.mark.parametrize("lang", ["nl", "tr"])  # a large list and a small one (Turkish: its own case folding)
def test_every_value_is_wordfreqs(lang: str) -> None:
    for word in _sample(lang, 3000):
        frequency._values.clear()
        assert frequency.zipf_frequency(word, lang) == wordfreq.zipf_frequency(word, lang), word  # noqa: TID251


def test_the_index_holds_each_word_once_with_its_last_bucket() -> None:
    data = frequency.build_index([[], ["de"], ["kind", "zoë"], ["école", "kind"]])
    index = frequency.FrequencyIndex(data)
    assert len(index) == 4
    assert [index.centibels(w) for w in ("de", "kind", "zoë", "école")] == [1, 3, 2, 3]
    for absent in ("", "d", "dee", "kin", "zoe", "ecole", "\ud800", "zzz"):
        assert index.centibels(absent) is None and absent not in index
    assert index.frequency("de") == wordfreq.cB_to_freq(-1)


def test_the_index_is_written_once_and_read_back(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    written = frequency.load_index("tr")
    files = list(tmp_path.rglob("*.idx"))
    assert len(files) == 1 and written is not None
    stamp = files[0].stat().st_mtime_ns
    again = frequency.load_index("tr")
    assert again is not None and files[0].stat().st_mtime_ns == stamp  # read, not written again
    assert len(again) == len(written) and again.centibels("merhaba") == written.centibels("merhaba") is not None


def test_a_damaged_index_is_written_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    frequency.load_index("tr")
    (path,) = tmp_path.rglob("*.idx")
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # cut short, as by a full disk
    index = frequency.load_index("tr")
    assert index is not None and index.centibels("merhaba") is not None
    assert path.read_bytes() == whole


def test_without_a_writable_cache_folder_the_index_is_built_in_memory(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    index = frequency.load_index("tr")
    assert index is not None and isinstance(index._buffer, bytes)
    assert wordfreq.cB_to_freq(-index.centibels("merhaba")) == wordfreq.get_frequency_dict("tr")["merhaba"]


def test_languages_wordfreq_tokenizes_otherwise_are_asked_of_wordfreq() -> None:
    assert frequency.index("zh") is None  # Jieba's tokenizer, not wordfreq's regex
    assert frequency.index("xx") is None  # no list at all
