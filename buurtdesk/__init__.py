"""BuurtDesk: neighbourhood meetings the "De Buurt Bestuurt" way."""

__version__ = "0.1.0"
