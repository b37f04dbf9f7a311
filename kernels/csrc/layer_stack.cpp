// The decoder stack for prefill and decode steps, in one call (see LayerStack in loopwright.h).
//
// Per layer: RMSNorm -> q|k|v -> (Qwen3 q/k norm) -> RoPE -> cache write -> paged attention
// -> o_proj + residual -> RMSNorm -> gate|up -> SiLU(gate) * up -> down + residual. The
// semantics are those of models/llama.py's forward, which the tests compare it against.
// Attention's products over a bf16 cache with heads of 64 run in bf16 dot products where the build
// and the OS allow (the AMX tiles, attention_amx.cpp, or vdpbf16ps, attention_bf16.cpp), else in
// the fp32 loops here (decode) or SDPA (prefill).
#include <ATen/Parallel.h>
#include <c10/util/BFloat16.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>
#include <vector>

#include "loopwright.h"

#if defined(LOOPWRIGHT_AVX512) || defined(LOOPWRIGHT_AVX2)
#include <immintrin.h>
#define LOOPWRIGHT_FP32_SIMD 1  // attention's dots, exp and weighted sums in vector registers
#endif

namespace loopwright {

namespace {

// Dense matmuls of at least this many multiply-adds run on torch's OpenMP threads (MKL splits
// them over every core), so the kernels' own spinning workers are sent to sleep first.
constexpr int64_t kOpenMPWork = int64_t{8} << 20;

at::Tensor base_apply(const Linear& linear, const at::Tensor& x, bool prefill) {
  const int64_t rows = x.size(0);
  const bool blocks = linear.quantized && blocks_serve(rows, linear.quantized->exact);
  if (linear.panels && (prefill || rows >= linear.panels_from_rows || !blocks)) return linear.panels->matmul(x);
  if (blocks && linear.int8_panels && !matrix_unit_serves(rows)) return linear.int8_panels->matmul(x);
  if (blocks) return gguf_matmul(x, *linear.quantized);
  if (rows * linear.dense.size(0) * linear.dense.size(1) >= kOpenMPWork) rest_workers();
  if (linear.dense.scalar_type() == x.scalar_type()) return at::linear(x, linear.dense);
  return at::linear(x.to(linear.dense.scalar_type()), linear.dense).to(at::kFloat);  // bf16 weights, float32 stream
}

}  // namespace

namespace {

// The KV cache holds float32 or bfloat16 (kernels.kv_cache_dtype); attention math is float32.
using BFloat16 = c10::BFloat16;
inline float to_float(float x) { return x; }
inline float to_float(BFloat16 x) { return static_cast<float>(x); }

// Float vectors of kLanes floats: 16 on AVX-512, 8 on AVX2. The KV cache may hold bf16, the
// top half of a float32, widened on load.
#if defined(LOOPWRIGHT_AVX512)
constexpr int kLanes = 16;
using Vec = __m512;
inline Vec vload(const float* p) { return _mm512_loadu_ps(p); }
inline Vec vload(const BFloat16* p) {
  const __m256i bits = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(bits), 16));
}
inline Vec vset1(float x) { return _mm512_set1_ps(x); }
inline Vec vzero() { return _mm512_setzero_ps(); }
inline Vec vfmadd(Vec a, Vec b, Vec c) { return _mm512_fmadd_ps(a, b, c); }
inline void vstore(float* p, Vec v) { _mm512_storeu_ps(p, v); }
inline float vsum(Vec v) { return _mm512_reduce_add_ps(v); }
// e^x for x >= -87: 2^(x log2 e) as 2^round * a degree-6 Taylor polynomial of 2^f, |f| <= 1/2
inline Vec vround(Vec y) { return _mm512_roundscale_ps(y, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
inline Vec vtimes_pow2(Vec p, Vec whole) { return _mm512_scalef_ps(p, whole); }
inline Vec vsub(Vec a, Vec b) { return _mm512_sub_ps(a, b); }
inline Vec vmul(Vec a, Vec b) { return _mm512_mul_ps(a, b); }
inline Vec vmax(Vec a, Vec b) { return _mm512_max_ps(a, b); }
inline Vec vadd(Vec a, Vec b) { return _mm512_add_ps(a, b); }
#elif defined(LOOPWRIGHT_AVX2)
constexpr int kLanes = 8;
using Vec = __m256;
inline Vec vload(const float* p) { return _mm256_loadu_ps(p); }
inline Vec vload(const BFloat16* p) {
  const __m128i bits = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(bits), 16));
}
inline Vec vset1(float x) { return _mm256_set1_ps(x); }
inline Vec vzero() { return _mm256_setzero_ps(); }
inline Vec vfmadd(Vec a, Vec b, Vec c) { return _mm256_fmadd_ps(a, b, c); }
inline void vstore(float* p, Vec v) { _mm256_storeu_ps(p, v); }
inline float vsum(Vec v) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  return _mm_cvtss_f32(_mm_add_ss(s, _mm_movehdup_ps(s)));
}
inline Vec vround(Vec y) { return _mm256_round_ps(y, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
// p * 2^whole for whole in -126..127 (x >= -87 keeps it there): whole added to p's exponent bits
inline Vec vtimes_pow2(Vec p, Vec whole) {
  const __m256i bits = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(whole), _mm256_set1_epi32(127)), 23);
  return _mm256_mul_ps(p, _mm256_castsi256_ps(bits));
}
inline Vec vsub(Vec a, Vec b) { return _mm256_sub_ps(a, b); }
inline Vec vmul(Vec a, Vec b) { return _mm256_mul_ps(a, b); }
inline Vec vmax(Vec a, Vec b) { return _mm256_max_ps(a, b); }
inline Vec vadd(Vec a, Vec b) { return _mm256_add_ps(a, b); }
#endif

