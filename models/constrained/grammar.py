"""Compiled grammars and the bounded cache that keeps them warm.

Compiling a tool set's grammar (NFA, lazy DFA, token masks over the vocabulary trie) costs
~1.8 s the first time its states are walked; the cache makes that once per process per
tool set. It is an object, not module state: `LocalModel.grammars` holds the one every
chat model over that model shares. Keys are content fingerprints (the vocabulary's bytes,
the tool schemas), never `id()`s, so an entry cannot be served to a different tokenizer.
"""

import contextlib
import json
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from loopwright.models.constrained.dfa import DFA
from loopwright.models.constrained.json_schema import (
    any_object_frag,
    hermes_calls_frag,
    schema_frag,
)
from loopwright.models.constrained.nfa import Frag, alt, lit
from loopwright.models.constrained.vocab_index import (
    TokenMasks,
    VocabTrie,
    token_byte_strings,
    vocab_fingerprint,
)

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

TOOL_CALL_TRIGGER = b"<tool_call>"
"""The text that opens the constrained region of a Hermes turn in 'auto' mode."""


@dataclass
class Grammar:
    """A pattern compiled against one vocabulary."""

    dfa: DFA
    masks: TokenMasks
    trigger: bytes
    """Bytes that open the constrained region in 'auto' mode (e.g. b'<tool_call>'); b'' if none."""


class LRU(Generic[K, V]):
    """A mapping of at most `capacity` entries; the least recently used one goes first."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"an LRU needs capacity >= 1, got {capacity}")
        self.capacity = capacity
        self._entries: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)


class GrammarCache:
    """Vocabulary tries and compiled grammars, each in an LRU keyed by content.

    Bounds: a grammar's token masks grow by one [vocab] int64 row (~400 KB for a 49k
    vocabulary) per DFA state decodings reach, so a warm tool-call grammar holds tens to
    a few hundred MB. An agent uses one tool set with up to three grammars (auto,
    required, one forced tool), so `max_grammars=8` keeps two or three tool sets warm
    within about a GB at worst. A process decodes with one model, or two when a test or
    bench compares tokenizers, hence `max_vocabularies=2` (a trie is ~50 MB of dicts).
    """

    def __init__(self, max_grammars: int = 8, max_vocabularies: int = 2) -> None:
        self._grammars: LRU[tuple, Grammar] = LRU(max_grammars)
        self._vocabularies: LRU[str, VocabTrie] = LRU(max_vocabularies)
        self._fingerprints: weakref.WeakKeyDictionary[Any, tuple[int, str]] = weakref.WeakKeyDictionary()
        """tokenizer -> (its length, fingerprint): reading a 49k vocabulary costs ~50 ms, too
        much per model call; the entry dies with the tokenizer and is redone if it grows."""
        self._lock = threading.RLock()
        """Held while building, so concurrent runs starting on one tool set build it once."""

    def vocabulary(self, tokenizer: Any) -> VocabTrie:
        """The trie of `tokenizer`'s vocabulary, built on first use."""
        with self._lock:
            known = self._known_fingerprint(tokenizer)
            trie = self._vocabularies.get(known) if known else None
            if trie is None:
                pieces = token_byte_strings(tokenizer)
                fingerprint = vocab_fingerprint(pieces)
                self._remember_fingerprint(tokenizer, fingerprint)
                trie = self._vocabularies.get(fingerprint) or VocabTrie.build(pieces, fingerprint)
                self._vocabularies.put(fingerprint, trie)
            return trie

    def tool_calls(self, tokenizer: Any, tools: list[dict[str, Any]], required: bool,
                   parallel: bool = True) -> Grammar:
        """Hermes tool calls fitting `tools` (see `json_schema.hermes_calls_frag`)."""
        spec = ("tool_calls", json.dumps(tools, sort_keys=True), required, parallel)
        return self._grammar(tokenizer, spec, lambda: hermes_calls_frag(tools, required, parallel), TOOL_CALL_TRIGGER)

    def json_value(self, tokenizer: Any, schema: dict[str, Any] | None) -> Grammar:
        """One JSON value fitting `schema`, or any JSON object when it is None (response formats)."""
        spec = ("json", json.dumps(schema, sort_keys=True))
        pattern = (lambda: schema_frag(schema)) if schema is not None else any_object_frag
        return self._grammar(tokenizer, spec, pattern, b"")

    def openers(self, tokenizer: Any, openers: list[str]) -> Grammar:
        """Exactly one of the `openers` strings (e.g. "```bash\\n")."""
        spec = ("openers", tuple(openers))
        return self._grammar(tokenizer, spec, lambda: alt(*[lit(o) for o in openers]), b"")

    def __len__(self) -> int:
        """Grammars held."""
        return len(self._grammars)

    def _grammar(self, tokenizer: Any, spec: tuple, pattern: Callable[[], Frag], trigger: bytes) -> Grammar:
        with self._lock:
            trie = self.vocabulary(tokenizer)
            key = (trie.fingerprint, *spec)
            grammar = self._grammars.get(key)
            if grammar is None:
                dfa = DFA(pattern())
                encode = partial(tokenizer.encode, add_special_tokens=False)
                grammar = Grammar(dfa, TokenMasks(dfa, trie, encode), trigger)
                self._grammars.put(key, grammar)
            return grammar

    def _known_fingerprint(self, tokenizer: Any) -> str | None:
        try:
            known = self._fingerprints.get(tokenizer)
        except TypeError:  # not weak-referenceable: fingerprinted on every call
            return None
        return known[1] if known and known[0] == len(tokenizer) else None

    def _remember_fingerprint(self, tokenizer: Any, fingerprint: str) -> None:
        with contextlib.suppress(TypeError):  # not weak-referenceable: not remembered
            self._fingerprints[tokenizer] = (len(tokenizer), fingerprint)
