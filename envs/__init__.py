"""loopwright.envs."""
