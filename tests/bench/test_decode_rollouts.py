"""The rollouts workload: exact lengths over one shared prefix, and how each turn's prompt grows."""

import pytest

from loopwright.bench.decode_rollouts import (
    OBSERVATION_TOKENS,
    PREFIX_TOKENS,
    ROLLOUT_SEQS,
    ROLLOUT_TURNS,
    TASK_TOKENS,
    build_workload,
    run_sequence,
)


class ByteTokenizer:
    """One id per UTF-8 byte: every text is longer than its slot, so the builder cuts."""

    def encode(self, text: str, add_special_tokens: bool = False) -> list[int]:
        return list(text.encode())


class WordTokenizer:
    """One id per word: every text is shorter than its slot, so the builder repeats it."""

    def __init__(self):
        self.vocab: dict[str, int] = {}

    def encode(self, text: str, add_special_tokens: bool = False) -> list[int]:
        return [self.vocab.setdefault(word, len(self.vocab)) for word in text.split()]


@pytest.mark.parametrize("tokenizer", [ByteTokenizer(), WordTokenizer()], ids=["cut", "repeated"])
def test_32_sequences_share_a_400_token_prefix_and_get_their_own_task_and_50_token_observations(tokenizer):
    workload = build_workload(tokenizer)
    assert len(workload.prefix) == PREFIX_TOKENS == 400
    assert len(workload.tasks) == ROLLOUT_SEQS == 32
    assert {len(task) for task in workload.tasks} == {TASK_TOKENS}
    assert len({tuple(task) for task in workload.tasks}) == ROLLOUT_SEQS  # no two sequences alike
    assert [len(turns) for turns in workload.observations] == [ROLLOUT_TURNS] * ROLLOUT_SEQS
    assert {len(obs) for turns in workload.observations for obs in turns} == {OBSERVATION_TOKENS} == {50}
    assert len({tuple(obs) for turns in workload.observations for obs in turns}) == ROLLOUT_SEQS * ROLLOUT_TURNS
    assert build_workload(tokenizer) == workload  # deterministic


def test_each_turn_prompts_with_prefix_task_and_every_earlier_reply_and_observation():
    workload = build_workload(ByteTokenizer())
    prompts: list[list[int]] = []

    def complete(ids: list[int]) -> list[int]:  # a fake model: reply k is 64 copies of 1000 + k
        prompts.append(ids)
        return [1000 + len(prompts)] * 64

    assert run_sequence(workload, 5, complete) == ROLLOUT_TURNS * 64
    expected = workload.prefix + workload.tasks[5]
    for turn, prompt in enumerate(prompts):
        assert prompt == expected
        expected = expected + [1001 + turn] * 64 + workload.observations[5][turn]
    assert len(prompts[-1]) == 400 + 20 + 3 * (64 + 50)
