"""Publishing a neighbourhood for the city: the city theme list, packages and the city file."""
