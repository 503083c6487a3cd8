"""Recognizers, one module per kind of personal data; each returns :class:`~.base.Detection` objects.

Text-only (regular expressions with checks): :mod:`.dates`, :mod:`.phones`, :mod:`.email`, :mod:`.urls`,
:mod:`.iban`, :mod:`.national_number`, :mod:`.plates`, :mod:`.dossier`, :mod:`.reference_codes`,
:mod:`.initials`. On the word tokens of :mod:`.base`: :mod:`.registered_persons`, :mod:`.context_persons`,
:mod:`.titled_persons`, :mod:`.particle_surnames`, :mod:`.places`, :mod:`.formal_places`, :mod:`.institutions`,
:mod:`.institution_context`, :mod:`.service_branches`, :mod:`.school_saints`. On the spaCy model's entities:
:mod:`.model_entities`.
:mod:`casusprep.anonymise.presidio_bridge` registers each with Presidio; :mod:`casusprep.anonymise.engine`
resolves overlaps and picks the replacements.
"""
