"""Task setup before a run and verification after it, inside the run's sandbox.

The verifier follows the Harbor / Terminal-Bench 2 protocol: `tests/` is uploaded only
after the agent stops (so the agent cannot read the answers), `tests/test.sh` runs in the
sandbox and must write `/logs/verifier/reward.txt` (one number) or `reward.json`. A missing
or unreadable reward file is a failed verification with the reason kept, never a pass.

Our sandboxes have a read-only root, so `/tests` and `/logs` may not be creatable. When
they are not writable the files go under a writable directory instead and every literal
`/tests` and `/logs` path in the uploaded test files is rewritten to point there
(TESTS_DIR and LOGS_DIR are exported too, for scripts that prefer variables).
"""

import json
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from loopwright.envs.sandbox.base import Sandbox, SandboxError
from loopwright.envs.tasks.task import Task

WORKSPACE = "/workspace"
FALLBACK_ROOTS = ("/tmp/.loopwright-verifier", "/workspace/.loopwright-verifier")
"""Writable places tried, in order, when `/tests` and `/logs` cannot be created."""
PASS_THRESHOLD = 1.0
"""A run passes when its reward reaches this (rewards are in [0, 1] by convention)."""

_ABSOLUTE_TEST_PATH = re.compile(r"(?<![\w./-])/(tests|logs)(?=[/\s'\"`;)]|$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class VerifierPaths:
    tests_dir: str
    logs_dir: str

    @property
    def mapped(self) -> bool:
        return self.tests_dir != "/tests"


@dataclass(frozen=True, slots=True)
class VerifyResult:
    reward: float
    passed: bool
    reason: str | None = None
    """Why the verification failed or gave no reward file; None on a clean run."""
    exit_code: int | None = None
    output: str = ""
    """Tail of test.sh's stdout and stderr, for reports."""


def setup_workspace(sandbox: Sandbox, task: Task) -> None:
    """Copies `environment/` (except the Dockerfile) into /workspace before the agent runs."""
    env_dir = task.environment_dir
    if env_dir is None:
        return
    for path in sorted(env_dir.rglob("*")):
        if path.is_file() and path.name != "Dockerfile":
            _put(sandbox, f"{WORKSPACE}/{path.relative_to(env_dir).as_posix()}", path.read_bytes())


def verify(sandbox: Sandbox, task: Task) -> VerifyResult:
    """Uploads tests/, runs tests/test.sh, reads the reward file it wrote."""
    paths = _choose_paths(sandbox)
    _fresh_dirs(sandbox, paths)
    for path in sorted(task.tests_dir.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if paths.mapped:
                data = rewrite_paths(data, paths)
            _put(sandbox, f"{paths.tests_dir}/{path.relative_to(task.tests_dir).as_posix()}", data)
    env = {"TESTS_DIR": paths.tests_dir, "LOGS_DIR": paths.logs_dir, **task.config.verifier.env}
    result = sandbox.exec(
        f"bash {shlex.quote(paths.tests_dir + '/test.sh')}",
        timeout_s=task.config.verifier.timeout_sec,
        env=env,
        cwd=WORKSPACE,
    )
    output = (result.stdout + result.stderr)[-2000:]
    if result.timed_out:
        return VerifyResult(0.0, False, "test.sh timed out", result.exit_code, output)
    reward, reason = _read_reward(sandbox, paths.logs_dir + "/verifier")
    if reward is None:
        reason = f"{reason} (test.sh exit code {result.exit_code})"
        return VerifyResult(0.0, False, reason, result.exit_code, output)
    return VerifyResult(reward, reward >= PASS_THRESHOLD, None, result.exit_code, output)


def rewrite_paths(data: bytes, paths: VerifierPaths) -> bytes:
    """Points literal `/tests` and `/logs` paths of a text file at the mapped directories."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    targets = {"tests": paths.tests_dir, "logs": paths.logs_dir}
    return _ABSOLUTE_TEST_PATH.sub(lambda m: targets[m.group(1)], text).encode("utf-8")


def parse_reward(name: str, text: str) -> tuple[float | None, str | None]:
    """(reward, None) or (None, reason) from the content of reward.txt / reward.json."""
    if name.endswith(".txt"):
        try:
            return float(text.strip()), None
        except ValueError:
            return None, f"reward.txt is not one number: {text.strip()[:80]!r}"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"reward.json is not valid JSON ({exc})"
    if isinstance(data, int | float) and not isinstance(data, bool):
        return float(data), None
    if isinstance(data, dict):
        numbers = {k: v for k, v in data.items() if isinstance(v, int | float) and not isinstance(v, bool)}
        if "reward" in numbers:
            return float(numbers["reward"]), None
        if len(numbers) == 1:
            return float(next(iter(numbers.values()))), None
    return None, "reward.json holds no 'reward' number"


def _read_reward(sandbox: Sandbox, verifier_dir: str) -> tuple[float | None, str]:
    for name in ("reward.txt", "reward.json"):
        found = sandbox.exec(f"cat {shlex.quote(verifier_dir + '/' + name)}", timeout_s=30)
        if found.exit_code == 0:
            reward, reason = parse_reward(name, found.stdout)
            return reward, reason or ""
    return None, "test.sh wrote no /logs/verifier/reward.txt or reward.json"


def _choose_paths(sandbox: Sandbox) -> VerifierPaths:
    probe = "mkdir -p /tests /logs/verifier && test -w /tests && test -w /logs/verifier"
    if sandbox.exec(probe, timeout_s=30).exit_code == 0:
        return VerifierPaths("/tests", "/logs")
    for root in FALLBACK_ROOTS:
        if sandbox.exec(f"mkdir -p {root} && test -w {root}", timeout_s=30).exit_code == 0:
            return VerifierPaths(f"{root}/tests", f"{root}/logs")
    raise SandboxError("no writable place for the verifier's tests (tried /tests, /tmp, /workspace)")


def _fresh_dirs(sandbox: Sandbox, paths: VerifierPaths) -> None:
    """Empties both directories, so a reward file planted during the run never counts."""
    tests, verifier = shlex.quote(paths.tests_dir), shlex.quote(paths.logs_dir + "/verifier")
    done = sandbox.exec(
        f"rm -rf {tests} {verifier} && mkdir -p {tests} {verifier}", timeout_s=30
    )
    if done.exit_code != 0:
        raise SandboxError(f"could not prepare verifier directories: {done.stderr.strip()}")


def _put(sandbox: Sandbox, dest: str, data: bytes) -> None:
    parent = str(Path(dest).parent)
    sandbox.exec(f"mkdir -p {shlex.quote(parent)}", timeout_s=30)
    sandbox.write_file(dest, data)
