// Python bindings of the CPU kernels. Every entry point releases the GIL: a decode step is
// ~10 ms of C++ during which the TUI, the agents and the tracer keep running.
#include <torch/extension.h>

#include "loopwright.h"

namespace py = pybind11;
using loopwright::DecodeStack;
using loopwright::DecoderLayer;
using loopwright::Linear;

PYBIND11_MODULE(TORCH_EXTENSION_NAME, module) {
  py::call_guard<py::gil_scoped_release> no_gil;
  module.def("gguf_matmul", &loopwright::gguf_matmul, "x [M, K] float32 @ blocks(W [N, K]).T -> [M, N]",
             py::arg("x"), py::arg("blocks"), py::arg("kind"), no_gil);
  module.def("gguf_dequantize", &loopwright::gguf_dequantize, "blocks -> W [N, in_features] float32",
             py::arg("blocks"), py::arg("in_features"), py::arg("kind"), no_gil);
  py::class_<DecodeStack>(module, "DecodeStack", py::module_local())  // both builds load in tests
      .def(py::init<int64_t, int64_t, int64_t, double, double>(), py::arg("heads"), py::arg("kv_heads"),
           py::arg("head_dim"), py::arg("eps"), py::arg("scale"))
      .def(
          "add_layer",
          [](DecodeStack& self, at::Tensor input_norm, at::Tensor post_norm, std::pair<at::Tensor, int64_t> qkv,
             std::pair<at::Tensor, int64_t> o_proj, std::pair<at::Tensor, int64_t> gate_up,
             std::pair<at::Tensor, int64_t> down, std::optional<at::Tensor> qkv_bias,
             std::optional<at::Tensor> q_norm, std::optional<at::Tensor> k_norm) {
            self.add_layer(DecoderLayer{input_norm, post_norm, Linear{qkv.first, qkv.second},
                                        Linear{o_proj.first, o_proj.second}, Linear{gate_up.first, gate_up.second},
                                        Linear{down.first, down.second}, qkv_bias, q_norm, k_norm});
          },
          py::arg("input_norm"), py::arg("post_norm"), py::arg("qkv"), py::arg("o_proj"), py::arg("gate_up"),
          py::arg("down"), py::arg("qkv_bias"), py::arg("q_norm"), py::arg("k_norm"))
      .def("forward", &DecodeStack::forward, py::arg("x"), py::arg("cos"), py::arg("sin"), py::arg("k_cache"),
           py::arg("v_cache"), py::arg("slots"), py::arg("block_tables"), py::arg("context_lens"), no_gil)
      .def_property_readonly("num_layers", &DecodeStack::num_layers);
}
