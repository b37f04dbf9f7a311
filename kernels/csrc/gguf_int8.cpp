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
// Q8_0 moves its signs onto p and r first), plain loops in the portable build. The weights'
// scales and minimums are read as the file stores them, float16 (the exact path, gguf_matmul.cpp,
// the reference, reads them widened), and the minimums' share m s is summed in the output's
// vector before its one horizontal sum: single-stream decoding on the 2-core EPYC went from
// 4.9 to 4.2 ms a token's layer matmuls with these and the VNNI build's paired Q4_1 halves.
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
using loopwright::Int8Rows;
using loopwright::Packed;
using loopwright::quantize_rows;
constexpr int kRowsPerTile = 4;      // activation rows sharing each unpacked weight block
constexpr int64_t kChunkRows = 64;   // output rows whose blocks stay in cache while every row group passes

// sum_b mins[b] * sums[b]: the Q4_1 minimums' share of one output, where a build adds it
// after the horizontal sum (`omp simd` vectorises it)
inline float min_term(const float* mins, const float* sums, int64_t blocks) {
  float result = 0.f;
#pragma omp simd reduction(+ : result)
  for (int64_t b = 0; b < blocks; ++b) result += mins[b] * sums[b];
  return result;
}

// -- the instruction set: `kStep` blocks per step as bytes, int32 sums and float lanes; `u` is
// unsigned (weight codes or their magnitudes), `p` and `r` signed (activation codes, residuals) --

#if defined(LOOPWRIGHT_VNNI)
// 512 bits hold two blocks. Q8_0 and the activations against it keep the file's order: lanes 0-7
// of the sums belong to the first block, 8-15 to the second. Q4_1 interleaves the halves of its
// two blocks, [first 0-15, second 0-15, first 16-31, second 16-31] (`kPairedHalves`): that is
// the order its nibbles unpack in with one shift of the upper 256 bits, and the activations
// against it are stored in it (`quantize_rows`): three instructions a step instead of six, on
// the path single-stream decoding spends most of its time in. A last odd block is loaded alone,
// zero-extended (zero codes add nothing), in the same lanes as a pair's first block.
constexpr int kStep = 2;
constexpr bool kPairedHalves = true;
using Bytes = __m512i;
using Sums = __m512i;
using Floats = __m512;

inline Bytes load_bytes(const void* p, int count) {
  return count == 2 ? _mm512_loadu_si512(p)
                    : _mm512_zextsi256_si512(_mm256_loadu_si256(static_cast<const __m256i*>(p)));
}
// A lone block stored in the file's order, moved to the paired lanes: [0-15, 0, 16-31, 0].
inline Bytes load_paired_bytes(const void* p, int count) {
  if (count == 2) return _mm512_loadu_si512(p);
  const __m128i* halves = static_cast<const __m128i*>(p);
  return _mm512_inserti32x4(_mm512_zextsi128_si512(_mm_loadu_si128(halves)), _mm_loadu_si128(halves + 1), 2);
}
// Q4_1 nibbles as one byte a weight, in the paired order: the codes' 16 or 32 bytes in both
// 256-bit halves, the upper half shifted down a nibble, then the low nibble of every byte.
inline Bytes nibbles(const uint8_t* codes, int count) {
  const __m256i raw = count == 2 ? _mm256_loadu_si256(reinterpret_cast<const __m256i*>(codes))
                                 : _mm256_zextsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(codes)));
  const __m512i both = _mm512_broadcast_i64x4(raw);
  return _mm512_and_si512(_mm512_mask_srli_epi16(both, 0xFFFF0000u, both, 4), _mm512_set1_epi8(0x0F));
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
template <bool Paired>
inline Scales weight_scales(const float* w_scales, int count) {
  const __m512 first = _mm512_set1_ps(w_scales[0]);
  return count == 2 ? _mm512_mask_blend_ps(Paired ? 0xF0F0 : 0xFF00, first, _mm512_set1_ps(w_scales[1])) : first;
}
// acc + sums * d_w u, each block's lanes by its own scales (a lone block's 8 units fill both
// halves: its sums are zero in the lanes it does not use)
inline Floats scaled_add(Sums sums, Scales w, const float* x_units, int count, Floats acc) {
  const __m512 u = count == 2 ? _mm512_loadu_ps(x_units)
                              : _mm512_castpd_ps(_mm512_broadcast_f64x4(_mm256_loadu_pd(reinterpret_cast<const double*>(x_units))));
  return _mm512_fmadd_ps(_mm512_cvtepi32_ps(sums), _mm512_mul_ps(w, u), acc);
}
// out[0, kHalfLanes) = h[0, kHalfLanes) as float32 (`widen_halves`)
constexpr int kHalfLanes = 16;
inline void widen_lanes(const at::Half* h, float* out) {
  _mm512_storeu_ps(out, _mm512_cvtph_ps(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(h))));
}
// acc + a[j] * b[j] for j < n in acc's lanes: the Q4_1 minimums' share of an output, before its
// one horizontal sum
inline Floats add_products(Floats acc, const float* a, const float* b, int64_t n) {
  int64_t j = 0;
  for (; j + 16 <= n; j += 16) acc = _mm512_fmadd_ps(_mm512_loadu_ps(a + j), _mm512_loadu_ps(b + j), acc);
  if (j < n) {
    const __mmask16 tail = static_cast<__mmask16>((1u << (n - j)) - 1);
    acc = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(tail, a + j), _mm512_maskz_loadu_ps(tail, b + j), acc);
  }
  return acc;
}
// The horizontal sums of `count` vectors into out[0, count): halves folded, then pairwise adds
// within 128-bit lanes, then the two lanes. Four at once share the pairwise adds; one alone takes
// the same adds in the same order, so an output's sum does not depend on the tile it was in.
inline __m256 folded(Floats v) {
  return _mm256_add_ps(_mm512_castps512_ps256(v), _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(v), 1)));
}
inline float lanes_total(__m256 s) { return _mm_cvtss_f32(_mm_add_ss(_mm256_castps256_ps128(s), _mm256_extractf128_ps(s, 1))); }
inline void totals(const Floats* v, int count, float* out) {
  if (count == 4) {
    const __m256 s = _mm256_hadd_ps(_mm256_hadd_ps(folded(v[0]), folded(v[1])), _mm256_hadd_ps(folded(v[2]), folded(v[3])));
    _mm_storeu_ps(out, _mm_add_ps(_mm256_castps256_ps128(s), _mm256_extractf128_ps(s, 1)));
    return;
  }
  for (int c = 0; c < count; ++c) {
    const __m256 h = folded(v[c]), pairs = _mm256_hadd_ps(h, h);
    out[c] = lanes_total(_mm256_hadd_ps(pairs, pairs));
  }
}

