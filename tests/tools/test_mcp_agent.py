"""An MCP server's tools inside the agent graph: offered with the built-ins, called like them,
and (they run on the host) asking for approval unless trusted. The model is scripted; the
MCP server is the real `mcp-server-time`."""

import sys

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from loopwright.agent import AgentConfig, SandboxManager, build_graph
from loopwright.tools import builtin_tools
from loopwright.tools.mcp.settings import settings_from
from loopwright.tools.mcp.toolset import McpToolset
from tests.fixtures.counting_sandbox import CountingSandboxFactory
from tests.fixtures.recording_tool import call
from tests.fixtures.scripted_chat import ScriptedChatModel

TIME_SERVER = f"{sys.executable} -m mcp_server_time --local-timezone UTC"
SCRIPT = [AIMessage("", tool_calls=[call("get_current_time", timezone="Europe/Paris")]),
          AIMessage("", tool_calls=[call("finish", answer="it is late")])]


def _graph(model, trust: bool, sandboxes: SandboxManager, toolset_flags=(TIME_SERVER,)):
    toolset = McpToolset(settings_from(None, list(toolset_flags), trust),
                         taken=[t.name for t in builtin_tools()]).start()
    graph = build_graph(model, [*builtin_tools(), *toolset.tools], sandboxes,
                        AgentConfig(approval="ask"), InMemorySaver())
    return graph, toolset


@pytest.fixture
def sandboxes():
    factory = CountingSandboxFactory()
    with SandboxManager("local", starter=lambda request, session_id: factory()) as manager:
        yield manager


def test_a_trusted_mcp_tool_is_in_the_tool_set_and_runs_without_asking(sandboxes):
    model = ScriptedChatModel(script=SCRIPT)
    graph, toolset = _graph(model, trust=True, sandboxes=sandboxes)
    with toolset:
        out = graph.invoke({"messages": [HumanMessage("time in Paris?")], "turns": 0},
                           {"configurable": {"thread_id": "trusted"}})
    assert {"get_current_time", "convert_time", "bash", "finish"} <= set(model.bound_tools)
    observation = next(m for m in out["messages"] if isinstance(m, ToolMessage))
    assert observation.status == "success" and '"timezone": "Europe/Paris"' in observation.content
    assert out["finish_reason"] == "finish" and out["answer"] == "it is late"


def test_an_untrusted_mcp_tool_asks_for_approval_first(sandboxes):
    graph, toolset = _graph(ScriptedChatModel(script=SCRIPT), trust=False, sandboxes=sandboxes)
    cfg = {"configurable": {"thread_id": "untrusted"}}
    with toolset:
        paused = graph.invoke({"messages": [HumanMessage("time in Paris?")], "turns": 0}, cfg)
        request = paused["__interrupt__"][0].value
        assert request["tool_call"]["name"] == "get_current_time"
        out = graph.invoke(Command(resume={"action": "approve"}), cfg)
    observation = next(m for m in out["messages"] if isinstance(m, ToolMessage))
    assert '"timezone": "Europe/Paris"' in observation.content
