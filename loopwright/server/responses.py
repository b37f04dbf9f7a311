"""Pieces of OpenAI response bodies both endpoints build: ids, usage, logprobs, tool calls, SSE."""

import json
import time
import uuid
from typing import Any

from loopwright.models.tool_calls import OPEN_TAG, parse_hermes

DONE_EVENT = "data: [DONE]\n\n"


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def now_s() -> int:
    return int(time.time())


def sse(body: dict[str, Any]) -> str:
    """One server-sent event carrying a JSON body."""
    return f"data: {json.dumps(body, separators=(',', ':'))}\n\n"


def usage(num_prompt_tokens: int, num_completion_tokens: int) -> dict[str, int]:
    return {"prompt_tokens": num_prompt_tokens, "completion_tokens": num_completion_tokens,
            "total_tokens": num_prompt_tokens + num_completion_tokens}


class TokenText:
    """Each token's own text, as logprobs list it (a special token keeps its name)."""

    def __init__(self, tokenizer: Any):
        self.tokenizer = tokenizer

    def __call__(self, token_id: int) -> str:
        return self.tokenizer.decode([token_id])

    def chat_entry(self, token_id: int, logprob: float, top: tuple[list[int], list[float]] | None) -> dict:
        """One item of a chat choice's `logprobs.content`."""
        text = self(token_id)
        entry = {"token": text, "logprob": logprob, "bytes": list(text.encode()), "top_logprobs": []}
        if top is not None:
            entry["top_logprobs"] = [{"token": (t := self(i)), "logprob": lp, "bytes": list(t.encode())}
                                     for i, lp in zip(*top, strict=True)]
        return entry

    def completion_logprobs(self, token_ids: list[int], logprobs: list[float],
                            tops: list[tuple[list[int], list[float]]], text_start: int = 0) -> dict:
        """A completions choice's legacy `logprobs` object."""
        tokens = [self(i) for i in token_ids]
        offsets, at = [], text_start
        for t in tokens:
            offsets.append(at)
            at += len(t)
        return {"tokens": tokens, "token_logprobs": list(logprobs),
                "top_logprobs": [{self(i): lp for i, lp in zip(*top, strict=True)} for top in tops],
                "text_offset": offsets}


def finish_reason(reason: str) -> str:
    """The engine's reason in OpenAI's words (an aborted sample only reaches a gone client)."""
    return "stop" if reason == "abort" else reason


def tool_calls_message(text: str) -> tuple[str | None, list[dict]]:
    """(content, OpenAI tool_calls) of a completion that may hold `<tool_call>` blocks.

    Calls the parser cannot read leave the text as content, so the client sees what the
    model wrote. `parallel_tool_calls: false` needs no cut here: the decoding constraint
    ended the completion after its first call, so the traced tokens hold what the client got.
    """
    turn = parse_hermes(text)
    if not turn.calls:
        return text, []
    calls = [{"id": c.id, "type": "function", "function": {"name": c.name, "arguments": json.dumps(c.arguments)}}
             for c in turn.calls]
    before = text[: text.find(OPEN_TAG)].strip()
    return before or None, calls


class ToolTextHoldback:
    """Streams the text before a `<tool_call>` and holds back the rest for the parser."""

    def __init__(self) -> None:
        self.text = ""
        self.emitted = 0
        self.in_call = False

    def push(self, delta: str) -> str:
        """The part of the text so far that is surely content, not yet emitted."""
        self.text += delta
        if self.in_call:
            return ""
        at = self.text.find(OPEN_TAG, max(0, self.emitted - len(OPEN_TAG)))
        if at >= 0:
            self.in_call = True
            end = at
        else:  # a tail that may be the start of the tag waits for the next token
            end = len(self.text)
            for k in range(min(len(OPEN_TAG) - 1, len(self.text)), 0, -1):
                if OPEN_TAG.startswith(self.text[-k:]):
                    end = len(self.text) - k
                    break
        out = self.text[self.emitted:max(end, self.emitted)]
        self.emitted = max(end, self.emitted)
        return out

    def rest(self) -> str:
        """What was held back, for a completion that made no call after all."""
        out = self.text[self.emitted:]
        self.emitted = len(self.text)
        return out
