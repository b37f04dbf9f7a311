"""Decode benchmark: our engine against HF `generate()` (and llama.cpp when installed), one process.

Scenarios on the embedded model, per dtype:
  single   one stream, 256 new tokens                       -> tokens/s
  samples  8 sampled completions of one prompt, 128 each    -> tokens/s
  chat     10 turns, each appending ~100 user tokens and 32 generated tokens
           (each engine continues its own dialogue)         -> whole-dialogue seconds
Each scenario prints one JSON line with both figures and the ratio (ours / peer, so > 1
means ours is faster). `ours_weight_mb` is what one decode step of ours reads in weights
(the GGUF's own Q4_1/Q8_0 blocks for the embedded model, see kernels/gguf_matmul.py), and
`ours_gb_s` that times steps per second: how close single-stream decoding is to the
machine's memory bandwidth.

    python -m loopwright.bench.decode --dtypes fp32 bf16
"""

import argparse
import importlib.util
import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import torch

SINGLE_TOKENS = 256
SAMPLES, SAMPLE_TOKENS = 8, 128
CHAT_TURNS, CHAT_REPLY_TOKENS = 10, 32
STORY_PROMPT = "Tell me a long story about a lighthouse keeper and the sea."
USER_TURN = (
    "Here is more of the ship's log for day {day}. The wind came from the north-west at dawn and "
    "turned south by noon; the crew reefed the mainsail twice, mended a torn jib, counted the "
    "water casks, and saw three gulls and a distant sail. The cook served salted fish and "
    "biscuits again. Summarise the day in one sentence and say what the captain should do next."
)


@dataclass
class Measure:
    tokens: int
    seconds: float
    weight_bytes: int = 0
    """Weight bytes one decode step reads (ours only): GGUF blocks where the engine uses them."""

    @property
    def tok_s(self) -> float:
        return self.tokens / self.seconds


def _timed(fn: Callable[[], int]) -> Measure:
    start = time.perf_counter()
    tokens = fn()
    return Measure(tokens, time.perf_counter() - start)


class Ours:
    name = "ours"

    def __init__(self, local):
        from loopwright.models.engine import (
            PagedEngine,  # concrete: the bench reads its forward's weight bytes
        )

        self.local, self.make = local, lambda: PagedEngine(local)

    def single(self, ids: list[int]) -> Measure:
        from loopwright.models.sampling import SamplingParams

        engine = self.make()
        engine.generate([ids[:8]], SamplingParams(max_new_tokens=4))  # warm-up
        params = SamplingParams(max_new_tokens=SINGLE_TOKENS, ignore_eos=True)
        measure = _timed(lambda: len(engine.generate([ids], params)[0].completions[0].token_ids))
        measure.weight_bytes = engine.forward.decode_weight_bytes()
        return measure

    def samples(self, ids: list[int]) -> Measure:
        from loopwright.models.sampling import SamplingParams

        engine = self.make()
        engine.generate([ids[:8]], SamplingParams(max_new_tokens=4))
        params = SamplingParams(max_new_tokens=SAMPLE_TOKENS, temperature=0.8, top_p=0.95, n=SAMPLES, seed=0,
                                ignore_eos=True)
        return _timed(lambda: sum(len(c.token_ids) for c in engine.generate([ids], params)[0].completions))

    def chat(self) -> Measure:
        from loopwright.models.sampling import SamplingParams

        engine = self.make()
        engine.generate([[1, 2, 3]], SamplingParams(max_new_tokens=4))
        params = SamplingParams(max_new_tokens=CHAT_REPLY_TOKENS, ignore_eos=True)

        def reply(ids: list[int]) -> tuple[str, int]:
            completion = engine.generate([ids], params)[0].completions[0]
            return completion.text, len(completion.token_ids)

        return _timed(lambda: _dialogue(self.local, reply))


class HF:
    name = "hf"

    def __init__(self, local):
        self.local = local
        self.pad = local.tokenizer.pad_token_id or local.tokenizer.eos_token_id

    @torch.inference_mode()
    def _generate(self, ids: list[int], new_tokens: int, **kwargs) -> torch.Tensor:
        x = torch.tensor([ids])
        out = self.local.hf_model.generate(x, attention_mask=torch.ones_like(x), max_new_tokens=new_tokens,
                                           min_new_tokens=new_tokens, pad_token_id=self.pad, **kwargs)
        return out[:, len(ids):]

    def single(self, ids: list[int]) -> Measure:
        self._generate(ids[:8], 4, do_sample=False)
        return _timed(lambda: self._generate(ids, SINGLE_TOKENS, do_sample=False).numel())

    def samples(self, ids: list[int]) -> Measure:
        torch.manual_seed(0)
        return _timed(lambda: self._generate(ids, SAMPLE_TOKENS, do_sample=True, temperature=0.8, top_p=0.95,
                                             num_return_sequences=SAMPLES).numel())

    def chat(self) -> Measure:
        def reply(ids: list[int]) -> tuple[str, int]:
            new = self._generate(ids, CHAT_REPLY_TOKENS, do_sample=False)[0]
            return self.local.tokenizer.decode(new, skip_special_tokens=True), new.numel()

        return _timed(lambda: _dialogue(self.local, reply))


