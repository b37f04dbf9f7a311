"""A Tool bound to one sandbox, as a LangChain BaseTool (so langgraph's ToolNode runs it).

The args schema is handed over as plain JSON schema, so LangChain passes the model's
arguments through untouched and our own validation produces the error observation.
The ToolMessage artifact carries exit code, duration, error and truncation flags.
"""

from typing import Any

from langchain_core.tools import BaseTool
from loopwright.envs.sandbox.base import Sandbox
from loopwright.tools.base import Tool
from pydantic import ConfigDict


class SandboxTool(BaseTool):
    """LangChain view of a loopwright Tool; `_run` returns (content, artifact)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    tool: Any
    sandbox: Any
    response_format: str = "content_and_artifact"

    def _run(self, **kwargs: Any) -> tuple[str, dict[str, Any]]:
        kwargs.pop("run_manager", None)
        result = self.tool.run(self.sandbox, kwargs)
        artifact = {
            "exit_code": result.exit_code, "duration_s": result.duration_s,
            "is_error": result.is_error, "truncated": result.truncated,
            "final_answer": result.final_answer,
        }
        return result.output, artifact


def to_langchain(tool: Tool, sandbox: Sandbox) -> BaseTool:
    return SandboxTool(
        name=tool.name, description=tool.description, args_schema=tool.parameters,
        tool=tool, sandbox=sandbox,
    )
