// Matmul straight from GGUF blocks: y[m, n] = sum_k x[m, k] * w[n, k], w kept as Q4_1/Q8_0.
// This is the exact path (fp32 activations, the reference); `gguf_matmul` hands weights not
// marked exact to the int8 path (gguf_int8.cpp).
//
// Decoding a small model on a CPU reads every weight once per step, so the step is as fast
// as weight bytes stream from memory. Q4_1 is 6 bits a weight here (codes + fp32 scale and
// minimum per 32) against fp32's 32: each block is read once, de-quantized in registers and
// reused for every activation row of the tile.
#include "gguf_blocks.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdint>

#ifdef LOOPWRIGHT_AVX512
#include <immintrin.h>
#endif

namespace {

using loopwright::kBlockWeights;
using loopwright::Packed;
constexpr int64_t kMaxRows = 8;  // activation rows sharing one dequantized block

// Q4_1: 16 bytes of nibbles; weight j < 16 is the low nibble of byte j, weight j >= 16 the
// high nibble of byte j - 16. w = d * q + m.
struct Q41 {
  static constexpr int64_t kCodeBytes = loopwright::code_bytes(loopwright::kQ4_1);
#ifdef LOOPWRIGHT_AVX512
  // one FMA per 16 weights: d * q + m rounded once (the exact two-rounding form is `dequant`)
  static inline void load(const uint8_t* codes, const float* d, const float* m, __m512& lo, __m512& hi) {
    const __m512 scale = _mm512_set1_ps(*d), min = _mm512_set1_ps(*m);
    const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i*>(codes));
    const __m128i mask = _mm_set1_epi8(0x0F);
    const __m512 q_lo = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_and_si128(raw, mask)));
    const __m512 q_hi = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_and_si128(_mm_srli_epi16(raw, 4), mask)));
    lo = _mm512_fmadd_ps(q_lo, scale, min);
    hi = _mm512_fmadd_ps(q_hi, scale, min);
  }
#endif
  static inline void dequant(const uint8_t* codes, const float* d, const float* m, float* w) {
    for (int j = 0; j < 16; ++j) {
      w[j] = static_cast<float>(codes[j] & 0x0F) * *d + *m;
      w[j + 16] = static_cast<float>(codes[j] >> 4) * *d + *m;
    }
  }
};

// Q8_0: 32 int8; w = d * q.
struct Q80 {
  static constexpr int64_t kCodeBytes = loopwright::code_bytes(loopwright::kQ8_0);
#ifdef LOOPWRIGHT_AVX512
  static inline void load(const uint8_t* codes, const float* d, const float*, __m512& lo, __m512& hi) {
    const __m512 scale = _mm512_set1_ps(*d);
    const __m128i q0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(codes));
    const __m128i q1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(codes + 16));
    lo = _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(q0)), scale);
    hi = _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(q1)), scale);
  }
#endif
  static inline void dequant(const uint8_t* codes, const float* d, const float*, float* w) {
    for (int j = 0; j < 32; ++j) w[j] = static_cast<float>(static_cast<int8_t>(codes[j])) * *d;
  }
};

