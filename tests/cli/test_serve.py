"""`loopwright serve` as a real process: adapters served and swapped; SIGTERM lets the running
stream finish, then it exits."""

import json
import os
import signal
import subprocess
import sys
import time

import httpx
import torch
from typer.testing import CliRunner

from tests.fixtures.model import tiny_config
from tests.server.conftest import free_port

LOOPWRIGHT = [sys.executable, "-c", "from loopwright.cli import main; main()"]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def test_serve_help_shows_an_example():
    from loopwright.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "--trace-dir" in result.output and "--adapter" in result.output


def tiny_model_dir(path, tokenizer):
    """A random 2-layer Llama with a 4096-token context saved as an HF folder (loads in a second),
    and two LoRA adapters for it, `path / "run1"` and `"run2"` (`train --out` folders), whose
    random B matrices make greedy decoding differ."""
    import copy

    from transformers import AutoModelForCausalLM

    from loopwright.train.policy import LoraPolicy, LoraSettings

    torch.manual_seed(0)
    config = tiny_config("llama")
    config.max_position_embeddings = 4096
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    for run in ("run1", "run2"):
        policy = LoraPolicy.wrap(copy.deepcopy(model), LoraSettings())
        with torch.no_grad():
            for name, param in policy.model.named_parameters():
                if "lora_B" in name:
                    param.normal_(std=1.0)
        policy.save_adapter(path / run / "adapter")
    return path


def greedy(port: int) -> list[int]:
    body = {"model": "m", "prompt": [1, 2, 3], "max_tokens": 8, "temperature": 0, "ignore_eos": True,
            "return_token_ids": True}
    reply = httpx.post(f"http://127.0.0.1:{port}/v1/completions", json=body, timeout=60).json()
    return reply["choices"][0]["token_ids"]


def swap(port: int, adapter) -> httpx.Response:
    return httpx.post(f"http://127.0.0.1:{port}/v1/weights", json={"adapter": str(adapter)}, timeout=120)


def test_served_adapters_swap_and_sigterm_finishes_the_running_stream(tmp_path, embedded_model):
    model_dir = tiny_model_dir(tmp_path / "tiny", embedded_model.tokenizer)
    port = free_port()
    proc = subprocess.Popen([*LOOPWRIGHT, "serve", "--model", str(model_dir), "--adapter", str(model_dir / "run1"),
                             "--port", str(port)], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, proc.communicate()[1][-2000:]
            assert time.monotonic() < deadline, "the server did not come up"
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        with_run1 = greedy(port)
        assert swap(port, model_dir / "run2").status_code == 200
        with_run2 = greedy(port)
        assert swap(port, model_dir / "run1").json() == {"object": "weights", "adapter": str(model_dir / "run1")}
        assert with_run2 != with_run1 and greedy(port) == with_run1  # --adapter served run1 from the start
        missing = swap(port, tmp_path / "nowhere")
        assert missing.status_code == 400 and "no adapter_config.json" in missing.json()["error"]["message"]

        body = {"model": "m", "prompt": [1, 2, 3], "max_tokens": 1500, "ignore_eos": True, "stream": True,
                "temperature": 0}
        tokens, finish, signalled = 0, None, False
        with httpx.stream("POST", f"http://127.0.0.1:{port}/v1/completions", json=body, timeout=120) as response:
            for line in response.iter_lines():
                if not line.startswith("data: {"):
                    continue
                choice = json.loads(line.removeprefix("data: "))["choices"][0]
                tokens += 1
                finish = choice["finish_reason"] or finish
                if not signalled:  # after the first token: the request is running
                    proc.send_signal(signal.SIGTERM)
                    signalled = True
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert finish == "length" and tokens == 1500, err[-2000:]
    assert proc.returncode == 128 + signal.SIGTERM, err[-2000:]
    assert "Waiting for connections to close" in err
    assert f"merged the adapter of {model_dir / 'run1' / 'adapter'}" in err


def test_a_missing_model_is_one_error_line():
    from loopwright.cli import app

    result = CliRunner().invoke(app, ["serve", "--model", "/no/such/model.gguf"])
    assert result.exit_code == 1, result.output
    assert "error: No such file or directory: /no/such/model.gguf" in result.output
    assert "Traceback" not in result.output
