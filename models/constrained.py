"""Constrained decoding: a byte-level automaton over the tokenizer's vocabulary.

A tool call's JSON (`{"name": ..., "arguments": {...}}` fitting one bound tool's schema) is
compiled into an NFA over bytes; subsets of NFA states are the DFA states, built lazily.
For each DFA state, the tokens still needed to close the call after each vocabulary token
are found once by walking a trie of the vocabulary's byte strings, and cached. After
warm-up a step costs a dict lookup, the advance over the sampled token's bytes, one
comparison with the remaining budget and one masked_fill. A token is allowed only if the
call can still be closed within max_new_tokens, so a call is complete even when it is small.
"""

import json
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import torch

ByteSet = frozenset[int]
Frag = Callable[["NFA", int], int]
"""Adds a pattern starting at an NFA state and returns the state where it ends."""

_STRING_CHARS: ByteSet = frozenset(range(0x20, 0x100)) - {ord('"'), ord("\\")}
_DIGITS: ByteSet = frozenset(b"0123456789")
_WS: ByteSet = frozenset(b" \n")
_MAX_INT_DIGITS = 10
_MAX_FRACTION_DIGITS = 6


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
    data = text.encode() if isinstance(text, str) else text

    def add(nfa: NFA, state: int) -> int:
        for b in data:
            nxt = nfa.new()
            nfa.edges[state].append((frozenset([b]), nxt))
            state = nxt
        return state
    return add


def cls(chars: ByteSet) -> Frag:
    def add(nfa: NFA, state: int) -> int:
        nxt = nfa.new()
        nfa.edges[state].append((chars, nxt))
        return nxt
    return add


def seq(*parts: Frag) -> Frag:
    def add(nfa: NFA, state: int) -> int:
        for part in parts:
            state = part(nfa, state)
        return state
    return add


def alt(*options: Frag) -> Frag:
    def add(nfa: NFA, state: int) -> int:
        end = nfa.new()
        for option in options:
            start = nfa.new()
            nfa.eps[state].append(start)
            nfa.eps[option(nfa, start)].append(end)
        return end
    return add


def opt(part: Frag) -> Frag:
    def add(nfa: NFA, state: int) -> int:
        end = part(nfa, state)
        nfa.eps[state].append(end)
        return end
    return add


def star(part: Frag) -> Frag:
    def add(nfa: NFA, state: int) -> int:
        loop = nfa.new()
        nfa.eps[state].append(loop)
        nfa.eps[part(nfa, loop)].append(loop)
        return loop
    return add


def upto(part: Frag, n: int) -> Frag:
    """0..n repetitions (bounded, so numbers cannot run on forever)."""
    return opt(seq(part, upto(part, n - 1))) if n > 0 else seq()


WS = opt(cls(_WS))
JSON_STRING = seq(lit('"'), star(alt(cls(_STRING_CHARS), seq(lit("\\"), alt(
    cls(frozenset(b'"\\/bfnrt')), seq(lit("u"), *[cls(frozenset(b"0123456789abcdefABCDEF"))] * 4))))), lit('"'))
JSON_INTEGER = seq(opt(lit("-")), alt(lit("0"), seq(cls(_DIGITS - {ord("0")}), upto(cls(_DIGITS), _MAX_INT_DIGITS - 1))))
JSON_NUMBER = seq(JSON_INTEGER, opt(seq(lit("."), cls(_DIGITS), upto(cls(_DIGITS), _MAX_FRACTION_DIGITS - 1))))
JSON_PRIMITIVE = alt(JSON_STRING, JSON_NUMBER, lit("true"), lit("false"), lit("null"))


def schema_frag(schema: dict[str, Any], depth: int = 0) -> Frag:
    """The JSON texts fitting `schema` (the subset tool schemas use), as an NFA fragment."""
    if "enum" in schema:
        return alt(*[lit(json.dumps(v)) for v in schema["enum"]])
    if "const" in schema:
        return lit(json.dumps(schema["const"]))
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return alt(*[schema_frag(s, depth) for s in options])
    kind = schema.get("type")
    if isinstance(kind, list):
        return alt(*[schema_frag({**schema, "type": k}, depth) for k in kind])
    if kind == "string":
        return JSON_STRING
    if kind == "integer":
        return JSON_INTEGER
    if kind == "number":
        return JSON_NUMBER
    if kind == "boolean":
        return alt(lit("true"), lit("false"))
    if kind == "null":
        return lit("null")
    if kind == "array" and depth < 3:
        item = schema_frag(schema.get("items") or {"type": "string"}, depth + 1)
        return seq(lit("["), WS, opt(seq(item, star(seq(WS, lit(","), WS, item)))), WS, lit("]"))
    if kind == "object" and depth < 3:
        return object_frag(schema, depth)
    return JSON_PRIMITIVE


