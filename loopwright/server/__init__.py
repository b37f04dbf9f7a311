"""`loopwright serve`: an OpenAI-compatible HTTP server over our engine.

    served = ServedModel(engine, local, local.name, context_len(engine, local))
    serve(served, port=8000)  # or create_app(served) under any ASGI server

Any OpenAI client (the `openai` package, LangChain's ChatOpenAI, an agent SDK) talks to the
same engine the agent uses; `return_token_ids` gives back the exact ids (vLLM's names) and
`--trace-dir` records every call as a `chat` span, so an external agent's runs train like ours.
"""

from loopwright.server.app import create_app, serve
from loopwright.server.served import ServedModel, context_len

__all__ = ["ServedModel", "context_len", "create_app", "serve"]
