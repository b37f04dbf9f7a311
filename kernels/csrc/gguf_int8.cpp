// Matmul of int8-coded activations against GGUF blocks: y[m, n] ~= sum_k x[m, k] * w[n, k], the
// fast decode path.
//
// As llama.cpp's Q8_1 activations, each activation row is coded per block of 32 with one fp32
// scale d = max|x| / 127 and int8 codes p = round(x / d); unlike them, the rounding residual is
// coded too, r = round(128 (x / d - p)), so x ~= u (128 p + r) with u = d / 128 and an error of
// at most u / 2 (p alone errs by up to 64 u: on SmolLM2-135M that flipped the top-1 token at 3%
// of positions, this flips none; see tests/models/test_int8_quality.py). A weight block then
// costs two integer dot products and one FMA instead of 32 de-quantizing FMAs:
//   Q4_1 (w = d_w q + m, q in 0..15):  sum_j w_j x_j ~= d_w u (128 <q, p> + <q, r>) + m s
//   Q8_0 (w = d_w q, q in -128..127):  sum_j w_j x_j ~= d_w u (128 <q, p> + <q, r>)
// with s = u sum_j (128 p_j + r_j) kept per block. The dot products are exact in int32:
// vpmaddubsw + vpmaddwd on AVX2, vpdpbusd on AVX-512 VNNI (unsigned bytes times signed bytes;
// Q8_0 moves its signs onto p and r first), plain loops in the portable build. The weight
// bytes read are those of the exact path (gguf_matmul.cpp), which stays the reference.
#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "gguf_blocks.h"

#if defined(LOOPWRIGHT_VNNI) || defined(LOOPWRIGHT_AVX2)
#include <immintrin.h>
#endif

namespace {

using loopwright::kBlockWeights;
using loopwright::Packed;
constexpr int kRowsPerTile = 4;      // activation rows sharing each unpacked weight block
constexpr int64_t kChunkRows = 64;   // output rows whose blocks stay in cache while every row group passes

// -- the instruction set: `kStep` blocks per step as bytes, int32 sums and float lanes; `u` is
// unsigned (weight codes or their magnitudes), `p` and `r` signed (activation codes, residuals) --

#if defined(LOOPWRIGHT_VNNI)
// 512 bits hold two blocks: lanes 0-7 of the sums belong to the first, 8-15 to the second.
// A last odd block is loaded alone, zero-extended (zero codes add nothing).
constexpr int kStep = 2;
using Bytes = __m512i;
using Sums = __m512i;
using Floats = __m512;

inline Bytes load_bytes(const void* p, int count) {
  return count == 2 ? _mm512_loadu_si512(p)
                    : _mm512_zextsi256_si512(_mm256_loadu_si256(static_cast<const __m256i*>(p)));
}
// Q4_1 nibbles as one byte a weight: low nibbles are weights 0-15 of a block, high ones 16-31.
inline Bytes nibbles(const uint8_t* codes, int count) {
  const __m256i raw = count == 2 ? _mm256_loadu_si256(reinterpret_cast<const __m256i*>(codes))
                                 : _mm256_zextsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(codes)));
  const __m256i mask = _mm256_set1_epi8(0x0F);
  const __m256i lo = _mm256_and_si256(raw, mask), hi = _mm256_and_si256(_mm256_srli_epi16(raw, 4), mask);
  // [lo b, lo b+1, hi b, hi b+1] -> [lo b, hi b, lo b+1, hi b+1] (128-bit lanes)
  const __m512i both = _mm512_inserti64x4(_mm512_castsi256_si512(lo), hi, 1);
  return _mm512_shuffle_i64x2(both, both, _MM_SHUFFLE(3, 1, 2, 0));
}
inline Bytes magnitudes(Bytes w) { return _mm512_abs_epi8(w); }
inline Bytes with_signs_of(Bytes x, Bytes w) {  // -x where w < 0, so |w| * that = w * x
  return _mm512_mask_sub_epi8(x, _mm512_movepi8_mask(w), _mm512_setzero_si512(), x);
}
// 128 <u, p> + <u, r> in groups of 4 bytes (at most 4 * 128 * 127 * 129: no overflow)
inline Sums coded_dot(Bytes u, Bytes p, Bytes r) {
  return _mm512_dpbusd_epi32(_mm512_slli_epi32(_mm512_dpbusd_epi32(_mm512_setzero_si512(), u, p), 7), u, r);
}
constexpr int kUnitLanes = 8;  // a block's activation unit over its 8 lanes: a step's units are one load
using Scales = __m512;
inline Floats zeros() { return _mm512_setzero_ps(); }
// a weight row's scales d_w in the lanes of their blocks, once per step for every activation row
inline Scales weight_scales(const float* w_scales, int count) {
  const __m512 first = _mm512_set1_ps(w_scales[0]);
  return count == 2 ? _mm512_mask_blend_ps(0xFF00, first, _mm512_set1_ps(w_scales[1])) : first;
}
// acc + sums * d_w u, each block's lanes by its own scales (a lone block's upper lanes: u = 0)
inline Floats scaled_add(Sums sums, Scales w, const float* x_units, int count, Floats acc) {
  const __m512 u = count == 2 ? _mm512_loadu_ps(x_units) : _mm512_maskz_loadu_ps(0x00FF, x_units);
  return _mm512_fmadd_ps(_mm512_cvtepi32_ps(sums), _mm512_mul_ps(w, u), acc);
}
inline float total(Floats v) { return _mm512_reduce_add_ps(v); }

