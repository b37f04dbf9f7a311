"""Our forward against HF's on the same weights: fp32 logits within 1e-3."""

import pytest
import torch

from loopwright.models.llama import AttentionMetadata, LlamaForward
from tests.fixtures.model import tiny_local_model

BLOCK = 4


def _cache(fwd: LlamaForward, num_blocks: int = 64):
    shape = (fwd.num_layers, num_blocks, BLOCK, fwd.num_kv_heads, fwd.head_dim)
    return torch.zeros(shape, dtype=fwd.dtype), torch.zeros(shape, dtype=fwd.dtype)


def _prefill(fwd, ids: list[int], kc, vc, start: int = 0) -> torch.Tensor:
    """Runs ids[start:] after a cached prefix ids[:start] in blocks 0, 1, 2, ... of the cache."""
    n_new, n_all = len(ids) - start, len(ids)
    blocks = torch.arange((n_all + BLOCK - 1) // BLOCK, dtype=torch.int32).unsqueeze(0)
    meta = AttentionMetadata(
        slot_mapping=torch.arange(start, n_all), is_prefill=True,
        cu_seqlens_q=torch.tensor([0, n_new], dtype=torch.int32),
        cu_seqlens_k=torch.tensor([0, n_all], dtype=torch.int32),
        max_seqlen_q=n_new, max_seqlen_k=n_all, block_tables=blocks if start else None,
    )
    return fwd.forward(torch.tensor(ids[start:]), torch.arange(start, n_all), meta, kc, vc)


def _decode(fwd, ids: list[int], kc, vc) -> torch.Tensor:
    n = len(ids)
    blocks = torch.arange((n + BLOCK - 1) // BLOCK, dtype=torch.int32).unsqueeze(0)
    meta = AttentionMetadata(slot_mapping=torch.tensor([n - 1]), is_prefill=False, block_tables=blocks,
                             context_lens=torch.tensor([n], dtype=torch.int32))
    return fwd.forward(torch.tensor(ids[-1:]), torch.tensor([n - 1]), meta, kc, vc)


def _hf_logits(local, ids: list[int]) -> torch.Tensor:
    with torch.inference_mode():
        return local.hf_model(torch.tensor([ids])).logits[0].float()


def _ours(local) -> LlamaForward:
    return LlamaForward(local.hf_config, local.hf_model.state_dict(), torch.float32)


@pytest.mark.parametrize("model_type", ["llama", "qwen2", "qwen3", "mistral"])
def test_tiny_random_models_match_hf_prefill_and_decode(model_type):
    local = tiny_local_model(model_type)
    ids = torch.randint(3, local.hf_config.vocab_size, (23,), generator=torch.Generator().manual_seed(1)).tolist()
    fwd = _ours(local)
    expected = _hf_logits(local, ids)
    kc, vc = _cache(fwd)
    assert (_prefill(fwd, ids[:15], kc, vc) - expected[:15]).abs().max() < 1e-3
    after_prefix = _prefill(fwd, ids[:20], kc, vc, start=15)
    assert (after_prefix - expected[15:20]).abs().max() < 1e-3
    for n in range(21, 24):
        assert (_decode(fwd, ids[:n], kc, vc)[0] - expected[n - 1]).abs().max() < 1e-3


def test_embedded_model_matches_hf(embedded_model):
    ids = embedded_model.chat_template_ids([{"role": "user", "content": "Name three colours of the rainbow."}])
    fwd = _ours(embedded_model)
    kc, vc = _cache(fwd)
    expected = _hf_logits(embedded_model, ids)
    assert (_prefill(fwd, ids, kc, vc) - expected).abs().max() < 1e-3
    ids2 = ids + [504, 2988]
    expected2 = _hf_logits(embedded_model, ids2)
    assert (_prefill(fwd, ids2[:-1], kc, vc, start=len(ids))[-1] - expected2[-2]).abs().max() < 1e-3
    assert (_decode(fwd, ids2, kc, vc)[0] - expected2[-1]).abs().max() < 1e-3


def test_update_weights_by_hf_name_changes_the_output(tiny_llama):
    fwd = _ours(tiny_llama)
    kc, vc = _cache(fwd)
    before = _prefill(fwd, [5, 6, 7], kc, vc)
    name = "model.layers.1.self_attn.k_proj.weight"
    fwd.load({name: torch.zeros_like(tiny_llama.hf_model.state_dict()[name])}, require_all=False)
    assert (_prefill(fwd, [5, 6, 7], kc, vc) - before).abs().max() > 1e-4
    with pytest.raises(KeyError, match="does not have"):
        fwd.load({"model.layers.9.mlp.nope": torch.zeros(1)}, require_all=False)