#elif defined(LOOPWRIGHT_AVX2)
// 256 bits hold one block.
constexpr int kStep = 1;
constexpr bool kPairedHalves = false;
using Bytes = __m256i;
using Sums = __m256i;
using Floats = __m256;

inline Bytes load_bytes(const void* p, int) { return _mm256_loadu_si256(static_cast<const __m256i*>(p)); }
inline Bytes load_paired_bytes(const void* p, int count) { return load_bytes(p, count); }
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
template <bool>
inline Scales weight_scales(const float* w_scales, int) { return _mm256_set1_ps(w_scales[0]); }
inline Floats scaled_add(Sums sums, Scales w, const float* x_units, int, Floats acc) {
  return _mm256_fmadd_ps(_mm256_cvtepi32_ps(sums), _mm256_mul_ps(w, _mm256_broadcast_ss(x_units)), acc);
}
inline float total_of(Floats v) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  return _mm_cvtss_f32(_mm_add_ss(s, _mm_movehdup_ps(s)));
}
constexpr int kHalfLanes = 8;
inline void widen_lanes(const at::Half* h, float* out) {
  _mm256_storeu_ps(out, _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h))));
}
inline Floats add_products(Floats acc, const float* a, const float* b, int64_t n) {
  return _mm256_add_ps(acc, _mm256_setr_ps(min_term(a, b, n), 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f));
}
inline void totals(const Floats* v, int count, float* out) {
  for (int c = 0; c < count; ++c) out[c] = total_of(v[c]);
}

#else
// Plain loops: one block of bytes widened to int16 (signed or unsigned, as loaded).
constexpr int kStep = 1;
constexpr bool kPairedHalves = false;
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
inline Bytes load_paired_bytes(const void* p, int count) { return load_bytes(p, count); }
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
template <bool>
inline Scales weight_scales(const float* w_scales, int) { return w_scales[0]; }
inline Floats scaled_add(Sums sums, Scales w, const float* x_units, int, Floats acc) {
  return acc + static_cast<float>(sums) * (w * x_units[0]);
}
constexpr int kHalfLanes = 1;
inline void widen_lanes(const at::Half* h, float* out) { *out = static_cast<float>(*h); }
inline Floats add_products(Floats acc, const float* a, const float* b, int64_t n) { return acc + min_term(a, b, n); }
inline void totals(const Floats* v, int count, float* out) { std::copy_n(v, count, out); }
#endif

// out[j] = h[j] for j < n: kHalfLanes at a time, then one by one
inline void widen_halves(const at::Half* h, int64_t n, float* out) {
  int64_t j = 0;
  for (; j + kHalfLanes <= n; j += kHalfLanes) widen_lanes(h + j, out + j);
  for (; j < n; ++j) out[j] = static_cast<float>(h[j]);
}

// -- block kinds: unpack `count` blocks of weight codes once, then dot them with each activation row

