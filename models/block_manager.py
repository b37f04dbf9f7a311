"""Paged KV-cache bookkeeping: fixed-size blocks, reference counts, copy-on-write, prefix reuse.

A full block whose keys/values have been computed is registered under a hash of its
tokens chained with the previous block's hash, so a later prompt that starts with the
same tokens (the next turn of an agent, the n samples of one prompt) points its block
table at the same block instead of prefilling it again. Blocks nobody references keep
their content and hash until they are needed: they are evicted least recently freed
first. A block shared by several sequences (after a fork) is copied before one of them
writes into it; the scheduler hands the owed copies to the model runner with the next batch
(`take_pending_copies`).
"""

from collections import OrderedDict, deque
from collections.abc import Iterator

from loopwright.models.sequence import Sequence


class Block:
    __slots__ = ("block_id", "ref_count", "hash", "token_ids")

    def __init__(self, block_id: int):
        self.block_id = block_id
        self.ref_count = 0
        self.hash: int | None = None
        self.token_ids: tuple[int, ...] = ()

    def reset(self) -> None:
        self.ref_count, self.hash, self.token_ids = 1, None, ()


class KVBlockManager:
    """Owns block ids [0, num_blocks); sequences hold them through their block tables."""

    def __init__(self, num_blocks: int, block_size: int, enable_prefix_caching: bool = True):
        self.block_size = block_size
        self.enable_prefix_caching = enable_prefix_caching
        self.blocks = [Block(i) for i in range(num_blocks)]
        self.empty: deque[int] = deque(range(num_blocks))
        self.evictable: OrderedDict[int, None] = OrderedDict()
        """Unreferenced blocks that still hold a registered prefix, oldest first."""
        self.hash_to_block: dict[int, int] = {}
        self._pending_copies: list[tuple[int, int]] = []
        """(src, dst) block copies the runner must do before the next forward."""

    @property
    def num_blocks(self) -> int:
        return len(self.blocks)

    @property
    def num_free_blocks(self) -> int:
        return len(self.empty) + len(self.evictable)

    def take_pending_copies(self) -> list[tuple[int, int]]:
        """The (src, dst) copy-on-write copies owed since the last call; the caller makes them."""
        copies, self._pending_copies = self._pending_copies, []
        return copies

    def _block_hash(self, seq: Sequence, index: int, prev: int | None) -> tuple[int, tuple[int, ...]]:
        tokens = tuple(seq.token_ids[index * self.block_size : (index + 1) * self.block_size])
        return hash((prev, tokens)), tokens

    def _chain(self, seq: Sequence, count: int) -> Iterator[tuple[int, tuple[int, ...]]]:
        """(hash, tokens) of seq's first `count` blocks, each hash chained on the one before."""
        prev = None
        for index in range(count):
            prev, tokens = self._block_hash(seq, index, prev)
            yield prev, tokens

    def _cached_prefix(self, seq: Sequence) -> list[int]:
        """Block ids holding seq's leading full blocks; the last token is always left to compute."""
        if not self.enable_prefix_caching:
            return []
        hits = []
        for block_hash, tokens in self._chain(seq, (len(seq) - 1) // self.block_size):
            block_id = self.hash_to_block.get(block_hash)
            if block_id is None or self.blocks[block_id].token_ids != tokens:
                break
            hits.append(block_id)
        return hits

    def new_block_hashes(self, seq: Sequence) -> list[int]:
        """Hashes of seq's full blocks past its cached prefix: the blocks its prefill computes and
        then registers (none without prefix caching). Call after `allocate`."""
        if not self.enable_prefix_caching:
            return []
        hashes = [block_hash for block_hash, _ in self._chain(seq, len(seq) // self.block_size)]
        return hashes[seq.num_cached_tokens // self.block_size :]

    def can_allocate(self, seq: Sequence) -> bool:
        hits = self._cached_prefix(seq)
        reclaimed = sum(1 for b in hits if self.blocks[b].ref_count == 0)
        return seq.num_blocks(self.block_size) - len(hits) <= self.num_free_blocks - reclaimed

    def allocate(self, seq: Sequence) -> None:
        """Gives a waiting sequence its blocks: cached prefix blocks shared, the rest fresh."""
        assert not seq.block_table
        hits = self._cached_prefix(seq)
        for block_id in hits:
            block = self.blocks[block_id]
            if block.ref_count == 0:
                del self.evictable[block_id]
            block.ref_count += 1
        seq.block_table = hits + [self._take() for _ in range(seq.num_blocks(self.block_size) - len(hits))]
        seq.num_cached_tokens = len(hits) * self.block_size

    def free(self, seq: Sequence) -> None:
        # Tail blocks first, so they are evicted before the shared head of a prefix.
        for block_id in reversed(seq.block_table):
            self._release(block_id)
        seq.block_table = []
        seq.num_cached_tokens = 0

    def _release(self, block_id: int) -> None:
        block = self.blocks[block_id]
        block.ref_count -= 1
        if block.ref_count == 0:
            if block.hash is not None and self.hash_to_block.get(block.hash) == block_id:
                self.evictable[block_id] = None
            else:
                block.hash, block.token_ids = None, ()
                self.empty.append(block_id)

    def reserve(self, seq: Sequence, num_tokens: int) -> int:
        """Fresh blocks for seq's positions below num_tokens (a speculative draft's), as many as
        are free; how many positions its blocks now hold. Call after `append_slot`."""
        needed = (num_tokens + self.block_size - 1) // self.block_size
        while len(seq.block_table) < needed and self.num_free_blocks:
            seq.block_table.append(self._take())
        return min(num_tokens, len(seq.block_table) * self.block_size)

    def trim(self, seq: Sequence) -> None:
        """Frees the blocks past seq's tokens that a rejected draft reserved."""
        keep = seq.num_blocks(self.block_size)
        for block_id in reversed(seq.block_table[keep:]):
            self._release(block_id)
        del seq.block_table[keep:]

    def fork(self, parent: Sequence, child: Sequence) -> None:
        """The child shares every block of the parent (copy-on-write)."""
        for block_id in parent.block_table:
            self.blocks[block_id].ref_count += 1
        child.block_table = list(parent.block_table)

    def needs_block_for_append(self, seq: Sequence) -> bool:
        """Whether writing seq's last token needs a new or copied block."""
        index = (len(seq) - 1) // self.block_size
        return index >= len(seq.block_table) or self.blocks[seq.block_table[index]].ref_count > 1

    def append_slot(self, seq: Sequence) -> None:
        """Makes the block of seq's last token exclusively seq's: a new block, or a copy if shared."""
        index = (len(seq) - 1) // self.block_size
        if index >= len(seq.block_table):
            seq.block_table.append(self._take())
            return
        shared = self.blocks[seq.block_table[index]]
        if shared.ref_count > 1:
            shared.ref_count -= 1
            copy = self._take()
            self._pending_copies.append((shared.block_id, copy))
            seq.block_table[index] = copy

    def register_computed(self, seq: Sequence) -> None:
        """Registers seq's full blocks whose keys/values are now in the cache, for reuse."""
        if not self.enable_prefix_caching:
            return
        prev = None
        for index in range(seq.num_cached_tokens // self.block_size):
            block = self.blocks[seq.block_table[index]]
            if block.hash is None:
                block.hash, block.token_ids = self._block_hash(seq, index, prev)
                self.hash_to_block.setdefault(block.hash, block.block_id)
            prev = block.hash

    def reset_prefix_cache(self) -> None:
        """Forgets every registered prefix (after a weight update the cached KV is stale)."""
        for block_id in list(self.evictable):
            self.blocks[block_id].hash, self.blocks[block_id].token_ids = None, ()
            self.empty.append(block_id)
        self.evictable.clear()
        self.hash_to_block.clear()
        for block in self.blocks:
            block.hash, block.token_ids = None, ()

    def _take(self) -> int:
        if self.empty:
            block_id = self.empty.popleft()
        else:
            block_id, _ = self.evictable.popitem(last=False)
            del self.hash_to_block[self.blocks[block_id].hash]
        self.blocks[block_id].reset()
        return block_id
