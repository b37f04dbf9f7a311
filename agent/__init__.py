"""loopwright.agent."""
