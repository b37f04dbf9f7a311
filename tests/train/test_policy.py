"""LoRA in the last N decoder layers only (`LoraSettings.layers`): adapters, gradients and the
factors the engine serves are in those layers alone, the backward pass stops there, and a saved
adapter loads back with the same layers."""

import pytest
import torch

from loopwright.agent.trajectory import TokenSequence
from loopwright.train.batch import collate
from loopwright.train.policy import LoraPolicy, LoraSettings
from tests.train.token_env import policy_with_adapters, tiny_llama


def _adapted_layer_indices(policy: LoraPolicy) -> set[int]:
    return {int(key.split(".")[2]) for key in policy.lora_factors()}


def _batch():
    return collate([TokenSequence([1, 5, 9, 3, 7, 2], [0, 0, 1, 1, 1, 1], [0.0] * 6)])


def test_adapters_gradients_and_served_factors_are_in_the_last_layers_only():
    policy = LoraPolicy.wrap(tiny_llama(), LoraSettings(r=4, alpha=8, layers=1))
    assert _adapted_layer_indices(policy) == {1}  # tiny_llama has 2 layers: only layer 1
    names = [name for name, param in policy.model.named_parameters() if param.requires_grad]
    assert names and all(".layers.1." in name for name in names)
    assert _first_layer_needs_gradient(policy) is False  # the backward stops above layer 0
    assert all(param.grad is not None for param in policy.trainable_parameters())
    assert _first_layer_needs_gradient(LoraPolicy.wrap(tiny_llama(), LoraSettings(r=4, alpha=8))) is True


def _first_layer_needs_gradient(policy: LoraPolicy) -> bool:
    """Whether layer 0's output is part of the graph a backward of the logprobs goes through."""
    seen = []
    layer = policy.model.base_model.model.model.layers[0]
    handle = layer.register_forward_hook(lambda module, args, out: seen.append(
        (out[0] if isinstance(out, tuple) else out).requires_grad))
    policy.token_logprobs(_batch()).sum().backward()
    handle.remove()
    return seen[0]


def test_all_layers_by_default_and_out_of_range_counts_are_refused():
    assert _adapted_layer_indices(LoraPolicy.wrap(tiny_llama(), LoraSettings(r=4, alpha=8))) == {0, 1}
    for layers in (0, 3):
        with pytest.raises(ValueError, match="between 1 and the model's 2"):
            LoraPolicy.wrap(tiny_llama(), LoraSettings(r=4, alpha=8, layers=layers))


def test_a_saved_adapter_loads_back_in_the_same_layers(tmp_path):
    policy = policy_with_adapters(LoraSettings(r=4, alpha=8, layers=1))
    policy.save_adapter(tmp_path / "adapter")
    loaded = LoraPolicy.from_adapter(tiny_llama(), tmp_path / "adapter")
    assert _adapted_layer_indices(loaded) == {1}
    with torch.no_grad():
        torch.testing.assert_close(loaded.token_logprobs(_batch()), policy.token_logprobs(_batch()))
