"""Decode benchmark: our engine against HF `generate()` and llama.cpp, each in its own process.

Scenarios on the embedded model, per dtype and thread count:
  single   one stream, 256 greedy tokens                    -> tokens/s
  samples  8 sampled completions of one prompt, 128 each    -> tokens/s
  chat     10 turns, each appending ~100 user tokens and 32 generated tokens
           (each engine continues its own dialogue)         -> whole-dialogue seconds
  rollouts 32 agent-like sequences sharing a 400-token system-and-tools prefix, each with its
           own 20-token task, 4 greedy turns of 64 tokens with a 50-token tool output after
           each (`decode_rollouts.py`)                      -> aggregate tokens/s and wall seconds
  prefill  a 1,000-token prompt, nothing of it cached, and its first token
                                                            -> prompt tokens/s
  step32   32 sequences of 400-token prompts decoding 64 tokens together, timed over the
           decode steps alone (32 rows each)                -> tokens/s of those steps
`prefill` and `step32` measure the two batched shapes on their own, without the scheduling
around them. HF's `step32` is its forward over the 32 rows with its own KV cache, a step at a
time; llama.cpp's is its own batched decoding (one `llama_decode` of a token per sequence, as
its `batched` example), through llama-cpp-python's bindings of the C API.
In `rollouts` ours runs the 32 sequences at once, one thread each calling `engine.generate` for
its next turn as soon as its last one returns (how concurrent agents use the engine: each
turn is admitted while the others decode, and reuses the cached prefix and its own earlier
turns); llama.cpp runs them one after another, turn by turn, reusing the longest common
prefix of its previous prompt (its prompt cache: a sequence's earlier turns, and the shared
prefix when a new sequence starts). HF is left out of `rollouts` (`hf_tok_s: null`, with the
reason): `generate()` one sequence at a time with no cache between turns would take 15-20
minutes per repeat.
Every measurement runs in a fresh child process (`--measure`), warmed up, with the thread
count given and nothing else running: engines in one process fight over the same cores
(llama.cpp decoded 29 tokens/s beside torch, 95 alone). Each scenario prints one JSON line
with every engine's median over `--repeats` and its range, and the ratio of medians (ours /
peer, so > 1 means ours is faster). The line names what was measured: our kernel build and
GGUF matmul path and KV cache dtype (`ours_path`), and llama.cpp's build (`scripts/setup --bench` records it)
and its system info. llama.cpp missing or crashing fails the bench (exit 1); `--no-llama-cpp`
leaves it out on purpose.

Next to each figure of ours: `ours_weight_mb`, what one decode step reads in weights (GGUF
blocks where it uses them), and `ours_gb_s` = weight bytes x decode steps / seconds, the weight
bandwidth achieved (how close decoding is to the machine's memory bandwidth; prefill steps are
left out, so it is a lower bound). For the batched scenarios
(samples, rollouts) also `ours_gflop_s` = 2 x matmul parameters (layers' projections and the
LM head) x tokens through the forward (prefilled, i.e. not from the prefix cache, plus decode
rows and their speculative drafts' rows) / seconds: the matmul work done, ignoring attention,
against the CPU's peak FLOP/s.

Ours speculates when few sequences decode (`models/speculation.py`: prompt-lookup drafts
verified in the step, the tokens plain decoding gives); llama.cpp runs without: llama-cpp-python's
own prompt lookup (`LlamaPromptLookupDecoding`) made it slower here (single stream 31-49
tokens/s with 4-10 draft tokens against 82-89 without, AMD EPYC, session 31), so its best
setting is plain decoding.

`--busy-cores N` measures every engine beside N processes that each keep a core busy (a loop
of Python), as the sandboxes' commands, dockerd and the agents' own Python do during rollouts:
a pool of threads that wait for each other at every step slows down far more than the core it
loses when one of them is taken off its core, so the line says how each engine copes.

    python -m loopwright.bench.decode --threads 1 2 --repeats 3
    python -m loopwright.bench.decode --scenarios samples rollouts --busy-cores 1
    python -m loopwright.bench.decode --scenarios prefill step32 --repeats 3
"""

