"""The fast GGUF paths against the exact one on the embedded model, teacher-forced over ~1,000 tokens
of varied text: the fast paths' quality is measured, not assumed.

Both engines' forwards read the same text in chunks after the cached prefix, so every matmul runs
from the GGUF blocks exactly as in decode steps; the only difference between the two is how the
activations meet the blocks. Chunks of 3 rows take the int8 path on every CPU; chunks of 32 take
the AMX tiles (bf16) where the CPU has them, else the int8 path again.
"""

import math

import pytest
import torch

from loopwright.kernels.backends import cpu_kernels
from loopwright.models.llama import AttentionMetadata, LlamaForward

BLOCK = 16
VARIED_TEXT = "\n\n".join([
    # narrative prose
    "The lighthouse keeper climbed the spiral stairs every evening at dusk, counting the steps "
    "out of habit: one hundred and twelve. The lamp was old, a Fresnel lens the size of a small "
    "car, and it had to be wound by hand every four hours. On clear nights he could see the lights "
    "of the fishing boats strung along the horizon like beads; on foggy nights he saw nothing at all "
    "and listened instead to the horn, which sounded twice a minute until morning.",
    # dialogue
    '"Did you check the tide tables?" asked Mara, pulling on her boots.\n'
    '"Twice," said Tom. "High water at 6:42, low at 12:57. We have a window of maybe three hours."\n'
    '"Then we leave now. Grab the rope, the torch, and the blue bag by the door."',
    # Python code
    "def merge_intervals(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:\n"
    '    """Merge overlapping closed intervals; the input need not be sorted."""\n'
    "    merged: list[tuple[int, int]] = []\n"
    "    for start, end in sorted(intervals):\n"
    "        if merged and start <= merged[-1][1]:\n"
    "            merged[-1] = (merged[-1][0], max(merged[-1][1], end))\n"
    "        else:\n"
    "            merged.append((start, end))\n"
    "    return merged\n\n"
    "assert merge_intervals([(5, 8), (1, 3), (2, 4)]) == [(1, 4), (5, 8)]",
    # shell session
    "$ ls -la /workspace\ntotal 24\ndrwxr-xr-x 3 agent agent 4096 Mar  3 10:12 .\n"
    "-rw-r--r-- 1 agent agent  812 Mar  3 10:11 README.md\n-rw-r--r-- 1 agent agent 2290 Mar  3 10:12 main.py\n"
    "$ grep -n \"TODO\" main.py\n17:    # TODO: handle empty input\n42:    # TODO: retry on timeout\n"
    "$ python main.py --input data.csv --limit 100\nProcessed 100 rows in 0.84 s (119.0 rows/s)",
    # arithmetic and numbers
    "Quarterly report: revenue rose from $1,204,500 to $1,387,250, an increase of 15.2 percent. "
    "Costs were 812,000 in the first quarter and 845,300 in the second. If the trend holds, "
    "third-quarter revenue will be about 1.387 * 1.152 = 1.598 million dollars. "
    "Check: 17 * 23 = 391, 391 + 209 = 600, and 600 / 8 = 75.",
    # a tool call in JSON
    "<tool_call>\n{\"name\": \"bash\", \"arguments\": {\"command\": \"find . -name '*.py' | xargs wc -l | sort -n | tail -5\"}}\n"
    "</tool_call>\nThe five largest Python files are listed above; the biggest is parser.py with 1,204 lines.",
    # an encyclopedic paragraph
    "Photosynthesis is the process by which green plants, algae and some bacteria convert light "
    "energy into chemical energy. In the light-dependent reactions, water is split and oxygen is "
    "released; in the Calvin cycle, carbon dioxide is fixed into three-carbon sugars using ATP and "
    "NADPH. Most of the oxygen in Earth's atmosphere was produced this way over billions of years.",
    # a list of instructions
    "How to repot a houseplant:\n1. Water the plant a day before.\n2. Choose a pot one size larger, "
    "with a drainage hole.\n3. Loosen the root ball gently and trim any dead roots.\n4. Add fresh "
    "soil, set the plant at the same depth, and fill around it.\n5. Water thoroughly and keep it "
    "out of direct sun for a week.",
    # French, and a short poem
    "Le matin, la ville s'éveille lentement: les boulangeries ouvrent, les cafés sortent leurs "
    "terrasses, et les premiers trams traversent le pont sous un ciel encore gris.\n\n"
    "Salt on the window, wind at the door,\nthe sea keeps count of what came before;\n"
    "a gull, a bell, a lantern's glow,\nand tides that answer, high and low.",
    # a table and a config file
    "| city | population | area (km2) |\n|---|---|---|\n| Lyon | 522,000 | 47.9 |\n| Porto | 232,000 | 41.4 |\n"
    "| Graz | 291,000 | 127.6 |\n\n[server]\nhost = \"0.0.0.0\"\nport = 8080\nworkers = 4\ntimeout_s = 30.0\n"
    "[logging]\nlevel = \"info\"\nfile = \"/var/log/app.log\"",
    # an email
    "Hi Priya,\n\nThanks for sending the draft. I read it on the train this morning and have three "
    "small notes: the second figure needs axis labels, the abstract says 12 participants but the "
    "methods say 14, and the related-work section could cite the 2019 survey. Otherwise it reads "
    "well. Can we talk on Thursday at 3 pm?\n\nBest,\nDaniel",
])


