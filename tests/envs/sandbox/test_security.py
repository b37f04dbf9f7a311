"""Secure by default, proven with real containers: each test is one promise of DESIGN.md."""

import os
import uuid

import pytest

from loopwright.envs.sandbox import DockerSandbox, Limits, SandboxError

pytestmark = pytest.mark.docker


def test_container_is_started_with_every_security_flag(docker_sandbox, docker_client):
    info = docker_client.api.inspect_container(docker_sandbox.container_id)
    host = info["HostConfig"]
    limits = Limits()
    assert host["NetworkMode"] == "none"
    assert host["CapDrop"] == ["ALL"] and not host["CapAdd"]
    assert host["SecurityOpt"] == ["no-new-privileges"]
    assert host["ReadonlyRootfs"] is True
    assert not host["Privileged"]
    assert info["Config"]["User"] == "1000:1000"
    assert host["PidsLimit"] == limits.pids
    assert host["Memory"] == limits.mem_mb * 2**20 == host["MemorySwap"]
    assert host["NanoCpus"] == int(limits.cpus * 1e9)
    assert set(host["Tmpfs"]) == {"/tmp", "/workspace"}
    assert not host["Binds"] and not info["Mounts"]  # no host path, no docker socket


def test_process_has_no_capabilities_and_no_new_privileges(docker_sandbox):
    status = docker_sandbox.exec("grep -E '^(Uid|Cap...|NoNewPrivs)' /proc/self/status")
    fields = dict(line.split(":\t") for line in status.stdout.splitlines())
    assert fields["Uid"].split()[0] == "1000"
    # an empty bounding set: even a setuid-root binary (su, mount are in the image) gets no
    # capability back, and no-new-privileges stops setuid from changing the uid at all
    assert fields["CapEff"] == fields["CapPrm"] == fields["CapBnd"] == "0000000000000000"
    assert fields["NoNewPrivs"] == "1"


def test_socket_connections_fail(docker_sandbox):
    probe = (
        "import socket\n"
        "for host, port in [('1.1.1.1', 80), ('8.8.8.8', 53), ('172.17.0.1', 2375)]:\n"
        "    try:\n"
        "        socket.create_connection((host, port), timeout=2)\n"
        "        print('CONNECTED', host)\n"
        "    except OSError as exc:\n"
        "        print('blocked', host, exc.errno)\n"
    )
    result = docker_sandbox.exec("python3 -", stdin=probe)
    assert "CONNECTED" not in result.stdout and result.stdout.count("blocked") == 3
    interfaces = docker_sandbox.exec("tail -n +3 /proc/net/dev | cut -d: -f1").stdout.split()
    assert interfaces == ["lo"]
    assert docker_sandbox.exec("ls -l /var/run/docker.sock /run/docker.sock").exit_code != 0


def test_writing_outside_workspace_and_tmp_fails(docker_sandbox):
    for path in ["/etc/passwd", "/usr/bin/evil", "/evil", "/root/x", "/home/agent/x", "/var/x"]:
        result = docker_sandbox.exec(f"echo x > {path}")
        assert result.exit_code != 0, path
        assert "Read-only file system" in result.stderr or "Permission denied" in result.stderr
    with pytest.raises(OSError):
        docker_sandbox.write_file("/etc/evil", "x")
    ok = docker_sandbox.exec("echo a > /workspace/a && echo b > /tmp/b && cat /workspace/a /tmp/b")
    assert ok.stdout == "a\nb\n"


def test_host_files_are_invisible(docker_sandbox, tmp_path):
    secret = tmp_path / f"host-secret-{uuid.uuid4().hex}"
    secret.write_text("do not leak")
    checks = [str(secret), str(tmp_path), os.getcwd(), "/work", "/root/.cache"]
    for path in checks:
        assert docker_sandbox.exec(f"test -e '{path}'").exit_code == 1, path
    found = docker_sandbox.exec(
        "find / \\( -path /proc -o -path /sys \\) -prune -o -name 'host-secret-*' -print "
        "2>/dev/null", timeout_s=30)
    assert not found.timed_out and found.stdout == ""
    assert docker_sandbox.exec("cat /proc/1/cmdline | tr '\\0' ' '").stdout.startswith(
        "/sbin/docker-init")


def test_sleep_and_its_children_are_killed_at_the_timeout(docker_sandbox):
    result = docker_sandbox.exec(
        "sleep 1000 & (setsid sleep 1001 &); bash -c 'sleep 1002' & sleep 1003", timeout_s=1.0)
    assert result.timed_out and result.exit_code == -9
    assert 1.0 <= result.duration_s < 10
    left = docker_sandbox.exec("ps -eo args | grep -c '^sleep 100[0-3]'")
    assert left.stdout.strip() == "0"
    assert docker_sandbox.exec("echo still here").stdout == "still here\n"


def test_hundred_megabytes_of_output_come_back_capped_and_marked(docker_sandbox):
    result = docker_sandbox.exec("head -c 100000000 /dev/zero | tr '\\0' a; echo END", timeout_s=60)
    assert result.truncated and result.exit_code == 0
    cap = docker_sandbox.limits.output_bytes
    assert len(result.stdout) < cap + 200
    assert "bytes of output cut" in result.stdout
    assert result.stdout.startswith("aaaa") and result.stdout.endswith("aaaEND\n")


def test_fork_bomb_is_contained_and_the_sandbox_survives(sandbox_image):
    with DockerSandbox(sandbox_image, limits=Limits(pids=64, cpus=0.5)) as sandbox:
        result = sandbox.exec("bomb() { bomb | bomb & }; bomb; sleep 3; echo done", timeout_s=2)
        assert result.exit_code != 0 or result.timed_out
        try:
            after = sandbox.exec("ps -e --no-headers | wc -l; echo alive", timeout_s=10)
        except SandboxError as exc:  # the other allowed outcome: dead, and saying so
            assert "start a new sandbox" in str(exc)
        else:
            count, word = after.stdout.split()
            assert word == "alive" and int(count) < 10


def test_memory_hog_is_oom_killed_and_the_sandbox_survives(sandbox_image):
    with DockerSandbox(sandbox_image, limits=Limits(mem_mb=128)) as sandbox:
        hog = sandbox.exec("python3 -c \"x = b'x' * (600 << 20); print('survived')\"")
        assert hog.exit_code == 137 and "survived" not in hog.stdout  # SIGKILL by the OOM killer
        assert sandbox.exec("echo alive").stdout == "alive\n"


def test_network_is_only_attached_when_asked_for(sandbox_image, docker_client):
    with DockerSandbox(sandbox_image, network=True) as sandbox:
        mode = docker_client.api.inspect_container(sandbox.container_id)["HostConfig"]["NetworkMode"]
        assert mode != "none"
        interfaces = sandbox.exec("tail -n +3 /proc/net/dev | cut -d: -f1").stdout.split()
        assert "eth0" in interfaces