import argparse
import contextlib
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

import torch

from loopwright.bench.decode_rollouts import (
    ROLLOUT_SEQS,
    TURN_TOKENS,
    RolloutWorkload,
    build_workload,
    run_sequence,
)

SCENARIOS = ("single", "samples", "chat", "rollouts", "prefill", "step32")
BATCHED = ("samples", "rollouts", "prefill", "step32")
"""Scenarios that run many rows per step: their lines add GFLOP/s."""
LEFT_OUT = {("hf", "rollouts"): "generate() one sequence at a time without a cache between turns: "
                                "8,192 tokens over contexts up to 826, ~15-20 min per repeat"}
"""(engine, scenario) pairs not measured, with the reason the line gives."""
SINGLE_TOKENS = 256
PREFILL_TOKENS = 1000
STEP_SEQS, STEP_PROMPT_TOKENS, STEP_TOKENS = 32, 400, 64
LLAMA_BATCH = 512
"""Tokens of one `llama_decode` in llama.cpp's step32 (its default batch): prompts go in chunks."""
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
    path: str = ""
    """What ran: our kernel build and GGUF matmul path, or llama.cpp's version and system info."""
    decode_steps: int = 0
    """Our engine's decode steps while timed (steps that prefilled are not counted)."""
    forward_tokens: int = 0
    """Tokens through our forward while timed: prefilled (not from the prefix cache) + decode rows."""
    matmul_params: int = 0
    """Weights our forward multiplies per token: every layer's projections and the LM head."""
    preemptions: int = 0
    """Our sequences preempted for lack of KV blocks while timed (each one's KV is computed again)."""

    @property
    def tok_s(self) -> float:
        return self.tokens / self.seconds

    @property
    def weight_gb_s(self) -> float:
        return self.weight_bytes * self.decode_steps / self.seconds / 1e9

    @property
    def gflop_s(self) -> float:
        return 2 * self.matmul_params * self.forward_tokens / self.seconds / 1e9


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

    def path(self) -> str:
        from loopwright.kernels.backends import (
            bf16_panels,
            cpu_build_for,
            cpu_kernels,
            exact_gguf_matmul,
            int8_panels_serve,
            kernels_enabled,
            kv_cache_dtype,
        )
        from loopwright.kernels.cpu_features import host_cpu
        from loopwright.models.config import EngineConfig
        from loopwright.models.llama import head_dim_of

        if not kernels_enabled():
            return "pytorch (C++ kernels off)"
        int8 = not exact_gguf_matmul()
        kv = str(kv_cache_dtype(self.local.dtype, int8)).removeprefix("torch.")
        kernels = cpu_kernels()
        batches = (f", batches of {kernels.MATRIX_UNIT_MIN_ROWS}+ rows on {kernels.MATRIX_UNIT} tiles"
                   if int8 and kernels.blocks_serve(kernels.QUANTIZED_MAX_ROWS + 1, False) else "")
        panels = bf16_panels(kernels, int8)
        if panels is not None:
            batches = (f", prefill and batches of {panels.from_rows}+ rows on bf16 panels of the "
                       f"{'weights rounded' if panels.rounded else 'GGUF codes'}")
        products = f"{kernels.MATRIX_UNIT} tiles" if kernels.MATRIX_UNIT != "none" else "vdpbf16ps"
        attention = (f", attention in bf16 products on {products}"
                     if kv == "bfloat16" and kernels.bf16_attention_serves(head_dim_of(self.local.hf_config)) else "")
        matmul = "int8 panels" if int8_panels_serve(kernels, int8) else "int8" if int8 else "exact"
        config = EngineConfig()
        speculation = (f", prompt-lookup drafts of up to {config.speculative_tokens} tokens in steps of up to "
                       f"{config.speculative_rows} rows" if config.speculative_tokens else "")
        return (f"{cpu_build_for(host_cpu()).name} build, {matmul} GGUF matmul{batches}, "
                f"{kv} KV cache{attention}{speculation}")

    @staticmethod
    def _counted(engine, fn: Callable[[], int]) -> Measure:
        """`_timed(fn)` with what the engine did meanwhile, for the bandwidth and GFLOP/s figures."""
        before = engine.stats
        measure = _timed(fn)
        done = {key: value - before[key] for key, value in engine.stats.items()}
        measure.decode_steps = done["steps"] - done["prefill_steps"]
        measure.forward_tokens = done["prefilled_tokens"] + done["decode_tokens"] + done["draft_tokens"]
        measure.preemptions = done["preemptions"]
        measure.weight_bytes = engine.forward.decode_weight_bytes()
        measure.matmul_params = engine.forward.matmul_weights()
        return measure

    def single(self, ids: list[int]) -> Measure:
        from loopwright.models.sampling import SamplingParams

        engine = self.make()
        engine.generate([ids[:8]], SamplingParams(max_new_tokens=4))  # warm-up
        params = SamplingParams(max_new_tokens=SINGLE_TOKENS, ignore_eos=True)
        return self._counted(engine, lambda: len(engine.generate([ids], params)[0].completions[0].token_ids))

    def samples(self, ids: list[int]) -> Measure:
        from loopwright.models.sampling import SamplingParams

        engine = self.make()
        engine.generate([ids[:8]], SamplingParams(max_new_tokens=4))
        params = SamplingParams(max_new_tokens=SAMPLE_TOKENS, temperature=0.8, top_p=0.95, n=SAMPLES, seed=0,
                                ignore_eos=True)
        return self._counted(engine, lambda: sum(len(c.token_ids) for c in engine.generate([ids], params)[0].completions))

    def chat(self) -> Measure:
        from loopwright.models.sampling import SamplingParams

        engine = self.make()
        engine.generate([[1, 2, 3]], SamplingParams(max_new_tokens=4))
        params = SamplingParams(max_new_tokens=CHAT_REPLY_TOKENS, ignore_eos=True)

        def reply(ids: list[int]) -> tuple[str, int]:
            completion = engine.generate([ids], params)[0].completions[0]
            return completion.text, len(completion.token_ids)

        return self._counted(engine, lambda: _dialogue(self.local, reply))

    def rollouts(self, workload: RolloutWorkload) -> Measure:
        """Every sequence on its own thread, each turn one `generate` call: see the module docstring."""
        from loopwright.models.sampling import SamplingParams

        engine = self.make()
        engine.generate([workload.tasks[0][:8]], SamplingParams(max_new_tokens=4))
        params = SamplingParams(max_new_tokens=TURN_TOKENS, ignore_eos=True)

        def complete(ids: list[int]) -> list[int]:
            return engine.generate([ids], params)[0].completions[0].token_ids

        with ThreadPoolExecutor(ROLLOUT_SEQS, thread_name_prefix="rollout") as pool:
            def all_sequences() -> int:
                return sum(pool.map(lambda seq: run_sequence(workload, seq, complete), range(ROLLOUT_SEQS)))

            return self._counted(engine, all_sequences)

    def prefill(self, ids: list[int]) -> Measure:
        from loopwright.models.sampling import SamplingParams

        engine = self.make()
        engine.generate([[1, 2, 3]], SamplingParams(max_new_tokens=4))  # warm-up sharing no block with ids
        params = SamplingParams(max_new_tokens=1, ignore_eos=True)
        return self._counted(engine, lambda: len(engine.generate([ids], params)[0].prompt_token_ids))

    def step32(self, prompts: list[list[int]]) -> Measure:
        """The prompts prefilled, then only the decode steps timed (each of the 32 rows), from
        the engine's own step loop."""
        from loopwright.models.sampling import SamplingParams

        engine = self.make()
        engine.generate([[1, 2, 3]], SamplingParams(max_new_tokens=4))
        decode = Measure(0, 0.0)
        run = engine.runner.run

        def timed_run(batch):
            start = time.perf_counter()
            logits = run(batch)
            if not batch.is_prefill:
                decode.seconds += time.perf_counter() - start
                decode.tokens += logits.shape[0]
                decode.decode_steps += 1
            return logits

        engine.runner.run = timed_run
        params = SamplingParams(max_new_tokens=STEP_TOKENS + 1, ignore_eos=True)
        counted = self._counted(engine, lambda: len(engine.generate(prompts, params)))
        decode.forward_tokens, decode.weight_bytes = decode.tokens, counted.weight_bytes
        decode.matmul_params, decode.preemptions = counted.matmul_params, counted.preemptions
        return decode


