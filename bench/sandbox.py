"""Sandbox speed, ours next to plain Docker, one JSON line per scenario.

cold_start    DockerSandbox(image) ready to exec      vs `docker run -d` + first `docker exec`
pooled_start  SandboxPool.acquire() with a ready pool vs the same plain cold start
exec_latency  sandbox.exec("true") through the server vs `docker exec CONTAINER true`

Run: `.venv/bin/python -m loopwright.bench.sandbox [--starts 5] [--execs 50]`.
"""

import argparse
import json
import math
import statistics
import subprocess
import time
from collections.abc import Callable
from typing import TypeVar

from loopwright.envs.sandbox import DockerSandbox, Limits, SandboxPool, ensure_image
from loopwright.envs.sandbox.docker import security_args
from loopwright.envs.sandbox.engine import docker_binary

T = TypeVar("T")


def timed_ms(fn: Callable[[], T]) -> tuple[float, T]:
    """(milliseconds fn took, what it returned)."""
    started = time.perf_counter()
    value = fn()
    return (time.perf_counter() - started) * 1000, value


def plain_cold_start(image: str) -> tuple[float, str]:
    """`docker run -d` with our security flags, then one `docker exec true`: ms, container."""
    docker = docker_binary()
    started = time.perf_counter()
    run = subprocess.run(
        [docker, "run", "-d", "--init", *security_args(Limits(), network=False), image,
         "sleep", "infinity"], capture_output=True, check=True, text=True)
    container = run.stdout.strip()
    subprocess.run([docker, "exec", container, "true"], check=True)
    return (time.perf_counter() - started) * 1000, container


def remove(container: str) -> None:
    subprocess.run([docker_binary(), "rm", "-f", container], capture_output=True)


def line(scenario: str, ours: list[float], peer: list[float], peer_name: str) -> dict:
    ours_ms, peer_ms = statistics.median(ours), statistics.median(peer)
    return {
        "scenario": scenario, "ours_median_ms": round(ours_ms, 2), "peer": peer_name,
        "peer_median_ms": round(peer_ms, 2), "speedup": round(peer_ms / ours_ms, 2),
        "ours_p90_ms": round(sorted(ours)[max(0, math.ceil(0.9 * len(ours)) - 1)], 2), "samples": len(ours),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=5, help="cold/pooled starts to time")
    parser.add_argument("--execs", type=int, default=50, help="exec calls to time")
    args = parser.parse_args()
    image = ensure_image()

    plain_starts, ours_starts = [], []
    for _ in range(args.starts):
        ms, container = plain_cold_start(image)
        plain_starts.append(ms)
        remove(container)
        ms, sandbox = timed_ms(lambda: DockerSandbox(image))
        ours_starts.append(ms)
        sandbox.close()
    print(json.dumps(line("cold_start", ours_starts, plain_starts, "docker run -d + docker exec")))

    pooled = []
    with SandboxPool(image, size=1) as pool:
        for _ in range(args.starts):
            while pool.ready < 1:
                time.sleep(0.05)
            ms, sandbox = timed_ms(pool.acquire)
            pooled.append(ms)
            sandbox.close()
    print(json.dumps(line("pooled_start", pooled, plain_starts, "docker run -d + docker exec")))

    with DockerSandbox(image) as sandbox:
        sandbox.exec("true")
        ours_exec = [timed_ms(lambda: sandbox.exec("true"))[0] for _ in range(args.execs)]
        plain_cmd = [docker_binary(), "exec", sandbox.container_id, "true"]
        plain_exec = [timed_ms(lambda: subprocess.run(plain_cmd, check=True))[0]
                      for _ in range(args.execs)]
    print(json.dumps(line("exec_latency", ours_exec, plain_exec, "docker exec CONTAINER true")))


if __name__ == "__main__":
    main()