template <typename T>
inline float dot(const float* a, const T* b, int64_t n) {
  float sum = 0.f;
  int64_t i = 0;
#ifdef LOOPWRIGHT_FP32_SIMD
  Vec acc = vzero();
  for (; i + kLanes <= n; i += kLanes) acc = vfmadd(vload(a + i), vload(b + i), acc);
  sum = vsum(acc);
#endif
#pragma omp simd reduction(+ : sum)  // the whole dot in the portable build: vectorised, not one chain
  for (int64_t j = i; j < n; ++j) sum += a[j] * to_float(b[j]);
  return sum;
}

// out[o] += sum_j low[j] * up_t[j, o] for outputs [o0, o1) and ranks [j0, j1) of one row: a
// low-rank update along the row, every output lane a chain of multiply-adds over rows of up_t.
inline void add_low_rank_block(float* out, const float* low, const float* up_t, int64_t width, int64_t o0,
                               int64_t o1, int64_t j0, int64_t j1) {
  int64_t o = o0;
#ifdef LOOPWRIGHT_FP32_SIMD
  for (; o + kLanes <= o1; o += kLanes) {
    Vec acc = vload(out + o);
    for (int64_t j = j0; j < j1; ++j) acc = vfmadd(vset1(low[j]), vload(up_t + j * width + o), acc);
    vstore(out + o, acc);
  }
#endif
  for (; o < o1; ++o) {
    float sum = out[o];
    for (int64_t j = j0; j < j1; ++j) sum += low[j] * up_t[j * width + o];
    out[o] = sum;
  }
}

}  // namespace

// The served adapter's delta in the kernels' own loops, a row at a time on their pool:
// out[r] += up (down x[r]). As two ATen matmuls and an add (MKL on torch's OpenMP threads,
// beside the kernels' spinning workers) the delta cost decode 40% of its speed at 1 and 32 rows.
at::Tensor Linear::apply(const at::Tensor& x, bool prefill) const {
  at::Tensor out = base_apply(*this, x, prefill);
  if (!lora_down) return out;
  TORCH_CHECK(lora_up_t && lora_blocks, "a low-rank delta needs lora_up_t and lora_blocks");
  TORCH_CHECK(out.is_contiguous() && out.scalar_type() == at::kFloat, "a linear's output must be contiguous float32");
  const at::Tensor xc = x.contiguous();
  const int64_t rows = xc.size(0), in = xc.size(1), rank = lora_down->size(0), width = out.size(1);
  const float* xp = xc.data_ptr<float>();
  const float* down = lora_down->data_ptr<float>();
  const float* up_t = lora_up_t->data_ptr<float>();
  const int64_t* blocks = lora_blocks->data_ptr<int64_t>();
  const int64_t parts = lora_blocks->size(0);
  float* op = out.data_ptr<float>();
  parallel_for(0, rows, parallel_grain(rows, rows * rank * (in + width), 1), [&](int64_t r0, int64_t r1) {
    std::vector<float> low(rank);
    for (int64_t r = r0; r < r1; ++r) {
      for (int64_t j = 0; j < rank; ++j) low[j] = dot(xp + r * in, down + j * in, in);
      for (int64_t p = 0; p < parts; ++p) {
        const int64_t* b = blocks + 4 * p;
        add_low_rank_block(op + r * width, low.data(), up_t, width, b[0], b[1], b[2], b[3]);
      }
    }
  });
  return out;
}

