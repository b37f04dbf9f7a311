"""`Engine`: what every generation backend offers, so callers never depend on which one runs.

Our paged engine (`models/engine.py`) and transformers' `generate()` (`models/hf_engine.py`)
both implement it; `make_engine` chooses one. The agent, the chat model, the TUI, training
and the CLI hold an `Engine` and use nothing else of it.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    import threading

    import torch

    from loopwright.models.lora_deltas import LoraFactors
    from loopwright.models.requests import Prompt
    from loopwright.models.sampling import GenerationResult, SamplingParams, StreamDelta


@runtime_checkable
class Engine(Protocol):
    def generate(
        self, prompts: "list[Prompt]", params: "SamplingParams | list[SamplingParams] | None" = None,
        cancel: "threading.Event | None" = None,
    ) -> "list[GenerationResult]":
        """Completions of every prompt (n samples each); blocks until all are done; thread-safe.

        A str prompt is tokenized as-is, chat messages go through the chat template, a list
        of ids is used unchanged. One SamplingParams applies to all prompts, a list to each.
        Setting `cancel` aborts what is still running (finish reason "abort"), so a caller
        whose client left frees the engine without waiting for the whole answer.
        """
        ...

    def stream(self, prompt: "Prompt", params: "SamplingParams | None" = None) -> "Iterator[StreamDelta]":
        """Deltas of one sample (n=1, num_beams=1) as decoded; closing the iterator aborts it."""
        ...

    def update_weights(self, state_dict: "dict[str, torch.Tensor]") -> None:
        """Copies HF-named tensors into the served weights between two generation steps."""
        ...

    def update_adapter(self, factors: "LoraFactors | None") -> None:
        """Serves a LoRA adapter (HF weight name -> (A, B, scaling)) over the loaded weights
        between two generation steps, replacing the previous one; None: the weights alone."""
        ...

    @property
    def stats(self) -> dict[str, int]:
        """Counters since start; at least 'prefilled_tokens', 'cached_tokens', 'preemptions'."""
        ...
