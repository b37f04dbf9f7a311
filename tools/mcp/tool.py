"""An MCP server's tool as one of ours: same `Tool.run` (never raises, output capped), its
arguments checked against the server's own JSON schema instead of a pydantic model."""

from dataclasses import dataclass
from functools import partial
from typing import Any

import jsonschema
import mcp_types
from pydantic import BaseModel, ConfigDict

from loopwright.tools.base import Tool
from loopwright.tools.mcp.client import McpConnection
from loopwright.tools.result import ToolResult
from loopwright.tools.schema import expected


class McpArguments(BaseModel):
    """Placeholder argument model: an MCP tool's arguments are checked by its JSON schema."""

    model_config = ConfigDict(extra="allow")


@dataclass(eq=False)
class McpTool(Tool):
    """A remote tool; runs on the host (in the server's process), never in the sandbox."""

    server: str = ""
    """The name of the MCP server that serves it."""
    remote_name: str = ""
    """Its name on the server (ours differs only when two tools would share a name)."""

    def _keyword_arguments(self, arguments: dict[str, Any]) -> dict[str, Any] | ToolResult:
        validator = jsonschema.validators.validator_for(self.parameters)(self.parameters)
        try:
            problems = [_problem(e) for e in validator.iter_errors(arguments)]
        except jsonschema.SchemaError:  # the server's schema is broken: let the server judge
            problems = []
        if problems:
            return ToolResult(f"Invalid arguments for tool `{self.name}`: {'; '.join(problems)}. "
                              f"{expected(self.parameters)}", True)
        return {"arguments": arguments}


def mcp_tool(connection: McpConnection, listed: mcp_types.Tool, name: str | None = None,
             requires_approval: bool = True) -> McpTool:
    """Our Tool for `listed`, calling it over `connection` (named `name` when given)."""
    schema = _without_titles(listed.input_schema)
    call = partial(_call, connection, listed.name)
    return McpTool(
        name=name or listed.name, description=listed.description or listed.title or listed.name,
        fn=call, args_model=McpArguments, parameters=schema, requires_approval=requires_approval,
        server=connection.spec.name, remote_name=listed.name,
    )


def _call(connection: McpConnection, remote_name: str, arguments: dict[str, Any]) -> ToolResult:
    return connection.call(remote_name, arguments)


def _problem(error: jsonschema.ValidationError) -> str:
    where = ".".join(str(p) for p in error.absolute_path)
    return f"`{where}`: {error.message}" if where else error.message


def _without_titles(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema without pydantic's generated `title`s (noise in a small model's prompt)."""
    out = {k: v for k, v in schema.items() if k != "title"}
    if isinstance(out.get("properties"), dict):
        out["properties"] = {
            key: {k: v for k, v in prop.items() if k != "title"} if isinstance(prop, dict) else prop
            for key, prop in out["properties"].items()
        }
    out.setdefault("required", [])
    return out
