"""Who owns a sandbox container, and which containers have lost their owner.

Every container carries labels naming its session, the owning process (pid plus its
start time, so a recycled pid is not mistaken for the owner) and the host. A container
whose owner is gone is an orphan; it normally stops and removes itself (docker.py), and
the reaper and `loopwright sandbox prune` remove any that could not.
"""

import os
import socket
import time
from dataclasses import dataclass

import docker
from docker.errors import APIError, NotFound

from loopwright.envs.sandbox.base import SandboxError
from loopwright.envs.sandbox.engine import engine_call

SESSION = "loopwright.session"
OWNER_PID = "loopwright.owner_pid"
OWNER_START = "loopwright.owner_start"
OWNER_HOST = "loopwright.owner_host"
CREATED_AT = "loopwright.created_at"


def process_start_ticks(pid: int) -> int | None:
    """Start time of a process in clock ticks since boot, or None when there is none."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rindex(b")") + 2 :].split()
    if fields[0] == b"Z":  # exited, not yet reaped by its parent (PID 1 here may never): owns nothing
        return None
    return int(fields[19])


def owner_labels(session_id: str) -> dict[str, str]:
    """Labels for a container owned by this process."""
    pid = os.getpid()
    return {
        SESSION: session_id,
        OWNER_PID: str(pid),
        OWNER_START: str(process_start_ticks(pid)),
        OWNER_HOST: socket.gethostname(),
        CREATED_AT: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


@dataclass(frozen=True, slots=True)
class SandboxContainer:
    """One labelled container as the engine reports it."""

    id: str
    name: str
    session: str
    owner_pid: int
    owner_alive: bool
    created_at: str
    status: str
    image: str


def owner_alive(labels: dict[str, str]) -> bool:
    """True unless the owner provably died (same host, pid gone or recycled)."""
    if labels.get(OWNER_HOST) != socket.gethostname():
        return True  # another machine's process: we cannot tell, so leave it alone
    try:
        pid = int(labels.get(OWNER_PID, ""))
    except ValueError:
        return False
    start = process_start_ticks(pid)
    return start is not None and str(start) == labels.get(OWNER_START)


def list_sandboxes(client: docker.DockerClient) -> list[SandboxContainer]:
    """All loopwright sandbox containers, running or not (one engine call)."""
    with engine_call("listing sandbox containers"):
        summaries = client.api.containers(all=True, filters={"label": SESSION})
    found = []
    for item in summaries:
        labels = item.get("Labels") or {}
        names = item.get("Names") or ["/"]
        found.append(
            SandboxContainer(
                id=item["Id"][:12], name=names[0].lstrip("/"), session=labels.get(SESSION, ""),
                owner_pid=int(labels.get(OWNER_PID, "0") or 0), owner_alive=owner_alive(labels),
                created_at=labels.get(CREATED_AT, ""), status=item.get("State", ""),
                image=item.get("Image", ""),
            )
        )
    return found


def remove_containers(client: docker.DockerClient, ids: list[str]) -> None:
    """Force-remove containers; one already gone, or already being removed, is skipped."""
    for container_id in ids:
        try:
            with engine_call(f"removing sandbox container {container_id}"):
                client.api.remove_container(container_id, force=True)
        except SandboxError as exc:
            if not going_away(exc.__cause__):
                raise


def going_away(error: BaseException | None) -> bool:
    """Whether an engine error says the container is gone, or its removal already runs
    (a container that stopped itself is being auto-removed)."""
    if isinstance(error, NotFound):
        return True
    return isinstance(error, APIError) and error.status_code == 409 and "in progress" in str(error)


def reap_orphans(client: docker.DockerClient) -> list[SandboxContainer]:
    """Remove containers whose owning process is gone; returns what was removed."""
    orphans = [c for c in list_sandboxes(client) if not c.owner_alive]
    remove_containers(client, [c.id for c in orphans])
    return orphans
