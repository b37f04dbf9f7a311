"""End to end on the embedded model: a chat turn traced by the chat backend, corrected by a
person, and one DPO step on the trace folder raises the correction's log-probability and
lowers the model's own answer's."""

import copy

import torch

from loopwright.agent.tracing import attributes as A
from loopwright.agent.tracing import shutdown_tracing
from loopwright.agent.tracing.reader import read_traces
from loopwright.train.batch import collate
from loopwright.train.config import TrainConfig
from loopwright.train.offline import OfflineTraces
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import Trainer
from loopwright.tui.agent_run import new_run_input
from loopwright.tui.events import AssistantReply
from loopwright.tui.loader import ChatOptions, build_backend
from loopwright.tui.sessions import open_session_store

CORRECTION = "Hello! Nice to meet you."


def deny_all(requests: list) -> dict:
    return {r.interrupt_id: {"action": "deny", "args": None, "reason": "test"} for r in requests}


def summed_logprobs(policy: LoraPolicy, rows: list) -> list[float]:
    """Each row's summed log-probability over its loss (completion) tokens."""
    batch = collate(rows)
    with torch.no_grad():
        logprobs = policy.token_logprobs(batch) * batch.loss_mask.float()  # [B, T-1]
    return logprobs.sum(-1).tolist()


def test_one_dpo_step_on_a_corrected_chat_turn_prefers_the_correction(embedded_model, embedded_engine, tmp_path):
    trace_dir = tmp_path / "traces"
    options = ChatOptions(sandbox="local", trace_dir=trace_dir, max_new_tokens=24, max_turns=1)
    backend = build_backend(embedded_model, embedded_engine, options, open_session_store(tmp_path / "chat.sqlite"))
    events: list = []
    try:
        backend.run_agent("hello", new_run_input("Say hello in one short sentence."), events.append,
                          lambda: False, deny_all)
        [reply] = [e for e in events if isinstance(e, AssistantReply) and e.turn is not None][:1]
        backend.correct("hello", reply.turn, CORRECTION)
    finally:
        backend.close()
        shutdown_tracing()

    # the trace holds the turn's ids as generated and the correction tokenized once
    [trace] = read_traces(trace_dir).values()
    [chat] = trace.by_operation(A.OP_CHAT)
    prompt_ids = list(chat["attributes"][A.PROMPT_TOKEN_IDS])
    model_ids = list(chat["attributes"][A.COMPLETION_TOKEN_IDS])
    [correction] = trace.turn_corrections().values()
    tokenizer = embedded_model.tokenizer
    ending = model_ids[-1:] if model_ids[-1] in embedded_model.eos_token_ids else []  # the turn's end-of-turn id
    assert correction["completion_token_ids"] == tokenizer.encode(CORRECTION, add_special_tokens=False) + ending

    config = TrainConfig(algo="dpo", steps=1, lr=1e-3, dpo_beta=0.1, lora=LoraSettings(r=8, alpha=16))
    source = OfflineTraces(trace_dir, config)
    runs = source.collect(0)
    policy = LoraPolicy.wrap(copy.deepcopy(embedded_model.hf_model), config.lora)
    trainer = Trainer(policy, config, pad_id=tokenizer.pad_token_id or 0)
    [pair] = trainer.algorithm.rows(runs).rows
    chosen, rejected = pair.chosen[0], pair.rejected[0]
    assert chosen.token_ids == prompt_ids + correction["completion_token_ids"]  # same prompt ids
    assert rejected.token_ids == prompt_ids + model_ids  # the recorded turn, not re-tokenized

    before = summed_logprobs(policy, [chosen, rejected])
    trainer.step(0, runs)
    after = summed_logprobs(policy, [chosen, rejected])
    print(f"chosen logprob {before[0]:.3f} -> {after[0]:.3f}; rejected {before[1]:.3f} -> {after[1]:.3f}")
    assert after[0] > before[0] + 0.05, (before, after)
    assert after[1] < before[1] - 0.05, (before, after)
