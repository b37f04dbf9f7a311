"""The paged KV cache's dtype: bf16 only where decoding is already approximate (int8
activations against GGUF blocks), so the exact path keeps equalling HF greedy."""

import pytest
import torch

from loopwright.kernels import kv_cache_dtype


def test_auto_keeps_bf16_keys_and_values_only_for_int8_decoding(monkeypatch):
    monkeypatch.delenv("LOOPWRIGHT_KV_CACHE", raising=False)
    assert kv_cache_dtype(torch.float32, int8_decode=True) == torch.bfloat16
    assert kv_cache_dtype(torch.float32, int8_decode=False) == torch.float32  # the exact path
    assert kv_cache_dtype(torch.bfloat16, int8_decode=False) == torch.bfloat16
    assert kv_cache_dtype(torch.float16, int8_decode=True) == torch.float16  # only fp32 models change


@pytest.mark.parametrize(("choice", "dtype"), [("fp32", torch.float32), ("BF16", torch.bfloat16)])
def test_the_environment_forces_one_for_a_b_measurements(monkeypatch, choice, dtype):
    monkeypatch.setenv("LOOPWRIGHT_KV_CACHE", choice)
    assert kv_cache_dtype(torch.float32, int8_decode=True) == dtype
    assert kv_cache_dtype(torch.float32, int8_decode=False) == dtype


def test_an_unknown_choice_is_an_error_that_names_the_choices(monkeypatch):
    monkeypatch.setenv("LOOPWRIGHT_KV_CACHE", "fp8")
    with pytest.raises(ValueError, match="LOOPWRIGHT_KV_CACHE='fp8' is not one of auto, fp32, bf16"):
        kv_cache_dtype(torch.float32, int8_decode=True)
