"""The decode bench's own logic: medians, ranges and ratios, and a failing engine failing it."""

import pytest

from loopwright.bench.decode import Measure, PeerFailed, _line, _measure_in_child


def test_a_line_has_medians_ranges_ratios_and_paths():
    measures = {
        "ours": [Measure(100, 2.0, 1_000_000, "avx2 int8"), Measure(100, 1.0, 1_000_000, "avx2 int8"),
                 Measure(100, 4.0, 1_000_000, "avx2 int8")],
        "llama_cpp": [Measure(100, 1.0, path="llama"), Measure(100, 1.0, path="llama"),
                      Measure(100, 0.5, path="llama")],
    }
    line = _line("single", "fp32", 2, measures)
    assert line["ours_tok_s"] == 50.0 and line["ours_tok_s_range"] == [25.0, 100.0]
    assert line["llama_cpp_tok_s"] == 100.0
    assert line["ratio_vs_llama_cpp"] == 0.5  # ours / peer: below 1 means the peer is faster
    assert line["ours_gb_s"] == 0.05 and line["ours_path"] == "avx2 int8" and line["llama_cpp_path"] == "llama"
    assert line["threads"] == 2 and line["repeats"] == 3


def test_the_chat_ratio_is_peer_seconds_over_ours():
    line = _line("chat", "fp32", 1, {"ours": [Measure(320, 4.0)], "hf": [Measure(320, 10.0)]})
    assert line["ours_s"] == 4.0 and line["hf_s"] == 10.0 and line["ratio_vs_hf"] == 2.5


def test_a_measurement_process_that_fails_fails_the_bench_with_its_message():
    with pytest.raises(PeerFailed, match=r"(?s)ours failed on nonsense .*exit 2.*invalid choice: 'nonsense'"):
        _measure_in_child("ours", "nonsense", "fp32", 1)
