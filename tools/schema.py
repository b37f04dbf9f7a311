"""From a typed Python function to a pydantic argument model and a JSON schema.

The model validates what a language model sends (types, required fields, no unknown
names); the schema is what the model is shown. Both come from one source, the function's
signature and its Google-style docstring, so they can never disagree.
"""

import inspect
import re
import typing
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from loopwright.envs.sandbox.base import Sandbox


def parse_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """Split a Google-style docstring into (description, {param: description})."""
    text = inspect.cleandoc(doc or "")
    match = re.search(r"^(Args|Arguments|Parameters):\s*$", text, flags=re.MULTILINE)
    description = unwrap(text[: match.start()] if match else text)
    if not match:
        return description, {}
    params: dict[str, str] = {}
    current: str | None = None
    for line in text[match.end() :].splitlines():
        if line and not line[0].isspace():
            break  # the next section (Returns:, Raises:) starts
        entry = re.match(r"^\s{2,8}(\w+)(?:\s*\([^)]*\))?:\s*(.*)$", line)
        if entry and (current is None or len(line) - len(line.lstrip()) <= 8):
            current = entry.group(1)
            params[current] = entry.group(2).strip()
        elif current and line.strip():
            params[current] += " " + line.strip()
    return description, params


def unwrap(text: str) -> str:
    """Join wrapped lines into one line per paragraph (models read schema text flat)."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def is_sandbox_param(param: inspect.Parameter, hint: Any) -> bool:
    """The parameter the runtime fills with the session's sandbox (hidden from the model)."""
    return param.name == "sandbox" or hint is Sandbox


def arguments_model(fn: Callable[..., Any], name: str) -> tuple[type[BaseModel], str | None]:
    """The pydantic model of `fn`'s model-facing arguments, and its sandbox parameter name."""
    hints = typing.get_type_hints(fn, include_extras=True)
    _, param_docs = parse_docstring(fn.__doc__)
    fields: dict[str, Any] = {}
    sandbox_param = None
    for param in inspect.signature(fn).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise TypeError(f"tool {name!r}: *args/**kwargs cannot be described to a model")
        hint = hints.get(param.name)
        if is_sandbox_param(param, hint):
            sandbox_param = param.name
            continue
        if hint is None:
            raise TypeError(f"tool {name!r}: parameter {param.name!r} needs a type hint")
        default = ... if param.default is param.empty else param.default
        field = Field(default, description=param_docs.get(param.name))
        fields[param.name] = (Annotated[hint, field], default)
    model = create_model(
        f"{name}_arguments", __config__=ConfigDict(extra="forbid"), **fields
    )
    return model, sandbox_param


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema without pydantic's auto-generated titles."""
    schema = model.model_json_schema()
    schema.pop("title", None)
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)
    schema.setdefault("required", [])
    return schema


def describe_validation_error(tool_name: str, exc: ValidationError, schema: dict) -> str:
    """A message a model can act on: what was wrong, and what the tool expects."""
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "arguments"
        if err["type"] == "extra_forbidden":
            problems.append(f"unknown argument `{where}`")
        elif err["type"] == "missing":
            problems.append(f"missing required argument `{where}`")
        else:
            problems.append(f"`{where}`: {err['msg']}")
    return f"Invalid arguments for tool `{tool_name}`: {'; '.join(problems)}. {expected(schema)}"


def expected(schema: dict) -> str:
    """One line listing the arguments a tool takes, for error messages."""
    required = set(schema.get("required", []))
    parts = []
    for arg, prop in schema.get("properties", {}).items():
        kind = prop.get("type") or "/".join(p.get("type", "?") for p in prop.get("anyOf", []))
        need = "required" if arg in required else f"default {prop.get('default')!r}"
        parts.append(f"{arg} ({kind}, {need})")
    return "Expected: " + (", ".join(parts) if parts else "no arguments") + "."
