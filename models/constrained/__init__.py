"""Constrained decoding: a byte-level automaton over the tokenizer's vocabulary.

A tool call's JSON (`{"name": ..., "arguments": {...}}` fitting one bound tool's schema) is
compiled into an NFA over bytes (`nfa`, `json_schema`); subsets of NFA states are the DFA
states, built lazily (`dfa`). For each DFA state, the tokens still needed to close the call
after each vocabulary token are found once by walking a trie of the vocabulary's byte
strings, and kept (`vocab_index`). After warm-up a step costs a dict lookup, the advance
over the sampled token's bytes, one comparison with the remaining budget and one
masked_fill (`processors`). A token is allowed only if the call can still be closed within
max_new_tokens, so a call is complete even when it is small. Compiled grammars live in a
bounded `GrammarCache` keyed by content (`grammar`), owned by whoever loads the model.
"""

from loopwright.models.constrained.grammar import Grammar, GrammarCache
from loopwright.models.constrained.processors import CodeBlockStop, ToolCallConstraint

__all__ = ["CodeBlockStop", "Grammar", "GrammarCache", "ToolCallConstraint"]
