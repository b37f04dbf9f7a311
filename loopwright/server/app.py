"""The FastAPI app: routes over one `ServedModel`, OpenAI-shaped errors, Prometheus metrics.

Every client's requests go to the one engine, whose request front batches them continuously
(32 clients decode as 32 rows of each step). `serve` runs the app on uvicorn: SIGTERM stops
new connections and lets the running requests finish before the process exits.
"""

import inspect
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from loopwright.server.chat import chat_completions
from loopwright.server.completions import completions
from loopwright.server.errors import APIError, install_error_handlers
from loopwright.server.metrics import prometheus_text
from loopwright.server.responses import now_s
from loopwright.server.runs import in_thread
from loopwright.server.schemas import (
    ChatCompletionRequest,
    CompletionRequest,
    RewardRequest,
    WeightsRequest,
)
from loopwright.server.served import ServedModel

SESSION_HEADERS = ("x-session-id", "x-loopwright-session")
"""Headers that name the session a call belongs to (its traces are grouped by it)."""


NO_FRAMEWORK_TELEMETRY = (
    {"telemetry": {"tracing": False, "metrics": False, "logs": False}}
    if "telemetry" in inspect.signature(FastAPI.__init__).parameters else {}
)
"""FastAPI >= 0.16x traces itself into the global OTel provider, which `--trace-dir` owns: its
HTTP spans would land in the training traces and parent our chat spans, so they are off."""


def session_of(http: Request, body: ChatCompletionRequest | CompletionRequest) -> str | None:
    """The session header, else `metadata.session_id`, else the request's `user`."""
    for name in SESSION_HEADERS:
        if http.headers.get(name):
            return http.headers[name]
    metadata = getattr(body, "metadata", None)
    if isinstance(metadata, dict) and metadata.get("session_id"):
        return str(metadata["session_id"])
    return body.user or None


def create_app(served: ServedModel) -> FastAPI:
    """The OpenAI-compatible app over `served`."""
    app = FastAPI(title="loopwright", description="OpenAI-compatible API over loopwright's engine.",
                  **NO_FRAMEWORK_TELEMETRY)
    app.state.served = served
    install_error_handlers(app)

    @app.get("/health")
    async def health() -> dict[str, str]:
        """Answers once the model is loaded."""
        return {"status": "ok", "model": served.name}

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        """The one model served."""
        card = {"id": served.name, "object": "model", "created": now_s(), "owned_by": "loopwright",
                "max_model_len": served.context_len}
        return {"object": "list", "data": [card]}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(body: ChatCompletionRequest, http: Request) -> Response:
        """OpenAI chat completions (stream, tools, response_format, logprobs, token ids)."""
        return await answer(chat_completions(body, served, http, session_of(http, body)))

    @app.post("/v1/completions", response_model=None)
    async def complete(body: CompletionRequest, http: Request) -> Response:
        """OpenAI completions; a prompt of token ids is used as is."""
        return await answer(completions(body, served, http, session_of(http, body)))

    @app.post("/v1/rewards")
    async def reward(body: RewardRequest) -> dict[str, Any]:
        """Attaches a reward to a traced session, so `loopwright train --traces` can use it."""
        if served.tracer is None:
            raise APIError("rewards need traces: start the server with --trace-dir", param="session")
        try:
            trace_id = served.tracer.reward(body.session, body.reward)
        except ValueError as exc:
            raise APIError(f"session {body.session!r}: {exc}", param="session", status=404,
                           type="not_found_error") from exc
        return {"object": "reward", "session": body.session, "trace_id": trace_id, "reward": body.reward}

    @app.post("/v1/weights")
    async def weights(body: WeightsRequest) -> dict[str, Any]:
        """Swaps in the base weights merged with an adapter, between two engine steps: running
        requests go on (their next tokens come from the new weights), no connection drops."""
        if served.adapter_weights is None:
            raise APIError("this server cannot load adapters", param="adapter")
        load = served.adapter_weights

        def swap() -> None:
            served.engine.update_weights(load(Path(body.adapter)))

        try:
            await in_thread(swap)
        except ValueError as exc:
            raise APIError(str(exc), param="adapter") from exc
        return {"object": "weights", "adapter": body.adapter}

    @app.get("/metrics")
    async def metrics() -> PlainTextResponse:
        """Prometheus text: requests running and waiting, tokens/s, KV blocks, prefix-cache hits."""
        text = prometheus_text(served.counters, served.engine.stats)
        return PlainTextResponse(text, media_type="text/plain; version=0.0.4")

    return app


async def answer(handler: Awaitable[Response]) -> Response:
    """The handler's response; the engine refusing a request (ValueError) is the client's 400."""
    try:
        return await handler
    except ValueError as exc:
        raise APIError(str(exc)) from exc
    except RuntimeError as exc:  # a failed engine step
        return JSONResponse(APIError(str(exc), status=500, type="server_error").body(), status_code=500)


def serve(served: ServedModel, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Runs the app until SIGTERM or SIGINT; running requests finish first (no graceful timeout)."""
    import uvicorn

    config = uvicorn.Config(create_app(served), host=host, port=port, log_level=log_level,
                            timeout_graceful_shutdown=None)
    uvicorn.Server(config).run()