// `Cols` output rows (starting at row `i`) against `Rows` activation rows:
// y[r, c] = <x[r], w[i + c]>. Several output rows at once give the FMA units independent
// chains and share each load of x between them.
template <typename Q, int Rows, int Cols>
inline void dot_tile(const Packed& w, int64_t i, const float* x, int64_t x_stride, float* y, int64_t y_stride) {
  const int64_t blocks = w.blocks, code_stride = blocks * Q::kCodeBytes;
  const uint8_t* codes = w.codes + i * code_stride;
  const float* scales = w.scales + i * blocks;
  const float* mins = w.mins ? w.mins + i * blocks : nullptr;
#ifdef LOOPWRIGHT_AVX512
  __m512 acc[Cols][Rows];
  for (int c = 0; c < Cols; ++c)
    for (int r = 0; r < Rows; ++r) acc[c][r] = _mm512_setzero_ps();
  for (int64_t b = 0; b < blocks; ++b) {
    __m512 lo[Cols], hi[Cols];
    for (int c = 0; c < Cols; ++c)
      Q::load(codes + c * code_stride + b * Q::kCodeBytes, scales + c * blocks + b,
              mins ? mins + c * blocks + b : nullptr, lo[c], hi[c]);
    const float* xb = x + b * kBlockWeights;
    for (int r = 0; r < Rows; ++r) {
      const __m512 x_lo = _mm512_loadu_ps(xb + r * x_stride), x_hi = _mm512_loadu_ps(xb + r * x_stride + 16);
      for (int c = 0; c < Cols; ++c) {
        acc[c][r] = _mm512_fmadd_ps(lo[c], x_lo, acc[c][r]);
        acc[c][r] = _mm512_fmadd_ps(hi[c], x_hi, acc[c][r]);
      }
    }
  }
  for (int c = 0; c < Cols; ++c)
    for (int r = 0; r < Rows; ++r) y[r * y_stride + c] = _mm512_reduce_add_ps(acc[c][r]);
#else
  float acc[Cols][Rows][kBlockWeights] = {};
  float wb[kBlockWeights];
  for (int64_t b = 0; b < blocks; ++b) {
    const float* xb = x + b * kBlockWeights;
    for (int c = 0; c < Cols; ++c) {
      Q::dequant(codes + c * code_stride + b * Q::kCodeBytes, scales + c * blocks + b,
                 mins ? mins + c * blocks + b : nullptr, wb);
      for (int r = 0; r < Rows; ++r)
        for (int j = 0; j < kBlockWeights; ++j) acc[c][r][j] += wb[j] * xb[r * x_stride + j];
    }
  }
  for (int c = 0; c < Cols; ++c)
    for (int r = 0; r < Rows; ++r) {
      float sum = 0.f;
      for (int j = 0; j < kBlockWeights; ++j) sum += acc[c][r][j];
      y[r * y_stride + c] = sum;
    }
#endif
}

// Output rows [n0, n1) against activation rows [m0, m0 + Rows).
template <typename Q, int Rows>
void tile(const Packed& w, const float* x, float* y, int64_t n0, int64_t n1, int64_t m0, int64_t k, int64_t n) {
  constexpr int Cols = Rows <= 2 ? 4 : 2;  // keeps Cols * Rows accumulators within 32 registers
  const float* xm = x + m0 * k;
  float* ym = y + m0 * n;
  int64_t i = n0;
  for (; i + Cols <= n1; i += Cols) dot_tile<Q, Rows, Cols>(w, i, xm, k, ym + i, n);
  for (; i < n1; ++i) dot_tile<Q, Rows, 1>(w, i, xm, k, ym + i, n);
}

template <typename Q>
void tile_any(int rows, const Packed& w, const float* x, float* y, int64_t n0, int64_t n1, int64_t m0, int64_t k,
              int64_t n) {
  switch (rows) {
    case 1: return tile<Q, 1>(w, x, y, n0, n1, m0, k, n);
    case 2: return tile<Q, 2>(w, x, y, n0, n1, m0, k, n);
    case 3: return tile<Q, 3>(w, x, y, n0, n1, m0, k, n);
    case 4: return tile<Q, 4>(w, x, y, n0, n1, m0, k, n);
    case 5: return tile<Q, 5>(w, x, y, n0, n1, m0, k, n);
    case 6: return tile<Q, 6>(w, x, y, n0, n1, m0, k, n);
    case 7: return tile<Q, 7>(w, x, y, n0, n1, m0, k, n);
    default: return tile<Q, 8>(w, x, y, n0, n1, m0, k, n);
  }
}

template <typename Q>
at::Tensor matmul(const at::Tensor& x, const loopwright::QuantizedWeight& weight) {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat, "x must be [rows, in_features] float32");
  const int64_t m = x.size(0), k = x.size(1), n = weight.codes.size(0);
  const Packed w = loopwright::packed(weight, k);
  const at::Tensor xc = x.contiguous();
  at::Tensor y = at::empty({m, n}, x.options());
  const float* xp = xc.data_ptr<float>();
  float* yp = y.data_ptr<float>();
  // split the output rows over the threads; each thread streams its share of the blocks once
  loopwright::parallel_for(0, n, loopwright::parallel_grain(n, m * n * k, 16), [&](int64_t n0, int64_t n1) {
    for (int64_t m0 = 0; m0 < m; m0 += kMaxRows)
      tile_any<Q>(static_cast<int>(std::min(kMaxRows, m - m0)), w, xp, yp, n0, n1, m0, k, n);
  });
  return y;
}

