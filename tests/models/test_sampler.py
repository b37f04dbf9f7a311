"""The batched sampler: truncation semantics, seeded rows, logprobs."""

import math

import torch

from loopwright.models.sampler import sample, truncate
from loopwright.models.sampling import SamplingParams

PROBS = torch.tensor([0.5, 0.3, 0.15, 0.05])


def _kept(params: SamplingParams) -> list[int]:
    out = truncate(PROBS.log().unsqueeze(0), [params])[0]
    return [i for i, x in enumerate(out.tolist()) if x != float("-inf")]


def test_top_k_top_p_and_min_p_keep_the_right_tokens():
    assert _kept(SamplingParams(top_k=2)) == [0, 1]
    assert _kept(SamplingParams(top_p=0.5)) == [0]  # the token crossing p is kept
    assert _kept(SamplingParams(top_p=0.7)) == [0, 1]
    assert _kept(SamplingParams(min_p=0.5)) == [0, 1]  # 0.15 < 0.5 * 0.5
    assert _kept(SamplingParams()) == [0, 1, 2, 3]


def test_rows_of_one_batch_use_their_own_params():
    logits = PROBS.log().repeat(2, 1)
    out = truncate(logits, [SamplingParams(top_k=1), SamplingParams(top_p=0.7)])
    assert (out[0] > float("-inf")).sum() == 1 and (out[1] > float("-inf")).sum() == 2


def test_top_p_of_one_row_leaves_the_other_rows_whole():
    logits = torch.randn(2, 3000, generator=torch.Generator().manual_seed(0))
    out = truncate(logits, [SamplingParams(top_p=0.5), SamplingParams()])
    assert (out[1] == logits[1]).all()
    probs = logits[0].softmax(0)
    kept = out[0] > float("-inf")
    assert probs[kept].sum() >= 0.5 > probs[kept].sum() - probs[kept].min()


def test_seeded_rows_are_reproducible_and_match_the_distribution():
    logits = PROBS.log().repeat(4000, 1)
    params = [SamplingParams(temperature=1.0)] * 4000
    gens = [torch.Generator().manual_seed(i) for i in range(4000)]
    tokens, logprobs = sample(logits, params, gens)
    again, _ = sample(logits, params, [torch.Generator().manual_seed(i) for i in range(4000)])
    assert tokens == again
    freq = torch.bincount(torch.tensor(tokens), minlength=4).float() / 4000
    assert (freq - PROBS).abs().max() < 0.04
    assert math.isclose(logprobs[tokens.index(1)], math.log(0.3), rel_tol=1e-5)


def test_greedy_rows_take_the_argmax_with_unscaled_logprobs():
    logits = torch.tensor([[0.0, 2.0, 1.0]])
    tokens, logprobs = sample(logits, [SamplingParams()], [None])
    assert tokens == [1]
    assert math.isclose(logprobs[0], float(torch.log_softmax(logits[0], 0)[1]), rel_tol=1e-6)


def test_presence_and_frequency_penalties_subtract_by_hand_values():
    from loopwright.models.sampler import needs_processing, process_logits

    logits = torch.tensor([1.0, 2.0, 3.0, 4.0])
    params = SamplingParams(presence_penalty=0.5, frequency_penalty=0.25)
    assert needs_processing(params) and not needs_processing(SamplingParams())
    # the completion holds token 3 twice and token 1 once; the prompt (context) does not count
    out = process_logits(logits, params, context=[0, 0, 0, 3, 1, 3], completion=[3, 1, 3])
    # token 1: 2 - 0.5 - 0.25 * 1 = 1.25; token 3: 4 - 0.5 - 0.25 * 2 = 3.0
    assert torch.allclose(out, torch.tensor([1.0, 1.25, 3.0, 3.0]))
    assert torch.equal(logits, torch.tensor([1.0, 2.0, 3.0, 4.0]))  # the caller's tensor is untouched
    assert torch.equal(process_logits(logits, params, context=[0], completion=[]), logits)


def test_penalties_outside_openais_range_are_refused():
    import pytest

    with pytest.raises(ValueError, match="presence_penalty and frequency_penalty"):
        SamplingParams(frequency_penalty=2.5)