def object_frag(schema: dict[str, Any], depth: int) -> Frag:
    """Properties in schema order; required ones present, optional ones may be left out."""
    props = list((schema.get("properties") or {}).items())
    required = set(schema.get("required") or [])

    def add(nfa: NFA, state: int) -> int:
        state = seq(lit("{"), WS)(nfa, state)
        close = nfa.new()
        end = seq(WS, lit("}"))(nfa, close)
        # tails[(i, first)]: the state from which properties i.. follow, then "}".
        tails: dict[tuple[int, bool], int] = {(len(props), True): close, (len(props), False): close}
        for i in range(len(props) - 1, -1, -1):
            key, sub = props[i]
            for first in (True, False):
                node = nfa.new()
                member = seq(*([] if first else [WS, lit(","), WS]), lit(json.dumps(key)), WS, lit(":"), WS,
                             schema_frag(sub, depth + 1))
                nfa.eps[member(nfa, node)].append(tails[(i + 1, False)])
                if key not in required:
                    nfa.eps[node].append(tails[(i + 1, first)])
                tails[(i, first)] = node
        nfa.eps[state].append(tails[(0, True)])
        return end
    return add


def tool_call_frag(tools: list[dict[str, Any]]) -> Frag:
    """`{"name": "<tool>", "arguments": <that tool's arguments>}`."""
    options = []
    for t in tools:
        fn = t.get("function", t)
        params = fn.get("parameters") or {"type": "object", "properties": {}}
        options.append(seq(lit(json.dumps(fn["name"])), WS, lit(","), WS, lit('"arguments"'), WS, lit(":"), WS,
                           object_frag(params, 0)))
    return seq(lit("{"), WS, lit('"name"'), WS, lit(":"), WS, alt(*options), WS, lit("}"))


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
        key = (state, byte)
        nxt = self._trans.get(key)
        if nxt is None:
            moved = {t for s in self._sets[state] for chars, t in self.nfa.edges[s] if byte in chars}
            nxt = self._trans[key] = self._intern(self._closure(moved)) if moved else -1
        return nxt

    def walk(self, state: int, data: bytes) -> int:
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
    """0-1 BFS on the reversed NFA: epsilon edges cost 0, byte edges 1."""
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


@dataclass
class VocabTrie:
    """The vocabulary's byte strings as a trie; special tokens are left out."""

    size: int
    root: dict = field(default_factory=dict)
    token_bytes: list[bytes | None] = field(default_factory=list)

    @classmethod
    def of(cls, tokenizer: Any) -> "VocabTrie":
        with _cache_lock:
            cached = _tries.get(id(tokenizer))
            if cached is None or cached[0] is not tokenizer:
                cached = _tries[id(tokenizer)] = (tokenizer, cls._build(tokenizer))
            return cached[1]

    @classmethod
    def _build(cls, tokenizer: Any) -> "VocabTrie":
        pieces = token_byte_strings(tokenizer)
        trie = cls(size=len(pieces), token_bytes=pieces)
        for token_id, data in enumerate(pieces):
            if not data:
                continue
            node = trie.root
            for b in data:
                node = node.setdefault(b, {})
            node.setdefault(None, []).append(token_id)
        return trie


_cache_lock = threading.Lock()
_tries: dict[int, tuple[Any, VocabTrie]] = {}


def token_byte_strings(tokenizer: Any) -> list[bytes | None]:
    """Bytes each token id stands for (None for special tokens), for byte-level BPE
    (GPT-2, Llama 3, Qwen, SmolLM) and SentencePiece-style (▁, <0xNN>) vocabularies."""
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    byte_of = {ch: b for b, ch in bytes_to_unicode().items()}
    special = set(tokenizer.all_special_ids) | {
        i for i, t in getattr(tokenizer, "added_tokens_decoder", {}).items() if getattr(t, "special", False)}
    pieces: list[bytes | None] = []
    for token_id, token in enumerate(tokenizer.convert_ids_to_tokens(list(range(len(tokenizer))))):
        if token is None or token_id in special:
            pieces.append(None)
        elif all(ch in byte_of for ch in token):
            pieces.append(bytes(byte_of[ch] for ch in token))
        elif token.startswith("<0x") and token.endswith(">") and len(token) == 6:
            pieces.append(bytes([int(token[3:5], 16)]))
        else:
            pieces.append(token.replace("\u2581", " ").encode())
    return pieces


