"""Training code for casusprep's own Dutch spaCy pipeline (models/nl_casusprep)."""
