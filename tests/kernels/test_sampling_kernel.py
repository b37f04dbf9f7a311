"""The C++ next-token choice (`sample_rows`, sampling.cpp) against the sampler's PyTorch code
(`models/sampler.py` `truncate`, the reference), in every build this CPU can run: the same kept
tokens, draws from their softmax, the argmax for key -1, each row's logsumexp."""

import math

import pytest
import torch

from loopwright.kernels.cpu_build import load_build
from loopwright.models.sampler import truncate
from loopwright.models.sampling import SamplingParams
from tests.fixtures.cpu_builds import RUNNABLE_BUILDS

DRAWS = 4000
PROBS = torch.tensor([0.4, 0.25, 0.15, 0.1, 0.06, 0.04])


def _draw(kernels, logits: torch.Tensor, params: SamplingParams, keys: torch.Tensor) -> torch.Tensor:
    """One token per key, every row the same logits [vocab] under `params`."""
    rows = keys.shape[0]
    tokens, _ = kernels.sample_rows(logits.repeat(rows, 1), torch.ones(rows), torch.full((rows,), params.top_k),
                                    torch.full((rows,), params.top_p), torch.full((rows,), params.min_p), keys)
    return tokens


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
@pytest.mark.parametrize("params", [SamplingParams(), SamplingParams(top_k=3), SamplingParams(top_p=0.7),
                                    SamplingParams(top_k=4, top_p=0.8), SamplingParams(min_p=0.3),
                                    SamplingParams(top_p=0.9, min_p=0.2)], ids=str)
