"""Session volumes: where a session's /workspace survives its container.

/workspace stays a tmpfs (hard size cap, tmpfs speed); the command server mirrors it into
a named Docker volume mounted at PERSIST_MOUNT once commands pause (and before it exits on
its owner's EOF), and copies the volume back into a new container's /workspace before its
first command (server.py). The local driver cannot cap a disk volume's size, but the mirror
only ever holds what fits in the capped tmpfs, and each pass removes what a command wrote
into the volume itself. The volume is mounted over the image's /home/agent, the one folder besides
/workspace the agent user owns: Docker gives a new volume its mount point's owner, so the
uid-1000 server can write it with no root step.

A volume is kept while its session exists, so `--session ID` resumes with its files;
`loopwright sandbox prune` removes the ones older than an age limit, and a session whose
files went back to a host `--workspace` has its volume removed at once (manager.py).
"""

import calendar
import hashlib
import re
import time
from dataclasses import dataclass

import docker
from docker.errors import APIError, NotFound

from loopwright.envs.sandbox.base import SandboxError
from loopwright.envs.sandbox.engine import engine_call
from loopwright.envs.sandbox.labels import CREATED_AT, SESSION, owner_labels

VOLUME_PREFIX = "loopwright-ws-"
WORKSPACE_VOLUME = "loopwright.workspace_volume"
"""Label marking a session's workspace volume (value "1")."""
PERSIST_MOUNT = "/home/agent"
"""Where the volume is mounted in the container (owned by the agent user in the image)."""
PERSIST_DIR = f"{PERSIST_MOUNT}/workspace"
"""The mirror of /workspace inside the volume."""


def volume_name(session_id: str) -> str:
    """`loopwright-ws-<readable session>-<hash>`: valid, and distinct for distinct sessions."""
    readable = re.sub(r"[^a-zA-Z0-9_.-]", "-", session_id)[:40].strip("-.")
    digest = hashlib.sha256(session_id.encode()).hexdigest()[:8]
    return f"{VOLUME_PREFIX}{readable}-{digest}" if readable else f"{VOLUME_PREFIX}{digest}"


def ensure_volume(client: docker.DockerClient, session_id: str) -> str:
    """The session's labelled volume, created when missing (creating an existing one is a no-op)."""
    name = volume_name(session_id)
    labels = {**owner_labels(session_id), WORKSPACE_VOLUME: "1"}
    with engine_call(f"creating workspace volume {name}"):
        client.api.create_volume(name, driver="local", labels=labels)
    return name


@dataclass(frozen=True, slots=True)
class SessionVolume:
    """One session's workspace volume as the engine reports it."""

    name: str
    session: str
    created_at: str
    age_s: float
    in_use: bool
    """A container (running or not) still mounts it."""
    size_bytes: int | None = None
    """What it holds; None when not measured (`list_volumes(sizes=False)`) or unknown."""


def parse_age(text: str) -> float:
    """Seconds of an age like `7d`, `12h`, `30m`, `45s` or a bare number of seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*", text)
    if match is None:
        raise ValueError(f"age {text!r} is not like 7d, 12h, 30m or 45s")
    unit_s = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[match.group(2)]
    return float(match.group(1)) * unit_s


def _epoch_s(stamp: str) -> float | None:
    """Seconds since the epoch of an RFC 3339 UTC stamp (`2026-12-03T18:57:39Z`, fractions allowed)."""
    try:
        return calendar.timegm(time.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S"))
    except (ValueError, TypeError):
        return None


def list_volumes(client: docker.DockerClient, sizes: bool = False) -> list[SessionVolume]:
    """Every session workspace volume; `sizes` asks the engine to measure them (one `df`, slower)."""
    with engine_call("listing workspace volumes"):
        found = client.api.volumes(filters={"label": WORKSPACE_VOLUME}).get("Volumes") or []
        mounted = {m.get("Name") for c in client.api.containers(all=True)
                   for m in c.get("Mounts") or [] if m.get("Type") == "volume"}
        usage = ({v["Name"]: v.get("UsageData", {}).get("Size") for v in client.api.df().get("Volumes") or []}
                 if sizes and found else {})
    now = time.time()
    volumes = []
    for item in found:
        labels = item.get("Labels") or {}
        created = labels.get(CREATED_AT) or item.get("CreatedAt", "")
        created_s = _epoch_s(created)
        size = usage.get(item["Name"])
        volumes.append(SessionVolume(
            name=item["Name"], session=labels.get(SESSION, ""), created_at=created,
            age_s=now - created_s if created_s is not None else 0.0, in_use=item["Name"] in mounted,
            size_bytes=size if isinstance(size, int) and size >= 0 else None,
        ))
    return volumes


def remove_volume(client: docker.DockerClient, name: str) -> bool:
    """Remove one volume; False when a container still mounts it. Gone already is fine."""
    try:
        with engine_call(f"removing workspace volume {name}"):
            client.api.remove_volume(name)
    except SandboxError as exc:
        if isinstance(exc.__cause__, NotFound):
            return True
        if isinstance(exc.__cause__, APIError) and exc.__cause__.status_code == 409:
            return False  # in use: its container is still there
        raise
    return True


def remove_session_volume(client: docker.DockerClient, session_id: str) -> bool:
    """Remove a session's workspace volume (its files are gone for good)."""
    return remove_volume(client, volume_name(session_id))


def prune_volumes(client: docker.DockerClient, older_than_s: float) -> list[SessionVolume]:
    """Remove the volumes no container mounts that were created more than `older_than_s` ago."""
    old = [v for v in list_volumes(client) if not v.in_use and v.age_s >= older_than_s]
    return [v for v in old if remove_volume(client, v.name)]
