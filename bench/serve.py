"""Serving benchmark: 32 concurrent clients through `loopwright serve` against the same 32
requests one at a time, and against llama-cpp-python's OpenAI server on the same GGUF.

Every server runs in its own process with the machine to itself; the clients are threads of
this process using the real `openai` client with streaming, so time to first token (TTFT) is
what a client sees. Each request is a distinct chat prompt asking for exactly
`--max-tokens` tokens (EOS is banned: `ignore_eos` for ours, `logit_bias` for llama.cpp), so
every server generates the same amount. One JSON line: per server and mode, aggregate
tokens/s (all completion tokens / wall seconds) and p50/p95 TTFT, with the ratios
(ours concurrent / ours sequential, ours concurrent / llama.cpp concurrent; > 1 means ours
is faster). llama.cpp's server is left out, with the reason in the line, when
`python -m llama_cpp.server` cannot start (it needs `pip install 'llama-cpp-python[server]'`).

    python -m loopwright.bench.serve --clients 32 --max-tokens 64
"""

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

TOPICS = ["a lighthouse", "a fox", "the moon", "a violin", "a glacier", "a robot", "a bakery", "a comet",
          "a garden", "a train", "an owl", "a river", "a castle", "a storm", "a desert", "a whale"]


@dataclass
class Mode:
    """One way of sending the requests, measured."""

    tokens: int
    seconds: float
    ttft_p50_s: float
    ttft_p95_s: float

    @property
    def tok_s(self) -> float:
        return self.tokens / self.seconds


def prompts(count: int) -> list[str]:
    return [f"Write story number {i} about {TOPICS[i % len(TOPICS)]}." for i in range(count)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A server process on a free port; `url` is its OpenAI base URL once `wait` returned."""

    def __init__(self, args: list[str], port: int, name: str, env: dict[str, str] | None = None):
        self.name, self.port = name, port
        self.url = f"http://127.0.0.1:{port}/v1"
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", **(env or {})}
        # A file, not a pipe: nobody reads the log while the server runs, and a full pipe
        # (llama.cpp logs every request) would block the server mid-benchmark.
        self.log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed in stop())
        self.proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=self.log, text=True)

    def wait(self, timeout_s: float = 600) -> None:
        import httpx

        deadline = time.monotonic() + timeout_s
        while True:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"{self.name} exited {self.proc.returncode}: {self.log.read()[-1500:]}")
            try:
                if httpx.get(f"{self.url}/models", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} did not answer within {timeout_s:.0f} s")
            time.sleep(0.5)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def ours(threads: int) -> Server:
    port = free_port()
    args = [sys.executable, "-c", "from loopwright.cli import main; main()", "serve", "--port", str(port)]
    return Server(args, port, "ours", {"OMP_NUM_THREADS": str(threads)})


def llama_cpp_server(gguf_path: str, threads: int) -> Server:
    port = free_port()
    args = [sys.executable, "-m", "llama_cpp.server", "--model", gguf_path, "--port", str(port),
            "--n_threads", str(threads), "--n_threads_batch", str(threads), "--n_ctx", "4096",
            "--chat_format", "chatml",
            "--interrupt_requests", "False"]  # its default cuts a running stream off when the next request comes
    return Server(args, port, "llama_cpp")


def llama_cpp_missing() -> str | None:
    """Why `python -m llama_cpp.server` cannot start here, or None."""
    probe = subprocess.run([sys.executable, "-c", "import llama_cpp.server.app"], capture_output=True, text=True)
    if probe.returncode == 0:
        return None
    last = (probe.stderr.strip().splitlines() or ["import failed"])[-1]
    return f"python -m llama_cpp.server cannot start: {last} (pip install 'llama-cpp-python[server]')"


def one_request(client, prompt: str, max_tokens: int, extra: dict) -> tuple[int, float]:
    """(completion tokens, seconds to the first token) of one streamed chat request."""
    start = time.perf_counter()
    first, chunks, usage = None, 0, None
    stream = client.chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}],
                                            max_tokens=max_tokens, temperature=0, stream=True, **extra)
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage.completion_tokens
        if chunk.choices and chunk.choices[0].delta.content:
            chunks += 1
            first = first or time.perf_counter()
    return usage or chunks, (first or time.perf_counter()) - start


def run_mode(server: Server, texts: list[str], max_tokens: int, extra: dict, concurrent: bool) -> Mode:
    from openai import OpenAI

    client = OpenAI(base_url=server.url, api_key="unused", max_retries=0, timeout=1800)
    results: list[tuple[int, float]] = []
    start = time.perf_counter()
    if concurrent:
        threads = [threading.Thread(target=lambda p=p: results.append(one_request(client, p, max_tokens, extra)))
                   for p in texts]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        results = [one_request(client, p, max_tokens, extra) for p in texts]
    seconds = time.perf_counter() - start
    short = [n for n, _ in results if n < max_tokens]
    if short:  # every server must do the same work, or tokens/s compares nothing
        raise RuntimeError(f"{server.name}: {len(short)} of {len(results)} requests ended early ({short[:5]} tokens)")
    ttfts = sorted(t for _, t in results)
    return Mode(sum(n for n, _ in results), seconds, statistics.median(ttfts),
                ttfts[min(len(ttfts) - 1, round(0.95 * (len(ttfts) - 1)))])


def summary(mode: Mode) -> dict:
    return {**{k: round(v, 4) for k, v in asdict(mode).items()}, "tok_s": round(mode.tok_s, 2)}


def measure(server: Server, texts: list[str], max_tokens: int, extra: dict, modes: list[str]) -> dict:
    server.wait()
    try:
        run_mode(server, texts[:1], 4, extra, concurrent=False)  # warm-up: first-call costs stay out
        return {m: summary(run_mode(server, texts, max_tokens, extra, concurrent=m == "concurrent")) for m in modes}
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=32, help="Requests, all at once or one at a time.")
    parser.add_argument("--max-tokens", type=int, default=64, help="Tokens each request generates.")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2, help="Threads of each server.")
    parser.add_argument("--no-llama-cpp", action="store_true", help="Leave llama.cpp's server out on purpose.")
    args = parser.parse_args(argv)

    from loopwright.models.loading import gguf_cache_path, resolve_spec

    _, directory, gguf = resolve_spec("smollm2-135m")
    texts = prompts(args.clients)
    line: dict = {"bench": "serve", "model": "smollm2-135m", "clients": args.clients,
                  "max_tokens": args.max_tokens, "threads": args.threads}
    line["ours"] = measure(ours(args.threads), texts, args.max_tokens, {"extra_body": {"ignore_eos": True}},
                           ["concurrent", "sequential"])
    ours_c = line["ours"]["concurrent"]["tok_s"]
    line["ratio_concurrent_vs_sequential"] = round(ours_c / line["ours"]["sequential"]["tok_s"], 3)
    missing = "left out (--no-llama-cpp)" if args.no_llama_cpp else llama_cpp_missing()
    if missing:
        line["llama_cpp"] = {"skipped": missing}
    else:
        from transformers import AutoTokenizer

        eos = AutoTokenizer.from_pretrained(gguf_cache_path(Path(directory) / gguf)).eos_token_id
        server = llama_cpp_server(f"{directory}/{gguf}", args.threads)
        line["llama_cpp"] = measure(server, texts, args.max_tokens, {"logit_bias": {str(eos): -100}}, ["concurrent"])
        line["ratio_vs_llama_cpp_concurrent"] = round(ours_c / line["llama_cpp"]["concurrent"]["tok_s"], 3)
    print(json.dumps(line))


if __name__ == "__main__":
    main()
