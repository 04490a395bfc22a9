"""The concerns page: entry form, list, import, duplicates."""
