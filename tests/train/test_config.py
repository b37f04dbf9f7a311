"""TrainConfig: a config no run could use is refused on construction, and a checkpoint's
saved config round-trips and is checked against the one a resume asks for."""

import typing

import pytest

from loopwright.train.algorithms import ALGORITHMS
from loopwright.train.config import RESUME_MAY_DIFFER, Algo, TrainConfig
from loopwright.train.policy import LoraSettings


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"inner_epochs": 0}, "inner_epochs must be >= 1, got 0"),
        ({"micro_batch_rows": 0}, "micro_batch_rows must be >= 1, got 0"),
        ({"checkpoint_every": 0}, "checkpoint_every must be >= 1"),
        ({"max_new_tokens": 0}, "max_new_tokens must be >= 1"),
        ({"weight_decay": -0.1}, "weight_decay must be >= 0"),
        ({"max_grad_norm": -1.0}, "max_grad_norm must be >= 0"),
        ({"temperature": -1.0}, "temperature must be >= 0"),
        ({"dpo_beta": 0.0}, "dpo_beta must be > 0"),
        ({"norm": "row"}, "norm must be token or sequence, got 'row'"),
        ({"lora": LoraSettings(r=0)}, "lora needs r >= 1"),
        ({"algo": "a2c"}, "unknown algo 'a2c': use grpo, sft, dpo or ppo"),
        ({"algo": "dpo", "group_size": 1}, "dpo compares runs of a group: --group-size must be >= 2"),
        ({"steps": 0}, "steps, group_size and tasks_per_step must be >= 1"),
        ({"lr": 0.0}, "lr and clip_eps must be > 0"),
    ],
)
def test_unusable_configs_are_refused_with_the_field_named(fields, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        TrainConfig(**fields)


def test_the_algo_type_names_exactly_the_registered_algorithms():
    assert typing.get_args(Algo) == tuple(ALGORITHMS)


def test_sft_needs_no_group():
    assert TrainConfig(algo="sft", group_size=1).group_size == 1


def test_saved_config_round_trips_and_unknown_fields_are_named():
    config = TrainConfig(algo="dpo", seed=3, lora=LoraSettings(r=4, alpha=8, target_modules=["q_proj"]))
    assert TrainConfig.from_dict(config.to_dict()) == config
    with pytest.raises(ValueError, match="does not know: flux"):
        TrainConfig.from_dict({**config.to_dict(), "flux": 1})


def test_resume_refuses_a_config_that_changes_the_run_and_names_every_field():
    saved = TrainConfig(algo="grpo", group_size=4, seed=0, lora=LoraSettings(r=8, alpha=16))
    requested = TrainConfig(algo="dpo", group_size=4, seed=1, lora=LoraSettings(r=4, alpha=16))
    with pytest.raises(ValueError) as err:
        requested.check_resumes(saved)
    message = str(err.value)
    assert "algo (checkpoint 'grpo', requested 'dpo')" in message
    assert "lora.r (checkpoint 8, requested 4)" in message and "seed" in message
    assert "group_size" not in message and "lora.alpha" not in message


def test_resume_may_extend_the_run_and_change_how_it_saves():
    assert {"steps", "checkpoint_every", "micro_batch_rows"} == RESUME_MAY_DIFFER
    saved = TrainConfig(steps=10, checkpoint_every=5, micro_batch_rows=8)
    TrainConfig(steps=30, checkpoint_every=2, micro_batch_rows=2).check_resumes(saved)
