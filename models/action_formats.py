"""How the model writes actions: Hermes tool calls, ReAct text, or fenced code blocks.

Small local models rarely emit JSON tool calls unprompted but readily write a fenced code
block, so the format is chosen per model. A format renders the tools into the prompt,
renders observations back, and parses a completion into calls (`ParsedTurn`).
"""

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from loopwright.models.tool_calls import (
    InvalidCall,
    ParsedTurn,
    ToolCall,
    parse_hermes,
    render_call,
)

FormatName = Literal["tool_call", "react", "code"]


def tool_name(schema: dict[str, Any]) -> str:
    return schema.get("function", schema)["name"]


def _params(schema: dict[str, Any]) -> dict[str, Any]:
    return schema.get("function", schema).get("parameters") or {}


def main_string_param(schema: dict[str, Any]) -> str | None:
    """The parameter a bare string fills: the first required string parameter."""
    params = _params(schema)
    for name in params.get("required", []):
        if params.get("properties", {}).get(name, {}).get("type") == "string":
            return name
    return None


def _signature(schema: dict[str, Any]) -> str:
    fn = schema.get("function", schema)
    props = _params(schema).get("properties", {})
    args = ", ".join(f"{k}: {v.get('type', 'any')}" for k, v in props.items())
    return f"- {fn['name']}({args}): {fn.get('description', '').strip().splitlines()[0] if fn.get('description') else ''}"


@dataclass(frozen=True, slots=True)
class ActionFormat:
    """Base: Hermes tool calls through the chat template (the `tool_call` format)."""

    name: FormatName = "tool_call"

    @property
    def stop(self) -> list[str]:
        return []

    def template_tools(self, tools: list[dict]) -> list[dict] | None:
        """Tools passed to the chat template (None when the system prompt carries them)."""
        return tools or None

    def system_prompt(self, tools: list[dict]) -> str | None:
        return None

    def examples(self, tools: list[dict]) -> list[dict[str, str]]:
        """Few-shot turns placed after the system prompt (small models copy them closely)."""
        return []

    def observation(self, name: str, content: str, artifact: dict | None) -> dict[str, str]:
        return {"role": "tool", "content": content}

    def render_calls(self, calls: list[dict]) -> str:
        """Text of calls from an AIMessage the model did not write (another model, a user)."""
        return "\n".join(render_call(c["name"], c["args"]) for c in calls)

    def parse(self, text: str, tools: list[dict]) -> ParsedTurn:
        return parse_hermes(text)


@dataclass(frozen=True, slots=True)
class ReactFormat(ActionFormat):
    """Thought / Action / Action Input / Observation, ending with `Final Answer:`."""

    name: FormatName = "react"

    @property
    def stop(self) -> list[str]:
        return ["\nObservation:"]

    def template_tools(self, tools: list[dict]) -> list[dict] | None:
        return None

    def system_prompt(self, tools: list[dict]) -> str | None:
        names = ", ".join(tool_name(t) for t in tools)
        return (
            "You can use these tools:\n" + "\n".join(_signature(t) for t in tools) + "\n\n"
            "Use this format:\nThought: what to do next\n"
            f"Action: the tool to use, one of [{names}]\n"
            "Action Input: the arguments as a JSON object\n"
            "Observation: the tool's result (written for you)\n"
            "... repeat Thought/Action/Action Input/Observation as needed ...\n"
            "Thought: I know the answer\nFinal Answer: the answer"
        )

    def observation(self, name: str, content: str, artifact: dict | None) -> dict[str, str]:
        return {"role": "user", "content": f"Observation: {content}"}

    def render_calls(self, calls: list[dict]) -> str:
        return "\n".join(f"Action: {c['name']}\nAction Input: {json.dumps(c['args'])}" for c in calls)

    def parse(self, text: str, tools: list[dict]) -> ParsedTurn:
        turn = ParsedTurn(content=text)
        action = re.search(r"Action\s*:\s*(.+?)\s*\n+\s*Action\s*Input\s*:\s*(.*)", text, re.DOTALL)
        if action is None:
            final = re.search(r"Final\s*Answer\s*:\s*(.*)", text, re.DOTALL)
            turn.final_answer = (final.group(1) if final else text).strip()
            return turn
        name = action.group(1).strip().strip("`'\"")
        raw_input = action.group(2).split("\nObservation")[0].strip()
        schema = next((t for t in tools if tool_name(t) == name), None)
        try:
            args = json.loads(raw_input) if raw_input else {}
        except json.JSONDecodeError:
            args = None
        if not isinstance(args, dict):
            param = main_string_param(schema) if schema else None
            if param is None:
                turn.invalid.append(InvalidCall(raw=raw_input, name=name,
                                                error="Action Input must be a JSON object"))
                return turn
            args = {param: raw_input.strip("`")}
        turn.calls.append(ToolCall(name=name, arguments=args))
        return turn


