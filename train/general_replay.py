"""General chat replayed beside the task rows, held to the base model by KL: what keeps
training on one suite from costing the model its general language.

Ten minutes of training on one suite raised the model's loss on general text by 4-9%
(session 19, `train.general_text`): the adapters moved every next-token distribution, not
only the task's. With `TrainConfig.replay_weight` > 0, every pass of the trainer adds that
weight times the mean KL(base || policy) per token over `replay_rows` rows of general chat:
the base model's own replies to `PROMPTS` (questions, explanations, advice, stories, code,
translation, lists), sampled from the base once. The reference is the base's next-token
distribution at each reply token, so the term is 0 and pulls nothing while the policy equals
the base, and pulls back only where training moved it; cross-entropy on the sampled replies
would instead teach those replies. The prompts share no subject with
`general_text.GENERAL_TEXT`, which measures the effect.

The base never changes, so its distributions are worked out once per run (`ReplayRow`), not
by a second forward pass every step: that pass was a quarter of the replay's cost, and the
replay's ~0.9 s a step cost SFT a third of its steps under the learn bench's budget. What is
kept is the base's `BASE_TOP_K` most likely tokens at each position and the rest of its mass as
one more outcome; the KL over those K+1 outcomes (`kl.top_k_kl`) is a lower bound of the whole
vocabulary's that matches it where the base's tail is small. The replies are kept in the run
folder (`REPLAY_FILE`), so a resumed run trains on the same rows.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import torch

from loopwright.agent.trajectory import TokenSequence
from loopwright.train.batch import collate
from loopwright.train.kl import TopK, top_k_kl
from loopwright.train.policy import LoraPolicy

if TYPE_CHECKING:
    from loopwright.train.config import TrainConfig

REPLAY_FILE = "general_replay.json"

Row = TypeVar("Row")

BASE_TOP_K = 64
"""Tokens of the base's distribution kept at each reply position (`kl.TopK`); the rest of its
mass is one more outcome."""

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


@dataclass(frozen=True)
class ReplayRow:
    """A row of general chat and the base's next-token distribution at each of its reply tokens."""

    sequence: TokenSequence
    base: TopK
    """One position per reply token (the row's loss mask), in order."""

    @property
    def tokens(self) -> int:
        return len(self.base.rest)


def replay_for(config: "TrainConfig", policy: LoraPolicy, tokenizer, out: Path) -> list[ReplayRow] | None:
    """The general replay rows of a run in `out` (None when `config.replay_weight` is 0): read
    from `out/REPLAY_FILE` when an earlier start of the run (a resume) kept them, else the
    base's replies sampled now and kept there; with the base's distributions over them, worked
    out in `config.precision` so that a policy still equal to the base is at KL 0."""
    if not config.replay_weight:
        return None
    path = out / REPLAY_FILE
    if path.is_file():
        sequences = _read(path)
    else:
        sequences = base_replies(policy, tokenizer, seed=config.seed)
        out.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps([{"token_ids": r.token_ids, "loss_mask": r.loss_mask} for r in sequences]))
        tmp.replace(path)
    policy.precision = config.precision  # the Trainer's, which sets the same
    return with_base(policy, sequences)


def _read(path: Path) -> list[TokenSequence]:
    """The rows kept in `path`, each with at least one reply token."""
    try:
        rows = [TokenSequence(r["token_ids"], r["loss_mask"], [0.0] * len(r["token_ids"]))
                for r in json.loads(path.read_text())]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path} is not a replay file this version wrote ({exc}); remove it to sample "
                         "the base's replies again") from None
    if not rows or not all(any(r.loss_mask) for r in rows):
        raise ValueError(f"{path} has no rows or a row without reply tokens; remove it to sample the base's "
                         "replies again")
    return rows


@torch.no_grad()
def with_base(policy: LoraPolicy, sequences: list[TokenSequence], k: int = BASE_TOP_K) -> list[ReplayRow]:
    """Each row with the base's (adapters off) top-`k` distribution at its reply tokens; one row
    a forward pass, the shape a step replays it in (`replay_rows` 1), so the policy's logits at
    step 0 are the same numbers."""
    return [ReplayRow(s, TopK.of(policy.loss_logits(collate([s]), reference=True), k)) for s in sequences]


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


def rows_of_step(rows: list[Row], step: int, count: int) -> list[Row]:
    """The `count` replay rows of optimizer step `step`, cycling through all of them in order
    (a function of the step alone, so a resumed run replays the same rows)."""
    return [rows[(step * count + i) % len(rows)] for i in range(count)]


def replay_kl(policy: LoraPolicy, rows: list[ReplayRow], pad_id: int = 0) -> torch.Tensor:
    """Mean KL(base || policy) per reply token of `rows`, with gradient through the policy."""
    logits = policy.loss_logits(collate([r.sequence for r in rows], pad_id))
    return top_k_kl(TopK.cat([r.base for r in rows]), logits).mean()
