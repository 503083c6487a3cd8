"""How common a word is (wordfreq's Zipf scale), read from a compact index of wordfreq's own lists.

``zipf_frequency(word, lang)`` gives exactly what ``wordfreq.zipf_frequency(word, lang)`` gives. wordfreq holds each
language it is asked about as a dict of 60,000-700,000 words, built at its first use in every process: 0.03-0.8 s of
CPU and 5-150 MB per language, and the engine asks up to twelve languages (Dutch for every text, the others for words
Dutch does not settle), so in batch mode the lists cost more memory than the model and the engine together, twice
(the helper builds its own). Here each language's list is written once to the user's cache folder as one sorted
index (the words in UTF-8 byte order, their offsets and their frequency class in centibels) and read through mmap:
nothing to build at start, the pages shared by every process that reads them, and a lookup is a binary search.

Only the store differs: the words are wordfreq's (its "best" list per language), and a word goes through wordfreq's
own tokenizer, number handling and rounding (``_word_frequency`` follows wordfreq 3.1's function of that name line
for line). A language wordfreq tokenizes otherwise (Chinese, Japanese, Korean) or has no list for is asked of
wordfreq itself. Where the cache folder cannot be written the index is built in memory (still far smaller than the
dict, but built in every process).
"""

from __future__ import annotations

import array
import bisect
import hashlib
import math
import mmap
import os
import struct
import sys
import tempfile
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path

import wordfreq
from platformdirs import user_cache_path
from wordfreq.language_info import get_language_info
from wordfreq.numbers import digit_freq, smash_numbers
from wordfreq.tokens import lossy_tokenize

_MAGIC = b"casusprep wordfreq index 1\n"
_HEADER = struct.Struct("=32sII")  # magic (padded), number of words, length of the words' bytes
_lock = threading.Lock()
# Values asked before, as wordfreq keeps them (a dict emptied when full: cheaper than an LRU cache for a lookup).
_CACHE_SIZE = 100_000
_values: dict[tuple[str, str], float] = {}
_MINIMUM = wordfreq.zipf_to_freq(0.0)  # zipf_frequency's default minimum of 0, as a frequency


class FrequencyIndex:
    """One language's word list: the words sorted by their UTF-8 bytes, each with its centibels (its frequency is
    10 ** (-centibels / 100), as wordfreq's list gives it)."""

    def __init__(self, buffer: bytes | mmap.mmap) -> None:
        magic, count, size = _HEADER.unpack_from(buffer)
        if magic != _MAGIC.ljust(32, b"\0"):
            raise ValueError("not a frequency index")
        start = _HEADER.size
        words = start + 4 * (count + 1) + 2 * count + (2 * count) % 4
        # Checked before any view of the buffer exists: an mmap with views on it cannot be closed.
        if len(buffer) != words + size or struct.unpack_from("=I", buffer, start + 4 * count)[0] != size:
            raise ValueError("a frequency index cut short")
        view = memoryview(buffer)
        self._count = count
        self._offsets = view[start : start + 4 * (count + 1)].cast("I")
        start += 4 * (count + 1)
        self._centibels = view[start : start + 2 * count].cast("H")
        self._buffer = buffer  # the mmap (or bytes) the views read; kept open as long as the index lives
        self._words = words
        self._word: Callable[[int], bytes] = self._word_at

    def __len__(self) -> int:
        return self._count

    def _word_at(self, i: int) -> bytes:
        return self._buffer[self._words + self._offsets[i] : self._words + self._offsets[i + 1]]

    def centibels(self, word: str) -> int | None:
        """The word's frequency class, or None when the list does not hold it."""
        key = word.encode("utf-8", "surrogatepass")
        i = bisect.bisect_left(range(self._count), key, key=self._word)
        if i < self._count and self._word(i) == key:
            return self._centibels[i]
        return None

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.centibels(word) is not None

    def frequency(self, word: str) -> float | None:
        """The word's frequency as wordfreq's dict holds it, or None when the list does not hold it."""
        cb = self.centibels(word)
        return None if cb is None else wordfreq.cB_to_freq(-cb)


