"""loopwright.tui: the Textual terminal chat (`loopwright chat`)."""