class LlamaCpp:
    """llama.cpp on the same GGUF file (Q4_1 weights), 2 threads; its KV cache reuses common prefixes."""

    name = "llama_cpp"

    def __init__(self, local, gguf_path: str):
        from llama_cpp import Llama

        self.local = local
        self.llm = Llama(model_path=gguf_path, n_threads=2, n_ctx=4096, verbose=False, seed=0)
        self.no_eos = {local.tokenizer.eos_token_id: -1e9}

    def _complete(self, ids: list[int], new_tokens: int, temperature: float) -> int:
        out = self.llm.create_completion(ids, max_tokens=new_tokens, temperature=temperature, top_p=0.95,
                                         logit_bias=self.no_eos)
        return out["usage"]["completion_tokens"]

    def single(self, ids: list[int]) -> Measure:
        self._complete(ids[:8], 4, 0.0)
        return _timed(lambda: self._complete(ids, SINGLE_TOKENS, 0.0))

    def samples(self, ids: list[int]) -> Measure:
        return _timed(lambda: sum(self._complete(ids, SAMPLE_TOKENS, 0.8) for _ in range(SAMPLES)))

    def chat(self) -> Measure:
        def reply(ids: list[int]) -> tuple[str, int]:
            out = self.llm.create_completion(ids, max_tokens=CHAT_REPLY_TOKENS, temperature=0.0,
                                             logit_bias=self.no_eos)
            return out["choices"][0]["text"], out["usage"]["completion_tokens"]

        return _timed(lambda: _dialogue(self.local, reply))


def _llama_cpp_works(gguf_path: str, ids: list[int]) -> bool:
    """Tries llama.cpp in a child process first: a build that crashes on this GGUF (seen here:
    a segfault in create_completion) must not take ours and HF's figures down with it."""
    probe = (
        "import sys; from llama_cpp import Llama; "
        "Llama(model_path=sys.argv[1], n_threads=2, n_ctx=256, verbose=False)"
        ".create_completion([int(t) for t in sys.argv[2:]], max_tokens=2)"
    )
    child = subprocess.run([sys.executable, "-c", probe, gguf_path, *map(str, ids)],
                           capture_output=True, text=True)
    if child.returncode != 0:
        print(f"llama.cpp skipped: it failed on {gguf_path} (exit {child.returncode}): "
              f"{child.stderr.strip()[-300:]}", file=sys.stderr)
    return child.returncode == 0


def _dialogue(local, reply: Callable[[list[int]], tuple[str, int]]) -> int:
    """Runs CHAT_TURNS turns, each prompt the whole dialogue so far; returns generated tokens."""
    messages: list[dict] = []
    generated = 0
    for day in range(CHAT_TURNS):
        messages.append({"role": "user", "content": USER_TURN.format(day=day + 1)})
        text, tokens = reply(local.chat_template_ids(messages))
        messages.append({"role": "assistant", "content": text})
        generated += tokens
    return generated


def run(dtypes: list[str], scenarios: list[str], llama_cpp: bool) -> None:
    from loopwright.models import load
    from loopwright.models.loading import resolve_spec

    for dtype in dtypes:
        local = load("smollm2-135m", dtype=dtype)
        ids = local.chat_template_ids([{"role": "user", "content": STORY_PROMPT}])
        peers = [Ours(local), HF(local)]
        if llama_cpp:
            _, directory, gguf = resolve_spec("smollm2-135m")
            if _llama_cpp_works(f"{directory}/{gguf}", ids[:8]):
                peers.append(LlamaCpp(local, f"{directory}/{gguf}"))
        for scenario in scenarios:
            measures = {p.name: (p.chat() if scenario == "chat" else getattr(p, scenario)(ids)) for p in peers}
            print(json.dumps(_line(scenario, dtype, measures)), flush=True)


def _line(scenario: str, dtype: str, measures: dict[str, Measure]) -> dict:
    ours = measures["ours"]
    line: dict = {"bench": "decode", "scenario": scenario, "dtype": dtype, "threads": torch.get_num_threads()}
    if scenario == "chat":
        line["turns"] = CHAT_TURNS
        for name, m in measures.items():
            line[f"{name}_s"] = round(m.seconds, 3)
        for name, m in measures.items():
            if name != "ours":
                line[f"ratio_vs_{name}"] = round(m.seconds / ours.seconds, 3)
        return line
    for name, m in measures.items():
        line[f"{name}_tok_s"] = round(m.tok_s, 2)
    for name, m in measures.items():
        if name != "ours":
            line[f"ratio_vs_{name}"] = round(ours.tok_s / m.tok_s, 3)
    if scenario == "single":
        line["ours_weight_mb"] = round(ours.weight_bytes / 1e6, 1)
        line["ours_gb_s"] = round(ours.weight_bytes * ours.tok_s / 1e9, 2)
    return line


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dtypes", nargs="+", default=["fp32", "bf16"], choices=["fp32", "bf16"])
    parser.add_argument("--scenarios", nargs="+", default=["single", "samples", "chat"],
                        choices=["single", "samples", "chat"])
    parser.add_argument("--no-llama-cpp", action="store_true", help="Skip llama.cpp even when installed.")
    args = parser.parse_args(argv)
    has_llama_cpp = importlib.util.find_spec("llama_cpp") is not None and not args.no_llama_cpp
    if not has_llama_cpp:
        print("llama-cpp-python not installed: comparing with HF only (pip install '.[bench]')", file=sys.stderr)
    run(args.dtypes, args.scenarios, has_llama_cpp)


if __name__ == "__main__":
    main()