namespace {

// s[t] = exp(s[t] - top) for t < n; returns the sum. The vector path computes 2^(x log2 e)
// as 2^round * a degree-6 Taylor polynomial of 2^f, |f| <= 1/2 (relative error ~2e-7).
inline float exp_shifted(float* s, int64_t n, float top) {
  float total = 0.f;
  int64_t t = 0;
#ifdef LOOPWRIGHT_FP32_SIMD
  const Vec log2e = vset1(1.44269504088896341f), shift = vset1(top), floor = vset1(-87.f);
  Vec sum = vzero();
  for (; t + kLanes <= n; t += kLanes) {
    const Vec y = vmul(vmax(vsub(vload(s + t), shift), floor), log2e);
    const Vec whole = vround(y), f = vsub(y, whole);
    Vec p = vset1(kExp2Poly[0]);
    for (int c = 1; c < 7; ++c) p = vfmadd(p, f, vset1(kExp2Poly[c]));
    const Vec e = vtimes_pow2(p, whole);
    vstore(s + t, e);
    sum = vadd(sum, e);
  }
  total = vsum(sum);
#endif
#pragma omp simd reduction(+ : total)  // glibc's vector expf (-fno-math-errno)
  for (int64_t j = t; j < n; ++j) total += (s[j] = std::exp(s[j] - top));
  return total;
}

// The largest of s[0..n) (-inf when n is 0): the shift of a softmax's exponents.
inline float largest(const float* s, int64_t n) {
  float top = -std::numeric_limits<float>::infinity();
  for (int64_t i = 0; i < n; ++i) top = std::max(top, s[i]);
  return top;
}

// y[r] = x[r] / rms(x[r]) * weight, rows of width n (HF's LlamaRMSNorm in float32).
void rms_norm(const float* x, const float* weight, float* y, int64_t rows, int64_t n, float eps) {
  for (int64_t r = 0; r < rows; ++r) {
    const float* xr = x + r * n;
    const float inv = 1.f / std::sqrt(dot(xr, xr, n) / static_cast<float>(n) + eps);
    for (int64_t i = 0; i < n; ++i) y[r * n + i] = weight[i] * (xr[i] * inv);
  }
}

// Rotate-half RoPE of one head in place: x * cos + rotate_half(x) * sin.
void rope(float* x, const float* cos, const float* sin, int64_t dim) {
  const int64_t half = dim / 2;
  for (int64_t i = 0; i < half; ++i) {
    const float x1 = x[i], x2 = x[i + half];
    x[i] = x1 * cos[i] - x2 * sin[i];
    x[i + half] = x2 * cos[i + half] + x1 * sin[i + half];
  }
}

#ifdef LOOPWRIGHT_FP32_SIMD
// out[h * out_stride + d] = sum_i p[h * n + i] * v_i[d] for Heads heads of kLanes * Chunks dims:
// every V row is loaded once and its Heads * Chunks sums stay in registers.
template <int Heads, int Chunks, typename Rows, typename T>
inline void weighted_rows(Rows& for_each_row, const T* v_cache, const float* p, int64_t n, float* out,
                          int64_t out_stride) {
  Vec acc[Heads][Chunks];
  for (int h = 0; h < Heads; ++h)
    for (int c = 0; c < Chunks; ++c) acc[h][c] = vzero();
  for_each_row(v_cache, [&](int64_t i, const T* v) {
    Vec weight[Heads];
    for (int h = 0; h < Heads; ++h) weight[h] = vset1(p[h * n + i]);
    for (int c = 0; c < Chunks; ++c) {
      const Vec row = vload(v + kLanes * c);
      for (int h = 0; h < Heads; ++h) acc[h][c] = vfmadd(weight[h], row, acc[h][c]);
    }
  });
  for (int h = 0; h < Heads; ++h)
    for (int c = 0; c < Chunks; ++c) vstore(out + h * out_stride + kLanes * c, acc[h][c]);
}

// Heads at a time for a head size, so that Heads * Chunks accumulators fit in the 32 (AVX-512)
// or 16 (AVX2) vector registers with room for the row and the weights
template <int64_t Dim>
constexpr int64_t heads_per_pass() {
  constexpr int64_t chunks = Dim / kLanes, budget = kLanes == 16 ? 16 : 8;
  return chunks >= budget ? 1 : budget / chunks;
}

template <int64_t Dim, typename Rows, typename T>
inline void weighted_heads(Rows& for_each_row, const T* v_cache, const float* s, int64_t n, int64_t group,
                           float* result) {
  constexpr int Chunks = static_cast<int>(Dim / kLanes);
  constexpr int64_t step = heads_per_pass<Dim>();
  for (int64_t g0 = 0; g0 < group; g0 += step) {
    const int64_t h = std::min(step, group - g0);
    float* r = result + g0 * (Dim + 2);
    const float* p = s + g0 * n;
    if constexpr (step >= 4) {
      if (h >= 4) { weighted_rows<4, Chunks>(for_each_row, v_cache, p, n, r, Dim + 2); continue; }
    }
    if constexpr (step >= 3) {
      if (h == 3) { weighted_rows<3, Chunks>(for_each_row, v_cache, p, n, r, Dim + 2); continue; }
    }
    if constexpr (step >= 2) {
      if (h == 2) { weighted_rows<2, Chunks>(for_each_row, v_cache, p, n, r, Dim + 2); continue; }
    }
    weighted_rows<1, Chunks>(for_each_row, v_cache, p, n, r, Dim + 2);
  }
}
#endif

}  // namespace

LayerStack::LayerStack(int64_t heads, int64_t kv_heads, int64_t head_dim, double eps, double scale)
    : heads_(heads), kv_heads_(kv_heads), head_dim_(head_dim), eps_(static_cast<float>(eps)),
      scale_(static_cast<float>(scale)) {
  TORCH_CHECK(heads % kv_heads == 0, "heads (", heads, ") must be a multiple of kv_heads (", kv_heads, ")");
}

void LayerStack::add_layer(DecoderLayer layer) { layers_.push_back(std::move(layer)); }

