"""The sandbox image, built without a registry.

`debootstrap` lays Debian bookworm (minbase plus the few tools an agent needs) into a
folder, we add the unprivileged `agent` user, and `tar | docker import` turns the folder
into `loopwright-sandbox:<recipe hash>`. The tag is the cache: the image is rebuilt only
when the recipe changes. Users who already have images build `--from` one instead (a
three-line Dockerfile on top adds the user and /workspace).
"""

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import docker
from docker.errors import ImageNotFound
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from loopwright.envs.sandbox.base import SandboxError
from loopwright.envs.sandbox.engine import connect, engine_call, require_engine

IMAGE_REPO = "loopwright-sandbox"
AGENT_UID = 1000
"""uid/gid of the `agent` user commands run as; /workspace belongs to it."""
BUILD_TIMEOUT_S = 900
"""Longest silence of the engine during an image build or import."""


class BuildFailed(SandboxError):
    """A build step failed; the message is the engine's (or the exit code of a tool)."""


@dataclass(frozen=True, slots=True)
class ImageRecipe:
    """Everything that decides the image's content; its hash is the image tag."""

    suite: str = "bookworm"
    """Debian release debootstrap installs."""
    variant: str = "minbase"
    """debootstrap variant: essential packages and apt only."""
    mirror: str = "http://deb.debian.org/debian"
    """Debian mirror packages come from."""
    packages: tuple[str, ...] = (
        "python3", "coreutils", "git", "grep", "sed", "findutils", "procps", "ca-certificates",
    )
    """Packages added to minbase."""
    user: str = "agent"
    """Unprivileged user commands run as (uid/gid AGENT_UID)."""
    env: tuple[tuple[str, str], ...] = field(
        default=(("LANG", "C.UTF-8"), ("HOME", "/home/agent"),
                 ("PATH", "/usr/local/bin:/usr/bin:/bin"))
    )
    """Environment baked into the image."""
    layout_version: int = 1
    """Bumped when the post-debootstrap steps in `_configure_rootfs` change."""

    def digest(self) -> str:
        """First 12 hex digits of the recipe's SHA-256."""
        blob = json.dumps(asdict(self), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]

    @property
    def tag(self) -> str:
        return f"{IMAGE_REPO}:{self.digest()}"


def image_exists(client: docker.DockerClient, tag: str) -> bool:
    """True when the engine holds an image with this tag or id."""
    try:
        with engine_call(f"inspecting image {tag}"):
            client.api.inspect_image(tag)
    except SandboxError as exc:
        if isinstance(exc.__cause__, ImageNotFound):
            return False
        raise
    return True


def ensure_image(recipe: ImageRecipe | None = None, *, quiet: bool = False) -> str:
    """Return the tag of the recipe's image, building it first when it is missing.

    Concurrent callers (several pytest sessions, a pool refill) wait on one lock file so
    the slow debootstrap runs once.
    """
    recipe = recipe or ImageRecipe()
    client = require_engine()
    if image_exists(client, recipe.tag):
        return recipe.tag
    with _build_lock():
        if not image_exists(client, recipe.tag):
            _build_debootstrap(recipe, quiet=quiet)
    return recipe.tag


def build_from(base_image: str, *, quiet: bool = False) -> str:
    """Build `loopwright-sandbox:from-<hash>` on top of a local image the user names.

    The base must hold python3 (the in-container command server needs it) and a shell.
    """
    client = require_engine()
    if not image_exists(client, base_image):
        raise SandboxError(
            f"image {base_image!r} is not on this machine (there is no registry to pull from); "
            "load it first (`docker load` / `docker import`) or build without --from"
        )
    with engine_call(f"inspecting image {base_image}"):
        base_id = client.api.inspect_image(base_image)["Id"]
    dockerfile = _from_dockerfile(base_image)
    digest = hashlib.sha256((base_id + dockerfile).encode()).hexdigest()[:12]
    tag = f"{IMAGE_REPO}:from-{digest}"
    if image_exists(client, tag):
        return tag
    with tempfile.TemporaryDirectory(prefix="loopwright-from-") as ctx:
        Path(ctx, "Dockerfile").write_text(dockerfile)
        build_image(Path(ctx), tag, f"building {tag} from {base_image}", quiet=quiet)
    try:
        with engine_call("checking python3 in the built image"):
            client.containers.run(tag, ["python3", "-c", "print(1)"], remove=True,
                                  network_mode="none")
    except SandboxError as exc:
        with engine_call(f"removing image {tag}"):
            client.api.remove_image(tag, force=True)
        raise SandboxError(
            f"image {base_image!r} has no working python3, which the sandbox needs; "
            "pick an image with python3 or build without --from"
        ) from exc
    return tag


def build_image(
    context: Path, tag: str, title: str, *, dockerfile: Path | None = None,
    build_args: dict[str, str] | None = None, quiet: bool = False,
) -> None:
    """Build a Dockerfile from local images only (the classic builder: nothing is pulled)."""
    client = connect(timeout_s=BUILD_TIMEOUT_S)
    with engine_call(title):
        events = client.api.build(
            path=str(context), tag=tag, pull=False, rm=True, forcerm=True, decode=True,
            dockerfile=str(dockerfile) if dockerfile else None, buildargs=build_args,
        )
        lines = (_build_event_line(event) for event in events)
        _show_progress(lines, title, quiet=quiet)


