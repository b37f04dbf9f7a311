"""The tokenizer's vocabulary as bytes: a trie for walking it, a fingerprint for naming it,
and per-DFA-state token masks computed by walking the trie once.
"""

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch

from loopwright.models.constrained.dfa import DFA


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


def vocab_fingerprint(pieces: list[bytes | None]) -> str:
    """sha256 of the vocabulary's byte strings in id order (special tokens marked).

    Names a vocabulary by its content, so two tokenizers share compiled grammars exactly
    when every token id means the same bytes; unlike `id(tokenizer)` it is never reused
    by an unrelated object.
    """
    digest = hashlib.sha256()
    for data in pieces:
        if data is None:
            digest.update(b"\xff")  # a big-endian length prefix starts with 0x00
        else:
            digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


@dataclass
class VocabTrie:
    """The vocabulary's byte strings as a trie; special tokens are left out."""

    size: int
    fingerprint: str
    """`vocab_fingerprint` of `token_bytes`: the cache key of everything built on this trie."""
    root: dict = field(default_factory=dict)
    token_bytes: list[bytes | None] = field(default_factory=list)

    @classmethod
    def build(cls, pieces: list[bytes | None], fingerprint: str) -> "VocabTrie":
        trie = cls(size=len(pieces), fingerprint=fingerprint, token_bytes=pieces)
        for token_id, data in enumerate(pieces):
            if not data:
                continue
            node = trie.root
            for b in data:
                node = node.setdefault(b, {})
            node.setdefault(None, []).append(token_id)
        return trie


class TokenMasks:
    """Per DFA state, for every token, the tokens still needed to close after taking it.

    Computed once per state by walking the trie and kept for the grammar's lifetime: a
    decoding step then needs one comparison with the remaining budget. Bounded by the DFA
    states decodings reach (each entry a [vocab] int64 tensor).
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
