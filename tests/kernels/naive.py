"""Float64 naive attention and random paged batches: what every backend is held to."""

import itertools

import torch

TOLERANCE = {torch.float32: 1e-5, torch.float16: 1e-3, torch.bfloat16: 1e-2}
"""Bound on ||out - ref|| / ||ref|| per input dtype."""

WORST_ERRORS: dict[tuple[str, str], float] = {}
"""Worst relative error seen per (backend, dtype), printed after the run."""


def cu_seqlens(lengths: list[int]) -> torch.Tensor:
    return torch.tensor([0, *itertools.accumulate(lengths)], dtype=torch.int32)


def naive_attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool, scale: float
) -> torch.Tensor:
    """One sequence, float64: q [q_len, heads, d], k/v [k_len, kv_heads, d] -> [q_len, heads, d]."""
    q_len, heads, _ = q.shape
    k_len, kv_heads, _ = k.shape
    group = heads // kv_heads
    k = k.double().repeat_interleave(group, dim=1)  # [k_len, heads, d]
    v = v.double().repeat_interleave(group, dim=1)
    scores = torch.einsum("qhd,khd->hqk", q.double(), k) * scale
    if causal:
        allowed = torch.ones(q_len, k_len, dtype=torch.bool).tril(k_len - q_len)
        scores = scores.masked_fill(~allowed, float("-inf"))
    return torch.einsum("hqk,khd->qhd", scores.softmax(-1), v)


class PagedCache:
    """Random K/V for some sequences, scattered over shuffled blocks of a paged cache."""

    def __init__(
        self, lengths: list[int], kv_heads: int, head_dim: int, page_size: int,
        dtype: torch.dtype, gen: torch.Generator,
    ) -> None:
        pages = [-(-n // page_size) for n in lengths]
        num_blocks = sum(pages) + 3  # spare blocks hold random junk that must never be read
        shape = (num_blocks, page_size, kv_heads, head_dim)
        self.k_cache = torch.randn(shape, generator=gen).to(dtype)
        self.v_cache = torch.randn(shape, generator=gen).to(dtype)
        order = torch.randperm(num_blocks, generator=gen).tolist()
        # rows padded with -1 past each sequence's last block, as engines do
        self.block_tables = torch.full((len(lengths), max(pages)), -1, dtype=torch.int32)
        self.keys: list[torch.Tensor] = []
        self.values: list[torch.Tensor] = []
        for row, (length, count) in enumerate(zip(lengths, pages, strict=True)):
            blocks = [order.pop() for _ in range(count)]
            self.block_tables[row, :count] = torch.tensor(blocks, dtype=torch.int32)
            slots = [b * page_size + i for b in blocks for i in range(page_size)][:length]
            self.keys.append(self.k_cache.view(-1, kv_heads, head_dim)[slots])
            self.values.append(self.v_cache.view(-1, kv_heads, head_dim)[slots])
        self.context_lens = torch.tensor(lengths, dtype=torch.int32)


def relative_error(out: torch.Tensor, ref: torch.Tensor, backend: str) -> float:
    """||out - ref|| / ||ref||, remembered as the worst for its backend and dtype."""
    err = ((out.double() - ref).norm() / ref.norm()).item()
    key = (backend, str(out.dtype).removeprefix("torch."))
    WORST_ERRORS[key] = max(WORST_ERRORS.get(key, 0.0), err)
    return err