#elif defined(LOOPWRIGHT_AVX2)
// 256 bits hold one block.
constexpr int kStep = 1;
using Bytes = __m256i;
using Sums = __m256i;
using Floats = __m256;

inline Bytes load_bytes(const void* p, int) { return _mm256_loadu_si256(static_cast<const __m256i*>(p)); }
inline Bytes nibbles(const uint8_t* codes, int) {
  const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i*>(codes));
  return _mm256_and_si256(_mm256_set_m128i(_mm_srli_epi16(raw, 4), raw), _mm256_set1_epi8(0x0F));
}
inline Bytes magnitudes(Bytes w) { return _mm256_sign_epi8(w, w); }
inline Bytes with_signs_of(Bytes x, Bytes w) { return _mm256_sign_epi8(x, w); }
// 128 <u, p> + <u, r>: pairs of u8 * s8 to int16 (at most 2 * 128 * 127: never saturates),
// then pairs of those to int32, the codes' weighted 128
inline Sums coded_dot(Bytes u, Bytes p, Bytes r) {
  return _mm256_add_epi32(_mm256_madd_epi16(_mm256_maddubs_epi16(u, p), _mm256_set1_epi16(128)),
                          _mm256_madd_epi16(_mm256_maddubs_epi16(u, r), _mm256_set1_epi16(1)));
}
constexpr int kUnitLanes = 1;
using Scales = __m256;
inline Floats zeros() { return _mm256_setzero_ps(); }
inline Scales weight_scales(const float* w_scales, int) { return _mm256_set1_ps(w_scales[0]); }
inline Floats scaled_add(Sums sums, Scales w, const float* x_units, int, Floats acc) {
  return _mm256_fmadd_ps(_mm256_cvtepi32_ps(sums), _mm256_mul_ps(w, _mm256_broadcast_ss(x_units)), acc);
}
inline float total(Floats v) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  return _mm_cvtss_f32(_mm_add_ss(s, _mm_movehdup_ps(s)));
}

#else
// Plain loops: one block of bytes widened to int16 (signed or unsigned, as loaded).
constexpr int kStep = 1;
struct Bytes {
  int16_t v[kBlockWeights];
};
using Sums = int32_t;
using Floats = float;

inline Bytes load_bytes(const void* p, int) {
  Bytes out;
  for (int j = 0; j < kBlockWeights; ++j) out.v[j] = static_cast<const int8_t*>(p)[j];
  return out;
}
inline Bytes nibbles(const uint8_t* codes, int) {
  Bytes out;
  for (int j = 0; j < 16; ++j) {
    out.v[j] = codes[j] & 0x0F;
    out.v[j + 16] = codes[j] >> 4;
  }
  return out;
}
inline Bytes magnitudes(Bytes w) {
  for (auto& v : w.v) v = static_cast<int16_t>(std::abs(v));
  return w;
}
inline Bytes with_signs_of(Bytes x, Bytes w) {
  for (int j = 0; j < kBlockWeights; ++j) x.v[j] = static_cast<int16_t>(w.v[j] < 0 ? -x.v[j] : x.v[j]);
  return x;
}
inline Sums coded_dot(const Bytes& u, const Bytes& p, const Bytes& r) {
  int32_t sum = 0;
  for (int j = 0; j < kBlockWeights; ++j) sum += u.v[j] * (128 * p.v[j] + r.v[j]);
  return sum;
}
constexpr int kUnitLanes = 1;
using Scales = float;
inline Floats zeros() { return 0.f; }
inline Scales weight_scales(const float* w_scales, int) { return w_scales[0]; }
inline Floats scaled_add(Sums sums, Scales w, const float* x_units, int, Floats acc) {
  return acc + static_cast<float>(sums) * (w * x_units[0]);
}
inline float total(Floats v) { return v; }
#endif

