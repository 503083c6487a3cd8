"""casusprep: prepare a case consultation in Flemish childcare, safely and offline."""

__version__ = "0.1.0"
