"""loopwright: a terminal agent framework with tool use on a local model.

A LangGraph agent runs on our own KV-cached engine, acts through tools inside Docker
sandboxes, is traced with OpenTelemetry, and the traces train the same model. The public
API is re-exported here:

    import loopwright as lw

    local = lw.load("smollm2-135m")
    engine = lw.make_engine(local)
    with lw.SandboxManager("docker") as sandboxes:
        runtime = lw.AgentRuntime(engine, local, sandboxes)
        result = runtime.run(lw.RunSpec("Create a file hello.txt containing hi, then finish"))

Names resolve on first use (PEP 562), so `import loopwright` and `loopwright --help` stay
fast: torch, transformers and LangGraph load only when a name that needs them is touched.
"""

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    # models: loading, engines, sampling
    "load": "loopwright.models",
    "make_engine": "loopwright.models",
    "Engine": "loopwright.models",
    "EngineConfig": "loopwright.models",
    "LocalModel": "loopwright.models",
    "ModelLoadError": "loopwright.models",
    "SamplingParams": "loopwright.models.sampling",
    "GenerationResult": "loopwright.models.sampling",
    "LoopwrightChat": "loopwright.models.chat_model",
    # tools
    "Tool": "loopwright.tools",
    "ToolError": "loopwright.tools",
    "ToolRegistry": "loopwright.tools",
    "tool": "loopwright.tools",
    "builtin_tools": "loopwright.tools",
    # sandboxes and task suites
    "Limits": "loopwright.envs.sandbox",
    "Sandbox": "loopwright.envs.sandbox",
    "SandboxError": "loopwright.envs.sandbox",
    "SandboxManager": "loopwright.envs.sandbox",
    "load_suite": "loopwright.envs.tasks",
    # the agent, its runs and traces
    "AgentConfig": "loopwright.agent",
    "AgentRuntime": "loopwright.agent",
    "RunSpec": "loopwright.agent",
    "RunResult": "loopwright.agent",
    "build_graph": "loopwright.agent",
    "TracingConfig": "loopwright.agent.tracing",
    "setup_tracing": "loopwright.agent.tracing",
    # training and evaluation
    "TrainConfig": "loopwright.train.config",
    "Trainer": "loopwright.train.trainer",
    "evaluate": "loopwright.train.evaluate",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'loopwright' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)


def __dir__() -> list[str]:
    return sorted(__all__)
