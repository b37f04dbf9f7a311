"""loopwright.tui."""
