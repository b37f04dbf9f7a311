"""Distilling a finished run into a lesson: what it did, what failed, and how it ended.

Deterministic on purpose: the embedded 135M model cannot summarise its own run reliably,
and a lesson read from the run's tool calls and observations costs no model call, cannot
hallucinate, and is the same every time the run is distilled.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

OutcomeSource = Literal["verifier", "rating", "self"]
"""Who judged the run: the task's verifier, a person, or the model itself (it called
finish or answered, and no tool failed in its last turn); 'self' is the weakest."""
SUCCESS = 0.5
"""Outcomes at or above this are lessons of what worked, below it of what failed."""
MAX_ACTIONS = 4
"""Only the last actions of a run are kept: the ones that led to its end."""
ACTION_CHARS = 90
_ENDINGS = {"finish": "calling finish", "answer": "answering in text", "max_turns": "running out of turns"}


@dataclass(slots=True, frozen=True)
class Distilled:
    actions: str
    """The run's last actions with their result ('bash `echo 4 > a.txt` -> ok; finish(4)')."""
    error: str | None
    """The last failed action and its error, or why the run stopped; None if nothing failed."""
    self_outcome: float
    """The model's own judgement: 1.0 if it declared the task done without a failing last turn."""


def distill(messages: Sequence[BaseMessage], finish_reason: str | None, answer: str | None) -> Distilled:
    """What a run did and where it failed, read from its messages."""
    results = {m.tool_call_id: m for m in messages if isinstance(m, ToolMessage)}
    actions: list[str] = []
    error: str | None = None
    last_turn_failed = False
    for message in messages:
        if not isinstance(message, AIMessage):
            continue
        last_turn_failed = False
        for call in message.tool_calls:
            result = results.get(call.get("id") or "")
            failed = result is not None and result.status == "error"
            actions.append(f"{_call_text(call['name'], call.get('args') or {})} -> {'error' if failed else 'ok'}")
            if failed:
                error = f"{call['name']}: {_first_line(str(result.content))}"
                last_turn_failed = True
        for bad in message.invalid_tool_calls:
            actions.append(f"malformed call {_short(bad.get('name') or '?', 30)}")
            error, last_turn_failed = "a malformed tool call (not valid JSON for the tool's schema)", True
        if not message.tool_calls and not message.invalid_tool_calls:
            actions.append(f"answered {_short(answer if answer is not None else _text(message), ACTION_CHARS)!r}")
    if finish_reason == "max_turns":
        error = f"{error}; the turn budget ran out" if error else "the turn budget ran out before finish"
    declared_done = finish_reason in ("finish", "answer")
    return Distilled("; ".join(actions[-MAX_ACTIONS:]) or "nothing", error,
                     1.0 if declared_done and not last_turn_failed else 0.0)


def lesson_text(outcome: float, source: OutcomeSource, finish_reason: str, actions: str, error: str | None) -> str:
    """The line a later prompt shows: success says what worked, failure what was tried and failed."""
    judge = {"verifier": "checked by the verifier", "rating": "rated by a person",
             "self": "judged by the model itself"}[source]
    if outcome >= SUCCESS:
        return f"Passed ({judge}). What worked: {actions}."
    failed = error or f"the result (no tool call failed; the run ended by {_ENDINGS.get(finish_reason, finish_reason)})"
    return f"Failed ({judge}). Tried: {actions}. What failed: {failed}."


def _call_text(name: str, args: dict) -> str:
    if len(args) == 1:
        (value,) = args.values()
        return f"{name} `{_short(str(value), ACTION_CHARS)}`"
    return f"{name}({_short(json.dumps(args, ensure_ascii=False, default=str), ACTION_CHARS)})"


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return _short(lines[0] if lines else "(no output)", 120)


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def _text(message: AIMessage) -> str:
    return message.content if isinstance(message.content, str) else message.text
