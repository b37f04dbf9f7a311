"""Offline training from real trace files: the rows trained on are the recorded tokens."""

import pytest
import torch

from loopwright.agent.tracing import (
    TracingConfig,
    chat_span,
    end_of_run,
    invoke_agent_span,
    record_completion,
    record_run_outcome,
    setup_tracing,
)
from loopwright.models.sampling import Completion, SamplingParams
from loopwright.train.config import TrainConfig
from loopwright.train.offline import NoTrainableTraces, OfflineTraces
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import Trainer
from tests.train.token_env import TokenTaskEnv, tiny_llama


def _trace_runs(trace_dir, runs, with_reward=True) -> None:
    setup_tracing(TracingConfig(trace_dir=trace_dir))
    for run in runs:
        turn = run.turns[0]
        with invoke_agent_span("test", run.trace_id, task_id=run.task_id, group_id=run.group_id) as root:
            with chat_span("tiny", SamplingParams(temperature=1.0)) as span:
                record_completion(span, turn.prompt_token_ids,
                                  Completion(turn.completion_token_ids, "", turn.logprobs, "length"))
            record_run_outcome(root, "stop", 1, run.reward if with_reward else None, None)
        end_of_run()


@pytest.fixture
def policy() -> LoraPolicy:
    torch.manual_seed(0)
    return LoraPolicy.wrap(tiny_llama(), LoraSettings(r=4, alpha=8))


def test_offline_traces_train_on_recorded_tokens(tmp_path, policy):
    runs = TokenTaskEnv(policy, group_size=3).collect(0)
    _trace_runs(tmp_path / "traces", runs)
    config = TrainConfig(algo="grpo", steps=1, group_size=3, tasks_per_step=2, lr=1e-2)
    source = OfflineTraces(tmp_path / "traces", config)
    got = source.collect(0)
    assert source.runs == 6 and len(got) == 6
    recorded = {(tuple(r.turns[0].prompt_token_ids + r.turns[0].completion_token_ids), r.reward) for r in runs}
    assert {(tuple(t.sequences()[0].token_ids), t.reward) for t in got} == recorded
    stats = Trainer(policy, config).step(0, got)
    assert stats.runs == 6
    assert stats.rows + 3 * stats.skipped_groups == 6


def test_offline_traces_without_rewards_are_a_clear_error(tmp_path, policy):
    runs = TokenTaskEnv(policy, group_size=2).collect(0)
    _trace_runs(tmp_path / "traces", runs, with_reward=False)
    with pytest.raises(NoTrainableTraces, match="no traced run has both a reward"):
        OfflineTraces(tmp_path / "traces", TrainConfig())
    with pytest.raises(NoTrainableTraces, match="no such trace folder"):
        OfflineTraces(tmp_path / "missing", TrainConfig())
