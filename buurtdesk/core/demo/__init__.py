"""The fictional demo neighbourhood."""
