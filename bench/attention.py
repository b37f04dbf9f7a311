"""Decode attention side by side: our CPU path over a paged cache vs naive and plain SDPA.

One decode step of SmolLM2-135M's attention shape (9 query heads, 3 KV heads, head_dim 64,
fp32) at contexts 512, 2k and 8k, batch 1 and 8. Peers run on a *contiguous* cache, the
layout a paged cache gives up; naive attention is HF's eager path (repeat K/V per query
head, matmul, softmax, matmul). One JSON line per case with every timing (best of
`--repeats`, milliseconds per call), the ratios peer/ours, and the K/V bytes read per
second by ours. Then a new agent turn's prefill (128 tokens after a 1024-token cached
prefix) against SDPA on a contiguous cache. Where CUDA exists, the Triton decode and prefill
kernels run the same cases in fp16 against SDPA on the GPU; without it they are reported as
skipped.

    .venv/bin/python -m loopwright.bench.attention --contexts 512 2048 8192 --batches 1 8
"""

import argparse
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from loopwright.kernels import cpu, reference

HEADS, KV_HEADS, HEAD_DIM, PAGE_SIZE = 9, 3, 64, 16


def best_ms(fns: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """Best wall time (ms) of each function over `repeats` rounds, taking turns within a round.

    Interleaving puts every contender under the same background load, and the best of
    many rounds is the least noisy figure on a shared machine.
    """
    for fn in fns.values():
        fn()
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeats):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: seconds * 1e3 for name, seconds in best.items()}


def naive_attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """HF eager: q [B, H, 1, d], k/v [B, Hkv, L, d] repeated to H heads."""
    group = q.shape[1] // k.shape[1]
    k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
    scores = torch.matmul(q, k.transpose(-1, -2)) * q.shape[-1] ** -0.5
    return torch.matmul(scores.softmax(-1), v)


