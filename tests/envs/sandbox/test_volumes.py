"""A session's /workspace outlives its container: mirrored into a volume, restored in the next.

Real containers and volumes. The mirror is checked against the workspace it copies (paths,
types, modes, sizes, mtimes, link targets, contents, owner), inside the same container; the
restore by a new container of the same volume; the size cap by writing past it; the crash
by SIGKILLing a real owner process mid-command.
"""

import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator

import pytest

from loopwright.envs.sandbox import DockerSandbox, Limits, SandboxManager
from loopwright.envs.sandbox.labels import list_sandboxes
from loopwright.envs.sandbox.volumes import (
    PERSIST_DIR,
    PERSIST_MOUNT,
    ensure_volume,
    list_volumes,
    remove_volume,
    volume_name,
)

pytestmark = pytest.mark.docker

MANIFEST = (
    "cd {root} && find . -mindepth 1 \\( -type d -printf '%p d %m %U %T@\\n' \\)"
    " -o \\( -type f -printf '%p f %m %U %s %T@\\n' \\) -o \\( -type l -printf '%p l %l\\n' \\)"
    " | sort && find . -type f -exec sha256sum {{}} + | sort -k2"
)
"""Every entry under `root` with what the mirror must keep, then every file's content hash."""
OWNER = textwrap.dedent("""
    import sys, threading
    from loopwright.envs.sandbox import DockerSandbox, Limits
    sandbox = DockerSandbox(sys.argv[1], limits=Limits(orphan_grace_s=1.0), volume=sys.argv[2])
    sandbox.exec("mkdir -p notes && printf 'written before the crash' > notes/last.txt")
    threading.Thread(target=sandbox.exec, args=("sleep 120",), daemon=True).start()
    print(sandbox.container_id, flush=True)
    threading.Event().wait()
""")


def manifest(sandbox: DockerSandbox, root: str) -> str:
    result = sandbox.exec(MANIFEST.format(root=root))
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture
def volume(docker_client) -> Iterator[str]:
    """A fresh session volume, removed after the test."""
    name = ensure_volume(docker_client, f"test-{uuid.uuid4().hex[:8]}")
    yield name
    for c in list_sandboxes(docker_client):  # a crashed owner's container may still stop
        if any(m == name for m in _mounts(docker_client, c.id)):
            docker_client.api.remove_container(c.id, force=True)
    remove_volume(docker_client, name)


def _mounts(client, container_id: str) -> list[str]:
    try:
        return [m.get("Name") for m in client.api.inspect_container(container_id)["Mounts"]]
    except Exception:
        return []


def test_the_mirror_follows_creates_modifies_deletes_renames_and_modes(sandbox_image, volume):
    with DockerSandbox(sandbox_image, volume=volume) as sandbox:
        steps = [
            "mkdir -p src/pkg/deep docs old && chmod 750 src/pkg"
            " && printf 'one' > src/pkg/a.py && printf 'two' > docs/b.md && printf x > old/gone.txt"
            " && printf '#!/bin/sh\\necho hi\\n' > run.sh && chmod 755 run.sh"
            " && printf secret > key && chmod 600 key && ln -s src/pkg/a.py link",
            "printf 'one, changed' > src/pkg/a.py && touch -d '2020-01-02 03:04:05' docs/b.md",
            "rm -r old && mv docs/b.md src/pkg/deep/b.md && rmdir docs && mv run.sh start.sh",
            "rm link && mkdir link && printf y > link/inside && rm key && printf 'now a file' > key",
        ]
        for step in steps:
            assert sandbox.exec(step).exit_code == 0
            sandbox.persist()
            assert manifest(sandbox, PERSIST_DIR) == manifest(sandbox, "/workspace")
        listing = manifest(sandbox, PERSIST_DIR)
    assert "./old" not in listing and "./docs" not in listing and "./run.sh" not in listing
    assert "./src/pkg d 750 1000" in listing and "./start.sh f 755 1000" in listing


def test_what_a_command_writes_into_the_volume_itself_is_removed_by_the_next_pass(sandbox_image, volume):
    with DockerSandbox(sandbox_image, volume=volume) as sandbox:
        sandbox.exec("printf mine > kept.txt")
        sandbox.persist()
        sneaky = sandbox.exec(f"head -c 1M /dev/zero > {PERSIST_MOUNT}/stash"
                              f" && head -c 1M /dev/zero > {PERSIST_DIR}/extra"
                              f" && head -c 1M /dev/zero >> {PERSIST_DIR}/kept.txt")
        assert sneaky.exit_code == 0
        sandbox.persist()
        assert sandbox.exec(f"ls -A {PERSIST_MOUNT}").stdout.split() == ["workspace"]
        assert manifest(sandbox, PERSIST_DIR) == manifest(sandbox, "/workspace")


