"""loopwright.train."""
