"""Engine behaviour on a tiny random model: prefix reuse, forks, preemption, threads, aborts."""

import threading

import pytest
import torch

from loopwright.models import EngineConfig
from loopwright.models.engine import PagedEngine
from loopwright.models.sampling import SamplingParams

KV_BLOCK_BYTES = 2 * 2 * 4 * 2 * 16 * 4
"""Keys + values x 2 layers x 4 tokens x 2 kv heads x head_dim 16 x fp32."""
GREEDY = SamplingParams(max_new_tokens=12, stop_token_ids=[], logprobs=True)


def _prompt(seed: int, length: int) -> list[int]:
    return torch.randint(3, 320, (length,), generator=torch.Generator().manual_seed(seed)).tolist()


def _engine(local, **config) -> PagedEngine:
    return PagedEngine(local, EngineConfig(block_size=4, **config))


def _no_eos(local):
    """Tiny random models may pick EOS (id 2) early; forbid it so lengths are predictable."""

    def forbid(completion, logits):
        logits = logits.clone()
        logits[local.tokenizer.eos_token_id] = float("-inf")
        return logits

    return forbid


def test_next_turn_prefills_only_the_new_tokens(tiny_chat_llama):
    engine = _engine(tiny_chat_llama)
    turn1 = _prompt(1, 30)
    first = engine.generate([turn1], GREEDY)[0]
    assert first.prefilled_tokens == 30
    turn2 = turn1 + first.completions[0].token_ids + _prompt(2, 9)
    second = engine.generate([turn2], GREEDY)[0]
    # every full block of turn 1 + its completion is reused; only the tail is prefilled
    reused = (len(turn1) + len(first.completions[0].token_ids) - 1) // 4 * 4
    assert second.prefilled_tokens == len(turn2) - reused
    assert engine.stats["cached_tokens"] == reused
    fresh = _engine(tiny_chat_llama, enable_prefix_caching=False).generate([turn2], GREEDY)[0]
    assert fresh.prefilled_tokens == len(turn2)
    assert fresh.completions[0].token_ids == second.completions[0].token_ids


def test_n_samples_share_the_prompt_blocks_and_are_reproducible_by_seed(tiny_chat_llama):
    engine = _engine(tiny_chat_llama)
    prompt = _prompt(3, 22)
    params = SamplingParams(max_new_tokens=10, temperature=1.0, n=4, seed=7,
                            logits_processor=_no_eos(tiny_chat_llama))
    result = engine.generate([prompt], params)[0]
    assert result.prefilled_tokens == 22  # once for all four samples
    assert engine.stats["prefilled_tokens"] == 22
    samples = [c.token_ids for c in result.completions]
    assert len(samples) == 4 and len({tuple(s) for s in samples}) > 1
    # the same seed gives the same samples, whatever else shares the batch
    noise = SamplingParams(max_new_tokens=10, temperature=1.0, seed=99)
    again = engine.generate([_prompt(4, 15), prompt], [noise, params])[1]
    assert [c.token_ids for c in again.completions] == samples
    assert engine.stats["free_blocks"] == engine.stats["num_blocks"]


def test_prompts_arriving_together_prefill_their_shared_prefix_once(tiny_chat_llama):
    system = _prompt(30, 21)  # five full blocks of 4 shared, the sixth differs
    prompts = [system + _prompt(31 + i, 7) for i in range(3)] + [_prompt(40, 12)]
    engine = _engine(tiny_chat_llama)
    results = engine.generate(prompts, GREEDY)
    # the first prompt computes the shared blocks; the two others reuse them a step later, and
    # the unrelated prompt behind them waits with them (admission keeps the order)
    assert [r.prefilled_tokens for r in results] == [28, 8, 8, 12]
    assert engine.stats["prefill_steps"] == 2 and engine.stats["cached_tokens"] == 2 * 20
    alone = [_engine(tiny_chat_llama).generate([p], GREEDY)[0] for p in prompts]
    assert [r.completions[0].token_ids for r in results] == [r.completions[0].token_ids for r in alone]


def test_preemption_when_blocks_run_out_gives_the_same_tokens(tiny_chat_llama):
    prompts = [_prompt(10 + i, 14) for i in range(4)]
    params = SamplingParams(max_new_tokens=24, logits_processor=_no_eos(tiny_chat_llama))
    roomy = _engine(tiny_chat_llama).generate(prompts, params)
    # 4 sequences of 38 tokens need 40 blocks of 4; give the cache 24
    tight_engine = _engine(tiny_chat_llama, kv_cache_mb=24 * KV_BLOCK_BYTES / 2**20)
    assert tight_engine.runner.num_blocks == 24
    tight = tight_engine.generate(prompts, params)
    assert tight_engine.stats["preemptions"] > 0
    assert [r.completions[0].token_ids for r in tight] == [r.completions[0].token_ids for r in roomy]
    assert all(len(r.completions[0].token_ids) == 24 for r in tight)