struct Q41 {
  static constexpr int64_t kCodeBytes = loopwright::code_bytes(loopwright::kQ4_1);
  static constexpr bool kPaired = kPairedHalves;
  static Bytes activations(const int8_t* p, int count) { return load_paired_bytes(p, count); }
  using Unpacked = Bytes;
  static Unpacked unpack(const uint8_t* codes, int count) { return nibbles(codes, count); }
  static Sums dot(const Unpacked& w, Bytes p, Bytes r) { return coded_dot(w, p, r); }
};

struct Q80 {
  static constexpr int64_t kCodeBytes = loopwright::code_bytes(loopwright::kQ8_0);
  static constexpr bool kPaired = false;
  static Bytes activations(const int8_t* p, int count) { return load_bytes(p, count); }
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

// `Cols` output rows from row `i` against `Rows` activation rows from `m0`: y[r, c] = <x[m0 + r], w[i + c]>.
// Each weight block is unpacked once for all rows; Cols independent sums per row keep the FMA units busy.
// The scales and minimums of a chunk of weight rows [first, first + kChunkRows), widened from the
// float16 the int8 path reads (a fifth of a Q4_1 block's bytes instead of a quarter: decoding one
// row streams every weight from memory, and on the 2-core EPYC that, not the arithmetic, bounds
// it) once for every row group that passes over the chunk.
struct WidenedChunk {
  std::vector<float> scales, mins;  // [kChunkRows, blocks]; mins empty without minimums
  int64_t first = 0, blocks = 0;

  void widen(const Packed& w, int64_t from, int64_t to) {
    first = from, blocks = w.blocks;
    scales.resize(kChunkRows * blocks);
    widen_halves(w.half_scales + from * blocks, (to - from) * blocks, scales.data());
    if (w.half_mins == nullptr) return;
    mins.resize(kChunkRows * blocks);
    widen_halves(w.half_mins + from * blocks, (to - from) * blocks, mins.data());
  }
  const float* scales_of(int64_t row) const { return scales.data() + (row - first) * blocks; }
  const float* mins_of(int64_t row) const { return mins.empty() ? nullptr : mins.data() + (row - first) * blocks; }
};

template <typename Q, int Rows, int Cols>
inline void dot_tile(const Packed& w, const WidenedChunk& wide, int64_t i, const Int8Rows& x, int64_t m0, float* y,
                     int64_t y_stride) {
  const int64_t blocks = w.blocks, code_stride = blocks * Q::kCodeBytes;
  const uint8_t* codes = w.codes + i * code_stride;
  const float* const w_scales = wide.scales_of(i);
  const float* const w_mins = wide.mins_of(i);
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
      ws[c] = weight_scales<Q::kPaired>(w_scales + c * blocks + b, count);
    }
    for (int r = 0; r < Rows; ++r) {
      const Bytes xp = Q::activations(x_codes + (r * blocks + b) * kBlockWeights, count);
      const Bytes xr = Q::activations(x_residuals + (r * blocks + b) * kBlockWeights, count);
      for (int c = 0; c < Cols; ++c)
        acc[c][r] = scaled_add(Q::dot(wb[c], xp, xr), ws[c], x_units + (r * blocks + b) * kUnitLanes, count,
                               acc[c][r]);
    }
  }
  for (int r = 0; r < Rows; ++r) {
    Floats outputs[Cols];
    for (int c = 0; c < Cols; ++c)
      outputs[c] = w_mins ? add_products(acc[c][r], w_mins + c * blocks, x.sums.data() + (m0 + r) * blocks, blocks)
                          : acc[c][r];
    totals(outputs, Cols, y + r * y_stride);
  }
}

// Output rows [n0, n1) against activation rows [m0, m0 + Rows).
template <typename Q, int Rows>
void tile(const Packed& w, const WidenedChunk& wide, const Int8Rows& x, float* y, int64_t n0, int64_t n1, int64_t m0,
          int64_t n) {
  constexpr int Cols = Rows == 1 ? 4 : Rows == 2 ? 2 : 1;  // within the 16 vector registers of AVX2
  float* ym = y + m0 * n;
  int64_t i = n0;
  for (; i + Cols <= n1; i += Cols) dot_tile<Q, Rows, Cols>(w, wide, i, x, m0, ym + i, n);
  for (; i < n1; ++i) dot_tile<Q, Rows, 1>(w, wide, i, x, m0, ym + i, n);
}

template <typename Q>
void tile_any(int rows, const Packed& w, const WidenedChunk& wide, const Int8Rows& x, float* y, int64_t n0,
              int64_t n1, int64_t m0, int64_t n) {
  switch (rows) {
    case 1: return tile<Q, 1>(w, wide, x, y, n0, n1, m0, n);
    case 2: return tile<Q, 2>(w, wide, x, y, n0, n1, m0, n);
    case 3: return tile<Q, 3>(w, wide, x, y, n0, n1, m0, n);
    default: return tile<Q, 4>(w, wide, x, y, n0, n1, m0, n);
  }
}

