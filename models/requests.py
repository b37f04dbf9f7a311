"""What callers ask of an engine: prompts to ids, params per prompt, and the in-flight `Request`."""

import queue
import threading
import time

import torch

from loopwright.models.beam import BeamSearch
from loopwright.models.local_model import LocalModel
from loopwright.models.output import CompletionBuilder
from loopwright.models.sampling import Completion, GenerationResult, SamplingParams, StreamDelta
from loopwright.models.sequence import Sequence

Prompt = str | list[int] | list[dict]


def prompt_ids(local: LocalModel, prompt: Prompt) -> list[int]:
    """A str is tokenized as-is (no chat template); chat messages ({"role", "content"} dicts)
    go through the model's chat template with the generation prompt; ids are used unchanged."""
    if isinstance(prompt, str):
        ids = local.tokenizer(prompt)["input_ids"]
    elif prompt and all(isinstance(m, dict) for m in prompt):
        ids = local.chat_template_ids(prompt)
    else:
        ids = list(prompt)
    if not ids:
        raise ValueError("empty prompt: give at least one token")
    vocab = local.hf_config.vocab_size
    if any(not isinstance(i, int) or not 0 <= i < vocab for i in ids):
        raise ValueError(f"prompt token ids must be in [0, {vocab})")
    return ids


def params_per_prompt(
    prompts: list[Prompt], params: SamplingParams | list[SamplingParams] | None
) -> list[SamplingParams]:
    if params is None:
        return [SamplingParams() for _ in prompts]
    if isinstance(params, SamplingParams):
        return [params] * len(prompts)
    if len(params) != len(prompts):
        raise ValueError(f"{len(params)} SamplingParams for {len(prompts)} prompts")
    return list(params)


class Request:
    """One prompt with its params: its live sequences, finished samples and the caller's wait.

    The caller's thread creates it, waits on `done` (or reads `deltas`) and may `abort` it;
    the engine thread moves it through its life with the methods below.
    """

    def __init__(self, ids: list[int], params: SamplingParams, local: LocalModel, streaming: bool):
        self.prompt_ids = ids
        self.params = params
        self.local = local
        self.deltas: queue.Queue[StreamDelta | None] | None = queue.Queue() if streaming else None
        self.live: list[Sequence] = []
        """Unfinished samples (beam search: the current beams, in rank order)."""
        self.completions: dict[int, Completion] = {}
        self.beam = (BeamSearch(params.num_beams, set(local.eos_token_ids) | set(params.stop_token_ids),
                                params.max_new_tokens) if params.num_beams > 1 else None)
        self.needs_fork = params.n > 1 and self.beam is None
        """The n samples are forked from the first sequence once its prompt is prefilled."""
        self.aborted = False
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.prefilled_tokens = 0
        self.times = {"submit": time.perf_counter()}

    def new_builder(self) -> CompletionBuilder:
        return CompletionBuilder(self.local.tokenizer, self.params, self.local.eos_token_ids)

    def generator(self, sample_index: int) -> torch.Generator | None:
        if self.params.seed is None:
            return None
        return torch.Generator().manual_seed(self.params.seed + sample_index)

    # -- the caller's side ---------------------------------------------------------------

    def abort(self) -> None:
        """Asks the engine to stop this request at its next step (a closed stream)."""
        self.aborted = True

    def result(self) -> GenerationResult:
        if self.error is not None:
            raise RuntimeError(f"generation failed: {self.error}") from self.error
        t = self.times
        first = t.get("first_token", t["done"])
        timings = {"queue": t.get("scheduled", first) - t["submit"], "prefill": first - t.get("scheduled", first),
                   "decode": t["done"] - first, "total": t["done"] - t["submit"]}
        completions = self.beam.best(self.params.n) if self.beam else [self.completions[i] for i in sorted(self.completions)]
        return GenerationResult(list(self.prompt_ids), completions, self.prefilled_tokens, timings)

    # -- the engine's side ---------------------------------------------------------------

    def start(self, first: Sequence) -> None:
        """The first sequence, made at admission."""
        self.live.append(first)

    def add_forks(self, children: list[Sequence]) -> None:
        """The other n - 1 samples, forked once the prompt is prefilled."""
        self.live += children
        self.needs_fork = False

    def set_beams(self, beams: list[Sequence]) -> None:
        self.live = beams

    def mark_admitted(self) -> None:
        """The prompt was taken into a prefill batch: the end of 'queue' in the result's timings
        (a re-admission after preemption does not move it)."""
        self.times.setdefault("scheduled", time.perf_counter())

    def mark_prefilled(self, num_prefilled_tokens: int) -> None:
        """The first forward of the prompt ran; later re-prefills (after preemption) do not count."""
        if "prefilled" not in self.times:
            self.times["prefilled"] = time.perf_counter()
            self.prefilled_tokens = num_prefilled_tokens

    def mark_token(self) -> None:
        """Times the first sampled token (the end of 'prefill' in the result's timings)."""
        if "first_token" not in self.times:
            self.times["first_token"] = time.perf_counter()

    def finish_sample(self, seq: Sequence) -> bool:
        """Records seq's completion; True when no sample is left to run."""
        self.live.remove(seq)
        self.completions[seq.sample_index] = seq.builder.completion()
        return not self.live and not self.needs_fork

    def fail(self, exc: BaseException) -> None:
        self.live = []
        self.error = exc

    def complete(self) -> None:
        """Wakes the caller: `done` is set and a stream gets its end marker."""
        self.times["done"] = time.perf_counter()
        if self.deltas is not None:
            self.deltas.put(None)
        self.done.set()
