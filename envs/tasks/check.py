"""Checks tasks in real sandboxes: doing nothing must fail, the reference solution must pass.

A generated task can be broken in two silent ways: a check that passes on an untouched
workspace (free reward, nothing to learn) or an oracle the check rejects (a demonstration
that teaches a wrong answer). Each worker keeps one container and resets it between tasks
(as the sandbox pool does between runs: processes killed, /workspace and /tmp emptied), so a
whole suite checks in minutes, not one container start per task.
"""

import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from loopwright.envs.sandbox.docker import DockerSandbox
from loopwright.envs.tasks.task import Task
from loopwright.envs.tasks.verifier import setup_workspace, verify


@dataclass(frozen=True, slots=True)
class TaskCheck:
    task_id: str
    problem: str | None
    """None when the task is sound; else what is wrong, in words."""


def check_task(sandbox: DockerSandbox, task: Task) -> TaskCheck:
    """Both checks of one task in `sandbox`, reset first: a task before it leaves nothing."""
    sandbox.reset()
    setup_workspace(sandbox, task)
    idle = verify(sandbox, task)
    if idle.reward > 0:
        return TaskCheck(task.task_id, f"doing nothing earns reward {idle.reward}")
    if task.solution_script is None:
        return TaskCheck(task.task_id, "no solution/solve.sh")
    sandbox.write_file("/tmp/.solve.sh", task.solution_script.read_bytes())
    ran = sandbox.exec("bash /tmp/.solve.sh", cwd="/workspace")
    if ran.exit_code != 0:
        return TaskCheck(task.task_id, f"solve.sh exits {ran.exit_code}: {(ran.stdout + ran.stderr)[-300:]}")
    solved = verify(sandbox, task)
    if not solved.passed or solved.reward != 1.0:
        detail = solved.reason or solved.output[-300:]
        return TaskCheck(task.task_id, f"the reference solution earns {solved.reward}: {detail}")
    return TaskCheck(task.task_id, None)


def check_tasks(
    tasks: Iterable[Task],
    new_sandbox: Callable[[], DockerSandbox],
    workers: int = 2,
    on_checked: Callable[[TaskCheck], None] | None = None,
) -> list[TaskCheck]:
    """Checks every task on `workers` sandboxes (closed at the end); results in task order.
    A sandbox error on one task is that task's problem, not the end of the check."""
    tasks = list(tasks)
    todo: queue.Queue[int] = queue.Queue()
    for i in range(len(tasks)):
        todo.put(i)
    results: list[TaskCheck | None] = [None] * len(tasks)
    lock = threading.Lock()

    def work() -> None:
        with new_sandbox() as sandbox:
            while True:
                try:
                    i = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    result = check_task(sandbox, tasks[i])
                except Exception as exc:  # noqa: BLE001 - reported per task, the check goes on
                    result = TaskCheck(tasks[i].task_id, f"{type(exc).__name__}: {exc}")
                results[i] = result
                if on_checked is not None:
                    with lock:
                        on_checked(result)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(max(1, min(workers, len(tasks))))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [r for r in results if r is not None]
