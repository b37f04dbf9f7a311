"""A person's ratings and corrections in trace files become SFT and DPO rows on the token ids
recorded for the model's turns (a correction in place of the turn, same prompt ids)."""

import warnings

import pytest
from opentelemetry.trace import format_span_id

from loopwright.agent.tracing import (
    chat_span,
    current_trace_id,
    end_of_run,
    invoke_agent_span,
    record_completion,
)
from loopwright.agent.tracing.jsonl import TurnRef, append_correction, append_turn_rating
from loopwright.agent.tracing.reader import CorruptTraceLineWarning, read_traces
from loopwright.models.sampling import Completion, SamplingParams
from loopwright.train.algorithms import DPO, SFT
from loopwright.train.config import TrainConfig
from loopwright.train.feedback import FeedbackCounts, feedback_runs
from loopwright.train.offline import NoTrainableTraces, OfflineTraces

PROMPT_A = [1, 2, 3, 4]
PROMPT_B = [1, 2, 3, 4, 10, 11, 12, 13]


def chat_session(turns: list[tuple[list[int], list[int]]], conversation: str = "s1") -> tuple[str, list[str]]:
    """One traced chat run (no reward): its trace id and the span id of each turn."""
    span_ids = []
    with invoke_agent_span("loopwright-chat", conversation):
        for prompt, completion in turns:
            with chat_span("tiny", SamplingParams()) as span:
                record_completion(span, prompt, Completion(completion, "text", [-0.1] * len(completion), "stop"))
                span_ids.append(format_span_id(span.get_span_context().span_id))
        trace_id = current_trace_id()
    end_of_run()
    return trace_id, span_ids


def rated_folder(trace_dir) -> dict[str, list[int]]:
    """Two sessions: a turn rated good, the same prompt answered and rated bad elsewhere, and a
    corrected turn. Returns the token ids each row should carry."""
    first, (a1, b1) = chat_session([(PROMPT_A, [20, 21]), (PROMPT_B, [30, 31, 32])])
    second, (a2,) = chat_session([(PROMPT_A, [40])], conversation="s2")
    append_turn_rating(trace_dir, TurnRef(first, a1), 1.0)
    append_turn_rating(trace_dir, TurnRef(second, a2), 1.0)
    append_turn_rating(trace_dir, TurnRef(second, a2), -1.0)  # changed mind: the latest counts
    append_correction(trace_dir, TurnRef(first, b1), "better", "text", [50, 51])
    return {"good": PROMPT_A + [20, 21], "bad": PROMPT_A + [40], "correction": PROMPT_B + [50, 51],
            "original": PROMPT_B + [30, 31, 32]}


def test_feedback_runs_carry_the_recorded_ids_and_the_correction_in_place_of_the_turn(trace_dir):
    want = rated_folder(trace_dir)
    counts = FeedbackCounts()
    runs = feedback_runs(read_traces(trace_dir), counts)
    got = {(tuple(r.sequences()[0].token_ids), r.reward) for r in runs}
    assert got == {(tuple(want["good"]), 1.0), (tuple(want["bad"]), -1.0),
                   (tuple(want["correction"]), 1.0), (tuple(want["original"]), -1.0)}
    correction = next(r for r in runs if r.trace_id.endswith(":correction"))
    assert correction.sequences()[0].loss_mask == [False] * len(PROMPT_B) + [True, True]  # prompt masked
    assert (counts.rated, counts.corrected, counts.untokenized) == (2, 1, 0)


def test_sft_learns_good_turns_and_corrections_dpo_pairs_corrections_and_good_bad_prompts(trace_dir):
    want = rated_folder(trace_dir)
    sft = OfflineTraces(trace_dir, TrainConfig(algo="sft", tasks_per_step=8))
    sft_rows = SFT(sft.config).rows(sft.collect(0)).rows
    assert sorted(r.token_ids for r in sft_rows) == sorted([want["good"], want["correction"]])

    dpo = OfflineTraces(trace_dir, TrainConfig(algo="dpo", tasks_per_step=8))
    pairs = DPO(dpo.config).rows(dpo.collect(0)).rows
    assert sorted((p.chosen[0].token_ids, p.rejected[0].token_ids) for p in pairs) == sorted(
        [(want["good"], want["bad"]), (want["correction"], want["original"])])


def test_grpo_does_not_train_on_feedback_and_says_how_to_give_some(trace_dir):
    rated_folder(trace_dir)
    with pytest.raises(NoTrainableTraces, match="rate or correct answers in `loopwright chat`"):
        OfflineTraces(trace_dir, TrainConfig(algo="grpo"))


def test_an_untokenized_correction_is_counted_not_trained(trace_dir):
    trace, (span,) = chat_session([(PROMPT_A, [20])])
    append_correction(trace_dir, TurnRef(trace, span), "better", "text", None)
    counts = FeedbackCounts()
    assert feedback_runs(read_traces(trace_dir), counts) == []
    assert counts.untokenized == 1


def test_a_torn_rating_line_is_skipped_and_the_others_kept(trace_dir):
    trace, (a, b) = chat_session([(PROMPT_A, [20]), (PROMPT_B, [30])])
    append_turn_rating(trace_dir, TurnRef(trace, a), 1.0)
    day_file = next(trace_dir.glob("*.jsonl"))
    with open(day_file, "ab") as f:  # a writer killed mid-line
        f.write(b'{"type":"rating","trace_id":"' + trace.encode() + b'","span_id":"' + b.encode() + b'","rew')
    with pytest.warns(CorruptTraceLineWarning, match="torn last line"):
        traces = read_traces(trace_dir)
    assert traces[trace].turn_ratings() == {a: 1.0}


def test_feedback_on_a_turn_that_was_never_traced_is_refused(trace_dir):
    trace, _ = chat_session([(PROMPT_A, [20])])
    with pytest.raises(ValueError, match="span id must be 16 hex"):
        append_turn_rating(trace_dir, TurnRef(trace, "nope"), 1.0)
    with pytest.raises(ValueError, match="no trace"):
        append_turn_rating(trace_dir, TurnRef("f" * 32, "a" * 16), 1.0)
    with pytest.raises(ValueError, match="finite"):
        append_turn_rating(trace_dir, TurnRef(trace, "a" * 16), float("nan"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing corrupt was written by the refusals
        assert read_traces(trace_dir)[trace].ratings == []