namespace {

void check_caches(const at::Tensor& k_cache, const at::Tensor& v_cache, int64_t layers) {
  const auto dtype = k_cache.scalar_type();
  TORCH_CHECK((dtype == at::kFloat || dtype == at::kBFloat16) && v_cache.scalar_type() == dtype &&
                  k_cache.is_contiguous() && v_cache.is_contiguous() && k_cache.dim() == 5 && k_cache.size(0) == layers,
              "caches must be contiguous float32 or bfloat16 [layers, blocks, block_size, kv_heads, head_dim]");
}

}  // namespace

at::Tensor LayerStack::run(const at::Tensor& x_in, const at::Tensor& cos, const at::Tensor& sin,
                           const at::Tensor& k_cache, const at::Tensor& v_cache, const at::Tensor& slots,
                           bool prefill, const Attend& attend) const {
  TORCH_CHECK(x_in.dim() == 2 && x_in.scalar_type() == at::kFloat, "x must be [tokens, hidden] float32");
  check_caches(k_cache, v_cache, num_layers());
  const int64_t rows = x_in.size(0), hidden = x_in.size(1);
  const int64_t qkv_width = (heads_ + 2 * kv_heads_) * head_dim_;
  at::Tensor x = x_in.contiguous().clone();  // the residual stream, updated in place
  at::Tensor h = at::empty_like(x);
  at::Tensor attn = at::empty({rows, heads_ * head_dim_}, x.options());
  const at::Tensor cos_c = cos.contiguous().to(at::kFloat), sin_c = sin.contiguous().to(at::kFloat);
  const at::Tensor slots_c = slots.to(at::kLong).contiguous();
  for (int64_t l = 0; l < num_layers(); ++l) {
    const DecoderLayer& layer = layers_[l];
    rms_norm(x.data_ptr<float>(), layer.input_norm.data_ptr<float>(), h.data_ptr<float>(), rows, hidden, eps_);
    at::Tensor qkv = layer.qkv.apply(h, prefill).contiguous();  // [rows, qkv_width]
    TORCH_CHECK(qkv.size(1) == qkv_width, "q|k|v projection has ", qkv.size(1), " outputs, not ", qkv_width);
    if (layer.qkv_bias) qkv.add_(*layer.qkv_bias);
    if (k_cache.scalar_type() == at::kFloat)
      rotate_and_store<float>(l, qkv.data_ptr<float>(), cos_c, sin_c, k_cache, v_cache, slots_c);
    else
      rotate_and_store<BFloat16>(l, qkv.data_ptr<float>(), cos_c, sin_c, k_cache, v_cache, slots_c);
    attend(l, qkv, attn);
    x.add_(layer.o_proj.apply(attn, prefill));
    rms_norm(x.data_ptr<float>(), layer.post_norm.data_ptr<float>(), h.data_ptr<float>(), rows, hidden, eps_);
    at::Tensor gate_up = layer.gate_up.apply(h, prefill);  // [rows, 2 * inter]
    const int64_t inter = gate_up.size(1) / 2;
    x.add_(layer.down.apply(at::silu(gate_up.narrow(1, 0, inter)).mul_(gate_up.narrow(1, inter, inter)), prefill));
  }
  return x;
}

namespace {

// Positions a run of rows must share before they read them together: below it the per-row
// tasks cost no more.
constexpr int64_t kMinSharedTokens = 64;

// The shared prefixes of a decode batch (rows grouped by their first block), each at least
// kMinSharedTokens long and held by two rows or more: a prompt prefix the prefix cache handed
// to every sequence of a rollout group or every session with the same system prompt.
std::vector<SharedPrefix> shared_prefixes(const int32_t* tables, const int32_t* lens, int64_t batch, int64_t width,
                                          int64_t block_size) {
  std::vector<int64_t> order(batch);
  for (int64_t b = 0; b < batch; ++b) order[b] = b;
  std::stable_sort(order.begin(), order.end(),
                   [&](int64_t a, int64_t b) { return tables[a * width] < tables[b * width]; });
  std::vector<SharedPrefix> found;
  for (int64_t i = 0; i < batch;) {
    int64_t j = i + 1;
    while (j < batch && tables[order[j] * width] == tables[order[i] * width]) ++j;
    if (j - i >= 2) {
      const int32_t* lead = tables + order[i] * width;
      int64_t blocks = width;
      for (int64_t r = i; r < j; ++r) {
        const int32_t* table = tables + order[r] * width;
        int64_t same = 0;
        const int64_t full = std::min<int64_t>(width, lens[order[r]] / block_size);
        while (same < std::min(blocks, full) && table[same] == lead[same]) ++same;
        blocks = same;
      }
      if (blocks * block_size >= kMinSharedTokens)
        found.push_back({std::vector<int64_t>(order.begin() + i, order.begin() + j), blocks * block_size});
    }
    i = j;
  }
  return found;
}

#if defined(LOOPWRIGHT_BF16_ATTENTION)
// A prefill's attention over a bf16 cache in bf16 dot products (heads of 64): a task per sequence, KV
// head and 16 new tokens scores those tokens' query heads against every position the last of
// them sees, then each query's softmax over its own causal span (later positions get weight 0).
// It reads the paged cache in place: no gather and no bf16 -> fp32 copy of each sequence's K/V
// per layer, which with SDPA's flash kernel was most of a rollout turn's prefill.
struct Bf16Prefill {
  int64_t heads, kv_heads, dim;
  float scale;
  const int64_t* first;   // per sequence: its first row in the step
  const int64_t* q_lens;  // new tokens
  const int64_t* k_lens;  // whole context, the new tokens included
  const int32_t* tables;  // [batch, width] block tables
  int64_t batch, width;

