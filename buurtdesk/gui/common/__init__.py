"""Widgets, dialogs and helpers every part of the window uses."""
