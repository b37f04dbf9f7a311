"""Our engine: continuous batching over a paged KV cache with prefix reuse.

Callers in any thread submit `Request`s; one background thread runs `step()` while there
is work, so concurrent agent turns and the samples of a rollout group share every
decode step. `update_weights` takes the same lock as a step, so weights change between
steps, never during one.
"""

import logging
import threading
import time
from collections.abc import Iterator

import torch
from loopwright.kernels.cpu_extension import CPUKernelsUnavailable, kernels_enabled
from loopwright.models.block_manager import KVBlockManager
from loopwright.models.config import EngineConfig
from loopwright.models.gguf_weights import read_quantized_matrices
from loopwright.models.llama import LlamaForward
from loopwright.models.local_model import LocalModel
from loopwright.models.model_runner import ModelRunner
from loopwright.models.requests import Prompt, Request, params_per_prompt, prompt_ids
from loopwright.models.sampler import needs_processing, process_logits, sample
from loopwright.models.sampling import GenerationResult, SamplingParams, StreamDelta
from loopwright.models.scheduler import ScheduledBatch, Scheduler
from loopwright.models.sequence import Sequence, SequenceStatus

log = logging.getLogger(__name__)


class Engine:
    """`generate` / `stream` / `update_weights` over our forward; see the module docstring."""

    def __init__(self, local: LocalModel, config: EngineConfig | None = None):
        self.local = local
        self.config = config or EngineConfig()
        self.forward = LlamaForward(local.hf_config, local.hf_model.state_dict(), local.dtype)
        self._use_gguf_blocks()
        self.runner = ModelRunner(self.forward, self.config)
        self.blocks = KVBlockManager(self.runner.num_blocks, self.config.block_size, self.config.enable_prefix_caching)
        self.scheduler = Scheduler(self.config, self.blocks)
        self.max_model_len = min(self.config.max_model_len or 1 << 62, local.hf_config.max_position_embeddings)
        self._stats = {"prefilled_tokens": 0, "cached_tokens": 0, "decode_tokens": 0, "steps": 0}
        self._step_lock = threading.Lock()
        self._wake = threading.Condition()
        self._incoming: list[Request] = []
        self._requests: list[Request] = []
        self._thread: threading.Thread | None = None

    def _use_gguf_blocks(self) -> None:
        """Decode from the GGUF's own blocks when the weights came from one (kernels.gguf_matmul)."""
        if not self.local.gguf_path or not kernels_enabled():
            return
        try:
            adopted = self.forward.adopt_quantized(read_quantized_matrices(self.local.gguf_path, self.local.hf_config))
        except CPUKernelsUnavailable as exc:
            log.warning("decoding from dense weights: %s", exc)
            return
        log.info("%d matrices decode from the GGUF blocks of %s", adopted, self.local.gguf_path)

    @property
    def stats(self) -> dict:
        return {**self._stats, "quantized_matrices": self.forward.num_quantized(), "preemptions": self.scheduler.num_preemptions,
                "free_blocks": self.blocks.num_free_blocks, "num_blocks": self.runner.num_blocks}

    # -- public API --------------------------------------------------------------------

    def generate(
        self, prompts: list[Prompt], params: SamplingParams | list[SamplingParams] | None = None
    ) -> list[GenerationResult]:
        """Completions of every prompt; blocks until all are done (thread-safe)."""
        all_params = params_per_prompt(prompts, params)
        requests = [self._make_request(p, sp, streaming=False) for p, sp in zip(prompts, all_params, strict=True)]
        self._submit(requests)
        for request in requests:
            request.done.wait()
        return [r.result() for r in requests]

    def stream(self, prompt: Prompt, params: SamplingParams | None = None) -> Iterator[StreamDelta]:
        """Deltas of one sample as they are decoded; closing the iterator aborts the request."""
        params = params or SamplingParams()
        if params.n != 1 or params.num_beams != 1:
            raise ValueError("stream() takes n=1 and num_beams=1")
        request = self._make_request(prompt, params, streaming=True)
        return self._stream(request)

    def _stream(self, request: Request) -> Iterator[StreamDelta]:
        self._submit([request])
        try:
            while (delta := request.deltas.get()) is not None:
                yield delta
            request.result()  # raises if the step loop failed
        finally:
            if not request.done.is_set():
                request.aborted = True
                with self._wake:
                    self._wake.notify()

    def update_weights(self, state_dict: dict[str, torch.Tensor]) -> None:
        """Copies HF-named weights into our forward between two steps; drops the prefix cache."""
        with self._step_lock:
            self.forward.load(state_dict, require_all=False)
            self.blocks.reset_prefix_cache()

    # -- request intake ----------------------------------------------------------------

    def _make_request(self, prompt: Prompt, params: SamplingParams, streaming: bool) -> Request:
        ids = prompt_ids(self.local, prompt)
        if len(ids) >= self.max_model_len:
            raise ValueError(f"prompt of {len(ids)} tokens does not fit the model's {self.max_model_len}-token context")
        longest = min(len(ids) + params.max_new_tokens, self.max_model_len)
        # beams advance together, so all of them must fit at once
        needed = (longest + self.config.block_size - 1) // self.config.block_size * params.num_beams
        if needed > self.runner.num_blocks:
            raise ValueError(
                f"prompt + max_new_tokens ({longest} tokens) x {params.num_beams} beam(s) exceeds the KV cache "
                f"({self.runner.num_blocks * self.config.block_size} tokens); raise EngineConfig.kv_cache_mb"
            )
        return Request(ids, params, self.local, streaming)

    def _submit(self, requests: list[Request]) -> None:
        with self._wake:
            self._incoming.extend(requests)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, daemon=True, name="loopwright-engine")
                self._thread.start()
            self._wake.notify()

    def _loop(self) -> None:
        while True:
            with self._wake:
                while not self._incoming and not self.scheduler.has_work():
                    self._wake.wait()
                for request in self._incoming:
                    self._admit(request)
                self._incoming.clear()
            with self._step_lock:
                try:
                    self._drop_aborted()
                    self.step()
                except Exception as exc:  # fail the requests in flight, keep serving new ones
                    self._fail_all(exc)

    def _admit(self, request: Request) -> None:
        seq = Sequence(request.prompt_ids, request, request.new_builder(), request.generator(0))
        request.live.append(seq)
        self._requests.append(request)
        self.scheduler.add(seq)

    # -- the step ----------------------------------------------------------------------

    def step(self) -> None:
        """One engine iteration: admit, run one forward, sample, retire."""
        batch = self.scheduler.schedule()  # prefill of new sequences, or one decode row each
        if not batch.seqs:
            return
        self.runner.copy_blocks(self._take_copies())
        logits = self.runner.run(batch.seqs, batch.is_prefill)  # [rows, vocab]
        self._record_computed(batch)
        self._sample_and_append(batch, logits)

    def _take_copies(self) -> list[tuple[int, int]]:
        copies, self.blocks.pending_copies = self.blocks.pending_copies, []
        return copies

    def _record_computed(self, batch: ScheduledBatch) -> None:
        now = time.perf_counter()
        for seq in batch.seqs:
            if batch.is_prefill:
                new = seq.num_new_tokens
                self._stats["prefilled_tokens"] += new
                self._stats["cached_tokens"] += seq.num_cached_tokens
                if "scheduled" not in seq.request.times:
                    seq.request.times["scheduled"] = now
                    seq.request.prefilled_tokens = new
            seq.num_cached_tokens = len(seq)
            self.blocks.register_computed(seq)
        self._stats["steps"] += 1
        self._stats["decode_tokens"] += 0 if batch.is_prefill else len(batch.seqs)

    def _sample_and_append(self, batch: ScheduledBatch, logits: torch.Tensor) -> None:
        """Beam rows wait for their group; the others (n-sample forks expanded) sample in one batch."""
        rows: list[tuple[Sequence, int]] = []
        beam_requests: list[Request] = []
        for i, seq in enumerate(batch.seqs):
            request = seq.request
            if request.beam is not None:
                seq.parked_logits = logits[i]
                if request not in beam_requests:
                    beam_requests.append(request)
            elif request.needs_fork:
                rows += [(s, i) for s in self._fork_samples(seq)]
            else:
                rows.append((seq, i))
        seqs, picked = self._processed_rows(rows, logits, len(batch.seqs))
        if seqs:
            tokens, logprobs = sample(picked, [s.request.params for s in seqs], [s.generator for s in seqs])
            for seq, token, logprob in zip(seqs, tokens, logprobs, strict=True):
                self._append(seq, token, logprob)
        for request in beam_requests:
            try:
                self._beam_step(request)
            except Exception as exc:  # a broken logits processor fails only its own request
                self._fail(request, exc)

    def _processed_rows(
        self, rows: list[tuple[Sequence, int]], logits: torch.Tensor, batch_size: int
    ) -> tuple[list[Sequence], torch.Tensor]:
        """The rows' logits [rows, vocab] after penalties and processors; a request whose
        processor raises fails alone instead of failing the whole batch."""
        indices = [i for _, i in rows]
        if not any(needs_processing(s.request.params) for s, _ in rows):
            return [s for s, _ in rows], logits if indices == list(range(batch_size)) else logits[indices]
        seqs, kept = [], []
        for seq, i in rows:
            if seq.request.error is not None:
                continue
            row = logits[i]
            if needs_processing(seq.request.params):
                try:
                    row = process_logits(row, seq.request.params, seq.token_ids, seq.completion_ids)
                except Exception as exc:
                    self._fail(seq.request, exc)
                    continue
            seqs.append(seq)
            kept.append(row)
        return seqs, torch.stack(kept) if kept else logits[:0]

    def _fork_samples(self, parent: Sequence) -> list[Sequence]:
        """The n samples of a prompt: children share the parent's prompt blocks (copy-on-write)."""
        request = parent.request
        request.needs_fork = False
        family = [parent]
        for index in range(1, request.params.n):
            child = parent.fork()
            child.builder, child.generator = request.new_builder(), request.generator(index)
            child.sample_index = index
            self.blocks.fork(parent, child)
            self.scheduler.running.append(child)
            request.live.append(child)
            family.append(child)
        return family

    def _beam_step(self, request: Request) -> None:
        beams = request.live
        if any(s.parked_logits is None for s in beams):
            return  # a preempted beam is being prefilled again
        choices, done = request.beam.select(beams)
        targets: list[Sequence] = []
        used: set[int] = set()
        for choice in choices:
            if choice.source.seq_id in used:
                twin = choice.source.fork()
                self.blocks.fork(choice.source, twin)
                self.scheduler.running.append(twin)
                targets.append(twin)
            else:
                used.add(choice.source.seq_id)
                targets.append(choice.source)
        for seq in beams:
            seq.parked_logits = None
            if seq.seq_id not in used:
                self.scheduler.finish(seq)
        request.live = targets
        for seq, choice in zip(targets, choices, strict=True):
            seq.token_ids.append(choice.token)
            seq.builder.append(choice.token, choice.logprob)
            seq.beam_score = choice.score
        if done:
            for seq in targets:
                self.scheduler.finish(seq)
            request.live = []
            self._complete(request)

    def _append(self, seq: Sequence, token: int, logprob: float) -> None:
        request = seq.request
        request.times.setdefault("first_token", time.perf_counter())
        seq.token_ids.append(token)
        delta = seq.builder.append(token, logprob)
        if not seq.builder.finished and len(seq) >= self.max_model_len:
            seq.builder.finish_reason = "length"
            delta.finish_reason = "length"
            delta.text += seq.builder.text[seq.builder.emitted:]
            seq.builder.emitted = len(seq.builder.text)
        if request.deltas is not None:
            request.deltas.put(delta)
        if seq.builder.finished:
            self._retire(seq)

    def _retire(self, seq: Sequence) -> None:
        request = seq.request
        self.scheduler.finish(seq)
        request.live.remove(seq)
        request.completions[seq.sample_index] = seq.builder.completion()
        if not request.live and not request.needs_fork:
            self._complete(request)

    def _complete(self, request: Request) -> None:
        request.times["done"] = time.perf_counter()
        if request in self._requests:
            self._requests.remove(request)
        if request.deltas is not None:
            request.deltas.put(None)
        request.done.set()

    def _drop_aborted(self) -> None:
        for request in [r for r in self._requests if r.aborted]:
            for seq in list(request.live):
                seq.builder.abort()
                self._retire(seq)
            if not request.done.is_set():
                self._complete(request)

    def _fail(self, request: Request, exc: BaseException) -> None:
        for seq in request.live:
            if seq.status is not SequenceStatus.FINISHED:
                self.scheduler.finish(seq)
        request.live = []
        request.error = exc
        self._complete(request)

    def _fail_all(self, exc: BaseException) -> None:
        for request in list(self._requests):
            self._fail(request, exc)