class HF:
    name = "hf"

    def __init__(self, local):
        self.local = local
        self.pad = local.tokenizer.pad_token_id or local.tokenizer.eos_token_id

    @staticmethod
    def path() -> str:
        import transformers

        return f"transformers {transformers.__version__}, torch {torch.__version__}"

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

    def prefill(self, ids: list[int]) -> Measure:
        self._generate(ids[:8], 1, do_sample=False)

        def first_token() -> int:
            self._generate(ids, 1, do_sample=False)
            return len(ids)

        return _timed(first_token)

    @torch.inference_mode()
    def step32(self, prompts: list[list[int]]) -> Measure:
        """The 32 prompts (one length) prefilled in one forward, then STEP_TOKENS greedy steps
        of 32 rows over its KV cache, only their forwards timed."""
        model = self.local.hf_model
        out = model(torch.tensor(prompts), use_cache=True)
        cache, tokens = out.past_key_values, out.logits[:, -1].argmax(-1, keepdim=True)
        measure = Measure(0, 0.0)
        for _ in range(STEP_TOKENS):
            start = time.perf_counter()
            out = model(tokens, past_key_values=cache, use_cache=True)
            measure.seconds += time.perf_counter() - start  # the forward, as ours and llama.cpp's
            measure.tokens += len(prompts)
            cache, tokens = out.past_key_values, out.logits[:, -1].argmax(-1, keepdim=True)
        return measure


