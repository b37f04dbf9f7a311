"""loopwright.agent: the LangGraph agent, its runner, tracing and trajectories.

Names are resolved lazily so `import loopwright.agent.tracing` does not pull in LangGraph.
"""

from typing import Any

_EXPORTS = {
    "AgentConfig": "loopwright.agent.config",
    "build_graph": "loopwright.agent.graph",
    "SandboxManager": "loopwright.envs.sandbox.manager",
    "SandboxRequest": "loopwright.envs.sandbox.manager",
    "LoopwrightChat": "loopwright.models.chat_model",
    "AgentRuntime": "loopwright.agent.runner",
    "RunSpec": "loopwright.agent.runner",
    "RunResult": "loopwright.agent.runner",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'loopwright.agent' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_EXPORTS[name]), name)
