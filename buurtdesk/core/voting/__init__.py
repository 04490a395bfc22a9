"""Voting: methods, tallies, ballots, ties and the ranking."""