_CODE_RE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\n(.*?)(?:```|\Z)", re.DOTALL)
_LANG_TOOL = {"": "bash", "bash": "bash", "sh": "bash", "shell": "bash", "console": "bash",
              "python": "python", "py": "python", "python3": "python"}


@dataclass(frozen=True, slots=True)
class CodeFormat(ActionFormat):
    """A ```bash or ```python block is the action; a reply without one is the answer."""

    name: FormatName = "code"

    @property
    def stop(self) -> list[str]:
        return ["\nObservation"]

    def template_tools(self, tools: list[dict]) -> list[dict] | None:
        return None

    def system_prompt(self, tools: list[dict]) -> str | None:
        names = {tool_name(t) for t in tools}
        langs = " or ".join(f"```{x}" for x in ("bash", "python") if x in names)
        return (
            "You are an agent working in a Linux shell in the directory /workspace.\n"
            f"To act, reply with one {langs} code block; it is run and you see its output.\n"
            "When the task is done, reply with one short sentence and no code block."
        )

    def examples(self, tools: list[dict]) -> list[dict[str, str]]:
        return [
            {"role": "user", "content": "Create a file a.txt containing 5, then finish"},
            {"role": "assistant", "content": "```bash\necho 5 > a.txt\n```"},
            self.observation("bash", "", {"exit_code": 0}),
            {"role": "assistant", "content": "Done."},
        ]

    def observation(self, name: str, content: str, artifact: dict | None) -> dict[str, str]:
        code = (artifact or {}).get("exit_code")
        head = f"Observation: exit code {code}" if code is not None else "Observation:"
        body = f"\n{content.strip()}" if content.strip() else ""
        hint = "\nIf the task is done, reply Done." if code == 0 else ""
        return {"role": "user", "content": f"{head}{body}{hint}"}

    def render_calls(self, calls: list[dict]) -> str:
        blocks = []
        for c in calls:
            code = next((v for v in c["args"].values() if isinstance(v, str)), json.dumps(c["args"]))
            blocks.append(f"```{'python' if c['name'] == 'python' else 'bash'}\n{code}\n```")
        return "\n".join(blocks)

    def parse(self, text: str, tools: list[dict]) -> ParsedTurn:
        turn = ParsedTurn(content=text)
        by_name = {tool_name(t): t for t in tools}
        for lang, code in _CODE_RE.findall(text):
            tool = _LANG_TOOL.get(lang.lower())
            if tool is None or tool not in by_name:
                have = ", ".join(f"```{x}" for x in ("bash", "python") if x in by_name)
                turn.invalid.append(InvalidCall(raw=code, name=tool,
                                                error=f"```{lang} blocks cannot run here; use {have}"))
                continue
            param = main_string_param(by_name[tool]) or "command"
            turn.calls.append(ToolCall(name=tool, arguments={param: code.strip()}))
        if not turn.calls and not turn.invalid:
            turn.final_answer = text.strip()
        return turn


FORMATS: dict[str, ActionFormat] = {f.name: f for f in (ActionFormat(), ReactFormat(), CodeFormat())}


def get_format(name: str) -> ActionFormat:
    """The format called `name`; a clear error lists the others."""
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown action format {name!r}; choose one of {', '.join(FORMATS)}") from None


MEASURED_DEFAULTS: dict[str, FormatName] = {"smollm2-135m": "code"}
"""Per-model default, from measurement: SmolLM2-135M writes fenced code blocks readily but
almost never `<tool_call>` on its own."""


def default_action_format(local: Any) -> FormatName:
    """The measured default for known models; tool_call when the template renders tools."""
    name = getattr(local, "name", "")
    if name in MEASURED_DEFAULTS:
        return MEASURED_DEFAULTS[name]
    return "tool_call" if getattr(local, "supports_tools_in_template", False) else "code"
