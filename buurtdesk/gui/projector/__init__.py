"""The projector window, its slides and their preview."""
