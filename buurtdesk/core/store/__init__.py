"""The BuurtDesk file: models, opening and migrating, the Library facade, backups,
reading and writing files."""
