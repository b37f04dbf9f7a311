// Python bindings of the CPU kernels. Every entry point that computes releases the GIL: a
// decode step is ~10 ms of C++ during which the TUI, the agents and the tracer keep running.
// Classes are module-local because the tests load the AVX-512 and the portable build at once.
// Constants both sides must agree on are defined in loopwright.h and exported here; Python
// reads them from the loaded module instead of keeping a copy.
#include <torch/extension.h>

#include <string>

#include "loopwright.h"

namespace py = pybind11;
using loopwright::Bf16Panels;
using loopwright::DecoderLayer;
using loopwright::LayerStack;
using loopwright::Linear;
using loopwright::QuantizedWeight;

namespace {

// The GGUF type name ("Q4_1", "Q8_0") as the kernels' BlockKind.
loopwright::BlockKind block_kind(const std::string& name) {
  if (name == "Q4_1") return loopwright::kQ4_1;
  if (name == "Q8_0") return loopwright::kQ8_0;
  TORCH_CHECK(false, "GGUF type ", name, " has no kernel; supported: Q4_1, Q8_0");
}

}  // namespace

PYBIND11_MODULE(TORCH_EXTENSION_NAME, module) {
  py::call_guard<py::gil_scoped_release> no_gil;
  module.attr("BLOCK_WEIGHTS") = loopwright::kBlockWeights;
  module.attr("QUANTIZED_MAX_ROWS") = loopwright::kQuantizedMaxRows;
  module.attr("MIN_PARALLEL_WORK") = loopwright::kMinParallelWork;
  module.attr("MATRIX_UNIT_MIN_ROWS") = loopwright::kMatrixUnitMinRows;
  module.attr("STALL_FLOOR_US") = loopwright::kStallFloorUs;
  module.attr("STALL_CHUNKS") = loopwright::kStallChunks;
  module.def("blocks_serve", &loopwright::blocks_serve,
             "Whether a matmul of `rows` rows reads the GGUF blocks (else the dense weight).", py::arg("rows"),
             py::arg("exact"));
  module.def("set_min_parallel_work", [](int64_t work) { loopwright::min_parallel_work().store(work); },
             "Work (multiply-adds) below which kernels stay on one thread; 0 splits everything (tests).");
  module.def("pool_counters", [] {
    const auto c = loopwright::pool_counters();
    return py::dict(py::arg("split_regions") = c.split_regions, py::arg("solo_regions") = c.solo_regions,
                    py::arg("stalls") = c.stalls);
  }, "Regions split over the kernel workers, regions run inline after a stall, stalls (since start).");
  module.def("set_stall_rule", &loopwright::set_stall_rule,
             "A stall: the caller waited floor_us plus `chunks` of its own mean chunk time (tests).",
             py::arg("floor_us"), py::arg("chunks"));
  module.def("rest_workers", &loopwright::rest_workers,
             "Spinning kernel workers sleep now, leaving the cores to torch's OpenMP threads.");
#ifdef LOOPWRIGHT_AVX512
  module.attr("AVX512") = true;
#else
  module.attr("AVX512") = false;
#endif
  // how the int8 path multiplies: vpdpbusd, vpmaddubsw + vpmaddwd, or plain loops
#if defined(LOOPWRIGHT_VNNI)
  module.attr("INT8_DOT") = "vnni";
#elif defined(LOOPWRIGHT_AVX2)
  module.attr("INT8_DOT") = "avx2";
#else
  module.attr("INT8_DOT") = "portable";
#endif
  // the matrix units batches may use: AMX-BF16 tiles (where the OS grants them too), or none
#if defined(LOOPWRIGHT_AMX)
  module.attr("MATRIX_UNIT") = "amx_bf16";
#else
  module.attr("MATRIX_UNIT") = "none";
#endif
  module.def("bf16_attention_serves", &loopwright::bf16_attention_serves,
             "Whether attention over a bfloat16 cache (decode and prefill) runs in bf16 dot products here "
             "(AMX tiles or vdpbf16ps), heads of `head_dim`.",
             py::arg("head_dim"));
  py::class_<QuantizedWeight>(module, "QuantizedWeight", py::module_local())
      .def(py::init([](const std::string& kind, at::Tensor codes, at::Tensor scales, std::optional<at::Tensor> mins,
                       at::Tensor half_scales, std::optional<at::Tensor> half_mins, bool exact) {
             return QuantizedWeight{block_kind(kind),        std::move(codes),       std::move(scales), std::move(mins),
                                    std::move(half_scales), std::move(half_mins), exact};
           }),
           py::arg("kind"), py::arg("codes"), py::arg("scales"), py::arg("mins"), py::arg("half_scales"),
           py::arg("half_mins"), py::arg("exact"));
  // bf16 copies for batches by vdpbf16ps: the avx512_bf16 build (AVX512-BF16 CPUs without AMX)
  module.attr("BF16_PANELS") = Bf16Panels::available();
  py::class_<Bf16Panels>(module, "Bf16Panels", py::module_local())
      .def(py::init<at::Tensor>(), "W [out, in] rounded to bf16 and packed for the kernel", py::arg("weight"))
      .def(py::init<const QuantizedWeight&, int64_t>(), "a GGUF weight's block codes packed for the kernel",
           py::arg("weight"), py::arg("in_features"))
      .def("matmul", &Bf16Panels::matmul, "x [rows, in] float32 @ W.T -> [rows, out] float32", py::arg("x"), no_gil);
  module.attr("INT8_PANELS") = loopwright::Int8Panels::available();
  py::class_<loopwright::Int8Panels>(module, "Int8Panels", py::module_local())
      .def(py::init<const QuantizedWeight&, int64_t>(), "a GGUF weight's codes regrouped for int8 batches",
           py::arg("weight"), py::arg("in_features"))
      .def("matmul", &loopwright::Int8Panels::matmul, "x [rows, in] float32 @ W.T -> [rows, out] float32",
           py::arg("x"), no_gil);
  py::class_<Linear>(module, "Linear", py::module_local())
      .def(py::init<at::Tensor, std::optional<QuantizedWeight>, std::optional<at::Tensor>, std::optional<at::Tensor>,
                    std::optional<at::Tensor>, std::optional<Bf16Panels>, int64_t,
                    std::optional<loopwright::Int8Panels>>(),
           py::arg("dense"), py::arg("quantized"), py::arg("lora_down") = py::none(), py::arg("lora_up_t") = py::none(),
           py::arg("lora_blocks") = py::none(), py::arg("panels") = py::none(),
           py::arg("panels_from_rows") = std::numeric_limits<int64_t>::max(), py::arg("int8_panels") = py::none())
      .def("apply", &Linear::apply, "x [rows, in] float32 @ W.T, plus the low-rank delta -> [rows, out]",
           py::arg("x"), py::arg("prefill") = false, no_gil);
  module.def("gguf_matmul", &loopwright::gguf_matmul, "x [M, K] float32 @ W.T -> [M, N]", py::arg("x"),
             py::arg("weight"), no_gil);
  module.def("sample_rows", &loopwright::sample_rows,
             "(tokens [rows] int64, logprobs [rows]) of logits [rows, vocab] float32",
             py::arg("logits"), py::arg("temperature"), py::arg("top_k"), py::arg("top_p"), py::arg("min_p"),
             py::arg("keys"), no_gil);
  module.def("gguf_dequantize", &loopwright::gguf_dequantize, "W [N, in_features] float32", py::arg("weight"),
             py::arg("in_features"), no_gil);
  py::class_<LayerStack>(module, "LayerStack", py::module_local())
      .def(py::init<int64_t, int64_t, int64_t, double, double>(), py::arg("heads"), py::arg("kv_heads"),
           py::arg("head_dim"), py::arg("eps"), py::arg("scale"))
      .def(
          "add_layer",
          [](LayerStack& self, at::Tensor input_norm, at::Tensor post_norm, Linear qkv, Linear o_proj,
             Linear gate_up, Linear down, std::optional<at::Tensor> qkv_bias, std::optional<at::Tensor> q_norm,
             std::optional<at::Tensor> k_norm) {
            self.add_layer(DecoderLayer{input_norm, post_norm, qkv, o_proj, gate_up, down, qkv_bias, q_norm, k_norm});
          },
          py::arg("input_norm"), py::arg("post_norm"), py::arg("qkv"), py::arg("o_proj"), py::arg("gate_up"),
          py::arg("down"), py::arg("qkv_bias"), py::arg("q_norm"), py::arg("k_norm"))
      .def("decode", &LayerStack::decode, py::arg("x"), py::arg("cos"), py::arg("sin"), py::arg("k_cache"),
           py::arg("v_cache"), py::arg("slots"), py::arg("block_tables"), py::arg("context_lens"), no_gil)
      .def("prefill", &LayerStack::prefill, py::arg("x"), py::arg("cos"), py::arg("sin"), py::arg("k_cache"),
           py::arg("v_cache"), py::arg("slots"), py::arg("block_tables"), py::arg("cu_seqlens_q"),
           py::arg("context_lens"), no_gil)
      .def_property_readonly("num_layers", &LayerStack::num_layers);
}
