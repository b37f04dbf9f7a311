"""bench/memory.py end to end on the embedded model, shrunk to a few runs in a local sandbox:
one JSON line with every line's pass@1, interval, memory size and added prompt tokens."""

import json

import pytest

from loopwright.bench import memory as bench
from loopwright.memory import MemoryStore, memory_block

pytestmark = pytest.mark.filterwarnings("ignore::loopwright.envs.sandbox.LocalUnsafeWarning")


def test_bad_counts_are_refused():
    with pytest.raises(SystemExit):
        bench.parse_args(["--samples", "0"])


def test_added_tokens_count_the_block_each_held_out_task_is_shown(embedded_model, tmp_path):
    from loopwright.envs.tasks import load_suite

    tasks = load_suite("arith", "test", 2).tasks
    store = MemoryStore(tmp_path / "m.sqlite")
    assert bench.added_tokens(store, tasks, 3, embedded_model.tokenizer) == 0.0
    store.add(tasks[0].instruction, finish_reason="finish", actions="bash `echo 1` -> ok", error=None,
              outcome=1.0, outcome_source="verifier")
    expected = [len(embedded_model.tokenizer.encode("\n\n" + b, add_special_tokens=False)) if b else 0
                for b in (memory_block(store.search(t.instruction, 3)) for t in tasks)]
    assert expected[0] > 20
    assert bench.added_tokens(store, tasks, 3, embedded_model.tokenizer) == round(sum(expected) / 2, 1)


def test_one_command_prints_off_and_on_lines_with_intervals(embedded_model, tmp_path, monkeypatch, capsys):
    import loopwright.models
    import loopwright.train.stack as stack_module

    real_build = stack_module.build_stack
    monkeypatch.setattr(loopwright.models, "load", lambda spec, dtype="fp32": embedded_model)
    monkeypatch.setattr(stack_module, "build_stack",
                        lambda model, engine, sandbox, *a, **k: real_build(model, engine, "local", *a, **k))
    bench.main(["--limit", "1", "--samples", "1", "--fill-limit", "2", "--fill-samples", "1", "--max-turns", "1",
                "--max-new-tokens", "24", "--concurrency", "2", "--out", str(tmp_path)])
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert line["bench"] == "memory" and line["n_tasks"] == 1 and set(line["lines"]) == {"off", "on_own", "on_demos"}
    for name, figure in line["lines"].items():
        low, high = figure["ci95"]
        assert figure["n_runs"] == 1 and 0.0 <= low <= figure["pass_at_1"] <= high <= 1.0, name
    assert line["lines"]["on_own"]["memory_items"] == 2 and line["lines"]["on_own"]["fill_runs"] == 2
    demos = line["lines"]["on_demos"]
    assert demos["fill_runs"] == 2 and demos["memory_items"] == 2 and demos["added_prompt_tokens"] > 0
    items = MemoryStore(tmp_path / "memory-demos.sqlite").items()
    # the oracle writes /workspace/answer.txt, which a local sandbox lacks: whatever the verifier
    # said is what the items say (in Docker they pass)
    assert all(i.outcome_source == "verifier" for i in items)
    assert demos["fill_passed"] == sum(i.outcome >= 1.0 for i in items)
    assert all(i.lesson.startswith("Passed" if i.outcome >= 0.5 else "Failed") for i in items)
    assert set(line["delta_points"]) == {"on_own", "on_demos"}
