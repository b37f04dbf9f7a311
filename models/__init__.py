"""loopwright.models."""