@dataclass
class PagedBatch:
    """Random K/V of `batch` sequences of `length` tokens in shuffled blocks of a paged cache
    (as after a while of allocation and freeing), and the same keys laid out contiguously,
    [B, Hkv, L, d], for the peers."""

    k_cache: torch.Tensor
    v_cache: torch.Tensor
    block_tables: torch.Tensor
    k_contig: torch.Tensor
    v_contig: torch.Tensor

    @classmethod
    def random(cls, batch: int, length: int, gen: torch.Generator, device: str = "cpu",
               dtype: torch.dtype = torch.float32) -> "PagedBatch":
        blocks_per_seq = -(-length // PAGE_SIZE)
        num_blocks = batch * blocks_per_seq + 8  # spare blocks nobody reads
        k_cache = torch.randn(num_blocks, PAGE_SIZE, KV_HEADS, HEAD_DIM, generator=gen).to(device, dtype)
        v_cache = torch.randn(num_blocks, PAGE_SIZE, KV_HEADS, HEAD_DIM, generator=gen).to(device, dtype)
        tables = torch.randperm(num_blocks, generator=gen)[: batch * blocks_per_seq].view(batch, blocks_per_seq)
        tables = tables.int().to(device)

        def contiguous(cache: torch.Tensor) -> torch.Tensor:
            return cache[tables.long()].flatten(1, 2)[:, :length].transpose(1, 2).contiguous()

        return cls(k_cache, v_cache, tables, contiguous(k_cache), contiguous(v_cache))


def case(batch: int, context: int, repeats: int, gen: torch.Generator) -> dict:
    """Times one (batch, context) decode step on every implementation."""
    cache = PagedBatch.random(batch, context, gen)
    k_cache, v_cache, block_tables = cache.k_cache, cache.v_cache, cache.block_tables
    k_contig, v_contig = cache.k_contig, cache.v_contig
    context_lens = torch.full((batch,), context, dtype=torch.int32)
    q = torch.randn(batch, HEADS, HEAD_DIM, generator=gen)
    q4 = q.unsqueeze(2)

    ours = cpu.paged_decode_attention(q, k_cache, v_cache, block_tables, context_lens)
    peer = F.scaled_dot_product_attention(q4, k_contig, v_contig, enable_gqa=True).squeeze(2)
    max_abs_diff = (ours - peer).abs().max().item()

    paged = (q, k_cache, v_cache, block_tables, context_lens)
    timings = best_ms({
        "ours_cpu_ms": lambda: cpu.paged_decode_attention(*paged),
        "reference_ms": lambda: reference.paged_decode_attention(*paged),
        "naive_contiguous_ms": lambda: naive_attention(q4, k_contig, v_contig),
        "sdpa_contiguous_ms": lambda: F.scaled_dot_product_attention(q4, k_contig, v_contig, enable_gqa=True),
    }, repeats)
    ours_ms = timings["ours_cpu_ms"]
    kv_bytes = 2 * batch * context * KV_HEADS * HEAD_DIM * k_cache.element_size()
    return {
        "case": f"decode/b{batch}/ctx{context}",
        "batch": batch,
        "context": context,
        **{name: round(ms, 4) for name, ms in timings.items()},
        "naive_over_ours": round(timings["naive_contiguous_ms"] / ours_ms, 3),
        "sdpa_over_ours": round(timings["sdpa_contiguous_ms"] / ours_ms, 3),
        "reference_over_ours": round(timings["reference_ms"] / ours_ms, 3),
        "ours_kv_gb_per_s": round(kv_bytes / (ours_ms * 1e-3) / 1e9, 2),
        "max_abs_diff_vs_sdpa": max_abs_diff,
        "triton": "timed" if torch.cuda.is_available() else "skipped: no CUDA",
    }


def prefill_case(batch: int, prefix: int, new: int, repeats: int, gen: torch.Generator) -> dict:
    """A new agent turn: `new` tokens per sequence after a `prefix` already in the paged cache."""
    total = prefix + new
    cache = PagedBatch.random(batch, total, gen)
    k_cache, v_cache, block_tables = cache.k_cache, cache.v_cache, cache.block_tables
    k_contig, v_contig = cache.k_contig, cache.v_contig
    q = torch.randn(batch * new, HEADS, HEAD_DIM, generator=gen)
    cu_q = torch.arange(batch + 1, dtype=torch.int32) * new
    cu_k = torch.arange(batch + 1, dtype=torch.int32) * total
    q4 = q.view(batch, new, HEADS, HEAD_DIM).transpose(1, 2)  # [B, H, new, d]
    mask = torch.ones(new, total, dtype=torch.bool).tril(prefix)
    paged = (q, k_cache, v_cache, cu_q, cu_k, new, total)
    timings = best_ms({
        "ours_cpu_ms": lambda: cpu.flash_attention(*paged, causal=True, block_table=block_tables),
        "reference_ms": lambda: reference.flash_attention(*paged, causal=True, block_table=block_tables),
        "sdpa_contiguous_ms": lambda: F.scaled_dot_product_attention(
            q4, k_contig, v_contig, attn_mask=mask, enable_gqa=True
        ),
    }, repeats)
    return {
        "case": f"prefill/b{batch}/prefix{prefix}/new{new}",
        **{name: round(ms, 4) for name, ms in timings.items()},
        "sdpa_over_ours": round(timings["sdpa_contiguous_ms"] / timings["ours_cpu_ms"], 3),
        "reference_over_ours": round(timings["reference_ms"] / timings["ours_cpu_ms"], 3),
    }


def _synced(fn: Callable[[], object]) -> Callable[[], None]:
    """`fn` plus a CUDA sync, so a wall-clock timing covers the kernel and not just its launch."""
    return lambda: (fn(), torch.cuda.synchronize())


def triton_case(batch: int, context: int, repeats: int, gen: torch.Generator) -> dict:
    """The Triton decode kernel on CUDA over a paged fp16 cache vs SDPA on a contiguous one
    (only reached where CUDA exists)."""
    from loopwright.kernels import triton_decode

    cache = PagedBatch.random(batch, context, gen, "cuda", torch.float16)
    k_cache, v_cache, block_tables = cache.k_cache, cache.v_cache, cache.block_tables
    k_contig, v_contig = cache.k_contig, cache.v_contig
    context_lens = torch.full((batch,), context, dtype=torch.int32, device="cuda")
    q = torch.randn(batch, HEADS, HEAD_DIM, generator=gen).to("cuda", torch.float16)
    q4 = q.unsqueeze(2)

    ours = triton_decode.paged_decode_attention(q, k_cache, v_cache, block_tables, context_lens)
    peer = F.scaled_dot_product_attention(q4, k_contig, v_contig, enable_gqa=True).squeeze(2)
    timings = best_ms({
        "triton_ms": _synced(lambda: triton_decode.paged_decode_attention(
            q, k_cache, v_cache, block_tables, context_lens)),
        "sdpa_contiguous_cuda_ms": _synced(lambda: F.scaled_dot_product_attention(
            q4, k_contig, v_contig, enable_gqa=True)),
    }, repeats)
    kv_bytes = 2 * batch * context * KV_HEADS * HEAD_DIM * k_cache.element_size()
    return {
        "case": f"decode-triton/b{batch}/ctx{context}",
        **{name: round(ms, 4) for name, ms in timings.items()},
        "sdpa_over_triton": round(timings["sdpa_contiguous_cuda_ms"] / timings["triton_ms"], 3),
        "triton_kv_gb_per_s": round(kv_bytes / (timings["triton_ms"] * 1e-3) / 1e9, 2),
        "max_abs_diff_vs_sdpa": (ours - peer).abs().max().item(),
        "gpu": torch.cuda.get_device_name(),
    }


def triton_prefill_case(batch: int, prefix: int, new: int, repeats: int, gen: torch.Generator) -> dict:
    """A new agent turn on CUDA: the Triton prefill kernel over a paged fp16 cache vs SDPA with
    the same bottom-right causal mask on a contiguous one."""
    from loopwright.kernels import triton_prefill

    device, dtype = torch.device("cuda"), torch.float16
    total = prefix + new
    cache = PagedBatch.random(batch, total, gen, "cuda", dtype)
    k_cache, v_cache, block_tables = cache.k_cache, cache.v_cache, cache.block_tables
    k_contig, v_contig = cache.k_contig, cache.v_contig
    q = torch.randn(batch * new, HEADS, HEAD_DIM, generator=gen).to(device, dtype)
    cu_q = (torch.arange(batch + 1, dtype=torch.int32) * new).to(device)
    cu_k = (torch.arange(batch + 1, dtype=torch.int32) * total).to(device)
    q4 = q.view(batch, new, HEADS, HEAD_DIM).transpose(1, 2)
    mask = torch.ones(new, total, dtype=torch.bool, device=device).tril(prefix)

    def ours() -> torch.Tensor:
        return triton_prefill.flash_attention(
            q, k_cache, v_cache, cu_q, cu_k, new, total, causal=True, block_table=block_tables)

    def peer() -> torch.Tensor:
        return F.scaled_dot_product_attention(q4, k_contig, v_contig, attn_mask=mask, enable_gqa=True)

    max_abs_diff = (ours().view(batch, new, HEADS, HEAD_DIM) - peer().transpose(1, 2)).abs().max().item()
    timings = best_ms({"triton_ms": _synced(ours), "sdpa_contiguous_cuda_ms": _synced(peer)}, repeats)
    return {
        "case": f"prefill-triton/b{batch}/prefix{prefix}/new{new}",
        **{name: round(ms, 4) for name, ms in timings.items()},
        "sdpa_over_triton": round(timings["sdpa_contiguous_cuda_ms"] / timings["triton_ms"], 3),
        "max_abs_diff_vs_sdpa": max_abs_diff,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contexts", type=int, nargs="+", default=[512, 2048, 8192])
    parser.add_argument("--batches", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--threads", type=int, default=None, help="torch intra-op threads (default: torch's)")
    args = parser.parse_args()
    if args.threads is not None:
        torch.set_num_threads(args.threads)
    gen = torch.Generator().manual_seed(0)
    for batch in args.batches:
        for context in args.contexts:
            print(json.dumps(case(batch, context, args.repeats, gen)), flush=True)
            if torch.cuda.is_available():
                print(json.dumps(triton_case(batch, context, args.repeats, gen)), flush=True)
    for batch in args.batches:
        print(json.dumps(prefill_case(batch, 1024, 128, args.repeats, gen)), flush=True)
        if torch.cuda.is_available():
            print(json.dumps(triton_prefill_case(batch, 1024, 128, args.repeats, gen)), flush=True)
    if not torch.cuda.is_available():
        print(json.dumps({"case": "decode-triton", "triton": "skipped: no CUDA"}), flush=True)


if __name__ == "__main__":
    main()
