// Matmul straight from GGUF blocks: y[m, n] = sum_k x[m, k] * w[n, k], w kept as Q4_1/Q8_0.
//
// Decoding a small model on a CPU reads every weight once per step, so the step is as fast
// as weight bytes stream from memory. Q4_1 is 5 bits a weight against fp32's 32: the
// blocks are read once, each block is dequantized in registers (exactly as gguf-py does,
// mul then add, two roundings) and reused for every activation row of the tile.
#include "loopwright.h"

#include <ATen/Parallel.h>
#include <c10/util/Half.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__AVX512F__) && !defined(LOOPWRIGHT_PORTABLE)
#include <immintrin.h>
#define LOOPWRIGHT_AVX512 1
#endif

namespace {

constexpr int64_t kBlock = 32;  // weights per GGUF block, both types
constexpr int64_t kMaxRows = 8;  // activation rows sharing one dequantized block

inline float half_to_float(const uint8_t* p) {
  uint16_t bits;
  std::memcpy(&bits, p, sizeof(bits));
#ifdef LOOPWRIGHT_AVX512
  return _cvtsh_ss(bits);  // one instruction (F16C) instead of c10's bit twiddling
#else
  return static_cast<float>(c10::Half(bits, c10::Half::from_bits()));
#endif
}

// Q4_1: fp16 d, fp16 m, 16 bytes of nibbles; weight j < 16 is the low nibble of byte j,
// weight j >= 16 the high nibble of byte j - 16. w = d * q + m.
struct Q41 {
  static constexpr int64_t kBytes = 20;
#ifdef LOOPWRIGHT_AVX512
  static inline void dequant(const uint8_t* b, __m512& lo, __m512& hi) {
    const __m512 d = _mm512_set1_ps(half_to_float(b));
    const __m512 m = _mm512_set1_ps(half_to_float(b + 2));
    const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + 4));
    const __m128i mask = _mm_set1_epi8(0x0F);
    const __m512 q_lo = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_and_si128(raw, mask)));
    const __m512 q_hi = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_and_si128(_mm_srli_epi16(raw, 4), mask)));
    lo = _mm512_add_ps(_mm512_mul_ps(q_lo, d), m);
    hi = _mm512_add_ps(_mm512_mul_ps(q_hi, d), m);
  }
#endif
  static inline void dequant(const uint8_t* b, float* w) {
    const float d = half_to_float(b), m = half_to_float(b + 2);
    for (int j = 0; j < 16; ++j) {
      w[j] = static_cast<float>(b[4 + j] & 0x0F) * d + m;
      w[j + 16] = static_cast<float>(b[4 + j] >> 4) * d + m;
    }
  }
};

// Q8_0: fp16 d, 32 int8; w = d * q.
struct Q80 {
  static constexpr int64_t kBytes = 34;
#ifdef LOOPWRIGHT_AVX512
  static inline void dequant(const uint8_t* b, __m512& lo, __m512& hi) {
    const __m512 d = _mm512_set1_ps(half_to_float(b));
    const __m128i q0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + 2));
    const __m128i q1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + 18));
    lo = _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(q0)), d);
    hi = _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(q1)), d);
  }
#endif
  static inline void dequant(const uint8_t* b, float* w) {
    const float d = half_to_float(b);
    for (int j = 0; j < 32; ++j) w[j] = static_cast<float>(static_cast<int8_t>(b[2 + j])) * d;
  }
};