// The weights exactly as gguf-py de-quantizes them (mul then add): used to prove the
// blocks are the engine's weights before they replace them.
template <typename Q>
at::Tensor dequantize(const loopwright::QuantizedWeight& weight, int64_t in_features) {
  const Packed w = loopwright::packed(weight, in_features);
  const int64_t n = weight.codes.size(0);
  at::Tensor out = at::empty({n, in_features}, weight.scales.options());
  float* o = out.data_ptr<float>();
  at::parallel_for(0, n * w.blocks, 1024, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b)
      Q::dequant(w.codes + b * Q::kCodeBytes, w.scales + b, w.mins ? w.mins + b : nullptr, o + b * kBlockWeights);
  });
  return out;
}

}  // namespace

namespace loopwright {

Packed packed(const QuantizedWeight& w, int64_t in_features) {
  TORCH_CHECK(w.kind == kQ4_1 || w.kind == kQ8_0, "unknown GGUF block kind ", w.kind);
  const at::Tensor &codes = w.codes, &scales = w.scales;
  TORCH_CHECK(codes.dim() == 2 && codes.scalar_type() == at::kByte && codes.is_contiguous(),
              "codes must be a contiguous [out_features, blocks * code_bytes] uint8 tensor");
  TORCH_CHECK(in_features % kBlockWeights == 0 && codes.size(1) == in_features / kBlockWeights * code_bytes(w.kind),
              "in_features ", in_features, " does not match rows of ", codes.size(1), " code bytes");
  const int64_t blocks = in_features / kBlockWeights;
  auto scale_like = [&](const at::Tensor& t, const char* name, at::ScalarType dtype) {
    TORCH_CHECK(t.scalar_type() == dtype && t.is_contiguous() && t.dim() == 2 && t.size(0) == codes.size(0) &&
                    t.size(1) == blocks,
                name, " must be a contiguous [out_features, blocks] ", c10::toString(dtype), " tensor");
    return t.data_ptr();
  };
  const float* mins = nullptr;
  const at::Half* half_mins = nullptr;
  if (w.kind == kQ4_1) {
    TORCH_CHECK(w.mins.has_value() && w.half_mins.has_value(), "Q4_1 weights need their minimums");
    mins = static_cast<const float*>(scale_like(*w.mins, "mins", at::kFloat));
    half_mins = static_cast<const at::Half*>(scale_like(*w.half_mins, "half_mins", at::kHalf));
  }
  return Packed{codes.data_ptr<uint8_t>(), static_cast<const float*>(scale_like(scales, "scales", at::kFloat)), mins,
                static_cast<const at::Half*>(scale_like(w.half_scales, "half_scales", at::kHalf)), half_mins, blocks};
}

at::Tensor gguf_matmul(const at::Tensor& x, const QuantizedWeight& weight) {
  TORCH_CHECK(weight.kind == kQ4_1 || weight.kind == kQ8_0, "unknown GGUF block kind ", weight.kind);
#if defined(LOOPWRIGHT_AMX)
  if (!weight.exact && matrix_unit_serves(x.size(0))) return gguf_matmul_amx(x, weight);
#endif
  if (!weight.exact) return gguf_matmul_int8(x, weight);
  return weight.kind == kQ4_1 ? matmul<Q41>(x, weight) : matmul<Q80>(x, weight);
}

at::Tensor gguf_dequantize(const QuantizedWeight& weight, int64_t in_features) {
  TORCH_CHECK(weight.kind == kQ4_1 || weight.kind == kQ8_0, "unknown GGUF block kind ", weight.kind);
  return weight.kind == kQ4_1 ? dequantize<Q41>(weight, in_features) : dequantize<Q80>(weight, in_features);
}

}  // namespace loopwright
