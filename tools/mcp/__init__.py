"""MCP both ways: stdio MCP servers' tools offered to the agent as ours (`toolset.McpToolset`),
and our sandboxed tools served to any MCP client (`server.serve_stdio`).

Nothing is imported here: the `mcp` SDK takes seconds to import, so only commands that
use MCP load it (`settings` alone is light).
"""
