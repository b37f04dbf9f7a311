"""The graph's memory nodes, driven by a scripted model: recall puts lessons first in the
prompt, remember distills the run into the real SQLite store, both are traced; without
memory the graph and its prompts are unchanged."""

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from loopwright.agent import AgentConfig, SandboxManager, build_graph
from loopwright.agent.memory_nodes import MEMORY_MESSAGE_ID
from loopwright.agent.tracing import invoke_agent_span
from loopwright.memory import Memory, MemoryStore
from tests.fixtures.counting_sandbox import CountingSandboxFactory
from tests.fixtures.recording_tool import RecordingTool, call
from tests.fixtures.scripted_chat import ScriptedChatModel
from tests.fixtures.tracing import spans_of

TASK = "Write the sum of 3 and 4 to answer.txt"


def _run(model, memory=None, thread="t"):
    factory = CountingSandboxFactory()
    tools = [RecordingTool("bash"), RecordingTool("finish")]
    with SandboxManager("local", starter=lambda request, session_id: factory()) as sandboxes:
        graph = build_graph(model, tools, sandboxes, AgentConfig(max_turns=3), memory=memory)
        return graph, graph.invoke({"messages": [HumanMessage(TASK)], "turns": 0},
                                   {"configurable": {"thread_id": thread}, "metadata": {"task_id": "sum-1"}})


def _script():
    return [AIMessage("", tool_calls=[call("bash", command="echo 7 > answer.txt")]),
            AIMessage("", tool_calls=[call("finish", answer="7")])]


def test_without_memory_the_graph_has_no_memory_nodes_and_the_prompt_is_the_task():
    model = ScriptedChatModel(script=_script())
    graph, out = _run(model)
    assert set(graph.get_graph().nodes) == {"__start__", "model", "tools", "__end__"}
    assert [type(m) for m in model.replies[0].prompt] == [HumanMessage]
    assert "memory_item" not in out and "memory_used" not in out


def test_remember_writes_a_self_judged_item_and_recall_puts_it_first_in_the_next_prompt(tmp_path):
    memory = Memory(MemoryStore(tmp_path / "memory.sqlite"))
    first = ScriptedChatModel(script=_script())
    graph, out = _run(first, memory, thread="run-1")
    assert [type(m) for m in first.replies[0].prompt] == [HumanMessage]  # the store was empty
    assert out["memory_used"] == [] and out["finish_reason"] == "finish"
    item = memory.store.get(out["memory_item"])
    assert (item.task, item.task_id, item.run_id) == (TASK, "sum-1", "run-1")
    assert (item.outcome, item.outcome_source) == (1.0, "self")
    assert "bash `echo 7 > answer.txt` -> ok" in item.lesson

    second = ScriptedChatModel(script=_script())
    _, out2 = _run(second, memory, thread="run-2")
    prompt = second.replies[0].prompt
    assert isinstance(prompt[0], SystemMessage) and prompt[0].id == MEMORY_MESSAGE_ID
    assert item.lesson in prompt[0].content and prompt[1].content == TASK
    assert out2["memory_used"] == [item.id] and memory.store.get(item.id).used == 1
    assert memory.store.count() == 2


def test_a_read_only_memory_recalls_but_writes_nothing(tmp_path):
    store = MemoryStore(tmp_path / "memory.sqlite")
    store.add("Write the sum of 1 and 2 to answer.txt", finish_reason="finish", actions="bash `echo 3` -> ok",
              error=None, outcome=1.0, outcome_source="verifier")
    model = ScriptedChatModel(script=_script())
    _, out = _run(model, Memory(store, write=False))
    assert out["memory_used"] == [1] and out["memory_item"] is None and store.count() == 1
    assert isinstance(model.replies[0].prompt[0], SystemMessage)


def test_a_run_ending_on_its_turn_budget_is_remembered_as_a_failure(tmp_path):
    memory = Memory(MemoryStore(tmp_path / "memory.sqlite"))
    _, out = _run(ScriptedChatModel(script=[AIMessage("", tool_calls=[call("bash", command="ls")])]), memory)
    item = memory.store.get(out["memory_item"])
    assert out["finish_reason"] == "max_turns" and item.outcome == 0.0
    assert item.lesson.startswith("Failed (judged by the model itself)") and "turn budget" in item.lesson


def test_recall_and_write_are_spans_of_the_run_with_the_items_used(tmp_path, trace_dir):
    store = MemoryStore(tmp_path / "memory.sqlite")
    seeded = store.add("Write the sum of 1 and 2 to answer.txt", finish_reason="finish",
                       actions="bash `echo 3 > answer.txt` -> ok", error=None, outcome=1.0, outcome_source="verifier")
    with invoke_agent_span("loopwright", "conv-m", task_id="sum-1"):
        _, out = _run(ScriptedChatModel(script=_script()), Memory(store))
    from loopwright.agent.tracing import shutdown_tracing

    shutdown_tracing()
    spans = {s["name"]: s for s in spans_of(trace_dir)}
    recall, write, root = spans["memory recall"], spans["memory write"], spans["invoke_agent loopwright"]
    assert recall["trace_id"] == root["trace_id"] == write["trace_id"]
    assert recall["attributes"]["loopwright.memory.item_ids"] == [seeded]
    assert recall["attributes"]["loopwright.task_id"] == "sum-1"
    events = recall["events"]
    assert events[0]["name"] == "memory.item" and events[0]["attributes"]["loopwright.memory.item_id"] == seeded
    assert write["attributes"]["loopwright.memory.item_id"] == out["memory_item"]
    assert write["attributes"]["loopwright.memory.outcome_source"] == "self"