def _build_event_line(event: dict) -> str:
    """One build progress event as text; a failed step raises with the engine's words."""
    if "error" in event:
        raise BuildFailed(event["error"].strip())
    return str(event.get("stream") or event.get("status") or "")


def _from_dockerfile(base_image: str) -> str:
    uid = AGENT_UID
    return (
        f"FROM {base_image}\n"
        "USER root\n"
        f"RUN (getent passwd {uid} >/dev/null || useradd -m -u {uid} -s /bin/sh agent "
        f"|| adduser -D -u {uid} agent) && mkdir -p /workspace /home/agent "
        f"&& chown {uid}:{uid} /workspace /home/agent\n"
        "ENV HOME=/home/agent\n"
        f"USER {uid}:{uid}\n"
        "WORKDIR /workspace\n"
    )


@contextmanager
def _build_lock() -> Iterator[None]:
    lock_path = Path(tempfile.gettempdir()) / "loopwright-sandbox-build.lock"
    with open(lock_path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_debootstrap(recipe: ImageRecipe, *, quiet: bool) -> None:
    if shutil.which("debootstrap") is None:
        raise SandboxError(
            "building the sandbox image needs `debootstrap` (apt-get install debootstrap, "
            "or run scripts/setup); or build on an image you have: "
            "`loopwright sandbox build --from IMAGE`"
        )
    if os.geteuid() != 0:
        raise SandboxError(
            "debootstrap needs root: run `sudo loopwright sandbox build` once, "
            "or build on an image you have: `loopwright sandbox build --from IMAGE`"
        )
    with tempfile.TemporaryDirectory(prefix="loopwright-rootfs-", dir="/var/tmp") as tmp:
        rootfs = Path(tmp, "rootfs")
        cmd = [
            "debootstrap", f"--variant={recipe.variant}",
            f"--include={','.join(recipe.packages)}",
            recipe.suite, str(rootfs), recipe.mirror,
        ]
        _show_progress(_process_lines(cmd), f"debootstrap {recipe.suite} for {recipe.tag}",
                       quiet=quiet)
        _configure_rootfs(rootfs, recipe)
        _import_rootfs(rootfs, recipe, quiet=quiet)


def _configure_rootfs(rootfs: Path, recipe: ImageRecipe) -> None:
    """Add the agent user, its home and /workspace; drop caches the image does not need."""
    uid = AGENT_UID
    with open(rootfs / "etc/passwd", "a") as f:
        f.write(f"{recipe.user}:x:{uid}:{uid}:loopwright agent:/home/{recipe.user}:/bin/bash\n")
    with open(rootfs / "etc/group", "a") as f:
        f.write(f"{recipe.user}:x:{uid}:\n")
    with open(rootfs / "etc/shadow", "a") as f:
        f.write(f"{recipe.user}:!:19000:0:99999:7:::\n")
    for folder in (f"home/{recipe.user}", "workspace"):
        (rootfs / folder).mkdir(parents=True, exist_ok=True)
        os.chown(rootfs / folder, uid, uid)
    for junk in ("var/cache/apt/archives", "var/lib/apt/lists", "usr/share/doc", "usr/share/man"):
        path = rootfs / junk
        if path.is_dir():
            shutil.rmtree(path)
            path.mkdir()


def _import_rootfs(rootfs: Path, recipe: ImageRecipe, *, quiet: bool) -> None:
    """Stream `tar -c rootfs` into the engine's image import, tagged with the recipe's tag."""
    changes = [f"USER {AGENT_UID}:{AGENT_UID}", "WORKDIR /workspace", 'CMD ["sleep", "infinity"]']
    changes += [f"ENV {k}={v}" for k, v in recipe.env]
    repository, tag = recipe.tag.split(":")
    client = connect(timeout_s=BUILD_TIMEOUT_S)
    status = Console(stderr=True, quiet=quiet)
    with status.status(f"importing {recipe.tag}"):
        tar = subprocess.Popen(["tar", "-C", str(rootfs), "-c", "."], stdout=subprocess.PIPE)
        assert tar.stdout is not None
        try:
            with engine_call("importing the sandbox rootfs"):
                client.api.import_image(src=tar.stdout, repository=repository, tag=tag,
                                        changes=changes, stream_src=True)
        finally:
            tar.stdout.close()
            tar_rc = tar.wait()
    if tar_rc != 0:
        raise SandboxError(f"packing the sandbox rootfs failed: tar exit {tar_rc}")


def _process_lines(cmd: list[str]) -> Iterator[str]:
    """Output lines of a long build step (debootstrap); BuildFailed if it exits non-zero."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            errors="replace")
    assert proc.stdout is not None
    yield from proc.stdout
    rc = proc.wait()
    if rc != 0:
        raise BuildFailed(f"exit {rc}")


def _show_progress(lines: Iterable[str], title: str, *, quiet: bool) -> None:
    """Show the latest line of a long step; its log tail when it fails."""
    tail: deque[str] = deque(maxlen=30)
    console = Console(stderr=True, quiet=quiet)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    try:
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task(title)
            for line in lines:
                for part in line.splitlines():
                    if part.strip():
                        tail.append(part.rstrip())
                        progress.update(task, description=f"{title}: {part.strip()[:80]}")
    except BuildFailed as exc:
        log = "\n".join([*tail, str(exc)])
        raise SandboxError(f"{title} failed; last output:\n{log}") from exc
    console.print(f"[green]done[/green] {title}")
