"""Trajectories: trace files back into the exact token ids the engine saw, with loss masks."""

import json
import warnings
from pathlib import Path

import pytest

from loopwright.agent.tracing import (
    chat_span,
    end_of_run,
    execute_tool_span,
    invoke_agent_span,
    record_completion,
    record_run_outcome,
    record_tool_result,
)
from loopwright.agent.trajectories import (
    CorruptTraceLineWarning,
    TraceReadError,
    read_trajectories,
)
from loopwright.models.sampling import Completion, SamplingParams
from tests.fixtures.tracing import traced_run

TASK = "List the files in the workspace, then finish."
OBSERVATIONS = ["hello.txt\nnotes.md", "hi"]


@pytest.fixture(scope="module")
def engine(embedded_model):
    """Our paged engine over the embedded model: the ids a real rollout records."""
    from loopwright.models import make_engine

    return make_engine(embedded_model, "ours")


def engine_completion(engine):
    """A model call through the engine, returning what it produced token for token."""

    def complete(local, prompt_ids: list[int]) -> Completion:
        (result,) = engine.generate([prompt_ids], SamplingParams(max_new_tokens=8))
        assert result.prompt_token_ids == prompt_ids
        return result.completions[0]

    return complete


def scripted(local, prompt_ids: list[int]) -> Completion:
    """A fixed reply in real token ids of the model's tokenizer (no decoding needed)."""
    ids = local.tokenizer.encode("I will run ls.", add_special_tokens=False)
    ids.append(local.tokenizer.eos_token_id)
    return Completion(ids, "I will run ls.", [-0.25] * len(ids), "stop")


def run_agent(local, complete, next_prompt) -> tuple[str, list[tuple[list[int], Completion]]]:
    """A three-turn traced run: `complete(local, prompt)` is the model call and
    `next_prompt(prompt, completion, observation)` builds the following prompt.
    Returns the trace id and what the model saw and produced per turn."""
    from loopwright.agent.tracing import current_trace_id

    seen: list[tuple[list[int], Completion]] = []
    prompt = local.chat_template_ids([{"role": "user", "content": TASK}])
    with invoke_agent_span("coder", "conv-real", task_id="ls", group_id="g-ls") as root:
        for turn, observation in enumerate([*OBSERVATIONS, None]):
            with chat_span(local.name, SamplingParams(max_new_tokens=8)) as span:
                completion = complete(local, prompt)
                record_completion(span, prompt, completion)
            seen.append((prompt, completion))
            if observation is not None:
                with execute_tool_span("bash", f"call-{turn}", {"command": "ls"}) as span:
                    record_tool_result(span, observation, exit_code=0, is_error=False)
                prompt = next_prompt(prompt, completion, observation)
            end_of_run()
        record_run_outcome(root, "finished", turns=3, reward=1.0, answer=completion.text)
        return current_trace_id(), seen


def test_turns_concatenate_to_the_exact_ids_the_engine_saw(
    embedded_model, engine, trace_dir: Path
) -> None:
    tok = embedded_model.tokenizer

    def extend(prompt: list[int], completion: Completion, observation: str) -> list[int]:
        tool_turn = f"\n<|im_start|>tool\n{observation}<|im_end|>\n<|im_start|>assistant\n"
        return prompt + completion.token_ids + tok.encode(tool_turn, add_special_tokens=False)

    trace_id, seen = run_agent(embedded_model, engine_completion(engine), extend)
    (trajectory,) = read_trajectories(trace_dir)
    assert trajectory.trace_id == trace_id
    assert (trajectory.task_id, trajectory.group_id, trajectory.reward) == ("ls", "g-ls", 1.0)
    assert trajectory.complete and trajectory.finish_reason == "finished"
    assert [t.observations for t in trajectory.turns] == [[o] for o in OBSERVATIONS] + [[]]
    for turn, (prompt, completion) in zip(trajectory.turns, seen, strict=True):
        assert turn.prompt_token_ids == prompt
        assert turn.completion_token_ids == completion.token_ids
        assert turn.logprobs == pytest.approx(completion.logprobs, abs=0)

    (row,) = trajectory.sequences()
    last_prompt, last_completion = seen[-1]
    assert row.token_ids == last_prompt + last_completion.token_ids
    expected_mask = [False] * len(row.token_ids)
    expected_logprobs = [0.0] * len(row.token_ids)
    for prompt, completion in seen:
        for offset, logprob in enumerate(completion.logprobs):
            expected_mask[len(prompt) + offset] = True
            expected_logprobs[len(prompt) + offset] = logprob
    assert row.loss_mask == expected_mask
    assert row.old_logprobs == expected_logprobs
    assert sum(row.loss_mask) == sum(len(c.token_ids) for _, c in seen)


