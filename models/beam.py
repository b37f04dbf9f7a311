"""Beam search over the paged engine's sequences, scored as HF's (length penalty 1, no early stop).

Each live beam is a `Sequence`; a step waits until every beam of the request has its
logits (a preempted beam is simply re-prefilled first), then keeps the `num_beams` best
continuations. A beam chosen twice is forked: both copies share its blocks until they
write (copy-on-write).
"""

from dataclasses import dataclass, field

import torch

from loopwright.models.output import CompletionBuilder
from loopwright.models.sampler import process_logits
from loopwright.models.sampling import Completion
from loopwright.models.sequence import Sequence


@dataclass(slots=True)
class Choice:
    source: Sequence
    token: int
    logprob: float
    score: float


@dataclass
class BeamSearch:
    num_beams: int
    eos_ids: set[int]
    max_new_tokens: int
    finished: list[tuple[float, Completion]] = field(default_factory=list)
    """(length-normalised score, completion), the best `num_beams` hypotheses so far."""

    def select(self, beams: list[Sequence]) -> tuple[list[Choice], bool]:
        """The next beams from every beam's parked logits, and whether the search is done."""
        rows = []
        for seq in beams:
            params = seq.request.params
            logits = process_logits(seq.parked_logits, params, seq.token_ids, seq.completion_ids)
            rows.append(torch.log_softmax(logits, dim=-1))
        logprobs = torch.stack(rows)  # [beams, vocab]
        scores = logprobs + torch.tensor([s.beam_score for s in beams]).unsqueeze(1)
        vocab = scores.shape[1]
        top_scores, top_ids = scores.flatten().topk(min(2 * self.num_beams, scores.numel()))
        choices: list[Choice] = []
        for rank, (score, flat) in enumerate(zip(top_scores.tolist(), top_ids.tolist(), strict=True)):
            beam, token = divmod(flat, vocab)
            logprob = float(logprobs[beam, token])
            if token in self.eos_ids:
                if rank < self.num_beams:
                    self._add(beams[beam].builder, token, logprob, score)
                continue
            choices.append(Choice(beams[beam], token, logprob, score))
            if len(choices) == self.num_beams:
                break
        length = len(beams[0].completion_ids) + 1
        if length >= self.max_new_tokens or not choices:
            for c in choices:
                self._add(c.source.builder, c.token, c.logprob, c.score)
            return choices, True
        return choices, self._is_done(max(c.score for c in choices), length)

    def _add(self, builder: CompletionBuilder, token: int, logprob: float, score: float) -> None:
        hyp = builder.copy()
        hyp.append(token, logprob)
        if hyp.finish_reason is None:
            hyp.finish_reason = "length"
        self.finished.append((score / len(hyp.token_ids), hyp.completion()))
        self.finished.sort(key=lambda item: -item[0])
        del self.finished[self.num_beams :]

    def _is_done(self, best_live_score: float, length: int) -> bool:
        if len(self.finished) < self.num_beams:
            return False
        return self.finished[-1][0] >= best_live_score / length

    def best(self, n: int) -> list[Completion]:
        return [completion for _, completion in self.finished[:n]]
