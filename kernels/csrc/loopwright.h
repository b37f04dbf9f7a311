// What the CPU kernels share: the GGUF block matmul and the fused decode stack.
#pragma once

#include <ATen/ATen.h>

#include <optional>
#include <vector>

namespace loopwright {

// How a linear layer's weight is stored.
enum WeightKind : int64_t {
  kDense = 0,  // [out, in] float32 tensor (any strides): at::linear
  kQ4_1 = 1,   // [out, in / 32 * 20] uint8 GGUF blocks
  kQ8_0 = 2,   // [out, in / 32 * 34] uint8 GGUF blocks
};

// x [M, K] float32 @ W.T -> [M, N], W given as GGUF blocks of `kind`.
at::Tensor gguf_matmul(const at::Tensor& x, const at::Tensor& blocks, int64_t kind);

// The float32 weight [N, in_features] the blocks stand for (mul then add, as gguf-py).
at::Tensor gguf_dequantize(const at::Tensor& blocks, int64_t in_features, int64_t kind);

struct Linear {
  at::Tensor weight;
  int64_t kind;
  at::Tensor apply(const at::Tensor& x) const;
};

struct DecoderLayer {
  at::Tensor input_norm, post_norm;  // [hidden]
  Linear qkv, o_proj, gate_up, down;
  std::optional<at::Tensor> qkv_bias, q_norm, k_norm;  // Qwen2 bias, Qwen3 per-head norms
};

// All decoder layers of a Llama-family model for decode steps (one new token per sequence):
// one call runs the whole stack, so a step pays no per-op Python dispatch, and attention
// reads the paged cache in place instead of gathering it.
class DecodeStack {
 public:
  DecodeStack(int64_t heads, int64_t kv_heads, int64_t head_dim, double eps, double scale);
  void add_layer(DecoderLayer layer);
  // x [B, hidden] float32 -> hidden states after the last layer. cos/sin [B, head_dim];
  // caches [layers, blocks, block_size, kv_heads, head_dim] float32, written at `slots`.
  at::Tensor forward(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin, const at::Tensor& k_cache,
                     const at::Tensor& v_cache, const at::Tensor& slots, const at::Tensor& block_tables,
                     const at::Tensor& context_lens) const;
  int64_t num_layers() const { return static_cast<int64_t>(layers_.size()); }

 private:
  void attention(int64_t layer, float* qkv, float* out, const at::Tensor& cos, const at::Tensor& sin,
                 const at::Tensor& k_cache, const at::Tensor& v_cache, const at::Tensor& slots,
                 const at::Tensor& block_tables, const at::Tensor& context_lens) const;
  int64_t heads_, kv_heads_, head_dim_;
  float eps_, scale_;
  std::vector<DecoderLayer> layers_;
};

}  // namespace loopwright
