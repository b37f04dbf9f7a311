"""Hermes tool-call parsing, tolerant of what small models write, and the schema check."""

import pytest

from loopwright.models.action_formats import get_format
from loopwright.models.tool_calls import parse_hermes, render_call, schema_errors

BASH = {"type": "function", "function": {"name": "bash", "description": "Run a command", "parameters": {
    "type": "object", "properties": {"command": {"type": "string"}, "timeout_s": {"type": "number"}},
    "required": ["command"]}}}
PYTHON = {"type": "function", "function": {"name": "python", "description": "Run Python", "parameters": {
    "type": "object", "properties": {"code": {"type": "string"}}, "required": ["code"]}}}


def test_render_then_parse_round_trips():
    turn = parse_hermes("I will look.\n" + render_call("bash", {"command": "ls -la"}))
    assert [(c.name, c.arguments) for c in turn.calls] == [("bash", {"command": "ls -la"})]
    assert turn.final_answer is None and turn.invalid == []


@pytest.mark.parametrize("text", [
    '<tool_call>  {"name":"bash","arguments":{"command":"ls"}}  </tool_call>',
    '<tool_call>\n```json\n{"name": "bash", "arguments": {"command": "ls"}}\n```\n</tool_call>',
    '<tool_call>{"name": "bash", "arguments": "{\\"command\\": \\"ls\\"}"}</tool_call>',
    'sure <tool_call>{"name": "bash", "arguments": {"command": "ls"}}',  # unclosed at the end
    '<tool_call>{"name": "bash", "parameters": {"command": "ls"}} trailing</tool_call>',
])
def test_parser_tolerates_whitespace_fences_string_args_and_missing_close(text):
    turn = parse_hermes(text)
    assert [(c.name, c.arguments) for c in turn.calls] == [("bash", {"command": "ls"})]


def test_several_calls_in_one_turn_keep_their_order():
    turn = parse_hermes(render_call("bash", {"command": "a"}) + render_call("bash", {"command": "b"}))
    assert [c.arguments["command"] for c in turn.calls] == ["a", "b"]
    assert len({c.id for c in turn.calls}) == 2


@pytest.mark.parametrize("text, why", [
    ('<tool_call>{"name": "bash", "arguments": {"command": </tool_call>', "invalid JSON"),
    ("<tool_call>bash ls</tool_call>", "no JSON object"),
    ('<tool_call>{"arguments": {}}</tool_call>', 'missing "name"'),
    ('<tool_call>{"name": "bash", "arguments": [1]}</tool_call>', "must be a JSON object"),
])
def test_malformed_calls_become_invalid_calls_with_a_reason(text, why):
    turn = parse_hermes(text)
    assert turn.calls == [] and len(turn.invalid) == 1 and why in turn.invalid[0].error


def test_text_without_a_call_is_the_final_answer():
    assert parse_hermes("  The answer is 4. ").final_answer == "The answer is 4."


def test_schema_errors_names_each_problem():
    schema = BASH["function"]["parameters"]
    assert schema_errors(schema, {"command": "ls"}) == []
    assert schema_errors(schema, {}) == ["arguments.command is required"]
    assert schema_errors(schema, {"command": 3}) == ["arguments.command should be string, got int"]
    assert schema_errors({**schema, "additionalProperties": False}, {"command": "ls", "x": 1}) == [
        "arguments.x is not a parameter"]


def test_react_format_parses_action_and_final_answer():
    react = get_format("react")
    turn = react.parse('Thought: list\nAction: bash\nAction Input: {"command": "ls"}', [BASH])
    assert [(c.name, c.arguments) for c in turn.calls] == [("bash", {"command": "ls"})]
    plain = react.parse("Action: bash\nAction Input: ls -la\n", [BASH])
    assert plain.calls[0].arguments == {"command": "ls -la"}
    assert react.parse("Thought: done\nFinal Answer: 42", [BASH]).final_answer == "42"
    bad = react.parse("Action: finish\nAction Input: not json", [BASH])
    assert bad.calls == [] and "JSON object" in bad.invalid[0].error


def test_code_format_maps_fenced_blocks_to_tools():
    code = get_format("code")
    turn = code.parse("Let me.\n```bash\necho hi > a.txt\n```\n```python\nprint(1)\n```", [BASH, PYTHON])
    assert [(c.name, c.arguments) for c in turn.calls] == [
        ("bash", {"command": "echo hi > a.txt"}), ("python", {"code": "print(1)"})]
    assert code.parse("Done.", [BASH]).final_answer == "Done."
    unrunnable = code.parse("```python\nprint(1)\n```", [BASH])
    assert unrunnable.calls == [] and "```python blocks cannot run here; use ```bash" in unrunnable.invalid[0].error


def test_unknown_format_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown action format 'json'; choose one of tool_call, react, code"):
        get_format("json")


def test_closing_tag_inside_a_string_argument_does_not_cut_the_call():
    text = '<tool_call>\n{"name": "finish", "arguments": {"answer": "}}</tool_call> "}}\n</tool_call>'
    turn = parse_hermes(text)
    assert [(c.name, c.arguments) for c in turn.calls] == [("finish", {"answer": "}}</tool_call> "})]
