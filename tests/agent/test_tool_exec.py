"""Running one parsed call: only tools that use the sandbox start it."""

from loopwright.agent.tool_exec import by_name, run_call
from loopwright.envs.sandbox.base import ExecResult
from loopwright.tools import builtin_tools


class EchoSandbox:
    def exec(self, command: str, timeout_s: float, stdin: str | None = None) -> ExecResult:
        return ExecResult(0, f"ran {command}", "")


class CountingSandboxes:
    """A sandbox factory that records how often the agent asked for the sandbox."""

    def __init__(self) -> None:
        self.asked = 0

    def __call__(self) -> EchoSandbox:
        self.asked += 1
        return EchoSandbox()


def test_finish_runs_without_starting_a_sandbox():
    sandboxes = CountingSandboxes()
    message, final = run_call(by_name(builtin_tools()), sandboxes,
                              {"id": "c1", "name": "finish", "args": {"answer": "42"}})
    assert final == "42"
    assert message.status == "success"
    assert sandboxes.asked == 0


def test_a_sandbox_tool_asks_for_the_sandbox():
    sandboxes = CountingSandboxes()
    message, final = run_call(by_name(builtin_tools()), sandboxes,
                              {"id": "c2", "name": "bash", "args": {"command": "true"}})
    assert sandboxes.asked == 1
    assert final is None
    assert "ran true" in message.content