class TokenMasks:
    """Per DFA state, for every token, the tokens still needed to close after taking it.

    Computed once per state by walking the trie and cached: a step then needs one
    comparison with the remaining budget.
    """

    UNREACHABLE = 1 << 30

    def __init__(self, dfa: DFA, trie: VocabTrie, encode: Callable[[str], list[int]]) -> None:
        self.dfa, self.trie, self.encode = dfa, trie, encode
        self._cache: dict[int, torch.Tensor] = {}
        self._close: dict[int, int] = {}
        self._fewest: dict[int, int] = {}
        self._lock = threading.Lock()

    def close_tokens(self, state: int) -> int:
        """Tokens that spell the shortest way from `state` to acceptance (an upper bound on
        the tokens needed, since the tokenizer's own encoding of that text is one way)."""
        if state not in self._close:
            path = self.dfa.shortest_path(state)
            self._close[state] = len(self.encode(path.decode("utf-8", "replace"))) if path else 0
        return self._close[state]

    def distances_after(self, state: int) -> torch.Tensor:
        """[vocab] int64: tokens to acceptance after each token, UNREACHABLE if it breaks the grammar."""
        with self._lock:
            if state not in self._cache:
                self._cache[state] = self._compute(state)
            return self._cache[state]

    def fewest_after(self, state: int) -> int:
        """The smallest entry of distances_after(state)."""
        if state not in self._fewest:
            self._fewest[state] = int(self.distances_after(state).min())
        return self._fewest[state]

    def _compute(self, state: int) -> torch.Tensor:
        dist = torch.full((self.trie.size,), self.UNREACHABLE, dtype=torch.int64)
        stack = [(self.trie.root, state)]
        while stack:
            node, s = stack.pop()
            for b, child in node.items():
                if b is None:
                    continue
                t = self.dfa.step(s, b)
                if t < 0:
                    continue
                ends = child.get(None)
                if ends:
                    dist[ends] = self.close_tokens(t)
                stack.append((child, t))
        return dist


@dataclass
class _Grammar:
    dfa: DFA
    masks: TokenMasks
    trigger: bytes
    """Bytes that open the constrained region in 'auto' mode (e.g. b'<tool_call>')."""


_grammars: dict[tuple, _Grammar] = {}


