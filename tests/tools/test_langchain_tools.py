"""Tools as LangChain BaseTools, run by langgraph's prebuilt ToolNode in a real sandbox."""

import pytest
from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.tools import BaseTool
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode
from loopwright.tools import builtin_tools

pytestmark = pytest.mark.docker


def test_toolnode_runs_builtin_tools_in_the_sandbox(docker_sandbox):
    lc_tools = [t.as_langchain(docker_sandbox) for t in builtin_tools()]
    assert all(isinstance(t, BaseTool) for t in lc_tools)
    builder = StateGraph(MessagesState)
    builder.add_node("tools", ToolNode(lc_tools))
    builder.add_edge(START, "tools")
    builder.add_edge("tools", END)
    graph = builder.compile()
    calls = [
        {"name": "write_file", "args": {"path": "n.txt", "content": "7\n"}, "id": "c1"},
        {"name": "bash", "args": {"command": "cat n.txt; exit 3"}, "id": "c2"},
        {"name": "bash", "args": {"cmd": "ls"}, "id": "c3"},
    ]
    out = graph.invoke({"messages": [AIMessage(content="", tool_calls=calls)]})
    messages = {m.tool_call_id: m for m in out["messages"][1:]}
    assert all(isinstance(m, ToolMessage) for m in messages.values())
    assert messages["c1"].content == "Wrote 2 bytes to n.txt."
    assert messages["c2"].content == "7\n[exit code 3]"
    assert messages["c2"].artifact["exit_code"] == 3 and messages["c2"].artifact["is_error"]
    assert "unknown argument `cmd`" in messages["c3"].content
    assert messages["c3"].artifact["is_error"]
    assert docker_sandbox.read_file("n.txt") == b"7\n"


def test_langchain_schema_matches_the_tool_schema(docker_sandbox):
    bash = builtin_tools()[0]
    lc = bash.as_langchain(docker_sandbox)
    assert lc.name == "bash" and lc.description == bash.description
    assert lc.tool_call_schema["properties"] == bash.parameters["properties"]