class LlamaCpp:
    """llama.cpp on the same GGUF file (Q4_1 weights), 2 threads; its KV cache reuses common prefixes."""

    name = "llama_cpp"

    def __init__(self, local, gguf_path: str, threads: int):
        from llama_cpp import Llama

        self.local, self.threads = local, threads
        self.llm = Llama(model_path=gguf_path, n_threads=threads, n_threads_batch=threads, n_ctx=4096,
                         verbose=False, seed=0)
        self.no_eos = {local.tokenizer.eos_token_id: -1e9}

    @staticmethod
    def path() -> str:
        import llama_cpp

        from loopwright.bench.llama_cpp_build import read_record

        record = read_record() or {"cmake_args": "not built by scripts/setup --bench"}
        system = llama_cpp.llama_print_system_info().decode().strip()
        return f"llama-cpp-python {llama_cpp.__version__} {record['cmake_args']}; {system}"

    def _complete(self, ids: list[int], new_tokens: int, temperature: float) -> int:
        out = self.llm.create_completion(ids, max_tokens=new_tokens, temperature=temperature, top_p=0.95,
                                         logit_bias=self.no_eos)
        return out["usage"]["completion_tokens"]

    def single(self, ids: list[int]) -> Measure:
        self._complete(ids[:8], 4, 0.0)
        return _timed(lambda: self._complete(ids, SINGLE_TOKENS, 0.0))

    def samples(self, ids: list[int]) -> Measure:
        return _timed(lambda: sum(self._complete(ids, SAMPLE_TOKENS, 0.8) for _ in range(SAMPLES)))

    def prefill(self, ids: list[int]) -> Measure:
        self._complete(ids[:8], 4, 0.0)
        self.llm.reset()  # its prompt cache keeps nothing of ids

        def first_token() -> int:
            self._complete(ids, 1, 0.0)
            return len(ids)

        return _timed(first_token)

    def step32(self, prompts: list[list[int]]) -> Measure:
        """llama.cpp's own batched decoding (its C API through llama-cpp-python's bindings, as
        its `batched` example; the Python `Llama` decodes one sequence): a context of one
        sequence per prompt, each prefilled as its sequence, then STEP_TOKENS greedy steps of
        one token a sequence in one `llama_decode`, only those timed (the argmax of each row's
        logits is not). Each sequence keeps its own part of the KV cache (`kv_unified` off,
        llama.cpp's advice for sequences that share no long prefix): in a unified cache every
        row attended over all sequences' cells, 122 against 214 tokens/s here."""
        import llama_cpp as ll
        import numpy as np

        model, seqs = self.llm._model.model, len(prompts)
        params = ll.llama_context_default_params()
        params.n_ctx = seqs * (max(map(len, prompts)) + STEP_TOKENS + 16)
        params.n_batch = params.n_ubatch = LLAMA_BATCH
        params.n_seq_max, params.kv_unified = seqs, False
        params.n_threads = params.n_threads_batch = self.threads
        ctx = ll.llama_init_from_model(model, params)
        batch = ll.llama_batch_init(LLAMA_BATCH, 0, 1)
        vocab = ll.llama_vocab_n_tokens(ll.llama_model_get_vocab(model))

        def decode(rows: list[tuple[int, int, int, bool]]) -> None:  # (token, position, sequence, logits)
            batch.n_tokens = len(rows)
            for i, (token, position, seq, logits) in enumerate(rows):
                batch.token[i], batch.pos[i], batch.n_seq_id[i] = token, position, 1
                batch.seq_id[i][0], batch.logits[i] = seq, logits
            if ll.llama_decode(ctx, batch) != 0:
                raise RuntimeError("llama_decode failed")

        def greedy(row: int) -> int:
            return int(np.ctypeslib.as_array(ll.llama_get_logits_ith(ctx, row), shape=(vocab,)).argmax())

        try:
            last = []
            for seq, ids in enumerate(prompts):
                for start in range(0, len(ids), LLAMA_BATCH):
                    chunk = ids[start : start + LLAMA_BATCH]
                    decode([(t, start + i, seq, start + i == len(ids) - 1) for i, t in enumerate(chunk)])
                last.append(greedy(len(chunk) - 1))
            measure = Measure(0, 0.0)
            for step in range(STEP_TOKENS):
                rows = [(last[seq], len(prompts[seq]) + step, seq, True) for seq in range(seqs)]
                start = time.perf_counter()
                decode(rows)
                measure.seconds += time.perf_counter() - start
                measure.tokens += seqs
                last = [greedy(row) for row in range(seqs)]
            return measure
        finally:
            ll.llama_batch_free(batch)
            ll.llama_free(ctx)

    def chat(self) -> Measure:
        def reply(ids: list[int]) -> tuple[str, int]:
            out = self.llm.create_completion(ids, max_tokens=CHAT_REPLY_TOKENS, temperature=0.0,
                                             logit_bias=self.no_eos)
            return out["choices"][0]["text"], out["usage"]["completion_tokens"]

        return _timed(lambda: _dialogue(self.local, reply))

    def rollouts(self, workload: RolloutWorkload) -> Measure:
        """One sequence after another, turn by turn; each prompt reuses the longest common prefix
        of the one before (llama-cpp-python's `generate`, the loop under `create_completion`,
        which returns the reply's ids rather than its text)."""
        from llama_cpp import LogitsProcessorList

        eos = self.local.tokenizer.eos_token_id

        def no_eos(_ids, logits):
            logits[eos] = -float("inf")
            return logits

        processors = LogitsProcessorList([no_eos])

        def complete(ids: list[int]) -> list[int]:
            reply = []
            for token in self.llm.generate(ids, temp=0.0, repeat_penalty=1.0, logits_processor=processors):
                reply.append(token)
                if len(reply) == TURN_TOKENS:
                    return reply
            return reply

        self._complete(workload.tasks[0][:8], 4, 0.0)
        return _timed(lambda: sum(run_sequence(workload, seq, complete) for seq in range(ROLLOUT_SEQS)))


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