template <typename Q>
at::Tensor matmul(const at::Tensor& x, const loopwright::QuantizedWeight& weight) {
  const int64_t m = x.size(0), k = x.size(1), n = weight.codes.size(0);
  const Packed w = loopwright::packed(weight, k);
  const at::Tensor xc = x.contiguous();
  const Int8Rows xq = quantize_rows(xc.data_ptr<float>(), m, k, Q::kPaired);
  at::Tensor y = at::empty({m, n}, x.options());
  float* yp = y.data_ptr<float>();
  // output rows split over the threads, as the exact path; each chunk's blocks serve every row group
  loopwright::parallel_for(0, n, loopwright::parallel_grain(n, m * n * k, 16), [&](int64_t n0, int64_t n1) {
    WidenedChunk wide;
    for (int64_t c0 = n0; c0 < n1; c0 += kChunkRows) {
      const int64_t c1 = std::min(n1, c0 + kChunkRows);
      wide.widen(w, c0, c1);
      for (int64_t m0 = 0; m0 < m; m0 += kRowsPerTile)
        tile_any<Q>(static_cast<int>(std::min<int64_t>(kRowsPerTile, m - m0)), w, wide, xq, yp, c0, c1, m0, n);
    }
  });
  return y;
}

}  // namespace

namespace loopwright {
namespace {

// Where element j of block b of a row goes in that row's codes, and where the block's units
// start: the file's order, or with `paired` the halves of each pair of blocks interleaved as
// the VNNI build unpacks Q4_1 ([first 0-15, second 0-15, first 16-31, second 16-31]; units
// [first x4, second x4, first x4, second x4]). A row's last odd block keeps the file's order.
struct RowLayout {
  int64_t blocks;
  bool paired;
  bool in_pair(int64_t b) const { return paired && (b ^ 1) < blocks; }
  int64_t code_at(int64_t b, int j) const {
    if (!in_pair(b)) return b * kBlockWeights + j;
    return (b & ~int64_t{1}) * kBlockWeights + (j / 16) * 32 + (b & 1) * 16 + j % 16;
  }
  void put_unit(float* units, int64_t b, float unit) const {
    if (!in_pair(b)) {
      std::fill_n(units + b * kUnitLanes, kUnitLanes, unit);
      return;
    }
    float* pair = units + (b & ~int64_t{1}) * kUnitLanes + (b & 1) * (kUnitLanes / 2);
    std::fill_n(pair, kUnitLanes / 2, unit);
    std::fill_n(pair + kUnitLanes, kUnitLanes / 2, unit);
  }
};

}  // namespace

// Rounds to nearest (ties to even) the same way in every build, so every build sees the same codes.
Int8Rows quantize_rows(const float* x, int64_t rows, int64_t k, bool paired) {
  const int64_t blocks = k / kBlockWeights;
  const RowLayout layout{blocks, paired};
  Int8Rows out{std::vector<int8_t>(rows * k), std::vector<int8_t>(rows * k),
               std::vector<float>(rows * blocks * kUnitLanes), std::vector<float>(rows * blocks), blocks, kUnitLanes};
  for (int64_t row = 0; row < rows; ++row)
    for (int64_t b = 0; b < blocks; ++b) {
      const float* xb = x + (row * blocks + b) * kBlockWeights;
      int8_t* pr = out.codes.data() + row * k;
      int8_t* rr = out.residuals.data() + row * k;
      float amax = 0.f;
      for (int j = 0; j < kBlockWeights; ++j) amax = std::max(amax, std::fabs(xb[j]));
      const float d = amax / 127.f, inverse = d > 0.f ? 1.f / d : 0.f;
      int32_t sum = 0;
      for (int j = 0; j < kBlockWeights; ++j) {
        const float v = xb[j] * inverse, p = std::nearbyint(v);
        const int8_t code = static_cast<int8_t>(p), residual = static_cast<int8_t>(std::nearbyint((v - p) * 128.f));
        const int64_t at = layout.code_at(b, j);
        pr[at] = code;
        rr[at] = residual;
        sum += 128 * code + residual;
      }
      const float unit = d / 128.f;
      layout.put_unit(out.units.data() + row * blocks * kUnitLanes, b, unit);
      out.sums[row * blocks + b] = unit * static_cast<float>(sum);
    }
  return out;
}

at::Tensor gguf_matmul_int8(const at::Tensor& x, const QuantizedWeight& weight) {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat, "x must be [rows, in_features] float32");
  return weight.kind == kQ4_1 ? matmul<Q41>(x, weight) : matmul<Q80>(x, weight);
}

}  // namespace loopwright
