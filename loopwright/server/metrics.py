"""`GET /metrics`: Prometheus text from the engine's counters and the server's own.

Running and waiting sequences, KV blocks and prefix-cache reuse come from `Engine.stats`;
tokens per second is what the server handed to clients over the last `WINDOW_S` seconds.
"""

import threading
import time
from collections import deque
from collections.abc import Mapping

WINDOW_S = 10.0
"""Seconds over which `loopwright_generation_tokens_per_second` is averaged."""


class ServerCounters:
    """Requests and tokens through the server; thread-safe (stream threads add tokens)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._recent: deque[tuple[float, int]] = deque()
        """(monotonic time, generated tokens) of the last WINDOW_S seconds."""
        self.requests_total = 0
        self.requests_in_flight = 0
        self.prompt_tokens_total = 0
        self.generation_tokens_total = 0

    def started(self, num_prompt_tokens: int) -> None:
        with self._lock:
            self.requests_total += 1
            self.requests_in_flight += 1
            self.prompt_tokens_total += num_prompt_tokens

    def generated(self, num_tokens: int) -> None:
        now = time.monotonic()
        with self._lock:
            self.generation_tokens_total += num_tokens
            self._recent.append((now, num_tokens))
            self._forget(now)

    def finished(self) -> None:
        with self._lock:
            self.requests_in_flight -= 1

    def tokens_per_s(self) -> float:
        now = time.monotonic()
        with self._lock:
            self._forget(now)
            return sum(n for _, n in self._recent) / WINDOW_S

    def _forget(self, now: float) -> None:
        while self._recent and self._recent[0][0] < now - WINDOW_S:
            self._recent.popleft()


def prometheus_text(counters: ServerCounters, engine_stats: Mapping[str, int]) -> str:
    """The exposition format: `# HELP`, `# TYPE` and one sample per metric."""
    stats = dict(engine_stats)
    num_blocks, free = stats.get("num_blocks", 0), stats.get("free_blocks", 0)
    prefilled, cached = stats.get("prefilled_tokens", 0), stats.get("cached_tokens", 0)
    metrics = [
        ("requests_running", "gauge", "Sequences in the engine's running batch.", stats.get("running_seqs", 0)),
        ("requests_waiting", "gauge", "Sequences waiting to be admitted (prefilled).", stats.get("waiting_seqs", 0)),
        ("http_requests_in_flight", "gauge", "Completion requests the server is answering.",
         counters.requests_in_flight),
        ("requests_total", "counter", "Completion requests received.", counters.requests_total),
        ("generation_tokens_per_second", "gauge", f"Tokens generated per second over the last {WINDOW_S:g} s.",
         counters.tokens_per_s()),
        ("generation_tokens_total", "counter", "Tokens generated for clients.", counters.generation_tokens_total),
        ("prompt_tokens_total", "counter", "Prompt tokens of the requests received.", counters.prompt_tokens_total),
        ("kv_blocks_used", "gauge", "KV-cache blocks holding a sequence's keys and values.", num_blocks - free),
        ("kv_blocks_total", "gauge", "KV-cache blocks of the engine.", num_blocks),
        ("prefix_cache_hit_rate", "gauge", "Share of prompt tokens whose KV came from the prefix cache.",
         cached / (cached + prefilled) if cached + prefilled else 0.0),
        ("prefilled_tokens_total", "counter", "Prompt tokens run through the model.", prefilled),
        ("cached_prompt_tokens_total", "counter", "Prompt tokens taken from the prefix cache.", cached),
        ("preemptions_total", "counter", "Sequences preempted for lack of KV blocks.", stats.get("preemptions", 0)),
        ("draft_tokens_total", "counter", "Tokens guessed by speculative decoding's prompt lookup.",
         stats.get("draft_tokens", 0)),
        ("accepted_draft_tokens_total", "counter", "Guessed tokens the model confirmed (decode steps saved).",
         stats.get("accepted_draft_tokens", 0)),
    ]
    lines = []
    for name, kind, help_text, value in metrics:
        lines += [f"# HELP loopwright_{name} {help_text}", f"# TYPE loopwright_{name} {kind}",
                  f"loopwright_{name} {value:g}" if isinstance(value, float) else f"loopwright_{name} {value}"]
    return "\n".join(lines) + "\n"