def long_prompt(local, tokens: int, seq: int = 0) -> list[int]:
    """A chat prompt of exactly `tokens` tokens: ship's log days cut to length, numbered from
    `seq` x 1000, so sequences share only the chat template's system prompt (36 tokens)."""
    messages, ids = [], []
    while len(ids) < tokens:
        messages.append({"role": "user", "content": USER_TURN.format(day=seq * 1000 + len(messages) + 1)})
        ids = local.chat_template_ids(messages)
    return ids[:tokens]


ENGINES = ("ours", "hf", "llama_cpp")


def measure(engine: str, scenario: str, dtype: str, threads: int) -> Measure:
    """One measurement in this process (a child of `run`): load, warm up, time, report."""
    from loopwright.models import load
    from loopwright.models.loading import resolve_spec

    torch.set_num_threads(threads)
    local = load("smollm2-135m", dtype=dtype)
    ids = local.chat_template_ids([{"role": "user", "content": STORY_PROMPT}])
    if engine == "llama_cpp":
        _, directory, gguf = resolve_spec("smollm2-135m")
        peer = LlamaCpp(local, f"{directory}/{gguf}", threads)
    else:
        peer = Ours(local) if engine == "ours" else HF(local)
    if scenario == "rollouts":
        result = peer.rollouts(build_workload(local.tokenizer))
    elif scenario == "chat":
        result = peer.chat()
    elif scenario == "prefill":
        result = peer.prefill(long_prompt(local, PREFILL_TOKENS))
    elif scenario == "step32":
        result = peer.step32([long_prompt(local, STEP_PROMPT_TOKENS, seq) for seq in range(STEP_SEQS)])
    else:
        result = getattr(peer, scenario)(ids)
    result.path = peer.path()
    return result


