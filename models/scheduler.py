"""Continuous batching: admission, the next batch, preemption, forks, and retiring finished samples.

Each step is either a prefill of newly admitted sequences (they join the batch) or one
decode token for every running sequence, plus, when few decode, the rows of each one's
speculative draft (speculation.py). When a decode cannot get a block, the most
recently admitted sequence is preempted: its blocks are freed (their prefix stays in the
cache) and it waits to be prefilled again, so a full cache slows requests down but never
fails them.

The scheduler owns every sequence from admission to retirement: it makes a request's
first sequence, forks more (the n samples, beam twins), appends each step's chosen tokens
(`commit`) and retires finished samples, which frees their blocks and completes their
request.
"""

from collections import deque
from dataclasses import dataclass

from loopwright.models.block_manager import KVBlockManager
from loopwright.models.config import EngineConfig
from loopwright.models.requests import Request
from loopwright.models.sampling import SamplingParams
from loopwright.models.sampling_policy import BeamAdvance, ChosenTokens
from loopwright.models.sequence import Sequence, SequenceStatus
from loopwright.models.speculation import draft


@dataclass(slots=True)
class ScheduledBatch:
    seqs: list[Sequence]
    is_prefill: bool
    block_copies: list[tuple[int, int]]
    """(src, dst) copy-on-write block copies the runner makes before this forward."""
    drafts: list[list[int]] | None = None
    """Decode steps that speculate: per sequence the tokens guessed after its last one ([]: none)."""


@dataclass(slots=True)
class StepCounters:
    """Running totals for `Engine.stats`."""

    prefilled_tokens: int = 0
    cached_tokens: int = 0
    """Prompt tokens whose KV came from the prefix cache instead of a prefill."""
    decode_tokens: int = 0
    draft_tokens: int = 0
    """Tokens guessed by prompt lookup and verified in a decode step."""
    accepted_draft_tokens: int = 0
    """Guessed tokens the model's own choice confirmed: decode steps saved."""
    steps: int = 0
    prefill_steps: int = 0
    """Steps that prefilled (dense weights); the others decoded one row per sequence."""
    preemptions: int = 0


class CacheTooSmallError(RuntimeError):
    """A single sequence needs more KV blocks than the whole cache has."""


