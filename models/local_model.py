"""A loaded model: tokenizer, config and HF weights, plus the chat template as token ids.

The engine, the HF reference path, the agent and the trainer all take a `LocalModel`, so the
exact ids fed to the model come from one place (`chat_template_ids`) and are recorded as-is.
"""

import contextlib
import json
from dataclasses import dataclass, field
from typing import Any

import torch
from transformers import PretrainedConfig, PreTrainedModel, PreTrainedTokenizerBase

from loopwright.models.constrained import GrammarCache


@dataclass
class LocalModel:
    name: str
    """Short name for logs and traces, e.g. 'smollm2-135m' or a directory's basename."""
    tokenizer: PreTrainedTokenizerBase
    """The model's tokenizer with `eos_token_id` set."""
    hf_config: PretrainedConfig
    """The transformers config the weights were built from."""
    hf_model: PreTrainedModel
    """The transformers module in eval mode; the reference forward and the weight source."""
    source: str = ""
    """Where the weights came from (a path or hub id), for error messages and `--help`."""
    gguf_path: str | None = None
    """The GGUF file the weights were de-quantized from; our engine decodes from its blocks."""
    grammars: GrammarCache = field(default_factory=GrammarCache, repr=False, compare=False)
    """Constrained-decoding grammars over this tokenizer, shared by every chat model on it,
    so a tool set's first build (~1.8 s) is paid once per process."""

    @property
    def dtype(self) -> torch.dtype:
        return self.hf_model.dtype

    @property
    def eos_token_ids(self) -> list[int]:
        """Every id that ends a completion: the tokenizer's EOS and the generation config's."""
        ids = {self.tokenizer.eos_token_id}
        gen_eos = getattr(self.hf_model.generation_config, "eos_token_id", None)
        ids.update(gen_eos if isinstance(gen_eos, list) else [gen_eos])
        return sorted(i for i in ids if i is not None)

    @property
    def supports_tools_in_template(self) -> bool:
        """Whether the chat template renders a `tools` argument itself (Qwen, Llama 3)."""
        template = self.tokenizer.chat_template or ""
        return "tools" in template

    def chat_template_ids(
        self,
        messages: list[dict[str, Any]],
        tools: list[dict[str, Any]] | None = None,
        add_generation_prompt: bool = True,
    ) -> list[int]:
        """Token ids of OpenAI-style messages rendered by the model's chat template.

        Templates without tool support (SmolLM2) get the tools as a Hermes-style system
        block and assistant tool calls as `<tool_call>` text, so every model sees tools.
        """
        messages = [_normalise(m, self.supports_tools_in_template) for m in messages]
        kwargs: dict[str, Any] = {}
        if tools and self.supports_tools_in_template:
            kwargs["tools"] = tools
        elif tools:
            messages = _with_tools_system_block(messages, tools)
        ids = self.tokenizer.apply_chat_template(
            messages, add_generation_prompt=add_generation_prompt, tokenize=True,
            return_dict=False, **kwargs,
        )
        return list(ids)


def _normalise(message: dict[str, Any], template_has_tools: bool) -> dict[str, Any]:
    """Content None becomes '' and, for templates without tools, tool calls become text."""
    out = dict(message)
    out["content"] = out.get("content") or ""
    calls = out.get("tool_calls")
    if calls and not template_has_tools:
        rendered = [_tool_call_text(c) for c in calls]
        out["content"] = "\n".join([out["content"], *rendered]).strip()
        out.pop("tool_calls")
    return out


def _tool_call_text(call: dict[str, Any]) -> str:
    fn = call.get("function", call)
    args = fn.get("arguments", {})
    if isinstance(args, str):
        with contextlib.suppress(json.JSONDecodeError):
            args = json.loads(args)
    return "<tool_call>\n" + json.dumps({"name": fn.get("name"), "arguments": args}) + "\n</tool_call>"


TOOLS_SYSTEM_BLOCK = (
    "You may call one or more functions to assist with the user query.\n\n"
    "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
    "{tools}\n</tools>\n\n"
    "For each function call, return a json object with function name and arguments within "
    "<tool_call></tool_call> XML tags:\n<tool_call>\n"
    '{{"name": <function-name>, "arguments": <args-json-object>}}\n</tool_call>'
)


def _with_tools_system_block(
    messages: list[dict[str, Any]], tools: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    block = TOOLS_SYSTEM_BLOCK.format(tools="\n".join(json.dumps(t) for t in tools))
    if messages and messages[0]["role"] == "system":
        first = {**messages[0], "content": messages[0]["content"] + "\n\n" + block}
        return [first, *messages[1:]]
    return [{"role": "system", "content": block}, *messages]
