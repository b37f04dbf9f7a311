"""Which token each sequence of a step gets: plain rows, the fork of n samples, beam search.

`sampler.py` is the tensor math (penalties, temperature, top-k/p/min-p, the seeded race);
this module decides which sequences sample from which row of the step's logits:

- a plain row samples from its own logits, all plain rows in one `sample` call;
- the first row of an n-sample request is forked into its n samples (`Scheduler.fork_samples`),
  which all sample from that one row of prompt logits, each with its own seed;
- a beam parks its row until every beam of its request has one, then `BeamSearch` picks
  the next beams; a beam picked twice is forked into a twin (copy-on-write);
- a sequence with a speculative draft has a row per draft token after its own: its tokens are
  sampled position by position while they confirm the draft (speculation.py).

A logits processor that raises fails only its own request: it is reported in
`ChosenTokens.failures` and the scheduler ends that request when it commits the step.
"""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import torch

from loopwright.models.beam import Choice
from loopwright.models.requests import Request
from loopwright.models.sampler import needs_processing, process_logits, sample
from loopwright.models.sequence import Sequence
from loopwright.models.speculation import next_draft_limit

if TYPE_CHECKING:
    from loopwright.models.scheduler import ScheduledBatch, Scheduler


@dataclass(slots=True)
class BeamAdvance:
    """One beam-search step of one request, to be committed."""

    request: Request
    beams: list[Sequence]
    """The beams that produced this step's logits, in rank order."""
    targets: list[Sequence]
    """The next beams, one per choice: kept beams and forked twins."""
    choices: list[Choice]
    done: bool
    """The search ended: every target retires after taking its token."""


@dataclass(slots=True)
class ChosenTokens:
    """A step's outcome: row i of `seqs` appends `tokens[i]` (log-probability `logprobs[i]`)."""

    seqs: list[Sequence]
    tokens: list[int]
    logprobs: list[float]
    beams: list[BeamAdvance]
    failures: list[tuple[Request, Exception]]
    """Requests whose logits processor raised; their rows were left out."""
    drafted: list[Sequence] = field(default_factory=list)
    """Sequences that verified a draft; `seqs` holds each once per token it takes."""
    draft_tokens: int = 0
    """Tokens the drafts guessed."""
    accepted_draft_tokens: int = 0
    """Guessed tokens taken: a drafted sequence's tokens but its last."""