def teacher_forced(forward: LlamaForward, ids: list[int], cache_dtype: torch.dtype,
                   chunk: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Log-probabilities [len(ids) - 1] of each next token and the top-1 predictions
    [len(ids) - 1], reading `ids` `chunk` tokens a step after the cached prefix, with keys and
    values kept in the engine's cache dtype."""
    shape = (forward.num_layers, math.ceil(len(ids) / BLOCK), BLOCK, forward.num_kv_heads, forward.head_dim)
    k_cache, v_cache = torch.zeros(shape, dtype=cache_dtype), torch.zeros(shape, dtype=cache_dtype)
    table = torch.arange(shape[1], dtype=torch.int32).unsqueeze(0)
    logprobs, top1 = [], []
    for start in range(0, len(ids) - 1, chunk):
        end = min(start + chunk, len(ids) - 1)  # the last token predicts nothing we can check
        meta = AttentionMetadata(
            slot_mapping=torch.arange(start, end), is_prefill=True,
            cu_seqlens_q=torch.tensor([0, end - start], dtype=torch.int32),
            cu_seqlens_k=torch.tensor([0, end], dtype=torch.int32), max_seqlen_q=end - start, max_seqlen_k=end,
            block_tables=table if start else None, prefill_block_tables=table,
        )
        logits = forward.forward(torch.tensor(ids[start:end]), torch.arange(start, end), meta, k_cache, v_cache)
        targets = torch.tensor(ids[start + 1 : end + 1])
        logprobs.append(logits.log_softmax(-1).gather(1, targets[:, None])[:, 0])
        top1.append(logits.argmax(-1))
    return torch.cat(logprobs), torch.cat(top1)


@pytest.mark.parametrize("chunk", [pytest.param(3, id="int8"), pytest.param(32, id="batch")])
def test_fast_path_agrees_with_the_exact_path_on_varied_text(embedded_model, embedded_engine, exact_engine, chunk):
    fast, exact = embedded_engine.forward, exact_engine.forward
    assert fast.quantized_head is not None and not fast.quantized_head.exact
    assert exact.quantized_head is not None and exact.quantized_head.exact
    assert fast.num_quantized() == exact.num_quantized() == 4 * fast.num_layers + 1
    ids = embedded_model.tokenizer(VARIED_TEXT)["input_ids"]
    assert len(ids) > 1000
    kernels = cpu_kernels()

    # the fast path keeps a bf16 KV cache (kernels.kv_cache_dtype); the exact one stays fp32
    assert (embedded_engine.runner.k_cache.dtype, exact_engine.runner.k_cache.dtype) == (torch.bfloat16, torch.float32)
    fast_logprobs, fast_top1 = teacher_forced(fast, ids, embedded_engine.runner.k_cache.dtype, chunk)
    exact_logprobs, exact_top1 = teacher_forced(exact, ids, exact_engine.runner.k_cache.dtype, chunk)

    agreement = (fast_top1 == exact_top1).float().mean().item()
    fast_ppl, exact_ppl = (lp.neg().mean().exp().item() for lp in (fast_logprobs, exact_logprobs))
    path = "amx_bf16" if chunk >= kernels.MATRIX_UNIT_MIN_ROWS and kernels.MATRIX_UNIT != "none" else "int8"
    print(f"{path}: top-1 agreement {agreement:.4f}, perplexity fast {fast_ppl:.4f} exact {exact_ppl:.4f} "
          f"({fast_ppl / exact_ppl - 1:+.3%}), max |logprob diff| {(fast_logprobs - exact_logprobs).abs().max():.3f}")
    assert (fast_logprobs != exact_logprobs).any()  # the two paths really differ
    assert exact_ppl < 30  # the model reads this text as text: the positions line up
    assert agreement >= 0.99
    assert abs(fast_ppl / exact_ppl - 1) <= 0.01
