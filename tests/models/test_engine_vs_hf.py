"""Our engine against HF generate() on the embedded model: the reference equalities, on the exact
GGUF path (the int8 path is held to the exact one in test_int8_quality.py)."""

import torch

from loopwright.models.sampling import SamplingParams


def _chat(local, text: str) -> list[int]:
    return local.chat_template_ids([{"role": "user", "content": text}])


def test_greedy_equals_hf_generate_over_64_tokens(embedded_model, exact_engine):
    ids = _chat(embedded_model, "Write a short poem about the sea.")
    ours = exact_engine.generate([ids], SamplingParams(max_new_tokens=64))[0].completions[0]
    with torch.inference_mode():
        hf = embedded_model.hf_model.generate(torch.tensor([ids]), do_sample=False, max_new_tokens=64)
    hf_ids = hf[0, len(ids):].tolist()
    assert len(hf_ids) >= 32
    assert ours.token_ids[: len(hf_ids)] == hf_ids
    assert ours.text == embedded_model.tokenizer.decode(hf_ids, skip_special_tokens=True)


def test_batched_prompts_give_the_same_greedy_tokens_as_alone(embedded_model, embedded_engine):
    prompts = [_chat(embedded_model, q) for q in ("What is 2+2?", "Name a colour.", "Say hi in French.")]
    params = SamplingParams(max_new_tokens=12)
    together = embedded_engine.generate(prompts, params)
    alone = [embedded_engine.generate([p], params)[0] for p in prompts]
    assert [r.completions[0].token_ids for r in together] == [r.completions[0].token_ids for r in alone]


def test_logprobs_and_beam_search_match_hf(embedded_model, exact_engine, hf_engine):
    ids = _chat(embedded_model, "What is the capital of France?")
    params = SamplingParams(max_new_tokens=8, num_beams=3, n=2)
    ours = exact_engine.generate([ids], params)[0].completions
    ref = hf_engine.generate([ids], params)[0].completions
    assert [c.token_ids for c in ours] == [c.token_ids for c in ref]
    for a, b in zip(ours, ref, strict=True):
        assert max(abs(x - y) for x, y in zip(a.logprobs, b.logprobs, strict=True)) < 1e-3


def test_stream_deltas_add_up_to_the_generated_text(embedded_model, embedded_engine):
    ids = _chat(embedded_model, "Count from one to five.")
    params = SamplingParams(max_new_tokens=24)
    deltas = list(embedded_engine.stream(ids, params))
    whole = embedded_engine.generate([ids], params)[0].completions[0]
    assert "".join(d.text for d in deltas) == whole.text
    assert [d.token_id for d in deltas] == whole.token_ids
    assert deltas[-1].finish_reason == whole.finish_reason
    assert all(d.finish_reason is None for d in deltas[:-1])


def test_repetition_penalty_matches_hf(embedded_model, exact_engine, hf_engine):
    ids = _chat(embedded_model, "List fruits.")
    params = SamplingParams(max_new_tokens=16, repetition_penalty=1.3)
    ours = exact_engine.generate([ids], params)[0].completions[0]
    ref = hf_engine.generate([ids], params)[0].completions[0]
    assert ours.token_ids == ref.token_ids
