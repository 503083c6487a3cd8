"""E-mail addresses, matched without tldextract (so nothing can try to fetch a public suffix list)."""

from __future__ import annotations

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "email"
EMAIL = r"(?i)(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
RECOGNIZER = CheckedPattern(NAME, "EMAIL", EMAIL, 1.0, "[e-mail]")
find = RECOGNIZER.find