def test_draws_follow_the_softmax_of_the_tokens_the_reference_keeps(build, params):
    kernels = load_build(build)
    logits = PROBS.log()
    kept = truncate(logits.unsqueeze(0), [params])[0]
    expected = kept.softmax(0)  # zero outside the kept set
    tokens = _draw(kernels, logits, params, torch.arange(DRAWS))
    freq = torch.bincount(tokens, minlength=len(PROBS)).double() / DRAWS
    assert (freq[expected == 0] == 0).all(), f"drew a token the reference drops: {freq.tolist()}"
    assert (freq - expected).abs().max() < 0.03, f"{freq.tolist()} vs {expected.tolist()}"


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
def test_temperature_scales_the_row_before_the_draw_and_its_logprob(build):
    kernels = load_build(build)
    rows = DRAWS
    logits = PROBS.log().repeat(rows, 1)
    tokens, logprobs = kernels.sample_rows(logits, torch.full((rows,), 0.5), torch.zeros(rows, dtype=torch.long),
                                           torch.ones(rows), torch.zeros(rows), torch.arange(rows))
    expected = (PROBS.log() / 0.5).softmax(0)  # p^2, renormalised
    freq = torch.bincount(tokens, minlength=len(PROBS)).double() / rows
    assert (freq - expected).abs().max() < 0.03
    assert torch.allclose(logprobs, expected.log()[tokens], atol=1e-5)


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
def test_top_p_over_a_large_vocabulary_keeps_the_reference_nucleus(build):
    kernels = load_build(build)
    logits = torch.randn(3000, generator=torch.Generator().manual_seed(0)) * 2
    params = SamplingParams(top_p=0.5)
    kept = truncate(logits.unsqueeze(0), [params])[0] > float("-inf")
    tokens = _draw(kernels, logits, params, torch.arange(500) * 7919)
    assert kept[tokens].all()
    assert len(set(tokens.tolist())) > 20  # a nucleus of many tokens, not the argmax again and again


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
def test_a_flat_row_draws_from_the_whole_reference_nucleus(build):
    kernels = load_build(build)  # hundreds of candidates: the quickselect, not one sort
    logits = torch.randn(400, generator=torch.Generator().manual_seed(3)) * 0.5
    params = SamplingParams(top_p=0.6)
    expected = truncate(logits.unsqueeze(0), [params])[0].softmax(0)
    assert (expected > 0).sum() > 150
    tokens = _draw(kernels, logits, params, torch.arange(20000))
    freq = torch.bincount(tokens, minlength=400).double() / 20000
    assert (freq[expected == 0] == 0).all()  # nothing outside the nucleus...
    assert (freq[expected > 0] > 0).all()  # ...and all of it (its lightest token: ~20 draws expected)
    assert (freq - expected).abs().sum() / 2 < 0.06  # total variation; ~0.037 expected from noise


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
def test_masked_tokens_are_never_drawn(build):
    kernels = load_build(build)
    logits = torch.full((1000,), float("-inf"))
    logits[[3, 500, 999]] = torch.tensor([0.0, 0.0, -30.0])  # a constrained row: three tokens allowed
    for params in (SamplingParams(), SamplingParams(top_p=0.99)):
        drawn = set(_draw(kernels, logits, params, torch.arange(2000)).tolist())
        assert drawn == {3, 500}, drawn  # -30 has p ~ 5e-14: never in 2,000 draws


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
def test_key_minus_one_takes_the_first_argmax_with_its_log_probability(build):
    kernels = load_build(build)
    logits = torch.randn(5, 49152, generator=torch.Generator().manual_seed(1)) * 4
    logits[2, [10, 20000]] = 100.0  # a tie: the first maximum wins, as torch.argmax
    tokens, logprobs = kernels.sample_rows(logits, torch.zeros(5), torch.zeros(5, dtype=torch.long), torch.ones(5),
                                           torch.zeros(5), torch.full((5,), -1))
    assert tokens.tolist() == logits.argmax(dim=1).tolist() and tokens[2] == 10
    expected = logits.log_softmax(dim=1).gather(1, tokens.unsqueeze(1)).squeeze(1)
    assert torch.allclose(logprobs, expected, rtol=0, atol=1e-4)


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
def test_a_rows_token_depends_on_its_key_and_logits_only(build):
    kernels = load_build(build)
    logits = torch.randn(8, 2000, generator=torch.Generator().manual_seed(2))
    keys = torch.tensor([5, 17, 5, 99, 3, 1 << 40, 7, 5])
    ones, zeros = torch.ones(8), torch.zeros(8)
    together, _ = kernels.sample_rows(logits, ones, torch.zeros(8, dtype=torch.long), ones, zeros, keys)
    alone = [int(kernels.sample_rows(logits[r:r + 1], ones[:1], torch.zeros(1, dtype=torch.long), ones[:1],
                                     zeros[:1], keys[r:r + 1])[0]) for r in range(8)]
    assert together.tolist() == alone
    other_keys, _ = kernels.sample_rows(logits, ones, torch.zeros(8, dtype=torch.long), ones, zeros, keys + 1)
    assert other_keys.tolist() != together.tolist()


def test_settings_of_the_wrong_shape_are_refused():
    kernels = load_build(RUNNABLE_BUILDS[-1].values[0])
    with pytest.raises(RuntimeError, match="one setting per row"):
        kernels.sample_rows(torch.zeros(2, 10), torch.ones(2), torch.zeros(1, dtype=torch.long), torch.ones(2),
                            torch.zeros(2), torch.zeros(2, dtype=torch.long))


def test_the_sampler_on_cpu_logits_reports_logprobs_before_truncation_and_repeats_with_its_seeds():
    from loopwright.models.sampler import sample

    logits = PROBS.log().repeat(3, 1)
    params = [SamplingParams(temperature=1.0, top_p=0.5, seed=1), SamplingParams(), SamplingParams(temperature=0.5)]
    generators = [torch.Generator().manual_seed(1), None, torch.Generator().manual_seed(2)]
    tokens, logprobs = sample(logits, params, generators)
    assert tokens[:2] == [0, 0]  # top_p 0.5 keeps token 0 alone; the greedy row takes the argmax
    assert math.isclose(logprobs[0], math.log(0.4), rel_tol=1e-5)  # the untruncated distribution
    scaled = (logits[2] / 0.5).log_softmax(0)
    assert math.isclose(logprobs[2], float(scaled[tokens[2]]), rel_tol=1e-5)
    again, _ = sample(logits, params, [torch.Generator().manual_seed(1), None, torch.Generator().manual_seed(2)])
    assert again == tokens
