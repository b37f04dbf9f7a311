"""Turns a scheduled batch into one forward: packed tokens, positions, slots, block tables.

All per-step metadata is built here once, as a few tensors, from the sequences' Python
state; the forward itself never goes back to Python lists.
"""

import torch

from loopwright.kernels import kv_cache_dtype
from loopwright.models.config import EngineConfig
from loopwright.models.llama import AttentionMetadata, LlamaForward
from loopwright.models.scheduler import ScheduledBatch
from loopwright.models.sequence import Sequence


def kv_bytes_per_block(forward: LlamaForward, block_size: int, dtype: torch.dtype) -> int:
    """Keys and values of all layers for one block."""
    element = torch.empty((), dtype=dtype).element_size()
    return 2 * forward.num_layers * block_size * forward.num_kv_heads * forward.head_dim * element


class ModelRunner:
    """Owns the forward and the paged KV cache [layers, num_blocks, block_size, kv_heads, head_dim]."""

    def __init__(self, forward: LlamaForward, config: EngineConfig):
        self.forward = forward
        self.block_size = config.block_size
        dtype = kv_cache_dtype(forward.dtype, forward.decodes_int8())
        self.num_blocks = max(1, int(config.kv_cache_mb * 2**20) // kv_bytes_per_block(forward, config.block_size, dtype))
        shape = (forward.num_layers, self.num_blocks, self.block_size, forward.num_kv_heads, forward.head_dim)
        self.k_cache = torch.zeros(shape, dtype=dtype)
        self.v_cache = torch.zeros(shape, dtype=dtype)

    def run(self, batch: ScheduledBatch) -> torch.Tensor:
        """Logits [rows, vocab] fp32, after the batch's copy-on-write block copies: a row per
        sequence (its last position), and after it one per token of its speculative draft."""
        self.copy_blocks(batch.block_copies)
        if batch.is_prefill:
            input_ids, positions, meta, last_rows = self._prefill_inputs(batch.seqs)
        else:
            input_ids, positions, meta = self._decode_inputs(batch.seqs, batch.drafts)
            last_rows = None
        return self.forward.forward(input_ids, positions, meta, self.k_cache, self.v_cache, last_rows)

    @torch.inference_mode()
    def copy_blocks(self, copies: list[tuple[int, int]]) -> None:
        """Copy-on-write: block src's keys/values into block dst, in every layer."""
        if not copies:
            return
        src = torch.tensor([s for s, _ in copies])
        dst = torch.tensor([d for _, d in copies])
        self.k_cache[:, dst] = self.k_cache[:, src]
        self.v_cache[:, dst] = self.v_cache[:, src]

    def _slots(self, seq: Sequence, start: int, end: int) -> list[int]:
        bs, table = self.block_size, seq.block_table
        return [table[p // bs] * bs + p % bs for p in range(start, end)]

    def _block_tables(self, seqs: list[Sequence], repeats: list[int] | None = None) -> torch.Tensor:
        """[rows, width]: each sequence's table, in `repeats[i]` rows for sequence i (default 1)."""
        width = max(len(s.block_table) for s in seqs)
        repeats = repeats or [1] * len(seqs)
        return torch.tensor([s.block_table + [0] * (width - len(s.block_table))
                             for s, count in zip(seqs, repeats, strict=True) for _ in range(count)], dtype=torch.int32)

    def _prefill_inputs(self, seqs: list[Sequence]):
        ids: list[int] = []
        positions: list[int] = []
        slots: list[int] = []
        cu_q, cu_k = [0], [0]
        for seq in seqs:
            start, end = seq.num_cached_tokens, len(seq)
            ids += seq.token_ids[start:end]
            positions += range(start, end)
            slots += self._slots(seq, start, end)
            cu_q.append(cu_q[-1] + end - start)
            cu_k.append(cu_k[-1] + end)
        has_prefix = any(s.num_cached_tokens for s in seqs)
        tables = self._block_tables(seqs)
        meta = AttentionMetadata(
            slot_mapping=torch.tensor(slots), is_prefill=True,
            cu_seqlens_q=torch.tensor(cu_q, dtype=torch.int32),
            cu_seqlens_k=torch.tensor(cu_k if has_prefix else cu_q, dtype=torch.int32),
            max_seqlen_q=max(len(s) - s.num_cached_tokens for s in seqs),
            max_seqlen_k=max(len(s) for s in seqs) if has_prefix else max(len(s) - s.num_cached_tokens for s in seqs),
            block_tables=tables if has_prefix else None, prefill_block_tables=tables,
        )
        last_rows = torch.tensor(cu_q[1:]) - 1
        return torch.tensor(ids), torch.tensor(positions), meta, last_rows

    def _decode_inputs(self, seqs: list[Sequence], drafts: list[list[int]] | None):
        """A row per sequence's last token, then one per token of its draft at the positions
        after it (each row attends to the positions up to its own)."""
        drafts = drafts or [[]] * len(seqs)
        ids: list[int] = []
        positions: list[int] = []
        slots: list[int] = []
        for s, guess in zip(seqs, drafts, strict=True):
            ids += [s.token_ids[-1], *guess]
            positions += range(len(s) - 1, len(s) + len(guess))
            slots += self._slots(s, len(s) - 1, len(s) + len(guess))
        meta = AttentionMetadata(
            slot_mapping=torch.tensor(slots), is_prefill=False,
            block_tables=self._block_tables(seqs, [1 + len(guess) for guess in drafts]),
            context_lens=torch.tensor([p + 1 for p in positions], dtype=torch.int32),
        )
        return torch.tensor(ids), torch.tensor(positions), meta
