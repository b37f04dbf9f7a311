"""Approval of risky tool calls through LangGraph `interrupt`.

All decisions of a turn are collected before any call runs: LangGraph re-executes the node
from its start on resume, so a call run before a later interrupt would run twice.
"""

from typing import Any, Literal

from langgraph.types import interrupt

from loopwright.agent.config import Approval

Decision = tuple[Literal["approve", "deny"], dict, str | None]
"""(action, arguments to run with, reason given for a denial)."""


def decide(call: dict, needs_approval: bool, policy: Approval) -> Decision:
    """Approve, deny or edit one call according to the policy, asking the user if 'ask'."""
    if not needs_approval or policy == "auto":
        return "approve", call["args"], None
    if policy == "never":
        return "deny", call["args"], "tools that need approval are disabled (--approve never)"
    reply = interrupt({
        "type": "approval",
        "tool_call": {"id": call["id"], "name": call["name"], "args": call["args"]},
    })
    return parse_reply(reply, call["args"])


def parse_reply(reply: Any, args: dict) -> Decision:
    """Reads a resume value {"action": approve|deny|edit, "args", "reason"}."""
    if not isinstance(reply, dict) or reply.get("action") not in ("approve", "deny", "edit"):
        raise ValueError(
            "resume an approval with Command(resume={'action': 'approve'|'deny'|'edit', "
            f"'args': dict|None, 'reason': str|None}}), got {reply!r}"
        )
    action = reply["action"]
    if action == "deny":
        return "deny", args, reply.get("reason")
    if action == "edit":
        edited = reply.get("args")
        if not isinstance(edited, dict):
            raise ValueError(f"an 'edit' resume needs 'args' as a dict, got {edited!r}")
        return "approve", edited, None
    return "approve", args, None
