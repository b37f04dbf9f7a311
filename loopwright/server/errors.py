"""OpenAI-shaped errors: `{"error": {"message", "type", "param", "code"}}` with a 4xx/5xx status.

The `openai` client raises `BadRequestError` with that message, so a person reading the
traceback of their agent sees what to change in the request.
"""

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException


class APIError(Exception):
    """A request the server cannot honour; `status` 400 unless said otherwise."""

    def __init__(self, message: str, param: str | None = None, status: int = 400,
                 type: str = "invalid_request_error", code: str | None = None):
        super().__init__(message)
        self.message, self.param, self.status, self.type, self.code = message, param, status, type, code

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def validation_error(exc: RequestValidationError) -> APIError:
    """The first problem pydantic found, phrased as `messages[0].role: unknown role 'bot' ...`."""
    first = exc.errors()[0]
    where = [str(p) for p in first.get("loc", ()) if p != "body"]
    param = ".".join(where) or None
    path = "".join(f"[{p}]" if p.isdigit() else f".{p}" for p in where).lstrip(".")
    message = first.get("msg", "invalid request").removeprefix("Value error, ")
    if first.get("type") == "missing":
        message = "is required"
    elif first.get("type") in ("json_invalid", "model_attributes_type"):
        message = "the body must be a JSON object"
    return APIError(f"{path}: {message}" if path else message, param=param)


def install_error_handlers(app: FastAPI) -> None:
    """Every error the app returns has OpenAI's shape."""

    @app.exception_handler(APIError)
    async def on_api_error(request: Request, exc: APIError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        error = validation_error(exc)
        return JSONResponse(error.body(), status_code=error.status)

    @app.exception_handler(HTTPException)
    async def on_http_error(request: Request, exc: HTTPException) -> JSONResponse:
        kind = "not_found_error" if exc.status_code == 404 else "invalid_request_error"
        error = APIError(str(exc.detail), status=exc.status_code, type=kind)
        return JSONResponse(error.body(), status_code=exc.status_code)
