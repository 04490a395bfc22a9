"""Designer forms compiled to Python by ``tools/forms.py``; never edit these by hand."""
