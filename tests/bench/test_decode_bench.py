"""The decode bench's own logic: medians, ranges, ratios, bandwidth and GFLOP/s, engines left out
with their reason, ours running the rollouts concurrently, a failing engine failing it, and the
busy cores it can measure beside."""

import os
import time
from pathlib import Path

import pytest

from loopwright.bench.decode import (
    HF,
    LEFT_OUT,
    STEP_SEQS,
    STEP_TOKENS,
    Measure,
    Ours,
    PeerFailed,
    _line,
    _measure_in_child,
    busy_cores,
    long_prompt,
)
from loopwright.bench.decode_rollouts import (
    ROLLOUT_SEQS,
    ROLLOUT_TURNS,
    TURN_TOKENS,
    build_workload,
)
from tests.fixtures.model import tiny_local_model


def test_a_line_has_medians_ranges_ratios_and_paths():
    measures = {
        "ours": [Measure(100, 2.0, 1_000_000, "avx2 int8", decode_steps=100),
                 Measure(100, 1.0, 1_000_000, "avx2 int8", decode_steps=100),
                 Measure(100, 4.0, 1_000_000, "avx2 int8", decode_steps=100)],
        "llama_cpp": [Measure(100, 1.0, path="llama"), Measure(100, 1.0, path="llama"),
                      Measure(100, 0.5, path="llama")],
    }
    line = _line("single", "fp32", 2, measures)
    assert line["ours_tok_s"] == 50.0 and line["ours_tok_s_range"] == [25.0, 100.0]
    assert line["llama_cpp_tok_s"] == 100.0
    assert line["ratio_vs_llama_cpp"] == 0.5  # ours / peer: below 1 means the peer is faster
    assert line["ours_gb_s"] == 0.05 and line["ours_path"] == "avx2 int8" and line["llama_cpp_path"] == "llama"
    assert line["threads"] == 2 and line["repeats"] == 3 and line["busy_cores"] == 0
    assert _line("single", "fp32", 2, measures, busy=1)["busy_cores"] == 1
    assert "ours_gflop_s" not in line  # one row per step: bandwidth-bound, FLOP/s says nothing


def test_the_chat_ratio_is_peer_seconds_over_ours():
    line = _line("chat", "fp32", 1, {"ours": [Measure(320, 4.0)], "hf": [Measure(320, 10.0)]})
    assert line["ours_s"] == 4.0 and line["hf_s"] == 10.0 and line["ratio_vs_hf"] == 2.5


def test_a_measurement_process_that_fails_fails_the_bench_with_its_message():
    with pytest.raises(PeerFailed, match=r"(?s)ours failed on nonsense .*exit 2.*invalid choice: 'nonsense'"):
        _measure_in_child("ours", "nonsense", "fp32", 1)


def test_a_measurement_that_runs_past_its_limit_fails_the_bench_saying_so():
    with pytest.raises(PeerFailed, match=r"ours did not finish single \(fp32, 1 threads\) beside 1 busy core within 0.5 s"):
        _measure_in_child("ours", "single", "fp32", 1, busy=1, timeout_s=0.5)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a live process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime in clock ticks


def test_busy_cores_burn_cpu_inside_the_block_and_are_gone_after_it_even_on_an_error():
    with pytest.raises(RuntimeError, match="measurement died"), busy_cores(2) as loops:
        time.sleep(0.5)
        assert len(loops) == 2 and all(loop.poll() is None for loop in loops)
        assert all(cpu_seconds(loop.pid) > 0.05 for loop in loops)  # running, not just started
        raise RuntimeError("measurement died")
    assert all(loop.poll() is not None for loop in loops)