def test_a_new_container_of_the_session_starts_with_its_files(sandbox_image, volume):
    with DockerSandbox(sandbox_image, volume=volume) as first:
        assert first.restored == 0
        first.exec("mkdir -p a/b && printf 'kept' > a/b/f.txt && chmod 640 a/b/f.txt"
                   " && printf '#!/bin/sh\\n' > tool && chmod 700 tool && ln -s a/b/f.txt l"
                   " && touch -d '2021-06-07 08:09:10' a/b/f.txt")
        before = manifest(first, "/workspace")
    with DockerSandbox(sandbox_image, volume=volume) as second:
        assert second.restored == 5  # a, a/b, a/b/f.txt, tool, l
        assert manifest(second, "/workspace") == before
        assert second.read_file("a/b/f.txt") == b"kept"
        assert second.exec("./tool && touch mine").exit_code == 0  # the agent owns what came back


def test_a_revived_server_does_not_restore_over_newer_files(sandbox_image, volume):
    with DockerSandbox(sandbox_image, volume=volume) as sandbox:
        sandbox.exec("printf old > f")
        sandbox.persist()
        sandbox.exec("printf new > f && pkill -KILL loopwright-srv")  # the server dies mid-command
        assert sandbox.read_file("f") == b"new"


def test_the_workspace_cap_still_holds_and_bounds_the_volume(sandbox_image, volume):
    with DockerSandbox(sandbox_image, limits=Limits(workspace_mb=8), volume=volume) as sandbox:
        full = sandbox.exec("head -c 20M /dev/zero > big")
        assert full.exit_code != 0 and "No space left" in full.stderr
        sandbox.persist()  # until its copy ends, the mirror holds `big` open: rm frees it after
        # a sparse file and many names of one file take their tmpfs size, not more, in the volume
        made = sandbox.exec("rm big && truncate -s 256M sparse && head -c 4M /dev/urandom > data"
                            " && for i in $(seq 50); do ln data link$i; done")
        assert made.exit_code == 0, made.stderr
        sandbox.persist()
        used_kb = int(sandbox.exec(f"du -sk {PERSIST_DIR} | cut -f1").stdout)
        assert used_kb <= 8 * 1024
        assert manifest(sandbox, PERSIST_DIR) == manifest(sandbox, "/workspace")
    with DockerSandbox(sandbox_image, limits=Limits(workspace_mb=8), volume=volume) as again:
        assert again.exec("stat -c %h data").stdout.strip() == "51"  # links restored as links


def test_files_of_the_last_command_survive_a_sigkilled_owner(sandbox_image, docker_client, volume):
    owner = subprocess.Popen([sys.executable, "-c", OWNER, sandbox_image, volume],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout is not None
        container_id = owner.stdout.readline().strip()
        assert container_id
        owner.send_signal(signal.SIGKILL)  # mid-command (sleep 120), no hook of ours runs
        owner.wait(timeout=10)
    finally:
        owner.kill()
    deadline = time.monotonic() + 20
    while any(c.id == container_id for c in list_sandboxes(docker_client)):
        assert time.monotonic() < deadline, "the orphaned container did not stop"
        time.sleep(0.2)
    with DockerSandbox(sandbox_image, volume=volume) as resumed:
        assert resumed.read_file("notes/last.txt") == b"written before the crash"


def test_a_manager_keeping_workspaces_resumes_a_session_and_pools_nothing(sandbox_image, docker_client):
    session = f"test-{uuid.uuid4().hex[:8]}"
    try:
        with SandboxManager("docker", image=sandbox_image, keep_workspaces=True) as sandboxes:
            sandboxes.sandbox_for(session).exec("printf 'from run one' > out.txt")
            assert sandboxes.pool is None
        with SandboxManager("docker", image=sandbox_image, keep_workspaces=True) as sandboxes:
            assert sandboxes.sandbox_for(session).read_file("out.txt") == b"from run one"
    finally:
        remove_volume(docker_client, volume_name(session))


def test_a_session_whose_files_went_back_to_the_host_folder_drops_its_volume(
        sandbox_image, docker_client, tmp_path):
    session = f"test-{uuid.uuid4().hex[:8]}"
    (tmp_path / "given.txt").write_text("from the host")
    with SandboxManager("docker", image=sandbox_image, keep_workspaces=True,
                        workspace=tmp_path) as sandboxes:
        sandbox = sandboxes.sandbox_for(session)
        assert sandbox.read_file("given.txt") == b"from the host"
        sandbox.exec("printf made > made.txt")
        sandboxes.release(session)
    assert (tmp_path / "made.txt").read_text() == "made"
    assert volume_name(session) not in {v.name for v in list_volumes(docker_client)}


def test_pooled_sandboxes_get_no_volume(sandbox_image, docker_client):
    before = {v.name for v in list_volumes(docker_client)}
    with SandboxManager("docker", image=sandbox_image, pool_size=1) as sandboxes:
        sandboxes.sandbox_for("eval-run").exec("true")
    assert {v.name for v in list_volumes(docker_client)} == before
