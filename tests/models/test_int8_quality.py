"""The fast GGUF paths against the exact one on the embedded model, teacher-forced over ~1,000 tokens
of varied text: the fast paths' quality is measured, not assumed.

Both engines' forwards read the same text, a token a decode step or in prefill chunks after the
cached prefix, so every matmul runs from the GGUF blocks as an engine's steps do; the only
difference between the two is how the activations meet the blocks. Decode steps of one row take
the int8 path on every CPU; prefill chunks of 32 take the AMX tiles (bf16) where the build has
them, the bf16 panels where it has those (kernels.backends.bf16_panels), else the int8
path again.
"""

import math

import pytest
import torch

from loopwright.kernels.backends import BF16_PANELS_FROM_ROWS, bf16_panels, cpu_kernels
from loopwright.kernels.cpu_build import AVX512_BF16, load_build
from loopwright.kernels.layer_stack import PanelRouting, build_layer_stack
from loopwright.models.llama import AttentionMetadata, LlamaForward
from loopwright.train.general_text import GENERAL_TEXT
from tests.fixtures.cpu_builds import RUNNABLE_BUILDS

BLOCK = 16
PANEL_BUILDS = [param for param in RUNNABLE_BUILDS if param.values[0] is AVX512_BF16]


def teacher_forced(forward: LlamaForward, ids: list[int], cache_dtype: torch.dtype,
                   chunk: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Log-probabilities [len(ids) - 1] of each next token and the top-1 predictions
    [len(ids) - 1], reading `ids` `chunk` tokens a prefill step after the cached prefix, or
    (chunk 0) one token a decode step, with keys and values kept in the engine's cache dtype."""
    shape = (forward.num_layers, math.ceil(len(ids) / BLOCK), BLOCK, forward.num_kv_heads, forward.head_dim)
    k_cache, v_cache = torch.zeros(shape, dtype=cache_dtype), torch.zeros(shape, dtype=cache_dtype)
    table = torch.arange(shape[1], dtype=torch.int32).unsqueeze(0)
    logprobs, top1 = [], []
    for start in range(0, len(ids) - 1, max(chunk, 1)):
        end = min(start + max(chunk, 1), len(ids) - 1)  # the last token predicts nothing we can check
        meta = AttentionMetadata(
            slot_mapping=torch.arange(start, end), is_prefill=True,
            cu_seqlens_q=torch.tensor([0, end - start], dtype=torch.int32),
            cu_seqlens_k=torch.tensor([0, end], dtype=torch.int32), max_seqlen_q=end - start, max_seqlen_k=end,
            block_tables=table if start else None, prefill_block_tables=table,
        ) if chunk else AttentionMetadata(
            slot_mapping=torch.arange(start, end), is_prefill=False, block_tables=table,
            context_lens=torch.tensor([end], dtype=torch.int32),
        )
        logits = forward.forward(torch.tensor(ids[start:end]), torch.arange(start, end), meta, k_cache, v_cache)
        targets = torch.tensor(ids[start + 1 : end + 1])
        logprobs.append(logits.log_softmax(-1).gather(1, targets[:, None])[:, 0])
        top1.append(logits.argmax(-1))
    return torch.cat(logprobs), torch.cat(top1)


@pytest.mark.parametrize("chunk", [pytest.param(0, id="int8"), pytest.param(32, id="batch")])
def test_fast_path_agrees_with_the_exact_path_on_varied_text(embedded_model, embedded_engine, exact_engine, chunk):
    fast, exact = embedded_engine.forward, exact_engine.forward
    assert fast.quantized_head is not None and not fast.quantized_head.exact
    assert exact.quantized_head is not None and exact.quantized_head.exact
    assert fast.num_quantized() == exact.num_quantized() == 4 * fast.num_layers + 1
    ids = embedded_model.tokenizer(GENERAL_TEXT)["input_ids"]
    assert len(ids) > 1000
    kernels = cpu_kernels()

    # the fast path keeps a bf16 KV cache (kernels.kv_cache_dtype); the exact one stays fp32
    assert (embedded_engine.runner.k_cache.dtype, exact_engine.runner.k_cache.dtype) == (torch.bfloat16, torch.float32)
    fast_logprobs, fast_top1 = teacher_forced(fast, ids, embedded_engine.runner.k_cache.dtype, chunk)
    exact_logprobs, exact_top1 = teacher_forced(exact, ids, exact_engine.runner.k_cache.dtype, chunk)

    agreement = (fast_top1 == exact_top1).float().mean().item()
    fast_ppl, exact_ppl = (lp.neg().mean().exp().item() for lp in (fast_logprobs, exact_logprobs))
    path = "int8"
    if chunk >= kernels.MATRIX_UNIT_MIN_ROWS and kernels.MATRIX_UNIT != "none":
        path = "amx_bf16"
    elif chunk and (panels := bf16_panels(kernels, int8_decode=True)) is not None:
        path = f"bf16 panels of the {'weights rounded' if panels.rounded else 'GGUF codes'}"
    print(f"{path}: top-1 agreement {agreement:.4f}, perplexity fast {fast_ppl:.4f} exact {exact_ppl:.4f} "
          f"({fast_ppl / exact_ppl - 1:+.3%}), max |logprob diff| {(fast_logprobs - exact_logprobs).abs().max():.3f}")
    assert (fast_logprobs != exact_logprobs).any()  # the two paths really differ
    assert exact_ppl < 30  # the model reads this text as text: the positions line up
    assert agreement >= 0.99
    assert abs(fast_ppl / exact_ppl - 1) <= 0.01


@pytest.mark.parametrize("build", PANEL_BUILDS)
def test_bf16_panels_of_the_dense_weights_agree_with_the_exact_path(embedded_model, exact_engine, build):
    """The bf16 panels (kernels/csrc/bf16_panels.cpp) on every CPU that runs their build,
    whichever build the engine picks here: a forward without GGUF blocks, so each matmul of its
    128-token chunks reads the panels. Weights and activations both rounded to bf16 agree a
    little less than the int8 path: 0.9926 on the AVX-512 EPYC (9 near-ties of 1,222 positions
    flip; oneDNN's bf16 GEMM flipped 11-14), perplexity -0.03%."""
    bf16 = LlamaForward(embedded_model.hf_config, embedded_model.hf_model.state_dict(), embedded_model.dtype)
    assert bf16.num_quantized() == 0
    bf16._layer_stack = build_layer_stack(load_build(build), bf16, PanelRouting(BF16_PANELS_FROM_ROWS, rounded=True))
    ids = embedded_model.tokenizer(GENERAL_TEXT)["input_ids"]
    fast_logprobs, fast_top1 = teacher_forced(bf16, ids, torch.bfloat16, 128)
    exact_logprobs, exact_top1 = teacher_forced(exact_engine.forward, ids, torch.float32, 128)
    agreement = (fast_top1 == exact_top1).float().mean().item()
    fast_ppl, exact_ppl = (lp.neg().mean().exp().item() for lp in (fast_logprobs, exact_logprobs))
    print(f"bf16 panels: top-1 agreement {agreement:.4f}, perplexity {fast_ppl:.4f} vs {exact_ppl:.4f}")
    assert (fast_logprobs != exact_logprobs).any()
    assert agreement >= 0.985
    assert abs(fast_ppl / exact_ppl - 1) <= 0.01
