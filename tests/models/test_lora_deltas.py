"""A LoRA adapter served beside the weights (low-rank deltas on the fused matrices) gives what
the same adapter merged into the weights gives, on every path: PyTorch and the C++ stack,
dense weights and GGUF blocks, our engine and transformers'; and it keeps the blocks."""

import pytest
import torch

from loopwright.kernels import backends
from loopwright.kernels.backends import GGUF_MATMUL_ENV
from loopwright.kernels.cpu_build import load_build
from loopwright.models import make_engine
from loopwright.models.hf_engine import HFEngine
from loopwright.models.llama import LlamaForward
from loopwright.models.lora_deltas import LoraFactors
from loopwright.models.sampling import SamplingParams
from tests.fixtures.cpu_builds import RUNNABLE_BUILDS
from tests.kernels.test_bf16_panels import PANEL_BUILDS
from tests.models.test_layer_stack import (
    _decode_batch,
    _forward,
    _prefill_batch,
    split_everything,  # noqa: F401 (a fixture this module's tests use)
)

PROJECTIONS = ("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
               "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj")


def random_factors(state: dict[str, torch.Tensor], layers: list[int], projections=PROJECTIONS,
                   rank: int = 4, size: float = 0.05, seed: int = 0) -> LoraFactors:
    gen = torch.Generator().manual_seed(seed)
    factors = {}
    for i in layers:
        for name in projections:
            key = f"model.layers.{i}.{name}.weight"
            out, inp = state[key].shape
            factors[key] = (size * torch.randn(rank, inp, generator=gen), size * torch.randn(out, rank, generator=gen), 2.0)
    return factors


def merged(state: dict[str, torch.Tensor], factors: LoraFactors) -> dict[str, torch.Tensor]:
    return {key: state[key] + scaling * (b @ a) for key, (a, b, scaling) in factors.items()}


def _state(fwd: LlamaForward) -> dict[str, torch.Tensor]:
    return {name: view.clone() for name, view in fwd.param_views().items()}


@pytest.mark.parametrize("use_stack", [False, True])
@pytest.mark.parametrize("model_type", ["llama", "qwen2"])
@pytest.mark.parametrize("projections", [PROJECTIONS, ("self_attn.k_proj", "mlp.up_proj")])
@pytest.mark.parametrize("last_layer_only", [False, True])
def test_deltas_equal_merged_weights(model_type, use_stack, projections, last_layer_only):
    """All projections, or only some parts of the fused matrices (the rest of q|k|v and
    gate|up must stay untouched); in every layer, or in the last only (`LoraSettings.layers`)."""
    served, reference = _forward(model_type), _forward(model_type)
    state = _state(served)
    layers = list(range(served.num_layers))
    factors = random_factors(state, layers[-1:] if last_layer_only else layers, projections)
    served.set_adapter(factors)
    reference.load(merged(state, factors), require_all=False)
    lengths = [5, 17, 64]
    got, _ = _decode_batch(served, lengths, use_stack)
    want, _ = _decode_batch(reference, lengths, use_stack)
    base, _ = _decode_batch(_forward(model_type), lengths, use_stack)
    torch.testing.assert_close(got, want, rtol=1e-4, atol=1e-4)
    assert (got - base).abs().max() > 1e-2  # the adapter changed the logits


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
@pytest.mark.usefixtures("split_everything")
def test_deltas_on_every_build_this_cpu_runs_split_or_not(monkeypatch, build):
    """The stack's own low-rank loops (vector lanes where the build has them, rows split over
    the pool with every split forced), on some parts of the fused matrices: decode and prefill
    equal the merged weights' PyTorch forward."""
    served, reference = _forward("llama"), _forward("llama")
    state = _state(served)
    factors = random_factors(state, list(range(served.num_layers)), ("self_attn.k_proj", "mlp.up_proj",
                                                                     "mlp.down_proj"))
    served.set_adapter(factors)
    reference.load(merged(state, factors), require_all=False)
    monkeypatch.setattr(backends, "cpu_kernels", lambda: load_build(build))
    got, _ = _decode_batch(served, [5, 17, 64], use_stack=True)
    torch.testing.assert_close(got, _decode_batch(reference, [5, 17, 64], use_stack=False)[0], rtol=1e-4, atol=1e-4)
    prompts = [(0, 5), (33, 40)]
    torch.testing.assert_close(_prefill_batch(served, prompts, use_stack=True),
                               _prefill_batch(reference, prompts, use_stack=False), rtol=1e-4, atol=1e-4)


def test_no_adapter_is_the_base_again_and_new_weights_end_it():
    fwd = _forward("llama")
    base, _ = _decode_batch(fwd, [9], use_stack=True)
    fwd.set_adapter(random_factors(_state(fwd), [0, 1]))
    assert not torch.equal(_decode_batch(fwd, [9], use_stack=True)[0], base)
    fwd.set_adapter(None)
    assert torch.equal(_decode_batch(fwd, [9], use_stack=True)[0], base)
    fwd.set_adapter(random_factors(_state(fwd), [0]))
    fwd.load({"model.norm.weight": fwd.final_norm.clone()}, require_all=False)
    assert fwd.deltas is None