  static constexpr int64_t kTokens = 16;  // new tokens a task

  void operator()(int64_t l, const float* qkv, float* out, const at::Tensor& k_cache, const at::Tensor& v_cache) const {
    const int64_t group = heads / kv_heads, qkv_width = (heads + 2 * kv_heads) * dim, block_size = k_cache.size(2);
    const int64_t token_stride = kv_heads * dim, layer_stride = k_cache.size(1) * block_size * token_stride;
    const BFloat16* k_layer = k_cache.data_ptr<BFloat16>() + l * layer_stride;
    const BFloat16* v_layer = v_cache.data_ptr<BFloat16>() + l * layer_stride;
    std::vector<int64_t> task0(batch + 1, 0);  // sequence j's tasks start at task0[j]
    int64_t work = 0;
    for (int64_t j = 0; j < batch; ++j) {
      task0[j + 1] = task0[j] + kv_heads * ((q_lens[j] + kTokens - 1) / kTokens);
      work += 2 * q_lens[j] * k_lens[j] * heads * dim;
    }
    parallel_for(0, task0[batch], parallel_grain(task0[batch], work, 1), [&](int64_t t0, int64_t t1) {
      thread_local std::vector<const float*> queries;
      thread_local std::vector<const BFloat16*> keys, values;
      thread_local std::vector<float> scores, sums, result;
      for (int64_t task = t0; task < t1; ++task) {
        const int64_t j = std::upper_bound(task0.begin(), task0.end(), task) - task0.begin() - 1;
        const int64_t chunks = (q_lens[j] + kTokens - 1) / kTokens;
        const int64_t kvh = (task - task0[j]) / chunks, c = (task - task0[j]) % chunks;
        const int64_t from = c * kTokens, to = std::min(q_lens[j], from + kTokens), past = k_lens[j] - q_lens[j];
        const int64_t n = past + to;  // positions the chunk's last token sees
        queries.clear();
        for (int64_t t = from; t < to; ++t)
          for (int64_t g = 0; g < group; ++g) queries.push_back(qkv + (first[j] + t) * qkv_width + (kvh * group + g) * dim);
        keys.resize(n);
        values.resize(n);
        const int32_t* table = tables + j * width;
        for (int64_t p = 0; p < n; ++p) {
          const int64_t row = (static_cast<int64_t>(table[p / block_size]) * block_size + p % block_size) * token_stride + kvh * dim;
          keys[p] = k_layer + row;
          values[p] = v_layer + row;
        }
        const int64_t count = static_cast<int64_t>(queries.size());
        scores.resize(count * n);
        sums.resize(count);
        result.resize(count * dim);
        bf16_scores(queries.data(), count, keys.data(), n, scale, scores.data());
        for (int64_t q = 0; q < count; ++q) {
          float* s = scores.data() + q * n;
          const int64_t seen = past + from + q / group + 1;  // its causal span
          sums[q] = exp_shifted(s, seen, largest(s, seen));
          std::fill(s + seen, s + n, 0.f);
        }
        bf16_weighted_values(scores.data(), count, values.data(), n, result.data(), dim);
        for (int64_t q = 0; q < count; ++q) {
          const int64_t t = from + q / group, head = kvh * group + q % group;
          float* o = out + (first[j] + t) * heads * dim + head * dim;
          const float inv = 1.f / sums[q];
          for (int64_t d = 0; d < dim; ++d) o[d] = result[q * dim + d] * inv;
        }
      }
    });
  }
};
#endif

}  // namespace

at::Tensor LayerStack::decode(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin,
                              const at::Tensor& k_cache, const at::Tensor& v_cache, const at::Tensor& slots,
                              const at::Tensor& block_tables, const at::Tensor& context_lens) const {
  const at::Tensor tables = block_tables.to(at::kInt).contiguous(), lens = context_lens.to(at::kInt).contiguous();
  const std::vector<SharedPrefix> prefixes = shared_prefixes(tables.data_ptr<int32_t>(), lens.data_ptr<int32_t>(),
                                                             lens.size(0), tables.size(1), k_cache.size(2));
  return run(x, cos, sin, k_cache, v_cache, slots, false, [&](int64_t l, const at::Tensor& qkv, at::Tensor& out) {
    if (k_cache.scalar_type() == at::kFloat)
      paged_attention<float>(l, qkv.data_ptr<float>(), out.data_ptr<float>(), k_cache, v_cache, tables, lens, prefixes);
    else
      paged_attention<BFloat16>(l, qkv.data_ptr<float>(), out.data_ptr<float>(), k_cache, v_cache, tables, lens,
                                prefixes);
  });
}