class Scheduler:
    def __init__(self, config: EngineConfig, block_manager: KVBlockManager, max_model_len: int):
        self.config = config
        self.blocks = block_manager
        self.max_model_len = max_model_len
        """Longest prompt + completion; a sample reaching it ends with 'length'."""
        self.waiting: deque[Sequence] = deque()
        self.running: list[Sequence] = []
        self.requests: list[Request] = []
        """Requests admitted and not yet completed."""
        self.counters = StepCounters()

    # -- admission -----------------------------------------------------------------------

    def check_fits(self, num_prompt_tokens: int, params: SamplingParams) -> None:
        """Raises ValueError for a request that could never run (safe from any thread)."""
        if num_prompt_tokens >= self.max_model_len:
            raise ValueError(
                f"prompt of {num_prompt_tokens} tokens does not fit the model's {self.max_model_len}-token context"
            )
        longest = min(num_prompt_tokens + params.max_new_tokens, self.max_model_len)
        block_size, num_blocks = self.config.block_size, self.blocks.num_blocks
        # beams advance together, so all of them must fit at once
        needed = (longest + block_size - 1) // block_size * params.num_beams
        if needed > num_blocks:
            raise ValueError(
                f"prompt + max_new_tokens ({longest} tokens) x {params.num_beams} beam(s) exceeds the KV cache "
                f"({num_blocks * block_size} tokens); raise EngineConfig.kv_cache_mb"
            )

    def add(self, request: Request) -> None:
        """Admits a request: its first sequence waits to be prefilled."""
        seq = Sequence(request.prompt_ids, request, request.new_builder(), request.generator(0))
        request.start(seq)
        self.requests.append(request)
        self.waiting.append(seq)

    def has_work(self) -> bool:
        return bool(self.waiting or self.running)

    # -- the next batch ------------------------------------------------------------------

    def schedule(self) -> ScheduledBatch:
        """The next batch; an empty one means every running sequence is parked."""
        prefill = self._admit()
        if prefill:
            return ScheduledBatch(prefill, True, self.blocks.take_pending_copies())
        rows = self._decode_rows()
        return ScheduledBatch(rows, False, self.blocks.take_pending_copies(), self._drafts(rows))

    def _admit(self) -> list[Sequence]:
        """Waiting sequences, in order, that this prefill step computes. One whose first new
        block another of them computes (the system prompt of concurrent agent runs, not yet
        cached) waits for the next step, where it reuses that block's keys and values."""
        admitted: list[Sequence] = []
        computing: set[int] = set()
        """Hashes of the full blocks the admitted sequences compute."""
        num_tokens = 0
        while self.waiting and len(self.running) < self.config.max_num_seqs:
            seq = self.waiting[0]
            if not self.blocks.can_allocate(seq):
                if not self.running and not admitted and seq.num_blocks(self.blocks.block_size) > self.blocks.num_blocks:
                    raise CacheTooSmallError(
                        f"a sequence of {len(seq)} tokens needs more KV blocks than the cache holds; "
                        "raise EngineConfig.kv_cache_mb"
                    )
                break
            self.blocks.allocate(seq)
            new_blocks = self.blocks.new_block_hashes(seq)
            over_budget = num_tokens + seq.num_new_tokens > self.config.max_num_batched_tokens
            if admitted and (over_budget or (new_blocks and new_blocks[0] in computing)):
                self.blocks.free(seq)
                break
            computing.update(new_blocks)
            num_tokens += seq.num_new_tokens
            self.waiting.popleft()
            seq.status = SequenceStatus.RUNNING
            seq.request.mark_admitted()
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

    def _drafts(self, rows: list[Sequence]) -> list[list[int]] | None:
        """Each row's speculative draft, with blocks reserved for it from the free ones (never
        by preempting); None when this step does not speculate. The step's rows stay within
        `speculative_rows`, shared alike; each sequence guesses at most its `draft_limit`."""
        config = self.config
        share = min(config.speculative_tokens, (config.speculative_rows - len(rows)) // max(1, len(rows)))
        if share <= 0:
            return None
        drafts = []
        for seq in rows:
            if seq.request.beam is not None:
                drafts.append([])  # beams choose together
                continue
            # the token sampled after the draft must still be one the completion may take
            room = min(share, seq.draft_limit, self.max_model_len - len(seq) - 1,
                       seq.request.params.max_new_tokens - len(seq.completion_ids) - 1)
            guess = draft(seq.token_ids, room)
            if guess:
                held = self.blocks.reserve(seq, len(seq) + len(guess))
                guess = guess[: held - len(seq)]
            drafts.append(guess)
        return drafts if any(drafts) else None

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
        self.counters.preemptions += 1

    # -- after the forward ---------------------------------------------------------------

    def mark_computed(self, batch: ScheduledBatch) -> None:
        """The batch's tokens now have their KV in the cache: full blocks become reusable prefixes."""
        counters = self.counters
        for seq in batch.seqs:
            if batch.is_prefill:
                counters.prefilled_tokens += seq.num_new_tokens
                counters.cached_tokens += seq.num_cached_tokens
                seq.request.mark_prefilled(seq.num_new_tokens)
            seq.num_cached_tokens = len(seq)
            self.blocks.register_computed(seq)
        counters.steps += 1
        if batch.is_prefill:
            counters.prefill_steps += 1
        else:
            counters.decode_tokens += len(batch.seqs)

    def fork(self, parent: Sequence, sample_index: int | None = None) -> Sequence:
        """A running copy of parent sharing its blocks (copy-on-write); see `Sequence.fork`."""
        child = parent.fork(sample_index)
        self.blocks.fork(parent, child)
        self.running.append(child)
        return child

    def fork_samples(self, parent: Sequence) -> list[Sequence]:
        """The n samples of parent's request, parent first: the others share its prompt blocks."""
        request = parent.request
        children = [self.fork(parent, index) for index in range(1, request.params.n)]
        request.add_forks(children)
        return [parent, *children]

    def commit(self, chosen: ChosenTokens) -> list[Request]:
        """Appends the step's chosen tokens, retires finished samples; the requests completed."""
        completed: list[Request] = []
        for request, exc in chosen.failures:
            self.fail(request, exc)
            completed.append(request)
        max_model_len = self.max_model_len
        # a sequence whose draft held appears once per token, in order; a stop ends it early
        for seq, token, logprob in zip(chosen.seqs, chosen.tokens, chosen.logprobs, strict=True):
            if seq.status is SequenceStatus.FINISHED:
                continue
            request = seq.request
            request.mark_token()
            seq.token_ids.append(token)
            seq.num_cached_tokens = len(seq) - 1  # a held draft's keys and values are cached
            delta = seq.builder.append(token, logprob, context_full=len(seq) >= max_model_len)
            if request.deltas is not None:
                request.deltas.put(delta)
            if seq.builder.finished and self.retire(seq):
                completed.append(request)
        for seq in chosen.drafted:
            if seq.status is SequenceStatus.RUNNING:
                self.blocks.trim(seq)
        self.counters.draft_tokens += chosen.draft_tokens
        self.counters.accepted_draft_tokens += chosen.accepted_draft_tokens
        for advance in chosen.beams:
            if self._advance_beams(advance):
                completed.append(advance.request)
        return completed

    def _advance_beams(self, advance: BeamAdvance) -> bool:
        """The beams become `advance.targets` with their chosen tokens; True when the search ended."""
        for seq in advance.beams:
            seq.parked_logits = None
            if not any(seq is target for target in advance.targets):
                self.finish(seq)
        for seq, choice in zip(advance.targets, advance.choices, strict=True):
            seq.token_ids.append(choice.token)
            seq.builder.append(choice.token, choice.logprob)
            seq.beam_score = choice.score
        if not advance.done:
            advance.request.set_beams(advance.targets)
            return False
        for seq in advance.targets:
            self.finish(seq)
        advance.request.set_beams([])
        self._complete(advance.request)
        return True

    # -- retiring ------------------------------------------------------------------------

    def finish(self, seq: Sequence) -> None:
        """Takes seq out of the schedule wherever it is; its registered prefix blocks stay reusable."""
        self.blocks.free(seq)
        if seq.status is SequenceStatus.RUNNING:
            self.running.remove(seq)
        elif seq.status is SequenceStatus.WAITING:
            self.waiting.remove(seq)
        seq.status = SequenceStatus.FINISHED

    def retire(self, seq: Sequence) -> bool:
        """Finishes a sample and records its completion; True when that completed its request."""
        self.finish(seq)
        if not seq.request.finish_sample(seq):
            return False
        self._complete(seq.request)
        return True

    def drop_aborted(self) -> None:
        """Retires every sample of the requests their callers aborted (closed streams)."""
        for request in [r for r in self.requests if r.aborted]:
            for seq in list(request.live):
                seq.builder.abort()
                self.retire(seq)
            if not request.done.is_set():
                self._complete(request)

    def fail(self, request: Request, exc: BaseException) -> None:
        """Ends a request with an error its caller re-raises; the other requests go on."""
        for seq in request.live:
            if seq.status is not SequenceStatus.FINISHED:
                self.finish(seq)
        request.fail(exc)
        self._complete(request)

    def fail_all(self, exc: BaseException) -> None:
        for request in list(self.requests):
            self.fail(request, exc)

    def _complete(self, request: Request) -> None:
        if request in self.requests:
            self.requests.remove(request)
        request.complete()
