"""The actions page: agreed actions and their review."""
