"""Builds the pieces eval and train share: model, engine, sandbox image, agent runtime,
and a trainable copy of the HF weights (the engine keeps serving the original; the
adapters flow to it through `engine.update_adapter` after each optimizer step)."""

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from loopwright.envs.tasks import Task
from loopwright.train.policy import LoraPolicy, LoraSettings

if TYPE_CHECKING:
    from loopwright.envs.sandbox import SandboxManager
    from loopwright.models import Engine


@dataclass
class Stack:
    local: object
    """The LocalModel (tokenizer, HF model)."""
    engine: "Engine"
    runtime: object
    base_image: str | None
    trace_dir: Path
    sandboxes: "SandboxManager"
    """The SandboxManager of the runtime's runs; whoever built the stack closes it."""

    def image_for(self, task: Task) -> str | None:
        from loopwright.envs.tasks.image import task_image

        return task_image(task, self.base_image) if self.base_image else None


def build_stack(
    model: str, engine_kind: str, sandbox: str, trace_dir: Path, max_turns: int, pool_size: int = 2,
    on_sandbox_state: "Callable[[str, str], None] | None" = None, warm_for: Sequence[Task] = (),
) -> Stack:
    """`on_sandbox_state(session id, event)`: the sandbox owner's events (a bench times them).

    `warm_for`: the tasks of the coming runs, one per run. Their pool starts its containers
    before the model loads, so the starts (~0.5 s of CPU each) overlap the load instead of
    taking the cores from the first runs' decoding.
    """
    from loopwright.agent import AgentConfig, AgentRuntime, SandboxManager, SandboxRequest
    from loopwright.agent.tracing import TracingConfig
    from loopwright.envs.tasks.image import task_image
    from loopwright.models import load, make_engine
    from loopwright.tools import builtin_tools

    sandboxes = SandboxManager(sandbox, pool_size=pool_size, on_state=on_sandbox_state)
    base_image = sandboxes.default_image() if sandbox == "docker" else None
    if base_image is not None:
        sandboxes.expect([SandboxRequest(image=task_image(t, base_image), limits=t.limits()) for t in warm_for])
    try:
        local = load(model)
        engine = make_engine(local, kind=engine_kind)
    except BaseException:  # the warmed containers go with the failed load
        sandboxes.close()
        raise
    runtime = AgentRuntime(
        engine,
        local,
        sandboxes,
        tools=builtin_tools(),
        tracing=TracingConfig(trace_dir=trace_dir),
        agent_config=AgentConfig(max_turns=max_turns),
    )
    return Stack(local, engine, runtime, base_image, trace_dir, sandboxes)


def stack_runtime(trace_dir: Path, *, model: str, engine_kind: str, sandbox: str, max_turns: int,
                  pool_size: int, adapter_dir: Path | None = None) -> object:
    """A Ray rollout worker's runtime (`loopwright.scale.worker.RuntimeFactory`): the stack
    eval builds in one process, serving the adapter, tracing into the worker's folder."""
    stack = build_stack(model, engine_kind, sandbox, trace_dir, max_turns, pool_size=pool_size)
    if adapter_dir is not None:
        apply_adapter(stack, adapter_dir)
    return stack.runtime


def driver_images(sandbox: str) -> Callable[[Task], str | None]:
    """`image_for` on a driver that runs no sandboxes itself: each task's image by name (built
    here once if missing; every node needs the same images: `loopwright sandbox build`)."""
    if sandbox != "docker":
        return lambda task: None
    from loopwright.envs.sandbox import ensure_image
    from loopwright.envs.tasks.image import task_image

    base_image = ensure_image(quiet=True)
    return lambda task: task_image(task, base_image)


def trainable_policy(local, settings: LoraSettings, adapter_dir: Path | None = None) -> LoraPolicy:
    """LoRA on a private copy of the HF model, so the engine's weights change only by sync."""
    model = copy.deepcopy(local.hf_model)
    if adapter_dir is not None:
        return LoraPolicy.from_adapter(model, adapter_dir)
    return LoraPolicy.wrap(model, settings)


def apply_adapter(stack: Stack, adapter_dir: Path) -> None:
    """Loads a trained adapter and serves it from the engine."""
    policy = trainable_policy(stack.local, LoraSettings(), adapter_dir)
    stack.engine.update_adapter(policy.lora_factors())
