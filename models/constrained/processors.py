"""The logits processors of constrained decoding, one per action format.

Each is called by the engine as `processor(completion_ids, logits) -> logits` for every
sampled token (`SamplingParams.logits_processor`); grammars come compiled from a
`GrammarCache`, so a processor itself is cheap to make per model call.
"""

from typing import Any

import torch

from loopwright.models.constrained.grammar import Grammar, GrammarCache
from loopwright.models.constrained.vocab_index import TokenMasks


class ToolCallConstraint:
    """LogitsProcessor: free text, but once `<tool_call>` is written the call must fit a tool.

    With required=True the completion must be one or more calls and nothing else. With
    parallel=False a turn holds at most one call: once it is closed only EOS may follow.
    State is kept per completion prefix, so one instance serves n samples of a prompt.
    """

    MAX_PREFIXES = 4096
    """Completion prefixes remembered before the table starts over (n samples x length)."""

    def __init__(self, grammar: Grammar, required: bool, max_new_tokens: int, eos_token_ids: list[int],
                 parallel: bool = True):
        self.grammar, self.required, self.parallel = grammar, required, parallel
        self.max_new_tokens = max_new_tokens
        self.eos_token_ids = list(eos_token_ids)
        start = grammar.dfa.start if required else None
        self._states: dict[tuple[int, ...], tuple[int | None, bytes]] = {(): (start, b"")}

    @classmethod
    def for_tools(cls, grammars: GrammarCache, tokenizer: Any, tools: list[dict], required: bool = False,
                  max_new_tokens: int = 256, eos_token_ids: list[int] | None = None,
                  parallel: bool = True) -> "ToolCallConstraint":
        """A processor for one model call with `tools` bound; the grammar comes from `grammars`."""
        grammar = grammars.tool_calls(tokenizer, tools, required, parallel)
        eos = eos_token_ids if eos_token_ids is not None else [tokenizer.eos_token_id]
        return cls(grammar, required, max_new_tokens, eos, parallel)

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
        blocked = _padded(close_after > budget, logits.shape[-1])
        if (self.required or not self.parallel) and dfa.accepting(state):
            blocked[self.eos_token_ids] = False
        return logits.masked_fill(blocked, float("-inf"))

    def _state(self, ids: tuple[int, ...]) -> tuple[int | None, bytes]:
        """(DFA state or None when outside a call, recent free text) after `ids`."""
        cut = len(ids)
        while ids[:cut] not in self._states:
            cut -= 1
        state, tail = self._states[ids[:cut]]
        if len(self._states) > self.MAX_PREFIXES:
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
            if not self.required and self.parallel and dfa.accepting(state):
                return self._advance(None, b"", data[i + 1:])
        return state, tail


class CodeBlockStop:
    """LogitsProcessor of the `code` format: once a fenced block is closed, only EOS.

    One action per turn: the model cannot go on to imagine the block's output or a
    second turn, which small models otherwise do. With `openers` (tool_choice required)
    the completion must start with one of them, e.g. "```bash\n", so a block is forced;
    their grammar comes from `grammars`, which is then required.
    """

    def __init__(self, tokenizer: Any, eos_token_ids: list[int], openers: list[str] | None = None,
                 grammars: GrammarCache | None = None) -> None:
        self.tokenizer, self.eos_token_ids = tokenizer, list(eos_token_ids)
        self._opener: TokenMasks | None = None
        if openers:
            if grammars is None:
                raise ValueError("CodeBlockStop with openers needs a GrammarCache (e.g. LocalModel.grammars)")
            self._opener = grammars.openers(tokenizer, openers).masks

    def __call__(self, completion_ids: list[int], logits: torch.Tensor) -> torch.Tensor:
        # logits: [vocab]
        if self._opener is not None:
            pieces = self._opener.trie.token_bytes
            state = self._opener.dfa.walk(self._opener.dfa.start, b"".join(pieces[i] or b"" for i in completion_ids))
            if state >= 0 and not self._opener.dfa.accepting(state):
                blocked = _padded(self._opener.distances_after(state) >= TokenMasks.UNREACHABLE, logits.shape[-1])
                return logits.masked_fill(blocked, float("-inf"))
        text = self.tokenizer.decode(completion_ids)
        if text.count("```") < 2:
            return logits
        only_eos = torch.full_like(logits, float("-inf"))
        only_eos[self.eos_token_ids] = logits[self.eos_token_ids]
        return only_eos


def _padded(blocked: torch.Tensor, vocab_size: int) -> torch.Tensor:
    """blocked: [tokenizer vocab] bool -> [vocab_size]; a padded model vocab's extra ids are never allowed."""
    if vocab_size > blocked.shape[0]:
        return torch.cat([blocked, blocked.new_ones(vocab_size - blocked.shape[0])])
    return blocked
