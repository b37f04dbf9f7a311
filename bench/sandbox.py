"""Sandbox speed: the Docker SDK path next to the old `docker` CLI path, one JSON line each.

cold_start     DockerSandbox(image) + first exec("true")    vs the CLI peer: `docker run -d`
                                                                + `docker exec -i` server + exec
pooled_start   SandboxPool.acquire() + first exec             vs the same with pre-started CLI
                                                                sandboxes (a list pop)
exec_latency   exec("true") over the API's attached socket    vs over the CLI peer's pipes
fork_exec      exec("true") through the command server        vs `docker exec CONTAINER true`
eval_pool      `loopwright eval`'s code path (evaluate() on   vs the same with pool size 0
               arith tasks, real model) with the pool,            (a cold container per run)
               which evaluate() tells the runs to come
eval_pool_budget  the same                                    vs the pool never told the runs
                                                                (warmed by the first run, refilled
                                                                after every hand-out: the old way)

volume_cold_start  a resumable session's start: its labelled   vs today's start (tmpfs only,
               volume made + DockerSandbox(volume) + exec        no volume), interleaved
volume_exec    exec("true") in a session mirrored to its      vs the same without a volume;
               volume (the mirror runs after each reply)         both workspaces hold FILES files
volume_exec_write  exec of a command changing one file, back   vs the same without a volume
               to back (the mirror waits for a quiet moment)
volume_exec_write_paced  the same, TURN_GAP_S apart as an       vs the same without a volume
               agent's commands are (a mirror pass runs in
               each gap); `mirror_pass_ms`: one pass's time

The eval lines give seconds per run and the containers each eval started (engine events).

Times are medians over `repeats` with p10/p90; `ratio` is peer / ours (above 1: ours faster).
The peer lives in bench/sandbox_cli_peer.py; the package itself never forks `docker`.
Run: `.venv/bin/python -m loopwright.bench.sandbox [--starts 8] [--execs 100] [--eval-tasks 4]`;
`--only volume` runs the volume lines alone.
"""

import argparse
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import docker

from loopwright.bench.sandbox_cli_peer import CliDockerSandbox, docker_exec
from loopwright.envs.sandbox import (
    DockerSandbox,
    SandboxManager,
    SandboxPool,
    SandboxRequest,
    ensure_image,
)
from loopwright.envs.sandbox.engine import connect
from loopwright.envs.sandbox.volumes import ensure_volume, remove_volume


def timed_ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def spread(samples: list[float]) -> dict:
    """Median, p10 and p90 of a list of timings."""
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"median": round(statistics.median(ordered), 2), "p10": round(pick(0.1), 2),
            "p90": round(pick(0.9), 2)}


def line(scenario: str, ours: list[float], peer: list[float], ours_name: str, peer_name: str,
         unit: str = "ms") -> dict:
    ours_s, peer_s = spread(ours), spread(peer)
    return {
        "scenario": scenario, "unit": unit, "ours": ours_name, "peer": peer_name,
        "ours_median": ours_s["median"], "peer_median": peer_s["median"],
        "ratio": round(peer_s["median"] / ours_s["median"], 2),
        "ours_p10_p90": [ours_s["p10"], ours_s["p90"]], "peer_p10_p90": [peer_s["p10"], peer_s["p90"]],
        "repeats": len(ours),
    }


class FirstResult:
    """A start timed until its first command's result is back; keeps what it made to close."""

    def __init__(self, make: Callable[[], object]) -> None:
        self.make = make
        self.made: list = []

    def __call__(self) -> None:
        sandbox = self.make()
        sandbox.exec("true")
        self.made.append(sandbox)


def interleaved_starts(ours: FirstResult, peer: FirstResult, starts: int) -> tuple[list[float], list[float]]:
    """Start times (ms) of both sides, interleaved so drift in the machine's load hits both
    alike; every sandbox made is closed after."""
    times_ours, times_peer = [], []
    for _ in range(starts):
        times_ours.append(timed_ms(ours))
        times_peer.append(timed_ms(peer))
    for sandbox in ours.made + peer.made:
        sandbox.close()
    return times_ours, times_peer


def bench_starts(image: str, starts: int) -> list[dict]:
    cold_ours, cold_peer = interleaved_starts(FirstResult(lambda: DockerSandbox(image)),
                                              FirstResult(lambda: CliDockerSandbox(image)), starts)

    pooled_ours, pooled_peer = [], []
    with SandboxPool(image, size=1) as pool:
        for _ in range(starts):
            while pool.ready < 1:
                time.sleep(0.05)
            acquired = FirstResult(pool.acquire)
            pooled_ours.append(timed_ms(acquired))
            acquired.made[0].close()
    ready_cli = [CliDockerSandbox(image) for _ in range(starts)]
    for _ in range(starts):
        acquired = FirstResult(ready_cli.pop)
        pooled_peer.append(timed_ms(acquired))
        acquired.made[0].close()
    return [
        line("cold_start", cold_ours, cold_peer, "SDK create+start+exec socket", "docker run -d + docker exec -i"),
        line("pooled_start", pooled_ours, pooled_peer, "SandboxPool.acquire (SDK)", "pre-started CLI sandbox"),
    ]


