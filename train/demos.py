"""Demonstration runs for an SFT warm start when the base model never succeeds.

A demonstration is a real agent run (real sandbox, real tools, real trace, verified) whose
completions are forced token by token to the task's oracle, `solution/solve.sh`, written
as one ```bash block, followed by a short final answer. The trace records exactly the
prompt ids the agent built and the forced completion ids, so SFT on it trains on the same
token layout as any rollout. Used only on train tasks.
"""

import torch

from loopwright.envs.tasks import Task
from loopwright.models.sampling import SamplingParams
from loopwright.train.rollouts import run_spec

FINAL_ANSWER = "Done."


def demo_turns(task: Task, action_format: str) -> list[str]:
    """Assistant texts of the demonstration: the oracle as one bash call written the way
    the action format writes calls, then a final answer."""
    from loopwright.models.action_formats import get_format

    if task.solution_script is None:
        raise ValueError(f"{task.path}: no solution/solve.sh to demonstrate")
    lines = task.solution_script.read_text().splitlines()
    body = "\n".join(line for line in lines if not line.startswith("#!")).strip()
    call = get_format(action_format).render_calls([{"name": "bash", "args": {"command": body}}])
    final = f"Final Answer: {FINAL_ANSWER}" if action_format == "react" else FINAL_ANSWER
    return [call, final]


class ForcedTurns:
    """Logits processor that forces each model call of one run to the next scripted turn.

    Called once per decoding step with the completion so far; an empty completion after
    tokens were produced means a new model call began. After the script, EOS is forced.
    """

    def __init__(self, turns: list[list[int]], eos_id: int) -> None:
        self.turns, self.eos_id = turns, eos_id
        self.turn = 0
        self.produced = False

    def __call__(self, completion: list[int], logits: torch.Tensor) -> torch.Tensor:
        if not completion and self.produced:
            self.turn += 1
            self.produced = False
        self.produced = True
        script = self.turns[self.turn] if self.turn < len(self.turns) else []
        target = script[len(completion)] if len(completion) < len(script) else self.eos_id
        forced = torch.full_like(logits, float("-inf"))
        forced[..., target] = 0.0
        return forced


def demo_spec(task: Task, tokenizer, eos_id: int, action_format: str, max_turns: int,
              image: str | None = None, group_id: str | None = None):
    """A RunSpec whose completions are the task's demonstration (in its own group unless
    `group_id` names one). Run it on `AgentRuntime.unconstrained()`, since a constrained
    decoder would replace this processor."""
    turns = [tokenizer.encode(text, add_special_tokens=False) + [eos_id]
             for text in demo_turns(task, action_format)]
    sampling = SamplingParams(
        max_new_tokens=max(len(t) for t in turns) + 1,
        temperature=0.0,
        logits_processor=ForcedTurns(turns, eos_id),
    )
    return run_spec(task, group_id=group_id or f"demo-{task.task_id}", sampling=sampling,
                    max_turns=max_turns, image=image)
