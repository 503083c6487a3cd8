"""The guided Textual app. Importing this package must stay light: the first screen is on the
terminal within a second, so nothing heavy (spaCy, Presidio, python-docx) is imported here."""
