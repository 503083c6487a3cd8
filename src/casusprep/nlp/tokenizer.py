"""spaCy's Dutch tokenizer, with its special cases added when a text first needs them.

The Dutch defaults carry 4,670 special cases (abbreviations such as "bv.", "Dr.mr.", "ACT.FISC." and
emoticons). Building them costs about 0.9 s, nearly half of the engine's start-up, while a note uses a
handful. A special case can only change the tokens of a text that contains its string, and none of the ones
added lazily contains whitespace, so the tokenizer looks at each new whitespace-free chunk of a text once and
adds the special cases found inside it before it tokenizes. The tokens are the same as with all special cases
loaded (tests compare both on varied text); only the cost moves to the first text that uses one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from casusprep.nlp.spacy_import import import_spacy

spacy = import_spacy()

from spacy.tokenizer import Tokenizer  # noqa: E402
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

FACTORY = "casusprep.lazy_special_cases.v1"
_SEEN_LIMIT = 200_000  # distinct chunks remembered; past it the memory starts over (only a little work redone)


class LazySpecialCasesTokenizer(Tokenizer):
    """A spaCy Tokenizer whose special cases (except the whitespace ones) are added on first sight."""

    def __init__(self, vocab, rules: dict, **patterns) -> None:  # noqa: ANN001 - spaCy's Vocab
        eager = {key: value for key, value in rules.items() if len(key) < 2 or any(c.isspace() for c in key)}
        super().__init__(vocab, rules=eager, **patterns)
        self.pending: dict[str, list[dict]] = {key: value for key, value in rules.items() if key not in eager}
        self._lengths = range(min(map(len, self.pending), default=2), max(map(len, self.pending), default=1) + 1)
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, text: str) -> Doc:
        with self._lock:
            self._add_needed(text)
            return super().__call__(text)

    def all_rules(self) -> dict[str, list[dict]]:
        """Every special case, added or still pending: what the plain tokenizer would hold."""
        return {**self.pending, **self.rules}

    def _add_needed(self, text: str) -> None:
        if not self.pending:
            return
        seen, pending = self._seen, self.pending
        if len(seen) > _SEEN_LIMIT:
            seen.clear()
        for chunk in text.split():
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


@spacy.registry.tokenizers(FACTORY)
def make_lazy_tokenizer() -> Callable[[Language], LazySpecialCasesTokenizer]:
    """The factory named in the config override of ``casusprep.nlp.get_nlp``; it mirrors spacy.Tokenizer.v1."""

    def create(nlp: Language) -> LazySpecialCasesTokenizer:
        defaults = nlp.Defaults
        prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
        return LazySpecialCasesTokenizer(
            nlp.vocab,
            rules=dict(defaults.tokenizer_exceptions),
            prefix_search=compile_prefix_regex(prefixes).search if prefixes else None,
            suffix_search=compile_suffix_regex(suffixes).search if suffixes else None,
            infix_finditer=compile_infix_regex(infixes).finditer if infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return create
