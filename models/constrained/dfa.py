"""A DFA built lazily from an NFA by subset construction.

Only the states a decoding actually reaches are ever built, so a grammar over every tool
of a registry costs what the calls written so far visited, not the size of its powerset.
"""

from collections import deque

from loopwright.models.constrained.nfa import NFA, Frag


class DFA:
    """Subset construction on demand; state ids are ints, -1 is dead."""

    def __init__(self, pattern: Frag) -> None:
        self.nfa = NFA()
        start = self.nfa.new()
        self.final = pattern(self.nfa, start)
        self._dist = _distances_to(self.nfa, self.final)
        self._ids: dict[frozenset[int], int] = {}
        self._sets: list[frozenset[int]] = []
        self._trans: dict[tuple[int, int], int] = {}
        self.start = self._intern(self._closure({start}))

    def _closure(self, states: set[int]) -> frozenset[int]:
        todo, seen = list(states), set(states)
        while todo:
            for nxt in self.nfa.eps[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return frozenset(seen)

    def _intern(self, states: frozenset[int]) -> int:
        if not states:
            return -1
        if states not in self._ids:
            self._ids[states] = len(self._sets)
            self._sets.append(states)
        return self._ids[states]

    def step(self, state: int, byte: int) -> int:
        """The state after one byte (-1: the byte breaks the grammar)."""
        key = (state, byte)
        nxt = self._trans.get(key)
        if nxt is None:
            moved = {t for s in self._sets[state] for chars, t in self.nfa.edges[s] if byte in chars}
            nxt = self._trans[key] = self._intern(self._closure(moved)) if moved else -1
        return nxt

    def walk(self, state: int, data: bytes) -> int:
        """The state after `data`, -1 as soon as it breaks the grammar."""
        for b in data:
            if state < 0:
                break
            state = self.step(state, b)
        return state

    def accepting(self, state: int) -> bool:
        return state >= 0 and self.final in self._sets[state]

    def shortest_path(self, state: int) -> bytes:
        """A shortest byte string leading from `state` to acceptance (ASCII where possible)."""
        out = bytearray()
        s = min(self._sets[state], key=self._dist.__getitem__)
        while s != self.final:
            here = self._dist[s]
            nxt = next((t for t in self.nfa.eps[s] if self._dist[t] == here), None)
            if nxt is None:
                chars, nxt = next((c, t) for c, t in self.nfa.edges[s] if self._dist[t] == here - 1)
                out.append(min(chars))
            s = nxt
        return bytes(out)


def _distances_to(nfa: NFA, final: int) -> list[int]:
    """Bytes from each NFA state to `final`: 0-1 BFS on the reversed NFA (epsilon edges
    cost 0, byte edges 1)."""
    inf = 1 << 30
    back: list[list[tuple[int, int]]] = [[] for _ in nfa.eps]
    for s, targets in enumerate(nfa.eps):
        for t in targets:
            back[t].append((s, 0))
    for s, edges in enumerate(nfa.edges):
        for _, t in edges:
            back[t].append((s, 1))
    dist = [inf] * len(nfa.eps)
    dist[final] = 0
    queue = deque([final])
    while queue:
        t = queue.popleft()
        for s, w in back[t]:
            if dist[t] + w < dist[s]:
                dist[s] = dist[t] + w
                (queue.appendleft if w == 0 else queue.append)(s)
    return dist
