"""loopwright.envs.sandbox."""