class SamplingPolicy:
    def __init__(self, scheduler: "Scheduler"):
        self.scheduler = scheduler
        """Forks the n samples and beam twins (the scheduler owns every sequence)."""

    def choose(self, batch: "ScheduledBatch", logits: torch.Tensor) -> ChosenTokens:
        """Tokens for the batch's sequences from logits [rows, vocab]: a row per sequence, and
        after it one per token of its draft."""
        rows: list[tuple[Sequence, int]] = []
        beam_requests: list[Request] = []
        drafted: list[tuple[Sequence, list[int], int]] = []  # (seq, draft, its first row)
        i = 0
        for seq, guess in zip(batch.seqs, batch.drafts or [[]] * len(batch.seqs), strict=True):
            request = seq.request
            if guess:
                drafted.append((seq, guess, i))
                i += 1 + len(guess)
                continue
            if request.beam is not None:
                seq.parked_logits = logits[i]
                if request not in beam_requests:
                    beam_requests.append(request)
            elif request.needs_fork:
                rows += [(s, i) for s in self.scheduler.fork_samples(seq)]
            else:
                rows.append((seq, i))
            i += 1
        failures: list[tuple[Request, Exception]] = []
        seqs, picked = self._processed_rows(rows, logits, logits.shape[0], failures)
        tokens, logprobs = sample(picked, [s.request.params for s in seqs], [s.generator for s in seqs]) if seqs else ([], [])
        verified = self._verify(drafted, logits, failures)
        for seq, token, logprob in verified:
            seqs.append(seq)
            tokens.append(token)
            logprobs.append(logprob)
        beams: list[BeamAdvance] = []
        for request in beam_requests:
            try:
                advance = self._select_beams(request)
            except Exception as exc:  # a broken logits processor fails only its own request
                failures.append((request, exc))
                continue
            if advance is not None:
                beams.append(advance)
        drafts = sum(len(guess) for _, guess, _ in drafted)
        return ChosenTokens(seqs, tokens, logprobs, beams, failures, [seq for seq, _, _ in drafted], drafts,
                            len(verified) - len({id(seq) for seq, _, _ in verified}))

    @staticmethod
    def _verify(drafted: list[tuple[Sequence, list[int], int]], logits: torch.Tensor,
                failures: list[tuple[Request, Exception]]) -> list[tuple[Sequence, int, float]]:
        """(seq, token, logprob) of each token the drafted sequences take, in order: position by
        position each samples from its row there as plain decoding would (penalties and
        processors see the draft before it as the completion; one generator draw) and goes on
        while the token equals its draft's; the first token that differs is its last. A
        processor that raises fails its request (its tokens are then not committed)."""
        taken: list[tuple[Sequence, int, float]] = []
        going = drafted
        position = 0
        while going:
            kept, rows = [], []
            for entry in going:
                seq, guess, first = entry
                row, params = logits[first + position], seq.request.params
                if needs_processing(params):
                    ahead = guess[:position]
                    try:
                        row = process_logits(row, params, seq.token_ids + ahead, seq.completion_ids + ahead)
                    except Exception as exc:  # fails only its own request
                        failures.append((seq.request, exc))
                        continue
                kept.append(entry)
                rows.append(row)
            if not kept:
                break
            tokens, logprobs = sample(torch.stack(rows), [s.request.params for s, _, _ in kept],
                                      [s.generator for s, _, _ in kept])
            going = []
            for entry, token, logprob in zip(kept, tokens, logprobs, strict=True):
                seq, guess, _ = entry
                taken.append((seq, token, logprob))
                if position < len(guess) and token == guess[position]:
                    going.append(entry)
                else:  # its last token: `position` of its draft held
                    seq.draft_limit = next_draft_limit(seq.draft_limit, len(guess), position)
            position += 1
        return taken

    def _processed_rows(
        self, rows: list[tuple[Sequence, int]], logits: torch.Tensor, batch_size: int,
        failures: list[tuple[Request, Exception]],
    ) -> tuple[list[Sequence], torch.Tensor]:
        """The rows' logits [rows, vocab] after penalties and processors; a request whose
        processor raises goes to `failures` with none of its rows kept."""
        indices = [i for _, i in rows]
        if not any(needs_processing(s.request.params) for s, _ in rows):
            return [s for s, _ in rows], logits if indices == list(range(batch_size)) else logits[indices]
        failed: set[int] = set()  # id() of the failed requests
        kept: list[tuple[Sequence, int, torch.Tensor | None]] = []  # (seq, logits row, its new logits if changed)
        for seq, i in rows:
            request = seq.request
            if id(request) in failed:
                continue
            changed = None
            if needs_processing(request.params):
                row = logits[i]
                try:
                    processed = process_logits(row, request.params, seq.token_ids, seq.completion_ids)
                except Exception as exc:
                    failed.add(id(request))
                    failures.append((request, exc))
                    continue
                changed = None if processed is row else processed
            kept.append((seq, i, changed))
        kept = [entry for entry in kept if id(entry[0].request) not in failed]  # a sibling failed later
        # most steps leave most rows as they were (a code block's stop acts once): copy only what changed
        kept_rows = [i for _, i, _ in kept]
        picked = logits if kept_rows == list(range(batch_size)) else logits[kept_rows]
        if any(changed is not None for _, _, changed in kept):
            picked = picked.clone() if picked is logits else picked
            for n, (_, _, changed) in enumerate(kept):
                if changed is not None:
                    picked[n] = changed
        return [seq for seq, _, _ in kept], picked

    def _select_beams(self, request: Request) -> BeamAdvance | None:
        """The request's next beams, or None while a preempted beam is being prefilled again."""
        beams = request.live
        if any(s.parked_logits is None for s in beams):
            return None
        choices, done = request.beam.select(beams)
        targets: list[Sequence] = []
        for choice in choices:
            taken = any(choice.source is target for target in targets)
            targets.append(self.scheduler.fork(choice.source) if taken else choice.source)
        return BeamAdvance(request, beams, targets, choices, done)
