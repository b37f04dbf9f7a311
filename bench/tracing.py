"""Tracing overhead: the same multi-turn run with tracing on and off, one JSON line each.

scripted_run   a 10-turn run whose model call returns a prepared completion, so the time is
               all bookkeeping: traced (spans + JSONL lines of the real-sized token id lists,
               fsync per turn) vs untraced (the same loop without the span helpers).
vs_model_turn  the traced cost per turn next to one real turn of the embedded model through
               our engine (a ~300-token prompt, 32 new tokens): the overhead of a real run.
real_run       a 3-turn run on the embedded model, traced vs untraced, alternated twice (noisy
               on a busy machine: the model time dwarfs the tracing time).

Run: `.venv/bin/python -m loopwright.bench.tracing [--runs 20] [--no-model]`.
"""

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from loopwright.agent.tracing import (
    TracingConfig,
    chat_span,
    end_of_run,
    execute_tool_span,
    invoke_agent_span,
    record_completion,
    record_run_outcome,
    record_tool_result,
    setup_tracing,
    shutdown_tracing,
)
from loopwright.models.sampling import Completion, SamplingParams

VOCAB = 49152
"""SmolLM2's vocabulary size: ids in traces are of realistic magnitude (JSON width)."""
TURNS = 10
NEW_IDS_PER_TURN = 300
"""Completion plus tool observation tokens added to the history each turn."""

ModelCall = Callable[[list[int]], Completion]


def maybe(traced: bool, span_helper, *args):
    """The span helper's context when tracing, else an empty one."""
    return span_helper(*args) if traced else nullcontext()


def agent_run(model_call: ModelCall, first_prompt: list[int], turns: int, traced: bool,
              params: SamplingParams) -> None:
    """One run of `turns` turns; with `traced` False the span helpers are never called."""
    rng = random.Random(0)
    prompt = first_prompt
    with maybe(traced, invoke_agent_span, "bench", "conv", "task", "group") as root:
        for turn in range(turns):
            with maybe(traced, chat_span, "smollm2-135m", params) as span:
                completion = model_call(prompt)
                if traced:
                    record_completion(span, prompt, completion, {"total": 0.1})
            observation_ids = [rng.randrange(VOCAB) for _ in range(NEW_IDS_PER_TURN - len(completion.token_ids))]
            with maybe(traced, execute_tool_span, "bash", f"c{turn}", {"command": "ls -la"}) as span:
                if traced:
                    record_tool_result(span, "drwxr-xr-x file.txt\n" * 40, exit_code=0, is_error=False)
            prompt = prompt + completion.token_ids + observation_ids
            if traced:
                end_of_run()
        if traced:
            record_run_outcome(root, "finished", turns, 1.0, "done")


def scripted_model() -> ModelCall:
    """Returns a fixed 150-token completion with logprobs; costs nothing."""
    rng = random.Random(1)
    ids = [rng.randrange(VOCAB) for _ in range(150)]
    completion = Completion(ids, "x" * 600, [-rng.random() * 5 for _ in ids], "stop")
    return lambda prompt: completion


def median_s(fn: Callable[[], None], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_scripted(runs: int) -> dict:
    model = scripted_model()
    prompt = [random.Random(2).randrange(VOCAB) for _ in range(300)]
    params = SamplingParams()
    untraced = median_s(lambda: agent_run(model, prompt, TURNS, False, params), runs)
    traced = median_s(lambda: agent_run(model, prompt, TURNS, True, params), runs)
    return {
        "bench": "tracing", "scenario": "scripted_run", "turns": TURNS, "runs": runs,
        "traced_ms": round(traced * 1000, 3), "untraced_ms": round(untraced * 1000, 3),
        "ratio": round(traced / untraced, 2),
        "tracing_ms_per_turn": round((traced - untraced) * 1000 / TURNS, 3),
    }


def engine_model(max_new_tokens: int):
    """(model call through our engine on the embedded model, a ~300-token first prompt)."""
    from loopwright.models import load, make_engine

    local = load("smollm2-135m")
    engine = make_engine(local, "ours")
    params = SamplingParams(max_new_tokens=max_new_tokens, temperature=0.0)
    text = "List the files in the workspace and summarise what each one holds. " * 20
    prompt = local.chat_template_ids([{"role": "user", "content": text}])

    def call(prompt_ids: list[int]) -> Completion:
        return engine.generate([[t % len(local.tokenizer) for t in prompt_ids]], params)[0].completions[0]

    return call, prompt, params


def bench_model(runs: int, tracing_ms_per_turn: float) -> list[dict]:
    call, prompt, params = engine_model(max_new_tokens=32)
    call(prompt)  # warm-up: first call pays one-time costs
    turn_s = median_s(lambda: call(prompt), max(3, runs // 5))
    vs_turn = {
        "bench": "tracing", "scenario": "vs_model_turn", "prompt_tokens": len(prompt),
        "new_tokens": params.max_new_tokens, "model_turn_ms": round(turn_s * 1000, 1),
        "tracing_ms_per_turn": tracing_ms_per_turn,
        "overhead_pct": round(100 * tracing_ms_per_turn / (turn_s * 1000), 3),
    }
    traced, untraced = [], []
    for _ in range(2):
        for traced_flag, times in ((False, untraced), (True, traced)):
            started = time.perf_counter()
            agent_run(call, prompt, 3, traced_flag, params)
            times.append(time.perf_counter() - started)
    real = {
        "bench": "tracing", "scenario": "real_run", "turns": 3, "runs": 2,
        "traced_s": round(statistics.median(traced), 3),
        "untraced_s": round(statistics.median(untraced), 3),
        "ratio": round(statistics.median(traced) / statistics.median(untraced), 3),
    }
    return [vs_turn, real]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="Repetitions of the scripted run.")
    parser.add_argument("--no-model", action="store_true", help="Skip the embedded-model scenarios.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as trace_dir:
        setup_tracing(TracingConfig(trace_dir=Path(trace_dir)))
        scripted = bench_scripted(args.runs)
        print(json.dumps(scripted), flush=True)
        if not args.no_model:
            for line in bench_model(args.runs, scripted["tracing_ms_per_turn"]):
                print(json.dumps(line), flush=True)
        shutdown_tracing()


if __name__ == "__main__":
    main()
