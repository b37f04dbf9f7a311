"""Block bookkeeping without a model: ref counts, copy-on-write, prefix hits, LRU eviction."""

from loopwright.models.block_manager import KVBlockManager
from loopwright.models.sequence import Sequence


class _Builder:
    def copy(self):
        return self


def _seq(tokens: list[int]) -> Sequence:
    return Sequence(tokens, request=None, builder=_Builder(), generator=None)


def _computed(manager: KVBlockManager, seq: Sequence) -> None:
    seq.num_cached_tokens = len(seq)
    manager.register_computed(seq)


def test_prefix_blocks_are_shared_by_content_and_the_last_token_is_always_computed():
    manager = KVBlockManager(num_blocks=8, block_size=4)
    first = _seq(list(range(10)))
    manager.allocate(first)
    assert first.num_cached_tokens == 0 and len(first.block_table) == 3
    _computed(manager, first)
    second = _seq(list(range(10)) + [50, 51])
    manager.allocate(second)
    assert second.block_table[:2] == first.block_table[:2]
    assert second.num_cached_tokens == 8
    assert manager.blocks[first.block_table[0]].ref_count == 2
    exact = _seq(list(range(8)))  # fully covered by cached blocks: the last block is recomputed
    manager.allocate(exact)
    assert exact.num_cached_tokens == 4


def test_different_content_after_a_shared_block_is_not_reused():
    manager = KVBlockManager(num_blocks=8, block_size=4)
    first = _seq([1, 2, 3, 4, 5, 6, 7, 8, 9])
    manager.allocate(first)
    _computed(manager, first)
    other = _seq([1, 2, 3, 4, 5, 6, 7, 0, 9])
    manager.allocate(other)
    assert other.num_cached_tokens == 4
    assert other.block_table[1] != first.block_table[1]


def test_fork_shares_blocks_and_copy_on_write_gives_the_writer_its_own_block():
    manager = KVBlockManager(num_blocks=8, block_size=4)
    parent = _seq([1, 2, 3, 4, 5, 6])
    manager.allocate(parent)
    _computed(manager, parent)
    child = parent.fork()
    manager.fork(parent, child)
    assert all(manager.blocks[b].ref_count == 2 for b in parent.block_table)
    child.token_ids.append(7)
    assert manager.needs_block_for_append(child)
    manager.append_slot(child)
    assert child.block_table[0] == parent.block_table[0]
    assert child.block_table[1] != parent.block_table[1]
    assert manager.take_pending_copies() == [(parent.block_table[1], child.block_table[1])]
    assert manager.take_pending_copies() == []  # each copy is handed out once
    assert manager.blocks[parent.block_table[1]].ref_count == 1
    parent.token_ids.append(8)
    assert not manager.needs_block_for_append(parent)


def test_freed_prefix_blocks_stay_reusable_until_evicted_least_recent_first():
    manager = KVBlockManager(num_blocks=4, block_size=2)
    old, new = _seq([1, 2, 3]), _seq([7, 8, 9])
    for seq in (old, new):
        manager.allocate(seq)
        _computed(manager, seq)
        manager.free(seq)
    assert manager.num_free_blocks == 4 and len(manager.evictable) == 2
    taker = _seq([20, 21, 22, 23, 24])  # needs 3 blocks: 2 empty + 1 evicted (the oldest prefix)
    manager.allocate(taker)
    assert manager.num_free_blocks == 1
    manager.free(taker)
    again_new, again_old = _seq([7, 8, 9]), _seq([1, 2, 3])
    manager.allocate(again_new)
    manager.allocate(again_old)
    assert again_new.num_cached_tokens == 2
    assert again_old.num_cached_tokens == 0


def test_ref_counts_return_to_zero_and_all_blocks_come_back():
    manager = KVBlockManager(num_blocks=6, block_size=2)
    seqs = [_seq([1, 2, 3, 4, 5]) for _ in range(2)]
    for seq in seqs:
        manager.allocate(seq)
        _computed(manager, seq)
    for seq in seqs:
        manager.free(seq)
    assert manager.num_free_blocks == 6
    assert all(b.ref_count == 0 for b in manager.blocks)


def test_a_draft_reserves_only_free_blocks_and_trimming_gives_them_back():
    manager = KVBlockManager(num_blocks=4, block_size=4)
    seq = _seq(list(range(6)))  # 2 blocks
    manager.allocate(seq)
    assert manager.reserve(seq, len(seq) + 3) == 9  # a third block for positions 8
    assert len(seq.block_table) == 3 and manager.num_free_blocks == 1
    assert manager.reserve(seq, len(seq) + 20) == 16  # only the one free block more
    assert manager.num_free_blocks == 0
    seq.token_ids += [6, 7, 8]  # three tokens taken: positions up to 8 need 3 blocks
    manager.trim(seq)
    assert len(seq.block_table) == 3 and manager.num_free_blocks == 1
    manager.free(seq)
    assert manager.num_free_blocks == 4
