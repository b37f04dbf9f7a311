"""The process's one TracerProvider, with exporters that can be swapped.

OpenTelemetry allows a single global provider per process, but tests and long-lived
processes (a TUI that changes its trace dir) need several configurations over time. So the
provider is created once and owns a `SwappableProcessor`; `setup_tracing` builds the
exporters of a config and swaps them in, shutting the previous ones down (flushing them).
"""

import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SimpleSpanProcessor,
)

from loopwright.agent.tracing.config import TracingConfig
from loopwright.agent.tracing.jsonl import JsonlSpanExporter

TRACER_NAME = "loopwright.agent"


class SwappableProcessor(SpanProcessor):
    """Fans spans out to the current list of processors, which `swap` replaces atomically."""

    def __init__(self) -> None:
        self._processors: tuple[SpanProcessor, ...] = ()

    def swap(self, processors: tuple[SpanProcessor, ...]) -> tuple[SpanProcessor, ...]:
        old, self._processors = self._processors, processors
        return old

    def on_start(self, span: Span, parent_context=None) -> None:
        for p in self._processors:
            p.on_start(span, parent_context=parent_context)

    def on_end(self, span: ReadableSpan) -> None:
        for p in self._processors:
            p.on_end(span)

    def shutdown(self) -> None:
        for p in self.swap(()):
            p.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return all(p.force_flush(timeout_millis) for p in self._processors)


class _State:
    """Module-level tracing state: the provider, the router and what is configured now."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.router = SwappableProcessor()
        self.provider: TracerProvider | None = None
        self.tracer: trace.Tracer | None = None
        self.config: TracingConfig | None = None
        self.jsonl: JsonlSpanExporter | None = None


_state = _State()


def otlp_traces_url(endpoint: str) -> str:
    """`http://host:4318` -> `http://host:4318/v1/traces`; a URL with a path is kept as is."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"OTLP endpoint must be an http(s) URL like http://127.0.0.1:4318, got {endpoint!r}")
    if parts.path in ("", "/"):
        parts = parts._replace(path="/v1/traces")
    return urlunsplit(parts)


def _build_processors(config: TracingConfig) -> tuple[tuple[SpanProcessor, ...], JsonlSpanExporter | None]:
    processors: list[SpanProcessor] = []
    jsonl = None
    otlp_url = otlp_traces_url(config.otlp_endpoint) if config.otlp_endpoint else None  # may raise
    if config.trace_dir is not None:
        # Synchronous: the line is written when the span ends, so a kill loses only open spans.
        jsonl = JsonlSpanExporter(Path(config.trace_dir).expanduser().resolve())
        processors.append(SimpleSpanProcessor(jsonl))
    if otlp_url is not None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        exporter = OTLPSpanExporter(endpoint=otlp_url)
        processors.append(BatchSpanProcessor(exporter))
    if config.console:
        processors.append(SimpleSpanProcessor(ConsoleSpanExporter(out=sys.stderr)))
    return tuple(processors), jsonl


def setup_tracing(config: TracingConfig) -> None:
    """Makes `config` the process's tracing; a repeat call with an equal config does nothing.

    The first call creates the TracerProvider (and makes it the global one unless the
    application installed its own); later calls with another config swap the exporters.
    Raises ValueError for a bad endpoint or a trace dir that is a file, before changing anything.
    """
    with _state.lock:
        if config == _state.config:
            return
        processors, jsonl = _build_processors(config)
        if _state.provider is None:
            resource = Resource.create({"service.name": config.service_name})
            _state.provider = TracerProvider(resource=resource)
            _state.provider.add_span_processor(_state.router)
            if isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider):
                trace.set_tracer_provider(_state.provider)
            _state.tracer = _state.provider.get_tracer(TRACER_NAME)
        old = _state.router.swap(processors)
        _state.config, _state.jsonl = config, jsonl
    for p in old:
        p.shutdown()


def get_tracer() -> trace.Tracer:
    """Our tracer; before any `setup_tracing` it is OTel's no-op tracer (nothing recorded)."""
    return _state.tracer or trace.NoOpTracer()


def end_of_run() -> None:
    """Called after every run: the JSONL lines of its finished spans are fsynced to disk."""
    jsonl = _state.jsonl
    if jsonl is not None:
        jsonl.force_flush()


def shutdown_tracing() -> None:
    """Flushes and closes all exporters (OTLP batches are sent); tracing stays set up but idle."""
    with _state.lock:
        old = _state.router.swap(())
        _state.config, _state.jsonl = None, None
    for p in old:
        p.shutdown()
