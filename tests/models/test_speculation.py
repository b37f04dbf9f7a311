"""Speculative decoding by prompt lookup: the drafts, and an engine that gives the tokens plain decoding gives."""

import threading

import pytest

from loopwright.models import EngineConfig
from loopwright.models.engine import PagedEngine
from loopwright.models.sampling import SamplingParams
from loopwright.models.speculation import draft, next_draft_limit


def test_a_draft_is_what_followed_the_latest_earlier_occurrence_of_the_last_tokens():
    tokens = [7, 1, 2, 3, 9, 9, 1, 2, 3, 4, 5, 6, 1, 2, 3]
    assert draft(tokens, 3) == [4, 5, 6]  # the latest earlier [1, 2, 3], not the first
    assert draft(tokens, 8) == [4, 5, 6, 1, 2, 3]  # up to the end of the sequence
    assert draft([5, 6, 7, 8, 5, 6], 2) == [7, 8]  # a 2-gram when no 3-gram occurs before


def test_no_draft_without_an_earlier_occurrence_or_room():
    assert draft([1, 2, 3, 4, 5], 4) == []
    assert draft([4, 4], 4) == []  # the suffix itself is no occurrence
    assert draft([1, 2, 1, 2], 0) == []


def test_the_draft_limit_grows_while_drafts_hold_and_shrinks_when_they_fail():
    assert next_draft_limit(2, drafted=2, accepted=2) == 4
    assert next_draft_limit(4, drafted=3, accepted=3) == 6  # a draft shorter than the limit, all held
    assert next_draft_limit(4, drafted=4, accepted=2) == 3
    assert next_draft_limit(1, drafted=1, accepted=0) == 1


LOOP = [11, 12, 13, 14, 15, 16] * 5
"""A prompt whose continuation the lookup guesses, and a random model tends to repeat."""


def _engines(local, **config) -> tuple[PagedEngine, PagedEngine]:
    plain = PagedEngine(local, EngineConfig(block_size=4, speculative_tokens=0, **config))
    return plain, PagedEngine(local, EngineConfig(block_size=4, **config))


def _tokens(engine: PagedEngine, prompts: list[list[int]], params: SamplingParams) -> list[list[int]]:
    return [r.completions[0].token_ids for r in engine.generate(prompts, params)]


def test_speculation_gives_the_greedy_tokens_of_plain_decoding(tiny_chat_llama):
    plain, speculative = _engines(tiny_chat_llama)
    prompts = [LOOP, LOOP[3:] + [20, 21], [30, 31, 32] * 6]
    params = SamplingParams(max_new_tokens=40, ignore_eos=True, logprobs=True)
    expected = plain.generate(prompts, params)
    got = speculative.generate(prompts, params)
    assert [r.completions[0].token_ids for r in got] == [r.completions[0].token_ids for r in expected]
    for a, b in zip(got, expected, strict=True):
        assert a.completions[0].logprobs == pytest.approx(b.completions[0].logprobs, abs=1e-4)
    stats = speculative.stats
    assert stats["accepted_draft_tokens"] > 0
    assert stats["steps"] < plain.stats["steps"]
    assert stats["free_blocks"] == stats["num_blocks"]  # the drafts' blocks came back


def test_speculation_gives_the_sampled_tokens_of_plain_decoding(embedded_model):
    """One generator draw per token taken, as plain decoding: a seed gives one completion.
    One sequence, drafts of at most 2 and under 64 positions: every path of every CPU build
    computes its 3 rows as it computes 1 (the same matmul kernel and attention task)."""
    plain = PagedEngine(embedded_model, EngineConfig(kv_cache_mb=32, speculative_tokens=0))
    speculative = PagedEngine(embedded_model, EngineConfig(kv_cache_mb=32, speculative_tokens=2))
    prompt = "the quick brown fox jumps over the lazy dog. the quick brown fox jumps over the lazy dog. the"
    params = SamplingParams(max_new_tokens=30, temperature=0.8, seed=5, ignore_eos=True)
    assert _tokens(speculative, [prompt], params) == _tokens(plain, [prompt], params)
    assert speculative.stats["accepted_draft_tokens"] > 0


def test_processors_see_the_draft_before_each_token(tiny_chat_llama):
    """A processor that bans a token once the completion holds 10 tokens acts at the same place
    with drafts: it is called with the draft's tokens before the verified position."""
    plain, speculative = _engines(tiny_chat_llama)
    banned = LOOP[0]

    def ban_late(completion, logits):
        if len(completion) >= 10:
            logits = logits.clone()
            logits[banned] = float("-inf")
        return logits

    params = SamplingParams(max_new_tokens=30, ignore_eos=True, logits_processor=ban_late)
    expected = _tokens(plain, [LOOP], params)
    assert _tokens(speculative, [LOOP], params) == expected
    assert banned not in expected[0][10:]
    assert speculative.stats["draft_tokens"] > 0


def test_a_stop_inside_a_held_draft_ends_the_completion_there(tiny_chat_llama):
    plain, speculative = _engines(tiny_chat_llama)
    params = SamplingParams(max_new_tokens=40, ignore_eos=True)
    free_run = _tokens(plain, [LOOP], params)[0]
    stop_token = free_run[20]
    stopped = SamplingParams(max_new_tokens=40, ignore_eos=True, stop_token_ids=[stop_token])
    expected = _tokens(plain, [LOOP], stopped)
    assert _tokens(speculative, [LOOP], stopped) == expected
    assert len(expected[0]) <= 21
    assert all(len(t) == 7 for t in _tokens(speculative, [LOOP, LOOP[1:]], SamplingParams(max_new_tokens=7, ignore_eos=True)))


def test_a_processor_failing_on_a_draft_fails_only_its_request(tiny_chat_llama):
    _, speculative = _engines(tiny_chat_llama)

    def explode_late(completion, logits):
        if len(completion) >= 12:
            raise RuntimeError("grammar broke")
        return logits

    fine = SamplingParams(max_new_tokens=30, ignore_eos=True)
    neighbour: list = []
    thread = threading.Thread(target=lambda: neighbour.extend(speculative.generate([LOOP[2:]], fine)))
    thread.start()
    with pytest.raises(RuntimeError, match="grammar broke"):
        speculative.generate([LOOP], SamplingParams(max_new_tokens=30, ignore_eos=True, logits_processor=explode_late))
    thread.join()
    assert len(neighbour[0].completions[0].token_ids) == 30
    assert speculative.stats["accepted_draft_tokens"] > 0
    assert speculative.stats["free_blocks"] == speculative.stats["num_blocks"]


def test_no_speculation_with_more_sequences_than_the_rows_allow(tiny_chat_llama):
    _, speculative = _engines(tiny_chat_llama, speculative_rows=8)
    prompts = [LOOP[i:] + [40 + i] for i in range(5)]  # 5 rows: (8 - 5) // 5 = 0 draft tokens each
    _tokens(speculative, prompts, SamplingParams(max_new_tokens=12, ignore_eos=True))
    assert speculative.stats["draft_tokens"] == 0


def test_speculation_settings_are_checked():
    with pytest.raises(ValueError, match="speculative"):
        EngineConfig(speculative_tokens=-1)
