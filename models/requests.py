"""Normalising what callers pass to `generate`: prompts to ids, params to one per prompt."""

from loopwright.models.local_model import LocalModel
from loopwright.models.sampling import SamplingParams

Prompt = str | list[int]


def prompt_ids(local: LocalModel, prompt: Prompt) -> list[int]:
    """A str is tokenized as-is (no chat template); a list of ids is used unchanged."""
    ids = local.tokenizer(prompt)["input_ids"] if isinstance(prompt, str) else list(prompt)
    if not ids:
        raise ValueError("empty prompt: give at least one token")
    vocab = local.hf_config.vocab_size
    if any(not 0 <= i < vocab for i in ids):
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