// Activation rows coded per block of 32: x ~= unit * (128 * code + residual).
struct Int8Rows {
  std::vector<int8_t> codes;      // [rows, k] round(x / d), d = max|x| / 127 of the block
  std::vector<int8_t> residuals;  // [rows, k] round(128 * (x / d - code)), in -64..64
  std::vector<float> units;       // [rows, blocks, kUnitLanes] d / 128, repeated over the lanes its block's sums fill
  std::vector<float> sums;        // [rows, blocks] unit * sum of (128 * code + residual): what a Q4_1 minimum multiplies
  int64_t blocks;                 // per row
};

// Rounds to nearest (ties to even) the same way in every build, so every build sees the same codes.
Int8Rows quantize_rows(const float* x, int64_t rows, int64_t k) {
  const int64_t blocks = k / kBlockWeights;
  Int8Rows out{std::vector<int8_t>(rows * k), std::vector<int8_t>(rows * k),
               std::vector<float>(rows * blocks * kUnitLanes), std::vector<float>(rows * blocks), blocks};
  for (int64_t b = 0; b < rows * blocks; ++b) {
    const float* xb = x + b * kBlockWeights;
    int8_t* pb = out.codes.data() + b * kBlockWeights;
    int8_t* rb = out.residuals.data() + b * kBlockWeights;
    float amax = 0.f;
    for (int j = 0; j < kBlockWeights; ++j) amax = std::max(amax, std::fabs(xb[j]));
    const float d = amax / 127.f, inverse = d > 0.f ? 1.f / d : 0.f;
    int32_t sum = 0;
    for (int j = 0; j < kBlockWeights; ++j) {
      const float v = xb[j] * inverse, p = std::nearbyint(v);
      pb[j] = static_cast<int8_t>(p);
      rb[j] = static_cast<int8_t>(std::nearbyint((v - p) * 128.f));
      sum += 128 * pb[j] + rb[j];
    }
    const float unit = d / 128.f;
    std::fill_n(out.units.data() + b * kUnitLanes, kUnitLanes, unit);
    out.sums[b] = unit * static_cast<float>(sum);
  }
  return out;
}

// -- block kinds: unpack `count` blocks of weight codes once, then dot them with each activation row

struct Q41 {
  static constexpr int64_t kCodeBytes = loopwright::code_bytes(loopwright::kQ4_1);
  using Unpacked = Bytes;
  static Unpacked unpack(const uint8_t* codes, int count) { return nibbles(codes, count); }
  static Sums dot(const Unpacked& w, Bytes p, Bytes r) { return coded_dot(w, p, r); }
};

struct Q80 {
  static constexpr int64_t kCodeBytes = loopwright::code_bytes(loopwright::kQ8_0);
  struct Unpacked {
    Bytes magnitude, sign;
  };
  static Unpacked unpack(const uint8_t* codes, int count) {
    const Bytes w = load_bytes(codes, count);
    return {magnitudes(w), w};
  }
  static Sums dot(const Unpacked& w, Bytes p, Bytes r) {
    return coded_dot(w.magnitude, with_signs_of(p, w.sign), with_signs_of(r, w.sign));
  }
};

// sum_b mins[b] * sums[b]: the Q4_1 minimums' share of one output (`omp simd` vectorises the sum)
inline float min_term(const float* mins, const float* sums, int64_t blocks) {
  float result = 0.f;
#pragma omp simd reduction(+ : result)
  for (int64_t b = 0; b < blocks; ++b) result += mins[b] * sums[b];
  return result;
}

