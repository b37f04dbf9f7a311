"""Engine configuration: one dataclass, validated on construction."""

from dataclasses import dataclass


@dataclass(slots=True)
class EngineConfig:
    block_size: int = 16
    """Tokens per KV-cache block; prefix reuse works at this granularity."""
    kv_cache_mb: float = 512
    """Memory budget of the paged KV cache (keys and values of all layers), in MB."""
    max_num_seqs: int = 32
    """Most sequences decoded together in one step; more requests wait in the queue."""
    max_num_batched_tokens: int = 2048
    """Most prompt tokens prefilled in one step (a longer prompt still runs alone)."""
    enable_prefix_caching: bool = True
    """Reuse KV blocks across requests by a hash of their token content (LRU eviction)."""
    max_model_len: int | None = None
    """Longest prompt + completion; defaults to the model's max_position_embeddings."""
    speculative_tokens: int = 8
    """Most tokens a sequence's prompt lookup guesses ahead in a decode step (speculation.py);
    0 turns speculative decoding off."""
    speculative_rows: int = 12
    """Most rows of a decode step with drafts: a step of few rows is bound by reading the
    weights, one of many by arithmetic, where a guessed token's row costs as much as it saves.
    With more sequences than half of this, none speculates."""

    def __post_init__(self) -> None:
        if self.block_size < 1 or self.block_size & (self.block_size - 1):
            raise ValueError("block_size must be a power of two")
        if self.kv_cache_mb <= 0:
            raise ValueError("kv_cache_mb must be > 0")
        if self.max_num_seqs < 1 or self.max_num_batched_tokens < 1:
            raise ValueError("max_num_seqs and max_num_batched_tokens must be >= 1")
        if self.speculative_tokens < 0 or self.speculative_rows < 0:
            raise ValueError("speculative_tokens and speculative_rows must be >= 0")
