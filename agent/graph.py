"""The agent as a LangGraph state machine: model -> tools -> model ... -> END.

    START -> model --(tool calls)--> tools --(not done)--> model
               |                       |
               +--(plain answer)-> END <--(finish called / turn budget spent)

With memory, START -> recall -> model and every way to END passes remember first; without
it the graph is exactly the one above (same nodes, same prompts).
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, StateGraph

from loopwright.agent import approvals, tool_exec
from loopwright.agent.config import AgentConfig
from loopwright.agent.state import AgentState
from loopwright.envs.sandbox.manager import SandboxManager, SandboxRequest

if TYPE_CHECKING:
    from loopwright.memory import Memory


def build_graph(
    model: BaseChatModel,
    tools: Sequence[tool_exec.ToolLike],
    sandboxes: SandboxManager,
    config: AgentConfig | None = None,
    checkpointer: Any = None,
    sandbox_request: SandboxRequest | None = None,
    memory: "Memory | None" = None,
) -> Any:
    """Compiles the agent graph; call it with config={"configurable": {"thread_id": id}}.

    A thread's tools run in `sandboxes.sandbox_for(thread_id, sandbox_request)`, made on
    its first tool call; whoever runs the graph closes it (`sandboxes.release`). With
    `memory`, lessons of earlier runs enter the prompt and this run leaves one behind.
    """
    agent_config = config or AgentConfig()
    registry = tool_exec.by_name(tools)
    bound = model.bind_tools(list(tools))

    def call_model(state: AgentState) -> dict:
        reply: AIMessage = bound.invoke(state["messages"])
        update: dict = {"messages": [reply], "turns": state.get("turns", 0) + 1}
        if not reply.tool_calls and not reply.invalid_tool_calls:
            answer = reply.response_metadata.get("final_answer")
            update |= {"finish_reason": "answer", "answer": answer if answer is not None else _text(reply)}
        return update

    def call_tools(state: AgentState, config: RunnableConfig) -> dict:
        reply: AIMessage = state["messages"][-1]
        thread_id = str(config.get("configurable", {}).get("thread_id", "default"))
        decisions = [
            approvals.decide(call, _needs_approval(registry, call), agent_config.approval)
            for call in reply.tool_calls
        ]
        errors = reply.response_metadata.get("parse_errors", {})
        results: list[ToolMessage] = [
            tool_exec.invalid_call_message({**c, "error": c.get("error") or errors.get(c.get("id"))})
            for c in reply.invalid_tool_calls
        ]
        answer: str | None = None
        for call, (action, args, reason) in zip(reply.tool_calls, decisions, strict=True):
            if action == "deny":
                results.append(tool_exec.denied_message(call, reason))
                continue
            message, final = tool_exec.run_call(
                registry, lambda: sandboxes.sandbox_for(thread_id, sandbox_request), {**call, "args": args}
            )
            results.append(message)
            if final is not None:
                answer = final
                break  # finish ends the turn; later calls of the turn are not run
        update: dict = {"messages": results}
        if answer is not None:
            update |= {"finish_reason": "finish", "answer": answer}
        elif state.get("turns", 0) >= agent_config.max_turns:
            update |= {"finish_reason": "max_turns", "answer": None}
        return update

    graph = StateGraph(AgentState)
    graph.add_node("model", call_model)
    graph.add_node("tools", call_tools)
    end: str = END
    if memory is None:
        graph.add_edge(START, "model")
    else:
        from loopwright.agent.memory_nodes import recall_node, remember_node

        graph.add_node("recall", recall_node(memory))
        graph.add_node("remember", remember_node(memory))
        graph.add_edge(START, "recall")
        graph.add_edge("recall", "model")
        graph.add_edge("remember", END)
        end = "remember"
    graph.add_conditional_edges("model", _after_model, {"tools": "tools", END: end})
    graph.add_conditional_edges("tools", _after_tools, {"model": "model", END: end})
    return graph.compile(checkpointer=checkpointer)


def _after_model(state: AgentState) -> str:
    return END if state.get("finish_reason") else "tools"


def _after_tools(state: AgentState) -> str:
    return END if state.get("finish_reason") else "model"


def _needs_approval(registry: dict[str, tool_exec.ToolLike], call: dict) -> bool:
    tool = registry.get(call["name"])
    return bool(tool is not None and tool.requires_approval)


def _text(message: AIMessage) -> str:
    return message.content if isinstance(message.content, str) else message.text
