"""Token-level environments for CI: no Docker, no agent, real sampling.

`TokenTaskEnv`: task "low" (prompt [1, 2]) rewards completion tokens from the lower half of
the vocabulary, task "high" (prompt [1, 3]) the upper half. A random model scores ~0.5 on
both; learning must condition on the prompt.

`TokenSuiteEnv`: the learn bench in miniature. Two families ("low", "high") of many task
instances ([1, family token, instance token]), split into train and test instances; a run
passes (reward 1) when every completion token is in its family's half. Its steps come from
the same `StepDraws` as agent rollouts (curriculum, dynamic sampling), so the draws real
training makes are the ones tested.

Completions are sampled from the policy itself with their logprobs recorded at sampling
time, exactly like the engine does for agent rollouts.
"""

from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import LlamaConfig, LlamaForCausalLM

from loopwright.agent.trajectory import Trajectory, Turn
from loopwright.train.config import TrainConfig
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.seeds import derived_seed
from loopwright.train.step_draws import StepDraws

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


def policy_with_adapters(settings: LoraSettings | None = None) -> LoraPolicy:
    """A LoRA policy on `tiny_llama()` whose B factors are non-zero, so the adapters change the
    logits (fresh adapters start at B = 0, equal to the base)."""
    policy = LoraPolicy.wrap(tiny_llama(), settings)
    for module in policy.model.modules():
        if hasattr(module, "lora_B") and "default" in module.lora_B:
            torch.nn.init.normal_(module.lora_B["default"].weight, std=0.5)
    return policy


def logprobs_and_gradient(policy: LoraPolicy, batch) -> tuple[torch.Tensor, torch.Tensor]:
    """The policy's logprobs of `batch`, and the gradient over every adapter weight of their sum
    weighted 1, 2, 3, ... by trained token (so no two positions count alike), flattened."""
    policy.model.zero_grad()
    logprobs = policy.token_logprobs(batch)
    (logprobs[batch.loss_mask] * torch.arange(1.0, batch.num_loss_tokens + 1.0)).sum().backward()
    return logprobs, torch.cat([p.grad.flatten() for p in policy.trainable_parameters()])


def reward(task_id: str, completion: list[int]) -> float:
    hits = [(t < VOCAB // 2) == (task_id == "low") for t in completion]
    return sum(hits) / len(hits)


@torch.no_grad()
def sample_group(policy: LoraPolicy, prompt: list[int], n: int, length: int,
                 gen: torch.Generator) -> tuple[list[list[int]], list[list[float]]]:
    """`n` completions of `length` tokens sampled from the policy, with their logprobs."""
    ids = torch.tensor([prompt] * n)  # [N, P]
    logps = []
    for _ in range(length):
        logits = policy.model(input_ids=ids).logits[:, -1].float()  # [N, V]
        logp = torch.log_softmax(logits, -1)
        token = torch.multinomial(logp.exp(), 1, generator=gen)  # [N, 1]
        logps.append(logp.gather(-1, token))
        ids = torch.cat([ids, token], dim=1)
    logps_t = torch.cat(logps, dim=1)  # [N, L]
    return ids[:, len(prompt):].tolist(), logps_t.tolist()


class TokenTaskEnv:
    def __init__(self, policy: LoraPolicy, group_size: int = 8, length: int = 4, seed: int = 0) -> None:
        self.policy, self.group_size, self.length, self.seed = policy, group_size, length, seed

    def collect(self, step: int) -> list[Trajectory]:
        gen = torch.Generator().manual_seed(self.seed * 100_003 + step)
        runs = []
        for task_id, prompt in TASKS.items():
            completions, logps = sample_group(self.policy, prompt, self.group_size, self.length, gen)
            for g, (completion, logp) in enumerate(zip(completions, logps, strict=True)):
                runs.append(
                    Trajectory(
                        trace_id=f"{step}-{task_id}-{g}",
                        turns=[Turn(list(prompt), completion, logp)],
                        task_id=task_id,
                        group_id=f"{step}-{task_id}",
                        reward=reward(task_id, completion),
                    )
                )
        return runs


FAMILY_TOKEN = {"low": 2, "high": 3}


@dataclass(frozen=True, slots=True)
class TokenTask:
    task_id: str
    family: str
    prompt: list[int]

    def passed(self, completion: list[int]) -> bool:
        return all((t < VOCAB // 2) == (self.family == "low") for t in completion)


def token_suite(instances: range) -> list[TokenTask]:
    """Both families' tasks for each instance token."""
    return [TokenTask(f"{family}-{k}", family, [1, token, k])
            for k in instances for family, token in FAMILY_TOKEN.items()]


class TokenSuiteEnv:
    """Online rollout source over a token suite, drawn like agent rollouts."""

    def __init__(self, policy: LoraPolicy, tasks: list[TokenTask], config: TrainConfig,
                 step_log: Path | None = None, length: int = 2) -> None:
        self.policy, self.config, self.length = policy, config, length
        self.draws = StepDraws(tasks, config, step_log)

    def collect(self, step: int) -> list[Trajectory]:
        return self.draws.collect(step, self._run_groups)

    def _run_groups(self, step: int, tasks: list[TokenTask], draw: int) -> list[Trajectory]:
        gen = torch.Generator().manual_seed(derived_seed(self.config.seed, step, draw))
        runs = []
        for task in tasks:
            completions, logps = sample_group(self.policy, task.prompt, self.config.group_size, self.length, gen)
            for g, (completion, logp) in enumerate(zip(completions, logps, strict=True)):
                runs.append(Trajectory(
                    trace_id=f"{step}-{draw}-{task.task_id}-{g}", turns=[Turn(list(task.prompt), completion, logp)],
                    task_id=task.task_id, group_id=f"step{step}-{task.task_id}",
                    reward=float(task.passed(completion)), family=task.family, draw=draw))
        return runs


def pass_at_1(policy: LoraPolicy, tasks: list[TokenTask], samples: int = 16, length: int = 2) -> float:
    """Share of sampled runs that pass, `samples` per task (seeded: the same draws every call)."""
    gen = torch.Generator().manual_seed(12345)
    passed = 0
    for task in tasks:
        completions, _ = sample_group(policy, task.prompt, samples, length, gen)
        passed += sum(map(task.passed, completions))
    return passed / (samples * len(tasks))