class ToolCallConstraint:
    """LogitsProcessor: free text, but once `<tool_call>` is written the call must fit a tool.

    With required=True the completion must be one or more calls and nothing else.
    State is kept per completion prefix, so one instance serves n samples of a prompt.
    """

    def __init__(self, grammar: _Grammar, required: bool, max_new_tokens: int, eos_token_ids: list[int]):
        self.grammar, self.required = grammar, required
        self.max_new_tokens = max_new_tokens
        self.eos_token_ids = list(eos_token_ids)
        start = grammar.dfa.start if required else None
        self._states: dict[tuple[int, ...], tuple[int | None, bytes]] = {(): (start, b"")}

    @classmethod
    def for_tools(cls, tokenizer: Any, tools: list[dict], required: bool = False,
                  max_new_tokens: int = 256, eos_token_ids: list[int] | None = None) -> "ToolCallConstraint":
        key = (id(tokenizer), json.dumps(tools, sort_keys=True), required)
        with _cache_lock:
            grammar = _grammars.get(key)
        if grammar is None:
            body = seq(WS, tool_call_frag(tools), WS, lit("</tool_call>"))
            call = seq(lit("<tool_call>"), body)
            pattern = seq(call, star(seq(lit("\n"), call))) if required else body
            dfa = DFA(pattern)
            encode = partial(tokenizer.encode, add_special_tokens=False)
            grammar = _Grammar(dfa, TokenMasks(dfa, VocabTrie.of(tokenizer), encode), b"<tool_call>")
            with _cache_lock:
                _grammars[key] = grammar
        eos = eos_token_ids if eos_token_ids is not None else [tokenizer.eos_token_id]
        return cls(grammar, required, max_new_tokens, eos)

    def __call__(self, completion_ids: list[int], logits: torch.Tensor) -> torch.Tensor:
        # logits: [vocab] (the model's vocab may be padded past the tokenizer's)
        state, _ = self._state(tuple(completion_ids))
        if state is None:
            return logits
        dfa, masks = self.grammar.dfa, self.grammar.masks
        if state < 0:
            return logits  # dead: the text broke the grammar outside the mask's reach
        budget = self.max_new_tokens - len(completion_ids) - 1  # tokens left after this one
        close_after = masks.distances_after(state)  # [tokenizer vocab]
        if masks.fewest_after(state) > budget and not dfa.accepting(state):
            return logits  # the budget cannot close the call any more; let it run out
        blocked = close_after > budget
        if logits.shape[-1] > blocked.shape[0]:  # padded model vocab: extra rows never allowed
            blocked = torch.cat([blocked, blocked.new_ones(logits.shape[-1] - blocked.shape[0])])
        if self.required and dfa.accepting(state):
            blocked[self.eos_token_ids] = False
        return logits.masked_fill(blocked, float("-inf"))

    def _state(self, ids: tuple[int, ...]) -> tuple[int | None, bytes]:
        """(DFA state or None when outside a call, recent free text) after `ids`."""
        cut = len(ids)
        while ids[:cut] not in self._states:
            cut -= 1
        state, tail = self._states[ids[:cut]]
        if len(self._states) > 4096:
            self._states = {(): self._states[()]}
        pieces = self.grammar.masks.trie.token_bytes
        for i in range(cut, len(ids)):
            data = pieces[ids[i]] if ids[i] < len(pieces) else None
            state, tail = self._advance(state, tail, data or b"")
            self._states[ids[: i + 1]] = (state, tail)
        return state, tail

    def _advance(self, state: int | None, tail: bytes, data: bytes) -> tuple[int | None, bytes]:
        dfa, trigger = self.grammar.dfa, self.grammar.trigger
        for i, b in enumerate(data):
            if state is None:
                tail = (tail + bytes([b]))[-len(trigger):]
                if tail == trigger:
                    state, tail = dfa.start, b""
                continue
            state = dfa.step(state, b) if state >= 0 else -1
            if not self.required and dfa.accepting(state):
                return self._advance(None, b"", data[i + 1:])
        return state, tail


class CodeBlockStop:
    """LogitsProcessor of the `code` format: once a fenced block is closed, only EOS.

    One action per turn: the model cannot go on to imagine the block's output or a
    second turn, which small models otherwise do. With `openers` (tool_choice required)
    the completion must start with one of them, e.g. "```bash\n", so a block is forced.
    """

    def __init__(self, tokenizer: Any, eos_token_ids: list[int], openers: list[str] | None = None) -> None:
        self.tokenizer, self.eos_token_ids = tokenizer, list(eos_token_ids)
        self._opener: TokenMasks | None = None
        if openers:
            key = (id(tokenizer), "openers", tuple(openers))
            with _cache_lock:
                grammar = _grammars.get(key)
            if grammar is None:
                dfa = DFA(alt(*[lit(o) for o in openers]))
                masks = TokenMasks(dfa, VocabTrie.of(tokenizer), partial(tokenizer.encode, add_special_tokens=False))
                grammar = _Grammar(dfa, masks, b"")
                with _cache_lock:
                    _grammars[key] = grammar
            self._opener = grammar.masks

    def __call__(self, completion_ids: list[int], logits: torch.Tensor) -> torch.Tensor:
        # logits: [vocab]
        if self._opener is not None:
            pieces = self._opener.trie.token_bytes
            state = self._opener.dfa.walk(self._opener.dfa.start, b"".join(pieces[i] or b"" for i in completion_ids))
            if state >= 0 and not self._opener.dfa.accepting(state):
                blocked = self._opener.distances_after(state) >= TokenMasks.UNREACHABLE
                if logits.shape[-1] > blocked.shape[0]:
                    blocked = torch.cat([blocked, blocked.new_ones(logits.shape[-1] - blocked.shape[0])])
                return logits.masked_fill(blocked, float("-inf"))
        text = self.tokenizer.decode(completion_ids)
        if text.count("```") < 2:
            return logits
        only_eos = torch.full_like(logits, float("-inf"))
        only_eos[self.eos_token_ids] = logits[self.eos_token_ids]
        return only_eos
