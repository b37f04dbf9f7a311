"""A two-task token-level environment for CI: no Docker, no agent, real sampling.

Task "low" (prompt [1, 2]) rewards completion tokens from the lower half of the vocabulary,
task "high" (prompt [1, 3]) the upper half. A random model scores ~0.5 on both; learning
must condition on the prompt. Completions are sampled from the policy itself with their
logprobs recorded at sampling time, exactly like the engine does for agent rollouts.
"""

import torch
from transformers import LlamaConfig, LlamaForCausalLM

from loopwright.agent.trajectory import Trajectory, Turn
from loopwright.train.policy import LoraPolicy

VOCAB = 32
TASKS = {"low": [1, 2], "high": [1, 3]}


def tiny_llama(seed: int = 0) -> LlamaForCausalLM:
    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=VOCAB,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=64,
        initializer_range=0.3,
    )
    return LlamaForCausalLM(config).eval()


def reward(task_id: str, completion: list[int]) -> float:
    hits = [(t < VOCAB // 2) == (task_id == "low") for t in completion]
    return sum(hits) / len(hits)


class TokenTaskEnv:
    def __init__(self, policy: LoraPolicy, group_size: int = 8, length: int = 4, seed: int = 0) -> None:
        self.policy, self.group_size, self.length, self.seed = policy, group_size, length, seed

    @torch.no_grad()
    def collect(self, step: int) -> list[Trajectory]:
        gen = torch.Generator().manual_seed(self.seed * 100_003 + step)
        runs = []
        for task_id, prompt in TASKS.items():
            ids = torch.tensor([prompt] * self.group_size)  # [G, P]
            logps = []
            for _ in range(self.length):
                logits = self.policy.model(input_ids=ids).logits[:, -1].float()  # [G, V]
                logp = torch.log_softmax(logits, -1)
                token = torch.multinomial(logp.exp(), 1, generator=gen)  # [G, 1]
                logps.append(logp.gather(-1, token))
                ids = torch.cat([ids, token], dim=1)
            logps_t = torch.cat(logps, dim=1)  # [G, L]
            for g in range(self.group_size):
                completion = ids[g, len(prompt) :].tolist()
                runs.append(
                    Trajectory(
                        trace_id=f"{step}-{task_id}-{g}",
                        turns=[Turn(list(prompt), completion, logps_t[g].tolist())],
                        task_id=task_id,
                        group_id=f"{step}-{task_id}",
                        reward=reward(task_id, completion),
                    )
                )
        return runs
