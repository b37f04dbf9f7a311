// Attention's two products by AVX512-BF16 `vdpbf16ps`, for heads of 64 over a bfloat16 KV cache,
// on CPUs with AVX512-BF16 and no AMX tiles (Zen 4 on): the same two functions as
// attention_amx.cpp, called by layer_stack.cpp's paged attention (decode tasks: a row's KV head and
// split, or a shared prefix's 64 positions) and by its prefill (16 new tokens a task), which keeps
// the softmax itself. The fp32 loops they replace converted every key row for each query and
// summed each dot product across its lanes; a shared prefix's task scores ~100 queries against
// each key row it loads.
//
// `vdpbf16ps` adds, per fp32 lane, the products of a pair of bf16 from each operand. Scores: 16
// positions' keys transposed to [32 dim pairs][16 positions] (a lane per position), each query's
// dim pair broadcast: 32 instructions per query and 16 positions, no horizontal sum. Values: the
// V rows of two positions interleaved to [position pair][64 dims][2] (a lane per dim), each
// query's two weights broadcast: 4 instructions per query and position pair.
//
// Precision, as on the tiles: keys and values are bf16 in the cache already; queries and softmax
// weights go in as two bf16 terms each (hi + lo, ~16 significant bits), hi and lo summed in lanes
// of their own. Every score and output is summed in one order whatever the number of queries or
// positions beside it, so a row's result does not depend on its batch.
#include "bf16_vectors.h"

#if defined(LOOPWRIGHT_BF16_PANELS)

#include <algorithm>
#include <type_traits>
#include <vector>