// `Cols` output rows against `Rows` activation rows: y[r, c] = <x[r], w[c]>. Several output
// rows at once give the FMA units independent chains and share each load of x between them.
template <typename Q, int Rows, int Cols>
inline void dot_tile(const uint8_t* w, int64_t w_stride, const float* x, int64_t x_stride, int64_t blocks,
                     float* y, int64_t y_stride) {
#ifdef LOOPWRIGHT_AVX512
  __m512 acc[Cols][Rows];
  for (int c = 0; c < Cols; ++c)
    for (int r = 0; r < Rows; ++r) acc[c][r] = _mm512_setzero_ps();
  for (int64_t b = 0; b < blocks; ++b) {
    __m512 lo[Cols], hi[Cols];
    for (int c = 0; c < Cols; ++c) Q::dequant(w + c * w_stride + b * Q::kBytes, lo[c], hi[c]);
    const float* xb = x + b * kBlock;
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
  float acc[Cols][Rows][kBlock] = {};
  float wb[kBlock];
  for (int64_t b = 0; b < blocks; ++b) {
    const float* xb = x + b * kBlock;
    for (int c = 0; c < Cols; ++c) {
      Q::dequant(w + c * w_stride + b * Q::kBytes, wb);
      for (int r = 0; r < Rows; ++r)
        for (int j = 0; j < kBlock; ++j) acc[c][r][j] += wb[j] * xb[r * x_stride + j];
    }
  }
  for (int c = 0; c < Cols; ++c)
    for (int r = 0; r < Rows; ++r) {
      float sum = 0.f;
      for (int j = 0; j < kBlock; ++j) sum += acc[c][r][j];
      y[r * y_stride + c] = sum;
    }
#endif
}

// Output rows [n0, n1) against activation rows [m0, m0 + Rows).
template <typename Q, int Rows>
void tile(const uint8_t* w, const float* x, float* y, int64_t n0, int64_t n1, int64_t m0, int64_t k, int64_t n) {
  constexpr int Cols = Rows <= 2 ? 4 : 2;  // keeps Cols * Rows accumulators within 32 registers
  const int64_t blocks = k / kBlock, stride = blocks * Q::kBytes;
  const float* xm = x + m0 * k;
  float* ym = y + m0 * n;
  int64_t i = n0;
  for (; i + Cols <= n1; i += Cols) dot_tile<Q, Rows, Cols>(w + i * stride, stride, xm, k, blocks, ym + i, n);
  for (; i < n1; ++i) dot_tile<Q, Rows, 1>(w + i * stride, stride, xm, k, blocks, ym + i, n);
}

template <typename Q>
void tile_any(int rows, const uint8_t* w, const float* x, float* y, int64_t n0, int64_t n1, int64_t m0, int64_t k, int64_t n) {
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
at::Tensor matmul(const at::Tensor& x, const at::Tensor& blocks) {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat, "x must be [rows, in_features] float32");
  TORCH_CHECK(blocks.dim() == 2 && blocks.scalar_type() == at::kByte && blocks.is_contiguous(),
              "blocks must be a contiguous [out_features, bytes_per_row] uint8 tensor");
  const int64_t m = x.size(0), k = x.size(1), n = blocks.size(0);
  TORCH_CHECK(k % kBlock == 0 && blocks.size(1) == k / kBlock * Q::kBytes,
              "in_features ", k, " does not match the blocks' row of ", blocks.size(1), " bytes");
  const at::Tensor xc = x.contiguous();
  at::Tensor y = at::empty({m, n}, x.options());
  const uint8_t* w = blocks.data_ptr<uint8_t>();
  const float* xp = xc.data_ptr<float>();
  float* yp = y.data_ptr<float>();
  // split the output rows over the threads; each thread streams its share of the blocks once
  const int64_t grain = std::max<int64_t>(16, (n + at::get_num_threads() - 1) / at::get_num_threads());
  at::parallel_for(0, n, grain, [&](int64_t n0, int64_t n1) {
    for (int64_t m0 = 0; m0 < m; m0 += kMaxRows)
      tile_any<Q>(static_cast<int>(std::min(kMaxRows, m - m0)), w, xp, yp, n0, n1, m0, k, n);
  });
  return y;
}

// The weights as the forward would hold them densely: used to prove the blocks are the
// engine's weights before they replace them.
template <typename Q>
at::Tensor dequantize(const at::Tensor& blocks, int64_t in_features) {
  TORCH_CHECK(blocks.dim() == 2 && blocks.scalar_type() == at::kByte && blocks.is_contiguous(),
              "blocks must be a contiguous [out_features, bytes_per_row] uint8 tensor");
  TORCH_CHECK(in_features % kBlock == 0 && blocks.size(1) == in_features / kBlock * Q::kBytes,
              "in_features ", in_features, " does not match the blocks' row of ", blocks.size(1), " bytes");
  const int64_t n = blocks.size(0), per_row = in_features / kBlock;
  at::Tensor out = at::empty({n, in_features}, blocks.options().dtype(at::kFloat));
  const uint8_t* w = blocks.data_ptr<uint8_t>();
  float* o = out.data_ptr<float>();
  at::parallel_for(0, n * per_row, 1024, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) Q::dequant(w + b * Q::kBytes, o + b * kBlock);
  });
  return out;
}

}  // namespace

namespace loopwright {

at::Tensor gguf_matmul(const at::Tensor& x, const at::Tensor& blocks, int64_t kind) {
  TORCH_CHECK(kind == kQ4_1 || kind == kQ8_0, "unknown GGUF block kind ", kind);
  return kind == kQ4_1 ? matmul<Q41>(x, blocks) : matmul<Q80>(x, blocks);
}

at::Tensor gguf_dequantize(const at::Tensor& blocks, int64_t in_features, int64_t kind) {
  TORCH_CHECK(kind == kQ4_1 || kind == kQ8_0, "unknown GGUF block kind ", kind);
  return kind == kQ4_1 ? dequantize<Q41>(blocks, in_features) : dequantize<Q80>(blocks, in_features);
}

}  // namespace loopwright
