"""Child process of the SIGKILL test: one checkpointed run whose tool is slow and logged."""

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from loopwright.agent import AgentConfig, SandboxManager, build_graph
from loopwright.agent.checkpoint import sqlite_checkpointer, start_or_resume
from tests.fixtures.counting_sandbox import CountingSandboxFactory
from tests.fixtures.recording_tool import RecordingTool, ToolOutcome
from tests.fixtures.scripted_chat import CountingChatModel


@dataclass
class SlowLoggedTool(RecordingTool):
    log: Path = Path("calls.log")
    delay_s: float = 0.0

    def run(self, sandbox, arguments):
        with open(self.log, "a") as f:
            f.write(f"{arguments['n']}\n")
        time.sleep(self.delay_s)
        return ToolOutcome(f"call {arguments['n']} done")


def main(db: str, log: str, delay_s: float) -> None:
    tools = [SlowLoggedTool("slow", log=Path(log), delay_s=delay_s), RecordingTool("finish")]
    factory = CountingSandboxFactory()
    sandboxes = SandboxManager("local", starter=lambda request, session_id: factory())
    graph = build_graph(CountingChatModel(calls=4), tools, sandboxes, AgentConfig(max_turns=10), sqlite_checkpointer(db))
    config = {"configurable": {"thread_id": "session-1"}}
    out = graph.invoke(start_or_resume(graph, config, "do four slow calls"), config, durability="sync")
    print(out["finish_reason"], out["turns"], out["answer"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
