"""Distilling a run's messages into a lesson: deterministic, short, and honest about failure."""

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from loopwright.memory import distill, lesson_text


def _call(name: str, call_id: str, **args) -> dict:
    return {"name": name, "args": args, "id": call_id, "type": "tool_call"}


def test_a_finished_run_keeps_its_actions_and_judges_itself_done():
    messages = [HumanMessage("Write 4 to answer.txt"),
                AIMessage("", tool_calls=[_call("bash", "c1", command="echo 4 > answer.txt")]),
                ToolMessage("", tool_call_id="c1", name="bash"),
                AIMessage("", tool_calls=[_call("finish", "c2", answer="4")]),
                ToolMessage("done", tool_call_id="c2", name="finish")]
    d = distill(messages, "finish", "4")
    assert d.actions == "bash `echo 4 > answer.txt` -> ok; finish `4` -> ok"
    assert d.error is None and d.self_outcome == 1.0
    assert lesson_text(1.0, "verifier", "finish", d.actions, d.error) == (
        "Passed (checked by the verifier). What worked: bash `echo 4 > answer.txt` -> ok; finish `4` -> ok.")


def test_a_run_out_of_turns_names_the_last_error_and_judges_itself_failed():
    messages = [HumanMessage("t"),
                AIMessage("", tool_calls=[_call("bash", "c1", command="pyhton x.py")]),
                ToolMessage("bash: pyhton: command not found\nmore", tool_call_id="c1", name="bash", status="error")]
    d = distill(messages, "max_turns", None)
    assert d.actions == "bash `pyhton x.py` -> error"
    assert d.error == "bash: bash: pyhton: command not found; the turn budget ran out"
    assert d.self_outcome == 0.0
    assert lesson_text(0.0, "self", "max_turns", d.actions, d.error).startswith(
        "Failed (judged by the model itself). Tried: bash `pyhton x.py` -> error. What failed: bash: bash: pyhton")


def test_malformed_calls_and_plain_answers_are_named():
    messages = [AIMessage("", invalid_tool_calls=[{"name": "bash", "args": "{", "id": "x", "error": "bad",
                                                   "type": "invalid_tool_call"}]),
                ToolMessage("error", tool_call_id="x", status="error"),
                AIMessage("The answer is 12.")]
    d = distill(messages, "answer", "The answer is 12.")
    assert d.actions == "malformed call bash; answered 'The answer is 12.'"
    assert d.error.startswith("a malformed tool call") and d.self_outcome == 1.0


def test_only_the_last_actions_are_kept():
    messages = []
    for i in range(6):
        messages += [AIMessage("", tool_calls=[_call("bash", f"c{i}", command=f"step {i}")]),
                     ToolMessage("", tool_call_id=f"c{i}", name="bash")]
    assert distill(messages, "max_turns", None).actions.split("; ")[0] == "bash `step 2` -> ok"


def test_a_wrong_result_without_a_tool_error_says_the_result_failed():
    assert lesson_text(0.0, "verifier", "answer", "answered '12'", None) == (
        "Failed (checked by the verifier). Tried: answered '12'. What failed: the result "
        "(no tool call failed; the run ended by answering in text).")
