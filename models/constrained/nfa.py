"""Thompson NFA over bytes and the combinators that build one.

A pattern is a `Frag`: a function that adds its states to an NFA starting at a given state
and returns the state where it ends. Fragments compose (`seq`, `alt`, `opt`, `star`,
`upto`) into the grammar of a tool call; `dfa.DFA` then determinises it lazily.
"""

from collections.abc import Callable

ByteSet = frozenset[int]
Frag = Callable[["NFA", int], int]
"""Adds a pattern starting at an NFA state and returns the state where it ends."""


class NFA:
    """Thompson NFA over bytes: epsilon edges and byte-set edges."""

    def __init__(self) -> None:
        self.eps: list[list[int]] = []
        self.edges: list[list[tuple[ByteSet, int]]] = []

    def new(self) -> int:
        self.eps.append([])
        self.edges.append([])
        return len(self.eps) - 1


def lit(text: str | bytes) -> Frag:
    """Exactly these bytes (a str is UTF-8 encoded)."""
    data = text.encode() if isinstance(text, str) else text

    def add(nfa: NFA, state: int) -> int:
        for b in data:
            nxt = nfa.new()
            nfa.edges[state].append((frozenset([b]), nxt))
            state = nxt
        return state
    return add


def cls(chars: ByteSet) -> Frag:
    """One byte out of `chars`."""
    def add(nfa: NFA, state: int) -> int:
        nxt = nfa.new()
        nfa.edges[state].append((chars, nxt))
        return nxt
    return add


def seq(*parts: Frag) -> Frag:
    """The parts one after another (no parts: the empty string)."""
    def add(nfa: NFA, state: int) -> int:
        for part in parts:
            state = part(nfa, state)
        return state
    return add


def alt(*options: Frag) -> Frag:
    """Any one of the options."""
    def add(nfa: NFA, state: int) -> int:
        end = nfa.new()
        for option in options:
            start = nfa.new()
            nfa.eps[state].append(start)
            nfa.eps[option(nfa, start)].append(end)
        return end
    return add


def opt(part: Frag) -> Frag:
    """The part or nothing."""
    def add(nfa: NFA, state: int) -> int:
        # A fresh end: the part's own end may have edges of its own (a star's loop), and
        # skipping the part must not enter them (`[, 1]` was accepted for an array).
        end = nfa.new()
        nfa.eps[part(nfa, state)].append(end)
        nfa.eps[state].append(end)
        return end
    return add


def star(part: Frag) -> Frag:
    """Zero or more repetitions."""
    def add(nfa: NFA, state: int) -> int:
        loop = nfa.new()
        nfa.eps[state].append(loop)
        nfa.eps[part(nfa, loop)].append(loop)
        return loop
    return add


def upto(part: Frag, n: int) -> Frag:
    """0..n repetitions (bounded, so numbers cannot run on forever)."""
    return opt(seq(part, upto(part, n - 1))) if n > 0 else seq()
