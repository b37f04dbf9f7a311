"""@tool: schema from hints and docstring, pydantic validation, errors as observations."""

from typing import Annotated, Literal

import pytest
from pydantic import Field

from loopwright.envs.sandbox import Sandbox, SandboxError
from loopwright.tools import Tool, ToolError, ToolRegistry, ToolResult, cap_observation, tool


@tool(requires_approval=True)
def resize(sandbox: Sandbox, path: str, width: Annotated[int, Field(ge=1)],
           mode: Literal["fit", "fill"] = "fit", note: str | None = None) -> str:
    """Resize an image in place.

    Args:
        path: Image to resize.
        width: New width in pixels,
            kept above zero.
        mode: How to keep the aspect ratio.
        note: Free text.
    """
    return f"{path} {width} {mode} {note} {sandbox}"


def test_schema_comes_from_hints_and_docstring():
    assert isinstance(resize, Tool)
    assert resize.name == "resize" and resize.requires_approval
    assert resize.description == "Resize an image in place."
    params = resize.parameters
    assert params["required"] == ["path", "width"]
    assert "sandbox" not in params["properties"]
    assert params["properties"]["width"] == {
        "type": "integer", "minimum": 1, "description": "New width in pixels, kept above zero."}
    assert params["properties"]["mode"]["enum"] == ["fit", "fill"]
    assert params["properties"]["mode"]["default"] == "fit"
    assert params["additionalProperties"] is False


def test_valid_arguments_reach_the_function_with_the_sandbox():
    result = resize.run("SB", {"path": "a.png", "width": "640"})
    assert result == ToolResult("a.png 640 fit None SB", False, duration_s=result.duration_s)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({}, "missing required argument `path`"),
        ({"path": "a", "width": 0}, "`width`: Input should be greater than or equal to 1"),
        ({"path": "a", "width": 5, "mode": "stretch"}, "`mode`: Input should be 'fit' or 'fill'"),
        ({"path": "a", "width": 5, "colour": "red"}, "unknown argument `colour`"),
        ("not json", "arguments are not valid JSON"),
        ([1, 2], "arguments must be a JSON object"),
    ],
)
def test_bad_arguments_become_error_observations_naming_the_fix(arguments, message):
    result = resize.run(None, arguments)
    assert result.is_error
    assert message in result.output
    assert "Expected: path (string, required), width (integer, required)" in result.output


def test_arguments_may_arrive_as_a_json_string():
    assert resize.run("SB", '{"path": "b", "width": 3}').output.startswith("b 3 fit")


def test_failures_inside_a_tool_are_observations_not_exceptions():
    @tool
    def broken(sandbox: Sandbox, kind: str) -> str:
        """Fail in various ways.

        Args:
            kind: which failure
        """
        if kind == "tool":
            raise ToolError("file is locked; try again")
        if kind == "sandbox":
            raise SandboxError("container stopped after running out of memory")
        raise KeyError(kind)

    expected = broken.run(None, {"kind": "tool"})
    assert (expected.output, expected.is_error) == ("file is locked; try again", True)
    assert "The sandbox failed: container stopped" in broken.run(None, {"kind": "sandbox"}).output
    bug = broken.run(None, {"kind": "other"})
    assert bug.is_error and "Tool `broken` failed: KeyError: 'other'" in bug.output


def test_long_observations_keep_head_and_tail_and_say_how_much_was_cut():
    @tool(max_output_chars=100)
    def chatty(sandbox: Sandbox) -> str:
        """Print a lot."""
        return "HEAD" + "x" * 10_000 + "TAIL"

    result = chatty.run(None, {})
    assert result.truncated and not result.is_error
    assert result.output.startswith("HEAD") and result.output.endswith("TAIL")
    assert "[... 9908 characters cut from the middle of this output ...]" in result.output


def test_cap_observation_leaves_short_text_alone():
    assert cap_observation("short", 100) == ("short", False)


def test_decorator_rejects_functions_a_model_cannot_use():
    with pytest.raises(TypeError, match="needs a docstring"):
        tool(lambda sandbox, x: x)

    def untyped(sandbox: Sandbox, x) -> str:
        """Doc."""
        return x

    with pytest.raises(TypeError, match="parameter 'x' needs a type hint"):
        tool(untyped)


def test_registry_schemas_lookup_and_unknown_tools():
    registry = ToolRegistry([resize])
    assert registry.get("resize") is resize and registry.get("nope") is None
    assert registry.schemas() == [{"type": "function", "function": {
        "name": "resize", "description": resize.description, "parameters": resize.parameters}}]
    unknown = registry.run(None, "resise", {})
    assert unknown.is_error and unknown.output == "Unknown tool `resise`. Available tools: resize."
    with pytest.raises(ValueError, match="already registered"):
        registry.register(resize)


def test_wrapped_docstrings_become_flat_paragraphs():
    @tool
    def wrapped(sandbox: Sandbox) -> str:
        """First line
        continues here.

        Second paragraph.
        """
        return ""

    assert wrapped.description == "First line continues here.\n\nSecond paragraph."
