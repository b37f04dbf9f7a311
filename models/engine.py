"""Our engine: continuous batching over a paged KV cache with prefix reuse.

The parts, one job each: the scheduler picks the batch and owns every sequence
(scheduler.py), the model runner runs the forward over the paged cache (model_runner.py),
the sampling policy picks each sequence's token (sampling_policy.py), and the request
front takes callers' requests from any thread and calls `step` in one background thread
(request_front.py). `PagedEngine` wires them and is what `make_engine(kind="ours")` returns.
"""

import logging
import threading
from collections.abc import Iterator
from dataclasses import replace

import torch

from loopwright.kernels import CPUKernelsUnavailable, exact_gguf_matmul, kernels_enabled
from loopwright.models.block_manager import KVBlockManager
from loopwright.models.config import EngineConfig
from loopwright.models.gguf_weights import read_quantized_matrices
from loopwright.models.llama import LlamaForward
from loopwright.models.local_model import LocalModel
from loopwright.models.lora_deltas import LoraFactors
from loopwright.models.model_runner import ModelRunner
from loopwright.models.request_front import RequestFront
from loopwright.models.requests import Prompt, Request
from loopwright.models.sampling import GenerationResult, SamplingParams, StreamDelta
from loopwright.models.sampling_policy import SamplingPolicy
from loopwright.models.scheduler import Scheduler

log = logging.getLogger(__name__)


class PagedEngine:
    """Implements `loopwright.models.Engine` over our forward; see the module docstring."""

    def __init__(self, local: LocalModel, config: EngineConfig | None = None):
        self.local = local
        self.config = config or EngineConfig()
        self.forward = LlamaForward(local.hf_config, local.hf_model.state_dict(), local.dtype)
        decode_from_gguf_blocks(self.forward, local)
        self.forward.prepare()
        self.runner = ModelRunner(self.forward, self.config)
        self.blocks = KVBlockManager(self.runner.num_blocks, self.config.block_size, self.config.enable_prefix_caching)
        max_model_len = min(self.config.max_model_len or 1 << 62, local.hf_config.max_position_embeddings)
        self.scheduler = Scheduler(self.config, self.blocks, max_model_len)
        self.sampling = SamplingPolicy(self.scheduler)
        self.front = RequestFront(local, self.scheduler, self.step)

    def step(self) -> list[Request]:
        """One engine iteration: schedule, run one forward, sample, commit; the requests completed."""
        batch = self.scheduler.schedule()             # prefill of admitted sequences, or decode rows and drafts
        if not batch.seqs:
            return []                                 # every running sequence is a beam waiting for its group
        logits = self.runner.run(batch)               # [rows, vocab] fp32: a row per sequence and draft token
        self.scheduler.mark_computed(batch)           # their KV is cached: full blocks become reusable prefixes
        chosen = self.sampling.choose(batch, logits)  # plain rows sampled, n samples forked, beams selected
        return self.scheduler.commit(chosen)          # tokens appended, finished samples retired, blocks freed

    # -- the Engine protocol -------------------------------------------------------------

    def generate(
        self, prompts: list[Prompt], params: SamplingParams | list[SamplingParams] | None = None,
        cancel: threading.Event | None = None,
    ) -> list[GenerationResult]:
        return self.front.generate(prompts, params, cancel)

    def stream(self, prompt: Prompt, params: SamplingParams | None = None) -> Iterator[StreamDelta]:
        return self.front.stream(prompt, params)

    def update_weights(self, state_dict: dict[str, torch.Tensor]) -> None:
        """Copies HF-named weights into our forward between two steps; drops the prefix cache."""
        with self.front.between_steps():
            self.forward.load(state_dict, require_all=False)
            self.blocks.reset_prefix_cache()

    def update_adapter(self, factors: LoraFactors | None) -> None:
        """Serves a LoRA adapter beside the weights between two steps (None: none); the weights
        and their GGUF blocks stay as they are, so decoding keeps its fast path. Drops the
        prefix cache, whose keys and values came from the previous adapter."""
        with self.front.between_steps():
            self.forward.set_adapter(factors)
            self.blocks.reset_prefix_cache()

    @property
    def stats(self) -> dict[str, int]:
        counters = self.scheduler.counters
        return {"prefilled_tokens": counters.prefilled_tokens, "cached_tokens": counters.cached_tokens,
                "decode_tokens": counters.decode_tokens, "draft_tokens": counters.draft_tokens,
                "accepted_draft_tokens": counters.accepted_draft_tokens, "steps": counters.steps,
                "prefill_steps": counters.prefill_steps,
                "quantized_matrices": self.forward.num_quantized(), "preemptions": counters.preemptions,
                "free_blocks": self.blocks.num_free_blocks, "num_blocks": self.runner.num_blocks,
                "running_seqs": len(self.scheduler.running), "waiting_seqs": len(self.scheduler.waiting)}


def decode_from_gguf_blocks(forward: LlamaForward, local: LocalModel) -> None:
    """Decodes from the GGUF's own blocks when the weights came from one and the CPU kernels run:
    with int8 activations, or fp32 ones where LOOPWRIGHT_GGUF_MATMUL=exact (kernels.exact_gguf_matmul)."""
    if not local.gguf_path or not kernels_enabled():
        return
    exact = exact_gguf_matmul()
    try:
        matrices = read_quantized_matrices(local.gguf_path, local.hf_config)
        adopted = forward.adopt_quantized({name: replace(m, exact=exact) for name, m in matrices.items()})
    except CPUKernelsUnavailable as exc:
        log.warning("decoding from dense weights: %s", exc)
        return
    log.info("%d matrices decode from the GGUF blocks of %s (%s activations)", adopted, local.gguf_path,
             "fp32" if exact else "int8")
