"""loopwright.bench."""