def test_a_rollouts_line_has_tokens_s_wall_seconds_bandwidth_gflop_s_and_hf_left_out_with_its_reason():
    ours = Measure(8192, 4.0, 100_000_000, "avx512", decode_steps=260, forward_tokens=20_000,
                   matmul_params=134_000_000, preemptions=3)
    left_out = {"hf": LEFT_OUT["hf", "rollouts"]}
    line = _line("rollouts", "fp32", 2, {"ours": [ours], "llama_cpp": [Measure(8192, 32.0)]}, left_out)
    assert line["ours_tok_s"] == 2048.0 and line["llama_cpp_tok_s"] == 256.0 and line["ratio_vs_llama_cpp"] == 8.0
    assert line["ours_s"] == 4.0 and line["llama_cpp_s"] == 32.0
    assert line["ours_weight_mb"] == 100.0
    assert line["ours_gb_s"] == 6.5  # 100 MB x 260 decode steps / 4 s
    assert line["ours_gflop_s"] == 1340.0  # 2 x 134 M weights x 20,000 tokens / 4 s
    assert line["ours_preemptions"] == 3
    assert line["hf_tok_s"] is None and "one sequence at a time" in line["hf_left_out"]
    assert "ratio_vs_hf" not in line


class _ByteTokenizer:
    def encode(self, text: str, add_special_tokens: bool = False) -> list[int]:
        return list(text.encode())  # ids < 256 fit the tiny model's 320


def test_ours_runs_the_32_sequences_at_once_reusing_cached_prefixes(embedded_model):
    local = tiny_local_model("llama", embedded_model.tokenizer)  # the engine reads eos from it
    local.hf_config.max_position_embeddings = 1024  # the last turn's prompt and reply reach 826 tokens
    measure = Ours(local).rollouts(build_workload(_ByteTokenizer()))
    assert measure.tokens == ROLLOUT_SEQS * ROLLOUT_TURNS * TURN_TOKENS
    # one sequence at a time takes 32 x 4 x 63 decode steps; together about 4 x 63 and stragglers
    assert ROLLOUT_TURNS * (TURN_TOKENS - 1) <= measure.decode_steps < 3 * ROLLOUT_TURNS * TURN_TOKENS
    # every prompt in full would be 32 x (4 x 420 + 6 x 114) = 75,648 tokens, plus 8,064 decode rows
    assert measure.forward_tokens < 30_000 and measure.preemptions == 0
    assert measure.weight_bytes == 4 * measure.matmul_params  # fp32 dense weights, no GGUF blocks


def test_long_prompts_have_their_exact_length_and_share_only_the_chat_templates_system_prompt(embedded_model):
    first, second = long_prompt(embedded_model, 400, 0), long_prompt(embedded_model, 400, 1)
    assert len(first) == len(second) == 400 and len(long_prompt(embedded_model, 1000)) == 1000
    shared = next(i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b)
    assert shared < 40 and embedded_model.tokenizer.decode(first[:shared]).startswith("<|im_start|>system")


def test_step32_times_only_the_decode_steps_of_32_rows_for_ours_and_hf(embedded_model):
    local = tiny_local_model("llama", embedded_model.tokenizer)
    prompts = [[3 + (seq * 7 + i) % 300 for i in range(40)] for seq in range(STEP_SEQS)]
    ours = Ours(local).step32(prompts)
    assert ours.decode_steps == STEP_TOKENS  # the first token comes from the prefill, untimed
    assert ours.tokens == ours.forward_tokens == STEP_SEQS * STEP_TOKENS
    assert ours.seconds > 0 and ours.matmul_params > 0
    hf = HF(local).step32(prompts)
    assert hf.tokens == STEP_SEQS * STEP_TOKENS and hf.seconds > 0


def test_prefill_and_step32_lines_carry_gflop_s():
    ours = Measure(2048, 4.0, 100_000_000, "avx512", decode_steps=64, forward_tokens=2048, matmul_params=134_000_000)
    line = _line("step32", "fp32", 2, {"ours": [ours], "hf": [Measure(2048, 16.0)], "llama_cpp": [Measure(2048, 8.0)]})
    assert line["ratio_vs_hf"] == 4.0 and line["ratio_vs_llama_cpp"] == 2.0
    assert line["ours_gflop_s"] == 137.22  # 2 x 134 M x 2,048 / 4 s
    prefill = _line("prefill", "fp32", 2, {"ours": [Measure(1000, 1.0, forward_tokens=1000, matmul_params=10**8)]})
    assert prefill["ours_tok_s"] == 1000.0 and prefill["ours_gflop_s"] == 200.0