at::Tensor LayerStack::prefill(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin,
                               const at::Tensor& k_cache, const at::Tensor& v_cache, const at::Tensor& slots,
                               const at::Tensor& block_tables, const at::Tensor& cu_seqlens_q,
                               const at::Tensor& context_lens) const {
  const int64_t batch = cu_seqlens_q.size(0) - 1, block_size = k_cache.size(2);
  const at::Tensor cu = cu_seqlens_q.to(at::kLong).contiguous(), lens = context_lens.to(at::kLong).contiguous();
  std::vector<int64_t> first(batch), q_lens(batch), k_lens(batch);  // per sequence: its rows, its context
  for (int64_t j = 0; j < batch; ++j) {
    first[j] = cu.data_ptr<int64_t>()[j];
    q_lens[j] = cu.data_ptr<int64_t>()[j + 1] - first[j];
    k_lens[j] = lens.data_ptr<int64_t>()[j];
  }
#if defined(LOOPWRIGHT_BF16_ATTENTION)
  if (k_cache.scalar_type() == at::kBFloat16 && bf16_attention_serves(head_dim_)) {
    const at::Tensor tables = block_tables.to(at::kInt).contiguous();
    const Bf16Prefill attend{heads_, kv_heads_, head_dim_, scale_, first.data(), q_lens.data(), k_lens.data(),
                             tables.data_ptr<int32_t>(), batch, tables.size(1)};
    return run(x, cos, sin, k_cache, v_cache, slots, true, [&](int64_t l, const at::Tensor& qkv, at::Tensor& out) {
      attend(l, qkv.data_ptr<float>(), out.data_ptr<float>(), k_cache, v_cache);
    });
  }
#endif
  // SDPA: per sequence, once for all layers, which cache blocks hold it and its bottom-right
  // causal mask (none when the whole context is new: SDPA's own causal)
  std::vector<at::Tensor> blocks(batch);
  std::vector<std::optional<at::Tensor>> masks(batch);
  for (int64_t j = 0; j < batch; ++j) {
    blocks[j] = block_tables[j].narrow(0, 0, (k_lens[j] + block_size - 1) / block_size).to(at::kLong);
    if (q_lens[j] != k_lens[j])
      masks[j] = at::ones({q_lens[j], k_lens[j]}, x.options().dtype(at::kBool)).tril(k_lens[j] - q_lens[j]);
  }
  return run(x, cos, sin, k_cache, v_cache, slots, true, [&](int64_t l, const at::Tensor& qkv, at::Tensor& out) {
    for (int64_t j = 0; j < batch; ++j) {
      // [blocks, block_size, kv_heads, d] -> [1, kv_heads, k_len, d]
      auto gather = [&](const at::Tensor& cache) {
        return cache[l].index_select(0, blocks[j]).view({-1, kv_heads_, head_dim_}).narrow(0, 0, k_lens[j])
            .permute({1, 0, 2}).unsqueeze(0).to(at::kFloat);
      };
      const at::Tensor q = qkv.narrow(0, first[j], q_lens[j]).narrow(1, 0, heads_ * head_dim_)
                               .view({q_lens[j], heads_, head_dim_}).permute({1, 0, 2}).unsqueeze(0);
      const at::Tensor o = at::scaled_dot_product_attention(q, gather(k_cache), gather(v_cache), masks[j], 0.0,
                                                            !masks[j].has_value(), scale_, /*enable_gqa=*/true);
      out.narrow(0, first[j], q_lens[j]).view({q_lens[j], heads_, head_dim_}).copy_(o[0].permute({1, 0, 2}));
    }
  });
}

template <typename T>
void LayerStack::rotate_and_store(int64_t l, float* qkv, const at::Tensor& cos, const at::Tensor& sin,
                                  const at::Tensor& k_cache, const at::Tensor& v_cache,
                                  const at::Tensor& slots) const {
  const DecoderLayer& layer = layers_[l];
  const int64_t rows = slots.size(0), dim = head_dim_, qkv_width = (heads_ + 2 * kv_heads_) * dim;
  const int64_t token_stride = kv_heads_ * dim, layer_stride = k_cache.size(1) * k_cache.size(2) * token_stride;
  T* k_layer = k_cache.data_ptr<T>() + l * layer_stride;
  T* v_layer = v_cache.data_ptr<T>() + l * layer_stride;
  const int64_t* slot = slots.data_ptr<int64_t>();
  // q/k norms, RoPE and the cache write of each new token
  parallel_for(0, rows, 16, [&](int64_t r0, int64_t r1) {
    for (int64_t b = r0; b < r1; ++b) {
      float* row = qkv + b * qkv_width;
      for (int64_t head = 0; head < heads_ + kv_heads_; ++head) {
        float* x = row + head * dim;
        const auto& norm = head < heads_ ? layer.q_norm : layer.k_norm;
        if (norm) rms_norm(x, norm->data_ptr<float>(), x, 1, dim, eps_);
        rope(x, cos.data_ptr<float>() + b * dim, sin.data_ptr<float>() + b * dim, dim);
      }
      std::copy_n(row + heads_ * dim, token_stride, k_layer + slot[b] * token_stride);  // rounds to T
      std::copy_n(row + (heads_ + kv_heads_) * dim, token_stride, v_layer + slot[b] * token_stride);
    }
  });
}

