"""Headless runs: one task -> one traced agent run in its own sandbox -> one RunResult.

`AgentRuntime` owns what runs share (engine, tools, tracing, checkpointer); `run` is one
episode, `run_many` runs episodes on threads so their decode steps batch in the engine.
"""

import copy
import dataclasses
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage

from loopwright.agent import tracing as tr
from loopwright.agent.checkpoint import fresh_inputs, sqlite_checkpointer, start_or_resume
from loopwright.agent.config import AgentConfig
from loopwright.agent.graph import build_graph
from loopwright.agent.tracing.langchain_callback import ChatSpanCallback
from loopwright.envs.sandbox.base import Limits, Sandbox
from loopwright.envs.sandbox.manager import SandboxManager, SandboxRequest
from loopwright.models import Engine
from loopwright.models.action_formats import default_action_format
from loopwright.models.chat_model import LoopwrightChat
from loopwright.models.sampling import SamplingParams

if TYPE_CHECKING:
    from loopwright.memory import Memory

EventCallback = Callable[[str, dict], None]
"""(node name, state update) after every node of a run (a model turn, its tool calls); for
progress displays."""


@dataclasses.dataclass(slots=True)
class RunSpec:
    task: str
    task_id: str | None = None
    group_id: str | None = None
    max_turns: int = 10
    """Model turns before the run ends with finish_reason 'max_turns'."""
    setup: Callable[[Sandbox], None] | None = None
    """Prepares the sandbox (files, packages) when it is created."""
    verify: Callable[[Sandbox], float] | None = None
    """Reward of the run, called after the agent stops and before the sandbox closes."""
    sampling: SamplingParams | None = None
    limits: Limits | None = None
    image: str | None = None
    session_id: str | None = None
    """Thread id in the checkpointer; a run with a known id resumes where it stopped."""


@dataclasses.dataclass(slots=True)
class RunResult:
    run_id: str
    trace_id: str | None
    task_id: str | None
    group_id: str | None
    answer: str | None
    finish_reason: str
    """'finish', 'answer', 'max_turns' or 'error'."""
    turns: int
    """Model turns the run took."""
    tool_calls: int
    prompt_tokens: int
    completion_tokens: int
    duration_s: float
    reward: float | None = None
    error: str | None = None


