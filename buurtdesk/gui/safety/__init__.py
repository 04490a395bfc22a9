"""Backups, privacy, the public-text review and the audit log."""
