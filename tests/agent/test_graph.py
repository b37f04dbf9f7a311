"""Routing of the agent graph, driven by a scripted model (the model is not under test)."""

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from loopwright.agent import AgentConfig, SandboxManager, build_graph
from tests.fixtures.counting_sandbox import CountingSandboxFactory
from tests.fixtures.recording_tool import RecordingTool, call
from tests.fixtures.scripted_chat import ScriptedChatModel


def _sandboxes(factory: CountingSandboxFactory) -> SandboxManager:
    """A manager whose sandboxes come from `factory`, which counts them (no real sandbox)."""
    return SandboxManager("local", starter=lambda request, session_id: factory())


def _run(script, tools, config=None, thread="t", checkpointer=None):
    factory = CountingSandboxFactory()
    with _sandboxes(factory) as sandboxes:
        graph = build_graph(ScriptedChatModel(script=script), tools, sandboxes, config or AgentConfig(), checkpointer)
        out = graph.invoke({"messages": [HumanMessage("task")], "turns": 0}, {"configurable": {"thread_id": thread}})
    return out, factory


def test_tool_call_then_finish_routes_through_tools_to_end():
    bash, finish = RecordingTool("bash"), RecordingTool("finish")
    out, factory = _run([AIMessage("", tool_calls=[call("bash", command="ls")]),
                         AIMessage("", tool_calls=[call("finish", answer="42")])], [bash, finish])
    assert out["finish_reason"] == "finish" and out["answer"] == "42"
    assert out["turns"] == 2
    assert bash.calls == [{"command": "ls"}]
    assert factory.made == 1 and factory.closed == 1
    tool_messages = [m for m in out["messages"] if isinstance(m, ToolMessage)]
    assert tool_messages[0].artifact == {"exit_code": 0, "duration_s": 0.0, "is_error": False, "truncated": False}


def test_plain_answer_ends_without_touching_a_sandbox():
    out, factory = _run([AIMessage("The answer is 4.")], [RecordingTool("bash")])
    assert (out["finish_reason"], out["answer"], out["turns"]) == ("answer", "The answer is 4.", 1)
    assert factory.made == 0


def test_turn_budget_ends_run_with_reason():
    bash = RecordingTool("bash")
    out, _ = _run([AIMessage("", tool_calls=[call("bash", command="ls")])], [bash], AgentConfig(max_turns=3))
    assert out["finish_reason"] == "max_turns" and out["turns"] == 3
    assert len(bash.calls) == 3


def test_several_calls_in_one_turn_run_in_order():
    bash, finish = RecordingTool("bash"), RecordingTool("finish")
    out, _ = _run([AIMessage("", tool_calls=[call("bash", command="a"), call("bash", command="b"),
                                              call("finish", answer="ok")])], [bash, finish])
    assert [c["command"] for c in bash.calls] == ["a", "b"]
    assert out["answer"] == "ok" and out["turns"] == 1


def test_unknown_tool_becomes_error_observation_naming_known_tools():
    out, _ = _run([AIMessage("", tool_calls=[call("rm_rf")]), AIMessage("gave up")], [RecordingTool("bash")])
    error = next(m for m in out["messages"] if isinstance(m, ToolMessage))
    assert error.status == "error" and "unknown tool 'rm_rf'" in error.content and "bash" in error.content
    assert out["finish_reason"] == "answer"


def test_malformed_call_becomes_error_observation():
    bad = AIMessage("", invalid_tool_calls=[{"name": None, "args": '{"name": "bash", ', "id": "x1",
                                              "error": "unterminated JSON", "type": "invalid_tool_call"}])
    out, _ = _run([bad, AIMessage("sorry")], [RecordingTool("bash")])
    error = next(m for m in out["messages"] if isinstance(m, ToolMessage))
    assert error.tool_call_id == "x1" and "could not be parsed: unterminated JSON" in error.content


@pytest.mark.parametrize("resume, expect_args, expect_denied", [
    ({"action": "approve"}, {"command": "rm x"}, False),
    ({"action": "edit", "args": {"command": "ls"}}, {"command": "ls"}, False),
    ({"action": "deny", "reason": "too risky"}, None, True),
])
def test_approval_interrupt_resumes_with_approve_edit_or_deny(resume, expect_args, expect_denied):
    bash, finish = RecordingTool("bash", requires_approval=True), RecordingTool("finish")
    model = ScriptedChatModel(script=[AIMessage("", tool_calls=[call("bash", command="rm x")]),
                                      AIMessage("", tool_calls=[call("finish", answer="done")])])
    sandboxes = _sandboxes(CountingSandboxFactory())
    graph = build_graph(model, [bash, finish], sandboxes, AgentConfig(approval="ask"), InMemorySaver())
    cfg = {"configurable": {"thread_id": f"approve-{resume['action']}"}}
    paused = graph.invoke({"messages": [HumanMessage("task")], "turns": 0}, cfg)
    request = paused["__interrupt__"][0].value
    assert request["type"] == "approval" and request["tool_call"]["name"] == "bash"
    assert request["tool_call"]["args"] == {"command": "rm x"} and bash.calls == []
    out = graph.invoke(Command(resume=resume), cfg)
    sandboxes.close()
    assert bash.calls == ([] if expect_denied else [expect_args])
    observation = next(m for m in out["messages"] if isinstance(m, ToolMessage))
    assert ("denied" in observation.content and "too risky" in observation.content) == expect_denied
    assert out["finish_reason"] == "finish"


def test_approve_never_denies_without_asking():
    bash = RecordingTool("bash", requires_approval=True)
    out, _ = _run([AIMessage("", tool_calls=[call("bash", command="ls")]), AIMessage("ok")], [bash],
                  AgentConfig(approval="never"))
    assert bash.calls == [] and "__interrupt__" not in out
    assert "denied" in next(m for m in out["messages"] if isinstance(m, ToolMessage)).content


def test_bad_resume_value_is_a_clear_error():
    bash = RecordingTool("bash", requires_approval=True)
    model = ScriptedChatModel(script=[AIMessage("", tool_calls=[call("bash", command="ls")])])
    graph = build_graph(model, [bash], _sandboxes(CountingSandboxFactory()), AgentConfig(approval="ask"), InMemorySaver())
    cfg = {"configurable": {"thread_id": "bad-resume"}}
    graph.invoke({"messages": [HumanMessage("task")], "turns": 0}, cfg)
    with pytest.raises(ValueError, match="resume an approval with Command"):
        graph.invoke(Command(resume="yes please"), cfg)


def test_agent_config_rejects_bad_values():
    with pytest.raises(ValueError, match="max_turns"):
        AgentConfig(max_turns=0)
    with pytest.raises(ValueError, match="approval"):
        AgentConfig(approval="sometimes")
