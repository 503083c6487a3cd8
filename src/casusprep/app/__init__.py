"""The guided Textual app. Importing this package must stay light: the first screen is on the
terminal within a second, so nothing heavy (spaCy, Presidio, python-docx) is imported here.

Importing it also switches off Textual's developer channels before Textual reads them: ``TEXTUAL_LOG``
would write every event (with what the coach types) to a plain file, and the ``devtools`` feature
would send the same to a socket. Neither may ever see case data.
"""

import os as _os

for _name in ("TEXTUAL_LOG", "TEXTUAL"):
    _os.environ.pop(_name, None)
