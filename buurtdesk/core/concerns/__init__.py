"""Concerns: intake of forms, imports, duplicates, merging and deleting."""