namespace loopwright {

namespace {

using bf16::broadcast_pair;
using bf16::first_lanes;
using bf16::prefetch_rows;
using bf16::scratch;
using bf16::split_bf16;
using bf16::transpose16;

constexpr int64_t kDim = 64;               // the head size served
constexpr int64_t kPairs = kDim / 2;       // bf16 pairs of a head
constexpr int64_t kLanes = 16;             // fp32 lanes of a register
constexpr int kScoreQueries = 8;           // queries a score block keeps in registers (hi and lo: 16)
constexpr int kValueQueries = 4;           // queries a value block keeps in registers (4 x 4 dim groups)

inline __m512bh pair_bits(__m512i v) { return reinterpret_cast<__m512bh>(v); }

// block(first, std::integral_constant<int, Q>) over [0, count) in blocks of Max queries, the last smaller.
template <int Q, typename Block>
void last_block(int64_t first, int64_t left, Block& block) {
  if constexpr (Q > 0) {
    if (left == Q) return block(first, std::integral_constant<int, Q>{});
    last_block<Q - 1>(first, left, block);
  }
}
template <int Max, typename Block>
void query_blocks(int64_t count, Block&& block) {
  int64_t q = 0;
  for (; q + Max <= count; q += Max) block(q, std::integral_constant<int, Max>{});
  last_block<Max - 1>(q, count - q, block);
}

// Q queries' scores against 16 positions (keys [kPairs][16 lanes]); queries as [q][hi kPairs, lo kPairs].
template <int Q>
inline void score_block(const uint32_t* queries, const __m512i* keys, float scale, __mmask16 positions,
                        float* scores, int64_t n) {
  __m512 hi[Q], lo[Q];
  for (int q = 0; q < Q; ++q) hi[q] = lo[q] = _mm512_setzero_ps();
  for (int64_t j = 0; j < kPairs; ++j) {
    const __m512bh k = pair_bits(_mm512_load_si512(keys + j));
#pragma GCC unroll 8
    for (int q = 0; q < Q; ++q) {
      hi[q] = _mm512_dpbf16_ps(hi[q], broadcast_pair(queries[q * 2 * kPairs + j]), k);
      lo[q] = _mm512_dpbf16_ps(lo[q], broadcast_pair(queries[q * 2 * kPairs + kPairs + j]), k);
    }
  }
  const __m512 s = _mm512_set1_ps(scale);
  for (int q = 0; q < Q; ++q) _mm512_mask_storeu_ps(scores + q * n, positions, _mm512_mul_ps(_mm512_add_ps(hi[q], lo[q]), s));
}

// Q queries' weighted sums over `pairs` position pairs (values [pair][4 dim groups][16 lanes]);
// weights as [q][hi pairs, lo pairs].
template <int Q>
inline void value_block(const uint32_t* weights, int64_t pairs, const __m512i* values, float* out, int64_t out_stride) {
  __m512 acc[Q][4];
  for (int q = 0; q < Q; ++q)
    for (int d = 0; d < 4; ++d) acc[q][d] = _mm512_setzero_ps();
  for (int64_t i = 0; i < pairs; ++i) {
    const __m512i* v = values + 4 * i;
    const __m512bh v0 = pair_bits(_mm512_load_si512(v)), v1 = pair_bits(_mm512_load_si512(v + 1));
    const __m512bh v2 = pair_bits(_mm512_load_si512(v + 2)), v3 = pair_bits(_mm512_load_si512(v + 3));
#pragma GCC unroll 4
    for (int q = 0; q < Q; ++q)
      for (int64_t term = 0; term < 2; ++term) {  // hi, then lo
        const __m512bh w = broadcast_pair(weights[(2 * q + term) * pairs + i]);
        acc[q][0] = _mm512_dpbf16_ps(acc[q][0], w, v0);
        acc[q][1] = _mm512_dpbf16_ps(acc[q][1], w, v1);
        acc[q][2] = _mm512_dpbf16_ps(acc[q][2], w, v2);
        acc[q][3] = _mm512_dpbf16_ps(acc[q][3], w, v3);
      }
  }
  for (int q = 0; q < Q; ++q)
    for (int d = 0; d < 4; ++d) _mm512_storeu_ps(out + q * out_stride + d * kLanes, acc[q][d]);
}

}  // namespace

bool bf16_attention_serves(int64_t head_dim) { return head_dim == kDim; }

void bf16_scores(const float* const* queries, int64_t count, const c10::BFloat16* const* keys, int64_t n, float scale,
                 float* scores) {
  // queries as bf16 pairs: [query][hi kPairs, lo kPairs]
  thread_local std::vector<uint32_t> query_buffer;
  uint32_t* q_pairs = scratch(query_buffer, count * 2 * kPairs);
  for (int64_t q = 0; q < count; ++q)
    for (int64_t half = 0; half < 2; ++half) {  // dims 0-31, 32-63
      const float* x = queries[q] + 32 * half;
      __m512i hi, lo;
      split_bf16(_mm512_loadu_ps(x), _mm512_loadu_ps(x + 16), hi, lo);
      _mm512_storeu_si512(q_pairs + q * 2 * kPairs + 16 * half, hi);
      _mm512_storeu_si512(q_pairs + q * 2 * kPairs + kPairs + 16 * half, lo);
    }
  alignas(64) __m512i k_pairs[kPairs];  // [dim pair][16 positions]
  for (int64_t p0 = 0; p0 < n; p0 += kLanes) {
    const int64_t rows = std::min<int64_t>(kLanes, n - p0);
    prefetch_rows(keys + p0 + kLanes, std::min<int64_t>(kLanes, n - p0 - kLanes));
    for (int64_t half = 0; half < 2; ++half) {
      __m512i* r = k_pairs + 16 * half;
      for (int64_t i = 0; i < kLanes; ++i)
        r[i] = i < rows ? _mm512_loadu_si512(keys[p0 + i] + 32 * half) : _mm512_setzero_si512();
      transpose16(r);
    }
    const __mmask16 positions = first_lanes(rows);
    query_blocks<kScoreQueries>(count, [&](int64_t q, auto block) {
      score_block<decltype(block)::value>(q_pairs + q * 2 * kPairs, k_pairs, scale, positions, scores + q * n + p0, n);
    });
  }
}

void bf16_weighted_values(const float* weights, int64_t count, const c10::BFloat16* const* values, int64_t n,
                          float* out, int64_t out_stride) {
  const int64_t pairs = (n + 1) / 2;
  // values as [position pair][4 dim groups][16 dims][2]; a missing last position zero
  thread_local std::vector<__m512i> value_buffer;
  __m512i* v_pairs = scratch(value_buffer, 4 * pairs);
  alignas(64) uint16_t interleave[32];  // a[0], b[0], a[1], b[1], ... a[15], b[15] (b's elements are 32 on)
  for (uint16_t j = 0; j < 16; ++j) interleave[2 * j] = j, interleave[2 * j + 1] = 32 + j;
  const __m512i low_dims = _mm512_load_si512(interleave);
  const __m512i high_dims = _mm512_add_epi16(low_dims, _mm512_set1_epi16(16));
  for (int64_t i = 0; i < pairs; ++i) {
    const int64_t p = 2 * i;
    if (i % 8 == 0) prefetch_rows(values + p + 16, std::min<int64_t>(16, n - p - 16));
    for (int64_t half = 0; half < 2; ++half) {  // dims 0-31, 32-63
      const __m512i a = _mm512_loadu_si512(values[p] + 32 * half);
      const __m512i b = p + 1 < n ? _mm512_loadu_si512(values[p + 1] + 32 * half) : _mm512_setzero_si512();
      _mm512_storeu_si512(v_pairs + 4 * i + 2 * half, _mm512_permutex2var_epi16(a, low_dims, b));
      _mm512_storeu_si512(v_pairs + 4 * i + 2 * half + 1, _mm512_permutex2var_epi16(a, high_dims, b));
    }
  }
  // weights as bf16 pairs of positions: [query][hi pairs, lo pairs]; a missing last position zero
  thread_local std::vector<uint32_t> weight_buffer;
  uint32_t* w_pairs = scratch(weight_buffer, count * 2 * pairs);
  for (int64_t q = 0; q < count; ++q)
    for (int64_t p = 0; p < n; p += 32) {
      const int64_t left = n - p;
      __m512i hi, lo;
      split_bf16(_mm512_maskz_loadu_ps(first_lanes(left), weights + q * n + p),
                 _mm512_maskz_loadu_ps(first_lanes(left - 16), weights + q * n + p + 16), hi, lo);
      const __mmask16 stored = first_lanes((std::min<int64_t>(left, 32) + 1) / 2);
      _mm512_mask_storeu_epi32(w_pairs + 2 * q * pairs + p / 2, stored, hi);
      _mm512_mask_storeu_epi32(w_pairs + (2 * q + 1) * pairs + p / 2, stored, lo);
    }
  query_blocks<kValueQueries>(count, [&](int64_t q, auto block) {
    value_block<decltype(block)::value>(w_pairs + 2 * q * pairs, pairs, v_pairs, out + q * out_stride, out_stride);
  });
}

}  // namespace loopwright

#elif !defined(LOOPWRIGHT_BF16_ATTENTION)

namespace loopwright {

bool bf16_attention_serves(int64_t) { return false; }

}  // namespace loopwright

#endif
