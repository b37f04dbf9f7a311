"""One sample being generated: its tokens, its KV blocks and its place in the schedule.

A `Sequence` is the unit the scheduler and block manager see; the `Request` it belongs
to (requests.py) holds what the caller asked for and collects the finished samples. It is
a plain record of schedule state: the scheduler, the block manager and the sampling policy
read and set its fields; everything with rules of its own (blocks, builder, request) is
changed through methods.
"""

from enum import Enum, auto
from typing import TYPE_CHECKING

import torch

from loopwright.models.output import CompletionBuilder
from loopwright.models.speculation import FIRST_DRAFT_LIMIT

if TYPE_CHECKING:
    from loopwright.models.requests import Request


class SequenceStatus(Enum):
    WAITING = auto()
    RUNNING = auto()
    FINISHED = auto()


class Sequence:
    """Tokens so far (prompt + completion) and the cache blocks that hold their keys/values.

    Invariant: the KV of `token_ids[:num_cached_tokens]` is in the cache, so the next
    forward feeds `token_ids[num_cached_tokens:]` (the whole uncached prompt for a prefill,
    the last sampled token for a decode) and samples from the last row's logits.
    """

    def __init__(self, token_ids: list[int], request: "Request", builder: CompletionBuilder,
                 generator: torch.Generator | None):
        self.token_ids = list(token_ids)
        self.num_prompt_tokens = len(token_ids)
        self.num_cached_tokens = 0
        self.block_table: list[int] = []
        self.status = SequenceStatus.WAITING
        self.request = request
        self.builder = builder
        self.generator = generator
        self.sample_index = 0
        """Which of the request's n samples this is."""
        self.beam_score = 0.0
        """Beam search: sum of the completion's log-probabilities."""
        self.parked_logits: torch.Tensor | None = None
        """Beam search: this step's logits [vocab], kept until every beam of the group has its row."""
        self.draft_limit = FIRST_DRAFT_LIMIT
        """Most tokens its next speculative draft may guess: grows while drafts hold, shrinks
        when they fail (speculation.next_draft_limit)."""

    def __len__(self) -> int:
        return len(self.token_ids)

    @property
    def completion_ids(self) -> list[int]:
        return self.token_ids[self.num_prompt_tokens:]

    @property
    def num_new_tokens(self) -> int:
        """Tokens the next forward feeds for this sequence."""
        return len(self.token_ids) - self.num_cached_tokens

    def num_blocks(self, block_size: int) -> int:
        return (len(self.token_ids) + block_size - 1) // block_size

    def fork(self, sample_index: int | None = None) -> "Sequence":
        """A copy sharing nothing mutable; the block manager shares the blocks themselves.

        Without `sample_index` it is a twin of this sample (beam search: same builder state and
        generator); with it, the request's sample `sample_index` (its own builder and seed).
        """
        child = Sequence.__new__(Sequence)
        child.token_ids = list(self.token_ids)
        child.num_prompt_tokens = self.num_prompt_tokens
        child.num_cached_tokens = self.num_cached_tokens
        child.block_table = list(self.block_table)
        child.status = self.status
        child.request = self.request
        if sample_index is None:
            child.builder, child.generator, child.sample_index = self.builder.copy(), self.generator, self.sample_index
        else:
            child.builder, child.generator = self.request.new_builder(), self.request.generator(sample_index)
            child.sample_index = sample_index
        child.beam_score = self.beam_score
        child.parked_logits = None
        child.draft_limit = self.draft_limit
        return child
