"""Batch inputs and the append-only results file: bad lines are named, finished runs kept."""

import json

import pytest

from loopwright.agent.batch import ResultsFile, TasksFileError, read_tasks, sample_specs
from loopwright.agent.runner import RunResult


def _result(task_id: str) -> RunResult:
    return RunResult(run_id=f"r-{task_id}", trace_id="0" * 32, task_id=task_id, group_id=task_id,
                     answer="Done.", finish_reason="answer", turns=2, tool_calls=1, prompt_tokens=10,
                     completion_tokens=5, duration_s=1.0)


def test_tasks_become_groups_of_samples(tmp_path):
    path = tmp_path / "tasks.jsonl"
    path.write_text('{"task": "a", "task_id": "t1"}\n\n{"task": "b", "max_turns": 3}\n')
    tasks = read_tasks(path)
    assert [(t.task_id, t.max_turns) for t in tasks] == [("t1", None), ("line3", 3)]
    specs = list(sample_specs(tasks, samples=2, max_turns=7, done={("t1", 0)}))
    assert [(i, s.task_id, s.group_id, s.max_turns) for i, s in specs] == [
        (1, "t1", "t1", 7), (0, "line3", "line3", 3), (1, "line3", "line3", 3)]


@pytest.mark.parametrize("content, message", [
    ('{"task": "a"}\nnot json\n', "tasks.jsonl:2: not JSON"),
    ('{"prompt": "a"}\n', 'tasks.jsonl:1: each line needs a "task" string'),
    ('{"task": "a", "task_id": "x"}\n{"task": "b", "task_id": "x"}\n', "tasks.jsonl:2: task_id 'x' appears twice"),
    ('{"task": "a", "max_turns": 0}\n', "max_turns must be a positive integer"),
    ('{"task": "a", "max_steps": "3"}\n', "max_steps must be a positive integer"),
    ("\n", "holds no tasks"),
])
def test_bad_tasks_files_name_the_line(tmp_path, content, message):
    path = tmp_path / "tasks.jsonl"
    path.write_text(content)
    with pytest.raises(TasksFileError, match=message):
        read_tasks(path)


def test_the_old_max_steps_key_still_sets_a_tasks_turn_budget(tmp_path):
    path = tmp_path / "tasks.jsonl"
    path.write_text('{"task": "a", "max_steps": 3}\n{"task": "b", "max_steps": 3, "max_turns": 5}\n')
    assert [t.max_turns for t in read_tasks(path)] == [3, 5]


def test_missing_tasks_file_is_a_clear_error(tmp_path):
    with pytest.raises(TasksFileError, match="does not exist"):
        read_tasks(tmp_path / "nope.jsonl")


def test_results_survive_a_torn_last_line_and_are_skipped_on_rerun(tmp_path):
    results = ResultsFile(tmp_path / "out" / "results.jsonl")
    results.append(_result("t1"), sample=0)
    with open(results.path, "a") as f:
        f.write('{"run_id": "r-t2", "task_id": "t2", "sa')  # a crash mid-write
    assert results.done() == {("t1", 0)}
    results.append(_result("t2"), sample=0)
    rows = [json.loads(line) for line in results.path.read_text().splitlines() if line.endswith("}")]
    assert [(r["task_id"], r["sample"]) for r in rows] == [("t1", 0), ("t2", 0)]
    assert results.done() == {("t1", 0), ("t2", 0)}