// `Cols` output rows from row `i` against `Rows` activation rows from `m0`: y[r, c] = <x[m0 + r], w[i + c]>.
// Each weight block is unpacked once for all rows; Cols independent sums per row keep the FMA units busy.
template <typename Q, int Rows, int Cols>
inline void dot_tile(const Packed& w, int64_t i, const Int8Rows& x, int64_t m0, float* y, int64_t y_stride) {
  const int64_t blocks = w.blocks, code_stride = blocks * Q::kCodeBytes;
  const uint8_t* codes = w.codes + i * code_stride;
  const float* w_scales = w.scales + i * blocks;
  const int8_t* x_codes = x.codes.data() + m0 * blocks * kBlockWeights;
  const int8_t* x_residuals = x.residuals.data() + m0 * blocks * kBlockWeights;
  const float* x_units = x.units.data() + m0 * blocks * kUnitLanes;
  Floats acc[Cols][Rows];
  for (int c = 0; c < Cols; ++c)
    for (int r = 0; r < Rows; ++r) acc[c][r] = zeros();
  for (int64_t b = 0; b < blocks; b += kStep) {
    const int count = static_cast<int>(std::min<int64_t>(kStep, blocks - b));
    // the next tile's codes: a row's few hundred bytes are too short a stream for the hardware
    // prefetchers (one Zen 3 core: 17 -> 12 ms for a SmolLM2-135M token's matmuls)
    for (int c = 0; c < Cols; ++c) __builtin_prefetch(codes + (c + Cols) * code_stride + b * Q::kCodeBytes);
    typename Q::Unpacked wb[Cols];
    Scales ws[Cols];
    for (int c = 0; c < Cols; ++c) {
      wb[c] = Q::unpack(codes + c * code_stride + b * Q::kCodeBytes, count);
      ws[c] = weight_scales(w_scales + c * blocks + b, count);
    }
    for (int r = 0; r < Rows; ++r) {
      const Bytes xp = load_bytes(x_codes + (r * blocks + b) * kBlockWeights, count);
      const Bytes xr = load_bytes(x_residuals + (r * blocks + b) * kBlockWeights, count);
      for (int c = 0; c < Cols; ++c)
        acc[c][r] = scaled_add(Q::dot(wb[c], xp, xr), ws[c], x_units + (r * blocks + b) * kUnitLanes, count,
                               acc[c][r]);
    }
  }
  for (int c = 0; c < Cols; ++c)
    for (int r = 0; r < Rows; ++r) {
      const float offset = w.mins ? min_term(w.mins + (i + c) * blocks, x.sums.data() + (m0 + r) * blocks, blocks)
                                  : 0.f;
      y[r * y_stride + c] = total(acc[c][r]) + offset;
    }
}

// Output rows [n0, n1) against activation rows [m0, m0 + Rows).
template <typename Q, int Rows>
void tile(const Packed& w, const Int8Rows& x, float* y, int64_t n0, int64_t n1, int64_t m0, int64_t n) {
  constexpr int Cols = Rows == 1 ? 4 : Rows == 2 ? 2 : 1;  // within the 16 vector registers of AVX2
  float* ym = y + m0 * n;
  int64_t i = n0;
  for (; i + Cols <= n1; i += Cols) dot_tile<Q, Rows, Cols>(w, i, x, m0, ym + i, n);
  for (; i < n1; ++i) dot_tile<Q, Rows, 1>(w, i, x, m0, ym + i, n);
}

template <typename Q>
void tile_any(int rows, const Packed& w, const Int8Rows& x, float* y, int64_t n0, int64_t n1, int64_t m0,
              int64_t n) {
  switch (rows) {
    case 1: return tile<Q, 1>(w, x, y, n0, n1, m0, n);
    case 2: return tile<Q, 2>(w, x, y, n0, n1, m0, n);
    case 3: return tile<Q, 3>(w, x, y, n0, n1, m0, n);
    default: return tile<Q, 4>(w, x, y, n0, n1, m0, n);
  }
}

template <typename Q>
at::Tensor matmul(const at::Tensor& x, const loopwright::QuantizedWeight& weight) {
  const int64_t m = x.size(0), k = x.size(1), n = weight.codes.size(0);
  const Packed w = loopwright::packed(weight, k);
  const at::Tensor xc = x.contiguous();
  const Int8Rows xq = quantize_rows(xc.data_ptr<float>(), m, k);
  at::Tensor y = at::empty({m, n}, x.options());
  float* yp = y.data_ptr<float>();
  // output rows split over the threads, as the exact path; each chunk's blocks serve every row group
  loopwright::parallel_for(0, n, loopwright::parallel_grain(n, m * n * k, 16), [&](int64_t n0, int64_t n1) {
    for (int64_t c0 = n0; c0 < n1; c0 += kChunkRows)
      for (int64_t m0 = 0; m0 < m; m0 += kRowsPerTile)
        tile_any<Q>(static_cast<int>(std::min<int64_t>(kRowsPerTile, m - m0)), w, xq, yp, c0,
                    std::min(n1, c0 + kChunkRows), m0, n);
  });
  return y;
}

}  // namespace

namespace loopwright {

at::Tensor gguf_matmul_int8(const at::Tensor& x, const QuantizedWeight& weight) {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat, "x must be [rows, in_features] float32");
  return weight.kind == kQ4_1 ? matmul<Q41>(x, weight) : matmul<Q80>(x, weight);
}

}  // namespace loopwright
