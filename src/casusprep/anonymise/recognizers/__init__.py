"""Recognizers: each finds one kind of personal data and returns :class:`~.base.Span` objects.

They share the token scan in :mod:`.base`; :mod:`casusprep.anonymise.engine` resolves overlaps
and picks the replacements.
"""
