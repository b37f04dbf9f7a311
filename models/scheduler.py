"""Continuous batching: which sequences run in the next forward, and preemption when blocks run out.

Each step is either a prefill of newly admitted sequences (they join the batch) or one
decode token for every running sequence. When a decode cannot get a block, the most
recently admitted sequence is preempted: its blocks are freed (their prefix stays in the
cache) and it waits to be prefilled again, so a full cache slows requests down but never
fails them.
"""

from collections import deque
from dataclasses import dataclass

from loopwright.models.block_manager import KVBlockManager
from loopwright.models.config import EngineConfig
from loopwright.models.sequence import Sequence, SequenceStatus


@dataclass(slots=True)
class ScheduledBatch:
    seqs: list[Sequence]
    is_prefill: bool


class CacheTooSmallError(RuntimeError):
    """A single sequence needs more KV blocks than the whole cache has."""


class Scheduler:
    def __init__(self, config: EngineConfig, block_manager: KVBlockManager):
        self.config = config
        self.blocks = block_manager
        self.waiting: deque[Sequence] = deque()
        self.running: list[Sequence] = []
        self.num_preemptions = 0

    def add(self, seq: Sequence) -> None:
        self.waiting.append(seq)

    def has_work(self) -> bool:
        return bool(self.waiting or self.running)

    def schedule(self) -> ScheduledBatch:
        """The next batch; an empty one means every running sequence is parked."""
        prefill = self._admit()
        if prefill:
            return ScheduledBatch(prefill, is_prefill=True)
        return ScheduledBatch(self._decode_rows(), is_prefill=False)

    def _admit(self) -> list[Sequence]:
        admitted: list[Sequence] = []
        num_tokens = 0
        while self.waiting and len(self.running) < self.config.max_num_seqs:
            seq = self.waiting[0]
            if not self.blocks.can_allocate(seq):
                if not self.running and not admitted and seq.num_blocks(self.blocks.block_size) > len(self.blocks.blocks):
                    raise CacheTooSmallError(
                        f"a sequence of {len(seq)} tokens needs more KV blocks than the cache holds; "
                        "raise EngineConfig.kv_cache_mb"
                    )
                break
            self.blocks.allocate(seq)
            if admitted and num_tokens + seq.num_new_tokens > self.config.max_num_batched_tokens:
                self.blocks.free(seq)
                break
            num_tokens += seq.num_new_tokens
            self.waiting.popleft()
            seq.status = SequenceStatus.RUNNING
            self.running.append(seq)
            admitted.append(seq)
        return admitted

    def _decode_rows(self) -> list[Sequence]:
        rows: list[Sequence] = []
        for seq in list(self.running):
            if seq.status is not SequenceStatus.RUNNING or seq.parked_logits is not None:
                continue
            while self.blocks.needs_block_for_append(seq) and self.blocks.num_free_blocks == 0:
                victim = self._newest_other_than(seq, rows)
                if victim is None:
                    if len(self.running) == 1:
                        raise CacheTooSmallError(
                            f"a sequence of {len(seq)} tokens fills the whole KV cache; raise EngineConfig.kv_cache_mb"
                        )
                    victim = seq
                self.preempt(victim)
                if victim is seq:
                    break
            if seq.status is SequenceStatus.RUNNING:
                self.blocks.append_slot(seq)
                rows.append(seq)
        return rows

    def _newest_other_than(self, seq: Sequence, scheduled: list[Sequence]) -> Sequence | None:
        for candidate in reversed(self.running):
            if candidate is not seq and candidate not in scheduled:
                return candidate
        return None

    def preempt(self, seq: Sequence) -> None:
        """Frees seq's blocks and queues it first in line to be prefilled again."""
        self.blocks.free(seq)
        seq.status = SequenceStatus.WAITING
        seq.parked_logits = None
        self.running.remove(seq)
        self.waiting.appendleft(seq)
        self.num_preemptions += 1

    def finish(self, seq: Sequence) -> None:
        """Retires seq wherever it is; its registered prefix blocks stay reusable."""
        self.blocks.free(seq)
        if seq.status is SequenceStatus.RUNNING:
            self.running.remove(seq)
        elif seq.status is SequenceStatus.WAITING:
            self.waiting.remove(seq)
        seq.status = SequenceStatus.FINISHED
