"""loopwright.tools."""
