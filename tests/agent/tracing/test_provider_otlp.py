"""OTLP/HTTP export, checked against a real receiver decoding the protobuf requests."""

import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

from loopwright.agent.tracing import TracingConfig, setup_tracing, shutdown_tracing
from loopwright.agent.tracing.provider import otlp_traces_url
from loopwright.agent.trajectories import read_trajectories
from tests.fixtures.tracing import traced_run


class OtlpReceiver(ThreadingHTTPServer):
    """A minimal OTLP/HTTP trace collector on 127.0.0.1 keeping every decoded request."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, ExportTraceServiceRequest]] = []

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def spans(self) -> list:
        return [
            span
            for _, request in self.requests
            for resource_spans in request.resource_spans
            for scope_spans in resource_spans.scope_spans
            for span in scope_spans.spans
        ]


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        request = ExportTraceServiceRequest()
        request.ParseFromString(body)
        self.server.requests.append((self.path, request))
        reply = ExportTraceServiceResponse().SerializeToString()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args) -> None:
        """Quiet: the test reads the requests, not the access log."""


@pytest.fixture
def receiver() -> Iterator[OtlpReceiver]:
    server = OtlpReceiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def attribute_values(span) -> dict:
    """OTLP AnyValue attributes as Python values (scalars and arrays of scalars)."""
    def value(v):
        kind = v.WhichOneof("value")
        if kind == "array_value":
            return [value(x) for x in v.array_value.values]
        return getattr(v, kind)

    return {kv.key: value(kv.value) for kv in span.attributes}


def test_otlp_receiver_gets_the_run_with_token_ids(receiver: OtlpReceiver, tmp_path) -> None:
    setup_tracing(TracingConfig(trace_dir=tmp_path, otlp_endpoint=receiver.endpoint))
    trace_id = traced_run([([1, 2, 3], [4, 5], "a.txt"), ([1, 2, 3, 4, 5, 6], [7], None)])
    shutdown_tracing()  # flushes the batch processor

    assert {path for path, _ in receiver.requests} == {"/v1/traces"}
    spans = {span.name: span for span in receiver.spans()}
    assert set(spans) == {"invoke_agent coder", "chat smollm2-135m", "execute_tool bash"}
    assert len(receiver.spans()) == 4
    assert {span.trace_id.hex() for span in receiver.spans()} == {trace_id}
    root = attribute_values(spans["invoke_agent coder"])
    assert root["gen_ai.operation.name"] == "invoke_agent"
    assert root["loopwright.reward"] == 1.0
    chats = [attribute_values(s) for s in receiver.spans() if s.name == "chat smollm2-135m"]
    assert [c["loopwright.prompt_token_ids"] for c in chats] == [[1, 2, 3], [1, 2, 3, 4, 5, 6]]
    assert chats[0]["loopwright.completion_token_ids"] == [4, 5]
    assert chats[0]["loopwright.logprobs"] == pytest.approx([-0.5, -0.51])
    assert [t.trace_id for t in read_trajectories(tmp_path)] == [trace_id]  # JSONL alongside
    resource = receiver.requests[0][1].resource_spans[0].resource
    assert {kv.key: kv.value.string_value for kv in resource.attributes}["service.name"] == "loopwright"


@pytest.mark.parametrize(
    ("endpoint", "url"),
    [
        ("http://127.0.0.1:4318", "http://127.0.0.1:4318/v1/traces"),
        ("http://collector:4318/", "http://collector:4318/v1/traces"),
        ("https://otel.example/custom/traces", "https://otel.example/custom/traces"),
    ],
)
def test_endpoint_gets_the_traces_path_only_when_it_has_none(endpoint: str, url: str) -> None:
    assert otlp_traces_url(endpoint) == url
