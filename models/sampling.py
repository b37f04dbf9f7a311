"""What a caller asks of generation, and what it gets back.

These types are the contract between the engine, the HF reference path, the LangChain
adapter and the trainer; they hold plain Python data so traces can store them as-is.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import torch

LogitsProcessor = Callable[[list[int], torch.Tensor], torch.Tensor]
"""(completion token ids so far, logits [vocab]) -> logits; used to constrain decoding."""

FinishReason = Literal["stop", "length", "abort"]


@dataclass(slots=True)
class SamplingParams:
    max_new_tokens: int = 256
    """Upper bound on generated tokens per sample; finish_reason 'length' when reached."""
    temperature: float = 0.0
    """0 means greedy (argmax); logprobs are then those of the unscaled distribution."""
    top_k: int = 0
    """Keep the k most likely tokens (0 disables)."""
    top_p: float = 1.0
    """Nucleus sampling mass (1.0 disables)."""
    min_p: float = 0.0
    """Drop tokens whose probability is below min_p times the top token's (0 disables)."""
    repetition_penalty: float = 1.0
    """CTRL-style penalty on tokens already in prompt or completion (1.0 disables)."""
    presence_penalty: float = 0.0
    """OpenAI's: subtracted once from the logit of every token the completion already holds."""
    frequency_penalty: float = 0.0
    """OpenAI's: subtracted from a token's logit once per time the completion holds it."""
    stop: list[str] = field(default_factory=list)
    """Stop strings; the text is cut before the match and finish_reason is 'stop'."""
    stop_token_ids: list[int] = field(default_factory=list)
    """Extra stop tokens besides the tokenizer's EOS; the stop token is kept in token_ids."""
    seed: int | None = None
    """Per-request seed, so a sampled completion is reproducible regardless of batching."""
    logprobs: bool = True
    """Record the log-probability of each sampled token (RL needs them)."""
    n: int = 1
    """Samples per prompt; they share the prompt's KV blocks."""
    num_beams: int = 1
    """Beam search width for deterministic use (>1 implies temperature 0, n <= num_beams)."""
    ignore_eos: bool = False
    """Keep generating past EOS until max_new_tokens or a stop (benchmarks; stop_token_ids still stop)."""
    logits_processor: LogitsProcessor | None = None
    """Applied to each step's logits before sampling (constrained tool calls)."""

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise ValueError("max_new_tokens must be >= 1")
        if self.temperature < 0:
            raise ValueError("temperature must be >= 0")
        if not 0 < self.top_p <= 1:
            raise ValueError("top_p must be in (0, 1]")
        if self.n < 1 or self.num_beams < 1:
            raise ValueError("n and num_beams must be >= 1")
        if not (-2.0 <= self.presence_penalty <= 2.0 and -2.0 <= self.frequency_penalty <= 2.0):
            raise ValueError("presence_penalty and frequency_penalty must be in [-2, 2]")


@dataclass(slots=True)
class Completion:
    """One sample of one prompt."""

    token_ids: list[int]
    text: str
    logprobs: list[float]
    finish_reason: FinishReason


@dataclass(slots=True)
class GenerationResult:
    """All samples of one prompt, with the exact prompt token ids the model saw."""

    prompt_token_ids: list[int]
    completions: list[Completion]
    prefilled_tokens: int = 0
    """Prompt tokens actually run through the model (the rest came from the prefix cache)."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds: 'queue', 'prefill', 'decode', 'total'."""


@dataclass(slots=True)
class StreamDelta:
    """One generated token of a streamed request; finish_reason is set on the last one."""

    text: str
    token_id: int
    logprob: float
    finish_reason: FinishReason | None = None