def build_index(buckets: list[list[str]]) -> bytes:
    """The index of a wordfreq list (its buckets: the words of each centibel, most frequent first). A word listed
    twice takes its last bucket, as wordfreq's dict does."""
    classes: dict[bytes, int] = {}
    for cb, bucket in enumerate(buckets):
        for word in bucket:
            classes[word.encode("utf-8")] = cb
    words = sorted(classes)
    offsets = [0]
    for w in words:
        offsets.append(offsets[-1] + len(w))
    if offsets[-1] >= 2**32 or len(buckets) >= 2**16:
        raise ValueError("a word list too large for the index")
    count = len(words)
    parts = [
        _HEADER.pack(_MAGIC.ljust(32, b"\0"), count, offsets[-1]),
        memoryview(array.array("I", offsets)).tobytes(),
        memoryview(array.array("H", [classes[w] for w in words])).tobytes(),
        b"\0" * ((2 * count) % 4),  # the words start on a 4-byte boundary, like the offsets
        b"".join(words),
    ]
    return b"".join(parts)


def _cache_dir() -> Path:
    return user_cache_path("casusprep", appauthor=False) / "wordfreq"


def _index_path(source: Path) -> Path:
    """Where the index of one wordfreq file lives: named after wordfreq's version, the file, its size and time, and
    this machine's byte order, so another wordfreq or another list never reads a stale index."""
    stat = source.stat()
    key = f"{wordfreq_version()}|{source.name}|{stat.st_size}|{stat.st_mtime_ns}|{sys.byteorder}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return _cache_dir() / f"{source.name.split('.')[0]}-{digest}.idx"


@cache
def wordfreq_version() -> str:
    from importlib.metadata import version

    return version("wordfreq")


def _open(path: Path) -> FrequencyIndex | None:
    try:
        with path.open("rb") as f:
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, or empty (mmap refuses a file of 0 bytes)
        return None
    try:
        return FrequencyIndex(mapped)
    except (ValueError, struct.error, TypeError):
        mapped.close()
        return None


def _write(path: Path, data: bytes) -> bool:
    """Write the index next to its place and move it there in one step: a process reading it at the same time
    sees the whole file or none (two processes building it at once both write the same bytes)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        return False
    return True


@cache
def _sources() -> dict[str, str]:
    return wordfreq.available_languages("best")


@cache
def index(lang: str) -> FrequencyIndex | None:
    """The index of a language's list (built into the cache folder at its first use on this machine), or None
    for a language asked of wordfreq itself. Opened once per process."""
    return load_index(lang)


def load_index(lang: str) -> FrequencyIndex | None:
    """:func:`index` without the process's cache: the file in the cache folder, written first when missing or
    unreadable."""
    source = _sources().get(lang)
    if source is None or get_language_info(lang)["tokenizer"] != "regex":
        return None
    with _lock:
        path = _index_path(Path(source))
        found = _open(path)
        if found is not None:
            return found
        data = build_index(wordfreq.read_cBpack(source))
        if _write(path, data):
            found = _open(path)
        return found if found is not None else FrequencyIndex(data)


def _word_frequency(word: str, lang: str, freqs: FrequencyIndex, minimum: float) -> float:
    """wordfreq's ``_word_frequency`` with the index for its dict."""
    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return minimum
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        freq = freqs.frequency(smashed)
        if freq is None:
            return minimum
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    unrounded = max(freq, minimum)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


def zipf_frequency(word: str, lang: str) -> float:
    """How often ``lang`` writes ``word``, on the Zipf scale (0 for a word it never writes, up to about 8): the value
    of ``wordfreq.zipf_frequency(word, lang)``."""
    key = (word, lang)
    value = _values.get(key)
    if value is not None:
        return value
    freqs = index(lang)
    if freqs is None:
        value = wordfreq.zipf_frequency(word, lang)  # noqa: TID251 - the languages the index does not cover
    else:
        value = round(wordfreq.freq_to_zipf(_word_frequency(word, lang, freqs, _MINIMUM)), 2)
    if len(_values) >= _CACHE_SIZE:
        _values.clear()
    _values[key] = value
    return value
