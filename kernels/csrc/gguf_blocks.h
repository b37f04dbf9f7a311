// A GGUF matrix as the block matmuls read it: the exact one (gguf_matmul.cpp, fp32 activations),
// the int8 one (gguf_int8.cpp, activations quantized per block) and the AMX one (gguf_amx.cpp, bf16).
#pragma once

#include <vector>

#include "loopwright.h"

namespace loopwright {

// Code bytes of one block: Q4_1 16 bytes of nibbles, Q8_0 32 int8 (scales and minimums are apart).
constexpr int64_t code_bytes(int64_t kind) { return kind == kQ4_1 ? 16 : 32; }

// A matrix as the Python side packs a GGUF tensor: each block's codes, and its scale (and Q4_1
// minimum) as float32 so the kernels broadcast them straight from memory.
struct Packed {
  const uint8_t* codes;         // [rows, blocks * code_bytes(kind)]
  const float* scales;          // [rows, blocks]
  const float* mins;            // [rows, blocks] (Q4_1) or nullptr
  const at::Half* half_scales;  // [rows, blocks]: the scales as float16
  const at::Half* half_mins;    // [rows, blocks] (Q4_1) or nullptr
  int64_t blocks;               // per row
};

// The weight's pointers, after checking its tensors hold rows of `in_features` (TORCH_CHECK).
Packed packed(const QuantizedWeight& weight, int64_t in_features);

// Activation rows coded per block of 32 (gguf_int8.cpp): x ~= unit * (128 * code + residual).
struct Int8Rows {
  std::vector<int8_t> codes;      // [rows, k] round(x / d), d = max|x| / 127 of the block
  std::vector<int8_t> residuals;  // [rows, k] round(128 * (x / d - code)), in -64..64
  std::vector<float> units;       // [rows, blocks, unit_lanes] d / 128, repeated over the lanes its block's sums fill
  std::vector<float> sums;        // [rows, blocks] unit * sum of (128 * code + residual): what a Q4_1 minimum multiplies
  int64_t blocks;                 // per row
  int64_t unit_lanes;
  // block b's unit of `row` (rows coded in the file's order, not `paired`)
  float unit(int64_t row, int64_t b) const { return units[(row * blocks + b) * unit_lanes]; }
};

// x [rows, k] float32 coded per block; `paired` stores each pair of blocks' halves interleaved,
// as the VNNI build's Q4_1 block kernel unpacks them. Every build rounds alike.
Int8Rows quantize_rows(const float* x, int64_t rows, int64_t k, bool paired);

// x [M, K] float32 @ W.T -> [M, N] with x coded as int8 per block of 32 (weight.exact false).
at::Tensor gguf_matmul_int8(const at::Tensor& x, const QuantizedWeight& weight);

#if defined(LOOPWRIGHT_AMX)
// x [M, K] float32 @ W.T -> [M, N] on the AMX tiles, weights and x rounded to bf16 (where
// matrix_unit_serves(M)).
at::Tensor gguf_matmul_amx(const at::Tensor& x, const QuantizedWeight& weight);
#endif

}  // namespace loopwright
