// Python bindings of the CPU kernels. Every entry point that computes releases the GIL: a
// decode step is ~10 ms of C++ during which the TUI, the agents and the tracer keep running.
// Classes are module-local because the tests load the AVX-512 and the portable build at once.
#include <torch/extension.h>

#include "loopwright.h"

namespace py = pybind11;
using loopwright::DecodeStack;
using loopwright::DecoderLayer;
using loopwright::Linear;
using loopwright::QuantizedWeight;

PYBIND11_MODULE(TORCH_EXTENSION_NAME, module) {
  py::call_guard<py::gil_scoped_release> no_gil;
  py::class_<QuantizedWeight>(module, "QuantizedWeight", py::module_local())
      .def(py::init<int64_t, at::Tensor, at::Tensor, std::optional<at::Tensor>>(), py::arg("kind"),
           py::arg("codes"), py::arg("scales"), py::arg("mins"));
  py::class_<Linear>(module, "Linear", py::module_local())
      .def(py::init<at::Tensor, std::optional<QuantizedWeight>>(), py::arg("dense"), py::arg("quantized"));
  module.def("gguf_matmul", &loopwright::gguf_matmul, "x [M, K] float32 @ W.T -> [M, N]", py::arg("x"),
             py::arg("weight"), no_gil);
  module.def("gguf_dequantize", &loopwright::gguf_dequantize, "W [N, in_features] float32", py::arg("weight"),
             py::arg("in_features"), no_gil);
  py::class_<DecodeStack>(module, "DecodeStack", py::module_local())
      .def(py::init<int64_t, int64_t, int64_t, double, double>(), py::arg("heads"), py::arg("kv_heads"),
           py::arg("head_dim"), py::arg("eps"), py::arg("scale"))
      .def(
          "add_layer",
          [](DecodeStack& self, at::Tensor input_norm, at::Tensor post_norm, Linear qkv, Linear o_proj,
             Linear gate_up, Linear down, std::optional<at::Tensor> qkv_bias, std::optional<at::Tensor> q_norm,
             std::optional<at::Tensor> k_norm) {
            self.add_layer(DecoderLayer{input_norm, post_norm, qkv, o_proj, gate_up, down, qkv_bias, q_norm, k_norm});
          },
          py::arg("input_norm"), py::arg("post_norm"), py::arg("qkv"), py::arg("o_proj"), py::arg("gate_up"),
          py::arg("down"), py::arg("qkv_bias"), py::arg("q_norm"), py::arg("k_norm"))
      .def("forward", &DecodeStack::forward, py::arg("x"), py::arg("cos"), py::arg("sin"), py::arg("k_cache"),
           py::arg("v_cache"), py::arg("slots"), py::arg("block_tables"), py::arg("context_lens"), no_gil)
      .def("prefill", &DecodeStack::prefill, py::arg("x"), py::arg("cos"), py::arg("sin"), py::arg("k_cache"),
           py::arg("v_cache"), py::arg("slots"), py::arg("block_tables"), py::arg("cu_seqlens_q"),
           py::arg("context_lens"), no_gil)
      .def_property_readonly("num_layers", &DecodeStack::num_layers);
}
