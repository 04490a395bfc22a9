"""Scanned ballots into the file: each page read, kept with its measurements, and every
complete ballot counted through the same path as a typed one (``voting._ballots``)."""
