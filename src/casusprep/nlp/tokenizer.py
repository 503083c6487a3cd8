"""The saved tokenizer of the shared pipeline, with its special cases added when a text first needs them.

The model's tokenizer carries spaCy's 4,670 Dutch special cases (abbreviations such as "bv.", "Dr.mr.",
"ACT.FISC." and emoticons). Adding them all costs a quarter of a second at every start, the largest part of loading
the model, while a note uses a handful. A special case can only change the tokens of a text that contains its
string, and none of the ones added lazily contains whitespace, so the tokenizer looks at each new whitespace-free
chunk of a text once and adds the special cases found inside it before it tokenizes. spaCy's matcher for special
cases that the affix rules split ("Dr." is "Dr" + ".") compares token texts and ignores the whitespace between
them, so such a case can also match across a space (and, matched, it changes the tokens around it even where spaCy
then drops it): the few whose split follows punctuation ("''", "'s", emoticons) are added at the first text, and the
rest, which split before punctuation, are looked for across every space followed by punctuation. The tokens are
the same as with all special cases loaded (tests compare both on varied text); only the cost moves to the first text
that uses one. Everything else (affixes, token and URL patterns) is read from disk as spaCy reads it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from casusprep.nlp.spacy_import import import_spacy

spacy = import_spacy()

from spacy import util  # noqa: E402
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # noqa: E402 - Cython, no stubs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

FACTORY = "casusprep.lazy_special_cases.v2"
_SEEN_LIMIT = 200_000  # distinct chunks remembered; past it the memory starts over (only a little work redone)


class LazySpecialCasesTokenizer(Tokenizer):
    """A spaCy Tokenizer whose special cases (except the whitespace ones) are added on first sight."""

    def __init__(self, vocab) -> None:  # noqa: ANN001 - spaCy's Vocab
        super().__init__(vocab)
        self.pending: dict[str, list[dict]] = {}
        self._lengths = range(0)
        self._seen: set[str] = set()
        self._prepared = False
        self._lefts: dict[str, list[tuple[str, str]]] = {}  # text before a split: (text after it, the case)
        self._left_lengths: list[int] = []
        self._lock = threading.Lock()

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> LazySpecialCasesTokenizer:
        """Everything as spaCy loads it, except that the special cases wait (spaCy's from_disk reads through here)."""
        exclude = tuple(exclude)
        super().from_bytes(bytes_data, exclude=(*exclude, "exceptions"))
        data: dict[str, object] = {}
        # The special cases, read as spaCy's own from_bytes reads them.
        util.from_bytes(bytes_data, {"exceptions": lambda b: data.setdefault("rules", b)}, exclude)
        rules = data.get("rules")
        if isinstance(rules, dict):
            with self._lock:
                self._defer(dict(rules))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """As spaCy saves it: with every special case."""
        with self._lock:
            for key in list(self.pending):
                self.add_special_case(key, self.pending.pop(key))
            self._seen.clear()
        return super().to_bytes(exclude=exclude)

    def __call__(self, text: str) -> Doc:
        with self._lock:
            self._add_needed(text)
            return super().__call__(text)

    def all_rules(self) -> dict[str, list[dict]]:
        """Every special case, added or still pending: what the plain tokenizer would hold."""
        return {**self.pending, **self.rules}

    def _defer(self, rules: dict[str, list[dict]]) -> None:
        eager = {key: value for key, value in rules.items() if len(key) < 2 or any(c.isspace() for c in key)}
        self.rules = eager
        self.pending = {key: value for key, value in rules.items() if key not in eager}
        self._lengths = range(min(map(len, self.pending), default=2), max(map(len, self.pending), default=1) + 1)
        self._seen.clear()
        self._prepared = False

    def _add_needed(self, text: str) -> None:
        if not self.pending:
            return
        if not self._prepared:
            self._prepare()
        seen, pending = self._seen, self.pending
        if len(seen) > _SEEN_LIMIT:
            seen.clear()
        chunks = text.split()
        for chunk in chunks:
            if chunk in seen:
                continue
            seen.add(chunk)
            size = len(chunk)
            for length in self._lengths:
                if length > size:
                    break
                for start in range(size - length + 1):
                    key = chunk[start : start + length]
                    if key in pending:
                        self.add_special_case(key, pending.pop(key))
        for i in range(1, len(chunks)):
            before, after = chunks[i - 1], chunks[i]
            if before[-1].isalnum() and not after[0].isalnum():
                self._add_across(before, chunks, i)

    def _add_across(self, before: str, chunks: list[str], i: int) -> None:
        """Add the cases split before punctuation that the space before chunk i could fall inside."""
        pending, lefts = self.pending, self._lefts
        head = ""
        for length in self._left_lengths:
            if length > len(before):
                break
            for right, key in lefts.get(before[-length:], ()):
                if key not in pending:
                    continue
                while len(head) < len(right) and i < len(chunks):  # the text after the space, spaces left out
                    head, i = head + chunks[i], i + 1
                if head.startswith(right):
                    self.add_special_case(key, pending.pop(key))

    def _prepare(self) -> None:
        """Add the cases the affix rules split right after punctuation, and index the others by what comes before
        their split. The first can match across any space that punctuation precedes (most spaces in a text), so
        they are not worth looking for; the others only where a space is followed by punctuation."""
        self._prepared = True
        self._lefts = {}
        for key in list(self.pending):
            pieces = [token.text for token in Tokenizer.__call__(self, key)]
            if any(not piece[-1].isalnum() for piece in pieces[:-1]):
                self.add_special_case(key, self.pending.pop(key))
                continue
            cut = 0
            for piece in pieces[:-1]:
                cut += len(piece)
                self._lefts.setdefault(key[:cut], []).append((key[cut:], key))
        self._left_lengths = sorted({len(left) for left in self._lefts})


@spacy.registry.tokenizers(FACTORY)
def make_lazy_tokenizer() -> Callable[[Language], LazySpecialCasesTokenizer]:
    """The tokenizer the shared pipeline is built with; loading the pipeline reads the saved one into it."""

    def create(nlp: Language) -> LazySpecialCasesTokenizer:
        return LazySpecialCasesTokenizer(nlp.vocab)

    return create
