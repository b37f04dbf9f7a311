"""The one door to the Docker engine: the Docker SDK for Python (`docker` on PyPI).

`connect()` gives an SDK client for whatever engine the environment names (DOCKER_HOST,
the default socket, rootless); `engine_call` turns the SDK's exceptions into a
SandboxError whose words say what to do: no engine, permission denied, or the engine's
own message. Nothing in the package forks the `docker` CLI.
"""

from collections.abc import Iterator
from contextlib import contextmanager

import docker
from docker.errors import DockerException
from requests.exceptions import RequestException

from loopwright.envs.sandbox.base import SandboxError

NO_ENGINE_HELP = (
    "no Docker engine answers: start it (`scripts/setup` installs docker.io and starts "
    "dockerd, or run `dockerd &` as root), or choose the unisolated local sandbox on purpose "
    "(LocalSandbox / --sandbox local)"
)
PERMISSION_HELP = (
    "the Docker engine refused this user: add it to the `docker` group "
    "(`sudo usermod -aG docker $USER`, then log in again) or run as root"
)
CONNECTION_FAILURES = ("Error while fetching server API version", "Connection aborted",
                       "Connection refused", "Max retries exceeded")
"""Words of the SDK's errors when nothing answers on the engine's socket or port."""
API_TIMEOUT_S = 120
"""Longest wait for one engine API call (image imports and builds pass their own)."""


def engine_error(exc: DockerException | RequestException, action: str) -> SandboxError:
    """The SandboxError a user can act on for an SDK failure during `action`."""
    text = str(exc)
    if "PermissionError" in text:  # the engine's socket refused this user
        return SandboxError(PERMISSION_HELP)
    if any(sign in text for sign in CONNECTION_FAILURES):
        return SandboxError(NO_ENGINE_HELP)
    explanation = getattr(exc, "explanation", None) or text
    return SandboxError(f"{action} failed: {explanation}")


@contextmanager
def engine_call(action: str) -> Iterator[None]:
    """Run SDK calls; any DockerException leaves as a SandboxError naming `action`."""
    try:
        yield
    except (DockerException, RequestException) as exc:  # the SDK lets socket errors through
        raise engine_error(exc, action) from exc


def connect(timeout_s: int = API_TIMEOUT_S) -> docker.DockerClient:
    """An SDK client for the environment's engine; the clear no-engine error if none answers."""
    with engine_call("connecting to the Docker engine"):
        return docker.from_env(timeout=timeout_s)


def engine_available() -> bool:
    """True when a Docker engine answers a ping within a few seconds."""
    try:
        client = connect(timeout_s=10)
        with engine_call("ping"):
            client.ping()
    except SandboxError:
        return False
    return True


def require_engine() -> docker.DockerClient:
    """A connected client, or the clear no-engine error early, before any slow work starts."""
    client = connect()
    with engine_call("ping"):
        client.ping()
    return client
