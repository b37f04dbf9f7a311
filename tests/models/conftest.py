"""Engines over tiny random models that borrow the embedded tokenizer (ids < 320 decode fine)."""

import pytest

from tests.fixtures.model import tiny_local_model


@pytest.fixture(scope="session")
def tiny_chat_llama(embedded_model):
    """A random 2-layer Llama with the embedded tokenizer: fast engine tests."""
    return tiny_local_model("llama", embedded_model.tokenizer)


@pytest.fixture(scope="session")
def tiny_chat_qwen2(embedded_model):
    """A random 2-layer Qwen2 with the embedded tokenizer."""
    return tiny_local_model("qwen2", embedded_model.tokenizer)


@pytest.fixture(scope="session")
def hf_engine(embedded_model):
    from loopwright.models import make_engine

    return make_engine(embedded_model, "hf")


@pytest.fixture(scope="session")
def exact_engine(embedded_model):
    """Our engine on the exact GGUF path (fp32 activations against the blocks): the one that
    equals HF token for token. `embedded_engine` takes the default int8 path."""
    from loopwright.models import make_engine

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOOPWRIGHT_GGUF_MATMUL", "exact")
        return make_engine(embedded_model)
