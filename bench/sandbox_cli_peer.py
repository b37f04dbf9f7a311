"""The old way to the engine, kept only as the sandbox bench's peer: the `docker` CLI.

`CliDockerSandbox` is the sandbox as it was before the SDK: `docker run -d` with the same
security flags, and the same command server attached with `docker exec -i` over pipes.
Everything above the channel (exec, files, errors) is the package's own ServerSandbox, so
the bench compares only the door to the engine.
"""

import shutil
import subprocess

from loopwright.envs.sandbox.base import Limits
from loopwright.envs.sandbox.channel import PipeChannel
from loopwright.envs.sandbox.client import SERVER_BOOTSTRAP, ServerSandbox
from loopwright.envs.sandbox.docker import WORKSPACE
from loopwright.envs.sandbox.image import AGENT_UID


def docker_binary() -> str:
    path = shutil.which("docker")
    if path is None:
        raise SystemExit("the CLI peer needs the `docker` command on PATH")
    return path


def security_args(limits: Limits) -> list[str]:
    """The `docker run` flags equal to `envs.sandbox.docker.security_settings`."""
    uid, tmpfs = AGENT_UID, "rw,nosuid,nodev,exec"
    return [
        "--user", f"{uid}:{uid}", "--cap-drop", "ALL", "--security-opt", "no-new-privileges",
        "--read-only", "--tmpfs", f"/tmp:{tmpfs},size={limits.tmp_mb}m,mode=1777",
        "--tmpfs", f"{WORKSPACE}:{tmpfs},size={limits.workspace_mb}m,uid={uid},gid={uid},mode=0755",
        "--env", f"HOME={WORKSPACE}", "--pids-limit", str(limits.pids),
        "--memory", f"{limits.mem_mb}m", "--memory-swap", f"{limits.mem_mb}m",
        "--cpus", str(limits.cpus), "--network", "none",
    ]


class CliDockerSandbox(ServerSandbox):
    """A container started and served through the `docker` CLI (one fork per engine call)."""

    def __init__(self, image: str, limits: Limits | None = None) -> None:
        super().__init__(limits)
        run = subprocess.run(
            [docker_binary(), "run", "-d", "--init", "--hostname", "sandbox", "--workdir", WORKSPACE,
             "--label", "loopwright.session=bench-cli-peer", *security_args(self.limits), image,
             "sleep", "infinity"], capture_output=True, check=True, text=True)
        self.container_id = run.stdout.strip()[:12]
        self._start_server()

    def _open_channel(self) -> PipeChannel:
        return PipeChannel([docker_binary(), "exec", "-i", "-w", WORKSPACE, self.container_id,
                            "python3", "-c", SERVER_BOOTSTRAP, WORKSPACE, "--sweep"])

    def close(self) -> None:
        if self._closed:
            return
        super().close()
        subprocess.run([docker_binary(), "rm", "-f", self.container_id], capture_output=True)


def docker_exec(container_id: str, cmd: list[str]) -> None:
    """One `docker exec` fork, as tools ran before the command server existed."""
    subprocess.run([docker_binary(), "exec", container_id, *cmd], check=True, capture_output=True)
