"""General chat replayed beside the task rows, held to the base model by KL: what keeps
training on one suite from costing the model its general language.

Ten minutes of training on one suite raised the model's loss on general text by 4-9%
(session 19, `train.general_text`): the adapters moved every next-token distribution, not
only the task's. With `TrainConfig.replay_weight` > 0, every pass of the trainer adds that
weight times the mean KL(base || policy) per token over `replay_rows` rows of general chat:
the base model's own replies to `PROMPTS` (questions, explanations, advice, stories, code,
translation, lists), sampled from the base once. The reference is the same network with the
adapters off, its whole next-token distribution at each reply token (`kl.full_kl`), so the
term is 0 and pulls nothing while the policy equals the base, and pulls back only where
training moved it; cross-entropy on the sampled replies would instead teach those replies.
The prompts share no subject with `general_text.GENERAL_TEXT`, which measures the effect.
The replies are kept in the run folder (`REPLAY_FILE`), so a resumed run trains on the same
rows.
"""

import json
from pathlib import Path
from typing import TYPE_CHECKING

import torch

from loopwright.agent.trajectory import TokenSequence
from loopwright.train.batch import TokenBatch
from loopwright.train.kl import full_kl
from loopwright.train.losses import masked_mean
from loopwright.train.policy import LoraPolicy

if TYPE_CHECKING:
    from loopwright.train.config import TrainConfig

REPLAY_FILE = "general_replay.json"

PROMPTS = (
    "What is the difference between weather and climate?",
    "Give me three tips for sleeping better.",
    "Write a short story about a cat who learns to swim.",
    "Explain how a bicycle stays upright.",
    "What should I pack for a weekend camping trip?",
    "Translate 'good morning, how are you?' into Spanish.",
    "Why is the sky blue?",
    "Write a haiku about autumn leaves.",
    "How do I make a simple tomato sauce?",
    "What are the planets of the solar system?",
    "Write a Python function that checks whether a word is a palindrome.",
    "Explain what a database index is to a beginner.",
    "How can I be more productive when working from home?",
    "Describe the water cycle in a few sentences.",
    "What is the capital of Japan, and what is it known for?",
    "Write a polite message declining a meeting invitation.",
    "What is the difference between a virus and a bacterium?",
    "Suggest a name for a small bakery.",
    "How does compound interest work?",
    "Tell me a fun fact about octopuses.",
    "What is a good way to start learning to play the guitar?",
    "Explain what the command `ls -l` shows in a terminal.",
    "Summarize the plot of Romeo and Juliet in three sentences.",
    "What are some healthy breakfast ideas?",
    "Why do we have seasons on Earth?",
    "Write a limerick about a forgetful robot.",
    "How do vaccines help the immune system?",
    "What is the Pythagorean theorem?",
    "Give me a short workout I can do without equipment.",
    "What is the difference between a list and a tuple in Python?",
    "How do bees make honey?",
    "Write a thank-you note to a teacher.",
    "What causes earthquakes?",
    "Recommend three classic novels and say why they matter.",
    "How do I politely ask my neighbour to turn down their music?",
    "Explain recursion with a simple example.",
    "What is inflation, in simple terms?",
    "Describe a sunset over the ocean.",
    "What are the main parts of a flower?",
    "How do I brew a good cup of tea?",
    "Write a SQL query that counts the rows of a table named orders.",
    "What is the tallest mountain in the world, and how tall is it?",
    "Give me a riddle and its answer.",
    "How does a refrigerator keep food cold?",
    "What are good habits for saving money?",
    "Explain what HTTP status code 404 means.",
    "Write two sentences describing a busy train station.",
    "Why do leaves change colour in the fall?",
)
"""General requests of many kinds; none shares a subject with `general_text.GENERAL_TEXT`."""


def replay_for(config: "TrainConfig", policy: LoraPolicy, tokenizer, out: Path) -> list[TokenSequence] | None:
    """The general replay rows of a run in `out` (None when `config.replay_weight` is 0): read
    from `out/REPLAY_FILE` when an earlier start of the run (a resume) kept them, else the
    base's replies sampled now and kept there."""
    if not config.replay_weight:
        return None
    path = out / REPLAY_FILE
    if path.is_file():
        try:
            return [TokenSequence(r["token_ids"], r["loss_mask"], [0.0] * len(r["token_ids"]))
                    for r in json.loads(path.read_text())]
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path} is not a replay file this version wrote ({exc}); remove it to sample "
                             "the base's replies again") from None
    rows = base_replies(policy, tokenizer, seed=config.seed)
    out.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps([{"token_ids": r.token_ids, "loss_mask": r.loss_mask} for r in rows]))
    tmp.replace(path)
    return rows


@torch.no_grad()
def base_replies(policy: LoraPolicy, tokenizer, prompts: tuple[str, ...] = PROMPTS, max_new_tokens: int = 64,
                 seed: int = 0, batch: int = 16, temperature: float = 0.8) -> list[TokenSequence]:
    """One sampled reply of the base model (adapters off) to each prompt, as a row whose loss
    mask covers the reply (and its end-of-turn token when it ended)."""
    model, eos = policy.model, tokenizer.eos_token_id
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos
    prompt_ids = [list(tokenizer.apply_chat_template([{"role": "user", "content": p}], add_generation_prompt=True,
                                                     tokenize=True, return_dict=False))
                  for p in prompts]
    rows = []
    with torch.random.fork_rng(), model.disable_adapter():
        torch.manual_seed(seed)
        for start in range(0, len(prompt_ids), batch):
            chunk = prompt_ids[start : start + batch]
            width = max(map(len, chunk))  # left-padded, so every reply starts at `width`
            ids = torch.tensor([[pad] * (width - len(p)) + p for p in chunk])
            mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in chunk])
            out = model.generate(input_ids=ids, attention_mask=mask, do_sample=True, temperature=temperature,
                                 top_k=0, max_new_tokens=max_new_tokens, eos_token_id=eos, pad_token_id=pad)
            for prompt, generated in zip(chunk, out[:, width:].tolist(), strict=True):
                reply = generated[: generated.index(eos) + 1] if eos in generated else generated
                rows.append(TokenSequence(prompt + reply, [False] * len(prompt) + [True] * len(reply),
                                          [0.0] * (len(prompt) + len(reply))))
    return rows


def rows_of_step(rows: list[TokenSequence], step: int, count: int) -> list[TokenSequence]:
    """The `count` replay rows of optimizer step `step`, cycling through all of them in order
    (a function of the step alone, so a resumed run replays the same rows)."""
    return [rows[(step * count + i) % len(rows)] for i in range(count)]


def replay_kl(policy: LoraPolicy, batch: TokenBatch) -> torch.Tensor:
    """Mean KL(base || policy) per reply token of `batch`, with gradient through the policy."""
    logits = policy.target_logits(batch)
    with torch.no_grad():
        reference = policy.target_logits(batch, reference=True)
    return masked_mean(full_kl(reference, logits), batch.loss_mask[:, batch.first_target:], "token")
