"""How strong a new passphrase is, judged by zxcvbn and explained in Dutch.

Length alone says little ("aaaaaaaaaaaa" is long, "Lotte2019" has digits): zxcvbn estimates how
many guesses an attacker needs, from dictionaries, names, dates, keyboard patterns and
repetitions. The store refuses a passphrase with problems; the app and the command line show
the same sentences before they try.
"""

from __future__ import annotations

from collections.abc import Iterable

from casusprep.store.texts import STORE

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection from offline slow-hash attacks"
_CHECKED_CHARS = 100  # zxcvbn's time grows with length; a longer passphrase is judged on its start


def passphrase_problems(passphrase: str, user_inputs: Iterable[str] = ()) -> list[str]:
    """Dutch sentences saying what is wrong with a new passphrase; empty when it is good enough.

    ``user_inputs`` are words the passphrase should not be built from (names of the case, for
    instance); they are passed to zxcvbn and never echoed.
    """
    if not passphrase or not passphrase.strip():
        return [STORE.PASSPHRASE_EMPTY]
    problems = []
    if len(passphrase) < MIN_LENGTH:
        problems.append(STORE.PASSPHRASE_TOO_SHORT.format(min_length=MIN_LENGTH))
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_CHECKED_CHARS], user_inputs=[u for u in user_inputs if u][:50])
    if result["score"] < MIN_SCORE:
        reasons = _reasons(result.get("sequence", []))
        because = STORE.PASSPHRASE_BECAUSE.format(reasons=", ".join(reasons)) if reasons else ""
        problems.append(STORE.PASSPHRASE_GUESSABLE.format(because=because))
    return problems


def _reasons(sequence: list[dict]) -> list[str]:
    """The kinds of weakness zxcvbn found, in Dutch, at most once each."""
    out: list[str] = []

    def add(text: str) -> None:
        if text not in out:
            out.append(text)

    for match in sequence:
        pattern = match.get("pattern")
        if pattern == "dictionary":
            if match.get("dictionary_name") == "user_inputs":
                add(STORE.WEAK_CASE_WORD)
            elif match.get("dictionary_name") == "passwords" or match.get("rank", 10**9) <= 1000:
                add(STORE.WEAK_COMMON_PASSWORD)
            else:
                add(STORE.WEAK_WORDS)
            if match.get("l33t"):
                add(STORE.WEAK_L33T)
            if match.get("reversed"):
                add(STORE.WEAK_REVERSED)
        elif pattern == "repeat":
            add(STORE.WEAK_REPEAT)
        elif pattern == "sequence":
            add(STORE.WEAK_SEQUENCE)
        elif pattern == "spatial":
            add(STORE.WEAK_KEYBOARD)
        elif pattern == "date":
            add(STORE.WEAK_DATE)
        elif pattern == "regex" and match.get("regex_name") == "recent_year":
            add(STORE.WEAK_YEAR)
        elif pattern == "bruteforce":
            add(STORE.WEAK_SHORT)
    return out