def test_a_retemplated_prompt_starts_a_new_row_instead_of_retokenizing(embedded_model, trace_dir: Path) -> None:
    def retemplate(prompt: list[int], completion: Completion, observation: str) -> list[int]:
        # Chops the previous completion's last token: the next prompt no longer extends it.
        return prompt + completion.token_ids[:-1] + embedded_model.tokenizer.encode(observation)

    _, seen = run_agent(embedded_model, scripted, retemplate)
    (trajectory,) = read_trajectories(trace_dir)
    rows = trajectory.sequences()
    assert len(rows) == 3
    for row, (prompt, completion) in zip(rows, seen, strict=True):
        assert row.token_ids == prompt + completion.token_ids
        assert row.loss_mask == [False] * len(prompt) + [True] * len(completion.token_ids)


def write_lines(trace_dir: Path, text: str) -> None:
    day_file = next(trace_dir.glob("*.jsonl"))
    with open(day_file, "a") as f:
        f.write(text)


def test_torn_last_line_is_skipped_with_a_warning(trace_dir: Path) -> None:
    traced_run([([1, 2], [3], "out")])
    write_lines(trace_dir, '{"type":"span","trace_id":"ab')
    with pytest.warns(CorruptTraceLineWarning, match="torn last line"):
        (trajectory,) = read_trajectories(trace_dir)
    assert trajectory.turns[0].completion_token_ids == [3]


def test_corrupt_lines_cost_only_themselves(trace_dir: Path) -> None:
    first = traced_run([([1], [2], None)], task_id="first")
    write_lines(trace_dir, "not json at all\n[1, 2]\n" + json.dumps({"type": "span"}) + "\n")
    write_lines(trace_dir, '{"type":"span","trace_id":"to')  # a writer killed mid-line ...
    second = traced_run([([5], [6], None)], task_id="second")  # ... and the next one appends
    with pytest.warns(CorruptTraceLineWarning) as caught:
        trajectories = read_trajectories(trace_dir)
    assert len(caught) == 4
    assert [(t.trace_id, t.task_id) for t in trajectories] == [(first, "first"), (second, "second")]
    assert trajectories[1].turns[0].completion_token_ids == [6]


def test_killed_run_keeps_its_turns_and_ids(trace_dir: Path) -> None:
    with pytest.raises(KeyboardInterrupt), invoke_agent_span("coder", "c", task_id="t", group_id="g"):
        with chat_span("m", SamplingParams()) as span:
            record_completion(span, [1, 2], Completion([3], "x", [-0.1], "length"))
        end_of_run()
        raise KeyboardInterrupt
    (trajectory,) = read_trajectories(trace_dir)
    assert trajectory.complete  # the root span ended (with the exception), so the run is whole
    assert trajectory.finish_reason is None
    assert trajectory.turns[0].finish_reason == "length"
    no_root = [line for line in next(trace_dir.glob("*.jsonl")).read_text().splitlines()
               if '"invoke_agent coder"' not in line]
    Path(trace_dir / "2000-01-01.jsonl").write_text("\n".join(no_root) + "\n")
    (partial,) = read_trajectories(trace_dir / "2000-01-01.jsonl")
    assert not partial.complete
    assert (partial.task_id, partial.group_id, partial.conversation_id) == ("t", "g", "c")


def test_trace_ids_select_trajectories(trace_dir: Path) -> None:
    ids = [traced_run([([i], [i + 1], None)], task_id=f"t{i}") for i in range(3)]
    chosen = read_trajectories(trace_dir, trace_ids={ids[0], ids[2]})
    assert [t.task_id for t in chosen] == ["t0", "t2"]
    assert read_trajectories([trace_dir], trace_ids=set()) == []


def test_missing_source_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TraceReadError, match="no trace file or directory"):
        read_trajectories(tmp_path / "nowhere")


def test_reader_never_raises_on_garbage(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_bytes(b"\xff\xfe\x00garbage\n{\"type\": \"reward\"}\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert read_trajectories(tmp_path) == []
    assert len(caught) == 2