def bench_execs(image: str, execs: int) -> list[dict]:
    with DockerSandbox(image) as ours, CliDockerSandbox(image) as peer:
        ours.exec("true")
        peer.exec("true")
        ours_ms, peer_ms = [], []
        for _ in range(execs):
            ours_ms.append(timed_ms(lambda: ours.exec("true")))
            peer_ms.append(timed_ms(lambda: peer.exec("true")))
        fork_ms = [timed_ms(lambda: docker_exec(ours.container_id, ["true"])) for _ in range(execs // 4)]
    return [
        line("exec_latency", ours_ms, peer_ms, "server over the API exec socket", "server over docker exec -i pipes"),
        line("fork_exec", ours_ms[: len(fork_ms)], fork_ms, "server over the API exec socket",
             "docker exec CONTAINER true"),
    ]


WORKSPACE_FILES = ("mkdir -p src/a src/b docs && for i in $(seq 200); do printf 'line %s\\n' $i > src/a/f$i.py;"
                   " printf 'x%.0s' $(seq 50) > src/b/g$i.txt; done && head -c 1M /dev/urandom > docs/blob")
"""A small project (400 text files, one 1 MB blob): what each mirror pass scans."""
FILES = 401
EXEC_BLOCK = 10
"""Execs timed back to back on one side before the other side's block."""
TURN_GAP_S = 0.2
"""Pause before each exec of the paced line, as a model turn makes between commands."""


def paced_ms(fn: Callable[[], object], gap_s: float) -> float:
    """`fn` timed after an untimed pause of `gap_s`."""
    time.sleep(gap_s)
    return timed_ms(fn)


def bench_volume(image: str, starts: int, execs: int) -> list[dict]:
    """A session whose /workspace is mirrored into its volume against today's tmpfs-only one."""
    client = connect()
    made: list[str] = []

    def session_start() -> DockerSandbox:
        volume = ensure_volume(client, f"bench-{uuid.uuid4().hex[:8]}")
        made.append(volume)
        return DockerSandbox(image, client=client, volume=volume)

    start_ours, start_peer = interleaved_starts(FirstResult(session_start),
                                                FirstResult(lambda: DockerSandbox(image, client=client)), starts)

    results = [line("volume_cold_start", start_ours, start_peer, "new session with its volume",
                    "today: tmpfs /workspace only")]
    volume = ensure_volume(client, f"bench-{uuid.uuid4().hex[:8]}")
    made.append(volume)
    with DockerSandbox(image, client=client, volume=volume) as mirrored, \
            DockerSandbox(image, client=client) as plain:
        for sandbox in (mirrored, plain):
            assert sandbox.exec(WORKSPACE_FILES).exit_code == 0
        mirrored.persist()
        write = "date +%N > src/a/f1.py"
        for scenario, cmd, gap_s in (("volume_exec", "true", 0.0), ("volume_exec_write", write, 0.0),
                                     ("volume_exec_write_paced", write, TURN_GAP_S)):
            ours_ms, peer_ms = [], []
            for _ in range(max(1, execs // EXEC_BLOCK)):
                # blocks, not single calls: a mirror pass may slow our next exec (measured),
                # and is waited for (untimed) before the peer's block, which it must not slow
                ours_ms += [paced_ms(lambda: mirrored.exec(cmd), gap_s) for _ in range(EXEC_BLOCK)]  # noqa: B023
                mirrored.persist()
                peer_ms += [paced_ms(lambda: plain.exec(cmd), gap_s) for _ in range(EXEC_BLOCK)]  # noqa: B023
            results.append({**line(scenario, ours_ms, peer_ms, "mirrored to the session volume",
                                   "today: tmpfs /workspace only"), "files": FILES, "gap_s": gap_s})
        passes = []
        for _ in range(execs // EXEC_BLOCK):
            mirrored.exec(write)
            passes.append(timed_ms(mirrored.persist))  # the exec returned at once: the pass waits quiet
        results[-1]["mirror_pass_ms"] = spread(passes)
        assert mirrored.persist()["errors"] == 0
    for name in made:
        remove_volume(client, name)
    return results


class UnbudgetedSandboxManager(SandboxManager):
    """The pool as eval used it before run budgets: warmed by the first run's sandbox and
    refilled after every hand-out, however few runs remain (the wait for a start in flight
    stays: it lives in the pool)."""

    def expect(self, requests: Sequence[SandboxRequest]) -> None:
        """Ignored: this manager is never told which runs are coming."""


EVAL_SIDES = {
    "budget": lambda size: SandboxManager("docker", pool_size=size),
    "no_budget": lambda size: UnbudgetedSandboxManager("docker", pool_size=size),
    "cold": lambda size: SandboxManager("docker", pool_size=0),
}
"""How each eval side gets its sandboxes, given the pool size (= eval's concurrency)."""


def containers_started(client: docker.DockerClient, since_s: float) -> int:
    """Containers this process started since `since_s`, as the engine's events report them."""
    until_s = time.time()
    events = client.api.events(since=int(since_s), until=int(until_s) + 1, decode=True, filters={
        "event": "start", "type": "container", "label": f"loopwright.owner_pid={os.getpid()}"})
    return sum(1 for _ in events)


def bench_eval_pool(tasks_n: int, repeats: int, concurrency: int, max_new_tokens: int) -> list[dict]:
    """evaluate() as `loopwright eval` runs it (it tells the manager the runs, which warms the
    pool), seconds per run, against a cold container per run and against the pool untold."""
    from loopwright.agent import AgentConfig, AgentRuntime
    from loopwright.agent.tracing import TracingConfig
    from loopwright.envs.tasks import load_suite
    from loopwright.models import load, make_engine
    from loopwright.tools import builtin_tools
    from loopwright.train.evaluate import evaluate

    local = load("smollm2-135m")
    engine = make_engine(local, kind="ours")
    tasks = load_suite("arith", "test", tasks_n).tasks
    client = connect()
    per_run: dict[str, list[float]] = {side: [] for side in EVAL_SIDES}
    started: dict[str, list[int]] = {side: [] for side in EVAL_SIDES}
    with tempfile.TemporaryDirectory(prefix="loopwright-bench-") as tmp:

        def run_eval(side: str, eval_tasks: list) -> float:
            """Seconds per run of one evaluate() with `side`'s sandboxes."""
            with EVAL_SIDES[side](concurrency) as sandboxes:
                runtime = AgentRuntime(engine, local, sandboxes, tools=builtin_tools(),
                                       tracing=TracingConfig(trace_dir=Path(tmp) / "traces"),
                                       agent_config=AgentConfig(max_turns=2))
                report = evaluate(runtime, eval_tasks, suite="arith", split="test", max_turns=2,
                                  max_new_tokens=max_new_tokens, concurrency=concurrency)
            return report.duration_s / len(eval_tasks)

        run_eval("cold", tasks[:1])  # untimed: the first eval builds grammars, warms the engine
        sides = list(EVAL_SIDES)
        for repeat in range(repeats):
            # interleaved as above, and rotated so that no side always runs first
            for side in sides[repeat % len(sides):] + sides[: repeat % len(sides)]:
                since_s = time.time()
                per_run[side].append(run_eval(side, tasks))
                time.sleep(1.0)  # the events call below reads up to the current second
                started[side].append(containers_started(client, since_s))
    pool = f"pool of {concurrency}"
    lines = [
        ("eval_pool", "budget", "cold", f"{pool}, told the runs", "pool size 0 (cold container per run)"),
        ("eval_pool_budget", "budget", "no_budget", f"{pool}, told the runs",
         f"{pool}, untold (warmed by the first run, refills)"),
    ]
    results = []
    for scenario, ours, peer, ours_name, peer_name in lines:
        result = line(scenario, per_run[ours], per_run[peer], ours_name, peer_name, unit="s/run")
        results.append({
            **result, "tasks": len(tasks), "concurrency": concurrency,
            "saved_s_per_run": round(result["peer_median"] - result["ours_median"], 3),
            "ours_containers": statistics.median(started[ours]),
            "peer_containers": statistics.median(started[peer]),
        })
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=8, help="cold/pooled starts per side")
    parser.add_argument("--execs", type=int, default=100, help="exec calls per side")
    parser.add_argument("--eval-tasks", type=int, default=4, help="arith tasks per eval (0: skip)")
    parser.add_argument("--eval-repeats", type=int, default=2, help="evals per side")
    parser.add_argument("--concurrency", type=int, default=2, help="runs in flight in eval")
    parser.add_argument("--max-new-tokens", type=int, default=96, help="tokens per model turn in eval")
    parser.add_argument("--only", choices=["volume"], help="run only these lines")
    args = parser.parse_args()
    image = ensure_image()
    if args.only is None:
        for result in (*bench_starts(image, args.starts), *bench_execs(image, args.execs)):
            print(json.dumps(result), flush=True)
    for result in bench_volume(image, args.starts, args.execs):
        print(json.dumps(result), flush=True)
    if args.eval_tasks and args.only is None:
        for result in bench_eval_pool(args.eval_tasks, args.eval_repeats, args.concurrency,
                                      args.max_new_tokens):
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
