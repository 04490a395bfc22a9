"""Printing and saving the documents."""
