"""`loopwright run` with a scripted model: the real CLI, checkpointer, sandbox and tools.

`python -m tests.cli.scripted_run MARK run ... --session S` runs the CLI's `main()` with the
model swapped for `NotesScript`, whose reply depends only on the history, so a killed and
resumed process continues the same script: write notes.txt, run a long command (touching
the host file MARK as it asks for it: the moment to kill the process), read notes.txt back,
answer with what it read. The long command sleeps only in the first container (a marker
in its /tmp), so a resumed run does not sleep again.
"""

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

NOTES = "written before the crash"
STEPS = [
    f"printf '{NOTES}' > notes.txt && touch /tmp/first-container",
    "if [ -e /tmp/first-container ]; then sleep 120; fi",
    "cat notes.txt",
]


class NotesScript(BaseChatModel):
    """The bash call of the next step in STEPS, then an answer quoting the last tool output."""

    mark: str

    @property
    def _llm_type(self) -> str:
        return "notes-script"

    def bind_tools(self, tools: Any, **kwargs: Any) -> "NotesScript":
        return self

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        results = [m for m in messages if isinstance(m, ToolMessage)]
        if len(results) < len(STEPS):
            if len(results) == 1:
                Path(self.mark).touch()
            call = {"name": "bash", "args": {"command": STEPS[len(results)]},
                    "id": f"call{len(results)}", "type": "tool_call"}
            reply = AIMessage("", tool_calls=[call])
        else:
            reply = AIMessage(f"notes.txt: {results[-1].content}")
        return ChatResult(generations=[ChatGeneration(message=reply)])


def main() -> None:
    import loopwright.agent.runner as runner
    import loopwright.models as models
    from loopwright.cli import main as cli_main

    mark, sys.argv[1:] = sys.argv[1], sys.argv[2:]
    models.load = lambda name: SimpleNamespace(name="notes-script")
    models.make_engine = lambda local, kind: None
    runner.LoopwrightChat = lambda **kwargs: NotesScript(mark=mark)
    cli_main()


if __name__ == "__main__":
    main()
