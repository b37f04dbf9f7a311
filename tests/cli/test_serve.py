"""`loopwright serve` as a real process: SIGTERM lets the running stream finish, then it exits."""

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
    and a LoRA adapter for it in `path / "run" / "adapter"` (a `train --out` folder's layout)."""
    from transformers import AutoModelForCausalLM

    from loopwright.train.policy import LoraPolicy, LoraSettings

    torch.manual_seed(0)
    config = tiny_config("llama")
    config.max_position_embeddings = 4096
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    LoraPolicy.wrap(model, LoraSettings()).save_adapter(path / "run" / "adapter")
    return path


def test_sigterm_finishes_the_running_stream_of_a_served_adapter_then_exits(tmp_path, embedded_model):
    model_dir = tiny_model_dir(tmp_path / "tiny", embedded_model.tokenizer)
    port = free_port()
    proc = subprocess.Popen([*LOOPWRIGHT, "serve", "--model", str(model_dir), "--adapter", str(model_dir / "run"),
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
    assert f"merged the adapter of {model_dir / 'run' / 'adapter'}" in err
