"""Plain Python, no Qt: the data, the rules and the documents."""