def test_a_request_larger_than_the_cache_is_refused_with_a_clear_message(tiny_chat_llama):
    engine = _engine(tiny_chat_llama, kv_cache_mb=8 * KV_BLOCK_BYTES / 2**20)
    with pytest.raises(ValueError, match="exceeds the KV cache"):
        engine.generate([_prompt(5, 30)], SamplingParams(max_new_tokens=10))


def test_concurrent_callers_share_decode_steps(tiny_chat_llama):
    engine = _engine(tiny_chat_llama)
    params = SamplingParams(max_new_tokens=40, logits_processor=_no_eos(tiny_chat_llama))
    prompts = [_prompt(20 + i, 10 + i) for i in range(4)]
    expected = [_engine(tiny_chat_llama).generate([p], params)[0].completions[0].token_ids for p in prompts]
    results: dict[int, list[int]] = {}
    start = threading.Barrier(4)

    def call(i: int) -> None:
        start.wait()
        results[i] = engine.generate([prompts[i]], params)[0].completions[0].token_ids

    threads = [threading.Thread(target=call, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[i] for i in range(4)] == expected
    # alone, 4 x 40 tokens take 160 forwards; batched, far fewer
    assert engine.stats["steps"] < 4 * 40 * 3 // 4


def test_closing_a_stream_aborts_and_frees_its_blocks(tiny_chat_llama):
    engine = _engine(tiny_chat_llama)
    stream = engine.stream(_prompt(30, 12), SamplingParams(max_new_tokens=400, logits_processor=_no_eos(tiny_chat_llama)))
    for _, delta in zip(range(3), stream, strict=False):
        assert delta.finish_reason is None
    stream.close()
    engine.generate([_prompt(31, 5)], SamplingParams(max_new_tokens=2))  # runs after the abort is handled
    assert engine.stats["free_blocks"] == engine.stats["num_blocks"]
    assert engine.stats["decode_tokens"] < 100


def test_stop_strings_and_stop_tokens_end_a_completion(tiny_chat_llama):
    engine = _engine(tiny_chat_llama)
    prompt = _prompt(40, 12)
    free = engine.generate([prompt], SamplingParams(max_new_tokens=20, logits_processor=_no_eos(tiny_chat_llama)))
    tokens = free[0].completions[0].token_ids
    text = free[0].completions[0].text
    stop_at = engine.generate([prompt], SamplingParams(max_new_tokens=20, stop_token_ids=[tokens[5]],
                                                       logits_processor=_no_eos(tiny_chat_llama)))[0].completions[0]
    assert stop_at.finish_reason == "stop"
    assert stop_at.token_ids == tokens[: tokens.index(tokens[5]) + 1]
    needle = text[len(text) // 2 : len(text) // 2 + 3]
    cut = engine.generate([prompt], SamplingParams(max_new_tokens=20, stop=[needle],
                                                   logits_processor=_no_eos(tiny_chat_llama)))[0].completions[0]
    assert cut.finish_reason == "stop" and cut.text == text[: text.index(needle)]


def test_sampling_filters_restrict_the_choice(tiny_chat_qwen2):
    engine = _engine(tiny_chat_qwen2)
    prompt = _prompt(50, 8)
    greedy = engine.generate([prompt], SamplingParams(max_new_tokens=1))[0].completions[0].token_ids
    for params in (SamplingParams(max_new_tokens=1, temperature=2.0, top_k=1, seed=1),
                   SamplingParams(max_new_tokens=1, temperature=2.0, min_p=1.0, seed=2),
                   SamplingParams(max_new_tokens=1, temperature=2.0, top_p=1e-6, seed=3)):
        assert engine.generate([prompt], params)[0].completions[0].token_ids == greedy
    wide = SamplingParams(max_new_tokens=1, temperature=5.0, n=16, seed=4)
    assert len({tuple(c.token_ids) for c in engine.generate([prompt], wide)[0].completions}) > 1


def test_update_weights_swaps_weights_between_steps_and_drops_stale_prefixes(tiny_chat_llama):
    from tests.fixtures.model import tiny_local_model

    engine = _engine(tiny_local_model("llama", tiny_chat_llama.tokenizer))
    prompt = _prompt(60, 17)
    before = engine.generate([prompt], GREEDY)[0]
    other = tiny_local_model("llama", tiny_chat_llama.tokenizer, seed=1)
    engine.update_weights(other.hf_model.state_dict())
    after = engine.generate([prompt], GREEDY)[0]
    assert after.prefilled_tokens == 17  # nothing reused from the old weights' cache
    expected = _engine(other).generate([prompt], GREEDY)[0].completions[0].token_ids
    assert after.completions[0].token_ids == expected != before.completions[0].token_ids
    with pytest.raises(KeyError, match="does not have"):
        engine.update_weights({"model.layers.7.nothing": torch.zeros(1)})


def test_a_failing_request_fails_its_caller_and_the_engine_keeps_serving(tiny_chat_llama):
    engine = _engine(tiny_chat_llama)

    def broken(completion, logits):
        raise ValueError("constraint exploded")

    healthy: list = []
    neighbour = threading.Thread(target=lambda: healthy.extend(
        engine.generate([_prompt(72, 6)], SamplingParams(max_new_tokens=20, ignore_eos=True))))
    neighbour.start()
    with pytest.raises(RuntimeError, match="constraint exploded"):
        engine.generate([_prompt(70, 6)], SamplingParams(max_new_tokens=4, logits_processor=broken))
    neighbour.join()
    assert len(healthy[0].completions[0].token_ids) == 20  # the batch-mate was not failed with it
    result = engine.generate([_prompt(71, 6)], SamplingParams(max_new_tokens=4, ignore_eos=True))[0]
    assert len(result.completions[0].token_ids) == 4
    assert set(result.timings) == {"queue", "prefill", "decode", "total"}
    assert {"prefilled_tokens", "cached_tokens", "preemptions"} <= set(engine.stats)


def test_a_request_that_cannot_be_admitted_fails_its_caller_and_the_engine_keeps_serving(tiny_chat_llama):
    engine = _engine(tiny_chat_llama)
    admit = engine.scheduler.add

    def add(request):  # admission breaks for one prompt (a tokenizer without eos did this)
        if request.prompt_ids == _prompt(74, 6):
            raise AttributeError("no eos_token_id")
        admit(request)

    engine.scheduler.add = add
    with pytest.raises(RuntimeError, match="no eos_token_id"):
        engine.generate([_prompt(74, 6)], SamplingParams(max_new_tokens=4))
    result = engine.generate([_prompt(75, 6)], SamplingParams(max_new_tokens=4, ignore_eos=True))[0]
    assert len(result.completions[0].token_ids) == 4


def test_queue_time_ends_at_admission_and_prefill_time_covers_the_forward(tiny_chat_llama):
    from loopwright.models.requests import Request

    engine = _engine(tiny_chat_llama)
    request = Request(_prompt(73, 40), SamplingParams(max_new_tokens=2), tiny_chat_llama, streaming=False)
    engine.scheduler.add(request)
    batch = engine.scheduler.schedule()
    assert batch.is_prefill and "scheduled" in request.times  # admitted, not yet computed
    assert "prefilled" not in request.times
    engine.scheduler.mark_computed(batch)
    assert request.times["submit"] <= request.times["scheduled"] <= request.times["prefilled"]
    assert request.prefilled_tokens == 40


def test_a_processor_failing_on_one_of_n_samples_fails_only_that_request(tiny_chat_llama):
    engine = _engine(tiny_chat_llama)
    calls: list[int] = []

    def second_sample_explodes(completion, logits):
        calls.append(len(completion))
        if len(calls) == 2:
            raise ValueError("second sample exploded")
        return logits

    healthy: list = []
    neighbour = threading.Thread(target=lambda: healthy.extend(
        engine.generate([_prompt(73, 6)], SamplingParams(max_new_tokens=20, ignore_eos=True))))
    neighbour.start()
    with pytest.raises(RuntimeError, match="second sample exploded"):
        engine.generate([_prompt(74, 6)], SamplingParams(max_new_tokens=1, n=2, temperature=1.0, seed=0,
                                                         logits_processor=second_sample_explodes))
    neighbour.join()
    assert len(healthy[0].completions[0].token_ids) == 20  # the first sample's row was dropped, not committed
    assert engine.stats["free_blocks"] == engine.stats["num_blocks"]


def test_weight_updates_from_another_thread_land_between_steps(tiny_chat_llama):
    engine = _engine(tiny_chat_llama)
    state = tiny_chat_llama.hf_model.state_dict()
    params = SamplingParams(max_new_tokens=30, ignore_eos=True)
    done: list[int] = []

    def rollouts() -> None:
        for result in engine.generate([_prompt(80 + i, 9) for i in range(6)], params):
            done.append(len(result.completions[0].token_ids))

    worker = threading.Thread(target=rollouts)
    worker.start()
    for _ in range(5):
        engine.update_weights(state)
    worker.join()
    assert done == [30] * 6
    assert engine.stats["free_blocks"] == engine.stats["num_blocks"]
