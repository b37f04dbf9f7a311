"""The learn bench's RL lines: expert iteration by default, each algorithm at its own rate,
online lines drawn by curriculum, the offline line from its traces alone."""

from loopwright.bench.learn import RL_LR, parse_args, rl_config


def test_rl_after_sft_is_expert_iteration_at_its_own_rate_by_default():
    args = parse_args(["--precision", "fp32"])
    assert args.rl_algo == "sft" and args.rl_lr == RL_LR["sft"] == 2e-4
    config = rl_config(args, args.rl_algo)
    assert config.algo == "sft" and config.lr == 2e-4 and config.sft_threshold == 1.0
    assert config.curriculum and not config.dynamic_sampling  # sft compares no runs of a group
    # one passing run per task, so more tasks with fewer runs each
    assert (config.sft_per_group, config.tasks_per_step, config.group_size) == (1, 8, 2)


def test_grpo_keeps_its_lower_rate_and_dynamic_sampling_and_a_given_rate_wins():
    grpo = parse_args(["--rl-algo", "grpo", "--precision", "fp32"])
    config = rl_config(grpo, grpo.rl_algo)
    assert config.lr == 1e-4 and config.dynamic_sampling and config.curriculum
    assert (config.sft_per_group, config.tasks_per_step, config.group_size) == (0, 4, 4)
    shaped = rl_config(parse_args(["--rl-algo", "grpo", "--group-size", "6", "--precision", "fp32"]), "grpo")
    assert (shaped.tasks_per_step, shaped.group_size) == (4, 6)
    assert parse_args(["--rl-algo", "grpo", "--rl-lr", "3e-5", "--precision", "fp32"]).rl_lr == 3e-5


def test_the_offline_line_draws_no_tasks():
    args = parse_args(["--offline-algo", "grpo", "--precision", "fp32"])
    config = rl_config(args, args.offline_algo, steps=4, lr=args.offline_lr, online=False)
    assert (config.steps, config.lr) == (4, 1e-4)
    assert not config.curriculum and not config.dynamic_sampling
    assert config.sft_per_group == 0  # logged runs of one task are not a step's group