template <typename T>
void LayerStack::paged_attention(int64_t l, const float* qkv, float* out, const at::Tensor& k_cache,
                                 const at::Tensor& v_cache, const at::Tensor& block_tables,
                                 const at::Tensor& context_lens, const std::vector<SharedPrefix>& prefixes) const {
  const int64_t batch = context_lens.size(0), dim = head_dim_, group = heads_ / kv_heads_;
  const int64_t qkv_width = (heads_ + 2 * kv_heads_) * dim;
  const int64_t block_size = k_cache.size(2), token_stride = kv_heads_ * dim;
  const int64_t layer_stride = k_cache.size(1) * block_size * token_stride;
  const T* k_layer = k_cache.data_ptr<T>() + l * layer_stride;
  const T* v_layer = v_cache.data_ptr<T>() + l * layer_stride;
  const int32_t* tables = block_tables.data_ptr<int32_t>();
  const int32_t* lens = context_lens.data_ptr<int32_t>();
  const int64_t table_width = block_tables.size(1);

  // Shared prefixes are read once for all their rows: a task per (prefix, KV head, 64
  // positions) scores every row's query heads against each K/V row it loads (32 rollouts of
  // one prompt read its 400 cached tokens once a layer, not 32 times). Each row's own tasks
  // start after its prefix.
  std::vector<int64_t> own_start(batch, 0), prefix_of(batch, -1);
  std::vector<int64_t> prefix_splits(prefixes.size()), prefix_task0(prefixes.size() + 1, 0);
  for (size_t p = 0; p < prefixes.size(); ++p) {
    for (int64_t b : prefixes[p].rows) own_start[b] = prefixes[p].len, prefix_of[b] = static_cast<int64_t>(p);
    prefix_splits[p] = (prefixes[p].len + kMinSharedTokens - 1) / kMinSharedTokens;
    prefix_task0[p + 1] = prefix_task0[p] + kv_heads_ * prefix_splits[p];
  }
  const int64_t max_prefix_splits = prefixes.empty() ? 0 : *std::max_element(prefix_splits.begin(), prefix_splits.end());

  // Row tasks are (sequence, KV head, split): the query heads of a group share each K/V row
  // read, and a context of 128 or more positions is split (up to 12 tasks in all, at least
  // 64 positions a split) so several threads work even at batch 1; the splits' partial
  // softmaxes are merged after (flash-decoding). The split never depends on the thread
  // count: the sums' order, so the logits, are the same on 1 thread or 16 (a Ray worker
  // with one CPU gives the driver's greedy tokens). Too little work stays on one thread.
  int64_t longest = 1, total_len = 0;
  for (int64_t b = 0; b < batch; ++b) longest = std::max<int64_t>(longest, lens[b] - own_start[b]), total_len += lens[b];
  const int64_t work = 2 * total_len * heads_ * dim;
  const int64_t splits = std::clamp<int64_t>((12 + batch * kv_heads_ - 1) / (batch * kv_heads_), 1,
                                             std::max<int64_t>(1, longest / 64));
  const int64_t part = group * (dim + 2);  // per split: group x [sum of p * v (dim), max, sum of p]
  const int64_t row_tasks = batch * kv_heads_ * splits, slots = splits + max_prefix_splits;
  std::vector<float> partials(batch * kv_heads_ * slots * part);  // [row, KV head, slot]: own splits, then prefix ones
  // heads of 64 over a bf16 cache: scores and weighted values in bf16 dot products where they run
  [[maybe_unused]] const bool bf16_products = std::is_same_v<T, BFloat16> && bf16_attention_serves(dim);
  // `count` queries against positions [first, last) of `table` (KV head kvh): per query its
  // weighted sum of V rows (dim), max score and sum of exp(score - max), at result + q * (dim + 2)
  auto attend = [&](const float* const* queries, int64_t count, const int32_t* table, int64_t kvh, int64_t first,
                    int64_t last, std::vector<float>& scores, float* result) {
    const int64_t n = std::max<int64_t>(0, last - first);
    scores.resize(count * n);
    float* s = scores.data();
    // these cache rows in order (one table lookup per block, not per token)
    auto for_each_row = [&](const T* cache, auto&& visit) {
      for (int64_t t = first; t < last;) {
        const int64_t offset = t % block_size, end = std::min(last, t - offset + block_size);
        const T* row = cache + (static_cast<int64_t>(table[t / block_size]) * block_size + offset) * token_stride;
        for (; t < end; ++t, row += token_stride) visit(t - first, row + kvh * dim);
      }
    };
#if defined(LOOPWRIGHT_BF16_ATTENTION)
    thread_local std::vector<const T*> value_rows;
    if constexpr (std::is_same_v<T, BFloat16>) {
      if (bf16_products) {  // the rows' addresses, then both products
        thread_local std::vector<const T*> key_rows;
        key_rows.clear();
        value_rows.clear();
        for_each_row(k_layer, [&](int64_t, const T* k) { key_rows.push_back(k); });
        for_each_row(v_layer, [&](int64_t, const T* v) { value_rows.push_back(v); });
        bf16_scores(queries, count, key_rows.data(), n, scale_, s);
      }
    }
    if (!bf16_products)
#endif
      for_each_row(k_layer, [&](int64_t i, const T* k) {
        for (int64_t q = 0; q < count; ++q) s[q * n + i] = dot(queries[q], k, dim) * scale_;
      });
    for (int64_t q = 0; q < count; ++q) {
      const float top = largest(s + q * n, n);
      result[q * (dim + 2) + dim] = top;
      result[q * (dim + 2) + dim + 1] = n ? exp_shifted(s + q * n, n, top) : 0.f;
    }
    int64_t d0 = 0;
#if defined(LOOPWRIGHT_BF16_ATTENTION)
    if constexpr (std::is_same_v<T, BFloat16>) {
      if (bf16_products) {
        bf16_weighted_values(s, count, value_rows.data(), n, result, dim + 2);
        return;
      }
    }
#endif
#ifdef LOOPWRIGHT_FP32_SIMD
    if (dim == 64 || dim == 128) {  // the head sizes of the Llama family: sums held in registers
      dim == 64 ? weighted_heads<64>(for_each_row, v_layer, s, n, count, result)
                : weighted_heads<128>(for_each_row, v_layer, s, n, count, result);
      d0 = dim;
    }
#endif
    for (int64_t q = 0; q < count; ++q) std::fill(result + q * (dim + 2) + d0, result + q * (dim + 2) + dim, 0.f);
    if (d0 < dim)
      for_each_row(v_layer, [&](int64_t i, const T* v) {
        for (int64_t q = 0; q < count; ++q)
          for (int64_t d = d0; d < dim; ++d) result[q * (dim + 2) + d] += s[q * n + i] * to_float(v[d]);
      });
  };
  auto query = [&](int64_t b, int64_t kvh, int64_t g) { return qkv + b * qkv_width + (kvh * group + g) * dim; };
  const int64_t tasks = row_tasks + prefix_task0.back();
  parallel_for(0, tasks, parallel_grain(tasks, work, 1), [&](int64_t t0, int64_t t1) {
    std::vector<float> scores, results;
    std::vector<const float*> queries;
    for (int64_t task = t0; task < t1; ++task) {
      if (task < row_tasks) {
        const int64_t b = task / (kv_heads_ * splits), kvh = task / splits % kv_heads_, split = task % splits;
        const int64_t len = lens[b] - own_start[b], chunk = (len + splits - 1) / splits;
        const int64_t first = own_start[b] + split * chunk, last = std::min<int64_t>(lens[b], first + chunk);
        queries.clear();
        for (int64_t g = 0; g < group; ++g) queries.push_back(query(b, kvh, g));
        attend(queries.data(), group, tables + b * table_width, kvh, first, last, scores,
               partials.data() + ((b * kv_heads_ + kvh) * slots + split) * part);
        continue;
      }
      const int64_t index = task - row_tasks;
      const int64_t p = std::upper_bound(prefix_task0.begin(), prefix_task0.end(), index) - prefix_task0.begin() - 1;
      const SharedPrefix& prefix = prefixes[p];
      const int64_t kvh = (index - prefix_task0[p]) / prefix_splits[p], split = (index - prefix_task0[p]) % prefix_splits[p];
      const int64_t first = split * kMinSharedTokens, last = std::min(prefix.len, first + kMinSharedTokens);
      queries.clear();
      for (int64_t b : prefix.rows)
        for (int64_t g = 0; g < group; ++g) queries.push_back(query(b, kvh, g));
      results.resize(queries.size() * (dim + 2));
      attend(queries.data(), static_cast<int64_t>(queries.size()), tables + prefix.rows[0] * table_width, kvh, first,
             last, scores, results.data());
      for (size_t r = 0; r < prefix.rows.size(); ++r)
        std::copy_n(results.data() + r * part, part,
                    partials.data() + ((prefix.rows[r] * kv_heads_ + kvh) * slots + splits + split) * part);
    }
  });

  // merge each query head's parts (own splits, then its prefix's): rescale by exp(max_part - max), normalise
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t kvh = 0; kvh < kv_heads_; ++kvh)
      for (int64_t g = 0; g < group; ++g) {
        const float* first = partials.data() + (b * kv_heads_ + kvh) * slots * part + g * (dim + 2);
        const int64_t used = splits + (prefix_of[b] >= 0 ? prefix_splits[prefix_of[b]] : 0);
        float top = -std::numeric_limits<float>::infinity(), total = 0.f;
        for (int64_t sp = 0; sp < used; ++sp)
          if (first[sp * part + dim + 1] != 0.f) top = std::max(top, first[sp * part + dim]);
        float* o = out + b * heads_ * dim + (kvh * group + g) * dim;
        std::fill_n(o, dim, 0.f);
        for (int64_t sp = 0; sp < used; ++sp) {
          const float* r = first + sp * part;
          if (r[dim + 1] == 0.f) continue;  // an empty split
          const float weight = std::exp(r[dim] - top);
          total += r[dim + 1] * weight;
          for (int64_t d = 0; d < dim; ++d) o[d] += r[d] * weight;
        }
        for (int64_t d = 0; d < dim; ++d) o[d] /= total;
      }
}

}  // namespace loopwright
