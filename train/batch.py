"""TokenSequence rows -> padded tensors aligned on target positions.

Rows are taken exactly as recorded at rollout (token ids, loss mask, old logprobs); this
module only pads and shifts them, it never tokenizes anything.
"""

from dataclasses import dataclass

import torch

from loopwright.agent.trajectory import TokenSequence


@dataclass(slots=True)
class TokenBatch:
    input_ids: torch.Tensor
    """[B, T] token ids, right-padded with pad_id."""
    attention_mask: torch.Tensor
    """[B, T] 1 on real tokens."""
    loss_mask: torch.Tensor
    """[B, T-1] bool: target token t+1 is an assistant token."""
    old_logprobs: torch.Tensor
    """[B, T-1] rollout logprob of target token t+1 (0 where masked)."""

    @property
    def num_loss_tokens(self) -> int:
        return int(self.loss_mask.sum())

    @property
    def first_target(self) -> int:
        """First target position any row trains on (0 when none does): positions before it
        need no logits, and they are most of an agent row (system prompt, tools, task)."""
        trained = self.loss_mask.any(dim=0).nonzero()
        return int(trained[0]) if len(trained) else 0


def collate(rows: list[TokenSequence], pad_id: int = 0) -> TokenBatch:
    """Pads rows to the longest one and shifts masks/logprobs onto target positions."""
    if not rows:
        raise ValueError("cannot build a batch from zero rows")
    for row in rows:
        if not len(row.token_ids) == len(row.loss_mask) == len(row.old_logprobs):
            raise ValueError("a TokenSequence has token_ids, loss_mask, old_logprobs of unequal length")
    length = max(len(r.token_ids) for r in rows)
    batch = len(rows)
    input_ids = torch.full((batch, length), pad_id, dtype=torch.long)
    attention = torch.zeros((batch, length), dtype=torch.long)
    loss_mask = torch.zeros((batch, length), dtype=torch.bool)
    old = torch.zeros((batch, length), dtype=torch.float32)
    for i, row in enumerate(rows):
        n = len(row.token_ids)
        input_ids[i, :n] = torch.tensor(row.token_ids)
        attention[i, :n] = 1
        loss_mask[i, :n] = torch.tensor(row.loss_mask)
        old[i, :n] = torch.tensor(row.old_logprobs, dtype=torch.float32)
    return TokenBatch(input_ids, attention, loss_mask[:, 1:], old[:, 1:])


def target_logprobs(model: torch.nn.Module, batch: TokenBatch) -> torch.Tensor:
    """Log-probability of each trained next token under `model` (an HF causal LM, or a PEFT
    model around one); 0 at every position the loss mask leaves out. -> [B, T-1]"""
    logits = loss_logits(model, batch).float()  # [N, V]
    targets = batch.input_ids[:, 1:][batch.loss_mask]
    picked = logits.gather(-1, targets[:, None]).squeeze(-1) - torch.logsumexp(logits, dim=-1)
    return torch.zeros(batch.loss_mask.shape, dtype=picked.dtype).masked_scatter(batch.loss_mask, picked)


SHARED_PREFIX_MIN = 32
"""Fewest leading tokens common to every row that `loss_logits` runs once for the batch:
below it a second forward call costs about what the tokens save."""


def shared_prefix(batch: TokenBatch) -> int:
    """How many leading tokens every row of `batch` has in common, up to `first_target` (the
    first position whose logits are needed); 0 for one row."""
    ids = batch.input_ids
    if ids.shape[0] < 2:
        return 0
    same = ((ids == ids[:1]).all(0) & batch.attention_mask.bool().all(0))[: batch.first_target]
    differ = (~same).nonzero()
    return int(differ[0]) if len(differ) else len(same)


def loss_logits(model: torch.nn.Module, batch: TokenBatch) -> torch.Tensor:
    """Next-token logits at the positions the loss reads (`batch.loss_mask`), row after row.
    -> [N, V], N = batch.num_loss_tokens

    Two savings, both exact. The vocabulary projection runs on those positions alone: over
    49k tokens it is a fifth of a forward pass per position, and its log-softmax and backward
    move a [positions, 49k] tensor several times; a padded agent batch has 2-3 times more
    positions after its first trained one than trained tokens. And the leading tokens every
    row shares (an agent row's system prompt and tools: 129 of its ~250-350 tokens) go through
    the model once, when there are `SHARED_PREFIX_MIN` of them: their keys and values are
    expanded to every row and the rows go on from there. Their gradient is the sum of the
    rows' through the expanded view, as B forwards of the prefix would give, for 1/B of
    their compute."""
    causal_lm = model.get_base_model() if hasattr(model, "get_base_model") else model
    decoder = causal_lm.get_decoder()
    prefix = shared_prefix(batch)
    if prefix < SHARED_PREFIX_MIN:
        hidden = decoder(input_ids=batch.input_ids, attention_mask=batch.attention_mask).last_hidden_state
        selected = hidden[:, :-1][batch.loss_mask]
    else:
        from transformers import DynamicCache  # here: the rest of this module needs only torch

        head = decoder(input_ids=batch.input_ids[:1, :prefix], use_cache=True)
        rows = batch.input_ids.shape[0]
        cache = DynamicCache([(keys.expand(rows, -1, -1, -1), values.expand(rows, -1, -1, -1))
                              for keys, values, *_ in head.cache])
        hidden = decoder(input_ids=batch.input_ids[:, prefix:], attention_mask=batch.attention_mask,
                         cache=cache).last_hidden_state  # positions prefix .. T-1
        selected = hidden[:, :-1][batch.loss_mask[:, prefix:]]  # no trained position is before the prefix's end
    return causal_lm.get_output_embeddings()(selected)


def sequence_logprobs(logits: torch.Tensor, input_ids: torch.Tensor) -> torch.Tensor:
    """Log-probability of each next token. logits: [B, T, V], input_ids: [B, T] -> [B, T-1]."""
    logits = logits[:, :-1].float()  # [B, T-1, V]
    picked = logits.gather(-1, input_ids[:, 1:, None]).squeeze(-1)  # [B, T-1]
    return picked - torch.logsumexp(logits, dim=-1)
