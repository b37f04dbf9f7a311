"""Constrained tool calls: whatever the logits say, the call parses and fits a tool's schema."""

import copy

import pytest
import torch
from langchain_core.messages import HumanMessage

from loopwright.models.constrained import CodeBlockStop, GrammarCache, ToolCallConstraint
from loopwright.models.sampling import SamplingParams
from loopwright.models.tool_calls import parse_hermes, schema_errors

TOOLS = [
    {"type": "function", "function": {"name": "bash", "description": "Run a command", "parameters": {
        "type": "object", "properties": {"command": {"type": "string"}, "timeout_s": {"type": "number"}},
        "required": ["command"]}}},
    {"type": "function", "function": {"name": "finish", "description": "Give the answer", "parameters": {
        "type": "object", "properties": {"answer": {"type": "string"}}, "required": ["answer"]}}},
    {"type": "function", "function": {"name": "configure", "description": "Odd types", "parameters": {
        "type": "object", "properties": {
            "mode": {"enum": ["fast", "safe"]}, "count": {"type": "integer"}, "verbose": {"type": "boolean"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "limit": {"anyOf": [{"type": "integer"}, {"type": "null"}]}},
        "required": ["mode", "count"]}}},
]
SCHEMAS = {t["function"]["name"]: t["function"]["parameters"] for t in TOOLS}


def _problems(text: str) -> list[str]:
    turn = parse_hermes(text)
    if not turn.calls:
        return [f"no call in {text!r}"] + [c.error for c in turn.invalid]
    return [c.error for c in turn.invalid] + [
        e for c in turn.calls for e in (schema_errors(SCHEMAS[c.name], c.arguments) if c.name in SCHEMAS else [c.name])]


def _sample(processor, tokenizer, steps: int, seed: int) -> list[int]:
    """Samples from random logits through the processor, like an engine would."""
    gen = torch.Generator().manual_seed(seed)
    ids: list[int] = []
    for _ in range(steps):
        logits = processor(ids, torch.randn(len(tokenizer) + 7, generator=gen) * 3)  # padded vocab
        token = int(torch.multinomial(torch.softmax(logits, -1), 1, generator=gen))
        ids.append(token)
        if token == tokenizer.eos_token_id:
            break
    return ids


def test_required_calls_from_random_logits_parse_and_fit_the_schema(embedded_model):
    max_new_tokens = 40  # short: the budget-aware closing is exercised
    tok = embedded_model.tokenizer
    for seed in range(4):
        proc = ToolCallConstraint.for_tools(embedded_model.grammars, tok, TOOLS, required=True, max_new_tokens=max_new_tokens,
                                            eos_token_ids=[tok.eos_token_id])
        ids = _sample(proc, tok, max_new_tokens, seed)
        assert len(ids) <= max_new_tokens
        assert _problems(tok.decode(ids, skip_special_tokens=True)) == []


def test_auto_mode_leaves_free_text_alone_until_a_call_opens(embedded_model):
    tok = embedded_model.tokenizer
    proc = ToolCallConstraint.for_tools(embedded_model.grammars, tok, TOOLS, required=False, max_new_tokens=64, eos_token_ids=[tok.eos_token_id])
    logits = torch.randn(len(tok))
    free = tok.encode("Let me look first.", add_special_tokens=False)
    assert torch.equal(proc(free, logits), logits)
    opened = free + tok.encode(" <tool_call>", add_special_tokens=False)
    masked = proc(opened, logits)
    allowed = {tok.decode([i]) for i in torch.nonzero(masked > float("-inf")).flatten().tolist()}
    assert allowed and all(t.strip() == "" or t.lstrip().startswith("{") for t in allowed)
    call = tok.encode('{"name": "finish", "arguments": {"answer": "4"}}</tool_call>', add_special_tokens=False)
    assert torch.equal(proc(opened + call + tok.encode(" ok", add_special_tokens=False), logits), logits)


def test_code_block_stop_allows_only_eos_after_the_block_closes(embedded_model):
    tok = embedded_model.tokenizer
    stop = CodeBlockStop(tok, [tok.eos_token_id])
    logits = torch.randn(len(tok))
    assert torch.equal(stop(tok.encode("```bash\nls\n", add_special_tokens=False), logits), logits)
    after = stop(tok.encode("```bash\nls\n```", add_special_tokens=False), logits)
    assert torch.nonzero(after > float("-inf")).flatten().tolist() == [tok.eos_token_id]


@pytest.mark.parametrize("required", [True, False])
def test_without_parallel_calls_only_eos_follows_the_first_call(embedded_model, required):
    tok = embedded_model.tokenizer
    call = tok.encode('<tool_call>{"name": "finish", "arguments": {"answer": "4"}}</tool_call>', add_special_tokens=False)
    logits = torch.randn(len(tok))
    for parallel in (False, True):
        proc = ToolCallConstraint.for_tools(embedded_model.grammars, tok, TOOLS, required=required, max_new_tokens=64,
                                            eos_token_ids=[tok.eos_token_id], parallel=parallel)
        allowed = torch.nonzero(proc(call, logits) > float("-inf")).flatten().tolist()
        assert (allowed == [tok.eos_token_id]) is not parallel


def test_a_string_closes_only_between_whole_utf8_characters(embedded_model):
    tok = embedded_model.tokenizer
    proc = ToolCallConstraint.for_tools(embedded_model.grammars, tok, TOOLS[1:2], required=True, max_new_tokens=256,
                                        eos_token_ids=[tok.eos_token_id])
    single = {piece: i for i, piece in enumerate(proc.grammar.masks.trie.token_bytes) if piece and len(piece) == 1}
    opened = [single[bytes([b])] for b in b'<tool_call>{"name": "finish", "arguments": {"answer": "']
    kabu = [single[bytes([b])] for b in "株".encode()]  # one character, three bytes
    logits = torch.zeros(len(tok))
    assert proc(opened + kabu[:2], logits)[single[b'"']] == float("-inf")  # a quote mid-character is blocked
    assert proc(opened + kabu, logits)[single[b'"']] == 0.0


@pytest.mark.slow
def test_fifty_sampled_constrained_calls_of_the_embedded_model_all_validate(embedded_model, embedded_engine):
    """Batched: one prompt, n=50 samples at temperature 1 through the engine."""
    from loopwright.models.chat_model import LoopwrightChat

    tools = TOOLS[:2]
    chat = LoopwrightChat(engine=embedded_engine, local=embedded_model, action_format="tool_call")
    prompt = chat.prompt_ids([HumanMessage("Create a file hello.txt containing hi, then finish")], tools)
    proc = ToolCallConstraint.for_tools(embedded_model.grammars, embedded_model.tokenizer, tools, required=True, max_new_tokens=32,
                                        eos_token_ids=embedded_model.eos_token_ids)
    result = embedded_engine.generate([prompt], SamplingParams(
        n=50, temperature=1.0, max_new_tokens=32, seed=7, logits_processor=proc))[0]
    assert len(result.completions) == 50
    failures = {c.text: _problems(c.text) for c in result.completions if _problems(c.text)}
    assert failures == {}


def test_required_code_block_forces_a_fence_opener_then_stops(embedded_model):
    tok = embedded_model.tokenizer
    stop = CodeBlockStop(tok, [tok.eos_token_id], openers=["```bash\n", "```python\n"], grammars=embedded_model.grammars)
    for seed in range(3):
        ids = _sample(stop, tok, 24, seed)
        text = tok.decode(ids, skip_special_tokens=True)
        assert text.startswith(("```bash\n", "```python\n")), text


def test_code_block_openers_without_a_grammar_cache_are_a_clear_error(embedded_model):
    with pytest.raises(ValueError, match="needs a GrammarCache"):
        CodeBlockStop(embedded_model.tokenizer, [0], openers=["```bash\n"])


def test_one_tool_set_is_compiled_once_per_cache(embedded_model):
    grammars = GrammarCache()
    tok = embedded_model.tokenizer
    first = ToolCallConstraint.for_tools(grammars, tok, TOOLS, required=True)
    again = ToolCallConstraint.for_tools(grammars, tok, [dict(t) for t in TOOLS], required=True)
    assert again.grammar is first.grammar and len(grammars) == 1
    assert ToolCallConstraint.for_tools(grammars, tok, TOOLS, required=False).grammar is not first.grammar


def test_a_full_cache_evicts_its_least_recently_used_grammar(embedded_model):
    grammars = GrammarCache(max_grammars=2)
    tok = embedded_model.tokenizer
    bash, finish, configure = ([t] for t in TOOLS)
    first = grammars.tool_calls(tok, bash, required=True)
    second = grammars.tool_calls(tok, finish, required=True)
    assert grammars.tool_calls(tok, bash, required=True) is first  # bash is now the most recent
    grammars.tool_calls(tok, configure, required=True)  # evicts finish
    assert len(grammars) == 2
    assert grammars.tool_calls(tok, bash, required=True) is first
    assert grammars.tool_calls(tok, finish, required=True) is not second  # rebuilt, evicting configure
    assert len(grammars) == 2


def test_tokenizers_with_different_vocabularies_never_share_an_entry(embedded_model):
    tok = embedded_model.tokenizer
    grown = copy.deepcopy(tok)
    grown.add_tokens(["<tool_callz>"])
    grammars = GrammarCache()
    ours, theirs = grammars.vocabulary(tok), grammars.vocabulary(grown)
    assert ours.fingerprint != theirs.fingerprint and theirs.size == ours.size + 1
    a = grammars.tool_calls(tok, TOOLS[:1], required=True)
    b = grammars.tool_calls(grown, TOOLS[:1], required=True)
    assert a is not b and a.masks.trie is ours and b.masks.trie is theirs and len(grammars) == 2
    same = copy.deepcopy(tok)  # another object, equal vocabulary: the entry is shared
    assert grammars.tool_calls(same, TOOLS[:1], required=True) is a