@pytest.mark.parametrize("build", PANEL_BUILDS)
def test_an_adapter_swap_reuses_the_bf16_panels_and_new_weights_pack_them_again(monkeypatch, build):
    """The stack an adapter swap rebuilds multiplies by the panels packed for the weights before
    (an RL step's publish packed all of them again); its outputs are what fresh panels give."""
    monkeypatch.setattr(backends, "cpu_kernels", lambda: load_build(build))
    monkeypatch.setenv(backends.BF16_PANELS_ENV, "rounded")
    fwd = _forward("llama")
    base, _ = _decode_batch(fwd, [9, 12, 5, 30], use_stack=True)  # 4 rows: the panels' batches
    packed = dict(fwd.packed_panels)
    assert len(packed) == 4 * fwd.num_layers  # q|k|v, o, gate|up and down of every layer
    factors = random_factors(_state(fwd), [0, 1])
    fwd.set_adapter(factors)
    adapted, _ = _decode_batch(fwd, [9, 12, 5, 30], use_stack=True)
    assert fwd.packed_panels.keys() == packed.keys()
    assert all(fwd.packed_panels[key] is panels for key, panels in packed.items())
    fresh = _forward("llama")
    fresh.set_adapter(factors)
    assert torch.equal(adapted, _decode_batch(fresh, [9, 12, 5, 30], use_stack=True)[0])
    assert not torch.equal(adapted, base)
    fwd.load({"model.norm.weight": fwd.final_norm.clone()}, require_all=False)
    assert fwd.packed_panels == {}


def test_factors_that_do_not_fit_are_refused():
    fwd = _forward("llama")
    state = _state(fwd)
    good = random_factors(state, [0], ("self_attn.q_proj",))
    with pytest.raises(KeyError, match="model.layers.99.self_attn.q_proj.weight"):
        fwd.set_adapter({"model.layers.99.self_attn.q_proj.weight": next(iter(good.values()))})
    with pytest.raises(KeyError, match="lm_head"):
        fwd.set_adapter({"lm_head.weight": next(iter(good.values()))})
    a, b, scaling = next(iter(good.values()))
    with pytest.raises(ValueError, match="do not fit"):
        fwd.set_adapter({"model.layers.0.self_attn.k_proj.weight": (a, b, scaling)})  # q's B on k's rows


def test_engine_serves_an_adapter_over_the_gguf_blocks(embedded_model, monkeypatch):
    """Exact blocks + deltas give the merged dense engine's greedy tokens, and the blocks stay."""
    monkeypatch.setenv(GGUF_MATMUL_ENV, "exact")
    state = embedded_model.hf_model.state_dict()
    factors = random_factors(state, [2, 9, 20], size=0.08)
    prompt = [{"role": "user", "content": "Name three colours."}]
    greedy = SamplingParams(max_new_tokens=16, temperature=0)
    served = make_engine(embedded_model)
    blocks = served.stats["quantized_matrices"]
    before = served.generate([prompt], greedy)[0].completions[0].token_ids
    served.update_adapter(factors)
    assert served.stats["quantized_matrices"] == blocks > 0
    with_adapter = served.generate([prompt], greedy)[0].completions[0].token_ids
    dense = make_engine(embedded_model)
    dense.update_weights(merged(state, factors))
    assert dense.stats["quantized_matrices"] == 0
    assert with_adapter == dense.generate([prompt], greedy)[0].completions[0].token_ids
    assert with_adapter != before
    served.update_adapter(None)
    assert served.generate([prompt], greedy)[0].completions[0].token_ids == before


def test_hf_engine_merges_an_adapter_and_takes_it_back(embedded_model):
    """transformers' engine merges; a second adapter replaces the first (layers only the first
    adapted go back to the base), None and new weights end it. Runs on a copy of the model."""
    import copy

    local = copy.copy(embedded_model)
    local.hf_model = copy.deepcopy(embedded_model.hf_model)
    engine = HFEngine(local)
    params = local.hf_model.state_dict()
    base = {k: v.clone() for k, v in params.items()}
    first = random_factors(base, [1, 2], ("mlp.down_proj",), seed=1)
    second = random_factors(base, [2], ("mlp.down_proj",), seed=2)
    engine.update_adapter(first)
    for key, weight in merged(base, first).items():
        assert torch.equal(params[key], weight)
    engine.update_adapter(second)
    assert torch.equal(params["model.layers.1.mlp.down_proj.weight"], base["model.layers.1.mlp.down_proj.weight"])
    assert torch.equal(params["model.layers.2.mlp.down_proj.weight"], merged(base, second)["model.layers.2.mlp.down_proj.weight"])
    engine.update_adapter(None)
    assert all(torch.equal(params[k], base[k]) for k in first)
    with pytest.raises(KeyError, match="does not have"):
        engine.update_adapter({"model.layers.2.nothing.weight": second["model.layers.2.mlp.down_proj.weight"]})
