"""Both engines implement the `Engine` protocol and answer alike through it (tiny random Llama)."""

import inspect

import pytest
import torch

from loopwright.models import Engine, make_engine
from loopwright.models.sampling import SamplingParams

PROMPT = list(range(3, 40))
GREEDY = SamplingParams(max_new_tokens=8, ignore_eos=True)


@pytest.fixture(scope="module")
def engines(tiny_chat_llama) -> dict[str, Engine]:
    return {kind: make_engine(tiny_chat_llama, kind) for kind in ("ours", "hf")}


@pytest.mark.parametrize("kind", ["ours", "hf"])
def test_each_engine_has_the_protocols_methods_with_its_signatures(engines, kind):
    engine = engines[kind]
    assert isinstance(engine, Engine)
    for name in ("generate", "stream", "update_weights"):
        ours = inspect.signature(getattr(type(engine), name)).parameters
        protocol = inspect.signature(getattr(Engine, name)).parameters
        assert list(ours) == list(protocol), name
        assert [p.default for p in ours.values()] == [p.default for p in protocol.values()], name
    assert isinstance(inspect.getattr_static(type(engine), "stats"), property)
    assert {"prefilled_tokens", "cached_tokens", "preemptions"} <= set(engine.stats)


def test_both_engines_generate_and_stream_the_same_greedy_tokens(engines):
    generated = {kind: e.generate([PROMPT], GREEDY)[0].completions[0] for kind, e in engines.items()}
    assert generated["ours"].token_ids == generated["hf"].token_ids
    assert len(generated["ours"].token_ids) == GREEDY.max_new_tokens
    for kind, engine in engines.items():
        assert [d.token_id for d in engine.stream(PROMPT, GREEDY)] == generated[kind].token_ids, kind
        assert engine.stats["prefilled_tokens"] > 0


def test_both_engines_take_weights_by_hf_name_and_refuse_unknown_names(engines, tiny_chat_llama):
    state = tiny_chat_llama.hf_model.state_dict()
    before = {kind: e.generate([PROMPT], GREEDY)[0].completions[0].token_ids for kind, e in engines.items()}
    for kind, engine in engines.items():
        engine.update_weights({"model.norm.weight": state["model.norm.weight"].clone()})
        assert engine.generate([PROMPT], GREEDY)[0].completions[0].token_ids == before[kind]
        with pytest.raises(KeyError):
            engine.update_weights({"model.layers.9.nothing": torch.zeros(1)})


def test_an_idle_engine_holds_no_thread_and_is_freed_when_dropped(tiny_chat_llama):
    import gc
    import time
    import weakref

    from loopwright.models import EngineConfig, make_engine
    from loopwright.models.sampling import SamplingParams

    engine = make_engine(tiny_chat_llama, kind="ours", config=EngineConfig(kv_cache_mb=4))
    engine.generate([[1, 2, 3]], SamplingParams(max_new_tokens=2))
    gone = weakref.ref(engine)
    del engine
    deadline = time.monotonic() + 5.0  # the engine thread ends just after the last request
    while gc.collect() is not None and gone() is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert gone() is None, "a finished engine is still referenced (its KV cache would leak)"