class PeerFailed(RuntimeError):
    """An engine's measurement process failed: the bench fails with it, never skips it."""


BUSY_LOOP = "import os\nparent = os.getppid()\nwhile os.getppid() == parent:\n    for _ in range(100_000): pass"
"""A core kept busy until the bench that started it is gone, even killed without cleaning up."""
MEASURE_TIMEOUT_S = 900
"""One measurement's limit: llama.cpp at 2 threads beside one busy core did not finish 256 tokens
in 90 s (3.3 s alone); a bench that hangs tells nobody anything."""


@contextlib.contextmanager
def busy_cores(count: int) -> Iterator[list[subprocess.Popen]]:
    """`count` processes that each keep a core busy until the block ends (killed and reaped
    then, whatever happened in it)."""
    loops = [subprocess.Popen([sys.executable, "-c", BUSY_LOOP]) for _ in range(count)]
    try:
        yield loops
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()


def _measure_in_child(engine: str, scenario: str, dtype: str, threads: int, busy: int = 0,
                      timeout_s: float = MEASURE_TIMEOUT_S) -> Measure:
    command = [sys.executable, "-m", "loopwright.bench.decode", "--measure", engine, "--scenarios", scenario,
               "--dtypes", dtype, "--threads", str(threads)]
    try:
        with busy_cores(busy):
            child = subprocess.run(command, capture_output=True, text=True, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        beside = f" beside {busy} busy core{'s' if busy != 1 else ''}" if busy else ""
        raise PeerFailed(f"{engine} did not finish {scenario} ({dtype}, {threads} threads){beside} "
                         f"within {timeout_s:g} s") from None
    if child.returncode != 0:
        raise PeerFailed(f"{engine} failed on {scenario} ({dtype}, {threads} threads), exit {child.returncode}: "
                         f"{child.stderr.strip()[-600:] or '(no output)'}")
    return Measure(**json.loads(child.stdout.strip().splitlines()[-1]))


def run(dtypes: list[str], scenarios: list[str], threads: list[int], repeats: int, engines: list[str],
        busy: int = 0) -> None:
    """Every engine once per repeat, interleaved (noise hits all alike), one line per scenario;
    each measurement beside `busy` busy cores."""
    for dtype in dtypes:
        for count in threads:
            for scenario in scenarios:
                left_out = {e: LEFT_OUT[e, scenario] for e in engines if (e, scenario) in LEFT_OUT}
                measures: dict[str, list[Measure]] = {e: [] for e in engines if e not in left_out}
                for _ in range(repeats):
                    for engine in measures:
                        measures[engine].append(_measure_in_child(engine, scenario, dtype, count, busy))
                print(json.dumps(_line(scenario, dtype, count, measures, left_out, busy)), flush=True)


def _line(scenario: str, dtype: str, threads: int, measures: dict[str, list[Measure]],
          left_out: dict[str, str] | None = None, busy: int = 0) -> dict:
    """Medians, ranges and ratios of medians; tokens/s, or seconds for the chat (rollouts: both);
    our weight bandwidth, and GFLOP/s for batched scenarios; engines left out, with the reason."""
    line: dict = {"bench": "decode", "scenario": scenario, "dtype": dtype, "threads": threads,
                  "busy_cores": busy, "repeats": len(measures["ours"])}
    chat = scenario == "chat"
    figure = (lambda m: m.seconds) if chat else (lambda m: m.tok_s)
    unit = "s" if chat else "tok_s"
    medians = {}
    for name, runs in measures.items():
        values = [figure(m) for m in runs]
        medians[name] = statistics.median(values)
        line[f"{name}_{unit}"] = round(medians[name], 3)
        line[f"{name}_{unit}_range"] = [round(min(values), 3), round(max(values), 3)]
        if scenario == "rollouts":
            line[f"{name}_s"] = round(statistics.median(m.seconds for m in runs), 3)
    for name, reason in (left_out or {}).items():
        line[f"{name}_{unit}"] = None
        line[f"{name}_left_out"] = reason
    for name, value in medians.items():
        if name != "ours":
            ratio = value / medians["ours"] if chat else medians["ours"] / value
            line[f"ratio_vs_{name}"] = round(ratio, 3)
    ours = measures["ours"]
    line["ours_weight_mb"] = round(ours[0].weight_bytes / 1e6, 1)
    line["ours_gb_s"] = round(statistics.median(m.weight_gb_s for m in ours), 2)
    if scenario in BATCHED:
        line["ours_gflop_s"] = round(statistics.median(m.gflop_s for m in ours), 2)
        line["ours_preemptions"] = max(m.preemptions for m in ours)
    for name, runs in measures.items():
        line[f"{name}_path"] = runs[0].path
    return line


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dtypes", nargs="+", default=["fp32"], choices=["fp32", "bf16"])
    parser.add_argument("--scenarios", nargs="+", default=list(SCENARIOS), choices=SCENARIOS)
    parser.add_argument("--threads", nargs="+", type=int, default=[2], help="Thread counts to measure at.")
    parser.add_argument("--repeats", type=int, default=2, help="Measurements per engine (median and range).")
    parser.add_argument("--no-llama-cpp", action="store_true", help="Leave llama.cpp out on purpose.")
    parser.add_argument("--busy-cores", type=int, default=0,
                        help="Measure beside this many processes that each keep a core busy (default none).")
    parser.add_argument("--measure", choices=ENGINES, help=argparse.SUPPRESS)  # one child measurement
    args = parser.parse_args(argv)
    if args.measure:
        result = measure(args.measure, args.scenarios[0], args.dtypes[0], args.threads[0])
        print(json.dumps(asdict(result)))
        return
    engines = ["ours", "hf"] + ([] if args.no_llama_cpp else ["llama_cpp"])
    if "llama_cpp" in engines and importlib.util.find_spec("llama_cpp") is None:
        sys.exit("llama-cpp-python is not installed: build it with `scripts/setup --bench` "
                 "(or pass --no-llama-cpp to compare with HF only)")
    try:
        run(args.dtypes, args.scenarios, args.threads, args.repeats, engines, args.busy_cores)
    except PeerFailed as exc:
        sys.exit(f"decode bench failed: {exc}")


if __name__ == "__main__":
    main()
