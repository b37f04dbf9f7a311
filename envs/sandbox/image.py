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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from loopwright.envs.sandbox.base import SandboxError
from loopwright.envs.sandbox.engine import docker, docker_binary, require_engine
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

IMAGE_REPO = "loopwright-sandbox"
AGENT_UID = 1000
"""uid/gid of the `agent` user commands run as; /workspace belongs to it."""


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


def image_exists(tag: str) -> bool:
    return docker(["image", "inspect", tag], check=False).returncode == 0


def ensure_image(recipe: ImageRecipe | None = None, *, quiet: bool = False) -> str:
    """Return the tag of the recipe's image, building it first when it is missing.

    Concurrent callers (several pytest sessions, a pool refill) wait on one lock file so
    the slow debootstrap runs once.
    """
    recipe = recipe or ImageRecipe()
    require_engine()
    if image_exists(recipe.tag):
        return recipe.tag
    with _build_lock():
        if not image_exists(recipe.tag):
            _build_debootstrap(recipe, quiet=quiet)
    return recipe.tag


def build_from(base_image: str, *, quiet: bool = False) -> str:
    """Build `loopwright-sandbox:from-<hash>` on top of a local image the user names.

    The base must hold python3 (the in-container command server needs it) and a shell.
    """
    require_engine()
    probe = docker(["image", "inspect", "--format", "{{.Id}}", base_image], check=False)
    if probe.returncode != 0:
        raise SandboxError(
            f"image {base_image!r} is not on this machine (there is no registry to pull from); "
            "load it first (`docker load` / `docker import`) or build without --from"
        )
    base_id = probe.stdout.decode().strip()
    dockerfile = _from_dockerfile(base_image)
    digest = hashlib.sha256((base_id + dockerfile).encode()).hexdigest()[:12]
    tag = f"{IMAGE_REPO}:from-{digest}"
    if image_exists(tag):
        return tag
    with tempfile.TemporaryDirectory(prefix="loopwright-from-") as ctx:
        Path(ctx, "Dockerfile").write_text(dockerfile)
        env = {**os.environ, "DOCKER_BUILDKIT": "0"}  # classic builder: uses local images only
        cmd = [docker_binary(), "build", "--pull=false", "-t", tag, ctx]
        _run_with_progress(cmd, f"building {tag} from {base_image}", env=env, quiet=quiet)
    check = docker(["run", "--rm", "--network", "none", tag, "python3", "-c", "print(1)"],
                   check=False)
    if check.returncode != 0:
        docker(["image", "rm", "-f", tag], check=False)
        raise SandboxError(
            f"image {base_image!r} has no working python3, which the sandbox needs; "
            "pick an image with python3 or build without --from"
        )
    return tag


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
        _run_with_progress(cmd, f"debootstrap {recipe.suite} for {recipe.tag}", quiet=quiet)
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
    changes = [f"USER {AGENT_UID}:{AGENT_UID}", "WORKDIR /workspace", 'CMD ["sleep", "infinity"]']
    changes += [f"ENV {k}={v}" for k, v in recipe.env]
    args = [docker_binary(), "import"]
    for change in changes:
        args += ["--change", change]
    args += ["-", recipe.tag]
    status = Console(stderr=True, quiet=quiet)
    with status.status(f"docker import {recipe.tag}"):
        tar = subprocess.Popen(["tar", "-C", str(rootfs), "-c", "."], stdout=subprocess.PIPE)
        imported = subprocess.run(args, stdin=tar.stdout, capture_output=True)
        assert tar.stdout is not None
        tar.stdout.close()
        tar_rc = tar.wait()
    if tar_rc != 0 or imported.returncode != 0:
        raise SandboxError(
            f"docker import of the sandbox rootfs failed: "
            f"{imported.stderr.decode(errors='replace').strip() or 'tar exit ' + str(tar_rc)}"
        )


def _run_with_progress(
    cmd: list[str], title: str, *, env: dict[str, str] | None = None, quiet: bool
) -> None:
    """Run a long build step, showing its latest output line; its log tail on failure."""
    tail: deque[str] = deque(maxlen=30)
    console = Console(stderr=True, quiet=quiet)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(title)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                                text=True, errors="replace")
        assert proc.stdout is not None
        for line in proc.stdout:
            line = line.rstrip()
            if line:
                tail.append(line)
                progress.update(task, description=f"{title}: {line[:80]}")
        rc = proc.wait()
    if rc != 0:
        log = "\n".join(tail)
        raise SandboxError(f"{title} failed (exit {rc}); last output:\n{log}")
    console.print(f"[green]done[/green] {title}")
