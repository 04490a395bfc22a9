"""The voting page: tallies, ballots, ties and the live ranking."""
