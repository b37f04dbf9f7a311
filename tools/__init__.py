"""Tools: typed functions the model calls, acting only inside the session's sandbox."""

from loopwright.tools.base import Tool, ToolError, tool
from loopwright.tools.builtins import builtin_tools
from loopwright.tools.registry import ToolRegistry
from loopwright.tools.result import ToolResult, cap_observation

__all__ = [
    "Tool", "ToolError", "ToolRegistry", "ToolResult", "builtin_tools", "cap_observation", "tool",
]
