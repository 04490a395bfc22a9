"""Agreed actions and their follow-up."""
