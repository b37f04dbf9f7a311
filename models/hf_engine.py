"""The reference engine: transformers `generate()` behind the same API as ours.

It is the baseline of every benchmark and the oracle of the greedy-equality test, so it
adds nothing clever: one prompt at a time under a lock, HF's own cache. Logprobs are the
model's (temperature-scaled) log-probabilities of the chosen tokens, recomputed by one
teacher-forced forward pass so sampling, beams and streaming report them the same way.
"""

import queue
import threading
import time
from collections.abc import Iterator

import torch
from transformers import LogitsProcessor as HFLogitsProcessor
from transformers import LogitsProcessorList, StoppingCriteria, StoppingCriteriaList
from transformers.generation.streamers import BaseStreamer

from loopwright.models.local_model import LocalModel
from loopwright.models.lora_deltas import LoraFactors
from loopwright.models.output import CompletionBuilder
from loopwright.models.requests import Prompt, params_per_prompt, prompt_ids
from loopwright.models.sampling import GenerationResult, SamplingParams, StreamDelta


class HFEngine:
    """Implements `loopwright.models.Engine` through `hf_model.generate()`; thread-safe by
    serialising calls."""

    def __init__(self, local: LocalModel):
        self.local = local
        self._lock = threading.Lock()
        self._adapter_base: dict[str, torch.Tensor] = {}
        """Weights as they were before an adapter was merged into them (update_adapter)."""
        self._stats = {"prefilled_tokens": 0, "cached_tokens": 0, "preemptions": 0}

    @property
    def stats(self) -> dict[str, int]:
        return dict(self._stats)

    def generate(
        self, prompts: list[Prompt], params: SamplingParams | list[SamplingParams] | None = None,
        cancel: threading.Event | None = None,
    ) -> list[GenerationResult]:
        all_params = params_per_prompt(prompts, params)
        return [self._generate_one(prompt_ids(self.local, p), sp, cancel)
                for p, sp in zip(prompts, all_params, strict=True)]

    def stream(self, prompt: Prompt, params: SamplingParams | None = None) -> Iterator[StreamDelta]:
        params = params or SamplingParams()
        if params.n != 1 or params.num_beams != 1:
            raise ValueError("stream() takes n=1 and num_beams=1")
        ids = prompt_ids(self.local, prompt)
        tokens: queue.Queue[int | None] = queue.Queue()
        stop = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            try:
                with self._lock:
                    self._hf_generate(ids, params, streamer=_QueueStreamer(tokens), abort=stop)
            except BaseException as exc:  # re-raised in the consumer's thread
                failure.append(exc)
            finally:
                tokens.put(None)

        worker = threading.Thread(target=run, daemon=True, name="hf-stream")
        worker.start()
        builder = CompletionBuilder(self.local.tokenizer, params, self.local.eos_token_ids)
        context = list(ids)
        try:
            while (token := tokens.get()) is not None and not builder.finished:
                context.append(token)
                logprob = self._token_logprobs(context, 1, params.temperature)[0]
                yield builder.append(token, logprob)
            if failure:
                raise failure[0]
        finally:
            stop.set()
            worker.join()

    def update_weights(self, state_dict: dict[str, torch.Tensor]) -> None:
        """New weights end the adapter served over the old ones (as in our engine)."""
        with self._lock, torch.no_grad():
            params = self.local.hf_model.state_dict()
            unknown = [name for name in state_dict if name not in params]
            if unknown:
                raise KeyError(f"unknown parameter {unknown[0]!r}")
            for name, base in self._adapter_base.items():
                params[name].copy_(base)
            self._adapter_base.clear()
            for name, tensor in state_dict.items():
                params[name].copy_(tensor)

    def update_adapter(self, factors: LoraFactors | None) -> None:
        """transformers' generate has no low-rank path here, so the adapter is merged:
        W + scaling * B @ A over each weight as it was before the first adapter (kept then)."""
        factors = factors or {}
        with self._lock, torch.no_grad():
            params = self.local.hf_model.state_dict()
            unknown = [name for name in factors if name not in params]
            if unknown:
                raise KeyError(f"an adapter for a weight the model does not have: {unknown[0]!r}")
            for name in factors:
                self._adapter_base.setdefault(name, params[name].detach().clone())
            for name, base in self._adapter_base.items():
                if name in factors:
                    a, b, scaling = factors[name]
                    params[name].copy_(base + scaling * (b @ a).to(base.dtype))
                else:
                    params[name].copy_(base)

    def _generate_one(self, ids: list[int], params: SamplingParams,
                      cancel: threading.Event | None = None) -> GenerationResult:
        start = time.perf_counter()
        with self._lock:
            queued = time.perf_counter() - start
            sequences = self._hf_generate(ids, params, abort=cancel)
            completions = []
            for row in sequences[: params.n]:
                new = row[len(ids):].tolist()
                builder = CompletionBuilder(self.local.tokenizer, params, self.local.eos_token_ids)
                logprobs = self._token_logprobs(ids + new, len(new), params.temperature)
                for token, logprob in zip(new, logprobs, strict=True):
                    builder.append(token, logprob)
                    if builder.finished:
                        break
                if not builder.finished:
                    builder.abort()
                completions.append(builder.completion())
            self._stats["prefilled_tokens"] += len(ids)
        total = time.perf_counter() - start
        return GenerationResult(list(ids), completions, prefilled_tokens=len(ids),
                                timings={"queue": queued, "total": total})

    @torch.inference_mode()
    def _hf_generate(self, ids: list[int], params: SamplingParams, streamer: BaseStreamer | None = None,
                     abort: threading.Event | None = None) -> torch.Tensor:
        model, tokenizer = self.local.hf_model, self.local.tokenizer
        if params.presence_penalty or params.frequency_penalty:
            raise ValueError("the HF reference engine has no presence or frequency penalty; use our engine")
        sampled = params.temperature > 0 and params.num_beams == 1
        if params.seed is not None:
            torch.manual_seed(params.seed)
        kwargs = dict(
            max_new_tokens=params.max_new_tokens,
            do_sample=sampled,
            num_beams=params.num_beams,
            num_return_sequences=params.n,
            repetition_penalty=params.repetition_penalty,
            eos_token_id=sorted(set(self.local.eos_token_ids) | set(params.stop_token_ids)),
            pad_token_id=tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id,
        )
        if sampled:
            kwargs.update(temperature=params.temperature, top_k=params.top_k or None, top_p=params.top_p,
                          min_p=params.min_p or None)
        else:
            kwargs.update(temperature=None, top_k=None, top_p=None)
        if params.ignore_eos:
            kwargs["min_new_tokens"] = params.max_new_tokens
        if params.stop:
            kwargs.update(stop_strings=list(params.stop), tokenizer=tokenizer)
        if params.logits_processor is not None:
            kwargs["logits_processor"] = LogitsProcessorList([_HFAdapter(params.logits_processor, len(ids))])
        if abort is not None:
            kwargs["stopping_criteria"] = StoppingCriteriaList([_AbortCriteria(abort)])
        input_ids = torch.tensor([ids])
        return model.generate(input_ids, attention_mask=torch.ones_like(input_ids), streamer=streamer, **kwargs)

    @torch.inference_mode()
    def _token_logprobs(self, ids: list[int], num_new: int, temperature: float) -> list[float]:
        """Log-probabilities of the last `num_new` tokens of `ids` given what precedes them."""
        if num_new == 0:
            return []
        logits = self.local.hf_model(torch.tensor([ids])).logits[0, -num_new - 1 : -1].float()
        if temperature > 0:
            logits = logits / temperature
        chosen = torch.tensor(ids[-num_new:]).unsqueeze(1)
        return torch.log_softmax(logits, dim=-1).gather(1, chosen).squeeze(1).tolist()


class _HFAdapter(HFLogitsProcessor):
    """Our per-row `LogitsProcessor` (completion ids, logits[vocab]) as an HF batch processor."""

    def __init__(self, fn, prompt_len: int):
        self.fn, self.prompt_len = fn, prompt_len

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        rows = [self.fn(row[self.prompt_len:].tolist(), s) for row, s in zip(input_ids, scores, strict=True)]
        return torch.stack(rows)


class _AbortCriteria(StoppingCriteria):
    def __init__(self, abort: threading.Event):
        self.abort = abort

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor, **kwargs) -> torch.Tensor:
        return torch.full((input_ids.shape[0],), self.abort.is_set(), dtype=torch.bool)


class _QueueStreamer(BaseStreamer):
    """Hands each new token id to the consuming thread; the first `put` is the prompt."""

    def __init__(self, out: "queue.Queue[int | None]"):
        self.out, self.seen_prompt = out, False

    def put(self, value: torch.Tensor) -> None:
        if not self.seen_prompt:
            self.seen_prompt = True
            return
        for token in value.reshape(-1).tolist():
            self.out.put(token)

    def end(self) -> None:
        pass
