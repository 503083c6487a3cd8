"""casusprep: prepare a case consultation in Flemish childcare, safely and offline."""

# Imported here, while the package import holds the import lock, so that no worker thread ever sees a partially
# imported ``typing``: dataclasses looks it up in sys.modules without importing it, and the app's worker threads
# (objectivity hints, anonymiser) may be the first to import modules that define dataclasses at the same time.
import typing  # noqa: F401

__version__ = "0.1.0"
