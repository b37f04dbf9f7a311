"""Next-token choice for a whole step at once: penalties, constraints, temperature, top-k/p, min-p.

Sampling is a race: the argmax of p / E with E ~ Exp(1) (equivalently of logit + Gumbel
noise) draws exactly from p and lets each row take its noise from its own seeded generator,
so a sampled completion does not depend on what else shared the batch. For CPU logits (the
engine's) the C++ kernels' `sample_rows` scales, truncates and races every row in one call,
greedy rows included (~0.4 ms for 8 rows of 49k where the tensor code took ~8 ms, a quarter
of an 8-sample decode step, and torch's OpenMP ops ran slower still beside the kernels'
spinning pool); its noise is hashed from the token id and one key the row's generator draws
per step. Elsewhere the tensor code
here runs (top-p sorts only each row's candidates, the noise covers only the kept tokens);
it is also the reference the kernel is tested against. The two draw the same distribution
with different noise, so one seed gives one completion per path. Reported logprobs are the
log-softmax of the temperature-scaled logits after penalties and constraints, before
truncation (top-k/top-p/min-p): the distribution RL treats as the policy; at temperature
0 they are those of the unscaled logits.
"""

import torch

from loopwright.kernels import cpu_sampler
from loopwright.models.sampling import SamplingParams

RACE_KEYS = 1 << 62
"""Keys of the C++ race are drawn from [0, RACE_KEYS); -1 asks for the argmax."""


def process_logits(logits: torch.Tensor, params: SamplingParams, context: list[int], completion: list[int]) -> torch.Tensor:
    """Repetition penalty (CTRL, as HF), presence and frequency penalties (OpenAI's, over the
    completion), then the logits processor; logits: [vocab] fp32."""
    if params.repetition_penalty != 1.0:
        seen = torch.tensor(sorted(set(context)), dtype=torch.long)
        scores = logits[seen]
        logits = logits.clone()
        logits[seen] = torch.where(scores < 0, scores * params.repetition_penalty, scores / params.repetition_penalty)
    if (params.presence_penalty or params.frequency_penalty) and completion:
        tokens, counts = torch.tensor(completion, dtype=torch.long).unique(return_counts=True)
        logits = logits.clone()
        logits[tokens] -= params.presence_penalty + params.frequency_penalty * counts.to(logits.dtype)
    if params.logits_processor is not None:
        logits = params.logits_processor(completion, logits)
    return logits


def needs_processing(params: SamplingParams) -> bool:
    return (params.repetition_penalty != 1.0 or params.logits_processor is not None
            or bool(params.presence_penalty or params.frequency_penalty))


def truncate(logits: torch.Tensor, params: list[SamplingParams]) -> torch.Tensor:
    """Top-k, then top-p, then min-p per row of temperature-scaled logits [rows, vocab]; dropped -> -inf."""
    neg_inf = float("-inf")
    top_k = [p.top_k for p in params]
    if any(0 < k < logits.shape[1] for k in top_k):
        k = torch.tensor([k if 0 < k < logits.shape[1] else logits.shape[1] for k in top_k])
        kth = logits.topk(int(k.max()), dim=1).values.gather(1, (k - 1).unsqueeze(1))  # [rows, 1]
        logits = logits.masked_fill(logits < kth, neg_inf)
    top_p = torch.tensor([p.top_p for p in params]).unsqueeze(1)
    if (top_p < 1.0).any():
        logits = _top_p(logits, top_p)
    min_p = torch.tensor([p.min_p for p in params]).unsqueeze(1)
    if (min_p > 0).any():
        probs = logits.softmax(dim=1)
        logits = logits.masked_fill(probs < min_p * probs.max(dim=1, keepdim=True).values, neg_inf)
    return logits


def _top_p(logits: torch.Tensor, top_p: torch.Tensor) -> torch.Tensor:
    """Masks every token outside the smallest set whose mass reaches p (the crossing token kept).

    Only tokens with probability >= (1 - p) / vocab are sorted: the others hold less than
    1 - p together, so the nucleus never reaches them. That is a few thousand tokens, not
    49k, and a few small sorts cost less than a batched top-k of 1024 (3.5 ms for 8 rows).
    """
    probs = logits.softmax(dim=1)  # [rows, vocab]
    keep = torch.ones_like(probs, dtype=torch.bool)
    floors = (1.0 - top_p) / probs.shape[1]  # [rows, 1]
    for row in range(probs.shape[0]):
        p = float(top_p[row])
        if p >= 1.0:
            continue
        candidates = (probs[row] >= floors[row]).nonzero().squeeze(1)
        candidate_probs, order = probs[row, candidates].sort(descending=True)
        dropped = candidate_probs.cumsum(0) - candidate_probs >= p
        keep[row] = False
        keep[row, candidates[order[~dropped]]] = True
    return logits.masked_fill(~keep, float("-inf"))


def sample(
    logits: torch.Tensor,  # [rows, vocab] fp32
    params: list[SamplingParams],
    generators: list[torch.Generator | None],
) -> tuple[list[int], list[float]]:
    """(token, logprob) per row of logits already through `process_logits`."""
    temperature = torch.tensor([p.temperature for p in params])
    kernels = cpu_sampler(logits.device) if logits.dtype == torch.float32 else None
    if kernels is not None:  # greedy rows too: torch's OpenMP ops share the cores with the kernels' pool
        keys = torch.tensor([int(torch.randint(RACE_KEYS, (1,), generator=g)) if p.temperature > 0 else -1
                             for p, g in zip(params, generators, strict=True)])
        tokens, logprobs = kernels.sample_rows(logits, temperature, torch.tensor([p.top_k for p in params]),
                                               torch.tensor([p.top_p for p in params]),
                                               torch.tensor([p.min_p for p in params]), keys)
        return tokens.tolist(), logprobs.tolist()
    sampled = temperature > 0
    if not sampled.any():
        tokens = logits.argmax(dim=1)  # [rows]
        logprobs = logits.gather(1, tokens.unsqueeze(1)).squeeze(1) - logits.logsumexp(dim=1)
        return tokens.tolist(), logprobs.tolist()
    scaled = logits / torch.where(sampled, temperature, 1.0).unsqueeze(1)
    truncated = truncate(scaled, params)  # [rows, vocab], -inf outside each row's kept set
    tokens = scaled.argmax(dim=1)  # [rows]
    for row, generator in enumerate(generators):
        if sampled[row]:
            tokens[row] = _exponential_race(truncated[row], generator)
    logprobs = scaled.gather(1, tokens.unsqueeze(1)).squeeze(1) - scaled.logsumexp(dim=1)
    return tokens.tolist(), logprobs.tolist()


def _exponential_race(logits: torch.Tensor, generator: torch.Generator | None) -> int:
    """argmax of p / E over the kept (finite) tokens of one row of logits [vocab], E ~ Exp(1)
    in token order.

    Only kept tokens can win, so noise is drawn for them alone: after top-p that is tens of
    tokens instead of the whole vocabulary (which cost 1.3 ms a row). p / E is compared as
    logit - log E: softmax's normaliser moves every candidate alike, so no softmax is needed.
    """
    kept = torch.isfinite(logits).nonzero().squeeze(1)  # [kept] token ids, ascending
    noise = torch.empty(kept.shape[0]).exponential_(generator=generator)
    return int(kept[(logits[kept] - noise.log()).argmax()])
