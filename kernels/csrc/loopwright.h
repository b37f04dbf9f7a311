// What the CPU kernels share: the GGUF block matmul and the layer stack (prefill and decode).
#pragma once

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <limits>
#include <optional>
#include <tuple>
#include <vector>

#include "thread_pool.h"

// Hand-written paths are compiled for what the compiler targets, which each build's flags set
// (cpu_build.py: -m for what it needs, -mno- for what it must not use even where this CPU has it),
// unless the build asks for the portable code (-DLOOPWRIGHT_PORTABLE). The tests run every build
// the CPU can run. AVX-512F: the fp32 paths; int8 dot products by VNNI, else by AVX2.
#if !defined(LOOPWRIGHT_PORTABLE)
#if defined(__AVX512F__)
#define LOOPWRIGHT_AVX512 1
#endif
#if defined(__AVX512BW__) && defined(__AVX512VNNI__)
#define LOOPWRIGHT_VNNI 1
#elif defined(__AVX2__) && defined(__FMA__)
#define LOOPWRIGHT_AVX2 1
#endif
// AMX-BF16 tiles for batches (gguf_amx.cpp), in the build that asks for them (the others pass -mno-amx-tile)
#if defined(LOOPWRIGHT_VNNI) && defined(__AMX_TILE__) && defined(__AMX_BF16__) && defined(__AVX512BF16__)
#define LOOPWRIGHT_AMX 1
#endif
// AVX512-BF16 dot products over bf16 copies of the weights for batches (bf16_panels.cpp), in the
// build that asks for them and not beside the AMX tiles, which serve those batches from the blocks
#if defined(LOOPWRIGHT_VNNI) && defined(__AVX512BF16__) && !defined(LOOPWRIGHT_AMX)
#define LOOPWRIGHT_BF16_PANELS 1
#endif
// Attention's products over a bf16 cache in bf16 dot products: on the AMX tiles
// (attention_amx.cpp), else by `vdpbf16ps` (attention_bf16.cpp)
#if defined(LOOPWRIGHT_AMX) || defined(LOOPWRIGHT_BF16_PANELS)
#define LOOPWRIGHT_BF16_ATTENTION 1
#endif
#endif

