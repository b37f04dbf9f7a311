"""The C++ layer stack (prefill and decode) and the GGUF blocks against our PyTorch forward on the
same inputs."""

from pathlib import Path

import pytest
import torch

from loopwright.kernels import backends
from loopwright.kernels.cpu_build import PORTABLE, load_build
from loopwright.models import make_engine
from loopwright.models.gguf_weights import CACHE_FILE, read_quantized_matrices
from loopwright.models.llama import AttentionMetadata, LlamaForward
from loopwright.models.loading import gguf_cache_path
from loopwright.models.sampling import SamplingParams
from tests.fixtures.cpu_builds import RUNNABLE_BUILDS
from tests.fixtures.model import tiny_config

BLOCK = 4


def _forward(model_type: str, max_positions: int = 2048, head_dim: int | None = None) -> LlamaForward:
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    config = tiny_config(model_type)
    config.max_position_embeddings = max_positions
    config.head_dim = head_dim or config.head_dim
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32).eval()
    return LlamaForward(config, model.state_dict(), torch.float32)


def _decode_batch(fwd: LlamaForward, lengths: list[int], use_stack: bool, shared: int = 0,
                  cache_dtype: torch.dtype | None = None,
                  drafts: list[int] | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """Decodes one token for sequences of `lengths` over a random cache (scattered blocks, values
    of `cache_dtype`, else the forward's; the PyTorch path reads them in the forward's dtype), the
    first `shared` blocks of every table the same ones (a prompt prefix from the prefix cache);
    `drafts[i]` more rows follow sequence i's, one position further each, over its table (a
    speculative draft's rows); returns the logits and the keys the step wrote."""
    gen = torch.Generator().manual_seed(7)
    drafts = drafts or [0] * len(lengths)
    blocks_per_seq = [(n + d + BLOCK - 1) // BLOCK for n, d in zip(lengths, drafts, strict=True)]
    num_blocks = sum(blocks_per_seq) + 3
    shape = (fwd.num_layers, num_blocks, BLOCK, fwd.num_kv_heads, fwd.head_dim)
    k_cache, v_cache = (torch.randn(shape, generator=gen).to(cache_dtype or fwd.dtype) for _ in range(2))
    if not use_stack:
        k_cache, v_cache = k_cache.to(fwd.dtype), v_cache.to(fwd.dtype)
    order = torch.randperm(num_blocks, generator=gen).tolist()  # blocks out of order, as after reuse
    tables, start = [], shared
    for count in blocks_per_seq:
        tables.append(order[:shared] + order[start : start + count - shared] + [-1] * (max(blocks_per_seq) - count))
        start += count - shared
    rows = [(i, n + j) for i, (n, d) in enumerate(zip(lengths, drafts, strict=True)) for j in range(d + 1)]
    lengths = [n for _, n in rows]
    tables = [tables[i] for i, _ in rows]
    slots = [tables[r][(n - 1) // BLOCK] * BLOCK + (n - 1) % BLOCK for r, n in enumerate(lengths)]
    meta = AttentionMetadata(
        slot_mapping=torch.tensor(slots), is_prefill=False, block_tables=torch.tensor(tables, dtype=torch.int32),
        context_lens=torch.tensor(lengths, dtype=torch.int32),
    )
    ids = torch.randint(3, fwd.config.vocab_size, (len(lengths),), generator=gen)
    fwd._layer_stack = None if use_stack else False
    logits = fwd.forward(ids, torch.tensor(lengths) - 1, meta, k_cache, v_cache)
    assert (fwd._layer_stack is not False) == use_stack
    return logits, k_cache


@pytest.mark.parametrize("model_type", ["llama", "qwen3"])
@pytest.mark.parametrize(("lengths", "shared"), [([70, 90, 300], 17), ([68, 68], 17), ([100, 70, 69, 500, 300], 17),
                                                  ([65, 66, 80], 16)])
def test_rows_sharing_a_prefix_read_it_together_and_match_the_pytorch_decode(model_type, lengths, shared):
    """Rows whose tables begin with the same blocks (68+ positions here: 4-position blocks)
    attend over them in one task per KV head and 64 positions: rows ending right after the
    prefix, several prefix splits, and 64 shared positions, the threshold."""
    fwd = _forward(model_type)
    expected, _ = _decode_batch(fwd, lengths, use_stack=False, shared=shared)
    ours, _ = _decode_batch(fwd, lengths, use_stack=True, shared=shared)
    assert (ours - expected).abs().max() < 1e-4


@pytest.mark.parametrize("model_type", ["llama", "qwen3"])
@pytest.mark.parametrize(("lengths", "drafts", "shared"), [([70], [3], 0), ([64, 130], [2, 5], 0),
                                                           ([150, 90, 80], [3, 3, 3], 17), ([140, 72], [1, 0], 17)])
def test_draft_rows_match_the_pytorch_decode(model_type, lengths, drafts, shared):
    """A speculative draft's rows share their sequence's table and attend to the positions the
    rows before them write in the same step: sequences alone (grouped as one shared prefix of
    their own) and inside a prompt prefix, a context at the 64-position threshold, one whose
    own part is under it, a sequence with no draft beside one with."""
    fwd = _forward(model_type)
    expected, _ = _decode_batch(fwd, lengths, use_stack=False, shared=shared, drafts=drafts)
    ours, _ = _decode_batch(fwd, lengths, use_stack=True, shared=shared, drafts=drafts)
    assert (ours - expected).abs().max() < 1e-4


@pytest.mark.parametrize("model_type", ["llama", "qwen2", "qwen3", "mistral"])
@pytest.mark.parametrize("lengths", [[1], [9], [700], [5, 17, 64], [1500, 3, 260]])
def test_stack_matches_the_pytorch_decode(model_type, lengths):
    """Lengths cover one token, partial blocks, long contexts split across threads, and a batch
    mixing them; llama/qwen2/qwen3/mistral cover untied heads, biases and q/k norms."""
    fwd = _forward(model_type)
    expected, expected_keys = _decode_batch(fwd, lengths, use_stack=False)
    ours, keys = _decode_batch(fwd, lengths, use_stack=True)
    assert (ours - expected).abs().max() < 1e-4
    assert (keys - expected_keys).abs().max() < 1e-5  # the new token's keys landed in the same slots



@pytest.mark.parametrize(("lengths", "shared", "drafts"), [
    ([1], 0, None), ([9], 0, None), ([17, 700], 0, None), ([5, 17, 64, 300], 0, None), ([70, 90, 300], 17, None),
    ([100, 70, 69, 500, 300], 17, None), ([70 + 9 * i for i in range(9)], 17, None), ([150, 90], 17, [3, 2]),
])
@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
def test_heads_of_64_over_a_bf16_cache_match_the_fp32_loops(monkeypatch, lengths, shared, drafts, build):
    """Heads of 64 over a bf16 cache run in bf16 products where `bf16_attention_serves` (the AMX
    tiles, `vdpbf16ps` in the avx512_bf16 build), in every build this CPU runs (partial blocks of
    positions and of queries; rows sharing a prefix: 5 rows x 2 query heads a KV head, and 9
    rows, whose 18 queries take two blocks of 16; draft rows inside the prefix), and must land
    where the portable build's fp32 loops do over the same cache; both as close to PyTorch's fp32
    decode as rounding the new token's K/V into the bf16 cache allows."""
    fwd = _forward("llama", head_dim=64)
    expected, _ = _decode_batch(fwd, lengths, use_stack=False, shared=shared, cache_dtype=torch.bfloat16, drafts=drafts)
    monkeypatch.setattr(backends, "cpu_kernels", lambda: load_build(build))
    ours, _ = _decode_batch(fwd, lengths, use_stack=True, shared=shared, cache_dtype=torch.bfloat16, drafts=drafts)
    monkeypatch.setattr(backends, "cpu_kernels", lambda: load_build(PORTABLE))
    loops, _ = _decode_batch(fwd, lengths, use_stack=True, shared=shared, cache_dtype=torch.bfloat16, drafts=drafts)
    # ~1e-6 apart; up to 1.6e-5 on [17, 700]'s short row, whose logits the fp32 loops miss by 2.8e-5
    assert (ours - loops).abs().max() < 3e-5
    assert (loops - expected).abs().max() < 2e-3


@pytest.fixture
def split_everything():
    """Kernels split work over the threads however small it is (the default keeps small work
    on one thread, so the tests' shapes would never reach the split paths)."""
    kernels = backends.cpu_kernels()
    kernels.set_min_parallel_work(0)
    yield
    kernels.set_min_parallel_work(kernels.MIN_PARALLEL_WORK)


@pytest.mark.parametrize("model_type", ["llama", "qwen3"])
@pytest.mark.parametrize("lengths", [[9], [700], [1500, 3, 260]])
def test_stack_matches_the_pytorch_decode_with_every_kernel_split(model_type, lengths, split_everything):
    fwd = _forward(model_type)
    expected, _ = _decode_batch(fwd, lengths, use_stack=False)
    ours, _ = _decode_batch(fwd, lengths, use_stack=True)
    assert (ours - expected).abs().max() < 1e-4

def _prefill_batch(fwd: LlamaForward, prompts: list[tuple[int, int]], use_stack: bool,
                   cache_dtype: torch.dtype | None = None) -> torch.Tensor:
    """Prefills sequences given as (cached prefix length, new tokens) over a random cache (values
    of `cache_dtype`, else the forward's, as in `_decode_batch`) that already holds the prefixes;
    returns the logits of every new token."""
    gen = torch.Generator().manual_seed(3)
    widths = [(cached + new + BLOCK - 1) // BLOCK for cached, new in prompts]
    shape = (fwd.num_layers, sum(widths) + 2, BLOCK, fwd.num_kv_heads, fwd.head_dim)
    k_cache, v_cache = (torch.randn(shape, generator=gen).to(cache_dtype or fwd.dtype) for _ in range(2))
    if not use_stack:
        k_cache, v_cache = k_cache.to(fwd.dtype), v_cache.to(fwd.dtype)
    order = torch.randperm(shape[1], generator=gen).tolist()
    tables, slots, positions, start = [], [], [], 0
    for (cached, new), width in zip(prompts, widths, strict=True):
        table = order[start : start + width]
        start += width
        tables.append(table + [0] * (max(widths) - width))
        positions += range(cached, cached + new)
        slots += [table[p // BLOCK] * BLOCK + p % BLOCK for p in range(cached, cached + new)]
    cu_q = torch.tensor([0] + [new for _, new in prompts]).cumsum(0).int()
    cu_k = torch.tensor([0] + [cached + new for cached, new in prompts]).cumsum(0).int()
    has_prefix = any(cached for cached, _ in prompts)
    block_tables = torch.tensor(tables, dtype=torch.int32)
    meta = AttentionMetadata(
        slot_mapping=torch.tensor(slots), is_prefill=True, cu_seqlens_q=cu_q, cu_seqlens_k=cu_k if has_prefix else cu_q,
        max_seqlen_q=max(new for _, new in prompts), max_seqlen_k=max(c + n for c, n in prompts),
        block_tables=block_tables if has_prefix else None, prefill_block_tables=block_tables,
    )
    ids = torch.randint(3, fwd.config.vocab_size, (len(slots),), generator=gen)
    fwd._layer_stack = None if use_stack else False
    return fwd.forward(ids, torch.tensor(positions), meta, k_cache, v_cache)


@pytest.mark.parametrize("model_type", ["llama", "qwen3"])
@pytest.mark.parametrize("prompts", [[(0, 13)], [(20, 7)], [(0, 5), (33, 40), (8, 1)], [(100, 30), (70, 64)],
                                     [(0, 150)], [(20, 140), (3, 5)]])
def test_stack_prefill_matches_the_pytorch_prefill(model_type, prompts):
    """Whole prompts (SDPA's own causal mask), new tokens after a cached prefix (bottom-right
    mask), batches mixing both, long ones."""
    fwd = _forward(model_type)
    expected = _prefill_batch(fwd, prompts, use_stack=False)
    ours = _prefill_batch(fwd, prompts, use_stack=True)
    assert (ours - expected).abs().max() < 1e-4


@pytest.mark.parametrize("prompts", [[(0, 13)], [(20, 7)], [(0, 5), (33, 40), (8, 1)], [(400, 50), (70, 64)],
                                     [(0, 150)]])
@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
def test_prefill_of_heads_of_64_over_a_bf16_cache_matches_the_fp32_path(monkeypatch, prompts, build):
    """A prefill's attention over a bf16 cache with heads of 64 runs in bf16 products where
    `bf16_attention_serves` (tasks of 16 new tokens, each query's causal span cut from the
    scores of the chunk's widest), in every build this CPU runs, and must land where the portable
    build's SDPA over the same cache does; both as close to PyTorch's fp32 prefill as the bf16
    rounding of the new K/V allows. A build without them runs SDPA too, and differs from the
    portable one only in the fp32 rounding of its other loops (the AVX2 build by 3e-5 on an
    Intel AMX CPU), bounded as any stack prefill against PyTorch's."""
    fwd = _forward("llama", head_dim=64)
    expected = _prefill_batch(fwd, prompts, use_stack=False, cache_dtype=torch.bfloat16)
    monkeypatch.setattr(backends, "cpu_kernels", lambda: load_build(build))
    ours = _prefill_batch(fwd, prompts, use_stack=True, cache_dtype=torch.bfloat16)
    monkeypatch.setattr(backends, "cpu_kernels", lambda: load_build(PORTABLE))
    sdpa = _prefill_batch(fwd, prompts, use_stack=True, cache_dtype=torch.bfloat16)
    assert (ours - sdpa).abs().max() < (1e-5 if load_build(build).bf16_attention_serves(64) else 1e-4)
    assert (sdpa - expected).abs().max() < 2e-3


@pytest.mark.parametrize("model_type", ["llama", "qwen3"])
def test_bf16_engine_runs_the_stack_over_its_bf16_cache(model_type):
    """A bf16 forward keeps bf16 weights and a bf16 KV cache; the stack reads them as stored
    and does the math in fp32, so it lands as close to the fp32 model as bf16 PyTorch does."""
    f32 = _forward(model_type)
    bf16 = LlamaForward(f32.config, {n: t for n, t in f32.param_views().items() if n != "lm_head.weight" or not f32.tied},
                        torch.bfloat16)
    for lengths in ([9], [700, 5]):
        reference, _ = _decode_batch(f32, lengths, use_stack=False)
        pytorch_bf16, _ = _decode_batch(bf16, lengths, use_stack=False)
        ours, keys = _decode_batch(bf16, lengths, use_stack=True)
        assert keys.dtype == torch.bfloat16
        assert (ours - reference).abs().max() < 1e-2
        assert (ours - pytorch_bf16).abs().max() < 1e-2


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
def test_every_build_this_cpu_runs_matches(monkeypatch, build):
    """The AVX-512 build where the CPU has it, the portable one everywhere; each against PyTorch."""
    fwd = _forward("qwen3")
    expected, _ = _decode_batch(fwd, [5, 700], use_stack=False)
    monkeypatch.setattr(backends, "cpu_kernels", lambda: load_build(build))
    ours, _ = _decode_batch(fwd, [5, 700], use_stack=True)
    assert (ours - expected).abs().max() < 1e-4
    expected_prefill = _prefill_batch(fwd, [(0, 5), (33, 40)], use_stack=False)
    assert (_prefill_batch(fwd, [(0, 5), (33, 40)], use_stack=True) - expected_prefill).abs().max() < 1e-4


def test_stack_is_skipped_when_switched_off_or_fp16(monkeypatch):
    fwd = _forward("llama")
    assert backends.layer_stack_for(fwd) is not None
    monkeypatch.setenv("LOOPWRIGHT_CPU_KERNELS", "off")
    assert backends.layer_stack_for(fwd) is None
    monkeypatch.delenv("LOOPWRIGHT_CPU_KERNELS")
    fwd.dtype = torch.float16
    assert backends.layer_stack_for(fwd) is None


def test_gguf_blocks_are_the_embedded_models_weights(embedded_model):
    matrices = read_quantized_matrices(embedded_model.gguf_path, embedded_model.hf_config)
    state = embedded_model.hf_model.state_dict()
    names = [f"model.layers.0.{n}.weight" for n in
             ("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
              "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj")] + ["model.embed_tokens.weight"]
    for name in names:
        assert torch.equal(matrices[name].dequantize(), state[name]), name
    assert {matrices[n].kind for n in names} == {"Q4_1", "Q8_0"}


def test_engine_decodes_from_blocks_until_weights_change(embedded_model):
    engine = make_engine(embedded_model)
    config = embedded_model.hf_config
    assert engine.stats["quantized_matrices"] == 4 * config.num_hidden_layers + 1
    dense_bytes = sum(p.numel() * 4 for n, p in embedded_model.hf_model.named_parameters() if "norm" not in n)
    assert engine.forward.decode_weight_bytes() < dense_bytes / 5  # Q4_1 codes + fp16 scales: 5 bits a weight
    assert engine.forward.matmul_weights() * 4 == dense_bytes  # every weight but the norms; the tied head once
    prompt = [{"role": "user", "content": "Count from one to five."}]
    greedy = SamplingParams(max_new_tokens=12, temperature=0)
    before = engine.generate([prompt], greedy)[0].completions[0].token_ids
    name = "model.layers.3.mlp.down_proj.weight"
    engine.update_weights({name: embedded_model.hf_model.state_dict()[name] * 0})
    assert engine.stats["quantized_matrices"] == 0  # trained weights are no longer the file's
    after = engine.generate([prompt], greedy)[0].completions[0].token_ids
    dense = make_engine(embedded_model)
    dense.forward.load({name: embedded_model.hf_model.state_dict()[name] * 0}, require_all=False)
    assert after == dense.generate([prompt], greedy)[0].completions[0].token_ids
    assert before != after  # a zeroed MLP changes what the model says


def test_block_cache_is_written_once_and_a_torn_one_is_replaced(embedded_model, tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("LOOPWRIGHT_CACHE_DIR", str(tmp_path))
    gguf, config = embedded_model.gguf_path, embedded_model.hf_config
    first = read_quantized_matrices(gguf, config)
    cache = gguf_cache_path(Path(gguf)) / CACHE_FILE
    assert cache.is_file() and cache.is_relative_to(tmp_path)
    name = "model.layers.0.mlp.down_proj.weight"
    again = read_quantized_matrices(gguf, config)
    assert again.keys() == first.keys() and torch.equal(again[name].codes, first[name].codes)
    cache.write_bytes(cache.read_bytes()[:1000])  # a process killed mid-write by hand
    with caplog.at_level("WARNING"):
        third = read_quantized_matrices(gguf, config)
    assert "ignoring the block cache" in caplog.text
    assert torch.equal(third[name].scales, first[name].scales)
    assert cache.stat().st_size > 1000  # written whole again
