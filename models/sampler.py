"""Next-token choice per row: penalties, constraints, temperature, top-k/top-p/min-p, seeds, logprobs.

A batch where every row is plain greedy (the agent's default) takes one vectorised
argmax; other rows are processed one by one, each with its own seeded generator, so a
sampled completion does not depend on what else shared the batch. Reported logprobs are
the log-softmax of the temperature-scaled logits after penalties and constraints, before
truncation (top-k/top-p/min-p), i.e. the distribution RL treats as the policy.
"""

import torch
from loopwright.models.sampling import SamplingParams


def is_plain_greedy(params: SamplingParams) -> bool:
    return params.temperature == 0 and params.repetition_penalty == 1.0 and params.logits_processor is None


def process_logits(logits: torch.Tensor, params: SamplingParams, context: list[int], completion: list[int]) -> torch.Tensor:
    """Repetition penalty and the logits processor; logits: [vocab] fp32 (a new tensor)."""
    if params.repetition_penalty != 1.0:
        seen = torch.tensor(sorted(set(context)), dtype=torch.long)
        scores = logits[seen]
        logits = logits.clone()
        logits[seen] = torch.where(scores < 0, scores * params.repetition_penalty, scores / params.repetition_penalty)
    if params.logits_processor is not None:
        logits = params.logits_processor(completion, logits)
    return logits


def truncate(logits: torch.Tensor, params: SamplingParams) -> torch.Tensor:
    """Top-k, then top-p, then min-p on temperature-scaled logits [vocab]; dropped tokens get -inf."""
    if params.top_k > 0 and params.top_k < logits.shape[-1]:
        kth = torch.topk(logits, params.top_k).values[-1]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    if params.top_p < 1.0:
        sorted_logits, order = torch.sort(logits, descending=True)
        cumulative = sorted_logits.softmax(-1).cumsum(-1)
        drop_sorted = cumulative - sorted_logits.softmax(-1) >= params.top_p  # keep the token crossing p
        logits = logits.masked_fill(torch.zeros_like(drop_sorted).scatter(0, order, drop_sorted), float("-inf"))
    if params.min_p > 0:
        probs = logits.softmax(-1)
        logits = logits.masked_fill(probs < params.min_p * probs.max(), float("-inf"))
    return logits


def sample_row(
    logits: torch.Tensor, params: SamplingParams, context: list[int], completion: list[int],
    generator: torch.Generator | None,
) -> tuple[int, float]:
    """(token, logprob) for one row of logits [vocab]."""
    logits = process_logits(logits, params, context, completion)
    if params.temperature > 0:
        logits = logits / params.temperature
    logprobs = torch.log_softmax(logits, dim=-1)
    if params.temperature == 0:
        token = int(torch.argmax(logits))
    else:
        probs = truncate(logits, params).softmax(-1)
        token = int(torch.multinomial(probs, 1, generator=generator))
    return token, float(logprobs[token])


def greedy_rows(logits: torch.Tensor) -> tuple[list[int], list[float]]:
    """Argmax and its logprob for every row of logits [rows, vocab] at once."""
    tokens = logits.argmax(dim=-1)  # [rows]
    logprobs = logits.gather(1, tokens.unsqueeze(1)).squeeze(1) - torch.logsumexp(logits, dim=-1)
    return tokens.tolist(), logprobs.tolist()
