"""How strong a new passphrase is, judged by zxcvbn and explained in Dutch.

Length alone says little ("aaaaaaaaaaaa" is long, "Lotte2019" has digits): zxcvbn estimates how
many guesses an attacker needs, from dictionaries, names, dates, keyboard patterns and
repetitions. The store refuses a passphrase with problems; the app and the command line show
the same sentences before they try.
"""

from __future__ import annotations

from collections.abc import Iterable

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection from offline slow-hash attacks"
_CHECKED_CHARS = 100  # zxcvbn's time grows with length; a longer passphrase is judged on its start


def passphrase_problems(passphrase: str, user_inputs: Iterable[str] = ()) -> list[str]:
    """Dutch sentences saying what is wrong with a new passphrase; empty when it is good enough.

    ``user_inputs`` are words the passphrase should not be built from (names of the case, for
    instance); they are passed to zxcvbn and never echoed.
    """
    if not passphrase or not passphrase.strip():
        return ["Kies een wachtwoord: het mag niet leeg zijn."]
    problems = []
    if len(passphrase) < MIN_LENGTH:
        problems.append(
            f"Het wachtwoord is te kort: gebruik minstens {MIN_LENGTH} tekens, liefst een zin van een paar woorden."
        )
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_CHECKED_CHARS], user_inputs=[u for u in user_inputs if u][:50])
    if result["score"] < MIN_SCORE:
        reasons = _reasons(result.get("sequence", []))
        problems.append(
            "Het wachtwoord is te makkelijk te raden"
            + (f" ({', '.join(reasons)})" if reasons else "")
            + ". Maak er een zin van met een paar woorden die niet bij elkaar horen."
        )
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
                add("het bevat een naam of woord uit je casussen")
            elif match.get("dictionary_name") == "passwords" or match.get("rank", 10**9) <= 1000:
                add("het bevat een veelgebruikt wachtwoord of woord")
            else:
                add("het bestaat uit gewone woorden of namen")
            if match.get("l33t"):
                add("letters vervangen door cijfers (zoals 3 voor e) helpt weinig")
            if match.get("reversed"):
                add("een woord achterstevoren helpt weinig")
        elif pattern == "repeat":
            add("het herhaalt tekens of stukjes")
        elif pattern == "sequence":
            add("het bevat een reeks zoals abc of 1234")
        elif pattern == "spatial":
            add("het volgt een patroon op het toetsenbord")
        elif pattern == "date":
            add("het bevat een datum")
        elif pattern == "regex" and match.get("regex_name") == "recent_year":
            add("het bevat een jaartal")
        elif pattern == "bruteforce":
            add("het is kort")
    return out