class AgentRuntime:
    """Runs agent episodes on one engine; thread-safe, so runs can share it."""

    def __init__(
        self,
        engine: Engine,
        local: Any,
        sandboxes: SandboxManager,
        tools: list | None = None,
        tracing: tr.TracingConfig | None = None,
        agent_config: AgentConfig | None = None,
        action_format: str | None = None,
        sampling: SamplingParams | None = None,
        constrained: bool = True,
        checkpoint_path: str | Path | None = None,
        memory: "Memory | None" = None,
    ) -> None:
        from loopwright.tools import builtin_tools

        self.engine, self.local = engine, local
        self.tools = list(tools) if tools is not None else builtin_tools()
        self.agent_config = agent_config or AgentConfig()
        if self.agent_config.approval == "ask":
            raise ValueError("a headless run cannot ask for approval: use approval 'auto' or 'never'")
        self.tracing = tracing or tr.TracingConfig()
        self.action_format = action_format or default_action_format(local)
        self.sampling = sampling or SamplingParams(max_new_tokens=256)
        self.constrained = constrained
        self.sandboxes = sandboxes
        """Owner of the runs' sandboxes (made by the caller, who closes it)."""
        self._checkpointer = sqlite_checkpointer(checkpoint_path) if checkpoint_path else None
        self.memory = memory
        """Memory across runs (None: off, the graph has no memory nodes); may be swapped between runs."""

    def unconstrained(self) -> "AgentRuntime":
        """This runtime with constrained decoding off, sharing its engine, sandboxes, tools
        and tracing: forced demonstrations bring their own logits processor, which a
        constrained decoder would replace."""
        twin = copy.copy(self)
        twin.constrained = False
        return twin

    def run(self, spec: RunSpec, on_event: EventCallback | None = None) -> RunResult:
        """One episode: a fresh (or resumed) thread, its sandbox, its trace."""
        tr.setup_tracing(self.tracing)
        run_id = spec.session_id or uuid.uuid4().hex
        memory = self.memory  # read once: a caller may swap it between runs
        graph = self._graph(spec, memory)
        config = {
            "configurable": {"thread_id": run_id},
            "recursion_limit": 4 * spec.max_turns + 10,
            "callbacks": [ChatSpanCallback()],  # the model node's calls become chat spans of this run
        }
        if memory is not None:
            config["metadata"] = {"task_id": spec.task_id}  # the memory item names its task
        start_s = time.perf_counter()
        state: dict = {}
        error: str | None = None
        reward: float | None = None
        with tr.invoke_agent_span(self.agent_config.name, run_id, spec.task_id, spec.group_id) as root:
            trace_id = tr.current_trace_id()
            try:
                inputs = start_or_resume(graph, config, spec.task) if self._checkpointer else fresh_inputs(spec.task)
                # durability="sync": a LangGraph super-step's checkpoint is on disk before the next starts.
                durable = {"durability": "sync"} if self._checkpointer else {}
                for mode, chunk in graph.stream(inputs, config, stream_mode=["updates", "values"], **durable):
                    if mode == "values":
                        state = chunk
                        continue
                    tr.end_of_run()
                    for node, update in chunk.items():
                        if on_event is not None and isinstance(update, dict):
                            on_event(node, update)
                if spec.verify is not None:
                    reward = float(spec.verify(self.sandboxes.sandbox_for(run_id, sandbox_request(spec))))
                    if memory is not None and state.get("memory_item") is not None:
                        _verified_memory(memory, root, state["memory_item"], reward)
            except Exception as exc:  # the run fails, the batch goes on; the trace says why
                error = f"{type(exc).__name__}: {exc}"
            finally:
                self.sandboxes.release(run_id)
            finish = "error" if error else state.get("finish_reason") or "error"
            turns = state.get("turns", 0)
            tr.record_run_outcome(root, finish, turns, reward, error or state.get("answer"))
        tr.end_of_run()
        return _result(run_id, trace_id, spec, state, finish, reward, error, time.perf_counter() - start_s)

    def run_many(self, specs: list[RunSpec], concurrency: int = 1,
                 on_start: Callable[[RunSpec], None] | None = None) -> Iterator[RunResult]:
        """Runs `specs` on `concurrency` threads; yields each result as it finishes.
        `on_start(spec)` is called on the run's thread as it starts (to know the runs in flight).

        The SandboxManager hears first which sandboxes the runs will ask for, so its pool
        starts containers for the first runs at once and no more than the runs take.
        """
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, got {concurrency}")
        self.sandboxes.expect([sandbox_request(spec) for spec in specs])
        pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="run")
        try:
            futures = [pool.submit(self._announced_run, spec, on_start) for spec in specs]
            for future in as_completed(futures):
                yield future.result()
        finally:
            # On a stop (a signal, an error, the caller closing the generator) the queued runs
            # are dropped at once: waiting for every one would keep the process and its
            # containers up; the runs in flight end when the manager closes their sandboxes.
            pool.shutdown(wait=False, cancel_futures=True)

    def _announced_run(self, spec: RunSpec, on_start: Callable[[RunSpec], None] | None) -> RunResult:
        if on_start is not None:
            on_start(spec)
        return self.run(spec)

    def _graph(self, spec: RunSpec, memory: "Memory | None" = None) -> Any:
        chat = LoopwrightChat(
            engine=self.engine, local=self.local, action_format=self.action_format,
            sampling=spec.sampling or self.sampling, constrained=self.constrained,
        )
        config = dataclasses.replace(self.agent_config, max_turns=spec.max_turns)
        return build_graph(chat, self.tools, self.sandboxes, config, self._checkpointer,
                           sandbox_request(spec), memory)


def _verified_memory(memory: "Memory", root: Any, item_id: int, reward: float) -> None:
    """The verifier outranks the model's own judgement of the run's memory item."""
    from loopwright.agent.tracing.memory import record_outcome_update

    memory.store.set_outcome(item_id, reward, "verifier")
    record_outcome_update(root, item_id, reward, "verifier")


def sandbox_request(spec: RunSpec) -> SandboxRequest:
    """What a run asks of its sandbox: the spec's image, limits and setup."""
    return SandboxRequest(image=spec.image, limits=spec.limits, setup=spec.setup)


def _result(run_id: str, trace_id: str | None, spec: RunSpec, state: dict, finish: str,
            reward: float | None, error: str | None, duration_s: float) -> RunResult:
    replies = [m for m in state.get("messages", []) if isinstance(m, AIMessage)]
    return RunResult(
        run_id=run_id, trace_id=trace_id, task_id=spec.task_id, group_id=spec.group_id,
        answer=state.get("answer"), finish_reason=finish, turns=state.get("turns", 0),
        tool_calls=sum(len(m.tool_calls) + len(m.invalid_tool_calls) for m in replies),
        prompt_tokens=sum(len(m.response_metadata.get("prompt_token_ids", [])) for m in replies),
        completion_tokens=sum(len(m.response_metadata.get("completion_token_ids", [])) for m in replies),
        duration_s=duration_s, reward=reward, error=error,
    )
