"""A scripted chat model that streams like the engine, and tools that record their calls.

Drives the real agent graph in UI tests: the model and the sandbox are not under test
here, the screen is. Each reply streams word by word (optionally slowed down), ends
with its tool calls and engine-like response metadata, and records whether its stream
was closed, which is how cancellation reaches the engine.
"""

import json
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from langchain_core.outputs.chat_generation import merge_chat_generation_chunks
from pydantic import PrivateAttr

from tests.fixtures.recording_tool import RecordingTool as SharedRecordingTool
from tests.fixtures.recording_tool import ToolOutcome, call

__all__ = ["NullSandbox", "RecordingTool", "StreamingScriptedModel", "ToolOutcome", "call"]

PROMPT_TOKENS = 90
DECODE_TOKENS_PER_S = 25.0



@dataclass
class StreamRecord:
    """How far one streamed reply got."""

    prompt: list[BaseMessage] = field(default_factory=list)
    words_sent: int = 0
    finished: bool = False
    closed: bool = False


class StreamingScriptedModel(BaseChatModel):
    """Replies with `script` in order (the last reply repeats), one word per stream chunk."""

    script: list[AIMessage]
    word_delay_s: float = 0.0

    _streams: list[StreamRecord] = PrivateAttr(default_factory=list)
    _hold_after_words: int | None = PrivateAttr(default=None)
    _release: threading.Event = PrivateAttr(default_factory=threading.Event)

    @property
    def _llm_type(self) -> str:
        return "streaming-scripted"

    @property
    def streams(self) -> list[StreamRecord]:
        return self._streams

    def hold_after(self, words: int) -> threading.Event:
        """Makes replies pause after `words` words until the returned event is set."""
        self._hold_after_words = words
        return self._release

    def bind_tools(self, tools: Any, **kwargs: Any) -> "StreamingScriptedModel":
        return self

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any) -> ChatResult:
        chunk = merge_chat_generation_chunks(list(self._stream(messages, stop)))
        return ChatResult(generations=[chunk])

    def _stream(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any):
        reply = self.script[min(len(self._streams), len(self.script) - 1)]
        record = StreamRecord(prompt=list(messages))
        self._streams.append(record)
        words = re.findall(r"\s*\S+", reply.content)
        try:
            for word in words:
                time.sleep(self.word_delay_s)
                record.words_sent += 1
                yield ChatGenerationChunk(message=AIMessageChunk(content=word))
                if record.words_sent == self._hold_after_words:
                    self._release.wait(timeout=30)
            yield ChatGenerationChunk(message=self._last_chunk(reply, len(words)))
            record.finished = True
        finally:
            record.closed = True

    def _last_chunk(self, reply: AIMessage, num_words: int) -> AIMessageChunk:
        """Tool calls plus the metadata LoopwrightChat reports (token ids, timings)."""
        tool_call_chunks = [
            {"name": c["name"], "args": json.dumps(c["args"]), "id": f"{c['id']}_{len(self._streams)}", "index": i}
            for i, c in enumerate(reply.tool_calls)
        ]
        num_tokens = max(num_words, 1)
        metadata = {
            "prompt_token_ids": list(range(PROMPT_TOKENS)),
            "completion_token_ids": list(range(num_tokens)),
            "timings": {"decode": num_tokens / DECODE_TOKENS_PER_S},
            "finish_reason": "stop",
        }
        return AIMessageChunk(content="", tool_call_chunks=tool_call_chunks, response_metadata=metadata)


@dataclass
class RecordingTool(SharedRecordingTool):
    """The shared recording tool with a visible duration, so tool panels show one."""

    duration_s: float = 0.25


class NullSandbox:
    """Stands in for a sandbox: the recording tools never touch it."""

    def close(self) -> None:
        pass
