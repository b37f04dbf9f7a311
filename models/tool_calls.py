"""Hermes-style tool calls: `<tool_call>{"name": ..., "arguments": {...}}</tool_call>`.

The parser is tolerant of what small models write around the JSON (whitespace, a ```json
fence, a missing closing tag at the end of the text, arguments given as a JSON string);
what it cannot read becomes an `InvalidCall` carrying the reason, for an error observation.
"""

import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

OPEN_TAG, CLOSE_TAG = "<tool_call>", "</tool_call>"
_LEAD_RE = re.compile(r"\s*(?:```(?:json)?\s*)?(?=\{)")
_TAIL_RE = re.compile(r"\s*(?:```\s*)?(?:</tool_call>)?")
_FENCE_RE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


@dataclass(slots=True)
class ToolCall:
    name: str
    arguments: dict[str, Any]
    id: str = field(default_factory=lambda: new_call_id())


@dataclass(slots=True)
class InvalidCall:
    raw: str
    error: str
    name: str | None = None
    id: str = field(default_factory=lambda: new_call_id())


@dataclass(slots=True)
class ParsedTurn:
    """What one assistant completion asked for."""

    content: str
    """The completion text as generated (tool-call markup included)."""
    calls: list[ToolCall] = field(default_factory=list)
    invalid: list[InvalidCall] = field(default_factory=list)
    final_answer: str | None = None
    """The answer when the turn made no call (the format's final-answer part, or the text)."""


def new_call_id() -> str:
    return f"call_{uuid.uuid4().hex[:12]}"


def render_call(name: str, arguments: dict[str, Any]) -> str:
    """The text of one call, as the chat templates of Qwen and Hermes write it."""
    return f"{OPEN_TAG}\n{json.dumps({'name': name, 'arguments': arguments})}\n{CLOSE_TAG}"


def parse_hermes(text: str) -> ParsedTurn:
    """Every `<tool_call>` block of `text`; text without one is a final answer.

    A call ends where its JSON object ends, so `</tool_call>` inside a string argument
    does not cut it short; what is not JSON runs to the next closing tag.
    """
    turn = ParsedTurn(content=text)
    pos = text.find(OPEN_TAG)
    while pos >= 0:
        body_start = pos + len(OPEN_TAG)
        parsed, end = _decode_call(text, body_start)
        if parsed is None:
            close = text.find(CLOSE_TAG, body_start)
            end = len(text) if close < 0 else close + len(CLOSE_TAG)
            parsed = parse_call_json(text[body_start: end - len(CLOSE_TAG) if close >= 0 else end])
        (turn.calls if isinstance(parsed, ToolCall) else turn.invalid).append(parsed)
        pos = text.find(OPEN_TAG, end)
    if not turn.calls and not turn.invalid:
        turn.final_answer = text.strip()
    return turn


def _decode_call(text: str, start: int) -> tuple[ToolCall | InvalidCall | None, int]:
    """The call whose JSON starts right after `start` (whitespace or a ```json fence allowed)."""
    match = _LEAD_RE.match(text, start)
    if match is None:
        return None, start
    try:
        _, json_end = json.JSONDecoder().raw_decode(text, match.end())
    except json.JSONDecodeError:
        return None, start
    tail = _TAIL_RE.match(text, json_end)
    return parse_call_json(text[match.end(): json_end]), tail.end()


def parse_call_json(body: str) -> ToolCall | InvalidCall:
    """One call's JSON, e.g. `{"name": "bash", "arguments": {"command": "ls"}}`."""
    raw = body.strip()
    fenced = _FENCE_RE.match(raw)
    if fenced:
        raw = fenced.group(1)
    start = raw.find("{")
    if start < 0:
        return InvalidCall(raw=body, error="no JSON object after <tool_call>")
    try:
        obj, _ = json.JSONDecoder().raw_decode(raw[start:])
    except json.JSONDecodeError as exc:
        return InvalidCall(raw=body, error=f"invalid JSON ({exc.msg} at char {exc.pos})")
    if not isinstance(obj, dict):
        return InvalidCall(raw=body, error="the call must be a JSON object")
    name = obj.get("name")
    if not isinstance(name, str) or not name:
        return InvalidCall(raw=body, error='missing "name" (a string)')
    args = obj.get("arguments", obj.get("parameters", {}))
    if isinstance(args, str):
        try:
            args = json.loads(args) if args.strip() else {}
        except json.JSONDecodeError:
            return InvalidCall(raw=body, name=name, error='"arguments" is a string that is not JSON')
    if not isinstance(args, dict):
        return InvalidCall(raw=body, name=name, error='"arguments" must be a JSON object')
    return ToolCall(name=name, arguments=args)


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "object": (dict,), "array": (list,), "null": (type(None),),
}


def schema_errors(schema: dict[str, Any], value: Any, path: str = "arguments") -> list[str]:
    """Where `value` breaks the JSON-schema subset tools use (type, enum, required,
    properties, additionalProperties, items); an empty list means it fits."""
    errors: list[str] = []
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if kind else []
    if kinds and not any(_is_type(value, k) for k in kinds):
        return [f"{path} should be {' or '.join(kinds)}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path} should be one of {schema['enum']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        errors += [f"{path}.{r} is required" for r in schema.get("required", []) if r not in value]
        for key, item in value.items():
            if key in props:
                errors += schema_errors(props[key], item, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}.{key} is not a parameter")
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(value):
            errors += schema_errors(schema["items"], item, f"{path}[{i}]")
    return errors


def _is_type(value: Any, kind: str) -> bool:
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _JSON_TYPES.get(kind, (object,)))