namespace loopwright {

// 2^f for |f| <= 1/2 as a degree-6 Taylor polynomial, highest power first (relative error
// ~2e-7): the exp of attention's softmax (layer_stack.cpp) and of the sampler (sampling.cpp),
// written out because glibc's vector expf needs -ffast-math.
constexpr float kExp2Poly[] = {1.5403530e-4f, 1.3333558e-3f, 9.6181291e-3f, 5.5504109e-2f,
                               2.4022651e-1f, 6.9314718e-1f, 1.f};

// Weights per GGUF block, both types (exported to Python as BLOCK_WEIGHTS).
constexpr int64_t kBlockWeights = 32;

// Matmuls of at most this many rows (decode batches) run from GGUF blocks; past a few dozen
// rows a matmul is compute-bound and MKL's blocking on the dense weight beats re-decoding
// blocks. Exported to Python as QUANTIZED_MAX_ROWS, which the PyTorch path follows too.
constexpr int64_t kQuantizedMaxRows = 32;

// Batches of at least this many rows go to the matrix units (AMX) where the build and the OS
// allow them, at any size: there the blocks beat MKL's fp32 dense matmul for prefill too. A
// tile matmul costs about the same from 1 to 16 rows (de-quantizing the blocks to bf16 is its
// work); the int8 panels' grows with each row (a block unpacked once for up to 8 rows). A
// forward's matmuls of SmolLM2-135M, 2 threads, Intel AMX VM (session 39): 4 rows 5.3 ms on the
// int8 panels vs 11.6 on the tiles, 8 rows 9.7-10.8 vs 12.1-12.4, 9-10 rows even, 12 rows 13.5
// vs 11.2, 32 rows 36.3 vs 17.6. Exported as MATRIX_UNIT_MIN_ROWS.
constexpr int64_t kMatrixUnitMinRows = 9;

// Whether a matmul of `rows` activation rows runs on the matrix units here (gguf_amx.cpp).
bool matrix_unit_serves(int64_t rows);

// Whether a matmul of `rows` rows reads the GGUF blocks (else the dense weight): decode-sized
// batches always, any batch the matrix units take (not the exact path, which they would round).
inline bool blocks_serve(int64_t rows, bool exact) {
  return rows <= kQuantizedMaxRows || (!exact && matrix_unit_serves(rows));
}

// Work (multiply-adds) below which a kernel stays on the calling thread: a few microseconds of
// work, about what handing a part to a spinning worker of loopwright::parallel_for costs
// (thread_pool.h). Torch's OpenMP regions cost tens of microseconds on the 2-vCPU VMs here, so
// before the spinning pool a decode step kept everything below 32 M multiply-adds on one thread.
constexpr int64_t kMinParallelWork = int64_t{64} << 10;

// The threshold in force: kMinParallelWork, or what set_min_parallel_work (Python) put there,
// so the tests run the split paths on small shapes too.
inline std::atomic<int64_t>& min_parallel_work() {
  static std::atomic<int64_t> work{kMinParallelWork};
  return work;
}

// The loopwright::parallel_for grain for `items` that cost `work` multiply-adds in all: every
// item (the call runs inline, nobody is woken) below min_parallel_work(), else `min_grain`.
inline int64_t parallel_grain(int64_t items, int64_t work, int64_t min_grain) {
  if (work < min_parallel_work().load(std::memory_order_relaxed)) return std::max<int64_t>(items, 1);
  return min_grain;
}

// GGUF block types the kernels read; Python names them by their GGUF type name (bindings.cpp).
enum BlockKind : int64_t { kQ4_1 = 1, kQ8_0 = 2 };

// A GGUF matrix [N, K] packed by kernels/gguf_matmul.py: per block of 32 weights its codes
// (Q4_1 16 bytes of nibbles, Q8_0 32 int8) and its scale (and Q4_1 minimum) as float32, and
// as float16, the file's own (the int8 path reads those: 20 bytes a Q4_1 block instead of 24).
struct QuantizedWeight {
  int64_t kind;                         // kQ4_1 or kQ8_0
  at::Tensor codes;                     // [N, K / 32 * code bytes] uint8
  at::Tensor scales;                    // [N, K / 32] float32
  std::optional<at::Tensor> mins;       // [N, K / 32] float32, Q4_1 only
  at::Tensor half_scales;               // [N, K / 32] float16
  std::optional<at::Tensor> half_mins;  // [N, K / 32] float16, Q4_1 only
  bool exact;                           // fp32 activations (the reference), else int8-coded ones (fast)
};

// x [M, K] float32 @ W.T -> [M, N]: fp32 x against the de-quantized blocks where weight.exact,
// else x coded per block of 32 as int8 codes and residuals, and integer dot products (gguf_int8.cpp).
at::Tensor gguf_matmul(const at::Tensor& x, const QuantizedWeight& weight);

// The float32 weight [N, in_features] (mul then add, bit for bit gguf-py's).
at::Tensor gguf_dequantize(const QuantizedWeight& weight, int64_t in_features);

// The next token of each row of logits [rows, vocab] float32 divided by its temperature (rows
// with temperature <= 0 keep theirs), after top-k, top-p and min-p (per row; top_k 0 and top_p 1
// keep everything), drawn by a Gumbel race keyed by keys[r] (any int64 >= 0; < 0 takes the
// argmax), and its log-probability under the scaled row before truncation (sampling.cpp).
std::tuple<at::Tensor, at::Tensor> sample_rows(const at::Tensor& logits, const at::Tensor& temperature,
                                               const at::Tensor& top_k, const at::Tensor& top_p,
                                               const at::Tensor& min_p, const at::Tensor& keys);

// Attention's products for heads of 64 over a bfloat16 cache in bf16 dot products, queries and
// softmax weights as two bf16 terms each (~fp32): on the AMX tiles (attention_amx.cpp), else by
// `vdpbf16ps` (attention_bf16.cpp). bf16_attention_serves says whether they run here (a build
// with either, tiles the OS grants, that head size).
bool bf16_attention_serves(int64_t head_dim);
#if defined(LOOPWRIGHT_BF16_ATTENTION)
// scores[q * n + i] = scale * queries[q] . keys[i] for `count` queries (fp32) and n key rows (bf16).
void bf16_scores(const float* const* queries, int64_t count, const c10::BFloat16* const* keys, int64_t n, float scale,
                 float* scores);
// out[q * out_stride + d] = sum_i weights[q * n + i] * values[i][d], d < 64.
void bf16_weighted_values(const float* weights, int64_t count, const c10::BFloat16* const* values, int64_t n,
                          float* out, int64_t out_stride);
#endif

// A weight [n, k] packed for `vdpbf16ps` (bf16_panels.cpp): a batch's matmul that sums every
// output alike whatever the batch and the threads. Either a GGUF weight's block codes (exact in
// bf16) with their scales and minimums, met by x in two bf16 halves, or a dense weight rounded.
struct Bf16Panels {
  at::Tensor data;                         // [panels, pairs, 64, 2] bfloat16
  std::optional<at::Tensor> scales, mins;  // codes: [panels, blocks, 64] float32 (mins: Q4_1)
  int64_t n = 0, k = 0;
  explicit Bf16Panels(const at::Tensor& weight);
  Bf16Panels(const QuantizedWeight& weight, int64_t in_features);
  // x [M, k] float32 @ W.T -> [M, n] float32, x rounded to bf16 (the avx512_bf16 build only)
  at::Tensor matmul(const at::Tensor& x) const;
  static bool available();  // whether this build has the kernel
};

// A GGUF weight's codes regrouped for batches of int8-coded rows (int8_panels.cpp): 16 outputs a
// panel, one per vector lane, so one `vpdpbusd` feeds 16 outputs and a block's codes serve up to
// 8 rows; the block kernel's arithmetic, each output summed alike whatever the batch and the
// threads. w = scale * code + offset (Q8_0 codes stored + 128, offset -128 scale).
struct Int8Panels {
  at::Tensor codes;            // [panels, blocks, 16 x 16 (Q4_1 nibbles) or 16 x 32] uint8
  at::Tensor scales, offsets;  // [panels, blocks, 16] float16
  int64_t kind = 0, n = 0, k = 0;
  Int8Panels(const QuantizedWeight& weight, int64_t in_features);
  // x [M, k] float32 @ W.T -> [M, n] float32, x coded as int8 per block (the VNNI builds only)
  at::Tensor matmul(const at::Tensor& x) const;
  static bool available();  // whether this build has the kernel
};

// A linear layer's weight: dense [out, in] float32 (any strides) or GGUF blocks, plus an optional
// low-rank delta (a LoRA adapter served without merging, so the blocks stay in use):
// y = W x + lora_up_t.T @ (lora_down @ x), lora_down [rank, in], lora_up_t [rank, out] (B
// pre-scaled and transposed, so the update runs along contiguous output rows), contiguous float32;
// lora_blocks [parts, 4] int64 (first output, end output, first rank, end rank) of each block of
// lora_up_t that is not all zeros: a fused q|k|v or gate|up has one per part, its own rank columns.
// Where the weight has bf16 panels, they serve every prefill batch, decode batches of at least
// panels_from_rows rows and every batch the blocks do not (on AVX512-BF16 CPUs faster than the
// int8 panels from 8 rows: kernels.backends.BF16_PANELS_FROM_ROWS). A prompt's tokens are thus
// computed alike however many of them a prefix cache hit left to prefill. Where it has int8
// panels of its (int8-path) blocks, they serve the batches the blocks would, but those on the
// AMX tiles.
struct Linear {
  at::Tensor dense;
  std::optional<QuantizedWeight> quantized;
  std::optional<at::Tensor> lora_down, lora_up_t, lora_blocks;
  std::optional<Bf16Panels> panels;
  int64_t panels_from_rows = std::numeric_limits<int64_t>::max();
  std::optional<Int8Panels> int8_panels;
  at::Tensor apply(const at::Tensor& x, bool prefill = false) const;
};

// Rows of a decode step whose block tables begin with the same blocks (layer_stack.cpp
// `shared_prefixes`, found once per step): attention reads those positions once for all of them.
struct SharedPrefix {
  std::vector<int64_t> rows;
  int64_t len;  // tokens, whole blocks that every row's context covers
};

struct DecoderLayer {
  at::Tensor input_norm, post_norm;  // [hidden]
  Linear qkv, o_proj, gate_up, down;
  std::optional<at::Tensor> qkv_bias, q_norm, k_norm;  // Qwen2 bias, Qwen3 per-head norms
};

// All decoder layers of a Llama-family model in one call, for prefill and decode steps alike,
// so a step pays no per-op Python dispatch. The residual stream and all math are float32; the
// KV cache is float32 or bfloat16, dense weights float32 or bfloat16 (a bf16 engine keeps bf16
// storage). Decode steps (one new token per sequence) read the paged cache in place (blocks
// that several rows' tables share, once for all of them); prefill steps read a bf16 cache in
// place too where the AMX tiles serve (heads of 64), else gather each sequence's blocks once per
// layer for SDPA's flash kernel.
class LayerStack {
 public:
  LayerStack(int64_t heads, int64_t kv_heads, int64_t head_dim, double eps, double scale);
  void add_layer(DecoderLayer layer);
  // x [B, hidden] float32 -> hidden states after the last layer. cos/sin [B, head_dim];
  // caches [layers, blocks, block_size, kv_heads, head_dim] float32, written at `slots`.
  at::Tensor decode(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin, const at::Tensor& k_cache,
                    const at::Tensor& v_cache, const at::Tensor& slots, const at::Tensor& block_tables,
                    const at::Tensor& context_lens) const;
  // The packed new tokens of several sequences: x [T, hidden]; sequence j's tokens are rows
  // [cu_seqlens_q[j], cu_seqlens_q[j + 1]) and the last of its context_lens[j] tokens.
  at::Tensor prefill(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin, const at::Tensor& k_cache,
                     const at::Tensor& v_cache, const at::Tensor& slots, const at::Tensor& block_tables,
                     const at::Tensor& cu_seqlens_q, const at::Tensor& context_lens) const;
  int64_t num_layers() const { return static_cast<int64_t>(layers_.size()); }

 private:
  using Attend = std::function<void(int64_t layer, const at::Tensor& qkv, at::Tensor& out)>;
  at::Tensor run(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin, const at::Tensor& k_cache,
                 const at::Tensor& v_cache, const at::Tensor& slots, bool prefill, const Attend& attend) const;
  template <typename T>  // T: the cache's element type, float or c10::BFloat16
  void rotate_and_store(int64_t layer, float* qkv, const at::Tensor& cos, const at::Tensor& sin,
                        const at::Tensor& k_cache, const at::Tensor& v_cache, const at::Tensor& slots) const;
  template <typename T>
  void paged_attention(int64_t layer, const float* qkv, float* out, const at::Tensor& k_cache,
                       const at::Tensor& v_cache, const at::Tensor& block_tables, const at::Tensor& context_lens,
                       const std::vector<SharedPrefix>& prefixes) const;
  int64_t heads_, kv_heads_, head_dim_;
  float eps_, scale_;
  std::vector<DecoderLayer> layers_;
};

}  // namespace loopwright
